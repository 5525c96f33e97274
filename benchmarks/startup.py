"""Start-up: time to the first painted main window, against a bare PySide6 QMainWindow.

Run: ``.venv/bin/python benchmarks/startup.py [--runs N]``.

Each measurement is a fresh subprocess (cold interpreter, warm disk cache). The time to
the first Paint event of its main window is printed from launch (the parent's clock
before it spawns the child: what a user waits for) and from the child's first line of
Python (interpreter start-up, the same for every case, left out), each as wall time and as
the process's CPU time. Four cases: a bare ``QMainWindow`` (the baseline); the app's widget
inventory built by plain PySide code without any app logic (what the widgets alone cost,
so the rest is the app's own Python); the app on an empty project; the app on a project
with 20 articles. The app is started through its real entry point (``briefing.__main__``
as ``briefing FILE`` runs it: command-line dispatch, logging, translators and crash
handler included). Targets: ≤ 1.5× the bare window (empty)
and ≤ 2× (20 articles). The child also reports whether the ingest/analysis layers were
imported before the first paint (they must not be). Uses the offscreen platform unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

CHILD = r"""
import time
t0 = time.perf_counter()
c0 = time.process_time()
import json, sys
mode, project = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.ms = None
        self.cpu_ms = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.ms is None:
            self.at = time.perf_counter()
            self.ms = (self.at - t0) * 1000
            self.cpu_ms = (time.process_time() - c0) * 1000
            self.cpu_all_ms = time.process_time() * 1000
            QTimer.singleShot(0, self.app.quit)
        return False

