"""Placing a date written without its year, a weekday and a count of units around the
article's date: the candidate a direction picks (``past``, ``future``, ``previous``,
``following``, ``year+1``…, read by ``_direction`` in :mod:`briefing.analysis.dates`),
or, without one, the one news's habit of reporting what has happened picks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

_WEEKDAY_REACH = 3
"""How many days back a bare weekday may point before it is too ambiguous to resolve."""

_DAY_SLACK, _MONTH_SLACK = 31, 1
"""With no cue, a date without a year is taken at most this far after the reference
(a month, for a month name): news mostly reports what has happened."""
_WEEKDAY_OFFSETS = {
    None: (-_WEEKDAY_REACH, 0),
    "past": (-6, 0),
    "previous": (-7, -1),
    "future": (-1, 5),
    "following": (1, 7),
}
"""Days from the reference a weekday may be, by direction (:func:`_direction`). A future
event may be yesterday's: a page's date is often a day late (UTC, an aggregator's
timestamp), and "akan … hari ini, Jumat" must not become next week's Friday."""


def safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def relative_value(unit: str, shift: int, reference: date) -> str | None:
    """``shift`` days, months or years from ``reference``, as ISO (weeks: None)."""
    if unit == "day":
        return (reference + timedelta(days=shift)).isoformat()
    if unit == "month":
        index = reference.year * 12 + reference.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "year":
        return f"{reference.year + shift:04d}"
    return None


def _nearest(keys: Sequence[int], reference: int, slack: int, direction: str | None) -> int | None:
    """The key (day ordinal or month index) a direction picks among the candidates."""
    if direction in {"future", "following"}:
        lowest = reference + (1 if direction == "following" else 0)
        return min((k for k in keys if k >= lowest), default=None)
    highest = reference + {"past": 0, "previous": -1}.get(direction or "", slack)
    return max((k for k in keys if k <= highest), default=None)


def day_in_year(
    month: int,
    day: int,
    reference: date | None,
    direction: str | None,
    weekday: int | None = None,
) -> str | None:
    """A day written without its year, placed around the reference by ``direction``; a
    weekday written with it (``Selasa 20 September``) picks the year it falls on."""
    if reference is None:
        return None
    shift = _year_shift(direction)
    first, last = (shift, shift) if shift is not None else (-6, 6)
    candidates = []
    for year in range(reference.year + first, reference.year + last + 1):
        try:  # 29 February and weekdays need several years each way
            candidates.append(date(year, month, day).toordinal())
        except ValueError:
            continue
    if weekday is not None:
        on_weekday = [c for c in candidates if date.fromordinal(c).weekday() == weekday]
        if on_weekday:
            nearest = min(on_weekday, key=lambda c: abs(c - reference.toordinal()))
            return date.fromordinal(nearest).isoformat()
    if shift is not None:
        return date.fromordinal(candidates[0]).isoformat() if candidates else None
    if direction == "previous":
        direction = "past"  # "last 3 March" is not said: the day may be today's
    # a future day may be yesterday's when the page's date is a day late (see weekdays)
    anchor = reference.toordinal() - (1 if direction == "future" else 0)
    chosen = _nearest(candidates, anchor, _DAY_SLACK, direction)
    return date.fromordinal(chosen).isoformat() if chosen else None


_DAY_ALONE_SLACK = 7
"""A day of the month written alone (``24日``, ``24일``) is at most a week ahead with no cue:
news dates what happened by its day (``外交部发言人24日表示``) and a coming event by a day
close ahead."""


def day_in_month(day: int, reference: date | None, direction: str | None) -> str | None:
    """A day of the month written without its month: in the reference's month, the one
    before or the one after, as ``direction`` picks (a year shift does not apply)."""
    if reference is None:
        return None
    index = reference.year * 12 + reference.month - 1
    candidates = [
        ordinal
        for shift in (-1, 0, 1)
        if (value := safe_date((index + shift) // 12, (index + shift) % 12 + 1, day)) is not None
        for ordinal in (date.fromisoformat(value).toordinal(),)
    ]
    if direction == "previous":
        direction = "past"
    elif direction not in {"past", "future", "following"}:
        direction = None
    anchor = reference.toordinal() - (1 if direction == "future" else 0)
    chosen = _nearest(candidates, anchor, _DAY_ALONE_SLACK, direction)
    return date.fromordinal(chosen).isoformat() if chosen else None


def _year_shift(direction: str | None) -> int | None:
    """The year offset of a ``year+1``-style direction, else None."""
    return int(direction[4:]) if direction and direction.startswith("year") else None


def month_in_year(month: int, reference: date, direction: str | None) -> str | None:
    """A month named without its year (``November``, ``last November``)."""
    shift = _year_shift(direction)
    if shift is not None:
        return f"{reference.year + shift:04d}-{month:02d}"
    now = reference.year * 12 + reference.month - 1
    candidates = [(reference.year + y) * 12 + month - 1 for y in (-1, 0, 1)]
    chosen = _nearest(candidates, now, _MONTH_SLACK, direction)
    return None if chosen is None else f"{chosen // 12:04d}-{chosen % 12 + 1:02d}"


def weekday_near(target: int, reference: date, direction: str | None) -> str | None:
    """The day of weekday ``target`` (0 = Monday) within the days a direction allows
    around ``reference`` (:data:`_WEEKDAY_OFFSETS`), nearest back first."""
    lowest, highest = _WEEKDAY_OFFSETS.get(direction, _WEEKDAY_OFFSETS[None])
    for shift in range(lowest, highest + 1):
        candidate = reference + timedelta(days=shift)
        if candidate.weekday() == target:
            return candidate.isoformat()
    return None
