"""Institutions named by their head noun in French, Spanish, Portuguese, German, Russian:
``Consejo de Ministros``, ``Ministério da Saúde``, ``Assemblée nationale``, ``Institut der
deutschen Wirtschaft``, ``Министерство здравоохранения``, ``Свердловский областной суд``.

Why: the cue rules of ``actors_cues`` read the English and Indonesian way of naming a
body (``Ministry of Defence``, ``Badan Intelijen Nasional``) from the actor tables, which
these languages do not have, and the name tagger learnt Indonesian, so ``El Consejo de
Ministros aprobó …`` gave no actor at all. Here a capitalised head noun of the language's
speech table (``org_words``) or of its ``bodies.json`` (``heads``) opens a name that goes
on through:
- capitalised words (``Corte Suprema``), and links before one (``de``, ``de los``,
  ``dos``, ``für``, ``der``; a German adjective between: ``der deutschen Wirtschaft``);
- the lower-case adjectives institutions are named with right after the head
  (``nationale``, ``socialiste``, ``Civil``);
- in Russian, lower-case words in the genitive (``здравоохранения``, ``экономического
  развития``), not a verb (``сообщило``); and a capitalised adjective before a lower-case
  head (``Московская биржа``, ``Свердловский областной суд``);
- in German, a capitalised adjective before the head (``Bayerisches Landesamt``,
  ``Frankfurter Börse``), and compounds ending with a head (``Bundeskabinett``).
A capitalised head alone is a body inside a sentence where the language writes common
nouns in lower case (``la Fiscalía pidió``, ``o Governo anunciou``), not where it opens one.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.actors_cities import city_mentions, city_table, place_rules
from briefing.analysis.actors_gazetteer import ActorTables, GazetteerEntry
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.body_words import (
    MIN_COMPOUND_HEAD,
    BodyRules,
    body_rules,
    genitive_of,
    inflected_head,
)
from briefing.analysis.ner import SENTENCE_OPENERS
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speech_table import speech_table

_ELISIONS = ("l'", "d'", "l’", "d’")
_MAX_LINKS = 2  # ``de la``, ``de los``
_MAX_GENITIVES = 3
_CLAUSE_ENDS = frozenset(".,;:()!?")


def body_mentions(
    words: Sequence[str], language: str | None, given_names: frozenset[str] = frozenset()
) -> list[RawMention]:
    """Institutions named in one sentence's words (token ranges), left to right; a known
    given name ends a name (``Supremo Tribunal Federal Alexandre de Moraes``) and opens
    none (``Marine``)."""
    rules = body_rules(language)
    if rules is None:
        return []
    out: list[RawMention] = []
    n = len(words)
    i = 0
    while i < n:
        word = words[i]
        head = _head(word, rules) if word not in given_names else None
        nominative = inflected_head(word, rules) if head is None else None
        if nominative is not None:
            head = "head"  # ``в Министерстве здравоохранения``
        if head is None:
            first = _modified_head(words, i, rules)
            if first is None and _lower_head(words, i, rules):
                first, head = i, "lower"  # ``le ministère de la Santé``
            if first is None:
                i += 1
                continue
            start, i = i, first  # ``Свердловский областной суд``: from the adjective
        else:
            start = _modifier_before(words, i, rules)
        end = _name_end(words, i + 1, rules, given_names)
        if head == "lower" and end - start < _LOWER_HEAD_WORDS:
            i += 1
            continue  # ``le ministère annonce``: a common noun without its complement
        if _goes_on_in_lower_case(words, end, rules) or (
            end < n and words[end].isdigit()  # ``Ligue 1``: a competition
        ):
            i = max(end, i + 1)
            continue  # ``Office national des forêts`` cut as ``Office national``: none
        opening = start == 0 or words[start - 1] in SENTENCE_OPENERS
        if end - start >= 2 or (
            (rules.single_word or head == "compound" or word.lower() in rules.single_heads)
            and not opening
            and not word.isupper()
        ):
            out.append(_mention(words, start, end, nominative if start == i else None))
        i = max(end, i + 1)
    return out


def _mention(words: Sequence[str], start: int, end: int, nominative: str | None) -> RawMention:
    """A body's mention; one whose head is in another case is named in the nominative."""
    if nominative is None:
        return RawMention("organization", start, end, "cue")
    name = " ".join([nominative, *words[start + 1 : end]])
    entry = GazetteerEntry(key=f"organization:{name.casefold()}", name=name, kind="organization")
    return RawMention("organization", start, end, "body", entry)


