"""Speaker phrases: the words next to a speech cue, read as a name, a role or a pronoun.

``kata Juru Bicara Dewan Keamanan Nasional AS, John Kirby`` → John Kirby with his role;
``Pentagon spokesman John Kirby said`` → the same in English; ``Presiden Ukraina Volodymyr
Zelensky`` → the name after the title and its complement; ``Seorang pejabat senior`` → a
description; ``ia`` / ``he`` → the previous speaker. Cue words, pronouns, titles, particles
and function words come from ``data/<lang>/speech.json``: the code knows only the shapes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from briefing.analysis.speaker_appositives import (
    before_aside,
    closing_appositive,
    named_before,
)
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_names import (
    body_after_article,
    has_role_word,
    is_organisation,
    span_text,
    split_name_role,
    strip_determiners,
)
from briefing.analysis.speaker_parts import (
    affiliation,
    contracted,
    group_before_place,
    is_clause,
    is_description,
)
from briefing.analysis.speaker_refs import (
    anaphoric_description,
    handle_speaker,
    nickname_in,
    surname_after_modifiers,
)
from briefing.analysis.speaker_runs import (
    MAX_DESCRIPTOR,
    a_person,
    appositive_role,
    backward_run,
    genitive_complement,
    member_of_group,
    person_from_place,
    run_forward,
)
from briefing.analysis.speaker_segments import (
    comma_segments,
    is_role,
    place_continuation,
    place_or_body,
    place_words,
    without_place,
    without_time_and_place,
)
from briefing.analysis.speaker_trims import (
    after_acronym,
    after_place,
    located_body,
    name_after_place,
    occasion,
    without_asides,
    without_origin,
)
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex, tokenize

WINDOW = 220
"""Characters read either side of a cue; speaker phrases are short."""
_SHORT_SUBJECT = 4
"""A clause-initial phrase this short before a cue is its subject (``Russia's foreign ministry``)."""


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """A parsed speaker: a name, a pronoun (the previous speaker) or a description."""

    name: str | None
    role: str | None = None
    pronoun: bool = False
    descriptor: bool = False
    anaphor: str | None = None
    """``sumber`` of ``sumber itu`` (lower case): a pronoun that may mean ``seorang sumber``."""
    gender: str | None = None
    """``m`` for ``he``, ``f`` for ``she``: which earlier speakers the pronoun can mean."""
    nickname: str | None = None
    """``Emil`` of ``kata pria yang akrab disapa Emil itu``: who the pronoun is, if the
    article names that nickname in full (or if no earlier speaker can be meant)."""


def _window(
    text: str, start: int, end: int, index: TokenIndex | None, table: SpeechTable
) -> list[Token]:
    tokens = index.between(start, end) if index is not None else tokenize(text, start, end)
    return table.without_elisions(tokens) if table.elisions else tokens


_MAX_CAPACITY = 9
"""Tokens of "sebagai salah satu anggota tetap DK PBB" after a subject: its capacity."""


def _opens_its_clause(tokens: Sequence[Token], table: SpeechTable) -> bool:
    """Whether the words after the last comma of ``tokens`` are a title and a name only
    (``Ketua Bawaslu RI Abhan``), not a clause whose object is named (``KPK menetapkan
    Setya Novanto``)."""
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    words = [t for t in tokens[comma + 1 :] if t.is_word]
    return bool(words) and all(
        t.is_capitalised or is_role(t, table) or t.lower in table.name_particles for t in words
    )


def _description(text: str, words: Sequence[Token]) -> SpeakerPhrase:
    return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)


def _lowered(words: Sequence[Token]) -> str:
    return " ".join(w.lower for w in words)


def _before_recipient(tokens: Sequence[Token], end: int, table: SpeechTable) -> int:
    """``end``, or where whom it was told begins inside the run (``sagte ein Sprecher der
    Deutschen Bahn | der Nachrichtenagentur AFP``, ``… | der Deutschen Presse-Agentur``,
    ``… | der Zeitung Die Welt``): an article, then within two words a noun of the speech
    table's ``recipient_endings``."""
    if not table.recipient_endings:
        return end
    for k in range(2, end - 1):
        if tokens[k].lower in table.recipient_articles and any(
            t.lower.endswith(table.recipient_endings) for t in tokens[k + 1 : min(end, k + 3)]
        ):
            return k
    return end


