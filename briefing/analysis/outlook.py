"""What comes next: sentences an analyst may take into the brief's Outlook section.

A sentence looks ahead when it says what will or may happen: a future tense cue of the
language's date table (``akan``, ``dijadwalkan``, ``will``, ``is set to``: the cues
:mod:`briefing.analysis.dates` reads for a date's direction, with their past overrides
such as ``was set to``), a forecast word of ``data/<lang>/outlook.json`` (``diperkirakan``,
``kemungkinan``, ``expected``, ``likely``; a weak one such as ``could`` counts half, and
none right after a word that makes it the past's: ``telah direncanakan``, ``was
expected``), or a date after the article's own (``pekan depan``, ``on 5 November`` in a
story of 25 October). A date or time after a future cue counts even when the story has no
date (``will meet on Saturday``); a condition before the cue (``if …``) weighs against it,
and a cue in what did not happen (``did not intend``) or in a describing clause (``yang
akan``) counts for nothing or little. Among those, the sentences the key-fact ranking
rates higher come first: what comes next matters when it is about the story's core.

Each suggestion carries what made it (its cues and the date ahead), as the evidence the
Suggestions panel shows. Likelihood and confidence (ICD 203) are the analyst's to set.
Headings, questions and sentences of fewer than :data:`MIN_WORDS` words are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from briefing.analysis.date_tables import DateLanguage, date_language
from briefing.analysis.dates import tense_of
from briefing.analysis.languages import alternation, load_table
from briefing.analysis.spans import SpanIndex
from briefing.analysis.suggestions import (
    DateMention,
    KeySentence,
    OutlookSuggestion,
    SentenceSpan,
)
from briefing.analysis.tokens import word_count
from briefing.core.model import Article

MAX_OUTLOOK = 5
"""Outlook suggestions per article at most (the best by cue strength and key-fact rank)."""
MIN_WORDS = 6
MAX_WORDS = 80
"""A longer "sentence" is a run-on list or a table read as prose: no outlook statement."""
MIN_SCORE = 0.4
"""A sentence needs a future cue, a date ahead, or two forecast words (weak ones count
half) to look ahead."""
MIN_RANK = 0.55
"""Cue score plus half the key-fact score: a sentence with one future word alone must be
about the story's core (a key-fact score of 0.3), one with stronger cues need not."""

_FUTURE, _FORECAST, _WEAK, _AHEAD, _WHEN = 0.4, 0.25, 0.125, 0.4, 0.25
"""What each kind of evidence adds to a sentence's cue score (at most 1); _WHEN is a
date or time of unknown direction said with a future cue (``will play Saturday``)."""
_CONDITIONAL = 0.2
"""What a condition before the future cue takes off (``if he doesn't play, X would start``:
a contingency, not a plan)."""
_MAX_FORECASTS = 2
_KEY_WEIGHT = 0.5
"""How much the key-fact score (0–1) adds to the cue score when ranking."""
_LETTER_BEFORE, _LETTER_AFTER = r"(?<![^\W\d_])", r"(?![^\W\d_])"


@dataclass(frozen=True, slots=True)
class _Cues:
    forecast: re.Pattern[str] | None
    """The forecast words, lower-cased, to match in lower-cased text (a case-insensitive
    pattern tests every position twice as slowly)."""
    forecast_any_case: re.Pattern[str] | None
    """The same for text whose lower case has another length (offsets would shift)."""
    weak: frozenset[str]
    not_after: re.Pattern[str] | None
    weak_after: re.Pattern[str] | None
    """A word right before a cue that makes it weak (``yang akan``: a relative clause
    describing something, not the news of what comes)."""
    negated: re.Pattern[str] | None
    """Words before a cue (one word may stand between) that say it did not happen (``did
    not intend``, ``did not make plans``)."""
    conditional: re.Pattern[str] | None
    future: re.Pattern[str] | None
    """Chinese, Japanese, Korean: the dates table's future words (将于, 予定, 예정), found
    inside the text (no spaces between words there)."""


