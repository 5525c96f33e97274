"""Every file format, from real files the tests make (and real pages from the benchmark)."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from briefing.core.errors import ImportFailed
from briefing.ingest import ImportLimits, import_bytes, import_clipboard, import_path
from tests.ingest.builders import (
    HEADING,
    PARAGRAPHS,
    TITLE,
    make_docx,
    make_eml,
    make_html,
    make_pdf,
)


def _kinds(article) -> list[tuple[str, str]]:
    return [(article.paragraph_text(p), p.kind) for p in article.paragraphs]


# ----------------------------------------------------------------------------- docx


def test_docx_paragraphs_headings_tables(tmp_path: Path) -> None:
    path = tmp_path / "quay.docx"
    path.write_bytes(make_docx())
    article = import_path(path)
    assert article.origin.format == "docx"
    assert article.title == TITLE
    assert article.author == "Jane Reporter"
    assert article.language.code == "en"
    kinds = _kinds(article)
    assert kinds[0] == (PARAGRAPHS[0], "body")
    assert (HEADING, "heading") in kinds
    assert ("Year | Cost", "body") in kinds
    assert ("2024 | 40 million", "body") in kinds
    assert kinds[-1] == (PARAGRAPHS[2], "body")


def test_docx_with_wrong_suffix_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "quay.txt"
    path.write_bytes(make_docx())
    assert import_path(path).origin.format == "docx"


def test_docx_zip_bomb_is_refused_before_inflating() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_bytes(out.getvalue(), name="bomb.docx")
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_bytes(
            out.getvalue(), name="bomb.docx", limits=ImportLimits(max_docx_uncompressed=1024)
        )


def test_damaged_docx(tmp_path: Path) -> None:
    data = make_docx()
    with pytest.raises(ImportFailed, match=r"broken\.docx"):
        import_bytes(data[: len(data) // 2], name="broken.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<not really xml")
    with pytest.raises(ImportFailed, match=r"fake\.docx"):
        import_bytes(out.getvalue(), name="fake.docx")


# ----------------------------------------------------------------------------- pdf


def test_pdf_text_headers_footers_hyphenation() -> None:
    article = import_bytes(make_pdf(pages=3), name="quay.pdf")
    assert article.origin.format == "pdf"
    assert article.title == TITLE
    assert article.author == "Jane Reporter"
    assert "Harbour Gazette" not in article.text
    assert "engineers returned to the steel site." in article.text
    assert "engi-" not in article.text
    assert len(article.paragraphs) == 3
    assert article.paragraph_text(article.paragraphs[1]).startswith("Page 2 begins")
    reasons = {r.reason for r in article.removed}
    assert reasons == {"page header/footer"}
    assert any("Harbour Gazette" in r.text for r in article.removed)


def test_scanned_pdf_says_so() -> None:
    with pytest.raises(ImportFailed, match=r"scan\.pdf has no text layer — it looks like a scan"):
        import_bytes(make_pdf(pages=2, text=False), name="scan.pdf")


def test_encrypted_pdf() -> None:
    data = make_pdf(pages=1, encrypt="secret")
    with pytest.raises(ImportFailed, match=r"locked\.pdf is encrypted"):
        import_bytes(data, name="locked.pdf")


def test_damaged_pdf() -> None:
    data = make_pdf(pages=2)
    with pytest.raises(ImportFailed, match=r"cut\.pdf"):
        import_bytes(data[:300], name="cut.pdf")


# ----------------------------------------------------------------------------- eml


@pytest.mark.parametrize("html", [False, True])
def test_eml(html: bool) -> None:
    article = import_bytes(make_eml(html=html), name="forwarded.eml")
    assert article.origin.format == "eml"
    assert article.title == TITLE
    assert article.author == "Jane Reporter"
    assert article.published == date(2024, 10, 22)
    assert [article.paragraph_text(p) for p in article.paragraphs] == PARAGRAPHS


def test_eml_with_an_epoch_date_has_no_publication_date() -> None:
    """A mail client's "Thu, 01 Jan 1970" is a missing date, not the article's."""
    raw = make_eml().replace(b"Tue, 22 Oct 2024 09:30:00 +0200", b"Thu, 01 Jan 1970 00:00:00 +0000")
    article = import_bytes(raw, name="old.eml")
    assert article.published is None or article.published.year >= 1990


def test_eml_sniffed_without_suffix() -> None:
    assert import_bytes(make_eml(), name="message").origin.format == "eml"


# ----------------------------------------------------------------------------- html


def test_html_body_and_metadata() -> None:
    article = import_bytes(make_html().encode("utf-8"), name="quay.html")
    assert article.origin.format == "html"
    assert article.title == TITLE
    assert article.publisher == "The Harbour Gazette"
    assert article.author == "Jane Reporter"
    assert article.published == date(2024, 10, 22)
    assert "Home" not in article.text.split()
    assert "All rights reserved" not in article.text
    kinds = _kinds(article)
    assert (HEADING, "heading") in kinds
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text


def test_html_hidden_text_and_hover_cards_are_left_out() -> None:
    """A person's hover card (photo, name, headlines) sits inside the sentence naming
    them; hidden elements are not shown either. The sentence itself stays whole."""
    card = (
        "<span class='rollover-people'><a href='/people/ann-lee'>Ann Lee</a>"
        "<span class='rollover-people-block'><a href='/people/ann-lee'>Ann Lee</a>"
        "<a href='/x'>Harbour fees rise again</a> MORE</span></span>"
    )
    html = make_html().replace(
        f"<p>{PARAGRAPHS[0]}</p>",
        f"<p>Harbour master {card} (Port Alder) said the quay reopens.</p>"
        f"<p>{PARAGRAPHS[0]}<span hidden>Subscribe now</span>"
        "<span style='display: none'>Advertisement</span>"
        "<span aria-hidden='true'>Share this</span>"
        "<span role='tooltip'>Click to copy</span></p>",
    )
    html = html.replace(
        f"<p>{PARAGRAPHS[1]}</p>",
        "<p>The <span class='glossary-tooltip'>BPBD</span> office and "
        "<a class='popup-link' href='/p'>Ratna Wulandari</a> agreed on the plan.</p>"
        f"<p>{PARAGRAPHS[1]}</p>",
    )
    article = import_bytes(html.encode("utf-8"), name="card.html")
    assert "Harbour master Ann Lee (Port Alder) said the quay reopens." in article.text
    # words of the sentence styled as tooltips or pop-up links stay
    assert "The BPBD office and Ratna Wulandari agreed on the plan." in article.text
    for hidden in ("Harbour fees rise again", "MORE", "Subscribe", "Advertisement", "Share this"):
        assert hidden not in article.text
    assert "Click to copy" not in article.text
    assert PARAGRAPHS[0] in article.text


def test_html_named_txt_and_clipboard_html() -> None:
    html = make_html()
    assert import_bytes(html.encode(), name="saved.txt").origin.format == "html"
    pasted = import_clipboard(html, "text/html")
    assert pasted.origin.format == "clipboard"
    assert PARAGRAPHS[0] in pasted.text
    assert pasted.origin.file is None


def test_html_declared_legacy_charset() -> None:
    html = make_html().replace("charset='utf-8'", "charset='windows-1252'")
    html = html.replace(PARAGRAPHS[0], PARAGRAPHS[0] + " The café owner agreed — “finally”.")
    article = import_bytes(html.encode("cp1252"), name="legacy.html")
    assert "The café owner agreed — “finally”." in article.text


def test_html_external_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    html = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<html><body><article>"
        + "".join(f"<p>{p} &xxe;</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )
    article = import_bytes(html.encode(), name="xxe.html")
    assert "TOPSECRETVALUE" not in article.text
    assert PARAGRAPHS[1] in article.text


def test_html_without_article_text() -> None:
    with pytest.raises(ImportFailed, match=r"empty\.html"):
        import_bytes(b"<html><body><nav>Home</nav></body></html>", name="empty.html")


def test_benchmark_pages(shared_dir: Path) -> None:
    """Real pages: the importer finds the body the benchmark's annotators marked."""
    bench = shared_dir / "bench" / "article-extraction"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[::30]
    for page_id in ids:
        html = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
        article = import_bytes(html, name=f"{page_id[:8]}.html")
        gold_words = set(truth[page_id]["articleBody"].split())
        words = article.text.split()
        assert article.language.code is not None
        assert words, page_id
        overlap = sum(w in gold_words for w in words) / len(words)
        assert overlap > 0.6, (page_id, overlap)
