"""Speaker phrases: the words next to a speech cue, read as a name, a role or a pronoun.

``kata Juru Bicara Dewan Keamanan Nasional AS, John Kirby`` → John Kirby with his role;
``Pentagon spokesman John Kirby said`` → the same in English; ``Presiden Ukraina Volodymyr
Zelensky`` → the name after the title and its complement; ``Seorang pejabat senior`` → a
description; ``ia`` / ``he`` → the previous speaker. Cue words, pronouns, titles, particles
and function words come from ``data/<lang>/speech.json``: the code knows only the shapes.
This module reads the phrase after a cue (``parse_forward``);
:mod:`briefing.analysis.speaker_backward` the one before it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.speaker_appositives import (
    closing_appositive,
)
from briefing.analysis.speaker_gender import known_given_names_anywhere
from briefing.analysis.speaker_names import (
    body_after_article,
    has_role_word,
    span_text,
    split_name_role,
    strip_determiners,
)
from briefing.analysis.speaker_parts import (
    affiliation,
)
from briefing.analysis.speaker_refs import (
    anaphoric_description,
    handle_speaker,
)
from briefing.analysis.speaker_runs import (
    MAX_DESCRIPTOR,
    genitive_complement,
    run_forward,
)
from briefing.analysis.speaker_segments import (
    is_role,
    place_or_body,
    place_words,
    without_place,
)
from briefing.analysis.speaker_trims import (
    after_acronym,
    after_place,
    located_body,
    name_after_place,
    occasion,
)
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex, tokenize

WINDOW = 220
"""Characters read either side of a cue; speaker phrases are short."""


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


def cue_window(
    text: str, start: int, end: int, index: TokenIndex | None, table: SpeechTable
) -> list[Token]:
    """The tokens of ``text[start:end]`` a speaker phrase is read from, elisions split."""
    tokens = index.between(start, end) if index is not None else tokenize(text, start, end)
    return table.without_elisions(tokens) if table.elisions else tokens


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
    tokens = cue_window(text, start, min(limit, start + WINDOW), index, table)
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
