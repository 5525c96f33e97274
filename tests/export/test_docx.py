"""DOCX export reopened with python-docx and read as a zip: styles, text, footnotes, fields."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.export import export_brief
from tests.export.briefs import SCRIPT_FACTS, harbour_brief, scripts_brief

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def harbour_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docx") / "brief.docx"
    return export_brief(harbour_brief(), out, template="standard", invariant=True)


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def test_styles_and_text(harbour_docx: Path) -> None:
    document = docx.Document(str(harbour_docx))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["Title"] == ["Port Alder storm damage"]
    assert by_style["Heading 1"] == [
        "Bottom line up front",
        "Situation",
        "Actors",
        "Figures",
        "Outlook",
        "Sources",
    ]
    assert "Two cranes were damaged and one berth remains closed." in by_style["List Bullet"]
    assert by_style["Quote"] == ["“We expect the backlog to clear within ten days,”"]
    assert all(t.style.name == "Light List Accent 1" for t in document.tables)
    text = _all_text(document)
    for expected in (
        "— Mira Okafor, operations director, Port Alder harbour authority",
        "1,200",
        "LIKELIHOOD: LIKELY · CONFIDENCE: MODERATE",
        "Sources differ: at least 1,200 containers (Alder Daily); 900 containers (Coastal Bulletin)",
        "1. Alder Daily, “Storm leaves containers waiting at Port Alder”",
        "Minister; Logistics Desk",
    ):
        assert expected in text, expected


def test_footnotes_part_present_and_referenced(harbour_docx: Path) -> None:
    with zipfile.ZipFile(harbour_docx) as package:
        names = package.namelist()
        assert "word/footnotes.xml" in names
        rels = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
        body = package.read("word/document.xml").decode()
        notes = package.read("word/footnotes.xml").decode()
    assert "relationships/footnotes" in rels and 'Target="footnotes.xml"' in rels
    assert "wordprocessingml.footnotes+xml" in types
    references = body.count("<w:footnoteReference ")
    assert references == 7  # every citation of the rendered items
    assert notes.count("<w:footnote ") == references + 2  # plus the two separators
    assert "We expect the backlog to clear within ten days," in notes
    assert "[2] Coastal Bulletin" in notes


def test_header_footer_marking_and_page_fields(harbour_docx: Path) -> None:
    document = docx.Document(str(harbour_docx))
    section = document.sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    footer = "\n".join(p.text for p in section.footer.paragraphs)
    assert "OFFICIAL // TEST" in header and "OFFICIAL // TEST" in footer
    assert "Port Alder storm damage" in header
    with zipfile.ZipFile(harbour_docx) as package:
        footers = [
            package.read(n).decode() for n in package.namelist() if n.startswith("word/footer")
        ]
    assert any(" PAGE " in f and " NUMPAGES " in f for f in footers)
    assert abs(section.page_width.mm - 210) < 0.5  # A4


def test_core_properties_and_hyperlinks(harbour_docx: Path) -> None:
    document = docx.Document(str(harbour_docx))
    props = document.core_properties
    assert props.title == "Port Alder storm damage"
    assert props.author == "Desk Officer Lane"
    assert "Ministry of Harbours" in props.subject
    assert "Mira Okafor" in props.keywords
    assert props.language == "en"
    rels = document.part.rels.values()
    assert any(r.is_external and r.target_ref == "https://alder-daily.example/storm" for r in rels)


def test_endnote_style_links_to_source_bookmarks(tmp_path: Path) -> None:
    out = export_brief(harbour_brief(), tmp_path / "sitrep.docx", template="sitrep")
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode()
        assert "word/footnotes.xml" not in package.namelist()
    assert 'w:anchor="source_1"' in body and 'w:name="source_1"' in body
    assert 'w:anchor="source_2"' in body and 'w:name="source_2"' in body
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["1. SITUATION", "2. ACTORS", "3. FIGURES", "4. OUTLOOK", "5. SOURCES"]


def test_scripts_and_rtl_paragraphs(tmp_path: Path) -> None:
    out = export_brief(scripts_brief(), tmp_path / "scripts.docx")
    document = docx.Document(str(out))
    text = _all_text(document)
    for fact in SCRIPT_FACTS.values():
        assert fact in text
    arabic = next(p for p in document.paragraphs if p.text == SCRIPT_FACTS["ar"])
    assert arabic._p.pPr.find(f"{W}bidi") is not None


def test_user_text_stays_literal(tmp_path: Path) -> None:
    from briefing.core.model import Fact

    document = harbour_brief()
    document.insert_item("situation", 0, Fact(text="<w:t>x</w:t> &amp; \x0bend\x1b"))
    out = export_brief(document, tmp_path / "b.docx")
    assert "<w:t>x</w:t> &amp; end" in _all_text(docx.Document(str(out)))


def test_long_metadata_is_cut_to_property_limits(tmp_path: Path) -> None:
    from briefing.core.model import BriefInfo

    document = harbour_brief()
    document.set_info(BriefInfo(title="T" * 600, author="A" * 400, organisation="O" * 300))
    out = export_brief(document, tmp_path / "long.docx")
    props = docx.Document(str(out)).core_properties
    assert props.title == "T" * 255 and props.author == "A" * 255
    export_brief(document, tmp_path / "long.pdf")


def test_reference_docx_styles_are_used(tmp_path: Path) -> None:
    import os

    from docx.shared import Pt

    from briefing.export import load_template

    folder = Path(os.environ["BRIEFING_CONFIG_DIR"]) / "templates" / "house"
    folder.mkdir(parents=True)
    source = load_template("standard").path.read_text(encoding="utf-8")
    (folder / "template.toml").write_text(
        source.replace('name = "standard"', 'name = "house"'), encoding="utf-8"
    )
    reference = docx.Document()
    reference.styles["Title"].font.size = Pt(31)
    reference.save(str(folder / "reference.docx"))
    out = export_brief(harbour_brief(), tmp_path / "house.docx", template="house")
    assert docx.Document(str(out)).styles["Title"].font.size == Pt(31)


def test_stale_citation_is_flagged(tmp_path: Path) -> None:
    from dataclasses import replace

    from briefing.core.model import Fact

    document = harbour_brief()
    article = document.articles[0]
    fact = document.items("situation")[0]
    assert isinstance(fact, Fact)
    moved = replace(fact.citations[0], quoted="text that was edited since")
    document.replace_item("situation", 0, replace(fact, citations=(moved,)))
    out = export_brief(document, tmp_path / "stale.docx", template="sitrep")
    text = _all_text(docx.Document(str(out)))
    assert "* source text has changed since it was cited" in text
    assert article.publisher in text


def test_invariant_docx_is_repeatable() -> None:
    from briefing.export import render_brief

    first = render_brief(harbour_brief(), ".docx", invariant=True)
    assert render_brief(harbour_brief(), ".docx", invariant=True) == first
    assert docx.Document(__import__("io").BytesIO(first)).core_properties.title


def test_citation_marks_are_separated_and_short_passages_shown_in_their_sentence(
    tmp_path: Path,
) -> None:
    from briefing.core.document import Document
    from briefing.core.model import Actor, Citation, Fact, Figure
    from briefing.core.operations import AddArticle, InsertItem
    from briefing.export import export_brief
    from tests.export.briefs import _article, _cite

    text = (
        "The war lasted 10 years in all. The Taliban said talks resumed. "
        "Later the Taliban left. Envoys met the Taliban again. We refuse. Police left."
    )
    article = _article("w", "War", text, publisher="Wire")
    document = Document()
    AddArticle(article).apply(document)
    mentions = [m.start() for m in re.finditer("Taliban", text)]
    taliban = tuple(Citation.of(article, s, s + len("Taliban")) for s in mentions)
    items = [
        ("actors", Actor(name="Taliban", citations=taliban)),
        ("figures", Figure(value=10, unit="years", citations=(_cite(article, "10 years"),))),
        ("summary", Fact(text="They refuse.", citations=(_cite(article, "We refuse."),))),
        (
            "situation",
            Fact(
                text="Talks resumed, then the Taliban left.",
                citations=(_cite(article, "talks resumed"), _cite(article, "Later the Taliban")),
            ),
        ),
    ]
    for position, (section, item) in enumerate(items):
        InsertItem(section, position, item).apply(document)
    out = export_brief(document, tmp_path / "marks.docx")
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode()
        notes = package.read("word/footnotes.xml").decode()
    # the actor named three times in one source gets one footnote, not three
    assert body.count("<w:footnoteReference ") == 1 + 1 + 1 + 2
    # two marks in a row are kept apart by a superscript comma
    fact = body[body.index("Talks resumed") :]
    between = fact[fact.index("<w:footnoteReference ") : fact.rindex("<w:footnoteReference ")]
    assert re.search(r'<w:vertAlign w:val="superscript"/>.*?<w:t>,</w:t>', between, re.S)
    # a passage of a word or two is quoted in its sentence
    assert "“The war lasted 10 years in all.”" in notes
    assert "“The Taliban said talks resumed.”" in notes
    # a passage that is a whole sentence stays that sentence, not the next one too
    assert "“We refuse.”" in notes
