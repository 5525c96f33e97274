"""The entry points: a file, bytes, clipboard text → :class:`Article`.

One registry maps a sniffed format to its importer. Every failure a user can cause
(bad file, wrong suffix, empty, binary, too large, damaged) comes out as
:class:`ImportFailed` with a one-line message naming the input; nothing is half-imported
because an article only exists once it is complete.
"""

from __future__ import annotations

import logging
import stat
from collections.abc import Callable
from pathlib import Path

from briefing.core.errors import BriefingError, ImportFailed
from briefing.core.model import Article
from briefing.ingest.blocks import Draft, build_article
from briefing.ingest.decoding import decode_text
from briefing.ingest.limits import ImportLimits
from briefing.ingest.sniff import sniff_binary, sniff_text

log = logging.getLogger(__name__)

_FORMAT_NAMES = {
    "txt": "plain text",
    "md": "Markdown",
    "html": "HTML",
    "docx": "Word document",
    "pdf": "PDF",
    "eml": "e-mail",
    "odt": "OpenDocument text",
    "rtf": "RTF document",
}


def _parse_txt(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.text_importer import parse_text

    text, _encoding = decode_text(data, label=label)
    return parse_text(text, fmt="txt")


def _parse_md(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.text_importer import parse_text

    text, _encoding = decode_text(data, label=label)
    return parse_text(text, fmt="md", markdown=True)


def _parse_html(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.html_importer import decode_html, parse_html

    return parse_html(decode_html(data, label=label), label=label, url=url)


def _parse_docx(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.docx_importer import parse_docx

    return parse_docx(data, label=label, limits=limits)


def _parse_pdf(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.pdf_importer import parse_pdf

    return parse_pdf(data, label=label, limits=limits)


def _parse_eml(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.eml_importer import parse_eml

    return parse_eml(data, label=label)


def _parse_odt(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.odt_importer import parse_odt

    return parse_odt(data, label=label, limits=limits)


def _parse_rtf(data: bytes, label: str, limits: ImportLimits, url: str | None) -> Draft:
    from briefing.ingest.rtf_importer import parse_rtf

    return parse_rtf(data, label=label)


Parser = Callable[[bytes, str, ImportLimits, "str | None"], Draft]

IMPORTERS: dict[str, Parser] = {
    "txt": _parse_txt,
    "md": _parse_md,
    "html": _parse_html,
    "docx": _parse_docx,
    "pdf": _parse_pdf,
    "eml": _parse_eml,
    "odt": _parse_odt,
    "rtf": _parse_rtf,
}
"""Format name → importer. Read-only: the registry is data, not a place to register into."""


def sniff_format(data: bytes, *, name: str | None = None, mime: str | None = None) -> str:
    """The format of ``data`` by content (the name's suffix and the MIME type are hints)."""
    label = name or "the input"
    binary = sniff_binary(data, label=label)
    if binary:
        return binary
    if mime == "application/pdf":
        raise ImportFailed(f"{label} is announced as a PDF but is not one")
    suffix = Path(name).suffix.lower() if name else ""
    text, _encoding = decode_text(data[:8192], label=label)
    return sniff_text(text, suffix=suffix, mime=mime)


def import_bytes(
    data: bytes,
    *,
    name: str | None = None,
    mime: str | None = None,
    limits: ImportLimits | None = None,
    url: str | None = None,
    fmt: str | None = None,
) -> Article:
    """An article from raw bytes; ``name`` (a file name) and ``mime`` are only hints.

    ``fmt`` (a key of :data:`IMPORTERS`) skips sniffing and forces that importer.
    """
    limits = limits or ImportLimits()
    label = name or "the input"
    if len(data) > limits.max_bytes:
        raise ImportFailed(
            f"{label} is larger than the {limits.max_bytes // (1024 * 1024)} MB limit"
        )
    if not data.strip():
        raise ImportFailed(f"{label} is empty")
    if fmt is None:
        fmt = sniff_format(data, name=name, mime=mime)
    elif fmt not in IMPORTERS:
        raise ImportFailed(f"{label}: unknown format {fmt!r}")
    try:
        draft = IMPORTERS[fmt](data, label, limits, url)
    except BriefingError:
        raise
    except RecursionError as error:
        raise ImportFailed(
            f"{label} is nested too deeply to read as {_FORMAT_NAMES[fmt]}"
        ) from error
    except Exception as error:
        # Third-party parsers fail in many undocumented ways on damaged input; the
        # user gets one line, the log keeps the details.
        log.debug("import of %s as %s failed", label, fmt, exc_info=True)
        detail = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise ImportFailed(
            f"{label} could not be read as {_FORMAT_NAMES[fmt]} ({detail})"
        ) from error
    # Outside the net above: a failure in our own clean-up is a bug, not bad input.
    return build_article(draft, data, name=name, origin_url=url)


def import_path(path: Path, *, limits: ImportLimits | None = None) -> Article:
    """An article from a file; its size is checked before a byte is read."""
    limits = limits or ImportLimits()
    path = Path(path)
    label = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError as error:
        raise ImportFailed(f"{path} does not exist") from error
    except OSError as error:
        raise ImportFailed(f"{path} cannot be opened ({error.strerror or error})") from error
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailed(f"{path} is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailed(f"{path} is not a regular file")
    if info.st_size > limits.max_bytes:
        raise ImportFailed(
            f"{label} is {info.st_size / (1024 * 1024):.0f} MB, over the "
            f"{limits.max_bytes // (1024 * 1024)} MB limit"
        )
    if info.st_size == 0:
        raise ImportFailed(f"{label} is empty")
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise ImportFailed(f"{label} cannot be read ({error.strerror or error})") from error
    return import_bytes(data, name=label, limits=limits)


def import_clipboard(text: str, mime: str = "text/plain") -> Article:
    """An article from pasted text or HTML. A lone URL is text here: the caller decides
    whether to fetch it (see :func:`briefing.ingest.is_url`)."""
    if not text.strip():
        raise ImportFailed("the clipboard holds no text")
    if mime == "text/html":
        from briefing.ingest.html_importer import parse_html

        data = text.encode("utf-8")
        try:
            draft = parse_html(text, label="the pasted HTML", fmt="clipboard")
        except BriefingError:
            raise
        except Exception as error:
            log.debug("pasted HTML failed", exc_info=True)
            raise ImportFailed(f"the pasted HTML could not be read ({error})") from error
        return build_article(draft, data, name=None)
    if mime not in {"text/plain", "text/markdown"}:
        raise ImportFailed(f"clipboard content of type {mime} cannot be imported")
    from briefing.ingest.text_importer import parse_text

    draft = parse_text(text, fmt="clipboard", markdown=mime == "text/markdown")
    return build_article(draft, text.encode("utf-8"), name=None)
