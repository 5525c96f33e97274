"""The import flow: dropped or pasted files, folders, URLs and text become articles.

Every source is read in a worker (``briefing.ingest`` via :mod:`briefing.gui.pipeline`);
back on the GUI thread each article is checked for a duplicate in the project and added
with a core ``AddArticle`` through the session. Each source yields one
:class:`ImportResult` so the user sees what happened to every file, failures with their
message, without one bad file stopping the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal

from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.core.operations import AddArticle, Batch
from briefing.gui import pipeline
from briefing.gui.session import ProjectSession
from briefing.gui.workers import WorkRunner

log = logging.getLogger(__name__)

ResultStatus = Literal["imported", "duplicate", "failed"]

COALESCE_MS = 40
"""Articles read within this many milliseconds of each other are added together."""


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What happened to one dropped source."""

    source: str
    status: ResultStatus
    message: str = ""
    article_id: str | None = None


@dataclass
class _Batch:
    total: int = 0
    done: int = 0
    results: list[ImportResult] = field(default_factory=list)


def looks_like_url(text: str) -> bool:
    """A single http(s) link (checked here so the GUI thread never loads ingest for it)."""
    text = text.strip()
    return text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text)


def _duplicate_in(
    articles: Sequence[Article], article: Article, reported: str | None
) -> Article | None:
    """The duplicate the worker reported (if still there), or an article with the same
    content hash — which also catches a copy imported while this one was being read."""
    for other in articles:
        if other.id == reported or (
            article.origin.sha256 and other.origin.sha256 == article.origin.sha256
        ):
            return other
    return None