@cache
def _cues(language: str | None) -> _Cues:
    table = load_table(language, "outlook")
    words = [str(w) for w in table.get("forecast", [])]
    before = [str(w) for w in table.get("not_after", [])]
    weak_after = [str(w) for w in table.get("weak_after", [])]
    negated = [str(w) for w in table.get("negated_before", [])]
    conditional = [str(w) for w in table.get("conditional", [])]
    # a table marked unspaced matches inside runs of letters (Chinese, Japanese, Korean)
    edge, end = ("", "") if table.get("unspaced") else (_LETTER_BEFORE, _LETTER_AFTER)
    tenses = date_language(language)
    # (not a lone character: 将 is also the object marker of 将X…)
    unspaced_future = [w for w in (*tenses.future_before, *tenses.future_after) if len(w) > 1]
    return _Cues(
        forecast=(
            re.compile(rf"{edge}({alternation(w.lower() for w in words)}){end}") if words else None
        ),
        forecast_any_case=(
            re.compile(rf"{edge}({alternation(words)}){end}", re.IGNORECASE) if words else None
        ),
        weak=frozenset(w.lower() for w in table.get("weak", [])),
        not_after=(
            re.compile(rf"{_LETTER_BEFORE}(?:{alternation(before)})\s+$", re.IGNORECASE)
            if before
            else None
        ),
        weak_after=(
            re.compile(rf"{_LETTER_BEFORE}(?:{alternation(weak_after)})\s+$", re.IGNORECASE)
            if weak_after
            else None
        ),
        negated=(
            re.compile(rf"{_LETTER_BEFORE}(?:{alternation(negated)})\s+(?:\w+\s+)?$", re.IGNORECASE)
            if negated
            else None
        ),
        conditional=(
            re.compile(rf"{edge}(?:{alternation(conditional)}){end}", re.IGNORECASE)
            if conditional
            else None
        ),
        future=re.compile(f"({alternation(unspaced_future)})") if unspaced_future else None,
    )


def extract_outlook(
    article: Article,
    sentences: Sequence[SentenceSpan],
    dates: Sequence[DateMention],
    key_sentences: Sequence[KeySentence],
    reference: date | None,
) -> list[OutlookSuggestion]:
    """The sentences of ``article`` that look ahead, best first (at most :data:`MAX_OUTLOOK`)."""
    language = article.language.code
    cues = _cues(language)
    tenses = date_language(language)
    if cues.forecast is None and cues.future is None and not tenses.tense_cues:
        return []  # (a language without tables: nothing says what is ahead)
    text = article.text
    futures = _future_cues(text, tenses, cues)
    forecasts = _forecast_cues(text, cues)
    ahead = [d for d in dates if _is_ahead(d.value, reference)]
    if not (futures or forecasts or ahead):
        return []
    headings = SpanIndex((p.start, p.end) for p in article.paragraphs if p.kind == "heading")
    key_score = {(k.start, k.end): k.score for k in key_sentences}
    future_at = [m.start() for m in futures]
    forecast_at = [m.start() for m in forecasts]
    found: list[tuple[float, OutlookSuggestion]] = []
    for sentence in sentences:
        a, b = sentence.start, sentence.end
        in_sentence = futures[bisect_left(future_at, a) : bisect_left(future_at, b)]
        # the strongest future cue speaks for the sentence ("yang akan …, akan …")
        future = min(in_sentence, key=lambda m: _is_weak(text, m, cues), default=None)
        words = forecasts[bisect_left(forecast_at, a) : bisect_left(forecast_at, b)]
        when = next((d for d in ahead if a <= d.start and d.end <= b), None)
        if future is None and not words and when is None:
            continue  # (most sentences: nothing to weigh)
        said: list[str] = []
        score = 0.0
        if future is not None:
            said.append(future.group(1))
            strong = not _is_weak(text, future, cues)
            score += _FUTURE if strong else _WEAK
            if cues.conditional is not None and cues.conditional.search(text, a, future.start()):
                score -= _CONDITIONAL
            if strong and when is None:
                # a time said with it: "will play Saturday", "akan … pekan depan"
                time = next(
                    (
                        d
                        for d in dates
                        if future.end() <= d.start and d.end <= b and _not_past(d, reference)
                    ),
                    None,
                )
                if time is not None:
                    said.append(time.text)
                    score += _WHEN
        strong_first = sorted(
            (m for m in words if future is None or not _overlap(m, future)),  # "is set to"
            key=lambda m: _is_weak(text, m, cues),
        )
        for match in strong_first[:_MAX_FORECASTS]:
            word = match.group(1)
            if word.lower() not in {w.lower() for w in said}:
                said.append(word)
                score += _WEAK if _is_weak(text, match, cues) else _FORECAST
        if when is not None:
            score += _AHEAD
        score = min(score, 1.0)
        rank = score + _KEY_WEIGHT * key_score.get((a, b), 0.0)
        if score < MIN_SCORE or rank < MIN_RANK:
            continue
        body = text[a:b]
        if (
            headings.inside(a)
            or body.rstrip(" \t\n\"'”’»").endswith(("?", "？"))
            or not MIN_WORDS <= word_count(body) <= MAX_WORDS
        ):
            continue
        suggestion = OutlookSuggestion(
            start=a,
            end=b,
            text=body,
            score=round(score, 3),
            cues=tuple(said),
            date=when.value if when is not None else None,
        )
        found.append((rank, suggestion))
    found.sort(key=lambda pair: (-pair[0], pair[1].start))
    return [suggestion for _, suggestion in found[:MAX_OUTLOOK]]


