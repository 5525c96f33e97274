"""Direct quotes: the words between quotation marks, with who said them.

Marks are paired per paragraph with a small stack, by family: “…” ‘…’ „…“ ‚…‘ «…» »…«
「…」 『…』 ”…” and straight "…" '…'. A mark between two letters is an apostrophe
(``don't``, ``Jum'at``), never a quote. Straight marks open after a space and close before
one. A paragraph left with an open quote continues when the next paragraph opens with a
mark (the news convention for multi-paragraph quotes); each paragraph's piece becomes one
suggestion, all with the same speaker.

Quoted titles and terms are not quotes: ``"Google News"``, a capitalised phrase of up to
seven words, or a term of up to three words not directly followed by its cue, is dropped.

A quote's speaker comes from the cue after it (``“…,” kata X`` / ``“…,” X said``), else
the cue before it (``X mengatakan: “…”``, a partial quote in reported speech), else the
quote next to it in the same paragraph, else the quote closing the previous paragraph
when this paragraph is nothing but a quote. Pronouns resolve in text order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.attribution import (
    Attribution,
    find_cue_after,
    find_cue_before,
    find_later_said,
    find_previous_trailer,
)
from briefing.analysis.quote_cjk import (
    attribution_table,
    cjk_attribution,
    fill_roles,
    looks_spoken,
)
from briefing.analysis.quote_dashes import DASHES, find_dash_quotes
from briefing.analysis.quote_narration import narrated_speaker
from briefing.analysis.quote_subjects import record_subjects
from briefing.analysis.spans import SpanIndex
from briefing.analysis.speakers import SpeakerContext
from briefing.analysis.speech_pointing_back import quote_named_after
from briefing.analysis.suggestions import QuoteSuggestion, SentenceSpan
from briefing.analysis.tokens import has_quote_mark, is_title_like, word_count
from briefing.core.model import Article, Paragraph

_CLOSERS_OF: dict[str, str] = {
    "“": '”“"',
    "„": "“”",
    "‚": "‘’",
    "‘": "’",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    '"': '"”',
    "”": "”",
    "'": "'",
}
_MARKS = frozenset("“”„‚‘’«»‹›「」『』\"'")
_MARK_PATTERN = re.compile("[“”„‚‘’«»‹›「」『』\"']")
_SYMMETRIC = frozenset("\"'”")
_SINGLE = frozenset("'‘’‚")
_GUILLEMETS = frozenset("«»‹›")
_CJK = frozenset("「」『』")
_OPEN_CONTEXT = frozenset("([{—–-/:：，、（")
_MAX_DEPTH = 3
_MIN_UNATTRIBUTED_WORDS = 5
_NOT_AN_OPENING = ").,;:]}"
_TERM_WORDS = 3
_SENTENCE_END = re.compile(r"\w{4,}[.!?]+(?=\s|$)|[!?]")
"""A terminator after a word of four letters or more: ``Mr.``, ``Nov.``, ``U.S.`` do not end one."""
_TERM_CHARS = 12
"""Shorter than this, a quoted span cannot hold more than three words: skip counting."""
_TITLE_WORDS = 7
"""A capitalised phrase up to this long is a title (“Takin’ It To the Streets”)."""
"""Quoted spans this short without their own cue are terms or titles, not speech."""


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    group: int


def find_quoted_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[_Raw]:
    """Every outermost quoted span, paragraph by paragraph, with multi-paragraph groups."""
    found: list[_Raw] = []
    ranges = [(p.start, p.end) for p in paragraphs] or [(0, len(text))]
    carry: str | None = None
    group = -1
    for index, (start, end) in enumerate(ranges):
        continuing = carry is not None and _opens_with(text, start, end, carry)
        carry = None
        first = True
        stack: list[tuple[str, int]] = []
        for mark in _MARK_PATTERN.finditer(text, start, end):
            i = mark.start()
            char = text[i]
            left = text[i - 1] if i > start else " "
            right = text[i + 1] if i + 1 < end else " "
            if char in _SINGLE and left.isalnum() and right.isalnum():
                continue  # an apostrophe: don't, Jum'at
            if stack and _closes(char, stack[-1][0], left, right):
                _, at = stack.pop()
                if not stack:
                    if not (continuing and first):
                        group += 1
                    _add(found, text, at + 1, i, at, i, index, group)
                    first = False
                continue
            if char == "’" or (char == "'" and left.isalnum()):
                continue  # elision or possessive: students’
            if len(stack) < _MAX_DEPTH and _opens(char, left, right):
                stack.append((char, i))
        if stack:
            opener, at = stack[0]
            if index + 1 < len(ranges) and _opens_with(text, *ranges[index + 1], opener):
                if not (continuing and first):
                    group += 1
                _add(found, text, at + 1, end, at, None, index, group)
                carry = opener
    return found


def _opens_with(text: str, start: int, end: int, opener: str) -> bool:
    position = start
    while position < end and text[position].isspace():
        position += 1
    if position >= end:
        return False
    char = text[position]
    return char == opener or (char in _MARKS and char not in "’»”" and opener not in _SINGLE)


def _closes(char: str, opener: str, left: str, right: str) -> bool:
    if char not in _CLOSERS_OF.get(opener, ""):
        return False
    if char in _GUILLEMETS or char in _CJK:
        return True
    # “…,’ ” (a space between nested closers) still closes: the mark cannot open here
    return not left.isspace() or not _opens(char, left, right)


def _opens(char: str, left: str, right: str) -> bool:
    if char not in _CLOSERS_OF:
        return False
    if char in _GUILLEMETS or char in _CJK:
        return True
    if right.isspace():
        return False
    if char in _SYMMETRIC or char in _SINGLE:
        return left.isspace() or left in _OPEN_CONTEXT or left in _MARKS
    return True


def _add(
    found: list[_Raw],
    text: str,
    start: int,
    end: int,
    open_at: int,
    close_at: int | None,
    paragraph: int,
    group: int,
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        found.append(_Raw(start, end, open_at, close_at, paragraph, group))


# --------------------------------------------------------------------------- attribution


@dataclass(slots=True)
class _Attributed:
    raw: _Raw
    attribution: Attribution | None
    speaker: str | None = None
    role: str | None = None
    how: str = ""


def extract_quotes(
    article: Article,
    sentences: Sequence[SentenceSpan],
    *,
    context: SpeakerContext | None = None,
) -> list[QuoteSuggestion]:
    """Direct quotes with speaker, role, cue and a confidence in [0, 1]."""
    text = article.text
    if context is None:
        context = SpeakerContext.build(text, sentences, article.language.code)
    raws = find_quoted_spans(text, article.paragraphs)
    raws = _with_dash_quotes(text, article.paragraphs, context, raws)
    if not raws:
        return []
    items = [_attribute(article, context, raws, k) for k in range(len(raws))]
    _record_subjects(text, context, raws)
    _share_within_groups(items)
    _continue_in_paragraph(items, text, article.paragraphs)
    _resolve_in_order(items, context)
    _share_within_groups(items)
    if attribution_table(article.language.code) is not None:
        for item, role in zip(items, fill_roles([(i.speaker, i.role) for i in items]), strict=True):
            item.role = role
    small = context.table.title_small_words
    verb_final = context.table.verb_final
    quotes = [
        q for q in (_suggestion(item, text, small, verb_final) for item in items) if q is not None
    ]
    if attribution_table(article.language.code) is not None:
        quotes = [q for q in quotes if q.cue or q.speaker or looks_spoken(q.text)]
    return _without_repeats(quotes)


def _with_dash_quotes(
    text: str, paragraphs: Sequence[Paragraph], context: SpeakerContext, raws: list[_Raw]
) -> list[_Raw]:
    """``raws`` and the dialogue-dash quotes (:mod:`quote_dashes`) outside them, in text
    order; each dash quote is a group of its own."""
    dashed = find_dash_quotes(
        text, paragraphs, context.table, [(r.open_at, (r.close_at or r.end) + 1) for r in raws]
    )
    if not dashed:
        return raws
    group = max((r.group for r in raws), default=-1)
    for k, quote in enumerate(dashed, start=group + 1):
        raws.append(_Raw(quote.start, quote.end, quote.open_at, quote.close_at, quote.paragraph, k))
    raws.sort(key=lambda r: r.start)
    return raws


_WORD = re.compile(r"\w+")
_ECHO = 4
"""Words a repeat of the same speaker's quote needs to be an echo ("No," then "No. You
tell me one" is two answers)."""


