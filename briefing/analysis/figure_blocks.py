"""Digits that are not figures: dates and phone numbers (a byte map over the article),
years, clock times, list numbering, and a small number that ends a name (``iPhone 15``,
``Liga 1``). :mod:`briefing.analysis.figures` asks these before it reads a figure."""

from __future__ import annotations

import re

from briefing.analysis.dates import find_date_spans
from briefing.analysis.figure_nouns import WORD_AFTER, previous_word
from briefing.analysis.numbers import FigureWords

_PHONE = re.compile(  # each branch opens with + ( or 0 (0 before the look behind, which
    # is the same test): re skips to those characters, ten times faster than at each one
    r"\+\d[\d\s.-]{7,}\d"
    r"|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,5}"
    r"|0(?<![\d.,]0)\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,5}"
    r"|0(?<![\d.,]0)\d{7,}"
)
_TIME_SHAPE = re.compile(r"^[0-2]?\d[.:][0-5]\d$")


def blocked_spans(text: str, language: str | None) -> bytearray:
    """One byte per character, 1 where a date or a phone number is: digits there are not
    figures. A byte map keeps the lookup linear on long texts."""
    blocked = bytearray(len(text))
    spans = find_date_spans(text, language)
    for m in _PHONE.finditer(text):
        if sum(ch.isdigit() for ch in m.group()) >= 8:
            spans.append((m.start(), m.end()))
    for start, end in spans:
        blocked[start:end] = b"\x01" * (end - start)
    return blocked


def inside(start: int, end: int, blocked: bytearray) -> bool:
    return blocked.find(0, start, end) == -1


_NAME_NUMBER_LIMIT = 100
_MODEL_NUMBER_LIMIT = 10_000
_COUNTED_MODEL = re.compile(r"(?<![\d.,])[1-9][\d.,]*\s+$")
"""A count right before the name (``30 Boeing``; not ``TPS 05 Anies``, a number label)."""
_INITIALS = re.compile(r"[A-Z]{2,4}")
_CAPITAL_AFTER = re.compile(r"[ \t\u00a0]+[A-Z][a-z]")


def after_a_name(
    text: str, start: int, previous: str, literal: str, value: float, words: FigureWords
) -> bool:
    """``Thunderbolt 3``, ``iPhone 15``, ``Liga 1``: a small number that ends a name; and a
    larger one when a count of the named thing comes first (``30 Boeing 787 jets``) or
    after initials when another word of the name follows (``the LC 500 Convertible``). A
    larger number after a name is mostly a count (``in Gaza 300 people``, ``Jawa Timur
    640 kasus``), and ``3.000`` with its separator always is.

    Only mid-sentence (a capital after a full stop is just a sentence start, as is a
    list item's: ``- Bobot 189 gram``), not after a possessive (``Jupiter's 79 moons``)
    and only without a qualifier (``Sekitar 30 orang`` is a count).
    """
    camel = previous[:1].islower() and any(c.isupper() for c in previous[1:])  # iPhone, eBay
    if (
        not literal.isdigit()
        or value >= _MODEL_NUMBER_LIMIT
        or not (previous[:1].isupper() or camel)
    ):
        return False
    if not previous[-1:].isalnum() or previous.lower() in words.qualifiers_lower:
        return False
    if previous.lower().endswith(("'s", "’s")):
        return False  # "the RAV4 Hybrid's 176 hp": the name owns the number
    _, previous_start = previous_word(text, start)
    before = text[max(0, previous_start - 20) : previous_start]
    if value >= _NAME_NUMBER_LIMIT:
        return _COUNTED_MODEL.search(before) is not None or (  # "30 Boeing 787 jets"
            _INITIALS.fullmatch(previous) is not None
            and _CAPITAL_AFTER.match(text, start + len(literal)) is not None
        )  # "the LC 500 Convertible": initials, the number and a name's next word
    before = before.rstrip()
    return bool(before) and before[-1] not in '.!?:\n"“”«»-–—•*'


def is_list_number(text: str, start: int, end: int) -> bool:
    """``1.`` or ``2)`` opening a line is list numbering."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return bool(re.match(r"[.)]\s", text[end : end + 2])) or text[end : end + 1] in {")", ""}


def is_year_or_time(
    text: str, start: int, span_start: int, literal: str, value: float, words: FigureWords
) -> bool:
    previous, _ = previous_word(text, span_start)
    previous_key = previous.lower().rstrip(",")
    following = WORD_AFTER.match(text, start + len(literal))
    next_word = following.group(1).lower() if following else ""
    next_token = text[start + len(literal) : start + len(literal) + 30].split(maxsplit=1)
    next_raw = next_token[0].lower().rstrip(",;") if next_token else ""
    if next_raw not in words.time_after:
        next_raw = next_raw.rstrip(".")
    if literal.isdigit() and len(literal) == 4 and 1800 <= value <= 2100:
        return True
    if _TIME_SHAPE.match(literal) and (
        previous_key in words.time_before or next_raw in words.time_after or ":" in literal
    ):
        return True
    if (
        literal.isdigit()
        and value <= 24
        and (
            previous_key in {"pukul", "jam", "pkl", "pkl.", "um", "à", "às", "a las"}
            or (
                next_raw in words.time_after
                # "for 24 hours" lasts; "at 4 hours" is when
                and (next_raw not in words.clock_or_duration or previous_key in words.time_before)
            )
        )
    ):
        return True
    if next_word in words.months or previous_key.rstrip(".") in words.months:
        return True
    return previous_key in words.year_before and literal.isdigit() and len(literal) == 4
