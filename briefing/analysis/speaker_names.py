"""Names and roles in a speaker phrase: ``Presiden Ukraina Volodymyr Zelensky`` split into
the name (Volodymyr Zelensky) and the role before it (Presiden Ukraina).

The name is the trailing run of capitalised words that are neither acronyms nor titles;
titles, particles and organisation words come from ``data/<lang>/speech.json``.
:mod:`speaker_phrases` finds the phrase next to a cue and hands it here. The text-level
name checks :mod:`speakers` uses (a capitalised run, a whole word, a name written inside
a place or organisation name) live here too; a name's words and particles are
:mod:`speaker_particles`'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefing.analysis.body_words import body_speaker
from briefing.analysis.speaker_particles import (
    end_before_unjoined_particles,
    in_complement,
    name_part,
    name_words,
    particle,
    token_chain,
)
from briefing.analysis.speaker_segments import is_role, office_place
from briefing.analysis.speech_names import MAX_PARTICLES, known_given_names
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token, TokenIndex

MAX_NAME = 4
"""Words a personal name may have."""
_MAX_OFFICE_PLACE = 1
"""Words of the place after an organisation's acronym (``KPU Jateng``; ``PBB Choe
Myong-nam`` is a person after a role's acronym)."""


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
        if (
            not _initial(text, word)
            and word.lower.rstrip(".") not in table.name_suffixes
            and not particle(word, table)  # "Ursula von der Leyen": two names
        ):
            names += 1
    while begin > 0 and _initial(text, words[begin - 1]):
        begin -= 1
    return begin


def _courtesy(words: Sequence[Token], k: int, table: SpeechTable) -> bool:
    """Whether ``words[k]`` is an honorific before a name (``Tan Sri``, ``Datuk``): neither
    role nor name. Not one that opens a title (``Datuk Bandar``, the mayor)."""
    lower = words[k].lower.rstrip(".")
    if lower not in table.honorifics:
        return False
    if len(lower) == 1 and k > 0 and name_part(words[k - 1], table):
        return False  # "Yasonna H. Laoly": a middle initial, not "H." (Haji) before a name
    following = words[k + 1].lower if k + 1 < len(words) else ""
    return f"{words[k].lower} {following}" not in table.role_words


def _from_given_name(words: Sequence[Token], begin: int, end: int, table: SpeechTable) -> int:
    """``мэр Москвы Сергей Собянин``: after a title, capitalised words before a known
    given name (and not one themselves) are the title's complement; the name starts at
    the given name, with a surname after it."""
    given = known_given_names(table.language or "")
    if not given or words[begin].text in given:
        return begin
    for g in range(begin + 1, end - 1):
        if words[g].text in given:
            return g
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


def inside_title(tokens: Sequence[Token], j: int, table: SpeechTable) -> bool:
    """Whether the comma or conjunction at ``tokens[j]`` joins two fields of a title
    (``Kelautan dan Perikanan``, ``Politik, Hukum, dan Keamanan``)."""
    fields = table.portfolio_words
    if j == 0 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if before.text == "," and j > 1:
        before = tokens[j - 2]  # "Hukum, dan"
    if before.lower not in fields:
        return False
    if tokens[j].text == ",":
        return after.lower in fields or after.lower in table.conjunctions
    return (  # ("Menteri Pertanian dan Kepala Bulog": two titles)
        tokens[j].lower in table.conjunctions
        and after.is_capitalised
        and (not is_role(after, table) or after.lower in fields)
    )


