"""Reported speech: ``X mengatakan (bahwa) …``, ``X said (that) …``, ``menurut X, …``.

Analysts cite what officials *said* even when the article paraphrases it, so each
statement carries its speaker (resolved to the full name like quotes), the cue and the
span of the reported content. A cue inside a direct quote, or one that only introduces
a direct quote (``Kirby mengatakan: “…”``), is left to :mod:`quotes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.numbers import figure_words
from briefing.analysis.quote_cjk import attribution_table
from briefing.analysis.spans import SpanIndex
from briefing.analysis.speaker_backward import parse_backward
from briefing.analysis.speaker_phrases import SpeakerPhrase, parse_forward
from briefing.analysis.speaker_subjects import appositive_subject, opinion_holder
from briefing.analysis.speaker_trims import located_body
from briefing.analysis.speakers import CueMatch, SpeakerContext
from briefing.analysis.speech_pointing_back import claim_named_after
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.statement_according import according_to
from briefing.analysis.statement_cjk import cjk_statements
from briefing.analysis.statement_parts import (
    CLAUSE_END,
    MIN_WORDS,
    SENTENCE_CLOSE,
    SHORT_APPOSITIVE,
    statement,
    trim,
)
from briefing.analysis.statement_sources import (
    group_source,
)
from briefing.analysis.statement_verb_final import verb_final
from briefing.analysis.suggestions import QuoteSuggestion, SentenceSpan, StatementSuggestion
from briefing.analysis.tokens import QUOTE_MARKS, has_quote_mark, tokenize, word_count
from briefing.core.model import Article

_COMPLEMENT_REACH = 90
"""How far after the cue ``bahwa``/``that`` may come (``mengatakan kepada CNN bahwa``)."""


def extract_statements(
    article: Article,
    sentences: Sequence[SentenceSpan],
    quotes: Sequence[QuoteSuggestion],
    *,
    context: SpeakerContext | None = None,
    named: Sequence[tuple[str, str, int]] = (),
) -> list[StatementSuggestion]:
    """Indirect speech with speaker, cue and the span of what was reported. ``named``: the
    people Chinese, Japanese and Korean text names with their office (``people_cjk``), whom
    a pronoun may report."""
    text = article.text
    unspaced = attribution_table(article.language.code)
    if unspaced is not None:  # Chinese, Japanese, Korean: see statement_cjk
        return cjk_statements(text, sentences, quotes, unspaced, named)
    if context is None:
        context = SpeakerContext.build(text, sentences, article.language.code)
    quote_spans = SpanIndex([(q.start - 1, q.end + 1) for q in quotes])
    found: list[StatementSuggestion] = []
    done: set[int] = set()  # sentences that already gave a statement: the first cue governs
    # "X mengatakan …" first, then "menurut X, …": the first cue in a sentence governs.
    for table, read in (("statement_cues", _reported), ("according_to", according_to)):
        for cue in context.cues(table):
            sentence = context.sentence_at(cue.start())
            if sentence is None or sentence.start in done or quote_spans.inside(cue.start()):
                continue
            statement = read(article, context, sentence, cue, quote_spans)
            if statement is not None:
                found.append(statement)
                done.add(sentence.start)
    # "…, kata X." / "…, said X." / "…, X said." / "…, katanya.": the attribution last
    for sentence in context.sentences:
        if sentence.start in done or quote_spans.inside(sentence.start):
            continue
        statement = _trailing(article, context, sentence, quote_spans) or _opinion(
            article, context, sentence, quote_spans
        )
        if statement is not None:
            found.append(statement)
            done.add(sentence.start)
    # "Il governo taglierà le tasse. Lo ha annunciato la premier …": the sentence after
    for sentence in context.sentences if context.table.pointing_back_openers else ():
        if sentence.start not in done and not quote_spans.overlaps(sentence.start, sentence.end):
            statement = _claim_named_after(context, sentence)
            if statement is not None:
                found.append(statement)
                done.add(sentence.start)
    found.sort(key=lambda s: s.start)
    return found


def _claim_named_after(
    context: SpeakerContext, sentence: SentenceSpan
) -> StatementSuggestion | None:
    named = claim_named_after(context, sentence)
    if named is None:
        return None
    text = context.text
    start, end = trim(text, sentence.start, sentence.end)
    if start >= end or has_quote_mark(text[start:end]) or word_count(text[start:end]) < MIN_WORDS:
        return None
    speaker, role, cue = named
    return statement(text, start, end, speaker, role, cue)


_TRAILER_WORDS = 10
"""Words an attribution after the last comma may have (``kata Menteri ESDM Bahlil``)."""
_TRAILER_CHARS = 120
"""How far before the last comma a cue is looked for (the attribution's own commas)."""
_WORD_EDGES = ",.;:!?\"'“”‘’()[]"


def _trailing(
    article: Article,
    context: SpeakerContext,
    sentence: SentenceSpan,
    quote_spans: SpanIndex,
) -> StatementSuggestion | None:
    """Reported speech whose attribution closes the sentence after a comma: ``Harga BBM
    akan naik bulan depan, kata Menteri ESDM Bahlil Lahadalia.``, ``…, said X, a
    portfolio manager.``, ``…, X said.``, ``…, tuturnya.`` The content is all before
    the comma; a sentence with a quote mark is the quotes' business."""
    text = article.text
    whole = text[sentence.start : sentence.end]
    last = whole.rfind(",")
    if last <= 0 or has_quote_mark(whole):
        return None
    tail_from = sentence.start + max(0, last - _TRAILER_CHARS)
    cue_words = context.table.attribution_words
    if not any(
        w.strip(_WORD_EDGES) in cue_words for w in text[tail_from : sentence.end].lower().split()
    ):
        return None  # no cue near the end: most sentences stop here, untokenised
    end = _before_time(context, sentence.start, sentence.end)  # "…, kata X, Senin."
    body = text[sentence.start : end]
    comma = body.rfind(",")
    for _ in range(3):  # the attribution may hold a comma itself: "…, said X, a manager."
        if comma <= 0:
            return None
        at = sentence.start + comma + 1
        tail = text[at:end].strip(SENTENCE_CLOSE)
        # the attribution up to its own appositive ("said X, a European Space Agency
        # research fellow": _closes bounds the appositive)
        if tail and len(tail.split(",", 1)[0].split()) <= _TRAILER_WORDS:
            found = _attribution_at(context, at, end)
            if found is not None and _named_subject(
                text[sentence.start : sentence.start + comma], context.table
            ):
                return None  # "Rosa Martínez, vecina de Zaragoza, denunció el mal estado …"
            if found is not None:
                phrase, cue = found
                first, last = trim(text, sentence.start, sentence.start + comma)
                if (
                    first < last
                    and word_count(text[first:last]) >= MIN_WORDS
                    and not quote_spans.overlaps(first, last)
                    and _closes(context, phrase, text[at:end], cue.end() - at)
                    and not _appositive_closes(context, sentence.start, sentence.start + comma)
                ):
                    speaker, role = _trailing_speaker(context, phrase, cue, sentence.start)
                    if speaker:
                        return statement(text, first, last, speaker, role, cue)
                return None
        comma = body.rfind(",", 0, comma)
    return None


_NAMED_SUBJECT = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){1,3}, [^,.;:]{1,60}")


