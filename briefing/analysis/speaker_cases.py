"""Speakers and people named in another case, given in the nominative: ``По словам
министра иностранных дел Сергея Лаврова`` is Сергей Лавров, министр иностранных дел;
``Według ministra Radosława Sikorskiego`` is Radosław Sikorski, minister.

Done last, over what the readers found: the actors are read with the speakers as
written (so ``Adama Glapińskiego`` is still known as the person who spoke), then both
take the nominative (:func:`~briefing.analysis.speech_names.nominative_name`), the form
as written kept as an alias of the person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from briefing.analysis.speech_names import nominative_name, nominative_role
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion, StatementSuggestion

_Said = TypeVar("_Said", QuoteSuggestion, StatementSuggestion)


def nominative_speakers(
    quotes: Sequence[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    actors: Sequence[ActorSuggestion],
    table: SpeechTable,
) -> tuple[list[QuoteSuggestion], list[StatementSuggestion], list[ActorSuggestion]]:
    """``quotes``, ``statements`` and ``actors`` with the people named in another case
    (a known given name in another case tells it) renamed to the nominative."""
    if not table.case_endings:
        return list(quotes), list(statements), list(actors)
    named = {a.name for a in actors}
    new_actors = []
    for actor in actors:
        nominative = nominative_name(actor.name, table) if actor.kind == "person" else None
        if nominative is not None and nominative not in named:
            role = nominative_role(actor.role, table) if actor.role else None
            aliases = (actor.name, *actor.aliases)
            actor = ActorSuggestion(nominative, actor.kind, role, aliases, actor.mentions)
        new_actors.append(actor)
    return (
        [_nominative(q, table) for q in quotes],
        [_nominative(s, table) for s in statements],
        new_actors,
    )


def _nominative(item: _Said, table: SpeechTable) -> _Said:
    nominative = nominative_name(item.speaker, table) if item.speaker else None
    if nominative is None:
        return item
    role = nominative_role(item.speaker_role, table) if item.speaker_role else None
    return replace(item, speaker=nominative, speaker_role=role)