_COMPLEMENT_WORDS = 5
"""Words of a title's complement before the comma and the name (``du service``)."""


def _through_complement(tokens: Sequence[Token], end: int, table: SpeechTable) -> int:
    """``end``, or the comma after a title's complement where a name follows it (``a
    expliqué la cheffe du service, le docteur Camille Fabre``, ``dijo la portavoz de la
    empresa, Ana Ruiz``): a determiner and a role word open the run, words only up to
    the comma, then a capitalised word or a determiner."""
    if end < 2 or end >= len(tokens) or tokens[end].text == ",":
        return end
    if tokens[0].lower not in table.determiners or not is_role(tokens[1], table):
        return end
    for k in range(end, min(len(tokens) - 1, end + _COMPLEMENT_WORDS + 1)):
        token = tokens[k]
        if token.text == ",":
            following = tokens[k + 1]
            if following.lower in table.determiners:
                opens_name = k + 2 < len(tokens) and is_role(tokens[k + 2], table)
            else:
                named = [t.text for t in itertools.takewhile(lambda t: t.is_word, tokens[k + 1 :])]
                # not "a spokeswoman for the airline, Garuda Indonesia": the body's name;
                # after a body's noun ("o porta-voz da companhia aérea, TAP Air Portugal")
                # only a person's name, one with a known given name
                of_a_body = any(
                    t.lower in table.company_nouns or t.lower in table.org_words
                    for t in tokens[end:k]
                )
                opens_name = (
                    following.is_capitalised
                    and not place_or_body(named, table)
                    and (
                        not of_a_body
                        or following.text in known_given_names_anywhere()
                        or is_role(following, table)  # "…, General Ivan Petrov"
                        or following.lower.rstrip(".") in table.honorifics  # "…, Dr. Mary Lee"
                    )
                )
            return k if opens_name and k > end else end
        if not token.is_word or token.lower in table.cue_words or token.lower in table.time_any:
            return end
    return end


