"""OpenDocument text and RTF: made by the tests, and by LibreOffice when it is there."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from briefing.core.errors import ImportFailed
from briefing.ingest import import_bytes, import_path
from briefing.ingest.limits import ImportLimits
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


def test_odt_refuses_spreadsheets_entities_and_bombs() -> None:
    sheet = make_odt(mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportFailed, match="spreadsheet"):
        import_bytes(sheet, name="table.odt")
    # an external entity is never resolved: the file fails or comes without it
    secret = Path("/etc/hostname")
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    hostile = make_odt(body="<text:p>Hello &xxe; world of news.</text:p>", doctype=doctype)
    try:
        article = import_bytes(hostile, name="hostile.odt")
    except ImportFailed:
        pass
    else:
        if secret.is_file() and secret.read_text().strip():
            assert secret.read_text().strip() not in article.text
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


def _soffice() -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail(
                "LibreOffice is missing in CI: .ci/run must install libreoffice-writer-nogui"
            )
        pytest.skip("LibreOffice is not installed; .ci/run installs libreoffice-writer-nogui")
    return soffice


@pytest.mark.slow
def test_libreoffice_odt_and_rtf_read_like_the_docx(tmp_path: Path) -> None:
    """Files written by a real word processor: same paragraphs as the .docx they came from."""
    soffice = _soffice()
    source = tmp_path / "quay.docx"
    source.write_bytes(make_docx(with_table=False))
    profile = (tmp_path / "profile").as_uri()
    for target in ("odt", "rtf"):
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(tmp_path),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    reference = import_path(source)
    for target in ("odt", "rtf"):
        article = import_path(tmp_path / f"quay.{target}")
        assert article.origin.format == target
        assert article.title == TITLE
        for paragraph in PARAGRAPHS:
            assert paragraph in article.text, (target, paragraph)
        assert HEADING in article.text
        assert _bodies(article)[-1] == _bodies(reference)[-1]
