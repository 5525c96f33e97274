"""Workers, settings, text positions, crash dialog and logging."""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, qWarning
from PySide6.QtGui import QGuiApplication

from briefing.gui import settings as opts
from briefing.gui.crash import CrashHandler, crash_report
from briefing.gui.logs import setup_logging
from briefing.gui.settings import Option, Settings
from briefing.gui.textpos import Utf16Map
from briefing.gui.workers import WorkRunner

# ---------------------------------------------------------------------- text positions

TEXT = st.text(alphabet=st.sampled_from([*list("ab \n"), "é", "😀", "🏛", "🧪", "中"]), max_size=40)


@given(TEXT)
@hsettings(max_examples=150, deadline=None)
def test_utf16_round_trip(text: str) -> None:
    positions = Utf16Map(text)
    assert positions.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        utf16 = len(text[:cp].encode("utf-16-le")) // 2
        assert positions.to_utf16(cp) == utf16
        assert positions.to_codepoint(utf16) == cp


def test_utf16_inside_surrogate_pair_rounds_down() -> None:
    positions = Utf16Map("a😀b")
    assert positions.to_codepoint(2) == 1  # between the two halves of the emoji
    assert positions.span_to_codepoints(0, 2) == (0, 1)
    assert positions.to_utf16(99) == 4 and positions.to_codepoint(-5) == 0


# ---------------------------------------------------------------------- workers


def test_worker_delivers_result_on_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = WorkRunner()
    ran_on: list[str] = []
    delivered_on: list[str] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    results: list[int] = []

    def on_result(value: int) -> None:
        delivered_on.append(threading.current_thread().name)
        results.append(value)

    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        runner.submit(work, on_result=on_result)
    assert results == [42]
    assert ran_on[0] != threading.main_thread().name
    assert delivered_on == [threading.main_thread().name]


