"""The noun a count counts: ``3.000 tentara`` → tentara, ``400,000 state residents`` →
residents, ``600,000 Israelis live`` → Israelis, ``5 million face masks`` → face masks.

Read right after the number with the language's tables (``FigureWords``: unit stop
words, compound units, plural heads); :mod:`figures` decides whether the number is a
figure at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.numbers import FigureWords

COMBINING = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
)
"""Combining marks (and the Indic, Thai, Lao, Myanmar and Khmer blocks that hold theirs,
but the danda that ends a Devanagari sentence): ``\\w`` leaves the vowel signs out, which
cut ``सैनिक`` (soldiers) to ``स``."""
WORD_AFTER = re.compile(rf"[ \t\u00a0\u202f]+([^\W\d_][\w'’{COMBINING}-]*)")
"""The next word after a position (letters first: not a number or a sign)."""
_UNSPACED_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
)
"""Thai, Lao, Myanmar, Khmer, kana and Han: written without spaces between words, so the
run after a number is a phrase (``นายเดินทางถึงชายแดน``), not the noun it counts."""
_MAX_PRE_CAPITALS = 3
_MODEL_AFTER = re.compile(r"[ \t\u00a0\u202f]+\d[\w-]*(?=[ \t\u00a0\u202f]+[^\W\d_])")
"""A model's number after a capitalised name (``Boeing 787``), with a word after it."""
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def counted_noun(
    text: str, cursor: int, words: FigureWords, *, singular: bool = False
) -> tuple[str, int, int] | None:
    """The noun a count counts: the first content word after the number (or, in English,
    the plural noun it modifies: ``400,000 state residents``; not after ``1``).

    Capitalised words before it are skipped in languages whose adjectives come first
    (``3,000 North Korean troops``); the noun phrase (``what``) runs on through
    capitalised words after it (``tentara Korea Utara``).
    """
    position = cursor
    skipped = adjectives = 0
    while True:
        m = WORD_AFTER.match(text, position)
        if not m:
            # English-like noun phrases only: "30 Boeing 787 jets", not "Liga 2 dipastikan"
            english = words.plural_heads is not None
            model = _MODEL_AFTER.match(text, position) if skipped and english else None
            if model is None or _YEAR.fullmatch(model.group().strip()):
                return None
            position = model.end()  # "30 Boeing 787 jets": the model's number, then on
            continue
        word = m.group(1)
        key = word.lower()
        if _UNSPACED_SCRIPT.search(word) is not None:
            return None
        if (
            key in words.stopwords
            or key in words.months
            or key in words.number_words
            or key.endswith(words.not_noun_endings)
        ):
            return None
        if word[:1].isupper() and not words.capitalised_nouns:
            if _people_in_plural(text, m.end(), word, words):
                return word, m.end(), m.end()  # "600,000 Israelis live": a people, counted
            skipped += 1
            if skipped > _MAX_PRE_CAPITALS:
                return None
            position = m.end()
            continue
        if not adjectives and _adjective_before_noun(text, m.end(), word, words):
            adjectives += 1  # "3.000 nordkoreanische Soldaten", "3 тыс. северокорейских военных"
            position = m.end()
            continue
        noun_end = m.end()
        compound = _compound_after(text, m.start(1), noun_end, key, words)
        if compound is not None:
            noun_end = compound
            word = text[m.start(1) : noun_end]
        elif words.plural_heads is not None and not singular:
            head = _plural_head(text, noun_end, key, words)
            if head is not None:
                word, noun_end = head
        what_end = noun_end
        tail = noun_end
        for _ in range(_MAX_PRE_CAPITALS):
            nxt = WORD_AFTER.match(text, tail)
            if not nxt or not nxt.group(1)[:1].isupper() or words.capitalised_nouns:
                break
            tail = what_end = nxt.end()
        return word.rstrip("'’-"), noun_end - (len(word) - len(word.rstrip("'’-"))), what_end


_MIN_ADJECTIVE = 4
"""Letters an inflected adjective has at least (``neue``; not ``km``)."""


def _adjective_before_noun(text: str, end: int, word: str, words: FigureWords) -> bool:
    """Whether ``word`` (ending at ``end``) is an adjective before the counted noun, by
    its inflection (``adjective_endings``); in a language that capitalises nouns only a
    lower-case word before a capitalised one."""
    key = word.lower()
    if len(key) < _MIN_ADJECTIVE or not key.endswith(words.adjective_endings):
        return False
    if words.capitalised_nouns and not word[:1].islower():
        return False
    nxt = WORD_AFTER.match(text, end)
    if nxt is None or nxt.group(1).lower() in words.stopwords:
        return False
    if nxt.group(1).isupper():
        return False  # "300 военнослужащих ВСУ": the adjective is the noun, of a body
    if nxt.group(1).lower().endswith(words.verbs_after_adjective):
        return False  # "200 задержанных отпустили": a noun made of an adjective, then a verb
    return not words.capitalised_nouns or nxt.group(1)[:1].isupper()


_PLURAL_REACH = 3
"""How many lower-case words after a capitalised plural may hold the noun it modifies."""


