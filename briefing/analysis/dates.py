"""Dates in an article, absolute or relative, resolved against the article's own date.

News dates most events relative to publication: ``hari Rabu``, ``pekan lalu``, ``bulan
ini``, ``Senin (27/3)``, ``yesterday``. We resolve them against ``article.published``, or,
when the import found none, the date the article's head states (a dateline such as
``Kamis 24 Oktober 2024``: :func:`briefing.ingest.dates.find_date`; a date deep in the
body is an event, and "last night" is not the eve of "the September 11, 2001 attacks"). A bare weekday is resolved to its most recent occurrence
when that is at most three days back (``hari Rabu`` in a Thursday story is the day
before, ``Sunday`` in a Monday story too); a weekday further back (``hari Jumat`` in a
Thursday story) could be last week's or the coming one, so its value stays None unless
the text says which way: ``last Friday``/``Jumat lalu`` the week before, ``next Friday``
the week after, a future cue in its clause (``will … on Sunday``, ``akan``) the coming
one. Days and months without a year follow the same cues (``is scheduled for Feb. 14``
is next February's, ``last November`` the one before the article's month); without one
they are at most a month ahead (:func:`_direction`). A
weekday with a part of the day (``Minggu malam``, ``Sunday night``: ``day_parts``) is the
same day and resolves like the bare weekday. A week names no single day, so ``pekan
lalu`` is found but not given a value; a count of weeks back or ahead counts their days
(``three weeks ago`` in a 24 October story: 3 October). A count of units back or ahead (``two months
ago``, ``il y a trois semaines``, ``dua tahun silam``) is read by
:mod:`briefing.analysis.date_elapsed`; the values are placed around the reference by
:mod:`briefing.analysis.date_values`. Names and phrases come from
``data/<lang>/dates.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import repeat
from types import EllipsisType
from typing import NamedTuple

from briefing.analysis.date_elapsed import find_elapsed
from briefing.analysis.date_tables import DateLanguage, Found, date_language
from briefing.analysis.date_values import (
    day_in_month,
    day_in_year,
    month_in_year,
    relative_value,
    safe_date,
    weekday_near,
)
from briefing.analysis.date_years import year_dates
from briefing.analysis.languages import load_table
from briefing.analysis.suggestions import DateMention, SentenceSpan
from briefing.core.model import Article


def find_date_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """Where dates are, without resolving them (figure extraction skips these numbers)."""
    return [(f.start, f.end) for f in _find(text, date_language(language), capitalised=False)]


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_DIGITS = re.compile(r"\d+")
_KNOWN_TOKENS_LIMIT = 50_000
_RECENT_TEXTS = 4


def _anchor_starts(text: str, lang: DateLanguage) -> list[int]:
    """The match starts of ``lang.anchors`` (slow: its alternation is tried at every letter):
    the first words the text's distinct tokens hold (read once per token form), searched."""
    seen, holders = lang.seen_tokens, lang.token_firsts
    if len(seen) > _KNOWN_TOKENS_LIMIT:
        seen.clear()
        holders.clear()
    tokens = set(text.split())
    fresh = tokens - seen
    if fresh:
        fullmatch = lang.first_word.fullmatch
        for token in fresh:
            firsts = tuple(w for w in _LETTER_RUN.findall(token) if fullmatch(w) is not None)
            if firsts:
                holders[token] = firsts
        seen |= fresh
    words = {word for token in tokens & holders.keys() for word in holders[token]}
    starts = [
        s - 1 if s and text[s - 1] == "(" else s
        for s in map(re.Match.start, _DIGITS.finditer(text))
    ]
    for word in lang.unspaced_words:  # touching its neighbours: no token holds it alone
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    letter = _LETTER.match
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and letter(text, at - 1)) and letter(text, end) is None:
                starts.append(at)
            at = text.find(word, end)  # an overlapping find would have a letter before it
    starts.sort()
    return starts


