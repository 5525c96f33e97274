"""Speaker phrases: the words next to a speech cue, read as a name, a role or a pronoun.

``kata Juru Bicara Dewan Keamanan Nasional AS, John Kirby`` → John Kirby with his role;
``Pentagon spokesman John Kirby said`` → the same in English; ``Presiden Ukraina Volodymyr
Zelensky`` → the name after the title and its complement; ``Seorang pejabat senior`` → a
description; ``ia`` / ``he`` → the previous speaker. Cue words, pronouns, titles, particles
and function words come from ``data/<lang>/speech.json``: the code knows only the shapes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.speaker_segments import (
    comma_segments,
    is_role,
    place_continuation,
    without_place,
    without_time_and_place,
)
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex, tokenize

_MAX_RUN = 12
"""Words a speaker phrase may have."""
MAX_NAME = 4
"""Words a personal name may have."""
_MAX_OFFICE_PLACE = 1
"""Words of the place after an organisation's acronym (``KPU Jateng``; ``PBB Choe
Myong-nam`` is a person after a role's acronym)."""
_MAX_DESCRIPTOR = 9
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


def _window(text: str, start: int, end: int, index: TokenIndex | None) -> list[Token]:
    return index.between(start, end) if index is not None else tokenize(text, start, end)


def _name_part(token: Token, table: SpeechTable) -> bool:
    return (
        token.is_word
        and token.lower not in table.org_words
        and token.is_capitalised
        and not token.is_acronym
        and not is_role(token, table)
        and token.lower not in table.stop_words
        and token.lower not in table.pronouns
        and token.lower not in table.cue_words
    )


def _initial(text: str, token: Token) -> bool:
    """``A.`` in ``Sonya A. Rivera``: one capital letter and a full stop (one token, or
    the letter before a separate stop)."""
    word = token.text
    if len(word) == 2 and word[1] == ".":
        return word[0].isupper()
    return len(word) == 1 and word.isupper() and text[token.end : token.end + 1] == "."


def _two_names_back(text: str, words: Sequence[Token], end: int, table: SpeechTable) -> int:
    """Where the last two names before ``end`` begin, initials and a suffix among them
    included and an initial right before them too (``M. Jusuf Kalla``, ``John F. Kerry``,
    ``James Kennedy Jr``)."""
    begin, names = end, 0
    while begin > 0 and names < 2:
        begin -= 1
        word = words[begin]
        if not _initial(text, word) and word.lower.rstrip(".") not in table.name_suffixes:
            names += 1
    while begin > 0 and _initial(text, words[begin - 1]):
        begin -= 1
    return begin


