"""Figures in Chinese, Japanese and Korean: digits glued to unit characters and counters.

These languages write no space around a number (``约有3万名士兵``, ``売上は1200億円``) and
count in units of ten thousand: ``3万`` is 30,000, ``1億2000万`` 120 million, ``1조 2천억``
1.2 trillion. A number is followed by a counter (``名``, ``人``, ``명``), a currency (``元``,
``円``, ``원``) or a percent sign, and hedged by a word before or after it (``约``, ``以上``,
``여``). The same digits write dates, times, ages and ranks (``2024年``, ``10月``, ``45岁``,
``第3``), which are not figures. The word-based reader of :mod:`briefing.analysis.figures`
finds nothing here (a letter glued to a number makes it a code name there), so a language
with a ``counters`` table (``data/<lang>/counters.json``) is read by :func:`find_cjk_figures`
instead. Spans are code-point offsets into the text, like every other figure's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from briefing.analysis.languages import available_languages, load_table, longest_first
from briefing.analysis.numbers import figure_words
from briefing.analysis.suggestions import FigureSuggestion

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
"""Digits (ASCII or full-width: ``\\d`` reads both), grouped by commas, with a decimal point."""
_AGE_LIMIT = 100
"""Round tens below this before an age counter are an age group, not a count."""
_GROUPED_FIGURE = 1000
"""A number this large written with a group separator (``1,200``) is a figure unit or not."""


def _is_cjk(ch: str) -> bool:
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


def _foreign_letter(ch: str) -> bool:
    """A letter of an alphabet: glued to digits it makes a code (``G20``, ``F-35``)."""
    return ch.isalpha() and not _is_cjk(ch)


@dataclass(frozen=True, slots=True)
class _After:
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
    after: tuple[_After, ...]
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


@cache
def counter_table(language: str | None) -> CounterTable | None:
    """The counters table of ``language``, or None when it reads numbers with spaces."""
    if not language or language not in available_languages("counters"):
        return None
    t = load_table(language, "counters")
    after = [
        *(_After(w, "not") for w in t.get("not_after", ())),
        *(_After(w, "qualifier") for w in t.get("qualifiers_after", ())),
        *(_After(w, "percent") for w in t.get("percent", ())),
        *(_After(w, "currency", str(c)) for w, c in t.get("currency_after", {}).items()),
        *(_After(w, "tenth") for w in t.get("tenths", ())),
        *(_After(w, "counter") for w in t.get("counters", ())),
        *(_After(w, "counter") for w in t.get("latin_units", ())),
        *(_After(w, "counter") for w in t.get("durations", ())),  # 48小时, 3日間: how long
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
        nouns=_counted_nouns(),
        noun_links=longest_first(t.get("noun_links", ())),
        inner_qualifiers=frozenset(str(w) for w in t.get("inner_qualifiers", ())),
        age_counters=frozenset(str(w) for w in t.get("age_counters", ())),
        latin_units=longest_first(t.get("latin_units", ())),
        spelled_digits=spelled,
        spelled_counters=frozenset(str(w) for w in t.get("spelled_counters", ())),
        spelled_pattern=re.compile(
            "[" + "".join(re.escape(ch) for ch in (*spelled, *small, *large)) + "]+"
        )
        if spelled
        else None,
    )


@cache
def _counted_nouns() -> tuple[str, ...]:
    synonyms = load_table("default", "units").get("synonyms", {})
    forms = {str(f) for listed in synonyms.values() for f in listed if any(map(_is_cjk, str(f)))}
    return longest_first(sorted(forms))


@dataclass(frozen=True, slots=True)
class _Amount:
    value: float
    end: int
    factor: float
    """The unit characters' product of the last group (``万`` 10,000; 1 for bare digits)."""
    grouped: bool
    qualifier: str | None = None
    """A hedge written inside the number (``8百余万``: more than eight million)."""


def _amount(text: str, start: int, table: CounterTable) -> _Amount | None:
    """The number at ``start`` with its unit characters: groups of digits and units in
    decreasing size (``1億2000万``, ``1조 2천억``, ``2천885만 7천``; Korean may space the
    groups)."""
    total = 0.0
    last = float("inf")
    pos = start
    end = start
    factor = 1.0
    grouped = False
    qualifier: str | None = None
    while True:
        group = _group(text, pos, table)
        if group is None:
            break
        value, size, stop, commas, hedge = group
        if size >= last or (
            pos != start
            and text[pos - 1] == " "
            and size == 1.0
            and not _last_group(text, stop, value, last, table)
        ):
            break  # not a smaller group: "2024年" after "3万"; a bare number after a space
        total += value
        last, end, factor = size, stop, size
        grouped = grouped or commas
        qualifier = qualifier or hedge
        if size == 1.0:
            break  # bare digits end the number
        nxt = stop + 1 if table.spaced and text[stop : stop + 1] == " " else stop
        if not text[nxt : nxt + 1].isdigit():
            break
        pos = nxt
    if end == start:
        return None
    return _Amount(total, end, factor, grouped, qualifier)