def _without_repeats(quotes: list[QuoteSuggestion]) -> list[QuoteSuggestion]:
    """Drop a quote whose words recur inside a longer quote that has a speaker, when it
    has none or the same one.

    A pull quote or a sub-heading (``"My fears have been realized"``) repeats words the
    article quotes in full, with their speaker, further on; so does a writer echoing a
    phrase of the speaker's (``Grisham has given "plenty of on-the-record statements"``):
    the full quote is the one to cite, and the repeat would be a second copy in the brief."""
    spoken = [
        (" " + " ".join(_WORD.findall(q.text.lower())) + " ", q.speaker)
        for q in quotes
        if q.speaker
    ]
    if not spoken:
        return quotes
    kept = []
    for quote in quotes:
        found = _WORD.findall(quote.text.lower())
        words = " " + " ".join(found) + " "
        if found and any(
            words in full
            and words != full
            and (quote.speaker is None or (quote.speaker == speaker and len(found) >= _ECHO))
            for full, speaker in spoken
        ):
            continue
        kept.append(quote)
    return kept


def _attribute(
    article: Article, context: SpeakerContext, raws: Sequence[_Raw], k: int
) -> _Attributed:
    raw = raws[k]
    text = article.text
    paragraph = article.paragraphs[raw.paragraph] if article.paragraphs else None
    para_start = paragraph.start if paragraph else 0
    para_end = paragraph.end if paragraph else len(text)
    unspaced = attribution_table(article.language.code)
    if unspaced is not None:  # Chinese, Japanese, Korean: see quote_cjk
        return _Attributed(
            raw, cjk_attribution(text, raw.open_at, raw.close_at, para_start, unspaced)
        )
    next_open = _next_real_open(text, raws, k, para_end)
    previous_close = (
        raws[k - 1].close_at if k > 0 and raws[k - 1].paragraph == raw.paragraph else None
    )
    attribution: Attribution | None = None
    if raw.close_at is not None:
        sentence = context.sentence_at(raw.close_at)
        limit = min(sentence.end if sentence else para_end, next_open, para_end)
        attribution = find_cue_after(context, raw.close_at + 1, limit)
    if attribution is None:
        sentence = context.sentence_at(raw.open_at)
        lead_start = max(sentence.start if sentence else para_start, para_start)
        if previous_close is not None:
            lead_start = max(lead_start, previous_close + 1)
        attribution = find_cue_before(context, lead_start, raw.open_at)
        if (
            attribution is None
            and raw.close_at is not None
            and not text[lead_start : raw.open_at].strip()  # the quote opens its sentence
        ):
            sentence = context.sentence_at(raw.close_at)
            limit = min(sentence.end if sentence else para_end, next_open, para_end)
            attribution = find_later_said(context, raw.close_at + 1, limit)
        if attribution is None and not text[lead_start : raw.open_at].strip():
            attribution = find_previous_trailer(context, lead_start, para_start)
        if attribution is None and raw.open_at == _first_visible(text, para_start, para_end):
            attribution = _lead_from_previous_paragraph(article, context, raw)
    if raw.close_at is not None:  # "«…», ha aggiunto. Lo ha detto il ministro …"
        attribution = quote_named_after(context, raw.close_at, attribution) or attribution
    return _Attributed(raw, attribution)


