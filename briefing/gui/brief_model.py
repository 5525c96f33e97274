"""The brief as a Qt item model: sections are top-level rows, their items are children.

The model is a thin view over :class:`~briefing.core.document.Document`. It keeps only
the *structure* the views have seen (which item sits at which row, as the immutable item
values the document itself holds) so that Qt's begin/end notifications can be replayed
event by event from :attr:`ProjectSession.changed` — a move arrives as "removed here,
inserted there" after the document has already changed, and Qt needs the rows as they
were between the two. Everything a view shows is read from those core values.

Gestures become core operations: a drag between rows is a batch of ``MoveItem`` (one
undo step); a drop of a Reader selection becomes an ``InsertItem`` with a citation.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from briefing.core.document import (
    ArticleAdded,
    ArticleRemoved,
    ArticleReplaced,
    Change,
    Document,
    ItemInserted,
    ItemRemoved,
    ItemReplaced,
)
from briefing.core.errors import BriefingError
from briefing.core.model import SECTION_ITEM_KINDS, SECTION_KEYS, Article, Item, Quote
from briefing.core.operations import Batch, InsertItem, MoveItem, Operation
from briefing.gui.mime import SELECTION_MIME, decode_selection
from briefing.gui.session import ProjectSession

__all__ = ["ITEMS_MIME", "SELECTION_MIME", "BriefTreeModel", "plan_moves"]

log = logging.getLogger(__name__)

ITEMS_MIME = "application/x-briefing-items"
"""Our own drag payload: JSON list of item ids, in brief order."""


ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SectionRole = Qt.ItemDataRole.UserRole + 3
StaleRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Views ask for flags of every row after each change: combine the enums once.
_SECTION_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
)
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)

SECTION_LABELS = {
    "summary": QT_TRANSLATE_NOOP("BriefModel", "Summary (BLUF)"),
    "situation": QT_TRANSLATE_NOOP("BriefModel", "Situation"),
    "actors": QT_TRANSLATE_NOOP("BriefModel", "Actors"),
    "figures": QT_TRANSLATE_NOOP("BriefModel", "Figures"),
    "outlook": QT_TRANSLATE_NOOP("BriefModel", "Outlook"),
}
KIND_LABELS = {
    "fact": QT_TRANSLATE_NOOP("BriefModel", "Fact"),
    "quote": QT_TRANSLATE_NOOP("BriefModel", "Quote"),
    "figure": QT_TRANSLATE_NOOP("BriefModel", "Figure"),
    "actor": QT_TRANSLATE_NOOP("BriefModel", "Actor"),
    "outlook": QT_TRANSLATE_NOOP("BriefModel", "Outlook"),
}


def section_label(key: str) -> str:
    return QCoreApplication.translate("BriefModel", str(SECTION_LABELS.get(key, key)))


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("BriefModel", str(KIND_LABELS.get(kind, kind)))


def item_is_stale(document: Document, item: Item) -> bool:
    """True when a citation's article is gone or its text no longer matches."""
    return document.is_stale(item)


def item_from_selection(article: Article, start: int, end: int, kind: str) -> Item:
    """A new item of ``kind`` citing ``article.text[start:end]`` (speaker, value… filled in
    by the analysis layer). Imported on first use: analysis is not needed to open a window.
    """
    from briefing.analysis import item_from_selection as analysed

    item: Item = analysed(article, start, end, kind)
    return item


def plan_moves(
    document: Document, item_ids: Sequence[str], section: str, row: int
) -> list[MoveItem]:
    """The ``MoveItem`` operations that put ``item_ids`` (in order) before ``row`` of ``section``.

    ``row`` counts rows as they are before the move (-1 = at the end). Moves that leave an
    item where it is are left out, so a drop onto itself is no change at all.
    """
    layout = {key: [item.id for item in items] for key, items in document.sections.items()}
    moving = [item_id for item_id in item_ids if any(item_id in ids for ids in layout.values())]
    target = layout[section]
    row = len(target) if row < 0 or row > len(target) else row
    anchor = next((item_id for item_id in target[row:] if item_id not in moving), None)
    moves: list[MoveItem] = []
    for item_id in moving:
        old_section = next(key for key, ids in layout.items() if item_id in ids)
        old_index = layout[old_section].index(item_id)
        layout[old_section].remove(item_id)
        index = target.index(anchor) if anchor is not None else len(target)
        target.insert(index, item_id)
        if (old_section, old_index) != (section, index):
            moves.append(MoveItem(item_id, section, index))
    return moves


