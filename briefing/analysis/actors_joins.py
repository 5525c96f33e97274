"""Passes over the raw mentions before they merge into actors: names the tagger cut.

The tagger and the rules see a sentence at a time and stop at a title, a bracket or a
full stop, so one name can come out in pieces: ``New York State`` and ``General`` for
``New York State Attorney General (NYAG)``, ``Yasonna H`` and ``Laoly``, ``Sukamaju
Barat Budi`` with a region glued on. These passes put the pieces back together (or take
the region off) before :func:`briefing.analysis.actors.extract_actors` merges aliases.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

from briefing.analysis.actors_cues import names_spelled_by_acronyms
from briefing.analysis.actors_gazetteer import ActorTables
from briefing.analysis.actors_given import name_word
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.speaker_names import prefix_words
from briefing.analysis.speech_names import particle_chain, particle_joins
from briefing.analysis.speech_table import speech_table

Tokens = tuple[Sequence[str], Sequence[int], Sequence[int]]
"""The article's words with their start and end offsets (``ner.token_spans``)."""

_SPACES = re.compile(r"\s+")


def place_words_out_of_people(text: str, raw: list[RawMention], tables: ActorTables) -> None:
    """``Kepala BPBD Sukamaju`` is a title, an office and a place, not a title and a
    person called Sukamaju, when the article writes ``Kabupaten Sukamaju`` elsewhere: the
    name of a region (after a ``region_cues`` word: ``Kabupaten``, ``Kota``, ``Desa``) is
    no person's name, nor the start of one (then ranks after it go too: ``Jayapura AKBP
    Tober Sirait``). Not streets or buildings: ``Jalan Sudirman`` is named after a person."""
    places = {
        m.surface.split(None, 1)[1]
        for m in raw
        if m.source == "cue"
        and m.kind == "place"
        and " " in m.surface
        and m.surface.split(None, 1)[0] in tables.region_cues
    }
    if not places:
        return
    for m in raw:
        if m.kind != "person" or m.entry is not None:
            continue
        surface = _SPACES.sub(" ", m.surface)
        if surface in places:
            m.kind, m.role = "place", None
            continue
        # the longest: "Solok Selatan" before "Solok" (a set has no order of its own)
        place = max((p for p in places if surface.startswith(p + " ")), key=len, default=None)
        if place is None:
            continue
        rest = surface[len(place) + 1 :].split(" ")
        skip = 0
        while skip < len(rest) - 1 and (
            rest[skip].isupper()
            or rest[skip] in tables.person_openers
            or rest[skip] in tables.cue_words
        ):
            skip += 1  # ``AKBP``, ``Irjen``, ``Kota``: ranks and cue words, not the name
        name = rest[skip:]
        if len(name) < 2:
            continue
        cut = m.end
        for _ in name:
            cut = text.rfind(" ", m.start, cut)
        cut += 1
        while cut < m.end and text[cut].isspace():
            cut += 1
        if m.role:
            m.role = f"{m.role} {text[m.start : cut].strip()}"
        m.start, m.surface = cut, text[cut : m.end]


def with_acronym_names(
    text: str, raw: list[RawMention], tokens: Tokens, tables: ActorTables
) -> list[RawMention]:
    """One mention for a name its bracketed acronym spells whole (``New York State
    Attorney General (NYAG)``), in place of the pieces the mentions had cut it into."""
    words, starts, ends = tokens
    spans = {(m.start, m.end) for m in raw}
    names = names_spelled_by_acronyms(words, starts, ends, spans, tables)
    if not names:
        return raw
    # a place when the acronym is a known one or a state or region word opens the name
    # (``Republik Rakyat Tiongkok``, ``Democratic Republic of Congo``), else an organisation
    kinds = {m.start: m.kind if m.entry is not None else "organization" for m in raw}
    place_words = tables.state_words | tables.region_cues
    for a, b, at in names:
        if place_words.intersection(text[a:b].split()[:2]):
            kinds[at] = "place"
    # the name written out again later, without its acronym, is the same name
    names += [
        (match.start(), match.end(), at)
        for a, b, at in list(names)
        for match in re.finditer(rf"\b{re.escape(text[a:b])}\b", text)
        if match.start() != a and not _straddled(match.start(), match.end(), spans)
    ]
    # an acronym no other rule found is a mention of its name too ("(INE)")
    unfound = {at for _, _, at in names} - {m.start for m in raw}
    mentioned = [*names, *((at, text.find(")", at), at) for at in unfound)]
    kept = [m for m in raw if not any(a <= m.start and m.end <= b for a, b, _ in names)]
    kept += [
        RawMention(
            kinds.get(at, "organization"), 0, 0, "acronym", start=a, end=b, surface=text[a:b]
        )
        for a, b, at in mentioned
    ]
    return sorted(kept, key=lambda m: m.start)


