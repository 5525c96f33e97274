"""The brief editor: the title block, the sections with their items, the item's fields.

Every gesture here becomes a core operation applied through the session (one undo step
each; typing into one field merges into one step): ``SetInfo`` for the title block,
``UpdateItem`` for an item's field, ``MoveItem``/``RemoveItem``/``InsertItem`` for the
outline. The widgets never keep their own copy of the brief; they show the document and
follow :attr:`ProjectSession.changed`.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.document import Change, ItemInserted
from briefing.core.model import ITEM_TYPES, SECTION_ITEM_KINDS, SECTION_KEYS, Item
from briefing.core.operations import (
    Batch,
    InsertItem,
    MoveItem,
    Operation,
    RemoveItem,
    UpdateItem,
)
from briefing.gui.brief_info_form import BriefInfoForm
from briefing.gui.brief_model import BriefTreeModel, ItemIdRole, kind_label
from briefing.gui.item_editors import ItemDetailEditor
from briefing.gui.session import ProjectSession

log = logging.getLogger(__name__)


class BriefEditor(QWidget):
    """Title block, outline of sections and items, and the selected item's fields."""

    passage_requested = Signal(str, int, int)
    """``passage_requested(article_id, start, end)``: the user asked to see an item's source
    passage (double-click, Enter, or "Show source"); offsets are code points."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("BriefEditor")
        self.info_form = BriefInfoForm(session)
        self.model = BriefTreeModel(session, self)

        self.tree = QTreeView()
        self.tree.setObjectName("BriefOutline")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setAccessibleName(self.tr("Brief outline"))
        self.tree.setToolTip(
            self.tr(
                "Sections and their items. Drag to reorder or move between sections; "
                "Ctrl+Up/Down moves, Insert adds, Delete removes, Enter shows the source."
            )
        )
        self.tree.expandAll()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.rowsInserted.connect(self._rows_inserted)

        self.detail = ItemDetailEditor(session)
        self.detail.passage_requested.connect(self.passage_requested)

        self._make_actions()
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add an item of your own to the selected section"))
        self.add_button.setAccessibleName(self.tr("Add item"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self._add_menu = QMenu(self.add_button)
        self._add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self._add_menu)
        buttons.addWidget(self.add_button)
        self._tool_buttons: list[QToolButton] = [self.add_button]
        for action in (self.move_up_action, self.move_down_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            buttons.addWidget(button)
            self._tool_buttons.append(button)
        buttons.addStretch(1)

        outline = QWidget()
        outline_layout = QVBoxLayout(outline)
        outline_layout.setContentsMargins(0, 0, 0, 0)
        outline_layout.setSpacing(2)
        outline_layout.addWidget(self.tree, 1)
        outline_layout.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)  # expands both ways, as every scroll area

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("BriefEditorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(outline)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.info_form)
        layout.addWidget(self.splitter, 1)

        self._set_tab_order()
        session.project_replaced.connect(self._project_replaced)
        session.changed.connect(self._follow_insertions)  # after the model (connected first)
        self._update_actions()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized:  # the item's fields get a fair share at first; the user decides after
            self._sized = True
            total = max(self.splitter.height(), 2)
            self.splitter.setSizes([total * 55 // 100, total * 45 // 100])

    # ------------------------------------------------------------------ setup

    def _make_actions(self) -> None:
        style = self.style()
        self.delete_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("&Delete item"), self
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setToolTip(self.tr("Delete the selected items (Delete)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.move_up_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Move &up"), self
        )
        self.move_up_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up))
        self.move_up_action.setToolTip(self.tr("Move the item up (Ctrl+Up)"))
        self.move_up_action.triggered.connect(lambda: self.move_current(-1))
        self.move_down_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Move do&wn"), self
        )
        self.move_down_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down))
        self.move_down_action.setToolTip(self.tr("Move the item down (Ctrl+Down)"))
        self.move_down_action.triggered.connect(lambda: self.move_current(+1))
        self.add_action = QAction(self.tr("&New item"), self)
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setToolTip(
            self.tr("Add an item of your own to the selected section (Insert)")
        )
        self.add_action.triggered.connect(self.add_default_item)
        self.merge_action = QAction(self.tr("&Merge into one"), self)
        self.merge_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_M))
        self.merge_action.setToolTip(
            self.tr("Make the selected items of one kind one item that cites all their passages")
        )
        self.merge_action.triggered.connect(self.merge_selected)
        self.show_source_action = QAction(self.tr("&Show source"), self)
        self.show_source_action.setToolTip(self.tr("Show the cited passage in the Reader"))
        self.show_source_action.triggered.connect(self.detail.request_passage)
        for action in (
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            self.add_action,
            self.merge_action,
        ):
            # Only while the outline has focus: Delete in a text field deletes a character.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [*self.info_form.focus_chain(), self.tree, *self._tool_buttons]
        chain.append(self.detail.show_source_button)  # the item's fields follow it
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ selection

    def current_item_id(self) -> str | None:
        value = self.tree.currentIndex().data(ItemIdRole)
        return str(value) if value else None

    def select_item(self, item_id: str) -> None:
        index = self.model.index_of_item(item_id)
        if index.isValid():
            self._select_only(index)
            self.tree.scrollTo(index)

    def _select_only(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def selected_item_ids(self) -> list[str]:
        ids = {
            str(index.data(ItemIdRole))
            for index in self.tree.selectionModel().selectedIndexes()
            if index.data(ItemIdRole)
        }
        return [item.id for _, _, item in self._session.document.all_items() if item.id in ids]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ItemIdRole)
        self.detail.set_item(str(value) if value else None)
        self._update_actions()

    def _update_actions(self) -> None:
        has_item = self.current_item_id() is not None
        editable = not self._session.read_only
        self.delete_action.setEnabled(has_item and editable)
        self.move_up_action.setEnabled(has_item and editable)
        self.move_down_action.setEnabled(has_item and editable)
        self.show_source_action.setEnabled(has_item)
        self.merge_action.setEnabled(editable and self._mergeable() is not None)
        self.add_button.setEnabled(editable)
        self.add_action.setEnabled(editable)

    def _rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        self.tree.expand(parent)

    def _follow_insertions(self, _operation: Operation, changes: list[Change]) -> None:
        """Select an item that just arrived (accepted, dropped, restored by undo) so the
        analyst can check its fields at once."""
        inserted = [c.item.id for c in changes if isinstance(c, ItemInserted)]
        if inserted:
            self.select_item(inserted[-1])

    def _project_replaced(self) -> None:
        self.tree.expandAll()
        self._update_actions()

    # ------------------------------------------------------------------ gestures

    def _activated(self, index: QModelIndex) -> None:
        if index.data(ItemIdRole):
            self.detail.request_passage()

    def current_section(self) -> str:
        key = self.model.section_at(self.tree.currentIndex())
        return key or SECTION_KEYS[0]

    def add_item(self, kind: str, section: str | None = None) -> str | None:
        """Add an empty item of ``kind`` after the current one; select it and focus its form."""
        if self._session.read_only:
            return None
        section = section or self.current_section()
        if kind not in SECTION_ITEM_KINDS[section]:
            return None
        current = self.tree.currentIndex()
        items = self._session.document.items(section)
        index = current.row() + 1 if current.data(ItemIdRole) else len(items)
        item = ITEM_TYPES[kind]()
        self._session.apply(InsertItem(section, index, item))
        self.select_item(item.id)
        editors = list(self.detail.form(kind).editors.values())
        if editors:
            editors[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return item.id

    def add_default_item(self) -> str | None:
        """Add an item of the current section's first kind (Insert key)."""
        section = self.current_section()
        return self.add_item(SECTION_ITEM_KINDS[section][0], section)

    def _fill_add_menu(self) -> None:
        self._add_menu.clear()
        section = self.current_section()
        for kind in SECTION_ITEM_KINDS[section]:
            action = self._add_menu.addAction(kind_label(kind))
            action.triggered.connect(lambda _c=False, k=kind, s=section: self.add_item(k, s))

    def delete_selected(self) -> None:
        """Remove the selected items (one undo step) and select a neighbour."""
        ids = self.selected_item_ids() or [i for i in [self.current_item_id()] if i]
        if not ids or self._session.read_only:
            return
        section, row = self._session.document.locate(ids[0])
        removals: list[Operation] = [RemoveItem(item_id) for item_id in ids]
        label = (
            self.tr("Delete item") if len(ids) == 1 else self.tr("Delete %n items", "", len(ids))
        )
        self._session.apply(Batch(tuple(removals), label))
        remaining = self._session.document.items(section)
        if remaining:
            self.select_item(remaining[min(row, len(remaining) - 1)].id)
        else:
            self._select_only(self.model.section_index(section))

    def _mergeable(self) -> list[Item] | None:
        """The selected items when there are two or more, all of one kind."""
        ids = self.selected_item_ids()
        if len(ids) < 2:
            return None
        items = [self._session.document.item(i) for i in ids]
        return items if len({item.kind for item in items}) == 1 else None

    def merge_selected(self) -> None:
        """Merge the selected items of one kind into the first (one undo step)."""
        items = self._mergeable()
        if items is None or self._session.read_only:
            return
        from briefing.analysis.merging import merge_items  # light, but not needed at start

        merged = merge_items(items)
        operations: list[Operation] = [UpdateItem(merged, self.tr("Merge items"))]
        operations += [RemoveItem(item.id) for item in items[1:]]
        self._session.apply(Batch(tuple(operations), self.tr("Merge %n items", "", len(items))))
        self.select_item(merged.id)

    def move_current(self, step: int) -> None:
        """Move the current item one place up (-1) or down (+1), across section borders."""
        item_id = self.current_item_id()
        if item_id is None or self._session.read_only:
            return
        target = self._neighbour_place(item_id, step)
        if target is None:
            return
        self._session.apply(MoveItem(item_id, *target))
        self.select_item(item_id)

    def _neighbour_place(self, item_id: str, step: int) -> tuple[str, int] | None:
        document = self._session.document
        section, row = document.locate(item_id)
        kind = document.item(item_id).kind
        count = len(document.items(section))
        if 0 <= row + step < count:
            return section, row + step
        order = list(SECTION_KEYS)
        position = order.index(section) + step
        while 0 <= position < len(order):
            key = order[position]
            if kind in SECTION_ITEM_KINDS[key]:
                return (key, len(document.items(key))) if step < 0 else (key, 0)
            position += step
        return None

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.show_source_action)
        menu.addSeparator()
        add = menu.addMenu(self.tr("Add"))
        section = self.model.section_at(self.tree.indexAt(pos)) or self.current_section()
        for kind in SECTION_ITEM_KINDS[section]:
            action = add.addAction(kind_label(kind))
            action.triggered.connect(lambda _c=False, k=kind, s=section: self.add_item(k, s))
        menu.addAction(self.move_up_action)
        menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def select_section(self, key: str) -> None:
        self._select_only(self.model.section_index(key))
