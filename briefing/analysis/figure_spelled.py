"""Spelled-out numbers going on past their first word (``two hundred and fifty``,
``three hundred thousand``, ``treinta y cinco``), the words after one that make it no
count (``two thirds``, ``a dozen times``) and when one no qualifier hedges is a count all
the same (``twelve people``): the figures' reading of number words, table-driven."""

from __future__ import annotations

import re

from briefing.analysis.figure_nouns import previous_word
from briefing.analysis.numbers import FigureWords
from briefing.analysis.suggestions import FigureSuggestion

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


_UNITS_WORD = re.compile(r"\w+")


def units_after(text: str, end: int, value: float, words: FigureWords) -> tuple[float, int]:
    """A tens word going on with its units: ``treinta y cinco`` (35), ``vingt-cinq``,
    ``двадцати пяти``; the value and end unchanged otherwise."""
    if not _is_tens(value):
        return value, end
    for joiner in words.tens_units_joiners:
        if text[end : end + len(joiner)].lower() != joiner:
            continue
        m = _UNITS_WORD.match(text, end + len(joiner))
        units = words.number_words.get(m.group().lower()) if m else None
        if m is not None and units is not None and 1 <= units <= 9:
            return value + units, m.end()
    return value, end


def tens_before(text: str, start: int, words: FigureWords) -> tuple[float, int] | None:
    """The tens word and joiner before a units word (``treinta y`` before ``cinco mil``):
    its value and where it begins."""
    for joiner in words.tens_units_joiners:
        if text[max(0, start - len(joiner)) : start].lower() != joiner:
            continue
        m = _LAST_WORD.search(text, 0, start - len(joiner))
        tens = words.number_words.get(m.group().lower()) if m else None
        if m is not None and tens is not None and _is_tens(tens):
            return tens, m.start()
    return None


def _is_tens(value: float) -> bool:
    """Twenty to ninety in tens: the words a units word may follow."""
    return 20 <= value <= 90 and value % 10 == 0


_LAST_WORD = re.compile(r"(?<!\w)\w+$")


_UNHEDGED_ANY_NOUN = 10
"""From this value a number word counts anything but time without a qualifier."""


def unhedged_count(text: str, figure: FigureSuggestion, words: FigureWords) -> bool:
    """A number word no qualifier hedges that is still a count a brief cites: people
    (``twelve people``, ``trois blessés``, ``трое человек``) or ten or more of anything
    but time (``sepuluh pesawat``); never one that points back (``the two leaders``)."""
    unit = (figure.unit or "").lower()
    if not unit or figure.value is None or figure.text.split()[0].lower() in words.article_numbers:
        return False  # "a hundred reasons": a manner of speaking unless hedged
    previous, _ = previous_word(text, figure.start)
    if previous.lower() in words.referring_words:
        return False  # "the two leaders", "seven of the nine", "peringkat sepuluh"
    if previous.lower() in words.count_openers:
        return True  # "sebanyak sembilan daerah": the writer says a quantity follows
    if previous.lower() in words.duration_openers and unit in words.time_units:
        return True  # "selama empat bulan", as "selama 4 bulan"
    if figure.text[:1].isupper() and not _opens_sentence(text, figure.start):
        return False  # "Once Caldas", "die deutsche Elf", "Treinta y Tres": a name
    after = text[figure.end : figure.end + 40].lstrip(" \t,").lower()
    if after.startswith(words.unnamed_sources) and words.unnamed_sources:
        return False  # "two people familiar with the matter", "three people with knowledge"
    if unit in words.time_units and _custody_follows(after, words):
        return True  # "seven years in prison", "sieben Jahre Haft", "пяти лет колонии"
    return unit in words.counted_people or (
        figure.value >= _UNHEDGED_ANY_NOUN
        and unit not in words.time_units
        and not (words.verb_endings and unit.endswith(words.verb_endings))
    )


_CUSTODY_REACH = 4
"""Words after a count of time within which a custody word makes it a sentence (``zu
sechs Jahren und sechs Monaten Haft``)."""


def _custody_follows(after: str, words: FigureWords) -> bool:
    """Whether a custody word comes within a few words of ``after`` (lower case)."""
    head = " " + " ".join(after.split(".")[0].split()[:_CUSTODY_REACH])
    return any(f" {c}" in head for c in words.custody_words)


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0\"'“«„(")
    return not before or before[-1] in ".!?\n:"
