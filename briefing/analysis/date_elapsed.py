"""Dates counted from the article's own: ``two months ago``, ``il y a trois semaines``,
``hace dos años``, ``há um mês``, ``vor zwei Jahren``, ``два месяца назад``, ``setahun
lalu``, ``через неделю``. A count of days, months or years back (or ahead) from the
reference resolves like ``yesterday`` or ``last month`` do; a count of weeks counts
their days (``il y a trois semaines``: 21 days back; ``last week`` alone names no day). Table: ``elapsed`` in ``data/<lang>/dates.json`` — the words before
the count (``il y a``) or after the unit (``ago``) with the way they point, the unit words,
one-word units that count one (``sebulan``), the unit words a count may leave out
(Russian ``месяц назад``) and words that count one beside the language's number words
(``einem``), and the words after a count that tie it to another date instead (``через
два дня после выборов``); a vague count (``several years ago``, ``half a year ago``) gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.analysis.languages import alternation, load_table
from briefing.analysis.numbers import figure_words


@dataclass(frozen=True, slots=True)
class Elapsed:
    """``start:end`` counts ``shift`` units (``day``, ``week``, ``month``, ``year``) from
    the reference: negative back, positive ahead."""

    start: int
    end: int
    unit: str
    shift: int | None
    """None for a vague count (``several years ago``): a date, but of no known value."""


@dataclass(frozen=True, slots=True)
class _Table:
    pointing: re.Pattern[str]
    """The pointing words in their written cases, with no context: a pattern without
    look-arounds or IGNORECASE scans a text fast, and the rest is matched where it hits."""
    before: re.Pattern[str] | None
    """A pointing word, a count (optional for :attr:`bare`) and a unit: ``hace dos años``."""
    after: re.Pattern[str] | None
    """A unit and a pointing word, the count read before it: ``two months ago``."""
    before_words: frozenset[str]
    signs: dict[str, int]
    units: dict[str, str]
    counts: dict[str, int]
    fractions: frozenset[str]
    """Number words that are no whole count (``half a``): no date, not even their last word's."""
    vague: frozenset[str]
    """Words of a vague count (``several``, ``beberapa``): a date of no known value."""
    one_units: frozenset[str]
    bare: frozenset[str]
    anchored: re.Pattern[str] | None
    """A word after the count that ties it to another date (``через два дня после``)."""
    qualifier: re.Pattern[str] | None
    """A qualifier right before a count (``about 30 years ago``): the figures' own list."""


@cache
def _table(language: str | None) -> _Table | None:
    table: dict[str, Any] = (load_table(language, "dates") if language else {}).get("elapsed", {})
    if not table:
        return None
    units = {w.lower(): unit for unit, words in table.get("units", {}).items() for w in words}
    one_units = {w.lower(): str(u) for w, u in table.get("one_units", {}).items()}
    words = figure_words(language)
    number_words = words.number_words
    counts = {w: int(v) for w, v in number_words.items() if v >= 1 and float(v).is_integer()}
    counts.update({w.lower(): 1 for w in table.get("one", [])})
    vague = frozenset(w.lower() for w in table.get("vague", []))
    before = {w.lower(): int(v) for w, v in table.get("before", {}).items()}
    after = {w.lower(): int(v) for w, v in table.get("after", {}).items()}
    unit_words = alternation([*units, *one_units])
    edge_before, edge_after = r"(?<![\w.,-])", r"(?![\w-])"
    return _Table(
        pointing=re.compile(
            alternation(
                [v for w in [*before, *after] for v in (w, w[:1].upper() + w[1:], w.upper())]
            )
        ),
        before_words=frozenset(before),
        before=re.compile(
            rf"(?P<sign>{alternation(list(before))})\s+"
            rf"(?:(?P<count>\d{{1,4}}|{alternation([*counts, *vague])})\s+)?"
            rf"(?P<unit>{unit_words}){edge_after}",
            re.IGNORECASE,
        )
        if before
        else None,
        after=re.compile(
            rf"{edge_before}(?P<unit>{unit_words})[^\S\n]+$",
            re.IGNORECASE,
        )
        if after
        else None,
        signs={**before, **after},
        units={**units, **one_units},
        counts=counts,
        fractions=frozenset(w for w in number_words if w not in counts),
        vague=vague,
        one_units=frozenset(one_units),
        bare=frozenset(w.lower() for w in table.get("bare_units", [])),
        anchored=re.compile(
            rf"[^\S\n]+(?:{alternation(table['anchored_after'])}){edge_after}", re.IGNORECASE
        )
        if table.get("anchored_after")
        else None,
        qualifier=re.compile(
            rf"(?<![\w-])(?:{alternation(list(words.qualifiers_lower))})[^\S\n]+$", re.IGNORECASE
        )
        if words.qualifiers_lower
        else None,
    )


