"""Descriptions that point back at someone the article has named: ``the news agency`` (the
Xinhua News Agency), ``the company`` (WeWork, the subject just before), ``the analyst``
(the one earlier speaker with that word in their role), ``pria berusia 46 tahun itu`` (the
one just named, :func:`anaphoric_description`). A description with ``a``/``seorang`` is
someone new and stays as written. A social-media handle speaks as written
(:func:`handle_speaker`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from briefing.analysis.speaker_gender import agrees
from briefing.analysis.speaker_names import CAP_RUN, MAX_NAME, opening_run, split_name_role
from briefing.analysis.speaker_segments import is_role, place_words
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import Token, TokenIndex, tokenize

_SENTENCES_BACK = 2
"""Sentences looked back for the organisation ``the company`` stands for."""
_MAX_MODIFIED = 4
"""Words of ``the 14th-ranked Schwartzman``: the article, modifiers and the surname."""
_MAX_ANAPHOR = 10
"""Tokens of a description closed by a demonstrative (``bintang film ‘Tuyul’ ini``)."""
_QUOTE_MARKS = frozenset("\"“”‘’'«»")
_LOOKAHEAD = 8
_ACCOUNT_WORDS = 3
"""Words read before a handle: ``akun resmi bernama @…``."""


class Context(Protocol):
    """What :class:`briefing.analysis.speakers.SpeakerContext` offers here."""

    text: str
    table: SpeechTable
    sentences: Sequence[SentenceSpan]
    index: TokenIndex

    def holder_of(
        self, title: str, position: int, *, word: bool = False, opening: bool = False
    ) -> str | None: ...

    def full_name(self, name: str) -> str: ...

    def titled_subject_before(
        self, title: str, position: int, *, any_title: bool = False
    ) -> str | None: ...

    def known_person(self, name: str) -> bool: ...

    def lowercase_words(self) -> frozenset[str]: ...

    def previous_speaker(
        self, position: int, *, same_sentence: bool = True, gender: str | None = None
    ) -> str | None: ...


def named_body(text: str, table: SpeechTable, description: str, position: int) -> str | None:
    """``the news agency said`` after ``the state-run Xinhua News Agency``: the last
    organisation before ``position`` whose name ends in the description's head noun
    (an organisation word: agency, ministry, committee …), capitalised."""
    words = description.split()
    if (
        len(words) < 2
        or words[0].lower() not in table.definite_articles
        or words[-1].lower() not in table.org_words
    ):
        return None
    head = words[-1].lower().capitalize()
    found = None
    for match in CAP_RUN.finditer(text, 0, position):
        name = match.group()
        if name.endswith(" " + head):
            found = name
    if found and found.split()[0].lower() in table.definite_articles:
        found = found.split(" ", 1)[1]
    return found if found and " " in found else None


def definite_referent(context: Context, description: str, position: int) -> str | None:
    """``the company`` / ``the agency`` → the organisation that opens one of the two
    sentences before (``WeWork is cutting jobs.``, ``CBP announced …``); ``the president``
    / ``the analyst`` → the one speaker before whose role ends in the word ("U.S. President
    Donald Trump", "Jefferies analyst Jonathan Matuszewski"), not a deputy's ("Vice
    President"); nobody when none or several do (``the expert`` after "one legal
    expert"); ``the 56-year-old`` → the one person given that age, ``the actor`` → the
    one earlier speaker so described."""
    table = context.table
    words = description.split()
    if words and words[0].lower() in table.referring_articles:
        noun = words[-1].lower()
        if len(words) == 2 and noun in table.role_words:
            # "sagte der Kanzler" (of "Bundeskanzler"), "acrescentou o ministro" (of
            # "ministro da Fazenda"): the one speaker who holds the title
            return (
                context.holder_of(noun, position, word=True)
                or (
                    context.holder_of(noun, position, opening=True)
                    if table.role_head_first
                    else None
                )
                # "Bundeskanzler Olaf Scholz verteidigte … „…“, sagte der Kanzler": the
                # person a sentence before introduced with the title, quoted or not
                or context.titled_subject_before(noun, position)
                # "dijo la mandataria", "disse a governante": a word for any office holder
                or (
                    _of_gender(
                        context,
                        context.titled_subject_before(noun, position, any_title=True),
                        table.article_genders.get(words[0].lower()),
                    )
                    if noun in table.epithets
                    else None
                )
            )
        return None
    if (
        2 <= len(words) <= _MAX_MODIFIED
        and words[0].lower() in table.definite_articles
        and all(w.islower() and not w.endswith(("'s", "’s")) for w in words[1:])
        and words[-1] in table.person_nouns  # not "the victim's mother": someone new
    ):
        # "the actor said", "the real estate agent said": the one earlier speaker the
        # article gave that noun ("actor James Van Der Beek"); "the driver said" after the
        # police chief spoke is someone else
        return context.holder_of(words[-1], position, word=True)
    if len(words) != 2 or words[0].lower() not in table.definite_articles:
        return None
    noun = words[1].lower()
    if noun.endswith(table.age_suffixes):
        return _of_age(context, noun, position)  # "the 56-year-old said"
    if noun in table.org_words:
        return _opening_name_before(context, position, noun)
    if noun in table.role_words:
        # "the senator said" after "Republican Senator Lindsey Graham criticized …": the
        # speaker with the title, else the person a sentence just before introduced so
        return context.holder_of(noun, position, word=True) or context.titled_subject_before(
            noun, position
        )
    return None


def _of_gender(context: Context, person: str | None, gender: str | None) -> str | None:
    """``person`` unless the article shows them to be of the other gender."""
    return person if agrees(context, person, gender) else None  # type: ignore[arg-type]


def _of_age(context: Context, noun: str, position: int) -> str | None:
    """The one person the article gives that age before ``position``: ``Jose Mourinho,
    56,`` or ``56-year-old Jose Mourinho``; nobody if none or several (the last speaker is
    not enough: the rookie named just before may not have spoken yet)."""
    age = noun.split("-", 1)[0]
    if not age.isdigit():
        return None
    text = context.text[:position]
    pattern = re.compile(
        rf"({CAP_RUN.pattern}),\s+{age}\s*,|{re.escape(noun)}\s+({CAP_RUN.pattern})"
    )
    found = {m.group(1) or m.group(2) for m in pattern.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _opening_name_before(context: Context, position: int, noun: str) -> str | None:
    here = bisect.bisect_right(context.sentences, position, key=lambda s: s.start) - 1
    lower = context.lowercase_words()
    table = context.table
    for k in range(here - 1, max(-1, here - 1 - _SENTENCES_BACK), -1):
        sentence = context.sentences[k]
        tokens = context.index.between(sentence.start, sentence.end)
        while tokens and tokens[0].lower in table.determiners:
            tokens = tokens[1:]
        if len(tokens) > 2 and tokens[0].lower == noun and tokens[1].text == ",":
            tokens = tokens[2:]  # "The group, WeWorkers Coalition, formed …"
        run = opening_run(tokens)
        if run and not any(
            t.lower in lower
            or t.lower in table.stop_words
            or t.lower in table.opening_words
            or t.lower in table.demonstratives
            or t.lower in table.role_words
            for t in run
        ):
            name = context.text[run[0].start : run[-1].end]
            if context.known_person(name):
                return None  # "Tim Cook told analysts …": the company is not he
            if re.search(rf"[\w,;] +{re.escape(run[0].text)}\b", context.text):
                return name  # written mid-sentence too: a name, not "Those" or "However"
    return None


def anaphoric_description(
    text: str, tokens: Sequence[Token], table: SpeechTable
) -> tuple[str, str | None] | None:
    """A description opening in lower case and closed by a demonstrative (``pria berkumis
    itu``, ``penyerang Timnas Inggris ini``, ``pria berusia 46 tahun itu``, ``pemain
    ‘Zoolander’ tersebut``, ``pria yang akrab disapa Emil itu``): the one just named.
    Returns the description in lower case (``pria berkumis``) and the nickname it gives,
    if any (``Emil``); None when no demonstrative closes it first. A preposition ends the
    search: ``peneliti dari lembaga itu`` is someone from that institute, maybe new; so
    does a relative clause without a nickname: in ``penumpang yang naik kereta tersebut``
    the demonstrative closes the train."""
    if not table.demonstratives:
        return None
    for count, token in enumerate(tokens[:_MAX_ANAPHOR]):
        lower = token.lower
        if count == 0 and (not token.is_word or token.is_capitalised):
            return None
        if lower in table.demonstratives:
            if count == 0 or _named_next(text, token.end):
                return None  # "dosen yang mendesain jembatan tersebut, Lukito …": named
            words = [t for t in tokens[:count] if t.is_word]
            nickname = nickname_in(words, table)
            if nickname is None and any(w.lower in table.relatives for w in words):
                return None  # "penumpang yang naik kereta tersebut": the train, not him
            return " ".join(w.lower for w in words), nickname
        if token.text in _QUOTE_MARKS:
            continue  # a title in quotation marks: "bintang film ‘Tuyul’ ini"
        if not token.is_word:
            return None
        if (
            lower in table.stop_words
            and lower not in table.relatives  # "pria yang akrab disapa Emil itu"
            and not tokens[count - 1].text[0].isdigit()  # "pemain 20 tahun tersebut"
        ):
            return None
    return None


def handle_speaker(text: str, tokens: Sequence[Token], table: SpeechTable) -> str | None:
    """``@ahmad_sopandii`` of ``akun bernama @ahmad_sopandii``: a handle speaks as written."""
    k = 0
    while k < min(len(tokens), _ACCOUNT_WORDS) and tokens[k].lower in table.account_words:
        k += 1
    if k >= len(tokens) or tokens[k].text != "@":
        return None
    end = tokens[k].end
    for token in tokens[k + 1 :]:
        if token.start != end or not (token.is_word or token.text in "._"):
            break
        end = token.end
    handle = text[tokens[k].start : end].rstrip("._")
    return handle if len(handle) > 1 else None


def _named_next(text: str, position: int) -> bool:
    """A comma and a capitalised word at ``position``: the description's name follows."""
    rest = text[position : position + _LOOKAHEAD].lstrip()
    return rest.startswith(",") and rest[1:].lstrip()[:1].isupper()


def nickname_in(words: Sequence[Token], table: SpeechTable) -> str | None:
    """``Emil`` of ``pria yang akrab disapa Emil``: the capitalised word after a link, past
    an honorific (``disapa Pak Haji``: ``Haji``)."""
    lowered = [w.lower for w in words]
    for link in table.nickname_links:
        parts = link.split()
        for i in range(len(words) - len(parts)):
            if lowered[i : i + len(parts)] != parts:
                continue
            k = i + len(parts)
            while k + 1 < len(words) and lowered[k] in table.role_words:
                k += 1
            if words[k].is_capitalised:
                return words[k].text
    return None


def surname_after_modifiers(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
    """``Schwartzman`` of ``the 14th-ranked Schwartzman said``: a definite article, a few
    lower-case modifiers, then a surname the article also writes after a first name
    (``Diego Schwartzman``); not an organisation or a title (``the new CEO``)."""
    if not 3 <= len(words) <= _MAX_MODIFIED or words[0].lower not in table.definite_articles:
        return None
    last = words[-1]
    if (
        not last.is_capitalised
        or last.is_acronym
        or last.lower in table.org_words
        or last.lower in table.role_words
        or any(
            w.is_capitalised or w.lower in table.stop_words or w.lower in table.role_words
            for w in words[1:-1]
        )
    ):
        return None
    if not re.search(rf"[A-Z][\w'’-]+ {re.escape(last.text)}(?![\w'’-])", text):
        return None
    return last.text


_CUE_REACH = 40
"""Characters between a cue and the speaker phrase it introduces (``kata`` … ``Menteri``)."""


def titled_holder(ctx: Context, title: str, position: int) -> str | None:
    """``kata Menteri Luar Negeri Rusia`` after ``Menteri Luar Negeri Rusia Sergei
    Lavrov tiba …``: the one person the article named with the whole title (who need
    not have spoken), before ``position``, else after it; None when it named two. The
    title must open its phrase: ``mantan``/``Wakil``/``Istri Gubernur …`` is someone
    else (:attr:`SpeechTable.subordinate_words`)."""
    before: set[str] = set()
    after: set[str] = set()
    for match in re.finditer(re.escape(title) + r",?[ \t]+", ctx.text):
        if position <= match.start() <= position + _CUE_REACH:
            continue  # the speaker phrase itself, right after its cue
        if not _opens_phrase(ctx, match.start()):
            continue
        run = CAP_RUN.match(ctx.text, match.end())
        if run is None:
            continue
        tokens = ctx.index.between(match.start(), run.end())
        name, role = split_name_role(ctx.text, tokens, ctx.table)
        if (
            name
            and role
            and role.casefold() == title.casefold()
            and not place_words(tokenize(name), ctx.table)
        ):
            (before if match.start() < position else after).add(ctx.full_name(name))
    names = before or after
    return names.pop() if len(names) == 1 else None


def _opens_phrase(ctx: Context, at: int) -> bool:
    """Whether nothing that qualifies a title comes right before ``at`` (a capitalised
    word, a title, ``mantan``, ``istri``): a sentence or clause starts there, or a
    plain word does (``oleh``, ``and``)."""
    tokens = ctx.index.between(max(0, at - 40), at)
    if not tokens or not tokens[-1].is_word:
        return True
    previous = tokens[-1]
    return not (
        previous.is_capitalised
        or is_role(previous, ctx.table)
        or previous.lower in ctx.table.subordinate_words
        or previous.lower in ctx.table.person_nouns
    )


def nickname_owner(
    text: str, nickname: str, table: SpeechTable, role_for: Callable[[str], str | None]
) -> str | None:
    """The full name an article gives a nickname: ``Presiden Joko Widodo (Jokowi)``,
    ``Basuki Tjahaja Purnama alias Ahok``. Only a word (not an acronym: ``(KPK)`` names an
    organisation) after a person-like run of two to four names, the run's titles dropped.
    Else the one titled person whose first name the nickname shortens (``Sandi`` for
    Sandiaga Uno, whom the article gives a role)."""
    if " " in nickname or nickname.isupper() or not table.nickname_links:
        return None
    if (
        f"({nickname}" not in text
        and f"( {nickname}" not in text
        and not any(f"{link} {nickname}" in text for link in table.nickname_links)
    ):
        return _shortened(text, nickname, role_for)  # no pattern to build
    links = "|".join(
        re.escape(link) for link in sorted(table.nickname_links, key=len, reverse=True)
    )
    pattern = re.compile(rf"({CAP_RUN.pattern})\s*(?:\(\s*|(?:{links})\s+){re.escape(nickname)}\b")
    for match in pattern.finditer(text):
        words = match.group(1).split()
        if words and "-" in words[0] and words[0].rsplit("-", 1)[1].lower() in table.role_words:
            words[0] = words[0].rsplit("-", 1)[1]  # "Rimanews-Presiden": a glued dateline
        while words and (words[0].lower() in table.role_words or words[0].isupper()):
            words.pop(0)  # "Presiden Joko Widodo", "Gubernur DKI Basuki …": no title
        if 2 <= len(words) <= MAX_NAME and not any(w.lower() in table.org_words for w in words):
            return " ".join(words)
    return None


_SHORT_NICKNAME = 4
"""Letters a shortened first name keeps at least (``Sandi``, not ``An``)."""


def _shortened(text: str, nickname: str, role_for: Callable[[str], str | None]) -> str | None:
    if len(nickname) < _SHORT_NICKNAME:
        return None
    at, size = text.find(nickname), len(nickname)
    while at >= 0 and not text[at + size : at + size + 1].islower():
        at = text.find(nickname, at + size)
    if at < 0:
        return None  # never the start of a longer word: no pattern to build
    tail = r"(?: [A-Z][\w'’\-]+){1,3}"
    owners = {
        m.group() for m in re.finditer(rf"(?<![\w'’]){re.escape(nickname)}[a-z]+{tail}", text)
    }
    titled = [owner for owner in owners if role_for(owner)]
    return titled[0] if len(titled) == 1 and len(owners) == 1 else None
