"""The crash handler: an unexpected exception shows a dialog with copyable details.

Nothing is lost by a crash — every change is already in the project file — so the
dialog says so and the app keeps running. Expected failures (``BriefingError``) are shown
by the code that expects them; one reaching this hook is still a bug and is reported.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from briefing import __version__

if TYPE_CHECKING:
    from briefing.gui.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a user can paste into a bug report (no article text, no file contents)."""
    import platform  # only when reporting: keeps start-up light

    lines = [
        f"Briefing {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {pyside_version}, Qt {qVersion()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


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
        app = QCoreApplication.instance()
        if app is None or not hasattr(app, "activeWindow") or self._showing:
            self._previous(exc_type, exc, tb)
            return
        # The dialog's widgets load only when needed: start-up stays light.
        from PySide6.QtCore import Qt

        from briefing.gui.crash_dialog import CrashDialog

        self._showing = True
        dialog = CrashDialog(crash_report(exc_type, exc, tb), app.activeWindow())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.last_dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self._showing = False
        self.last_dialog = None
