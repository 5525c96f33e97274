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
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.document import Change, InfoChanged
from briefing.core.model import ITEM_TYPES, SECTION_ITEM_KINDS, SECTION_KEYS, BriefInfo
from briefing.core.operations import Batch, InsertItem, MoveItem, Operation, RemoveItem, SetInfo
from briefing.gui.brief_model import BriefTreeModel, ItemIdRole, kind_label
from briefing.gui.item_editors import BriefUndoKeys, ItemDetailEditor
from briefing.gui.session import ProjectSession

log = logging.getLogger(__name__)

COMMON_MARKINGS = (
    "UNCLASSIFIED",
    "UNCLASSIFIED // FOR OFFICIAL USE ONLY",
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:RED",
    "RESTRICTED",
    "CONFIDENTIAL",
)
FALLBACK_TEMPLATES = ("standard", "sitrep", "one-page")
BRIEF_LANGUAGES = ("en", "id", "ms", "fr", "de", "es", "pt", "ru", "ar")

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def date_time_group(moment: datetime) -> str:
    """A military date-time group in UTC ("261402Z NOV 26")."""
    moment = moment.astimezone(UTC)
    return f"{moment:%d%H%M}Z {_MONTHS[moment.month - 1]} {moment:%y}"


def available_templates() -> list[str]:
    """Template names from the export layer, or the built-in names if it cannot list them."""
    try:
        from briefing.export import list_templates

        names = [getattr(t, "name", str(t)) for t in list_templates()]
    except Exception:  # the editor must open even if a template folder is broken
        log.exception("could not list export templates")
        names = []
    return names or list(FALLBACK_TEMPLATES)


