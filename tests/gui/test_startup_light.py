"""Start-up stays light: the window is up without the ingest, analysis or export stacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from briefing.core.operations import AddArticle
from briefing.core.project import Project
from tests.gui.conftest import make_article

CHILD = r"""
import json, sys
from pathlib import Path
from briefing.gui.app import LaunchRequest, create_main_window, ensure_application
from briefing.gui.settings import Settings
app = ensure_application([])
window = create_main_window(LaunchRequest(project=Path(sys.argv[1])), Settings())
window.show()
app.processEvents()
heavy = [m for m in ("briefing.ingest", "briefing.analysis", "briefing.export", "lingua",
                     "trafilatura", "reportlab", "docx", "pypdf", "lxml") if m in sys.modules]
shown = window.reader.article.title if window.reader.article else None
window.close()
print(json.dumps({"heavy": heavy, "shown": shown}))
"""


def test_window_opens_without_heavy_modules(tmp_path: Path) -> None:
    project = tmp_path / "light.brief"
    with Project.create(project) as opened:
        opened.apply(AddArticle(make_article("A light 🪶 article.", "Light")))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(project)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["shown"] == "Light"
    assert result["heavy"] == []
