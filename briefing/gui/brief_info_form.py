"""The brief's title block: title, date-time group, author, organisation, marking…

Each field edit is a ``SetInfo`` operation; typing into one field merges into one undo
step (merge key per field). The template list comes from the export layer, loaded only
when the user opens the list, so the window does not wait for reportlab at start-up.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from briefing.core.document import Change, InfoChanged
from briefing.core.model import BriefInfo
from briefing.core.operations import Operation, SetInfo
from briefing.gui.item_editors import BriefUndoKeys
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
        self.dtg.setMinimumWidth(self.dtg.fontMetrics().horizontalAdvance("000000Z WWW 00") + 16)
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
