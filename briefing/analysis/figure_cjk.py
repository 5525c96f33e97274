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
from dataclasses import dataclass, replace

from briefing.analysis.figure_cjk_table import (
    AfterPhrase,
    CounterTable,
    foreign_letter,
)
from briefing.analysis.languages import longest_first
from briefing.analysis.suggestions import FigureSuggestion

_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
"""Digits (ASCII or full-width: ``\\d`` reads both), grouped by commas, with a decimal point."""
_AGE_LIMIT = 100
"""Round tens below this before an age counter are an age group, not a count."""
_CLOCK_HOURS = 24
"""A number above this before an hour's word (点) reads an index's points, not a time."""
_GROUPED_FIGURE = 1000
"""A number this large written with a group separator (``1,200``) is a figure unit or not."""


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
        if small is not None and any(text.startswith(c, q) for c in table.unit_counters):
            small = None  # 10千米, 5千克: the character opens the unit (kilometres)
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


def _after(text: str, at: int, table: CounterTable) -> tuple[AfterPhrase, int] | None:
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
    if foreign_letter(before):
        return True  # G20, MH370
    if before in "-‐" and start >= 2 and foreign_letter(text[start - 2]):
        return True  # COVID-19, F-35
    if before in "/:" or (before in ".," and start >= 2 and text[start - 2].isdigit()):
        return True
    after = text[end] if end < len(text) else " "
    if after in "/:." and text[end + 1 : end + 2].isdigit():
        return True  # 10/24, 10:30, 1.2.3
    if foreign_letter(after):  # 5G, 3D, 737MAX; but 50mm, 35km
        unit = next((u for u in units if text.startswith(u, end)), None)
        return unit is None or foreign_letter(text[end + len(unit) : end + len(unit) + 1] or " ")
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
    return _ranges_of_two(text, figures, table)


def _ranges_of_two(
    text: str, figures: list[FigureSuggestion], table: CounterTable
) -> list[FigureSuggestion]:
    """``800元至900元``, ``3万人到5万人``: two figures of one unit joined by a range word are
    one range."""
    out: list[FigureSuggestion] = []
    for figure in figures:
        last = out[-1] if out else None
        between = text[last.end : figure.start].strip() if last is not None else ""
        if (
            last is not None
            and between in table.range_words
            and last.value_max is None
            and figure.value_max is None
            and (last.unit, last.currency, last.kind) == (figure.unit, figure.currency, figure.kind)
            and last.value is not None
            and figure.value is not None
            and figure.value > last.value
        ):
            out[-1] = replace(
                last,
                text=text[last.start : figure.end],
                end=figure.end,
                value_max=figure.value,
                qualifier=last.qualifier or figure.qualifier,
            )
            continue
        out.append(figure)
    return out


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


def _following(text: str, at: int, table: CounterTable) -> Iterator[tuple[AfterPhrase, int]]:
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
        if (
            item.kind == "not"
            and item.phrase in table.points
            and (value > _CLOCK_HOURS or value != int(value))
        ):
            kind, unit, end = "measure", item.phrase, stop  # 上证指数收于3300.63点
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
        elif (
            unit in table.age_counters
            and value < _AGE_LIMIT
            and value % 10 == 0
            and qualifier is None  # 40여 대: about forty (vehicles)
        ):
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
        following = list(_following(text, end, table))  # 十余人: past the hedge
        if value is None or value < _SPELLED_MIN or not following:
            continue
        item = following[-1][0]
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
