"""Remake ``docs/screenshot.png``: the seed article, a brief half built from it.

Run: ``.venv/bin/python docs/screenshot.py [OUT.png]`` (offscreen; needs ``../shared``).
The window is driven through the same calls the gestures make: import, wait for the
analysis, accept Kirby's and Austin's quotes, the figures, the first outlook statement,
the two top key facts besides it and the two speakers, fill in the brief's details, select the first quote to edit it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "corpus" / "seed" / "konteks-korut-troops.txt"


def main(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="briefing-shot-"))
    for name, folder in (("CONFIG", "c"), ("DATA", "d")):
        os.environ[f"BRIEFING_{name}_DIR"] = str(scratch / folder)
    os.environ["XDG_STATE_HOME"] = str(scratch / "s")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEventLoop, QTimer

    from briefing.core.operations import AddArticle, SetInfo
    from briefing.gui import app as gui_app
    from briefing.gui import pipeline
    from briefing.gui.main_window import MainWindow
    from briefing.gui.project_files import create_project
    from briefing.gui.settings import Settings

    app = gui_app.ensure_application([])
    window = MainWindow(
        create_project(scratch / "seed.brief"), Settings(scratch / "s.ini"), processes=None
    )
    window.resize(1600, 960)
    window.show()
    article = pipeline.import_file(SEED)
    loop = QEventLoop()
    window.analysis.analysis_ready.connect(lambda *_: loop.quit())
    window.session.apply(AddArticle(article))
    window.select_article(article.id)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()

    panel = window.suggestions
    entries = panel.model.entries
    kirby = [e for e in entries("quote") if "Kirby" in e.detail][:2]
    austin = [e for e in entries("quote") if "Austin" in e.detail][:1]
    panel.accept(kirby + austin)
    panel.accept(entries("figure"))
    ahead = entries("outlook")[:1]
    spans = {(e.start, e.end) for e in ahead}
    panel.accept([e for e in entries("key_fact") if (e.start, e.end) not in spans][:2])
    panel.accept(ahead)
    panel.accept([e for e in entries("actor") if e.label in ("John Kirby", "Lloyd Austin")])
    info = replace(
        window.session.document.info,
        title="North Korean troops arrive in eastern Russia",
        dtg="251400Z OCT 24",
        marking="TLP:GREEN",
        author="Desk analyst",
        organisation="Open-source desk",
    )
    window.session.apply(SetInfo(info))
    panel.select_entry(entries("figure")[0])
    window.brief.select_item(window.session.document.items("situation")[0].id)
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(out))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshot.png")
