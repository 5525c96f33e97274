"""A first brief from the top suggestions, as undoable core operations.

The analyst should start from a real draft rather than a blank page: the title and date
from the article, the best key sentence as the summary, the next best as the situation
(in the order the article tells them), the quotes with their speakers, the figures and
the main people and organisations. Everything is inserted through ``InsertItem`` so one
undo removes the draft, and every item cites its passage.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import cache

from briefing.analysis.accept import actor_item, figure_item, plain, suggestion_to_item
from briefing.analysis.conflict_facts import conflict_fact
from briefing.analysis.conflicts import COMPARED_KINDS, unit_key
from briefing.analysis.languages import load_table
from briefing.analysis.merging import with_citations_of
from briefing.analysis.numbers import figure_words
from briefing.analysis.speech_table import speech_table
from briefing.analysis.suggestions import (
    ArticleAnalysis,
    FigureConflict,
    FigureSuggestion,
    KeySentence,
    QuoteSuggestion,
)
from briefing.analysis.tokens import shorten, word_count
from briefing.core.model import Article, BriefInfo, Item
from briefing.core.operations import InsertItem, Operation, SetInfo

log = logging.getLogger(__name__)

SITUATION_FACTS = 5
"""Key sentences of the first article in Situation (beside the summary)."""
SITUATION_FACTS_OTHERS = 2
"""Key sentences of every further article."""
MAX_QUOTES = 6
MIN_QUOTE_CONFIDENCE = 0.6
MIN_QUOTE_WORDS = 4
MAX_OUTLOOK = 2
"""Outlook statements of the first article (one of every further article)."""
MIN_OUTLOOK_SCORE = 0.6
"""Only sentences that look ahead clearly (a future word and a forecast word or a date
ahead) go into the draft; the panel offers the rest."""
MAX_FIGURES = 8
MAX_PEOPLE = 5
MAX_ORGANISATIONS = 4
TITLE_LIMIT = 90
MIN_FACT_WORDS = 5
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def draft_operations(
    pairs: Sequence[tuple[Article, ArticleAnalysis]],
    *,
    info: BriefInfo | None = None,
    conflicts: Iterable[FigureConflict] = (),
) -> list[Operation]:
    """Operations that turn an empty brief into a first draft of ``pairs``.

    ``info`` fields the caller already set (title, marking…) are kept; empty ones are
    filled from the first article.
    """
    info = info or BriefInfo()
    if not pairs:
        return [SetInfo(info, "Draft brief details")]
    article, analysis = pairs[0]
    operations: list[Operation] = [SetInfo(_info(info, article, analysis), "Draft brief details")]
    sections: dict[str, list[Item]] = {
        "summary": [],
        "situation": [],
        "actors": [],
        "figures": [],
        "outlook": [],
    }
    summary = _top_sentence(analysis, article)
    if summary is not None:
        sections["summary"].append(suggestion_to_item(article, summary))
    # what looks ahead goes to Outlook, not Situation (the summary keeps its sentence)
    summary_span = {(article.id, summary.start, summary.end)} if summary is not None else set()
    sections["outlook"].extend(_outlook(pairs, summary_span))
    ahead = {(c.article_id, c.start, c.end) for i in sections["outlook"] for c in i.citations}
    for index, (each, result) in enumerate(pairs):
        limit = SITUATION_FACTS if index == 0 else SITUATION_FACTS_OTHERS
        skip = (summary_span if index == 0 else set()) | ahead
        sections["situation"].extend(_situation_facts(each, result, limit, skip))
    sections["situation"].extend(_conflict_facts(pairs, conflicts))
    sections["situation"].extend(_quotes(pairs))
    sections["figures"].extend(_figures(pairs))
    sections["actors"].extend(_actors(pairs))
    for section, items in sections.items():
        for position, item in enumerate(items):
            operations.append(InsertItem(section, position, item))
    return operations


# --------------------------------------------------------------------------- info


def _info(info: BriefInfo, article: Article, analysis: ArticleAnalysis) -> BriefInfo:
    title = info.title or _title(article, analysis)
    dtg = info.dtg or dtg_of(article.published)
    language = analysis.language or article.language.code or info.language
    return replace(info, title=title, dtg=dtg, language=language)


def _title(article: Article, analysis: ArticleAnalysis) -> str:
    if article.title.strip():
        return shorten(plain(article.title), TITLE_LIMIT)
    top = _top_sentence(analysis, article)
    if top is not None:
        return shorten(plain(article.text[top.start : top.end]).rstrip(".!?"), TITLE_LIMIT)
    return "Brief"


def dtg_of(day: date | datetime | None, now: datetime | None = None) -> str:
    """A date-time group, ``241200Z OCT 24``: noon UTC of the article's date, else now."""
    if isinstance(day, datetime):
        moment = day.astimezone(UTC) if day.tzinfo else day
    elif isinstance(day, date):
        moment = datetime(day.year, day.month, day.day, 12, 0)
    else:
        moment = now or datetime.now(UTC)
    return f"{moment.day:02d}{moment.hour:02d}{moment.minute:02d}Z {_MONTHS[moment.month - 1]} {moment.year % 100:02d}"


