"""What around a speaker phrase is not the speaker: the place a title's run ends in
(``Konsul Jenderal RI di Istanbul, Ahmad Rizal``), a region before the name (``Jawa Barat
Nandang Sudrajat``), an aside on how the person spoke (``speaking on condition of
anonymity``), where the person comes from (``, 45, dari Desa Sukamaju``), and where
they spoke, between the cue and them (``заявил на брифинге …``). Read by
:mod:`briefing.analysis.speaker_phrases`."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.speaker_names import MAX_NAME, has_role_word
from briefing.analysis.speaker_segments import is_role, place_or_body
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token


def name_after_place(name: str, run: Sequence[Token], table: SpeechTable) -> str | None:
    """``name`` read from ``run`` where a place may go on before it (see parse_forward)."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and place_or_body([words[k]], table):
        k += 1  # "Jawa Barat Nandang Sudrajat": the office's region, then the name
    words = words[k:]
    if has_role_word(run, table) or any(t.lower in table.rank_words for t in run):
        return " ".join(words) if not place_or_body(words, table) else None
    return " ".join(words) if _plainly_named(words, table) else None


def _plainly_named(words: Sequence[str], table: SpeechTable) -> bool:
    """Two words or more, none a title's, a body's or one the tagger's lists know as a
    place's or an organisation's: ``Firdaus Djaelani``, not ``Metro Jaya`` or ``Sumut``."""
    return len(words) >= 2 and not any(
        w.lower().rstrip(".") in table.role_words
        or w.lower() in table.org_words
        or place_or_body([w], table)
        for w in words
    )


def after_place(tokens: Sequence[Token], end: int, table: SpeechTable) -> int:
    """Where a title's run ending at ``end`` really ends: past ``di Istanbul`` in ``kata
    Konsul Jenderal RI di Istanbul, Ahmad Rizal``, so that the name after the comma is found."""
    if end < len(tokens) and tokens[end].lower in table.location_prepositions:
        k = end + 1
        while k < len(tokens) and tokens[k].is_capitalised:
            k += 1
        if k > end + 1:
            return k
    return end


def after_acronym(tokens: Sequence[Token], name: str | None) -> bool:
    """Whether ``name`` is the end of ``tokens`` right after an acronym (``BPBD
    Sukamaju``): an organisation's place more likely than a person's name."""
    words = [t for t in tokens if t.is_word]
    size = len(name.split()) if name else 0
    return 0 < size < len(words) and words[-size - 1].is_acronym


def without_asides(segments: list[list[Token]], table: SpeechTable) -> list[list[Token]]:
    """``A senior U.S. official, speaking on condition of anonymity, said``: an aside
    between commas about how the person spoke (:attr:`SpeechTable.asides`) is not the
    subject; the part before it is."""
    if len(segments) < 3 or segments[-1] or not table.asides:
        return segments
    words = [t.lower for t in segments[-2] if t.is_word]
    if not any(words[: len(a)] == list(a) for a in table.asides):
        return segments
    return segments[:-2]  # the part before the aside ends right at the cue


def without_origin(segments: list[list[Token]], table: SpeechTable) -> list[list[Token]]:
    """``Seorang warga, Budi Santoso, 45, dari Desa Sukamaju mengatakan``: where the person
    comes from and their age, after the name between commas, are not the subject; the
    appositive before them is (the segments end with an empty one, as before a relative)."""
    if len(segments) < 3:
        return segments
    tail = segments[-1]
    links = table.affiliation_links | table.location_prepositions
    if not (tail and tail[0].lower in links and tail[0].text.islower()):
        return segments
    rest = segments[:-1]
    while len(rest) >= 2 and all(t.text.isdigit() for t in rest[-1]) and rest[-1]:
        rest = rest[:-1]  # an age: "61"
    name = [t for t in rest[-1] if t.is_word]
    if len(rest) < 2 or not 2 <= len(name) <= MAX_NAME or not all(t.is_capitalised for t in name):
        return segments  # the segment before must be a name ("Budi Santoso")
    return [*rest, []]


_OCCASION_WORDS = 3