def _matches(text: str, lang: DateLanguage) -> list[Found]:
    """Every non-empty match of every pattern at every anchor, pattern by pattern; kept
    for the last few texts (figures asks first, then dates, for the same article)."""
    recent = lang.recent_matches
    cached = recent.get(text)
    if cached is not None:
        return cached
    if len(recent) >= _RECENT_TEXTS:
        recent.clear()
    found: list[Found] = []
    starts = _anchor_starts(text, lang)
    for kind, pattern in lang.patterns:
        # the matching itself in C: most anchors fail every pattern at their first letter
        for m in filter(None, map(pattern.match, repeat(text), starts)):
            if m.end() > m.start():
                found.append(Found(m.start(), m.end(), kind, m.groupdict()))
    found.extend(
        Found(
            e.start,
            e.end,
            "elapsed",
            {"unit": e.unit, "shift": None if e.shift is None else str(e.shift)},
        )
        for e in find_elapsed(text, lang.code)
    )
    recent[text] = found
    return found


def _find(text: str, lang: DateLanguage, *, capitalised: bool) -> list[Found]:
    candidates: list[Found] = []
    for match in _matches(text, lang):
        kind, groups = match.kind, match.groups
        if kind in {"month", "weekday"} and capitalised:
            name = groups.get("month") or groups.get("weekday") or ""
            if name[:1].islower() and not groups.get("year") and not groups.get("parts"):
                continue
        if kind == "weekday" and _in_named_day(text, match, lang):
            continue  # "Black Friday", "Super Tuesday": a day's name, not that weekday
        if kind == "month" and not groups.get("year") and not groups.get("parts"):
            name = groups.get("month") or ""
            if not name[:1].isupper() and (
                lang.not_bare_months is None or name.lower() in lang.not_bare_months
            ):
                continue  # "may" is no month; "en marzo", "в марте" are
            if lang.not_bare_months is not None and name[:1].isupper():
                window = text[max(0, match.start - 8) : match.start]
                opening = "" if "\n" in window[len(window.rstrip()) :] else window.rstrip()[-1:]
                if opening and opening not in '.!?:;"“”«»—–-(':
                    continue  # where months are written in lower case: "Rio de Janeiro"
        candidates.append(match)
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    occupied = bytearray(len(text))  # longest first wins; a byte map keeps this linear
    for found in candidates:
        if occupied.find(1, found.start, found.end) == -1:
            taken.append(found)
            occupied[found.start : found.end] = b"\x01" * (found.end - found.start)
    taken.sort(key=lambda f: f.start)
    return taken


_NAMED_DAY_REACH = 30
"""Characters before a weekday within which the name of a day holding it may begin."""


def _in_named_day(text: str, found: Found, lang: DateLanguage) -> bool:
    """Whether the weekday ``found`` is the last word of a day's name (``Cyber Monday``)."""
    if lang.named_days is None:
        return False
    window = max(0, found.start - _NAMED_DAY_REACH)
    return any(
        m.start() < found.start < m.end() for m in lang.named_days.finditer(text, window, found.end)
    )


def reference_date(article: Article) -> date | None:
    """The date relative dates count from: the article's, else the one its head states."""
    if article.published is not None:
        return article.published
    # Imported here: the importers' package is only needed for undated articles.
    from briefing.ingest.dates import find_date, weekday_date

    return find_date(article.text, article.language.code) or weekday_date(article.text)


def extract_dates(
    article: Article,
    sentences: Sequence[SentenceSpan] = (),
    reference: date | EllipsisType | None = ...,
) -> list[DateMention]:
    """Every date mention in text order, each with its ISO value when it can be resolved.

    ``sentences`` is accepted for the pipeline's uniform call; dates are found in the
    whole text, which already holds every sentence. ``reference``: the article's
    :func:`reference_date` when the caller has it already.
    """
    del sentences
    text = article.text
    lang = date_language(article.language.code)
    capitalised = bool(
        (load_table(article.language.code, "dates") if article.language.code else {}).get(
            "months_capitalised"
        )
    )
    found = _find(text, lang, capitalised=capitalised)
    if isinstance(reference, EllipsisType):
        reference = reference_date(article)
    mentions = []
    for f in found:
        pointers = _pointers(text, f, lang)
        start, end = _with_pointers(f, pointers)
        value = _resolve(f, lang, reference, _direction(text, f, lang, pointers))
        if f.kind == "weekday" and _recurs(text, f, lang, pointers):
            value = None
        mentions.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                value=value,
                absolute=_is_absolute(f),
            )
        )
    mentions += year_dates(text, article.language.code, mentions)
    mentions.sort(key=lambda m: m.start)
    # "next year" of "January next year" is said by the longer one
    return [
        m
        for m in mentions
        if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)
    ]


