"""Who opens a sentence or a clause: the person a pronoun after it most likely means.

``“…,” ujarnya`` after ``Ketua DKPP Jimly Asshiddiqie mendukung …`` is Jimly, not the last
speaker; ``When President Ashraf Ghani announced …, he said`` is Ghani. A sentence's
opening words are read as a title and a name, never a name further on (mostly an object).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from briefing.analysis.actors_gazetteer import tagger_gazetteer
from briefing.analysis.ner import (
    TAGGER_LANGUAGES,
    Entity,
    entities_from_tags,
    load_tagger,
    tokenize,
)
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_names import (
    MAX_NAME,
    is_organisation,
    opening_run,
    span_text,
    split_name_role,
    titled_surname,
)
from briefing.analysis.speaker_segments import is_role
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.suggestions import SentenceSpan
from briefing.analysis.tokens import Token, TokenIndex

_ADVERBIAL_TOKENS = 8
"""How long an opening time or connective before its comma may be (``Pada Senin (27/3),``)."""
_OPENING = 80
"""Characters read from a sentence's start for its subject."""
_PASSIVE_REACH = 6
"""Tokens after an unnamed subject read for an acted-on verb (``berinisial AS ditangkap``)."""
_QUOTE_OPENERS = ("“", '"', "«", "„", "「", "‘")
"""Marks that open a quotation: names inside one are what was said, not who said it."""


class Context(Protocol):
    """What :class:`briefing.analysis.speakers.SpeakerContext` offers here."""

    text: str
    table: SpeechTable
    index: TokenIndex

    def full_name(self, name: str) -> str: ...

    def role_for(self, name: str) -> str | None: ...

    def names_ending_in(self, surname: str) -> Counter[str]: ...

    def known_person(self, name: str) -> bool: ...


def clause_opener(
    ctx: Context, start: int, position: int, spoken: set[str], *, titled: bool = False
) -> str | None:
    """The person who opens the sentence of the pronoun at ``position``, outside any
    quotation: ``Carlineo was arrested … in which he said``, ``When President Ashraf
    Ghani announced …, he said``. Only the sentence's opening name counts (after
    ``When``, ``The``): a name further on is mostly an object (``Usai bertemu Presiden
    Joko Widodo, ia mengatakan`` is still the earlier speaker). And only a name known
    as a person: one who speaks, has a role or a title, or the surname of a longer
    name the article uses; not a place or an organisation."""
    clause = ctx.text[start:position]
    quoted = min((i for i in (clause.find(m) for m in _QUOTE_OPENERS) if i >= 0), default=-1)
    if quoted >= 0:
        position = start + quoted
    tokens = ctx.index.between(start, position)
    tokens = tokens[_opening_adverbial(ctx, tokens) :]  # "Pada Senin, Menteri X …"
    run: list[Token] = []
    end = 0
    courtesy = ctx.table.honorifics
    while end < len(tokens) and sum(t.lower not in courtesy for t in run) < MAX_NAME + 3:
        token = tokens[end]
        if acronym_in_brackets(tokens, end):
            end += 3  # "Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Jimly …"
            continue
        if not token.is_word or not (
            token.is_capitalised
            or token.lower in ctx.table.name_particles
            or (run and is_role(token, ctx.table))  # "Le président Emmanuel Macron"
            or (run and _modifies_role(ctx, tokens, end))  # "Die ehemalige Kanzlerin"
            or (run and _complement_to_name(ctx, run, tokens, end))
        ):
            break
        run.append(token)
        end += 1
    if titled and _acted_on(ctx, tokens, end):
        return None  # "Ketua KPK Firli Bahuri dilaporkan …": acted on, not speaking
    return _person_in_run(ctx, run, spoken, titled=titled) if run else None


_ROLE_LEAD_WORDS = 2
"""Lower-case words a role may open with: ``ehemalige``, ``former finance`` (minister)."""


