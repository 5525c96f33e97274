"""A pronoun no earlier speaker explains: the person who opens a sentence just before.

``Memang, Dion sendiri ingin mengusung konsep intim … “Jadi konsepnya intimate,” ucapnya.``
The speakers' context resolves ``ucapnya`` to the previous speaker; when the article has
quoted no one yet, nobody. Once the article's people are known (the actors), a person who
opens one of the few sentences before the quote is the one the pronoun points back to.
Only the opening of a sentence counts (a name further on is mostly an object: ``lagu Who
Run the World milik Beyonce``), only a name the actors give as a person, and only one who
acts there: not one acted on (``Rudi ditangkap polisi``, ``Smith was fired``), not a
possessor (``Kane's manager …``), not past a sentence where someone else speaks
(``Kapolsek mengatakan …``), and not of the pronoun's other gender.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefing.analysis.speaker_gender import agrees
from briefing.analysis.speaker_names import (
    has_role_word,
    opening_run,
    span_text,
    split_name_role,
)
from briefing.analysis.speaker_segments import is_role
from briefing.analysis.speaker_subjects import opening_tokens, unnamed_subject
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion, SentenceSpan
from briefing.analysis.tokens import Token

_LOOKBACK = 3
"""Sentences before the quote whose opening may name the speaker."""
_AFTER = 40
"""Characters after the closing quote mark where the pronoun attribution is read."""
_INITIAL = 2
"""Letters of a name part too short to look for in a quote (``Jr``, an initial)."""
_PASSIVE_STEM = 4
"""Letters a passive verb has at least after its prefix (``di`` + ``tangkap``)."""
_EDGES = " \t\n,.;:!?\"'“”‘’«»„—–"
"""Marks around the words after a quote (``», — сказал он``)."""
_POSSESSIVES = ("'s", "’s")
_POSSESSOR = "\x00possessor"
"""What :func:`_sentence_opener` gives for a sentence opened by a possessive."""


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
        if quote.speaker is None:
            attributed, gender = pronoun_attribution(context, quote.end)
            name = _opening_person(context, since, quote, people) if attributed else None
            if name is not None and agrees(context, name, gender):
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


def pronoun_attribution(context: SpeakerContext, end: int) -> tuple[bool, str | None]:
    """Whether a singular personal pronoun attributes the quote that ends at ``end``
    (``… ,” ucapnya`` / ``… ,” ujar dia`` / ``…,” he said``; not ``it said``), and the
    pronoun's gender where it has one."""
    table = context.table
    after = context.text[end : end + _AFTER]
    raw = [w.strip(_EDGES) for w in after.split("\n", 1)[0].split()[:4]]
    raw = [w for w in raw if w]
    if not raw or not raw[0][:1].islower():
        return False, None  # a new paragraph or sentence ("He played chess", "Dia …")
    words = [w.lower() for w in raw]
    singular = table.person_pronouns
    if words[0] in singular:
        return True, table.gender_pronouns.get(words[0])  # "he said"
    if table.pronoun_cues.fullmatch(words[0]):
        return True, None  # "ucapnya"
    if len(words) >= 2 and table.pronoun_cues.fullmatch(" ".join(words[:2])):
        return True, table.cue_gender(words[0])  # "a-t-il déclaré"
    if len(words) >= 2 and words[0] in table.cue_words and words[1] in singular:
        return True, table.gender_pronouns.get(words[1])  # "ujar dia", "said she"
    if words[0] in table.cue_words and _closes_sentence(after, raw[0]):
        return True, None  # "…", afirmó.: the subject is in the verb
    return False, None


def _closes_sentence(after: str, word: str) -> bool:
    """Whether ``word`` in ``after`` ends its sentence (``afirmó.``)."""
    at = after.find(word)
    return at >= 0 and after[at + len(word) : at + len(word) + 1] in (".", "!", "?", "")