def _last_group(text: str, stop: int, value: float, last: float, table: CounterTable) -> bool:
    """Korean: bare digits after a space end a number when smaller than the unit before
    and followed by its counter (``2885만 8000명``), not a date's mark (``3만 2024년``)."""
    following = _after(text, stop, table)
    return value < last and following is not None and following[0].kind not in {"not", "qualifier"}


def _group(
    text: str, pos: int, table: CounterTable
) -> tuple[float, float, int, bool, str | None] | None:
    """One group of a number: digits with small units in decreasing size (``2천885``,
    ``3千5百``), a hedge inside it (``8百余``, ``30多``), then its large units (``万``,
    ``亿``, ``万亿``). Returns its value, its size (the large units' product, else its first
    small unit, else 1), where it ends, whether it has a comma and its hedge."""
    sub = 0.0
    smallest = float("inf")
    first_small = 1.0
    p = pos
    commas = False
    while True:
        m = _NUMBER.match(text, p)
        if m is None:
            if p == pos:
                return None
            break
        try:
            number = float(m.group().replace(",", ""))
        except ValueError:
            return None
        commas = commas or "," in m.group()
        q = m.end()
        small = table.small.get(text[q]) if q < len(text) else None
        if small is None or small >= smallest:
            sub += number
            p = q
            break  # bare digits end the small units
        sub += number * small
        if smallest == float("inf"):
            first_small = small
        smallest = small
        p = q + 1
        if not text[p : p + 1].isdigit():
            break
    hedge = None
    if (
        text[p : p + 1] in table.inner_qualifiers
        and text[p + 1 : p + 2]
        and (text[p + 1] in table.large or text[p + 1] in table.small)
    ):
        hedge = text[p]
        p += 1
        if text[p] in table.small:
            sub *= table.small[text[p]]
            p += 1
    large = 1.0
    while text[p : p + 1] and text[p] in table.large:
        large *= table.large[text[p]]
        p += 1
    size = large if large != 1.0 else first_small
    return sub * large, size, p, commas, hedge


def _phrase_before(text: str, start: int, phrases: tuple[str, ...], spaced: bool) -> int | None:
    """Where one of ``phrases`` begins when it ends at ``start`` (a space between it and
    the number in a spaced language); None when none does."""
    at = start - 1 if spaced and start and text[start - 1] == " " else start
    for phrase in phrases:
        if phrase and text.startswith(phrase, at - len(phrase)) and at - len(phrase) >= 0:
            return at - len(phrase)
    return None


def _after(text: str, at: int, table: CounterTable) -> tuple[_After, int] | None:
    """The phrase that follows a number at ``at`` (after one space in a spaced language)."""
    for skip in (0, 1) if table.spaced else (0,):
        if skip and text[at : at + 1] != " ":
            break
        pos = at + skip
        for item in table.after:
            if text.startswith(item.phrase, pos):
                if skip and item.kind in {"not", "percent"} and not item.phrase[:1].isalpha():
                    continue  # "3 %" is read glued only
                return item, pos + len(item.phrase)
    return None


def _blocked_at(text: str, start: int, end: int, units: tuple[str, ...] = ()) -> bool:
    """A number that is part of a code, a date written with slashes, a time or a version."""
    if text[start] == "0" and text[start + 1 : start + 2].isdigit():
        return True  # 010…, 007: an identifier or a telephone number, not a quantity
    before = text[start - 1] if start else " "
    if _foreign_letter(before):
        return True  # G20, MH370
    if before in "-‐" and start >= 2 and _foreign_letter(text[start - 2]):
        return True  # COVID-19, F-35
    if before in "/:" or (before in ".," and start >= 2 and text[start - 2].isdigit()):
        return True
    after = text[end] if end < len(text) else " "
    if after in "/:." and text[end + 1 : end + 2].isdigit():
        return True  # 10/24, 10:30, 1.2.3
    if _foreign_letter(after):  # 5G, 3D, 737MAX; but 50mm, 35km
        unit = next((u for u in units if text.startswith(u, end)), None)
        return unit is None or _foreign_letter(text[end + len(unit) : end + len(unit) + 1] or " ")
    return False