def build_floor_window():
    # The app's widget inventory (four panes, a form, a toolbar, 57 actions, about 185
    # widgets) built by plain PySide code with no app logic: what any window like ours costs.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
    from PySide6.QtWidgets import (
        QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
        QScrollArea, QSplitter, QStackedWidget, QTableView, QTextEdit, QTreeView, QVBoxLayout,
        QWidget,
    )
    window = QMainWindow()
    actions = []
    for i in range(57):
        action = QAction(f"Action {i}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Alt+{chr(65 + i % 26)}"))
        action.setToolTip(f"Does thing {i}")
        actions.append(action)
    for m in range(6):
        menu = window.menuBar().addMenu(f"Menu {m}")
        menu.addActions(actions[m * 9:(m + 1) * 9])
    toolbar = window.addToolBar("Main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions(actions[:12])
    toolbar.addWidget(QLabel("Add selection as:"))
    toolbar.addActions(actions[12:20])
    sources = QTableView()
    sources.setModel(QStandardItemModel(0, 6, sources))
    suggestions = QWidget()
    s_layout = QVBoxLayout(suggestions)
    s_layout.addWidget(QLabel("<b>Suggestions</b>"))
    s_layout.addWidget(QLineEdit())
    s_layout.addWidget(QComboBox())
    tree = QTreeView()
    tree.setModel(QStandardItemModel(0, 2, tree))
    s_layout.addWidget(tree)
    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(sources)
    left.addWidget(suggestions)
    reader = QWidget()
    r_layout = QVBoxLayout(reader)
    r_layout.addWidget(QLabel("<b>Reader</b>"))
    for k in range(7):
        r_layout.addWidget(QCheckBox(f"Kind {k}"))
    r_layout.addWidget(QTextEdit())
    brief = QWidget()
    form = QFormLayout()
    for k in range(7):
        form.addRow(QLabel(f"Field {k}"), QLineEdit())
    form.addRow(QLabel("Template"), QComboBox())
    form.addRow(QLabel("Language"), QComboBox())
    b_layout = QVBoxLayout(brief)
    b_layout.addLayout(form)
    items = QTreeView()
    items.setModel(QStandardItemModel(0, 1, items))
    b_layout.addWidget(items)
    b_layout.addWidget(QPushButton("Add item"))
    stack = QStackedWidget()
    for k in range(4):
        page = QWidget()
        QFormLayout(page).addRow(QLabel(f"Detail {k}"), QLineEdit())
        stack.addWidget(page)
    b_layout.addWidget(stack)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(brief)
    main = QSplitter(Qt.Orientation.Horizontal)
    main.addWidget(left)
    main.addWidget(reader)
    main.addWidget(scroll)
    window.setCentralWidget(main)
    window.statusBar().addPermanentWidget(QProgressBar())
    window.statusBar().showMessage("Ready")
    return window

probes = []

def watch(window):
    probes.append(FirstPaint(QApplication.instance()))
    window.installEventFilter(probes[-1])
    window.resize(1600, 960)  # one size for every case: the offscreen screen is smaller

if mode in ("bare", "floor"):
    app = QApplication([])
    window = QMainWindow() if mode == "bare" else build_floor_window()
    watch(window)
    window.show()
    app.exec()
else:
    # The app's own entry point, as `briefing FILE` runs it (briefing.__main__, the
    # command line's dispatch, logging, translators, crash handler); the window gets the
    # probe when it is made, before run() shows it.
    from briefing.gui import app as gui_app
    create = gui_app.create_main_window
    def watched_create(*args, **kwargs):
        window = create(*args, **kwargs)
        watch(window)
        return window
    gui_app.create_main_window = watched_create
    from briefing.__main__ import main as briefing_main
    briefing_main([project] if project else ["--new"])
heavy = sorted(m for m in ("briefing.ingest", "briefing.analysis", "lingua", "trafilatura", "reportlab") if m in sys.modules)
probe = probes[0]
print(json.dumps({"ms": probe.ms, "cpu_ms": probe.cpu_ms, "at": probe.at, "cpu_all_ms": probe.cpu_all_ms, "heavy_before_exit": heavy}))
"""


def _measure(mode: str, project: str, env: dict[str, str]) -> dict[str, object]:
    spawned = time.perf_counter()  # CLOCK_MONOTONIC: the same clock in the child
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, project],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    result = dict(json.loads(out.stdout.strip().splitlines()[-1]))
    result["launch_ms"] = (float(result["at"]) - spawned) * 1000
    return result


def _project_with_articles(path: Path, count: int, scratch: Path) -> None:
    from _gui_corpus import write_articles

    from briefing import ingest
    from briefing.core.operations import AddArticle
    from briefing.core.project import Project

    with Project.create(path) as project:
        for file in write_articles(scratch, count) if count else []:
            project.apply(AddArticle(ingest.import_path(file)))


TARGETS = {"app, empty project": 1.5, "app, 20 articles": 2.0}


def _report(title: str, samples: dict[str, list[float]]) -> None:
    medians = {name: statistics.median(values) for name, values in samples.items()}
    bare = medians["bare QMainWindow"]
    print(title + ":")
    for name, value in medians.items():
        ratio = value / bare
        target = TARGETS.get(name)
        verdict = (
            ""
            if target is None
            else (f"  target ≤ {target}×: " + ("met" if ratio <= target else "MISSED"))
        )
        spread = f"min {min(samples[name]):.0f} max {max(samples[name]):.0f}"
        print(f"  {name:<20} {value:7.0f} ms  ({ratio:.2f}× bare; {spread}){verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["BRIEFING_CONFIG_DIR"] = str(base / "config")
        env["BRIEFING_DATA_DIR"] = str(base / "data")
        env["XDG_STATE_HOME"] = str(base / "state")
        env["PYTHONPATH"] = str(REPO)
        # Measure the app as installed: with its bytecode cached (pip writes .pyc files at
        # install time). With PYTHONDONTWRITEBYTECODE every start would recompile the
        # app's modules from source, while the baseline's stdlib and PySide6 stay cached.
        bytecode_note = "cached" if "PYTHONDONTWRITEBYTECODE" not in env else "cached (forced)"
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        project = base / "twenty.brief"
        _project_with_articles(project, 20, base / "articles")
        empty = base / "empty.brief"
        _project_with_articles(empty, 0, base / "none")
        cases = {
            "bare QMainWindow": ("bare", ""),
            "same widgets, no app": ("floor", ""),
            "app, empty project": ("app", str(empty)),
            "app, 20 articles": ("app", str(project)),
        }
        heavy: dict[str, object] = {}
        for _ in range(1):  # warm the disk cache for every case
            for mode, proj in cases.values():
                _measure(mode, proj, env)
        measures = ("launch_ms", "ms", "cpu_all_ms", "cpu_ms")
        samples = {m: {name: [] for name in cases} for m in measures}
        for _ in range(args.runs):
            for name, (mode, proj) in cases.items():  # interleaved: drift hits all alike
                result = _measure(mode, proj, env)
                for measure in measures:
                    samples[measure][name].append(float(result[measure]))  # type: ignore[arg-type]
                heavy[name] = result["heavy_before_exit"]
    print(
        f"platform: {env['QT_QPA_PLATFORM']}; bytecode {bytecode_note}; "
        f"{args.runs} runs each, medians; targets: empty ≤ 1.5×, 20 articles ≤ 2× bare"
    )
    _report(
        "From launch (process start to first paint: what the user waits for)",
        samples["launch_ms"],
    )
    _report("From the child's first line of Python (interpreter start-up left out)", samples["ms"])
    _report("CPU time from launch (less sensitive to a busy machine)", samples["cpu_all_ms"])
    _report("CPU time from the first line of Python", samples["cpu_ms"])
    if hasattr(os, "getloadavg"):
        print(f"  machine load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for name, modules in heavy.items():
        if name.startswith("app"):
            print(
                f"  {name}: heavy modules loaded by exit (after paint, in workers): {modules or 'none'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