_WORDS_BEFORE = re.compile(r"(?<![\w.,-])((?:[^\W\d_]+[ -]){0,2}[^\W_]+)[^\S\n]+$")
_WORD = re.compile(r"[^ -]+")


def _count(word: str, table: _Table) -> int | None:
    """The count a word says; 0 for a vague one (``several``), None for no count."""
    if word.isdigit():
        return int(word)
    lower = word.lower()
    return 0 if lower in table.vague else table.counts.get(lower)


def _count_before(text: str, start: int, table: _Table) -> tuple[int, int] | None:
    """The count right before a unit (``two`` of ``two months ago``, ``dua puluh``): the
    value and where it begins. Number words of several words are read whole, so that
    ``half a year`` is no count of one; a qualifier before the count (``about``,
    ``lebih dari``) makes it vague (0) and joins the span."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    phrase = m.group(1)
    for word in _WORD.finditer(phrase):  # "half a", then "a": the longest reading first
        candidate = phrase[word.start() :]
        value = _count(candidate, table)
        if value is not None:
            begin = m.end(1) - len(candidate)
            hedge = (
                table.qualifier.search(text, max(0, begin - 30), begin) if table.qualifier else None
            )
            return (0, hedge.start()) if hedge else (value, begin)
        if candidate.lower() in table.fractions:
            return None
    return None


def find_elapsed(text: str, language: str | None) -> list[Elapsed]:
    """Every counted date in ``text``, in the order of their pointing words."""
    table = _table(language)
    if table is None:
        return []
    found: list[Elapsed] = []
    for hit in table.pointing.finditer(text):
        start, end = hit.span()
        if (start and _is_word(text[start - 1])) or (end < len(text) and _is_word(text[end])):
            continue
        sign = hit.group().lower()
        elapsed = None
        if sign in table.before_words and table.before is not None:
            m = table.before.match(text, start)
            elapsed = _counted_after(m, text, table) if m else None
        elif table.after is not None:
            m = table.after.search(text, max(0, start - 30), start)
            elapsed = _counted_before(m, end, sign, text, table) if m else None
        if elapsed is not None:
            found.append(elapsed)
    return found


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _counted_after(m: re.Match[str], text: str, table: _Table) -> Elapsed | None:
    """``hace dos años``: the count and unit after the pointing word."""
    unit_word, written = m.group("unit").lower(), m.group("count")
    if written is not None:
        count = None if unit_word in table.one_units else _count(written, table)
    else:
        count = 1 if unit_word in table.bare or unit_word in table.one_units else None
    if count is None or (table.anchored and table.anchored.match(text, m.end())):
        return None
    return _elapsed(m.start(), m.end(), unit_word, m.group("sign"), count, table)


def _counted_before(
    m: re.Match[str], end: int, sign: str, text: str, table: _Table
) -> Elapsed | None:
    """``two months ago``: the unit right before the pointing word, its count before it."""
    unit_word, start = m.group("unit").lower(), m.start()
    if unit_word in table.one_units:  # "sebulan lalu"
        count = 1
    else:
        counted = _count_before(text, start, table)
        if counted is None and unit_word not in table.bare:
            return None
        count, start = counted if counted is not None else (1, start)
    return _elapsed(start, end, unit_word, sign, count, table)


def _elapsed(start: int, end: int, unit: str, sign: str, count: int, table: _Table) -> Elapsed:
    shift = table.signs[sign.lower()] * count if count else None
    return Elapsed(start, end, table.units[unit], shift)
