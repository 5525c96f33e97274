"""The drag-and-drop format of a Reader selection, shared by the Reader and the brief editor.

A selection dragged out of the Reader carries ``application/x-briefing-selection`` whose
payload is UTF-8 JSON ``{"article_id": str, "start": int, "end": int}`` — offsets in Python
code points into ``Article.text`` (already converted from Qt's UTF-16). The drop target
builds the item with ``briefing.analysis.item_from_selection(article, start, end, kind)``.
The mime data also carries the selected text as ``text/plain`` for other applications.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMimeData

SELECTION_MIME = "application/x-briefing-selection"


@dataclass(frozen=True, slots=True)
class SelectionRef:
    """A span of an article, in code points."""

    article_id: str
    start: int
    end: int


def encode_selection(
    selection: SelectionRef, text: str, mime: QMimeData | None = None
) -> QMimeData:
    mime = mime or QMimeData()
    payload = {"article_id": selection.article_id, "start": selection.start, "end": selection.end}
    mime.setData(SELECTION_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
    mime.setText(text)
    return mime


def decode_selection(mime: QMimeData) -> SelectionRef | None:
    """The selection in ``mime``, or None when it holds none (or a malformed one)."""
    if not mime.hasFormat(SELECTION_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(SELECTION_MIME).data()).decode("utf-8"))
        ref = SelectionRef(str(data["article_id"]), int(data["start"]), int(data["end"]))
    except (ValueError, KeyError, TypeError):
        return None
    if ref.start < 0 or ref.end < ref.start:
        return None
    return ref
