"""The ``counters`` tables of Chinese, Japanese and Korean (``data/<lang>/counters.json``),
ready for :mod:`briefing.analysis.figure_cjk`: the phrases that may follow a number (a
counter, a currency, a percent sign, a hedge, or what makes it a date, an age or a rank),
the unit characters, the hedges, currencies and words before a number, the numbers
written in characters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing.analysis.languages import available_languages, load_table, longest_first
from briefing.analysis.numbers import figure_words


def is_cjk(ch: str) -> bool:
    """Han, kana or hangul: letters that may touch a number in these languages."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # Han extension A
        or 0x4E00 <= code <= 0x9FFF  # Han
        or 0xAC00 <= code <= 0xD7AF  # hangul syllables
        or 0x1100 <= code <= 0x11FF  # hangul jamo
        or 0x3130 <= code <= 0x318F  # hangul compatibility jamo
        or 0xF900 <= code <= 0xFAFF  # Han compatibility
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
        or 0x20000 <= code <= 0x3FFFF  # Han extensions B onwards
    )


def foreign_letter(ch: str) -> bool:
    """A letter of an alphabet: glued to digits it makes a code (``G20``, ``F-35``)."""
    return ch.isalpha() and not is_cjk(ch)


@dataclass(frozen=True, slots=True)
class AfterPhrase:
    phrase: str
    kind: str  # "counter", "percent", "currency", "qualifier" or "not"
    code: str | None = None


@dataclass(frozen=True, slots=True)
class CounterTable:
    """One language's ``counters`` table, ready for reading."""

    small: dict[str, float]
    large: dict[str, float]
    vague: dict[str, tuple[float, float]]
    spaced: bool
    after: tuple[AfterPhrase, ...]
    """Every phrase that may follow a number, longest first (``日元`` before ``日``)."""
    measures: frozenset[str]
    classifiers: frozenset[str]
    """The counters that are no unit of measure: they say how, not what, is counted."""
    qualifiers_before: tuple[str, ...]
    currency_before: tuple[tuple[str, str], ...]
    percent_before: tuple[str, ...]
    range_words: tuple[str, ...]
    not_before: tuple[str, ...]
    scales: tuple[tuple[str, str], ...]
    """Scales named before their reading (``震度4``, ``マグニチュード5.1``, ``규모 2.3``):
    the reading is a measure in that scale's unit, longest name first."""
    custody_before: tuple[str, ...]
    """What a sentence of custody opens with (``有期徒刑``, ``懲役``, ``징역``): the years
    after it are a figure (``懲役12年``), though years are dates elsewhere."""
    custody_units: tuple[str, ...]
    minus_before: tuple[str, ...]
    """Words that make the number after them negative (``零下15摄氏度``, ``영하 5도``)."""
    vague_pattern: re.Pattern[str] | None
    nouns: tuple[str, ...]
    """Counted nouns written in these scripts (``士兵``, ``병력``), longest first, from the
    cross-language synonyms of ``data/default/units.json``."""
    noun_links: tuple[str, ...]
    """What may stand between a counter and its noun (``の``, ``의``)."""
    age_counters: frozenset[str]
    """Counters that after a round ten count an age group (Korean ``20대``: in their
    twenties), unless the counted noun stands before the number (``차량 20대``)."""
    latin_units: tuple[str, ...]
    """Units written in Latin letters and glued to the digits (``50mm``, ``35km``)."""
    inner_qualifiers: frozenset[str]
    """Hedges written inside a number, before its unit (``8百余万元``, ``30여만 명``)."""
    spelled_digits: dict[str, int]
    """Chinese: the digits written as characters (``两名``, ``三人``, ``十二艘``)."""
    spelled_counters: frozenset[str]
    """Chinese: the counters a number in characters must stand before to be a figure: not
    ``个`` (``四个意识`` is a slogan) nor what also makes words (``一体``)."""
    spelled_pattern: re.Pattern[str] | None
    unit_counters: tuple[str, ...]
    """Counters that open with a unit character (``千米``, ``千克``): after digits they are
    the unit, not a thousand."""
    points: frozenset[str]
    """Chinese: the hour's word that after a large or decimal number counts an index's
    points (``3300.63点``)."""