def _record_subjects(text: str, context: SpeakerContext, raws: Sequence[_Raw]) -> None:
    """Named subjects of cue verbs outside quotes: who "he said" may point back to."""
    record_subjects(
        text,
        context,
        SpanIndex((r.open_at, (r.close_at if r.close_at is not None else r.end) + 1) for r in raws),
    )


def _next_real_open(text: str, raws: Sequence[_Raw], k: int, para_end: int) -> int:
    """Where the next quote of the paragraph opens, skipping quoted terms: the cue after
    ``“…,” the "Pose" actor said`` lies beyond ``"Pose"``."""
    for other in raws[k + 1 :]:
        if other.paragraph != raws[k].paragraph:
            break
        if (
            other.end - other.start > _TERM_CHARS
            and word_count(text[other.start : other.end]) > _TERM_WORDS
        ):
            return other.open_at
    return para_end


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _lead_from_previous_paragraph(
    article: Article, context: SpeakerContext, raw: _Raw
) -> Attribution | None:
    """``Kirby said:`` closing the previous paragraph introduces this one's quote."""
    if raw.paragraph == 0 or not article.paragraphs:
        return None
    previous = article.paragraphs[raw.paragraph - 1]
    body = article.text[previous.start : previous.end].rstrip()
    if body.endswith(":"):
        end = previous.start + len(body) - 1
        sentence = context.sentence_at(end)
        start = sentence.start if sentence else previous.start
        return find_cue_before(context, start, end)
    return _opening_speaker(article, context, raw, previous)


