"""Figures worth reporting: counts, money, percentages, with their unit and qualifier.

A number in news is a figure only when it counts or measures something: ``setidaknya
3.000 tentara``, ``Rp 5 triliun``, ``2,5 persen``, ``$3 billion``. The same digits also
write years, dates, clock times, phone numbers, list numbering, article and road numbers,
ordinals and code names (``COVID-19``, ``F-16``), and an analyst who sees those proposed
stops trusting the list. So every candidate is read with the article's locale
(:mod:`briefing.analysis.numbers`) and then has to get past those readings first. The
words involved (multipliers, qualifiers, currencies, the words before a time or a
reference number) live in ``data/<lang>/numbers.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from briefing.analysis.figure_blocks import (
    after_a_name,
    blocked_spans,
    inside,
    is_list_number,
    is_year_or_time,
)
from briefing.analysis.figure_cjk import find_cjk_figures
from briefing.analysis.figure_cjk_table import counter_table
from briefing.analysis.figure_nouns import (
    WORD_AFTER,
    counted_noun,
    counted_noun_through,
    glued_unit,
    minus_before,
    previous_word,
    without_connector,
)
from briefing.analysis.figure_spelled import (
    not_counted,
    spelled_on,
    tens_before,
    unhedged_count,
    units_after,
)
from briefing.analysis.numbers import (
    FigureWords,
    NumberLocale,
    country_currency,
    figure_words,
    first_letter_guard,
    number_locale,
    parse_number,
)
from briefing.analysis.suggestions import FigureSuggestion, SentenceSpan
from briefing.core.model import Article

_LETTERS = re.compile(r"[^\W\d_]+")
_HYPHEN_WORD = re.compile(r"-[^\W\d_]")
_OF = re.compile(r"\s+(?:of|de|di)(?=\s)")


def extract_figures(
    article: Article, sentences: Sequence[SentenceSpan] = ()
) -> list[FigureSuggestion]:
    """Figures in text order; ``text`` is always ``article.text[start:end]``.

    ``sentences`` is accepted for the pipeline's uniform call; figures never cross a line,
    which is all the boundary they need.
    """
    del sentences
    return find_figures(article.text, article.language.code)


def find_figures(text: str, language: str | None) -> list[FigureSuggestion]:
    """Figures of a plain text read as ``language`` (ISO 639-1, None when unknown).

    Chinese, Japanese and Korean (a ``counters`` table) are read by
    :mod:`briefing.analysis.figure_cjk`: their numbers touch the words around them."""
    counters = counter_table(language)
    if counters is not None:
        return find_cjk_figures(text, counters, blocked_spans(text, language))
    locale = number_locale(language)
    words = figure_words(language)
    blocked = blocked_spans(text, language)
    figures: list[FigureSuggestion] = []
    consumed = 0
    for m in locale.literal.finditer(text):
        if m.start() < consumed or inside(m.start(), m.end(), blocked):
            continue
        figure = _read_figure(text, m.start(), m.end(), locale, words)
        if figure is not None:
            figures.append(figure)
            consumed = figure.end
    # number words before the vague ones: "tres millones de" is 3 million, not "millones de"
    figures.extend(_word_figures(text, locale, words, figures))
    figures.extend(_vague_figures(text, words, figures))
    figures.sort(key=lambda f: f.start)
    return figures


@lru_cache(maxsize=64)
def _lowered(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str] | None]:
    """The phrases lowered, and their lowered first characters (None when one is empty):
    the figure readers look for the same few tables at every number."""
    lows = tuple(p.lower() for p in phrases)
    return lows, (None if not all(lows) else frozenset(low[:1] for low in lows))


def _full_form(qualifier: str, words: FigureWords) -> str:
    """The qualifier as a brief writes it (``Plus d'`` → ``Plus de``)."""
    full = words.qualifier_full_forms.get(qualifier.lower())
    if full is None:
        return qualifier
    return full[:1].upper() + full[1:] if qualifier[:1].isupper() else full


def _phrase_before(text: str, start: int, phrases: Sequence[str]) -> tuple[str, int] | None:
    """The phrase from ``phrases`` that ends just before ``start`` (spaces between)."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\u202f":
        i -= 1
    lowered = text[max(0, i - 40) : i].lower()
    lows = _lowered(tuple(phrases))[0]
    if not lowered.endswith(lows):  # one C call rules out most places
        return None
    for p in lows:
        if lowered.endswith(p):
            begin = i - len(p)
            if begin == 0 or not text[begin - 1].isalnum() or not p[:1].isalnum():
                return text[begin:i], begin
    return None


def _phrase_after(
    text: str, end: int, phrases: Sequence[str], *, glued: bool = True
) -> tuple[str, int] | None:
    """The phrase from ``phrases`` that starts just after ``end``; returns it and its end."""
    i = end
    while i < len(text) and text[i] in " \t\u00a0\u202f":
        i += 1
    if i == end and not glued:
        return None
    lows, firsts = _lowered(tuple(phrases))
    # a phrase matching here starts with this character lowered (at a string's start a
    # character lowers the same alone or in context); no phrase may be empty for this
    if firsts is not None and text[i : i + 1].lower()[:1] not in firsts:
        return None
    for phrase, low in zip(phrases, lows, strict=True):
        stop = i + len(phrase)
        candidate = text[i:stop]
        if candidate.lower() != low or (phrase.isupper() and candidate != phrase):
            continue
        if stop < len(text) and text[stop].isalnum() and phrase[-1:].isalnum():
            continue
        if i == end and phrase[:1].isalpha() and len(phrase) > 2:
            continue
        return text[i:stop], stop
    return None


def _read_figure(
    text: str, start: int, end: int, locale: NumberLocale, words: FigureWords
) -> FigureSuggestion | None:
    literal = text[start:end]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    currency: str | None = None
    span_start = start
    prefix = _phrase_before(text, start, [p for p, _ in words.currency_prefix])
    if prefix is not None:
        currency = _lookup(words.currency_prefix, prefix[0])
        span_start = prefix[1]
    elif before.isalpha() or (before == "-" and start >= 2 and text[start - 2].isalpha()):
        return None  # G20, MH370, COVID-19, ke-3
    two_before = text[start - 2] if start >= 2 else ""
    if (
        prefix is None
        and before
        and (
            before in "/:'’"  # 27/3, 10:30, ’80
            or (before in ".," and two_before.isalnum())  # ID.3, 1.2.3
            or (before in "-–" and two_before.isdigit())  # the 1 of a 2-1 score
        )
    ):
        return None
    if after in "/:" and after and end + 1 < len(text) and text[end + 1].isdigit():
        return None
    value = parse_number(literal, locale)
    if value is None:
        return None
    if literal.isdigit() and len(literal) > 1 and literal.startswith("0"):
        return None  # 0812…, 007: identifiers rather than quantities
    # glued letters: ordinals, decades, code names, or a money abbreviation (€2m)
    glued = _LETTERS.match(text, end)
    multiplier = 1.0
    cursor = end
    unit_end = glued_unit(text, end, words) if prefix is None else None
    if unit_end is not None:
        return _with_glued_unit(text, span_start, end, unit_end, value, words)
    if glued:
        suffix = glued.group()
        if currency and suffix in words.currency_abbreviations:
            multiplier = words.currency_abbreviations[suffix]
            cursor = end + len(suffix)
        elif suffix.lower() in {s.lower().lstrip(".-") for s in words.percent}:
            pass
        else:
            return None
    elif after == "-" and _HYPHEN_WORD.match(text, end):
        return None  # 1990-an, 10-day, 5-year-old: part of a word, not a figure
    elif words.ordinal_suffixes and any(
        text.startswith(s, end) and s.startswith((".", "-")) for s in words.ordinal_suffixes
    ):
        return None
    if is_list_number(text, start, end):
        return None
    previous, _ = previous_word(text, span_start)
    previous_key = previous.lower()
    if (
        previous_key in words.reference_before
        or previous_key.rstrip(".,:") in words.reference_before
    ):
        return None
    if (
        prefix is None
        and after_a_name(text, span_start, previous, literal, value, words)
        and _phrase_after(text, cursor, [*words.percent, *(w for w, _ in words.multipliers)])
        is None
    ):
        return None  # but "Jokowi 55 persen", "Spider 173 ribu pounds" are figures
    # multiplier word (juta, billion) or currency abbreviation after a space ($3 bn)
    if multiplier == 1.0:
        word = _phrase_after(text, cursor, [w for w, _ in words.multipliers], glued=False)
        if word is not None:
            multiplier = words.multiplier_of(word[0]) or 1.0
            cursor = word[1]
        elif currency:
            abbr = _phrase_after(text, cursor, list(words.currency_abbreviations), glued=False)
            if abbr is not None and abbr[0] in words.currency_abbreviations:
                multiplier = words.currency_abbreviations[abbr[0]]
                cursor = abbr[1]
    return _complete(
        text,
        start,
        span_start,
        cursor,
        literal,
        value,
        multiplier,
        currency,
        locale,
        words,
        prefix[0] if prefix is not None else "",
    )


def _with_glued_unit(
    text: str, start: int, end: int, unit_end: int, value: float, words: FigureWords
) -> FigureSuggestion | None:
    """``64GB``, ``up to 5km``, ``a 3.0-liter engine``: the unit touches the number (or its
    hyphen), so nothing else reads it."""
    if is_list_number(text, start, end):
        return None
    previous, _ = previous_word(text, start)
    if previous.lower().rstrip(".,:") in words.reference_before:
        return None
    unit = text[end:unit_end].lstrip("-")
    qualifier = _phrase_before(text, start, words.qualifiers)
    return FigureSuggestion(
        text=text[start:unit_end],
        start=start,
        end=unit_end,
        value=value,
        unit=unit,
        qualifier=_full_form(qualifier[0], words) if qualifier else None,
        kind="measure" if unit.lower() in words.measures else "count",
        what=unit,
    )


def _complete(
    text: str,
    start: int,
    span_start: int,
    cursor: int,
    literal: str,
    value: float,
    multiplier: float,
    currency: str | None,
    locale: NumberLocale,
    words: FigureWords,
    written_prefix: str = "",
) -> FigureSuggestion | None:
    """Everything after the number itself: range, percent or currency, unit, qualifier.
    ``written_prefix``: the currency before the number as written (``Rp``), which the
    second number of a range may repeat (``Rp 900 ribu sampai Rp 5 juta``)."""
    value_max: float | None = None
    range_words = words.range_words
    opener = None
    for first, joiner in words.between:
        opener = _phrase_before(text, span_start, [first])
        if opener is not None:
            range_words = (joiner, *range_words)
            break
    range_end = _range_after(text, cursor, locale, range_words, words, written_prefix)
    if range_end is not None:
        second, second_multiplier, range_stop = range_end
        first_multiplier = multiplier
        if second_multiplier != 1.0 and multiplier == 1.0:
            multiplier = second_multiplier
        top = second * (second_multiplier if second_multiplier != 1.0 else multiplier)
        if top > value * multiplier:
            value_max, cursor = top, range_stop
            if opener is not None:
                span_start = opener[1]
        elif written_prefix and written_prefix in text[cursor:range_stop]:
            multiplier = first_multiplier  # "from $47 billion to $8 billion": a fall
        else:
            return None  # 3-0 is a score, 2023-2024 a period
    kind = "count"
    unit: str | None = None
    percent = _phrase_after(text, cursor, words.percent)
    share = _percent_before(text, span_start, currency, words)
    if percent is not None:
        kind, unit, cursor = "percent", "%", percent[1]
    elif share is not None:
        kind, unit, span_start = "percent", "%", share  # "yüzde 15", "%15"
    else:
        suffix_currency = _phrase_after(
            text, cursor, [c for c, _ in words.currency_suffix], glued=True
        )
        if suffix_currency is not None:
            code = country_currency(_lookup(words.currency_suffix, suffix_currency[0]), text)
            if currency is None or code == currency:  # "Rp 500 ribu rupiah" says it twice
                currency = code
                cursor = suffix_currency[1]
    if currency:
        kind, unit = "money", currency
    has_unit_words = multiplier != 1.0 or kind != "count"
    if not has_unit_words and is_year_or_time(text, start, span_start, literal, value, words):
        return None
    qualifier = _phrase_before(text, span_start, words.qualifiers)
    if qualifier is None:
        gap, gap_start = previous_word(text, span_start)
        if gap.lower() in words.qualifier_gap:
            qualifier = _phrase_before(text, gap_start, words.qualifiers)
    what: str | None = None
    if kind == "count":
        # "trois millions de masques", "une centaine d'enfants": through the connector
        connectors = words.multiplier_connectors if multiplier != 1.0 else ()
        noun = counted_noun_through(
            text, cursor, words, connectors, singular=value * multiplier == 1
        )
        if noun is not None and not _counts(noun[0], value, multiplier, words):
            # "the 777 program", "its 737 Max jet": a model, not a count; but "306
            # electoral votes" counts the plural after the modifier, and a grouped number
            # is still one ("1,000 maintenance and cleaning workers"), bare
            noun = _plural_after(text, noun[1], words)
        if noun is not None:
            unit, noun_end, what_end = noun
            what = without_connector(text[cursor:what_end].strip(), connectors) or None
            cursor = noun_end
            if any(part in words.measures for part in unit.lower().split()):
                kind = "measure"
    grouped = value >= 1000 and not literal.isdigit()
    if kind == "count" and unit is None and multiplier == 1.0 and qualifier is None and not grouped:
        return None  # a bare number (iOS 17, skor 2) says nothing on its own; 15,522 does
    sign_start = minus_before(text, span_start, words) if kind != "count" else None
    if sign_start is not None and value_max is None:
        value, span_start = -value, sign_start  # "minus 0,09 persen", "−0.5%"
    return FigureSuggestion(
        text=text[span_start:cursor],
        start=span_start,
        end=cursor,
        value=value * multiplier,
        unit=unit,
        qualifier=_full_form(qualifier[0], words) if qualifier else None,
        kind=kind,
        currency=currency,
        value_max=value_max,
        what=what,
    )


def _percent_before(
    text: str, span_start: int, currency: str | None, words: FigureWords
) -> int | None:
    """Where the percent word before the number starts (``percent_before``: Turkish
    ``yüzde 15``, ``%15``), or None."""
    if not words.percent_before or currency is not None:
        return None
    found = _phrase_before(text, span_start, words.percent_before)
    return None if found is None else found[1]


def _plural_after(text: str, end: int, words: FigureWords) -> tuple[str, int, int] | None:
    """The plural noun right after a singular modifier (``electoral votes``, ``basis
    points``), as :func:`counted_noun` gives it; None when the next word is none."""
    following = WORD_AFTER.match(text, end)
    heads = words.plural_heads
    if following is None or heads is None:
        return None
    word = following.group(1)
    if len(word) < _MIN_PLURAL or not word.islower() or not heads.plural(word):
        return None
    return word, following.end(), following.end()


_MIN_PLURAL = 4
"""Shorter words after a number's noun are mostly verbs (``has``, ``was``, ``is``)."""


def _counts(noun: str, value: float, multiplier: float, words: FigureWords) -> bool:
    """Whether ``noun`` can be what a number counts: in languages that mark the plural
    (``plural_heads``), more than one takes a plural noun or a unit."""
    heads = words.plural_heads
    if heads is None or multiplier != 1.0 or value == 1:
        return True
    if any(part in words.measures for part in noun.lower().split()):
        return True
    return heads.plural(noun)


def _lookup(table: Sequence[tuple[str, str]], found: str) -> str:
    for key, code in table:
        if key.lower() == found.lower():
            return code
    return found


@lru_cache(maxsize=256)
def _range_pattern(word: str, literal: str, prefix: str = "") -> re.Pattern[str]:
    """The range word and a second number, after the first one's currency again if
    ``prefix`` (kept here: ``re``'s own cache of patterns is shared with the name patterns
    speaker attribution builds per article, which push these out, and recompiling one
    costs more than reading a figure)."""
    again = rf"(?:{re.escape(prefix)}\s*)?" if prefix else ""
    return re.compile(rf"(\s*){re.escape(word)}(\s*){again}({literal})")


def _range_after(
    text: str,
    cursor: int,
    locale: NumberLocale,
    range_words: Sequence[str],
    words: FigureWords,
    prefix: str = "",
) -> tuple[float, float, int] | None:
    """A second number after a range word: ``3.000-5.000``, ``3 hingga 5 juta``, ``Rp 900
    ribu sampai Rp 5 juta`` (the first one's currency ``prefix`` repeated)."""
    for word in range_words:
        m = _range_pattern(word, locale.literal.pattern, prefix).match(text[cursor : cursor + 60])
        if not m:
            continue
        if word.isalpha() and not (m.group(1) and m.group(2)):
            continue
        if not word.isalpha() and bool(m.group(1)) != bool(m.group(2)):
            continue
        second = parse_number(m.group(3), locale)
        if second is None:
            return None
        stop = cursor + m.end()
        multiplier = 1.0
        word_after = _phrase_after(text, stop, [w for w, _ in words.multipliers], glued=False)
        if word_after is not None:
            multiplier = words.multiplier_of(word_after[0]) or 1.0
            stop = word_after[1]
        return second, multiplier, stop
    return None


_WHOLE = 100.0
"""A percentage spelled out whole is a manner of speaking (``a hundred percent sure``,
``belum sembuh seratus persen``), not a figure."""


def _word_figures(
    text: str, locale: NumberLocale, words: FigureWords, found: Sequence[FigureSuggestion]
) -> list[FigureSuggestion]:
    """Spelled-out amounts: ``dua juta warga``, ``two billion dollars``, ``sejuta orang``.

    A number word alone (``dua hal``, ``one of them``) is too often not a figure, so a
    word counts with a multiplier after it, as one word that holds the multiplier
    (``sejuta``) followed by the counted noun, or before its counted noun after a
    qualifier (``at least seven soldiers``, ``sedikitnya tujuh tentara``: a count the
    writer hedges is one the reader will cite), or when it counts people or ten or more
    of anything but time (:func:`_unhedged_count`: ``twelve people``, ``trois blessés``).
    Before a percent word it is a percentage (``eleven percent``, ``elf Prozent``).
    """
    result: list[FigureSuggestion] = []
    if words.word_numbers is None:
        return result
    for m in words.word_numbers.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        number = m.group("number")
        start, end = m.start(), m.end()
        if number is not None:
            value = words.number_words[number.lower()]
            tens = tens_before(text, start, words)
            if tens is not None:  # "treinta y cinco mil"
                value, start = value + tens[0], tens[1]
            word = m.group("multiplier")
            multiplier = words.multiplier_of(word) or 1.0
            value, multiplier, end = spelled_on(text, end, value, multiplier, words)
        else:
            word = m.group("compound")
            value, multiplier = words.compound_numbers[word.lower()], 1.0
            if counted_noun(text, m.end(), words) is None:
                continue
        share = _phrase_after(text, end, words.percent) is not None
        if (not_counted(text, end, words) and not share) or (share and value == _WHOLE):
            continue  # "two hundred times", "drei Dutzend Mal"; "a hundred percent sure"
        figure = _complete(
            text, start, start, end, text[start:end], value, multiplier, None, locale, words
        )
        if figure is not None and word.lower() in words.approximate_words:
            if figure.unit is None and value <= 1:
                continue  # "une quarantaine" alone is a quarantine; "двух десятков" 20
            if not figure.qualifier:  # "une dizaine de blessés": about ten
                figure = replace(figure, qualifier=words.approximate_qualifier)
        if figure is not None and not (
            number is not None
            and number.lower() in words.article_numbers
            and multiplier < _ARTICLE_MULTIPLIER
            and not figure.qualifier
        ):
            result.append(figure)  # "a dozen", "a hundred" only hedged ("about a dozen")
    if words.lone_numbers is None:
        return result
    taken = [*found, *result]
    for m in words.lone_numbers.finditer(text):
        if any(f.start <= m.start() < f.end for f in taken):
            continue
        value, end = units_after(text, m.end(), words.number_words[m.group().lower()], words)
        share = _phrase_after(text, end, words.percent) is not None  # "elf Prozent"
        if share and value == _WHOLE:
            continue
        noun = counted_noun(text, end, words)
        if not share and (
            noun is None or not_counted(text, end, words) or words.multiplier_of(noun[0])
        ):
            continue  # no count, "two thirds", or a multiplier the word figures read
        figure = _complete(
            text, m.start(), m.start(), end, text[m.start() : end], value, 1.0, None, locale, words
        )
        if figure is not None and (
            (share and figure.unit == "%")
            or (figure.qualifier and figure.qualifier.lower() not in words.ambiguous_qualifiers)
            or (not figure.qualifier and unhedged_count(text, figure, words))
        ):
            result.append(figure)  # "at least seven soldiers", "sedikitnya tujuh tentara"
            taken.append(figure)  # "cinco" of "unos treinta y cinco bomberos" is read
    return result


_ARTICLE_MULTIPLIER = 1000.0
"""Below this, an article + multiplier (``a dozen``, ``a hundred``) is mostly a manner of
speaking (``a hundred reasons``, ``a dozen times``) unless a qualifier hedges it."""


@cache
def _vague_pattern(vague: tuple[tuple[str, float, float], ...]) -> re.Pattern[str]:
    guard = first_letter_guard([v for v, _, _ in vague])
    return re.compile(
        r"(?<!\w)" + guard + "(" + "|".join(re.escape(v) for v, _, _ in vague) + r")(?!\w)",
        re.IGNORECASE,
    )


def _vague_figures(
    text: str, words: FigureWords, found: Sequence[FigureSuggestion]
) -> list[FigureSuggestion]:
    """``puluhan ribu tentara``, ``tens of thousands of people``: a range with no digits."""
    result: list[FigureSuggestion] = []
    if not words.vague:
        return result
    pattern = _vague_pattern(words.vague)
    bounds = {v.lower(): (lo, hi) for v, lo, hi in words.vague}
    for m in pattern.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        low, high = bounds[m.group(1).lower()]
        cursor = m.end()
        multiplier_word = _phrase_after(
            text, cursor, [w for w, _ in words.multipliers], glued=False
        )
        multiplier = 1.0
        if multiplier_word is not None:
            multiplier = words.multiplier_of(multiplier_word[0]) or 1.0
            cursor = multiplier_word[1]
        of = _OF.match(text, cursor)
        noun_from = of.end() if of else cursor
        noun = counted_noun(text, noun_from, words)
        if noun is None:
            continue
        unit, noun_end, what_end = noun
        result.append(
            FigureSuggestion(
                text=text[m.start() : noun_end],
                start=m.start(),
                end=noun_end,
                value=low * multiplier,
                unit=unit,
                qualifier=None,
                kind="count",
                value_max=high * multiplier,
                what=text[noun_from:what_end].strip() or None,
            )
        )
    return result
