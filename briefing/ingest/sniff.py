"""What a file is, from its bytes: the suffix is only a hint.

A saved page renamed .txt is still HTML; a .docx that is really a PDF is a PDF. Binary
formats are known by their magic numbers; text formats by their first characters once
decoded.
"""

from __future__ import annotations

import re

from briefing.core.errors import ImportFailed
from briefing.ingest.decoding import looks_binary, sniff_encoding

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<article|<div|<p[\s>]|<h[1-6][\s>]|<section|<main)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(r"<(html|body|article)[\s>]", re.IGNORECASE)
_MARKDOWN = re.compile(r"^(#{1,6} \S|.*\n(=+|-+)\s*$)", re.MULTILINE)

_UNSUPPORTED_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "an old Word/Office (.doc) file — save it as .docx and import that"),
    (b"\x89PNG", "an image (PNG) — articles need a text layer"),
    (b"\xff\xd8\xff", "an image (JPEG) — articles need a text layer"),
    (b"GIF8", "an image (GIF)"),
    (b"\x1f\x8b", "a compressed (gzip) file — unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive — unpack it first"),
    (b"Rar!", "a RAR archive — unpack it first"),
    (b"\x7fELF", "a program, not an article"),
    (b"MZ", "a program, not an article"),
    (b"OggS", "an audio file"),
    (b"ID3", "an audio file"),
)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml", ".eml"})
SUPPORTED_SUFFIXES = frozenset(TEXT_SUFFIXES | {".docx", ".pdf", ".odt", ".rtf"})


def _zip_has(data: bytes, name: str) -> bool:
    """Whether the zip's central directory (at its end) names ``name``."""
    return f"{name}".encode() in data[-65536:]


def sniff_binary(data: bytes, *, label: str) -> str | None:
    """ "pdf", "docx", "odt", "rtf", or None for text formats; ``ImportFailed`` for known
    unsupported files."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:4096]:
            return "docx"
        if b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:200]:
            return "odt"
        if _zip_has(data, "content.xml") and _zip_has(data, "mimetype"):
            return "odt"  # re-zipped by another tool: the importer checks its type
        if b"mimetypeapplication/vnd.oasis.opendocument" in data[:200]:
            raise ImportFailed(
                f"{label} is an OpenDocument spreadsheet, drawing or presentation, not an "
                "article — save the text as .odt, .docx or .txt and import that"
            )
        raise ImportFailed(f"{label} is a zip archive, not an article — unpack it first")
    if data[:64].removeprefix(b"\xef\xbb\xbf").lstrip()[:5] == b"{\\rtf":
        return "rtf"
    for magic, what in _UNSUPPORTED_MAGIC:
        if data.startswith(magic):
            if magic == b"MZ" and not looks_binary(data):
                continue
            raise ImportFailed(f"{label} is {what}")
    if sniff_encoding(data) is None and looks_binary(data):
        raise ImportFailed(f"{label} is a binary file, not text")
    return None


def sniff_text(text: str, *, suffix: str, mime: str | None) -> str:
    """ "html", "eml", "md" or "txt" for decoded text."""
    from briefing.ingest.eml_importer import looks_like_email

    head = text[:4096]
    if mime in {"text/html", "application/xhtml+xml"} or _HTML_START.match(head):
        return "html"
    if mime == "message/rfc822" or looks_like_email(head):
        return "eml"
    if suffix in {".html", ".htm", ".xhtml"} and _HTML_ANYWHERE.search(head):
        return "html"
    if suffix in {".md", ".markdown"} or mime == "text/markdown":
        return "md"
    if _MARKDOWN.search(head) and head.lstrip().startswith("#"):
        return "md"
    return "txt"
