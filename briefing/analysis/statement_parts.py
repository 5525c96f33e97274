"""What every form of reported speech shares: the edges trimmed off what was said, and the
suggestion made of it (:mod:`briefing.analysis.statements` and the readers beside it)."""

from __future__ import annotations

import re

from briefing.analysis.speakers import CueMatch
from briefing.analysis.suggestions import StatementSuggestion

MIN_WORDS = 3
"""Words what was said must hold."""
TRAILING = " \t.,;:!?…"
LEADING = " \t,:;—–-"
SENTENCE_CLOSE = " \t.!?…\"”’'»)"
"""What may follow a cue that closes its sentence."""
CLAUSE_END = re.compile(r"[;]|,(?!\d)")  # not the comma of "22,3 Prozent"
SHORT_APPOSITIVE = 4
"""Words of a description between commas after a name (``, son adjoint,``)."""


def statement(
    text: str, start: int, end: int, speaker: str, role: str | None, cue: CueMatch | re.Match[str]
) -> StatementSuggestion:
    return StatementSuggestion(
        speaker=speaker,
        text=text[start:end],
        start=start,
        end=end,
        cue=cue.group(),
        speaker_role=role,
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in LEADING:
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end