def parse_forward(
    text: str, start: int, limit: int, table: SpeechTable, index: TokenIndex | None = None
) -> SpeakerPhrase | None:
    """The speaker phrase right after a ``cue_then_speaker`` cue (``kata Austin kepada…``)."""
    tokens = _window(text, start, min(limit, start + WINDOW), index, table)
    if tokens and tokens[0].text == "," and len(tokens) > 1 and tokens[1].is_capitalised:
        tokens = tokens[1:]  # "ujar, Habiburokhman, …": a stray comma after the cue
    timed = table.time_run(tokens)
    if (
        0 < timed < len(tokens)
        and tokens[timed].is_word
        and (not tokens[timed].is_capitalised or is_role(tokens[timed], table))
    ):
        tokens = tokens[timed:]  # "a déclaré jeudi le ministre …", "заявил в четверг министр"
    located = located_body(tokens, table)
    if located is not None:  # "сообщили в пресс-службе губернатора"
        return SpeakerPhrase(located[0], descriptor=located[1])
    tokens = tokens[occasion(tokens, table) :]
    if not tokens:
        return None
    first = tokens[0]
    if first.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True, gender=table.gender_pronouns.get(first.lower))
    handle = handle_speaker(text, tokens, table)
    if handle is not None:  # "kata akun @ahmad_sopandii"
        return SpeakerPhrase(handle, descriptor=True)
    described = anaphoric_description(text, tokens, table)
    if described is not None:  # "kata pria berkumis itu": the one just named (or described)
        head, nickname = described
        return SpeakerPhrase(None, pronoun=True, anaphor=head, nickname=nickname)
    author = _document_author(text, tokens, table)
    if author is not None:
        return author
    end = _before_recipient(
        tokens, _through_complement(tokens, run_forward(tokens, 0, table), table), table
    )
    if end == 0:
        closing = closing_appositive(text, tokens, table)
        if closing is None:
            return _common_body(text, tokens, table)
        return SpeakerPhrase(*closing)
    comma = end
    end = len(without_place(list(tokens[:end]), table)) or end  # "kata X di Bandung"
    name, role = split_name_role(text, tokens[:end], table)
    placed = False
    if name is None and has_role_word(tokens[:end], table):
        moved = after_place(tokens, comma, table)  # a title, its place, then the name
        placed, comma = moved > comma, moved
    bracket = (
        comma + 3 < len(tokens)
        and tokens[comma].text == "("
        and tokens[comma + 1].is_capitalised
        and tokens[comma + 2].text == ")"
    )
    if bracket:
        comma += 3  # "kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Boyamin"
    # the name after a comma, or right after the bracket when a title ends there (``tutur
    # Kepala … Otoritas Jasa Keuangan (OJK) Firdaus Djaelani saat …``)
    named_at = comma + 1 if comma < len(tokens) and tokens[comma].text == "," else comma
    if (
        named_at < len(tokens)
        and (named_at > comma or (bracket and name is None and tokens[named_at].is_capitalised))
        and tokens[named_at].lower not in table.prepositions  # "X, di Jakarta, Kamis"
    ):
        after = run_forward(tokens, named_at, table)
        if (
            after > named_at
            and not all(
                t.lower in table.spoken_when for t in tokens[named_at:after] if t.is_word
            )  # "ujar Brigjen Suntana, Sabtu (5/11)": a day is no name
            and not affiliation([t for t in tokens[named_at:after] if t.is_word], table)
        ):  # nor "said Sen. Tom Barker, R-Texas" a party and state
            closed = after >= len(tokens) or not tokens[after].is_word
            # "…, Joni Martinus saat dihubungi": a name ends where lower case begins
            named = closed or not tokens[after].is_capitalised
            name2, role2 = split_name_role(text, tokens[named_at:after], table)
            if name2 and (placed or named_at == comma):
                # after a place ("di Kompleks Parlemen, Senayan") or right after a bracket
                # ("Kepolisian Daerah (Polda) Sumut.") a place may go on: a name there has
                # a rank or title before it ("(Kapuspen) TNI Mayjen Sisriadi") or two
                # plain words at least ("(OJK) Firdaus Djaelani"), after the place's own
                # ("(Appsi) Jawa Barat Nandang Sudrajat")
                name2 = name_after_place(name2, tokens[named_at:after], table)
            if place_words(tokens[named_at:after], table):
                name2 = None  # "… di Gedung DPR, Kompleks Parlemen": the place goes on
            if (
                name2
                and named
                and (
                    name is None
                    or has_role_word(tokens[:end], table)
                    or after_acronym(tokens[:end], name)  # ``X BPBD Sukamaju, Ratna W.,``
                    or (  # "seorang petani … asal Kudus, Agus": someone described, then named
                        table.determiner_at(tokens, 0, indefinite=True)
                        and not place_or_body([t.text for t in tokens[named_at:after]], table)
                    )
                )
            ):
                # "kata Juru Bicara …, John Kirby," / "kata pelatih Persib, Robert Alberts."
                title = strip_determiners(text, [t for t in tokens[:end] if t.is_word], table)
                if title and role2 and role2.lower() in table.title_names:
                    # "Sekretaris Jenderal PSSI, Ratu Tisha Destria": the title is before
                    # the comma, so "Ratu" after it is her given name
                    name2, role2 = f"{role2} {name2}", None
                return SpeakerPhrase(name2, title or role2)
            if (
                name
                and name2 is None
                and role2
                and closed
                and has_role_word(tokens[named_at:after], table)
            ):
                return SpeakerPhrase(name, role or role2)
    words = [t for t in tokens[:end] if t.is_word]
    body = body_after_article(text, words, table)
    if body is not None:
        return SpeakerPhrase(body)  # "said the Defense Ministry", "a indiqué l'Insee"
    if name:
        return SpeakerPhrase(name, role)
    closing = closing_appositive(text, tokens, table)
    if closing is not None:
        return SpeakerPhrase(*closing)
    if (
        words
        and len(words) <= MAX_DESCRIPTOR
        and (words[0].lower in table.determiners or has_role_word(words, table))
    ):
        # "dijo la mandataria durante un acto", "disse a governante aos jornalistas": the
        # description ends where a preposition begins what she did or to whom
        cut = next(
            (
                k
                for k in range(2, len(words))
                if (words[k].lower in table.prepositions and words[k].lower not in table.connectors)
                or words[k].lower in table.time_any  # "dijo el ministro ayer en Madrid"
            ),
            len(words),
        )
        if cut == len(words) == 2 and words[0].lower in table.determiners:
            words = words + genitive_complement(tokens, end, table)  # "ein Sprecher des …"
            cut = len(words)
        return SpeakerPhrase(span_text(text, words, 0, cut), descriptor=True)
    if (
        len(words) == 1
        and words[0].is_acronym
        and text[words[0].end : words[0].end + 1] not in ("/", "-", "&")  # not "AC/DC"
    ):
        return SpeakerPhrase(words[0].text)  # "kata KPK", "terang RD" (initials)
    return None