class LazyTemplateCombo(QComboBox):
    """Asks the export layer for templates only when the user opens or focuses the list.

    Importing the export layer pulls in reportlab and python-docx; the window must not
    wait for that at start-up.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        current = self.currentText()
        names = available_templates()
        if current and current not in names:
            names.append(current)
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(max(self.findText(current), 0))
        self.blockSignals(False)

    def set_template(self, name: str) -> None:
        if self.findText(name) < 0:
            self.addItem(name)
        self.setCurrentIndex(self.findText(name))

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)


class BriefInfoForm(QWidget):
    """The title block: title, date-time group, author, organisation, marking, template…"""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._undo_keys = BriefUndoKeys(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)

        self.title = self._line("title", self.tr("Title"), self.tr("The brief's title"))
        self.dtg = self._line(
            "dtg",
            self.tr("Date-time group"),
            self.tr("When the brief is current, e.g. 261400Z NOV 26"),
        )
        self.dtg.setPlaceholderText(self.tr("DDHHMMZ MON YY"))
        self.now_button = QToolButton()
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set the date-time group to the current UTC time"))
        self.now_button.setAccessibleName(self.tr("Set date-time group to now"))
        self.now_button.clicked.connect(self._set_now)
        self.author = self._line("author", self.tr("Author"), self.tr("Who wrote the brief"))
        self.organisation = self._line(
            "organisation", self.tr("Organisation"), self.tr("The issuing organisation or unit")
        )
        self.distribution = self._line(
            "distribution", self.tr("Distribution"), self.tr("Who may receive the brief")
        )
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(COMMON_MARKINGS)
        self.marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for combo in (self.marking,):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.marking.setAccessibleName(self.tr("Handling marking"))
        self.marking.setToolTip(
            self.tr("Printed at the top and bottom of every page; choose or type your own")
        )
        self.marking.installEventFilter(self._undo_keys)
        line = self.marking.lineEdit()
        assert line is not None  # an editable combo has one
        line.installEventFilter(self._undo_keys)
        line.textEdited.connect(lambda text: self._edit("marking", text))
        self.marking.textActivated.connect(lambda text: self._edit("marking", text, merge=False))
        self.template = LazyTemplateCombo()
        self.template.setAccessibleName(self.tr("Export template"))
        self.template.setToolTip(self.tr("The layout used for export: standard, SITREP, one page…"))
        self.template.textActivated.connect(lambda text: self._edit("template", text, merge=False))
        self.language = QComboBox()
        for code in BRIEF_LANGUAGES:
            name = QLocale.languageToString(QLocale(code).language())
            self.language.addItem(f"{name} ({code})", code)
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(8)
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(8)
        self.language.setAccessibleName(self.tr("Brief language"))
        self.language.setToolTip(self.tr("The language of the brief's headings and numbers"))
        self.language.activated.connect(
            lambda _i: self._edit("language", str(self.language.currentData()), merge=False)
        )

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setChecked(True)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.setAccessibleName(self.tr("Show brief details"))
        self.details_button.setToolTip(
            self.tr("Show or hide the date-time group, marking, author and other details")
        )
        self.details_button.toggled.connect(self.set_details_visible)
        dtg_box = QWidget()
        dtg_row = QHBoxLayout(dtg_box)
        dtg_row.setContentsMargins(0, 0, 0, 0)
        dtg_row.setSpacing(2)
        dtg_row.addWidget(self.dtg, 1)
        dtg_row.addWidget(self.now_button)
        grid.addWidget(label(self.tr("&Title:"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self.details_button, 0, 4)
        self._details: list[QWidget] = []

        def detail(widget: QWidget, row: int, column: int, span: int = 1) -> None:
            grid.addWidget(widget, row, column, 1, span)
            self._details.append(widget)

        detail(label(self.tr("&DTG:"), self.dtg), 1, 0)
        detail(dtg_box, 1, 1)
        detail(label(self.tr("&Marking:"), self.marking), 1, 2)
        detail(self.marking, 1, 3, 2)
        detail(label(self.tr("A&uthor:"), self.author), 2, 0)
        detail(self.author, 2, 1)
        detail(label(self.tr("&Organisation:"), self.organisation), 2, 2)
        detail(self.organisation, 2, 3, 2)
        detail(label(self.tr("Dist&ribution:"), self.distribution), 3, 0)
        detail(self.distribution, 3, 1, 4)
        detail(label(self.tr("Tem&plate:"), self.template), 4, 0)
        detail(self.template, 4, 1)
        detail(label(self.tr("&Language:"), self.language), 4, 2)
        detail(self.language, 4, 3, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        session.changed.connect(self._on_changed)
        session.project_replaced.connect(self.refresh)
        self.refresh()

    def set_details_visible(self, visible: bool) -> None:
        """Show the whole title block, or only the title (more room for the outline)."""
        for widget in self._details:
            widget.setVisible(visible)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow
        )
        if self.details_button.isChecked() != visible:
            self.details_button.setChecked(visible)

    def focus_chain(self) -> list[QWidget]:
        """The form's widgets in tab order."""
        return [
            self.title,
            self.details_button,
            self.dtg,
            self.now_button,
            self.marking,
            self.author,
            self.organisation,
            self.distribution,
            self.template,
            self.language,
        ]

    def _marking_line(self) -> QLineEdit:
        line = self.marking.lineEdit()
        assert line is not None  # an editable combo has one
        return line

    def _line(self, field: str, name: str, tip: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setToolTip(tip)
        line.installEventFilter(self._undo_keys)
        line.textEdited.connect(lambda text: self._edit(field, text))
        return line

    def _set_now(self) -> None:
        self._edit("dtg", date_time_group(datetime.now(UTC)), merge=False)

    def _edit(self, field: str, value: str, *, merge: bool = True) -> None:
        if self._session.read_only:
            return
        info = self._session.document.info
        if getattr(info, field) == value:
            return
        label = self.tr("Edit %1").replace("%1", self._field_label(field))
        self._session.apply(
            SetInfo(replace(info, **{field: value}), label),
            merge_key=f"info:{field}" if merge else None,
        )

    def _field_label(self, field: str) -> str:
        labels = {
            "title": self.tr("title"),
            "dtg": self.tr("date-time group"),
            "author": self.tr("author"),
            "organisation": self.tr("organisation"),
            "marking": self.tr("marking"),
            "distribution": self.tr("distribution"),
            "template": self.tr("template"),
            "language": self.tr("brief language"),
        }
        return labels.get(field, field)

    def _on_changed(self, _operation: Operation, changes: list[Change]) -> None:
        if any(isinstance(change, InfoChanged) for change in changes):
            self.refresh()

    def refresh(self) -> None:
        """Show the document's title block; widgets already showing a value keep their cursor."""
        info: BriefInfo = self._session.document.info
        for line, value in (
            (self.title, info.title),
            (self.dtg, info.dtg),
            (self.author, info.author),
            (self.organisation, info.organisation),
            (self.distribution, info.distribution),
            (self._marking_line(), info.marking),
        ):
            if line.text() != value:
                line.setText(value)
                if not line.hasFocus():
                    line.setCursorPosition(0)  # show the start of a long title
        self.template.set_template(info.template)
        index = self.language.findData(info.language)
        if index < 0:
            self.language.addItem(info.language, info.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        editable = not self._session.read_only
        for widget in self.focus_chain():
            if widget is not self.details_button:
                widget.setEnabled(editable)


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
                "Ctrl+Up/Down moves, Delete removes, Enter shows the source."
            )
        )
        self.tree.expandAll()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
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
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("BriefEditorSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(outline)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.info_form)
        layout.addWidget(self.splitter, 1)

        self._set_tab_order()
        session.project_replaced.connect(self._project_replaced)
        self._update_actions()

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
        self.show_source_action = QAction(self.tr("&Show source"), self)
        self.show_source_action.setToolTip(self.tr("Show the cited passage in the Reader"))
        self.show_source_action.triggered.connect(self.detail.request_passage)
        for action in (self.delete_action, self.move_up_action, self.move_down_action):
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
        self.add_button.setEnabled(editable)

    def _rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        self.tree.expand(parent)

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
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def select_section(self, key: str) -> None:
        self._select_only(self.model.section_index(key))