def inside_org_name(tokens: Sequence[Token], j: int, table: SpeechTable) -> bool:
    """Whether the conjunction at ``tokens[j]`` joins two parts of an organisation's name:
    ``Centers for Disease Control and Prevention``, ``Department of Health and Human
    Services`` (an organisation word, then ``of``/``for``, before it) or ``Securities and
    Exchange Commission``, also before a title: ``… Commission chairman Gary Gensler``)
    (two words or more closed by an organisation word after it); not ``the Health
    Ministry and Jokowi``, ``Prabowo dan Partai Gerindra`` (a second body), nor ``… and
    House Speaker Puan Maharani``."""
    if not 0 < j < len(tokens) - 1 or tokens[j].lower not in table.conjunctions:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    if not (before.is_capitalised and after.is_capitalised) or is_role(after, table):
        return False
    if after.lower in table.org_words:
        return False  # "Prabowo dan Partai Gerindra": a second body
    k = j + 1
    while (
        k < len(tokens)
        and tokens[k].is_word
        and tokens[k].is_capitalised
        and not is_role(tokens[k], table)
    ):
        k += 1  # the capitalised words after the conjunction, up to a title
    after_name = tokens[j + 1 : k]
    b = j - 1
    while b >= 0 and tokens[b].is_word and tokens[b].is_capitalised:
        if is_role(tokens[b], table):
            return False  # "President Joko Widodo and Golkar Party chairman …": two people
        b -= 1
    if len(after_name) >= 2 and after_name[-1].lower in table.org_words:
        # "Securities and Exchange Commission (chairman Gary Gensler)"; one word is too
        # little to tell a body from a title's complement ("Jokowi and House Speaker …")
        return True
    linked = False
    k = j - 1
    while k >= 0 and j - k <= 6:
        token = tokens[k]
        if token.is_capitalised:
            if token.lower in table.org_words:
                return linked  # "Department of Health and", not "Health Ministry and"
            if is_role(token, table):
                return False
        elif token.lower in table.connectors:
            linked = True
        else:
            return False
        k -= 1
    return False


