"""A pronoun after reported speech: the reported speaker, not the last one quoted.

Quotes are read before statements, so when a quote's ``kata dia`` / ``ujarnya`` is
resolved only the quotes' speakers are known: in ``“…,” kata Budi. … Inflasi akan tetap
rendah, kata Faisal. “…,” kata dia.`` the pronoun went to Budi. Once statements are read,
the nearest earlier speaker, quoted or reported, is the one the pronoun points back to;
the quotes that go on under the same attribution follow it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefing.analysis.speaker_fallback import pronoun_attribution
from briefing.analysis.speaker_gender import agrees
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion, StatementSuggestion

_OPENING_WORDS = 6
"""Words before a speaker who still opens the sentence (``Pada Selasa, Perdana Menteri``)."""
_GAP = 160
"""Characters between two quotes of one attribution (``“…,” kata dia. “…”``)."""


def nearest_speakers(
    quotes: Sequence[QuoteSuggestion],
    statements: Sequence[StatementSuggestion],
    actors: Sequence[ActorSuggestion],
    context: SpeakerContext,
) -> list[QuoteSuggestion]:
    """``quotes`` whose pronoun attribution went to the previous quote's speaker given the
    speaker of a statement reported between that quote and this one, when the speakers'
    context (which has recorded the statements' named speakers by now, not a description
    such as ``mantan Presiden RI``) agrees that person spoke last, and the actors know the
    speaker as a person (not ``Menurut laporan Teen Vogue``)."""
    people = {n for a in actors if a.kind == "person" for n in (a.name, *a.aliases)}
    found = list(quotes)
    previous: QuoteSuggestion | None = None  # the last quote with a speaker
    k = 0
    while k < len(found):
        quote = found[k]
        reported = _reported_between(context, statements, previous, quote)
        if (
            reported is not None
            and reported.speaker in people
            and quote.speaker == (previous.speaker if previous else None)
        ):
            attributed, gender = pronoun_attribution(context, quote.end)
            if (
                attributed
                and agrees(context, reported.speaker, gender)
                and context.previous_speaker(quote.start - 1) == reported.speaker
            ):
                k = _reassign(found, k, quote.speaker, reported, context)
                previous = found[k - 1]
                continue
        if quote.speaker is not None:
            previous = quote
        k += 1
    return found


def _reported_between(
    context: SpeakerContext,
    statements: Sequence[StatementSuggestion],
    previous: QuoteSuggestion | None,
    quote: QuoteSuggestion,
) -> StatementSuggestion | None:
    """The last statement after ``previous`` and before ``quote`` whose speaker is not the
    previous quote's."""
    since = previous.end if previous is not None else -1
    between = [s for s in statements if since < s.start and s.end <= quote.start]
    if not between:
        return None
    last = max(between, key=lambda s: s.start)
    if previous is not None and last.speaker == previous.speaker:
        return None
    return None if _deep_subject(context, last) else last


def _deep_subject(context: SpeakerContext, reported: StatementSuggestion) -> bool:
    """Whether the speaker of ``reported`` stands deep in its sentence before what they
    said (``Masalahnya, terumbu karang kerap rusak, sehingga Menteri X menilai …``): the
    subject of a clause further on, whom a later pronoun does not point back to (the
    article's own speaker does), unlike ``…, kata X.`` or ``Pada Selasa, X mengatakan``."""
    sentence = context.sentence_at(reported.start)
    if sentence is None:
        return False
    surname = reported.speaker.split()[-1]
    at = context.text.find(surname, sentence.start, reported.start)
    if at < 0:
        return False  # the speaker follows what was said
    return len(context.text[sentence.start : at].split()) > _OPENING_WORDS


def _reassign(
    found: list[QuoteSuggestion],
    k: int,
    old: str | None,
    reported: StatementSuggestion,
    context: SpeakerContext,
) -> int:
    """Give ``found[k]`` and the unattributed quotes right after it ``reported``'s speaker;
    the index after the last one changed."""
    role = reported.speaker_role or context.role_for(reported.speaker)
    text = context.text
    found[k] = dataclasses.replace(found[k], speaker=reported.speaker, speaker_role=role)
    k += 1
    while k < len(found):
        quote, before = found[k], found[k - 1]
        gap = text[before.end + 1 : quote.start - 1]
        if quote.cue is not None or quote.speaker != old or "\n" in gap or len(gap) > _GAP:
            break
        found[k] = dataclasses.replace(quote, speaker=reported.speaker, speaker_role=role)
        k += 1
    return k
