"""The names an article uses: ``kata Austin`` is Lloyd Austin, ``RD`` Rahmad Darmawan,
``По словам Лаврова`` Сергей Лавров. A mixin of :class:`~briefing.analysis.speakers.
SpeakerContext`, which holds the article and the caches these methods fill.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.analysis.actors_gazetteer import tagger_gazetteer
from briefing.analysis.speaker_names import (
    CAP_RUN,
    LOWER_WORD,
    MAX_NAME,
    capitalised_before,
    is_organisation,
    name_continues,
    opens_sentences_only,
    prefix_words,
    split_name_role,
    word_edge,
)
from briefing.analysis.speaker_refs import nickname_owner
from briefing.analysis.speech_names import nominative_forms
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex

_SUFFIX = re.compile(r" ([A-Za-z]{2,3})\.?(?![\w'’-])")
"""A word of two or three letters after a name, checked against ``name_suffixes``."""
_MAX_NAME_SPACES = 3
"""A name of up to four words (``Raden Prabowo Argo Yuwono``)."""

_PREFIX_REACH = 24
"""Characters before a name searched for the words that open it (``I Gusti``)."""


class ArticleNames:
    """Full names from the forms an article writes (see the module)."""

    # filled in by SpeakerContext, a dataclass
    text: str
    table: SpeechTable
    index: TokenIndex
    _by_surname: dict[str, Counter[str]]
    _by_first: dict[str, list[str]]
    _initials: dict[str, str | None]
    _lowercase_words: frozenset[str] | None
    _spoken: set[str]

    def role_for(self, name: str) -> str | None:
        raise NotImplementedError  # SpeakerContext's

    def names_ending_in(self, surname: str) -> Counter[str]:
        """Multi-word names of the article whose last word is ``surname`` (cached)."""
        key = surname.lower()
        found = self._by_surname.get(key)
        if found is not None:
            return found
        found = Counter()
        position = self.text.find(surname)
        while position >= 0:
            end = position + len(surname)
            suffix = self._suffix_after(end)
            if (
                word_edge(self.text, position, end)
                and (suffix or not name_continues(self.text, end))
                and capitalised_before(self.text, position, self.table.name_particles)
            ):
                name = self._run_ending_at(end)
                if name and " " in name and name.rsplit(" ", 1)[-1] == surname:
                    found[name + suffix] += 1  # "James P. Kennedy Jr." for "Kennedy"
            position = self.text.find(surname, end)
        self._by_surname[key] = found
        return found

    def _without_suffix(self, name: str) -> str:
        """``James P. Kennedy`` of ``James P. Kennedy Jr.``."""
        head, _, last = name.rpartition(" ")
        return head if head and last.rstrip(".").lower() in self.table.name_suffixes else name

    def _suffix_after(self, end: int) -> str:
        """`` Jr.``, `` III`` right after a name ending at ``end``, else ``""``."""
        match = _SUFFIX.match(self.text, end)
        if match is None or match.group(1).lower() not in self.table.name_suffixes:
            return ""
        return match.group().rstrip(",")

    def _names_starting_with(self, first: str) -> list[str]:
        """Multi-word names that begin with ``first``; news often calls people by it."""
        cached = self._by_first.get(first)
        if cached is not None:
            return cached
        found: Counter[str] = Counter()
        text = self.text
        position = text.find(first + " ")
        while position >= 0:
            after = position + len(first) + 1
            if (position == 0 or not text[position - 1].isalnum()) and text[
                after : after + 1
            ].isupper():
                match = CAP_RUN.match(text, position)
                name = match.group() if match is not None else ""
                for particle in self.table.location_prepositions:
                    # "Ferdi Ligaswara di Bandung": in Indonesian "di" says where, not who
                    name = name.split(f" {particle} ", 1)[0]
                if (
                    match is not None
                    and " " in name
                    and len(name.split()) <= MAX_NAME
                    and (name != match.group() or not name_continues(text, match.end()))
                ):
                    if self.table.name_prefixes:  # "I Gusti | Putu Suryawirawan"
                        before = text[max(0, position - _PREFIX_REACH) : position].split()
                        moved = prefix_words(before, name, self.table)
                        name = " ".join([*before[len(before) - moved :], name])
                    found[name] += 1  # "Robert Leonard Marbun mengungkapkan"
            position = text.find(first + " ", after)
        names = [name for name, _ in found.most_common()]
        self._by_first[first] = names
        return names

    def _run_ending_at(self, end: int) -> str | None:
        """The name in the run of capitalised words that ends at ``end``."""
        tokens = self.index.between(max(0, end - 90), end + 2)
        if tokens and tokens[-1].end > end:
            last = tokens.pop()
            if last.start < end and self.text[end : last.end] in ("’s", "'s"):
                tokens.append(Token(self.text[last.start : end], last.start, end))  # Hege’s
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
        for _ in range(2):  # "envoy to Ukraine Kurt Volker": the words before tell a complement
            if begin > 0 and tokens[begin - 1].is_word and not tokens[begin - 1].is_capitalised:
                begin -= 1
        name, _ = split_name_role(self.text, tokens[begin:], self.table)
        return name

    def full_name(self, name: str) -> str:
        """``Austin`` → ``Lloyd Austin`` when the article names him in full somewhere;
        nicknames too (``Jokowi``, ``Sandi``: :func:`nickname_owner`); and a name a
        speaker's longer name ends with is that speaker (``Nadia`` → ``Nadia Tarmizi`` →
        ``Siti Nadia Tarmizi``, who spoke)."""
        found = self._full_name(name)
        if " " in found:
            longer = [
                s
                for s in self._spoken
                if s.endswith(" " + found)
                and s.count(" ") <= _MAX_NAME_SPACES
                and self._only_before(s[: -len(found) - 1], found)
                and not any(
                    w.lower().rstrip(".") in self.table.role_words
                    for w in s[: -len(found) - 1].split()
                )  # "Penyanyi Miley Cyrus": her title, not her name
            ]
            if len(longer) == 1:
                return longer[0]
        return found

    def _only_before(self, words: str, rest: str) -> bool:
        """Whether the article writes ``words`` only right before ``rest`` (``Siti`` of
        "Siti Nadia Tarmizi"), never alone (``Britain``, ``Persib``, a club or a place)."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
        return all(self.text.startswith(" " + rest, m.end()) for m in pattern.finditer(self.text))

    def _full_name(self, name: str) -> str:
        if (owner := nickname_owner(self.text, name, self.table, self.role_for)) is not None:
            return owner
        if name.isupper() and 2 <= len(name) <= 3:
            return self._initials_owner(name) or name  # "RD": Rahmad Darmawan
        if name.isupper() and name.isalpha():
            return name  # "SNCF": an acronym, not the first word of "SNCF Voyageurs"
        last = name.rsplit(" ", 1)[-1]
        candidates = [
            candidate
            for candidate, bare in (
                (c, self._without_suffix(c)) for c, _ in self.names_ending_in(last).most_common()
            )
            if candidate != name
            and bare.endswith(" " + name)
            and (" " in name or self._given_names(bare[: -len(name) - 1]))
            and not any(  # "While White House …" at a sentence start is no longer name
                w.lower() in self.table.stop_words or w.lower() in self.table.cue_words
                for w in bare[: -len(name) - 1].split()
            )  # nor "Laut Polizei" (according to the police)
        ]
        if not candidates and " " not in name:
            candidates = self._names_starting_with(name)  # "Budi" for Budi Hartono
        if not candidates and " " not in name and self.table.case_endings:
            nominative = self._nominative(name)  # "По словам Лаврова": Сергей Лавров
            return self.full_name(nominative) if nominative else name
        if not candidates:
            return name
        forward = (
            [f for f in self._names_starting_with(name) if self._given_names(f[len(name) + 1 :])]
            if " " not in name
            else []
        )
        spoken = self._spoken
        for candidate in (*candidates, *forward):
            # a person the article introduces with a role, or who speaks elsewhere
            if candidate in spoken or self.role_for(candidate):
                return candidate
        mid_sentence = [c for c in candidates if not opens_sentences_only(self.text, c)]
        if len(mid_sentence) == 1:
            return mid_sentence[0]  # the one longer form the article uses
        if len(forward) == 1:
            return forward[0]  # "Adjie" is Adjie Pangestu, not "Istri Adjie" (a sentence start)
        if len(candidates) == 1:
            return candidates[0]
        return name

    def _nominative(self, word: str) -> str | None:
        """The surname ``word`` inflects (``Лаврова`` → ``Лавров``, ``Набиуллиной`` →
        ``Набиуллина``), when the article names someone by it; else None."""
        return next(
            (n for n in nominative_forms(word, self.table) if self.names_ending_in(n)), None
        )

    def _initials_owner(self, initials: str) -> str | None:
        """The one titled person of the article whose names start with ``initials``
        (``RD`` for "Pelatih Timnas Rahmad Darmawan"). Not an acronym the name tagger's
        lists know (``BI``, ``MA``, ``AS``), nor initials the article gives someone it
        does not name (``seorang pria berinisial AS``: a suspect, not AKP Agus Santoso)."""
        if initials in self._initials:
            return self._initials[initials]
        owner = None
        known = tagger_gazetteer(self.table.language)(initials)
        hidden = any(
            re.search(rf"(?<!\w){re.escape(word)}\s+{initials}(?!\w)", self.text, re.IGNORECASE)
            for word in self.table.initials_words
        )
        if not hidden and not (known or "").startswith(("LOC", "ORG")):
            pattern = re.compile(
                r"\s+".join(rf"(?<![\w-]){c}[a-z]\w*" for c in initials) + r"(?!\w)"
            )
            owners = {
                match.group()
                for match in pattern.finditer(self.text)
                if not is_organisation(self.table, match.group())
                and not any(w.lower() in self.table.org_words for w in match.group().split())
            }
            people = {name for name in owners if self.role_for(name)}
            owner = next(iter(people)) if len(people) == 1 else None
        self._initials[initials] = owner
        return owner

    def lowercase_words(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere (built on first need)."""
        if self._lowercase_words is None:
            self._lowercase_words = frozenset(LOWER_WORD.findall(self.text))
        return self._lowercase_words

    def _given_names(self, words: str) -> bool:
        """Whether ``words`` before a lone surname can be given names: not a common word
        capitalised by a sentence start or a title (``Pernyataan Jokowi``, ``… dan
        Keamanan Wiranto``), i.e. no word the article also writes in lower case, no title
        and no opening word. (A longer name is completed freely: ``Jasa Keuangan`` is
        ``Otoritas Jasa Keuangan``.)"""
        table = self.table
        for word in words.split():
            lower = word.lower()
            if lower in table.name_particles:
                continue  # "Ursula von der Leyen"
            if (
                lower in self.lowercase_words()
                or lower in table.not_given_names
                or lower in table.role_words
                or lower in table.opening_words
            ):
                return False
        return True
