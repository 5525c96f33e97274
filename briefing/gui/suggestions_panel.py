"""The Suggestions panel: filter, inspect the evidence, accept into the brief or reject.

Accepting turns a suggestion into a core item (``analysis.suggestion_to_item``) placed in
its default section (``analysis.default_section``) by an ``InsertItem`` through the
session, so it is one undo step; "accept all" of a kind is one ``Batch`` (one undo step).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from briefing.core.errors import BriefingError
from briefing.core.model import Item
from briefing.core.operations import Batch
from briefing.gui import pipeline
from briefing.gui.highlight import escape_html, kind_label
from briefing.gui.pipeline import SUGGESTION_KINDS, SuggestionEntry
from briefing.gui.session import ProjectSession
from briefing.gui.suggestions_model import SuggestionFilter, SuggestionsModel

log = logging.getLogger(__name__)


class SuggestionsPanel(QWidget):
    """Grouped suggestions for the article in the Reader."""

    passage_requested = Signal(str, int, int)
    """``passage_requested(article_id, start, end)``: show this span (code points) in the Reader."""

    item_joined = Signal(str)
    """``item_joined(item_id)``: accepting added only citations to this existing item."""

    message = Signal(str)
    """``message(text)``: a status-bar message (what was accepted, why not)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self._session = session
        self.model = SuggestionsModel(session, self)
        self.proxy = SuggestionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter suggestions"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter suggestions"))
        self.filter_edit.textChanged.connect(self._filter_changed)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Suggestion kind"))
        self.kind_combo.setToolTip(self.tr("Show one kind of suggestion"))
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in SUGGESTION_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_kind(self.kind_combo.currentData())
        )

        self.tree = QTreeView(self)
        self.tree.setObjectName("suggestionsTree")
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 260)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree.activated.connect(lambda _index: self.accept_selected())

        self.evidence = QLabel(self)
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.setMinimumHeight(48)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evidence.setContentsMargins(6, 4, 6, 4)

        self.accept_action = QAction(self.tr("&Accept"), self)
        self.accept_action.setToolTip(self.tr("Add the selected suggestions to the brief (Enter)"))
        self.accept_action.triggered.connect(self.accept_selected)
        self.reject_action = QAction(self.tr("&Reject"), self)
        self.reject_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.reject_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reject_action.setToolTip(self.tr("Dismiss the selected suggestions (Delete)"))
        self.reject_action.triggered.connect(self.reject_selected)
        self.accept_kind_action = QAction(self.tr("Accept all of this &kind"), self)
        self.accept_kind_action.setToolTip(
            self.tr("Add every suggestion of the selected kind to the brief, as one undo step")
        )
        self.accept_kind_action.triggered.connect(self.accept_current_kind)
        self.addAction(self.reject_action)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for action in (self.accept_action, self.reject_action, self.accept_kind_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        self.hide_dismissed = QCheckBox(self.tr("Hide dismissed"), self)
        self.hide_dismissed.setToolTip(self.tr("Hide the suggestions you dismissed"))
        self.hide_dismissed.toggled.connect(self.proxy.set_hide_rejected)
        buttons.addWidget(self.hide_dismissed)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.kind_combo)

        title = QLabel(self.tr("<b>Suggestions</b>"), self)
        title.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        self._update_actions()

    # ------------------------------------------------------------------ content

    def set_entries(self, article_id: str | None, entries: Sequence[SuggestionEntry]) -> None:
        self.model.set_entries(article_id, entries)
        self._expand_groups()
        self.evidence.setText("")
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._expand_groups()

    def _expand_groups(self) -> None:
        """Long kinds (statements, dates) start folded; while a filter text is typed every
        kind with a match opens, so nothing that matches stays out of sight."""
        searching = bool(self.filter_edit.text())
        for row, kind in enumerate(SUGGESTION_KINDS):
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.tree.setExpanded(index, searching or kind not in pipeline.COLLAPSED_KINDS)

    def select_entry(self, entry: SuggestionEntry) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(entry))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def selected_entries(self) -> list[SuggestionEntry]:
        entries: list[SuggestionEntry] = []
        for index in self.tree.selectionModel().selectedRows(0):
            entry = self.model.entry_at(self.proxy.mapToSource(index))
            if entry is not None:
                entries.append(entry)
        return entries

    def current_kind(self) -> str | None:
        index = self.proxy.mapToSource(self.tree.currentIndex())
        return self.model.kind_at(index) if index.isValid() else self.kind_combo.currentData()

    # ------------------------------------------------------------------ gestures

    def accept_selected(self) -> int:
        return self.accept(self.selected_entries())

    def accept_current_kind(self) -> int:
        kind = self.current_kind()
        if kind is None:
            return 0
        entries = [e for e in self._shown_entries(kind) if not self.model.is_rejected(e)]
        label = self.tr("Accept all {kind}").format(kind=kind_label(kind).lower())
        return self.accept(entries, label)

    def _shown_entries(self, kind: str) -> list[SuggestionEntry]:
        """The suggestions of ``kind`` the tree shows: a filter narrows "accept all" too,
        so nothing the analyst cannot see goes into the brief."""
        group = self.proxy.mapFromSource(self.model.index(SUGGESTION_KINDS.index(kind), 0))
        shown: list[SuggestionEntry] = []
        for row in range(self.proxy.rowCount(group)):
            entry = self.model.entry_at(self.proxy.mapToSource(self.proxy.index(row, 0, group)))
            if entry is not None:
                shown.append(entry)
        return shown

    def accept(self, entries: Sequence[SuggestionEntry], label: str = "") -> int:
        """Put the items for ``entries`` in the brief (skipping accepted ones); return how
        many were accepted. A figure the brief already has (same value and unit) gains a
        citation instead of a second row (``analysis.plan_accept``)."""
        article_id = self.model.article_id
        article = self._session.document.find_article(article_id) if article_id else None
        if article is None or self._session.read_only:
            return 0
        chosen: list[SuggestionEntry] = []
        placed: list[tuple[str, Item]] = []
        for entry in entries:
            if self.model.is_accepted(entry):
                continue
            try:
                item = pipeline.item_for_suggestion(article, entry, self._session.document.articles)
                section = pipeline.section_for(item)
            except (BriefingError, ValueError) as exc:
                self.message.emit(self.tr("Cannot accept “{0}”: {1}").format(entry.label, exc))
                continue
            chosen.append(entry)
            placed.append((section, item))
        if not placed:
            return 0
        plan = pipeline.plan_accept(self._session.document, placed)
        for entry, (_section, item), holder in zip(chosen, placed, plan.item_ids, strict=True):
            citations = [(c.article_id, c.start, c.end) for c in item.citations]
            self.model.note_accepted(entry, holder, citations)
        if len(plan.operations) == 1 and not label and not plan.merged:
            self._session.apply(plan.operations[0])
        elif plan.operations:
            self._session.apply(
                Batch(tuple(plan.operations), label or self.tr("Accept suggestions"))
            )
        if plan.merged and not plan.added and plan.item_ids:
            self.item_joined.emit(plan.item_ids[-1])  # show the row that took it
        if plan.merged:
            text = self.tr("Items added to the brief: {0}; joined to items already there: {1}")
            text = text.format(plan.added, plan.merged)
        else:
            text = self.tr("Items added to the brief: {0}").format(plan.added)
        self.message.emit(text)
        self._update_actions()
        return len(placed)

    def reject_selected(self) -> None:
        """Dismiss the selected suggestions (or take back those already dismissed)."""
        marks = [(e, not self.model.is_rejected(e)) for e in self.selected_entries()]
        try:
            self.model.set_rejected_many(marks)
        except BriefingError as exc:  # shown as changed, but only for this session
            self.message.emit(self.tr("Kept for this session only: %1").replace("%1", str(exc)))
        self._update_actions()

    # ------------------------------------------------------------------ feedback

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        entry = self.model.entry_at(self.proxy.mapToSource(current))
        article_id = self.model.article_id
        if entry is None or article_id is None:
            self.evidence.setText("")
            return
        article = self._session.document.find_article(article_id)
        if article is not None:
            self.evidence.setText(_evidence_html(article.text, entry))
        self.passage_requested.emit(article_id, entry.start, entry.end)

    def _update_actions(self) -> None:
        writable = not self._session.read_only and self.model.article_id is not None
        has_current = self.tree.currentIndex().isValid()
        self.accept_action.setEnabled(writable and has_current)
        self.reject_action.setEnabled(has_current)
        selected = self.selected_entries()
        restore = bool(selected) and all(self.model.is_rejected(e) for e in selected)
        if restore:  # Delete on dismissed suggestions brings them back: say so
            self.reject_action.setText(self.tr("&Restore"))
            self.reject_action.setToolTip(
                self.tr("Bring back the selected dismissed suggestions (Delete)")
            )
        else:
            self.reject_action.setText(self.tr("&Reject"))
            self.reject_action.setToolTip(self.tr("Dismiss the selected suggestions (Delete)"))
        self.accept_kind_action.setEnabled(writable and self.current_kind() is not None)


def _evidence_html(text: str, entry: SuggestionEntry, context: int = 140) -> str:
    """The suggestion's span in bold inside its surrounding text."""
    start = max(0, entry.start - context)
    start = max(start, text.rfind("\n", 0, entry.start) + 1)
    end_line = text.find("\n", entry.end)
    end = min(entry.end + context, len(text) if end_line < 0 else end_line)
    before = ("…" if start > 0 and text[start - 1] != "\n" else "") + text[start : entry.start]
    after = text[entry.end : end] + ("…" if end < len(text) and text[end] != "\n" else "")
    detail = f"<br><i>{escape_html(entry.detail)}</i>" if entry.detail else ""
    return (
        f"{escape_html(before)}<b>{escape_html(text[entry.start : entry.end])}</b>"
        f"{escape_html(after)}{detail}"
    )