_OPENING_CUE_WORDS = 6
"""How far into the previous paragraph its "X said" may come."""


def _opening_speaker(
    article: Article, context: SpeakerContext, raw: _Raw, previous: Paragraph
) -> Attribution | None:
    """A quote that is a whole paragraph on its own, right after a paragraph that opens
    with a named speaker's reported words (``Erekat said it was …`` / ``Kirby mengatakan
    …``), is that speaker's: the way news carries a speaker into a quote."""
    text = article.text
    if raw.close_at is None or text[raw.close_at + 1 : _paragraph_end(article, raw)].strip(
        " \t.,;"
    ):
        return None  # words after the quote: not a paragraph of quotation alone
    if has_quote_mark(text[previous.start : previous.end]):
        return None  # the previous paragraph quotes someone itself: let its rules speak
    sentence = context.sentence_at(previous.start)
    if sentence is None:
        return None
    found = find_cue_before(context, sentence.start, sentence.end)
    if (
        found is None
        or found.speaker.pronoun
        or found.speaker.descriptor
        or not found.speaker.name
        or len(text[sentence.start : found.cue_start].split()) > _OPENING_CUE_WORDS
    ):
        return None
    return Attribution(found.speaker, found.cue, found.cue_start, "previous paragraph")


def _paragraph_end(article: Article, raw: _Raw) -> int:
    return article.paragraphs[raw.paragraph].end if article.paragraphs else len(article.text)


def _share_within_groups(items: list[_Attributed]) -> None:
    """Every paragraph of one multi-paragraph quote has the same speaker."""
    by_group: dict[int, list[_Attributed]] = {}
    for item in items:
        by_group.setdefault(item.raw.group, []).append(item)
    for members in by_group.values():
        if len(members) < 2:
            continue
        source = next((m for m in members if m.attribution is not None), None)
        if source is None:
            continue
        for member in members:
            if member.attribution is None:
                member.attribution = source.attribution
                member.how = "continued"
            if member.speaker is None and source.speaker is not None:
                member.speaker, member.role = source.speaker, source.role


def _whole_paragraph(text: str, item: _Attributed, paragraphs: Sequence[Paragraph]) -> bool:
    if not paragraphs or item.raw.close_at is None:
        return False
    paragraph = paragraphs[item.raw.paragraph]
    body = text[paragraph.start : paragraph.end].strip()
    return len(body) - (item.raw.end - item.raw.start) <= 3