def test_worker_delivers_exception(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = WorkRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        runner.submit(
            work, on_result=lambda _v: pytest.fail("no result expected"), on_error=errors.append
        )
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert runner.pending == 0


# ---------------------------------------------------------------------- settings


def test_settings_types_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.ini"
    first = Settings(path)
    assert first.get(opts.RECENT_FILES) == []
    assert first.get(opts.REOPEN_LAST) is True
    first.set(opts.WINDOW_GEOMETRY, b"\x00\x01binary")
    first.set(opts.HIDDEN_HIGHLIGHTS, ["date"])  # one element: INI stores a bare string
    first.set(opts.REOPEN_LAST, False)
    first.add_recent_file(tmp_path / "a.brief")
    first.add_recent_file(tmp_path / "b.brief")
    first.add_recent_file(tmp_path / "a.brief")
    first.sync()
    second = Settings(path)
    assert second.get(opts.WINDOW_GEOMETRY) == b"\x00\x01binary"
    assert second.get(opts.HIDDEN_HIGHLIGHTS) == ["date"]
    assert second.get(opts.REOPEN_LAST) is False
    assert second.recent_files() == [str(tmp_path / "a.brief"), str(tmp_path / "b.brief")]
    assert "version=1" in path.read_text()


def test_settings_bad_value_falls_back_to_default(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.ini"
    path.write_text("[project]\nreopen_last=maybe\n")
    assert Settings(path).get(opts.REOPEN_LAST) is True


def test_settings_upgrade_runs_for_old_files(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.ini"
    path.write_text("[meta]\nversion=1\n[old]\nlanguage=id\n")
    monkeypatch.setattr(opts, "SETTINGS_VERSION", 2)

    def move_language(qsettings) -> None:  # type: ignore[no-untyped-def]
        qsettings.setValue("ui/language", qsettings.value("old/language"))
        qsettings.remove("old")

    monkeypatch.setitem(opts.UPGRADES, 1, move_language)
    upgraded = Settings(path)
    assert upgraded.get(Option("ui/language", str, "")) == "id"
    upgraded.sync()
    assert "version=2" in path.read_text()
    _ = QByteArray  # settings store bytes as QByteArray


# ---------------------------------------------------------------------- crash and logging


def _raise() -> None:
    raise RuntimeError("boom in a slot")


def test_crash_dialog_shows_copyable_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    handler = CrashHandler()
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        try:
            _raise()
        except RuntimeError:
            handler.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        handler.uninstall()
    dialog = handler.last_dialog
    assert dialog is not None and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "RuntimeError: boom in a slot" in details and "_raise" in details
    dialog.copy_details()
    assert "boom in a slot" in QGuiApplication.clipboard().text()
    dialog.close()
    assert sys.excepthook != handler.handle


def test_crash_report_names_versions() -> None:
    try:
        _raise()
    except RuntimeError:
        report = crash_report(*sys.exc_info())  # type: ignore[arg-type]
    assert report.startswith("Briefing ") and "PySide6" in report and "Traceback" in report


@pytest.mark.qt_log_ignore("a test warning from Qt")
def test_logging_goes_to_rotating_file_with_qt_messages(tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    from pytestqt.qt_compat import qt_api

    path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("briefing.test").warning("hello from the test")
        qWarning("a test warning from Qt")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "hello from the test" in text
        assert "a test warning from Qt" in text
    finally:
        # hand Qt messages back to pytest-qt and drop our file handler
        qt_api.QtCore.qInstallMessageHandler(None)
        root = logging.getLogger()
        for handler in list(root.handlers):
            if handler.get_name() == "briefing-gui-file":
                root.removeHandler(handler)
                handler.close()


def _log_lines(handler: logging.Handler, first: int, last: int) -> None:
    log = logging.getLogger("briefing.test.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for n in range(first, last):
            log.warning("line %02d %s", n, "x" * 40)
    finally:
        log.removeHandler(handler)
        log.propagate = True


def test_log_file_rotates_keeping_three_old_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.logs import SizeRotatingHandler

    path = tmp_path / "briefing.log"
    handler = SizeRotatingHandler(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _log_lines(handler, 0, 60)
    handler.close()
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert names == ["briefing.log", "briefing.log.1", "briefing.log.2", "briefing.log.3"]
    assert all(p.stat().st_size <= 200 + 60 for p in tmp_path.glob("briefing.log*"))

    def numbers(name: str) -> list[int]:
        text = (tmp_path / name).read_text(encoding="utf-8")
        return [int(line.split()[1]) for line in text.splitlines()]

    # newest in the current file, then .1, .2, .3, each a run of consecutive lines
    runs = [
        numbers(n) for n in ("briefing.log", "briefing.log.1", "briefing.log.2", "briefing.log.3")
    ]
    assert runs[0][-1] == 59
    for newer, older in itertools.pairwise(runs):
        assert older[-1] + 1 == newer[0]


def test_log_rotation_that_cannot_move_the_file_keeps_writing(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch
):
    from briefing.gui import logs

    path = tmp_path / "briefing.log"
    handler = logs.SizeRotatingHandler(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _log_lines(handler, 0, 20)  # rotated a few times: .1 to .3 exist
    backups = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("briefing.log.*")}
    real_replace = os.replace

    def held_open(src, dst):  # type: ignore[no-untyped-def]
        if str(src) == str(path):
            raise PermissionError(13, "in use by another process")
        real_replace(src, dst)

    assert set(backups) == {"briefing.log.1", "briefing.log.2", "briefing.log.3"}
    monkeypatch.setattr(logs.os, "replace", held_open)
    _log_lines(handler, 20, 40)  # several tries while the file is held
    # the current file keeps every line (it grows past its size meanwhile), and the
    # backups shifted once to free .1, not again at each try: only the oldest went
    assert all(f"line {n:02d}" in path.read_text(encoding="utf-8") for n in range(20, 40))
    shifted = {
        "briefing.log.2": backups["briefing.log.1"],
        "briefing.log.3": backups["briefing.log.2"],
    }
    assert {
        p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("briefing.log.*")
    } == shifted
    monkeypatch.undo()
    _log_lines(handler, 40, 50)  # once the file can move again, rotation resumes
    handler.close()
    everything = "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert all(f"line {n:02d}" in everything for n in range(20, 50))
    assert path.stat().st_size <= 200 + 60


def test_log_file_rotated_by_another_window_is_reopened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.logs import SizeRotatingHandler

    path = tmp_path / "briefing.log"
    handler = SizeRotatingHandler(path, max_bytes=10_000)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _log_lines(handler, 0, 2)
    os.replace(path, tmp_path / "briefing.log.1")  # the other window rotated
    _log_lines(handler, 2, 3)
    handler.close()
    assert "line 02" in path.read_text(encoding="utf-8")
    assert "line 02" not in (tmp_path / "briefing.log.1").read_text(encoding="utf-8")


def test_log_size_zero_never_rotates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.logs import SizeRotatingHandler

    handler = SizeRotatingHandler(tmp_path / "briefing.log", max_bytes=0)
    _log_lines(handler, 0, 30)
    handler.close()
    assert [p.name for p in tmp_path.glob("briefing.log*")] == ["briefing.log"]


def test_log_rotation_that_cannot_move_a_backup_loses_nothing(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui import logs

    path = tmp_path / "briefing.log"
    handler = logs.SizeRotatingHandler(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _log_lines(handler, 0, 20)  # .1 and .2 exist
    real_replace = os.replace

    def backup_held(src, dst):  # type: ignore[no-untyped-def]
        if str(src).endswith(".log.1"):
            raise PermissionError(13, "in use by another process")
        real_replace(src, dst)

    newer = [(tmp_path / f"briefing.log.{n}").read_text(encoding="utf-8") for n in (1, 2)]
    monkeypatch.setattr(logs.os, "replace", backup_held)
    _log_lines(handler, 20, 40)
    # nothing set aside, and the newer backups kept (only the oldest, which any rotation
    # drops, may go): the shift stops where a file cannot move
    backups = "".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("briefing.log.*"))
    assert all(line in backups for text in newer for line in text.splitlines())
    text = path.read_text(encoding="utf-8")
    assert all(f"line {n:02d}" in text for n in range(20, 40))
    monkeypatch.undo()
    _log_lines(handler, 40, 60)  # rotation resumes once the backup can move
    handler.close()
    assert path.stat().st_size <= 200 + 60
    assert "line 5" in (tmp_path / "briefing.log.1").read_text(encoding="utf-8")


_WRITER = """
import logging, sys
from pathlib import Path
from briefing.gui.logs import SizeRotatingHandler
handler = SizeRotatingHandler(Path(sys.argv[1]), max_bytes=2000, backups=10_000)
handler.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("writer")
log.propagate = False
log.addHandler(handler)
for n in range(3000):
    log.warning("%s %05d %s", sys.argv[2], n, "z" * 30)
handler.close()
"""


def test_two_windows_rotating_one_log_lose_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two processes write and rotate the same log at once (backups enough for all)."""
    import subprocess
    import sys

    path = tmp_path / "briefing.log"
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), who]) for who in ("a", "b")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    lines = [
        line
        for p in tmp_path.glob("briefing.log*")
        if not p.name.endswith(".lock")
        for line in p.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted(lines) == sorted(f"{who} {n:05d} {'z' * 30}" for who in "ab" for n in range(3000))


def test_a_process_pool_shut_down_without_waiting_is_joined_before_exit() -> None:
    """The window shuts its pool down without waiting; ``join`` then lets its worker
    processes and manager thread stop, so nothing writes to a closed pipe at exit."""
    import multiprocessing

    from briefing.gui.workers import LazyProcessPool

    others = set(multiprocessing.active_children())  # other tests' pools may be stopping
    pool = LazyProcessPool(1)
    assert pool.submit(sum, [1, 2, 3]).result(timeout=60) == 6
    ours = set(multiprocessing.active_children()) - others
    assert ours
    pool.shutdown(wait=False, cancel_futures=True)
    pool.join(timeout=60)
    assert not any(process.is_alive() for process in ours)
    assert not any(t.name == "pool-join" and t.is_alive() for t in threading.enumerate())
