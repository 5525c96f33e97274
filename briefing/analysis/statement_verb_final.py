"""Reported speech in languages that put the verb last (Turkish: table key ``verb_final``):
the speaker opens the sentence up to its first comma and the cue closes it (``Cumhurbaşkanı
Erdoğan, desteği artıracaklarını açıkladı.``), or the source stands before its "according
to" (``Bakanlık sözcüsüne göre …``)."""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.spans import SpanIndex
from briefing.analysis.speaker_backward import parse_backward
from briefing.analysis.speakers import CueMatch, SpeakerContext
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.statement_parts import LEADING, MIN_WORDS, SENTENCE_CLOSE, statement, trim
from briefing.analysis.suggestions import SentenceSpan, StatementSuggestion
from briefing.analysis.tokens import has_quote_mark, word_count


def verb_final(
    context: SpeakerContext, sentence: SentenceSpan, cue: CueMatch, quote_spans: SpanIndex
) -> StatementSuggestion | None:
    """``Cumhurbaşkanı Erdoğan, desteği artıracaklarını açıkladı.``: the speaker opens the
    sentence up to its first comma, the cue closes it, what was said lies between."""
    text = context.text
    if text[cue.end() : sentence.end].strip(SENTENCE_CLOSE):
        return None  # the cue does not close the sentence
    comma = text.find(",", sentence.start, cue.start())
    if comma < 0:
        return None
    phrase = context.subject_before(sentence.start, comma)  # ("O, …": the last speaker)
    if phrase is None:
        return None
    speaker, role = context.resolve(phrase, cue.start())
    if not speaker:
        return None
    start, end = trim(text, comma + 1, cue.start())
    if start >= end or quote_spans.overlaps(start, end) or has_quote_mark(text[start:end]):
        return None
    if word_count(text[start:end]) < MIN_WORDS - 1:
        return None
    if not phrase.descriptor and not phrase.pronoun:
        context.record(cue.start(), speaker)
    return statement(text, start, end, speaker, role, cue)


def _source_before(source: str, table: SpeechTable) -> str:
    """``Bakanlık sözcüsüne`` → ``Bakanlık sözcüsü``, ``Fidan'ın açıklamasına`` → ``Fidan``:
    the source before a closing "according to" in its nominative."""
    words = source.split()
    if len(words) > 1 and words[-1].lower() in table.document_words:
        words = words[:-1]  # "Fidan'ın açıklamasına göre": Fidan's statement
    if not words:
        return ""
    last = words[-1]
    cut = max(last.find("'"), last.find("’"))
    if cut > 0 and last[0].isupper():
        last = last[:cut]  # "Erdoğan'a", "Fidan'ın"
    else:
        ending = next((e for e in table.according_endings if last.endswith(e)), "")
        if ending and len(last) > len(ending) + 2:
            last = last[: -len(ending)]  # "sözcüsüne" → "sözcüsü"
    return " ".join([*words[:-1], last])


def according_before(
    context: SpeakerContext, sentence: SentenceSpan, cue: CueMatch, quote_spans: SpanIndex
) -> StatementSuggestion | None:
    """``Bakanlık sözcüsüne göre karar gelecek hafta verilecek.``: in a verb-final language
    the source comes before its "according to", what was said after it."""
    text = context.text
    begin = max(sentence.start, text.rfind(",", sentence.start, cue.start()) + 1)
    if begin > sentence.start and text[sentence.start : begin].strip(LEADING):
        return None  # "…, Fidan'a göre …": the source does not open the sentence
    source = _source_before(text[begin : cue.start()].strip(), context.table)
    if not source or has_quote_mark(source):
        return None
    phrase = parse_backward(source, 0, len(source), context.table, None)
    if phrase is None:
        return None
    if phrase.descriptor and phrase.name is None:
        phrase = replace(phrase, name=source)
    speaker, role = context.resolve(phrase, cue.start())
    if not speaker:
        return None
    start, end = trim(text, cue.end(), sentence.end)
    if start >= end or quote_spans.overlaps(start, end) or word_count(text[start:end]) < MIN_WORDS:
        return None
    return statement(text, start, end, speaker, role, cue)
