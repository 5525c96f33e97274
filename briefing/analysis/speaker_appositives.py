"""Appositives around a speaker's name that the plain phrase readers miss.

``kata salah satu aktivis … pakar hidrologi dari Universitas Bauhaus Jerman, Ercan
Ayboga.`` (a long description the name closes), ``Sutrisno, salah satu penjual cabai
mengatakan`` (an appositive without its closing comma), ``Manager Bandara X, Dewandono
Prasetyo Nugroho dalam siaran persnya, mengatakan`` (an aside between the name and the
verb). Each returns the name and the description for :class:`SpeakerPhrase`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from briefing.analysis.speaker_names import (
    MAX_NAME,
    is_organisation,
    opens_sentences_only,
    split_name_role,
    strip_determiners,
)
from briefing.analysis.speaker_segments import is_role, place_words
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token

_MAX_DESCRIPTION = 30
"""Tokens a description may run before the name that closes it after a comma."""
_INSIDE_DESCRIPTION = frozenset({",", "(", ")", "-", "/", "'", "’"})
"""Marks a description may hold (``pakar hidrologi dari Universitas Bauhaus (Jerman)``)."""
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def closing_appositive(
    text: str, tokens: Sequence[Token], table: SpeechTable
) -> tuple[str, str | None] | None:
    """A description the speaker's name closes after a comma: ``kata salah satu aktivis
    dari kelompok Keep Hasankeyf Alive yang juga pakar hidrologi dari Universitas Bauhaus
    Jerman, Ercan Ayboga.``, ``said one of the activists …, Ercan Ayboga.`` The name has
    two words or more and ends the sentence, or sits between two commas (``a déclaré le
    ministre de la Défense, Sébastien Lecornu, devant les députés``)."""
    if not tokens or not (
        tokens[0].lower in table.determiners
        or any(is_role(t, table) for t in tokens[:4] if t.is_word)
    ):
        return None
    stop = None
    for k, token in enumerate(tokens[: _MAX_DESCRIPTION + MAX_NAME + 1]):
        if k and "\n" in text[tokens[k - 1].end : token.start]:
            stop = k
            break
        if not token.is_word and token.text not in _INSIDE_DESCRIPTION:
            stop = k if token.text in _SENTENCE_ENDS else None
            break
    if stop is None:
        return None
    commas = [k for k in range(stop) if tokens[k].text == ","]
    if commas:
        closing = _name_between(text, tokens, commas[-1], stop, table)
        if closing is not None:
            return closing
    for comma, after in pairwise(commas):  # the first name between two commas
        between = _name_between(text, tokens, comma, after, table)
        if between is not None:
            return between
    return None


def _name_between(
    text: str, tokens: Sequence[Token], comma: int, stop: int, table: SpeechTable
) -> tuple[str, str | None] | None:
    """The name in ``tokens[comma + 1 : stop]`` with the description before the comma."""
    if not 2 <= stop - comma - 1 <= MAX_NAME:
        return None
    run = tokens[comma + 1 : stop]
    if not all(
        t.is_word
        and t.is_capitalised
        and t.lower not in table.spoken_when
        and not is_role(t, table)
        and t.lower not in table.org_words
        for t in run
    ):
        return None
    name, role = split_name_role(text, run, table)
    if (
        name is None
        or role is not None
        or is_organisation(table, name)
        or place_words(run, table)  # "di Gedung DPR, Kompleks Parlemen"
    ):
        return None
    description = strip_determiners(text, [t for t in tokens[:comma] if t.is_word], table)
    return name, description


def named_before(
    text: str, segments: Sequence[Sequence[Token]], description: Sequence[Token], table: SpeechTable
) -> tuple[str, str | None] | None:
    """``Sutrisno, salah satu penjual cabai mengatakan``, ``Smith, a local farmer said``:
    an appositive whose closing comma is missing. The part before it, all of it a
    capitalised name (after a title or not) that opens the clause, is the subject; one
    word only if the article also writes it inside a sentence (a name, not ``Overall``)."""
    if len(segments) != 2:
        return None
    words = [t for t in segments[0] if t.is_word]
    if (
        not words
        or len(words) != len(segments[0])
        or not all(t.is_capitalised or is_role(t, table) for t in words)
        or words[0].lower in table.stop_words
        or words[0].lower in table.opening_words
        or any(t.text.isupper() and len(t.text) > 3 for t in words)  # "JAKARTA, …"
    ):
        return None
    name, role = split_name_role(text, words, table)
    if name is None or is_organisation(table, name):
        return None
    if " " not in name and opens_sentences_only(text, name):
        return None  # "Overall, one analyst said", "Kini, seorang warga mengatakan"
    return name, role or strip_determiners(text, description, table)


_MAX_ASIDE = 5
"""Words an aside between a subject and its verb may have (``dalam siaran persnya``)."""


def before_aside(tail: Sequence[Token], table: SpeechTable) -> Sequence[Token]:
    """``Dewandono Prasetyo Nugroho dalam siaran persnya[, Senin,] mengatakan``: the
    name without the short lower-case phrase (a preposition and what follows) between it
    and the verb."""
    for k in range(len(tail) - 1, max(0, len(tail) - 1 - _MAX_ASIDE), -1):
        if tail[k].lower in table.prepositions and not tail[k].is_capitalised:
            aside = tail[k + 1 :]
            if aside and all(t.is_word and not t.is_capitalised for t in aside):
                if all(t.is_word and t.is_capitalised for t in tail[:k]) and k >= 2:
                    return tail[:k]
                return tail
    return tail
