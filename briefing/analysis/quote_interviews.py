"""Interviews set out as labelled turns: each answer is the interviewee's direct speech.

``Q:``/``A:``, ``P.``/``R.``, ``Frage:``/``Antwort:``, or the interviewee's own name as the
label (``Hoffmann-Krüger: …``, ``Helena Barros dos Santos: …``) with the publication's
(``Folha: …``) for the questions. No quotation marks and no speech verb mark these
answers, so the cue-based reading (:mod:`quotes`) finds none of them; yet they are what
an analyst quotes from an interview. An answer labelled by role (``A:``) is the person the
article introduces first; a headline quote with no speaker of its own (``'We will not
close a single school': Education Secretary on budget cuts``) is theirs too.

Only an article with at least :data:`_MIN_ANSWERS` labelled answers and a labelled
question counts as an interview: a single "Note: …" paragraph is none.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import ActorSuggestion, QuoteSuggestion
from briefing.core.model import Paragraph

_LABEL = re.compile(r"[ \t]*(?P<label>[^\W\d_][^\n:.]{0,48}?)[ \t]*(?::|\.(?=[ \t]))[ \t]+(?=\S)")
"""A turn's label at the start of a paragraph: ``Q:``, ``P.``, ``Frage:``, ``Folha:``."""
_MAX_NAME_WORDS = 5
_MIN_ANSWERS = 2
_CONFIDENCE = 0.8


def interview_quotes(
    text: str,
    paragraphs: Sequence[Paragraph],
    quotes: Sequence[QuoteSuggestion],
    actors: Sequence[ActorSuggestion],
    table: SpeechTable,
    title: str | None = None,
) -> list[QuoteSuggestion]:
    """``quotes`` with the interview's answers added (in text order) and a speakerless
    headline quote given to the interviewee; ``quotes`` unchanged for any other article.
    ``title``: the article's title when it is not part of the text (it may say
    "Interview")."""
    turns = _turns(text, paragraphs)
    if not turns:
        return list(quotes)
    answerer = _answer_label(turns, actors, table)
    if answerer is None:
        return list(quotes)
    answers = [(label, start, end) for label, start, end in turns if label == answerer]
    asked = [(start, end) for label, start, end in turns if label != answerer]
    if len(answers) < _MIN_ANSWERS or not asked:
        return list(quotes)
    if 2 * sum("?" in text[start:end] for start, end in asked) < len(asked):
        return list(quotes)  # "P. Gómez …", "R. Díaz …": initials, not questions and answers
    first_answer = answers[0][1]
    said = _said_interview(text[:first_answer], table)
    titled = title is not None and _said_interview(title, table) is not None
    if answerer.lower() in table.interview_answers and said is None and not titled:
        return list(quotes)  # Q/A set out by an explainer, a quiz or a transcript
    speaker, role = _interviewee(text, answerer, actors, table, first_answer, said)
    out = [
        q
        if q.speaker or q.end > first_answer or not _in_headline(q, paragraphs)
        else replace(q, speaker=speaker, speaker_role=role)
        for q in quotes
    ]
    for label, start, end in answers:
        if any(q.start < end and start < q.end for q in quotes):
            continue  # an answer that quotes someone keeps those quotes
        out.append(
            QuoteSuggestion(
                text=text[start:end],
                start=start,
                end=end,
                speaker=speaker,
                speaker_role=role,
                cue=label + ":",
                confidence=_CONFIDENCE,
            )
        )
    out.sort(key=lambda q: q.start)
    return out


def _turns(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[str, int, int]]:
    """Each labelled paragraph: its label and the span of what follows the label."""
    turns = []
    for paragraph in paragraphs:
        m = _LABEL.match(text, paragraph.start, paragraph.end)
        if m is None:
            continue
        end = paragraph.end
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if end > m.end():
            turns.append((m.group("label").strip(), m.end(), end))
    return turns


