"""An installed wheel is a working app: the bundled resources and templates ride along."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_runs_the_demo_outside_the_checkout(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(REPO)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "briefing/_data/templates/standard/template.toml",
        "briefing/_data/resources/sample/sample-article.txt",
        "briefing/_data/resources/icons/briefing.svg",
        "briefing/analysis/models/ner_id.json.gz",
        "briefing/gui/i18n/briefing_id.qm",
    ):
        assert needed in names, needed
    assert any(
        n.startswith("briefing/_data/resources/fonts/") and n.endswith(".ttf") for n in names
    )

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import briefing; print(briefing.__file__)"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(site)), where.stdout + where.stderr
    demo = subprocess.run(
        [sys.executable, "-m", "briefing", "demo", "--out", str(tmp_path / "out")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert (tmp_path / "out" / "brief.pdf").stat().st_size > 5000
