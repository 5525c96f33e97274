"""Who said it: speaker phrases around speech cues, full names and roles.

News attributes speech in a handful of shapes, in every language we read:
``“…,” kata Juru Bicara X, John Kirby`` (cue, then speaker), ``“…,” Kirby said``
(speaker, then cue), ``Kirby mengatakan: “…”`` / ``Kirby menambahkan bahwa … “…”``
(lead-in), ``“…,” tuturnya`` / ``he said`` (pronoun: the previous speaker) and ``menurut
X`` / ``according to X``. The cue words, pronouns, titles and function words come from
``data/<lang>/speech.json``; the code only knows the shapes.

A :class:`SpeakerContext` is built once per article: it knows every full name that
appears (so ``kata Austin`` becomes Lloyd Austin), the role an appositive gives a name
(``Menteri Pertahanan AS, Lloyd Austin``) and who spoke last before a position.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from briefing.analysis.languages import load_table
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import Token, TokenIndex, tokenize

_NEVER = re.compile(r"(?!x)x")
_MAX_RUN = 12
_MAX_NAME = 4
_MAX_DESCRIPTOR = 9
_WINDOW = 220
"""Characters read either side of a cue; speaker phrases are short."""
_ROLE_WINDOW = 120
_ROLE_OCCURRENCES = 4
_ROLE_STOPS = frozenset(',.;:()[]"“”«»„')
_MAX_ROLE_WORDS = 14
_PRONOUN_LOOKBACK = 3
"""Sentences read back from a pronoun for a more recent subject than the last speaker."""
"""A role is given at a name's first mentions; later ones are surname-only."""

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
_CAP_RUN = re.compile(
    rf"(?<![\w'’])[{_UPPER}][\w'’\-]*(?:[ \t]+(?:(?:bin|binti|van|von|de|al|el|da|di|der)[ \t]+)?"
    rf"[{_UPPER}][\w'’\-]*)+"
)


@dataclass(frozen=True, slots=True)
class SpeechTable:
    """The compiled speech cues of one language."""

    cue_then_speaker: re.Pattern[str]
    speaker_then_cue: re.Pattern[str]
    statement_cues: re.Pattern[str]
    pronoun_cues: re.Pattern[str]
    according_to: re.Pattern[str]
    complementizer: re.Pattern[str]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    determiners: frozenset[str]
    subject_skip: frozenset[str]
    stop_words: frozenset[str]
    connectors: frozenset[str]
    role_words: frozenset[str]
    cue_words: frozenset[str]
    skip_suffixes: tuple[str, ...] = ()
    """Adverbs between subject and cue by their ending (English ``tearfully``)."""

    def skippable(self, token: Token) -> bool:
        lower = token.lower
        return lower in self.subject_skip or (
            not token.is_capitalised and lower.endswith(self.skip_suffixes) and len(lower) > 4
        )


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    items = sorted({w.strip().lower() for w in words if w.strip()}, key=len, reverse=True)
    if not items:
        return _NEVER
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)


@cache
def speech_table(language: str | None) -> SpeechTable:
    """The speech cues of ``language`` (the default table has none), compiled once."""
    data = load_table(language, "speech")

    def words(key: str) -> list[str]:
        return [str(w) for w in data.get(key, ())]

    cue_words = {
        w.lower()
        for key in ("cue_then_speaker", "speaker_then_cue", "statement_cues", "pronoun_cues")
        for phrase in words(key)
        for w in phrase.split()
    }
    return SpeechTable(
        cue_then_speaker=_alternation(words("cue_then_speaker")),
        speaker_then_cue=_alternation(words("speaker_then_cue")),
        statement_cues=_alternation(words("statement_cues")),
        pronoun_cues=_alternation(words("pronoun_cues")),
        according_to=_alternation(words("according_to")),
        complementizer=_alternation(words("complementizers")),
        pronouns=frozenset(w.lower() for w in words("pronouns")),
        relatives=frozenset(w.lower() for w in words("relatives")),
        determiners=frozenset(w.lower() for w in words("determiners")),
        subject_skip=frozenset(w.lower() for w in words("subject_skip")),
        stop_words=frozenset(w.lower() for w in words("stop_words")),
        connectors=frozenset(w.lower() for w in words("connectors")),
        role_words=frozenset(w.lower() for w in words("role_words")),
        cue_words=frozenset(cue_words),
        skip_suffixes=tuple(words("subject_skip_suffixes")),
    )


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """A parsed speaker: a name, a pronoun (the previous speaker) or a description."""

    name: str | None
    role: str | None = None
    pronoun: bool = False
    descriptor: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: SpeakerPhrase
    cue: str
    cue_start: int
    how: str
    """``after`` (cue after the quote), ``lead`` (cue before it), ``pronoun``."""