@cache
def counter_table(language: str | None) -> CounterTable | None:
    """The counters table of ``language``, or None when it reads numbers with spaces."""
    if not language or language not in available_languages("counters"):
        return None
    t = load_table(language, "counters")
    after = [
        *(AfterPhrase(w, "not") for w in t.get("not_after", ())),
        *(AfterPhrase(w, "qualifier") for w in t.get("qualifiers_after", ())),
        *(AfterPhrase(w, "percent") for w in t.get("percent", ())),
        *(AfterPhrase(w, "currency", str(c)) for w, c in t.get("currency_after", {}).items()),
        *(AfterPhrase(w, "tenth") for w in t.get("tenths", ())),
        *(AfterPhrase(w, "counter") for w in t.get("counters", ())),
        *(AfterPhrase(w, "counter") for w in t.get("latin_units", ())),
        *(AfterPhrase(w, "counter") for w in t.get("durations", ())),  # 48小时, 3日間: how long
    ]
    seen: set[str] = set()
    unique = []
    for item in after:  # the first listing of a phrase wins: "not" before the rest
        if item.phrase not in seen:
            seen.add(item.phrase)
            unique.append(item)
    unique.sort(key=lambda item: len(item.phrase), reverse=True)
    # currency symbols: the language's own (¥ is the yuan in Chinese, the yen in Japanese),
    # then the shared table's ($, US$, €, £, HK$ …)
    symbols = {str(k): str(v) for k, v in t.get("symbol_currencies", {}).items()}
    shared = figure_words(None)
    for word, code in (*shared.currency_prefix, *shared.currency_suffix):
        if not word[:1].isalpha():
            symbols.setdefault(word, code)
    before = {**symbols, **{str(k): str(v) for k, v in t.get("currency_before", {}).items()}}
    small = {str(k): float(v) for k, v in t.get("small_units", {}).items()}
    large = {str(k): float(v) for k, v in t.get("large_units", {}).items()}
    vague = {str(k): (float(v[0]), float(v[1])) for k, v in t.get("vague_prefixes", {}).items()}
    spelled = {str(k): int(v) for k, v in t.get("spelled_digits", {}).items()}
    units = "".join(re.escape(ch) for ch in (*small, *large))
    vague_pattern = (
        re.compile(
            "(?<![\\d.,])(?:"
            + "|".join(re.escape(v) for v in longest_first(vague))
            + f")(?=[{units}])[{units}]+"
        )
        if vague and units
        else None
    )
    return CounterTable(
        small=small,
        large=large,
        vague=vague,
        spaced=bool(t.get("spaced", False)),
        after=tuple(unique),
        measures=frozenset(
            str(w)
            for w in (*t.get("measures", ()), *t.get("latin_units", ()), *t.get("durations", ()))
        ),
        classifiers=frozenset(str(w) for w in t.get("counters", ())) - set(t.get("measures", ())),
        qualifiers_before=longest_first(t.get("qualifiers_before", ())),
        currency_before=tuple(sorted(before.items(), key=lambda kv: -len(kv[0]))),
        percent_before=longest_first(t.get("percent_before", ())),
        range_words=longest_first(t.get("range_words", ())),
        not_before=longest_first(t.get("not_before", ())),
        minus_before=longest_first(t.get("minus_before", ())),
        custody_before=longest_first(t.get("custody_before", ())),
        scales=tuple(
            sorted(
                ((str(k), str(v)) for k, v in t.get("scale_before", {}).items()),
                key=lambda kv: -len(kv[0]),
            )
        ),
        custody_units=longest_first(t.get("custody_units", ())),
        vague_pattern=vague_pattern,
        nouns=counted_nouns(),
        noun_links=longest_first(t.get("noun_links", ())),
        inner_qualifiers=frozenset(str(w) for w in t.get("inner_qualifiers", ())),
        age_counters=frozenset(str(w) for w in t.get("age_counters", ())),
        latin_units=longest_first(t.get("latin_units", ())),
        spelled_digits=spelled,
        spelled_counters=frozenset(str(w) for w in t.get("spelled_counters", ())),
        unit_counters=tuple(
            str(c)
            for c in t.get("counters", ())
            if len(str(c)) > 1 and str(c)[0] in small and str(c)[1] not in small
        ),
        points=frozenset(str(w) for w in t.get("points", ())),
        spelled_pattern=re.compile(
            "[" + "".join(re.escape(ch) for ch in (*spelled, *small, *large)) + "]+"
        )
        if spelled
        else None,
    )


@cache
def counted_nouns() -> tuple[str, ...]:
    synonyms = load_table("default", "units").get("synonyms", {})
    forms = {str(f) for listed in synonyms.values() for f in listed if any(map(is_cjk, str(f)))}
    return longest_first(sorted(forms))