def _named_subject(before: str, table: SpeechTable) -> bool:
    """Whether what comes before a sentence's last comma is a name and its appositive
    (``Rosa Martínez, vecina de Zaragoza``): the sentence's subject, whose verb follows
    (``…, denunció el mal estado de su edificio``), not reported content (``Pour Marie
    Curie, le prix Nobel fut une consécration``: a preposition opens it)."""
    m = _NAMED_SUBJECT.fullmatch(before.strip())
    if m is None:
        return False
    name = before.split(",", 1)[0].split()
    first = name[0].lower()
    if (
        first in table.prepositions
        or first in table.opinion_openers
        or first in table.stop_words
        or first in table.determiners
    ):
        return False
    return all(w[:1].isupper() for w in name)


def _appositive_closes(context: SpeakerContext, start: int, comma: int) -> bool:
    """Whether the comma at ``comma`` closes a title's holder that opens the sentence
    (``Der Vorsitzende der Gewerkschaft Verdi, Frank Werneke, kritisierte die Pläne.``):
    what follows is that person's verb, not an attribution closing reported speech."""
    name = appositive_subject(context, start, comma + 1)
    return name is not None and context.text[:comma].rstrip().endswith(name)


_APPOSITIVE_WORDS = 6
"""Words of a description between commas after a name (``, son adjoint,``)."""
_LONG_APPOSITIVE_WORDS = 14
"""Words of a description after a closing speaker that opens with an article (``a senior
fellow at the Peterson Institute for International Economics``)."""
_ADDRESSEE_WORDS = 3
"""Words of whom a closing ``told`` was told (``she told reporters``, ``told the AP``)."""


