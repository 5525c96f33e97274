"""Reading number literals the way the article's locale writes them.

``3.000`` is three thousand in Indonesian and German, ``3,000`` in English, ``3 000`` in
French and Russian; ``2,5`` is two and a half wherever the comma is the decimal mark. The
separators come from ``data/<lang>/numbers.json``. A literal that no locale can read
(``1.2.3``, a version string) gives ``None`` and is not a figure. :class:`FigureWords`
holds the rest of the table (multipliers, qualifiers, currencies, the words that make a
number a year, time or reference), compiled once per language for figure extraction.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from briefing.analysis.languages import available_languages, load_table

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
    # load_table falls back to the default table; an unlisted language has no table of its own
    has_own = bool(language) and language in available_languages("numbers")
    own = load_table(language, "numbers") if has_own else {}
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


_ABBREVIATION = 2


@dataclass(frozen=True, slots=True)
class PluralHeads:
    """The words of a language's "modifier before a plural head" rule (``plural_heads``)."""

    suffix: str
    not_suffixes: tuple[str, ...]
    no_head_after: frozenset[str]
    not_heads: frozenset[str]
    plural_nouns: frozenset[str] = frozenset()
    """Plurals without the suffix (``people``, ``police``, ``aircraft``), adjectives that
    count people (``dead``, ``injured``) and units written in the singular (``hectare``)."""
    plural_endings: tuple[str, ...] = ()
    """Endings of plurals without the suffix (``gunmen``, ``schoolchildren``, ``taxis``)."""
    singular_words: frozenset[str] = frozenset()
    """Words with such an ending that are singular (``crisis``, ``basis``)."""

    def plural(self, noun: str) -> bool:
        """Whether the last word of ``noun`` is plural: a count of more than one says
        ``30 jets``, so ``the 777 program`` is a model's number, no count."""
        if any(w.isupper() or any(c.isupper() for c in w[1:]) for w in noun.split()):
            return True  # a unit or a model code: "38 dBA", "2.1 GW floating"
        last = noun.split()[-1] if noun.split() else ""
        word = last.lower()
        if word in self.plural_nouns or not word.isalpha() or len(word) <= _ABBREVIATION:
            return True  # also "hp", "cc" (and "kph", "mph" listed): abbreviations say no number
        if last[:1].isupper() and word.endswith(self.suffix):
            return True  # a people: "600,000 Israelis" (not "analysis", "crisis")
        if word.endswith(self.plural_endings) and word not in self.singular_words:
            return True  # gunmen, townspeople, schoolchildren, taxis (not crisis)
        return word.endswith(self.suffix) and not word.endswith(self.not_suffixes)


def _plural_heads(table: object) -> PluralHeads | None:
    if not isinstance(table, dict):
        return None
    return PluralHeads(
        suffix=str(table.get("plural_suffix", "")),
        not_suffixes=tuple(str(x) for x in table.get("not_plural_suffixes", ())),
        no_head_after=frozenset(str(w).lower() for w in table.get("no_head_after", ())),
        not_heads=frozenset(str(w).lower() for w in table.get("not_heads", ())),
        plural_nouns=frozenset(str(w).lower() for w in table.get("plural_nouns", ())),
        plural_endings=tuple(str(w).lower() for w in table.get("plural_endings", ())),
        singular_words=frozenset(str(w).lower() for w in table.get("singular_words", ())),
    )


