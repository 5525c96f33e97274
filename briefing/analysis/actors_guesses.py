"""Actors only the name tagger saw, in languages it was not trained on: which are guesses.

The shipped tagger learnt Indonesian (:data:`briefing.analysis.ner.TAGGER_LANGUAGES`);
elsewhere it takes capitalised words for names — a sentence's first word, a heading's
nouns, every German noun. An actor it alone proposes is dropped when nothing else speaks
for it: no gazetteer entry, cue word, title or role, quote, known given name or acronym.
"""

from __future__ import annotations

import re

from briefing.analysis.actors_given import written_lower
from briefing.analysis.actors_merge import Group
from briefing.analysis.speech_names import compound_of
from briefing.analysis.speech_table import SpeechTable


def tagger_guess(
    group: Group,
    text: str,
    quoted: set[str],
    speech: SpeechTable,
    function_words: frozenset[str],
    given: frozenset[str],
) -> bool:
    """Whether ``group`` is only the tagger's guess (see the module's doc); ``quoted``
    are the names of the article's speakers, ``given`` the language's known given names."""
    return (
        _lone_guess(group, quoted, speech.determiners)
        or _sentence_start_guess(text, group, quoted, function_words, given)
        or (speech.capitalised_nouns and _capitals_only(group, quoted, text, speech, given))
    )


def people_who_speak(groups: list[Group], titled_speakers: set[str]) -> None:
    """An "organisation" only the tagger saw, named like a quote's speaker who has a
    title, is that person (``Christian Estrosi``, ``le maire``): retyped in place. A
    name of two words or more, not in capitals."""
    for group in groups:
        if group.kind != "organization" or not all(
            m.source == "tagger" and m.entry is None for m in group.mentions
        ):
            continue
        named = [
            surface
            for surface in group.surfaces()
            if " " in surface and not surface.isupper() and surface in titled_speakers
        ]
        if named:
            group.kind = "person"
            group.key = f"person:{named[0]}"  # (an organisation's key is lower-cased)


def bodies_by_their_word(groups: list[Group], org_words: frozenset[str]) -> None:
    """A "person" only the tagger saw whose first word is an organisation's (``Банк
    России``, ``Banco Central``, ``Comissão Europeia``) is that organisation: retyped in
    place."""
    for group in groups:
        if group.kind != "person" or not all(
            m.source == "tagger" and m.entry is None for m in group.mentions
        ):
            continue
        name = group.key.split(":", 1)[1]
        if " " in name and name.split(" ", 1)[0].lower() in org_words:
            group.kind = "organization"
            group.key = f"organization:{name.lower()}"


def _lone_guess(group: Group, quoted: set[str], articles: frozenset[str]) -> bool:
    """A person only the name tagger saw, in a language it was not trained on, that is
    one word (mostly a capitalised word: ``Timeline``, ``Moon``, ``Supplement``, ``I’m``;
    seldom a person named by one word alone) or opens with an article (``Die Akte``,
    ``The Black Klansman``: German nouns and titles). Kept when the article quotes that
    name, or a title or a role comes with it (``President Trump``, ``Prince Andrew``)."""
    if group.kind != "person":
        return False
    name = group.key.split(":", 1)[1]
    return (
        (" " not in name or name.split(" ", 1)[0].lower() in articles)
        and name not in quoted
        # (the bare "name" mentions are that name found again, no other evidence)
        and all(m.source in ("tagger", "name") and not m.role for m in group.mentions)
    )


