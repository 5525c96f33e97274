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
from briefing.ingest.decoding import decode_text


def parse_rtf(data: bytes, *, label: str) -> Draft:
    from striprtf import striprtf

    from briefing.ingest.text_importer import parse_text

    rtf_to_text = cast(Callable[..., str], striprtf.rtf_to_text)  # the library has no hints

    # RTF is 7-bit by definition; anything else is escaped, so Latin-1 never fails and
    # keeps every byte for the reader's own code-page handling.
    source = data.decode("latin-1")
    if not source.lstrip().startswith("{\\rtf"):
        raise ImportFailed(f"{label} is not an RTF file")
    try:
        text = rtf_to_text(source, errors="replace")
    except (ValueError, IndexError, KeyError, LookupError, RecursionError) as error:
        raise ImportFailed(f"{label} is a damaged RTF file ({error})") from error
    if not text.strip():
        raise ImportFailed(f"{label} holds no text")
    text, _encoding = decode_text(text.encode("utf-8"), label=label)
    draft = parse_text(text, fmt="rtf")
    title = _info(source, "title", rtf_to_text)
    draft.title = draft.title or title
    draft.author = draft.author or _info(source, "author", rtf_to_text)
    return draft


def _info(source: str, field: str, rtf_to_text: Callable[..., str]) -> str | None:
    """A field of the ``{\\info ...}`` group (document properties), as text."""
    match = re.search(r"\{\\" + field + r"\b\s?((?:[^{}\\]|\\.)*)\}", source[:65536])
    if match is None:
        return None
    try:
        value = rtf_to_text("{\\rtf1 " + match.group(1) + "}", errors="replace")
    except (ValueError, IndexError, KeyError, LookupError):
        return None
    return " ".join(value.split()) or None
