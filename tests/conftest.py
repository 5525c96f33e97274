"""Shared fixtures: where the read-only evaluation data lives, temporary projects."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFING_SHARED_DIR") or REPO.parent / "shared")
SEED_ARTICLE = SHARED / "corpus" / "seed" / "konteks-korut-troops.txt"
SEED_GOLD = SHARED / "corpus" / "seed" / "gold.json"

# Qt offscreen everywhere, also for subprocesses; user folders never touch $HOME.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("BRIEFING_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "state"))


@pytest.fixture(autouse=True)
def _no_system_cjk_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """PDFs come out the same on every machine: no CJK font of the system's is embedded
    unless a test names one (tests/export/test_pdf_cjk.py)."""
    monkeypatch.setenv("BRIEFING_CJK_FONTS", "")
    _reset_cjk_fonts()
    yield
    _reset_cjk_fonts()


def _reset_cjk_fonts() -> None:
    module = sys.modules.get("briefing.export.cjk_fonts")
    if module is not None:  # (not imported by the tests that export nothing)
        module.reset()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared evaluation folder is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_article_path(shared_dir: Path) -> Path:
    return SEED_ARTICLE


def libreoffice_convert(source: Path, target: str, folder: Path) -> Path:
    """Convert ``source`` with LibreOffice (headless, a private profile) into ``folder``.

    Missing LibreOffice skips the test on a developer's machine and fails it in CI,
    where .ci/run installs it.
    """
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail(
                "LibreOffice is missing in CI: .ci/run must install libreoffice-writer-nogui"
            )
        pytest.skip("LibreOffice is not installed; .ci/run installs libreoffice-writer-nogui")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{source.stem}.{target}"