def _common_body(text: str, tokens: Sequence[Token], table: SpeechTable) -> SpeakerPhrase | None:
    """``kata perusahaan dalam keterangannya``, ``ujar pihak kepolisian``: a body named by
    its common noun (or after ``pihak``) speaks as that description, in a language with
    no article to announce it (``the company said`` is read as a description already).
    The words stop at a preposition or a mark; a name at their end is the speaker, the
    words before it its description (``menurut perusahaan riset SimilarWeb``)."""
    if table.definite_articles or not tokens:
        return None
    first = tokens[0].lower
    if first not in table.org_words and first not in table.body_openers:
        return None
    words: list[Token] = []
    for token in tokens[:MAX_DESCRIPTOR]:
        if not token.is_word or token.lower in table.prepositions:
            break
        words.append(token)
    named = len(words)
    while named > 1 and words[named - 1].is_capitalised:
        named -= 1
    if named < len(words):
        return SpeakerPhrase(
            span_text(text, words, named, len(words)), span_text(text, words, 0, named)
        )
    return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)


def _document_author(
    text: str, tokens: Sequence[Token], table: SpeechTable
) -> SpeakerPhrase | None:
    """``said a report from Kotak Institutional Equities``, ``kata laporan dari BPS``: the
    author named after the document (``a new report``, ``a joint statement``) speaks."""
    if not table.document_words:
        return None
    j = 1 if tokens and tokens[0].lower in table.determiners else 0
    document = next(
        (k for k in range(j, min(j + 3, len(tokens))) if tokens[k].lower in table.document_words),
        None,
    )
    if (
        document is None
        or not all(t.is_word for t in tokens[j:document])
        or document + 2 >= len(tokens)
        or tokens[document + 1].lower not in table.source_prepositions
    ):
        return None
    first = document + 2
    after = run_forward(tokens, first, table)
    if after == first or tokens[first].lower in table.determiners:
        return None
    name, _role = split_name_role(text, tokens[first:after], table)
    if not name or len(name) < 2:  # "a new report by E! News": no name in one letter
        return None
    # a descriptor: taken as written, never completed to a person's longer name
    # ("InfoNation" is not "InfoNation President Dan McDowell")
    return SpeakerPhrase(name, None, descriptor=True)


def _opens_attribution(token: Token, table: SpeechTable) -> bool:
    """Whether ``token`` is a word that opens an attribution (``wie``, ``como``: the
    speech table's ``attribution_openers``), never its subject."""
    return table.attribution_openers.fullmatch(token.text + " ") is not None


def _located_subject(tokens: Sequence[Token], table: SpeechTable) -> SpeakerPhrase | None:
    """``В Минздраве сообщили``, ``Ранее в Белом доме заявили``, ``В пресс-службе
    губернатора сообщили``: the body an impersonal cue names by where it was said
    (:func:`located_body`), the whole clause before the cue but a time. Not ``В Кремле
    Песков заявил``: after a name no other name."""
    if not table.located_bodies:
        return None
    k = len(tokens)
    while k > 0 and tokens[k - 1].is_word:
        k -= 1
    placed = tokens[k:]
    while (
        len(placed) > 1
        and placed[0].lower in table.time_any
        and placed[0].lower not in table.located_prepositions
    ):
        placed = placed[1:]
    located = located_body(placed, table)
    if (
        located is not None
        and located[2] == len(placed)
        and (
            located[0] in table.located_bodies.values()
            or located[0].split()[0].lower() in table.located_bodies.values()  # a common noun
        )
    ):
        return SpeakerPhrase(located[0], descriptor=located[1])
    return None


