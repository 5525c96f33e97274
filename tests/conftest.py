"""Shared fixtures: where the read-only evaluation data lives, temporary projects."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared evaluation folder is missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_article_path(shared_dir: Path) -> Path:
    return SEED_ARTICLE
