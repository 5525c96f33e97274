"""One article in, every suggestion out: the ``analyze`` half of the JSON contract.

Sentences are split once and shared; quotes and statements share one
:class:`~briefing.analysis.speakers.SpeakerContext` so "he said" can point back across
both. Actors come last because they borrow roles from quote speakers, and in return a
speaker known only by surname gets the full name the actor module found.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.actors import extract_actors, find_person
from briefing.analysis.dates import extract_dates, reference_date
from briefing.analysis.figures import extract_figures
from briefing.analysis.keyfacts import score_sentences
from briefing.analysis.outlook import extract_outlook
from briefing.analysis.people_cjk import (
    full_speakers,
    officials,
    quoted_people,
    speakers_from_statements,
)
from briefing.analysis.quote_cjk import attribution_table
from briefing.analysis.quote_interviews import interview_quotes
from briefing.analysis.quotes import extract_quotes
from briefing.analysis.sentences import split_sentences
from briefing.analysis.speaker_cases import nominative_speakers
from briefing.analysis.speaker_descriptions import named_descriptions
from briefing.analysis.speaker_fallback import people_for_pronouns
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_names import LOWER_WORD, opens_sentences_only
from briefing.analysis.speaker_nearest import nearest_speakers
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.statements import extract_statements
from briefing.analysis.suggestions import (
    ActorSuggestion,
    ArticleAnalysis,
    Mention,
    QuoteSuggestion,
    SentenceSpan,
    StatementSuggestion,
)
from briefing.core.model import Article

log = logging.getLogger(__name__)

_PARTICLE = 3
"""Words this short may be a name's particle (``Del``, ``Van``) the text writes lower."""


def analyze(article: Article) -> ArticleAnalysis:
    """Everything analysis proposes for ``article``; every span indexes ``article.text``."""
    language = article.language.code
    sentences = split_sentences(article.text, article.paragraphs, language)
    context = SpeakerContext.build(article.text, sentences, language)
    quotes = extract_quotes(article, sentences, context=context)
    unspaced = attribution_table(language)
    written = officials(article.text, unspaced) if unspaced is not None else []
    statements = extract_statements(article, sentences, quotes, context=context, named=written)
    figures = extract_figures(article, sentences)
    reference = reference_date(article)
    dates = extract_dates(article, sentences, reference)
    key_sentences = score_sentences(article, sentences)
    outlook = extract_outlook(article, sentences, dates, key_sentences, reference)
    actors = extract_actors(article, sentences, quotes, statements)
    quotes = nearest_speakers(quotes, statements, actors, context)
    quotes = people_for_pronouns(quotes, actors, context)
    quotes, statements = _full_speaker_names(
        quotes, statements, actors, context.table, article.text, context.lowercase_words()
    )
    quotes, statements = named_descriptions(quotes, statements, actors, context.table, article.text)
    actors = _named_as_quoted(actors, quotes, article.text, context.table)
    quotes, statements, actors = nominative_speakers(quotes, statements, actors, context.table)
    quotes = interview_quotes(
        article.text, article.paragraphs, quotes, actors, context.table, article.title
    )
    if unspaced is not None:
        quotes = speakers_from_statements(quotes, statements, article.text, unspaced, written)
        actors = quoted_people(actors, quotes, article.text, statements, unspaced, written)
        quotes, statements = full_speakers(quotes, statements, written)  # after: aliases
    return ArticleAnalysis(
        article_id=article.id,
        language=language,
        sentences=tuple(sentences),
        quotes=tuple(quotes),
        statements=tuple(statements),
        figures=tuple(figures),
        dates=tuple(dates),
        actors=tuple(actors),
        key_sentences=tuple(key_sentences),
        outlook=tuple(outlook),
    )


