"""Export the brief to PDF or DOCX, with a preview of the PDF inside the app.

The export runs off the GUI thread (the shell's :class:`WorkRunner`) on a snapshot of the
document, so the analyst may keep editing while it renders. Expected failures
(:class:`BriefingError`: a missing folder, a bad template) are shown in the dialog;
anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing.core.document import Document
from briefing.core.errors import BriefingError
from briefing.gui.brief_info_form import LazyTemplateCombo
from briefing.gui.pdf_preview import PdfPreview
from briefing.gui.project_files import is_untitled
from briefing.gui.session import ProjectSession
from briefing.gui.workers import WorkRunner

log = logging.getLogger(__name__)

FORMAT_SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


def snapshot(document: Document) -> Document:
    """A copy the export thread can read while the GUI thread keeps changing the original.

    Items and articles are immutable values, so copying the containers is enough.
    """
    return Document(
        document.info,
        document.articles,
        {key: list(items) for key, items in document.sections.items()},
    )


def default_output(session: ProjectSession, suffix: str) -> Path:
    """Beside the project file (or in Documents for an untitled project), named after
    the brief's title."""
    title = session.document.info.title.strip()
    stem = re.sub(r"[^\w\-]+", "-", title, flags=re.UNICODE).strip("-")[:60]
    project = session.project.path
    folder = project.parent
    if is_untitled(project):
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # Qt names ~/Documents even where it was never made (servers, fresh accounts):
        # an export there would fail, so the home folder it is.
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / ((stem or project.stem or "brief") + suffix)


def _export(document: Document, out: Path, template: str) -> Path:
    from briefing.export import export_brief

    return export_brief(document, out, template=template)


class ExportDialog(QDialog):
    """Format, template and file; Preview renders a PDF into the dialog, Export writes it."""

    exported = Signal(str)
    """``exported(path)``: the brief was written to ``path``."""

    def __init__(
        self,
        session: ProjectSession,
        parent: QWidget | None = None,
        runner: WorkRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._own_runner = runner is None
        self._runner = runner or WorkRunner(1, self)
        self._busy = 0
        self._temp = QTemporaryDir(QDir.tempPath() + "/briefing-preview-XXXXXX")
        self.setWindowTitle(self.tr("Export brief"))
        self.setObjectName("ExportDialog")

        self.pdf_button = QRadioButton(self.tr("&PDF"))
        self.docx_button = QRadioButton(self.tr("&Word (DOCX)"))
        self.pdf_button.setToolTip(self.tr("A PDF for printing and circulation"))
        self.docx_button.setToolTip(self.tr("A Word document others can edit"))
        self._formats = QButtonGroup(self)
        self._formats.addButton(self.pdf_button)
        self._formats.addButton(self.docx_button)
        self.pdf_button.setChecked(True)
        self.pdf_button.toggled.connect(self._format_changed)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_button)
        formats.addWidget(self.docx_button)
        formats.addStretch(1)

        self.template = LazyTemplateCombo()
        self.template.set_template(session.document.info.template)
        self.template.setAccessibleName(self.tr("Export template"))
        self.template.setToolTip(self.tr("The layout of the exported brief"))

        self.path = QLineEdit(str(default_output(session, ".pdf")))
        self.path.setAccessibleName(self.tr("Output file"))
        self.path.setToolTip(self.tr("Where the exported file is written"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose the output file"))
        browse.setAccessibleName(self.tr("Browse for the output file"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), formats)
        form.addRow(self.tr("&Template:"), self.template)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Export in progress"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setToolTip(self.tr("Render the brief as PDF and show it here"))
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setToolTip(self.tr("Write the file"))
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(
            self.tr("&Open file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setToolTip(self.tr("Open the exported file in its usual application"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_exported)
        self._last_export: Path | None = None
        self.preview_button.clicked.connect(self.preview)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        options = QWidget()
        left = QVBoxLayout(options)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        left.addWidget(self.progress)

        self.preview_widget = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(options)
        splitter.addWidget(self.preview_widget)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.pdf_button, self.docx_button)
        self.setTabOrder(self.docx_button, self.template)
        self.setTabOrder(self.template, self.path)
        self.setTabOrder(self.path, browse)
        self.resize(980, 640)

    # ------------------------------------------------------------------ options

    @property
    def format(self) -> str:
        return "pdf" if self.pdf_button.isChecked() else "docx"

    def output_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(FORMAT_SUFFIXES[self.format])))

    def _browse(self) -> None:
        suffix = FORMAT_SUFFIXES[self.format]
        filters = self.tr("PDF (*.pdf)") if self.format == "pdf" else self.tr("Word (*.docx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export brief"), self.path.text(), filters
        )
        if chosen:
            path = Path(chosen)
            self.path.setText(
                str(path if path.suffix.lower() == suffix else path.with_suffix(suffix))
            )

    # ------------------------------------------------------------------ work

    def _start(self, message: str) -> None:
        self._busy += 1
        self.status.setText(message)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.preview_button.setEnabled(False)

    def _finish(self) -> None:
        self._busy = max(self._busy - 1, 0)
        if not self._busy:
            self.progress.setVisible(False)
            self.export_button.setEnabled(True)
            self.preview_button.setEnabled(True)

    def export(self) -> None:
        """Write the chosen format to the chosen file, off the GUI thread."""
        text = self.path.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        out = self.output_path().with_suffix(FORMAT_SUFFIXES[self.format])
        self.path.setText(str(out))
        document, template = snapshot(self._session.document), self.template.currentText()
        self._start(self.tr("Exporting to %1…").replace("%1", out.name))
        self._runner.submit(
            lambda: _export(document, out, template),
            on_result=self._exported,
            on_error=self._failed,
            label=f"export {out}",
        )

    def preview(self) -> None:
        """Render a PDF into a temporary folder and show it in the dialog."""
        if not self._temp.isValid():
            self.status.setText(self.tr("No temporary folder for the preview is available."))
            return
        out = Path(self._temp.path()) / "preview.pdf"
        document, template = snapshot(self._session.document), self.template.currentText()
        self._start(self.tr("Rendering the preview…"))
        self._runner.submit(
            lambda: _export(document, out, template),
            on_result=self._previewed,
            on_error=self._failed,
            label="export preview",
        )

    def _exported(self, path: Path) -> None:
        self._finish()
        self.status.setText(self.tr("Exported to %1").replace("%1", str(path)))
        if path.suffix.lower() == ".pdf":
            self.preview_widget.load(path)
        self._last_export = path
        self.open_button.setEnabled(True)
        self.exported.emit(str(path))

    def open_exported(self) -> None:
        """Hand the exported file to the desktop (PDF viewer, word processor)."""
        if self._last_export is not None and self._last_export.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_export)))

    def _previewed(self, path: Path) -> None:
        self._finish()
        if self.preview_widget.load(path):
            self.status.setText(
                self.tr("Preview of the %1 template.").replace("%1", self.template.currentText())
            )

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, BriefingError):
            self.status.setText(self.tr("Export failed: %1").replace("%1", str(error)))
            return
        self.status.setText(self.tr("Export failed because of an internal error."))
        raise error

    def done(self, result: int) -> None:
        if self._own_runner:
            self._runner.wait()  # exports take well under a second; never orphan a job
        self.preview_widget.clear()
        super().done(result)
