"""The publication date an article states in its own text.

Plain text has no metadata, but news copy names its date: "Kamis 24 Oktober 2024",
"24/10/2024", "October 24, 2024", or only "Senin (27/3)". Month and weekday names come
from ``data/calendar.json``. Only the article's head is read: a labelled line ("Published
…", "Updated …", "Diperbarui …": ``publication_labels``) near the start, else the first
date of the first few paragraphs (dateline, title area, lead). A date deeper in the body
is an event the article reports ("the September 11, 2001 attacks"), not its own date.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

_MIN_YEAR, _MAX_YEAR = 1900, 2100
SEARCH_CHARS = 4000
"""How far a labelled line ("Published …") may stand from the start."""
HEAD_PARAGRAPHS = 3
"""The dateline, title area and lead: an unlabelled date further down is an event."""
HEAD_CHARS = 1000
"""A cap on the head, for texts whose first "paragraphs" are whole pages."""
WEEKDAY_SEARCH_YEARS = 8
"""How far back a weekday-plus-day ("Senin (27/3)") may be resolved."""
STATED_YEARS_BACK = 2
"""How far before the latest year a text names another named year may be its own."""
EARLIEST_PUBLICATION = date(1990, 1, 1)
"""Older "publication" dates are placeholders (``0001-01-01``) or history, not the article's."""
FUTURE_SLACK = timedelta(days=2)
"""A page may be dated a day ahead by time zones; further ahead is a placeholder or typo."""


def plausible_publication(value: date, today: date | None = None) -> bool:
    """Whether ``value`` can be an article's publication date: relative dates are resolved
    against it, so a placeholder such as ``0001-01-01`` would turn "last year" into 0000."""
    return EARLIEST_PUBLICATION <= value <= (today or date.today()) + FUTURE_SLACK


@dataclass(frozen=True, slots=True)
class _Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]
    month_first: frozenset[str]
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str]
    weekday_day_month: re.Pattern[str]
    labelled_line: re.Pattern[str]


def month_number(word: str) -> int | None:
    """The month a name or abbreviation stands for in any listed language ("Nov" → 11)."""
    return _calendar().months.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    """The weekday a name stands for in any listed language ("Kamis" → 3, Monday = 0)."""
    return _calendar().weekdays.get(word.lower())


_NUMERIC = re.compile(r"(?<![\d.,/])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR_FIRST = re.compile(
    r"(?<![\d.,/A-Za-z])(\d{4})(?:\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]"
    r"|([./])(\d{1,2})\4(\d{1,2})(?![\d/]|\.\d))"
)
"""Year first: ``2024年10月24日``, ``2024년 10월 24일`` (Chinese, Japanese, Korean) and the
``2024.10.24``, ``2024/10/24`` of East Asian pages (dashes are :data:`_ISO`'s)."""
_YEAR = re.compile(r"\d{4}")
_STATED_YEAR = re.compile(r"(?<![\d.,/:-])(?:19|20)\d\d(?![\d.,/:-]\d|\d)")
"""A year as a number of its own: not part of a figure (``1.2019``), a date (``12/2019``,
``2019-05``) or a longer number."""
_SLASHED_DAY = re.compile(r"\(\s*\d{1,2}\s*/")
"""What every ``weekday_day_month`` match holds (``(27/3)``): a literal first character
lets ``re`` skip to the brackets, which the full pattern, trying a word at every word
start, cannot."""


@cache
def _calendar() -> _Calendar:
    raw = json.loads(
        resources.files("briefing.ingest").joinpath("data", "calendar.json").read_text("utf-8")
    )
    months: dict[str, int] = {}
    for table in raw["months"].values():
        months.update(table)
    weekdays: dict[str, int] = {}
    for table in raw["weekdays"].values():
        weekdays.update(table)
    labels = sorted(
        {label for table in raw["publication_labels"].values() for label in table},
        key=len,
        reverse=True,
    )
    # Generic word patterns, checked against the tables afterwards: a regular expression
    # with hundreds of alternatives is ten times slower on a long text.
    word = r"([^\W\d_][\w'’-]{2,15})"
    parts = "|".join(
        re.escape(p)
        for p in sorted({p for t in raw["day_parts"].values() for p in t}, key=len)[::-1]
    )
    return _Calendar(
        months=months,
        weekdays=weekdays,
        month_first=frozenset(raw["month_first_languages"]),
        day_month_year=re.compile(
            rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?{word}\.?,?\s+(?:de\s+)?(\d{{4}})\b"
        ),
        month_day_year=re.compile(rf"\b{word}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"),
        weekday_day_month=re.compile(
            rf"\b{word}(?:\s+(?:{parts}))?,?\s*\(\s*(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*(\d{{2,4}}))?\s*\)"
        ),
        labelled_line=re.compile(
            rf"^[^\w\n]{{0,3}}(?:{'|'.join(re.escape(x) for x in labels)})\b[^\n]{{0,60}}",
            re.IGNORECASE | re.MULTILINE,
        ),
    )