def _addressee_only(cue: str, words: Sequence[str], table: SpeechTable) -> bool:
    """Whether ``words`` after a closing ``told`` only say whom it was told (``she told
    reporters.``)."""
    return cue.lower() in table.needs_complement and len(words) <= _ADDRESSEE_WORDS


def _trailing_speaker(
    context: SpeakerContext, phrase: SpeakerPhrase, cue: CueMatch | re.Match[str], start: int
) -> tuple[str | None, str | None]:
    """Who a trailing attribution names. "…, katanya." points back past its own sentence
    (whose names are what was said about, not who said it); a named speaker is recorded
    for the next "ujarnya"."""
    if phrase.pronoun:
        name = context.previous_speaker(start)
        return (name, context.role_for(name)) if name else (None, None)
    speaker, role = context.resolve(phrase, cue.start())
    if speaker and not phrase.descriptor:
        context.record(cue.start(), speaker)
    return speaker, role


def _before_time(context: SpeakerContext, start: int, end: int) -> int:
    """Where a time that closes the sentence begins (``…, Senin.``, ``said on Monday.``,
    ``kata X, Jumat (23/6).``), or ``end``: when X spoke is not part of who spoke."""
    times = context.table.time_any
    tokens = context.index.between(start, end)
    k = len(tokens)
    cut = end
    while k > 0:
        token = tokens[k - 1]
        if not token.is_word and token.text in ".!?…)(/,":
            k -= 1
            continue
        if token.lower in times or (token.text.isdigit() and k < len(tokens)):
            k -= 1
            cut = token.start
            continue
        break
    return cut if cut < end and k > 0 else end


def _closes(context: SpeakerContext, phrase: SpeakerPhrase, tail: str, cue_end: int) -> bool:
    """Whether the attribution ends the sentence: after the name only a short appositive
    (``a portfolio manager``), a time (``Senin``, ``on Monday``), a place (``di
    Jakarta``, ``kepada wartawan``) or how it was said (``citing the commission``) may follow, not more of what was said (``Jika
    penyadapan dihilangkan, kata Febri, maka …``)."""
    table = context.table
    if phrase.name is None:  # "…, katanya." / "…, kata dia, …"
        words = tail[cue_end:].strip(SENTENCE_CLOSE + ",;").split()
        if any(w.lower().strip(_WORD_EDGES) in table.plural_pronouns for w in words[:1]):
            return False  # "kata mereka": a group, no one speaker
        if words and words[0].lower().strip(_WORD_EDGES) in table.pronouns:
            words = words[1:]
        if not words:
            return True
        after = " ".join(words).strip(SENTENCE_CLOSE + ",;")
    else:
        at = tail.find(phrase.name)
        if at >= 0 and tail[at + len(phrase.name) : at + len(phrase.name) + 1].isalnum():
            at = -1  # "Росстат" inside "в Росстате"
        if at < 0:  # "…, сообщили в пресс-службе компании.": named in another case
            return located_body(tokenize(tail, cue_end), table) is not None
        after = tail[max(at + len(phrase.name), cue_end) :].strip(SENTENCE_CLOSE + ",;")
    if not after:
        return True
    words = after.split()
    cue = tail[:cue_end].split()[-1] if tail[:cue_end].split() else ""
    if _addressee_only(cue, words, table):
        return True  # "…, she told reporters."
    first = words[0].lower().strip(",")
    if (
        phrase.name is not None
        and first in table.relatives
        and not table.complementizer.fullmatch(first)
    ):
        return True  # "…, said X, who heads the union, a group that …": about X
    if first in table.indefinite_determiners or first in table.definite_articles:
        return len(words) <= _LONG_APPOSITIVE_WORDS  # "…, said X, a senior fellow at …"
    return len(words) <= _APPOSITIVE_WORDS and (
        first in table.determiners
        or first.rstrip(".") in table.role_words
        or first in table.time_words
        or first in table.time_modifiers
        or first in table.prepositions
        or (bool(table.participle_suffixes) and first.endswith(table.participle_suffixes))
    )