@dataclass(frozen=True, slots=True)
class FigureWords:
    """Phrase lists of one language, sorted longest first for greedy matching."""

    qualifiers: tuple[str, ...]
    multipliers: tuple[tuple[str, float], ...]
    vague: tuple[tuple[str, float, float], ...]
    percent: tuple[str, ...]
    currency_prefix: tuple[tuple[str, str], ...]
    currency_suffix: tuple[tuple[str, str], ...]
    currency_abbreviations: dict[str, float]
    range_words: tuple[str, ...]
    between: tuple[tuple[str, str], ...]
    time_before: frozenset[str]
    time_after: frozenset[str]
    reference_before: frozenset[str]
    year_before: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    stopwords: frozenset[str]
    qualifier_gap: frozenset[str]
    not_noun_endings: tuple[str, ...]
    qualifiers_lower: frozenset[str]
    measures: frozenset[str]
    months: frozenset[str]
    capitalised_nouns: bool
    number_words: dict[str, float]
    compound_numbers: dict[str, float]
    word_numbers: re.Pattern[str] | None
    not_counted: frozenset[str] = frozenset()
    """Lower-cased words after a number word that make it no count: a fraction (``two
    thirds``, ``drei Viertel``), a frequency (``a dozen times``), a share (``percent``)."""
    compound_joiner: str = ""
    """The word joining tens to hundreds in spelled-out numbers (``two hundred and
    fifty``)."""
    lone_numbers: re.Pattern[str] | None = None
    """The number words of two or more alone, longest first (``dua belas`` before
    ``dua``): a figure only after a qualifier (``at least seven soldiers``)."""
    article_numbers: frozenset[str] = frozenset()
    """Number words that are an article (``a``): see the table's ``article_numbers_about``."""
    ambiguous_qualifiers: frozenset[str] = frozenset()
    """Qualifiers that make no lone number word a figure (``over``: mostly "during")."""
    tens_units_joiners: tuple[str, ...] = ()
    """What joins a tens word to a units word in a spelled-out number (``treinta y cinco``,
    ``vingt-cinq``, ``двадцати пяти``: `` y ``, ``-``, a space)."""
    multiplier_connectors: tuple[str, ...] = ()
    """Words between a multiplier and its counted noun (``trois millions de masques``,
    ``une dizaine d'enfants``)."""
    approximate_words: frozenset[str] = frozenset()
    """Multipliers and number nouns that say "about" (``une dizaine``, ``un centenar``,
    ``десяток``): their figure gets :attr:`approximate_qualifier` when the text gives
    none, so "une dizaine de blessés" is reported as about 10, not 10."""
    approximate_qualifier: str | None = None
    counted_people: frozenset[str] = frozenset()
    clock_or_duration: frozenset[str] = frozenset()
    """``hours``, ``heures``, ``часов``: after a number a clock time only after a
    :attr:`time_before` word (``at 4 hours``, ``à 8 heures``); otherwise a duration
    (``for 24 hours``, ``duró 24 horas``), a figure."""
    time_units: frozenset[str] = frozenset()
    referring_words: frozenset[str] = frozenset()
    """With :attr:`counted_people` and :attr:`time_units`: when a number word with no
    qualifier is a figure (see the table's ``counted_people_about``)."""
    unnamed_sources: tuple[str, ...] = ()
    """What follows a counted noun when the people are the writer's sources, not a
    figure (``two people familiar with the matter``, ``three people with knowledge``)."""
    verb_endings: tuple[str, ...] = ()
    """Endings of a verb the count stands before (``veinticinco resultaron``, ``двенадцать
    получили``): no counted noun for an unhedged number word."""
    custody_words: tuple[str, ...] = ()
    """Lower-cased words after a count of time that make it a prison sentence (``seven
    years in prison``): a figure though no qualifier hedges it."""
    minus_words: frozenset[str] = frozenset()
    """Words right before a number that make it negative (``minus 0,09 persen``)."""
    glued_units: frozenset[str] = frozenset()
    """Lower-cased units that may touch their number (``64GB``) or follow its hyphen
    (``3.0-liter``) and still make it a figure."""
    count_openers: frozenset[str] = frozenset()
    """Words before a number that say a quantity follows (``sebanyak sembilan daerah``):
    a number word after one is a figure though no qualifier hedges it."""
    duration_openers: frozenset[str] = frozenset()
    """Words before a count of time that make it a duration (``selama empat bulan``): a
    figure, as ``selama 4 bulan`` is."""
    qualifier_full_forms: dict[str, str] = field(default_factory=dict)
    """Elided qualifiers as a brief writes them before a number (``plus d'`` → ``plus
    de``: "plus d'une centaine" is more than 100)."""
    compound_units: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """First word → the fixed compounds it opens (``tenaga`` → ``tenaga medis``), as word
    tuples, longest first: the counted noun of ``25 tenaga medis`` is the whole compound."""
    adjective_endings: tuple[str, ...] = ()
    """Inflections of an adjective that may stand between a count and its noun
    (``nordkoreanische Soldaten``, ``северокорейских военных``)."""
    verbs_after_adjective: tuple[str, ...] = ()
    """Endings of a verb or short participle: after one the adjective is itself the noun
    (``200 задержанных отпустили``, ``12 раненых доставлены``)."""
    percent_before: tuple[str, ...] = ()
    """Words right before a number that make it a percentage, where the percent word
    comes first (Turkish ``yüzde 15``, ``%15``)."""
    plural_heads: PluralHeads | None = None
    """English-like noun phrases: a singular noun before a plural one is its modifier, so
    ``400,000 state residents`` counts residents (what: state residents)."""

    def multiplier_of(self, word: str) -> float | None:
        """The value of the multiplier ``word`` (``juta``, ``Millionen``, any case)."""
        lower = word.lower()
        return next((value for key, value in self.multipliers if key.lower() == lower), None)


