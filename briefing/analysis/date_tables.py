"""The date patterns of one language, compiled from ``data/<lang>/dates.json``: month and
weekday names, relative phrases, the words that point a date back or ahead, and the first
words a date can start at. Read by :mod:`briefing.analysis.dates`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.analysis.languages import alternation, load_table


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


_TOKEN = re.compile(r"\(?\d+|[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class DateLanguage:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    numeric_order: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    anchors: re.Pattern[str]
    """First words of every name and phrase, and digits: a date can only start at one of
    them, so patterns are tried there instead of at every position."""
    first_word: re.Pattern[str]
    """The first words alone (case-insensitive, whole word): see :func:`_anchor_starts`."""
    seen_tokens: set[str]
    token_firsts: dict[str, tuple[str, ...]]
    """Whitespace-separated tokens read for first words (bounded), and those holding some."""
    recent_matches: dict[str, list[Found]]
    """Pattern matches in the last few texts: figures and dates both scan each article."""
    direction_before: dict[str, str]
    direction_after: dict[str, str]
    modifier_before: re.Pattern[str]
    """``last``/``next`` right before a date (``last November``): see :func:`_direction`."""
    modifier_after: re.Pattern[str]
    """``lalu``/``depan``/``prochain`` right after a date (``Jumat lalu``)."""
    year_after: re.Pattern[str]
    """A relative year right after a month (``Februari tahun ini``, ``January next year``)."""
    tense_cues: dict[str, str]
    tense_cue: re.Pattern[str]
    """Words of the clause that set its time (``will``, ``akan``; ``was due`` is past)."""
    tense_endings: tuple[tuple[str, str], ...]
    """Endings of lower-case verbs that set the time (Spanish ``asumirá``: future), with
    the words that end so but are none (``verão``, summer)."""
    not_tense_words: frozenset[str]
    genitive_before: re.Pattern[str]
    not_genitive_after: frozenset[str]
    """Words that make ``de`` part of a time preposition (``a partir de``, ``as of``)."""
    """``de``/``of`` right before a date: it names an event (``el ataque de 3 de abril``),
    which the clause's tense does not move (``divulgará o balanço do ataque de …``)."""
    clause_opener: re.Pattern[str]
    """Words that open a clause of their own (``that``, ``which``, ``yang``): a cue before
    one belongs to another verb (``will offer the lander that it unveiled in May``)."""
    relative_anchor: re.Pattern[str]
    """A word that ties a relative phrase to another date (``the next year``)."""
    code: str | None
    """The language: counted dates (``two months ago``) are read by :mod:`date_elapsed`."""
    not_bare_months: frozenset[str] | None
    """Where a month alone in lower case is a date (``en marzo``), the month words that
    are not (``marco``); None where it never is (``may``)."""
    recurring_before: re.Pattern[str]
    recurring_after: re.Pattern[str]
    week_words: dict[str, int] | None = None
    """Unit-marked languages: the words that shift a weekday by weeks (``上``, ``先週``)."""
    future_before: tuple[str, ...] = ()
    future_after: tuple[str, ...] = ()
    """Unit-marked languages: words of a date's clause that put it ahead (``将于12月15日``,
    ``12月15日に開催する予定``, ``12월 15일 열릴 예정``): before it in Chinese, after it in
    Japanese and Korean."""
    unspaced_words: tuple[str, ...] = ()
    """In a language written without spaces (``unspaced``), its weekday and relative words:
    they touch the words around them, so each is looked for where it stands."""
    """Words that make a weekday recur (``every Friday``, ``the last Friday of every
    month``, ``Jumat terakhir setiap bulan``, ``setiap Senin dan Kamis``): no single day,
    so no value."""
    named_days: re.Pattern[str] | None = None
    """Names of a day that end in a weekday, as written (``Black Friday``, ``Super
    Tuesday``): their weekday is no date of its own."""


