"""Word tokens with their offsets, for the small amount of phrase parsing speakers need.

Speaker attribution reads a few words either side of a cue; it needs each word's span
and whether it is capitalised, an acronym or punctuation. Nothing here is language
specific: scripts without case simply never look like names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from typing import NamedTuple, TypeVar

_T = TypeVar("_T")

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # dotted initialisms: A.S., U.S.
    r"|[^\W\d_]\.(?=\s)"  # a single initial: F.
    r"|[^\W_](?:[\w'’\-]*\w)?"  # words, hyphenated words, don't, Jum'at, 3.000 is split
    r"|[^\w\s]",  # punctuation, one mark at a time
)


class Token(NamedTuple):
    """A word or punctuation mark and its span (a tuple: cheap to make by the thousand)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        first = self.text[0]
        return first.isupper()

    @property
    def is_acronym(self) -> bool:
        """``AS``, ``PBB``, ``NATO``, ``A.S.``: an organisation or place, never a given name."""
        return len(self.text) >= 2 and self.text.isupper()


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]")
"""Kana, CJK ideographs and Thai: no spaces between words."""
_FUNCTION_WORD = 3
"""Lowercase words this short may sit inside a title: of, the, di, and, to."""


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    # ``tuple.__new__`` is what ``Token(...)`` calls through a Python-level ``__new__``:
    # called directly, a sentence's tokens cost a third less (speakers tokenise thousands)
    make = tuple.__new__
    return [
        make(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, start, stop)
    ]


def word_count(text: str) -> int:
    """Words of ``text``; scripts written without spaces count about two characters a word."""
    words = [word for word in _TOKEN.findall(text) if word[0].isalnum()]
    if _UNSPACED.search(text) is None:
        return len(words)  # (each word counts one: most texts, one scan instead of one a word)
    count = 0
    for word in words:
        unspaced = len(_UNSPACED.findall(word))
        count += 1 + unspaced // 2 if unspaced else 1
    return count


def is_title_like(text: str, small: frozenset[str] = frozenset()) -> bool:
    """Capitalised words (short function words aside, and the language's longer ones in
    ``small``: Italian ``degli``, ``dell'``), first and last: a name or a title."""
    words = [m.group() for m in _TOKEN.finditer(text) if m.group()[0].isalnum()]
    if not words:
        return True
    if not all(
        w[0].isupper() or w[0].isdigit() or len(w) <= _FUNCTION_WORD or _small(w, small)
        for w in words
    ):
        return False
    return (words[0][0].isupper() and words[-1][0].isupper()) or len(words) == 1


def _small(word: str, small: frozenset[str]) -> bool:
    """``degli``, or ``dell'Anno``: a small word, or one elided onto a capitalised word."""
    if not small:
        return False
    lower = word.lower()
    if lower in small:
        return True
    cut = max(lower.rfind("'"), lower.rfind("’")) + 1
    return 0 < cut < len(word) and lower[:cut] in small and word[cut].isupper()


class TokenIndex:
    """Tokens of an article, made per sentence on first need and kept.

    Speaker parsing reads many small windows around cues; most sentences have none, so
    tokenising lazily per sentence costs far less than tokenising the whole article.
    """

    def __init__(self, text: str, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self._spans = list(spans) or [(0, len(text))]
        self._span_starts = [s for s, _ in self._spans]
        self._cache: dict[int, tuple[list[Token], list[int]]] = {}

    def _tokens_of(self, index: int) -> tuple[list[Token], list[int]]:
        found = self._cache.get(index)
        if found is None:
            start, end = self._spans[index]
            tokens = tokenize(self.text, start, end)
            found = (tokens, [t.start for t in tokens])
            self._cache[index] = found
        return found

    def between(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside ``text[start:end]`` (and inside one of the spans)."""
        if end <= start:
            return []
        index = max(0, bisect.bisect_right(self._span_starts, start) - 1)
        out: list[Token] = []
        while index < len(self._spans) and self._spans[index][0] < end:
            if self._spans[index][1] > start:
                tokens, starts = self._tokens_of(index)
                first = bisect.bisect_left(starts, start)
                last = bisect.bisect_left(starts, end)
                inside = tokens[first:last]
                if inside and inside[-1].end > end:
                    # tokens never overlap: only the last one starting before ``end`` may
                    # end after it
                    inside.pop()
                out.extend(inside)
            index += 1
        return out


def positions(test: Callable[[_T], object], items: Sequence[_T]) -> Iterator[int]:
    """Indexes of the ``items`` that pass ``test``, in order, with the scan in C
    (``compress`` over ``map``): the actor rules look for a few words (cue words, known
    names) in every sentence, where a comprehension is a Python step a word. The test
    should be a builtin method (``set.__contains__``, ``str.isupper``): a bound dunder of
    a str (``",".__eq__``) is a method-wrapper, slower to call than the comprehension."""
    return compress(range(len(items)), map(test, items))


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


QUOTE_MARKS = '“”„«»"「'
"""Double quotation marks of the languages we read (single ones are also apostrophes)."""


def has_quote_mark(segment: str) -> bool:
    """Whether ``segment`` holds a double quotation mark: then a quote, not reported
    speech, is what it carries."""
    return any(mark in segment for mark in QUOTE_MARKS)