def parse_backward(
    text: str,
    start: int,
    cue: int,
    table: SpeechTable,
    index: TokenIndex | None = None,
    person: Callable[[str, int], bool] | None = None,
) -> SpeakerPhrase | None:
    """The subject right before a ``speaker_then_cue`` cue (``Kirby juga mengatakan``).

    ``start`` is where the clause may begin (sentence start). Returns a phrase flagged
    ``pronoun`` for ``Ia mengatakan``; None when no subject can be read. ``person`` tells
    whether a name opening a clause at a position is a person's (the article and the
    name tagger know); without it only longer names open a clause before a relative or
    speak for a group.
    """
    tokens = _window(text, max(start, cue - WINDOW), cue, index, table)
    while tokens and table.skippable(tokens[-1]):
        tokens.pop()
    if len(tokens) >= 2 and tokens[-1].text == "." and tokens[-2].lower in table.name_suffixes:
        tokens.pop()  # "James Kennedy Jr. said": the suffix's stop is no sentence end
    if not tokens:
        return None
    last = tokens[-1]
    if contracted(last.lower) in table.first_person:
        return None  # "I suggested", "We've said": the writer, no one the article quotes
    if last.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True, gender=table.gender_pronouns.get(last.lower))
    if last.lower in table.relatives:
        return None  # handled by the caller with the article's known names
    if _opens_attribution(last, table):
        return None  # "Como dijo el presidente, …": the speaker follows the cue
    located = _located_subject(tokens, table)
    if located is not None:
        return located
    capacity = next(
        (k for k in range(len(tokens) - 1, 0, -1) if tokens[k].lower in table.capacity_words),
        None,
    )
    if (
        capacity is not None
        and tokens[capacity - 1].is_capitalised
        and len(tokens) - capacity <= _MAX_CAPACITY
        and not any(
            not t.is_word or t.lower in table.pronouns or t.lower in table.relatives
            for t in tokens[capacity:]
        )
        and _opens_its_clause(tokens[:capacity], table)  # not "KPK menetapkan X sebagai …"
    ):
        tokens = tokens[:capacity]  # "Ketua Bawaslu RI Abhan sebagai Majelis Pemeriksa"
    segments = without_time_and_place(
        comma_segments(tokens, table.legal_suffixes, table.short_titles), table
    )
    segments = without_origin(without_asides(segments, table), table)
    tail = segments[-1]
    if len(tail) > 1 and _opens_attribution(tail[0], table):
        tail = tail[1:]  # "…, wie ein Sprecher des Gerichts erklärte, …"
    if not tail and len(segments) >= 2:
        return _appositive_subject(text, segments[:-1], table)
    head = _subject_before_relative(text, start, tail, table, index, person)
    if head is not None:
        return head
    words = [t for t in tail if t.is_word]
    if (
        2 <= len(words) <= MAX_DESCRIPTOR
        and words[-1].lower in table.demonstratives
        and is_role(words[0], table)
    ):
        # "Pendiri Telegram tersebut menuturkan": the founder just named (Durov). With a
        # body's common noun ("CEO perusahaan tersebut", that company's CEO) only one who
        # holds the title: "Direktur Utama perusahaan tersebut" after a minister spoke is
        # someone else, and stays the description.
        of_a_body = any(w.lower in table.org_words and not w.is_capitalised for w in words[1:-1])
        return SpeakerPhrase(
            span_text(text, words, 0, len(words)) if of_a_body else None,
            words[0].text if of_a_body else None,
            pronoun=True,
            anaphor=_lowered(words[:-1]),
            # "juru bicara yang bernama Matt Kallman itu mengatakan": the name it gives
            nickname=nickname_in(words, table),
        )
    if words and words[-1].lower in table.stop_words and not words[-1].is_capitalised:
        return None  # "… the legal footing for a peace deal and said"
    if (
        3 <= len(words) <= MAX_DESCRIPTOR
        and words[0].lower in table.determiners
        and is_role(words[1], table)
        and words[2].lower in table.genitive_articles
    ):
        # "Ein Sprecher des Unternehmens sagte": the spokesperson, as written
        return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)
    if (
        len(words) >= 3
        and words[0].lower in table.determiners
        and len(words) <= MAX_DESCRIPTOR
        and not words[1].is_capitalised
    ):
        surname = surname_after_modifiers(text, words, table)
        if surname is not None:
            return SpeakerPhrase(surname)  # "the 14th-ranked Schwartzman"
        # "Seorang sumber di intelijen Ukraina": a description that ends in a name
        named = named_before(text, segments, words, table)
        return SpeakerPhrase(*named) if named else _description(text, words)
    member = person_from_place(text, tail, table, person) or member_of_group(
        text, tail, table, person
    )
    if member is not None:
        return SpeakerPhrase(*member)
    name, role = backward_run(text, tail, table)
    if (
        role
        and len(tail) > 2
        and tail[0].lower in table.located_prepositions
        and role.startswith(tail[1].text + " ")
    ):
        role = role[len(tail[1].text) + 1 :]  # "In London Prime Minister Keir Starmer said"
    if name:
        if role is None:
            group = group_before_place(text, words, name, table)
            if group is not None:
                return SpeakerPhrase(group, descriptor=True)
        if role is None and len(segments) >= 2:
            role = appositive_role(text, segments[-2], table, strict=True)
        return SpeakerPhrase(name, role)
    words = [t for t in tail if t.is_word]
    if words and words[-1].lower in table.stop_words:
        return None  # "… the legal footing for a peace deal and said"
    if words and len(words) <= MAX_DESCRIPTOR and words[0].lower in table.determiners:
        surname = surname_after_modifiers(text, words, table)
        if surname is not None:
            return SpeakerPhrase(surname)  # "the 14th-ranked Schwartzman"
        named = named_before(text, segments, words, table)
        if named:
            return SpeakerPhrase(*named)
        body = body_after_article(text, words, table)
        return SpeakerPhrase(body) if body else _description(text, words)  # the Defense Ministry
    if (
        words
        and len(words) <= _SHORT_SUBJECT
        and len(segments) == 1
        and tail[0].start == tokens[0].start
        and words[0].is_capitalised
        and not any(w.lower in table.stop_words or w.lower in table.subject_skip for w in words)
    ):
        return SpeakerPhrase(
            span_text(text, words, 0, len(words)), descriptor=True
        )  # Russia's ministry
    # a bare title, alone or after a short opening ("Dalam sambutannya Menteri Kelautan
    # dan Perikanan menyampaikan"): the one who holds it
    if role and len(words) - len(role.split()) <= 2 and has_role_word(words, table):
        return SpeakerPhrase(role, descriptor=True)
    return None


