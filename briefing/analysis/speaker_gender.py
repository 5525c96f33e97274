"""He or she: which earlier speaker a gendered pronoun can mean.

``“I had been somebody who really liked music,” she said`` right after ``“…,” McDowell
laughed`` is not McDowell: the article has told us he is a son (``Steenburgen's son,
filmmaker Charlie McDowell``) and writes ``his`` after his name, while it writes ``her``
after Steenburgen's. The evidence is what the article itself says about each person — a
title or a gendered noun right before the name (``Mr.``, ``Ms.``, ``son``, ``actress``), and
the first gendered pronoun after a mention in the same sentence — and, weighing less, a
common given name (``Sophie``, ``Jean-Pierre``: ``data/default/given_name_genders.json``).
A language without gendered pronouns (``dia``, ``ia``) has no table and never asks.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from briefing.analysis.languages import load_table
from briefing.analysis.speech_names import any_given_names

if TYPE_CHECKING:
    from briefing.analysis.speakers import SpeakerContext

_BEFORE = 4
"""Tokens read back from a mention for a title or gendered noun (``'s son, filmmaker``)."""
_QUOTE_MARKS = frozenset('"“”«»„‚‘’「」')
_POSSESSIVES = ("'", "’")
_TITLE_WEIGHT = 2
"""A title or noun says it outright; a pronoun after the name is one reading of a sentence."""
_GIVEN_NAME_WEIGHT = 1
"""A given name says it for most people who bear it; the article's own words weigh more."""


def gender_of(context: SpeakerContext, name: str) -> str | None:
    """``m``, ``f`` or None (unknown, or the article's evidence disagrees): cached."""
    genders = context.genders
    if name in genders:
        return genders[name]
    table = context.table
    found: str | None = None
    if table.gender_pronouns and name.strip():
        votes = _votes(context, name)
        ranked = votes.most_common()
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            found = ranked[0][0]
    genders[name] = found
    return found


@cache
def given_name_genders() -> dict[str, str]:
    """Given name → ``f`` or ``m`` (``data/default/given_name_genders.json``)."""
    data = load_table(None, "given_name_genders")
    return {name: gender for gender in ("f", "m") for name in data.get(gender, [])}


@cache
def known_given_names_anywhere() -> frozenset[str]:
    """Every given name the tables list, with or without a gender: evidence that a
    capitalised word opening a name is a person's."""
    return any_given_names() | frozenset(given_name_genders())


def _votes(context: SpeakerContext, name: str) -> Counter[str]:
    text, table = context.text, context.table
    own = {w.lower() for w in name.split()}
    surname = name.split()[-1]
    votes: Counter[str] = Counter()
    if " " in name:  # "Sophie Martin": her given name, unless the article says otherwise
        given = given_name_genders().get(name.split()[0])
        if given is not None:
            votes[given] += _GIVEN_NAME_WEIGHT
    role = context.role_for(name) or ""
    for word in role.replace(",", " ").split():
        lower = word.lower().rstrip(".")
        gender = table.gender_words.get(lower)
        if gender is not None and (word.islower() or lower in table.gender_titles):
            votes[gender] += _TITLE_WEIGHT  # "actress"; not the title "Chairman"
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])")
    for mention in pattern.finditer(text):
        sentence = context.sentence_at(mention.start())
        if sentence is None:
            continue
        before = context.index.between(sentence.start, mention.start())
        k = len(before)
        while k and before[k - 1].lower in own:
            k -= 1  # "Charlie" of "Charlie McDowell"
        for token in reversed(before[max(0, k - _BEFORE) : k]):
            word = token.lower.rstrip(".")
            gender = table.gender_words.get(word)
            if gender is not None and (not token.is_capitalised or word in table.gender_titles):
                votes[gender] += _TITLE_WEIGHT  # "actress", "Ms."; not "Chairman Mary Barra"
                break
            if token.is_capitalised or token.text in _QUOTE_MARKS:
                break  # another name, or a quotation, in between
        if text.startswith(_POSSESSIVES, mention.end()):
            continue  # "Steenburgen's son … he", "Omar's office, in which he": not theirs
        after = context.index.between(mention.end(), sentence.end)
        for token in after:
            if token.text in _QUOTE_MARKS:
                break  # inside a quotation "he" is whoever the speaker means
            gender = table.gender_pronouns.get(token.lower)
            if gender is not None:
                votes[gender] += 1
                break
            if (
                token.lower in table.gender_words
                or token.lower in table.determiners
                or token.lower in table.relatives
                or (token.is_capitalised and token.lower not in own)
            ):
                break  # someone else the pronoun may point to ("criticized the governor,
                # saying his budget", "Harris, who debated him")
    return votes


def agrees(context: SpeakerContext, name: str | None, gender: str | None) -> bool:
    """Whether ``name`` can be the ``he``/``she`` of ``gender`` (unknown genders can)."""
    if name is None or gender is None:
        return True
    known = gender_of(context, name)
    return known is None or known == gender


def last_of_gender(
    context: SpeakerContext, speakers: list[str], gender: str | None, passed_over: str | None
) -> str | None:
    """The last of ``speakers`` (in text order) the article shows to be of ``gender``."""
    for name in reversed(speakers):
        if name != passed_over and gender_of(context, name) == gender:
            return name
    return None
