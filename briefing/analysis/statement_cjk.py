"""Reported speech in Chinese, Japanese and Korean: the same verbs as their quotes, without
the marks.

Chinese leads into what was said with the speaker and the verb (``毛宁还强调，中方反对任何单
边行动。``); Japanese and Korean close it with the quoting particle and the verb, the speaker
being the sentence's topic (``林官房長官は記者会見で、北朝鮮の行動は容認できないと述べた。``,
``윤석열 대통령은 대화를 통해 문제를 해결하겠다고 말했다.``). The words are those of
``data/<lang>/attribution.json`` (:mod:`briefing.analysis.quote_cjk`); a sentence with a
quote in it is the quote's, and a pronoun is the speaker before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.quote_cjk import (
    QUOTE_MARKS,
    AttributionTable,
    clause_start,
    cut_at_stops,
    looks_spoken,
    plausible_speaker,
    speaker_of,
    topic,
)
from briefing.analysis.suggestions import QuoteSuggestion, SentenceSpan, StatementSuggestion

_MIN_CONTENT = 4
"""Characters what was said must hold: fewer is a fragment (``他说，是的``)."""
_ENDS = "。！？.!? \n"
_LEADING_TIME = re.compile(r"(?:\d+일|이날|지난\s?\d*일?|오늘|어제)\s+")
_TRAILING_TIME = re.compile(r"(?<=[다고]) (?:지난 )?(?:\d+일|이날|오늘|어제)$")
_SAYING = "言"
"""Japanese 言う: a quote's verb, but in reported speech mostly 'so-called' (と言う方)."""
_TOPIC_BETWEEN = 15
"""How far before a Japanese verb its particle may stand with a topic between (``と市は``)."""
_LEAD_REACH = 15
"""How far after a Japanese topic a comma may close its time and place (``24日、``)."""
_KOREAN_ENDINGS = ("다고", "라고", "냐고", "자고")
_KOREAN_SAID_BEFORE = re.compile(r"(?:다고|라고) (?=(?:\S+ ){0,2}\S+[이가은는] $)")
"""What a reported clause ends with before the quoting particle's verb (``…하겠다고 말했다``)."""


def cjk_statements(
    text: str,
    sentences: Sequence[SentenceSpan],
    quotes: Sequence[QuoteSuggestion],
    table: AttributionTable,
    named: Sequence[tuple[str, str, int]] = (),
) -> list[StatementSuggestion]:
    """One statement at most a sentence, in text order; a pronoun reports the last speaker
    or person named with an office before it (``香港特区行政长官李家超16日发表…。他表示，…``)."""
    found: list[StatementSuggestion] = []
    speakers = sorted(
        [
            *((q.start, q.speaker, q.speaker_role) for q in quotes if q.speaker),
            *((at, name, office) for name, office, at in named),
        ]
    )
    offices = {who: office for _, who, office in speakers if who and office}
    for sentence in sentences:
        if any(sentence.start <= q.start < sentence.end for q in quotes) or _holds_speech(
            text[sentence.start : sentence.end], table
        ):
            continue  # a sentence with a quote is the quote's
        read = (
            _lead(text, sentence, table) if table.cues_before else _closing(text, sentence, table)
        )
        if read is None:
            continue
        phrase, cue, start, end = read
        speaker = speaker_of(phrase, table)
        name, role = speaker.name, speaker.role
        if speaker.pronoun:
            earlier = [
                (at, who, office)
                for at, who, office in [
                    *speakers,
                    *((s.start, s.speaker, s.speaker_role) for s in found),
                ]
                if at < sentence.start
            ]
            if not earlier:
                continue
            _, name, role = max(earlier, key=lambda item: item[0])
        if not name:
            continue
        role = role or offices.get(name)
        if role:
            offices.setdefault(name, role)
        found.append(StatementSuggestion(name, text[start:end], start, end, cue, role))
    return found


_QUOTED = re.compile(r"“([^“”]*)”|「([^「」]*)」|『([^『』]*)』|\"([^\"]*)\"")


def _holds_speech(body: str, table: AttributionTable) -> bool:
    """Whether a sentence holds a quote mark other than around a name or a term
    (``让市民“推窗见绿、出门见园”``, ``「ニンテンドースイッチ」の販売台数``): its reported speech
    would be the quote's. Short speech without punctuation (「最高の気分です」) is a quote
    the caller already knows."""
    rest = body
    for m in _QUOTED.finditer(body):
        if looks_spoken(next(g for g in m.groups() if g is not None)):
            return True
        rest = rest.replace(m.group(), "")
    return any(mark in rest for mark in QUOTE_MARKS)


