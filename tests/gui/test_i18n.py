"""The Indonesian translation: complete for the reading side, loadable from .qm and .ts."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from briefing.gui.i18n import I18N_DIR, TsTranslator, load_translator

TS = I18N_DIR / "briefing_id.ts"
QM = I18N_DIR / "briefing_id.qm"
BIN = Path(__file__).resolve().parents[2] / ".venv" / "bin"

# Contexts of the shell and the reading side (the brief editor's strings are in the
# same file; their completeness is checked the same way when listed here).
SHELL_CONTEXTS = {
    "MainWindow",
    "MainActions",
    "ReaderView",
    "SourcesModel",
    "SuggestionsModel",
    "SuggestionsPanel",
    "ImportController",
    "ImportResultsPanel",
    "CrashDialog",
    "Highlight",
}


def test_ts_translator_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = TsTranslator(TS)
    assert len(translator) > 100
    assert translator.translate("MainActions", "&File") == "&Berkas"
    assert translator.translate("MainWindow", "no such string") == ""
    assert translator.translate("BriefEditor", "Delete %n items", None, 3) == "Hapus %n butir"


def test_qm_is_compiled_from_the_current_ts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed; the .ts fallback is used instead")
    assert QM.is_file()
    out = tmp_path / "briefing_id.qm"
    try:
        subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on briefing_id.ts"
    finally:
        out.unlink(missing_ok=True)


def test_every_shell_string_is_translated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    gui = Path(__file__).resolve().parents[2] / "briefing" / "gui"
    ts_out = tmp_path / "scan.ts"
    try:
        subprocess.run(
            [
                lupdate,
                *sorted(map(str, gui.glob("*.py"))),
                "-locations",
                "none",
                "-ts",
                str(ts_out),
            ],
            check=True,
            capture_output=True,
        )
        found = {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts_out).getroot().iter("context")
            for m in c.iter("message")
            if c.findtext("name") in SHELL_CONTEXTS
        }
    finally:
        ts_out.unlink(missing_ok=True)
    translator = TsTranslator(TS)
    missing = sorted(s for s in found if not translator.translate(s[0] or "", s[1] or ""))
    assert not missing, f"untranslated strings (update briefing_id.ts): {missing[:5]}"


def test_main_window_in_indonesian(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.main_window import MainWindow
    from briefing.gui.project_files import create_project

    app = QCoreApplication.instance()
    translator = load_translator("id", app)  # type: ignore[arg-type]
    assert translator is not None
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(create_project(tmp_path / "id.brief"), settings)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["&Berkas", "&Sunting"]
        assert window.main_actions.add_as["quote"].text() == "Tambah sebagai &kutipan"
        assert window.suggestions.accept_action.text() == "&Terima"
        # the analysis's actor kinds are shown in the UI's language too
        from briefing.analysis.suggestions import ActorSuggestion, Mention
        from briefing.gui.pipeline import SuggestionEntry

        actor = ActorSuggestion(
            name="Lloyd Austin",
            kind="person",
            role="Menteri Pertahanan AS",
            aliases=(),
            mentions=(Mention(0, 5), Mention(10, 15)),
        )
        entry = SuggestionEntry("actor", actor.name, "person, ×2", 0, 5, actor, ((0, 5), (10, 15)))
        window.suggestions.set_entries(None, [entry])
        model = window.suggestions.model
        index = model.index_of(entry).siblingAtColumn(1)
        assert model.data(index) == "Orang, Menteri Pertahanan AS, ×2"
        window.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_ui_language_from_locale_names() -> None:
    from briefing.gui.i18n import ui_language

    assert ui_language("id_ID") == "id"
    assert ui_language("C") == "en"
    assert ui_language("POSIX") == "en"
