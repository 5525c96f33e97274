"""PDF → draft from the text layer (pypdf): reading order, repaired hyphenation, no furniture.

PDF text comes as lines. Running headers and footers are the lines that recur at the top
or bottom of most pages (digits ignored, so "Page 3 of 9" matches "Page 4 of 9"), and
bare page numbers; both are dropped and recorded. Lines are then joined into paragraphs:
a line that ends a sentence and is clearly shorter than the text width closes one.
A PDF with pages but no text is a scan, and says so.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from briefing.core.errors import ImportFailed
from briefing.core.model import RemovedText
from briefing.ingest.blocks import Block, Draft
from briefing.ingest.boilerplate import is_heading_like
from briefing.ingest.limits import ImportLimits
from briefing.ingest.text_importer import join_wrapped

EDGE_LINES = 2
"""How many lines at the top and bottom of a page may be running header/footer."""
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|halaman|hal\.|seite|página|pagina|стр\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|dari|von|de|di|из)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?…:\"”’»)]$")


def _signature(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def _strip_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[RemovedText]]:
    removed: list[RemovedText] = []
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_signature(x) for x in lines[:EDGE_LINES] + lines[-EDGE_LINES:] if x.strip()}
        counts.update(edges)
    threshold = max(2, (len(pages) + 1) // 2)
    running = {sig for sig, n in counts.items() if n >= threshold} if len(pages) >= 2 else set()
    cleaned: list[list[str]] = []
    seen: set[str] = set()
    for lines in pages:
        kept: list[str] = []
        last = len(lines) - 1
        for index, line in enumerate(lines):
            at_edge = index < EDGE_LINES or index > last - EDGE_LINES
            sig = _signature(line)
            if at_edge and (sig in running or _PAGE_NUMBER.match(line)):
                if sig not in seen:
                    seen.add(sig)
                    removed.append(RemovedText(line.strip(), "page header/footer"))
                continue
            kept.append(line)
        cleaned.append(kept)
    return cleaned, removed


def _paragraphs(lines: list[str]) -> list[Block]:
    """Group lines into paragraphs; headings are short lines standing alone."""
    nonblank = [x.strip() for x in lines if x.strip()]
    if not nonblank:
        return []
    width = sorted(len(x) for x in nonblank)[int(len(nonblank) * 0.8)]
    blocks: list[Block] = []
    pending: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            if pending:
                blocks.append(Block(join_wrapped(pending)))
                pending = []
            continue
        pending.append(line)
        if _SENTENCE_END.search(line) and len(line) < 0.8 * width:
            blocks.append(Block(join_wrapped(pending)))
            pending = []
        elif len(pending) == 1 and is_heading_like(line) and len(line) < 0.6 * width:
            blocks.append(Block(line, "heading"))
            pending = []
    if pending:
        blocks.append(Block(join_wrapped(pending)))
    return blocks


def parse_pdf(data: bytes, *, label: str, limits: ImportLimits) -> Draft:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ImportFailed(
                        f"{label} is encrypted with a password — open it, save an unprotected copy and import that"
                    )
            except (NotImplementedError, FileNotDecryptedError, PdfReadError) as error:
                raise ImportFailed(f"{label} is encrypted and cannot be read ({error})") from error
        count = len(reader.pages)
    except FileNotDecryptedError as error:
        raise ImportFailed(f"{label} is encrypted with a password") from error
    except PdfReadError as error:
        raise ImportFailed(f"{label} is a damaged PDF ({error})") from error
    if count == 0:
        raise ImportFailed(f"{label} has no pages")
    if count > limits.max_pdf_pages:
        raise ImportFailed(f"{label} has {count} pages; the limit is {limits.max_pdf_pages}")
    pages: list[list[str]] = []
    for page in reader.pages:
        text = page.extract_text() or ""
        pages.append(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if not any(line.strip() for lines in pages for line in lines):
        raise ImportFailed(f"{label} has no text layer — it looks like a scan")
    pages, removed = _strip_furniture(pages)
    lines: list[str] = []
    for page_lines in pages:
        lines.extend(page_lines)
    blocks = _paragraphs(lines)
    info = reader.metadata
    title = str(info.title) if info is not None and info.title else None
    author = str(info.author) if info is not None and info.author else None
    return Draft(
        blocks=blocks,
        format="pdf",
        title=title,
        author=author,
        removed=removed,
        plain_text=False,
    )
