"""A mention of an actor as the sentence readers find it, before aliases are merged."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.actors_gazetteer import GazetteerEntry


@dataclass(slots=True)
class RawMention:
    """A mention before aliases are merged: token range ``[first, last)`` in its sentence."""

    kind: str
    first: int
    last: int
    source: str
    entry: GazetteerEntry | None = None
    role: str | None = None
    start: int = 0
    end: int = 0
    surface: str = ""
    in_sentence: bool = True  # False in a heading, caption or label line
