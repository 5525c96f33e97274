"""Conflicts between the project's sources, kept per article and computed off the GUI thread.

A conflict needs every analysed article's figures, so it goes stale whenever an analysis
arrives or a source comes or goes. The tracker keeps the last result for each article
(shown until a fresh one replaces it), recomputes the shown article's once a burst of
changes is over, and tells the window only when that article's conflicts really differ:
the Suggestions panel keeps its selection while a project is being analysed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from briefing.core.model import Article
from briefing.gui import pipeline
from briefing.gui.analysis_runner import AnalysisRunner
from briefing.gui.pipeline import SuggestionEntry
from briefing.gui.workers import WorkRunner

log = logging.getLogger(__name__)

DELAY_MS = 150
"""Conflicts are recomputed once changes stop arriving for this long."""


class ConflictTracker(QObject):
    """The conflicts of each article with the others (see the module docstring)."""

    changed = Signal(str)
    """``changed(article_id)``: that article's conflicts differ from the last ones."""

    def __init__(
        self,
        runner: WorkRunner,
        analysis: AnalysisRunner,
        articles: Callable[[], tuple[Article, ...]],
        current: Callable[[], Article | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._analysis = analysis
        self._articles = articles
        self._current = current
        self._entries: dict[str, list[SuggestionEntry]] = {}
        """The last conflicts computed, by article id."""
        self._fresh: set[str] = set()
        self._requested: set[str] = set()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._refresh)

    def entries(self, article: Article) -> list[SuggestionEntry]:
        """The last conflicts of ``article``; fresh ones are asked for when these are stale."""
        if article.id not in self._fresh:
            self._request(article)
        return self._entries.get(article.id, [])

    def invalidate(self) -> None:
        """Figures came or went: every article's conflicts may change."""
        self._generation += 1
        self._fresh.clear()
        self._requested.clear()
        self._timer.start()

    def reset(self) -> None:
        """Another project: nothing computed for the last one applies."""
        self._generation += 1
        self._entries.clear()
        self._fresh.clear()
        self._requested.clear()

    def _refresh(self) -> None:
        article = self._current()
        if article is not None and article.id not in self._fresh:
            self._request(article)

    def _request(self, article: Article) -> None:
        """Compare ``article``'s figures with the other articles' in a pool thread (it
        loads part of the analysis package; the GUI thread must not wait for that)."""
        figures = self._analysis.figures_by_article()
        if article.id not in figures or len(figures) < 2:
            self._ready(self._generation, article.id, [])  # nothing to compare (yet)
            return
        if article.id in self._requested:
            return
        self._requested.add(article.id)
        generation = self._generation

        def failed(exc: BaseException) -> None:
            log.warning("conflicts of %s not computed: %s", article.id, exc)
            if generation == self._generation:
                self._requested.discard(article.id)  # asked again when next shown

        self._runner.submit(
            pipeline.conflict_entries,
            article,
            self._articles(),
            figures,
            on_result=lambda entries: self._ready(generation, article.id, entries),
            on_error=failed,
            label=f"conflicts {article.id}",
        )

    def _ready(self, generation: int, article_id: str, entries: list[SuggestionEntry]) -> None:
        if generation != self._generation:
            return  # figures came or went since: a newer request is under way
        before = [(e.key, e.detail) for e in self._entries.get(article_id, [])]
        self._entries[article_id] = entries
        self._fresh.add(article_id)
        if [(e.key, e.detail) for e in entries] != before:
            self.changed.emit(article_id)
