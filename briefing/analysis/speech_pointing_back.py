"""A sentence that names who said the one before it: ``«…». Lo ha detto il ministro
dell'Economia Giancarlo Giorgetti.``, ``Il governo taglierà le tasse. Lo ha annunciato
la premier Giorgia Meloni.`` ("the minister said it").

Italian news closes a quote or a claim so, with an object pronoun for what was said
(:attr:`SpeechTable.pointing_back_openers`: ``lo``, ``l'``) before the cue. The quote, or
the claim as reported speech, is then that speaker's; a sentence with nothing said
before it in its paragraph (``Lo ha detto …`` opening an article) gives nothing, and
``Lo ha arrestato la polizia`` (him, not it) has no cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.attribution import Attribution
from briefing.analysis.speaker_phrases import SpeakerPhrase, parse_forward
from briefing.analysis.speakers import CueMatch, SpeakerContext
from briefing.analysis.suggestions import SentenceSpan

_OPENING_MARKS = " \t\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class PointingBack:
    """The speaker a ``Lo ha detto X.`` sentence names, and its cue."""

    phrase: SpeakerPhrase
    cue: CueMatch


def next_sentence(context: SpeakerContext, sentence: SentenceSpan) -> SentenceSpan | None:
    """The sentence right after ``sentence`` in the same paragraph (no line break between)."""
    following = context.sentence_at(sentence.end + 1)
    if following is None or following.start < sentence.end:
        for candidate in context.sentences:
            if candidate.start >= sentence.end:
                following = candidate
                break
        else:
            return None
    if following is None or "\n" in context.text[sentence.end : following.start]:
        return None
    return following


def pointing_back(context: SpeakerContext, sentence: SentenceSpan) -> PointingBack | None:
    """The speaker ``sentence`` names for the one before it, if it opens with a pointing
    back object pronoun and a ``cue_then_speaker`` cue (``Lo ha detto``, ``L'ha
    dichiarato``) and a name or a description follows (not a pronoun)."""
    table = context.table
    if not table.pointing_back_openers:
        return None
    text = context.text
    start = sentence.start
    while start < sentence.end and text[start] in _OPENING_MARKS:
        start += 1
    lower = text[start : start + 8].lower()
    opener = next(
        (
            o
            for o in sorted(table.pointing_back_openers, key=len, reverse=True)
            if lower.startswith(o) and (o[-1] in "'’" or lower[len(o) : len(o) + 1].isspace())
        ),
        None,
    )
    if opener is None:
        return None
    at = start + len(opener)
    while at < sentence.end and text[at].isspace():
        at += 1
    cue = table.cue_then_speaker.match(text[at : sentence.end])  # (after "L'": no lookbehind)
    if cue is None:
        return None
    cue_end = at + cue.end()
    phrase = parse_forward(text, cue_end, sentence.end, table, context.index)
    if phrase is None or phrase.pronoun or not phrase.name:
        return None
    return PointingBack(phrase, CueMatch(at, cue_end, text[at:cue_end]))


_SENTENCE_REST = " \t.!?…»”\"'’)"
"""What may stand between a quote (or its subjectless cue) and its sentence's end."""


def quote_named_after(
    context: SpeakerContext, close_at: int, attribution: Attribution | None
) -> Attribution | None:
    """The attribution of the next sentence (``Lo ha detto X.``) for a quote that closes
    its sentence with no speaker of its own: none, or a cue whose subject is left out
    (``«…», ha aggiunto. Lo ha detto il ministro …``)."""
    if attribution is not None and not (
        attribution.speaker.pronoun
        and attribution.speaker.gender is None
        and attribution.how == "pronoun"
    ):
        return None
    if not context.table.pointing_back_openers:
        return None
    sentence = context.sentence_at(close_at)
    if sentence is None:
        return None
    rest = close_at + 1
    if attribution is not None:
        rest = attribution.cue_start + len(attribution.cue)
    if context.text[rest : sentence.end].strip(_SENTENCE_REST):
        return None
    following = next_sentence(context, sentence)
    found = pointing_back(context, following) if following is not None else None
    if found is None:
        return None
    return Attribution(found.phrase, found.cue.group(), found.cue.start(), "next sentence")


def claim_named_after(
    context: SpeakerContext, sentence: SentenceSpan
) -> tuple[str, str | None, CueMatch] | None:
    """The speaker, role and cue of the claim ``sentence`` when the next sentence names
    who made it (``Il governo taglierà le tasse. Lo ha annunciato la premier …``)."""
    if not context.table.pointing_back_openers:
        return None
    following = next_sentence(context, sentence)
    found = pointing_back(context, following) if following is not None else None
    if found is None:
        return None
    speaker, role = context.resolve(found.phrase, found.cue.start())
    return (speaker, role, found.cue) if speaker else None
