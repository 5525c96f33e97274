"""Responsiveness: import 50 articles through the GUI path and report event-loop stalls.

Run: ``.venv/bin/python benchmarks/responsiveness.py [--articles N] [--report-of N]``.

A QTimer heartbeat ticks every 5 ms on the GUI thread while the main window imports
distinct real articles (IndoSum, written to a temporary folder) exactly as a drop does —
``MainWindow.import_paths`` → workers → ``AddArticle`` → analysis of each article in the
background. A stall is a gap between ticks beyond the interval. Prints the longest stall
(target < 100 ms), the 99th percentile gap, the wall time, and the resident memory with
all articles open and analysed (target ≤ 300 MB). Offscreen platform unless
QT_QPA_PLATFORM says otherwise.

Then the same for one long report (160 of those articles joined, ~45,000 words, as a
user may drop a long PDF): its thousands of suggestions must not freeze the window
either (no target in the issue; the same 100 ms is used).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

INTERVAL_MS = 5


def _rss_mb() -> tuple[float, float]:
    """Current and peak resident set size in MB (Linux /proc; 0 elsewhere)."""
    values = {"VmRSS": 0.0, "VmHWM": 0.0}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in values:
                values[key] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return values["VmRSS"], values["VmHWM"]


def _children_rss_mb() -> list[float]:
    """RSS of this process's children (the worker processes), Linux only."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(os.getpid()) and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return sizes


def _measure(paths: list[Path], project: Path, args: argparse.Namespace) -> None:
    """Import ``paths`` into a new window on ``project``; print stalls and memory."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from briefing.gui.app import ensure_application
    from briefing.gui.main_window import MainWindow
    from briefing.gui.project_files import create_project
    from briefing.gui.settings import Settings
    from briefing.gui.workers import LazyProcessPool

    app = ensure_application([])
    processes = None if args.threads_only else LazyProcessPool(args.workers)
    window = MainWindow(create_project(project), Settings(), processes=processes)
    window.show()
    for _ in range(20):
        app.processEvents()
    rss_before, _ = _rss_mb()

    gaps: list[float] = []
    busy: list[float] = []  # GUI-thread CPU time between ticks (ms)
    clock = QElapsedTimer()
    last = [0.0, time.thread_time()]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        cpu = time.thread_time()
        gaps.append(now - last[0])
        busy.append((cpu - last[1]) * 1000)
        last[0], last[1] = now, cpu

    heartbeat = QTimer()
    heartbeat.setInterval(INTERVAL_MS)
    heartbeat.timeout.connect(tick)
    imported: list[object] = []
    done = {"imports": False}
    window.importer.batch_finished.connect(
        lambda results: (imported.extend(results), done.update(imports=True))
    )

    clock.start()
    heartbeat.start()
    started = time.perf_counter()
    window.import_paths(paths)
    while not (done["imports"] and window.runner.pending == 0):
        app.processEvents()
        time.sleep(0.001)
    # let the last results reach the views
    end = time.perf_counter() + 0.2
    while time.perf_counter() < end:
        app.processEvents()
    wall = time.perf_counter() - started
    heartbeat.stop()
    rss, peak = _rss_mb()
    children = _children_rss_mb()

    stalls = [g - INTERVAL_MS for g in gaps]
    longest = max(stalls) if stalls else 0.0
    p99 = statistics.quantiles(stalls, n=100)[98] if len(stalls) > 100 else longest
    ok = sum(getattr(r, "status", "") == "imported" for r in imported)
    analysed = sum(
        1 for a in window.session.document.articles if window.analysis.entries(a.id) is not None
    )
    mode = "threads only" if args.threads_only else "import/analysis in worker processes"
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}; heartbeat every {INTERVAL_MS} ms; {mode}")
    print(f"  imported {ok}/{len(paths)} articles, analysed {analysed}, in {wall:.1f} s")
    verdict = "met" if longest < 100 else "MISSED"
    print(
        f"  longest event-loop stall: {longest:.0f} ms (target < 100 ms: {verdict}); "
        f"99th percentile {p99:.0f} ms; {len(gaps)} ticks"
    )
    print(
        f"  longest GUI-thread CPU burst between ticks: {max(busy, default=0):.0f} ms "
        f"(the rest of a stall is the OS scheduling other work or waiting on disk); "
        f"stalls over 100 ms: {sum(s > 100 for s in stalls)}"
    )
    if hasattr(os, "getloadavg"):
        print(
            f"  machine load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
    verdict = "met" if rss <= 300 else "MISSED"
    print(
        f"  memory with {len(window.session.document.articles)} articles open: RSS {rss:.0f} MB "
        f"(peak {peak:.0f} MB; {rss_before:.0f} MB before import) — target ≤ 300 MB: {verdict}"
    )
    if children:
        print(
            f"  worker processes: RSS {' + '.join(f'{c:.0f}' for c in children)} MB "
            f"(total with the GUI: {rss + sum(children):.0f} MB)"
        )
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument(
        "--report-of", type=int, default=160, help="articles joined into the long report (0: none)"
    )
    parser.add_argument("--workers", type=int, default=None, help="worker processes")
    parser.add_argument(
        "--threads-only", action="store_true", help="no worker processes (for comparison)"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        os.environ["BRIEFING_CONFIG_DIR"] = str(base / "config")
        os.environ["BRIEFING_DATA_DIR"] = str(base / "data")
        os.environ["XDG_STATE_HOME"] = str(base / "state")
        from _gui_corpus import write_articles, write_report

        _measure(write_articles(base / "articles", args.articles), base / "bench.brief", args)
        if args.report_of:
            print(f"one long report ({args.report_of} articles joined):")
            _measure([write_report(base / "report", args.report_of)], base / "long.brief", args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