def _future_cues(text: str, tenses: DateLanguage, cues: _Cues) -> list[re.Match[str]]:
    """The future tense cues of ``text`` (``was set to`` reads as the past's, and so does
    one after a past word of the outlook table: ``telah direncanakan``)."""
    if cues.future is not None:
        return list(cues.future.finditer(text))
    if not tenses.tense_cues:
        return []
    return [
        m
        for m in tenses.tense_cue.finditer(text)
        if tense_of(m.group(1), tenses) == "future" and not _said_of_past(text, m, cues)
    ]


def _forecast_cues(text: str, cues: _Cues) -> list[re.Match[str]]:
    """The forecast words of ``text``, but those said of the past (``was expected``)."""
    if cues.forecast is None or cues.forecast_any_case is None:
        return []
    lowered = text.lower()
    if len(lowered) == len(text):
        found = cues.forecast.finditer(lowered)
    else:  # ("İ" lower-cases to two characters)
        found = cues.forecast_any_case.finditer(text)
    return [m for m in found if not _said_of_past(text, m, cues)]


_PAST_REACH = 20
"""Characters before a cue read for a word that makes it the past's (``had been``)."""
_NEGATED_REACH = 30
"""The same for a word that says it did not happen, a word apart (``did not make plans``)."""


def _said_of_past(text: str, match: re.Match[str], cues: _Cues) -> bool:
    """Whether a cue is said of the past (``telah direncanakan``, ``was expected``) or of
    what did not happen (``did not intend``)."""
    at = match.start()
    return (
        cues.not_after is not None
        and cues.not_after.search(text, max(0, at - _PAST_REACH), at) is not None
    ) or (
        cues.negated is not None
        and cues.negated.search(text, max(0, at - _NEGATED_REACH), at) is not None
    )


def _is_weak(text: str, match: re.Match[str], cues: _Cues) -> bool:
    """Whether a cue says little alone: a weak word (``could``, ``mungkin``) or one in a
    clause that describes rather than tells (``yang akan``)."""
    if match.group(1).lower() in cues.weak:
        return True
    at = match.start()
    return (
        cues.weak_after is not None
        and cues.weak_after.search(text, max(0, at - _PAST_REACH), at) is not None
    )


def _not_past(mention: DateMention, reference: date | None) -> bool:
    """Whether a date may lie ahead: unresolved, undated story, or not before its date."""
    if mention.value is None or reference is None:
        return True
    iso = reference.isoformat()
    return mention.value >= iso[: len(mention.value)]


def _overlap(one: re.Match[str], other: re.Match[str]) -> bool:
    return one.start() < other.end() and other.start() < one.end()


def _is_ahead(value: str | None, reference: date | None) -> bool:
    """Whether an ISO date value (day, month or year) lies after ``reference``'s."""
    if value is None or reference is None:
        return False
    iso = reference.isoformat()
    return value > iso[: len(value)]