def _continue_in_paragraph(
    items: list[_Attributed], text: str, paragraphs: Sequence[Paragraph] = ()
) -> None:
    """A quote with no cue next to another quote of the same paragraph shares its speaker."""
    for k, item in enumerate(items):
        if item.attribution is not None:
            continue
        before = items[k - 1] if k > 0 else None
        after = items[k + 1] if k + 1 < len(items) else None
        if (
            before is not None
            and before.raw.paragraph == item.raw.paragraph
            and before.attribution is not None
            and _adjacent(text, before, item)
        ):
            item.attribution = before.attribution
            item.how = "continued"
            continue
        if (
            before is not None
            and before.raw.paragraph == item.raw.paragraph
            and before.attribution is not None
            and _later_in_paragraph(text, before, item)
        ):
            item.attribution = before.attribution  # "“…,” said X. He learned …. “…”"
            item.how = "paragraph"
            continue
        if (
            before is not None
            and before.raw.paragraph == item.raw.paragraph - 1
            and before.attribution is not None
            and _whole_paragraph(text, item, paragraphs)
        ):
            item.attribution = before.attribution  # a quoted paragraph right after a quote
            item.how = "continued"
            continue
        if after is not None and after.raw.paragraph == item.raw.paragraph:
            gap = text[(item.raw.close_at or item.raw.end) + 1 : after.raw.open_at]
            if after.attribution is not None and not gap.strip(" ,.;:—–-"):
                item.attribution = after.attribution
                item.how = "continued"
        elif (
            after is not None
            and after.raw.paragraph == item.raw.paragraph + 1
            and after.attribution is not None
            and _whole_paragraph(text, item, paragraphs)
            and not text[paragraphs[after.raw.paragraph].start : after.raw.open_at].strip()
        ):
            # a paragraph that is only a quote, then a quote opening the next paragraph
            # with its attribution ("“…” / “…,” ujar Menpora"): one speaker, two paragraphs
            item.attribution = after.attribution
            item.how = "next paragraph"


def _adjacent(text: str, before: _Attributed, item: _Attributed) -> bool:
    """Only the previous quote's own attribution stands between the two quotes: the gap
    ends at most one sentence (abbreviations like ``Mr.`` or ``Nov.`` aside)."""
    if before.raw.close_at is None:
        return False
    gap = text[before.raw.close_at + 1 : item.raw.open_at]
    return len(_SENTENCE_END.findall(gap)) <= 1 and len(gap) < 160


_PARAGRAPH_GAP = 400
"""Characters of narration a paragraph may hold between a speaker's quote and the next."""


def _later_in_paragraph(text: str, before: _Attributed, item: _Attributed) -> bool:
    """A quote that opens its own sentence later in the paragraph of an attributed quote,
    with up to three sentences of narration and no other quotation between: the news
    convention keeps one speaker to a paragraph (``“…,” said Joseph Minga, a friend…. He
    learned around 75 to 100 people view his profile a week. “…”``)."""
    if before.raw.close_at is None:
        return False
    gap = text[before.raw.close_at + 1 : item.raw.open_at]
    if len(gap) > _PARAGRAPH_GAP or has_quote_mark(gap) or len(_SENTENCE_END.findall(gap)) > 3:
        return False
    return gap.rstrip().endswith((".", "!", "?", ":"))  # the quote opens a sentence


def _resolve_in_order(items: list[_Attributed], context: SpeakerContext) -> None:
    for item in items:
        attribution = item.attribution
        if attribution is None:
            name = narrated_speaker(context, item.raw.open_at)
            if name:  # "Aderholt returned to the issue later in the hearing. “…”"
                item.speaker, item.role, item.how = name, context.role_for(name), "narration"
            continue
        if not item.how:
            item.how = attribution.how
        position = item.raw.open_at
        if item.how == "continued":
            source = _source_of(items, item)
            if source is not None and source.speaker is not None:
                item.speaker, item.role = source.speaker, source.role
                continue
        name, role = context.resolve(attribution.speaker, position)
        item.speaker, item.role = name, role
        if name and not attribution.speaker.descriptor:
            context.record(position, name)


def _source_of(items: Sequence[_Attributed], item: _Attributed) -> _Attributed | None:
    for other in items:
        if other is not item and other.attribution is item.attribution and other.how != "continued":
            return other
    return None