def _attribution_at(
    context: SpeakerContext, at: int, end: int
) -> tuple[SpeakerPhrase, re.Match[str]] | None:
    """The speaker phrase and cue that make up ``text[at:end]``, if they do."""
    text, table = context.text, context.table
    position = at
    while position < end and text[position].isspace():
        position += 1
    opener = table.attribution_openers.match(text, position, end)
    if opener is not None:  # "…, wie die Polizei mitteilte.", "…, as police said."
        position = opener.end()
    if not text[position : position + 1].islower() and not table.speaker_then_cue.search(
        text, position, end
    ):
        return None  # "Kamu Sadar, Aku Punya Alasan": a cue word starts a title, not speech
    pronoun = table.pronoun_cues.match(text, position, end)
    if pronoun and not text[pronoun.end() : end].strip(SENTENCE_CLOSE):
        return SpeakerPhrase(None, pronoun=True), pronoun  # "…, katanya."
    cue = table.cue_then_speaker.match(text, position, end)
    if cue:
        phrase = parse_forward(text, cue.end(), end, table, context.index)
        return (phrase, cue) if phrase is not None else None
    for later in table.speaker_then_cue.finditer(text, position, end):
        rest = text[later.end() : end].strip(SENTENCE_CLOSE).split()
        if rest and not _addressee_only(later.group(), rest, table):
            continue  # "…, X said." only: the cue closes the sentence ("…, she told reporters.")
        phrase = parse_backward(text, position, later.start(), table, context.index)
        if phrase is not None:
            return phrase, later
        group = group_source(text, position, later.start(), table)
        if group is not None:
            return SpeakerPhrase(group, descriptor=True), later  # "…, police said."
    return None