def _named_alone(text: str, words: Sequence[Token], i: int) -> bool:
    """Whether ``words[i] words[i + 1]`` is written elsewhere without ``words[i - 1]``
    before it: ``Menteri Keuangan Sri Mulyani Indrawati`` then ``kata Sri Mulyani`` makes
    ``Sri`` a given name, not the end of the title's complement (``Presiden Ukraina
    Volodymyr Zelensky`` never says ``Ukraina Volodymyr`` alone)."""
    pair = f"{words[i].text} {words[i + 1].text}"
    before = words[i - 1].text if i > 0 else ""
    position = text.find(pair)
    while position >= 0:
        if not text[:position].rstrip().endswith(before):
            return True
        position = text.find(pair, position + len(pair))
    return False


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
    while begin > 0 and end - begin < MAX_NAME + 2:
        token = words[begin - 1]
        if (
            _name_part(token, table)
            or _initial(text, token)
            or (
                token.lower in table.name_particles
                and begin - 1 > 0
                and begin < end
                and (
                    _name_part(words[begin - 2], table)
                    or words[begin - 2].lower in table.name_particles  # von der Leyen
                )
            )
        ):
            begin -= 1
        else:
            break
    while (
        begin < end
        and words[begin].lower in table.name_particles
        and not words[begin].is_capitalised
    ):
        begin += 1
    if (
        begin >= 2
        and words[begin - 1].lower in table.connectors
        and not words[begin - 1].is_capitalised
        and words[begin - 2].is_capitalised
        and words[begin - 2].lower in table.org_words
    ):
        # "Governor's Office of Emergency Services": the organisation the "of" completes
        org = begin - 2
        while (
            org > 0
            and words[org - 1].is_capitalised
            and not is_role(words[org - 1], table)
            and words[org - 1].lower not in table.determiners
        ):
            org -= 1
        return span_text(text, words, org, end), None
    if (
        begin > 0
        and words[begin - 1].is_capitalised
        and words[begin - 1].lower in table.org_words
        and end - begin > 2
    ):
        begin = end - 2  # "Kepala Badan Koordinasi Penanaman Modal Thomas Lembong"
    elif (
        begin > 0 and words[begin - 1].is_capitalised and words[begin - 1].lower in table.org_words
    ):
        # "Gedung Putih", "Kepala Divisi Pajak": an organisation, not a person
        org = begin - 1
        while org > 0 and words[org - 1].is_capitalised and not is_role(words[org - 1], table):
            org -= 1
        if org > 0 and has_role_word(words[:org], table):
            return None, strip_determiners(text, words, table)
        return span_text(text, words, org, end), None
    if begin == end:
        return None, strip_determiners(text, words, table)
    if (
        begin > 0
        and end - begin <= _MAX_OFFICE_PLACE
        and words[begin - 1].is_acronym
        and (
            begin == 1
            or (
                text[words[begin - 1].start - 1 : words[begin - 1].start] == "("
                and words[0].lower in table.org_words
            )
        )
        and not has_role_word(words[:begin], table)
    ):
        # ``BPBD Sukamaju``, ``Badan … (BPBD) Sukamaju``, ``KPU Jakarta``: an acronym that
        # opens the phrase (or defines the organisation that opens it) then a short name,
        # with no title before, is an organisation's office (a person follows an acronym
        # only in a role). Joined, not sliced: the acronym may sit in brackets.
        return f"{words[begin - 1].text} {span_text(text, words, begin, end)}", None
    previous = words[begin - 1] if begin > 0 else None
    if previous is not None and not previous.is_capitalised:
        if (
            previous.lower in table.connectors
            and begin >= 2
            and is_role(words[begin - 2], table)
            and end - begin <= 2
        ):
            return None, span_text(text, words, 0, end)  # Commissioner for Human Rights
        complement = previous.lower in table.connectors or (
            previous.lower in table.stop_words and begin >= 2 and is_role(words[begin - 2], table)
        )
        if complement and end - begin > 2:
            # Secretary of State Antony Blinken, envoy to Ukraine Kurt Volker
            begin = _two_names_back(text, words, end, table)
    has_title = begin > 0 and any(is_role(t, table) for t in words[:begin])
    english_style = begin > 0 and not words[begin - 1].is_capitalised
    if has_title and end - begin > 2 and not english_style:
        whole = span_text(text, words, begin, end)
        if whole not in known:
            two = _two_names_back(text, words, end, table)
            begin = two if two - 1 <= begin or not _named_alone(text, words, two - 1) else two - 1
    if end - begin > MAX_NAME:
        begin = _two_names_back(text, words, end, table)
    name = span_text(text, words, begin, end)
    prefix = words[:begin]
    if not any(is_role(t, table) or t.is_capitalised for t in prefix):
        return name, None  # "43-year-old Martin Taylor": a description, not a role
    if not has_role_word(prefix, table) and any(
        text[t.start - 1 : t.start] == "(" for t in prefix if t.is_acronym
    ):
        return name, None  # "… Reformasi Birokrasi (PANRB) Herman": the tail of a name
    return name, strip_determiners(text, prefix, table)


def span_text(text: str, words: Sequence[Token], begin: int, end: int) -> str:
    start, stop = words[begin].start, words[end - 1].end
    if text[stop : stop + 1] == ")" and text.count("(", start, stop) > text.count(")", start, stop):
        stop += 1  # ``Ketua Dewan Perwakilan Daerah (DPD)``: close the acronym's bracket
    return text[start:stop]