_LOWER_HEAD_WORDS = 3  # ``ministère de la Santé``, ``tribunal de Paris``


def _lower_head(words: Sequence[str], i: int, rules: BodyRules) -> bool:
    """``le ministère de la Santé``, ``el juzgado de Getafe``: a head noun in lower case
    after an article, in the languages that write their institutions so."""
    return (
        rules.lower_heads
        and i > 0
        and words[i] in rules.heads
        and words[i - 1].lower() in rules.articles
    )


def _goes_on_in_lower_case(words: Sequence[str], end: int, rules: BodyRules) -> bool:
    """Whether the name ending at ``end`` goes on with lower-case words this module does
    not read (``Office national des forêts a annoncé``, ``Cour d'appel``, ``агентство по
    делам молодежи``): a link then a lower-case word, or an elided lower-case word."""
    if end >= len(words):
        return False
    after = words[end]
    if after[:2].lower() in _ELISIONS and after[2:3].islower():
        return True
    if after not in rules.links or after in rules.clause_articles:
        return False  # (``El Consejo de Ministros los aprobará``: the next clause)
    k = end + 1
    while k < len(words) and words[k] in rules.links:
        k += 1
    return k < len(words) and words[k].isalpha() and words[k].islower()


def _capital(word: str) -> bool:
    """A capitalised word, an elided one too (``l'Intérieur``)."""
    if word[:2].lower() in _ELISIONS:
        return word[2:3].isupper()
    return word[:1].isupper() and word[:1].isalpha()


def _head(word: str, rules: BodyRules) -> str | None:
    """``head`` for a capitalised head noun, ``compound`` for a German compound ending
    with one (``Bundeskabinett``), else ``None``."""
    if word[:2].lower() in _ELISIONS:
        word = word[2:]  # ``l'Assemblée``: the mention starts after the elision
    if not word[:1].isupper():
        return None
    low = word.lower()
    if low in rules.heads:
        return "head"
    if rules.compound_heads and len(low) > MIN_COMPOUND_HEAD + 3:
        for head in rules.compound_heads:
            if low.endswith(head) and len(low) > len(head) + 2:
                return "compound"
    return None


def _modifier_before(words: Sequence[str], i: int, rules: BodyRules) -> int:
    """``Bayerisches Landesamt``, ``Frankfurter Börse`` (not ``Der Bundestag``): a
    capitalised adjective before the head is the name's."""
    if i == 0 or not words[i - 1][:1].isupper():
        return i
    if rules.heads_last:  # "İstanbul Büyükşehir Belediyesi": every capitalised word before
        start = i
        while (
            start > 0
            and _capital(words[start - 1])
            and words[start - 1].isalpha()
            and words[start - 1].lower() not in rules.not_before_head
        ):
            start -= 1
        given = known_given_names_anywhere()
        if any(w in given or w.lower() in given for w in words[start:i]):
            return i - 1  # "Hakan Fidan Milli Eğitim Bakanlığı": a person stands before it
        return start
    before = words[i - 1]
    if rules.modifier_endings and before.lower().endswith(rules.modifier_endings):
        return i - 1
    ending = rules.town_adjective_ending
    if ending and before.endswith(ending) and before[: -len(ending)] in city_table().populations:
        return i - 1
    return i


def _modified_head(words: Sequence[str], i: int, rules: BodyRules) -> int | None:
    """Russian: a capitalised adjective, lower-case adjectives, then a lower-case head
    (``Свердловский областной суд``): the head's index."""
    if not rules.genitive_endings or not words[i][:1].isupper():
        return None
    if not words[i].lower().endswith(rules.modifier_endings):
        return None
    for k in range(i + 1, min(i + 3, len(words))):
        low = words[k]
        if not low.islower():
            return None
        if low in rules.heads:
            return k
        if not low.endswith(rules.modifier_endings):
            return None
    return None


