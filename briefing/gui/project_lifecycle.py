"""New, Open, Save As and the recent files: the main window's project lifecycle.

A mixin of :class:`~briefing.gui.main_window.MainWindow` rather than a module of free
functions, because every step swaps what the window shows (session, reader,
suggestions, title, banner). Its strings keep the ``MainWindow`` translation context,
where the Indonesian translation has them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from briefing.core.errors import BriefingError, ProjectError
from briefing.gui import settings as opts
from briefing.gui.highlight import notice_color
from briefing.gui.project_files import (
    PROJECT_SUFFIX,
    OpenedProject,
    create_untitled,
    discard_if_empty_untitled,
    discard_untitled,
    is_locked_elsewhere,
    new_brief_info,
    open_project,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QMenu, QWidget

    from briefing.gui.analysis_runner import AnalysisRunner
    from briefing.gui.conflict_tracker import ConflictTracker
    from briefing.gui.importer import ImportController
    from briefing.gui.reader import ReaderView
    from briefing.gui.session import ProjectSession
    from briefing.gui.settings import Settings
    from briefing.gui.suggestions_panel import SuggestionsPanel

translate = QCoreApplication.translate


class ProjectLifecycle:
    """Project switching for the main window (see the module docstring)."""

    if TYPE_CHECKING:  # provided by MainWindow
        settings: Settings
        session: ProjectSession
        importer: ImportController
        analysis: AnalysisRunner
        conflicts: ConflictTracker
        reader: ReaderView
        suggestions: SuggestionsPanel
        read_only_banner: QLabel
        recent_menu: QMenu
        _opened: OpenedProject
        _current_article: str | None
        _opening: bool

        def show_message(self, text: str, timeout_ms: int = 6000) -> None: ...
        def select_article(self, article_id: str) -> None: ...
        def setWindowTitle(self, title: str) -> None: ...
        def setWindowFilePath(self, path: str) -> None: ...
        def palette(self) -> QPalette: ...
        def _warn(self, title: str, text: str) -> None: ...
        def _update_actions(self) -> None: ...

    @property
    def project_path(self) -> Path:
        return self.session.project.path

    @property
    def opened(self) -> OpenedProject:
        return self._opened

    def new_project(self) -> None:
        try:
            opened = create_untitled(new_brief_info(self.settings))
        except BriefingError as exc:
            self._warn(translate("MainWindow", "Cannot create a project"), str(exc))
            return
        self._switch_to(opened)
        self.show_message(translate("MainWindow", "New project"))

    def open_project_file(self, path: Path | str, *, read_only: bool = False) -> bool:
        path = Path(path).resolve()
        if path == self.project_path.resolve() and not read_only:
            return True
        try:
            opened = open_project(path, read_only=read_only)
        except BriefingError as exc:
            self.settings.remove_recent_file(path)
            self._warn(translate("MainWindow", "Cannot open the project"), str(exc))
            return False
        self._switch_to(opened)
        self.show_message(translate("MainWindow", "Opened {name}").format(name=path.name))
        return True

    def save_as(self, target: Path | str, *, replace_confirmed: bool = False) -> bool:
        """Copy the project to ``target`` and continue there.

        An existing file is replaced only when the user confirmed it (the file dialog
        asks for the exact name it returns; a name we extend with ".brief" is asked here).
        The copy is moved over the old file only once complete.
        """
        target = Path(target).resolve()
        if target.suffix != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
            replace_confirmed = False
        if target == self.project_path.resolve():
            return True
        try:
            if is_locked_elsewhere(target):
                raise ProjectError(f"{target.name} is open in another Briefing window")
        except (BriefingError, OSError) as exc:
            self._warn(translate("MainWindow", "Cannot save the project"), str(exc))
            return False
        if target.exists() and not replace_confirmed and not self._confirm_replace(target):
            return False
        self.importer.flush()  # articles that just arrived belong in the copy
        try:
            self.session.project.save_as(target)
            opened = open_project(target)
        except (BriefingError, OSError) as exc:
            self._warn(translate("MainWindow", "Cannot save the project"), str(exc))
            return False
        # what a read-only window could keep only for the session goes into its copy
        self.suggestions.model.carry_unsaved_to(opened.project)
        was_untitled = self._opened.untitled
        old = self._switch_to(opened)
        if was_untitled:
            # "Save As" of an untitled project moves it: the scratch copy is not kept.
            discard_untitled(old)
        self.show_message(translate("MainWindow", "Saved as {name}").format(name=target.name))
        return True

    def _switch_to(self, opened: OpenedProject) -> OpenedProject:
        """Show ``opened`` instead of the current project; returns the one closed."""
        self.importer.flush()
        old = self._opened
        self._opened = opened
        # a Save As copy keeps its articles' ids: their analyses (and the panel's
        # accepted and rejected marks) carry over; another project shares none
        self.analysis.retain({a.id for a in opened.project.document.articles})
        self.conflicts.reset()
        self._current_article = None
        self.reader.set_article(None)
        self.suggestions.set_entries(None, [])
        self.session.replace_project(opened.project)
        old.release()
        discard_if_empty_untitled(old)
        self._project_changed()
        return old

    def _project_changed(self) -> None:
        opened = self._opened
        path = opened.project.path
        if not opened.untitled:
            self.settings.add_recent_file(path)
        self.settings.set(opts.LAST_PROJECT, str(path))
        name = translate("MainWindow", "Untitled") if opened.untitled else path.stem
        suffix = translate("MainWindow", " [read-only]") if opened.project.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — Briefing")
        self.setWindowFilePath(str(path))
        self._update_banner()
        self._update_actions()
        if self.session.document.articles:
            self._opening = True
            try:
                self.select_article(self.session.document.articles[0].id)
            finally:
                self._opening = False

    def _update_banner(self) -> None:
        opened = self._opened
        if opened.locked_by_other:
            text = translate(
                "MainWindow",
                "{name} is open in another Briefing window, so it is shown read-only here. "
                "Use File › Save Project As to work on a copy.",
            ).format(name=opened.project.path.name)
        elif opened.project.newer_than_app:
            text = translate(
                "MainWindow",
                "{name} was made by a newer version of Briefing and is shown read-only.",
            ).format(name=opened.project.path.name)
        elif opened.project.read_only:
            text = translate(
                "MainWindow",
                "{name} cannot be written here, so it is shown read-only. "
                "Use File › Save Project As to work on a copy.",
            ).format(name=opened.project.path.name)
        else:
            self.read_only_banner.setVisible(False)
            return
        background = notice_color(self.palette()).name()
        self.read_only_banner.setStyleSheet(
            f"QLabel#readOnlyBanner {{ background: {background}; }}"
        )
        self.read_only_banner.setText(text)
        self.read_only_banner.setVisible(True)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "(none)")).setEnabled(False)
            return
        for number, entry in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(entry).name}")
            action.setToolTip(entry)
            action.triggered.connect(lambda _c=False, p=entry: self.open_project_file(p))

    def _ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            cast("QWidget", self),
            translate("MainWindow", "Open Project"),
            str(self._dialog_dir()),
            "Briefing projects (*.brief)",
        )
        if path:
            self.open_project_file(path)

    def _ask_save_as(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            cast("QWidget", self),
            translate("MainWindow", "Save Project As"),
            str(self._dialog_dir()),
            "Briefing projects (*.brief)",
        )
        if path:
            self.save_as(path, replace_confirmed=True)

    def _dialog_dir(self) -> Path:
        return Path.home() if self._opened.untitled else self.project_path.parent

    def _confirm_replace(self, target: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            cast("QWidget", self),
            translate("MainWindow", "Replace project?"),
            translate("MainWindow", "{name} already exists. Replace it with this project?").format(
                name=target.name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