_OPENERS = frozenset("\"'“‘„«([-–—•*")
_SENTENCE_BREAKS = frozenset(".!?:;\n")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only opening quotes, brackets or dashes stand between ``start`` and the
    beginning of its sentence or line."""
    i = start - 1
    while i >= 0 and ((text[i].isspace() and text[i] != "\n") or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAKS


def _sentence_start_guess(
    text: str,
    group: Group,
    quoted: set[str],
    function_words: frozenset[str],
    given: frozenset[str],
) -> bool:
    """A person only the name tagger saw, in a language it was not trained on, whose
    first word is a sentence's first word that the language writes in lower case
    elsewhere (``Beim Verlust``, ``Сейчас Полине``, ``Wireless Connect``): capitals
    that come from the sentence start, not from a name. Kept when the first word is a
    known given name (``Rose Byrne``, ``Mark Warner``), when the article quotes the name
    or gives a title or role, or when a mention stands inside a sentence."""
    if group.kind != "person":
        return False
    name = group.key.split(":", 1)[1]
    first, _, rest = name.partition(" ")
    if not rest or name in quoted or first in given:
        return False
    if not all(
        m.source in ("tagger", "name") and not m.role and _opens_sentence(text, m.start)
        for m in group.mentions
    ):
        return False
    return first.lower() in function_words or written_lower(text, first)


_WORD_PARTS = re.compile(r"[\s/-]+")
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r"[.!?;:\n]")
_LOOK_BACK = 60
_ROLE_REACH = 4
"""Words before a name searched for a role word: ``Der Außenminister von Polen,
Radosław Sikorski``."""
_MIN_COMPOUND_HEAD = 4
"""Shortest role or organisation word recognised at the end of a compound
(``Gesundheitsminister``, ``Zentralbank``); shorter ones (``rat``, ``amt``) end too many
unrelated words."""


def _capitals_only(
    group: Group, quoted: set[str], text: str, speech: SpeechTable, given: frozenset[str]
) -> bool:
    """In a language that capitalises its nouns (German), an actor only the name tagger
    saw: ``Technische Standards``, ``Helios Kliniken`` (persons), ``Medikationsplan``,
    ``Veränderung`` (places). Kept with other evidence: written as an acronym (``UKHD``,
    ``DMEXCO``); quoted, or a title or a role found with it; an organisation word in the
    name (``Deutsche Bank``, ``Landgericht Köln``: then an organisation, whatever the
    tagger said); a person with a known given name (``Karl Lauterbach``, ``Harry Kane``)
    or a role word in it or among the few words before it in its clause
    (``Gesundheitsminister``, ``Der Außenminister von Polen, Radosław Sikorski``).
    Gazetteer names and names with a cue word are not only the tagger's."""
    name = group.key.split(":", 1)[1]
    words = name.split()
    if (
        name in quoted
        or any(
            sum(1 for c in word if c.isupper()) > 1
            for surface in group.surfaces()
            for word in _WORD_PARTS.split(surface)
        )
        or not all(m.source in ("tagger", "name") and not m.role for m in group.mentions)
    ):
        return False
    if group.kind == "person" and any(w in given for w in words[:-1]):
        return False
    if _ends_with_any(words, speech.org_words):
        # ``Landgericht Köln``, ``Deutsche Bahn``: kept, and an organisation whatever the
        # tagger said (the group is retyped here)
        group.kind = "organization"
        return False
    if group.kind == "person":
        before = [_WORDS_BEFORE.findall(_clause_before(text, m.start)) for m in group.mentions]
        heads = [
            words[0],
            *(
                w
                for found in before
                # "Sprecherin der Stadtwerke Bochum", "Sprecher des Landratsamtes
                # Rosenheim": the role's body, not a person
                if not (
                    found
                    and (
                        found[-1].lower() in speech.determiners
                        or found[-1].lower() in speech.genitive_articles
                    )
                )
                for w in found[-_ROLE_REACH:]
            ),
        ]
        return not _ends_with_any(heads, speech.role_words)
    return True


def _clause_before(text: str, start: int) -> str:
    """The text before ``start`` back to the clause's start (a full stop, a line break),
    at most :data:`_LOOK_BACK` characters."""
    before = text[max(0, start - _LOOK_BACK) : start]
    return _CLAUSE_BREAK.split(before)[-1]


def _ends_with_any(words: list[str], heads: frozenset[str]) -> bool:
    """Whether one of ``words`` (lower-cased, a genitive -s or -es off) is one of
    ``heads`` or a compound ending with a long one (``Bundesamts``, ``Außenminister``)."""
    for word in words:
        lower = word.lower()
        forms = [lower, lower[:-1], lower[:-2]] if lower.endswith("s") else [lower]
        if any(_ends_with(form, heads) for form in forms if form):
            return True
    return False


def _ends_with(word: str, heads: frozenset[str]) -> bool:
    """``word`` is one of ``heads`` or a compound ending with a long one."""
    return word in heads or compound_of(word, heads, _MIN_COMPOUND_HEAD)
