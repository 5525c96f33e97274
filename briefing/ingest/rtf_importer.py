"""Rich Text (.rtf) → draft, through the same plain-text care as a .txt file.

``striprtf`` (a small pure-Python reader) turns the RTF control words into text —
paragraph marks into line breaks, ``\\u`` escapes and code-page bytes into characters —
and drops pictures, fonts and other destinations. RTF has no reliable heading markup,
so headings, dateline and promotion lines are recognised as in plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from briefing.core.errors import ImportFailed
from briefing.ingest.blocks import Draft

_FIELD_GROUP = re.compile(r"\{\\field\{", re.IGNORECASE)
_CODE_PAGE = re.compile(r"\\ansicpg(\d{3,5})")
_RTF_ERRORS = (
    ValueError,
    IndexError,
    KeyError,
    LookupError,
    RecursionError,
    TypeError,
    OverflowError,
)
"""What striprtf raises on malformed control words (``\\uc`` without a number…)."""


def _source_text(data: bytes) -> str:
    """The RTF source as text. RTF is 7-bit by definition (everything else escaped), so
    Latin-1 keeps every byte for the reader's code-page handling; some tools write raw
    UTF-8 anyway, which is read as such when it decodes."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    if not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def parse_rtf(data: bytes, *, label: str) -> Draft:
    from striprtf import striprtf

    from briefing.ingest.text_importer import parse_text

    rtf_to_text = cast(Callable[..., str], striprtf.rtf_to_text)  # the library has no hints

    source = _source_text(data)
    if not source.lstrip().startswith("{\\rtf"):
        raise ImportFailed(f"{label} is not an RTF file")
    # striprtf rewrites "{\\field{...HYPERLINK" with a backtracking pattern that is cubic
    # in the number of fields (seconds for a few hundred) and puts the URL into the text;
    # a space after the control word means the same in RTF and keeps the pattern away.
    source = _FIELD_GROUP.sub("{\\\\field {", source)
    try:
        text = rtf_to_text(source, errors="replace")
    except _RTF_ERRORS as error:
        raise ImportFailed(f"{label} is a damaged RTF file ({error})") from error
    # characters beyond the BMP come as \\u surrogate pairs: join them (or replace a
    # lone half) so the text is valid Unicode
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if not text.strip():
        raise ImportFailed(f"{label} holds no text")
    draft = parse_text(text, fmt="rtf")
    draft.title = draft.title or _info(source, "title", rtf_to_text)
    draft.author = draft.author or _info(source, "author", rtf_to_text)
    return draft


def _info(source: str, field: str, rtf_to_text: Callable[..., str]) -> str | None:
    """A field of the ``{\\info ...}`` group (document properties), as text; None if it
    is missing or unreadable (the article does not depend on it)."""
    match = re.search(r"\{\\" + field + r"\b\s?((?:[^{}\\]|\\.)*)\}", source[:65536])
    if match is None:
        return None
    code_page = _CODE_PAGE.search(source[:4096])
    header = f"{{\\rtf1\\ansi\\ansicpg{code_page.group(1)} " if code_page else "{\\rtf1 "
    try:
        value = rtf_to_text(header + match.group(1) + "}", errors="replace")
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    except Exception:  # a damaged property only loses the property
        return None
    return " ".join(value.split()) or None
