"""Project lifecycle: reopen on start, second instance read-only, Save As, New, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.model import Fact
from briefing.core.operations import AddArticle, InsertItem
from briefing.core.project import Project
from briefing.gui import settings as opts
from briefing.gui.app import LaunchRequest, choose_project, create_main_window, parse_arguments
from briefing.gui.main_window import MainWindow
from briefing.gui.project_files import create_project, open_project, untitled_dir
from tests.gui.conftest import make_article


def _fill(window) -> str:  # type: ignore[no-untyped-def]
    article = make_article("The council approved the 🌉 bridge budget.", "Bridge")
    window.session.apply(AddArticle(article))
    window.session.apply(InsertItem("situation", 0, Fact(text="Budget approved")))
    return article.id


def test_reopen_last_project_on_start(qtbot, window, settings, project_path):  # type: ignore[no-untyped-def]
    article_id = _fill(window)
    window.close()
    assert settings.get(opts.LAST_PROJECT) == str(project_path.resolve())
    assert str(project_path.resolve()) in settings.recent_files()
    reopened = create_main_window(LaunchRequest(), settings, isolate=False)
    qtbot.addWidget(reopened)
    assert reopened.project_path == project_path.resolve()
    assert not reopened.session.read_only
    assert [a.id for a in reopened.session.document.articles] == [article_id]
    assert reopened.session.document.items("situation")[0].headline == "Budget approved"
    assert reopened.reader.article is not None and reopened.reader.article.id == article_id
    reopened.close()


def test_second_instance_opens_read_only(qtbot, window, settings, project_path):  # type: ignore[no-untyped-def]
    _fill(window)
    second = MainWindow(open_project(project_path), settings)
    qtbot.addWidget(second)
    assert second.opened.locked_by_other
    assert second.session.read_only
    assert not second.read_only_banner.isHidden()
    assert "another Briefing window" in second.read_only_banner.text()
    assert "read-only" in second.windowTitle()
    assert not second.main_actions.import_files.isEnabled()
    assert second.session.document.items("situation")  # it still shows the brief
    second.close()
    # the first instance keeps editing
    window.session.apply(InsertItem("summary", 0, Fact(text="Still writable")))
    window.close()
    # once the first window is closed the lock is free again
    third = open_project(project_path)
    assert not third.project.read_only and not third.locked_by_other
    third.release()
    third.project.close()


def test_save_as_continues_in_the_copy(window, tmp_path):  # type: ignore[no-untyped-def]
    _fill(window)
    target = tmp_path / "copy"
    assert window.save_as(target)
    assert window.project_path == (tmp_path / "copy.brief").resolve()
    window.session.apply(InsertItem("summary", 0, Fact(text="Only in the copy")))
    with Project.open(tmp_path / "copy.brief", read_only=True) as copy:
        assert [i.headline for i in copy.document.items("summary")] == ["Only in the copy"]
    with Project.open(tmp_path / "work.brief", read_only=True) as original:
        assert not original.document.items("summary")
        assert original.document.items("situation")


def test_new_project_is_untitled_and_empty_one_is_discarded(window):  # type: ignore[no-untyped-def]
    window.new_project()
    path = window.project_path
    assert path.parent == untitled_dir().resolve()
    assert "Untitled" in window.windowTitle()
    assert not window.session.document.articles
    window.new_project()  # the first untitled project was empty: it is not kept
    assert not path.exists()


def test_open_damaged_project_reports_and_keeps_current(window, tmp_path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.brief"
    bad.write_bytes(b"not a project at all")
    before = window.project_path
    assert window.open_project_file(bad) is False
    assert window.project_path == before
    assert bad.read_bytes() == b"not a project at all"
    assert "not a Briefing project" in window.statusBar().currentMessage()


def test_command_line_brief_and_files(qtbot, settings, tmp_path):  # type: ignore[no-untyped-def]
    project = tmp_path / "cli.brief"
    create_project(project).release()
    article = tmp_path / "note.txt"
    article.write_text(
        "The harbour reopened on Friday after a week of repairs.\n", encoding="utf-8"
    )
    request = parse_arguments([str(project), str(article), "https://example.org/x", "-style", "x"])
    assert request.project == project
    assert request.imports == [article]
    assert request.urls == ["https://example.org/x"]
    assert request.qt_args == ["-style", "x"]
    opened, problems = choose_project(LaunchRequest(project=project), settings)
    assert opened.project.path == project.resolve() and not problems
    opened.release()
    opened.project.close()
    window = create_main_window(
        LaunchRequest(project=project, imports=[article]), settings, isolate=False
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.importer.batch_finished, timeout=30000):
        pass
    assert window.project_path == project.resolve()
    assert next(a.origin.file for a in window.session.document.articles).endswith("note.txt")
    window.close()


def test_recent_files_are_remembered(window, settings, tmp_path):  # type: ignore[no-untyped-def]
    other = tmp_path / "other.brief"
    create_project(other).release()
    assert window.open_project_file(other)
    recent = settings.recent_files()
    assert recent[0] == str(other.resolve())
    assert str((tmp_path / "work.brief").resolve()) in recent
    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert any("other.brief" in label for label in labels)


def test_window_layout_is_remembered(qtbot, window, settings, project_path: Path):  # type: ignore[no-untyped-def]
    window.resize(760, 540)  # fits the offscreen screen, so geometry restores exactly
    qtbot.wait(10)
    window.main_splitter.setSizes([200, 300, 200])
    sizes = window.main_splitter.sizes()
    window.close()
    again = create_main_window(LaunchRequest(project=project_path), settings, isolate=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.main_splitter.sizes() == sizes
    again.close()


def test_save_as_moves_an_untitled_project(window, tmp_path):  # type: ignore[no-untyped-def]
    window.new_project()
    scratch = window.project_path
    _fill(window)
    assert window.save_as(tmp_path / "named.brief")
    assert not scratch.exists()
    assert window.session.document.articles
    assert "named" in window.windowTitle()


def test_save_as_refuses_a_file_open_elsewhere(window, tmp_path):  # type: ignore[no-untyped-def]
    _fill(window)
    busy = tmp_path / "busy.brief"
    holder = create_project(busy)
    try:
        assert window.save_as(busy) is False
        assert busy.exists() and window.project_path == (tmp_path / "work.brief").resolve()
    finally:
        holder.release()
        holder.project.close()


def test_second_process_is_told_and_opens_read_only(window, project_path):  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys

    child = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from briefing.gui.project_files import open_project\n"
        "opened = open_project(Path(sys.argv[1]))\n"
        "print(json.dumps([opened.locked_by_other, opened.project.read_only]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", child, str(project_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [True, True]


def test_save_as_asks_before_replacing_a_name_it_extended(window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The file dialog confirmed "notes"; "notes.brief" exists: ask, and keep it on "No"."""
    precious = tmp_path / "notes.brief"
    with Project.create(precious) as other:
        other.apply(InsertItem("summary", 0, Fact(text="precious work")))
    _fill(window)
    asked: list[Path] = []
    monkeypatch.setattr(window, "_confirm_replace", lambda target: asked.append(target) or False)
    assert window.save_as(tmp_path / "notes", replace_confirmed=True) is False
    assert asked == [precious.resolve()]
    with Project.open(precious) as kept:
        assert kept.document.items("summary")[0].headline == "precious work"
    monkeypatch.setattr(window, "_confirm_replace", lambda target: True)
    assert window.save_as(tmp_path / "notes") is True
    assert window.project_path == precious.resolve()
    assert window.session.document.articles


