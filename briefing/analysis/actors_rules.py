"""Actor mentions in one sentence: the tagger's entities, gazetteer matches and cue rules.

Why several sources: the tagger (trained on IDNER) finds unseen names from shape and
context but misses short acronyms (``AS``) and long institutional names (``Dewan Keamanan
Nasional AS``); the gazetteer knows aliases and kinds (``Kremlin`` is an organisation);
cue words (``Badan``, ``Ministry``) build organisation names; titles (``Menteri``)
introduce people and give their role. Overlaps are resolved longest-first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.actors_bodies import with_towns_and_bodies
from briefing.analysis.actors_cues import (
    CLOSING,
    capitalised,
    compound_adjective,
    cue_spans,
    state_code_places,
    suffixed_spans,
)
from briefing.analysis.actors_gazetteer import ActorTables, GazetteerEntry, tagger_gazetteer
from briefing.analysis.actors_given import given_name_mentions, written_lower
from briefing.analysis.actors_labels import market_words
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.actors_titles import (
    appositive_mentions,
    find_role,
    first_given_name,
    title_mentions,
)
from briefing.analysis.ner import TaggerModel, entities_from_tags, is_candidate_word
from briefing.analysis.tokens import positions

KIND_OF_TYPE = {"PER": "person", "ORG": "organization", "LOC": "place"}
_PRIORITY = {
    "cue": 3,
    "body": 3,
    "gazetteer": 2,
    "title": 1,
    "given": 1,
    "city": 1,
    "tagger": 0,
    "acronym": 0,
}


def _strip_person(words: Sequence[str], m: RawMention, tables: ActorTables) -> None:
    """Drop leading titles, honorifics, places and not-actor words from a person span."""
    for j in range(max(0, m.first - 3), m.first):
        # a title that began before the span: ``Chief [Executive Bob Iger]``
        size = tables.title_at(words, j)
        if m.first < j + size < m.last:
            m.first = j + size
    while m.first < m.last:
        word = words[m.first]
        title = tables.title_at(words, m.first)
        if title and m.first + title < m.last:
            m.first += title
            continue
        match = tables.match_at(words, m.first)
        if match is not None and match.last < m.last:
            m.first = match.last
            continue
        if _given_inside_sentence(words, m, tables):
            break  # ``said Will Moy``
        if (
            word in tables.honorifics
            or word in tables.not_actors
            or word in "-–,(."
            or compound_adjective(word)
        ):
            m.first += 1
            continue
        if word.isupper() and len(word) > 1 and m.last - m.first > 2:
            m.first += 1  # ``Presiden FIFA Michel Platini``: the acronym is the role's
            continue
        if m.first == 0 and m.last > 1 and word.lower() in tables.according_words:
            m.first += 1  # ``Segundo Moraes, …``, ``Laut Scholz …``: the sentence's cue
            continue
        if word in tables.position_letters and m.last - m.first > 2 and words[m.first + 1] != ".":
            m.first += 1  # ``F Hamidou Diallo``: a player's position (an initial has a stop)
            continue
        break
    given = first_given_name(words, m.first, m.last, tables)
    if given is not None:
        m.first = given  # ``России Владимир Путин``
    while m.last > m.first and (words[m.last - 1] in CLOSING or words[m.last - 1] in "-–("):
        m.last -= 1
    for j in range(m.last - 2, m.first, -1):
        # ``Transport Minister Ingrid Halvorsen``: the name starts after the last title
        size = tables.title_at(words, j)
        if size and j + size < m.last:
            m.first = j + size
            break


_SENTENCE_BREAKS = frozenset(".!?:;")


def _given_inside_sentence(words: Sequence[str], m: RawMention, tables: ActorTables) -> bool:
    """``Will`` is a modal verb opening a question (``Will Congress act?``) but a given
    name inside a sentence before a surname (``voters,” Will Moy said``): after a word
    or a closing quote, before a capitalised word that is no acronym and no name or
    word the tables know."""
    k = m.first
    return (
        words[k] in tables.inner_given_names
        and k > 0
        and m.last - k == 2
        and words[k - 1] not in _SENTENCE_BREAKS
        and not (k >= 2 and words[k - 2] in _SENTENCE_BREAKS)
        and words[k + 1][:1].isupper()
        and words[k + 1][1:].islower()
    )


def _strip_generic(words: Sequence[str], m: RawMention, tables: ActorTables) -> None:
    """Drop leading function words and adjectives (``NBA-leading Lakers``), trailing
    titles (``Senate President``, ``White House Press [Secretary]``: the title belongs
    to the person after it) and a day name after a known name (``Twitter Tuesday``)."""
    while m.first < m.last and (
        (words[m.first] in tables.not_actors and not _names_with_cue(words, m, tables))
        or not is_candidate_word(words[m.first])
        or compound_adjective(words[m.first])
        or (  # "O Banco Central", "A Petrobras": a sentence's short article
            m.first == 0
            and m.last > 1
            and len(words[0]) <= 2
            and words[0].lower() in tables.title_articles
        )
    ):
        m.first += 1
    for k in range(m.first + 1, m.last):
        size = tables.title_at(words, k)
        if size > 1 and k + size > m.last:
            m.last = k
            break
    while m.last > m.first and (
        not is_candidate_word(words[m.last - 1])
        or (m.last - m.first > 1 and (words[m.last - 1],) in tables.titles)
    ):
        m.last -= 1
    if m.last - m.first > 1 and words[m.last - 1] in tables.not_actors:
        match = tables.match_at(words, m.first) if words[m.first] in tables.phrases else None
        if (match is not None and match.last == m.last - 1) or words[
            m.last - 2
        ] in tables.organization_cues:
            # ``Twitter Tuesday``, ``House Intelligence Committee Tuesday`` (but ``Pasar
            # Minggu`` is a place's name)
            m.last -= 1


def _directed_place(
    words: Sequence[str], first: int, last: int, entry: GazetteerEntry, tables: ActorTables
) -> RawMention | None:
    """``Eastern Michigan``, ``Southern California``: a compass word before a known place
    names another place (or a university named after it), not the place itself."""
    if (
        entry.kind != "place"
        or first == 0
        or words[first - 1] not in tables.place_directions
        or (first >= 2 and capitalised(words[first - 2]))
    ):
        return None
    return RawMention("place", first - 1, last, "cue")


def _group_named_for(
    words: Sequence[str], m: RawMention, previous: RawMention | None, tables: ActorTables
) -> bool:
    """``the group Doctors for Camp Closure``: a plural word inside a sentence and a link
    (``for``) before a name the tagger found make the name of a group, not a person."""
    j = m.first - 2
    return (
        m.source == "tagger"
        and m.entry is None
        and j > 0
        and words[j + 1] in tables.group_links
        and capitalised(words[j])
        and words[j].endswith("s")
        and words[j][1:].islower()
        and words[j] not in tables.not_actors
        and (previous is None or previous.last <= j)
    )


def _tiled(
    words: Sequence[str], m: RawMention, known: Sequence[tuple[int, int]], tables: ActorTables
) -> bool:
    """``White House Russia adviser``: a span of the tagger made of two known names side
    by side, before a role written in lower case, is those two names (the second the
    role's field), not a third actor. Not without the role: ``CNN Indonesia`` is one
    company; nor in capitals: ``WHO IS THE FRONT-RUNNER?`` is a shouted line, which the
    shouting rule drops whole."""
    if m.source != "tagger" or m.kind == "person":
        return False
    if m.last >= len(words) or words[m.last] not in tables.title_words:
        return False
    if all(words[k].isupper() for k in range(m.first, m.last)):
        return False
    inside = sorted((a, b) for a, b in known if m.first <= a and b <= m.last)
    if len(inside) < 2 or inside[0][0] != m.first or inside[-1][1] != m.last:
        return False
    return all(inside[k][1] == inside[k + 1][0] for k in range(len(inside) - 1))


def _names_with_cue(words: Sequence[str], m: RawMention, tables: ActorTables) -> bool:
    """``Arab League``, ``Swedish Prosecution Authority``, ``Western District of New
    York``: a demonym opening a name that ends with an organisation cue, or whose next
    word is a cue, is part of it (``League`` alone names nothing)."""
    return words[m.first] in tables.demonyms and (
        words[m.last - 1] in tables.organization_cues
        or (m.first + 1 < m.last and words[m.first + 1] in tables.cue_words)
    )


# ``A350``, ``F-35``, ``B737``: a model's code, not an actor
_MODEL_CODE = re.compile(r"[A-Z]{1,2}-?\d{3,}(?:-\d+)?")


def _lone_word_not_actor(word: str, entry: GazetteerEntry | None, tables: ActorTables) -> bool:
    """One word that names no actor on its own: a function word, a letter; unless the
    gazetteer knows it, a generic cue word (``State`` of ``Penn State``, ``the State of
    Israel``) or a model's code."""
    if word in tables.not_actors or len(word) < 2:
        return True
    return entry is None and (word in tables.not_alone or _MODEL_CODE.fullmatch(word) is not None)


_MIN_SHOUTED_PLACE = 4
"""Letters of a place written in capitals that is read as the place (``PARIS``, not
``UK`` or ``US``, which are acronyms the gazetteer lists as they are)."""


def sentence_mentions(
    text: str,
    words: list[str],
    starts: Sequence[int],
    ends: Sequence[int],
    tables: ActorTables,
    tagger: TaggerModel,
    heading: bool = False,
) -> list[RawMention]:
    """Non-overlapping actor mentions of one sentence (token ranges), left to right."""
    n = len(words)
    not_actors = tables.not_actors
    if all(w.lower() == w or w in not_actors for w in words):
        # no capitalised word but ``Namun``, ``Senin``...: whatever the tagger made of
        # them would be dropped below, so it is not asked
        return []
    candidates: list[RawMention] = []
    tags = tagger.tag(words, tagger_gazetteer(tables.language))
    for ent in entities_from_tags(tags):
        m = RawMention(KIND_OF_TYPE[ent.type], ent.first, ent.last, "tagger")
        if m.kind != "person":
            person = _person_inside(words, m, tables)
            if person is not None:
                candidates.append(person)
        if m.kind == "person":
            _strip_person(words, m, tables)
        else:
            _strip_generic(words, m, tables)
        if m.first < m.last:
            candidates.append(m)
    phrases = tables.phrases
    after = 0
    for i in positions(phrases.__contains__, words):
        match = tables.match_at(words, i) if i >= after else None
        if match is not None:
            candidates.append(
                RawMention(match.entry.kind, match.first, match.last, "gazetteer", match.entry)
            )
            after = match.last
            directed = _directed_place(words, match.first, match.last, match.entry, tables)
            if directed is not None:
                candidates.append(directed)
            if match.entry.kind == "place" and not heading:
                named = _named_after_place(
                    text, words, tags, match.first, match.last, tables, match.entry.country
                )
                if named is not None:
                    candidates.append(named)
    for match in state_code_places(words, tables):
        candidates.append(RawMention("place", match.first, match.last, "gazetteer", match.entry))
    for i in positions(str.isupper, words):
        # "BRUSSELS, March 6 —", "LONDON (Reuters)": a dateline's city in capitals
        word = words[i]
        if len(word) < _MIN_SHOUTED_PLACE or not word.isalpha():
            continue
        title = word.title()
        if title in phrases:
            match = tables.match_at([title], 0)
            if match is not None and match.last == 1 and match.entry.kind == "place":
                candidates.append(RawMention("place", i, i + 1, "gazetteer", match.entry))
    candidates.extend(
        RawMention(kind, a, b, "cue") for kind, a, b in suffixed_spans(words, tables, tags, heading)
    )
    known = [(c.first, c.last) for c in candidates if c.source == "gazetteer"]
    if len(known) >= 2:
        candidates = [c for c in candidates if not _tiled(words, c, known, tables)]
    if not heading:
        candidates.extend(
            RawMention(kind, a, b, "cue") for kind, a, b in cue_spans(words, tables, tags)
        )
        candidates = with_towns_and_bodies(words, tables, candidates)
        # names after a title or before an appositive, unless the tagger saw a place or
        # an organisation there
        for m in [
            *title_mentions(words, tables),
            *appositive_mentions(words, tables),
            *given_name_mentions(text, words, tables),
        ]:
            if all(tag == "O" or tag.endswith("PER") for tag in tags[m.first : m.last]):
                candidates.append(m)
    for m in candidates:
        if m.kind != "person" and m.source in ("tagger", "cue"):
            _titled_name(words, m, tables, tags)
    if heading:  # title case: long tagger spans run over words; trust the gazetteer first
        candidates.sort(key=lambda m: (-_PRIORITY[m.source], -(m.last - m.first), m.first))
    else:
        candidates.sort(key=lambda m: (-(m.last - m.first), -_PRIORITY[m.source], m.first))
    market = set(market_words(words, starts, ends, tables.index_nouns))
    for m in candidates:  # ``London Metal Exchange CMAL3``: the name without its code
        while m.last > m.first and m.last - 1 in market and m.first not in market:
            m.last -= 1
    taken = [k in market for k in range(n)]  # ``.IXIC``, ``STOXX 600 index``: no actors
    chosen: list[RawMention] = []
    for m in candidates:
        if any(taken[m.first : m.last]):
            continue
        if m.last - m.first == 1 and _lone_word_not_actor(words[m.first], m.entry, tables):
            continue  # ``Namun``, ``The``, a lone capital letter, ``State``
        if m.entry is None and m.last - m.first > 1 and words[m.last - 1] in tables.thing_ends:
            for k in range(m.first, m.last):
                taken[k] = True  # ``Black Death``: no actor, nor are its words
            continue
        if m.kind == "person" and not _plausible_person(words[m.first : m.last], tables):
            continue
        for k in range(m.first, m.last):
            taken[k] = True
        chosen.append(m)
    for m in list(chosen):  # ``Badan Narkotika Nasional (BNN)``
        a = m.last + 1
        if (
            m.kind != "person"
            and a + 1 < n
            and words[m.last] == "("
            and words[a + 1] == ")"
            and words[a].isupper()
            and len(words[a]) >= 2
            and not taken[a]
        ):
            taken[a] = True
            chosen.append(RawMention(m.kind, a, a + 1, "acronym"))
    chosen.sort(key=lambda m: m.first)
    for k, m in enumerate(chosen):
        if _group_named_for(words, m, chosen[k - 1] if k else None, tables):
            m.first, m.kind = m.first - 2, "organization"
    for m in chosen:
        if m.source == "tagger" and m.last - m.first > 1:
            _retype(words[m.first : m.last], m, tables)
        if m.entry is None and words[m.first] in tables.phrases:
            match = tables.match_at(words, m.first)
            if match is not None and match.last == m.last:
                m.entry, m.kind = match.entry, match.entry.kind
            elif (
                match is not None
                and match.entry.kind == "organization"
                and match.last == m.last - 1
                and words[match.last] in tables.company_suffixes
            ):
                m.entry, m.kind = match.entry, "organization"  # ``Pacific Gas & Electric Co.``
    for m in chosen:
        if (
            m.source == "tagger"
            and m.entry is None
            and m.last < n
            and words[m.last].islower()
            and words[m.last].capitalize() in tables.region_cues
        ):
            m.kind = "place"  # ``Zabul province``, ``Orange county``
        if (
            not heading
            and m.kind != "person"
            and m.entry is None
            and m.first >= 2
            and words[m.first - 1][:1].isupper()
            and words[m.first - 1].lower() in tables.definite_articles
            and words[m.first - 2][:1].isalnum()
        ):
            m.first -= 1  # ``told The Hill``: a capital ``The`` inside a sentence is a title's
        if (
            m.kind == "person"
            and m.last < n
            and words[m.last] == "."
            and words[m.last - 1] in tables.dotted_suffixes
        ):
            m.last += 1  # ``Patrick Carlineo Jr.``: the suffix's full stop is the name's
        m.start, m.end = starts[m.first], ends[m.last - 1]
        if m.kind != "person" and _elided_capital(words[m.first], tables.role_elisions):
            m.start += 2  # ``l'Assemblée nationale``, ``d'Enedis``: the name after the elision
        m.surface = text[m.start : m.end]
        if m.kind == "person":
            m.role = find_role(text, words, starts, ends, m.first, m.last, tables)
    return chosen


def _elided_capital(word: str, elisions: frozenset[str]) -> bool:
    """``l'Assemblée``, ``d’Enedis``: an elided article or preposition before a name."""
    return len(word) > 2 and word[:2].lower() in elisions and word[2].isupper()


def _named_after_place(
    text: str,
    words: Sequence[str],
    tags: Sequence[str],
    first: int,
    last: int,
    tables: ActorTables,
    country: bool,
) -> RawMention | None:
    """``Palang Merah Indonesia``, ``Persib Bandung``: capitalised words right before a
    known place, none of them a title, cue or function word, make one organisation with
    it (the place alone would be a wrong actor). Leading words the article also writes
    in lower case are common words (``Pelatih``, ``Kepada`` at a sentence start), not
    part of the name; the name starts at the first word the tagger saw in an
    organisation (``Persib`` Bandung, not ``Warga``), or, when it saw none, is two words
    or more before a country, none of which the article writes in lower case (``Palang
    Merah`` Indonesia, not ``Gelandang Real`` Madrid); what the tagger saw as a
    person (``Robert Jordan``) or a place (``Banda Aceh``) stays one."""
    k = first
    while (
        k > 0
        and first - k < _MAX_NAMED_AFTER
        and words[k - 1][:1].isupper()
        and not words[k - 1].isupper()
        and words[k - 1] not in tables.not_actors
        and words[k - 1] not in tables.person_openers
        and words[k - 1] not in tables.cue_words
        and words[k - 1] not in tables.phrases
        and words[k - 1].lower() not in tables.title_words
    ):
        k -= 1
    if k == first or (k > 0 and capitalised(words[k - 1])):
        return None  # nothing before, or a longer run (a title, a cue) that rules handle
    if k >= 2 and words[k - 1].islower() and capitalised(words[k - 2]):
        return None  # ``Dinas Pariwisata dan Kebudayaan DKI Jakarta``: the tail of a name
    while k < first and written_lower(text, words[k]):
        k += 1
    if k == first or any(tag.endswith(("PER", "LOC")) for tag in tags[k:first]):
        return None  # the tagger's person (Robert Jordan) or place (Banda Aceh) stays one
    named = [j for j in range(k, first) if tags[j].endswith("ORG")]
    if named:
        k = named[0]  # ``Gelandang Real Madrid``: the name starts where the tagger saw one
    elif not country or first - k < 2 or any(written_lower(text, w) for w in words[k:first]):
        return None  # unseen by the tagger: two uncommon words before a country at least
    kind = "other" if any(w in tables.other_cues for w in words[k:first]) else "organization"
    return RawMention(kind, k, last, "cue")


_MAX_NAMED_AFTER = 3


def _retype(words: Sequence[str], m: RawMention, tables: ActorTables) -> None:
    """The tagger's kind corrected by cue words inside the name: ``Marvel Studios`` is an
    organisation, ``Affordable Care Act`` a thing (kind ``other``), not people; ``Real
    Madrid`` and ``Manchester United`` are clubs, not a person and a place; a person's
    name ending with a place's cue is a place (``Osun State``; ``Penn State``, a
    university, is the gazetteer's)."""
    if (
        words[0] in tables.organization_cues
        or words[0] in tables.club_prefixes
        or words[-1] in tables.club_suffixes
    ):
        m.kind = "organization"
    elif any(w in tables.other_cues for w in words[1:]):
        m.kind = "other"
    elif m.kind == "person" and any(w in tables.organization_cues for w in words):
        m.kind = "organization"
    elif m.kind == "person" and words[-1] in tables.place_name_ends:
        m.kind = "place"  # ``Osun State``, ``Dare County``: no one's name ends so


def _titled_name(
    words: Sequence[str], m: RawMention, tables: ActorTables, tags: Sequence[str]
) -> None:
    """``Secretary of State Mike Pompeo`` read as a place (``State Mike Pompeo``, after the
    cue ``State``) or ``General Mark Milley`` as an organisation: a title that begins
    before the span or at its start and ends inside it makes the rest a person, when
    the rest looks like a name (two words, or one the tagger saw in a person's name; no
    cue word: ``General Electric`` stays a company)."""
    for j in range(max(0, m.first - _MAX_TITLE), m.first + 1):
        size = tables.title_at(words, j)
        if not size or not m.first < j + size < m.last:
            continue
        rest = range(j + size, m.last)
        names = [words[k] for k in rest]
        if (
            _plausible_person(names, tables)
            and not any(w in tables.cue_words or w in tables.other_cues for w in names)
            and all(capitalised(w) for w in names)
            and (len(names) >= 2 or all(tags[k].endswith("PER") for k in rest))
        ):
            m.kind, m.first, m.source, m.entry = "person", j + size, "title", None
        return


_MAX_TITLE = 3


def _person_inside(words: Sequence[str], m: RawMention, tables: ActorTables) -> RawMention | None:
    """``Senate President Bukola Saraki`` tagged as one organisation: cut it at the title,
    keep ``Senate`` in ``m`` and return the person after the title."""
    for j in range(m.first + 1, m.last - 1):
        size = tables.title_at(words, j)
        if size and j + size < m.last:
            person = RawMention("person", j + size, m.last, "title")
            m.last = j
            return person
    return None


def _plausible_person(words: Sequence[str], tables: ActorTables) -> bool:
    """A person's name has a capitalised word that is not a title, cue or function word
    (and is not all acronyms, like ``DKI``), and no lower-case function word (``Host the
    Lakers`` is a line of a schedule) nor a label's word (``Staff Reports``)."""
    if any((w.islower() and w in tables.function_words) or w in tables.label_words for w in words):
        return False
    return any(
        w[:1].isupper()
        and not (w.isupper() and len(w) > 1)
        and w not in tables.not_actors
        and w not in tables.title_heads
        and w not in tables.organization_cues
        for w in words
    )
