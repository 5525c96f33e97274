"""Who said it: full names, roles and the previous speaker (where the attribution of a
quote sits is :mod:`attribution`).

News attributes speech in a handful of shapes, in every language we read:
``“…,” kata Juru Bicara X, John Kirby`` (cue, then speaker), ``“…,” Kirby said``
(speaker, then cue), ``Kirby mengatakan: “…”`` / ``Kirby menambahkan bahwa … “…”``
(lead-in), ``“…,” tuturnya`` / ``he said`` (pronoun: the previous speaker) and ``menurut
X`` / ``according to X``. Reading the phrase itself is :mod:`speaker_phrases`.

A :class:`SpeakerContext` is built once per article: it finds the full name an article
uses (so ``kata Austin`` becomes Lloyd Austin), the role an appositive gives a name
(``Menteri Pertahanan AS, Lloyd Austin``) and who spoke last before a position.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from briefing.analysis.speaker_backward import parse_backward
from briefing.analysis.speaker_fullnames import ArticleNames
from briefing.analysis.speaker_gender import agrees, last_of_gender
from briefing.analysis.speaker_names import (
    CAP_RUN,
    inside_a_place_name,
    opens_a_run,
)
from briefing.analysis.speaker_phrases import (
    WINDOW,
    SpeakerPhrase,
)
from briefing.analysis.speaker_refs import (
    definite_referent,
    named_body,
    titled_holder,
)
from briefing.analysis.speaker_roles import find_role, tidy_role
from briefing.analysis.speaker_subjects import (
    acronym_in_brackets,
    appositive_subject,
    clause_opener,
    sentence_subject,
    tagged_as_other,
    unnamed_subject,
)
from briefing.analysis.speech_table import SpeechTable, speech_table
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import Token, TokenIndex

_PRONOUN_LOOKBACK = 3
"""Sentences read back from a pronoun for a more recent subject than the last speaker."""
_PRONOUN_LOOKBACK_NO_SPEAKER = 8
"""With nobody quoted yet, "katanya" points to the person the story is about: read further."""


class CueMatch(NamedTuple):
    """A cue found by :meth:`SpeakerContext.cues`; reads like an ``re.Match``."""

    begin: int
    finish: int
    words: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.words


# --------------------------------------------------------------------------- context


@dataclass
class SpeakerContext(ArticleNames):
    """What one article tells about its speakers; built once, read by quotes and statements.
    The full names it completes are :class:`ArticleNames`'."""

    text: str
    table: SpeechTable
    sentences: Sequence[SentenceSpan]
    _starts: list[int] = field(default_factory=list)
    _by_surname: dict[str, Counter[str]] = field(default_factory=dict)
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    _initials: dict[str, str | None] = field(default_factory=dict)
    _subjects: dict[tuple[int, int], SpeakerPhrase | None] = field(default_factory=dict)
    _words: list[tuple[int, int, str]] | None = None
    _cues: dict[str, list[CueMatch]] = field(default_factory=dict)
    _roles: dict[str, str | None] = field(default_factory=dict)
    _places: dict[str, bool] = field(default_factory=dict)
    _timeline: list[tuple[int, str]] = field(default_factory=list)
    _lowercase_words: frozenset[str] | None = None  # written in lower case (on first need)
    _spoken: set[str] = field(default_factory=set)
    """Everyone in :attr:`_timeline` (asked per pronoun: kept, not rebuilt)."""
    genders: dict[str, str | None] = field(default_factory=dict)
    """Each person's gender as the article tells it (:func:`gender_of`), once read."""
    index: TokenIndex = field(default_factory=lambda: TokenIndex(""))

    @classmethod
    def build(
        cls, text: str, sentences: Sequence[SentenceSpan], language: str | None
    ) -> SpeakerContext:
        spans = [(s.start, s.end) for s in sentences]
        context = cls(text, speech_table(language), sentences, index=TokenIndex(text, spans))
        context._starts = [s.start for s in sentences]
        return context

    # ------------------------------------------------------------------ sentences

    def sentence_at(self, position: int) -> SentenceSpan | None:
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and self.sentences[index].start <= position <= self.sentences[index].end:
            return self.sentences[index]
        return None

    def named_person(self, name: str, position: int) -> bool:
        """Whether ``name``, opening a clause at ``position``, is a person's: none of its
        words written in lower case elsewhere in the article (not ``Kereta Api Mutiara
        Selatan``: the article says ``kereta api``) nor read by the name tagger as an
        organisation or a place there (``Piala Dunia``); and a longer name, one who spoke,
        or one word that ends a longer name of the article or begins one that names no
        body (``Fathur`` of ``Fathur Rokhman``; not ``Mahasiswa`` of ``Badan Eksekutif
        Mahasiswa Universitas Indonesia``, ``Laporan``, ``Members``; nor ``Penelitian``
        after ``Kepala Pusat``, which a role lookup would take for a titled name)."""
        if not self._given_names(name):
            return False
        if name in self._spoken:
            return True
        sentence = self.sentence_at(position)
        at = self.text.find(name, position)
        if sentence is not None and at >= 0 and tagged_as_other(self, sentence, name, at):
            return False
        if " " in name:
            return True
        return bool(self.names_ending_in(name)) or any(
            not any(w.lower() in self.table.org_words for w in longer.split())
            and opens_a_run(self.text, longer, self.table)
            for longer in self._names_starting_with(name)
        )

    def known_person(self, name: str) -> bool:
        """Whether ``name`` has spoken or has a role in the article: a person."""
        return name in self._spoken or bool(self.role_for(name))

    def role_for(self, name: str) -> str | None:
        """The role the article gives ``name`` in an appositive or a title, if any."""
        if name not in self._roles:
            self._roles[name] = tidy_role(
                find_role(self.text, self.index, self.table, self.sentence_at, name), self.table
            )
        return self._roles[name]

    # ------------------------------------------------------------------ speakers in order

    def record(self, position: int, name: str) -> None:
        """Remember that ``name`` spoke at ``position`` (for later pronouns); not the
        short name the article gives a body in brackets (``Badan Meteorologi, Klimatologi,
        dan Geofisika (BMKG) memprediksi …``): ``ia``/``he``/``she`` is a person."""
        if name.isupper() and " " not in name and f"({name})" in self.text:
            return
        bisect.insort(self._timeline, (position, name))
        self._spoken.add(name)

    def subject_of(self, sentence: SentenceSpan) -> str | None:
        """The person who opens ``sentence`` (:func:`sentence_subject`)."""
        return sentence_subject(self, sentence, self._spoken)

    def titled_subject_before(
        self, title: str, position: int, *, any_title: bool = False
    ) -> str | None:
        """The person one of the few sentences before ``position`` opens with, when their
        role is ``title`` (``Kanzler`` of "Bundeskanzler", ``ministro`` of "ministro da
        Fazenda") or, with ``any_title``, any role at all (``la mandataria`` after "La
        presidenta Mariana Ríos"); None when another person opens a sentence in between."""
        here = bisect.bisect_right(self._starts, position) - 1
        for k in range(here, max(-1, here - _PRONOUN_LOOKBACK - 1), -1):
            sentence = self.sentences[k]
            if sentence.start >= position or sentence.end > position:
                continue
            subject = sentence_subject(self, sentence, self._spoken)
            if subject is None:
                continue
            role = (self.role_for(subject) or "").casefold().split()
            at = self.text.find(subject, sentence.start, sentence.end)
            if not role and at > sentence.start:  # "O ministro da Fazenda, Fernando Haddad,"
                role = [
                    w
                    for w in re.findall(r"[^\W\d_]+", self.text[sentence.start : at].casefold())
                    if w not in self.table.determiners
                ]
            wanted = title.casefold()
            if role and (
                any_title
                or role[-1].endswith(wanted)
                or (self.table.role_head_first and role[0] == wanted)
            ):
                return subject
            return None  # someone else opens a sentence in between
        return None

    def _holder_of(self, title: str, position: int) -> str | None:
        """The person who spoke before ``position`` with ``title`` as their role: ``kata
        Mendagri`` after ``Mendagri Tjahjo Kumolo`` spoke is Tjahjo Kumolo. A title with
        an article (``seorang pejabat``, ``a spokesman``, ``the minister``) may be someone
        else: only a bare title is matched."""
        words = title.split()
        if not words or words[0].lower() in self.table.determiners:
            return None
        holder = self.holder_of(title, position)
        if holder is None and len(words) == 1 and words[0].lower() in self.table.role_words:
            # "kata Kasat" after "Kasat Reskrim Polres Jakarta Selatan AKBP Eko Hadi Santoso"
            holder = self.holder_of(title, position, opening=True)
            if holder is None and not self.table.definite_articles and title.islower():
                # "…, — сказал министр" after "Министр иностранных дел России Сергей Лавров
                # провёл …": a language without articles names him by the bare title
                holder = self.titled_subject_before(title, position)
        if holder is None and len(words) >= 2 and title[:1].isupper():
            holder = titled_holder(self, title, position)
        return holder

    def holder_of(
        self, title: str, position: int, *, word: bool = False, opening: bool = False
    ) -> str | None:
        """:meth:`_holder_of` for any title; ``word``: the title is one word of the role
        (``president`` of "U.S. President"), ``opening``: the first (``Kasat`` of "Kasat
        Reskrim Polres Jakarta Selatan"); either only when one earlier speaker has it."""
        wanted = title.casefold()
        full = self.table.title_abbreviations.get(wanted, wanted)  # "Menpora"
        index = bisect.bisect_left(self._timeline, (position, "")) - 1
        holders: list[str] = []
        while index >= 0:
            recorded = self._timeline[index][1]  # as written, and in full ("Jokowi")
            index -= 1
            name = self.full_name(recorded)
            role = (self.role_for(name) or self.role_for(recorded) or "").casefold()
            if not word and any(role == w or role.endswith(" " + w) for w in (wanted, full)):
                return name
            words = role.replace(".", " ").split()
            if (
                (
                    (word and words[-1:] == [wanted])
                    or (  # "der Kanzler": the "Bundeskanzler" (German compounds)
                        word
                        and self.table.capitalised_nouns
                        and words
                        and words[-1].endswith(wanted)
                    )
                    or (  # "Kasat Reskrim …", not "Presiden Direktur …" (a compound title)
                        opening
                        and words[:1] == [wanted]
                        and len(words) > 1
                        and words[1] not in self.table.role_words
                    )
                )
                and not any(w in self.table.subordinate_words for w in words)
                and name not in holders
            ):
                holders.append(name)
        return holders[0] if len(holders) == 1 else None  # "the president": if only one

    def previous_speaker(
        self, position: int, *, same_sentence: bool = True, gender: str | None = None
    ) -> str | None:
        """Who ``he``/``ia`` at ``position`` most likely is.

        The last speaker, unless a sentence between them opens with another person the
        article introduces (``Buser, however, is counting on…. “…,” he says``).
        ``same_sentence``: whether a person opening the pronoun's own sentence counts. Not
        for a description closed by a demonstrative: before the verb it is that opening
        itself (``Eks-striker AC Milan tersebut mengatakan``: "AC Milan" is no new
        person); after the cue (``kata pria berkumis itu``) the sentence opens with the
        quote, whose names are what was said. ``gender`` (of ``she``): someone the article
        shows to be of the other gender is passed over for the last speaker who is not
        (:func:`agrees`); if there is none, nobody — better no speaker than a wrong one.
        """
        person = self._previous_person(position, same_sentence)
        if agrees(self, person, gender):
            return person
        earlier = self._timeline[: bisect.bisect_left(self._timeline, (position, ""))]
        return last_of_gender(self, [self.full_name(n) for _, n in earlier], gender, person)

    def _previous_person(self, position: int, same_sentence: bool) -> str | None:
        index = bisect.bisect_left(self._timeline, (position, "")) - 1
        last_at, last = self._timeline[index] if index >= 0 else (-1, None)
        if last is not None:
            last = self.full_name(last)  # subjects are recorded as written ("Kirby")
        spoken = self._spoken
        here_sentence = self.sentence_at(position)
        if same_sentence and here_sentence is not None and here_sentence.start < position:
            person = clause_opener(
                self, here_sentence.start, position, spoken
            ) or appositive_subject(self, here_sentence.start, position)
            if person:
                return person  # "When President Ashraf Ghani announced …, he said"
        here = bisect.bisect_right(self._starts, position) - 1
        k = here - 1 if here >= 0 and self.sentences[here].start == position else here
        checked = 0
        reach = _PRONOUN_LOOKBACK if last is not None else _PRONOUN_LOOKBACK_NO_SPEAKER
        while k >= 0 and checked < reach and self.sentences[k].start > last_at:
            sentence = self.sentences[k]
            if sentence.end <= position:
                subject = sentence_subject(self, sentence, spoken)
                if subject:
                    return subject
                if unnamed_subject(self, sentence):
                    return None  # "Seorang musisi menulis …": someone unnamed
                checked += 1
            k -= 1
        return last

    def person_opening(self, start: int, end: int) -> str | None:
        """The known person (one who speaks or has a role) who opens ``text[start:end]``."""
        person = clause_opener(self, start, end, self._spoken)
        return self.full_name(person) if person else None

    def cues(self, kind: str) -> list[CueMatch]:
        """Every cue of ``kind`` (one of ``CUE_KINDS``) in the article, in text order.

        One scan for the first words of every kind serves them all: cheaper than one
        regular expression per kind over the whole text.
        """
        found = self._cues.get(kind)
        if found is not None:
            return found
        if self._words is None:
            self._words = [
                (m.start(), m.end(), m.group().lower())
                for m in self.table.first_words.finditer(self.text)
            ]
        phrases = self.table.phrases.get(kind, {})
        found = []
        for start, end, word in self._words:
            for pattern in phrases.get(word, ()):
                if pattern is None:
                    found.append(CueMatch(start, end, self.text[start:end]))
                    break
                match = pattern.match(self.text, start)
                if match is not None:
                    found.append(CueMatch(start, match.end(), match.group()))
                    break
        self._cues[kind] = found
        return found

    def resolve(self, phrase: SpeakerPhrase, position: int) -> tuple[str | None, str | None]:
        """A phrase → (full name, role), pronouns to the previous speaker."""
        if phrase.pronoun:
            described = self._described_since_last_speaker(phrase.anaphor, position)
            if described is not None:
                return described, None
            if phrase.nickname is not None:
                named = self.full_name(phrase.nickname)  # "pria yang akrab disapa Emil itu"
                if named != phrase.nickname:
                    return named, self.role_for(named)
            name = self.previous_speaker(
                position, same_sentence=phrase.anaphor is None, gender=phrase.gender
            )
            if name is None and phrase.nickname is not None:
                return phrase.nickname, None
            role = self.role_for(name) if name else None
            if phrase.role and not (role or "").casefold().startswith(phrase.role.casefold()):
                return phrase.name, None  # "Direktur Utama perusahaan tersebut": not him
            return name, role
        if phrase.name is None:
            return None, None
        if phrase.descriptor:
            holder = (
                self._holder_of(phrase.name, position)
                or named_body(self.text, self.table, phrase.name, position)
                or definite_referent(self, phrase.name, position)
            )
            if holder is None and phrase.name.lower() in self.table.title_names:
                holder = self.full_name(phrase.name)  # "kata Imam": Imam Nahrawi, named
            return (holder, self.role_for(holder)) if holder else (phrase.name, None)
        if phrase.role and self._office_of_place(phrase.role, phrase.name):
            # ``kata Kepala BPBD Sukamaju``: no name, the office speaks
            return f"{phrase.role} {phrase.name}", None
        name = self.full_name(phrase.name)
        role = phrase.role
        if role and name != phrase.name and name.endswith(" " + phrase.name):
            # ``Humas BNPB Sutopo`` + ``Purwo Nugroho``: the full name takes back its
            # first words from the end of the role
            given = name[: -len(phrase.name) - 1]
            if role.endswith(" " + given):
                role = role[: -len(given) - 1]
        role = tidy_role(role, self.table)
        if role is None or self.table.is_short_title(role):
            return name, self.role_for(name) or role  # "Dr.": the appositive says more
        return name, role

    def _described_since_last_speaker(self, description: str | None, position: int) -> str | None:
        """``kata sumber itu`` after ``menurut laporan seorang sumber kepada The Sun``:
        the source introduced since the last speaker (``seorang sumber``), not that
        speaker. The description's words must follow an indefinite determiner, after the
        last speaker's own sentence (``kata Budi, seorang petani`` describes Budi)."""
        if not description:
            return None
        wanted = description.split()
        index = bisect.bisect_left(self._timeline, (position, "")) - 1
        since = 0
        if index >= 0:
            spoke = self.sentence_at(self._timeline[index][0])
            since = spoke.end if spoke is not None else self._timeline[index][0]
        tokens = self.index.between(since, position)
        for k in range(len(tokens) - len(wanted), 0, -1):
            if [t.lower for t in tokens[k : k + len(wanted)]] != wanted:
                continue
            for size in (2, 1):
                first = k - size
                if first >= 0 and self.table.determiner_at(tokens, first, indefinite=True) == size:
                    return self.text[tokens[first].start : tokens[k + len(wanted) - 1].end]
        return None

    def names_no_person(self, phrase: SpeakerPhrase) -> bool:
        """Whether ``phrase`` is a description or an office (``Kepala BPBD Sukamaju``),
        so that a name may still follow it in an appositive."""
        if phrase.name is None or phrase.descriptor:
            return True
        return phrase.role is not None and self._office_of_place(phrase.role, phrase.name)

    def _office_of_place(self, role: str, name: str) -> bool:
        """Whether ``role name`` is a title, an organisation's acronym and a place
        (``Kepala BPBD`` + ``Sukamaju``) rather than a title and a person: the word after
        the acronym is one the article uses inside a place or organisation name
        (``Kabupaten Sukamaju``, ``Dinas Kesehatan Sukamaju``)."""
        last = role.rsplit(" ", 1)[-1]
        if not (len(last) >= 2 and last.isupper()):
            return False
        known = self._places.get(name)
        if known is None:
            known = self._places[name] = inside_a_place_name(
                self.text, self.index, self.table, name
            )
        return known

    # ------------------------------------------------------------------ cue scanning

    def subject_before(self, start: int, cue: int) -> SpeakerPhrase | None:
        """The subject of a cue verb at ``cue``; handles ``X, …, yang mengonfirmasi``.

        Memoised: quotes (for "he said") and statements ask about the same cues.
        """
        key = (start, cue)
        if key in self._subjects:
            return self._subjects[key]
        phrase = parse_backward(self.text, start, cue, self.table, self.index, self.named_person)
        if phrase is None:
            tokens = self.index.between(max(start, cue - WINDOW), cue)
            if tokens and tokens[-1].lower in self.table.relatives:
                phrase = self._last_known_name(start, tokens[-1].start)
            elif _aside_before(tokens, self.table.subject_skip):
                # "Most economists, however, argue that …": the subject before the aside
                phrase = parse_backward(
                    self.text, start, tokens[-3].start, self.table, self.index, self.named_person
                )
            elif _bracketed_acronym(tokens):
                # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi": a
                # name with commas of its own, its short form in brackets
                phrase = SpeakerPhrase(tokens[-2].text)
        self._subjects[key] = phrase
        return phrase

    def _last_known_name(self, start: int, end: int) -> SpeakerPhrase | None:
        """The last multi-word name before ``end`` (the antecedent of ``yang``/``who``)."""
        best: str | None = None
        for match in CAP_RUN.finditer(self.text, start, end):
            name = self._run_ending_at(match.end())
            if name and " " in name:
                best = name
        if best is None:
            return None
        return SpeakerPhrase(best, self.role_for(best))


def _aside_before(tokens: Sequence[Token], asides: frozenset[str]) -> bool:
    """Whether ``tokens`` end with an adverb between commas (``, however,``)."""
    return (
        len(tokens) >= 4
        and tokens[-1].text == ","
        and tokens[-3].text == ","
        and tokens[-2].lower in asides
    )


def _bracketed_acronym(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` end with an acronym in brackets right after a capitalised word:
    ``… Geofisika (BMKG)``."""
    return (
        len(tokens) >= 4
        and acronym_in_brackets(tokens, len(tokens) - 3)
        and tokens[-2].is_acronym
        and tokens[-4].is_word
        and tokens[-4].is_capitalised
    )
