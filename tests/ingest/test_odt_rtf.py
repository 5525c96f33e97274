"""OpenDocument text and RTF: made by the tests, and by LibreOffice when it is there."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefing.core.errors import ImportFailed
from briefing.ingest import import_bytes, import_path
from briefing.ingest.limits import ImportLimits
from tests.conftest import libreoffice_convert
from tests.ingest.builders import HEADING, PARAGRAPHS, TITLE, make_docx, make_odt, make_rtf


def _bodies(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "body"]


def test_odt_paragraphs_heading_title_table_and_no_footnote(tmp_path: Path) -> None:
    path = tmp_path / "quay.odt"
    path.write_bytes(make_odt())
    article = import_path(path)
    assert article.origin.format == "odt"
    assert article.title == TITLE  # the Title-styled paragraph, not meta.xml's title
    assert article.author == "Jane Reporter"
    headings = [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "heading"]
    assert headings == [HEADING]
    bodies = _bodies(article)
    assert bodies[0] == PARAGRAPHS[0]  # a footnote (mark and body) is not article text
    assert PARAGRAPHS[1] in bodies and PARAGRAPHS[2] in bodies  # list item, last paragraph
    assert "Year | Cost" in bodies and "2024 | 40 million" in bodies
    assert "Footnote text" not in article.text
    assert article.language.code == "en"


def test_odt_title_falls_back_to_the_properties() -> None:
    article = import_bytes(make_odt(body="<text:p>" + PARAGRAPHS[0] + "</text:p>"), name="a.odt")
    assert article.title == "Title from the properties"


def test_odt_refuses_spreadsheets_entities_and_bombs(tmp_path: Path) -> None:
    sheet = make_odt(mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportFailed, match="spreadsheet"):
        import_bytes(sheet, name="table.odt")
    # an external entity is never resolved: the file fails, or comes without the entity
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    hostile = make_odt(
        body="<text:p>Hello &xxe; world of harbour news today.</text:p>", doctype=doctype
    )
    try:
        article = import_bytes(hostile, name="hostile.odt")
    except ImportFailed as error:
        assert "TOP-SECRET" not in str(error)
    else:
        assert "TOP-SECRET" not in article.text and "&xxe;" not in article.text
        assert "world of harbour news" in article.text
    with pytest.raises(ImportFailed, match="zip bomb"):
        import_bytes(make_odt(), name="bomb.odt", limits=ImportLimits(max_docx_uncompressed=500))
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content>")
    with pytest.raises(ImportFailed, match="damaged OpenDocument"):
        import_bytes(broken.getvalue(), name="broken.odt")


def test_rtf_text_code_pages_unicode_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "quay.rtf"
    path.write_bytes(make_rtf())
    article = import_path(path)
    assert article.origin.format == "rtf"
    assert article.title == TITLE
    assert article.author == "Jane Reporter"
    assert "about 40 million € (euros)." in article.text  # \u8364? escape
    assert "Café owners agreed." in article.text  # \'e9 in code page 1252
    assert PARAGRAPHS[0] in article.text and PARAGRAPHS[2] in article.text
    assert "\\par" not in article.text and "fonttbl" not in article.text
    with pytest.raises(ImportFailed):
        import_bytes(b"{\\rtf1\\ansi }", name="empty.rtf")


@pytest.mark.slow
def test_libreoffice_odt_and_rtf_read_like_the_docx(tmp_path: Path) -> None:
    """Files written by a real word processor: same paragraphs as the .docx they came from."""
    source = tmp_path / "quay.docx"
    source.write_bytes(make_docx(with_table=False))
    for target in ("odt", "rtf"):
        libreoffice_convert(source, target, tmp_path)
    reference = import_path(source)
    for target in ("odt", "rtf"):
        article = import_path(tmp_path / f"quay.{target}")
        assert article.origin.format == target
        assert article.title == TITLE
        for paragraph in PARAGRAPHS:
            assert paragraph in article.text, (target, paragraph)
        assert HEADING in article.text
        assert _bodies(article)[-1] == _bodies(reference)[-1]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # Word writes characters beyond the BMP as \u surrogate pairs
        (
            b"{\\rtf1\\ansi Emoji \\uc1\\u-10179?\\u-8704? in the harbour report.\\par}",
            "Emoji 😀 in",
        ),
        # some tools write raw UTF-8 instead of escapes
        ("{\\rtf1\\ansi Café owners agreed to the plan.\\par}".encode(), "Café owners"),
        # a byte-order mark before the header is still RTF, not text with markup
        (b"\xef\xbb\xbf{\\rtf1\\ansi The quay opens late this spring.\\par}", "The quay opens"),
    ],
)
def test_rtf_unicode_in_every_form(data: bytes, expected: str) -> None:
    article = import_bytes(data, name="note.txt")
    assert article.origin.format == "rtf"
    assert expected in article.text and "\\rtf" not in article.text


def test_rtf_properties_use_the_documents_code_page_and_never_fail_the_import() -> None:
    cyrillic = b"\\'cf\\'f0\\'e8\\'e2\\'e5\\'f2"
    article = import_bytes(
        b"{\\rtf1\\ansi\\ansicpg1251{\\info{\\title "
        + cyrillic
        + b"}}"
        + cyrillic
        + b" \\'ec\\'e8\\'f0, \\'fd\\'f2\\'ee \\'f2\\'e5\\'ea\\'f1\\'f2.\\par}",
        name="ru.rtf",
    )
    assert article.title == "Привет"
    article = import_bytes(
        b"{\\rtf1\\ansi{\\info{\\title \\uc Bad}}The article text about the quay.\\par}",
        name="bad-title.rtf",
    )
    assert "article text" in article.text
    with pytest.raises(ImportFailed, match="damaged RTF"):
        import_bytes(b"{\\rtf1\\ansi \\uc Bad \\u99999999999 text.\\par}", name="bad.rtf")


def test_rtf_hyperlinks_keep_their_text_and_many_of_them_stay_fast() -> None:
    """striprtf's hyperlink pattern is cubic in the number of fields: 1,000 fields took
    minutes before the importer kept it away; now they read like any text."""
    field = b'See {\\field{\\*\\fldinst{ HYPERLINK "https://example.org/report" }}{\\fldrslt{the report}}} now. '
    article = import_bytes(b"{\\rtf1\\ansi " + field * 1000 + b"\\par}", name="links.rtf")
    assert article.text.count("See the report now.") == 1000
    assert "https://" not in article.text


def test_odt_keeps_only_the_body_text() -> None:
    frame = (
        '<draw:frame xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">'
        "<draw:text-box><text:p>Photo: Reuters</text:p></draw:text-box></draw:frame>"
    )
    body = (
        "<text:p>Officials agreed to the repairs.<!-- editor: do not publish --><?pi x?>"
        f"{frame} The quay opens in spring.</text:p>"
        "<table:table><table:table-header-rows><table:table-row>"
        "<table:table-cell><text:p>Port</text:p></table:table-cell></table:table-row>"
        "</table:table-header-rows><table:table-row><table:table-cell><text:p>Outer A</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Inner X</text:p>"
        "</table:table-cell></table:table-row></table:table></table:table-cell>"
        "<table:table-cell><text:p>Outer B</text:p></table:table-cell></table:table-row>"
        "</table:table>"
        "<text:table-of-content><text:index-body><text:p>Contents 1</text:p>"
        "</text:index-body></text:table-of-content>"
    )
    article = import_bytes(make_odt(body=body), name="body.odt")
    assert _bodies(article) == [
        "Officials agreed to the repairs. The quay opens in spring.",
        "Port",
        "Outer A Inner X | Outer B",  # the nested table once, inside its cell
    ]


def test_odt_rezipped_or_with_a_damaged_meta_still_reads() -> None:
    source = zipfile.ZipFile(io.BytesIO(make_odt()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in reversed(source.namelist()):  # mimetype last and compressed
            data = b"<broken" if name == "meta.xml" else source.read(name)
            archive.writestr(name, data)
    article = import_bytes(out.getvalue(), name="rezipped.odt")
    assert article.origin.format == "odt" and article.title == TITLE
    assert article.author is None  # it was in the damaged meta.xml
