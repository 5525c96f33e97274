"""Speaker clauses in parts: the comma-separated pieces before a cue, and what in them
is not the speaker (a day, a place, an addressee, a state after a town, a bracketed date).

``parse_backward`` in :mod:`speaker_phrases` reads ``Retno Marsudi di Jakarta, Senin,
mengatakan`` through these: the parts ``[Retno Marsudi di Jakarta] [Senin] []`` lose the
day and the place and leave the subject. Titles, prepositions and time words come from the
language's speech table.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.actors_gazetteer import actor_tables, tagger_gazetteer
from briefing.analysis.speech_names import compound_role
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token


def is_role(token: Token, table: SpeechTable) -> bool:
    lower = token.lower.rstrip(".")
    if lower in table.role_words:
        return True
    if "-" in lower and any(part in table.role_words for part in lower.split("-")):
        return True
    # German compounds: "Bundesfinanzminister", "Oberbürgermeisterin"; in the genitive too
    # ("Nach Angaben eines Sprechers der Bahn", "des Polizeisprechers")
    if not (table.capitalised_nouns and token.is_capitalised):
        return False
    language = table.language or ""
    if compound_role(language, lower):
        return True
    stem = lower[:-1] if lower.endswith("s") else ""
    return bool(stem) and (
        stem in table.role_words
        or compound_role(language, stem)
        or (stem.endswith("e") and stem[:-1] in table.role_words)
    )


def without_time_and_place(segments: list[list[Token]], table: SpeechTable) -> list[list[Token]]:
    """``Retno Marsudi di Jakarta, Senin, mengatakan``: when and where the subject spoke,
    between the subject and the cue, are not the subject (``Senin``, ``Jakarta``)."""

    def spoken_when(part: Sequence[Token]) -> bool:
        return bool(part) and all(t.lower in table.spoken_when or t.text.isdigit() for t in part)

    if len(segments) >= 2 and spoken_when(segments[-1]):
        segments.pop()  # "Subject, Senin mengatakan" reads as "Subject mengatakan"
    else:
        timed = False
        while len(segments) >= 3 and not segments[-1] and spoken_when(segments[-2]):
            del segments[-2]  # "…, Senin, mengatakan": a part of its own before the cue
            timed = True
        if timed and len(segments) == 2 and not segments[-1]:
            segments.pop()  # "Subject, Senin, mengatakan" reads as "Subject mengatakan"
    end = len(segments) - 1 if not segments[-1] else len(segments)
    segments[end - 1] = without_place(segments[end - 1], table)
    return segments


def without_place(subject: list[Token], table: SpeechTable) -> list[Token]:
    """``Febry kepada Antara di Jakarta`` → ``Febry``: a place (``di`` + a name), an
    addressee (``kepada`` + anything) and a day (``pada hari Jumat``) after a name are
    where, to whom and when it was said.
    A place right after a title or an organisation word is part of the title (``Kepala
    Dinas di Kabupaten Sigi``)."""
    cut = len(subject)
    for i in range(len(subject) - 1, 0, -1):
        lower = subject[i].lower
        before = subject[i - 1]
        named = (
            before.is_capitalised
            and not is_role(before, table)
            and before.lower not in table.org_words
        )
        addressee = lower in table.addressee_prepositions
        place = (
            lower in table.location_prepositions
            and i + 1 < cut
            and all(t.is_capitalised for t in subject[i + 1 : cut])
        )
        when = (  # "Uber pada hari Jumat mengatakan": when it spoke
            lower in table.prepositions
            and i + 1 < cut
            and all(t.lower in table.spoken_when or t.text.isdigit() for t in subject[i + 1 : cut])
        )
        circumstance = (  # "Эльвира Набиуллина на пресс-конференции после заседания
            # заявила", "M. Barnier devant les députés a déclaré": where or how it was said
            not table.descriptions_after_names
            and i >= 2
            and subject[i - 2].is_capitalised  # a name of two words, not "Experts on …"
            and lower in table.prepositions
            and i + 1 < cut
            and all(t.is_word and not t.is_capitalised for t in subject[i + 1 : cut])
        )
        occasion = (  # "A M Dicky saat ditemui di Pos Polisi Gadog, Sabtu, mengatakan"
            lower in table.occasion_words and i + 1 < cut and _verb(subject[i + 1], table)
        )
        if named and (addressee or place or when or circumstance or occasion):
            cut = i
    return subject[:cut]


_VERB_STEM = 4
"""Letters a verb has at least after its prefix (``di`` + ``temui``)."""


def _verb(token: Token, table: SpeechTable) -> bool:
    """``ditemui``, ``menghadiri``: a verb by its prefix, written in lower case."""
    return (
        token.is_word
        and not token.is_capitalised
        and any(
            token.lower.startswith(p) and len(token.lower) >= len(p) + _VERB_STEM
            for p in (*table.passive_prefixes, *table.verb_prefixes)
        )
        and token.lower not in table.not_verbs
    )


def place_continuation(segments: Sequence[Sequence[Token]], k: int, table: SpeechTable) -> bool:
    """``… a scientist at the center in Greenbelt, Maryland, said``: a short capitalised
    part right after a part ending in ``in``/``at`` + a name is that place's state or
    country, part of the description, not the subject."""
    k %= len(segments)
    if k < 2:
        return False  # "In May, Zippy Duvall, …": the part before is no description
    part = [t for t in segments[k] if t.is_word]
    before = [t for t in segments[k - 1] if t.is_word]
    after = [t for t in segments[k + 1] if t.is_word] if k + 1 < len(segments) else []
    if after and after[0].lower in table.determiners:
        return False  # "…, Zippy Duvall, the president of …": a name its appositive follows
    if not part or len(part) > 3 or not all(t.is_capitalised for t in part) or not before:
        return False
    i = len(before) - 1
    while i >= 0 and before[i].is_capitalised:
        i -= 1
    return 0 <= i < len(before) - 1 and before[i].lower in table.prepositions


def comma_segments(
    tokens: Sequence[Token],
    legal_suffixes: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
) -> list[list[Token]]:
    """The comma-separated parts of a clause; a company's legal suffix stays in its name
    (``Sales for Dräger, Inc., says``: one part, not two), and so does a title written
    short (``Gen. Mark Milley``: ``titles`` are the words that may be)."""
    segments: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        if token.text == "," and _suffix_follows(tokens, i, legal_suffixes):
            continue
        if token.text == "." and _abbreviation_stop(tokens, i, legal_suffixes, titles):
            continue  # "Inc.", "Gen. Mark Milley": inside a sentence, an abbreviation's stop
        if token.text == ",":
            segments.append([])
        elif _in_bracketed_number(tokens, i):
            continue  # ``di Jakarta, Selasa (27/3), mengatakan``, ``Stiller (50) mengatakan``
        elif token.is_word:
            segments[-1].append(token)
        elif _bracketed_acronym(tokens, i):
            continue  # ``Badan … Daerah (BPBD) Sukamaju``: the acronym stays in the name
        elif token.text == "&" and between_names(tokens, i):
            continue  # ``president of Chapter & Verse, …``: one name, not a break
        else:
            segments = [[]]  # a colon, quote mark or dash ends the clause
    return segments


def _abbreviation_stop(
    tokens: Sequence[Token], i: int, legal_suffixes: frozenset[str], titles: frozenset[str]
) -> bool:
    """The full stop of ``Inc.``, or of a title or an initial before a name (``Sen. Ted
    Cruz``, ``Sonya A. Rivera``): stuck to the word before, a space and a capital after."""
    if not i or not tokens[i - 1].is_word or tokens[i - 1].end != tokens[i].start:
        return False
    before = tokens[i - 1]
    if before.lower in legal_suffixes:
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text == "," and "-" in before.text:
        return True  # "Sen. Maria Lopez, D-Calif., said": a state's short form
    return (
        after is not None
        and after.is_capitalised
        and after.start > tokens[i].end
        and (
            before.lower in titles
            or (  # an initial inside a name ("Sonya A. Rivera"), not "vitamin C. Dr. Chen"
                len(before.text) == 1
                and before.text.isupper()
                and i >= 2
                and tokens[i - 2].is_capitalised
            )
        )
    )


def between_names(tokens: Sequence[Token], i: int) -> bool:
    """An ampersand joining two capitalised words (``Johnson & Johnson``)."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].is_capitalised and tokens[i + 1].is_capitalised


