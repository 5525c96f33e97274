"""Logging for the app: a rotating file in the user log folder, Qt's messages included.

Qt reports problems (a bad signal connection, a missing plugin) through its own message
handler; routing them into :mod:`logging` puts them in the same file as ours.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from briefing.core.resources import user_log_dir

LOG_FILE = "briefing.log"
_HANDLER_NAME = "briefing-gui-file"

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

qt_log = logging.getLogger("qt")

MAX_BYTES = 1_000_000
BACKUPS = 3


class SizeRotatingHandler(logging.FileHandler):
    """``briefing.log`` plus ``.1`` … ``.3``, each up to ``MAX_BYTES`` (0: never rotate).

    What ``logging.handlers.RotatingFileHandler`` does, without that module (it imports
    socket, pickle and queue, about 10 ms on the way to the first window), and more
    careful where several windows share the folder: a file another program holds open
    (Windows) stops the shift where it is, and the handler keeps writing and tries
    again after another ``max_bytes``; a file another window has already rotated is
    reopened rather than rotated again.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        self.max_bytes = max_bytes
        self.backups = backups
        self._rotate_at = max_bytes
        self._inode: tuple[int, int] | None = None
        super().__init__(path, mode="a", encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.max_bytes > 0:
                if self._rotated_elsewhere():
                    self._reopen()
                if self.stream.tell() >= self._rotate_at and os.path.isfile(self.baseFilename):
                    self.rotate()
        except (OSError, ValueError):
            self.handleError(record)
        super().emit(record)

    def _rotated_elsewhere(self) -> bool:
        """Whether the file at the log's name is no longer the one this handler wrote."""
        try:
            current = os.stat(self.baseFilename)
        except FileNotFoundError:
            return True
        if self._inode is None:
            return False
        return (current.st_dev, current.st_ino) != self._inode

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        opened = os.fstat(stream.fileno())
        self._inode = (opened.st_dev, opened.st_ino)
        return stream

    def _reopen(self) -> None:
        if self.stream is not None:
            self.stream.close()
        self.stream = self._open()
        self._rotate_at = self.max_bytes

    def rotate(self) -> None:
        """Shift the backups oldest first, then the current file to ``.1``.

        Each step is one rename that leaves every file in place if it fails: a backup or
        the current file held open elsewhere stops the shift there, the current file
        keeps being written, and the next try comes after another ``max_bytes`` (a
        failed shift costs at most the oldest backup, which rotating drops anyway, and
        only once: the slot it freed is still free at the next try). Windows sharing the
        folder take turns (a lock beside the log, where the system has one), and one
        that finds the file already rotated by another reopens it instead.
        """
        base = self.baseFilename
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.close()
        with _rotation_lock(base):
            if self._rotated_elsewhere():
                self.stream = self._open()
                self._rotate_at = self.max_bytes
                return
            # make room at .1: shift the run of backups up to the first free slot only,
            # so a retry after a failed move shifts nothing twice
            free = next(
                (n for n in range(1, self.backups + 1) if not os.path.exists(f"{base}.{n}")),
                self.backups,
            )
            try:
                for number in range(free, 1, -1):
                    os.replace(f"{base}.{number - 1}", f"{base}.{number}")
                os.replace(base, f"{base}.1")
            except OSError:
                self._retry_later()
                return
            self.stream = self._open()
            self._rotate_at = self.max_bytes

    def _retry_later(self) -> None:
        """Reopen the current file and rotate only after another ``max_bytes``."""
        self.stream = self._open()
        self._rotate_at = self.stream.tell() + self.max_bytes


@contextlib.contextmanager
def _rotation_lock(base: str) -> Iterator[None]:
    """Hold ``briefing.log-rotation.lock`` exclusively while rotating (POSIX ``flock``; elsewhere a file
    held open cannot be renamed, so two windows cannot rotate over each other)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        handle = open(f"{base}-rotation.lock", "a")  # noqa: SIM115 - closed below
    except OSError:
        yield
        return
    try:
        for _ in range(_LOCK_TRIES):  # never wait long: another window may be stopped
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                time.sleep(0.01)
            except OSError:
                break  # no locks on this file system (some network mounts)
        yield
    finally:
        handle.close()  # releases the lock


_LOCK_TRIES = 100


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Route a Qt message into the ``qt`` logger (category kept in the record)."""
    category = context.category or "default"
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "[%s] %s", category, message)


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to ``folder/briefing.log`` (1 MB × 4 files) and route Qt messages; returns the path."""
    folder = folder or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    handler = SizeRotatingHandler(path)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    qInstallMessageHandler(qt_message_handler)
    logging.getLogger(__name__).info("log started")
    return path
