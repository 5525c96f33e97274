"""PDF export read back with pypdf: golden text, metadata, outline, links, fonts, odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.core.document import Document
from briefing.core.errors import ExportFailed
from briefing.core.model import BriefInfo, Fact, Figure, Quote
from briefing.export import export_brief, render_brief
from tests.export.briefs import SCRIPT_FACTS, harbour_brief, scripts_brief
from tests.export.conftest import (
    compare_golden,
    fonts_used_by_text,
    needs_pdffonts,
    pdf_pages_text,
    pdffonts,
)


@pytest.mark.parametrize("template", ["standard", "sitrep", "one-page"])
def test_pdf_text_matches_golden(tmp_path: Path, template: str) -> None:
    out = export_brief(harbour_brief(), tmp_path / "brief.pdf", template=template, invariant=True)
    compare_golden(f"harbour-{template}.pdf.txt", pdf_pages_text(out))


def test_invariant_pdf_is_repeatable() -> None:
    first = render_brief(harbour_brief(), ".pdf", invariant=True)
    assert render_brief(harbour_brief(), ".pdf", invariant=True) == first


def test_pdf_content_metadata_outline_and_links(tmp_path: Path) -> None:
    out = export_brief(harbour_brief(), tmp_path / "brief.pdf", invariant=True)
    reader = PdfReader(str(out))
    text = "\n".join(pdf_pages_text(out))
    for expected in (
        "Port Alder storm damage",
        "051200ZMAR25",
        "Desk Officer Lane",
        "Minister; Logistics Desk",
        "Two cranes were damaged",
        "We expect the backlog to clear within ten days",
        "Mira Okafor, operations director",
        "1,200",  # English grouping
        "LIKELIHOOD: LIKELY",
        "CONFIDENCE: MODERATE",
        "Sources differ: at least 1,200 containers (Alder Daily); 900 containers (Coastal Bulletin)",
        "1. Alder Daily",
        "2. Coastal Bulletin",
        "https://alder-daily.example/storm",
    ):
        assert expected in text, expected
    pages = len(reader.pages)
    assert f"Page {pages} of {pages}" in pdf_pages_text(out)[-1]
    for page_text in pdf_pages_text(out):
        assert page_text.count("OFFICIAL // TEST") >= 2  # banner top and bottom
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Port Alder storm damage"
    assert meta.author == "Desk Officer Lane"
    assert "Ministry of Harbours" in (meta.subject or "")
    assert "Mira Okafor" in str(meta.get("/Keywords"))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert titles == [
        "Bottom line up front",
        "Situation",
        "Actors",
        "Figures",
        "Outlook",
        "Sources",
    ]
    internal = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/Dest" in annot:
                internal.append(annot)
    assert internal, "citation marks should link to the Sources list"
    page_ids = [page.indirect_reference.idnum for page in reader.pages]
    texts = pdf_pages_text(out)
    entry_pages = {
        next(i for i, t in enumerate(texts) if entry in t)
        for entry in ("1. Alder Daily", "2. Coastal Bulletin")
    }
    targets = set()
    for annot in internal:
        dest = annot["/Dest"]
        dest = reader.named_destinations[dest].page if isinstance(dest, str) else dest[0]
        targets.add(page_ids.index(dest.idnum))
    assert targets == entry_pages


def test_indonesian_numbers_and_labels(tmp_path: Path) -> None:
    out = export_brief(harbour_brief(language="id"), tmp_path / "brief.pdf", invariant=True)
    text = "\n".join(pdf_pages_text(out))
    assert "1.200" in text and "Intisari" in text and "Halaman 1 dari" in text
    assert "Sumber berbeda" in text
    assert "KEMUNGKINAN: KEMUNGKINAN BESAR · KEYAKINAN: SEDANG" in text  # ICD 203 in Indonesian
    assert "KEMUNGKINAN: KEMUNGKINAN BESAR · KEYAKINAN: SEDANG" in text  # ICD 203 in Indonesian


@needs_pdffonts
def test_russian_greek_arabic_render_with_embedded_fonts(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = export_brief(scripts_brief(), tmp_path / "scripts.pdf", invariant=True)
    listed = {f["name"]: f["emb"] for f in pdffonts(out)}
    used = fonts_used_by_text(out)
    assert used and all(used.values()), f"fonts not embedded: {used}"
    assert all("DejaVu" in name for name in used), used
    for name in used:
        assert listed.get(name.lstrip("/")) == "yes", (name, listed)
    text = "\n".join(pdf_pages_text(out))
    assert SCRIPT_FACTS["ru"] in text
    assert SCRIPT_FACTS["el"] in text
    assert "Σοφία Παππά" in text and "Иван Петров" in text
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff")
    assert arabic >= 20, "the Arabic text should extract"
    hebrew = sum(1 for ch in text if "\u0590" <= ch <= "\u05ff")
    assert hebrew >= 20, "the Hebrew text should extract"
    assert "unshaped" not in caplog.text  # the Arabic was shaped by HarfBuzz


def test_long_arabic_paragraph_across_pages(tmp_path: Path) -> None:
    long_arabic = " ".join([SCRIPT_FACTS["ar"]] * 400)
    document = Document(BriefInfo(title="RTL"), sections={"situation": [Fact(text=long_arabic)]})
    pages = pdf_pages_text(export_brief(document, tmp_path / "rtl.pdf"))
    assert len(pages) >= 2


def test_user_text_is_not_markup(tmp_path: Path) -> None:
    typed = "<b>bold?</b> <script>alert(1)</script> &copy; a&b <font size=40>x</font>"
    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text=typed))
    document.set_info(BriefInfo(title="<i>Title</i> & co", marking="<TLP:AMBER>"))
    text = "\n".join(pdf_pages_text(export_brief(document, tmp_path / "b.pdf")))
    assert typed in " ".join(text.split()) or typed in text.replace("\n", " ")
    assert "<i>Title</i> & co" in text and "<TLP:AMBER>" in text


def test_control_characters_and_surrogates_are_dropped(tmp_path: Path) -> None:
    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text="nul\x00 vt\x0b esc\x1b lone\ud800 end"))
    for suffix in (".pdf", ".docx", ".md", ".json"):
        export_brief(document, tmp_path / f"b{suffix}")
    assert "nul vt esc lone end" in "\n".join(pdf_pages_text(tmp_path / "b.pdf"))


def test_huge_paragraph_and_500_items_layout(tmp_path: Path) -> None:
    long_word = "x" * 3000
    huge = ("Lorem ipsum dolor sit amet " * 380)[:10_000]
    items = [Fact(text=f"Item {n} " + "word " * 20) for n in range(500)]
    items.insert(0, Fact(text=huge))
    items.insert(1, Fact(text=long_word))
    items.insert(2, Quote(text=huge, speaker="S"))
    figure = Figure(value=1, unit="u", what=huge)
    document = Document(BriefInfo(title="Big"), sections={"situation": items, "figures": [figure]})
    out = export_brief(document, tmp_path / "big.pdf", invariant=True)
    pages = pdf_pages_text(out)
    assert len(pages) > 20
    text = "\n".join(pages)
    assert "Item 0 word" in text and "Item 499 word" in text
    assert text.count("Lorem ipsum") >= 3 * 300  # the fact, the quote and the table cell, whole
    export_brief(document, tmp_path / "big.docx")


def test_unknown_suffix_and_failed_export_leave_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match=r"\.odt"):
        export_brief(harbour_brief(), tmp_path / "brief.odt")
    with pytest.raises(ExportFailed, match="does not exist"):
        export_brief(harbour_brief(), tmp_path / "missing" / "brief.pdf")
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    export_brief(harbour_brief(), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_exported_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        out = export_brief(harbour_brief(), tmp_path / "brief.md")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


def test_cjk_text_gets_a_fallback_note(tmp_path: Path) -> None:
    """Without a CJK font on the computer (the tests' default: BRIEFING_CJK_FONTS empty)."""
    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text="港口 暴风雨 コンテナ 항구"))
    text = "\n".join(pdf_pages_text(export_brief(document, tmp_path / "cjk.pdf")))
    assert "no font was found on the computer that made it" in " ".join(text.split())
    plain = "\n".join(pdf_pages_text(export_brief(harbour_brief(), tmp_path / "plain.pdf")))
    assert "no font was found" not in " ".join(plain.split())