def _suggestion(
    item: _Attributed, text: str, small: frozenset[str] = frozenset(), verb_final: bool = False
) -> QuoteSuggestion | None:
    raw = item.raw
    quoted = text[raw.start : raw.end]
    words = word_count(quoted)
    attributed = item.attribution is not None or item.how == "narration"
    if words == 0 or quoted[0] in _NOT_AN_OPENING:
        return None  # ", 10-Romelu Lukaku, 11-…": marks paired across list punctuation
    if not attributed and (words < _MIN_UNATTRIBUTED_WORDS or is_title_like(quoted, small)):
        return None
    if words <= _TERM_WORDS and not _spoken_short(item, text, verb_final):
        return None  # "Google News", a quoted term: a name or a word, not speech
    if words <= _TITLE_WORDS and is_title_like(quoted, small) and words > _TERM_WORDS:
        return None  # "Google News", Kirby menyebut "Operasi Khusus": a name, not speech
    cue = item.attribution.cue if item.attribution and item.how != "continued" else None
    confidence = _confidence(item, words)
    return QuoteSuggestion(
        text=quoted,
        start=raw.start,
        end=raw.end,
        speaker=item.speaker,
        speaker_role=item.role,
        cue=cue,
        confidence=confidence,
    )


def _spoken_short(item: _Attributed, text: str, verb_final: bool = False) -> bool:
    """``“No,” he said`` and ``“Kami tetap waspada,” ujarnya`` are speech; ``the "Pose"
    actor said`` names a show. ``verb_final``: ``Fidan, "Hazırız" dedi.`` is speech too,
    its speaker and a comma before it, its cue alone after it."""
    if item.how == "particle":
        return True  # 「…」と述べた, "…"라고 말했다: a quoting particle and a speech verb
    if item.how not in ("after", "pronoun") or item.raw.close_at is None:
        return False
    if text[item.raw.close_at] in DASHES:
        return True  # "—Hoy —dijo el ministro— es …": a dialogue dash closes speech
    if item.how == "pronoun" or text[item.raw.start : item.raw.start + 1].isupper():
        # "Program itu dinamai “Indonesia Emas,” ujarnya", "підписав закон «Про освіту»,
        # повідомили …": a name inside the sentence
        line_start = text.rfind("\n", 0, item.raw.open_at) + 1
        lead = text[line_start : item.raw.open_at].rstrip()
        if verb_final and item.how == "pronoun" and lead.endswith(","):
            return True
        if lead and not lead.endswith((".", "!", "?", ":", "…", "—", "–", "-")):
            return False
    after = text[item.raw.close_at + 1 : item.raw.close_at + 2]
    dash = text[item.raw.close_at + 1 : item.raw.close_at + 4].lstrip()[:1]
    return (
        text[item.raw.end - 1] in ",.!?…，。！？"
        or after in (",", "，")
        or dash in ("–", "—")  # „Nie” – powiedział: a dash, not a comma, before the cue
    )


_BASE_CONFIDENCE = {
    "after": 0.95,
    "particle": 0.95,
    "pronoun": 0.85,
    "lead": 0.8,
    "continued": 0.8,
    "next paragraph": 0.6,
    "next sentence": 0.85,
}


def _confidence(item: _Attributed, words: int) -> float:
    if item.attribution is None:
        return 0.6 if item.how == "narration" and item.speaker else 0.35
    score = _BASE_CONFIDENCE.get(item.how, 0.7)
    if item.speaker is None:
        score -= 0.3
    elif item.attribution.speaker.descriptor:
        score -= 0.1
    if words < 3:
        score -= 0.15
    if item.raw.close_at is None:
        score -= 0.05
    return round(min(1.0, max(0.0, score)), 2)


def quote_at(quotes: Sequence[QuoteSuggestion], start: int, end: int) -> QuoteSuggestion | None:
    """The detected quote that a selection ``start:end`` covers (marks included or not)."""
    starts = [q.start for q in quotes]
    index = bisect.bisect_right(starts, end) - 1
    while index >= 0:
        quote = quotes[index]
        if quote.start <= end and quote.end >= start:
            overlap = min(quote.end, end) - max(quote.start, start)
            if overlap >= 0.6 * (quote.end - quote.start):
                return quote
        index -= 1
        if index >= 0 and quotes[index].end < start:
            break
    return None
