"""The per-source result list of imports: what was imported, what was a duplicate, what failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.gui.importer import ImportResult


class ImportResultsPanel(QWidget):
    """A list of :class:`ImportResult` rows with a summary line and a progress bar."""

    article_activated = Signal(str)
    """``article_activated(article_id)``: the user opened an imported (or duplicate) row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.summary = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Clear the list of import results"))
        self.clear_button.clicked.connect(self.clear)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Import results"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Source"), self.tr("Result"), self.tr("Details")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.list.header().setStretchLastSection(True)
        self.list.setColumnWidth(0, 280)
        self.list.setColumnWidth(1, 100)
        self.list.itemActivated.connect(self._on_activated)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self._counts = {"imported": 0, "duplicate": 0, "failed": 0}
        self._update_summary()

    def start(self) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m"))

    def finish(self) -> None:
        self.progress.setVisible(False)

    def add_result(self, result: ImportResult) -> None:
        labels = {
            "imported": self.tr("Imported"),
            "duplicate": self.tr("Duplicate"),
            "failed": self.tr("Failed"),
        }
        icons = {
            "imported": QStyle.StandardPixmap.SP_DialogApplyButton,
            "duplicate": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "failed": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        name = result.source.rsplit("/", 1)[-1] or result.source
        row = QTreeWidgetItem([name, labels[result.status], result.message])
        row.setToolTip(0, result.source)
        row.setToolTip(2, result.message)
        row.setIcon(1, self.style().standardIcon(icons[result.status]))
        row.setData(0, Qt.ItemDataRole.UserRole, result.article_id)
        row.setData(1, Qt.ItemDataRole.UserRole, result.status)
        self.list.addTopLevelItem(row)
        self.list.scrollToItem(row)
        self._counts[result.status] += 1
        self._update_summary()

    def results(self) -> list[tuple[str, str, str]]:
        """(source, status, message) of every row, for tests and accessibility."""
        rows = []
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            assert row is not None
            rows.append((row.toolTip(0), str(row.data(1, Qt.ItemDataRole.UserRole)), row.text(2)))
        return rows

    def clear(self) -> None:
        self.list.clear()
        self._counts = dict.fromkeys(self._counts, 0)
        self._update_summary()

    def _update_summary(self) -> None:
        c = self._counts
        if not any(c.values()):
            self.summary.setText(self.tr("Drop files, folders, links or text to import them."))
            return
        self.summary.setText(
            self.tr("Imported: {imported} · Duplicates: {duplicate} · Failed: {failed}").format(**c)
        )

    def _on_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        article_id = row.data(0, Qt.ItemDataRole.UserRole)
        if article_id:
            self.article_activated.emit(str(article_id))
