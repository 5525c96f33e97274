"""What the user sees while importing: a progress bar, the per-source results, a summary.

The result list lives in a dock made on first use (start-up stays light) and opens by
itself when a source failed or was a duplicate, so problems are never missed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QProgressBar

from briefing.gui.importer import ImportController, ImportResult

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from briefing.gui.import_panel import ImportResultsPanel


class ImportFeedback(QObject):
    """Connects an :class:`ImportController` to the window's status bar and result dock."""

    def __init__(
        self,
        window: QMainWindow,
        importer: ImportController,
        toggle: QAction,
        open_article: Callable[[str], None],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._toggle = toggle
        self._open_article = open_article
        self._show_message = show_message
        self._panel: ImportResultsPanel | None = None
        self._dock: QDockWidget | None = None
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(180)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress)
        toggle.toggled.connect(lambda on: self.dock.setVisible(on))
        importer.batch_started.connect(self._started)
        importer.progress.connect(self._progressed)
        importer.result_ready.connect(self._result)
        importer.batch_finished.connect(self._finished)

    @property
    def panel(self) -> ImportResultsPanel:
        if self._panel is None:
            from PySide6.QtWidgets import QDockWidget  # made on first use, like the panel

            from briefing.gui.import_panel import ImportResultsPanel

            window = self._window
            panel = ImportResultsPanel(window)
            dock = QDockWidget(self.tr("Import results"), window)
            dock.setObjectName("importDock")
            dock.setWidget(panel)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetMovable
            )
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            window.resizeDocks([dock], [170], Qt.Orientation.Vertical)
            dock.setVisible(False)
            dock.visibilityChanged.connect(self._toggle.setChecked)
            panel.article_activated.connect(self._open_article)
            self._panel, self._dock = panel, dock
        return self._panel

    @property
    def dock(self) -> QDockWidget:
        self.panel  # noqa: B018 - makes the dock
        assert self._dock is not None
        return self._dock

    def _started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.panel.start()
        self._show_message(self.tr("Importing…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.panel.set_progress(done, total)

    def _result(self, result: ImportResult) -> None:
        self.panel.add_result(result)
        if result.status != "imported":
            self.dock.setVisible(True)

    def _finished(self, results: list[ImportResult]) -> None:
        self.progress.setVisible(False)
        self.panel.finish()
        counts = {
            s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "failed")
        }
        self._show_message(
            self.tr(
                "Import finished — imported: {imported}, duplicates: {duplicate}, failed: {failed}"
            ).format(**counts)
        )