def _full_speaker_names(
    quotes: Sequence[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    actors: Sequence[ActorSuggestion],
    table: SpeechTable,
    text: str,
    lower: frozenset[str] | None = None,
) -> tuple[list[QuoteSuggestion], list[StatementSuggestion]]:
    """A surname-only speaker (introduced later, or in a form we missed) → the actor's name,
    unless the tagger's name holds a title or an acronym (``Lampung Irjen Pol Suntana``).
    ``lower``: the words the text writes in lower case (the speakers' context has them)."""

    if lower is None:
        lower = frozenset(LOWER_WORD.findall(text))

    def name_like(name: str) -> bool:
        return not any(  # the last word may be a surname like "Doctor" (Ken Doctor)
            w.lower().rstrip(".") in table.role_words
            or w.lower() in table.portfolio_words  # "Keamanan Wiranto"
            or (len(w) > _PARTICLE and w.lower() in lower)  # not "Del" of Del Piero
            or (len(w) > 1 and w.isupper())
            for w in name.split()[:-1]
        )

    people = [a for a in actors if a.kind == "person" and " " in a.name and name_like(a.name)]
    not_people = {a.name.lower() for a in actors if a.kind != "person"}

    def given_name_in_role(speaker: str, role: str | None) -> tuple[str, str | None] | None:
        """ "Gubernur DKI Basuki | Tjahaja Purnama": the tagger, reading the sentence, saw
        the given name the title split took into the role. One word, never a title or an
        organisation word, and written in the article only before the rest of the name or
        as a person on its own ("kata Luhut"); ``Promogo`` in "Direktur Promogo Andrew
        Tanyono" also stands alone as a company. And the title keeps a complement without
        it (``Gubernur DKI``), or the word is the person alone somewhere: in "Kepala Bulog
        Budi Waseso" Bulog is what Budi Waseso heads."""
        if not role:
            return None
        for actor in people:
            given = actor.name[: -len(speaker) - 1]
            if (
                actor.name.endswith(" " + speaker)
                and role.endswith(" " + given)
                and " " not in given
                and given.lower() not in not_people
                and not _title_or_body_word(given, table)
                and _only_before(text, given, " " + speaker, actor, table)
                and (_complement_in(role[: -len(given) - 1], table) or _alone(text, given, actor))
            ):
                return actor.name, role[: -len(given) - 1]
        return None

    spoken = {q.speaker for q in quotes if q.speaker} | {s.speaker for s in statements if s.speaker}

    def named_in_full_elsewhere(speaker: str, role: str | None) -> tuple[str, str | None] | None:
        """``Kepala Dinas Pariwisata Provinsi NTT Marius | Ardu Jelamu`` when another
        quote of the article names its speaker ``Marius Ardu Jelamu`` ("ujar Marius"):
        the given name the title split took into the role comes back."""
        if not role or " " not in role:
            return None
        head, given = role.rsplit(" ", 1)
        if (
            f"{given} {speaker}" in spoken
            and given[:1].isupper()
            and not _title_or_body_word(given, table)
            and not given.isupper()
            and _complement_in(head, table)  # not "CEO Kioson | Jasin Halim"
            and _speaks_alone(text, given, table)
        ):
            return f"{given} {speaker}", head
        return None

    def upgrade(speaker: str | None, role: str | None) -> tuple[str | None, str | None]:
        if not speaker:
            return speaker, role
        if " " in speaker:
            longer = given_name_in_role(speaker, role) or named_in_full_elsewhere(speaker, role)
            if longer is not None:
                return longer
            whole = _through_particles(speaker, people, table)
            if whole is not None:
                return whole.name, role or whole.role
            # "Arsenal Ian Wright": the name tagger knows where the person starts
            inner = next(
                (
                    a
                    for a in people
                    if speaker.endswith(" " + a.name)
                    and speaker[: -len(a.name) - 1].lower() not in table.title_names
                    and not (
                        speaker[: -len(a.name) - 1].lower() not in not_people
                        and _speaks_alone(text, speaker[: -len(a.name) - 1], table)
                    )
                ),
                None,
            )  # (not "Ratu" of Ratu Tisha Destria, a given name the tagger took for a title,
            # nor "Piprim" of Piprim Basarah Yanuarso, whom the article calls "Piprim")
            if inner is not None:
                return inner.name, role or inner.role
            if role is None:  # "… , a-t-il ajouté": the role the article gives the person
                same = next((a for a in people if a.name == speaker), None)
                role = same.role if same is not None else None
            return speaker, role
        actor = find_person(speaker, actors)
        if actor is None or not name_like(actor.name) or opens_sentences_only(text, actor.name):
            return speaker, role  # ("Pernyataan Wiranto tersebut …": Wiranto's statement)
        return actor.name, role or actor.role

    new_quotes = []
    for quote in quotes:
        speaker, role = upgrade(quote.speaker, quote.speaker_role)
        new_quotes.append(replace(quote, speaker=speaker, speaker_role=role))
    new_statements = []
    for statement in statements:
        speaker, role = upgrade(statement.speaker, statement.speaker_role)
        new_statements.append(
            replace(statement, speaker=speaker or statement.speaker, speaker_role=role)
        )
    return new_quotes, new_statements


def _named_as_quoted(
    actors: Sequence[ActorSuggestion],
    quotes: Sequence[QuoteSuggestion],
    text: str,
    table: SpeechTable,
) -> list[ActorSuggestion]:
    """A person the quotes name with one word more than the tagger read (``Piprim``
    before ``Basarah Yanuarso``: :func:`_full_speaker_names` kept it) takes that name,
    the shorter one as an alias, and the mentions where the text writes it whole. The
    word must be a given name: a known one, or one the article calls the person by
    (``tutur Piprim``); not a title, a place or a body (``Bupati Poso``, ``MyNurz``)."""
    speakers = {q.speaker for q in quotes if q.speaker}
    not_people = {a.name for a in actors if a.kind != "person"}
    given = known_given_names_anywhere()
    out = []
    for actor in actors:
        longer = [
            s
            for s in speakers
            if s.endswith(" " + actor.name) and s.count(" ") == actor.name.count(" ") + 1
        ]
        head = longer[0].split()[0] if len(longer) == 1 else ""
        if (
            actor.kind != "person"
            or not head[:1].isupper()
            or head in not_people
            or head.lower().rstrip(".") in table.role_words
            or not (head in given or _speaks_alone(text, head, table))
            or any(a.name == longer[0] for a in actors)
        ):
            out.append(actor)
            continue
        name = longer[0]
        lead = name[: -len(actor.name)]
        mentions = tuple(
            Mention(m.start - len(lead), m.end)
            if text[max(0, m.start - len(lead)) : m.start] == lead
            else m
            for m in actor.mentions
        )
        if mentions == actor.mentions:
            out.append(actor)  # the text never writes the longer name: keep the tagger's
            continue
        aliases = tuple(dict.fromkeys((*actor.aliases, actor.name)))
        role = actor.role
        if role and role.endswith(" " + head):
            role = role[: -len(head) - 1]  # "Direktur Utama Pertamina Elia": his name's
        out.append(replace(actor, name=name, role=role, aliases=aliases, mentions=mentions))
    return out


def _through_particles(
    speaker: str, people: Sequence[ActorSuggestion], table: SpeechTable
) -> ActorSuggestion | None:
    """The one person whose name ``speaker`` is cut from at a particle: its end (``Von der
    Leyen`` opening a sentence → Ursula von der Leyen) or its start (``Luiz Inácio Lula``,
    a run of capitals stopped at ``da`` → Luiz Inácio Lula da Silva)."""
    lowered = speaker[:1].lower() + speaker[1:]
    cut_before = lowered.split()[0] in table.name_particles

    def cut_from(name: str) -> bool:
        if cut_before:
            return name.endswith(" " + lowered)
        rest = name[len(speaker) + 1 :].split() if name.startswith(speaker + " ") else []
        return bool(rest) and rest[0] in table.name_particles

    hits = [person for person in people if cut_from(person.name)]
    return hits[0] if len(hits) == 1 else None


_LONGER_NAME = re.compile(r"\s+([a-z]{1,3})\s+[A-Z]")
"""``Academy`` in "Academy of Motion Picture Arts": a name that goes on after a short word."""


def _title_or_body_word(word: str, table: SpeechTable) -> bool:
    """A title's or an organisation's word, never a given name (``Gubernur``, ``Partai``)."""
    return word.lower() in table.role_words or word.lower() in table.org_words


def _speaks_alone(text: str, word: str, table: SpeechTable) -> bool:
    """Whether ``word`` alone names a speaker somewhere: after a cue and before no other
    capitalised word ("ujar Marius.", "kata Arie,") or opening a sentence before a verb
    ("Arie menuturkan"). "Agung" of "Jaksa Agung M Prasetyo" and "Persib" of "Pelatih
    Persib Djadjang Nurdjaman" never do."""
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        before = text[max(0, match.start() - 20) : match.start()].split()
        after = text[match.end() : match.end() + 30].split()
        following = after[0] if after else ""
        if (
            before
            and before[-1].lower() in table.attribution_words
            and not following[:1].isupper()
            and not following[:1].isdigit()
        ):
            return True
        opens = match.start() == 0 or text[: match.start()].rstrip(" ").endswith(("\n", "."))
        if opens and following.lower().strip(",") in table.cue_words:
            return True
    return False


def _complement_in(title: str, table: SpeechTable) -> bool:
    """Whether ``title`` holds a word that is no title word (``DKI`` of Gubernur DKI)."""
    return any(w.lower().rstrip(".,") not in table.role_words for w in title.split())


def _alone(text: str, word: str, person: ActorSuggestion) -> bool:
    """Whether a mention of ``person`` is ``word`` alone ("ujar Harry")."""
    return any(text[m.start : m.end] == word for m in person.mentions)


def _only_before(
    text: str, word: str, rest: str, person: ActorSuggestion, table: SpeechTable
) -> bool:
    """Every time ``text`` writes ``word`` (as a whole word), ``rest`` follows it, or it
    is a mention of ``person`` that opens no longer name ("ujar Harry" for Harry Tirto
    Djatmiko; "kata Basuki di Balai Kota" is Basuki at a place)."""
    mentioned = {m.start for m in person.mentions}
    places = table.location_prepositions | table.prepositions
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
        if text.startswith(rest, match.end()):
            continue
        longer = _LONGER_NAME.match(text, match.end())
        if match.start() not in mentioned or (longer and longer.group(1) not in places):
            return False
    return True


def sentence_spans(article: Article) -> list[SentenceSpan]:
    """The sentences ``analyze`` uses, for callers that need only those."""
    return split_sentences(article.text, article.paragraphs, article.language.code)