def test_articles_waiting_to_be_added_survive_closing(qtbot, window, project_path, tmp_path):  # type: ignore[no-untyped-def]
    late = tmp_path / "late.txt"
    late.write_text(
        "The harbour reopened on Monday after the storm. Ships queued outside the port.\n",
        encoding="utf-8",
    )
    window.importer._flush_timer.setInterval(60_000)  # hold it in the coalescing queue
    window.import_paths([late])
    qtbot.waitUntil(lambda: bool(window.importer._queued), timeout=30_000)
    window.close()
    with Project.open(project_path) as saved:
        assert [a.origin.file for a in saved.document.articles] == ["late.txt"]
        assert len(saved.document.articles) == 1


def test_a_new_brief_starts_with_the_last_briefs_details(qtbot, window, settings):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from briefing.core.operations import SetInfo

    info = window.session.document.info
    window.session.apply(
        SetInfo(
            replace(
                info,
                title="Harbour closure",
                dtg="251400Z OCT 24",
                author="Desk analyst",
                organisation="Open-source desk",
                marking="RESTRICTED",
                language="id",
            )
        )
    )
    window.new_project()
    fresh = window.session.document.info
    assert window.opened.untitled
    assert (fresh.author, fresh.organisation, fresh.marking, fresh.language) == (
        "Desk analyst",
        "Open-source desk",
        "RESTRICTED",
        "id",
    )
    assert (fresh.title, fresh.dtg) == ("", "")  # each brief's own
    assert window.brief.info_form.author.text() == "Desk analyst"
    # undoing an edit remembers the restored details too
    window.session.apply(SetInfo(replace(fresh, marking="SECRET")))
    window.session.undo_stack.undo()
    assert settings.new_brief_info().marking == "RESTRICTED"
    window.close()


