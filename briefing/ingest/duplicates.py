"""The same article imported twice — even once as HTML and once as PDF — is recognised.

The fingerprint is over the casefolded word sequence of the body, so formatting,
whitespace, punctuation and encoding do not matter. Near-duplicates (a trailing line
more, a typo fixed) are caught by the overlap of word 5-gram sets.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from briefing.core.model import Article

NEAR_DUPLICATE_JACCARD = 0.85
SHINGLE = 5
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def fingerprint(article: Article) -> str:
    """A hash of the article's words, equal for the same text in any format."""
    return hashlib.sha1(" ".join(_words(article.text)).encode("utf-8")).hexdigest()


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return {tuple(words)}
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def find_duplicate(article: Article, existing: Iterable[Article]) -> Article | None:
    """The first article in ``existing`` with the same (or nearly the same) content."""
    words = _words(article.text)
    print_ = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
    mine: set[tuple[str, ...]] | None = None
    for other in existing:
        if other.id == article.id:
            continue
        if other.origin.sha256 and other.origin.sha256 == article.origin.sha256:
            return other
        other_words = _words(other.text)
        if hashlib.sha1(" ".join(other_words).encode("utf-8")).hexdigest() == print_:
            return other
        shorter, longer = sorted((len(words), len(other_words)))
        if not longer or shorter / longer < NEAR_DUPLICATE_JACCARD:
            continue
        if mine is None:
            mine = _shingles(words)
        theirs = _shingles(other_words)
        union = len(mine | theirs)
        if union and len(mine & theirs) / union >= NEAR_DUPLICATE_JACCARD:
            return other
    return None