def _modifies_role(ctx: Context, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a lower-case word that leads into a role opening the
    sentence: ``Die ehemalige Bundeskanzlerin``, ``The former finance minister``; not a
    verb after a name or a clause (``El presidente Carlos Ortega criticó al ministro``,
    ``Usai bertemu Presiden Joko Widodo``)."""
    table = ctx.table
    if not tokens[k].is_word or tokens[k].is_capitalised:
        return False
    subordinate = tokens[k].lower in table.subordinate_words
    if not subordinate and any(
        t.lower not in table.determiners and t.lower not in table.subordinate_words
        for t in tokens[:k]
    ):
        return False
    for token in tokens[k : k + _ROLE_LEAD_WORDS + 1]:
        if is_role(token, table):
            return subordinate or not token.is_capitalised
        if not token.is_word or token.is_capitalised:
            return False
    return False


_COMPLEMENT_WORDS = 3
"""Lower-case words of a title's complement before its holder's name (``иностранных
дел``, then ``России``)."""


def _complement_to_name(
    ctx: Context, run: Sequence[Token], tokens: Sequence[Token], k: int
) -> bool:
    """Whether ``tokens[k]`` is a lower-case word of the complement of a title in ``run``
    that a known given name follows: ``Министр иностранных дел России Сергей Лавров
    провёл …``, ``Le ministre de l’Intérieur Gérald Darmanin``. Only a given name the
    lists know ends it, so a verb after a title (``Министр провёл встречу с …``) does
    not join."""
    role = next((j for j in range(len(run) - 1, -1, -1) if is_role(run[j], ctx.table)), None)
    if role is None:
        return False
    if role < len(run) - 1 and all(t.is_capitalised for t in run[role + 1 :]):
        return False  # "El presidente Carlos Ortega criticó al ministro Luis …": a verb
    given = known_given_names_anywhere()
    for token in tokens[k : k + _COMPLEMENT_WORDS + 2]:
        if not token.is_word:
            return False
        if token.text in given:
            return True
    return False


def _opening_adverbial(ctx: Context, tokens: Sequence[Token]) -> int:
    """How many tokens a leading time or connective takes up to its comma (``Pada
    Senin,``, ``Sementara itu,``, ``On Monday,``), or 0; not a clause with a verb
    (``Usai bertemu X,``)."""
    plain = ctx.table.opening_words
    for k, token in enumerate(tokens[:_ADVERBIAL_TOKENS]):
        if token.text == ",":
            return k + 1 if k else 0
        if token.is_word and not (token.lower in plain or token.text.isdigit()):
            return 0
    return 0


def _person_in_run(
    ctx: Context, run: Sequence[Token], spoken: set[str], *, titled: bool = False
) -> str | None:
    """``titled``: only a title followed by a name of two words or more."""
    words = list(run)
    while words and (
        words[0].lower in ctx.table.stop_words or words[0].lower in ctx.table.determiners
    ):
        words.pop(0)  # "When", "The"
    if not words:
        return None
    name, role = split_name_role(ctx.text, words, ctx.table)
    if not name or is_organisation(ctx.table, name):
        return None
    full = ctx.full_name(name)
    if titled:
        return full if role and " " in name and not _described(ctx, run[-1]) else None
    if full in spoken or name in spoken or ctx.role_for(full):
        return full
    if role and " " in name:
        return full  # "Afghan President Ashraf Ghani": a title before two names
    if " " not in name and _longer_names(ctx, name):
        # "Carlineo" opening a sentence: the surname of a longer name the article
        # uses (Pat / Patrick Carlineo); the actors later give it in full
        return full
    return None


def _described(ctx: Context, last: Token) -> bool:
    """Whether a demonstrative follows the run ending at ``last``: ``Mantan Kapolda
    Metro Jaya ini`` describes someone, it does not name him."""
    after = ctx.index.between(last.end, min(len(ctx.text), last.end + 12))
    return bool(after) and after[0].lower in ctx.table.demonstratives


def _known_subject(ctx: Context, sentence: SentenceSpan, spoken: set[str]) -> str | None:
    run = opening_run(opening_tokens(ctx, sentence))  # after "Sementara itu, …"
    table = ctx.table
    if run and run[0].lower in table.cue_words:
        run = run[1:]  # "Menurut Idham, …": Idham
    if not run or run[0].lower in table.stop_words or run[0].lower in table.determiners:
        return None
    if len(run) == 1:
        # one capitalised word opens most sentences; only a known speaker counts
        word = run[0].text
        if word in spoken:
            return ctx.full_name(word)
        return next((n for n in spoken if n.endswith(" " + word)), None)
    name = span_text(ctx.text, run, 0, len(run))
    if name in spoken or run[-1].text in spoken or ctx.role_for(name):
        return name
    return None


def sentence_subject(ctx: Context, sentence: SentenceSpan, spoken: set[str]) -> str | None:
    """Who opens an earlier sentence: a known speaker (:func:`_known_subject`), or a
    person the sentence introduces by a title and a name of two words or more that the
    name tagger reads as a person (``Komandan Angkatan Udara Swiss Aldo Schellenberg dalam
    konferensi pers …``, ``Ketua Dewan Kehormatan Penyelenggara Pemilu (DKPP) Jimly
    Asshiddiqie mendukung …``). Not in a headline line, and not a description (``Mantan
    Kapolda Metro Jaya ini``). The tagger takes the region after a title for a name
    (``Kapolda Metro Jaya menyebut …``): such a sentence still passes for a subject."""
    subject = (
        _known_subject(ctx, sentence, spoken)
        or appositive_subject(ctx, sentence.start, sentence.end)
        or described_subject(ctx, sentence)
        or _given_name_subject(ctx, sentence)
        or _opinion_name(ctx, sentence)
        or _named_after_description(ctx, sentence)
    )
    if subject is None and not _title_cased(ctx, sentence):
        person = clause_opener(ctx, sentence.start, sentence.end, spoken, titled=True)
        if person and tagged_person(ctx, sentence, person):
            subject = person
        else:
            subject = _surname_subject(ctx, sentence)
    if subject and subject[:1].islower() and _tail_of_a_name(ctx.text, subject):
        return None  # "de Madrid" of "la Comunidad de Madrid, Isabel Díaz Ayuso"
    return subject


_MAX_TITLE_TOKENS = 9
"""Tokens of the title that opens a sentence before its holder's name between commas."""
_MAX_TITLE_CHARS = 120


def appositive_subject(ctx: Context, start: int, end: int) -> str | None:
    """``Le ministre des Transports, Philippe Tabarot, a appelé …``, ``Son secrétaire
    général, Thierry Nier, a estimé …``: a title opens the sentence and its holder's name
    follows between commas; that person is the sentence's subject (a later ``a-t-il
    ajouté`` is theirs), in ``text[start:end]``. The title may follow an opening
    connective (``Sementara itu, Ketua Pengarah …``) and hold an acronym in brackets
    (``La portavoz de la … (OCU), Ileana Izverniceanu, recordó``); the name may open with
    honorifics (``Tan Sri Lim Kok Cheong``), which are not part of it."""
    table = ctx.table
    if ctx.text.find(",", start, min(end, start + _MAX_TITLE_CHARS)) < 0:
        return None  # (cheap tests first: this is asked of many sentences)
    tokens = ctx.index.between(start, end)
    tokens = tokens[_opening_adverbial(ctx, tokens) :]
    comma = next((k for k, t in enumerate(tokens[: _MAX_TITLE_TOKENS + 4]) if t.text == ","), 0)
    head = [
        t
        for k, t in enumerate(tokens[:comma])
        if not any(_name_in_brackets(tokens, k - back) for back in range(min(k, 2) + 1))
    ]
    if not head or len(head) > _MAX_TITLE_TOKENS:
        return None
    lead = next(
        (t for t in head if t.lower not in table.determiners and t.lower not in table.possessives),
        None,
    )
    if lead is None or not is_role(lead, table):
        return None  # the title opens the sentence (not "Stadion Kapten …, Gianyar,")
    if any(not t.is_word and t.text not in ("'", "’", "-") for t in head):
        return None  # a quotation or a clause, not a title
    first = comma + 1
    while first < len(tokens) and tokens[first].lower.rstrip(".") in table.honorifics:
        first += 1  # "Tan Sri", "Datuk", "Dr"
    last = first
    while (
        last < len(tokens)
        and last - first < MAX_NAME + 2
        and tokens[last].is_word
        and (tokens[last].is_capitalised or tokens[last].lower in table.name_particles)
    ):
        last += 1
    if last == first or last >= len(tokens) or tokens[last].text != ",":
        return None
    name = tokens[first:last]
    if not (name[0].is_capitalised and name[-1].is_capitalised) or any(
        (is_role(t, table) and not (k == len(name) - 1 and titled_surname(name, k + 1, table)))
        or t.lower in table.org_words
        or t.is_acronym
        for k, t in enumerate(name)
    ):
        return None  # ("Bruno Le Maire" is a name)
    return ctx.text[name[0].start : name[-1].end]


_MAX_AGE_DIGITS = 3


def _opinion_name(ctx: Context, sentence: SentenceSpan) -> str | None:
    found = opinion_holder(ctx, sentence)
    return found[0] if found else None


_OPINION_DESCRIPTION = 3
"""Words between an opinion opener and the name (``para a enfermeira``)."""


def _named_after_description(ctx: Context, sentence: SentenceSpan) -> str | None:
    """``A cabeleireira Andréia Costa, que perdeu …, chorou``, ``The hairdresser Jane Doe
    cried``: a determiner and a lower-case description open the sentence, then a name of
    two words or more that opens with a known given name or is followed by a relative
    clause about them (``, que perdeu …``); that person is its subject."""
    table = ctx.table
    tokens = ctx.index.between(sentence.start, min(sentence.end, sentence.start + _LOOK))
    if not tokens or tokens[0].lower not in table.determiners:
        return None
    k = _description_end(tokens, 1)
    if k == 1 or any(t.lower in table.org_words for t in tokens[1:k]):
        return None  # "Le club Paris Saint-Germain": a body's name
    n = _opening_name_length(tokens[k:])
    if n < 2 or n > MAX_NAME or tokens[k].lower in table.determiners:
        return None  # "Le journal Le Monde"
    who = (
        k + n + 1 < len(tokens)
        and tokens[k + n].text == ","
        and tokens[k + n + 1].lower in table.relatives
    )
    if tokens[k].text not in known_given_names_anywhere() and not who:
        return None  # (a person: a known given name, or "…, que perdeu a mãe")
    name = tokens[k : k + n]
    return ctx.text[name[0].start : name[-1].end] if _plain_name(name, table) else None


def _plain_name(name: Sequence[Token], table: SpeechTable) -> bool:
    """No title, organisation word or acronym among a name's words (``Ketua KPK``)."""
    return not any(is_role(t, table) or t.lower in table.org_words or t.is_acronym for t in name)


def _description_end(tokens: Sequence[Token], k: int) -> int:
    """Past the lower-case words of a description from ``tokens[k]`` (``a cabeleireira``,
    ``el economista``), a few at most: where the name should begin."""
    end = k
    while (
        end < len(tokens)
        and end - k < _OPINION_DESCRIPTION
        and tokens[end].is_word
        and not tokens[end].is_capitalised
    ):
        end += 1
    return end


_LOOK = 160
"""Characters at a sentence's start read for a described name."""


def opinion_holder(ctx: Context, sentence: SentenceSpan) -> tuple[str, int, bool] | None:
    """(name, the comma after it, whether a description came before the name) of the
    person a sentence opens with as the one whose view it gives (``Pour Hélène Garnier,
    …``, ``Para a enfermeira Sofia Almeida, …``, ``Para el economista Juan Pérez, …``): an
    opinion opener, maybe a determiner and a lower-case description, then a name of two
    words or more (a known given name first, or the name tagger's person) and a comma.
    None otherwise (``Pour la première fois, …``)."""
    table = ctx.table
    if not table.opinion_openers:
        return None
    tokens = ctx.index.between(sentence.start, sentence.end)
    if not tokens or tokens[0].lower not in table.opinion_openers:
        return None
    k = _description_end(tokens, 1)  # "a enfermeira", "el economista"
    n = _opening_name_length(tokens[k:])
    if n < 2 or n > MAX_NAME or k + n >= len(tokens) or tokens[k + n].text != ",":
        return None
    name = tokens[k : k + n]
    if not _plain_name(name, table):
        return None
    found = ctx.text[name[0].start : name[-1].end]
    if name[0].text in known_given_names_anywhere() or (
        table.language in TAGGER_LANGUAGES and tagged_person(ctx, sentence, found)
    ):
        return found, tokens[k + n].start, k > 1
    return None


def described_subject(ctx: Context, sentence: SentenceSpan) -> str | None:
    """``Sophie Martin, une voyageuse rencontrée gare de Lyon, ne cache pas …``, ``Maria
    Huber, 54, schilderte …``: a person's name opens the sentence and, after a comma, a
    description of someone new (an indefinite article) or an age; that person is the
    subject a later ``a-t-elle dit`` means. A person's name: it opens with a known given
    name, or the name tagger reads it as a person."""
    text, table = ctx.text, ctx.table
    if text.find(",", sentence.start, sentence.end) < 0:
        return None  # (cheap tests first: this is asked of many sentences)
    tokens = ctx.index.between(sentence.start, sentence.end)
    tokens = tokens[_opening_adverbial(ctx, tokens) :]
    k = _opening_name_length(tokens)
    if k < 2 or k > MAX_NAME or k + 1 >= len(tokens) or tokens[k].text != ",":
        return None
    after = tokens[k + 1]
    if not (
        table.determiner_at(tokens, k + 1, indefinite=True)
        or (after.text.isdigit() and len(after.text) <= _MAX_AGE_DIGITS)
    ):
        return None
    name = tokens[:k]
    if any(is_role(t, table) or t.lower in table.org_words or t.is_acronym for t in name):
        return None
    found = text[name[0].start : name[-1].end]
    given = name[0].text
    if given in known_given_names_anywhere():
        return found
    if table.language in TAGGER_LANGUAGES and tagged_person(ctx, sentence, found):
        return found
    return None  # "Manchester United, a club in crisis,": no person's name


_CAPITAL_BEFORE = re.compile(r"[^\W\d_][\w'’-]*\s+$")


def _tail_of_a_name(text: str, subject: str) -> bool:
    """Whether ``subject`` (opening with a lower-case particle) only ever follows a
    capitalised word: the end of a longer name (``Museo del Prado``), no name itself."""
    position = text.find(subject)
    while position >= 0:
        before = _CAPITAL_BEFORE.search(text, max(0, position - 40), position)
        if before is None or not before.group()[:1].isupper():
            return False
        position = text.find(subject, position + 1)
    return True


def unnamed_subject(ctx: Context, sentence: SentenceSpan) -> bool:
    """Whether ``sentence`` opens with someone new and unnamed who speaks (``Seorang
    musisi misalnya, menulis …``, ``A spokesman for the ministry said …``): a pronoun
    after it means that one, not anyone named earlier. A person: a role word, or any noun
    after a word that counts people (``seorang``); not ``One thing``, ``Salah satu
    lapisan``, nor ``Seorang pria berinisial AS ditangkap`` (acted on: the story's object)."""
    tokens = opening_tokens(ctx, sentence)
    table = ctx.table
    k = table.determiner_at(tokens, 0, indefinite=True)
    if not k:
        return False
    while k < len(tokens) and (size := table.determiner_at(tokens, k)):
        k += size  # "one of the"
    return (
        k < len(tokens)
        and tokens[k].is_word
        and not tokens[k].is_capitalised
        and (is_role(tokens[k], table) or tokens[k - 1].lower in table.person_classifiers)
        and not any(_acted_on(ctx, tokens, i) for i in range(k + 1, k + _PASSIVE_REACH))
    )


def opening_tokens(ctx: Context, sentence: SentenceSpan) -> list[Token]:
    """The first tokens of ``sentence`` after an opening time or connective (``Memang,``)."""
    tokens = ctx.index.between(sentence.start, min(sentence.end, sentence.start + _OPENING))
    return list(tokens[_opening_adverbial(ctx, tokens) :])


def _given_name_subject(ctx: Context, sentence: SentenceSpan) -> str | None:
    """``Fernando Haddad falou aos jornalistas. Segundo ele, …``: a name of two words or
    more that opens the sentence with a known given name and a lower-case word (its verb)
    after it is the sentence's subject, though the article has given the person no role
    and no quote yet; not one acted on (``was indicted``), nor in the languages the name
    tagger knows (there its titled names and the speakers decide)."""
    if ctx.table.language in TAGGER_LANGUAGES:
        return None
    tokens = opening_tokens(ctx, sentence)
    # "Le footballeur Kylian Mbappé a …", "Anwohnerin Gisela Brunner hat …"
    tokens = tokens[_past_description(ctx, tokens) or _past_capitalised_noun(ctx, tokens) :]
    k = _opening_name_length(tokens)
    verb = k + _AGE if _age_after(tokens, k) else k  # "Gisela Brunner, 64, hat …"
    if (
        not 2 <= k <= MAX_NAME
        or verb >= len(tokens)
        or not (tokens[verb].is_word and tokens[verb].text[:1].islower())
        or tokens[0].text not in known_given_names_anywhere()
        or tokens[0].lower in ctx.table.determiners  # "Le Monde a publié"
        or tokens[0].lower in ctx.table.stop_words
        or any(is_role(t, ctx.table) or t.lower in ctx.table.org_words for t in tokens[:k])
        or _acted_on(ctx, tokens, k)
    ):
        return None
    return ctx.text[tokens[0].start : tokens[k - 1].end]


_DESCRIPTION_WORDS = 2
_AGE = 3  # ", 64,"


def _age_after(tokens: Sequence[Token], k: int) -> bool:
    """An age between commas after the name at ``tokens[:k]`` (``Gisela Brunner, 64,``)."""
    return (
        k + _AGE < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 1].text.isdigit()
        and tokens[k + 2].text == ","
    )