def _lead(
    text: str, sentence: SentenceSpan, table: AttributionTable
) -> tuple[str, str, int, int] | None:
    """Chinese: the first verb of the sentence followed by a comma or a colon, its speaker
    before it, what was said after it."""
    for i in range(sentence.start, sentence.end):
        cue = next((c for c in table.cues_before if text.startswith(c, i)), None)
        if cue is None:
            continue
        link = i + len(cue)
        if text[link : link + 1] not in table.links_before_quote or not text[link : link + 1]:
            continue
        start = clause_start(text, i, sentence.start, table.clause_breaks)
        if any(text.endswith(w, start, i) for w in table.not_speech_before):
            return None  # "对…来说", "比如说", "听说": a manner of speaking
        phrase = cut_at_stops(text[start:i], table)
        if not plausible_speaker(phrase, table):
            return None
        content_start = link + 1
        content_end = sentence.end
        while content_end > content_start and text[content_end - 1] in _ENDS:
            content_end -= 1
        if not phrase or content_end - content_start < _MIN_CONTENT:
            return None
        return phrase, cue, content_start, content_end
    return None


def _closing(
    text: str, sentence: SentenceSpan, table: AttributionTable
) -> tuple[str, str, int, int] | None:
    """Japanese and Korean: the quoting particle and a verb near the sentence's end, its
    topic the speaker, what stands between the topic and the particle what was said."""
    body = text[sentence.start : sentence.end]
    stance = _stance(body, table)
    if stance is not None:
        who, shown, begins, ends = stance
        return who, shown, sentence.start + begins, sentence.start + ends
    for k in range(len(body) - 1, 0, -1):
        cue = next((c for c in table.cues_after if body.startswith(c, k)), None)
        if cue is None or cue.startswith(_SAYING):
            continue  # "からと言って", "と言う方": so-called, not reported speech
        particle_end = k - 1 if table.spaced and body[k - 1 : k] == " " else k
        if table.spaced:  # "…한다고 25일 밝혔다": when it was said, between
            when = _TRAILING_TIME.search(body, 0, particle_end)
            if when is not None:
                particle_end = when.start()
        link = next((w for w in table.cue_links if body.endswith(w, 0, particle_end)), None)
        if link is None and not table.spaced:
            # "…と市は説明した": the speaker between the particle and the verb
            at = body.rfind("と", max(0, k - _TOPIC_BETWEEN), k)
            if at > 0 and topic(body[at + 1 : k], table):
                particle_end, link = at + 1, "と"
        if link is None and table.spaced:
            # "…돌파했다고 배급사 CJ ENM이 밝혔다": the speaker between the clause and the verb
            said = _KOREAN_SAID_BEFORE.search(body, max(0, k - _TOPIC_BETWEEN * 2), k)
            if said is not None and topic(body[said.end() : k], table):
                particle_end, link = said.end() - 1, "고"
        if link is None:
            continue
        if table.spaced and not body.endswith(_KOREAN_ENDINGS, 0, particle_end):
            continue  # "…고 말했다" after a verb of its own: "…하고 말했다" is no report
        # "…と市は説明した": a topic between the particle and the verb speaks, and what
        # was said runs from the sentence's start
        between = topic(body[particle_end:k], table)
        phrase = between or topic(body[: particle_end - len(link)], table)
        if not phrase:
            return None
        opening = 0 if between else body.find(phrase) + len(phrase) + 1  # past its marker
        end = particle_end - (len(link) if not table.spaced else 1)
        comma = body.find("、", opening, min(end, opening + _LEAD_REACH))
        if comma >= 0:
            opening = comma + 1  # "は記者会見で、…": when and where, then what was said
        while opening < len(body) and body[opening] in "、 ":
            opening += 1
        if table.spaced:  # "24일 …", "이날 …": when it was said, not what
            while (lead := _LEADING_TIME.match(body, opening, end)) is not None:
                opening = lead.end()
        if end - opening < _MIN_CONTENT:
            return None
        return phrase, cue, sentence.start + opening, sentence.start + end
    return None


def _stance(body: str, table: AttributionTable) -> tuple[str, str, int, int] | None:
    """Japanese: a stance shown at the sentence's end (``…引き上げる考えを示した``,
    ``…を続ける方針を明らかにした``: ``stance_endings``), the topic's, what comes before
    the stance's noun what was said."""
    stripped = body.rstrip("。 \n")
    ending = next((e for e in table.stance_endings if stripped.endswith(e)), None)
    if ending is None:
        return None
    end = len(stripped) - len(ending)
    phrase = topic(body[:end], table)
    if not phrase:
        return None
    opening = body.find(phrase) + len(phrase) + 1
    comma = body.rfind("、", opening, end)
    if comma >= 0 and comma - opening < _LEAD_REACH:
        opening = comma + 1
    if end - opening < _MIN_CONTENT:
        return None
    return phrase, ending, opening, end
