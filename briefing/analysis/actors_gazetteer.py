"""The actor tables of a language (``data/<lang>/actors.json``) in a form fast to match.

Why a gazetteer beside the tagger: the tagger finds names it has never seen from their
shape and context, but only a list knows that ``Korut`` is ``Korea Utara``, that
``Kremlin`` is an organisation, or that ``Moskow`` is Russia's capital. Titles
(``Menteri Pertahanan``), honorifics and cue words (``Badan``, ``Ministry``) let rules
build roles and organisation names around what the tagger found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from briefing.analysis.languages import available_languages, load_table
from briefing.analysis.ner import load_tagger, tokenize
from briefing.analysis.numbers import figure_words
from briefing.analysis.speech_names import compound_role, known_given_names
from briefing.analysis.speech_table import speech_table


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known actor; ``key`` groups every alias of it."""

    key: str
    name: str
    kind: str  # person / organization / place
    capital_of: str | None = None
    country: bool = False


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    entry: GazetteerEntry
    first: int  # token indexes [first, last)
    last: int
    surface: str


@dataclass(slots=True)
class ActorTables:
    """Everything the actor rules need for one language."""

    language: str
    phrases: dict[str, list[tuple[tuple[str, ...], GazetteerEntry]]] = field(default_factory=dict)
    titles: frozenset[tuple[str, ...]] = frozenset()
    title_heads: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    # lower-case words of the honorifics: ``tan``, ``sri`` of ``Tan Sri``
    honorific_words: frozenset[str] = frozenset()
    organization_cues: frozenset[str] = frozenset()
    place_cues: frozenset[str] = frozenset()
    # ``Drive``, ``Arena``, ``County``: a word that ends a place's name, whatever the
    # tagger made of the words before it (``Jolinda Drive``, ``Bridgestone Arena``)
    place_suffixes: frozenset[str] = frozenset()
    # ``FL``: a state's postal code, read as the state after ``Tampa,`` only
    state_codes: dict[str, str] = field(default_factory=dict)
    # ``Real``, ``United``: a name they open or end is a club's (``Real Madrid``)
    club_prefixes: frozenset[str] = frozenset()
    club_suffixes: frozenset[str] = frozenset()
    region_cues: frozenset[str] = frozenset()  # administrative regions: Kabupaten, Kota
    # ``Republik``, ``Kingdom``: a name they open, spelled by an acronym, is a place's
    state_words: frozenset[str] = frozenset()
    locative_words: frozenset[str] = frozenset()
    role_openers: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    # ``Reports``, ``Schedule``, ``Welcome``: words of bylines, labels, captions and
    # table headers, never part of a person's name (``Staff Reports``, ``Schedule IV``)
    label_words: frozenset[str] = frozenset()
    # ``Will``: a word of ``not_actors`` that is a given name inside a sentence
    inner_given_names: frozenset[str] = frozenset()
    # ``index``: the capitalised words (and a number) before it name a market index
    index_nouns: frozenset[str] = frozenset()
    # ``State``: a name the tagger read as a person's ending with one is a place's
    place_name_ends: frozenset[str] = frozenset()
    # ``Encephalitis``, ``Century``: a name they end is a disease's or an era's, no actor
    # (``Eastern Equine Encephalitis``, ``Black Death``, ``14th Century``)
    thing_ends: frozenset[str] = frozenset()
    other_cues: frozenset[str] = frozenset()
    # lower-case words joining the parts of an organisation's name (``Centers for
    # Disease Control``, ``Customs and Border Protection``)
    name_links: frozenset[str] = frozenset()
    # English puts modifiers before the cue (``Indiana State Teachers Association``),
    # Indonesian after it (``Badan Intelijen Nasional``)
    modifiers_before_cue: bool = False
    # whether a capitalised word opening a sentence may be a first name (``Brock Nelson
    # scored``); not in Indonesian, where it is often an adverb (``Justru Barcelona``)
    sentence_initial_names: bool = False
    # the context that tells a company named like a person (``Big Machine, which ...``,
    # ``The group that owns her music, Big Machine,``) from a person (``, who``)
    thing_after: re.Pattern[str] | None = None  # right after the name
    thing_before: re.Pattern[str] | None = None  # the sentence before the name
    person_after: re.Pattern[str] | None = None
    role_links: frozenset[str] = frozenset()  # ``strategist at Miller Tabak``
    # a lower-case noun right after ``the X``: ``the Gibson Southern schools`` (the
    # name is a thing's), ``the Gush Etzion settlement`` (a place's)
    noun_after: re.Pattern[str] | None = None
    # ``carrier SunExpress``, ``the group Doctors for …``: the name of the thing before
    noun_before: re.Pattern[str] | None = None
    place_noun_after: re.Pattern[str] | None = None
    # ``a station in Hayward``: words only places follow (not ``to``/``from``: people too)
    place_prepositions: frozenset[str] = frozenset()
    not_alone: frozenset[str] = frozenset()  # ``State``, ``Council``: no name alone
    # ``Department``: ``Department of X`` and ``X Department`` are one office
    office_cues: frozenset[str] = frozenset()
    # ``Airline``, ``Inc.``: ``Emirates Airline`` is also ``Emirates``
    company_suffixes: frozenset[str] = frozenset()
    # ``PT``: ``PT Garuda Indonesia`` is also ``Garuda Indonesia``
    company_prefixes: frozenset[str] = frozenset()
    # ``for``: ``Doctors for Camp Closure`` is a group, not a person called Camp Closure
    group_links: frozenset[str] = frozenset()
    # ``Eastern``: ``Eastern Michigan`` is not Michigan
    place_directions: frozenset[str] = frozenset()
    # ``the``: lower case, as the words are compared lowered
    definite_articles: frozenset[str] = frozenset()
    # ``F``, ``G``: a player's position (``F Hamidou Diallo``); Indonesian ``M`` is
    # an initial (``M Natshir Fadhil``), so the letters are the language's
    position_letters: frozenset[str] = frozenset()
    # ``Swedish``, ``American``: never actors alone, but may begin an organisation's
    # name (``American Enterprise Institute``)
    demonyms: frozenset[str] = frozenset()
    # ``Jr``, ``III``: after a surname, never one (``Carlineo`` is Patrick Carlineo Jr.)
    name_suffixes: frozenset[str] = frozenset()
    dotted_suffixes: frozenset[str] = frozenset()  # those written with a full stop: ``Jr.``
    # lower-case function words, never inside a person's name (``Host the Lakers``)
    function_words: frozenset[str] = frozenset()
    # first names (``data/<lang>/given_names.json``, English only): ``Kamala Harris`` is a
    # person even where the name tagger, trained on Indonesian, sees nothing
    given_names: frozenset[str] = frozenset()
    # those and the given names of the languages its news often names people of (the
    # given-names table's ``also``): evidence for a person found otherwise, never a
    # person by themselves (``Harry Kane`` in German news)
    known_given_names: frozenset[str] = frozenset()
    cue_words: frozenset[str] = frozenset()  # organisation or place cues
    person_openers: frozenset[str] = frozenset()  # title heads and honorifics
    # lower-cased words a role found before a name never opens with (``Laut Präsident``,
    # ``Le président``, ``Вчера президент``, ``Oktober Kanzler``: a sentence's first
    # words, a date), for the languages whose titles are their speech table's role words
    role_skip: frozenset[str] = frozenset()
    # ``in``, ``в``, ``di``: a place after one and before a title is where the person
    # spoke, not part of their role (``sagte in Berlin Regierungssprecher …``)
    role_prepositions: frozenset[str] = frozenset()
    # lower-cased words that qualify such a role and belong to it (``ancien ministre``,
    # ``бывший министр``): the speech table's subordinate words, elided ones too
    role_modifiers: frozenset[str] = frozenset()
    role_elisions: frozenset[str] = frozenset()  # ``l'`` of ``l'ancien``: not the role's
    # ``dell'``, ``d'``: a link written onto the capitalised word of a title's complement
    # (``ministro dell'Interno``, ``governatore della Banca d'Italia``): elisions that are
    # the speech table's connectors too (none in French, whose ``l'`` is an article)
    link_elisions: frozenset[str] = frozenset()
    # ``de``, ``du``, ``del``: a title after one belongs to the noun before it (``le fils
    # du président``, ``el hermano del presidente``: not the named person's role)
    title_links: frozenset[str] = frozenset()
    # lower-case articles between a title and the body it heads (``der``, ``la``): for the
    # languages whose titles are their speech table's role words
    title_articles: frozenset[str] = frozenset()
    # one-word "according to" cues (``segundo``, ``laut``, ``selon``), capitalised at the
    # start of a sentence before a name: not part of it
    according_words: frozenset[str] = frozenset()
    # ``et``, ``y``: an appositive after a comma and one is the next person's
    role_conjunctions: frozenset[str] = frozenset()
    # whether the language writes titles as compounds (German ``Gesundheitsminister``)
    compound_titles: bool = False
    title_words: frozenset[str] = frozenset()  # every word of every title, lowercased
    word_classes: dict[str, str] = field(default_factory=dict)

    def match_at(self, words: Sequence[str], i: int) -> GazetteerMatch | None:
        """The longest gazetteer phrase starting at token ``i`` (exact case)."""
        best: GazetteerMatch | None = None
        for phrase, entry in self.phrases.get(words[i], ()):
            n = len(phrase)
            if tuple(words[i : i + n]) == phrase and (best is None or n > best.last - best.first):
                best = GazetteerMatch(entry, i, i + n, " ".join(phrase))
        return best

    def title_at(self, words: Sequence[str], i: int) -> int:
        """Length of the longest title phrase starting at ``i`` (0 when none)."""
        if words[i] not in self.title_heads:
            return 1 if self.compound_titles and self.compound_title(words[i]) else 0
        best = 0
        for n in range(1, 5):
            if tuple(words[i : i + n]) in self.titles:
                best = n
        return best

    def compound_title(self, word: str) -> bool:
        """A capitalised compound ending with a role word (``Gesundheitsminister``,
        ``EZB-Präsidentin``), where the language writes titles so."""
        return word[:1].isupper() and compound_role(self.language, word.lower())