def _subject_before_relative(
    text: str,
    start: int,
    tail: Sequence[Token],
    table: SpeechTable,
    index: TokenIndex | None,
    person: Callable[[str, int], bool] | None,
) -> SpeakerPhrase | None:
    """``Razka Pradana dari Esre Denim yang baru menyelesaikan studi MBAnya di Inggris
    mengatakan``, ``Presiden Joko Widodo yang didampingi Menteri Basuki mengatakan``: the
    person who opens the clause before a relative is the subject; names inside the
    relative clause are its objects. Only a person's name: not a description, a pronoun
    or a capitalised common noun (``Laporan yang sama mengatakan``); not where the clause
    opens with a preposition (``Usai Rapat Terbatas yang digelar di Istana Presiden Joko
    Widodo mengatakan``: the subject comes after the circumstance), nor where the
    "clause" is a word like ``baru`` before a name (``Kapolda Metro Jaya yang baru Irjen
    Karyono``: the new one, named)."""
    relative = next(
        (
            k
            for k, t in enumerate(tail)
            if k > 0 and t.lower in table.relatives and t.text.islower()
        ),
        None,
    )
    if relative is None or not tail[0].is_capitalised or tail[0].lower in table.prepositions:
        return None
    after = [t for t in tail[relative + 1 :] if t.is_word]
    if len(after) >= 2 and after[0].lower in table.relative_modifiers and after[1].is_capitalised:
        return None  # "Kapolda Metro Jaya yang baru Irjen Karyono": the new one, named
    head = parse_backward(text, max(start, tail[0].start), tail[relative].start, table, index)
    if head is None or not head.name or head.pronoun or head.descriptor:
        return None
    at = text.find(head.name, tail[0].start, tail[relative].start)
    before = [t for t in tail[:relative] if t.is_word and t.start < at]
    if at < 0 or (before and not before[-1].is_capitalised and not is_role(before[-1], table)):
        return None  # "Head coach of Manchester United who …": the name is no subject
    if not a_person(head.name, tail[0].start, person):
        return None
    return head


