"""Word (.docx) → draft: paragraphs in order, headings by style, tables as text.

A .docx is a zip archive, so before python-docx sees it the archive's own directory is
checked: total uncompressed size, compression ratio and member count. A zip bomb is
refused from those numbers without inflating a byte.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from briefing.core.errors import ImportFailed
from briefing.ingest.blocks import Block, Draft
from briefing.ingest.limits import ImportLimits

_HEADING_STYLES = ("heading", "title", "subtitle", "überschrift", "titre", "judul")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(
    data: bytes,
    *,
    label: str,
    limits: ImportLimits,
    required: str = "word/document.xml",
    kind: str = "Word",
) -> zipfile.ZipFile:
    """Open the archive and refuse it when it would inflate beyond the limits.

    ``required`` is the member every file of this ``kind`` (Word, OpenDocument) has.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ImportFailed(f"{label} is a damaged {kind} file ({error})") from error
    if len(members) > limits.max_docx_members:
        raise ImportFailed(f"{label} has too many parts ({len(members)}) for a {kind} document")
    total = sum(m.file_size for m in members)
    compressed = sum(m.compress_size for m in members) or 1
    if total > limits.max_docx_uncompressed:
        raise ImportFailed(
            f"{label} would unpack to {total // (1024 * 1024)} MB — refused as a possible zip bomb"
        )
    if total > 10 * 1024 * 1024 and total / compressed > limits.max_docx_ratio:
        raise ImportFailed(
            f"{label} is compressed {total / compressed:.0f}× — refused as a zip bomb"
        )
    names = {m.filename for m in members}
    if required not in names:
        raise ImportFailed(f"{label} is a zip archive but not a {kind} document")
    return archive


def _is_heading(paragraph: Any) -> tuple[bool, bool]:
    """(is a heading, is the document title) from the paragraph's style."""
    try:
        name = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    except (KeyError, AttributeError, ValueError):
        name = ""
    return name.startswith(_HEADING_STYLES), name == "title"


def parse_docx(data: bytes, *, label: str, limits: ImportLimits) -> Draft:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_zip(data, label=label, limits=limits).close()
    document = docx.Document(io.BytesIO(data))
    blocks: list[Block] = []
    title: str | None = None
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            paragraph = Paragraph(child, document)
            text = paragraph.text
            if not text.strip():
                continue
            heading, is_title = _is_heading(paragraph)
            if is_title and title is None and not blocks:
                title = text
            else:
                blocks.append(Block(text, "heading" if heading else "body"))
        elif child.tag == f"{_W}tbl":
            table = Table(child, document)
            for row in table.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    blocks.append(Block(" | ".join(cells)))
    properties = document.core_properties
    return Draft(
        blocks=blocks,
        format="docx",
        title=title or (properties.title or None),
        author=properties.author or None,
    )
