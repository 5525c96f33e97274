"""People named by a known given name, and whether a word can be part of a name.

``Kamala Harris`` is a person where the name tagger, trained on Indonesian, sees
nothing; ``Will`` and ``Grace`` are names only where the article never writes them in
lower case (``written_lower``), which other rules ask too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefing.analysis.actors_cues import capitalised
from briefing.analysis.actors_gazetteer import ActorTables
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.speech_names import particle_chain, particle_joins
from briefing.analysis.speech_table import speech_table
from briefing.analysis.tokens import positions


def written_lower(text: str, word: str) -> bool:
    """Whether ``text`` also has ``word`` in lower case as a word of prose (a common word,
    not a name); not inside an address (``jogja.go.id``, ``@kompas``).

    Only the places where the lower-case word occurs are checked (``str.find``): a regex
    search with a look-behind tries every position of the text, and long documents ask
    this for hundreds of words (0.9 s of a 45,000-word report's 3.7 s).
    """
    lower = word.lower()
    if lower == word:
        return False
    start = text.find(lower)
    if start == -1:
        return False  # most names: no pattern to build (compiling one costs ~0.3 ms)
    pattern = _prose_word(lower)
    while start != -1:
        if pattern.match(text, start):
            return True
        start = text.find(lower, start + 1)
    return False


@lru_cache(maxsize=4096)
def _prose_word(lower: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w./@#-]){re.escape(lower)}(?![\w@/-]|\.\w)")


_MAX_GIVEN_RUN = 3
"""Words of a name opened by a given name: ``Mary Ann Smith``."""


def given_name_mentions(text: str, words: Sequence[str], tables: ActorTables) -> list[RawMention]:
    """A known given name and one or two capitalised words after it (``Kamala Harris``,
    ``Joe Biden``), where the tagger saw nothing or a person: a person. Not a given name
    the article also writes in lower case (``Will``, ``Grace``), one inside a longer name
    (``Los Angeles Auto Show``), nor a run into a title, an organisation's, a place's or
    an event's word (``Walter Reed Hospital``, ``Davis Cup``: the tagger's or nobody's).
    The name may go on through particles (``Ursula von der Leyen``)."""
    given = tables.given_names
    if not given:
        return []
    speech = speech_table(tables.language)
    out: list[RawMention] = []
    n = len(words)
    for i in positions(given.__contains__, words):
        if not name_word(text, words[i], tables):
            continue  # "King Edward", "Queen Elizabeth": a title (its own mention)
        if i and capitalised(words[i - 1]) and words[i - 1] not in tables.person_openers:
            continue  # "Los Angeles", "The Davis Cup": inside a longer name
        end = i + 1
        if (
            end + 2 < n
            and len(words[end]) == 1
            and words[end].isupper()
            and words[end + 1] == "."
            and name_word(text, words[end + 2], tables)
        ):
            end += 2  # "James P. Kennedy": a middle initial
        named, names, chained = end, 0, False
        while True:
            while end < n and names < _MAX_GIVEN_RUN - 1 and name_word(text, words[end], tables):
                end, names = end + 1, names + 1
            particles = 0 if chained or end >= n else particle_chain(speech, words, end)
            if not (particles and end + particles < n):
                break
            after = words[end + particles]
            if not name_word(text, after, tables) or tables.match_at(words, end + particles):
                break  # "Pedro de Lisboa": a place
            if not particle_joins(speech, text, words[i:end], words[end : end + particles], after):
                break
            end, chained = end + particles, True  # "Ursula von der Leyen"
        if end == named or (
            end < n
            and (
                _names_a_thing(words[end], tables)
                or (capitalised(words[end]) and not words[end].isupper())
            )
        ):
            continue  # "Davis Cup", "Hang Seng Index": a longer name goes on
        if words[i] in tables.phrases and words[end - 1].endswith("s"):
            continue  # "Dallas Cowboys", "Houston Rockets": a place's team
        out.append(RawMention("person", i, end, "given"))
    return out


def _names_a_thing(word: str, tables: ActorTables) -> bool:
    return (
        word in tables.organization_cues or word in tables.place_cues or word in tables.other_cues
    )


_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
"""Letters, with hyphens or apostrophes inside (``Bautista-Agut``, ``O'Brien``); no
digits (``LCOc1`` is a ticker)."""


def name_word(text: str, word: str, tables: ActorTables) -> bool:
    """A word that can be part of a person's name here: capitalised letters, no acronym,
    no organisation's, place's or event's word, none the article writes in lower case."""
    return (
        capitalised(word)
        and len(word) > 1
        and _NAME_WORD.fullmatch(word) is not None
        and not (word.isupper() and len(word) > 1)
        and word not in tables.not_actors
        and word not in tables.person_openers
        and not _names_a_thing(word, tables)
        and not written_lower(text, word)  # "Taylor Swift Perform", "Hang Seng Index"
    )