def _lower_title_then_name(words: Sequence[Token], table: SpeechTable) -> bool:
    """``deputado Odair Cunha``, ``schoolteacher Grace Achieng``: a lower-case title word or
    a person's occupation, then only capitalised words."""
    return (
        len(words) >= 3
        and words[0].is_word
        and not words[0].is_capitalised
        and (is_role(words[0], table) or words[0].lower in table.person_nouns)
        and all(t.is_capitalised for t in words[1:] if t.is_word)
    )


def _appositive_subject(
    text: str, segments: Sequence[Sequence[Token]], table: SpeechTable
) -> SpeakerPhrase | None:
    """The subject of ``Name, description[, description], said`` or ``role, Name, said``.

    ``segments`` are the comma-separated parts before the cue, the last one closest.
    """
    last = segments[-1]
    if len(segments) >= 2 and has_role_word(segments[-2], table):
        last = before_aside(last, table)  # "Manager Bandara X, Dewandono … dalam siaran pers,"
    if len(segments) >= 2 and _lower_title_then_name(last, table):
        # "O líder do PT na Câmara, deputado Odair Cunha, declarou": the title and the
        # name after the office
        name, role = backward_run(text, last, table)
        if name and " " in name and not is_organisation(table, name):
            return SpeakerPhrase(name, role or last[0].text)
    titled = (
        len(segments) == 1 and bool(last) and last[0].is_capitalised and has_role_word(last, table)
    )
    if titled or (
        not is_description(text, last, table) and not place_continuation(segments, -1, table)
    ):
        # "…, badan mata-mata Korea Selatan, Badan Intelijen Nasional, mengatakan"; a title
        # and a name alone before a stray comma: "Ketua KPU Arief Budiman, memaparkan"
        name, role = backward_run(text, last, table)
        if name:
            outer = segments[-2] if len(segments) >= 2 else []
            return SpeakerPhrase(name, role or appositive_role(text, outer, table))
    k = len(segments) - 2  # the last part, not a name, describes the one before
    while (
        k > 0
        and len(segments) - k <= 4
        and (is_description(text, segments[k], table) or place_continuation(segments, k, table))
    ):
        k -= 1
    if k < 0 or any(is_clause(part, table) for part in segments[k + 1 :]):
        return None
    name, role = backward_run(text, segments[k], table)
    if (
        name is None
        and role
        and k + 1 < len(segments)
        and has_role_word(segments[k], table)
        and all(t.is_capitalised for t in segments[k + 1] if t.is_word)
    ):
        # "Ketua KONI DKI Jakarta, Raja Sapta Ervian, mengatakan": an office, then the
        # name of who holds it alone (a given name that is also a title, "Raja", "Ratu",
        # is the name's)
        held, title = backward_run(text, segments[k + 1], table)
        if held and title and title.lower() in table.title_names:
            held, title = f"{title} {held}", None
        if held and title is None:
            return SpeakerPhrase(held, role)
    if name:
        after = segments[k + 1]
        described = None if affiliation(after, table) else strip_determiners(text, after, table)
        short = role is not None and table.is_short_title(role)
        if k > 0 and (role is None or short) and has_role_word(segments[k - 1], table):
            # "Kapolsek Gubug Polres Grobogan, AKP Dedy Setya, seperti dikutip …"
            role = appositive_role(text, segments[k - 1], table, strict=True) or role
        elif role is None or (
            short
            and described
            and (
                has_role_word(after, table)
                or table.determiner_at(after, 0, indefinite=True)
                or after[0].lower in table.connectors  # "Dr. Anil Gupta, of Stanford …,"
            )
        ):
            role = described  # "Lt. Matt Harris, Columbus Police Department spokesman,"
        return SpeakerPhrase(name, role)
    return None