class _Pointers(NamedTuple):
    """The words around an incomplete date that point it (see :func:`_pointers`)."""

    before: str
    """The text just before the date (:data:`_MODIFIER_REACH` characters)."""
    modifier_before: re.Match[str] | None  # "last Friday", "el pasado viernes"
    year_after: re.Match[str] | None  # "January next year"
    modifier_after: re.Match[str] | None  # "mardi prochain", "el martes pasado"


def _pointers(text: str, found: Found, lang: DateLanguage) -> _Pointers:
    """The modifiers before and after ``found`` and a relative year after it, read once
    for its direction (:func:`_direction`) and its span (:func:`_with_pointers`)."""
    before = text[max(0, found.start - _MODIFIER_REACH) : found.start]
    if found.kind in {"relative", "elapsed"} or _is_absolute(found):
        return _Pointers(before, None, None, None)
    reach = found.end + _MODIFIER_REACH
    return _Pointers(
        before,
        lang.modifier_before.search(before),
        lang.year_after.match(text, found.end, reach),
        lang.modifier_after.match(text, found.end, reach),
    )


def _recurs(text: str, found: Found, lang: DateLanguage, pointers: _Pointers) -> bool:
    """Whether a weekday recurs (``every Friday``, ``the last Friday of every month``)."""
    return bool(
        lang.recurring_before.search(pointers.before)
        or lang.recurring_after.match(text, found.end, found.end + _MODIFIER_REACH)
    )


def _with_pointers(found: Found, pointers: _Pointers) -> tuple[int, int]:
    """The date's span with the words that point it (``last Friday``, ``mardi prochain``,
    ``el martes pasado``, ``January next year``): without them an undated article's
    "Friday" says neither which way nor which one."""
    start, end = found.start, found.end
    if pointers.modifier_before:
        start -= len(pointers.before) - pointers.modifier_before.start(1)
    after = pointers.year_after or pointers.modifier_after
    if after:
        end = after.end(1)
    return start, end


def _is_absolute(found: Found) -> bool:
    return found.kind in {"iso", "numeric", "unit_ym", "unit_y"} or (
        found.kind in {"day_month", "month_day", "month"}
        and bool(found.groups.get("year"))
        and not found.groups.get("parts")
    )


_CUE_BEFORE, _MODIFIER_REACH = 90, 30
"""How far (characters) a tense cue is looked for before a date, and a last/next modifier
around it. Cues after a date are not read: there they mostly belong to the next clause
("on Tuesday that China is going to …", "17 Desember tidak akan pernah sama")."""
_CLAUSE_END = re.compile(r"[.!?;][\"”’»]?\s|\n|[\"“”«»„]| [—–] ")
"""A sentence end or a quotation mark: the words quoted ("we will win," he said on
Friday) are not the clause that dates the mention. A comma is no end: a cue carries
over a list ("akan ke Osaka pada 25 Oktober, Seoul pada 29 Oktober") and an apposition
("akan menghadapi Chelsea di Old Trafford, Minggu")."""