def _answer_label(
    turns: Sequence[tuple[str, int, int]], actors: Sequence[ActorSuggestion], table: SpeechTable
) -> str | None:
    """The label the answers carry, or None when the labels are no interview's (a list of
    dates, results or form fields):

    - the language's answer label (``A``, ``R``, ``Antwort``) beside its question label;
    - beside question labels, the most frequent name-like label (``Frage:`` …
      ``Hoffmann-Krüger:``);
    - of two labels taking turns (``Folha:`` … ``Helena Barros dos Santos:``), the one that
      names one of the article's people — the one with the longer turns if both do."""
    counts = Counter(label for label, _, _ in turns)
    answers = [label for label in counts if label.lower() in table.interview_answers]
    questions = [label for label in counts if label.lower() in table.interview_questions]
    if answers and questions:
        return max(answers, key=lambda label: counts[label])
    named = [
        label
        for label, count in counts.most_common()
        if count >= _MIN_ANSWERS and label not in questions and _name_like(label)
    ]
    if questions:
        return named[0] if named else None
    if len(named) != 2 or not _take_turns(turns, named):
        return None
    people = [a.name for a in actors if a.kind == "person"]
    persons = [label for label in named if any(_names(name, label) for name in people)]
    if len(persons) == 1:
        return persons[0]
    if not persons:
        return None
    length = {label: 0 for label in named}
    for label, start, end in turns:
        if label in length:
            length[label] += end - start
    return max(named, key=lambda label: length[label] / counts[label])


def _take_turns(turns: Sequence[tuple[str, int, int]], labels: Sequence[str]) -> bool:
    """Whether the two labels alternate (an exchange, not a list)."""
    sequence = [label for label, _, _ in turns if label in labels]
    changes = sum(1 for a, b in itertools.pairwise(sequence) if a != b)
    return len(sequence) > 2 and changes >= 0.7 * (len(sequence) - 1)


def _names(name: str, label: str) -> bool:
    """``Claudia Hoffmann-Krüger`` is named by ``Hoffmann-Krüger`` and by ``Claudia``."""
    return name == label or name.endswith(" " + label) or name.startswith(label + " ")


def _name_like(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= _MAX_NAME_WORDS and words[0][:1].isupper() and words[-1][:1].isupper()


def _said_interview(lead: str, table: SpeechTable) -> int | None:
    """Where the text before the answers first calls itself an interview, if it does."""
    lower = lead.lower()
    found = [
        m.start()
        for word in table.interview_words
        for m in re.finditer(rf"(?<!\w){re.escape(word)}", lower)  # "entrevistamos"
    ]
    return min(found) if found else None


def _interviewee(
    text: str,
    label: str,
    actors: Sequence[ActorSuggestion],
    table: SpeechTable,
    first_answer: int,
    said: int | None = None,
) -> tuple[str | None, str | None]:
    """Who answers: the person the label names, else (a role label such as ``A``) the
    person named in the sentence that calls the piece an interview, else the person the
    article names first before the answers."""
    people = [a for a in actors if a.kind == "person"]
    if label.lower() not in table.interview_answers:
        for actor in people:
            if _names(actor.name, label):
                return actor.name, actor.role
        return _full_name(text, label), None
    introduced = [(min(m.start for m in a.mentions), a) for a in people if a.mentions]
    before = [(at, a) for at, a in introduced if at < first_answer]
    if not before:
        return None, None
    if said is not None:  # "… the economist Pablo Soto spoke to us about …"
        start = max(text.rfind(".", 0, said), text.rfind("\n", 0, said)) + 1
        stop = min(
            (k for k in (text.find(".", said), text.find("\n", said)) if k >= 0),
            default=first_answer,
        )
        near = [
            (at, a) for a in people for at in (m.start for m in a.mentions) if start <= at < stop
        ]
        if near:
            before = near
    _, first = min(before, key=lambda pair: pair[0])
    return first.name, first.role


def _in_headline(quote: QuoteSuggestion, paragraphs: Sequence[Paragraph]) -> bool:
    return bool(paragraphs) and paragraphs[0].start <= quote.start < paragraphs[0].end


_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]* ){1,3}$")


def _full_name(text: str, label: str) -> str:
    """The label's longest form in the text (``Claudia Hoffmann-Krüger`` for the label
    ``Hoffmann-Krüger``): capitalised words right before one of its occurrences."""
    best = label
    for m in re.finditer(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text):
        before = _BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        words = before.group().split()
        while words and not words[0][:1].isupper():
            words = words[1:]
        if words and all(w[:1].isupper() for w in words):
            candidate = " ".join([*words, label])
            if len(candidate) > len(best):
                best = candidate
    return best
