"""Where the attribution of a quote sits: right after it (``“…,” kata X`` / ``“…,” X
said`` / ``“…,” tuturnya``), in its lead-in (``Kirby mengatakan: “…”``, ``menurut X``),
or as a later ``, said X`` in the same sentence. The phrases themselves are read by
:mod:`speaker_phrases`; who they name is :class:`~briefing.analysis.speakers.SpeakerContext`'s
business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.speaker_backward import parse_backward
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_phrases import (
    WINDOW,
    SpeakerPhrase,
    parse_forward,
)
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.tokens import has_quote_mark

_INTRODUCES = re.compile(r"(?:[ \t]+[^\s,.:;!?“”\"]+){0,2}[ \t]*[,:]\s*[“\"«„]")
"""What follows a cue that leads into a quote (``menjawab singkat, “``, ``added: "``)."""
_SENTENCE_ENDS = frozenset(".!?…")
_SUBJECTLESS = re.compile(r"[ \t]*(?:[.!?…]|$)")
"""Nothing after a cue but the sentence's end: no subject follows it."""
_TRAILER_REACH = 170
"""How far after a quote the cue of ``“…,” Name, a long description, said`` may be."""


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: SpeakerPhrase
    cue: str
    cue_start: int
    how: str
    """``after`` (cue after the quote), ``lead`` (cue before it), ``pronoun``, ``previous
    paragraph`` (its opening speaker carried into a quotation paragraph)."""


def find_cue_after(context: SpeakerContext, start: int, limit: int) -> Attribution | None:
    """Attribution in the text right after a closing quote mark (``, kata X`` / ``, he said``)."""
    text, table, index = context.text, context.table, context.index
    position = start
    while position < limit and (text[position].isspace() or text[position] in ",;:—–-"):
        position += 1
    if position >= limit:
        return None
    window_end = min(limit, position + WINDOW)
    pronoun = table.pronoun_cues.match(text, position, window_end)
    if pronoun:
        # "a-t-elle affirmé", "sagte er": the pronoun inside the cue tells the gender
        return Attribution(
            SpeakerPhrase(None, pronoun=True, gender=table.cue_gender(pronoun.group())),
            pronoun.group(),
            pronoun.start(),
            "pronoun",
        )
    cue = table.cue_then_speaker.match(text, position, window_end)
    if cue and table.pro_drop and _SUBJECTLESS.match(text, cue.end()):
        # "«…», subrayó.": the cue alone, its subject left out: the previous speaker
        subjectless = SpeakerPhrase(None, pronoun=True)
        return Attribution(subjectless, cue.group(), cue.start(), "pronoun")
    if cue:
        phrase = parse_forward(text, cue.end(), limit, table, index)
        if phrase is not None and not (
            cue.group().lower() in table.name_only_cues and (phrase.pronoun or phrase.descriptor)
        ):  # "demikian Presiden Jokowi", not "demikian isi surat tersebut"
            return Attribution(phrase, cue.group(), cue.start(), "after")
    for later in table.speaker_then_cue.finditer(
        text, position, min(window_end, position + _TRAILER_REACH)
    ):
        if later.start() == position:
            continue
        between = text[position : later.start()]
        if any(c in between for c in "!?"):  # the limit is the sentence end already
            break
        if text[start - 2 : start - 1] in _SENTENCE_ENDS and _INTRODUCES.match(text, later.end()):
            # "“… sekali.” Andi menimpali, “…”": a quote that closed its sentence, then a
            # cue that opens the next quote ("“A,” Benioff said, “B”" goes on speaking)
            break
        phrase = parse_backward(text, position, later.start(), table, index)
        if phrase is not None:
            return Attribution(phrase, later.group(), later.start(), "after")
        break
    return None


def find_later_said(context: SpeakerContext, start: int, limit: int) -> Attribution | None:
    """``“…” announced in October, said Derek Scissors``: a ", said X" further on in the
    sentence, asked only for a quote that opens its sentence and names no one right after
    it (in ``Presiden Joko Widodo menyebut rencana itu "…", kata juru bicara X`` the
    lead-in speaks)."""
    text, table, index = context.text, context.table, context.index
    reach = min(limit, start + _TRAILER_REACH)
    for later in table.cue_then_speaker.finditer(text, start + 1, reach):
        if not text[start : later.start()].rstrip().endswith(","):
            continue
        if any(c in text[start : later.start()] for c in '!?“”"'):
            break
        phrase = parse_forward(text, later.end(), limit, table, index)
        if phrase is not None and phrase.name and not phrase.descriptor:
            return Attribution(phrase, later.group(), later.start(), "after")
    return None


def find_cue_before(context: SpeakerContext, start: int, end: int) -> Attribution | None:
    """Attribution in the lead-in before an opening mark (``Kirby mengatakan:``, ``menurut
    X``), else a lead-in by a colon alone (:func:`find_colon_lead`)."""
    text, table, index = context.text, context.table, context.index
    if end - start < 2:
        return None
    # the first cue governs: "Pompeo said that … Washington had concluded … “…”"
    best = table.speaker_then_cue.search(text, start, end)
    according: re.Match[str] | None = None
    for match in table.according_to.finditer(text, start, end):
        according = match
    if according is not None and (best is None or according.start() > best.start()):
        phrase = parse_forward(text, according.end(), end, table, index)
        if phrase is not None:
            return Attribution(phrase, according.group(), according.start(), "lead")
    if best is None:
        return find_colon_lead(context, start, end)
    phrase = parse_backward(text, start, best.start(), table, index)
    if phrase is None:
        return find_colon_lead(context, start, end)
    return Attribution(phrase, best.group(), best.start(), "lead")


_COLON_LEAD_WORDS = 8
"""Words of a lead-in that introduces a quote by a colon alone."""


def find_colon_lead(context: SpeakerContext, start: int, end: int) -> Attribution | None:
    """A lead-in without a speech verb that ends with a colon: a name and title
    (``Verbandspräsidentin Monika Hartwig: „…“``, ``Party leader Jane Smith: "…"``) or a
    clause whose subject speaks (``Er verteidigte die Transferpolitik: „…“``, ``El alcalde
    Juan Pérez lo dejó claro: «…»``). ``text[start:end]`` is the lead-in, up to the mark."""
    text, table, index = context.text, context.table, context.index
    colon = text[start:end].rstrip()
    if not colon.endswith(":"):
        return None
    cut = start + len(colon) - 1
    lead = text[start:cut].strip()
    if not lead:
        return None
    words = lead.split()
    if len(words) > _COLON_LEAD_WORDS:
        return None  # a long clause: what it leads into may be anyone's (a song, a sign)
    naming = {*table.role_words, *table.determiners, *table.name_particles, *table.connectors}
    if all(w[:1].isupper() or w.lower() in naming for w in words):  # a name, a title
        phrase = parse_backward(text, start, cut, table, index)
        if (
            phrase is not None
            and phrase.name
            and not phrase.descriptor
            # a person's: titled or with a given name (not ``Das Motto der Kampagne:``)
            and (phrase.role or phrase.name.split()[0] in known_given_names_anywhere())
        ):
            return Attribution(phrase, ":", cut, "lead")
    first = words[0].lower()
    if first in table.pronouns and first not in table.first_person:
        gender = table.gender_pronouns.get(first)
        return Attribution(SpeakerPhrase(None, pronoun=True, gender=gender), ":", cut, "lead")
    person = context.person_opening(start, cut)
    if person is not None:
        return Attribution(SpeakerPhrase(person), ":", cut, "lead")
    return None


def find_previous_trailer(
    context: SpeakerContext, sentence_start: int, paragraph_start: int
) -> Attribution | None:
    """``…, sagte er. „Das Schlimmste steht uns noch bevor.“``: a quote opening its
    sentence, with no cue of its own, after a sentence of the same paragraph that ends with
    a pronoun's or a speaker's attribution (``, sagte er.``, ``, said Smith.``) goes on
    with that speaker."""
    before = context.sentence_at(sentence_start - 2) if sentence_start >= 2 else None
    if before is None or before.start < paragraph_start or before.end > sentence_start:
        return None
    text = context.text
    body = text[before.start : before.end].rstrip(" .!?")
    if has_quote_mark(body):
        return None
    end = before.start + len(body)
    comma = len(body)
    for _ in range(2):  # the attribution may hold a comma: ``, said John Smith, an economist.``
        comma = body.rfind(",", 0, comma)
        if comma < 0:
            return None
        found = find_cue_after(context, before.start + comma + 1, end)
        if found is not None and (found.speaker.name or found.speaker.pronoun):
            words = len(text[found.cue_start : end].split())
            return found if words <= _TRAILER_WORDS else None
    return None


_TRAILER_WORDS = 8
"""Words of the attribution closing the sentence before (``said John Smith, an economist``)."""