def find_cjk_figures(text: str, table: CounterTable, blocked: bytearray) -> list[FigureSuggestion]:
    """Every figure of ``text`` read with ``table``; ``blocked`` marks dates and phone
    numbers (one byte per character, as :func:`figure_blocks.blocked_spans` gives it)."""
    figures: list[FigureSuggestion] = []
    consumed = 0
    for m in _NUMBER.finditer(text):
        start = m.start()
        if (
            start < consumed
            or blocked[start]
            or _blocked_at(text, start, m.end(), table.latin_units)
        ):
            continue
        if _phrase_before(text, start, table.not_before, table.spaced) is not None:
            continue  # 第3, 제3: a rank
        figure = _read(text, start, table)
        if figure is not None:
            figures.append(figure)
            consumed = figure.end
    figures.extend(_vague(text, table, figures))
    figures.extend(_spelled(text, table, figures, blocked))
    figures.sort(key=lambda f: f.start)
    return figures


def _read(text: str, start: int, table: CounterTable) -> FigureSuggestion | None:
    amount = _amount(text, start, table)
    if amount is None or _blocked_at(text, start, amount.end, table.latin_units):
        return None
    value, cursor = amount.value, amount.end
    value_max: float | None = None
    second = _range_after(text, cursor, table)
    if second is not None:
        if amount.factor == 1.0 and second.factor != 1.0:
            value *= second.factor  # "3-5万": the unit of the second number counts for both
        if second.value <= value:
            return None  # "3-1" is a score, "2023-2024" a period
        value_max, cursor = second.value, second.end
    return _complete(text, start, cursor, value, value_max, amount, table)


def _range_after(text: str, at: int, table: CounterTable) -> _Amount | None:
    for word in table.range_words:
        if text.startswith(word, at):
            pos = at + len(word)
            if table.spaced and text[pos : pos + 1] == " ":
                pos += 1
            if text[pos : pos + 1].isdigit():
                return _amount(text, pos, table)
            return None
    return None


def _following(text: str, at: int, table: CounterTable) -> Iterator[tuple[_After, int]]:
    """The phrases after a number, in order, while they are qualifiers, then one more."""
    while True:
        found = _after(text, at, table)
        if found is None:
            return
        yield found
        if found[0].kind != "qualifier":
            return
        at = found[1]


def _complete(
    text: str,
    start: int,
    cursor: int,
    value: float,
    value_max: float | None,
    amount: _Amount,
    table: CounterTable,
) -> FigureSuggestion | None:
    """What surrounds the number: currency or percent before it, qualifier before it,
    counter, currency, percent and qualifiers after it."""
    span_start = start
    currency: str | None = None
    kind = "count"
    unit: str | None = None
    qualifier: str | None = None
    for symbol, code in table.currency_before:
        at = _phrase_before(text, span_start, (symbol,), table.spaced)
        if at is not None:
            currency, span_start = code, at
            break
    percent_at = _phrase_before(text, span_start, table.percent_before, table.spaced)
    if percent_at is not None:
        kind, unit, span_start = "percent", "%", percent_at
    minus_at = _phrase_before(text, span_start, table.minus_before, table.spaced)
    if minus_at is not None and value_max is None:
        value, span_start = -value, minus_at  # 零下15摄氏度
    qualifier_at = _phrase_before(text, span_start, table.qualifiers_before, table.spaced)
    if qualifier_at is not None:
        qualifier = text[qualifier_at:span_start].strip()
        span_start = qualifier_at
    if qualifier is None:
        qualifier = amount.qualifier
    end = cursor
    for name, scale_unit in table.scales:
        at = _phrase_before(text, span_start, (name,), table.spaced)
        if at is not None and amount.factor == 1.0:  # 震度4, マグニチュード5.1: a reading
            return FigureSuggestion(
                text=text[at:cursor],
                start=at,
                end=cursor,
                value=value,
                unit=scale_unit,
                qualifier=qualifier,
                kind="measure",
            )
    custody = _phrase_before(text, span_start, table.custody_before, table.spaced) is not None
    for item, stop in _following(text, cursor, table):
        if item.kind == "not" and custody:
            at = stop - len(item.phrase)
            held = next((u for u in table.custody_units if text.startswith(u, at)), None)
            if held is not None:  # 懲役12年: a sentence, in years
                kind, unit, end = "measure", held, at + len(held)
                break
        if item.kind == "not":
            return None  # 2024年, 10月, 45岁, 3次
        if item.kind == "qualifier":
            if qualifier is None:
                qualifier = item.phrase
            end = stop
            continue
        if item.kind == "tenth":  # 3成, 3割: tenths
            kind, unit = "percent", "%"
            value, value_max = value * 10, None if value_max is None else value_max * 10
        elif item.kind == "percent":
            kind, unit = "percent", "%"
        elif item.kind == "currency":
            if currency is None or currency == item.code:  # "人民币120亿元" says it twice
                currency = item.code
        elif kind == "count":
            unit = item.phrase
            if item.phrase in table.measures:
                kind = "measure"
        end = stop
        if kind == "count" and unit is not None:
            noun = _noun_after(text, end, table)
            if noun is not None:  # "3万名士兵": what the counter counts
                unit, end = text[noun[0] : noun[1]], noun[1]
        for tail, tail_stop in _following(text, end, table):
            if tail.kind == "qualifier":  # "3万人以上"
                qualifier, end = qualifier or tail.phrase, tail_stop
            break
        break
    if currency is not None and kind != "percent":
        kind, unit = "money", currency
    if kind == "count" and unit in table.classifiers:
        noun_at = _noun_before(text, span_start, table)
        if noun_at is not None:  # "兵士3万人", "병력 3만 명"
            unit = text[noun_at[0] : noun_at[1]]
        elif unit in table.age_counters and value < _AGE_LIMIT and value % 10 == 0:
            return None  # "20대 남성": men in their twenties
    has_unit = unit is not None or amount.factor != 1.0 or value_max is not None
    if not has_unit and qualifier is None and not (amount.grouped and value >= _GROUPED_FIGURE):
        return None  # a bare number says nothing on its own
    return FigureSuggestion(
        text=text[span_start:end],
        start=span_start,
        end=end,
        value=value,
        unit=unit,
        qualifier=qualifier,
        kind=kind,
        currency=currency,
        value_max=value_max,
    )