def _past_capitalised_noun(ctx: Context, tokens: Sequence[Token]) -> int:
    """Where a name starts after capitalised nouns that describe its holder, with or
    without an article (``Anwohnerin Gisela Brunner``, ``Die Anwohnerin …``, ``Kapitän
    Jonas Feld``: German writes every noun so), when a known given name follows; or 0."""
    given = known_given_names_anywhere()
    k = 1 if tokens and tokens[0].lower in ctx.table.determiners else 0
    j = k
    while (
        j < len(tokens)
        and j - k < _DESCRIPTION_WORDS
        and tokens[j].is_word
        and tokens[j].is_capitalised
        and tokens[j].text not in given
        and tokens[j].lower not in ctx.table.org_words
    ):
        j += 1
    return j if k < j < len(tokens) and tokens[j].text in given else 0


def _past_description(ctx: Context, tokens: Sequence[Token]) -> int:
    """Where a name starts after an article and a lower-case description before it
    (``Le footballeur``, ``El ciclista asturiano``, ``A economista``), or 0."""
    if not tokens or tokens[0].lower not in ctx.table.determiners:
        return 0
    k = 1
    while (
        k < len(tokens)
        and k <= _DESCRIPTION_WORDS
        and tokens[k].is_word
        and tokens[k].text.islower()
        and tokens[k].lower not in ctx.table.stop_words
        and tokens[k].lower not in ctx.table.determiners
    ):
        if tokens[k].lower in ctx.table.org_words:
            return 0  # "Le club Paris Saint-Germain": a body, not a person
        k += 1
    return k if 1 < k < len(tokens) and tokens[k].is_capitalised else 0