def _longest_first(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted({str(w) for w in words}, key=len, reverse=True))


def _with_connectors(table: dict[str, object]) -> list[tuple[str, str]]:
    """Currency words, also behind their connector (``millions d'euros``, ``de euros``)."""
    suffix = {str(k): str(v) for k, v in dict(table.get("currency_suffix", {})).items()}  # type: ignore[call-overload]
    pairs = list(suffix.items())
    for connector in table.get("currency_connectors", ()):  # type: ignore[attr-defined]
        glue = "" if str(connector).endswith(("'", "’")) else " "
        pairs.extend((f"{connector}{glue}{word}", code) for word, code in suffix.items())
    return pairs


@cache
def figure_words(language: str | None) -> FigureWords:
    locale = number_locale(language)
    t = locale.table
    dates = load_table(language, "dates") if language else {}
    months = {*dates.get("months", {}), *dates.get("month_abbreviations", {})}
    number_words = {str(k).lower(): float(v) for k, v in t.get("number_words", {}).items()}
    compound_numbers = {str(k).lower(): float(v) for k, v in t.get("compound_numbers", {}).items()}
    return FigureWords(
        qualifiers=_longest_first(t.get("qualifiers", ())),
        multipliers=tuple(
            sorted(
                ((str(k), float(v)) for k, v in t.get("multipliers", {}).items()),
                key=lambda kv: -len(kv[0]),
            )
        ),
        vague=tuple(
            sorted(
                (
                    (str(k), float(v[0]), float(v[1]))
                    for k, v in t.get("vague_multipliers", {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        percent=_longest_first(t.get("percent_words", ())),
        percent_before=_longest_first(t.get("percent_before", ())),
        currency_prefix=tuple(
            sorted(t.get("currency_prefix", {}).items(), key=lambda kv: -len(kv[0]))
        ),
        currency_suffix=tuple(sorted(_with_connectors(t), key=lambda kv: -len(kv[0]))),
        currency_abbreviations={
            str(k): float(v) for k, v in t.get("currency_abbreviations", {}).items()
        },
        range_words=_longest_first(t.get("range_words", ())),
        between=tuple((str(a), str(b)) for a, b in t.get("between", ())),
        time_before=frozenset(str(w).lower() for w in t.get("time_before", ())),
        time_after=frozenset(str(w).lower() for w in t.get("time_after", ())),
        clock_or_duration=frozenset(str(w).lower() for w in t.get("clock_or_duration", ())),
        reference_before=frozenset(str(w).lower() for w in t.get("reference_before", ())),
        year_before=frozenset(str(w).lower() for w in t.get("year_before", ())),
        ordinal_suffixes=_longest_first(t.get("ordinal_suffixes", ())),
        stopwords=frozenset(str(w).lower() for w in t.get("unit_stopwords", ())),
        qualifiers_lower=frozenset(str(q).lower() for q in t.get("qualifiers", ())),
        not_noun_endings=tuple(str(e) for e in t.get("not_noun_endings", ())),
        adjective_endings=tuple(str(e) for e in t.get("adjective_endings", ())),
        verbs_after_adjective=tuple(str(e) for e in t.get("verbs_after_adjective", ())),
        qualifier_gap=frozenset(str(w).lower() for w in t.get("qualifier_gap", ())),
        measures=frozenset(str(w).lower() for w in t.get("measure_units", ())),
        months=frozenset(str(m).lower() for m in months),
        capitalised_nouns=bool(t.get("capitalised_nouns", False)),
        plural_heads=_plural_heads(t.get("plural_heads")),
        number_words=number_words,
        compound_numbers=compound_numbers,
        word_numbers=_word_number_pattern(number_words, compound_numbers, t),
        compound_units=_compound_units(t.get("compound_units", ())),
        tens_units_joiners=tuple(str(j) for j in t.get("tens_units_joiners", ())),
        multiplier_connectors=tuple(str(c) for c in t.get("multiplier_connectors", ())),
        approximate_words=frozenset(str(w).lower() for w in t.get("approximate_words", ())),
        approximate_qualifier=t.get("approximate_qualifier"),
        counted_people=frozenset(str(w).lower() for w in t.get("counted_people", ())),
        time_units=frozenset(str(w).lower() for w in t.get("time_units", ())),
        referring_words=frozenset(str(w).lower() for w in t.get("referring_words", ())),
        unnamed_sources=tuple(str(w).lower() for w in t.get("unnamed_sources", ())),
        verb_endings=tuple(str(w) for w in t.get("verb_endings", ())),
        qualifier_full_forms={
            str(k).lower(): str(v) for k, v in t.get("qualifier_full_forms", {}).items()
        },
        not_counted=frozenset(str(w).lower() for w in t.get("not_counted", ())),
        compound_joiner=str(t.get("compound_joiner", "")),
        lone_numbers=_lone_number_pattern(number_words),
        article_numbers=frozenset(str(w).lower() for w in t.get("article_numbers", ())),
        ambiguous_qualifiers=frozenset(str(w).lower() for w in t.get("ambiguous_qualifiers", ())),
        minus_words=frozenset(str(w).lower() for w in t.get("minus_words", ())),
        custody_words=tuple(str(w).lower() for w in t.get("custody_words", ())),
        glued_units=frozenset(str(w).lower() for w in t.get("glued_units", ())),
        count_openers=frozenset(str(w).lower() for w in t.get("count_openers", ())),
        duration_openers=frozenset(str(w).lower() for w in t.get("duration_openers", ())),
    )


def _compound_units(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        parts = tuple(str(phrase).lower().split())
        if len(parts) >= 2:
            by_first.setdefault(parts[0], []).append(parts)
    return {
        first: tuple(sorted(set(items), key=len, reverse=True)) for first, items in by_first.items()
    }


def _word_number_pattern(
    number_words: dict[str, float], compound_numbers: dict[str, float], table: dict[str, Any]
) -> re.Pattern[str] | None:
    if not number_words and not compound_numbers:
        return None
    multipliers = _longest_first([str(k) for k in table.get("multipliers", {})])
    parts = []
    if number_words and multipliers:
        parts.append(
            rf"(?P<number>{'|'.join(re.escape(w) for w in _longest_first(list(number_words)))})"
            rf"\s+(?P<multiplier>{'|'.join(re.escape(w) for w in multipliers)})"
        )
    if compound_numbers:
        parts.append(
            rf"(?P<compound>{'|'.join(re.escape(w) for w in _longest_first(list(compound_numbers)))})"
        )
    if not parts:
        return None
    guard = first_letter_guard([*number_words, *compound_numbers])
    return re.compile(r"(?<!\w)" + guard + "(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


_LONE_NUMBER_MIN = 2
"""A number word alone below this (``one``, ``a``, ``ein``) is never a figure."""


def _lone_number_pattern(number_words: dict[str, float]) -> re.Pattern[str] | None:
    lone = _longest_first([w for w, v in number_words.items() if v >= _LONE_NUMBER_MIN])
    if not lone:
        return None
    return re.compile(
        r"(?<!\w)" + first_letter_guard(lone) + "(" + "|".join(map(re.escape, lone)) + r")(?!\w)",
        re.IGNORECASE,
    )


def first_letter_guard(words: Sequence[str]) -> str:
    """A lookahead for the first letters of ``words`` (matched with the pattern's flags),
    to put before their alternation: the regex engine then rejects most word starts with
    one class test instead of trying every word (it finds no such prefix by itself in a
    case-insensitive alternation). Matches are unchanged: every word starts so."""
    if not words or not all(words):
        return ""  # an empty word matches anywhere: no first letter to ask for
    firsts = sorted({w[0] for w in words})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


@cache
def _currency_countries() -> dict[str, tuple[tuple[str, str], ...]]:
    table = load_table("default", "numbers").get("currency_countries", {})
    return {str(code): tuple((str(a), str(b)) for a, b in pairs) for code, pairs in table.items()}


@lru_cache(maxsize=64)
def country_currency(code: str, text: str) -> str:
    """The currency a word several countries use stands for in ``text`` (``pesos`` in a
    story on Argentina: ARS): that of the first of its countries the text names, else
    ``code`` (table: ``currency_countries`` in ``data/default/numbers.json``)."""
    countries = _currency_countries().get(code)
    if not countries:
        return code
    found = [(at, currency) for name, currency in countries if (at := text.find(name)) >= 0]
    return min(found)[1] if found else code