def strip_determiners(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
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
    return span_text(text, words, i, len(words)) if i < len(words) else None


def _modifiers_then_name(tokens: Sequence[Token], i: int, table: SpeechTable) -> bool:
    """``43-year-old Martin Taylor``: a few plain modifiers, then a capitalised name."""
    for token in tokens[i : i + 3]:
        if not token.is_word or token.lower in table.stop_words or token.lower in table.cue_words:
            return False
        if token.is_capitalised:
            return token is not tokens[i]
    return False


def _run_forward(tokens: Sequence[Token], i: int, table: SpeechTable) -> int:
    """End index of the speaker phrase that starts at ``tokens[i]``."""
    descriptive = i < len(tokens) and (
        tokens[i].lower in table.determiners
        or any(is_role(t, table) for t in tokens[i : i + 4] if t.is_word)
        or _modifiers_then_name(tokens, i, table)
    )
    j = i
    while j < len(tokens) and j - i < _MAX_RUN:
        token = tokens[j]
        if not token.is_word:
            if _abbreviation_dot(tokens, j, table):
                j += 1  # "Sonya A. Rivera", "Ms. Persson", "Gen. Milley"
                continue
            break
        lower = token.lower
        if token.is_capitalised or is_role(token, table):
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
            (
                lower in table.connectors
                and j + 1 < len(tokens)
                and tokens[j + 1].is_capitalised
                and (
                    j == i or is_role(tokens[j - 1], table)
                )  # Secretary of State, not Taylor of Aberdeenshire
            )
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


def _abbreviation_dot(tokens: Sequence[Token], j: int, table: SpeechTable) -> bool:
    """Whether the ``.`` at ``tokens[j]`` closes an initial or a title's abbreviation
    inside a name (``A.`` in ``Sonya A. Rivera``, ``Ms.``, ``Gen.``) rather than a
    sentence: a capitalised word follows right after."""
    if tokens[j].text != "." or j == 0 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if before.end != tokens[j].start or not (after.is_word and after.is_capitalised):
        return False
    initial = len(before.text) == 1 and before.text.isupper()
    return initial or before.lower in table.honorifics or before.lower in table.role_words


def _anaphoric(tokens: Sequence[Token], table: SpeechTable) -> bool:
    """A short description opening in lower case and closed by a demonstrative (``pria
    berkumis itu``, ``penyerang Timnas Inggris ini``): the one just named."""
    if not table.demonstratives:
        return False
    for count, token in enumerate(tokens[:_MAX_DESCRIPTOR]):
        if not token.is_word or (token.is_capitalised and count == 0):
            return False
        if token.lower in table.demonstratives:
            return count > 0
        if token.lower in table.stop_words and token.lower not in table.demonstratives:
            return False
    return False


def parse_forward(
    text: str, start: int, limit: int, table: SpeechTable, index: TokenIndex | None = None
) -> SpeakerPhrase | None:
    """The speaker phrase right after a ``cue_then_speaker`` cue (``kata Austin kepada…``)."""
    tokens = _window(text, start, min(limit, start + WINDOW), index)
    if not tokens:
        return None
    first = tokens[0]
    if first.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True)
    if _anaphoric(tokens, table):
        return SpeakerPhrase(None, pronoun=True)  # "kata pria berkumis itu": the one just named
    author = _document_author(text, tokens, table)
    if author is not None:
        return author
    end = _run_forward(tokens, 0, table)
    if end == 0:
        return None
    comma = end
    end = len(without_place(list(tokens[:end]), table)) or end  # "kata X di Bandung"
    name, role = split_name_role(text, tokens[:end], table)
    if name is None and all(is_role(t, table) or t.is_acronym for t in tokens[:end]):
        comma = _after_place(tokens, comma, table)  # a title, its place, then the name
    if (
        comma + 3 < len(tokens)
        and tokens[comma].text == "("
        and tokens[comma + 1].is_acronym
        and tokens[comma + 2].text == ")"
    ):
        comma += 3  # "kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Boyamin"
    if (
        comma + 1 < len(tokens)
        and tokens[comma].text == ","
        and tokens[comma + 1].lower not in table.prepositions  # "X, di Jakarta, Kamis"
    ):
        after = _run_forward(tokens, comma + 1, table)
        if after > comma + 1 and not all(
            t.lower in table.spoken_when for t in tokens[comma + 1 : after] if t.is_word
        ):  # "ujar Brigjen Suntana, Sabtu (5/11)": a day is no name
            closed = after >= len(tokens) or not tokens[after].is_word
            # "…, Joni Martinus saat dihubungi": a name ends where lower case begins
            named = closed or not tokens[after].is_capitalised
            name2, role2 = split_name_role(text, tokens[comma + 1 : after], table)
            if (
                name2
                and named
                and (
                    name is None
                    or has_role_word(tokens[:end], table)
                    or _after_acronym(tokens[:end], name)  # ``X BPBD Sukamaju, Ratna W.,``
                )
            ):
                # "kata Juru Bicara …, John Kirby," / "kata pelatih Persib, Robert Alberts."
                title = strip_determiners(text, [t for t in tokens[:end] if t.is_word], table)
                return SpeakerPhrase(name2, title or role2)
            if (
                name
                and name2 is None
                and role2
                and closed
                and has_role_word(tokens[comma + 1 : after], table)
            ):
                return SpeakerPhrase(name, role or role2)
    if name:
        return SpeakerPhrase(name, role)
    words = [t for t in tokens[:end] if t.is_word]
    if (
        words
        and len(words) <= _MAX_DESCRIPTOR
        and (words[0].lower in table.determiners or has_role_word(words, table))
    ):
        return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)
    return None