def _full_name(words: Sequence[str], k: int, given_names: frozenset[str]) -> bool:
    """A given name and a capitalised word at ``k``: a person (``Governo de Luís
    Montenegro``; not ``Bourse de Paris``, nor a town: ``Prefeitura de São Paulo``)."""
    if words[k] not in given_names or k + 1 >= len(words) or not words[k + 1][:1].isupper():
        return False
    return not any(
        tuple(words[k : k + len(p)]) == p for p in city_table().phrases.get(words[k], ())
    )


def _name_end(words: Sequence[str], j: int, rules: BodyRules, given_names: frozenset[str]) -> int:
    """Where the name that a head ends at ``j`` goes on to."""
    n = len(words)
    last = j
    genitives = 0
    linked = False  # a link was crossed: capitalised words after it are the name's
    while j < n:
        word = words[j]
        low = word.lower()
        if word in given_names and j == last and not linked:
            break  # (``Tribunal Federal Alexandre``; not ``Bourse de Paris``)
        if _capital(word) and (rules.capital_run or j > last or linked):
            j += 1
            last = j
            continue
        if (
            word in rules.conjunctions
            and j == last
            and (linked or genitives)
            and j + 1 < n
            and (_capital(words[j + 1]) or (genitives and genitive_of(words[j + 1], rules)))
        ):
            j += 1  # ``de Trabajo y Economía Social``, ``науки и высшего образования``
            continue
        if j == last and word.islower() and low in rules.adjectives:
            j += 1  # ``Assemblée nationale``, ``Parti socialiste``
            last = j
            continue
        if low in rules.links and word.islower():
            k = j + 1
            while k < n and words[k] in rules.links and k - j < _MAX_LINKS:
                k += 1
            if (
                k + 1 < n
                and rules.link_adjective_endings
                and words[k].islower()
                and words[k].endswith(rules.link_adjective_endings)
            ):
                k += 1  # ``der deutschen Wirtschaft``
            if k < n and _capital(words[k]) and not _full_name(words, k, given_names):
                j, linked = k, True
                continue
            if (
                rules.last_lower_after_link
                and k < n
                and words[k].isalpha()
                and words[k].islower()
                and (k + 1 == n or words[k + 1] in _CLAUSE_ENDS)
            ):
                last = k + 1  # ``l'Organisation mondiale de la santé.``
            break
        if genitives < _MAX_GENITIVES and genitive_of(word, rules):
            genitives += 1  # ``Министерство экономического развития``
            j += 1
            last = j
            continue
        break
    return last


def with_towns_and_bodies(
    words: Sequence[str], tables: ActorTables, candidates: list[RawMention]
) -> list[RawMention]:
    """``candidates`` of one sentence with its towns (``actors_cities``) and bodies: a
    town's name the tagger read as an organisation is a club's or a company's (``West
    Ham``, ``FC Porto``'s ``Porto``), and a body replaces the tagger's guess that only
    adds its article (``La Fiscalía``)."""
    taken = {(c.first, c.last) for c in candidates if c.kind == "organization"}
    towns = [m for m in city_mentions(words, tables) if (m.first, m.last) not in taken]
    out = candidates + towns
    if towns:  # ``В Калуге …``: not the tagger's guess with the preposition
        prepositions = place_rules(tables.language).prepositions
        out = [c for c in out if not _article_and(words, c, towns, prepositions)]
    found = body_mentions(words, tables.language, tables.known_given_names)
    if found:
        articles = speech_table(tables.language).determiners
        out = [c for c in out if not _article_and(words, c, found, articles)]
        out.extend(found)
    return out


def _article_and(
    words: Sequence[str], m: RawMention, bodies: Sequence[RawMention], articles: frozenset[str]
) -> bool:
    """Whether the tagger's ``m`` is one of ``bodies`` with the ``articles`` (or
    prepositions) before it."""
    return m.source == "tagger" and any(
        m.first < b.first
        and m.last == b.last
        and all(words[k].lower() in articles for k in range(m.first, b.first))
        for b in bodies
    )
