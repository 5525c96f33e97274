"""The seed article's brief in Indonesian through every template, and LibreOffice reading our DOCX."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefing.export import export_brief
from tests.conftest import libreoffice_convert
from tests.export.briefs import (
    SEED_QUOTE_OPENING,
    SEED_ROLE,
    SEED_SPEAKER,
    harbour_brief,
    seed_brief,
)
from tests.export.conftest import fonts_used_by_text, pdf_pages_text


@pytest.mark.parametrize("template", ["standard", "sitrep", "one-page"])
def test_seed_brief_exports_with_every_template(
    tmp_path: Path, seed_article_path: Path, template: str
) -> None:
    document = seed_brief(seed_article_path, template)
    pdf = export_brief(document, tmp_path / "seed.pdf", invariant=True)
    docx_path = export_brief(document, tmp_path / "seed.docx")
    pdf_text = " ".join(" ".join(pdf_pages_text(pdf)).split())
    word = docx.Document(str(docx_path))
    docx_text = "\n".join(p.text for p in word.paragraphs)
    docx_text += "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    for text in (pdf_text, docx_text):
        assert "Pasukan Korea Utara di Rusia" in text
        assert "Konteks" in text  # the Sources entry names the publisher
        assert "3.000" in text  # Indonesian grouping
    assert "Halaman 1 dari" in pdf_text  # page X of Y in the brief's language
    if template != "one-page":  # the one-page note keeps facts and figures only
        for text in (pdf_text, docx_text):
            assert SEED_QUOTE_OPENING in text
            assert SEED_SPEAKER in text and SEED_ROLE in text
    assert all(fonts_used_by_text(pdf).values())


@pytest.fixture(scope="module")
def libreoffice_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lo")
    source = export_brief(harbour_brief(), folder / "brief.docx")
    return libreoffice_convert(source, "pdf", folder)


@pytest.mark.slow
def test_libreoffice_converts_docx_and_text_survives(libreoffice_pdf: Path) -> None:
    assert libreoffice_pdf.is_file(), "LibreOffice produced no PDF"
    pages = pdf_pages_text(libreoffice_pdf)
    text = " ".join(" ".join(pages).split())
    for expected in (
        "Port Alder storm damage",
        "Two cranes were damaged",
        "We expect the backlog to clear within ten days",
        "Mira Okafor",
        "Alder Daily",
        "OFFICIAL // TEST",
        f"Page 1 of {len(pages)}",  # PAGE / NUMPAGES fields were evaluated
    ):
        assert expected in text, expected