def _direction(text: str, found: Found, lang: DateLanguage, pointers: _Pointers) -> str | None:
    """Which way an incomplete date points from the reference, or None (the default).

    ``previous``/``following``: a modifier next to it (``last November``, ``next
    Friday``, ``vendredi prochain``): strictly before or after the reference's day or
    month. ``past``/``future``: an on-or-before/after modifier (``3 Januari lalu``,
    ``Jumat mendatang``), else the nearest tense cue of its clause (``is scheduled for
    Feb. 14``, ``akan … hari Minggu``; ``was due to … in September`` is past).
    ``anchored``: a relative phrase counted from another date (``the next year``), which
    is left unresolved rather than guessed. ``year+1``, ``year-1``…: a relative year
    right behind it names its year (``January next year``, ``Februari tahun ini``). Tables: ``direction_words``, ``tense_cues``
    and ``relative_anchors`` in ``data/<lang>/dates.json``. ``pointers``: the words
    around it (:func:`_pointers`).
    """
    before = pointers.before
    if (found.kind.startswith("unit_") or found.kind == "weekday") and (
        lang.future_before or lang.future_after
    ):  # Chinese, Japanese, Korean: a future word in the clause (将于周三, 予定)
        return _unit_tense(text, found, lang)
    if found.kind == "relative":
        return "anchored" if lang.relative_anchor.search(before) else None
    if found.kind == "elapsed":
        return None
    if found.kind == "iso" or _is_absolute(found):
        return None
    if pointers.modifier_before:
        return lang.direction_before[pointers.modifier_before.group(1).lower()]
    if pointers.year_after:
        return f"year{lang.relative[pointers.year_after.group(1).lower()][1]:+d}"
    if pointers.modifier_after:
        return lang.direction_after[pointers.modifier_after.group(1).lower()]
    genitive = lang.genitive_before.search(before)
    if genitive and (genitive.group("head") or "").lower() not in lang.not_genitive_after:
        return None  # "the attack of April 3": an event, whatever the clause's tense
    window = text[max(0, found.start - _CUE_BEFORE) : found.start]
    ends = [*_CLAUSE_END.finditer(window), *lang.clause_opener.finditer(window)]
    window = window[max(end.end() for end in ends) :] if ends else window
    cues = [
        (len(window) - m.end(), way, m.start())
        for m in lang.tense_cue.finditer(window)
        if (way := tense_of(m.group(1), lang)) is not None
    ]
    if not cues:
        return None
    distance, way, start = min(cues, key=lambda cue: cue[0])
    if way == "past":
        # "sera organisé le 14 février", "será aprobado el 2 de mayo": a participle after a
        # future auxiliary (at most one word between) is that future's
        auxiliary = [c for c in cues if c[0] > distance and c[1] == "future"]
        if (
            auxiliary
            and len(window[max(c[2] for c in auxiliary) : start].split()) <= _AUXILIARY_WORDS
        ):
            return "future"
    return way


_UNIT_CLAUSE = 40
"""How far (characters) a Chinese, Japanese or Korean date's clause is read for a future."""
_UNIT_BREAKS = "。！？；，、.!?\n"


def _unit_tense(text: str, found: Found, lang: DateLanguage) -> str | None:
    """``future`` when the date's clause holds a future word (``将于``, ``予定``, ``예정``)."""
    start = max(0, found.start - _UNIT_CLAUSE)
    head = text[start : found.start]
    cut = max(head.rfind(ch) for ch in _UNIT_BREAKS)
    head = head[cut + 1 :] if cut >= 0 else head
    tail = text[found.end : found.end + _UNIT_CLAUSE]
    stops = [i for i in (tail.find(ch) for ch in "。！？.!?\n") if i >= 0]
    tail = tail[: min(stops)] if stops else tail
    if any(w in head for w in lang.future_before) or any(w in tail for w in lang.future_after):
        return "future"
    return None


_AUXILIARY_WORDS = 2
"""Words from a future auxiliary's start to its participle (``vai ser aprovado``: 2)."""


def tense_of(word: str, lang: DateLanguage) -> str | None:
    """The time a tense cue sets: listed (``will``), else by its verb ending (``asumirá``)."""
    lower = word.lower()
    listed = lang.tense_cues.get(lower)
    if listed is not None or lower in lang.not_tense_words:
        return listed
    return next((way for ending, way in lang.tense_endings if lower.endswith(ending)), None)


