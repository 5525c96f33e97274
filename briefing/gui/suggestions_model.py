"""A Qt tree model of one article's suggestions, grouped by kind.

Top-level rows are the kinds (Quotes, Statements, Figures, Dates, Actors, Key facts) with
their counts; their children are the suggestions. A suggestion is *accepted* when an item
in the brief cites its span (read from the document, so undo un-accepts it) and
*rejected* when the analyst dismissed it (kept in the project file, so a reopened project
does not propose it again).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from briefing.core.document import (
    ArticleAdded,
    Change,
    ItemInserted,
    ItemRemoved,
    ItemReplaced,
)
from briefing.core.errors import BriefingError
from briefing.gui.highlight import kind_color, kind_label
from briefing.gui.pipeline import ITEM_KIND_OF, SUGGESTION_KINDS, SuggestionEntry
from briefing.gui.session import ProjectSession

if TYPE_CHECKING:
    from briefing.core.project import Project

AnyIndex = QModelIndex | QPersistentModelIndex

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
"""``"accepted"``, ``"rejected"`` or ``""`` for a suggestion row."""

_GROUP = 0  # internalId of a kind row; a suggestion row's id is its kind row + 1


class SuggestionsModel(QAbstractItemModel):
    """Kinds as top-level rows, suggestions as their children; columns: text, evidence."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._article_id: str | None = None
        self._groups: list[list[SuggestionEntry]] = [[] for _ in SUGGESTION_KINDS]
        self._rejected: dict[str, set[tuple[str, int, int, str]]] = session.project.rejections()
        self._unsaved: dict[tuple[str, tuple[str, int, int, str]], bool] = {}
        """Marks the project file could not take (read-only), by (article id, key)."""
        self._accepted: set[tuple[str, int, int]] = set()
        """(item kind, start, end) of every citation of this article in the brief."""
        self._item_citations: dict[str, set[tuple[str, int, int]]] = {}
        self._accepted_items: dict[tuple[object, ...], tuple[str, tuple[object, ...]]] = {}
        """(article id, suggestion key) → (id of the item holding it, the citations it
        brought): its
        citation may differ from its span (a date becomes the sentence around it), and a
        figure merged into an existing row is accepted only while that row cites it."""
        session.changed.connect(self._on_changed)
        session.project_replaced.connect(self._on_project_replaced)

    # ------------------------------------------------------------------ content

    @property
    def article_id(self) -> str | None:
        return self._article_id

    def set_entries(self, article_id: str | None, entries: Iterable[SuggestionEntry]) -> None:
        self.beginResetModel()
        self._article_id = article_id
        self._groups = [[] for _ in SUGGESTION_KINDS]
        for entry in entries:
            if entry.kind in SUGGESTION_KINDS:
                self._groups[SUGGESTION_KINDS.index(entry.kind)].append(entry)
        self._accepted = self._cited_spans()
        self.endResetModel()

    def entries(self, kind: str | None = None) -> list[SuggestionEntry]:
        if kind is not None:
            return list(self._groups[SUGGESTION_KINDS.index(kind)])
        return [e for group in self._groups for e in group]

    def entry_at(self, index: AnyIndex) -> SuggestionEntry | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return group[index.row()] if 0 <= index.row() < len(group) else None

    def kind_at(self, index: AnyIndex) -> str | None:
        if not index.isValid():
            return None
        group = index.row() if index.internalId() == _GROUP else index.internalId() - 1
        return SUGGESTION_KINDS[group]

    def index_of(self, entry: SuggestionEntry) -> QModelIndex:
        group = SUGGESTION_KINDS.index(entry.kind)
        for row, candidate in enumerate(self._groups[group]):
            if candidate.key == entry.key:
                return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def is_accepted(self, entry: SuggestionEntry) -> bool:
        if entry.kind == "conflict":  # in the brief when one item cites both passages
            sides = [
                (side.article_id, side.figure.start, side.figure.end)
                for side in (entry.payload.first, entry.payload.second)
            ]
            return any(all(s in cited for s in sides) for cited in self._item_citations.values())
        if (ITEM_KIND_OF.get(entry.kind, ""), entry.start, entry.end) in self._accepted:
            return True
        held = self._accepted_items.get((self._article_id, *entry.key))
        if held is None:
            return False
        item_id, citations = held
        if not citations:
            return item_id in self._item_citations
        # still cited by some item (the one it went into, or the one that was merged into)
        return any(all(c in cited for c in citations) for cited in self._item_citations.values())

    def note_accepted(
        self, entry: SuggestionEntry, item_id: str, citations: Iterable[object] = ()
    ) -> None:
        """Remember which item holds ``entry``: it shows as accepted while that item
        exists and still has ``citations`` (``(article_id, start, end)`` triples)."""
        self._accepted_items[(self._article_id, *entry.key)] = (item_id, tuple(citations))

    def is_rejected(self, entry: SuggestionEntry) -> bool:
        return self._article_id is not None and entry.key in self._rejected.get(
            self._article_id, set()
        )

    def set_rejected(self, entry: SuggestionEntry, rejected: bool) -> None:
        """Mark ``entry`` (dis)missed and record it in the project file."""
        self.set_rejected_many([(entry, rejected)])

    def set_rejected_many(self, marks: Sequence[tuple[SuggestionEntry, bool]]) -> None:
        """Mark entries (dis)missed and record them in the project file at once.

        The marks hold for this session even when the file cannot take them (read-only);
        the :class:`BriefingError` saying why is raised after the view is updated.
        """
        article_id = self._article_id
        if article_id is None or not marks:
            return
        keys = self._rejected.setdefault(article_id, set())
        for entry, rejected in marks:
            if rejected:
                keys.add(entry.key)
            else:
                keys.discard(entry.key)
            self._show_state(entry)
            self._unsaved.pop((article_id, entry.key), None)
        try:
            self._session.project.set_rejections(
                article_id, [(entry.key, rejected) for entry, rejected in marks]
            )
        except BriefingError:
            for entry, rejected in marks:  # written to the copy if one is saved
                self._unsaved[(article_id, entry.key)] = rejected
            raise

    def _restore_dismissals(self, article_id: str) -> None:
        """An article back in the project (undo of its removal, which took its dismissals
        from the file): the marks this window still knows go back into the file."""
        keys = self._rejected.get(article_id)
        if not keys:
            return
        try:
            self._session.project.set_rejections(article_id, [(key, True) for key in keys])
        except BriefingError as exc:  # read-only: kept for the session, and a Save As
            log.info("dismissals kept for this session only: %s", exc)
            for key in keys:
                self._unsaved[(article_id, key)] = True

    def carry_unsaved_to(self, project: Project) -> None:
        """Write the marks the file could not take into ``project``: the writable copy a
        read-only window saves as (not any other project that shares an article)."""
        if project.read_only:
            return
        marks: dict[str, list[tuple[tuple[str, int, int, str], bool]]] = {}
        for (article_id, key), rejected in self._unsaved.items():
            marks.setdefault(article_id, []).append((key, rejected))
        known = {a.id for a in project.document.articles}
        for article_id, changes in marks.items():
            if article_id in known:
                try:
                    project.set_rejections(article_id, changes)
                except BriefingError as exc:
                    log.warning("dismissals not saved: %s", exc)
        self._unsaved = {}

    def _show_state(self, entry: SuggestionEntry) -> None:
        index = self.index_of(entry)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(1))

    # ------------------------------------------------------------------ Qt model API

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        if parent.internalId() == _GROUP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(SUGGESTION_KINDS)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (self.tr("Suggestion"), self.tr("Evidence"))[section] if section in (0, 1) else None
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index, role)
        entry = self.entry_at(index)
        if entry is None:
            return None
        return self._entry_data(entry, index.column(), role)

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        kind = SUGGESTION_KINDS[index.row()]
        if role == KIND_ROLE:
            return kind
        if index.column() != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{kind_label(kind)} ({len(self._groups[index.row()])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_color(kind, QApplication.palette(), strong=True)
        return None

    def _entry_data(self, entry: SuggestionEntry, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 1 and entry.kind == "actor":
                return _actor_detail(entry)
            return entry.label if column == 0 else entry.detail
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.label}\n{entry.detail}" if entry.detail else entry.label
        if role == KIND_ROLE:
            return entry.kind
        if role == STATE_ROLE:
            return (
                "accepted"
                if self.is_accepted(entry)
                else "rejected"
                if self.is_rejected(entry)
                else ""
            )
        if role == Qt.ItemDataRole.FontRole and self.is_rejected(entry):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self.is_rejected(entry):
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and self.is_accepted(entry):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        return None

    # ------------------------------------------------------------------ updates

    def _cited_spans(self) -> set[tuple[str, int, int]]:
        items = [item for _, _, item in self._session.document.all_items()]
        self._item_citations = {
            item.id: {(c.article_id, c.start, c.end) for c in item.citations} for item in items
        }
        if self._article_id is None:
            return set()
        return {
            (item.kind, c.start, c.end)
            for item in items
            for c in item.citations
            if c.article_id == self._article_id
        }

    def _on_changed(self, _operation: object, changes: list[Change]) -> None:
        for change in changes:
            if isinstance(change, ArticleAdded):
                self._restore_dismissals(change.article.id)
        if not any(isinstance(c, ItemInserted | ItemRemoved | ItemReplaced) for c in changes):
            return
        self._accepted = self._cited_spans()
        for group, entries in enumerate(self._groups):
            if entries:
                parent = self.index(group, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(entries) - 1, 1, parent)
                )

    def _on_project_replaced(self) -> None:
        # marks are by article id: a Save As copy keeps its articles and their marks
        kept = {a.id for a in self._session.document.articles}
        project = self._session.project
        self._unsaved = {}  # carried into a Save As copy before this (carry_unsaved_to)
        self._rejected = project.rejections()
        self._accepted_items = {k: v for k, v in self._accepted_items.items() if k[0] in kept}
        self.set_entries(None, [])


class SuggestionFilter(QSortFilterProxyModel):
    """Filters suggestions by text and kind; a kind row shows while any child matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._hide_rejected = False
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_hide_rejected(self, hide: bool) -> None:
        self.beginFilterChange()
        self._hide_rejected = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        pattern = self.filterRegularExpression().pattern()
        if self._kind is None and not self._hide_rejected and not pattern:
            return True  # nothing filtered: no per-row calls (thousands in a long report)
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        kind = model.data(index, KIND_ROLE)
        if self._kind is not None and kind != self._kind:
            return False
        rejected = model.data(index, STATE_ROLE) == "rejected"
        if source_parent.isValid() and self._hide_rejected and rejected:
            return False
        if not source_parent.isValid() and not pattern:
            return True
        return super().filterAcceptsRow(source_row, source_parent)

    def filtering(self) -> bool:
        return bool(self._kind or self._hide_rejected or self.filterRegularExpression().pattern())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A kind row counts what the filter shows: "Quotes (2/8)" while 2 of 8 match."""
        if (
            role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and index.column() == 0
            and not index.parent().isValid()
            and self.filtering()
        ):
            source = self.mapToSource(index)
            shown, total = self.rowCount(index), self.sourceModel().rowCount(source)
            if shown != total:
                kind = self.sourceModel().data(source, KIND_ROLE)
                return f"{kind_label(kind)} ({shown}/{total})"
        return super().data(index, role)


_ACTOR_KINDS = {
    "person": "Person",
    "organization": "Organisation",
    "place": "Place or country",
    "other": "Other",
}
"""Analysis kind → the brief editor's word for it (translated in its context)."""


def _actor_detail(entry: SuggestionEntry) -> str:
    """ "Tempat, ×19" in an Indonesian window: the kind in the UI's language."""
    actor = entry.payload
    kind = _ACTOR_KINDS.get(str(getattr(actor, "kind", "")))
    if kind is None:
        return entry.detail
    parts = [
        QCoreApplication.translate("ItemEditor", kind),
        getattr(actor, "role", None) or "",
        f"×{len(entry.spans)}" if entry.spans else "",
    ]
    return ", ".join(p for p in parts if p)
