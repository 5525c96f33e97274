"""A thin Qt table model over ``Document.articles`` (the Sources list).

The model mirrors the document's article list by replaying the session's change events
on its own list of (immutable) article references, so row counts change exactly between
``begin…``/``end…`` calls as Qt requires. The per-article status ("Analysing…", "12 suggestions") is GUI
state, kept here by article id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from briefing.core.document import ArticleAdded, ArticleRemoved, ArticleReplaced, Change
from briefing.core.model import CREDIBILITY_LABELS, RELIABILITY_LABELS, Article
from briefing.gui.session import ProjectSession

AnyIndex = QModelIndex | QPersistentModelIndex

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SourcesModel(QAbstractTableModel):
    """Columns: title, publisher, date, language, grade, status."""

    TITLE, PUBLISHER, DATE, LANGUAGE, GRADE, STATUS = range(6)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._status: dict[str, str] = {}
        self._rows: list[Article] = list(session.document.articles)
        self._headers = (
            self.tr("Title"),
            self.tr("Publisher"),
            self.tr("Date"),
            self.tr("Lang."),
            self.tr("Grade"),
            self.tr("Status"),
        )
        session.changed.connect(self._on_changed)
        session.project_replaced.connect(self._on_project_replaced)

    # ------------------------------------------------------------------ reading

    def _articles(self) -> list[Article]:
        return self._rows

    def article_at(self, row: int) -> Article | None:
        articles = self._articles()
        return articles[row] if 0 <= row < len(articles) else None

    def row_of(self, article_id: str) -> int:
        for row, article in enumerate(self._articles()):
            if article.id == article_id:
                return row
        return -1

    def status(self, article_id: str) -> str:
        return self._status.get(article_id, "")

    def set_status(self, article_id: str, status: str) -> None:
        self._status[article_id] = status
        row = self.row_of(article_id)
        if row >= 0:
            index = self.index(row, self.STATUS)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self.article_at(index.row())
        if article is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(article, column)
        if role == ARTICLE_ID_ROLE:
            return article.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(article, column)
        return None

    def _display(self, article: Article, column: int) -> str:
        if column == self.TITLE:
            return article.title or self.tr("(untitled)")
        if column == self.PUBLISHER:
            return article.publisher or ""
        if column == self.DATE:
            return article.published.isoformat() if article.published else ""
        if column == self.LANGUAGE:
            return article.language.code or "?"
        if column == self.GRADE:
            return str(article.grade) if article.grade else ""
        if column == self.STATUS:
            return self._status.get(article.id, "")
        return ""

    def _tooltip(self, article: Article, column: int) -> str:
        if column == self.GRADE and article.grade is not None:
            return f"{article.grade}: {RELIABILITY_LABELS[article.grade.reliability]} · {CREDIBILITY_LABELS[article.grade.credibility]}"
        if column == self.LANGUAGE:
            return self.tr("Detected language {code} (confidence {confidence:.0%})").format(
                code=article.language.code or "?", confidence=article.language.confidence
            )
        # the title's tooltip also says what a narrow pane hides (publisher, date)
        byline = " · ".join(
            x for x in (article.publisher, article.published and article.published.isoformat()) if x
        )
        source = article.origin.url or article.origin.file or ""
        return "\n".join(x for x in (article.title, byline, source) if x)

    # ------------------------------------------------------------------ updates

    def _on_changed(self, _operation: object, changes: list[Change]) -> None:
        for change in changes:
            if isinstance(change, ArticleAdded):
                self.beginInsertRows(QModelIndex(), change.index, change.index)
                self._rows.insert(change.index, change.article)
                self.endInsertRows()
            elif isinstance(change, ArticleRemoved):
                self.beginRemoveRows(QModelIndex(), change.index, change.index)
                del self._rows[change.index]
                self.endRemoveRows()
                # the status stays: an undo brings the article back with its analysis
                # (kept by the runner), which is not redone and so reports nothing new
            elif isinstance(change, ArticleReplaced):
                self._rows[change.index] = change.new
                self.dataChanged.emit(
                    self.index(change.index, 0), self.index(change.index, self.columnCount() - 1)
                )

    def _on_project_replaced(self) -> None:
        self.beginResetModel()
        self._status.clear()
        self._rows = list(self._session.document.articles)
        self.endResetModel()