def _after_place(tokens: Sequence[Token], end: int, table: SpeechTable) -> int:
    """Where a title's run ending at ``end`` really ends: past ``di Istanbul`` in ``kata
    Konsul Jenderal RI di Istanbul, Ahmad Rizal``, so that the name after the comma is found."""
    if end < len(tokens) and tokens[end].lower in table.location_prepositions:
        k = end + 1
        while k < len(tokens) and tokens[k].is_capitalised:
            k += 1
        if k > end + 1:
            return k
    return end


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
    after = _run_forward(tokens, first, table)
    if after == first or tokens[first].lower in table.determiners:
        return None
    name, _role = split_name_role(text, tokens[first:after], table)
    if not name or len(name) < 2:  # "a new report by E! News": no name in one letter
        return None
    # a descriptor: taken as written, never completed to a person's longer name
    # ("InfoNation" is not "InfoNation President Dan McDowell")
    return SpeakerPhrase(name, None, descriptor=True)


def _after_acronym(tokens: Sequence[Token], name: str | None) -> bool:
    """Whether ``name`` is the end of ``tokens`` right after an acronym (``BPBD
    Sukamaju``): an organisation's place more likely than a person's name."""
    words = [t for t in tokens if t.is_word]
    size = len(name.split()) if name else 0
    return 0 < size < len(words) and words[-size - 1].is_acronym


def has_role_word(tokens: Sequence[Token], table: SpeechTable) -> bool:
    return any(is_role(t, table) for t in tokens)


def parse_backward(
    text: str, start: int, cue: int, table: SpeechTable, index: TokenIndex | None = None
) -> SpeakerPhrase | None:
    """The subject right before a ``speaker_then_cue`` cue (``Kirby juga mengatakan``).

    ``start`` is where the clause may begin (sentence start). Returns a phrase flagged
    ``pronoun`` for ``Ia mengatakan``; None when no subject can be read.
    """
    tokens = _window(text, max(start, cue - WINDOW), cue, index)
    while tokens and table.skippable(tokens[-1]):
        tokens.pop()
    if len(tokens) >= 2 and tokens[-1].text == "." and tokens[-2].lower in table.name_suffixes:
        tokens.pop()  # "James Kennedy Jr. said": the suffix's stop is no sentence end
    if not tokens:
        return None
    last = tokens[-1]
    if last.lower in table.pronouns:
        return SpeakerPhrase(None, pronoun=True)
    if last.lower in table.relatives:
        return None  # handled by the caller with the article's known names
    segments = without_time_and_place(comma_segments(tokens), table)
    tail = segments[-1]
    if not tail and len(segments) >= 2:
        return _appositive_subject(text, segments[:-1], table)
    words = [t for t in tail if t.is_word]
    if words and words[-1].lower in table.stop_words and not words[-1].is_capitalised:
        return None  # "… the legal footing for a peace deal and said"
    if (
        len(words) >= 3
        and words[0].lower in table.determiners
        and len(words) <= _MAX_DESCRIPTOR
        and not words[1].is_capitalised
    ):
        # "Seorang sumber di intelijen Ukraina": a description that ends in a name
        return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)
    name, role = backward_run(text, tail, table)
    if name:
        if role is None and len(segments) >= 2:
            role = appositive_role(text, segments[-2], table, strict=True)
        return SpeakerPhrase(name, role)
    words = [t for t in tail if t.is_word]
    if words and words[-1].lower in table.stop_words:
        return None  # "… the legal footing for a peace deal and said"
    if words and len(words) <= _MAX_DESCRIPTOR and words[0].lower in table.determiners:
        return SpeakerPhrase(span_text(text, words, 0, len(words)), descriptor=True)
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
    if role and len(words) <= 4 and has_role_word(words, table):
        return SpeakerPhrase(role, descriptor=True)
    return None