class ImportController(QObject):
    """Runs imports in the background and reports per source."""

    batch_started = Signal()
    """``batch_started()``: an import began while none was running."""

    progress = Signal(int, int)
    """``progress(done, total)``: sources finished so far in the running import."""

    result_ready = Signal(object)
    """``result_ready(result)``: one source finished (an :class:`ImportResult`)."""

    batch_finished = Signal(list)
    """``batch_finished(results)``: every source of the running import finished."""

    article_imported = Signal(str)
    """``article_imported(article_id)``: an article was added to the project."""

    def __init__(
        self, session: ProjectSession, runner: WorkRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._batch: _Batch | None = None
        self._expanding = 0
        self._generation = 0
        self._queued: list[tuple[str, Article]] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(COALESCE_MS)
        self._flush_timer.timeout.connect(self._flush)
        session.project_replaced.connect(self._on_project_replaced)

    @property
    def busy(self) -> bool:
        return self._batch is not None

    # ------------------------------------------------------------------ entry points

    def import_mime(self, mime: QMimeData) -> bool:
        """Import what a drop or the clipboard holds; False when it holds nothing usable."""
        paths: list[Path] = []
        urls: list[str] = []
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile():
                paths.append(Path(url.toLocalFile()))
            elif url.scheme() in ("http", "https"):
                urls.append(url.toString())
        if paths or urls:
            if paths:
                self.import_paths(paths)
            for link in urls:
                self.import_url(link)
            return True
        text = mime.text() if mime.hasText() else ""
        if looks_like_url(text):
            self.import_url(text.strip())
            return True
        if mime.hasHtml() and mime.html().strip():
            self.import_text(mime.html(), "text/html")
            return True
        if text.strip():
            self.import_text(text, "text/plain")
            return True
        return False

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files and folders (expanded in a worker)."""
        if not paths:
            return
        self._begin(0)
        self._expanding += 1
        given = [Path(p) for p in paths]
        generation = self._generation
        self._runner.submit(
            pipeline.expand_sources,
            given,
            on_result=lambda files: self._queue_files(list(files), generation),
            on_error=lambda exc: self._expansion_failed(given, exc),
            label="expand dropped paths",
            isolated=True,
        )

    def import_url(self, url: str) -> None:
        self._begin(1)
        self._submit(url, "url", url)

    def import_text(self, text: str, mime: str, label: str = "") -> None:
        self._begin(1)
        name = label or self.tr("Pasted text")
        self._submit(name, "text", text, mime)

    # ------------------------------------------------------------------ internals

    def _begin(self, sources: int) -> None:
        if self._batch is None:
            self._batch = _Batch()
            self.batch_started.emit()
        self._batch.total += sources
        self.progress.emit(self._batch.done, self._batch.total)

    def _queue_files(self, files: list[Path], generation: int) -> None:
        self._expanding -= 1
        assert self._batch is not None
        self._batch.total += len(files)
        if not files:
            self._batch.total += 1  # the message below counts as one finished source
            self._finish_one(ImportResult("", "failed", self.tr("No files to import were found")))
            return
        for path in files:
            self._submit(str(path), "file", str(path), generation=generation)
        self.progress.emit(self._batch.done, self._batch.total)
        self._maybe_finish()

    def _expansion_failed(self, paths: list[Path], exc: BaseException) -> None:
        self._expanding -= 1
        if not isinstance(exc, BriefingError | OSError):
            raise exc
        assert self._batch is not None
        self._batch.total += 1
        self._finish_one(ImportResult(", ".join(p.name for p in paths), "failed", str(exc)))

    def _on_project_replaced(self) -> None:
        # Sources still being read belong to the project that was open when dropped.
        self._generation += 1
        queued, self._queued = self._queued, []
        message = self.tr("Not added: another project was opened during the import")
        for source, _article in queued:
            self._finish_one(ImportResult(source, "failed", message))

    def _submit(
        self, source: str, kind: str, payload: str, extra: str = "", generation: int | None = None
    ) -> None:
        # Importing reads and parses in C libraries that hold the GIL: isolated.
        existing = self._session.document.articles
        generation = self._generation if generation is None else generation
        self._runner.submit(
            pipeline.import_checked,
            kind,
            payload,
            extra,
            existing,
            on_result=lambda outcome: self._imported(source, outcome, generation),
            on_error=lambda exc: self._failed(source, exc),
            label=f"import {source}",
            isolated=True,
        )

    def _imported(self, source: str, outcome: pipeline.ImportOutcome, generation: int) -> None:
        article = outcome.article
        if generation != self._generation:
            message = self.tr("Not added: another project was opened during the import")
            self._finish_one(ImportResult(source, "failed", message))
            return
        if self._session.read_only:
            self._finish_one(
                ImportResult(source, "failed", self.tr("The project is open read-only"))
            )
            return
        known = [*self._session.document.articles, *(a for _, a in self._queued)]
        duplicate = _duplicate_in(known, article, outcome.duplicate_of)
        if duplicate is not None:
            message = self.tr("Already in the project as “{title}”").format(
                title=duplicate.title or duplicate.id
            )
            self._finish_one(ImportResult(source, "duplicate", message, duplicate.id))
            return
        # Articles arriving close together are added in one transaction (one disk sync
        # on the GUI thread instead of one per article) and one undo step.
        self._queued.append((source, article))
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Add the articles waiting for the coalescing timer now (closing, switching)."""
        self._flush_timer.stop()
        self._flush()

    def _flush(self) -> None:
        queued, self._queued = self._queued, []
        if not queued:
            return
        operations = tuple(AddArticle(article) for _, article in queued)
        label = self.tr("Import {0} articles").format(len(operations))
        try:
            self._session.apply(operations[0] if len(operations) == 1 else Batch(operations, label))
        except BriefingError as exc:
            for source, _article in queued:
                self._finish_one(ImportResult(source, "failed", str(exc)))
            return
        for source, article in queued:
            self._finish_one(ImportResult(source, "imported", article.title, article.id))
            self.article_imported.emit(article.id)

    def _failed(self, source: str, exc: BaseException) -> None:
        if not isinstance(exc, BriefingError | OSError):
            log.error("import of %s failed unexpectedly", source, exc_info=exc)
            message = self.tr("Unexpected error: {0}").format(exc)
        else:
            message = str(exc)
        self._finish_one(ImportResult(source, "failed", message))

    def _finish_one(self, result: ImportResult) -> None:
        batch = self._batch
        assert batch is not None
        batch.done += 1
        batch.results.append(result)
        self.result_ready.emit(result)
        self.progress.emit(batch.done, batch.total)
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        batch = self._batch
        if batch is None or self._expanding or batch.done < batch.total:
            return
        self._batch = None
        self.batch_finished.emit(batch.results)
