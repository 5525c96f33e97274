"""Actors of an article: people (with titles and roles), organisations, places.

Mentions come from ``actors_rules`` sentence by sentence; this module merges them into
actors: gazetteer aliases (``Korut`` = ``Korea Utara``), a capital used as an actor
(``invasi Moskow``) into its country when the country is in the article, surname-only
mentions (``kata Austin``) into the full name, and then finds the remaining bare
surnames the tagger missed. ``actors_kinds`` corrects kinds and joins names from every
mention of a name (``the Lakers`` is a team; ``Homeland Security Department`` is the
Department of Homeland Security). Actors come back by salience: most mentions first,
then earliest.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from briefing.analysis.actors_cities import listed_town, not_people_names
from briefing.analysis.actors_gazetteer import ActorTables, actor_tables
from briefing.analysis.actors_given import written_lower
from briefing.analysis.actors_guesses import bodies_by_their_word, people_who_speak, tagger_guess
from briefing.analysis.actors_joins import (
    names_through_initials,
    names_through_particles,
    names_through_prefixes,
    place_words_out_of_people,
    with_acronym_names,
)
from briefing.analysis.actors_kinds import (
    fields_out_of_people,
    merge_company_short_names,
    merge_office_names,
    merge_place_prefixed,
    retype_by_context,
    shortened_word,
    surnames_as_people,
)
from briefing.analysis.actors_labels import (
    quoted_titles,
    shouted_line,
    title_like,
    trim_heading_names,
)
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.actors_merge import (
    Group,
    add_bare_names,
    complete_surnames,
    merge_same_names,
    person_names,
    vote_organizations,
)
from briefing.analysis.actors_rules import sentence_mentions
from briefing.analysis.actors_tails import people_out_of_bodies, person_reader, ranks_out_of_bodies
from briefing.analysis.ner import TAGGER_LANGUAGES, load_tagger, token_spans
from briefing.analysis.numbers import figure_words
from briefing.analysis.spans import SpanIndex
from briefing.analysis.speaker_roles import without_rank
from briefing.analysis.speech_names import nominative_forms
from briefing.analysis.speech_table import SpeechTable, speech_table
from briefing.analysis.suggestions import (
    ActorKindName,
    ActorSuggestion,
    Mention,
    QuoteSuggestion,
    SentenceSpan,
    StatementSuggestion,
)
from briefing.core.model import Article

log = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\n+")


def extract_actors(
    article: Article,
    sentences: Sequence[SentenceSpan],
    quotes: Sequence[QuoteSuggestion] = (),
    statements: Sequence[StatementSuggestion] = (),
) -> list[ActorSuggestion]:
    """People, organisations and places of ``article``, most salient first.

    Every mention span indexes ``article.text``. ``quotes`` lend a role to a speaker the
    text gives none for; their speakers and the ``statements``' are no towns. Sentences
    may be empty: lines are used instead.
    """
    text = article.text
    tables = actor_tables(article.language.code)
    tagger = load_tagger()
    headings = SpanIndex((p.start, p.end) for p in article.paragraphs if p.kind == "heading")
    raw: list[RawMention] = []
    words, starts, ends = token_spans(
        text, suffixes=speech_table(article.language.code).apostrophe_suffixes
    )
    common: dict[str, bool] = {}
    function_words = figure_words(article.language.code).stopwords
    segments = _segments(text, sentences)
    for start, end in segments:
        a, b = bisect_left(starts, start), bisect_left(starts, end)
        if a == b:
            continue
        heading = title_like(words[a:b]) or headings.inside(start)
        found = sentence_mentions(text, words[a:b], starts[a:b], ends[a:b], tables, tagger, heading)
        shouting = shouted_line(words[a:b])
        # (a long line without a full stop is a sentence cut by a paragraph break)
        in_sentence = text[start:end].rstrip()[-1:] in _SENTENCE_ENDS or b - a > _MAX_LABEL
        titles = quoted_titles(text, start, end, function_words)
        for m in found:
            if shouting and m.entry is None:
                continue  # ``CLOSEOUT SEQUENCE``, ``UP NEXT``: a label, not a name
            if m.entry is None and any(q0 <= m.start and m.end <= q1 for q0, q1 in titles):
                continue  # ``"Less Money on Testing"``: a slogan or a title
            if _common_word(text, m, heading, common, words[a:b], function_words):
                continue
            m.in_sentence = in_sentence
            raw.append(m)
    spoken = [q.speaker for q in quotes] + [s.speaker for s in statements]
    raw = not_people_names(raw, spoken)
    speech = speech_table(article.language.code)
    ranks_out_of_bodies(text, raw, speech)
    raw = people_out_of_bodies(
        text,
        raw,
        [(q.speaker, q.speaker_role) for q in quotes]
        + [(s.speaker, s.speaker_role) for s in statements],
        person_reader((words, starts, ends), segments, tagger, tables, spoken),
        speech,
        tables,
    )
    place_words_out_of_people(text, raw, tables)
    fields_out_of_people(text, raw, speech_table(article.language.code).portfolio_words)
    trim_heading_names(text, raw)
    raw = with_acronym_names(text, raw, (words, starts, ends), tables)
    raw = names_through_initials(text, raw, (words, starts, ends), tables)
    raw = names_through_particles(text, raw, (words, starts, ends), tables)
    raw = names_through_prefixes(text, raw, (words, starts, ends), tables)
    speakers = {q.speaker.split()[0]: q.speaker for q in quotes if q.speaker and " " in q.speaker}
    quote_roles = [q.speaker_role for q in quotes if q.speaker_role]
    groups = _merge(text, raw, tables, (words, starts, ends), speakers, quote_roles)
    if article.language.code not in TAGGER_LANGUAGES:
        quoted = {q.speaker for q in quotes if q.speaker}
        given = tables.known_given_names
        groups = [
            g for g in groups if not tagger_guess(g, text, quoted, speech, function_words, given)
        ]
        titled_speakers = {q.speaker for q in quotes if q.speaker and q.speaker_role}
        people_who_speak(groups, titled_speakers)
        bodies_by_their_word(groups, speech.org_words)
    actors = [_actor(g, speech, tables.state_codes) for g in groups]
    actors = _lend_speaker_roles(actors, [*quotes, *statements])
    if article.language.code not in TAGGER_LANGUAGES:
        actors = _with_quoted_people(text, actors, quotes, tables)
    actors.sort(key=lambda a: (-len(a.mentions), a.mentions[0].start if a.mentions else 0))
    return actors


_MIN_SHOUTED = 4
_MAX_LABEL = 12  # words of a heading, caption or label line
_SENTENCE_ENDS = frozenset(".!?\"”’'»)")


def _common_word(
    text: str,
    m: RawMention,
    heading: bool,
    seen: dict[str, bool],
    sentence: Sequence[str],
    function_words: frozenset[str],
) -> bool:
    """``Rumah`` in the heading ``Kembali ke Rumah``: where every word is capitalised (a
    heading) or the first word is (a sentence start), a one-word name the tagger alone
    found is a common word when the article also writes it in lower case.

    So is a word shouted in capitals (``GET OUT and VOTE``, ``POLISI TANGKAP … DI``): in
    a sentence that shouts a function word too, and written in lower case elsewhere. A
    name in capitals beside other names (``CARE and UNHCR``, ``AMAN dan WALHI``) is not
    shouting; short ones (``US``, ``AS``) are left alone, since ``us`` and ``as`` are
    words too."""
    if m.source != "tagger" or m.entry is not None:
        return False
    word = m.surface
    if word.isupper() and word.lower() in function_words:
        return True  # "GET OUT AND VOTE": a shouted "AND" is no organisation
    shouted = (
        len(word) >= _MIN_SHOUTED
        and word.isalpha()
        and word.isupper()
        and any(
            len(w) > 1 and w != word and w.isupper() and w.lower() in function_words
            for w in sentence
        )
    )
    if not shouted and not (heading or m.first == 0):
        return False
    if not shouted and (not word[:1].isupper() or not word[1:].islower()):
        return False  # ``BMKG``, ``McDonald``: not a capitalised common word
    lower = word.lower()
    found = seen.get(lower)
    if found is None:
        found = seen[lower] = written_lower(text, word)
    return found


def _segments(text: str, sentences: Sequence[SentenceSpan]) -> list[tuple[int, int]]:
    """Sentence spans cut at line breaks (a sentence never crosses a paragraph)."""
    spans = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = max(0, start), min(len(text), end)
        position = start
        for brk in _LINE_BREAK.finditer(text, start, end):
            if brk.start() > position:
                out.append((position, brk.start()))
            position = brk.end()
        if end > position:
            out.append((position, end))
    return out


def _locative(text: str, position: int, locative_words: frozenset[str]) -> bool:
    """Whether the name at ``position`` follows a locative word (``di Kiev dan
    Washington``, ``in Rome``): then a capital is a place, not its government."""
    words = token_spans(text, max(0, position - 80), position)[0]
    while words and (words[-1][:1].isupper() or words[-1].lower() in _COORDINATION):
        words.pop()
    return bool(words) and words[-1].lower() in locative_words


_COORDINATION = frozenset({",", "dan", "and", "atau", "or", "serta", "&"})


def _merge(
    text: str,
    raw: list[RawMention],
    tables: ActorTables,
    tokens: tuple[list[str], list[int], list[int]],
    speakers: dict[str, str],
    quote_roles: Sequence[str] = (),
) -> list[Group]:
    """``speakers``: first name → full name of the people quoted; ``quote_roles``: the
    roles quotes give their speakers."""
    groups: dict[str, Group] = {}
    countries_present = {m.entry.name for m in raw if m.entry and not m.entry.capital_of}
    speech = speech_table(tables.language)
    persons = person_names(
        raw, tables.name_suffixes, tables.given_names, speech.title_names, speech.name_prefixes
    )
    # ``Superintendent Jennifer McCormick`` ... ``McCormick, who``: the surname of a
    # person a title introduces is that person, even where the tagger saw an
    # organisation (as the first name of a quoted speaker is)
    speakers = dict(speakers)
    for m in raw:
        if m.kind == "person" and m.entry is None and (m.role or m.source == "title"):
            full = _SPACES.sub(" ", m.surface)
            last = full.split()[-1]
            if " " in full and persons.get(last) == full and not last.isupper():
                speakers.setdefault(last, full)
    acronyms: dict[str, tuple[str, str]] = {}
    previous: RawMention | None = None
    for m in raw:
        if m.surface in acronyms:
            key, kind = acronyms[m.surface]
        elif previous is not None and _defines_acronym(text, previous, m):
            key, kind = _key(text, previous, tables, countries_present, persons, speakers)
            acronyms[m.surface] = (key, kind)
        else:
            key, kind = _key(text, m, tables, countries_present, persons, speakers)
        previous = m
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key, kind)
        group.mentions.append(m)
    retype_by_context(text, groups, tables, set(speakers.values()))
    merge_same_names(groups)
    merge_office_names(groups, tables)
    merge_place_prefixed(groups, tables)
    merge_company_short_names(groups, tables)
    vote_organizations(text, groups, tables, speakers, quote_roles)
    complete_surnames(text, groups, raw, tokens, tables)
    surnames_as_people(text, groups, tables)
    add_bare_names(groups, raw, tokens, tables)
    return list(groups.values())


def _defines_acronym(text: str, name: RawMention, acronym: RawMention) -> bool:
    """``Komisi Pemberantasan Korupsi (KPK)``: the acronym in brackets right after a name."""
    return (
        acronym.surface.isupper()
        and len(acronym.surface) >= 2
        and name.kind != "person"
        and text[name.end : acronym.start].strip() == "("
        and text[acronym.end : acronym.end + 1] == ")"
    )


def _inflected_surname(surface: str, persons: dict[str, str], language: str) -> str | None:
    """The person whose surname ``surface`` is in another case (``Набиуллиной``,
    ``Лаврова``), in languages that inflect names (``case_endings``)."""
    if " " in surface or not surface[:1].isupper():
        return None
    for nominative in nominative_forms(surface, speech_table(language)):
        full = persons.get(nominative)
        if full is not None and " " in full:
            return full
    return None


def _key(
    text: str,
    m: RawMention,
    tables: ActorTables,
    countries_present: set[str],
    persons: dict[str, str],
    speakers: dict[str, str],
) -> tuple[str, str]:
    """The group a mention belongs to, and the kind it lends the group."""
    if m.entry is not None:
        capital_of = m.entry.capital_of
        if (
            capital_of
            and capital_of in countries_present
            and not _locative(text, m.start, tables.locative_words)
        ):
            return f"place:{capital_of}", "place"
        return m.entry.key, m.entry.kind
    surface = _SPACES.sub(" ", m.surface)
    if m.kind == "person":  # (an organisation named like a surname stays itself)
        full = persons.get(surface, surface)
        return f"person:{full}", "person"
    inflected = _inflected_surname(surface, persons, tables.language)
    if inflected is not None:  # "По словам Набиуллиной" (tagged a place): Эльвира Набиуллина
        return f"person:{inflected}", "person"
    speaker = speakers.get(surface)
    if (
        m.source == "tagger"
        and m.kind == "organization"
        and speaker is not None
        and persons.get(surface) == speaker
    ):
        # ``ujar Hendra`` tagged an organisation while ``Hendra Saputra`` is quoted: news
        # calls speakers by their first name (organisations are not named after one)
        return f"person:{speaker}", "person"
    # (``The Hill`` and ``Hill``, ``The Wrap`` and ``Wrap``: one name)
    first, _, rest = surface.partition(" ")
    if rest and first.lower() in tables.definite_articles:
        surface = rest
    return f"{m.kind}:{surface.casefold()}", m.kind


def _actor(group: Group, speech: SpeechTable, state_codes: Mapping[str, str]) -> ActorSuggestion:
    surfaces = group.surfaces()
    kind: ActorKindName = "person"
    if group.kind == "organization":
        kind = "organization"
    elif group.kind == "place":
        kind = "place"
    elif group.kind != "person":
        kind = "other"
    if kind == "person":
        name = group.key.split(":", 1)[1]
    else:
        counts: dict[str, int] = {}
        # a country is not named after its capital (``Kabul`` standing for Afghanistan)
        own = [
            s
            for s, m in zip(surfaces, group.mentions, strict=True)
            if m.entry is None or not m.entry.capital_of
        ]
        for s in own or surfaces:
            counts[s] = counts.get(s, 0) + 1
        canonical = group.key.split(":", 1)[1]
        name = max(counts, key=lambda s: (counts[s], s == canonical, len(s)))
        if (
            shortened_word(name)
            or (name.isupper() and name.title() == canonical)
            or state_codes.get(name) == canonical
        ) and any(m.entry is not None for m in group.mentions):
            # ``Dekalb, Ill.``: Illinois; ``SWITZERLAND —``: Switzerland; ``Tampa, FL``
            name = canonical
        name = listed_town(group.mentions) or name  # ``в Челябинске``: Челябинск
    # first-seen order, without the name (a dict keeps order and finds in O(1))
    aliases = list(dict.fromkeys(s for s in surfaces if s != name))
    roles = [m.role for m in group.mentions if m.role and m.kind == "person"]
    if kind != "person":
        roles = []
    mentions = tuple(Mention(m.start, m.end) for m in sorted(group.mentions, key=lambda m: m.start))
    return ActorSuggestion(
        name=name,
        kind=kind,
        role=without_rank(roles[0], speech) if roles else None,  # the office, not the rank
        aliases=tuple(aliases),
        mentions=mentions,
    )


def _lend_speaker_roles(
    actors: list[ActorSuggestion], quotes: Sequence[QuoteSuggestion | StatementSuggestion]
) -> list[ActorSuggestion]:
    """A person with no role takes the one a quote or statement gives its speaker
    (the first such: a quote's before a statement's). A statement's role of one word is
    too often a stray word of its sentence (``khusus``) to lend."""
    roles: dict[str, str] = {}
    for q in quotes:
        role = q.speaker_role
        if q.speaker and role and (isinstance(q, QuoteSuggestion) or " " in role.strip()):
            roles.setdefault(q.speaker, role)
    out = []
    for actor in actors:
        if actor.kind == "person" and actor.role is None:
            role = roles.get(actor.name) or next(
                (roles[a] for a in actor.aliases if a in roles), None
            )
            if role:
                actor = ActorSuggestion(actor.name, actor.kind, role, actor.aliases, actor.mentions)
        out.append(actor)
    return out


def _with_quoted_people(
    text: str,
    actors: list[ActorSuggestion],
    quotes: Sequence[QuoteSuggestion],
    tables: ActorTables,
) -> list[ActorSuggestion]:
    """People the quotes name as speakers whom the tagger missed or cut short (it knows
    Indonesian names best: ``Sonya A. Zoghlin`` became ``Zoghlin``, ``Chris Paul``
    nothing): a person an article quotes belongs among its actors, under the full name.
    Only full names written in the text (two to four capitalised words, none an
    organisation, title or common word); their mentions are where the text writes the
    name, or its surname where no other actor claims it."""
    actors = list(actors)
    speech = speech_table(tables.language)
    seen: set[str] = set()
    for quote in quotes:
        name = quote.speaker or ""
        written = name.split()
        # "Ursula von der Leyen": the speakers' reader joins a name's particles
        words = [w for w in written if w not in speech.name_particles]
        if name in seen or not 2 <= len(words) <= _MAX_NAME_WORDS:
            continue
        seen.add(name)
        if written[0] in speech.name_particles or written[-1] in speech.name_particles:
            continue  # "von der Leyen" alone: her full name is elsewhere, or nowhere
        if not all(w[:1].isupper() for w in words) or any(
            w.lower().rstrip(".") in tables.cue_words
            or w.lower() in tables.function_words
            or w.lower() in speech.org_words
            or w.lower() in speech.stop_words
            or w.lower().rstrip(".") in speech.role_words
            or w.lower() in tables.demonyms
            for w in words
        ):
            continue  # "The European Union", "Press Secretary": not a person's name
        bare = name.rstrip(".")
        if any(bare == n.rstrip(".") for a in actors for n in (a.name, *a.aliases)):
            continue  # known already (an organisation speaks too: "Big Machine"; a
            # suffix's stop: "James Kennedy Jr." is the speaker "James Kennedy Jr")
        if any(written_lower(text, w) for w in words):
            continue  # "Although Ford": a common word opening the sentence
        if any(w.endswith(("'s", "’s")) for w in words):
            continue  # "NASA's Steve Clarke": an organisation's person, named after it
        spans = _word_spans(text, name)
        if not spans:
            continue
        short = find_person(name, actors)
        if short is not None and not name.endswith(" " + short.name):
            continue  # another person the short form points to
        actors, absorbed = _clear_overlaps(actors, spans, keep=short)
        taken = [(m.start, m.end) for a in actors if a is not short for m in a.mentions]
        own = [(m.start, m.end) for m in short.mentions] if short else []
        # the full name's spans replace the short mentions inside them
        mentions = sorted(
            {*spans, *(m for m in own if not any(a < m[1] and m[0] < b for a, b in spans))}
        )
        if short is None:
            surname = words[-1]
            mentions += [
                span
                for span in _word_spans(text, surname)
                if not any(a < span[1] and span[0] < b for a, b in mentions + taken)
            ]
            mentions.sort()
        if short is not None:
            aliases = [*short.aliases, short.name]
        else:
            aliases = [words[-1]] if len(mentions) > len(spans) else []
        person = ActorSuggestion(
            name=name,
            kind="person",
            role=(short.role if short else None) or quote.speaker_role,
            aliases=tuple(dict.fromkeys([*aliases, *absorbed])),
            mentions=tuple(Mention(a, b) for a, b in mentions),
        )
        if short is not None:
            actors[actors.index(short)] = person
        else:
            actors.append(person)
    return actors


_MAX_NAME_WORDS = 4


def _clear_overlaps(
    actors: list[ActorSuggestion], spans: Sequence[tuple[int, int]], keep: ActorSuggestion | None
) -> tuple[list[ActorSuggestion], list[str]]:
    """Make room for a full name's ``spans``: an actor met only inside them is a piece of
    the name and goes (its name kept as an alias: ``Mary E``); one also met elsewhere
    loses only the mentions inside the name (``McKinley`` the organisation)."""

    def inside(m: Mention) -> bool:
        return any(a < m.end and m.start < b for a, b in spans)

    kept: list[ActorSuggestion] = []
    absorbed: list[str] = []
    for actor in actors:
        if actor is keep or not any(inside(m) for m in actor.mentions):
            kept.append(actor)
            continue
        rest = tuple(m for m in actor.mentions if not inside(m))
        if rest:
            kept.append(ActorSuggestion(actor.name, actor.kind, actor.role, actor.aliases, rest))
        else:
            absorbed.append(actor.name)
    return kept, absorbed


def _word_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find_person(name: str, actors: Sequence[ActorSuggestion]) -> ActorSuggestion | None:
    """The person actor ``name`` refers to: its full name, an alias, or its last or first
    word (``Austin`` → Lloyd Austin); titles before the name are ignored. None when no
    person matches or a bare word fits several people."""
    cleaned = _SPACES.sub(" ", name).strip(" ,.")
    people = [a for a in actors if a.kind == "person"]
    for actor in people:
        if cleaned == actor.name or cleaned in actor.aliases:
            return actor
    words = cleaned.split()
    for size in range(len(words), 0, -1):
        tail = " ".join(words[-size:])
        hits = [
            a
            for a in people
            if a.name == tail
            or a.name.endswith(" " + tail)
            or (size == 1 and a.name.split()[0] == tail)
        ]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            return None
    return None


def resolve_person(name: str, actors: Sequence[ActorSuggestion]) -> str:
    """The full name of the person ``name`` refers to (``Austin`` → ``Lloyd Austin``),
    else ``name`` unchanged. For the quote speaker: call with ``extract_actors``' result."""
    actor = find_person(name, actors)
    return actor.name if actor else name
