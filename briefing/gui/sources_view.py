"""The Sources pane: the imported articles as a table, with grading and removal.

Grading uses the Admiralty code (reliability A–F, credibility 1–6); choosing one half
keeps the other, starting from "cannot be judged" (F, 6). Each change is a core
``SetGrade`` through the session, so it is undoable and saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.model import (
    CREDIBILITY_LABELS,
    RELIABILITY_CODES,
    RELIABILITY_LABELS,
    SourceGrade,
)
from briefing.core.operations import SetGrade
from briefing.gui.session import ProjectSession
from briefing.gui.sources_model import SourcesModel

MIN_TITLE_WIDTH = 140
FOLDING_COLUMNS = (SourcesModel.PUBLISHER, SourcesModel.DATE, SourcesModel.GRADE)
"""Columns a narrow pane hides, the first first."""


class SourcesView(QWidget):
    """Title, the sources table and its context menu."""

    article_selected = Signal(object)
    """``article_selected(article_id or None)``: the current row changed."""

    def __init__(
        self,
        session: ProjectSession,
        remove_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._remove_action = remove_action
        self.model = SourcesModel(session, self)
        self.table = QTableView(self)
        table = self.table
        table.setObjectName("sources")
        table.setAccessibleName(self.tr("Sources"))
        table.setToolTip(self.tr("Imported articles; select one to read it"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SourcesModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in (
            (SourcesModel.PUBLISHER, 80),
            (SourcesModel.DATE, 78),
            (SourcesModel.LANGUAGE, 40),
            (SourcesModel.GRADE, 44),
            (SourcesModel.STATUS, 104),
        ):
            table.setColumnWidth(column, width)
        table.addAction(remove_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        title = QLabel(self.tr("<b>Sources</b>"), self)
        title.setBuddy(table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(table, 1)
        self._column_widths = {column: table.columnWidth(column) for column in FOLDING_COLUMNS}
        # the table, not its viewport: the first viewport() call costs ~15 ms of start-up
        table.installEventFilter(self)
        # rows coming or going can bring or take away the vertical scroll bar
        self.model.rowsInserted.connect(lambda *_: self._fit_columns())
        self.model.rowsRemoved.connect(lambda *_: self._fit_columns())

    # ------------------------------------------------------------------ narrow panes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Keep the title readable in a narrow pane (a laptop screen): hide publisher,
        then date, then grade, while the title would get less than ``MIN_TITLE_WIDTH``.
        The title's tooltip still names the publisher and date."""
        header = self.table.horizontalHeader()
        available = self.table.maximumViewportSize().width()  # inside the frame
        header_rows = self.table.verticalHeader()
        if header_rows.length() > self.table.maximumViewportSize().height():
            available -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        fixed = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c != SourcesModel.TITLE and c not in FOLDING_COLUMNS
        )
        for position, column in enumerate(FOLDING_COLUMNS):
            # shown only if it and the columns that fold after it still leave the title room
            kept = sum(self._column_widths[c] for c in FOLDING_COLUMNS[position:])
            hide = available - fixed - kept < MIN_TITLE_WIDTH
            if header.isSectionHidden(column) != hide:
                header.setSectionHidden(column, hide)
                if not hide:
                    self.table.setColumnWidth(column, self._column_widths[column])

    def current_article_id(self) -> str | None:
        article = self.model.article_at(self.table.currentIndex().row())
        return article.id if article else None

    def select_article(self, article_id: str) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def set_grade(self, article_id: str, reliability: str | None, credibility: int | None) -> None:
        """Set one or both halves of the grade (None keeps the current half)."""
        article = self._session.document.find_article(article_id)
        if article is None or self._session.read_only:
            return
        current = article.grade or SourceGrade("F", 6)
        grade = SourceGrade(reliability or current.reliability, credibility or current.credibility)
        if grade != article.grade:
            self._session.apply(SetGrade(article_id, grade))

    def clear_grade(self, article_id: str) -> None:
        article = self._session.document.find_article(article_id)
        if article is not None and article.grade is not None and not self._session.read_only:
            self._session.apply(SetGrade(article_id, None))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article = self.model.article_at(current.row()) if current.isValid() else None
        self.article_selected.emit(article.id if article else None)

    def grade_menu(self, article_id: str, parent: QWidget) -> QMenu:
        """The "Grade source" menu for ``article_id`` (also used by tests)."""
        article = self._session.document.find_article(article_id)
        grade = article.grade if article else None
        menu = QMenu(self.tr("&Grade Source"), parent)
        menu.setEnabled(not self._session.read_only)
        reliability = menu.addMenu(self.tr("&Reliability"))
        for code in RELIABILITY_CODES:
            action = reliability.addAction(f"{code} — {RELIABILITY_LABELS[code]}")
            action.setCheckable(True)
            action.setChecked(grade is not None and grade.reliability == code)
            action.triggered.connect(lambda _c=False, c=code: self.set_grade(article_id, c, None))
        credibility = menu.addMenu(self.tr("&Credibility"))
        for number, label in CREDIBILITY_LABELS.items():
            action = credibility.addAction(f"{number} — {label}")
            action.setCheckable(True)
            action.setChecked(grade is not None and grade.credibility == number)
            action.triggered.connect(lambda _c=False, n=number: self.set_grade(article_id, None, n))
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Grade"))
        clear.setEnabled(grade is not None)
        clear.triggered.connect(lambda: self.clear_grade(article_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        article = self.model.article_at(index.row()) if index.isValid() else None
        if article is None:
            return
        menu = QMenu(self)
        menu.addMenu(self.grade_menu(article.id, menu))
        menu.addSeparator()
        menu.addAction(self._remove_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
