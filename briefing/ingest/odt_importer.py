"""OpenDocument text (.odt, LibreOffice's own format) → draft.

An .odt is a zip archive like a .docx, checked the same way before anything is inflated
(:func:`check_zip`). ``content.xml`` holds the text: ``text:h`` are headings, ``text:p``
paragraphs (the "Title" style gives the title), tables become one line per row, list
items one paragraph each; footnote bodies and tracked deletions are not part of the
article. ``meta.xml`` gives the title when the body has none, and the author. The XML
parser never resolves entities, loads a DTD or touches the network.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator

from lxml import etree

from briefing.core.errors import ImportFailed
from briefing.ingest.blocks import Block, Draft
from briefing.ingest.docx_importer import check_zip
from briefing.ingest.limits import ImportLimits

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DC = "http://purl.org/dc/elements/1.1/"
_META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

_T = f"{{{_TEXT}}}"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
_SKIPPED = {
    f"{_T}note",  # footnotes and endnotes, mark and body: not part of the article text
    f"{_T}tracked-changes",
    f"{_T}sequence-decls",
    f"{_T}variable-decls",
    f"{_T}user-field-decls",
    f"{{{_OFFICE}}}annotation",  # comments
    f"{{{_DRAW}}}frame",  # images, their captions and text boxes: not the body
    f"{{{_SVG}}}title",
    f"{{{_SVG}}}desc",
    # generated lists of the document's own headings and entries
    f"{_T}table-of-content",
    f"{_T}alphabetical-index",
    f"{_T}illustration-index",
    f"{_T}table-index",
    f"{_T}object-index",
    f"{_T}user-index",
    f"{_T}bibliography",
}
_TITLE_STYLES = frozenset({"title"})
_TEXT_MIMETYPES = frozenset(
    {b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-master"}
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _read_xml(archive: zipfile.ZipFile, name: str, label: str) -> etree._Element | None:
    try:
        data = archive.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ImportFailed(f"{label} is a damaged OpenDocument file ({error})") from error
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        raise ImportFailed(f"{label} is a damaged OpenDocument file ({error})") from error


def _inline_text(element: etree._Element) -> str:
    """The text of a paragraph with its spans, spaces, tabs and line breaks."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if node.text:
            parts.append(node.text)
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in _SKIPPED:
                pass  # comments, processing instructions, entity references; skipped parts
            elif tag == f"{_T}s":
                parts.append(" " * _count(child.get(f"{_T}c")))
            elif tag == f"{_T}tab":
                parts.append("\t")
            elif tag == f"{_T}line-break":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 100))
    except ValueError:
        return 1


def _title_styles(content: etree._Element) -> set[str]:
    """Style names that are, or inherit from, the "Title" paragraph style."""
    names = set(_TITLE_STYLES)
    for style in content.iter(f"{{{_STYLE}}}style"):
        parent = (style.get(f"{{{_STYLE}}}parent-style-name") or "").lower()
        if parent in _TITLE_STYLES:
            names.add((style.get(f"{{{_STYLE}}}name") or "").lower())
    return names


def _blocks(body: etree._Element, title_styles: set[str]) -> Iterator[tuple[Block, bool]]:
    """(block, is the title) for every paragraph, heading and table row in order."""
    for node in body:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in _SKIPPED:
            continue
        if tag == f"{_T}h":
            yield Block(_inline_text(node), "heading"), False
        elif tag == f"{_T}p":
            style = (node.get(f"{_T}style-name") or "").lower()
            yield Block(_inline_text(node)), style in title_styles
        elif tag == f"{{{_TABLE}}}table":
            for row in _rows(node):
                cells = [
                    " ".join(" ".join(b.text.split()) for b, _ in _blocks(cell, set()))
                    for cell in row
                    if cell.tag == f"{{{_TABLE}}}table-cell"
                ]
                line = " | ".join(c for c in cells if c)
                if line:
                    yield Block(line), False
        else:  # lists, sections, frames: their paragraphs in order
            yield from _blocks(node, title_styles)


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    """The table's own rows (also inside header and row groups), not a nested table's."""
    for child in table:
        if child.tag == f"{{{_TABLE}}}table-row":
            yield child
        elif (
            isinstance(child.tag, str)
            and child.tag.startswith(f"{{{_TABLE}}}table-")
            and (child.tag.endswith(("-rows", "-row-group")))
        ):
            yield from _rows(child)


def _meta(archive: zipfile.ZipFile, label: str) -> tuple[str | None, str | None]:
    """Title and author from ``meta.xml``. Its dates are the file's, not the article's;
    a damaged ``meta.xml`` only loses these two (the article is in ``content.xml``)."""
    try:
        meta = _read_xml(archive, "meta.xml", label)
    except ImportFailed:
        return None, None
    if meta is None:
        return None, None
    title = meta.findtext(f".//{{{_DC}}}title")
    author = meta.findtext(f".//{{{_META}}}initial-creator") or meta.findtext(
        f".//{{{_DC}}}creator"
    )
    return (title or "").strip() or None, (author or "").strip() or None


def parse_odt(data: bytes, *, label: str, limits: ImportLimits) -> Draft:
    archive = check_zip(
        data, label=label, limits=limits, required="content.xml", kind="OpenDocument"
    )
    with archive:
        try:
            mimetype = archive.read("mimetype").strip()
        except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise ImportFailed(f"{label} is a damaged OpenDocument file ({error})") from error
        if mimetype not in _TEXT_MIMETYPES:
            raise ImportFailed(
                f"{label} is an OpenDocument file but not a text document (a spreadsheet or "
                "a presentation?) — export the article as .odt, .docx or .txt"
            )
        content = _read_xml(archive, "content.xml", label)
        meta_title, author = _meta(archive, label)
    if content is None:
        raise ImportFailed(f"{label} is a damaged OpenDocument file (no content)")
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ImportFailed(f"{label} is an OpenDocument file without a text body")
    title: str | None = None
    blocks: list[Block] = []
    for block, is_title in _blocks(body, _title_styles(content)):
        if not block.text.strip():
            continue
        if is_title and title is None and not blocks:
            title = " ".join(block.text.split())
        else:
            blocks.append(block)
    return Draft(blocks=blocks, format="odt", title=title or meta_title, author=author)
