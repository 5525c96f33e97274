"""WordprocessingML pieces python-docx 1.2 has no API for: footnotes, fields, links, bookmarks.

Each helper writes the minimal XML Word and LibreOffice both accept; keeping them here
keeps the DOCX writer about the brief, not about XML.
"""

from __future__ import annotations

import re
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import OxmlElement
from docx.text.paragraph import Paragraph

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FIELD_TOKEN = re.compile(r"(\{page\}|\{pages\})")
_FIELD_CODES = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


def _run(text: str = "", style: str | None = None, **props: Any) -> Any:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if style:
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), style)
        rpr.append(rstyle)
    if props.get("colour"):
        colour = OxmlElement("w:color")
        colour.set(qn("w:val"), props["colour"].lstrip("#"))
        rpr.append(colour)
    if props.get("underline"):
        underline = OxmlElement("w:u")
        underline.set(qn("w:val"), "single")
        rpr.append(underline)
    if props.get("superscript"):
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        rpr.append(align)
    if len(rpr):
        run.append(rpr)
    if text:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
    return run


def add_field(paragraph: Paragraph, code: str, placeholder: str = "1") -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    p = paragraph._p
    for kind in ("begin", None, "separate", "text", "end"):
        run = OxmlElement("w:r")
        if kind == "text":
            t = OxmlElement("w:t")
            t.text = placeholder
            run.append(t)
        elif kind is None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {code} "
            run.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
        p.append(run)


def add_text_with_fields(paragraph: Paragraph, text: str) -> None:
    """Text where ``{page}`` and ``{pages}`` become live fields."""
    for piece in _FIELD_TOKEN.split(text):
        if piece in _FIELD_CODES:
            add_field(paragraph, _FIELD_CODES[piece])
        elif piece:
            paragraph.add_run(piece)


def add_hyperlink(
    paragraph: Paragraph,
    text: str,
    *,
    url: str = "",
    anchor: str = "",
    colour: str = "",
    superscript: bool = False,
) -> None:
    """An external link (``url``) or a jump to a bookmark in the document (``anchor``)."""
    link = OxmlElement("w:hyperlink")
    if url:
        r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link.set(qn("r:id"), r_id)
    else:
        link.set(qn("w:anchor"), anchor)
    link.append(_run(text, colour=colour, underline=bool(url), superscript=superscript))
    paragraph._p.append(link)


def add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def set_paragraph_shading(paragraph: Paragraph, fill: str) -> None:
    paragraph._p.get_or_add_pPr().append(_shading(fill))


def set_cell_shading(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_shading(fill))


def _shading(fill: str) -> Any:
    """A solid ``w:shd`` in ``fill`` (``#rrggbb``), for a paragraph's or a cell's properties."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#"))
    return shd


def set_rtl(paragraph: Paragraph) -> None:
    """Right-to-left paragraph (Arabic, Hebrew): Word orders and aligns it itself."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


class Footnotes:
    """Collects footnotes while the body is written, then adds the footnotes part."""

    def __init__(self) -> None:
        self._notes: list[str] = []

    def __len__(self) -> int:
        return len(self._notes)

    def add(self, paragraph: Paragraph, text: str) -> int:
        """Put a footnote reference at the end of ``paragraph``; returns its id."""
        self._notes.append(text)
        note_id = len(self._notes)  # ids 0 and -1 are Word's separators
        run = _run(style="FootnoteReference")
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(note_id))
        run.append(ref)
        paragraph._p.append(run)
        return note_id

    def _xml(self) -> bytes:
        root = parse_xml(
            f"<w:footnotes {nsdecls('w', 'r')}>"
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>'
            "</w:footnote></w:footnotes>"
        )
        for note_id, text in enumerate(self._notes, 1):
            note = OxmlElement("w:footnote")
            note.set(qn("w:id"), str(note_id))
            p = OxmlElement("w:p")
            ppr = OxmlElement("w:pPr")
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), "FootnoteText")
            ppr.append(pstyle)
            p.append(ppr)
            ref_run = _run(style="FootnoteReference")
            ref_run.append(OxmlElement("w:footnoteRef"))
            p.append(ref_run)
            p.append(_run(" " + text))
            note.append(p)
            root.append(note)
        from lxml import etree

        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))

    def attach(self, document: Any) -> None:
        """Add word/footnotes.xml, its relationship and content type (via the Part)."""
        if not self._notes:
            return
        main = document.part
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, self._xml(), main.package)
        main.relate_to(part, RT.FOOTNOTES)