# --------------------------------------------------------------------------- sections


def _top_sentence(analysis: ArticleAnalysis, article: Article) -> KeySentence | None:
    """The best key sentence that can stand alone as the summary: not one that leans on
    the sentence before (``Oleh karena itu, …``, ``However, …``) or speaks in the first
    person (``Saya pribadi setuju …``) while a fact-worthy one further down does not."""
    worthy = [key for key in analysis.key_sentences if _fact_worthy(analysis, key)]
    language = analysis.language or article.language.code
    opener = _linking_opener(language)
    first_person = speech_table(language).first_person
    alone = next(
        (
            k
            for k in worthy
            if not opener.match(article.text, k.start)
            and _first_word(article.text, k.start).lower() not in first_person
        ),
        None,
    )
    return alone or (worthy[0] if worthy else None)


def _first_word(text: str, start: int) -> str:
    found = _FIRST_WORD.search(text, start, start + 40)
    return found.group() if found else ""


_FIRST_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _linking_opener(language: str | None) -> re.Pattern[str]:
    """Words that open a sentence leaning on the one before (``discourse.json``)."""
    words = load_table(language, "discourse").get("linking_openers", [])
    if not words:
        return re.compile(r"(?!)")
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


_OPENING_MARK = 2
"""A quote's text starts this many characters at most after its sentence (the mark)."""


def _fact_worthy(analysis: ArticleAnalysis, key: KeySentence) -> bool:
    """A key fact is a sentence of its own, not mostly a quote (quotes go in as quotes),
    nor one that opens with a quote (``"Sehingga ada beberapa nama …," kata Febri di
    KPK, Jalan Kuningan Persada, …``) or ends one that began in an earlier sentence
    (``…lebih baik," terang Anies saat membuka …``)."""
    if any(q.start - _OPENING_MARK <= key.start < q.end for q in analysis.quotes):
        return False  # inside a quote, or opening with one: the quote goes in as a quote
    quoted = sum(max(0, min(q.end, key.end) - max(q.start, key.start)) for q in analysis.quotes)
    return quoted < 0.5 * (key.end - key.start)


def _in_heading(article: Article, key: KeySentence) -> bool:
    return any(p.kind == "heading" and p.start <= key.start < p.end for p in article.paragraphs)


def _situation_facts(
    article: Article, analysis: ArticleAnalysis, limit: int, skip: set[tuple[str, int, int]]
) -> list[Item]:
    chosen: list[KeySentence] = []
    for key in analysis.key_sentences:
        if len(chosen) >= limit:
            break
        if (article.id, key.start, key.end) in skip:
            continue
        if not _fact_worthy(analysis, key) or _in_heading(article, key):
            continue
        if word_count(article.text[key.start : key.end]) < MIN_FACT_WORDS:
            continue
        chosen.append(key)
    chosen.sort(key=lambda k: k.start)
    return [suggestion_to_item(article, k) for k in chosen]


def _outlook(
    pairs: Sequence[tuple[Article, ArticleAnalysis]], taken: set[tuple[str, int, int]]
) -> list[Item]:
    """The clearest sentences that look ahead, not already a fact of the draft."""
    items: list[Item] = []
    for index, (article, analysis) in enumerate(pairs):
        limit = MAX_OUTLOOK if index == 0 else 1
        chosen = [
            o
            for o in analysis.outlook
            if o.score >= MIN_OUTLOOK_SCORE and (article.id, o.start, o.end) not in taken
        ][:limit]
        items.extend(suggestion_to_item(article, o) for o in chosen)
    return items


def _quotes(pairs: Sequence[tuple[Article, ArticleAnalysis]]) -> list[Item]:
    items: list[Item] = []
    for article, analysis in pairs:
        for quote in analysis.quotes:
            if len(items) >= MAX_QUOTES:
                return items
            if _quote_worthy(quote):
                items.append(suggestion_to_item(article, quote))
    return items


