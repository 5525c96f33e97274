"""Years alone as dates: ``in 2024``, ``pada tahun 2031``, ``bis 2035``, ``в 2025 году``,
``mid-2026``, ``between 2019 and 2022``.

A year said alone places an event at year precision, as ``this year`` does; the figures
already skip such numbers (:func:`briefing.analysis.figure_blocks.is_year_or_time`). A
four-digit number from 1800 to 2099 is a year here when a word that announces a year
stands right before it (the numbers table's ``year_before``: ``in``, ``since``, ``tahun``,
``depuis``, ``seit``, ``desde``), or one of the dates table's own ``year_before`` (``d'ici``,
``ab``: words that would hide a count from the figures there), but not one of its
``not_year_before`` (``the 2000 troops`` are troops), a year word follows it (``году``: the dates table's
``year_suffix``), it opens a span (``between``, ``antara``, ``entre``) or it closes one
after another year (``2019 and 2022``, ``2019–2022``, ``von 2017 bis 2022``). A year inside
a longer date (``24 Oktober 2024``) is that date's; a decade (``1970an``, ``the 2020s``)
and the year of a numbered act (``UU Nomor 17 Tahun 2014``) are none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.figure_nouns import previous_word
from briefing.analysis.languages import load_table
from briefing.analysis.numbers import figure_words
from briefing.analysis.suggestions import DateMention

# not a decade ("1970an", "2020s", "1970-an", "the 1990's")
_YEAR = re.compile(r"(?:1[89]|20)(?<![\d.,:/]\d\d)\d\d(?!\d|[.,:/]\d|[^\W\d]|['’]s|-[^\W\d])")
"""A year; what may not come before it is asked after its first two digits (the same
test: the look-behind spans them), so that the pattern opens with its literal digits and
``re`` skips ahead to a ``1`` or ``2`` instead of trying the look-behind at every
character (a scan of the text about three times faster)."""


@cache
def _words(
    language: str | None,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(words before a year, words after one, words that join two years of a span, words
    before a numbered reference). The words after one are the dates table's
    ``year_suffix`` (``году``) and its ``year_nouns`` (``the 2016 election``)."""
    numbers = figure_words(language)
    before = {w.lower() for w in numbers.year_before}
    before |= {first.lower() for first, _ in numbers.between}
    joins = {w.lower() for w in numbers.range_words} | {s.lower() for _, s in numbers.between}
    table = load_table(language, "dates") if language else {}
    before |= {str(w).lower() for w in table.get("year_before", ())}
    before -= {str(w).lower() for w in table.get("not_year_before", ())}
    after = {str(w).lower() for w in (*table.get("year_suffix", ()), *table.get("year_nouns", ()))}
    references = frozenset(w.lower() for w in numbers.reference_before)
    return frozenset(before), frozenset(after), frozenset(joins), references


def year_dates(text: str, language: str | None, taken: Sequence[DateMention]) -> list[DateMention]:
    """The years alone in ``text`` that are dates, outside the ``taken`` dates."""
    before, after, joins, references = _words(language)
    if not before and not after:
        return []
    spans = [(m.start, m.end) for m in taken]
    out: list[DateMention] = []
    previous_end = -1
    for match in _YEAR.finditer(text):
        start, end = match.span()
        if any(a <= start and end <= b for a, b in spans):
            continue
        word, word_start = previous_word(text, start)
        key = word.lower().rstrip(",")
        opened = key in before  # ("mid-", "mi-" glued to the year)
        if word_start + len(word) == start:  # glued: "mid-2026", "2019–2022"
            head = key.rstrip("-–—")
            joined = head != key and head[-4:].isdigit() and previous_end == start - 1
        else:
            joined = (
                key in joins and previous_end >= 0 and not text[previous_end:word_start].strip()
            )
        following = _word_after(text, end)
        closed = (
            following in after
            or following.rstrip(".") in after
            or _after_named_day(text, word_start + len(word), language)
        )
        if not (opened or joined or closed) or _cited(text, word_start, references):
            continue
        previous_end = end
        out.append(
            DateMention(
                text=match.group(), start=start, end=end, value=match.group(), absolute=True
            )
        )
    return out


def _cited(text: str, word_start: int, references: frozenset[str]) -> bool:
    """``PP Nomor 28 Tahun 2006``, ``No. 5 of 2019``: the year of a numbered act or
    document, part of its name."""
    number, number_start = previous_word(text, word_start)
    if not any(c.isdigit() for c in number):
        return False
    reference, _ = previous_word(text, number_start)
    return reference.lower() in references


def _word_after(text: str, end: int) -> str:
    rest = text[end : end + 12].split(maxsplit=1)
    return rest[0].lower().rstrip(",;:)") if rest else ""


@cache
def _named_days(language: str | None) -> tuple[str, ...]:
    table = load_table(language, "dates") if language else {}
    return tuple(str(w) for w in table.get("named_days", ()))


def _after_named_day(text: str, word_end: int, language: str | None) -> bool:
    """``Black Friday 2019``: a year right after the name of a day (``named_days``)."""
    for day in _named_days(language):
        start = word_end - len(day)
        if start >= 0 and text.startswith(day, start) and not text[start - 1 : start].isalpha():
            return True
    return False
