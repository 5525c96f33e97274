"""Lines that are no prose: headings, captions and labels, and quoted titles, whose
capitals make no names (``CLOSEOUT SEQUENCE``, ``"Less Money on Testing"``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.actors_mention import RawMention

_SPACES = re.compile(r"\s+")
_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»\n]{3,120})[\"”»]")
_MIN_TITLE_WORDS = 3
_SHORT_WORD = 3


def quoted_titles(
    text: str, start: int, end: int, function_words: frozenset[str]
) -> list[tuple[int, int]]:
    """Spans of quoted text in title case (``"Less Money on Testing, More Money on
    Students"``, ``"Red for Ed"``): slogans, songs and books, whose capitals make no
    names. Three words at least, every word but short function words capitalised."""
    out = []
    for match in _QUOTED.finditer(text, start, end):
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", match.group(1))]
        if len(words) < _MIN_TITLE_WORDS:
            continue
        if (
            all(w[:1].isupper() or (len(w) <= _SHORT_WORD or w in function_words) for w in words)
            and sum(1 for w in words if w[:1].isupper()) >= 2
        ):
            out.append((match.start(1), match.end(1)))
    return out


def shouted_line(tokens: Sequence[str]) -> bool:
    """A line of two words or more, all in capitals (``CLOSEOUT SEQUENCE``, ``POINT
    GUARDS BEHAVE``): a section label, whose words the gazetteer alone may name."""
    count = 0
    for token in tokens:  # (a loop that stops at the first lower-case word: most do)
        if token[:1].isalpha():
            if not token.isupper():
                return False
            count += 1
    return count >= 2


def trim_heading_names(text: str, raw: list[RawMention]) -> None:
    """``Profile: Julian Assange Timeline of saga``: a person's name in a line that is no
    sentence (a heading, caption or label) runs into the words after it. When it starts
    with a name the sentences use (``Assange``), the mention is cut to that name."""
    known = {_SPACES.sub(" ", m.surface) for m in raw if m.kind == "person" and m.in_sentence}
    for m in raw:
        if m.kind != "person" or m.in_sentence or m.entry is not None:
            continue
        parts = _SPACES.sub(" ", m.surface).split(" ")
        for size in range(len(parts) - 1, 0, -1):
            if " ".join(parts[:size]) in known:
                cut = m.start
                for _ in range(size):
                    cut = _WORD_END.search(text, cut).end()  # type: ignore[union-attr]
                m.end, m.surface = cut, text[m.start : cut]
                break


_WORD_END = re.compile(r"\S+")


def title_like(tokens: Sequence[str]) -> bool:
    """A headline in title case (``Kedatangan Tentara Korea Utara Indikasikan ...``):
    capitals there say nothing, so only the tagger and the gazetteer are trusted."""
    if tokens[-1] in (".", "!", "?", '"', "”", ":"):
        return False
    words = [t for t in tokens if t[:1].isalpha()]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.7 * len(words)


_TICKER = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z0-9]")
_CODE = re.compile(r"[A-Z]{2,}\d+[a-z]?\d*")  # ``CMAL3``, ``LCOc1``: a market's code
_MAX_INDEX_GAP = 2  # words between a name and ``index``: ``600``, ``Composite``


def market_words(
    words: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    index_nouns: frozenset[str],
) -> list[int]:
    """Words of market quotes, no actors: an index's ticker written onto a full stop
    after a space and the index's name before it (``the Nasdaq Composite .IXIC``), a
    market's code (``CMAL3``), and the capitalised words before a number and an index
    noun (``the pan-European STOXX 600 index``). Only in a language with index nouns:
    elsewhere (Indonesian) a code like ``GP17`` names a product the tables keep."""
    out: list[int] = []
    if not index_nouns:
        return out
    for i, word in enumerate(words):
        if (
            i
            and words[i - 1] == "."
            and ends[i - 1] == starts[i]
            and (i == 1 or starts[i - 1] > ends[i - 2])
            and _TICKER.fullmatch(word)
        ):
            out.append(i)  # an index's ticker: so are the capitalised words before it
            out.extend(_capitalised_before(words, i - 1))
        elif _CODE.fullmatch(word):
            out.append(i)
        elif word in index_nouns:
            k = i
            while k > 0 and i - k < _MAX_INDEX_GAP and words[k - 1][:1].isdigit():
                k -= 1
            out.extend(_capitalised_before(words, k))
    return out


def _capitalised_before(words: Sequence[str], i: int) -> list[int]:
    out = []
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
        out.append(i)
    return out
