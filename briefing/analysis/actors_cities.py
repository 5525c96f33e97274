"""Towns the hand-kept gazetteer does not list: Quimper, Passau, Nakuru, Челябинске.

Why: ``data/*/actors.json`` knows countries and capitals, and the name tagger learnt
Indonesian news, so outside Indonesian and Malay a town was found only where a rule
happened to see it. ``models/cities.json.gz`` (built by ``benchmarks/build_cities.py``
from GeoNames) lists every town of 15,000 people or more with the names it is written
with in Latin or Cyrillic letters, and how common each name is as a plain word in each
language (``Nice``, ``Reading``, ``Essen``, ``Van`` are words, particles or names before
they are towns).

A town's name is a place here only where nothing says otherwise:
- it stands alone: no capitalised word joins it on either side (``Manchester United``,
  ``Cambridge University``, ``VfB Stuttgart`` and ``Bristol-Myers`` are other things),
  and no article comes before it (``die Halle``, ``the Reading room``);
- it is not a given name (``Florence``, ``Santiago``) nor a word of the language's own
  tables (titles, demonyms, words that are never actors);
- it is rare enough as a plain word in the article's language for where it stands:
  opening a sentence it must be rarer than inside one, and after one of the language's
  place prepositions (``in``, ``près de``, ``в``) more common words are towns too
  (German writes every noun with a capital, so it asks more of a word inside a
  sentence: ``Halle`` is a hall before it is a town, ``in Halle`` is the town).
Russian names are found in their other cases through the language's endings
(``Челябинске`` → ``Челябинск``, ``Москве`` → ``Москва``).

Indonesian and Malay are left to the tagger and the gazetteer: there the tagger was
trained to find places, and many towns are common words (``Lima``, ``Kota``, ``Medan``).
The person rules win where they disagree: a town's name that is also a word of a
person's name in the article (``Lloyd Austin`` … ``Austin``) is not a town there
(:func:`not_people_names`).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from briefing.analysis.actors_gazetteer import ActorTables, GazetteerEntry
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.languages import load_table
from briefing.analysis.ner import SENTENCE_OPENERS, TAGGER_LANGUAGES, token_spans
from briefing.analysis.speech_table import speech_table

MODEL_FILE = "cities.json.gz"
_MAX_WORDS = 5
_JOINS = frozenset("-.")
_ABBREVIATION = 3  # ``St``, ``Mt``, ``Ft``: a full stop after them is no sentence's end


@dataclass(frozen=True, slots=True)
class CityTable:
    """The towns: every name with its population (one-word names are looked up there),
    longer names by their first word (longest first), and the word frequencies."""

    populations: dict[str, int]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    frequent: dict[str, dict[str, int]]

    def population(self, name: str) -> int | None:
        return self.populations.get(name)

    def common_anywhere(self, name: str) -> int:
        """The highest word frequency of ``name`` over the languages."""
        return max((scores.get(name, 0) for scores in self.frequent.values()), default=0)


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """A language's ``places`` table (``data/<lang>/places.json``)."""

    prepositions: frozenset[str]
    initial_max: int  # Zipf x 10 a name may reach as a word and open a sentence
    inside_max: int  # … inside a sentence
    after_preposition_max: int  # … right after a place preposition
    small_town: int  # a town smaller than this (people) …
    small_town_max: int  # … must be rarer still as a word (``Jupiter``, ``Paramount``)
    anywhere_max: int  # a name this common in any language is a word (``Kita``, ``Auch``)
    big_town: int  # a town this large (people) …
    big_town_max: int  # … may be this common as a word inside a sentence (``Köln``)
    club_words: frozenset[str]  # a sentence about a match: its towns are clubs
    not_after: frozenset[str]  # ``улице``: a street's name after it, not a town
    case_endings: tuple[tuple[str, str], ...]  # (ending, nominative ending)
    adjective_forms: tuple[str, ...]  # ``-ском``: ``Свердловском`` is no case of Свердловск
    joining_words: frozenset[str]  # ``de`` of ``Davao de Oro``: the name goes on


