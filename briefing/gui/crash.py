"""The crash handler: an unexpected exception shows a dialog with copyable details.

Nothing is lost by a crash — every change is already in the project file — so the
dialog says so and the app keeps running. Expected failures (``BriefingError``) are shown
by the code that expects them; one reaching this hook is still a bug and is reported.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing import __version__

log = logging.getLogger(__name__)


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a user can paste into a bug report (no article text, no file contents)."""
    lines = [
        f"Briefing {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {pyside_version}, Qt {qVersion()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Says what happened, that nothing was lost, and offers the details to copy."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing ran into a problem"))
        self.setObjectName("crashDialog")
        intro = QLabel(
            self.tr(
                "Something went wrong that Briefing did not expect. Your project is safe: "
                "every change was saved as you made it.\n\nIf you report this, please "
                "include the details below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy Details"), self)
        copy.setToolTip(self.tr("Copy the error details to the clipboard"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashHandler:
    """Installs itself as ``sys.excepthook``; restore the previous hook with :meth:`uninstall`."""

    def __init__(self) -> None:
        self._previous = sys.excepthook
        self._showing = False
        self.last_dialog: CrashDialog | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if app is None or self._showing:
            self._previous(exc_type, exc, tb)
            return
        self._showing = True
        dialog = CrashDialog(crash_report(exc_type, exc, tb), QApplication.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.last_dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self._showing = False
        self.last_dialog = None
