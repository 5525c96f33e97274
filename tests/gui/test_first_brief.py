"""The issue's acceptance path: drop the seed article, accept, mark, export a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.gui.test_import_drop import drop, file_mime


def test_first_brief_from_the_seed_article(qtbot, window, seed_article_path: Path, tmp_path):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysis.analysis_ready, timeout=120000):
        drop(window, file_mime(seed_article_path))
    panel = window.suggestions

    quotes = [
        e for e in panel.model.entries("quote") if "Kirby" in e.detail or "Austin" in e.detail
    ]
    assert {"Kirby", "Austin"} <= {w for e in quotes for w in ("Kirby", "Austin") if w in e.detail}
    assert panel.accept(quotes) == len(quotes)
    panel.select_entry(panel.model.entries("figure")[0])
    assert panel.accept_current_kind() >= 3
    assert {3000, 10000, 1500} <= {f.value for f in window.session.document.items("figures")}
    assert panel.accept(panel.model.entries("key_fact")[:2]) == 2

    marking = window.brief.info_form.marking.lineEdit()
    marking.selectAll()
    qtbot.keyClicks(marking, "TLP:GREEN")
    assert window.session.document.info.marking == "TLP:GREEN"

    window.export()
    from briefing.gui.export_dialog import ExportDialog

    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "first-brief.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_button.click()
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "TLP:GREEN" in text
    assert "Kirby" in text and "Austin" in text
    assert "3.000" in text or "3,000" in text
    dialog.close()