@cache
def date_language(code: str | None) -> DateLanguage:
    """Compiled patterns for one language; cached because tables are read-only."""
    table: dict[str, Any] = load_table(code, "dates") if code else load_table("default", "dates")
    full = {k.lower(): int(v) for k, v in table.get("months", {}).items()}
    short = {k.lower(): int(v) for k, v in table.get("month_abbreviations", {}).items()}
    months = {**short, **full}
    weekdays = {k.lower(): int(v) for k, v in table.get("weekdays", {}).items()}
    relative = {k.lower(): (str(v[0]), int(v[1])) for k, v in table.get("relative", {}).items()}
    # a full stop after an abbreviation only ("Feb. 14"; "el 24 de mayo." ends a sentence)
    month_any = rf"(?P<month>{alternation(list(full))}|(?:{alternation(list(short))})\.?)"
    month_full = rf"(?P<month>{alternation(list(full))})"
    weekday = rf"(?P<weekday>{alternation(list(weekdays))})"
    day = r"(?P<day>[0-3]?\d)"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    year_suffix = alternation(table.get("year_suffix", ()))
    year_tail = rf"{year}(?:\s+(?:{year_suffix}))?" if table.get("year_suffix") else year
    connectors = alternation(table.get("day_connectors", ()))
    of = rf"(?:\s+(?:{connectors}))?" if table.get("day_connectors") else ""
    parts = alternation(table.get("month_parts", ()))
    joins = alternation(table.get("part_connectors", ()))
    lead_weekday = rf"(?:{weekday},?\s+)?"
    # "Januari-Mei 2017", "20 hingga 23 Oktober 2016": a span read as its first month or day
    spans = alternation(table.get("range_connectors", ()))
    month_span = rf"(?:\s*(?:{spans})\s*(?:{alternation(list(full))}))?" if spans else ""
    day_span = rf"(?:\s*(?:{spans})\s*[0-3]?\d)?" if spans else ""
    b, e = r"(?<![\w/.-])", r"(?![\w/]|[.,]\d)"  # "в феврале 2,5%", "In May 5,000 people"
    unspaced = bool(table.get("unspaced"))
    if unspaced:  # letters touch the date: only digits and separators may not
        b, e = r"(?<![\d/.,-])", r"(?![\d/]|[.,]\d)"
    # ``Selasa malam (20/12)``: a part of the day may stand between weekday and date
    day_parts = table.get("day_parts", ())
    part = rf"(?:\s+(?:{alternation(day_parts)}))?" if day_parts else ""
    patterns: list[tuple[str, re.Pattern[str]]] = [
        ("iso", re.compile(rf"{b}{year}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?![\d/-])")),
        (
            "numeric",
            re.compile(
                rf"{b}{lead_weekday}\(?(?P<n1>[0-3]?\d)(?P<sep>[/.-])(?P<n2>[0-3]?\d)(?P=sep){year}\)?{e}",
                re.IGNORECASE,
            ),
        ),
        (
            "weekday_short",
            re.compile(
                rf"{b}{weekday}{part},?\s*\((?P<n1>[0-3]?\d)/(?P<n2>[01]?\d)(?:/(?P<year>\d{{2,4}}))?\){e}",
                re.IGNORECASE,
            ),
        ),
        (
            "day_month",
            re.compile(
                rf"{b}{lead_weekday}{day}{day_span}\.?(?:\s+(?:{connectors}))?\s+{month_any}(?:,?{of}\s+{year_tail})?{e}",
                re.IGNORECASE,
            ),
        ),
        (
            "month_day",
            re.compile(
                rf"{b}{lead_weekday}{month_any}\s+{day}(?:st|nd|rd|th)?(?:,?\s+{year})?{e}",
                re.IGNORECASE,
            ),
        ),
        (
            "month",
            re.compile(
                rf"{b}(?P<parts>(?:{parts})(?:\s*(?:{joins})\s*(?:{parts}))?\s+(?:(?:{connectors})\s+)?)?{month_full}{month_span}(?:{of}\s+{year_tail})?{e}",
                re.IGNORECASE,
            ),
        ),
        (
            "relative",
            re.compile(rf"{b}(?P<phrase>{alternation(list(relative))}){e}", re.IGNORECASE),
        ),
    ]
    patterns.extend(_unit_patterns(table.get("unit_marks", {}), table, b))
    if weekdays:
        prefix = alternation(table.get("weekday_prefix", ()))
        # ``Minggu malam``, ``Sunday night``: the part of the day names the same day
        patterns.append(
            (
                "weekday",
                re.compile(rf"{b}(?:(?:{prefix})\s+)?{weekday}{part}{e}", re.IGNORECASE),
            )
        )
    phrases = [
        *months,
        *weekdays,
        *relative,
        *(
            str(w)
            for key in ("month_parts", "weekday_prefix", "day_connectors")
            for w in table.get(key, ())
        ),
    ]
    firsts = {first.group() for first in (_TOKEN.search(p) for p in phrases) if first is not None}
    anchors = re.compile(
        rf"\(?\d+|(?<![^\W\d_])(?:{alternation(sorted(firsts))})(?![^\W\d_])", re.IGNORECASE
    )
    first_word = re.compile(rf"(?:{alternation(sorted(firsts))})", re.IGNORECASE)
    words = table.get("direction_words", {})
    before = {k.lower(): str(v) for k, v in words.get("before", {}).items()}
    after = {k.lower(): str(v) for k, v in words.get("after", {}).items()}
    cues = {k.lower(): str(v) for k, v in table.get("tense_cues", {}).items()}
    endings = tuple(
        (ending, str(way))
        for way, listed in table.get("tense_endings", {}).items()
        for ending in listed
    )
    # a lower-case word of three letters or more that ends so (the case is the word's own)
    ending_words = (
        rf"|(?-i:[^\W\d_A-ZÀ-ÞА-ЯЁ]{{2,}}(?:{alternation([e for e, _ in endings])}))"
        if endings
        else ""
    )
    years = [phrase for phrase, (unit, _) in relative.items() if unit == "year"]
    letter_before, letter_after = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    return DateLanguage(
        direction_before=before,
        direction_after=after,
        modifier_before=re.compile(
            rf"{letter_before}({alternation(list(before))})\s+$", re.IGNORECASE
        ),
        modifier_after=re.compile(rf"\s+({alternation(list(after))}){letter_after}", re.IGNORECASE),
        year_after=re.compile(rf",?[^\S\n]+({alternation(years)}){letter_after}", re.IGNORECASE),
        tense_cues=cues,
        tense_cue=re.compile(
            rf"{letter_before}({alternation(list(cues))}{ending_words}){letter_after}",
            re.IGNORECASE,
        ),
        tense_endings=endings,
        not_tense_words=frozenset(w.lower() for w in table.get("not_tense_words", [])),
        genitive_before=re.compile(
            rf"(?:(?<![^\W\d_])(?P<head>[^\W\d_]+)\s+)?{letter_before}"
            rf"(?:{alternation(table.get('genitive_before', []))})\s+$",
            re.IGNORECASE,
        ),
        not_genitive_after=frozenset(w.lower() for w in table.get("not_genitive_after", [])),
        clause_opener=re.compile(
            rf"{letter_before}(?:{alternation(table.get('clause_openers', ()))}){letter_after}",
            re.IGNORECASE,
        ),
        relative_anchor=re.compile(
            rf"{letter_before}(?:{alternation(table.get('relative_anchors', ()))})\s+$",
            re.IGNORECASE,
        ),
        anchors=anchors,
        first_word=first_word,
        seen_tokens=set(),
        token_firsts={},
        recent_matches={},
        months=months,
        weekdays=weekdays,
        relative=relative,
        numeric_order=str(table.get("numeric_order", "dmy")),
        patterns=tuple(patterns),
        code=code,
        not_bare_months=frozenset(w.lower() for w in table.get("not_bare_months", []))
        if table.get("bare_months_lower")
        else None,
        recurring_before=re.compile(
            rf"{letter_before}(?:{alternation(table.get('recurring_before', ()))})\s+"
            rf"(?:[^\W\d_]+(?:,\s*|\s+(?:{alternation(table.get('recurring_joiners', ()))})\s+))*$",
            re.IGNORECASE,
        ),
        recurring_after=re.compile(
            rf"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?"
            rf"(?:{alternation(table.get('recurring_after', ()))}){letter_after}",
            re.IGNORECASE,
        ),
        unspaced_words=tuple(sorted({*weekdays, *relative, *table.get("week_words", {})}))
        if unspaced
        else (),
        week_words={str(k): int(v) for k, v in table.get("week_words", {}).items()},
        future_before=tuple(str(w) for w in table.get("future_before", ())),
        future_after=tuple(str(w) for w in table.get("future_after", ())),
        named_days=re.compile(rf"(?:{alternation(table['named_days'])}){letter_after}")
        if table.get("named_days")
        else None,
    )


