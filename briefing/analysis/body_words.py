"""The ``bodies`` table of a language (``data/<lang>/bodies.json``): the head nouns
institutions are named by and the words their names go on with. Read by
:mod:`briefing.analysis.actors_bodies` (organisations among the actors) and by the
speaker runs (``— сообщило Министерство обороны``: the body whole, not ``Министерство``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from briefing.analysis.languages import load_table
from briefing.analysis.speech_table import SpeechTable, speech_table
from briefing.analysis.tokens import Token


@dataclass(frozen=True, slots=True)
class BodyRules:
    """A language's ``bodies`` table (``data/<lang>/bodies.json``) and head nouns."""

    heads: frozenset[str]
    links: frozenset[str]
    adjectives: frozenset[str]
    single_word: bool  # a capitalised head alone names a body inside a sentence
    single_heads: frozenset[str]  # heads that alone name one body (``Bundestag``)
    lower_heads: bool  # ``le ministère de la Santé``: heads in lower case after an article
    articles: frozenset[str]
    conjunctions: frozenset[str]  # ``y``, ``und``: inside a name after a link
    clause_articles: frozenset[str]  # ``los``: a link that may open the next clause
    head_endings: tuple[tuple[str, str], ...]  # ``Министерстве`` → ``Министерство``
    capital_run: bool  # capitalised words after the head go on with the name (not German)
    last_lower_after_link: bool  # ``… de la santé.``: French names go on in lower case
    compound_heads: tuple[str, ...]  # ``…kabinett``, ``…gericht``: German compounds
    link_adjective_endings: tuple[str, ...]  # ``der deutschen Wirtschaft``
    modifier_endings: tuple[str, ...]  # ``Bayerisches`` before the head
    town_adjective_ending: str  # ``Frankfurter`` (of Frankfurt) before the head
    genitive_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    heads_last: bool = False  # Turkish ``Türkiye Büyük Millet Meclisi``: words before it
    not_before_head: frozenset[str] = frozenset()
    """Turkish: titles and sentence openers a head-last name stops before (``Bakan``,
    ``Dün``)."""


@cache
def body_rules(language: str | None) -> BodyRules | None:
    """The rules of ``language``, or ``None`` where it has no ``bodies`` table."""
    data = load_table(language, "bodies")
    if not data:
        return None
    heads = speech_table(language).org_words | {w.lower() for w in data.get("heads", [])}
    return BodyRules(
        heads=frozenset(heads),
        links=frozenset(data.get("links", [])),
        adjectives=frozenset(data.get("adjectives", [])),
        single_word=bool(data.get("single_word", False)),
        single_heads=frozenset(data.get("single_heads", [])),
        lower_heads=bool(data.get("lower_heads", False)),
        articles=speech_table(language).determiners,
        conjunctions=frozenset(data.get("conjunctions", [])),
        clause_articles=frozenset(data.get("clause_articles", [])),
        head_endings=tuple((a, b) for a, b in data.get("head_endings", [])),
        capital_run=bool(data.get("capital_run", True)),
        last_lower_after_link=bool(data.get("last_lower_after_link", False)),
        compound_heads=tuple(
            h
            for h in sorted(heads - set(data.get("not_compound_heads", [])))
            if len(h) >= MIN_COMPOUND_HEAD
        )
        if data.get("compound_heads")
        else (),
        link_adjective_endings=tuple(data.get("link_adjective_endings", [])),
        modifier_endings=tuple(data.get("modifier_endings", [])),
        town_adjective_ending=str(data.get("town_adjective_ending", "")),
        genitive_endings=tuple(data.get("genitive_endings", [])),
        verb_endings=tuple(data.get("verb_endings", [])),
        heads_last=bool(data.get("heads_last", False)),
        not_before_head=frozenset(str(w).lower() for w in data.get("not_before_head", ())),
    )


MIN_COMPOUND_HEAD = 4  # ``amt``, ``rat``, ``bund`` end too many words to be heads


def genitive_of(word: str, rules: BodyRules) -> bool:
    """A lower-case word in the genitive that goes on with a body's name
    (``здравоохранения``), not a verb (``сообщило``) nor a short word (``и``, ``по``)."""
    return (
        bool(rules.genitive_endings)
        and word.islower()
        and len(word) >= MIN_GENITIVE
        and word.endswith(rules.genitive_endings)
        and not word.endswith(rules.verb_endings)
    )


MIN_GENITIVE = 4


def body_speaker(text: str, tokens: Sequence[Token], table: SpeechTable) -> str | None:
    """A speaker phrase that is a body's name whole: a capitalised head noun, then only
    genitives and capitalised words (``Министерство обороны``, ``Министерство
    экономического развития России``), which the name-and-role split would cut."""
    rules = body_rules(table.language)
    words = [t for t in tokens if t.is_word]
    if rules is None or not rules.genitive_endings or len(words) < 2:
        return None
    if not words[0].is_capitalised or words[0].lower not in rules.heads:
        return None
    if not all(w.is_capitalised or genitive_of(w.text, rules) for w in words[1:]):
        return None
    return text[words[0].start : words[-1].end]


def inflected_head(word: str, rules: BodyRules) -> str | None:
    """A capitalised head noun in another case, named in the nominative
    (``Министерстве`` → ``Министерство``, ``Прокуратуре`` → ``Прокуратура``), or None."""
    if not rules.head_endings or not word[:1].isupper():
        return None
    low = word.lower()
    for ending, nominative in rules.head_endings:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[: len(word) - len(ending)] + nominative
            if stem.lower() in rules.heads:
                return stem
    return None
