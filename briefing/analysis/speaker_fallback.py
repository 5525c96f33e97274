"""A pronoun no earlier speaker explains: the person who opens a sentence just before.

``Memang, Dion sendiri ingin mengusung konsep intim … “Jadi konsepnya intimate,” ucapnya.``
The speakers' context resolves ``ucapnya`` to the previous speaker; when the article has
quoted no one yet, nobody. Once the article's people are known (the actors), a person who
opens one of the few sentences before the quote is the one the pronoun points back to.
Only the opening of a sentence counts (a name further on is mostly an object: ``lagu Who
Run the World milik Beyonce``), and only a name the actors give as a person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefing.analysis.speaker_names import (
    has_role_word,
    opening_run,
    span_text,
    split_name_role,
)
from briefing.analysis.speaker_subjects import opening_tokens, unnamed_subject
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion

_LOOKBACK = 3
"""Sentences before the quote whose opening may name the speaker."""
_AFTER = 40
"""Characters after the closing quote mark where the pronoun attribution is read."""
_INITIAL = 2
"""Letters of a name part too short to look for in a quote (``Jr``, an initial)."""
_EDGES = " \t\n,.;:!?\"'“”‘’«»„"


def people_for_pronouns(
    quotes: Sequence[QuoteSuggestion],
    actors: Sequence[ActorSuggestion],
    context: SpeakerContext,
) -> list[QuoteSuggestion]:
    """``quotes`` with a pronoun attribution and no speaker given the person who opens a
    sentence shortly before (one of ``actors``), when there is one."""
    people = _people(actors)
    if not people:
        return list(quotes)
    found = []
    since = 0  # the end of the previous quote: who opens a sentence before it spoke there
    for quote in quotes:
        if quote.speaker is None and _pronoun_attribution(context, quote.end):
            name = _opening_person(context, since, quote, people)
            if name is not None:
                quote = dataclasses.replace(
                    quote, speaker=name, speaker_role=context.role_for(name)
                )
        found.append(quote)
        since = quote.end
    return found


def _people(actors: Sequence[ActorSuggestion]) -> dict[str, str]:
    """Every written form of a person (name, aliases, a surname only one person has)."""
    people: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        for form in (actor.name, *actor.aliases):
            people[form] = actor.name
        if " " in actor.name:
            surnames.setdefault(actor.name.rsplit(" ", 1)[1], set()).add(actor.name)
    for surname, names in surnames.items():
        if len(names) == 1:
            people.setdefault(surname, next(iter(names)))
    return people


def _pronoun_attribution(context: SpeakerContext, end: int) -> bool:
    """``… ,” ucapnya`` / ``… ,” ujar dia`` / ``…,” he said``: a singular pronoun attributes
    the quote that ends at ``end``."""
    table = context.table
    after = context.text[end : end + _AFTER]
    raw = [w.strip(_EDGES) for w in after.split("\n", 1)[0].split()[:4]]
    raw = [w for w in raw if w]
    if not raw or not raw[0][:1].islower():
        return False  # a new paragraph, or a new sentence ("He played chess", "Dia menambahkan")
    words = [w.lower() for w in raw]
    singular = table.pronouns - table.plural_pronouns - table.first_person
    if words[0] in singular:
        return True  # "he said"
    if table.pronoun_cues.fullmatch(words[0]):
        return True  # "ucapnya"
    return len(words) >= 2 and words[0] in table.cue_words and words[1] in singular


def _opening_person(
    context: SpeakerContext, since: int, quote: QuoteSuggestion, people: dict[str, str]
) -> str | None:
    """The person of ``people`` who opens one of the last few sentences before ``quote``
    and after ``since``, and whom the quote does not name: the capitalised run after an
    opening connective
    (``Menariknya, Rins mesti …``), or the name of a title and a name (``Menkominfo
    Rudiantara berharap``); not a name after a common noun (``Pemblokiran Bigo Live``)."""
    table = context.table
    quoted = quote.text
    sentences = context.sentences
    k = next((i for i in range(len(sentences) - 1, -1, -1) if sentences[i].end <= quote.start), -1)
    for sentence in sentences[max(0, k - _LOOKBACK + 1) : k + 1][::-1]:
        if sentence.start < since or unnamed_subject(context, sentence):
            break  # "Seorang musisi menulis …": someone unnamed speaks there
        tokens = opening_tokens(context, sentence)
        if (
            len(tokens) > 2
            and tokens[0].is_word
            and tokens[1].text == ","
            and not any(
                tokens[0].lower.startswith(cue) for cue in table.cue_words if len(cue) > _INITIAL
            )
        ):
            tokens = tokens[2:]  # "Menariknya, …" (not "Menurutnya, Ruben …": whom it is about)
        run = opening_run(tokens)
        while run and (run[0].lower in table.stop_words or run[0].lower in table.determiners):
            run = run[1:]  # "When Patrick walked in"
        if not run:
            continue
        whole = span_text(context.text, run, 0, len(run))
        name, role = split_name_role(context.text, run, table)
        for candidate in (whole, name if role and has_role_word(run, table) else None):
            if candidate in people and not _named_in(quoted, people[candidate]):
                return people[candidate]
    return None


def _named_in(quoted: str, person: str) -> bool:
    """Whether the quote names ``person`` (``Pak Novel sudah sembuh``): one speaks of
    another so, not of oneself."""
    return any(f" {part}" in f" {quoted}" for part in person.split() if len(part) > _INITIAL)
