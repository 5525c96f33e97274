"""Start-up pauses the garbage collector only while it builds the window."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefing.core.project import Project
from briefing.gui import app as app_module
from briefing.gui import project_files
from briefing.gui.app import LaunchRequest, create_main_window, parse_arguments
from briefing.gui.settings import Settings


def test_command_line_suffix_matches_project_files() -> None:
    assert app_module.PROJECT_SUFFIX == project_files.PROJECT_SUFFIX
    request = parse_arguments([f"notes{project_files.PROJECT_SUFFIX}", "article.txt"])
    assert request.project == Path(f"notes{project_files.PROJECT_SUFFIX}")
    assert request.imports == [Path("article.txt")]


@pytest.mark.parametrize("enabled_before", [True, False])
def test_collector_state_is_restored(enabled_before: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled_before else gc.disable()
        with app_module._startup_gc():
            assert not gc.isenabled()
            with app_module._startup_gc():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable() if was else gc.disable()


def test_collector_is_back_on_after_the_window_is_built(
    qtbot: QtBot, settings: Settings, project_path: Path
) -> None:
    Project.create(project_path).close()
    assert gc.isenabled()
    window = create_main_window(LaunchRequest(project=project_path), settings, isolate=False)
    qtbot.addWidget(window)
    assert gc.isenabled()
    assert window.project_path == project_path.resolve()
    window.close()


def test_collector_is_back_on_when_building_fails(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(app_module, "choose_project", broken)
    with pytest.raises(RuntimeError):
        create_main_window(LaunchRequest(new=True), settings, isolate=False)
    assert gc.isenabled()
