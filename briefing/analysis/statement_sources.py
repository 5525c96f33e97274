"""Where a reported statement's source ends when no comma closes it, and a body named
with its short name in brackets (``Laut Polizei wurden …``, ``Según la Cámara Argentina
de Comercio (CAC), …``): :mod:`briefing.analysis.statements` reads the rest."""

from __future__ import annotations

import re

from briefing.analysis.speaker_runs import genitive_complement, run_forward
from briefing.analysis.speaker_segments import is_role
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.speech_table import SpeechTable

_SHORT = r"[A-ZÀ-ÝА-Я][A-Za-zÀ-ÿА-Яа-я]{1,9}"
SHORT_NAME = re.compile(rf"\({_SHORT}\)")
"""A short name in brackets: ``(FFA)``, ``(LfU)``."""
_NAMED_WITH_ACRONYM = re.compile(
    rf"\s*(?P<name>[^\W\d_][^(),;]{{2,90}}?)\s*\((?P<short>{_SHORT})\)\s*"
)
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’](?=[^\W\d_])")


def named_with_acronym(source: str, table: SpeechTable) -> str | None:
    """An organisation's whole name when the source is that name with its short name in
    brackets (``la Fédération française de l'assurance (FFA)``, ``der Bundesvereinigung
    der Deutschen Arbeitgeberverbände (BDA)``): the name, without its article, runs to the
    bracket through its lower-case words, which end a person's name. None unless the
    short name's first letter opens one of the name's capitalised words."""
    m = _NAMED_WITH_ACRONYM.fullmatch(source)
    if m is None:
        return None
    words = m.group("name").split()
    while words and words[0].lower() in table.determiners:
        words = words[1:]
    if words:
        words[0] = _ELIDED.sub("", words[0])  # "l'Association"
    capitals = [w for w in words if w[:1].isupper()]
    if not capitals or not words[0][:1].isupper() or len(words) > _MAX_NAME_WORDS:
        return None
    if m.group("short")[0] not in {w[0] for w in capitals}:
        return None
    return " ".join(words)


_MAX_NAME_WORDS = 10


def after_source(context: SpeakerContext, start: int, end: int) -> int | None:
    """Where the content begins after ``Laut Polizei …``, ``Menurut Fadli …`` with no comma:
    after the source's name, at its last capitalised word (``Laut einem Sprecher der
    Deutschen Bahn | fallen am Wochenende …``). None when the name may go on (``Laut
    Bundesagentur | für Arbeit``: a lower-case word before a capitalised one) or there is
    no name."""
    tokens = context.index.between(start, end)
    table = context.table
    if len(tokens) > 3 and tokens[0].lower in table.determiners and is_role(tokens[1], table):
        described = 2 + len(genitive_complement(tokens, 2, table))
        if 2 < described < len(tokens) and tokens[described].text.islower():
            # "Nach Angaben einer Sprecherin der Polizei | wurden drei Menschen …": the
            # description and its genitive, then the verb
            return tokens[described].start
    named = run_forward(tokens, 0, table)
    while named > 0 and not tokens[named - 1].is_capitalised:
        named -= 1
    if not 0 < named < len(tokens) - 1 or not tokens[named].is_word:
        return None
    if tokens[named].is_capitalised or tokens[named + 1].is_capitalised:
        return None
    return tokens[named].start


def verb_after_source(context: SpeakerContext, start: int, end: int) -> int | None:
    """Where the content starts when a source's name is followed by its clause's verb
    before any comma (``Laut Reuter kommen …``): the lower-case word right after the
    name, none of the function words that go on a subject (``yang``, ``der``, ``für``).
    Only in languages where the verb follows such an opening (``verb_second``)."""
    table = context.table
    if not table.verb_second:
        return None
    at = after_source(context, start, end)
    if at is None:
        return None
    tokens = context.index.between(at, end)
    if not tokens or not tokens[0].is_word or not tokens[0].text.islower():
        return None
    lower = tokens[0].lower
    if lower in table.relatives or lower in table.stop_words or lower in table.prepositions:
        return None
    return at


_MAX_GROUP_WORDS = 3


def group_source(text: str, start: int, end: int, table: SpeechTable) -> str | None:
    """``…, police said.``, ``…, health authorities said``: a group named by a plural or
    body noun without an article (the speech table's ``group_subjects``), in lower case,
    with at most two words before it (``state police``, ``local authorities``)."""
    words = text[start:end].split()
    if not 0 < len(words) <= _MAX_GROUP_WORDS or words[-1] not in table.group_subjects:
        return None
    if any(not w.isalpha() or not w.islower() or w in table.stop_words for w in words):
        return None
    return " ".join(words)