def _suffix_follows(tokens: Sequence[Token], i: int, suffixes: frozenset[str]) -> bool:
    """``, Inc`` / ``, Tbk``: the comma before a legal suffix, inside a company's name."""
    return (
        i + 1 < len(tokens) and tokens[i + 1].lower in suffixes and i > 0 and tokens[i - 1].is_word
    )


def _in_bracketed_number(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is part of a bracketed day/month or age: ``(27/3)``, ``(50)``."""
    for begin in range(max(0, i - 4), i + 1):
        if tokens[begin].text != "(":
            continue
        end = begin + 1
        while end < len(tokens) and end - begin <= 6 and tokens[end].text != ")":
            if not (tokens[end].text.isdigit() or tokens[end].text in "/-."):
                break
            end += 1
        if end < len(tokens) and tokens[end].text == ")" and end > begin + 1 and begin <= i <= end:
            return True
    return False


def _bracketed_acronym(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a bracket of ``( ACRONYM )`` that defines a name."""
    if tokens[i].text == "(":
        return i + 2 < len(tokens) and tokens[i + 1].is_acronym and tokens[i + 2].text == ")"
    return (
        tokens[i].text == ")" and i >= 2 and tokens[i - 1].is_acronym and tokens[i - 2].text == "("
    )


def place_or_body(words: Sequence[str], table: SpeechTable) -> bool:
    """Whether every word of ``words`` is one the name tagger's lists know as a place's or
    an organisation's (``Jawa Barat``, ``North Sumatra``, ``Garuda Indonesia``): no
    person. One known word is not enough: ``Chairul Tanjung``, ``Paris Hilton``."""
    known = tagger_gazetteer(table.language)
    return bool(words) and all((known(w) or "")[:3] in ("LOC", "ORG") for w in words)


def office_place(words: Sequence[Token], table: SpeechTable) -> bool:
    """What follows a title names a place or body, not a person: a region word and its
    name (``Kota Verbania``, then anything the tagger's lists know: ``Kota Bandung Jawa
    Barat``) or a known place or organisation (``Rusia``, ``Jawa Barat``)."""
    texts = [t.text for t in words]
    tables = actor_tables(table.language)
    if len(texts) >= 2 and texts[0] in tables.region_cues:
        return len(texts) == 2 or place_or_body(texts[2:], table)
    if len(texts) == 1:  # a whole name in the lists: "Rusia", not the "Sri" of Sri Lanka
        return any(phrase == (texts[0],) for phrase, _ in tables.phrases.get(texts[0], ()))
    return place_or_body(texts, table)


def place_words(tokens: Sequence[Token], table: SpeechTable) -> bool:
    """A place's name: opened by a place word (``Kompleks Parlemen``, ``Jalan Sudirman``)
    or all of it known to the tagger's lists (``Senayan``)."""
    texts = [t.text for t in tokens if t.is_word]
    return bool(texts) and (
        texts[0] in actor_tables(table.language).place_cues or place_or_body(texts, table)
    )