def test_new_brief_details_fall_back_to_the_ui_language(settings) -> None:  # type: ignore[no-untyped-def]
    assert settings.new_brief_info("id").language == "id"
    assert settings.new_brief_info().marking == "UNCLASSIFIED"
    settings.set(opts.BRIEF_DEFAULTS, "{not json")
    assert settings.new_brief_info("ms").language == "ms"
    settings.set(opts.BRIEF_DEFAULTS, '{"author": 3, "title": "x", "language": "fr"}')
    info = settings.new_brief_info("ms")
    assert (info.author, info.title, info.language) == ("", "", "fr")


def test_a_file_that_cannot_be_written_opens_read_only_and_says_why(  # type: ignore[no-untyped-def]
    window, tmp_path, monkeypatch
):
    from briefing.core import project as project_module

    other = tmp_path / "on-a-share.brief"
    create_project(other).release()
    monkeypatch.setattr(project_module, "_writable", lambda _path: False)  # root writes all
    assert window.open_project_file(other)
    assert window.session.read_only
    banner = window.read_only_banner
    assert not banner.isHidden() and "cannot be written" in banner.text()
    assert "newer version" not in banner.text()


def test_a_folder_where_no_lock_can_be_made_is_not_another_window(  # type: ignore[no-untyped-def]
    window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QLockFile

    from briefing.gui import project_files

    other = tmp_path / "read-only-folder.brief"
    create_project(other).release()

    class CannotLock:  # what QLockFile says in a folder it cannot write
        def setStaleLockTime(self, _ms: int) -> None: ...
        def tryLock(self, _timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(project_files, "_lock_for", lambda _path: CannotLock())
    assert window.open_project_file(other)
    assert window.session.read_only and not window._opened.locked_by_other
    assert "cannot be written" in window.read_only_banner.text()


def test_a_folder_that_does_not_exist_is_no_other_window(tmp_path):  # type: ignore[no-untyped-def]
    from briefing.core.errors import ProjectError
    from briefing.gui.project_files import is_locked_elsewhere

    target = tmp_path / "no-such-folder" / "brief.brief"
    assert not is_locked_elsewhere(target)  # a real QLockFile that cannot be made
    with pytest.raises(ProjectError, match="cannot write in"):
        create_project(target)


def test_an_empty_lock_file_left_by_a_power_cut_is_no_other_window(tmp_path):  # type: ignore[no-untyped-def]
    from briefing.gui.project_files import is_locked_elsewhere, open_project

    path = tmp_path / "brief.brief"
    create_project(path).release()
    (tmp_path / "brief.brief.lock").write_bytes(b"")  # created, never written
    assert not is_locked_elsewhere(path)
    (tmp_path / "brief.brief.lock").write_bytes(b"")
    opened = open_project(path)
    assert not opened.project.read_only and not opened.locked_by_other
    opened.release()
    opened.project.close()
