"""Export a brief: PDF, DOCX, JSON (the scriptable brief format) and Markdown.

The CLI and the GUI's export dialog call :func:`export_brief`; the format follows the
file suffix. Writes are atomic, so a failed export never leaves half a file behind.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from briefing.core.document import Document
from briefing.core.errors import BriefingError, ExportFailed
from briefing.core.model import Actor
from briefing.export.brief_json import (
    brief_from_json,
    brief_to_json,
    dump_brief_json,
    load_brief_json,
)
from briefing.export.content import BriefView, build_view
from briefing.export.templates import Template, TemplateInfo, list_templates, load_template
from briefing.export.text import clean_line

log = logging.getLogger(__name__)

__all__ = [
    "FORMATS",
    "Template",
    "TemplateInfo",
    "brief_from_json",
    "brief_to_json",
    "export_brief",
    "list_templates",
    "load_brief_json",
    "load_template",
    "render_brief",
]


def _subject(document: Document) -> str:
    parts = (clean_line(document.info.organisation), clean_line(document.info.marking))
    return " · ".join(p for p in parts if p)


def _keywords(view: BriefView) -> str:
    names = [clean_line(a.name) for s in view.sections for a in s.items if isinstance(a, Actor)]
    return ", ".join(dict.fromkeys(n for n in names if n))


def _pdf(document: Document, view: BriefView, invariant: bool) -> bytes:
    from briefing.export.pdf import render_pdf

    return render_pdf(
        view, invariant=invariant, subject=_subject(document), keywords=_keywords(view)
    )


def _docx(document: Document, view: BriefView, invariant: bool) -> bytes:
    from briefing.export.docx_writer import render_docx

    return render_docx(
        view, invariant=invariant, subject=_subject(document), keywords=_keywords(view)
    )


def _json(document: Document, view: BriefView, invariant: bool) -> bytes:
    # A lone surrogate the user pasted stays in the brief: written as a JSON \\uXXXX escape.
    return dump_brief_json(document).encode("utf-8", errors="backslashreplace")


def _markdown(document: Document, view: BriefView, invariant: bool) -> bytes:
    from briefing.export.markdown import render_markdown

    return render_markdown(view).encode("utf-8")


FORMATS: dict[str, Callable[[Document, BriefView, bool], bytes]] = {
    ".pdf": _pdf,
    ".docx": _docx,
    ".json": _json,
    ".md": _markdown,
}


def _template_for(document: Document, requested: str | None) -> Template:
    """The requested template; else the brief's own, or the standard one if that is gone.

    A brief made on another machine may name a template this one lacks: it still exports.
    """
    if requested:
        return load_template(requested)
    name = document.info.template or "standard"
    if name != "standard" and name not in {t.name for t in list_templates()}:
        log.warning("the brief's template %r is not installed; using the standard one", name)
        name = "standard"
    return load_template(name)


def render_brief(
    document: Document, suffix: str, *, template: str | None = None, invariant: bool = False
) -> bytes:
    """The exported file's bytes (the GUI preview uses this without touching the disk)."""
    writer = FORMATS.get(suffix.lower())
    if writer is None:
        raise ExportFailed(
            f"cannot export to {suffix or 'a file without a suffix'}: use one of {', '.join(FORMATS)}"
        )
    chosen = _template_for(document, template)
    view = build_view(document, chosen)
    try:
        return writer(document, view, invariant)
    except BriefingError:
        raise
    except Exception as error:  # a library failing on odd input must not lose the user's work
        log.exception("export to %s failed", suffix)
        raise ExportFailed(f"the {suffix} export failed: {error}") from error


def export_brief(
    document: Document, out: Path, *, template: str | None = None, invariant: bool = False
) -> Path:
    """Write the brief to ``out`` (format by suffix) atomically and return the path."""
    out = Path(out)
    data = render_brief(document, out.suffix, template=template, invariant=invariant)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(f"cannot write {out}: the folder {folder} does not exist")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any file the user saves
        temp = str(folder / f".{out.name}.{secrets.token_hex(6)}.part")
        handle = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temp, out)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportFailed(f"cannot write {out}: {error.strerror or error}") from error
    log.info("exported %s (%d bytes)", out, len(data))
    return out
