"""Who a later pronoun may point back to: the named subjects of the article's cue verbs
outside its quotes (``Kirby mengatakan …``, ``…, said Mary E. Lovely``), and of its
reporting verbs when a full name opens the sentence (``Marine Le Pen a prévenu que …``).
The quotes record them in the speakers' context before resolving their pronouns."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.analysis.spans import SpanIndex
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_phrases import SpeakerPhrase, parse_forward
from briefing.analysis.speakers import CueMatch, SpeakerContext
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import has_quote_mark


def record_subjects(text: str, context: SpeakerContext, spans: SpanIndex) -> None:
    """Named subjects of cue verbs outside the quotes (``spans``): who a later "he said"
    may point back to."""
    for cue, sentence, phrase in _cue_subjects(context, "speaker_then_cue", spans):
        before = text[sentence.start : cue.start()]
        if phrase is None and before.rstrip().endswith(",") and not has_quote_mark(before):
            # "…, too, said Mary E. Lovely, a Syracuse University economist.": the speaker
            # of reported speech after its cue
            phrase = parse_forward(text, cue.end(), sentence.end, context.table, context.index)
        if phrase is not None and phrase.name and not phrase.descriptor and not phrase.pronoun:
            context.record(cue.start(), phrase.name)
    for cue, sentence, phrase in _cue_subjects(context, "statement_cues", spans):
        # "Marine Le Pen a prévenu que …. Selon elle, cette mesure « … »": a person who
        # reports something is who a pronoun after it points back to; only a full name
        # (a known given name or a title before it), never a word that opens a sentence
        if (
            phrase is not None
            and phrase.name
            and not phrase.descriptor
            and not phrase.pronoun
            and " " in phrase.name
            and (phrase.role or phrase.name.split()[0] in known_given_names_anywhere())
            and _opens_main_clause(text, sentence.start, cue.start(), phrase)
        ):
            context.record(cue.start(), phrase.name)


def _cue_subjects(
    context: SpeakerContext, kind: str, quoted: SpanIndex
) -> Iterator[tuple[CueMatch, SentenceSpan, SpeakerPhrase | None]]:
    """Each cue of ``kind`` outside the quotes, its sentence and the subject before it."""
    for cue in context.cues(kind):
        if quoted.inside(cue.start()):
            continue
        sentence = context.sentence_at(cue.start())
        if sentence is not None:
            yield cue, sentence, context.subject_before(sentence.start, cue.start())


_OPENING_WORDS = 6
"""Words of an opening phrase before a sentence's subject (``Du côté du Rassemblement
national,``)."""


def _opens_main_clause(text: str, start: int, cue: int, phrase: SpeakerPhrase) -> bool:
    """Whether the subject ``phrase`` (its title, else its name) opens the sentence at
    ``start``, at most after a short opening phrase and its comma: not the subject of a
    clause further on (``Masalahnya, biota laut … terkeruk, sehingga Menteri … Susi
    Pudjiastuti menilai``)."""
    name_at = text.find(phrase.name or "", start, cue)
    if name_at < 0:
        return False
    role_at = text.rfind(phrase.role, start, name_at) if phrase.role else -1
    lead = text[start : role_at if role_at >= 0 else name_at].strip()
    if not lead:
        return True
    words = lead.split()
    return lead.endswith(",") and lead.count(",") == 1 and len(words) <= _OPENING_WORDS