class BriefTreeModel(QAbstractItemModel):
    """Sections (top level, in :data:`SECTION_KEYS` order) and their items (children)."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: dict[str, list[Item]] = {}
        self._load()
        session.changed.connect(self._on_changed)
        session.project_replaced.connect(self._on_project_replaced)

    # ------------------------------------------------------------------ structure

    @property
    def session(self) -> ProjectSession:
        return self._session

    def _load(self) -> None:
        sections = self._session.document.sections
        self._rows = {key: list(sections.get(key, ())) for key in SECTION_KEYS}

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(SECTION_KEYS):
                return self.createIndex(row, 0, 0)
            return QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        key = SECTION_KEYS[parent.row()]
        if row < len(self._rows[key]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(SECTION_KEYS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[SECTION_KEYS[parent.row()]])
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: _Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    # ------------------------------------------------------------------ lookups

    def section_index(self, key: str) -> QModelIndex:
        return self.index(SECTION_KEYS.index(key), 0)

    def index_of_item(self, item_id: str) -> QModelIndex:
        for section_row, key in enumerate(SECTION_KEYS):
            for row, item in enumerate(self._rows[key]):
                if item.id == item_id:
                    return self.createIndex(row, 0, section_row + 1)
        return QModelIndex()

    def item_at(self, index: _Index) -> Item | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        items = self._rows[SECTION_KEYS[index.internalId() - 1]]
        return items[index.row()] if index.row() < len(items) else None

    def section_at(self, index: _Index) -> str | None:
        """The section key of a section row or of an item row."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return SECTION_KEYS[index.row()]
        return SECTION_KEYS[index.internalId() - 1]

    # ------------------------------------------------------------------ data

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _SECTION_FLAGS if index.internalId() == 0 else _ITEM_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value: Any = None
        if index.isValid() and index.internalId() == 0:
            value = self._section_data(SECTION_KEYS[index.row()], role)
        elif index.isValid() and (item := self.item_at(index)) is not None:
            value = self._item_data(item, index, role)
        return value

    def _section_data(self, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            count = len(self._rows[key])
            return f"{section_label(key)}  ({count})" if count else section_label(key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return section_label(key)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            kinds = ", ".join(kind_label(kind) for kind in SECTION_ITEM_KINDS[key])
            return QCoreApplication.translate("BriefModel", "Takes: %1").replace("%1", kinds)
        if role == SectionRole:
            return key
        return None

    def _item_data(self, item: Item, index: _Index, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            headline = " ".join(item.headline.split()) or QCoreApplication.translate(
                "BriefModel", "(empty)"
            )
            section = SECTION_KEYS[index.internalId() - 1]
            if role == Qt.ItemDataRole.DisplayRole and len(SECTION_ITEM_KINDS[section]) == 1:
                return headline  # the section already says what kind it holds
            return f"{kind_label(item.kind)}: {headline}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = item.headline
            if self._stale(item):
                tip += "\n\n" + QCoreApplication.translate(
                    "BriefModel", "⚠ The source text no longer matches this item's citation."
                )
            elif item.citations:
                tip += "\n\n" + QCoreApplication.translate(
                    "BriefModel", "Double-click or press Enter to show the source passage."
                )
            if _unattributed(item):
                tip += "\n\n" + QCoreApplication.translate(
                    "BriefModel",
                    "? No speaker: the exported brief will say the speaker is not identified.",
                )
            return tip
        if role == Qt.ItemDataRole.DecorationRole and self._stale(item):
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.DecorationRole and _unattributed(item):
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
        if role == Qt.ItemDataRole.ForegroundRole and not item.headline.strip():
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == ItemIdRole:
            return item.id
        if role == KindRole:
            return item.kind
        if role == SectionRole:
            return SECTION_KEYS[index.internalId() - 1]
        if role == StaleRole:
            return self._stale(item)
        return None

    def _stale(self, item: Item) -> bool:
        return item_is_stale(self._session.document, item)

    # ------------------------------------------------------------------ change events

    def _on_project_replaced(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_changed(self, _operation: Operation, changes: list[Change]) -> None:
        articles_changed = False
        for change in changes:
            if isinstance(change, ItemInserted):
                self._insert(change.section, change.index, change.item)
            elif isinstance(change, ItemRemoved):
                self._remove(change.section, change.index)
            elif isinstance(change, ItemReplaced):
                self._replace(change.section, change.index, change.new)
            elif isinstance(change, ArticleAdded | ArticleRemoved | ArticleReplaced):
                articles_changed = True
        if articles_changed:
            self._refresh_all_items()
        self._check_in_step()

    def _insert(self, key: str, row: int, item: Item) -> None:
        parent = self.section_index(key)
        self.beginInsertRows(parent, row, row)
        self._rows[key].insert(row, item)
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)

    def _remove(self, key: str, row: int) -> None:
        parent = self.section_index(key)
        self.beginRemoveRows(parent, row, row)
        del self._rows[key][row]
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)

    def _replace(self, key: str, row: int, item: Item) -> None:
        self._rows[key][row] = item
        index = self.index(row, 0, self.section_index(key))
        self.dataChanged.emit(index, index)

    def _refresh_all_items(self) -> None:
        """Articles changed: any item's stale flag may have changed."""
        for key in SECTION_KEYS:
            count = len(self._rows[key])
            if count:
                parent = self.section_index(key)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))

    def _check_in_step(self) -> None:
        """Guard against a missed event: if our rows differ from the document, reset."""
        sections = self._session.document.sections
        for key in SECTION_KEYS:
            if [i.id for i in self._rows[key]] != [i.id for i in sections.get(key, ())]:
                log.error("brief model out of step with the document in %s; resetting", key)
                self._on_project_replaced()
                return

    # ------------------------------------------------------------------ drag and drop

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME, SELECTION_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        items = [self.item_at(index) for index in indexes]
        ids = {item.id for item in items if item is not None}
        ordered = [i.id for _, _, i in self._session.document.all_items() if i.id in ids]
        mime = QMimeData()
        mime.setData(ITEMS_MIME, json.dumps(ordered).encode("utf-8"))
        # Other applications get the items' text.
        document = self._session.document
        mime.setText("\n".join(document.item(item_id).headline for item_id in ordered))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        target = self._drop_target(parent, row)
        if target is None or self._session.read_only:
            return False
        if data.hasFormat(ITEMS_MIME):
            return self._move_operation(data, *target) is not None
        if data.hasFormat(SELECTION_MIME):
            return self._selection(data) is not None
        return False

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Move dragged items (one undo step) or add a cited item from a Reader selection.

        The rows are moved by the document's own events; :meth:`removeRows` stays the
        base no-op so the view does not delete the "source" rows after a move.
        """
        if action == Qt.DropAction.IgnoreAction:
            return True
        operation = self._drop_operation(data, row, parent)
        if operation is None or self._session.read_only:
            return False
        if not (isinstance(operation, Batch) and not operation.operations):
            self._session.apply(operation)
        return True

    def _drop_operation(self, data: QMimeData, row: int, parent: _Index) -> Operation | None:
        """What a drop would do, or None when it is not allowed there."""
        target = self._drop_target(parent, row)
        if target is None:
            return None
        section, row = target
        if data.hasFormat(ITEMS_MIME):
            return self._move_operation(data, section, row)
        if data.hasFormat(SELECTION_MIME):
            return self._selection_operation(data, section, row)
        return None

    def _drop_target(self, parent: _Index, row: int) -> tuple[str, int] | None:
        if not parent.isValid():
            # Between sections: the end of the section above the gap.
            if 0 < row <= len(SECTION_KEYS):
                return SECTION_KEYS[row - 1], -1
            return None
        if parent.internalId() == 0:
            return SECTION_KEYS[parent.row()], row
        # Onto an item: before it.
        return SECTION_KEYS[parent.internalId() - 1], parent.row()

    def _move_operation(self, data: QMimeData, section: str, row: int) -> Operation | None:
        try:
            ids = [str(i) for i in json.loads(bytes(data.data(ITEMS_MIME).data()).decode())]
        except (ValueError, TypeError):
            return None
        document = self._session.document
        allowed = SECTION_ITEM_KINDS[section]
        kinds = [document.item(i).kind for i in ids if _has_item(document, i)]
        if not kinds or any(kind not in allowed for kind in kinds):
            return None
        moves = plan_moves(document, ids, section, row)
        if not moves:
            return Batch((), QCoreApplication.translate("BriefModel", "Move item"))
        label = (
            QCoreApplication.translate("BriefModel", "Move item")
            if len(ids) == 1
            else QCoreApplication.translate("BriefModel", "Move %n items", "", len(ids))
        )
        return Batch(tuple(moves), label)

    def _selection(self, data: QMimeData) -> tuple[Article, int, int] | None:
        """The article and span a selection payload names, if it is valid."""
        ref = decode_selection(data)
        if ref is None:
            return None
        article = self._session.document.find_article(ref.article_id)
        if article is None or not 0 <= ref.start < ref.end <= len(article.text):
            return None
        return article, ref.start, ref.end

    def _selection_operation(self, data: QMimeData, section: str, row: int) -> Operation | None:
        selection = self._selection(data)
        if selection is None:
            return None
        article, start, end = selection
        kind = SECTION_ITEM_KINDS[section][0]
        try:
            item = item_from_selection(article, start, end, kind)
        except (BriefingError, ValueError):
            log.exception("could not build a %s from %s:%d-%d", kind, article.id, start, end)
            return None
        index = row if row >= 0 else len(self._rows[section])
        return InsertItem(section, index, item)


def _has_item(document: Document, item_id: str) -> bool:
    try:
        document.locate(item_id)
    except KeyError:
        return False
    return True


def _unattributed(item: Item) -> bool:
    """A quote nobody is named for, not even by a role (the export attributes a quote to
    its role alone): worth the analyst's second look before export."""
    return isinstance(item, Quote) and not item.speaker.strip() and not item.speaker_role.strip()