_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_NAME_AFTER_INITIALS = 2


def names_through_initials(
    text: str, raw: list[RawMention], tokens: Tokens, tables: ActorTables
) -> list[RawMention]:
    """``Budi A. Santoso``, ``Hastin A.B. Dumadi``: a person's name goes on through a
    middle initial and its full stop, where the tagger stopped at the stop (``Budi A``
    and a second person ``Santoso``). Only after a given name (not a suspect's lone
    initial, ``berinisial A. Polisi …``, nor a known place the tagger glued on) and
    before a capitalised word that is no function word, title or organisation cue
    (``Philip K. Dick Award``). An acronym the tagger glued on is left out: ``APTRI M.
    Nur Khabsyin`` is M. Nur Khabsyin (M. for Muhammad opens many Indonesian names).
    (``Konsul Jenderal RI Jeddah M. Hery Saripudin`` still keeps Jeddah: nothing says
    it is no given name.)"""
    words, starts, ends = tokens
    out: list[RawMention] = []
    absorbed_to = -1
    for m in raw:
        if m.start < absorbed_to:
            continue  # the surname now inside the name before it
        i = bisect_left(ends, m.end)
        if (
            m.kind == "person"
            and m.entry is None
            and i + 2 < len(words)
            and ends[i] == m.end
            and _INITIALS.fullmatch(words[i])
            and starts[i] > m.start  # a given name before the initial
            and tables.match_at(words, i - 1) is None  # not a place the tagger glued on
            and words[i + 1] == "."
            and starts[i + 1] == ends[i]
        ):
            k = i + 2
            while (
                k < len(words)
                and k - (i + 2) < _NAME_AFTER_INITIALS
                and words[k][:1].isupper()
                and words[k][1:].islower()
                and words[k].lower() not in tables.function_words
                and words[k].lower() not in tables.title_words
                and words[k] not in tables.cue_words  # "Philip K. Dick Award"
                and words[k] not in tables.other_cues
                and text[ends[k - 1] : starts[k]] in (" ", "")
            ):
                k += 1
            if k > i + 2:
                if words[i - 1].isupper() and starts[i - 1] == m.start:
                    m.start = starts[i]  # "Sekjen APTRI M. Nur Khabsyin": M. is the name's
                end = ends[k - 1]
                later = [n for n in raw if n.start >= starts[i + 2] and n.start < end]
                end = max([end, *(n.end for n in later if n.kind == "person")])
                m.end, m.surface = end, text[m.start : end]
                absorbed_to = end
        out.append(m)
    return out


def _straddled(start: int, end: int, spans: Collection[tuple[int, int]]) -> bool:
    """Whether a mention runs across either end of ``[start, end)``."""
    return any(a < end and b > start and (a < start or b > end) for a, b in spans)


_NAME_AFTER_PARTICLES = 2
"""Name words read after a particle: ``Maria da Conceição Tavares``."""