def _make(year: int, month: int, day: int) -> date | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, language: str | None = None) -> list[tuple[int, date]]:
    """Every absolute date in ``text`` with its offset, in text order.

    Each pattern ends in a four-digit year: a text without four digits in a row (most
    article heads, which this reads for every undated article) has none to scan for."""
    if _YEAR.search(text) is None:
        return []
    cal = _calendar()
    found: list[tuple[int, date]] = []
    for m in cal.day_month_year.finditer(text):
        month = cal.months.get(m.group(2).lower())
        d = _make(int(m.group(3)), month, int(m.group(1))) if month else None
        if d:
            found.append((m.start(), d))
    for m in cal.month_day_year.finditer(text):
        month = cal.months.get(m.group(1).lower())
        d = _make(int(m.group(3)), month, int(m.group(2))) if month else None
        if d:
            found.append((m.start(), d))
    month_first = language in cal.month_first
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        first, second = (_make(year, a, b), _make(year, b, a))
        d = (first or second) if month_first else (second or first)
        if d:
            found.append((m.start(), d))
    for m in _ISO.finditer(text):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
    for m in _YEAR_FIRST.finditer(text):
        month_digits, day_digits = (m.group(2), m.group(3)) if m.group(2) else m.group(5, 6)
        d = _make(int(m.group(1)), int(month_digits), int(day_digits))
        if d:
            found.append((m.start(), d))
    found.sort(key=lambda item: item[0])
    return found


def _resolve_weekday(
    weekday: int, day: int, month: int, reference: date, stated: Sequence[int] = ()
) -> date | None:
    """The date with that day, month and weekday: in a year the text states, the most
    often stated first (an archival story says its year: "Rabu (13/12)" beside "2017" is
    2017, not the latest such Wednesday), else the latest on or before ``reference``."""
    for year in stated:
        d = _make(year, month, day)
        if d and d.weekday() == weekday and d <= reference:
            return d
    for year in range(reference.year, reference.year - WEEKDAY_SEARCH_YEARS, -1):
        d = _make(year, month, day)
        if d and d.weekday() == weekday and d <= reference:
            return d
    return None


def stated_years(text: str, today: date | None = None) -> list[int]:
    """The years ``text`` names that may be its own, most often named first, the later
    first among equals: up to this year and at most :data:`STATED_YEARS_BACK` before the
    latest it names (older ones are history: "sejak 2005")."""
    last = (today or date.today()).year
    counts = Counter(
        year
        for m in _STATED_YEAR.finditer(text)
        if EARLIEST_PUBLICATION.year <= (year := int(m.group())) <= last
    )
    latest = max(counts, default=0)
    recent = [year for year in counts if year >= latest - STATED_YEARS_BACK]
    return sorted(recent, key=lambda year: (-counts[year], -year))


def _head(text: str) -> str:
    """The first :data:`HEAD_PARAGRAPHS` non-empty lines, at most :data:`HEAD_CHARS`.

    Short lines without a full stop (a site name, a section, a byline: ``detikNews``,
    ``Berita``) do not count: the date line often comes after several of them."""
    end, seen = 0, 0
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:HEAD_CHARS]):
        end = m.end()
        line = m.group().strip()
        if len(line.split()) < _LABEL_WORDS and not line.endswith("."):
            continue
        seen += 1
        if seen == HEAD_PARAGRAPHS:
            break
    return text[:end]


_LABEL_WORDS = 6
"""A head line with fewer words and no full stop is a label, not a paragraph."""
_LABELLED_LINE = 80
"""A "Published …" line holds a label, a date and a time, not a sentence that goes on."""


def find_date(text: str, language: str | None = None, today: date | None = None) -> date | None:
    """The article's own date, from a labelled line ("Published …") near the start or
    else the first plausible date of its head; None when neither states one."""
    cal = _calendar()
    for line in cal.labelled_line.finditer(text[:SEARCH_CHARS]):
        line_end = text.find("\n", line.start())
        if (line_end if line_end >= 0 else len(text)) - line.start() > _LABELLED_LINE:
            continue  # "Published on March 3, 2019, the government report warned …"
        for _, stated in find_dates(line.group(), language):
            if plausible_publication(stated, today):
                return stated
    head = _head(text)
    found = [(at, d) for at, d in find_dates(head, language) if plausible_publication(d, today)]
    reference = found[0][1] if found else (today or date.today())
    if _SLASHED_DAY.search(head) is None:
        return found[0][1] if found else None  # no "Senin (27/3)" to read
    d = _first_weekday_date(head, reference, today, before=found[0][0] if found else None)
    return d or (found[0][1] if found else None)


def weekday_date(text: str, today: date | None = None) -> date | None:
    """The first "Senin (27/3)" anywhere in ``text``, resolved by its weekday: a body's
    reporting day when the head states none. Not the publication date (the body may report
    an earlier day), but near enough to place "kemarin" or "17 April lalu" around it."""
    if _SLASHED_DAY.search(text) is None:
        return None
    return _first_weekday_date(text, today or date.today(), today)


def _first_weekday_date(
    text: str, reference: date, today: date | None, before: int | None = None
) -> date | None:
    cal = _calendar()
    stated: list[int] | None = None
    for m in cal.weekday_day_month.finditer(text):
        if before is not None and before < m.start():
            break
        weekday = cal.weekdays.get(m.group(1).lower())
        if weekday is None:
            continue
        day, month = int(m.group(2)), int(m.group(3))
        if m.group(4):
            year = int(m.group(4))
            d = _make(year + 2000 if year < 100 else year, month, day)
        else:
            if stated is None:
                stated = stated_years(text, today)
            d = _resolve_weekday(weekday, day, month, reference, stated)
        if d and plausible_publication(d, today):
            return d
    return None