def _unit_patterns(
    marks: dict[str, Any], table: dict[str, Any], b: str
) -> list[tuple[str, re.Pattern[str]]]:
    """Dates written as numbers marked by their unit (Chinese, Japanese, Korean:
    ``2024年10月24日``, ``2024년 10월 24일``, ``10月``, ``24日``), from ``unit_marks``: a
    full date is an ``iso`` one; ``unit_ym``, ``unit_md``, ``unit_m``, ``unit_d`` and
    ``unit_y`` the rest, ``unit_mrange`` a span of months (``1至9月``: its year), ``unit_md``
    also for a span of days in one month (``11月12日至
    17日``: its first day). A relative year before a month (``去年3月``, ``내년 1월 1일``)
    or a relative month before a day (``来月11日``) is read with it (``relyear``,
    ``relmonth``), and a weekday after a week's word (``上周五``, ``先週の金曜日``, ``지난주
    금요일``: ``week_words``) is ``unit_wd``. A day alone takes only its own marks
    (``day_alone``: ``号`` also numbers lines and documents) and not before
    ``not_after_day`` (``3日間``: days). Digits may be full-width (``１０月２４日``)."""
    if not marks:
        return []
    y, m, d = (alternation(marks.get(key, ())) for key in ("year", "month", "day"))
    alone = alternation(marks.get("day_alone", ()))
    not_after = alternation(table.get("not_after_day", ()))
    relative = table.get("relative", {})
    years = alternation([w for w, (unit, _) in relative.items() if unit == "year"])
    months = alternation([w for w, (unit, _) in relative.items() if unit == "month"])
    weeks = alternation(list(table.get("week_words", {})))
    weekdays = alternation(list(table.get("weekdays", {})))
    gap = r"[^\S\n]?"
    digit = "[0-9０-９]"
    year = rf"(?P<year>(?:[1１][89８９]|[2２][0０]){digit}{{2}})"
    month = rf"(?P<mnum>[1１][0-2０-２]|[0０]?[1-9１-９]){gap}(?:{m})"
    day_number = rf"(?P<day>[3３][01０１]|[12１２]{digit}|[0０]?[1-9１-９])"
    day = rf"{day_number}{gap}(?:{d})"
    end = rf"(?!{gap}(?:{not_after}))"  # (a clock time may follow: 24日3时12分)
    ranges = alternation(table.get("day_range_words", ()))
    span = rf"(?:(?:{ranges}){gap}(?:3[01]|[12]\d|0?[1-9]){gap}(?:{d}))?"
    rel_year = rf"(?:(?P<relyear>{years}){gap})?"
    return [
        ("iso", re.compile(rf"{b}{year}{gap}(?:{y}){gap}{month}{gap}{day}{span}{end}")),
        ("unit_ym", re.compile(rf"{b}{year}{gap}(?:{y}){gap}{month}")),
        ("unit_md", re.compile(rf"{b}{rel_year}{month}{gap}{day}{span}{end}")),
        ("unit_y", re.compile(rf"{b}{year}{gap}(?:{y})")),
        ("unit_m", re.compile(rf"{b}{rel_year}{month}")),
        (
            "unit_mrange",  # "今年1至9月", "1～9月": months of one year
            re.compile(
                rf"{b}{rel_year}(?P<mfirst>[1１][0-2０-２]|[0０]?[1-9１-９]){gap}"
                rf"(?:(?:{m}){gap})?(?:{ranges}){gap}{month}"
            ),
        ),
        (
            "unit_d",
            re.compile(rf"{b}(?:(?P<relmonth>{months}){gap})?{day_number}{gap}(?:{alone}){end}"),
        ),
        ("unit_wd", re.compile(rf"(?P<week>{weeks})(?:の|{gap})(?P<weekday>{weekdays})")),
    ]