def _reported(
    article: Article,
    context: SpeakerContext,
    sentence: SentenceSpan,
    cue: CueMatch,
    quote_spans: SpanIndex,
) -> StatementSuggestion | None:
    text = article.text
    if context.table.verb_final:
        return verb_final(context, sentence, cue, quote_spans)
    if (
        context.table.capitalised_nouns
        and text[sentence.start : cue.start()].rstrip().endswith(",")
        and not text[cue.end() : sentence.end].lstrip().startswith(",")  # "X, …, sagte, …"
    ):
        # "Die Sitzung dauerte 8 Stunden, sagte Sprecherin Eva Lang.": after a comma the cue
        # closes the sentence and its speaker follows (_trailing reads it); in German a
        # capitalised noun before the comma is no subject
        return None
    if cue.group().lower() in context.table.assessment_cues:
        before = context.index.between(sentence.start, cue.start())
        if before and before[-1].lower in context.table.intent_words:
            return None  # "Juri akan menilai penampilan peserta": to assess, not to say
    phrase = context.subject_before(sentence.start, cue.start()) or _shared_subject(
        context, sentence, cue
    )
    if phrase is None or (phrase.pronoun and _plural_pronoun_before(context, cue.start())):
        return None  # "They say …": a group, not the last one named who spoke
    speaker, role = context.resolve(phrase, cue.start())
    if not speaker or speaker.lower() in context.table.determiners:
        return None  # "an overwhelming 70 percent of Americans say": no one named
    start = cue.end()
    complement = context.table.complementizer.search(
        text, start, min(sentence.end, start + _COMPLEMENT_REACH)
    )
    clause = -1  # a comma opening another speaker's clause before the "that"
    if complement is not None:
        comma = text.find(",", start, complement.start())
        if _another_clause(context, comma, complement.start()):
            clause = comma  # "says at least 1.7 million …, and aid agencies warn that …"
    if complement is not None and (
        has_quote_mark(text[start : complement.start()])
        or any(
            t.lower in context.table.pronouns
            for t in context.index.between(start, complement.start())
        )
        or clause >= 0
    ):
        complement = None  # "said he was surprised that …": the content starts at "he"
    if complement is not None:
        start = complement.end()
    elif cue.group().lower() in context.table.needs_complement:
        return None  # "told the committee …", "testified before …": no reported content
    start, end = trim(text, start, clause if clause > start else sentence.end)
    if start >= end or text[start] in QUOTE_MARKS:
        return None  # introduces a direct quote
    cut = context.table.content_breaks.search(text, start, end)
    if cut is not None:
        start, end = trim(text, start, cut.start())  # "…, while the Arab League …"
    if complement is None:
        start = _after_time(context, start, end)  # "said Tuesday night the talks …"
    first = context.index.between(start, min(end, start + 30))
    if first and complement is None:
        opener = first[0]
        if opener.lower in context.table.prepositions and not _opens_with_qualifier(
            text, start, article.language.code
        ):
            return None  # "said in his opening statement": where, not what ("says at least
            # 1.7 million people …" is what)
        if opener.lower in context.table.object_pronouns:
            return None  # "explained them to me": whom, not what
        if (
            context.table.participle_suffixes
            and opener.text.islower()
            and opener.lower.endswith(context.table.participle_suffixes)
            and "," in text[cue.end() : opener.start]
        ):
            return None  # "the news agency said, citing the …": how, not what
        if cue.group().lower() in context.table.quantity_cues and (
            opener.text[0].isdigit()
            or opener.lower in context.table.quantity_openers
            or opener.lower in figure_words(article.language.code).number_words
        ):
            return None  # "added 25 points", "the stock added more than 2%": no speech
    if quote_spans.overlaps(start, end) or word_count(text[start:end]) < MIN_WORDS:
        return None
    last_comma = text.rfind(",", start, end)
    if last_comma > start and _attribution_at(context, last_comma + 1, sentence.end):
        # "Sondland said he had relayed …, Morrison testified": what was said ends at the
        # comma where who reported it begins
        start, end = trim(text, start, last_comma)
        if word_count(text[start:end]) < MIN_WORDS:
            return None
    if not phrase.descriptor and not phrase.pronoun:
        context.record(cue.start(), speaker)
    return statement(text, start, end, speaker, role, cue)


def _plural_pronoun_before(context: SpeakerContext, cue: int) -> bool:
    """Whether the word right before the cue at ``cue`` is a plural pronoun (``they``)."""
    before = context.index.between(max(0, cue - 12), cue)
    return bool(before) and before[-1].lower in context.table.plural_pronouns


def _shared_subject(
    context: SpeakerContext, sentence: SentenceSpan, cue: CueMatch
) -> SpeakerPhrase | None:
    """``El ministro, Federico Almirón, atribuyó el repunte … y aseguró que …``, ``X welcomed
    the vote and said that …``: a cue right after a conjunction shares the subject of its
    sentence's first verb, when a person opens the sentence."""
    before = context.index.between(sentence.start, cue.start())
    if len(before) < MIN_WORDS or before[-1].lower not in context.table.conjunctions:
        return None
    name = context.subject_of(sentence)
    if name is None or context.text.find(name, sentence.start, before[-1].start) < 0:
        return None
    return SpeakerPhrase(name, context.role_for(name))