def _quote_worthy(quote: QuoteSuggestion) -> bool:
    """A quote with a speaker, sure enough, and long enough to say something."""
    return (
        bool(quote.speaker)
        and quote.confidence >= MIN_QUOTE_CONFIDENCE
        and word_count(quote.text) >= MIN_QUOTE_WORDS
    )


def _figures(pairs: Sequence[tuple[Article, ArticleAnalysis]]) -> list[Item]:
    """One row per reported figure; the same report again adds its passage to that row.

    Only a sure repeat joins a row (a wrong join would hide a fact; a missed one costs the
    analyst one Merge): a count or measure with the same value, counted noun (``tentara``
    = ``troops``) and qualifier, and the same words saying what is counted — ``12 orang
    tewas`` twice, or ``12 orang yang tewas``, but never ``12 orang luka-luka``. A figure
    that names nothing beyond its unit (``12 orang ke pengungsian``, Kirby's ``3.000
    tentara ke Rusia``) stays on its own row, as do percentages and money (two rates or
    two budgets of the same size are not one).
    """
    items: list[Item] = []
    keys: list[tuple[object, ...] | None] = []
    for article, analysis in pairs:
        for figure in analysis.figures:
            item = figure_item(article, figure)
            key = _report_key(figure, _word_after(article.text, figure.end, analysis.language))
            same = keys.index(key) if key is not None and key in keys else None
            if same is not None:
                items[same] = with_citations_of(items[same], item)
            elif len(items) < MAX_FIGURES:
                items.append(item)
                keys.append(key)
    return items


def _report_key(figure: FigureSuggestion, next_word: str) -> tuple[object, ...] | None:
    """What makes two figures one report; None when the figure cannot be told apart from
    another of the same size (no counted words beyond the unit, or not a count)."""
    if figure.kind not in COMPARED_KINDS or figure.value is None:
        return None
    unit, what = _norm(figure.unit), _norm(figure.what)
    if not what or what == unit:
        if not next_word:
            return None
        what = f"{unit} {next_word}"
    value_max = round(figure.value_max, 6) if figure.value_max is not None else None
    return (
        round(figure.value, 6),
        value_max,
        unit_key(figure.unit),
        _norm(figure.qualifier),
        what.removeprefix(unit).strip(),
    )


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


_WORD = re.compile(r"[ \t\u00a0\u202f]*([^\W\d_][\w-]*)")


def _word_after(text: str, end: int, language: str | None) -> str:
    """The words right after a figure that say what it counts, up to two and up to a
    function word or a punctuation mark: ``tewas`` in ``12 orang tewas dan …`` and in
    ``12 orang yang tewas``, ``dilaporkan hilang``; none for ``3.000 tentara ke Rusia``."""
    table = load_table(language, "numbers")
    relative = {str(w).casefold() for w in table.get("relative_words", ())}
    stopwords = figure_words(language).stopwords
    words: list[str] = []
    position = end
    while len(words) < _WORDS_AFTER:
        match = _WORD.match(text, position)
        if match is None:
            break
        word = match.group(1).casefold()
        position = match.end()
        if word in relative and not words:
            continue  # "yang tewas": the clause says what is counted
        if word in stopwords or word in relative:
            break
        words.append(word)
    return " ".join(words)


_WORDS_AFTER = 2


def _actors(pairs: Sequence[tuple[Article, ArticleAnalysis]]) -> list[Item]:
    people: list[Item] = []
    organisations: list[Item] = []
    seen: set[str] = set()
    for article, analysis in pairs:
        for actor in analysis.actors:  # most salient first
            if actor.name in seen or not actor.mentions:
                continue
            if actor.kind == "person" and len(people) < MAX_PEOPLE:
                people.append(actor_item(article, actor))
            elif actor.kind == "organization" and len(organisations) < MAX_ORGANISATIONS:
                organisations.append(actor_item(article, actor))
            else:
                continue
            seen.add(actor.name)
    return people + organisations


def _conflict_facts(
    pairs: Sequence[tuple[Article, ArticleAnalysis]], conflicts: Iterable[FigureConflict]
) -> list[Item]:
    """Two sources disagree on a figure: say so, citing both."""
    articles = {article.id: article for article, _ in pairs}
    items: list[Item] = []
    for conflict in conflicts:
        fact = conflict_fact(conflict, articles)
        if fact is None:
            log.warning("a conflict cites an article not in the draft: %s", conflict.unit)
        else:
            items.append(fact)
    return items