_MIN_ROLE_TITLE = 3
"""Shorter role words (``m``, ``dr``, ``sr``) are abbreviations the honorifics cover."""


def _role_titles(language: str | None, honorifics: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """For a language without its own actor table: its speech table's role words as
    titles before a name, written as the language writes them in running text (``le
    président``, ``президент``; German nouns with their capital: ``Bundeskanzler``), and
    at a sentence's start where no article comes first (``Президент Владимир Путин``).
    Not capitalised elsewhere: ``Maire`` is a surname too (``Bruno Le Maire``).
    Not the honorifics (``Herr``, ``Frau``): they open a name but are no role."""
    if not language or language in available_languages("actors"):
        return frozenset()
    speech = speech_table(language)
    # without articles (Russian) a sentence opens with the title itself: ``Президент …``
    capitals = speech.capitalised_nouns or not speech.determiners
    out: set[tuple[str, ...]] = set()
    for role in speech.role_words:
        if len(role) >= _MIN_ROLE_TITLE and role not in honorifics:
            if not speech.capitalised_nouns:
                out.add(_words(role))
            if capitals:
                out.add(_words(role[:1].upper() + role[1:]))
    return frozenset(t for t in out if t)


def _words(text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(text))


@cache
def actor_tables(language: str | None) -> ActorTables:
    """The tables of ``language`` (or the default ones), prepared once per process."""
    data = load_table(language, "actors")
    tables = ActorTables(language=language or "default")
    classes: dict[str, str] = {}
    # Lower-case words of names (``del`` of ``Corea del Norte``) as the tagger's place or
    # organisation evidence: the tables whose languages the tagger was trained on keep
    # theirs (``of``, ``and``); elsewhere every "portavoz del PSOE" would have one.
    lowercase_classes = bool(data.get("lowercase_word_classes", True))

    def add(surface: str, entry: GazetteerEntry) -> None:
        words = _words(surface)
        if not words:
            return
        tables.phrases.setdefault(words[0], []).append((words, entry))
        tag = {"place": "LOC", "organization": "ORG", "person": "PER"}[entry.kind]
        for k, word in enumerate(words):
            # not the ``.`` of ``A.S.``: every sentence ends with one
            if word[:1].isalnum() and (lowercase_classes or not word.islower()):
                classes.setdefault(word, f"{tag}{'B' if k == 0 else 'I'}")

    for kind, section in (("place", "places"), ("organization", "organizations")):
        for item in data.get(section, []):
            entry = GazetteerEntry(
                key=f"{kind}:{item['name']}",
                name=item["name"],
                kind=kind,
                capital_of=item.get("capital_of"),
                country=item.get("kind") == "country",
            )
            for surface in [item["name"], *item.get("aliases", [])]:
                add(surface, entry)
    # tokens, as the text is split: ``Dr.`` is ``Dr`` then ``.``
    tables.honorifics = frozenset(h.rstrip(".") for h in data.get("honorifics", []))
    tables.honorific_words = frozenset(w.lower() for h in tables.honorifics for w in h.split())
    listed_titles = frozenset(_words(t) for t in data.get("person_titles", []))
    honorifics = frozenset(h.lower() for h in tables.honorifics)
    titles = listed_titles | _role_titles(language, honorifics)
    tables.titles = titles
    tables.title_heads = frozenset(t[0] for t in titles if t)
    tables.organization_cues = frozenset(data.get("organization_cues", []))
    tables.place_cues = frozenset(data.get("place_cues", []))
    tables.region_cues = frozenset(data.get("region_cues", []))
    tables.place_suffixes = frozenset(data.get("place_suffixes", []))
    tables.state_codes = dict(data.get("state_codes", {}))
    tables.club_prefixes = frozenset(data.get("club_prefixes", []))
    tables.club_suffixes = frozenset(data.get("club_suffixes", []))
    tables.state_words = frozenset(data.get("state_words", []))
    tables.locative_words = frozenset(w.lower() for w in data.get("locative_words", []))
    tables.role_openers = frozenset(w.lower() for w in data.get("role_openers", []))
    tables.demonyms = frozenset(data.get("demonyms", []))
    tables.not_actors = frozenset(data.get("not_actors", [])) | tables.demonyms
    tables.other_cues = frozenset(data.get("other_cues", []))
    tables.label_words = frozenset(data.get("label_words", []))
    tables.inner_given_names = frozenset(data.get("inner_given_names", []))
    tables.index_nouns = frozenset(data.get("index_nouns", []))
    tables.place_name_ends = frozenset(data.get("place_name_ends", []))
    tables.thing_ends = frozenset(data.get("thing_ends", []))
    tables.name_links = frozenset(w.lower() for w in data.get("name_links", []))
    tables.modifiers_before_cue = bool(data.get("modifiers_before_cue", False))
    tables.sentence_initial_names = bool(data.get("sentence_initial_names", False))
    tables.cue_words = tables.organization_cues | tables.place_cues
    _context_patterns(tables, data)
    tables.function_words = figure_words(language).stopwords
    tables.given_names = frozenset(load_table(language, "given_names").get("given_names", []))
    tables.known_given_names = known_given_names(language or "")
    if language and language not in available_languages("actors"):
        speech = speech_table(language)
        according = load_table(language, "speech").get("according_to", [])
        dates = load_table(language, "dates")
        tables.role_elisions = speech.elisions
        tables.link_elisions = speech.elisions & speech.connectors
        tables.title_links = (
            speech.connectors - speech.determiners - speech.conjunctions - speech.prepositions
        )
        tables.title_articles = speech.determiners
        tables.according_words = frozenset(p.lower() for p in according if " " not in p)
        tables.role_conjunctions = speech.conjunctions
        tables.compound_titles = speech.capitalised_nouns
        tables.role_modifiers = speech.subordinate_words | frozenset(
            e + w for e in speech.elisions for w in speech.subordinate_words
        )
        tables.role_skip = (
            speech.determiners
            | speech.prepositions
            | speech.time_words
            | speech.time_modifiers
            | speech.time_units
            | tables.function_words
            | frozenset(p.lower() for p in according if " " not in p)
            | frozenset(
                w.lower()
                for key in ("months", "weekdays", "relative")
                for w in dates.get(key, [])
                if " " not in w
            )
        )
    tables.role_prepositions = (
        tables.place_prepositions | speech_table(language).located_prepositions
    )
    tables.name_suffixes = frozenset(w.rstrip(".") for w in data.get("name_suffixes", []))
    tables.dotted_suffixes = frozenset(
        w[:-1] for w in data.get("name_suffixes", []) if w.endswith(".")
    )
    tables.person_openers = tables.title_heads | tables.honorifics
    tables.title_words = frozenset(w.lower() for t in titles for w in t)
    # sorted: set order varies between runs, and the model's features must not
    for word in sorted(tables.organization_cues):
        classes.setdefault(word, "ORGCUE")
    for word in sorted(tables.place_cues):
        classes.setdefault(word, "LOCCUE")
    # the tagger's features: the titles it was trained with, not the role words added
    for head in sorted(t[0] for t in listed_titles if t):
        classes.setdefault(head, "TITLE")
    for word in sorted(tables.honorifics):
        classes.setdefault(word, "HON")
    tables.word_classes = classes
    return tables


def _context_patterns(tables: ActorTables, data: dict[str, Any]) -> None:
    """Regular expressions of the contexts that vote on an actor's kind."""
    nouns = _alternatives(data.get("organization_nouns", []))
    relatives = _alternatives(data.get("organization_relatives", []))
    people = _alternatives(data.get("person_relatives", []))
    articles = _alternatives(data.get("role_openers", []))
    if relatives or nouns:
        after = [rf"\s*,?\s*(?:{relatives})\b"] if relatives else []
        if nouns and articles:  # ``, the cosmetics retailer,`` (not ``, a company spokesman``)
            after.append(
                rf"\s*,\s*(?:{articles})\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})s?"
                rf"\s*(?:[,.;]|$|(?:that|which|based|owned|founded)\b)"
            )
        tables.thing_after = re.compile("|".join(after), re.IGNORECASE)
    if nouns and articles:
        tables.thing_before = re.compile(
            # (not ``The company's founder, John Smith,``)
            rf"(?:^|[.!?]\s+)(?:{articles})\s+(?:{nouns})\b(?!['’]s)[^,;.!?]*,\s*$",
            re.IGNORECASE,
        )
    if people:
        tables.person_after = re.compile(rf"\s*,\s*(?:{people})\b", re.IGNORECASE)
    tables.role_links = frozenset(w.lower() for w in data.get("role_links", []))
    if nouns:
        tables.noun_after = re.compile(rf"\s+(?:{nouns})s?\b")
        tables.noun_before = re.compile(rf"(?<![\w-])(?:{nouns})\s+$")
    places = _alternatives(data.get("place_nouns", []))
    if places:
        tables.place_noun_after = re.compile(rf"\s+(?:{places})\b")
    tables.place_prepositions = frozenset(data.get("place_prepositions", []))
    tables.not_alone = frozenset(data.get("not_alone", []))
    tables.office_cues = frozenset(data.get("office_cues", []))
    tables.company_suffixes = frozenset(data.get("company_suffixes", []))
    tables.company_prefixes = frozenset(data.get("company_prefixes", []))
    tables.group_links = frozenset(data.get("group_links", []))
    tables.place_directions = frozenset(data.get("place_directions", []))
    tables.definite_articles = speech_table(tables.language).definite_articles  # one list
    tables.position_letters = frozenset(data.get("position_letters", []))


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def tagger_gazetteer(language: str | None) -> Callable[[str], str | None]:
    """Word → gazetteer class feature for the tagger (``LOCB``, ``ORGCUE``, ``TITLE``...):
    the classes frozen in the model first, then those of the language's tables."""
    classes = dict(actor_tables(language).word_classes)
    classes.update(load_tagger().gazetteer)
    return classes.get
