"""The parts around a speaker's name that say who it is not: a group before its place
(``Health authorities in Inner Mongolia``), a description or a titled name in a comma
segment, a legislator's party and state (``R-Texas``), a clause of what was said
before an inverted ``said X``, a letter ending a sentence (``vitamin C.``) and the
pronoun of a contraction (``We've``). Used by :mod:`speaker_phrases`.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.speaker_names import MAX_NAME, has_role_word, span_text, titled_surname
from briefing.analysis.speaker_segments import is_role
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token

_GROUP_WORDS = 6
"""Words a group before its place may have (``Health authorities``, ``NASA scientists
using a telescope``)."""


def group_before_place(
    text: str, words: Sequence[Token], name: str, table: SpeechTable
) -> str | None:
    """``Health authorities in China's Inner Mongolia confirmed``, ``NASA scientists using a
    telescope atop Mauna Kea confirmed``: the name closing the subject is where the group
    is, the object of a preposition after a common noun; the group speaks, up to a
    participle that says what it did: the group's words, or None when the name is the subject."""
    begin = len(words) - len(name.split())
    if begin < 2 or words[begin - 1].is_capitalised:
        return None
    link = words[begin - 1].lower
    head = words[begin - 2]
    if (
        link not in table.group_prepositions
        or head.is_capitalised
        or head.lower in table.stop_words
        or (is_role(head, table) and not head.lower.endswith("s"))
    ):
        return None  # "Secretary of State Blinken", "spokesman for Acme": a role's complement
    start = begin - 2
    while (
        start > 0
        and begin - start < _GROUP_WORDS
        and words[start - 1].lower not in table.stop_words
        and words[start - 1].lower not in table.cue_words
    ):
        start -= 1
    participle = next(
        (
            k
            for k in range(start + 1, begin)
            if table.participle_suffixes
            and not words[k].is_capitalised
            and words[k].lower.endswith(table.participle_suffixes)
        ),
        None,
    )
    if participle is not None:
        return span_text(text, words, start, participle)
    determiner = max(
        (k for k in range(start, begin) if words[k].lower in table.determiners), default=start
    )
    return span_text(text, words, determiner, len(words))


def stray_initial(words: Sequence[Token], k: int) -> bool:
    """Whether ``words[k]`` is one capital letter with its stop (``C.``) after a lowercase
    word: the end of a sentence the splitter kept, not a name's initial."""
    word = words[k].text
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1] == "."
        and k > 0
        and not words[k - 1].is_capitalised
    )


def contracted(word: str) -> str:
    """``we've`` → ``we``: the pronoun of a contraction (the word itself otherwise)."""
    for mark in "'’":
        if mark in word:
            return word.split(mark, 1)[0]
    return word


def is_description(text: str, words: Sequence[Token], table: SpeechTable) -> bool:
    """``a senior analyst at X`` / ``CEO of Take-Two``: says what someone is, not who.
    ``the People's Daily`` (a determiner, then two capitalised words or more) names one,
    and so does a short title written with its full stop before capitalised words (``Dr.
    Ronny Jackson``)."""
    if not words:
        return False
    if (
        len(words) >= 2
        and (
            words[0].lower in table.rank_words  # "AKP Dedy Setya"
            or (
                words[0].lower in table.short_titles
                and (
                    words[0].lower in table.honorifics
                    or text[words[0].end : words[0].end + 1] == "."
                )
            )
        )
        and all(w.is_capitalised for w in words[1:])
    ):
        return False  # "Dr. Ronny Jackson", "Mr Smith": a titled name ("CEO Tokoloka" is a role)
    if titled_surname(words, len(words), table) and len(words) <= MAX_NAME:
        return False  # "Bruno Le Maire": a name, not "le maire"
    if has_role_word(words, table) or affiliation(words, table):
        return True
    if words[0].is_capitalised:
        return False
    return not (
        len(words) >= 3
        and words[0].lower in table.definite_articles
        and all(w.is_capitalised for w in words[1:])
    )  # "the People's Daily" names, "the Spaniard" describes


def affiliation(words: Sequence[Token], table: SpeechTable) -> bool:
    """``R-Texas``, ``D-Calif.``: a legislator's party and state, after the name."""
    if len(words) != 1 or "-" not in words[0].text:
        return False
    party, _, state = words[0].text.partition("-")
    return party.lower() in table.party_initials and state[:1].isupper()


def is_clause(words: Sequence[Token], table: SpeechTable) -> bool:
    """``the equatorial regions are drier than the poles``: a lowercase auxiliary before
    any relative or preposition (``a doctor at X where the patients were treated``) makes
    a clause of what was said, no appositive of a name."""
    for word in words:
        if word.lower in table.relatives or word.lower in table.prepositions:
            return False
        if word.lower in table.auxiliaries and not word.is_capitalised:
            return True
    return False