@cache
def city_table() -> CityTable:
    """The shipped towns, read once per process (about 0.3 s and 20 MB)."""
    raw = resources.files("briefing.analysis").joinpath("models", MODEL_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    populations = {name: int(value[0]) for name, value in data["names"].items()}
    same = {name: name for name in populations}  # one string object per name
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for name in populations:
        if name.isalpha():
            continue  # one plain word, as the tokenizer returns it
        words = tuple(name.split(" "))
        if not all(word.isalpha() for word in words):
            words = tuple(token_spans(name)[0])  # ``St. Louis``, ``Hauts-de-France``
        if 0 < len(words) <= _MAX_WORDS:
            phrases.setdefault(words[0], []).append(words)
    return CityTable(
        populations,
        {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        {
            language: {same.get(name, name): score for name, score in scores.items()}
            for language, scores in data["frequent"].items()
        },
    )


@cache
def place_rules(language: str | None) -> PlaceRules:
    data = load_table(language, "places")
    return PlaceRules(
        prepositions=frozenset(w.lower() for w in data.get("prepositions", [])),
        initial_max=int(data.get("initial_max", 0)),
        inside_max=int(data.get("inside_max", 0)),
        after_preposition_max=int(data.get("after_preposition_max", 0)),
        small_town=int(data.get("small_town", 0)),
        small_town_max=int(data.get("small_town_max", 0)),
        anywhere_max=int(data.get("anywhere_max", 0)),
        big_town=int(data.get("big_town", 0)) or 10**9,
        big_town_max=int(data.get("big_town_max", 0)),
        club_words=frozenset(w.lower() for w in data.get("club_words", [])),
        not_after=frozenset(w.lower() for w in data.get("not_after", [])),
        case_endings=tuple((a, b) for a, b in data.get("case_endings", [])),
        adjective_forms=tuple(data.get("adjective_forms", [])),
        joining_words=frozenset(data.get("joining_words", [])),
    )


def city_mentions(words: Sequence[str], tables: ActorTables) -> list[RawMention]:
    """Towns named in one sentence's words (token ranges), in languages the tagger was
    not trained on; see the module's doc for when a town's name is a place."""
    language = tables.language
    if language in TAGGER_LANGUAGES:
        return []
    table = city_table()
    rules = place_rules(language)
    sport: bool | None = None  # read once a town is found: most sentences name none
    out: list[RawMention] = []
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        if not word[:1].isupper():
            i += 1
            continue
        size, nominative = _match(words, i, table, rules)
        if size and sport is None:
            sport = _sport(words, rules)
        if (
            size
            and not (sport and (i == 0 or words[i - 1].lower() not in rules.prepositions))
            and _stands_as_place(words, i, i + size, table, rules, tables)
        ):
            entry = None
            if nominative is not None:  # ``в Челябинске``: named Челябинск
                key = f"place:{nominative.casefold()}"
                entry = GazetteerEntry(key=key, name=nominative, kind="place")
            out.append(RawMention("place", i, i + size, "city", entry))
            i += size
        else:
            i += 1
    return out


_SCORE = re.compile(r"\d{1,2}[-–:]\d{1,2}")


def _sport(words: Sequence[str], rules: PlaceRules) -> bool:
    """A sentence about a match or a club (``Leicester beat Norwich 3-1``, ``Краснодар
    обыграл Ростов``): there a town's name is its club's, unless a place preposition comes
    before it (``drew 1-1 in Vigo``)."""
    return any(w.lower() in rules.club_words or _SCORE.fullmatch(w) for w in words)


def _match(
    words: Sequence[str], i: int, table: CityTable, rules: PlaceRules
) -> tuple[int, str | None]:
    """Number of words of the longest town's name at ``i`` (0 when none), and the name
    the town is listed under when the text writes it in another case."""
    word = words[i]
    for phrase in table.phrases.get(word, ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase), None
    if word in table.populations and word.isalpha():
        return 1, None
    if not rules.case_endings or word.endswith(rules.adjective_forms):
        return 0, None  # ``Свердловском областном суде``: an adjective
    for ending, nominative in rules.case_endings:  # ``Челябинске``, ``Москве``
        if word.endswith(ending) and len(word) > len(ending) + 2:
            name = word[: len(word) - len(ending)] + nominative
            if name in table.populations:
                return 1, name
    return 0, None


def _stands_as_place(
    words: Sequence[str],
    first: int,
    last: int,
    table: CityTable,
    rules: PlaceRules,
    tables: ActorTables,
) -> bool:
    before = words[first - 1] if first else ""
    if (
        before in _JOINS
        and first >= 2
        and words[first - 2][:1].isupper()
        and (before == "-" or len(words[first - 2]) <= _ABBREVIATION)
    ):
        return False  # ``Bristol-Myers``, ``Hauts-de-France``, ``St. Croix``
    after = words[last] if last < len(words) else ""
    if after[:1].isupper() or (
        after == "-" and last + 1 < len(words) and words[last + 1][:1].isupper()
    ):
        return False  # ``Manchester United``, ``Air France-KLM``
    if after in rules.joining_words and last + 1 < len(words) and words[last + 1][:1].isupper():
        return False  # ``Davao de Oro``, ``Agusan del Sur``: a longer name
    if after == "," and _role_after(words, last + 1, tables.language):
        return False  # ``Warwick, the party's treasurer, denied …``: a person
    if (
        before in rules.joining_words
        and first > 2  # (not ``Residents of Bath`` opening the sentence)
        and words[first - 2][:1].isupper()
        and words[first - 2].lower() not in speech_table(tables.language).org_words
        and words[first - 2].lower() not in speech_table(tables.language).role_words
        and words[first - 2] not in tables.cue_words
    ):
        return False  # ``Rebelo de Sousa``, ``District of Columbia`` (not ``Universidade de
        # Coimbra``, ``Archbishop of Canterbury``)
    lowered = before.lower()
    if lowered in rules.not_after:
        return False  # ``на улице Кирова``: a street named after a person
    after_preposition = lowered in rules.prepositions
    opening = not before or before in SENTENCE_OPENERS
    if before[:1].isupper() and not after_preposition:
        if first != 1:
            return False  # ``VfB Stuttgart``, ``Davao City`` read from ``City``
        opening = False  # ``Laut Passau …``: the sentence's first word, not the town's
        if lowered not in tables.function_words:
            return False
    if lowered in tables.definite_articles or lowered in speech_table(tables.language).determiners:
        return False  # ``die Halle``, ``the Reading room``
    if last - first > 1:
        return True
    name = words[first]
    if (
        name in tables.known_given_names
        or name in tables.given_names
        or name in tables.not_actors
        or name.lower() in tables.title_words
        or name in tables.demonyms
        or name.lower() in tables.function_words
    ):
        return False
    scores = table.frequent.get(tables.language)
    anywhere = table.common_anywhere(name)
    score = scores.get(name, 0) if scores is not None else anywhere
    population = table.population(name)
    if population is not None and population >= rules.big_town and not opening:
        # a large town is common as a word for being named often (``in Köln``, ``Sevilla``)
        return score <= rules.big_town_max
    if after_preposition:
        return score <= rules.after_preposition_max
    if anywhere >= rules.anywhere_max:
        return False
    if population is not None and population < rules.small_town and (score > rules.small_town_max):
        return False
    return score <= (rules.initial_max if opening else rules.inside_max)


_APPOSITIVE = 6


def _role_after(words: Sequence[str], k: int, language: str) -> bool:
    """Whether a title's word comes in the appositive from ``k`` up to its comma."""
    roles = speech_table(language).role_words
    for word in words[k : k + _APPOSITIVE]:
        if word == ",":
            return False
        if word.lower() in roles:
            return True
    return False


def listed_town(mentions: Iterable[RawMention]) -> str | None:
    """The name a town (or a body: ``actors_bodies``) is listed under when the text
    writes it in another case."""
    return next((m.entry.name for m in mentions if m.source in ("city", "body") and m.entry), None)


def not_people_names(raw: list[RawMention], speakers: Iterable[str | None]) -> list[RawMention]:
    """``raw`` without the towns whose name is a word of a person's name of two words or
    more in the article (``Lloyd Austin`` … ``kata Austin``, ``Florence Nightingale``):
    those are the person, whom the surname rules find; nor those that speak (``Segundo
    Sobral, …``, ``Жуковский заявил``: the quotes' and statements' ``speakers``)."""
    if not any(m.source == "city" for m in raw):
        return raw  # (Indonesian and Malay never read the town table)
    names = {
        word
        for m in raw
        if m.kind == "person" and m.source != "city"
        for word in m.surface.split()
        if " " in m.surface
    }
    table = city_table()
    names.update(  # (``Essen declared …``: a large town speaks as its council)
        s for s in speakers if s and (table.population(s) or 0) < SPEAKING_TOWN
    )
    return [m for m in raw if m.source != "city" or m.surface not in names]


SPEAKING_TOWN = 300_000
"""A town smaller than this that speaks is a person of its name (``Segundo Sobral``)."""
