"""Export through the dialog: a real PDF read back with pypdf, a DOCX, the in-app preview."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
from PySide6.QtCore import Qt

from briefing.core.model import Outlook
from briefing.core.operations import InsertItem, SetInfo
from briefing.gui.export_dialog import ExportDialog
from tests.gui import brief_helpers

project_path = brief_helpers.project_path
session = brief_helpers.session


def make_dialog(qtbot, session) -> ExportDialog:
    dialog = ExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def prepare(session) -> None:
    from dataclasses import replace

    info = session.document.info
    session.apply(SetInfo(replace(info, title="Harbour status", marking="TLP:AMBER")))
    session.apply(
        InsertItem(
            "outlook",
            0,
            Outlook(statement="Berths stay open", likelihood="likely", confidence="high"),
        )
    )


def test_export_to_pdf_reads_back_with_pypdf(qtbot, session, tmp_path: Path) -> None:
    prepare(session)
    dialog = make_dialog(qtbot, session)
    assert dialog.path.text().endswith("Harbour-status.pdf")
    assert not dialog.open_button.isEnabled()
    out = tmp_path / "brief.pdf"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(out)]
    reader = pypdf.PdfReader(out)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Harbour status" in text
    assert "TLP:AMBER" in text
    assert "All berths reopen on Friday" in text
    assert "Berths stay open" in text
    assert str(out) in dialog.status.text()
    assert dialog.open_button.isEnabled()
    # The exported PDF is shown in the dialog.
    assert dialog.preview_widget.page_count == len(reader.pages)


def test_export_to_docx(qtbot, session, tmp_path: Path) -> None:
    prepare(session)
    dialog = make_dialog(qtbot, session)
    dialog.path.setText(str(tmp_path / "brief.pdf"))
    dialog.docx_button.click()
    assert dialog.path.text().endswith("brief.docx")
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        dialog.export_button.click()
    document = docx.Document(str(tmp_path / "brief.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Harbour status" in text


def test_preview_shows_the_pdf_in_the_dialog(qtbot, session) -> None:
    prepare(session)
    dialog = make_dialog(qtbot, session)
    assert dialog.preview_widget.page_count == 0
    with qtbot.waitSignal(dialog.preview_widget.loaded, timeout=20000) as blocker:
        dialog.preview_button.click()
    assert blocker.args[0] >= 1
    assert dialog.preview_widget.page_count == blocker.args[0]
    assert "page" in dialog.preview_widget._pages.text()
    assert dialog.export_button.isEnabled()


def test_an_export_error_is_shown_in_the_dialog(qtbot, session, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, session)
    dialog.path.setText(str(tmp_path / "missing-folder" / "brief.pdf"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "failed" in dialog.status.text(), timeout=20000)
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "missing-folder").exists()
    assert dialog.export_button.isEnabled()


def test_the_preview_says_when_a_file_is_not_a_pdf(qtbot, tmp_path: Path) -> None:
    from briefing.gui.pdf_preview import PdfPreview

    preview = PdfPreview()
    qtbot.addWidget(preview)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    assert preview.load(broken) is False
    assert "could not be shown" in preview._pages.text()
    assert preview.page_count == 0


def test_untitled_brief_exports_to_documents_or_home_when_it_is_missing(
    qapp, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from briefing.gui.export_dialog import default_output
    from briefing.gui.project_files import create_untitled
    from briefing.gui.session import ProjectSession

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "data"))
    opened = create_untitled()
    try:
        session = ProjectSession(opened.project)
        assert opened.untitled
        assert default_output(session, ".pdf").parent == home  # no ~/Documents yet
        (home / "Documents").mkdir()
        assert default_output(session, ".pdf").parent == home / "Documents"
    finally:
        opened.release()
        opened.project.close()