def _opening_name_length(tokens: Sequence[Token]) -> int:
    """How many capitalised words open ``tokens`` (counting stops past :data:`MAX_NAME`)."""
    k = 0
    while k < len(tokens) and k <= MAX_NAME and tokens[k].is_word and tokens[k].is_capitalised:
        k += 1
    return k


def _acted_on(ctx: Context, tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` starts a verb saying the subject before it was acted on
    (``dilaporkan``, ``was indicted``): the story's object, not the next speaker. Only
    the verbs the table lists (``didampingi``, ``was in Ohio`` say nothing of the sort)."""
    table = ctx.table
    if k >= len(tokens):
        return False
    if table.passive_auxiliaries:  # English: "was indicted", not "Smith fired the coach"
        return (
            tokens[k].lower in table.passive_auxiliaries
            and k + 1 < len(tokens)
            and tokens[k + 1].lower in table.acted_on_verbs
        )
    return tokens[k].lower in table.acted_on_verbs  # "dilaporkan": the verb is passive


def _surname_subject(ctx: Context, sentence: SentenceSpan) -> str | None:
    """``Young, in his testimony, did criticise …``: a sentence opened by the surname of
    one person the article names in full and who speaks or has a role (Tom Young)."""
    tokens = opening_tokens(ctx, sentence)
    if len(tokens) < 2 or not (tokens[0].is_word and tokens[0].is_capitalised):
        return None
    word, after = tokens[0], tokens[1]
    table = ctx.table
    if (
        after.is_capitalised
        or _acted_on(ctx, tokens, 1)
        or word.text.isupper()
        or any(
            word.lower in words
            for words in (table.stop_words, table.opening_words, table.cue_words, table.pronouns)
        )
    ):
        return None
    longer = _longer_names(ctx, word.text)
    if len(longer) != 1:
        return None
    (full,) = longer
    return full if ctx.known_person(full) else None


def _longer_names(ctx: Context, surname: str) -> set[str]:
    """The article's names of two words or more that end in ``surname`` (no organisation)."""
    return {
        candidate
        for candidate in ctx.names_ending_in(surname)
        if candidate.endswith(" " + surname)
        and 2 <= len(candidate.split()) <= MAX_NAME
        and not is_organisation(ctx.table, candidate)
    }


def _title_cased(ctx: Context, sentence: SentenceSpan) -> bool:
    """A headline line ("Baca juga: … Diberikan Mukjizat Berupa Kesembuhan"): no word
    of three letters or more in lower case."""
    return not any(
        t.is_word and len(t.text) >= 3 and t.text.islower()
        for t in ctx.index.between(sentence.start, sentence.end)
    )


def tagged_person(ctx: Context, sentence: SentenceSpan, name: str) -> bool:
    """Whether the name tagger, where it knows the language, reads ``name`` in
    ``sentence`` as a person (not ``Wasit Prancis`` or ``Metro Jaya``)."""
    if ctx.table.language not in TAGGER_LANGUAGES:
        return True
    words = name.split()
    at = ctx.text.find(name, sentence.start, sentence.end)
    before = ctx.index.between(sentence.start, at) if at > 0 else []
    # after an honorific the name is clear ("Datuk Mohd Nassuruddin Daud"), and the tagger
    # may cut its first word ("Nassuruddin Daud")
    courtesy = bool(before) and before[-1].lower.rstrip(".") in ctx.table.honorifics

    def same(tagged: list[str]) -> bool:
        if courtesy and 2 <= len(tagged) < len(words):
            return tagged == words[-len(tagged) :]
        return tagged[-len(words) :] == words

    return any(
        entity.type == "PER" and same(ctx.text[entity.start : entity.end].split())
        for entity in _sentence_entities(ctx, sentence)
    )


def tagged_as_other(ctx: Context, sentence: SentenceSpan, name: str, at: int) -> bool:
    """Whether the name tagger, where it knows the language, reads the last word of
    ``name`` (written at ``at``) as part of an organisation or a place in ``sentence``
    (``Piala Dunia``, ``Rapat Terbatas``)."""
    if ctx.table.language not in TAGGER_LANGUAGES:
        return False
    last = at + len(name) - 1
    return any(
        entity.type != "PER" and entity.start <= last < entity.end
        for entity in _sentence_entities(ctx, sentence)
    )


def _sentence_entities(ctx: Context, sentence: SentenceSpan) -> list[Entity]:
    """The name tagger's entities in ``sentence`` (a language it knows)."""
    tokens = tokenize(ctx.text, sentence.start, sentence.end)
    tags = load_tagger().tag([t.text for t in tokens], tagger_gazetteer(ctx.table.language))
    return entities_from_tags(tags, tokens)


def _name_in_brackets(tokens: Sequence[Token], at: int) -> bool:
    """Whether ``tokens[at:at + 3]`` is one capitalised word in brackets: the short name of
    the body a title names (``(OCU)``, ``(MetMalaysia)``)."""
    if at + 2 >= len(tokens) or tokens[at].text != "(" or tokens[at + 2].text != ")":
        return False
    return tokens[at + 1].is_word and tokens[at + 1].is_capitalised


def acronym_in_brackets(tokens: Sequence[Token], at: int) -> bool:
    """Whether ``tokens[at:at + 3]`` is ``( ACRONYM )`` inside a title."""
    if at + 2 >= len(tokens) or tokens[at].text != "(" or tokens[at + 2].text != ")":
        return False
    word = tokens[at + 1]
    return word.is_word and len(word.text) >= 2 and word.text[:2].isupper()