def _opening_person(
    context: SpeakerContext, since: int, quote: QuoteSuggestion, people: dict[str, str]
) -> str | None:
    """The person of ``people`` who opens one of the last few sentences before ``quote``
    and after ``since``, acts there and is not named in the quote."""
    sentences = context.sentences
    k = next((i for i in range(len(sentences) - 1, -1, -1) if sentences[i].end <= quote.start), -1)
    for sentence in sentences[max(0, k - _LOOKBACK + 1) : k + 1][::-1]:
        if sentence.start < since or unnamed_subject(context, sentence):
            return None  # "Seorang musisi menulis …": someone unnamed speaks there
        person, tokens, after = _sentence_opener(context, sentence, people)
        if person is _POSSESSOR:
            return None  # someone of the possessor's speaks ("Kane's manager … praised")
        if person is not None:
            if not _acted_on(context, tokens, after) and not _named_in(quote.text, person):
                return person
            continue  # spoken of there ("Novel menjalani perawatan …"), someone else speaks
        if _someone_else_speaks(context, sentence):
            return None  # "Kapolsek mengatakan …": the pronoun is that speaker's
    return None


def _sentence_opener(
    context: SpeakerContext, sentence: SentenceSpan, people: dict[str, str]
) -> tuple[str | None, list[Token], int]:
    """The person of ``people`` who opens ``sentence`` — the capitalised run after an
    opening connective (``Menariknya, Rins mesti …``), or the name of a title and a name
    (``Menkominfo Rudiantara berharap``) — with the sentence's tokens and the index of the
    token after the name (None when no person opens it, or a possessor does)."""
    table = context.table
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
    first = 0
    while first < len(tokens) and (
        tokens[first].lower in table.stop_words or tokens[first].lower in table.determiners
    ):
        first += 1  # "When Patrick walked in"
    while (
        first + 1 < len(tokens)
        and tokens[first].is_word
        and not tokens[first].is_capitalised
        and is_role(tokens[first], table)
        and tokens[first + 1].is_capitalised
    ):
        first += 1  # "O presidente Lula criticou …": a lower-case title before the name
    run = opening_run(tokens[first:])
    if not run:
        return None, tokens, 0
    after = first + len(run)
    if run[-1].lower.endswith(_POSSESSIVES) or context.text.startswith(_POSSESSIVES, run[-1].end):
        return _POSSESSOR, tokens, after  # "Kane's manager Thomas Tuchel …": not Kane
    whole = span_text(context.text, run, 0, len(run))
    name, role = split_name_role(context.text, run, table)
    for candidate in (whole, name if role and has_role_word(run, table) else None):
        if candidate in people:
            return people[candidate], tokens, after
    return None, tokens, after


def _someone_else_speaks(context: SpeakerContext, sentence: SentenceSpan) -> bool:
    """A cue word in ``sentence`` with no pronoun for its speaker (``Kapolsek mengatakan
    …``; not ``…, he wrote in his book``, which the same person may have said)."""
    table = context.table
    words = [t.lower for t in context.index.between(sentence.start, sentence.end) if t.is_word]
    return any(w in table.cue_words for w in words) and not any(w in table.pronouns for w in words)


def _acted_on(context: SpeakerContext, tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb at ``tokens[k]`` says its subject was acted on: a passive form
    (``ditangkap``, ``dipecat``; ``was fired``, ``was taken``)."""
    table = context.table
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    word = tokens[k].lower
    if any(
        word.startswith(prefix) and len(word) >= len(prefix) + _PASSIVE_STEM
        for prefix in table.passive_prefixes
    ):
        return True
    if word in table.passive_auxiliaries and k + 1 < len(tokens):
        verb = tokens[k + 1].lower
        return verb in table.acted_on_verbs or verb.endswith(table.participle_endings)
    return False


def _named_in(quoted: str, person: str) -> bool:
    """Whether the quote names ``person`` (``Pak Novel sudah sembuh``): one speaks of
    another so, not of oneself."""
    return any(f" {part}" in f" {quoted}" for part in person.split() if len(part) > _INITIAL)