def test_a_quote_without_speaker_says_so_in_every_format(tmp_path: Path) -> None:
    """Without its own attribution line, a speakerless quote would seem to be covered by
    the next quote's "— Speaker"."""
    import docx

    from briefing.core.operations import AddArticle, InsertItem
    from tests.export.briefs import _article, _cite

    document = Document()
    article = _article("a", "Harbour", "The port said: we will reopen. Nobody knows who said more.")
    AddArticle(article).apply(document)
    InsertItem(
        "situation", 0, Quote(text="we will reopen", citations=(_cite(article, "we"),))
    ).apply(document)
    InsertItem(
        "situation",
        1,
        Quote(text="more", speaker="Ann Lee", citations=(_cite(article, "more"),)),
    ).apply(document)
    pdf_text = "\n".join(pdf_pages_text(export_brief(document, tmp_path / "b.pdf")))
    assert pdf_text.index("— speaker not identified") < pdf_text.index("— Ann Lee")
    paragraphs = [
        p.text for p in docx.Document(str(export_brief(document, tmp_path / "b.docx"))).paragraphs
    ]
    assert "— speaker not identified" in paragraphs and "— Ann Lee" in paragraphs
    markdown = export_brief(document, tmp_path / "b.md").read_text(encoding="utf-8")
    assert "> — speaker not identified" in markdown
