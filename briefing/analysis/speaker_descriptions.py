"""Speakers named by a description the article has already given a name: ``…, the company
said`` in a story that opened with ``Veltrix Semiconductors will cut 1,200 jobs``;
``« … », a déclaré le chef`` after ``Laurent Mercier, chef du parti``.

A definite description (``the``, ``la``, ``das``, ``o``; in Indonesian the bare noun, or a
title used as a name: ``Menlu``, ``Wakil Presiden``) that is a bare company noun (the
speech table's ``company_nouns``: the company, perusahaan, la direction, das Unternehmen,
la empresa) is the organisation the story is about: the one a statement's own words name,
or else the one named most often before, when it is named at least twice or is the only
one so far. One whose head is a role word (``le chef``, ``o bastonário``) is the one
person named before it with that word in their role. Anything less certain keeps the
description: a wrong name is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion, StatementSuggestion

_MAX_WORDS = 2


def named_descriptions(
    quotes: Sequence[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    actors: Sequence[ActorSuggestion],
    table: SpeechTable,
    text: str = "",
) -> tuple[list[QuoteSuggestion], list[StatementSuggestion]]:
    """``quotes`` and ``statements`` with each description that points to exactly one
    named actor replaced by that actor's name (and a person's role)."""
    if not table.company_nouns:
        return list(quotes), list(statements)
    bodies = [a for a in actors if a.kind == "organization" and a.mentions]
    people = [a for a in actors if a.kind == "person" and a.mentions]

    def named(
        speaker: str | None, role: str | None, start: int, end: int | None = None
    ) -> tuple[str | None, str | None]:
        """``end``: a statement's, whose words (the writer's) may name the body itself
        ("Veltrix will cut 1,200 jobs, the company said")."""
        head = _head(speaker, table)
        if head is None:
            epithet = _epithet(speaker, table)
            person = _introduced_as(people, text, epithet, start) if epithet else None
            return (person.name, person.role) if person is not None else (speaker, role)
        if head in table.company_nouns:
            body = _story_body(bodies, start, end)
            return (body.name, role) if body is not None else (speaker, role)
        person = _role_holder(people, head, start)
        return (person.name, person.role) if person is not None else (speaker, role)

    new_quotes = []
    for quote in quotes:
        speaker, role = named(quote.speaker, quote.speaker_role, quote.start)
        new_quotes.append(replace(quote, speaker=speaker, speaker_role=role))
    new_statements = []
    for statement in statements:
        speaker, role = named(
            statement.speaker, statement.speaker_role, statement.start, statement.end
        )
        new_statements.append(
            replace(statement, speaker=speaker or statement.speaker, speaker_role=role)
        )
    return new_quotes, new_statements


def _head(speaker: str | None, table: SpeechTable) -> str | None:
    """The lower-cased head word of a definite description (``the company`` → company,
    ``la direction`` → direction, ``l'entreprise`` → entreprise, ``perusahaan``), or None
    when the speaker is no such description."""
    if not speaker:
        return None
    words = speaker.split()
    first = words[0].lower()
    if len(words) == 1 and first in table.company_nouns:
        return first  # "Konzern" of "Der Konzern bestätigte": the article already dropped
    for elision in table.elisions:
        if first.startswith(elision) and len(first) > len(elision):
            words = [words[0][len(elision) :], *words[1:]]
            break
    else:
        if first in table.definite_articles or first in table.referring_articles:
            words = words[1:]
        elif table.definite_articles or table.referring_articles:
            return None  # a description in these languages opens with its article
    if not words or len(words) > _MAX_WORDS:
        return None
    if table.definite_articles and not all(w.islower() for w in words):
        return None  # "The We Company" is a name
    # the head: last in English ("the chip company"), first elsewhere ("la direction")
    head = (words[-1] if table.definite_articles else words[0]).lower()
    if head in table.company_nouns:
        # the bare noun only: "the production company" is one of a kind the story may
        # name besides its own company
        return head if len(words) == 1 else None
    if head not in table.role_words:
        return None
    if len(words) < len(speaker.split()):
        return head  # "le chef", "the spokesman"
    # no article: a title used as a name ("Menlu", "Wakil Presiden", "Kapolres"), never
    # a name after a title ("Imam Nahrawi") nor a lower-case title ("presiden AS" of
    # "beberapa mantan presiden AS": any of several)
    if words[0][:1].isupper() and all(w.lower() in table.role_words or w.isupper() for w in words):
        return head
    return None


def _epithet(speaker: str | None, table: SpeechTable) -> str | None:
    """The word of a definite description of one lower-case word that is neither a role
    nor a company noun (``el esloveno``, ``the Briton`` is capitalised: not this), or
    None."""
    words = (speaker or "").split()
    if (
        len(words) != 2
        or (
            words[0].lower() not in table.definite_articles
            and words[0].lower() not in table.referring_articles
        )
        or not words[1].isalpha()
        or not words[1].islower()
    ):
        return None
    return words[1]


def _introduced_as(
    people: Sequence[ActorSuggestion], text: str, epithet: str, before: int
) -> ActorSuggestion | None:
    """The one person the article introduced with ``epithet`` right before their name
    before ``before`` (``el esloveno Matej Kovač`` … ``advirtió el esloveno``)."""
    introduced = [
        p
        for p in people
        if any(
            m.start < before and text[max(0, m.start - len(epithet) - 1) : m.start] == epithet + " "
            for m in p.mentions
        )
    ]
    return introduced[0] if len(introduced) == 1 else None


def _story_body(
    bodies: Sequence[ActorSuggestion], start: int, end: int | None
) -> ActorSuggestion | None:
    """The one organisation a statement's own words name (``start``–``end``), or else the
    organisation named most often before ``start`` (the earliest named of equals), when
    it is named twice or more there or is the only one."""
    if end is not None:
        inside = [a for a in bodies if any(start <= m.start < end for m in a.mentions)]
        if inside:
            return inside[0] if len(inside) == 1 else None
    counts = [(sum(1 for m in a.mentions if m.start < start), a) for a in bodies]
    named = [(n, a) for n, a in counts if n]
    if not named:
        return None
    named.sort(key=lambda pair: (-pair[0], pair[1].mentions[0].start))
    count, body = named[0]
    if count < 2 and len(named) > 1:
        return None
    if len(named) > 1 and named[1][0] == count:
        return None  # two bodies named as often: which one speaks is not said
    return body


def _role_holder(
    people: Sequence[ActorSuggestion], head: str, before: int
) -> ActorSuggestion | None:
    """The one person named before ``before`` whose role has the word ``head``, when no
    other person is named between them and ``before`` (``A ministra Simone Tebet falou
    depois`` in between: "o ministro" may be either)."""
    holders = [
        p
        for p in people
        if p.mentions[0].start < before
        and head in (w.lower().strip(",.()") for w in (p.role or "").split())
    ]
    if len(holders) != 1:
        return None
    last = {
        p.name: max(m.start for m in p.mentions if m.start < before)
        for p in people
        if p.mentions[0].start < before
    }
    latest = max(last, key=lambda name: last[name])
    return holders[0] if latest == holders[0].name else None
