"""``Menurut X, …``, ``…, according to X.``, ``Selon lui, …``: reported speech whose cue
names its source (:mod:`briefing.analysis.statements` reads the other forms).

The source may be a title and then a name between commas (``Menurut Kepala BPBD Sukamaju,
Ratna Wulandari, …``), a pronoun of the last speaker (``menurut dia``) or a description
(``menurut pelatih itu``); a named person is recorded for a later ``katanya``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.analysis.spans import SpanIndex
from briefing.analysis.speaker_names import is_organisation
from briefing.analysis.speaker_phrases import SpeakerPhrase, parse_forward
from briefing.analysis.speaker_segments import place_or_body
from briefing.analysis.speakers import CueMatch, SpeakerContext
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.statement_parts import (
    CLAUSE_END,
    LEADING,
    MIN_WORDS,
    SHORT_APPOSITIVE,
    statement,
    trim,
)
from briefing.analysis.statement_sources import (
    SHORT_NAME,
    after_source,
    named_with_acronym,
    verb_after_source,
)
from briefing.analysis.statement_verb_final import according_before
from briefing.analysis.suggestions import SentenceSpan, StatementSuggestion
from briefing.analysis.tokens import word_count
from briefing.core.model import Article


def according_to(
    article: Article,
    context: SpeakerContext,
    sentence: SentenceSpan,
    cue: CueMatch,
    quote_spans: SpanIndex,
) -> StatementSuggestion | None:
    """``Menurut X, …`` (content after the comma) or ``…, according to X.`` (before)."""
    text = article.text
    if context.table.verb_final:
        return according_before(context, sentence, cue, quote_spans)
    if " ".join(cue.group().lower().split()) in context.table.opening_according and text[
        sentence.start : cue.start()
    ].strip(LEADING):
        return None  # "…, como dijo el presidente, Pedro Sánchez.": see _trailing
    clause = CLAUSE_END.search(text, cue.end(), sentence.end)
    phrase_end = clause.start() if clause else sentence.end
    content_start = None
    if clause is None and not text[sentence.start : cue.start()].strip(LEADING):
        short = SHORT_NAME.search(text, cue.end(), min(sentence.end, cue.end() + 100))
        if " ".join(cue.group().lower().split()) in context.table.pronoun_according:
            rest = text[cue.end() : sentence.end]  # "Menurutnya hingga Rabu …": no source
            content_start = cue.end() + len(rest) - len(rest.lstrip())
        elif short and named_with_acronym(text[cue.end() : short.end()], context.table):
            # "Nach Angaben der Bundesvereinigung … (BDA) würde …": the name ends there
            rest = text[short.end() : sentence.end]
            content_start = short.end() + len(rest) - len(rest.lstrip())
        else:
            content_start = after_source(context, cue.end(), sentence.end)
        if content_start is None:
            return None
        phrase_end = content_start
    if clause is not None and not text[sentence.start : cue.start()].strip(LEADING):
        verb = verb_after_source(context, cue.end(), clause.start())
        if verb is not None:  # "Laut Reuter kommen … 1,9 Beitragszahler, in zehn Jahren …"
            clause, content_start, phrase_end = None, verb, verb
    phrase = parse_forward(text, cue.end(), phrase_end, context.table, context.index)
    named = named_with_acronym(text[cue.end() : phrase_end], context.table)
    if named is not None:  # "Selon la Fédération française de l'assurance (FFA), …"
        phrase = SpeakerPhrase(named)
    said_by = _pronoun_source(text, cue, phrase_end, context.table)
    if said_by is not None:  # "Selon lui, …", "По её словам, …": the speaker before
        phrase = SpeakerPhrase(
            None, pronoun=True, gender=context.table.gender_pronouns.get(said_by)
        )
    if (
        phrase is not None
        and clause is not None
        and (context.names_no_person(phrase) or _title_and_no_name(phrase, context.table))
    ):
        # ``Menurut Kepala BPBD Sukamaju, Ratna Wulandari, …``, ``Menurut Kepala Koki, Brad
        # Carter, …``: the title, then the name
        second = CLAUSE_END.search(text, clause.end(), sentence.end)
        if (
            second is not None
            and _bare_name(text[clause.end() : second.start()], context.table.name_particles)
            and not _list_goes_on(context, second.end())
            and not _subject_goes_on(text, second.end(), context.table)
        ):
            wider = parse_forward(text, cue.end(), second.start(), context.table, context.index)
            if wider is not None and wider.name and wider.name != phrase.name and wider.role:
                # "Selon son gouverneur, François Villeroy de Galhau, …": role "gouverneur"
                head, _, rest = wider.role.partition(" ")
                if rest and head.lower() in context.table.possessives:
                    wider = replace(wider, role=rest)
                phrase, clause = wider, second
            elif (
                phrase.descriptor
                and phrase.name
                and not place_or_body(text[clause.end() : second.start()].split(), context.table)
            ):
                # "Selon le porte-parole du gouvernement, Prisca Thevenot, …", "According to
                # the spokesman for the ministry, John Smith, …": the description is her role
                described = text[cue.end() : clause.start()].strip()
                first = described.split(None, 1)
                if len(first) == 2 and first[0].lower() in context.table.determiners:
                    described = first[1]
                name = text[clause.end() : second.start()].strip()
                phrase, clause = SpeakerPhrase(name, described), second
    if phrase is None or (
        phrase.pronoun
        and said_by is None
        and (phrase.anaphor is None or not _names_a_person(phrase.anaphor, context.table))
    ):
        return None  # "menurut pelatih itu" resolves here, "menurut survei tersebut" is a
        # survey's finding, no one's statement; "Selon lui", "menurut dia": the speaker
        # before
    # "Sebab menurutnya, …": the words before the cue are what was said, no subject
    at = sentence.start if said_by in context.table.pronoun_according else cue.start()
    speaker, role = context.resolve(phrase, at)
    if not speaker:
        return None
    if text[sentence.start : cue.start()].strip(LEADING):
        start, end = trim(text, sentence.start, cue.start())
        if said_by in context.table.pronoun_according and (
            word_count(text[cue.end() : sentence.end]) >= MIN_WORDS
        ):  # "Di samping itu, menurutnya, Pertamina tak perlu …": the whole sentence
            start, end = trim(text, sentence.start, sentence.end)
    elif clause is not None:
        start, end = trim(text, clause.end(), sentence.end)
    elif content_start is not None:
        start, end = trim(text, content_start, sentence.end)
    else:
        return None
    if start >= end or quote_spans.overlaps(start, end):
        return None
    if word_count(text[start:end]) < MIN_WORDS:
        return None
    if (
        not phrase.descriptor
        and not phrase.pronoun
        and not _title_and_no_name(phrase, context.table)
        and not any(
            t.lower in context.table.document_words
            for t in context.index.between(cue.end(), phrase_end)
        )
    ):
        context.record(cue.start(), speaker)  # for a later "katanya"; not "Walikota Solo"
        # nor "laporan Teen Vogue"
    return statement(text, start, end, speaker, role, cue)


def _pronoun_source(
    text: str, cue: CueMatch | re.Match[str], end: int, table: SpeechTable
) -> str | None:
    """The pronoun of one person an "according to" cue names its source by: inside the
    cue (``по её словам``) or alone after it (``Selon lui,``, ``según ella,``, ``menurut
    dia,``); None otherwise."""
    # one person, not the writer nor a group ("menurut saya", "menurut mereka")
    pronouns = (table.person_pronouns | frozenset(table.gender_pronouns)) - (
        table.plural_pronouns | table.first_person
    )
    if " ".join(cue.group().lower().split()) in table.pronoun_according:
        return None if text[cue.end() : end].strip() else cue.group().lower()  # "Menurutnya,"
    inside = [w for w in cue.group().lower().split() if w in pronouns]
    if inside:
        return inside[0]
    after = text[cue.end() : end].strip().lower()
    return after if after in pronouns else None


def _title_and_no_name(phrase: SpeakerPhrase, table: SpeechTable) -> bool:
    """``Kepala Koki``, ``peneliti … Kaspersky Lab``, ``Kapolres Jakarta Selatan``: a
    title before one word, an organisation or a place, not before a person's name
    (``Menlu Retno Marsudi``)."""
    name = phrase.name or ""
    return phrase.role is not None and (
        " " not in name or is_organisation(table, name) or place_or_body(name.split(), table)
    )


def _list_goes_on(context: SpeakerContext, position: int) -> bool:
    """Whether the words after ``position`` continue a list (``…, Jepang, dan China``):
    the bare name before was one of its items, not an appositive. A day (``…, Senin,``)
    is when, not an item."""
    table = context.table
    words: list[str] = []
    closed = False  # by a comma
    for token in context.index.between(position, min(len(context.text), position + 60)):
        if token.text == ",":
            closed = True
            break
        if not token.is_word:
            return False
        words.append(token.text)
    if any(w.lower() in table.conjunctions for w in words[:3]):
        return True  # "dan China"
    return (
        closed
        and 0 < len(words) <= 2
        and all(w[:1].isupper() and w.lower() not in table.spoken_when for w in words)
    )  # "Jepang," another capitalised item before a comma


def _subject_goes_on(text: str, start: int, table: SpeechTable) -> bool:
    """Whether the words after a name's closing comma go on describing that name, so that
    it is the subject of what follows, not its source: an age between commas (``Jean
    Martin, 32 ans, a été mis en examen``, ``John Carver, 45, was arrested``) or a verb."""
    words = text[start : start + 40].split()
    if not words:
        return False
    if words[0][:1].isdigit():  # an age closed by a comma; not a count ("3.000 warga")
        return words[0].endswith(",") or (len(words) > 1 and words[1].endswith(","))
    if words[0].lower() in table.determiners or words[0].lower() in table.possessives:
        # "Jean Roux, son adjoint, a démissionné": another appositive, closed by a comma
        return any(w.endswith(",") for w in words[1:SHORT_APPOSITIVE])
    return words[0].lower() in table.auxiliaries


def _bare_name(segment: str, particles: frozenset[str] = frozenset()) -> bool:
    """``Ratna Wulandari``: two to four capitalised words and nothing else but a name's
    lower-case particles between them (``François Villeroy de Galhau``)."""
    words = segment.split()
    names = [w for w in words if w not in particles]
    return (
        2 <= len(names) <= 4
        and words[0] in names
        and words[-1] in names
        and all(w[:1].isupper() and all(c.isalpha() or c in "-'’." for c in w) for w in names)
    )


def _names_a_person(description: str, table: SpeechTable) -> bool:
    """Whether a description's head noun is a person's (``pelatih``, ``pria``)."""
    head = description.split()[0] if description else ""
    return head in table.person_nouns or head in table.role_words
