"""Spelled-out numbers going on past their first word (``two hundred and fifty``,
``three hundred thousand``) and the words after one that make it no count (``two
thirds``, ``a dozen times``): the figures' reading of number words, table-driven."""

from __future__ import annotations

import re

from briefing.analysis.numbers import FigureWords

_NEXT_WORD = re.compile(r"\s+(\w+)")


def not_counted(text: str, end: int, words: FigureWords) -> bool:
    """Whether the word after a spelled-out number makes it no count (``two thirds``)."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not words.not_counted:
        return False
    two = _NEXT_WORD.match(text, m.end())
    return m.group(1).lower() in words.not_counted or (
        two is not None and f"{m.group(1)} {two.group(1)}".lower() in words.not_counted
    )


def spelled_on(
    text: str, end: int, value: float, multiplier: float, words: FigureWords
) -> tuple[float, float, int]:
    """A spelled-out number going on after its multiplier: ``two hundred and fifty``
    (250), ``three hundred thousand`` (a larger multiplier after a smaller one)."""
    joiner = _NEXT_WORD.match(text, end) if words.compound_joiner else None
    if joiner and multiplier == _HUNDRED and joiner.group(1) == words.compound_joiner:
        tens = _NEXT_WORD.match(text, joiner.end())
        tens_value = words.number_words.get(tens.group(1).lower(), _HUNDRED) if tens else _HUNDRED
        if tens is not None and tens_value < _HUNDRED:
            value, multiplier, end = value * _HUNDRED + tens_value, 1.0, tens.end()
    m = _NEXT_WORD.match(text, end)
    if m is not None:
        larger = words.multiplier_of(m.group(1))
        if larger is not None and larger > max(multiplier, value * multiplier):
            value, multiplier, end = value * multiplier, larger, m.end()
    return value, multiplier, end


_HUNDRED = 100.0
