"""How the brief editor feels: keystroke latency, drag moves, build time on a long brief.

Every keystroke in a field is an operation persisted in its own SQLite transaction (the
design's "nothing is lost"), so typing costs more than in a bare QLineEdit; this prints
both, measured in the same run, and the ratio. Run: ``.venv/bin/python benchmarks/brief_editing.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from briefing.core.model import Fact
from briefing.core.operations import Batch, InsertItem
from briefing.core.project import Project
from briefing.gui.brief_editor import BriefEditor
from briefing.gui.session import ProjectSession

KEYSTROKES = 100
ITEMS = 500
MOVES = 30


def _session(folder: Path, name: str, items: int) -> ProjectSession:
    project = Project.create(folder / name)
    if items:
        project.apply(
            Batch(
                tuple(
                    InsertItem("situation", i, Fact(text=f"Fact number {i}: " + "word " * 12))
                    for i in range(items)
                )
            )
        )
    return ProjectSession(project)


def _typing_ms(widget: QLineEdit, app: QApplication) -> list[float]:
    widget.setFocus()
    times = []
    for _ in range(KEYSTROKES):
        start = time.perf_counter()
        QTest.keyClick(widget, Qt.Key.Key_A)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _build_ms(make: object, app: QApplication) -> float:
    start = time.perf_counter()
    widget = make()  # type: ignore[operator]
    widget.resize(500, 800)
    widget.show()
    app.processEvents()
    widget.grab()
    elapsed = (time.perf_counter() - start) * 1000
    widget.close()
    return elapsed


def main() -> int:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parents[1]) as tmp:
        folder = Path(tmp)
        empty = _session(folder, "empty.brief", 0)
        long = _session(folder, "long.brief", ITEMS)

        _build_ms(QWidget, app)  # warm up fonts and style
        bare_ms = _build_ms(QWidget, app)
        empty_ms = _build_ms(lambda: BriefEditor(empty), app)
        long_ms = _build_ms(lambda: BriefEditor(long), app)
        print(f"first paint: bare QWidget {bare_ms:.1f} ms")
        print(f"first paint: BriefEditor, empty brief {empty_ms:.1f} ms")
        print(f"first paint: BriefEditor, {ITEMS} items {long_ms:.1f} ms")

        bare = QLineEdit()
        bare.show()
        bare_typing = _typing_ms(bare, app)
        editor = BriefEditor(empty)
        editor.show()
        app.processEvents()
        typing = _typing_ms(editor.info_form.title, app)
        assert empty.document.info.title == "a" * KEYSTROKES
        assert empty.undo_stack.count() == 1
        bare_median, median = statistics.median(bare_typing), statistics.median(typing)
        print(
            f"keystroke in the title (persisted): median {median:.2f} ms, "
            f"max {max(typing):.2f} ms over {KEYSTROKES}"
        )
        print(f"keystroke in a bare QLineEdit: median {bare_median:.3f} ms")
        print(f"ratio (title / bare): {median / bare_median:.0f}x")

        editor = BriefEditor(long)
        editor.show()
        app.processEvents()
        model = editor.model
        situation = model.section_index("situation")
        move_times = []
        for i in range(MOVES):
            first = model.index(0, 0, situation)
            mime = model.mimeData([first])
            start = time.perf_counter()
            model.dropMimeData(mime, Qt.DropAction.MoveAction, ITEMS - i, 0, situation)
            app.processEvents()
            move_times.append((time.perf_counter() - start) * 1000)
        print(
            f"drag-move in a {ITEMS}-item brief: median {statistics.median(move_times):.1f} ms, "
            f"max {max(move_times):.1f} ms over {MOVES}"
        )
        for session in (empty, long):
            session.undo_stack.clear()
            session.project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
