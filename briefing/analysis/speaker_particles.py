"""A personal name's words and lower-case particles in a speaker phrase.

Which capitalised words can be a name's (:func:`name_part`), which lower-case particles
join them (``Ursula von der Leyen``, ``Lula da Silva``: :func:`token_chain` over the
speech table's ``name_particles``, with the evidence :func:`~briefing.analysis.
speech_names.particle_joins` asks for), and where particles only open a title's
complement (:func:`in_complement`). :mod:`speaker_names` splits phrases with these and
:mod:`speaker_runs` reads runs with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.speaker_segments import is_role
from briefing.analysis.speech_names import MAX_PARTICLES, particle_chain, particle_joins
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token


def name_part(token: Token, table: SpeechTable) -> bool:
    """A capitalised word that can be part of a personal name: no acronym, title,
    organisation word, pronoun, cue or function word."""
    return (
        token.is_word
        and token.lower not in table.org_words
        and token.is_capitalised
        and not token.is_acronym
        and not is_role(token, table)
        and token.lower not in table.stop_words
        and token.lower not in table.pronouns
        and token.lower not in table.cue_words
    )


def particle(word: Token, table: SpeechTable) -> bool:
    """A name's lower-case particle (``von``, ``da``, ``de``)."""
    return not word.is_capitalised and word.lower in table.name_particles


def name_words(words: Sequence[Token], begin: int, end: int, table: SpeechTable) -> int:
    """How many words of ``words[begin:end]`` count towards a name's length: its
    particles do not (``Luiz Inácio Lula da Silva`` has four)."""
    return sum(1 for word in words[begin:end] if not particle(word, table))


def in_complement(words: Sequence[Token], k: int, table: SpeechTable, stop: int = 0) -> bool:
    """Whether the capitalised words that end at ``words[k]`` (back to ``words[stop]``)
    follow a function word after a title: the title's complement
    (``presidenta de la Comunidad``, ``director del Museo``), not a name a particle could
    go on (``Ana de la Vega``, ``presidente Lula da Silva``). An organisation's word among
    them makes them an organisation's name, which goes on (``el Instituto Nacional de
    Estadística``)."""
    first = k
    while first > stop and words[first - 1].is_word and words[first - 1].is_capitalised:
        first -= 1
    if first == stop:
        return False
    lead = words[first - 1]
    return (
        any(is_role(w, table) for w in words[stop : first - 1])  # after a title
        and lead.is_word
        and (
            lead.lower in table.connectors
            or lead.lower in table.determiners
            or lead.lower in table.stop_words
        )  # not "le prince héritier Mohammed ben Salmane": a title's own word
        and not is_role(lead, table)
        and not any(w.lower in table.org_words for w in words[first : k + 1])
        and not _name_after_fields(words, first, k, table)
    )


def _name_after_fields(words: Sequence[Token], first: int, k: int, table: SpeechTable) -> bool:
    """``Menteri Belia dan Sukan Hannah``: the run after the conjunction opens with the
    title's last field (``Sukan``) and a name follows it, which a particle may go on."""
    j = first
    while j <= k and words[j].lower in table.portfolio_words:
        j += 1
    return first < j <= k and words[first - 1].lower in table.conjunctions


def end_before_unjoined_particles(text: str, words: Sequence[Token], table: SpeechTable) -> int:
    """Where the phrase's name ends: before particles that join it to no further name
    (:func:`~briefing.analysis.speech_names.particle_joins`), so that ``Pierre Blanc de
    Renault`` is Pierre Blanc (of Renault) and ``Ursula von der Leyen`` stays whole."""
    k = 1
    while k < len(words) - 1:
        if particle(words[k], table) and name_part(words[k - 1], table):
            n = token_chain(table, words, k)
            if (
                n
                and k + n < len(words)
                and name_part(words[k + n], table)
                and not in_complement(words, k - 1, table)
            ):
                first = k - 1
                while first > 0 and name_part(words[first - 1], table):
                    first -= 1
                texts = [w.text for w in words[first : k + n + 1]]
                before, chain = texts[: k - first], texts[k - first : -1]
                if not particle_joins(table, text, before, chain, texts[-1]):
                    return k
                k += n
        k += 1
    return len(words)


def token_chain(table: SpeechTable, words: Sequence[Token], k: int) -> int:
    """:func:`~briefing.analysis.speech_table.particle_chain` at ``words[k]`` of a token
    sequence, reading only the words it looks at (the one before and the chain's)."""
    start = max(0, k - 1)
    window = [w.text for w in words[start : k + MAX_PARTICLES + 1]]
    return particle_chain(table, window, k - start)
