"""Opening, creating and locking project files for the GUI.

A project file is edited by one app instance at a time: a :class:`QLockFile` beside it
(``name.brief.lock``) tells a second instance, which then opens the file read-only and
says so. An untitled project is a real file in the user data folder, so every change is
persisted from the first keystroke, as for a saved one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from briefing.core.errors import ProjectError
from briefing.core.model import BriefInfo
from briefing.core.project import Project
from briefing.core.resources import user_data_dir

if TYPE_CHECKING:
    from briefing.gui.settings import Settings

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".brief"


@dataclass
class OpenedProject:
    """A project with the lock that makes this instance its editor (None when read-only)."""

    project: Project
    lock: QLockFile | None
    locked_by_other: bool = False
    untitled: bool = False
    notes: list[str] = field(default_factory=list)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def untitled_dir() -> Path:
    return user_data_dir() / "untitled"


def is_untitled(path: Path) -> bool:
    try:
        return path.resolve().parent == untitled_dir().resolve()
    except OSError:
        return False


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    # A lock left by a crashed instance goes stale once its process is gone; QLockFile
    # checks the pid itself, the timeout only covers a frozen owner.
    lock.setStaleLockTime(0)
    return lock


def _try_lock(lock: QLockFile) -> str:
    """``"locked"`` (ours now), ``"other"`` (another window holds it) or ``"cannot"`` (no
    lock file can be made there: a read-only or missing folder)."""
    if lock.tryLock(0):
        return "locked"
    if lock.error() != QLockFile.LockError.LockFailedError:
        return "cannot"
    pid, _host, _app = lock.getLockInfo()
    if pid > 0:
        return "other"
    # an empty or unreadable lock file (the machine stopped as it was written) never
    # goes stale by itself: no window holds it
    if not lock.removeStaleLockFile():
        return "other"  # held after all (written an instant from now)
    return "locked" if lock.tryLock(0) else "cannot"


def is_locked_elsewhere(path: Path) -> bool:
    """True when another Briefing window holds ``path``'s lock."""
    lock = _lock_for(Path(path).resolve())
    state = _try_lock(lock)
    if state == "locked":
        lock.unlock()
    return state == "other"


def open_project(path: Path, *, read_only: bool = False) -> OpenedProject:
    """Open ``path``; if another instance holds its lock, open it read-only."""
    path = Path(path).resolve()
    lock: QLockFile | None = None
    locked_by_other = False
    if not read_only:
        lock = _lock_for(path)
        state = _try_lock(lock)
        if state != "locked":
            # Only a lock another process holds means another window; a lock file that
            # cannot be made (a read-only folder) means the file cannot be written here.
            locked_by_other = state == "other"
            log.info(
                "%s %s: opening read-only",
                path,
                "is open in another instance" if locked_by_other else "cannot be locked",
            )
            read_only = True
            lock = None
    try:
        project = Project.open(path, read_only=read_only)
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    if project.read_only and lock is not None:
        # A file from a newer version opens read-only: no need to hold its lock.
        lock.unlock()
        lock = None
    return OpenedProject(project, lock, locked_by_other, untitled=is_untitled(path))


def create_project(path: Path, info: BriefInfo | None = None) -> OpenedProject:
    path = Path(path).resolve()
    lock = _lock_for(path)
    state = _try_lock(lock)
    if state == "other":
        raise ProjectError(f"{path.name} is in use by another Briefing window")
    if state == "cannot":
        raise ProjectError(f"cannot write in {path.parent}: choose another folder")
    try:
        project = Project.create(path, info)
    except BaseException:
        lock.unlock()
        raise
    return OpenedProject(project, lock, untitled=is_untitled(path))


def create_untitled(info: BriefInfo | None = None) -> OpenedProject:
    """A new, empty project in the user data folder, named after the moment it was made."""
    folder = untitled_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    path = folder / f"Untitled {stamp}{PROJECT_SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"Untitled {stamp} ({n}){PROJECT_SUFFIX}"
        n += 1
    return create_project(path, info)


def new_brief_info(settings: Settings) -> BriefInfo:
    """A new brief's title block: the analyst's usual one, in the UI's language at first."""
    from dataclasses import replace

    from briefing.gui.brief_info_form import BRIEF_LANGUAGES
    from briefing.gui.i18n import ui_language
    from briefing.gui.settings import UI_LANGUAGE

    language = ui_language(settings.get(UI_LANGUAGE))
    fallback = language if language in BRIEF_LANGUAGES else "en"
    info = settings.new_brief_info(fallback)
    # a stored language the export no longer has words for (or a hand-edited file)
    return info if info.language in BRIEF_LANGUAGES else replace(info, language=fallback)


def open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def discard_if_empty_untitled(opened: OpenedProject) -> None:
    """An untitled project nobody put anything in is not worth keeping."""
    document = opened.project.document
    if not opened.untitled or document.articles or any(True for _ in document.all_items()):
        return
    path = opened.project.path
    if opened.project.read_only:
        return
    try:
        opened.project.close()
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the empty untitled project %s: %s", path, exc)


def discard_untitled(opened: OpenedProject) -> None:
    """Remove an untitled project's file (after "Save As" moved its content elsewhere)."""
    if not opened.untitled or opened.lock is not None:
        return
    path = opened.project.path
    try:
        opened.project.close()
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the untitled project %s: %s", path, exc)