def _opinion(
    article: Article, context: SpeakerContext, sentence: SentenceSpan, quote_spans: SpanIndex
) -> StatementSuggestion | None:
    """``Pour Hélène Garnier, politologue au Cevipof, l'issue du vote ne fait guère de
    doute``, ``Para a enfermeira Sofia Almeida, …, o cansaço é evidente``: the view of the
    person the sentence opens with (:func:`~briefing.analysis.speaker_subjects.opinion_holder`),
    the content after the comma that closes their name or its appositive."""
    found = opinion_holder(context, sentence)
    if found is None:
        return None
    name, comma, described = found
    text = article.text
    for _ in range(_OPINION_APPOSITIVES):  # past "politologue au Cevipof,", "em Almada,"
        clause = CLAUSE_END.search(text, comma + 1, sentence.end)
        if clause is None or not _appositive_after(context, comma + 1, clause.start()):
            break
        comma, described = clause.start(), True
    if not described:
        return None  # "Pour Louis Vuitton, la Chine reste un marché clé": a brand's situation
    start, end = trim(text, comma + 1, sentence.end)
    if start >= end or quote_spans.overlaps(start, end) or word_count(text[start:end]) < MIN_WORDS:
        return None
    opener = _FIRST_WORD.search(text, sentence.start, sentence.end)  # "Pour": the cue
    if opener is None:
        return None
    speaker, role = context.resolve(SpeakerPhrase(name), opener.start())
    return statement(text, start, end, speaker, role, opener) if speaker else None


_FIRST_WORD = re.compile(r"[^\W\d_]+")


_RELATIVE_WORDS = 14
"""Words of a relative clause about an opinion's holder between commas."""
_OPINION_APPOSITIVES = 2
"""Clauses between commas that may describe an opinion's holder (``do Hospital Garcia de
Orta, em Almada,``)."""


def _appositive_after(context: SpeakerContext, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` between a name and a comma describes that person
    (``politologue au Cevipof``, ``do Hospital Garcia de Orta``): a few words that open
    with a role or a preposition, no verb of a clause of its own."""
    words = context.text[start:end].split()
    table = context.table
    if words and words[0].lower() in table.relatives:
        return len(words) <= _RELATIVE_WORDS  # "who has lived in the town for 40 years"
    if not words or len(words) > _APPOSITIVE_WORDS:
        return False
    first = words[0].lower()
    return (
        (len(words) <= SHORT_APPOSITIVE and words[0].islower())  # "politologue au Cevipof"
        or (table.capitalised_nouns and len(words) <= SHORT_APPOSITIVE)  # "Kapitän des Vereins"
        or first in table.role_words
        or first in table.prepositions
        or first in table.connectors
        or first in table.person_nouns
        or first in table.determiners
        or first in table.located_prepositions
    )


def _after_time(context: SpeakerContext, start: int, end: int) -> int:
    """Where the reported content starts after a time right behind the cue (``said
    Tuesday night``, ``said on Monday,``, ``said last week``); ``start`` when none does,
    or when the time words belong to the content (``said last year's budget …``, ``said
    next year would be hard``)."""
    table = context.table
    tokens = context.index.between(start, end)
    i = table.time_run(tokens)
    if i == 0 or i >= len(tokens) or not tokens[i].is_word:
        return start  # nothing after the time, or a possessive ("last year's")
    if tokens[i].lower in table.auxiliaries:
        return start  # "said next year would be hard": the time is what is spoken of
    return tokens[i].start


def _another_clause(context: SpeakerContext, comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` (-1: none) before ``end`` opens another clause, by
    a conjunction or a cue word: the ``that`` after it is another speaker's (``says …, and
    aid agencies warn that …``)."""
    table = context.table
    after = context.index.between(comma + 1, end) if comma >= 0 else []
    return bool(after) and (
        after[0].lower in table.conjunctions or any(t.lower in table.cue_words for t in after)
    )


def _opens_with_qualifier(text: str, start: int, language: str | None) -> bool:
    """Whether ``text[start:]`` opens with a figure's qualifier (``at least``, ``more
    than``), a preposition that begins a count rather than a place."""
    head = text[start : start + _QUALIFIER_CHARS].lower()
    return any(
        head.startswith(q + " ") for q in figure_words(language).qualifiers_lower if " " in q
    )


_QUALIFIER_CHARS = 40
