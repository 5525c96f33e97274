"""Quotes no cue attributes, read from the narration around them: a fragment inside a
sentence that opens with its speaker (``Noem called the campaign a “…”``), or a quote
opening the sentence after one about a person who has spoken (``Aderholt returned to the
issue later in the hearing. “…”``). Split from :mod:`briefing.analysis.quotes`."""

from __future__ import annotations

from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.tokens import has_quote_mark


def _fragment_speaker(context: SpeakerContext, start: int, open_at: int) -> str | None:
    """``Noem called the new campaign a “bold, innovative effort …”``: a quoted fragment
    inside a sentence that opens with a person who has spoken, right before a verb that
    words something (``fragment_verbs``: called, described, menyebut), is that person's
    words — unless someone else is named between them. Not ``Musk has faced what
    regulators called “…”`` nor ``Hochul signed the bill, titled the “…”``."""
    person = context.person_opening(start, open_at)
    if person is None or has_quote_mark(context.text[start:open_at]):
        return None
    names = set(person.split())
    tokens = context.index.between(start, open_at)
    first = next((i for i, t in enumerate(tokens) if t.text in names), None)
    if first is None:
        return None
    end = first
    while end < len(tokens) and tokens[end].is_capitalised:
        end += 1  # the opening name ("Jusuf", "Sen. Ted Cruz")
    table = context.table
    while end < len(tokens) and tokens[end].lower in table.subject_skip:
        end += 1  # "Dirjen X juga berkomentar"
    if (
        end >= len(tokens)
        or tokens[end].lower not in table.fragment_verbs
        or any(t.is_capitalised for t in tokens[end:])
    ):
        return None  # "Musk has faced what regulators called “…”": not Musk's words
    return person


def narrated_speaker(context: SpeakerContext, open_at: int) -> str | None:
    """The speaker of a quote that opens a sentence right after a sentence of the same
    paragraph which opens with a person who has spoken (``Aderholt returned to the issue
    later in the hearing. “…”``) or ends with a pronoun's cue (``Sometimes employees
    don't follow the rules, he said. “…”``)."""
    text = context.text
    sentence = context.sentence_at(open_at)
    if sentence is None:
        return None
    if text[sentence.start : open_at].strip():
        return _fragment_speaker(context, sentence.start, open_at)
    before = context.sentence_at(sentence.start - 1) if sentence.start > 0 else None
    if (
        before is None
        or "\n" in text[before.end : sentence.start]
        or has_quote_mark(text[before.start : before.end])
    ):
        return None  # another paragraph, or a sentence with quotations of its own
    words = [t for t in context.index.between(before.start, before.end) if t.is_word]
    table = context.table
    if (
        len(words) >= 2
        and words[-2].lower in table.pronouns
        and words[-2].lower not in table.plural_pronouns
        and words[-1].lower in table.cue_words
    ):
        return context.previous_speaker(before.start)
    person = context.person_opening(before.start, before.end)
    if person is None:
        return None
    opening = text[before.start : before.end]
    surname = person.split()[-1].rstrip("'’s")
    at = opening.find(surname)
    if at >= 0 and opening[at + len(surname) : at + len(surname) + 2] in ("'s", "’s"):
        return None  # "Swift's rep told Fox News …": the rep speaks, not Swift
    return person
