"""The speaker phrase before a cue (``parse_backward``): the subject of ``Kirby juga
mengatakan``, ``Ein Sprecher des Unternehmens sagte``, ``В Минздраве сообщили``, with the
speaker phrases' shared pieces from :mod:`briefing.analysis.speaker_phrases` (which reads
the phrase after a cue)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.analysis.speaker_appositives import (
    before_aside,
    named_before,
)
from briefing.analysis.speaker_names import (
    body_after_article,
    has_role_word,
    is_organisation,
    span_text,
    strip_determiners,
)
from briefing.analysis.speaker_parts import (
    affiliation,
    contracted,
    group_before_place,
    is_clause,
    is_description,
)
from briefing.analysis.speaker_phrases import WINDOW, SpeakerPhrase, cue_window
from briefing.analysis.speaker_refs import (
    nickname_in,
    surname_after_modifiers,
)
from briefing.analysis.speaker_runs import (
    MAX_DESCRIPTOR,
    a_person,
    appositive_role,
    backward_run,
    member_of_group,
    person_from_place,
)
from briefing.analysis.speaker_segments import (
    comma_segments,
    is_role,
    place_continuation,
    without_time_and_place,
)
from briefing.analysis.speaker_trims import (
    located_body,
    without_asides,
    without_origin,
)
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex

_SHORT_SUBJECT = 4
"""A clause-initial phrase this short before a cue is its subject (``Russia's foreign ministry``)."""


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
    tokens = cue_window(text, max(start, cue - WINDOW), cue, index, table)
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
