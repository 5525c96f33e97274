"""Quotes set off by dialogue dashes instead of quotation marks (Spanish, Portuguese,
Russian news and interviews):

    —No vamos a subir los impuestos —dijo Cuerpo—. La economía crece con fuerza.
    — Мы не планируем повышать налоги, — добавил министр. — Это важно.

A paragraph that opens with a dash is speech up to the next dash with a space before it
that a speech cue follows (``␣—dijo``, ``,␣—␣добавил``; a dash inside the speech, ``—
Москва — наш партнёр``, ``—que llega tarde—``, is part of it); the narration there (the
cue and the speaker) runs to a dash glued to its last word (``Cuerpo—.``) or to its
sentence's end, and the speech goes on after it (``La economía …``, ``— Это важно.``).
Only a paragraph where a speech cue follows a dash counts: a list of items set off by
dashes is no dialogue, and neither (for now) is an interview whose questions and answers
name nobody.

Which languages write dialogue this way is their speech table's ``dialogue_dashes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.analysis.speech_table import SpeechTable
from briefing.core.model import Paragraph

DASHES = "—―"
"""The em dash and the horizontal bar; an en dash or a hyphen is no dialogue dash."""
_LEAD = re.compile(r"\s*([—―])\s*")
"""A dash that opens speech, with the spaces around it (group 1: the dash)."""
_NARRATION_WORDS = 8
"""Words a narration may hold before its cue (``— Мы готовы, — министр финансов сказал``)."""
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)")


@dataclass(frozen=True, slots=True)
class DashQuote:
    """One stretch of speech: ``text[start:end]``, opened at ``open_at`` (its dash, or
    the dash that closed the narration before it) and closed by the dash at
    ``close_at`` (None when the paragraph ends it)."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int


def find_dash_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    table: SpeechTable,
    quoted: Sequence[tuple[int, int]] = (),
) -> list[DashQuote]:
    """The dialogue-dash quotes of every paragraph, but none that overlaps a span between
    quotation marks (``quoted``: ``— Это провокация, — заявил Лавров. «Мы ответим», —
    добавил он.`` has one of each)."""
    if not table.dialogue_dashes:
        return []
    found: list[DashQuote] = []
    for index, paragraph in enumerate(paragraphs):
        if text[paragraph.start : paragraph.end].lstrip()[:1] not in DASHES:
            continue
        pieces = list(_pieces(text, paragraph.start, paragraph.end, index, table))
        if any(piece.close_at is not None for piece in pieces):  # a cue follows a dash
            found.extend(
                piece
                for piece in pieces
                if not any(a < piece.end and piece.open_at < b for a, b in quoted)
            )
    return found


def _pieces(
    text: str, start: int, end: int, paragraph: int, table: SpeechTable
) -> Iterator[DashQuote]:
    """The speech of one paragraph; a piece that a cue follows is closed by its dash."""
    lead = _LEAD.match(text, start, end)
    if lead is None:
        return
    open_at, position = lead.start(1), lead.end()
    while position < end:
        close = _closing_dash(text, position, end)
        while close is not None and not _cue_opens(
            text, _skip_space(text, close + 1, end), end, table
        ):
            # "— Москва — наш главный партнёр, — сказал посол", "—La reforma —que llega
            # tarde— es necesaria —afirmó": a dash inside the speech, not its end
            close = _closing_dash(text, close + 1, end)
        speech_end = close if close is not None else end
        while speech_end > position and text[speech_end - 1].isspace():
            speech_end -= 1
        if speech_end <= position:
            return
        yield DashQuote(position, speech_end, open_at, close, paragraph)
        if close is None:
            return
        resume = _after_narration(text, _skip_space(text, close + 1, end), end)
        if resume is None:
            return
        open_at, position = resume


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _closing_dash(text: str, start: int, end: int) -> int | None:
    """The first dash after ``start`` with a space before it (``…impuestos —dijo``)."""
    for k in range(start, end):
        if text[k] in DASHES and k > start and text[k - 1].isspace():
            return k
    return None


def _cue_opens(text: str, start: int, end: int, table: SpeechTable) -> bool:
    """Whether the narration at ``start`` is a speech attribution: a cue verb opens it
    (``dijo Cuerpo``, ``добавил министр``, ``disse ele``) or closes its first few words
    (``— министр сказал``)."""
    if table.cue_then_speaker.match(text, start, end) or table.pronoun_cues.match(text, start, end):
        return True
    stop = _SENTENCE_END.search(text, start, end)
    window = text[start : stop.start() if stop else end]
    if len(window.split()) > _NARRATION_WORDS:
        return False
    return any(
        cue.end() >= len(window.rstrip(" ,—―")) for cue in table.speaker_then_cue.finditer(window)
    )


def _after_narration(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where speech resumes after the narration at ``start``: after a dash glued to the
    narration's last word (``Cuerpo—. La``) and its punctuation, or after the sentence's
    end when a dash opens what follows (``министр. — Это``); (the resuming dash, the
    first character of the speech) or None."""
    stop = _SENTENCE_END.search(text, start, end)
    limit = stop.start() if stop else end
    for k in range(start, limit):
        if text[k] in DASHES and k > start and not text[k - 1].isspace():
            position = k + 1
            while position < end and (text[position] in ".,;:" or text[position].isspace()):
                position += 1
            return (k, position) if position < end else None
    if stop is None:
        return None
    lead = _LEAD.match(text, stop.end(), end)
    if lead is None:
        return None
    return (lead.start(1), lead.end()) if lead.end() < end else None