def _people_in_plural(text: str, end: int, word: str, words: FigureWords) -> bool:
    """``Israelis`` in "600,000 Israelis live": a capitalised plural with no plural noun
    after it is what is counted, not a modifier (``5 Texas residents``, ``3,000 North
    Korean troops``)."""
    rule = words.plural_heads
    if rule is None or not rule.suffix or len(word) <= len(rule.suffix) + 2:
        return False
    if not word.endswith(rule.suffix) or not word[1:].islower():
        return False
    position = end
    for _ in range(_PLURAL_REACH):  # "12 Texas police officers": the noun comes later
        nxt = WORD_AFTER.match(text, position)
        if nxt is None:
            return True
        following = nxt.group(1)
        if following[:1].isupper():
            return False
        if following.lower() in words.stopwords:
            return True
        if following.endswith(rule.suffix) and len(following) > len(rule.suffix) + 2:
            return False
        position = nxt.end()
    return True


def _plural_head(text: str, end: int, first: str, words: FigureWords) -> tuple[str, int] | None:
    """The plural noun right after the singular ``first`` (``state`` → ``residents``)."""
    rule = words.plural_heads
    if rule is None or not rule.suffix or first.endswith(rule.suffix):
        return None
    if first in rule.no_head_after:
        return None  # "figure", "total", "people": the count's own noun, then a verb
    nxt = WORD_AFTER.match(text, end)
    if nxt is None:
        return None
    word = nxt.group(1)
    key = word.lower()
    plural = (
        len(key) > _MIN_PLURAL and key.endswith(rule.suffix) and not key.endswith(rule.not_suffixes)
    )
    if not plural or not word.islower() or key in words.stopwords or key in rule.not_heads:
        return None
    return word, nxt.end()


_MIN_PLURAL = 3


def _compound_after(text: str, start: int, end: int, first: str, words: FigureWords) -> int | None:
    """End of the fixed compound (``tenaga medis``, ``kepala keluarga``) that the counted
    noun ``first`` at ``start:end`` opens, from the language's ``compound_units``."""
    compounds = words.compound_units.get(first)
    if not compounds:
        return None
    for parts in compounds:
        position = end
        for part in parts[1:]:
            nxt = WORD_AFTER.match(text, position)
            if nxt is None or nxt.group(1).lower() != part:
                break
            position = nxt.end()
        else:
            return position
    return None


def previous_word(text: str, start: int) -> tuple[str, int]:
    """The word (with its trailing dot, if any) before ``start``, and where it starts."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0\u202f":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def _after_connector(text: str, cursor: int, connectors: Sequence[str]) -> int | None:
    """Where the connector (``de``) after ``cursor`` ends, if one follows; a glued one
    (``d'enfants``) is one word with its noun: see :func:`without_connector`."""
    position = cursor
    while position < len(text) and text[position].isspace():
        position += 1
    if position == cursor:
        return None
    for connector in connectors:
        end = position + len(connector)
        if text[position:end].lower() == connector and text[end : end + 1].isspace():
            return end
    return None


def without_connector(phrase: str, connectors: Sequence[str]) -> str:
    """``phrase`` without a connector opening it: ``d'enfants`` → ``enfants``, ``de
    lignes`` → ``lignes`` (the counted noun and what it counts after a multiplier)."""
    lower = phrase.lower()
    for connector in connectors:
        if connector.endswith(("'", "’")):
            if lower.startswith(connector):
                return phrase[len(connector) :]
        elif lower.startswith(connector) and phrase[len(connector) : len(connector) + 1].isspace():
            return phrase[len(connector) :].lstrip()
    return phrase


def counted_noun_through(
    text: str,
    cursor: int,
    words: FigureWords,
    connectors: Sequence[str],
    *,
    singular: bool = False,
) -> tuple[str, int, int] | None:
    """:func:`counted_noun`, read past a multiplier's connector when one follows
    (``trois millions de masques``, ``une centaine d'enfants``: masques, enfants)."""
    noun = None
    if connectors:
        after = _after_connector(text, cursor, connectors)
        noun = counted_noun(text, after, words) if after is not None else None
    if noun is None:
        noun = counted_noun(text, cursor, words, singular=singular)
    if noun is not None and connectors:
        unit = without_connector(noun[0], connectors)
        noun = (unit, noun[1], noun[2]) if unit else None
    return noun


def minus_before(text: str, start: int, words: FigureWords) -> int | None:
    """Where a minus sign or word before a number starts (``-1,5 persen``, ``−0.5%``,
    ``minus 0,09 persen``, ``минус 3%``), or None: a sign glued to the number after a
    space or bracket (not the hyphen of a range or a name), or a word of the table's
    ``minus_words`` right before it."""
    if start and text[start - 1] in "-−" and (start == 1 or text[start - 2] in " \t\n(["):
        return start - 1
    word, word_start = previous_word(text, start)
    return word_start if word and word.lower() in words.minus_words else None


_NAME_AFTER = re.compile(r"[ \t\u00a0]+(?:[A-Z][a-z]|[a-z]+[A-Z])")
"""A word of a name: capitalised (``MacBook``) or a brand's (``iPad``)."""
_GLUED_UNIT = re.compile(r"-?([^\W\d_]+(?:/[^\W\d_]+)?)(?![\w-])")


def glued_unit(text: str, end: int, words: FigureWords) -> int | None:
    """Where a unit of ``glued_units`` that touches the number ending at ``end`` (``64GB``)
    or follows its hyphen (``3.0-liter``) ends; None when no such unit is there (``10-day``,
    ``1990s``, ``5-year-old``) or when a name goes on after it (``the 16-inch MacBook
    Pro``, ``a 64GB Wi-Fi model``: a product's name, said each time it is named)."""
    if not words.glued_units:
        return None
    m = _GLUED_UNIT.match(text, end)
    if m is None or m.group(1).lower() not in words.glued_units:
        return None
    return None if _NAME_AFTER.match(text, m.end()) else m.end()
