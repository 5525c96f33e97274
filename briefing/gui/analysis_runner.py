"""Analysis of imported articles in the background, cached per article for the session.

Suggestions are recomputed when a project opens (they are cheap to derive and not part of
the project file), one article at a time, so the Reader and the Suggestions panel fill in
as results arrive.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.gui import pipeline
from briefing.gui.pipeline import SuggestionEntry
from briefing.gui.workers import WorkRunner

log = logging.getLogger(__name__)


class AnalysisRunner(QObject):
    """Requests analyses and keeps their suggestions by article id."""

    analysis_started = Signal(str)
    """``analysis_started(article_id)``."""

    analysis_ready = Signal(str, list)
    """``analysis_ready(article_id, entries)``: the article's suggestions (SuggestionEntry)."""

    analysis_failed = Signal(str, str)
    """``analysis_failed(article_id, message)``."""

    def __init__(self, runner: WorkRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._entries: dict[str, list[SuggestionEntry]] = {}
        self._running: set[str] = set()
        self._generation = 0

    def entries(self, article_id: str) -> list[SuggestionEntry] | None:
        return self._entries.get(article_id)

    def figures_by_article(self) -> dict[str, list[object]]:
        """The figure suggestions of every article analysed so far (for conflicts)."""
        return {
            article_id: [e.payload for e in entries if e.kind == "figure"]
            for article_id, entries in self._entries.items()
        }

    def is_running(self, article_id: str) -> bool:
        return article_id in self._running

    def clear(self) -> None:
        """Forget everything (another project opened); late results are dropped."""
        self._entries.clear()
        self._running.clear()
        self._generation += 1

    def retain(self, article_ids: set[str]) -> None:
        """Keep what is known of these articles only (another project opened). A copy made
        by Save As keeps its articles' ids, and their analyses stay valid; a different
        project shares none. Late results of dropped articles are ignored."""
        self._entries = {k: v for k, v in self._entries.items() if k in article_ids}
        self._running &= article_ids

    def forget(self, article_id: str) -> None:
        self._entries.pop(article_id, None)

    def request(self, article: Article) -> None:
        """Analyse ``article`` unless it is done or under way."""
        if article.id in self._entries or article.id in self._running:
            return
        self._running.add(article.id)
        generation = self._generation
        self.analysis_started.emit(article.id)
        self._runner.submit(
            pipeline.analyze_entries,
            article,
            on_result=lambda entries: self._done(generation, article.id, entries),
            on_error=lambda exc: self._failed(generation, article.id, exc),
            label=f"analyse {article.id}",
            isolated=True,
        )

    def _done(self, generation: int, article_id: str, entries: list[SuggestionEntry]) -> None:
        if generation != self._generation or article_id not in self._running:
            return
        self._running.discard(article_id)
        self._entries[article_id] = entries
        self.analysis_ready.emit(article_id, entries)

    def _failed(self, generation: int, article_id: str, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._running.discard(article_id)
        if isinstance(exc, BriefingError):
            message = str(exc)
        else:
            log.error("analysis of %s failed", article_id, exc_info=exc)
            message = f"{type(exc).__name__}: {exc}"
        self.analysis_failed.emit(article_id, message)