def _noun_after(text: str, at: int, table: CounterTable) -> tuple[int, int] | None:
    """The counted noun right after a counter, through a link (``3万人の兵士``)."""
    for link in (*table.noun_links, ""):
        if text.startswith(link, at):
            pos = at + len(link)
            if table.spaced and text[pos : pos + 1] == " ":
                pos += 1
            for noun in table.nouns:
                if text.startswith(noun, pos):
                    return pos, pos + len(noun)
    return None


def _noun_before(text: str, at: int, table: CounterTable) -> tuple[int, int] | None:
    """The counted noun right before a number (``兵士3万人``; a space between in Korean)."""
    stop = at - 1 if table.spaced and at and text[at - 1] == " " else at
    for noun in table.nouns:
        if stop >= len(noun) and text.startswith(noun, stop - len(noun)):
            return stop - len(noun), stop
    return None


def _vague(text: str, table: CounterTable, found: list[FigureSuggestion]) -> list[FigureSuggestion]:
    """``数万人``, ``数千名``, ``수천 명``: a range with no digits, counted by what follows."""
    if table.vague_pattern is None:
        return []
    result = []
    for m in table.vague_pattern.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        units = m.group()[len(_prefix(m.group(), table)) :]
        factor = 1.0
        for ch in units:
            factor *= table.small.get(ch) or table.large.get(ch) or 1.0
        low, high = table.vague[_prefix(m.group(), table)]
        amount = _Amount(low * factor, m.end(), factor, False)
        figure = _complete(text, m.start(), m.end(), low * factor, high * factor, amount, table)
        if figure is not None and figure.unit is not None:
            result.append(figure)
    return result


_SPELLED_MIN = 2
"""A count written in characters below this (``一名``: one) says nothing worth a figure."""


def _spelled(
    text: str, table: CounterTable, found: list[FigureSuggestion], blocked: bytearray
) -> list[FigureSuggestion]:
    """Chinese numbers written in characters before a counter (``两名士兵``, ``三人死亡``,
    ``约两千五百人``): the same reading as digits, the counter required."""
    if table.spelled_pattern is None:
        return []
    result = []
    for m in table.spelled_pattern.finditer(text):
        start, end = m.span()
        if blocked[start] or any(f.start < end and start < f.end for f in found):
            continue
        if _phrase_before(text, start, table.not_before, False) is not None:
            continue  # 第三, 星期五
        value = _spelled_value(m.group(), table)
        following = _after(text, end, table)
        if value is None or value < _SPELLED_MIN or following is None:
            continue
        item = following[0]
        if item.phrase not in table.spelled_counters:
            continue
        amount = _Amount(value, end, 1.0, False)
        figure = _complete(text, start, end, value, None, amount, table)
        if figure is not None:
            result.append(figure)
    return result


def _spelled_value(word: str, table: CounterTable) -> float | None:
    """``十二`` 12, ``两千五百`` 2,500, ``三万`` 30,000, ``一百零五`` 105; None for what is
    no number (``一一``, ``二〇二四``: a year read digit by digit)."""
    total = 0.0
    section = 0.0
    digit: int | None = None
    for ch in word:
        if ch in table.spelled_digits:
            if table.spelled_digits[ch] == 0:
                continue  # 一百零五: the zero holds a place
            if digit is not None:
                return None
            digit = table.spelled_digits[ch]
        elif ch in table.small:
            section += (1 if digit is None else digit) * table.small[ch]
            digit = None
        else:
            section += digit or 0
            digit = None
            if section == 0:
                return None
            total += section * table.large[ch]
            section = 0.0
    return total + section + (digit or 0)


def _prefix(word: str, table: CounterTable) -> str:
    return next(p for p in longest_first(table.vague) if word.startswith(p))