def occasion(tokens: Sequence[Token], table: SpeechTable) -> int:
    """Where the speaker begins after where or when they spoke, between the cue and them
    (``заявил на брифинге начальник …``, ``заявила на пресс-конференции председатель ЦБ``,
    ``dijo en rueda de prensa el ministro``): a preposition and one to three lower-case
    words, then a role word or a capitalised word; 0 when no such phrase opens
    ``tokens``."""
    if not tokens or tokens[0].lower not in table.prepositions:
        return 0
    k = 1
    if len(tokens) > 2 and tokens[1].text in table.located_bodies:
        k = 2  # "заявил в Кремле пресс-секретарь …"
    elif _role_after(tokens, 2, table) and tokens[1].is_capitalised:
        return 2  # "declaró en Madrid el presidente del Gobierno", "disse em Brasília o …"
    while (
        k < len(tokens)
        and k <= _OCCASION_WORDS
        and tokens[k].is_word
        and not tokens[k].is_capitalised
        and not is_role(tokens[k], table)
        and tokens[k].lower not in table.determiners
    ):
        k += 1
    if k in (1, len(tokens)) or tokens[k - 1].lower in table.prepositions:
        return 0  # (not "disse em evento em São Paulo": a place, not who)
    if tokens[k].is_capitalised and _role_after(tokens, k + 1, table):
        return k + 1  # "сказал в интервью РБК министр …": the outlet, then who
    after = tokens[k]
    if after.lower in table.determiners and k + 1 < len(tokens):
        after = tokens[k + 1]  # "en rueda de prensa el ministro"
    return k if after.is_word and (after.is_capitalised or is_role(after, table)) else 0


def _role_after(tokens: Sequence[Token], k: int, table: SpeechTable) -> bool:
    """Whether a role word (after a determiner, maybe) and more words follow from
    ``tokens[k]``: ``el presidente del Gobierno, …``, ``министр Алексей Иванов``."""
    if k < len(tokens) and tokens[k].lower in table.determiners:
        k += 1
    return k + 1 < len(tokens) and tokens[k].is_word and is_role(tokens[k], table)


def _after_place(token: Token, table: SpeechTable) -> bool:
    """Whether ``token`` may follow the place where something was said: a preposition,
    a time, or whom it was told (``во вторник``, ``в Берлине``, ``журналистам``)."""
    lower = token.lower
    return (
        lower in table.prepositions
        or lower in table.located_prepositions
        or lower in table.time_any
        or lower in table.located_recipients
    )


_LOCATED_WORDS = 4
"""Words that may complete a located body (``пресс-службе губернатора Курской области``)."""


def located_body(tokens: Sequence[Token], table: SpeechTable) -> tuple[str, bool, int] | None:
    """The body an impersonal cue names by where it was said (``сообщили в пресс-службе
    губернатора``, ``заявили в Кремле.``), in the form a speaker is named by, and whether
    it is a description (a common noun) rather than a name, and how many tokens it takes
    (the preposition's too); None unless ``tokens`` open
    with such a place. A name (``в Кремле``, ``в МВД России``) goes on with one capitalised
    word at most; a time, a place or whom it was told may follow (``в мэрии Новосибирска
    во вторник``, ``в Минобороны РИА Новости``, ``в компании журналистам``), a lower-case
    word not: ``заявил в Кремле пресс-секретарь …`` is where the speaker spoke."""
    if len(tokens) < 2 or tokens[0].lower not in table.located_prepositions:
        return None
    k, head = 1, None
    for width in (2, 1):
        written = " ".join(t.text for t in tokens[1 : 1 + width])
        if len(tokens) > width and all(t.is_word for t in tokens[1 : 1 + width]):
            # a name as written ("в Кремле"), a common noun in any case ("в министерстве",
            # "в Министерстве обороны")
            head = table.located_bodies.get(written) or table.located_bodies.get(written.lower())
            if head is not None:
                k = 1 + width
                break
    if head is None:
        return None
    common = head.islower()
    described = common and not tokens[1].is_capitalised
    if common and not described:
        head = head[:1].upper() + head[1:]  # "в Министерстве обороны": a name
    words = [head]
    while k < len(tokens) and len(words) <= _LOCATED_WORDS and tokens[k].is_word:
        token = tokens[k]
        if (
            _after_place(token, table)
            or token.lower in table.cue_words
            or (
                not common  # "в Минобороны РИА Новости": the agency told
                and (not token.is_capitalised or token.text.isupper() or len(words) > 1)
            )
        ):
            break
        words.append(token.text)
        k += 1
    after = k
    while after < len(tokens) and tokens[after].lower in table.located_recipients:
        after += 1  # "заявил в Кремле журналистам Дмитрий Песков": then who spoke
    if after > k and after < len(tokens) and tokens[after].is_word:
        return None
    if (
        k < len(tokens)
        and tokens[k].is_word
        and (
            # "сообщил в Минздраве Олег Сорокин": a name after the place's name
            (not common and len(words) > 1 and tokens[k].is_capitalised)
            or (not tokens[k].is_capitalised and not _after_place(tokens[k], table))
        )
    ):
        return None  # the speaker follows where they spoke: "в Кремле пресс-секретарь …"
    return " ".join(words), described, k
