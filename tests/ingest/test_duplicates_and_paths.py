"""Duplicates across formats; folder drops."""

from __future__ import annotations

import html
from pathlib import Path

from briefing.ingest import expand_paths, find_duplicate, fingerprint, import_bytes, import_path
from tests.ingest.builders import PARAGRAPHS, make_docx


def test_same_article_from_txt_and_html_is_a_duplicate(seed_article_path: Path) -> None:
    txt = import_path(seed_article_path)
    lines = seed_article_path.read_text(encoding="utf-8").splitlines()
    page = (
        "<html><head><title>Korut</title></head><body><article>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        + "</article></body></html>"
    )
    as_html = import_bytes(page.encode("utf-8"), name="copy.html")
    assert as_html.origin.format == "html"
    assert find_duplicate(as_html, [txt]) is txt


def test_near_duplicate_and_different_articles() -> None:
    a = import_bytes("\n\n".join(PARAGRAPHS).encode(), name="a.txt")
    b = import_bytes(("\n\n".join(PARAGRAPHS) + "\n\nOne more short line.").encode(), name="b.txt")
    c = import_bytes(
        b"The city council approved the budget for the new library after a long debate "
        b"about the cost of the building and the opening hours.",
        name="c.txt",
    )
    assert find_duplicate(b, [c, a]) is a
    assert find_duplicate(c, [a, b]) is None
    assert find_duplicate(a, [a]) is None  # the article itself is not its duplicate


def test_same_text_in_docx_and_txt() -> None:
    from_docx = import_bytes(make_docx(with_table=False), name="q.docx")
    body = [from_docx.paragraph_text(p) for p in from_docx.paragraphs]
    from_txt = import_bytes("\n".join(body).encode("utf-16"), name="q.txt")
    assert fingerprint(from_docx) == fingerprint(from_txt)
    assert find_duplicate(from_txt, [from_docx]) is from_docx


def test_expand_paths(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "A.html").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.pdf").write_bytes(b"%PDF-")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("d")
    (tmp_path / ".e.txt").write_text("e")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    single = tmp_path / "image.png"
    result = expand_paths([tmp_path, single])
    assert result == [tmp_path / "A.html", tmp_path / "b.txt", tmp_path / "sub" / "c.pdf", single]
