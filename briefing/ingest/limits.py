"""Limits that keep a hostile or simply huge input from hanging or exhausting the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportLimits:
    """Caps applied before and while reading an input.

    The defaults suit a desktop app: a news article is rarely over a few megabytes, so
    anything past ``max_bytes`` is refused at once (by ``stat`` before reading a file).
    """

    max_bytes: int = 50 * 1024 * 1024
    url_timeout: float = 15.0
    max_redirects: int = 5
    max_docx_uncompressed: int = 200 * 1024 * 1024
    max_docx_ratio: float = 200.0
    max_docx_members: int = 5000
    max_pdf_pages: int = 2000