def _is_description(words: Sequence[Token], table: SpeechTable) -> bool:
    """``a senior analyst at X`` / ``CEO of Take-Two``: says what someone is, not who."""
    return bool(words) and (not words[0].is_capitalised or has_role_word(words, table))


def _appositive_subject(
    text: str, segments: Sequence[Sequence[Token]], table: SpeechTable
) -> SpeakerPhrase | None:
    """The subject of ``Name, description[, description], said`` or ``role, Name, said``.

    ``segments`` are the comma-separated parts before the cue, the last one closest.
    """
    last = segments[-1]
    if not _is_description(last, table) and not place_continuation(segments, -1, table):
        # "…, badan mata-mata Korea Selatan, Badan Intelijen Nasional, mengatakan"
        name, role = backward_run(text, last, table)
        if name:
            outer = segments[-2] if len(segments) >= 2 else []
            return SpeakerPhrase(name, role or appositive_role(text, outer, table))
    k = len(segments) - 2  # the last part, not a name, describes the one before
    while (
        k > 0
        and len(segments) - k <= 4
        and (_is_description(segments[k], table) or place_continuation(segments, k, table))
    ):
        k -= 1
    if k < 0:
        return None
    name, role = backward_run(text, segments[k], table)
    if name:
        return SpeakerPhrase(name, role or strip_determiners(text, segments[k + 1], table))
    return None


def backward_run(
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
        elif is_role(token, table) or (
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
        if back < begin and is_role(words[begin - 1], table):
            role = strip_determiners(text, words[back:begin], table)
    return name, role


def appositive_role(
    text: str, words: Sequence[Token], table: SpeechTable, *, strict: bool = False
) -> str | None:
    """The role in ``<role>, <Name>``: a title phrase, or a lowercase description."""
    if not words or len(words) > _MAX_DESCRIPTOR:
        return None
    if has_role_word(words, table):
        if words[0].is_capitalised and not is_role(words[0], table):
            # "Hal ini disampaikan oleh Ketua Bidang X, Lukman": the title run at the end
            start = len(words)
            while start > 0 and (
                words[start - 1].is_capitalised or is_role(words[start - 1], table)
            ):
                start -= 1
            if start < len(words) and has_role_word(words[start:], table):
                return strip_determiners(text, words[start:], table)
            return None
        start = 0
        while start < len(words) and not (
            words[start].is_capitalised or is_role(words[start], table)
        ):
            start += 1
        return strip_determiners(text, words[start:], table)
    if not strict and not words[0].is_capitalised:
        return strip_determiners(text, words, table)
    return None


def title_before(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
    """The title run that ends right before a name: ``Bupati Ogan Ilir`` / ``Pentagon spokesman``.

    ``words`` end where the name starts; the role is the run of capitalised or title words
    (and, when a lowercase title word is last, the plain words before it: ``White House
    national security spokesman``) if it holds a title word.
    """
    words = [t for t in words if t.is_word]
    begin = len(words)
    while begin > 0 and (
        words[begin - 1].is_capitalised
        or is_role(words[begin - 1], table)
        or (
            words[begin - 1].lower in table.connectors
            and begin >= 2
            and (words[begin - 2].is_capitalised or is_role(words[begin - 2], table))
            and begin < len(words)
        )
    ):
        begin -= 1
    while begin < len(words) and words[begin].lower in table.stop_words:
        begin += 1  # "When President Trump": the sentence's first word is no title
    if begin == len(words) or not has_role_word(words[begin:], table):
        return None
    if not words[-1].is_capitalised:
        back = begin
        while back > 0 and begin - back < 6 and words[back - 1].lower not in table.stop_words:
            if (
                words[back - 1].lower in table.cue_words
                or words[back - 1].lower in table.determiners
            ):
                break
            back -= 1
        begin = back
    return strip_determiners(text, words[begin:], table)
