"""Entry of the desktop app: ``briefing [FILE...]`` and ``python -m briefing``.

``run(argv)`` opens the main window. A ``.brief`` argument opens that project (what a
file manager's "Open with" calls); other files and http(s) links are imported into the
project that opens — the last one used, or a new untitled one. Only Qt and the core are
imported here: ingest and analysis load in the workers when first needed.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from briefing import __version__
from briefing.core.errors import BriefingError
from briefing.core.resources import APP_NAME

if TYPE_CHECKING:
    from briefing.gui.project_files import OpenedProject
    from briefing.gui.settings import Settings

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".brief"
"""Same as ``project_files.PROJECT_SUFFIX``; repeated so parsing the command line does
not import the core's project machinery (a test checks the two agree)."""


@contextmanager
def _startup_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while start-up builds long-lived objects.

    Start-up creates some hundred thousand objects that all stay alive (modules, the
    dataclasses and enums of the core, PySide6's enum classes, the widgets). Each time
    the allocation count crosses a threshold, CPython scans them again — about a tenth of
    the start-up CPU time, none of it finding garbage. Collection resumes (the previous
    state is restored) when the block ends, so nothing is leaked; it is nestable.

    On the way out the survivors are moved to the oldest generation (freeze, then
    unfreeze: two list splices), so the first young collection after start-up — usually
    just before the first paint — does not walk them all once more. They are still
    collected by the next full collection, like any long-lived object.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:  # never thaw what someone else froze
                gc.freeze()
                gc.unfreeze()
            gc.enable()


QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-style",
        "-stylesheet",
        "-qwindowgeometry",
        "-qwindowtitle",
        "-qwindowicon",
        "-display",
        "-geometry",
        "-title",
        "-name",
        "-session",
        "-qmljsdebugger",
        "-widgetcount",
    }
)
"""Qt's own command-line options that take a value (QApplication reads them)."""


@dataclass
class LaunchRequest:
    """What the command line asked for."""

    project: Path | None = None
    imports: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    new: bool = False
    qt_args: list[str] = field(default_factory=list)


def parse_arguments(argv: list[str]) -> LaunchRequest:
    request = LaunchRequest()
    args = iter(argv)
    for arg in args:
        if arg == "--new":
            request.new = True
        elif arg.startswith("-"):
            request.qt_args.append(arg)
            if arg.split("=", 1)[0] in QT_OPTIONS_WITH_VALUE and "=" not in arg:
                request.qt_args.append(next(args, ""))
        elif arg.lower().startswith(("http://", "https://")):
            request.urls.append(arg)
        elif arg.lower().endswith(PROJECT_SUFFIX) and request.project is None:
            request.project = Path(arg)
        else:
            request.imports.append(Path(arg))
    return request


def choose_project(request: LaunchRequest, settings: Settings) -> tuple[OpenedProject, list[str]]:
    """The project to open, and problems to tell the user once the window is up."""
    from briefing.gui import settings as opts
    from briefing.gui.project_files import create_untitled, new_brief_info, open_project

    problems: list[str] = []
    if request.project is not None:
        try:
            return open_project(request.project), problems
        except BriefingError as exc:
            problems.append(str(exc))
    elif not request.new and settings.get(opts.REOPEN_LAST):
        last = settings.get(opts.LAST_PROJECT)
        if last and Path(last).is_file():
            try:
                return open_project(Path(last)), problems
            except BriefingError as exc:
                problems.append(str(exc))
    return create_untitled(new_brief_info(settings)), problems


def ensure_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    with _startup_gc():
        return _new_application(argv)


def _new_application(argv: list[str]) -> QApplication:
    # Imported here, inside _startup_gc: the first use of ``Qt`` builds ~100 enum classes.
    from PySide6.QtCore import Qt

    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "briefing", *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefing")
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def _app_icon() -> QIcon | None:
    from briefing.core.resources import resources_dir

    try:
        folder = resources_dir() / "icons"
    except BriefingError:
        return None
    for name in ("briefing.svg", "briefing.png"):
        if (folder / name).is_file():
            return QIcon(str(folder / name))
    return None


def create_main_window(request: LaunchRequest, settings: Settings, *, isolate: bool = True):  # type: ignore[no-untyped-def]
    """Build the main window for ``request`` and start its imports (no event loop here).

    ``isolate`` runs import and analysis in worker processes (the app); tests that spy
    on the pipeline turn it off.
    """
    with _startup_gc():
        return _create_main_window(request, settings, isolate=isolate)


def _create_main_window(request: LaunchRequest, settings: Settings, *, isolate: bool):  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow
    from briefing.gui.workers import LazyProcessPool

    opened, problems = choose_project(request, settings)
    window = MainWindow(opened, settings, processes=LazyProcessPool() if isolate else None)
    if request.imports:
        window.import_paths(request.imports)
    for url in request.urls:
        window.importer.import_url(url)
    for problem in problems:
        QTimer.singleShot(
            0, window, lambda p=problem: window._warn(window.tr("Cannot open the project"), p)
        )
    return window


def _join_workers(window: object) -> None:
    """Let the worker processes stop before the interpreter does (the window shut its pool
    down without waiting; see :meth:`LazyProcessPool.join`)."""
    from briefing.gui.workers import LazyProcessPool

    processes = getattr(window, "processes", None)
    if isinstance(processes, LazyProcessPool):
        processes.join()


def run(argv: list[str]) -> int:
    """Open the app; returns the exit status of the event loop."""
    from briefing.gui.qt_workarounds import immortalize_singletons, skip_feature_source_scan

    skip_feature_source_scan()  # first: the app's modules load from here on
    from briefing.gui import settings as opts
    from briefing.gui.crash import CrashHandler
    from briefing.gui.i18n import install_translators, ui_language
    from briefing.gui.logs import setup_logging
    from briefing.gui.settings import Settings

    with _startup_gc():
        immortalize_singletons()
        request = parse_arguments(argv)
        app = ensure_application(request.qt_args)
        log_path = setup_logging()
        log.info("Briefing %s starting; log at %s", __version__, log_path)
        settings = Settings()
        language = ui_language(os.environ.get("BRIEFING_LANG") or settings.get(opts.UI_LANGUAGE))
        translators = install_translators(app, language)
        crash = CrashHandler()
        crash.install()
    window = None
    try:
        window = create_main_window(request, settings)
        window.show()
        if os.environ.get("BRIEFING_QUIT_AFTER_PAINT"):
            # Smoke test of a build (installer/build.py): open, paint once, quit cleanly.
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)
        return int(app.exec())
    finally:
        _join_workers(window)
        crash.uninstall()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
