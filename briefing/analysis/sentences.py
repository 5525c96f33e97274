"""Sentence spans that respect how news is actually written.

A period is a weak signal: ``3.000`` (Indonesian thousands), ``No. 5``, ``Jl. Sudirman``,
``A.S.``, ``dr.`` and initials (``John F. Kennedy``) all carry one without ending a
sentence. A quote that ends with a period and is followed by its cue (``…dilihat.” kata
Austin``) continues the sentence. We therefore only break where a terminator is followed
by whitespace and then something that can start a sentence, and the word before a period
is not an abbreviation of the article's language (tables in ``data/<lang>/abbreviations.json``).
Sentences never cross a paragraph or a line break. A dateline still in front of the
first body paragraph ("Rimanews-", "WASHINGTON (AP) —": ingest removes it, an article
built otherwise keeps it) belongs to no sentence, so no statement or key fact starts
with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.languages import load_table
from briefing.analysis.suggestions import SentenceSpan
from briefing.core.model import Paragraph

_CLOSERS = "”’\"'»«」』)]›"
_OPENERS = "“‘\"'«»„‚「『([‹¿¡"
_TERMINATOR = re.compile(  # ``\.{2,}|…|[.!?]+|[。！？]+``, each branch opening with its mark:
    # then ``re`` skips to those marks instead of trying every character (7x faster)
    r"(?P<stop>\.\.+|…|\.[.!?]*|![.!?]*|\?[.!?]*|。[。！？]*|！[。！？]*|？[。！？]*)"
    r"(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
)
_CJK_STOP = frozenset("。！？")
_LINE = re.compile(r"[^\n]+")
_WORD_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:\w\.)+\w$")
_STRIP_LEAD = "([{“‘\"'«»„‚「『"
_WORDS = re.compile(r"\w[\w'’\-]*")
_CUE_REACH = 60
_ORDINAL = "#ordinal"
_CUE_WORDS = 4
_DATELINE_REACH = 200
"""Enough of the first paragraph to tell a dateline (≤ 70 characters) from a sentence."""
_DATELINE_PARAGRAPHS = 3
"""The first body paragraph is looked for among these (a title or heading may come first)."""


@cache
def _abbreviations(language: str | None) -> frozenset[str]:
    """The language's abbreviations plus the shared ones, lower-cased, without the final dot.

    A language whose table sets ``ordinal_dot`` (German ``3. Oktober``) also gets the
    marker ``#ordinal``: a number before a period is then an ordinal.
    """
    words = set(load_table("default", "abbreviations").get("words", ()))
    if language:
        table = load_table(language, "abbreviations")
        words.update(table.get("words", ()))
        if table.get("ordinal_dot"):
            words.add(_ORDINAL)
    return frozenset(w.lower().rstrip(".") for w in words)


@cache
def _cue_words(language: str | None) -> frozenset[str]:
    """Single-word speech cues (``said``, ``kata``): after a closing quote they continue it."""
    table = load_table(language, "speech") if language else {}
    words = {
        phrase.lower()
        for key in ("cue_then_speaker", "speaker_then_cue", "pronoun_cues")
        for phrase in table.get(key, ())
        if " " not in phrase
    }
    return frozenset(words)


def _cue_follows(text: str, position: int, limit: int, cues: frozenset[str]) -> bool:
    """A speech cue among the next few words: ``“…?” Schiff asked.``"""
    if not cues:
        return False
    words = _WORDS.findall(text, position, min(limit, position + _CUE_REACH))
    return any(w.lower() in cues for w in words[:_CUE_WORDS])


def split_sentences(
    text: str, paragraphs: Sequence[Paragraph], language: str | None
) -> list[SentenceSpan]:
    """Sentence spans of ``text``, in order, inside the paragraphs (or lines if none given).

    Spans are stripped of surrounding whitespace and never empty.
    """
    abbreviations = _abbreviations(language)
    cues = _cue_words(language)
    ranges = [(p.start, p.end) for p in paragraphs] if paragraphs else [(0, len(text))]
    first_body = next(
        (i for i, p in enumerate(paragraphs[:_DATELINE_PARAGRAPHS]) if p.kind == "body"),
        None if paragraphs else 0,
    )
    spans: list[SentenceSpan] = []
    for index, (start, end) in enumerate(ranges):
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        if index == first_body:
            start = _after_dateline(text, start, end)
        for line in _LINE.finditer(text, start, end):
            _split_line(text, line.start(), line.end(), abbreviations, cues, spans)
    return spans


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where the story starts in the first body paragraph ``text[start:end]``."""
    # Imported here: the ingest package costs ~50 ms to import and analysis alone needs
    # only this function of it.
    from briefing.ingest.datelines import find_dateline

    found = find_dateline(text[start : min(end, start + _DATELINE_REACH)])
    return start + found.end if found else start


def _split_line(
    text: str,
    start: int,
    end: int,
    abbreviations: frozenset[str],
    cues: frozenset[str],
    out: list[SentenceSpan],
) -> None:
    begin = start
    for match in _TERMINATOR.finditer(text, start, end):
        stop_end = match.end()
        if not _breaks_here(text, match, stop_end, end, abbreviations, cues):
            continue
        _emit(text, begin, stop_end, out)
        begin = stop_end
    _emit(text, begin, end, out)


def _breaks_here(
    text: str,
    match: re.Match[str],
    stop_end: int,
    line_end: int,
    abbreviations: frozenset[str],
    cues: frozenset[str],
) -> bool:
    stop = match.group("stop")
    if stop[-1] in _CJK_STOP:
        return True
    if stop_end >= line_end:
        return False  # the line ends here anyway
    if not text[stop_end].isspace():
        return False  # 3.000, U.S.-led, example.com, "?!" inside a word
    following = _next_visible(text, stop_end, line_end)
    if following is None:
        return False
    if following.islower():
        return False  # “…dilihat.” kata Austin / “Why?” he asked
    if match.group("close") and _cue_follows(text, stop_end, line_end, cues):
        return False  # “…right?” Sanborn said.
    if stop == "." and not match.group("close"):
        word = _word_before(text, match.start())
        if word and _is_abbreviation(word, abbreviations, following):
            return False
    return True


def _next_visible(text: str, position: int, limit: int) -> str | None:
    while position < limit and text[position].isspace():
        position += 1
    return text[position] if position < limit else None


def _word_before(text: str, position: int) -> str:
    lead = text[max(0, position - 40) : position]
    found = _WORD_BEFORE.search(lead)
    return found.group(1).lstrip(_STRIP_LEAD) if found else ""


def _is_abbreviation(word: str, abbreviations: frozenset[str], following: str) -> bool:
    lowered = word.lower()
    if lowered in abbreviations:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: John F. Kennedy, Jl. A. Yani
    if _DOTTED.match(word):
        return True  # A.S., U.S., a.n.
    if _ORDINAL in abbreviations and word.isdigit() and len(word) <= 2:
        return True  # am 3. Oktober
    # ordinals and numbered items before a number ("Pasal 3. 2")
    return following.isdigit() and len(word) <= 3 and word[0].isupper()


def _emit(text: str, start: int, end: int, out: list[SentenceSpan]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(SentenceSpan(start, end))