# --------------------------------------------------------------------------- phrases


def _window(text: str, start: int, end: int, index: TokenIndex | None) -> list[Token]:
    return index.between(start, end) if index is not None else tokenize(text, start, end)


def _is_role(token: Token, table: SpeechTable) -> bool:
    lower = token.lower.rstrip(".")
    if lower in table.role_words:
        return True
    return "-" in lower and any(part in table.role_words for part in lower.split("-"))


def _name_part(token: Token, table: SpeechTable) -> bool:
    return (
        token.is_word
        and token.is_capitalised
        and not token.is_acronym
        and not _is_role(token, table)
        and token.lower not in table.stop_words
        and token.lower not in table.pronouns
    )


def split_name_role(
    text: str, tokens: Sequence[Token], table: SpeechTable, known: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """Split ``Presiden Ukraina Volodymyr Zelensky`` into (name, role).

    The name is the trailing run of capitalised words that are neither acronyms nor
    titles; what precedes it is the role. When a title leads and the name run is long,
    the leading words belong to the title's complement (``Ukraina``) unless the longer
    run is a name the article uses elsewhere.
    """
    words = [t for t in tokens if t.is_word]
    if not words:
        return None, None
    end = len(words)
    begin = end
    while begin > 0 and end - begin < _MAX_NAME + 2:
        token = words[begin - 1]
        if _name_part(token, table) or (
            token.lower in table.connectors
            and begin - 1 > 0
            and begin < end
            and _name_part(words[begin - 2], table)
        ):
            begin -= 1
        else:
            break
    while (
        begin < end and words[begin].lower in table.connectors and not words[begin].is_capitalised
    ):
        begin += 1
    if begin == end:
        return None, _span(text, words, 0, end)
    has_title = begin > 0 and any(_is_role(t, table) for t in words[:begin])
    english_style = begin > 0 and not words[begin - 1].is_capitalised
    if has_title and end - begin > 2 and not english_style:
        whole = _span(text, words, begin, end)
        if whole not in known:
            begin = end - 2
    if end - begin > _MAX_NAME:
        begin = end - 2
    name = _span(text, words, begin, end)
    role = _strip_determiners(text, words[:begin], table) if begin else None
    return name, role


def _span(text: str, words: Sequence[Token], begin: int, end: int) -> str:
    return text[words[begin].start : words[end - 1].end]


def _strip_determiners(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
    i = 0
    while i < len(words) and words[i].lower in table.determiners:
        i += 1
    while (
        i < len(words)
        and not words[i].is_capitalised
        and (
            words[i].lower in table.cue_words
            or words[i].lower in table.relatives
            or words[i].lower in table.stop_words
        )
    ):
        i += 1
    while i < len(words) and words[i].lower in table.determiners:
        i += 1
    return _span(text, words, i, len(words)) if i < len(words) else None


def _run_forward(tokens: Sequence[Token], i: int, table: SpeechTable) -> int:
    """End index of the speaker phrase that starts at ``tokens[i]``."""
    descriptive = i < len(tokens) and (
        tokens[i].lower in table.determiners
        or any(_is_role(t, table) for t in tokens[i : i + 4] if t.is_word)
    )
    j = i
    while j < len(tokens) and j - i < _MAX_RUN:
        token = tokens[j]
        if not token.is_word:
            break
        lower = token.lower
        if token.is_capitalised or _is_role(token, table):
            if lower in table.stop_words and not token.is_capitalised:
                break
            if (
                token.is_capitalised
                and lower in table.cue_words
                and j > i
                and lower not in table.role_words
            ):
                break
        elif (
            (lower in table.connectors and j + 1 < len(tokens) and tokens[j + 1].is_capitalised)
            or (j == i and lower in table.determiners)
            or (
                descriptive
                and lower not in table.stop_words
                and lower not in table.cue_words
                and lower not in table.relatives
            )
        ):
            pass
        else:
            break
        j += 1
    return j


def parse_forward(
    text: str, start: int, limit: int, table: SpeechTable, index: TokenIndex | None = None
) -> SpeakerPhrase | None:
    """The speaker phrase right after a ``cue_then_speaker`` cue (``kata Austin kepada…``)."""
    tokens = _window(text, start, min(limit, start + _WINDOW), index)
    if not tokens:
        return None
    first = tokens[0]
    if first.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True)
    end = _run_forward(tokens, 0, table)
    if end == 0:
        return None
    name, role = split_name_role(text, tokens[:end], table)
    if end < len(tokens) and tokens[end].text == ",":
        after = _run_forward(tokens, end + 1, table)
        if after > end + 1:
            closed = after >= len(tokens) or not tokens[after].is_word
            name2, role2 = split_name_role(text, tokens[end + 1 : after], table)
            if name is None and name2 and closed:
                return SpeakerPhrase(name2, role or role2)
            if (
                name
                and name2 is None
                and role2
                and closed
                and _has_role_word(tokens[end + 1 : after], table)
            ):
                return SpeakerPhrase(name, role or role2)
    if name:
        return SpeakerPhrase(name, role)
    words = [t for t in tokens[:end] if t.is_word]
    if (
        words
        and len(words) <= _MAX_DESCRIPTOR
        and (words[0].lower in table.determiners or _has_role_word(words, table))
    ):
        return SpeakerPhrase(_span(text, words, 0, len(words)), descriptor=True)
    return None


def _has_role_word(tokens: Sequence[Token], table: SpeechTable) -> bool:
    return any(_is_role(t, table) for t in tokens)


def parse_backward(
    text: str, start: int, cue: int, table: SpeechTable, index: TokenIndex | None = None
) -> SpeakerPhrase | None:
    """The subject right before a ``speaker_then_cue`` cue (``Kirby juga mengatakan``).

    ``start`` is where the clause may begin (sentence start). Returns a phrase flagged
    ``pronoun`` for ``Ia mengatakan``; None when no subject can be read.
    """
    tokens = _window(text, max(start, cue - _WINDOW), cue, index)
    while tokens and table.skippable(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    last = tokens[-1]
    if last.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True)
    if last.lower in table.relatives:
        return None  # handled by the caller with the article's known names
    segments = _comma_segments(tokens)
    tail = segments[-1]
    if not tail and len(segments) >= 2:
        return _appositive_subject(text, segments[:-1], table)
    words = [t for t in tail if t.is_word]
    if (
        len(words) >= 3
        and words[0].lower in table.determiners
        and len(words) <= _MAX_DESCRIPTOR
        and not words[1].is_capitalised
    ):
        # "Seorang sumber di intelijen Ukraina": a description that ends in a name
        return SpeakerPhrase(_span(text, words, 0, len(words)), descriptor=True)
    name, role = _backward_run(text, tail, table)
    if name:
        if role is None and len(segments) >= 2:
            role = _appositive_role(text, segments[-2], table, strict=True)
        return SpeakerPhrase(name, role)
    words = [t for t in tail if t.is_word]
    if words and len(words) <= _MAX_DESCRIPTOR and words[0].lower in table.determiners:
        return SpeakerPhrase(_span(text, words, 0, len(words)), descriptor=True)
    if role and len(words) <= 4 and _has_role_word(words, table):
        return SpeakerPhrase(role, descriptor=True)
    return None


def _is_description(words: Sequence[Token], table: SpeechTable) -> bool:
    """``a senior analyst at X`` / ``CEO of Take-Two``: says what someone is, not who."""
    return bool(words) and (not words[0].is_capitalised or _has_role_word(words, table))


def _appositive_subject(
    text: str, segments: Sequence[Sequence[Token]], table: SpeechTable
) -> SpeakerPhrase | None:
    """The subject of ``Name, description[, description], said`` or ``role, Name, said``.

    ``segments`` are the comma-separated parts before the cue, the last one closest.
    """
    last = segments[-1]
    if not _is_description(last, table):
        # "…, badan mata-mata Korea Selatan, Badan Intelijen Nasional, mengatakan"
        name, role = _backward_run(text, last, table)
        if name:
            outer = segments[-2] if len(segments) >= 2 else []
            return SpeakerPhrase(name, role or _appositive_role(text, outer, table))
    k = len(segments) - 2  # the last part, not a name, describes the one before
    while k > 0 and len(segments) - k <= 3 and _is_description(segments[k], table):
        k -= 1
    if k < 0:
        return None
    name, role = _backward_run(text, segments[k], table)
    if name:
        return SpeakerPhrase(name, role or _strip_determiners(text, segments[k + 1], table))
    return None


def _comma_segments(tokens: Sequence[Token]) -> list[list[Token]]:
    segments: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            segments.append([])
        elif token.is_word:
            segments[-1].append(token)
        else:
            segments = [[]]  # a colon, quote mark or dash ends the clause
    return segments


def _backward_run(
    text: str, words: Sequence[Token], table: SpeechTable
) -> tuple[str | None, str | None]:
    """The capitalised/title run that ends ``words`` (the subject), split into name and role."""
    begin = len(words)
    while begin > 0 and len(words) - begin < _MAX_RUN:
        token = words[begin - 1]
        lower = token.lower
        if token.is_capitalised:
            if lower in table.stop_words and begin - 1 == 0:
                break  # a sentence-initial function word: "Di Roma"
            begin -= 1
        elif _is_role(token, table) or (
            lower in table.connectors and begin - 1 > 0 and words[begin - 2].is_capitalised
        ):
            begin -= 1
        else:
            break
    if begin == len(words):
        return None, None
    run = words[begin:]
    name, role = split_name_role(text, run, table)
    if name and begin > 0 and role is None:
        # "Pentagon spokesman John Kirby": lowercase title words before the name
        back = begin
        while back > 0 and words[back - 1].lower not in table.stop_words and back > begin - 6:
            back -= 1
        if back < begin and _is_role(words[begin - 1], table):
            role = _strip_determiners(text, words[back:begin], table)
    return name, role


def _appositive_role(
    text: str, words: Sequence[Token], table: SpeechTable, *, strict: bool = False
) -> str | None:
    """The role in ``<role>, <Name>``: a title phrase, or a lowercase description."""
    if not words or len(words) > _MAX_DESCRIPTOR:
        return None
    if _has_role_word(words, table):
        start = 0
        while start < len(words) and not (
            words[start].is_capitalised or _is_role(words[start], table)
        ):
            start += 1
        return _strip_determiners(text, words[start:], table)
    if not strict and not words[0].is_capitalised:
        return _strip_determiners(text, words, table)
    return None


# --------------------------------------------------------------------------- context


@dataclass
class SpeakerContext:
    """What one article tells about its speakers; built once, read by quotes and statements."""

    text: str
    table: SpeechTable
    sentences: Sequence[SentenceSpan]
    _starts: list[int] = field(default_factory=list)
    _by_surname: dict[str, Counter[str]] = field(default_factory=dict)
    _roles: dict[str, str | None] = field(default_factory=dict)
    _timeline: list[tuple[int, str]] = field(default_factory=list)
    index: TokenIndex = field(default_factory=lambda: TokenIndex(""))

    @classmethod
    def build(
        cls, text: str, sentences: Sequence[SentenceSpan], language: str | None
    ) -> SpeakerContext:
        spans = [(s.start, s.end) for s in sentences]
        context = cls(text, speech_table(language), sentences, index=TokenIndex(text, spans))
        context._starts = [s.start for s in sentences]
        return context

    def _names_ending_in(self, surname: str) -> Counter[str]:
        """Multi-word names of the article whose last word is ``surname`` (cached)."""
        key = surname.lower()
        found = self._by_surname.get(key)
        if found is not None:
            return found
        found = Counter()
        position = self.text.find(surname)
        while position >= 0:
            end = position + len(surname)
            if _word_edge(self.text, position, end):
                name = self._run_ending_at(end)
                if name and " " in name and name.rsplit(" ", 1)[-1] == surname:
                    found[name] += 1
            position = self.text.find(surname, end)
        self._by_surname[key] = found
        return found

    def _run_ending_at(self, end: int) -> str | None:
        """The name in the run of capitalised words that ends at ``end``."""
        tokens = self.index.between(max(0, end - 90), end)
        begin = len(tokens)
        while begin > 0:
            token = tokens[begin - 1]
            if not token.is_word:
                break
            if begin < len(tokens) and self.text[token.end : tokens[begin].start] not in (
                " ",
                "\t",
            ):
                break
            if not (token.is_capitalised or token.lower in self.table.connectors):
                break
            begin -= 1
        if begin == len(tokens):
            return None
        name, _ = split_name_role(self.text, tokens[begin:], self.table)
        return name

    # ------------------------------------------------------------------ sentences

    def sentence_at(self, position: int) -> SentenceSpan | None:
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and self.sentences[index].start <= position <= self.sentences[index].end:
            return self.sentences[index]
        return None

    # ------------------------------------------------------------------ names

    def full_name(self, name: str) -> str:
        """``Austin`` → ``Lloyd Austin`` when the article names him in full somewhere."""
        if " " in name:
            return name
        candidates = self._names_ending_in(name)
        if not candidates:
            return name
        spoken = {speaker for _, speaker in self._timeline}
        for candidate, _ in candidates.most_common():
            # only a person the article introduces (with a role) or who speaks elsewhere:
            # "Ukraina" must not become "Pemerintah Ukraina"
            if candidate in spoken or self.role_for(candidate):
                return candidate
        return name

    def role_for(self, name: str) -> str | None:
        """The role the article gives ``name`` in an appositive or a title, if any."""
        if name not in self._roles:
            self._roles[name] = self._find_role(name)
        return self._roles[name]

    def _find_role(self, name: str) -> str | None:
        position = self.text.find(name)
        count = 0
        while position >= 0 and count < _ROLE_OCCURRENCES:
            end = position + len(name)
            if _word_edge(self.text, position, end):
                count += 1
                role = self._role_before(position) or self._role_after(end)
                if role:
                    return role
            position = self.text.find(name, end)
        return None

    def _role_before(self, position: int) -> str | None:
        sentence = self.sentence_at(position)
        start = sentence.start if sentence else max(0, position - _WINDOW)
        tokens = self.index.between(max(start, position - _ROLE_WINDOW), position)
        segments = _comma_segments(tokens)
        tail = segments[-1]
        if tail:
            name_tokens = _name_tokens(self.index.between(position, position + 80))
            _, role = _backward_run(self.text, [*tail, *name_tokens], self.table)
            if role and _has_role_word(
                self.index.between(position - len(role) - 40, position), self.table
            ):
                return role
            return None
        if len(segments) >= 2:
            return _appositive_role(self.text, segments[-2], self.table, strict=True)
        return None

    def _role_after(self, position: int) -> str | None:
        tokens = self.index.between(position, min(len(self.text), position + _ROLE_WINDOW))
        if len(tokens) < 3 or tokens[0].text != ",":
            return None
        end = 1
        while end < len(tokens) and (tokens[end].is_word or tokens[end].text not in _ROLE_STOPS):
            end += 1
        if end >= len(tokens) or tokens[end].text not in ",.;":
            return None
        words = [t for t in tokens[1:end] if t.is_word]
        if words and _has_role_word(words, self.table) and len(words) <= _MAX_ROLE_WORDS:
            return _strip_determiners(self.text, words, self.table)
        return None

    # ------------------------------------------------------------------ speakers in order

    def record(self, position: int, name: str) -> None:
        """Remember that ``name`` spoke at ``position`` (for later pronouns)."""
        bisect.insort(self._timeline, (position, name))

    def previous_speaker(self, position: int) -> str | None:
        """Who ``he``/``ia`` at ``position`` most likely is.

        The last speaker, unless a sentence between them opens with another person the
        article introduces (``Buser, however, is counting on…. “…,” he says``).
        """
        index = bisect.bisect_left(self._timeline, (position, "")) - 1
        last_at, last = self._timeline[index] if index >= 0 else (-1, None)
        spoken = {name for _, name in self._timeline}
        here = bisect.bisect_right(self._starts, position) - 1
        k = here - 1 if here >= 0 and self.sentences[here].start == position else here
        checked = 0
        while k >= 0 and checked < _PRONOUN_LOOKBACK and self.sentences[k].start > last_at:
            sentence = self.sentences[k]
            if sentence.end <= position:
                subject = self._sentence_subject(sentence, spoken)
                if subject:
                    return subject
                checked += 1
            k -= 1
        return last

    def _sentence_subject(self, sentence: SentenceSpan, spoken: set[str]) -> str | None:
        tokens = self.index.between(sentence.start, min(sentence.end, sentence.start + 60))
        run: list[Token] = []
        for token in tokens:
            if not (token.is_word and token.is_capitalised) or len(run) >= _MAX_NAME:
                break
            run.append(token)
        if (
            not run
            or run[0].lower in self.table.stop_words
            or run[0].lower in self.table.determiners
        ):
            return None
        name = self.full_name(run[-1].text) if len(run) == 1 else _span(self.text, run, 0, len(run))
        if name in spoken or (" " in name and self.role_for(name)):
            return name
        return None

    def resolve(self, phrase: SpeakerPhrase, position: int) -> tuple[str | None, str | None]:
        """A phrase → (full name, role), pronouns to the previous speaker."""
        if phrase.pronoun:
            name = self.previous_speaker(position)
            return (name, self.role_for(name)) if name else (None, None)
        if phrase.name is None:
            return None, None
        if phrase.descriptor:
            return phrase.name, None
        name = self.full_name(phrase.name)
        role = phrase.role or self.role_for(name)
        return name, role

    # ------------------------------------------------------------------ cue scanning

    def subject_before(self, start: int, cue: int) -> SpeakerPhrase | None:
        """The subject of a cue verb at ``cue``; handles ``X, …, yang mengonfirmasi``."""
        phrase = parse_backward(self.text, start, cue, self.table, self.index)
        if phrase is not None:
            return phrase
        tokens = self.index.between(max(start, cue - _WINDOW), cue)
        if tokens and tokens[-1].lower in self.table.relatives:
            return self._last_known_name(start, tokens[-1].start)
        return None

    def _last_known_name(self, start: int, end: int) -> SpeakerPhrase | None:
        """The last multi-word name before ``end`` (the antecedent of ``yang``/``who``)."""
        best: str | None = None
        for match in _CAP_RUN.finditer(self.text, start, end):
            name = self._run_ending_at(match.end())
            if name and " " in name:
                best = name
        if best is None:
            return None
        return SpeakerPhrase(best, self.role_for(best))


def _word_edge(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is whole words (not ``Austin`` inside ``Austinville``)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _name_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The leading capitalised words of ``tokens`` (a name occurrence)."""
    out: list[Token] = []
    for token in tokens:
        if not (token.is_word and token.is_capitalised):
            break
        out.append(token)
    return out


def find_cue_after(context: SpeakerContext, start: int, limit: int) -> Attribution | None:
    """Attribution in the text right after a closing quote mark (``, kata X`` / ``, he said``)."""
    text, table, index = context.text, context.table, context.index
    position = start
    while position < limit and (text[position].isspace() or text[position] in ",;:—–-"):
        position += 1
    if position >= limit:
        return None
    window_end = min(limit, position + _WINDOW)
    pronoun = table.pronoun_cues.match(text, position, window_end)
    if pronoun:
        return Attribution(
            SpeakerPhrase(None, pronoun=True), pronoun.group(), pronoun.start(), "pronoun"
        )
    cue = table.cue_then_speaker.match(text, position, window_end)
    if cue:
        phrase = parse_forward(text, cue.end(), limit, table, index)
        if phrase is not None:
            return Attribution(phrase, cue.group(), cue.start(), "after")
    for later in table.speaker_then_cue.finditer(text, position, min(window_end, position + 90)):
        if later.start() == position:
            continue
        between = text[position : later.start()]
        if any(c in between for c in ".!?"):
            break
        phrase = parse_backward(text, position, later.start(), table, index)
        if phrase is not None:
            return Attribution(phrase, later.group(), later.start(), "after")
        break
    return None


def find_cue_before(context: SpeakerContext, start: int, end: int) -> Attribution | None:
    """Attribution in the lead-in before an opening mark (``Kirby mengatakan:``, ``menurut X``)."""
    text, table, index = context.text, context.table, context.index
    if end - start < 2:
        return None
    best: re.Match[str] | None = None
    for match in table.speaker_then_cue.finditer(text, start, end):
        best = match
    according: re.Match[str] | None = None
    for match in table.according_to.finditer(text, start, end):
        according = match
    if according is not None and (best is None or according.start() > best.start()):
        phrase = parse_forward(text, according.end(), end, table, index)
        if phrase is not None:
            return Attribution(phrase, according.group(), according.start(), "lead")
    if best is None:
        return None
    phrase = parse_backward(text, start, best.start(), table, index)
    if phrase is None:
        return None
    return Attribution(phrase, best.group(), best.start(), "lead")
