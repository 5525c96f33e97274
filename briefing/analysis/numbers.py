"""Reading number literals the way the article's locale writes them.

``3.000`` is three thousand in Indonesian and German, ``3,000`` in English, ``3 000`` in
French and Russian; ``2,5`` is two and a half wherever the comma is the decimal mark. The
separators come from ``data/<lang>/numbers.json``. A literal that no locale can read
(``1.2.3``, a version string) gives ``None`` and is not a figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.analysis.languages import load_table

_SPACES = "\u00a0\u202f "


@dataclass(frozen=True, slots=True)
class NumberLocale:
    """Everything figure and date extraction need to know about one language's numbers."""

    decimal: str
    group: frozenset[str]
    three_digits_group: bool
    """An unknown locale reads ``3.000`` and ``3,000`` alike, as three thousand."""
    table: dict[str, Any]
    literal: re.Pattern[str]

    def words(self, key: str) -> list[str]:
        return [str(w) for w in self.table.get(key, ())]

    def mapping(self, key: str) -> dict[str, Any]:
        return dict(self.table.get(key, {}))


@cache
def number_locale(language: str | None) -> NumberLocale:
    """The number table of ``language`` merged over the default one (cached, read-only)."""
    default = load_table("default", "numbers")
    own = load_table(language, "numbers") if language else {}
    table: dict[str, Any] = {**default, **own}
    for key in ("currency_prefix", "currency_abbreviations"):
        table[key] = {**default.get(key, {}), **own.get(key, {})}
    for key in ("reference_before", "measure_units"):
        table[key] = sorted({*default.get(key, ()), *own.get(key, ())})
    group = frozenset(str(g) for g in table.get("group", ()))
    spaced = bool(group & set(_SPACES))
    pattern = r"\d+(?:[.,]\d+)*"
    if spaced:
        pattern += r"(?:[\u00a0\u202f ]\d{3}(?![\d.,]\d))*(?:,\d+)?"
    return NumberLocale(
        decimal=str(table.get("decimal", ".")),
        group=group,
        three_digits_group=not own,
        table=table,
        literal=re.compile(pattern),
    )


def parse_number(literal: str, locale: NumberLocale) -> float | None:
    """The value of a digit literal, or None when it is not a well-formed number."""
    value = _parse(literal, locale)
    return value if value is not None and math.isfinite(value) else None


def _parse(literal: str, locale: NumberLocale) -> float | None:
    compact = "".join(ch for ch in literal if ch not in _SPACES)
    if compact != literal and not re.fullmatch(
        r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?", literal
    ):
        return None
    marks = [ch for ch in compact if ch in ".,"]
    if not marks:
        return float(compact)
    kinds = set(marks)
    if len(kinds) == 2:
        decimal = marks[-1]
        if marks.count(decimal) != 1:
            return None
        whole, _, fraction = compact.rpartition(decimal)
        return _grouped(whole, decimal_fraction=fraction)
    mark = marks[0]
    if len(marks) > 1:
        return _grouped(compact) if mark in locale.group or mark != locale.decimal else None
    whole, _, tail = compact.partition(mark)
    looks_grouped = len(tail) == 3 and whole != "0" and len(whole) <= 3
    if mark == locale.decimal and not (locale.three_digits_group and looks_grouped):
        return float(f"{whole}.{tail}")
    if looks_grouped:
        return float(whole + tail)
    return float(f"{whole}.{tail}")


def _grouped(text: str, decimal_fraction: str | None = None) -> float | None:
    parts = re.split(r"[.,]", text)
    if not parts[0] or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
        return None
    value = "".join(parts)
    if decimal_fraction is not None:
        if not decimal_fraction.isdigit():
            return None
        value += "." + decimal_fraction
    return float(value)
