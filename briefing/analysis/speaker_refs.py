"""Descriptions that point back at someone the article has named: ``the news agency`` (the
Xinhua News Agency), ``the company`` (WeWork, the subject just before), ``the analyst``
(the one earlier speaker with that word in their role). A description with
``a``/``seorang`` is someone new and stays as written."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

from briefing.analysis.speaker_names import CAP_RUN, opening_run
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import TokenIndex

_SENTENCES_BACK = 2
"""Sentences looked back for the organisation ``the company`` stands for."""


class Context(Protocol):
    """What :class:`briefing.analysis.speakers.SpeakerContext` offers here."""

    text: str
    table: SpeechTable
    sentences: Sequence[SentenceSpan]
    index: TokenIndex

    def holder_of(self, title: str, position: int, *, word: bool = False) -> str | None: ...

    def known_person(self, name: str) -> bool: ...

    def lowercase_words(self) -> frozenset[str]: ...


def named_body(text: str, table: SpeechTable, description: str, position: int) -> str | None:
    """``the news agency said`` after ``the state-run Xinhua News Agency``: the last
    organisation before ``position`` whose name ends in the description's head noun
    (an organisation word: agency, ministry, committee …), capitalised."""
    words = description.split()
    if (
        len(words) < 2
        or words[0].lower() not in table.definite_articles
        or words[-1].lower() not in table.org_words
    ):
        return None
    head = words[-1].lower().capitalize()
    found = None
    for match in CAP_RUN.finditer(text, 0, position):
        name = match.group()
        if name.endswith(" " + head):
            found = name
    if found and found.split()[0].lower() in table.definite_articles:
        found = found.split(" ", 1)[1]
    return found if found and " " in found else None


def definite_referent(context: Context, description: str, position: int) -> str | None:
    """``the company`` / ``the agency`` → the organisation that opens one of the two
    sentences before (``WeWork is cutting jobs.``, ``CBP announced …``); ``the president``
    / ``the analyst`` → the one speaker before whose role ends in the word ("U.S. President
    Donald Trump", "Jefferies analyst Jonathan Matuszewski"), not a deputy's ("Vice
    President"); nobody when none or several do (``the expert`` after "one legal
    expert")."""
    table = context.table
    words = description.split()
    if len(words) != 2 or words[0].lower() not in table.definite_articles:
        return None
    noun = words[1].lower()
    if noun in table.org_words:
        return _opening_name_before(context, position, noun)
    if noun in table.role_words:
        return context.holder_of(noun, position, word=True)
    return None


def _opening_name_before(context: Context, position: int, noun: str) -> str | None:
    here = bisect.bisect_right(context.sentences, position, key=lambda s: s.start) - 1
    lower = context.lowercase_words()
    table = context.table
    for k in range(here - 1, max(-1, here - 1 - _SENTENCES_BACK), -1):
        sentence = context.sentences[k]
        tokens = context.index.between(sentence.start, sentence.end)
        while tokens and tokens[0].lower in table.determiners:
            tokens = tokens[1:]
        if len(tokens) > 2 and tokens[0].lower == noun and tokens[1].text == ",":
            tokens = tokens[2:]  # "The group, WeWorkers Coalition, formed …"
        run = opening_run(tokens)
        if run and not any(
            t.lower in lower
            or t.lower in table.stop_words
            or t.lower in table.opening_words
            or t.lower in table.demonstratives
            or t.lower in table.role_words
            for t in run
        ):
            name = context.text[run[0].start : run[-1].end]
            if context.known_person(name):
                return None  # "Tim Cook told analysts …": the company is not he
            if re.search(rf"[\w,;] +{re.escape(run[0].text)}\b", context.text):
                return name  # written mid-sentence too: a name, not "Those" or "However"
    return None
