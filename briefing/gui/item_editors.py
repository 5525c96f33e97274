"""Editors for one brief item's fields, declared per kind in a table.

Each kind's fields are listed once in :data:`ITEM_FIELDS` (name, label, kind of editor);
:class:`ItemFieldsEditor` builds a compact form from that list. Edits leave the form as
``field_edited(name, value)``; :class:`ItemDetailEditor` turns them into ``UpdateItem``
operations with a merge key per item and field, so typing into one field is one undo
step. The widgets' own undo is switched off so Ctrl+Z always means the brief's undo.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.core.document import Change
from briefing.core.model import (
    CONFIDENCE_TERMS,
    LIKELIHOOD_TERMS,
    ActorKind,
    Item,
)
from briefing.core.operations import Operation, UpdateItem
from briefing.gui.brief_model import kind_label
from briefing.gui.session import ProjectSession

log = logging.getLogger(__name__)

EditorKind = Literal["line", "text", "choice", "number", "date"]

# QPlainTextEdit and QSizePolicy are looked up in QtWidgets when a form is built (an item
# is selected), not imported by name: PySide6 builds a class and its enums on first use,
# and the window's first paint shows no form.

_CTX = "ItemEditor"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field of an item: the dataclass field and how it is edited."""

    # Labels are QT_TRANSLATE_NOOP markers (typed ``object`` by PySide's stubs), translated
    # when the form is built.
    name: str
    label: object
    editor: EditorKind
    tooltip: object = ""
    choices: tuple[tuple[str, object], ...] = ()
    """(value, label) pairs for ``choice`` editors."""


_NOTE = FieldSpec(
    "note",
    QT_TRANSLATE_NOOP("ItemEditor", "Analyst note"),
    "text",
    QT_TRANSLATE_NOOP(
        "ItemEditor", "Your own comment; it stays in the project and is not exported"
    ),
)
_NONE = ("", QT_TRANSLATE_NOOP("ItemEditor", "— not set —"))

ITEM_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "fact": (
        FieldSpec("text", QT_TRANSLATE_NOOP("ItemEditor", "Fact"), "text"),
        _NOTE,
    ),
    "quote": (
        FieldSpec(
            "text",
            QT_TRANSLATE_NOOP("ItemEditor", "Quote"),
            "text",
            QT_TRANSLATE_NOOP("ItemEditor", "The verbatim words, without quotation marks"),
        ),
        FieldSpec("speaker", QT_TRANSLATE_NOOP("ItemEditor", "Speaker"), "line"),
        FieldSpec(
            "speaker_role",
            QT_TRANSLATE_NOOP("ItemEditor", "Role"),
            "line",
            QT_TRANSLATE_NOOP("ItemEditor", "The speaker's office or title"),
        ),
        FieldSpec(
            "language",
            QT_TRANSLATE_NOOP("ItemEditor", "Original language"),
            "line",
            QT_TRANSLATE_NOOP("ItemEditor", "ISO 639-1 code of the quote, e.g. id or en"),
        ),
        FieldSpec(
            "translation",
            QT_TRANSLATE_NOOP("ItemEditor", "Translation"),
            "text",
            QT_TRANSLATE_NOOP("ItemEditor", "Your translation, shown under the original"),
        ),
        _NOTE,
    ),
    "figure": (
        FieldSpec(
            "text",
            QT_TRANSLATE_NOOP("ItemEditor", "As written"),
            "line",
            QT_TRANSLATE_NOOP("ItemEditor", "The figure as the source writes it, e.g. 3.000"),
        ),
        FieldSpec(
            "value",
            QT_TRANSLATE_NOOP("ItemEditor", "Value"),
            "number",
            QT_TRANSLATE_NOOP(
                "ItemEditor", "The number, written as in the brief's language (3.000 in Indonesian)"
            ),
        ),
        FieldSpec("unit", QT_TRANSLATE_NOOP("ItemEditor", "Unit"), "line"),
        FieldSpec(
            "what",
            QT_TRANSLATE_NOOP("ItemEditor", "Counts"),
            "line",
            QT_TRANSLATE_NOOP("ItemEditor", "What the figure counts, e.g. troops"),
        ),
        FieldSpec(
            "qualifier",
            QT_TRANSLATE_NOOP("ItemEditor", "Qualifier"),
            "line",
            QT_TRANSLATE_NOOP("ItemEditor", "e.g. at least, about, up to"),
        ),
        FieldSpec(
            "as_of",
            QT_TRANSLATE_NOOP("ItemEditor", "As of"),
            "date",
            QT_TRANSLATE_NOOP("ItemEditor", "The date the figure refers to (YYYY-MM-DD)"),
        ),
        _NOTE,
    ),
    "actor": (
        FieldSpec("name", QT_TRANSLATE_NOOP("ItemEditor", "Name"), "line"),
        FieldSpec(
            "actor_kind",
            QT_TRANSLATE_NOOP("ItemEditor", "Kind"),
            "choice",
            QT_TRANSLATE_NOOP("ItemEditor", "Person, organisation, place or other"),
            choices=(
                (ActorKind.PERSON.value, QT_TRANSLATE_NOOP("ItemEditor", "Person")),
                (ActorKind.ORGANIZATION.value, QT_TRANSLATE_NOOP("ItemEditor", "Organisation")),
                (ActorKind.PLACE.value, QT_TRANSLATE_NOOP("ItemEditor", "Place or country")),
                (ActorKind.OTHER.value, QT_TRANSLATE_NOOP("ItemEditor", "Other")),
            ),
        ),
        FieldSpec("role", QT_TRANSLATE_NOOP("ItemEditor", "Role"), "line"),
        FieldSpec("description", QT_TRANSLATE_NOOP("ItemEditor", "Description"), "text"),
        _NOTE,
    ),
    "outlook": (
        FieldSpec(
            "statement",
            QT_TRANSLATE_NOOP("ItemEditor", "Judgement"),
            "text",
            QT_TRANSLATE_NOOP("ItemEditor", "The analytic judgement about what comes next"),
        ),
        FieldSpec(
            "likelihood",
            QT_TRANSLATE_NOOP("ItemEditor", "Likelihood"),
            "choice",
            QT_TRANSLATE_NOOP("ItemEditor", "ICD 203 expression of likelihood"),
            choices=(_NONE, *((term, term) for term in LIKELIHOOD_TERMS)),
        ),
        FieldSpec(
            "confidence",
            QT_TRANSLATE_NOOP("ItemEditor", "Confidence"),
            "choice",
            QT_TRANSLATE_NOOP("ItemEditor", "ICD 203 analytic confidence"),
            choices=(_NONE, *((term, term) for term in CONFIDENCE_TERMS)),
        ),
        _NOTE,
    ),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CTX, str(text))