def names_through_particles(
    text: str, raw: list[RawMention], tokens: Tokens, tables: ActorTables
) -> list[RawMention]:
    """``Luiz Inácio Lula da Silva``, ``Maria da Conceição Tavares``, ``Ana de la Vega``:
    a person's name goes on through its lower-case particles, where the tagger stopped at
    them (``Luiz Inácio Lula``) or started after them (``Conceição Tavares``). The
    particles are the speech table's (:func:`~briefing.analysis.speech_names.particle_chain`
    says which runs of them join a name); the words on the other side are name words
    (no title, organisation's or place's word, none the article writes in lower case,
    no gazetteer entry: ``Pedro de Lisboa`` stays Pedro). A person the tagger found on
    the far side joins the name; a name opening with a known given name has nothing
    before it (``Governo de Luís Montenegro``)."""
    speech = speech_table(tables.language)
    if not speech.name_particles:
        return raw
    words, starts, ends = tokens

    def joinable(k: int) -> bool:
        word = words[k]
        return (
            name_word(text, word, tables)
            and word.lower() not in tables.title_words
            and word.lower() not in tables.function_words
            and tables.match_at(words, k) is None
        )

    others = {bisect_left(starts, x.start) for x in raw if x.kind != "person"}

    def joins(first: int, k: int, n: int) -> bool:
        """Whether the particles ``words[k:k + n]`` join the name words from
        ``words[first]`` to the word after them, which no other actor starts at."""
        return k + n not in others and particle_joins(
            speech, text, words[first:k], words[k : k + n], words[k + n]
        )

    def spaced(k: int, n: int) -> bool:
        """Words ``k`` … ``k + n - 1`` are separated by single spaces."""
        return all(text[ends[x] : starts[x + 1]] == " " for x in range(k, k + n - 1))

    out: list[RawMention] = []
    absorbed_to = -1
    for m in raw:
        if m.start < absorbed_to:
            continue  # now inside the name before it
        if m.kind == "person" and m.entry is None:
            first = bisect_left(starts, m.start)
            k = first
            while k > 0 and words[k - 1] in speech.name_particles:
                k -= 1
            n = first - k
            person_before = bool(
                k >= 1 and out and out[-1].kind == "person" and out[-1].end == ends[k - 1]
            )
            named_from = bisect_left(starts, out[-1].start) if person_before else k - 1
            if (
                n
                and k >= 1
                and first < len(starts)
                and starts[first] == m.start
                and particle_chain(speech, words, k) == n
                and words[first] not in tables.given_names  # "ao Governo de Luís Montenegro"
                and joinable(k - 1)
                and spaced(k - 1, n + 2)
                and joins(named_from, k, n)
            ):
                if person_before:
                    m.start = out.pop().start  # "Maria" the tagger saw too
                elif not (out and out[-1].end > starts[k - 1]):
                    m.start = starts[k - 1]
                m.surface = text[m.start : m.end]
            last = bisect_left(ends, m.end)
            n = particle_chain(speech, words, last + 1) if last < len(ends) else 0
            k = last + 1 + n
            if (
                n
                and ends[last] == m.end
                and k < len(words)
                and joinable(k)
                and joins(first, last + 1, n)
            ):
                stop = k + 1
                while stop < len(words) and stop - k < _NAME_AFTER_PARTICLES and joinable(stop):
                    stop += 1
                if spaced(last, stop - last):
                    end = ends[stop - 1]
                    later = [x for x in raw if starts[last + 1] <= x.start < end]
                    end = max([end, *(x.end for x in later if x.kind == "person")])
                    m.end, m.surface = end, text[m.start : end]
                    absorbed_to = end
        out.append(m)
    return out


def names_through_prefixes(
    text: str, raw: list[RawMention], tokens: Tokens, tables: ActorTables
) -> list[RawMention]:
    """``I Wayan Dipta``, ``I Gusti Putu Suryawirawan``: the words that open a Balinese
    name (the speech table's ``name_prefixes``) belong to it where the tagger left them to
    the title before (``Kepala Dinas Pariwisata Bali I``); the role gives them back."""
    speech = speech_table(tables.language)
    if not speech.name_prefixes:
        return raw
    words, starts, _ = tokens
    for m in raw:
        if m.kind != "person" or m.entry is not None:
            continue
        k = bisect_left(starts, m.start)
        if k >= len(starts) or starts[k] != m.start:
            continue
        before = words[max(0, k - _PREFIX_WORDS) : k]
        moved = prefix_words(before, words[k], speech)
        if not moved or text[starts[k - moved] : m.start].count(" ") != moved:
            continue  # (single spaces only: not across a line or a comma)
        m.start = starts[k - moved]
        m.first = max(0, m.first - moved)  # (the same sentence: single spaces between)
        m.surface = text[m.start : m.end]
        prefix = " ".join(before[len(before) - moved :])
        if m.role and m.role.endswith(" " + prefix):
            m.role = m.role[: -len(prefix) - 1]
    return raw


_PREFIX_WORDS = 3
"""Words before a name that may open it (``I Gusti Ngurah``)."""