def split_name_role(
    text: str, tokens: Sequence[Token], table: SpeechTable, known: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """:func:`_split_name_role`, an abbreviated title keeping its full stop (``Sen. Ted
    Cruz``: the role is ``Sen.``, not ``Sen``)."""
    body = body_speaker(text, tokens, table)
    if body is not None:
        return body, None  # ``сообщило Министерство обороны``
    name, role = _split_name_role(text, tokens, table, known)
    if name and role and table.name_prefixes:
        name, role = name_with_prefixes(name, role, table)
    if role and role.lower() in table.short_titles:
        at = text.find(role + ".", tokens[0].start if tokens else 0)
        if at >= 0 and text[at + len(role) + 1 : at + len(role) + 2].isspace():
            role += "."
    return name, role


def opens_name(word: str, following: str, prefixes: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``word`` opens a name before ``following`` by the speech table's
    ``name_prefixes`` (``I`` before ``Wayan``; a Balinese birth-order name, listed with
    ``*``, before any name word: ``Nyoman`` before ``Gede``)."""
    allowed = prefixes.get(word)
    return allowed is not None and (following in allowed or "*" in allowed)


def prefix_words(before: Sequence[str], name: str, table: SpeechTable) -> int:
    """How many of the words ``before`` a name open it (``Bali I | Wayan Dipta``: one;
    ``Perindustrian I Gusti | Putu Suryawirawan``: two), by the speech table's
    ``name_prefixes``."""
    first = name.split(" ", 1)[0]
    k = len(before)
    while k > 0 and opens_name(before[k - 1], first, table.name_prefixes):
        k -= 1
        first = before[k]
    return len(before) - k


def name_with_prefixes(name: str, role: str, table: SpeechTable) -> tuple[str, str | None]:
    """(name, role) with the words closing the role that open the name moved to it
    (:func:`prefix_words`): ``I Wayan Dipta``, ``Kepala Dinas Pariwisata Bali``."""
    words = role.split()
    moved = prefix_words(words, name, table)
    if not moved:
        return name, role
    return " ".join([*words[-moved:], name]), " ".join(words[:-moved]) or None


def titled_surname(words: Sequence[Token], end: int, table: SpeechTable) -> bool:
    """Whether the last word, a title, ends a surname with a capitalised particle after a
    given name: ``Bruno Le Maire``, not ``le maire``."""
    return (
        end >= 3
        and words[end - 1].is_capitalised
        and words[end - 2].is_capitalised
        and words[end - 2].lower in table.name_particles
        and name_part(words[end - 3], table)
    )


def _split_name_role(
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
    end = end_before_unjoined_particles(text, words, table)
    begin = end
    while begin > 0 and end - begin < MAX_NAME + 2:
        token = words[begin - 1]
        if begin < end and _courtesy(words, begin - 1, table):
            break  # "Datuk Seri | Maimunah Mohd Sharif": the name starts after them
        if (
            token.lower in table.name_particles
            and begin - 1 > 0
            and begin < end
            and name_part(words[begin - 2], table)
            and in_complement(words, begin - 2, table)
        ):
            # "presidenta de la Comunidad de Madrid", "director del Museo del Prado": the
            # words after the particle end the title's complement; nobody is named
            return None, strip_determiners(text, words, table)
        if (
            name_part(token, table)
            or _initial(text, token)
            or (begin == end and titled_surname(words, end, table))
            or (
                token.lower in table.name_particles
                and begin - 1 > 0
                and begin < end
                and (
                    name_part(words[begin - 2], table)
                    or words[begin - 2].lower in table.name_particles  # von der Leyen
                )
            )
        ):
            begin -= 1
        else:
            break
    surname = (
        begin <= MAX_PARTICLES
        and end >= 2
        and token_chain(table, words, 0) == end - 1
        and name_part(words[end - 1], table)
    )  # "von der Leyen said", "dijo de Guindos": a surname with its particles, alone
    if surname:
        begin = 0
    while begin < end - 1 and _courtesy(words, begin, table):
        begin += 1  # "Tan Sri Lim Kok Cheong", "Datuk Mohd Effendy Abdul Ghani"
    courtesy = begin > 0 and _courtesy(words, begin - 1, table)  # no title's complement
    while (
        not surname
        and begin < end
        and words[begin].lower in table.name_particles
        and not words[begin].is_capitalised
    ):
        begin += 1
    if begin >= 2 and inside_org_name(words, begin - 1, table):
        # "Centers for Disease Control and Prevention": one organisation, not "Prevention"
        org = begin - 1
        while org > 0 and (
            (words[org - 1].is_capitalised and not is_role(words[org - 1], table))
            or words[org - 1].lower in table.connectors
            or inside_org_name(words, org - 1, table)
        ):
            org -= 1
        while org < begin and not words[org].is_capitalised:
            org += 1  # not a leading "of"
        return span_text(text, words, org, end), None
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
        while org > 0 and (
            (
                words[org - 1].is_capitalised
                and (
                    not is_role(words[org - 1], table)
                    or words[org - 1].lower in table.portfolio_words
                )
            )
            or inside_title(words, org - 1, table)  # "Kementerian Hukum dan HAM"
            or inside_org_name(words, org - 1, table)  # "Securities and Exchange Commission"
        ):
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
    if has_title or (begin > 0 and not words[begin - 1].is_capitalised):
        # (or the lower-case complement of a title taken off before: "иностранных дел")
        begin = _from_given_name(words, begin, end, table)
    english_style = begin > 0 and not words[begin - 1].is_capitalised
    if (
        begin >= 2
        and end - begin <= 2
        and words[begin - 1].lower in table.title_names
        and has_role_word(words[: begin - 1], table)
    ):
        begin -= 1  # "Menteri Pemuda dan Olahraga Imam Nahrawi": a title, then "Imam" names
    fields = begin
    while fields < end and words[fields].lower in table.portfolio_words:
        fields += 1  # "Menko Politik, Hukum, dan Keamanan Wiranto": the title's last field
    if fields == end:
        return None, strip_determiners(text, words, table)  # "Menteri Luar Negeri"
    joined = begin > 0 and words[begin - 1].lower in table.conjunctions  # "… dan Perikanan"
    if fields > begin and (end - fields <= 2 or joined):
        begin = fields  # (else the run is cut below, as any title's complement is)
    elif (
        has_title
        and end - begin > 2
        and not courtesy
        and not english_style
        and not _rank_before(words, begin, table)  # "Kombes Hero Hendrianto Bachtiar"
    ):
        whole = span_text(text, words, begin, end)
        given_first = table.whole_names_after_titles and words[begin].text in known_given_names(
            table.language or ""
        )  # "Cumhurbaşkanı Recep Tayyip Erdoğan": two given names, then the surname
        if whole not in known and not given_first:
            two = _two_names_back(text, words, end, table)
            begin = two if two - 1 <= begin or not _named_alone(text, words, two - 1) else two - 1
    if name_words(words, begin, end, table) > MAX_NAME:
        cut = next((k for k in range(begin + 1, end) if particle(words[k], table)), end)
        if cut < end and name_words(words, begin, cut, table) <= MAX_NAME:
            end = cut  # "Vinícius José Paixão de Oliveira Júnior": up to the particles
        else:
            begin = _two_names_back(text, words, end, table)
    name = span_text(text, words, begin, end)
    prefix = words[:begin]
    if (
        table.places_after_titles
        and has_role_word(prefix, table)
        and office_place(words[begin:end], table)
    ):
        # "Wali Kota Verbania", "Menteri Luar Negeri Rusia": an office named by its place
        # or body, nobody's name; the office is the speaker
        return None, strip_determiners(text, words[:end], table)
    if not any(is_role(t, table) or t.is_capitalised for t in prefix):
        return name, None  # "43-year-old Martin Taylor": a description, not a role
    if not has_role_word(prefix, table) and any(
        text[t.start - 1 : t.start] == "(" for t in prefix if t.is_acronym
    ):
        return name, None  # "… Reformasi Birokrasi (PANRB) Herman": the tail of a name
    return name, strip_determiners(text, prefix, table)


def body_after_article(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
    """``the Defense Ministry``, ``le ministère des Armées``, ``el INE``: a definite
    article, then an organisation's name (an organisation word among capitalised words,
    or one acronym): that body, not a description of someone (``the ministry``, ``the
    official``)."""
    k = table.determiner_at(words, 0)
    if not k or table.determiner_at(words, 0, indefinite=True):
        return None
    rest = list(words[k:])
    if not rest or len(rest) > MAX_NAME + 2 or not rest[-1].is_capitalised:
        return None
    if len(rest) == 1:
        return rest[0].text if rest[0].is_acronym else None
    bodies = [k for k, t in enumerate(rest) if t.lower in table.org_words]
    if (
        not bodies
        or not all(
            t.is_capitalised or t.lower in table.connectors or t.lower in table.org_words
            for t in rest
        )
        # a title after the body's word holds it: "the Bank of England Governor Andrew
        # Bailey" (the "Defense" of "Defense Ministry" is the body's own)
        or any(is_role(t, table) for t in rest[bodies[-1] :])
    ):
        return None
    return span_text(text, rest, 0, len(rest))


def _rank_before(words: Sequence[Token], begin: int, table: SpeechTable) -> bool:
    """Whether a rank (``Kombes``, ``Komisaris Besar``) ends right before ``begin``."""
    one = words[begin - 1].lower
    two = f"{words[begin - 2].lower} {one}" if begin >= 2 else ""
    return one in table.rank_words or two in table.rank_words


def span_text(text: str, words: Sequence[Token], begin: int, end: int) -> str:
    start, stop = words[begin].start, words[end - 1].end
    if text[stop : stop + 1] == ")" and text.count("(", start, stop) > text.count(")", start, stop):
        stop += 1  # ``Ketua Dewan Perwakilan Daerah (DPD)``: close the acronym's bracket
    return text[start:stop]


def strip_determiners(text: str, words: Sequence[Token], table: SpeechTable) -> str | None:
    i = 0
    while i < len(words) and (size := table.determiner_at(words, i)):
        i += size  # "seorang", "salah satu"
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


def has_role_word(tokens: Sequence[Token], table: SpeechTable) -> bool:
    return any(is_role(t, table) for t in tokens)


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z\-]*(?![\w'’])")
"""A word written in lower case (ASCII letters: the languages whose names it vets)."""
CAP_RUN = re.compile(
    rf"(?<![\w'’])[{_UPPER}][\w'’\-]*(?:[ \t]+(?:(?:bin|binti|van|von|de|al|el|da|di|der)[ \t]+)?"
    rf"[{_UPPER}](?:\.(?=[ \t]+[{_UPPER}][\w'’\-]*[a-z])|[\w'’\-]*))+"
)
"""A run of capitalised words; an initial with its full stop inside it (``Darmin A.
Sigilipu``, ``John M. Ford``) when a capitalised word follows."""


def capitalised_before(text: str, position: int, particles: frozenset[str]) -> bool:
    """The word before ``position`` (same line) is capitalised, or a name particle
    (``von der Leyen``): a longer name may end here."""
    i = position - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or i == position - 1 or not (text[i].isalnum() or text[i] in ".'’"):
        return False
    last = i + 1
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-'’."):
        i -= 1
    return text[i].isupper() or text[i:last].lower() in particles


def name_continues(text: str, end: int) -> bool:
    """Another capitalised word follows: ``Robert`` in ``Robert Leonard Marbun`` is no surname."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def word_edge(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is whole words (not ``Austin`` inside ``Austinville``)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def name_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The leading capitalised words of ``tokens`` (a name occurrence)."""
    out: list[Token] = []
    for token in tokens:
        if not (token.is_word and token.is_capitalised):
            break
        out.append(token)
    return out


_PLACE_REACH = 3
"""Words of an organisation or place name read back for its cue word (``Dinas …``)."""


def inside_a_place_name(text: str, index: TokenIndex, table: SpeechTable, name: str) -> bool:
    """Whether ``name`` is written inside a place or organisation name somewhere
    (``Kabupaten Sukamaju``, ``Dinas Kesehatan Sukamaju``)."""
    position = text.find(name)
    while position >= 0:
        end = position + len(name)
        if word_edge(text, position, end):
            tokens = index.between(max(0, position - 60), position)
            k = len(tokens)
            # the words right before it: ``Kabupaten``, ``Dinas Kesehatan`` (not
            # across a title or an acronym: ``Kepala Pusat … LIPI Adriana``)
            while k > 0 and len(tokens) - k < _PLACE_REACH:
                token = tokens[k - 1]
                if not (token.is_word and token.is_capitalised) or token.is_acronym:
                    break
                if token.lower in table.role_words:
                    break
                if token.lower in table.org_words:
                    return True
                k -= 1
        position = text.find(name, end)
    return False


def is_organisation(table: SpeechTable, name: str) -> bool:
    """``BPBD Sukamaju``, ``Badan Intelijen Nasional``: an acronym or an organisation
    word opens the name."""
    first = name.split(" ", 1)[0]
    return (len(first) >= 2 and first.isupper()) or first.lower() in table.org_words


def opens_sentences_only(text: str, name: str) -> bool:
    """Whether ``name`` appears only at sentence or line starts, where a capital proves
    nothing (``Istri Adjie bernama …`` is "Adjie's wife", ``Pernyataan Wiranto …`` his
    statement)."""
    position = text.find(name)
    while position >= 0:
        before = text[max(0, position - 4) : position].rstrip(" \t\"“‘'")
        if before and before[-1] not in ".!?:\n":
            return False
        position = text.find(name, position + len(name))
    return True


def opening_run(tokens: Sequence[Token]) -> list[Token]:
    """The capitalised words that open ``tokens``, a name's length at most: the subject
    a sentence may open with."""
    run: list[Token] = []
    for token in tokens[:MAX_NAME]:
        if not (token.is_word and token.is_capitalised):
            break
        run.append(token)
    return run


def opens_a_run(text: str, name: str, table: SpeechTable) -> bool:
    """Whether ``name`` stands somewhere in ``text`` with no capitalised word but a title
    right before it (not only inside a longer name: ``Petani Indonesia`` of ``Serikat
    Petani Indonesia``; ``Prof. Dr. Fathur Rokhman`` is fine)."""
    position = text.find(name)
    while position >= 0:
        before = text[max(0, position - 40) : position].split()
        if not before or not before[-1][:1].isupper():
            return True
        lower = before[-1].rstrip(".,").lower()
        if lower in table.role_words or lower in table.honorifics:
            return True
        position = text.find(name, position + 1)
    return False
