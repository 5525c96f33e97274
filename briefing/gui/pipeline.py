"""The GUI's bridge to the ingest and analysis layers, imported lazily.

Start-up must stay light, so nothing here imports ``briefing.ingest`` or
``briefing.analysis`` at module level: the functions that run in worker threads import
them on first use. The functions are plain (no Qt) so workers can run them safely.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.model import Article, Item

if TYPE_CHECKING:
    from briefing.analysis.merging import AcceptPlan
    from briefing.analysis.suggestions import ArticleAnalysis
    from briefing.core.document import Document

log = logging.getLogger(__name__)

KEY_FACTS_SHOWN = 8
"""How many top-ranked sentences the Suggestions panel offers as key facts."""

SUGGESTION_KINDS = (
    "conflict",
    "quote",
    "figure",
    "key_fact",
    "outlook",
    "actor",
    "statement",
    "date",
)
"""Kinds of suggestion, in the order the panel and the Reader's legend show them (what an
analyst must notice or takes first comes first). A conflict is a figure of this article
that another article of the project reports differently."""

ITEM_KIND_OF = {
    "quote": "quote",
    "figure": "figure",
    "key_fact": "fact",
    "outlook": "outlook",
    "actor": "actor",
    "statement": "fact",
    "date": "fact",
}
"""The kind of brief item accepting a suggestion of each kind makes: a span cited by an
item of that kind is already in the brief (a conflict fact citing a figure's span does
not make the figure accepted). Conflicts have no entry: one is in the brief when a fact
cites both of its passages (``SuggestionsModel.is_accepted``)."""

COLLAPSED_KINDS = frozenset({"statement", "date"})
"""Kinds the Suggestions panel shows folded at first (long lists, taken less often)."""


@dataclass(frozen=True, slots=True)
class SuggestionEntry:
    """One suggestion as the GUI shows it: a kind, a label, a span, the analysis object."""

    kind: str
    label: str
    detail: str
    start: int
    end: int
    payload: Any
    spans: tuple[tuple[int, int], ...] = ()
    """Every span to highlight (an actor's mentions); defaults to (start, end)."""
    other: str = ""
    """What else tells this entry apart: for a conflict, the other source's passage
    (two sources printing the same figure are two conflicts)."""

    @property
    def key(self) -> tuple[str, int, int, str]:
        label = f"{self.label}\x1f{self.other}" if self.other else self.label
        return (self.kind, self.start, self.end, label)

    def highlight_spans(self) -> tuple[tuple[int, int], ...]:
        return self.spans or ((self.start, self.end),)


# ---------------------------------------------------------------------- import (workers)


def expand_sources(paths: Sequence[Path]) -> list[Path]:
    """Files to import from dropped paths (folders expanded)."""
    from briefing import ingest

    return list(ingest.expand_paths(list(paths)))


def import_file(path: Path) -> Article:
    from briefing import ingest

    return ingest.import_path(Path(path))


def import_url(url: str) -> Article:
    from briefing import ingest

    return ingest.import_url(url)


def import_text(text: str, mime: str) -> Article:
    from briefing import ingest

    return ingest.import_clipboard(text, mime)


def is_url(text: str) -> bool:
    from briefing import ingest

    return bool(ingest.is_url(text.strip()))


def find_duplicate(article: Article, existing: Iterable[Article]) -> Article | None:
    """The article already in the project that ``article`` duplicates, if any."""
    from briefing import ingest

    return ingest.find_duplicate(article, list(existing))


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """An imported article and the id of the project article it duplicates, if any."""

    article: Article
    duplicate_of: str | None = None


def import_checked(
    kind: str, source: str, extra: str, existing: Sequence[Article]
) -> ImportOutcome:
    """Import one source and look for a duplicate among ``existing`` (runs in a process).

    ``kind`` is ``file`` (source = path), ``url`` or ``text`` (source = the text, extra =
    its MIME type). Checking duplicates here keeps ingest out of the GUI process.
    """
    if kind == "file":
        article = import_file(Path(source))
    elif kind == "url":
        article = import_url(source)
    elif kind == "text":
        article = import_text(source, extra)
    else:
        raise ValueError(f"unknown import kind {kind!r}")
    duplicate = find_duplicate(article, existing) if existing else None
    return ImportOutcome(article, duplicate.id if duplicate is not None else None)


# ---------------------------------------------------------------------- analysis (workers)


def analyze(article: Article) -> ArticleAnalysis:
    from briefing.analysis import analyze as run_analysis

    return run_analysis(article)


def analyze_entries(article: Article) -> list[SuggestionEntry]:
    """Analyse ``article`` and flatten the result (a top-level function: runs in a process)."""
    return suggestion_entries(article, analyze(article))


def suggestion_entries(article: Article, analysis: ArticleAnalysis) -> list[SuggestionEntry]:
    """Flatten an analysis into panel entries; plain Python, safe in a worker."""
    text = article.text
    entries: list[SuggestionEntry] = []
    for q in analysis.quotes:
        who = q.speaker or "?"
        role = f", {q.speaker_role}" if q.speaker_role else ""
        entries.append(SuggestionEntry("quote", f"“{q.text}”", f"{who}{role}", q.start, q.end, q))
    for s in analysis.statements:
        entries.append(SuggestionEntry("statement", s.text, s.speaker, s.start, s.end, s))
    for f in analysis.figures:
        hedge = f.qualifier if f.qualifier and f.qualifier not in f.text else ""
        bits = [hedge, f.text]  # (约有3万名士兵 holds its hedge)
        value = _plain_number(f.value)
        detail = " ".join(b for b in (value, f.unit or "", f"— {f.what}" if f.what else "") if b)
        entries.append(
            SuggestionEntry("figure", " ".join(b for b in bits if b), detail, f.start, f.end, f)
        )
    for d in analysis.dates:
        detail = d.value or ""
        entries.append(SuggestionEntry("date", d.text, detail, d.start, d.end, d))
    for a in analysis.actors:
        spans = tuple((m.start, m.end) for m in a.mentions)
        first = spans[0] if spans else (0, 0)
        detail = ", ".join(x for x in (a.kind, a.role or "", f"×{len(spans)}") if x)
        entries.append(SuggestionEntry("actor", a.name, detail, first[0], first[1], a, spans))
    for rank, k in enumerate(analysis.key_sentences[:KEY_FACTS_SHOWN], start=1):
        label = " ".join(text[k.start : k.end].split())
        detail = f"#{rank} · {k.score:.2f}"
        entries.append(SuggestionEntry("key_fact", label, detail, k.start, k.end, k))
    for o in analysis.outlook:
        label = " ".join(text[o.start : o.end].split())
        detail = " · ".join(b for b in (", ".join(o.cues), o.date or "") if b)
        entries.append(SuggestionEntry("outlook", label, detail, o.start, o.end, o))
    return entries


def _plain_number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# ---------------------------------------------------------------------- items (GUI thread)


def warm_up_items() -> None:
    """Import what accepting a suggestion needs, ahead of the first click.

    With import and analysis in worker processes the GUI process would otherwise load
    the analysis package (close to a second) on the GUI thread at the first accept.
    Run in a pool thread: module code releases the GIL often, so the GUI stays live.
    """
    import briefing.analysis  # noqa: F401


def item_for_suggestion(
    article: Article, entry: SuggestionEntry, articles: Sequence[Article] = ()
) -> Item:
    """The brief item for ``entry``; a conflict cites both ``articles`` it involves."""
    if entry.kind == "conflict":
        from briefing.analysis.conflict_facts import conflict_fact

        fact = conflict_fact(entry.payload, {a.id: a for a in (article, *articles)})
        if fact is None:
            raise ValueError("the other source is no longer in the project")
        return fact
    from briefing.analysis import suggestion_to_item

    return suggestion_to_item(article, entry.payload)


def conflict_entries(
    article: Article, articles: Sequence[Article], figures: dict[str, list[Any]]
) -> list[SuggestionEntry]:
    """Conflicts between ``article``'s figures and those of the other ``articles``.

    ``figures`` maps article ids to their figure suggestions (the analyses done so far);
    each conflict is shown on this article's side, naming the other source.
    """
    others = {a.id: a for a in articles if a.id != article.id and a.id in figures}
    if article.id not in figures or not others:
        return []
    from briefing.analysis.conflict_facts import source_name
    from briefing.analysis.conflicts import find_figure_conflicts

    own = [(article.id, f) for f in figures[article.id]]
    conflicts = [
        conflict  # this article against each other one: never the others among themselves
        for other_id in others
        for conflict in find_figure_conflicts([*own, *((other_id, f) for f in figures[other_id])])
    ]
    entries: list[SuggestionEntry] = []
    for conflict in conflicts:
        sides = (conflict.first, conflict.second)
        mine = next((s for s in sides if s.article_id == article.id), None)
        other = next((s for s in sides if s.article_id != article.id), None)
        if mine is None or other is None:
            continue
        label = f"{mine.figure.text} ≠ {other.figure.text}"
        detail = source_name(others[other.article_id])
        if conflict.note:
            detail = f"{detail} · {conflict.note}"
        entries.append(
            SuggestionEntry(
                "conflict",
                label,
                detail,
                mine.figure.start,
                mine.figure.end,
                conflict,
                other=f"{other.article_id}:{other.figure.start}:{other.figure.end}",
            )
        )
    return entries


def item_for_selection(article: Article, start: int, end: int, kind: str) -> Item:
    from briefing.analysis import item_from_selection

    return item_from_selection(article, start, end, kind)


def plan_accept(document: Document, placed: Sequence[tuple[str, Item]]) -> AcceptPlan:
    from briefing.analysis.merging import plan_accept

    return plan_accept(document, placed)


def section_for(item: Item) -> str:
    from briefing.analysis import default_section

    return str(default_section(item))