def _resolve(
    found: Found, lang: DateLanguage, reference: date | None, direction: str | None = None
) -> str | None:
    g = found.groups
    kind = found.kind
    if kind == "iso":
        return safe_date(int(g["year"] or 0), int(g["mnum"] or 0), int(g["day"] or 0))
    if kind in {"numeric", "weekday_short"}:
        n1, n2 = int(g["n1"] or 0), int(g["n2"] or 0)
        day, month = (n2, n1) if lang.numeric_order == "mdy" and n1 <= 12 else (n1, n2)
        if month > 12 and day <= 12:
            day, month = month, day
        raw_year = g.get("year")
        if not raw_year:
            return day_in_year(month, day, reference, direction)
        year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        return safe_date(year, month, day)
    if kind.startswith("unit_"):
        return _unit_value(kind, g, lang, reference, direction)
    if kind in {"day_month", "month_day", "month"}:
        month = lang.months.get((g.get("month") or "").lower().rstrip("."), 0)
        if not month:
            return None
        if g.get("year"):
            year = int(g["year"] or 0)
            if kind == "month":
                return f"{year:04d}-{month:02d}"
            return safe_date(year, month, int(g.get("day") or 0))
        if kind == "month":
            return month_in_year(month, reference, direction) if reference else None
        weekday = lang.weekdays.get((g.get("weekday") or "").lower())
        return day_in_year(month, int(g.get("day") or 0), reference, direction, weekday)
    if reference is None:
        return None
    if kind == "weekday":
        target = lang.weekdays.get((g.get("weekday") or "").lower())
        if target is None:
            return None
        return weekday_near(target, reference, direction)
    if kind == "relative" and direction != "anchored":
        unit, offset = lang.relative.get((g.get("phrase") or "").lower(), ("", 0))
        return relative_value(unit, offset, reference)
    if kind == "elapsed" and g.get("shift") is not None:
        unit, shift = g.get("unit") or "", int(g.get("shift") or 0)
        if unit == "week":  # "three weeks ago" counts 21 days back; "last week" names a week
            unit, shift = "day", 7 * shift
        return relative_value(unit, shift, reference)
    return None


def _unit_value(
    kind: str,
    g: dict[str, str | None],
    lang: DateLanguage,
    reference: date | None,
    direction: str | None,
) -> str | None:
    """The value of a date marked by its units (:func:`date_tables._unit_patterns`)."""
    year, month, day = (int(g.get(k) or 0) for k in ("year", "mnum", "day"))
    if kind == "unit_y":
        return f"{year:04d}"
    if kind == "unit_ym":
        return f"{year:04d}-{month:02d}"
    if reference is None:
        return None
    shift = {
        key: lang.relative.get(g.get(key) or "", ("", 0))[1] for key in ("relyear", "relmonth")
    }
    if kind == "unit_mrange":  # "今年1至9月": this year's; "1至9月" the last such span
        if g.get("relyear"):
            return f"{reference.year + shift['relyear']:04d}"
        return f"{reference.year - (1 if month > reference.month else 0):04d}"
    if kind in {"unit_md", "unit_m"} and g.get("relyear"):
        year = reference.year + shift["relyear"]  # "去年3月", "내년 1월 1일"
        return safe_date(year, month, day) if kind == "unit_md" else f"{year:04d}-{month:02d}"
    if kind == "unit_md":
        return day_in_year(month, day, reference, direction)
    if kind == "unit_m":
        return month_in_year(month, reference, direction)
    if kind == "unit_wd":
        target = lang.weekdays.get(g.get("weekday") or "")
        weeks = (lang.week_words or {}).get(g.get("week") or "", 0)
        if target is None:
            return None
        monday = reference - timedelta(days=reference.weekday())
        return (monday + timedelta(days=7 * weeks + target)).isoformat()
    if g.get("relmonth"):  # "来月11日"
        index = reference.year * 12 + reference.month - 1 + shift["relmonth"]
        return safe_date(index // 12, index % 12 + 1, day)
    return day_in_month(day, reference, direction)