class BriefUndoKeys(QObject):
    """Event filter: Ctrl+Z / Ctrl+Shift+Z in a text field go to the brief's undo stack.

    A text widget's private undo would fight the brief's: the field would revert while
    the project file (and the undo menu) say otherwise.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if event.matches(key):
                    event.ignore()
                    return True
        return False


def decimal_point(language: str) -> str:
    """The decimal separator of a brief language ("," for id, de, fr…; "." for en)."""
    return QLocale(language).decimalPoint() or "."


def parse_number(text: str, decimal: str = ".") -> float | None:
    """Read a value as an analyst of the brief's language types it.

    With ``decimal="."``: "3000", "3 000", "3,000", "2.5". With ``decimal=","`` (Indonesian,
    German…): "3.000" is three thousand and "2,5" two and a half.
    """
    compact = "".join(text.split()).replace("_", "").replace("\u00a0", "")
    if not compact:
        return None
    group = "." if decimal == "," else ","
    candidate = compact.replace(group, "").replace(decimal, ".")
    try:
        return float(candidate)
    except ValueError:
        raise ValueError(text) from None


def format_number(value: float | None, decimal: str = ".") -> str:
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", decimal)


class ItemFieldsEditor(QWidget):
    """A form for the fields of one item kind."""

    field_edited = Signal(str, object)
    """``field_edited(name, value)``: the user changed a field (value in the model's type)."""

    def __init__(
        self,
        kind: str,
        undo_keys: QObject,
        decimal: Callable[[], str] = lambda: ".",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._decimal = decimal
        self._loading = False
        self._editors: dict[str, QWidget] = {}
        self._invalid: dict[str, QAction] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in ITEM_FIELDS[kind]:
            widget = self._build(spec)
            widget.installEventFilter(undo_keys)
            label = QLabel(_tr(spec.label) + ":")
            label.setBuddy(widget)
            widget.setAccessibleName(_tr(spec.label))
            if spec.tooltip:
                widget.setToolTip(_tr(spec.tooltip))
            form.addRow(label, widget)
            self._editors[spec.name] = widget

    @property
    def editors(self) -> dict[str, QWidget]:
        """The field widgets by field name, in form (and tab) order."""
        return dict(self._editors)

    def _build(self, spec: FieldSpec) -> QWidget:
        if spec.editor == "text":
            text = QtWidgets.QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setUndoRedoEnabled(False)
            lines = 2 if spec.name == "note" else 3
            height = text.fontMetrics().lineSpacing() * lines + 12
            text.setFixedHeight(height)
            policy = QtWidgets.QSizePolicy.Policy
            text.setSizePolicy(policy.Expanding, policy.Fixed)
            text.textChanged.connect(lambda n=spec.name, w=text: self._edited(n, w.toPlainText()))
            return text
        if spec.editor == "choice":
            combo = QComboBox()
            for value, label in spec.choices:
                combo.addItem(_tr(label), value)
            combo.activated.connect(
                lambda _i, n=spec.name, w=combo: self._edited(n, w.currentData())
            )
            return combo
        line = QLineEdit()
        if spec.editor in ("number", "date"):
            warning = line.addAction(
                QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                QLineEdit.ActionPosition.TrailingPosition,
            )
            warning.setVisible(False)
            self._invalid[spec.name] = warning
            if spec.editor == "date":
                line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        line.textEdited.connect(lambda text, s=spec: self._line_edited(s, text))
        return line

    def _line_edited(self, spec: FieldSpec, text: str) -> None:
        value: Any = text
        if spec.editor in ("number", "date"):
            try:
                value = (
                    parse_number(text, self._decimal())
                    if spec.editor == "number"
                    else _parse_date(text)
                )
            except ValueError:
                self._mark_invalid(spec, True)
                return
            self._mark_invalid(spec, False)
        self._edited(spec.name, value)

    def _mark_invalid(self, spec: FieldSpec, invalid: bool) -> None:
        action = self._invalid[spec.name]
        action.setVisible(invalid)
        message = (
            self.tr("Not a number: the value is kept as it was")
            if spec.editor == "number"
            else self.tr("Not a date (YYYY-MM-DD): the date is kept as it was")
        )
        action.setToolTip(message if invalid else "")

    def _edited(self, name: str, value: Any) -> None:
        if not self._loading:
            self.field_edited.emit(name, value)

    def show_item(self, item: Item) -> None:
        """Show ``item``'s values; fields already showing the value are left alone."""
        self._loading = True
        try:
            for spec in ITEM_FIELDS[self.kind]:
                self._set(spec, self._editors[spec.name], getattr(item, spec.name))
        finally:
            self._loading = False

    def _set(self, spec: FieldSpec, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QtWidgets.QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            raw = value.value if isinstance(value, ActorKind) else (value or "")
            index = widget.findData(raw)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QLineEdit):
            if spec.editor == "number":
                try:
                    if parse_number(widget.text(), self._decimal()) == value:
                        return
                except ValueError:
                    pass
                text = format_number(value, self._decimal())
            elif spec.editor == "date":
                text = value.isoformat() if value else ""
            else:
                text = value or ""
            if widget.text() != text:
                widget.setText(text)
            if spec.name in self._invalid:
                self._mark_invalid(spec, False)


def _parse_date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


class ItemDetailEditor(QWidget):
    """The selected item's fields, its citation, and a button to show the source passage."""

    passage_requested = Signal(str, int, int)
    """``passage_requested(article_id, start, end)``: show this span (code points)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._item_id: str | None = None
        self._visit = 0
        self._shown_citation = -1
        """Index of the citation last shown in the Reader: Enter again shows the next."""
        self._undo_keys = BriefUndoKeys(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        self._title = QLabel()
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        header.addWidget(self._title, 1)
        self._show_source = QPushButton(self.tr("Show source"))
        self._show_source.setToolTip(
            self.tr("Show the cited passage in the Reader (Enter); again for the next one")
        )
        self._show_source.setAccessibleName(self.tr("Show source passage"))
        self._show_source.clicked.connect(self.request_passage)
        header.addWidget(self._show_source)
        layout.addLayout(header)

        self._citation = QLabel()
        self._citation.setWordWrap(True)
        self._citation.setTextFormat(Qt.TextFormat.PlainText)
        self._citation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._citation.setAccessibleName(self.tr("Citation"))
        layout.addWidget(self._citation)

        self._stack = QStackedWidget()
        self._empty = QLabel(self.tr("Select an item to edit it."))
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self._stack.addWidget(self._empty)
        self._forms: dict[str, ItemFieldsEditor] = {}  # built on first use: faster start
        layout.addWidget(self._stack, 1)
        session.changed.connect(self._on_changed)
        session.project_replaced.connect(lambda: self.set_item(None))
        self.set_item(None)

    @property
    def item_id(self) -> str | None:
        return self._item_id

    def form(self, kind: str) -> ItemFieldsEditor:
        """The form for ``kind`` (made the first time it is needed)."""
        form = self._forms.get(kind)
        if form is None:
            form = ItemFieldsEditor(
                kind,
                self._undo_keys,
                lambda: decimal_point(self._session.document.info.language),
            )
            form.field_edited.connect(self._on_field_edited)
            self._stack.addWidget(form)
            self._forms[kind] = form
            chain = [self._show_source, *form.editors.values()]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)
        return form

    @property
    def show_source_button(self) -> QPushButton:
        return self._show_source

    @property
    def citation_label(self) -> QLabel:
        return self._citation

    def set_item(self, item_id: str | None) -> None:
        """Edit the item with this id (None: nothing selected)."""
        if item_id != self._item_id:
            self._visit += 1  # typing after coming back to an item is a new undo step
            self._shown_citation = -1
        self._item_id = item_id
        self._refresh()

    def _current(self) -> Item | None:
        if self._item_id is None:
            return None
        try:
            return self._session.document.item(self._item_id)
        except KeyError:
            return None

    def _refresh(self) -> None:
        item = self._current()
        if item is None:
            self._stack.setCurrentWidget(self._empty)
            self._title.setText(self.tr("No item selected"))
            self._citation.clear()
            self._citation.setVisible(False)
            self._show_source.setEnabled(False)
            return
        form = self.form(item.kind)
        form.show_item(item)
        form.setEnabled(not self._session.read_only)
        self._stack.setCurrentWidget(form)
        self._title.setText(kind_label(item.kind))
        self._show_source.setEnabled(bool(item.citations))
        self._citation.setText(self._citation_text(item))
        self._citation.setVisible(True)

    def _citation_text(self, item: Item) -> str:
        if not item.citations:
            return self.tr("No source: this item is your own text.")
        count = len(item.citations)
        index = min(max(self._shown_citation, 0), count - 1)
        citation = item.citations[index]
        article = self._session.document.find_article(citation.article_id)
        title = article.title if article is not None else self.tr("(removed article)")
        quoted = " ".join(citation.quoted.split())
        if len(quoted) > 160:
            quoted = quoted[:159] + "…"
        if count == 1:
            text = self.tr("Source: %1 — “%2”")
        else:
            text = (
                self.tr("Source %3 of %4 (Enter shows the next): %1 — “%2”")
                .replace("%3", str(index + 1))
                .replace("%4", str(count))
            )
        text = text.replace("%1", title).replace("%2", quoted)
        if self._session.document.citation_is_stale(citation):  # the one shown
            text = "⚠ " + self.tr("The source text no longer matches this citation.") + "\n" + text
        return text

    def request_passage(self) -> None:
        """Emit :attr:`passage_requested` for the item's next citation.

        The first request shows the first citation; asking again walks through the
        others (an actor's mentions, both sides of a conflict) and wraps around.
        """
        item = self._current()
        if item is None or not item.citations:
            return
        self._shown_citation = (self._shown_citation + 1) % len(item.citations)
        citation = item.citations[self._shown_citation]
        self._citation.setText(self._citation_text(item))
        self.passage_requested.emit(citation.article_id, citation.start, citation.end)

    def _on_field_edited(self, name: str, value: Any) -> None:
        item = self._current()
        if item is None or self._session.read_only:
            return
        if name == "actor_kind":
            value = ActorKind(value)
        try:
            new = item.with_changes(**{name: value})
        except ValueError:
            log.warning("refused %s=%r for %s", name, value, item.kind)
            return
        if new == item:
            return
        spec = next(s for s in ITEM_FIELDS[item.kind] if s.name == name)
        label = (
            self.tr("Edit %1: %2")
            .replace("%1", kind_label(item.kind))
            .replace("%2", _tr(spec.label))
        )
        self._session.apply(UpdateItem(new, label), merge_key=f"{item.id}:{name}:{self._visit}")

    def _on_changed(self, _operation: Operation, changes: list[Change]) -> None:
        if self._item_id is not None:
            self._refresh()
