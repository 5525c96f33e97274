"""Organisation and place names built around cue words (``Badan``, ``Ministry``,
``Centers``), and the word tests the actor rules share.

Why apart from ``actors_rules``: cue names have their own grammar (``Centers for
Disease Control``, ``Customs and Border Protection``, ``Badan Meteorologi, Klimatologi,
dan Geofisika (BMKG)``, English modifiers before the cue), which is most of the code.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.analysis.actors_gazetteer import ActorTables, GazetteerMatch
from briefing.analysis.speech_table import speech_table
from briefing.analysis.tokens import positions

CLOSING = frozenset(",.;:!?)]}\"'”’»")


def capitalised(word: str) -> bool:
    if "-" in word and compound_adjective(word):
        return False
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def _cap_run(
    words: Sequence[str], i: int, tables: ActorTables, limit: int = 8, joined: bool = False
) -> int:
    """End of the run of capitalised words (and inner links like ``of``) from ``i``.

    The run stops right after a gazetteer place or organisation (``Dewan Keamanan PBB``)
    so that a following name is not swallowed. ``joined``: the run names an organisation
    (it follows a cue word), so the language's ``name_links`` join parts too
    (``Health and Human Services``), unless a title, cue word or known name follows.
    """
    j = i
    n = len(words)
    while j < n and j - i < limit:
        word = words[j]
        if capitalised(word) and word not in tables.not_actors:
            title = tables.title_at(words, j)
            if title and joined and j == i and i > 0 and words[i - 1].lower() in _INNER_LINKS:
                j += title  # ``Office of Inspector General``: a title named by the office
                continue
            if title:
                break  # ``Senate President Bukola Saraki``: the title ends the name
            match = tables.match_at(words, j)
            if match is not None:
                return match.last
            j += 1
            continue
        lower = word.lower()
        if (
            j > i
            and j + 1 < n
            and capitalised(words[j + 1])
            and (
                lower in _INNER_LINKS
                or (joined and lower in tables.name_links and _joinable(words, j + 1, tables))
            )
        ):
            j += 1
            continue
        break
    while j > i + 1 and (words[j - 1].lower() in _INNER_LINKS or words[j - 1] == "&"):
        j -= 1  # ``Ministry of Defence of [President ...]``: a link never ends a name
    return j


_INNER_LINKS = frozenset({"of", "for", "the", "de"})


def _joinable(words: Sequence[str], j: int, tables: ActorTables) -> bool:
    """Whether the word at ``j``, after ``and``, may continue an organisation's name:
    not a title, a cue word (a second organisation) or a known name."""
    word = words[j]
    return (
        word not in tables.not_actors
        and word not in tables.cue_words
        and not tables.title_at(words, j)
        and (word not in tables.phrases or tables.match_at(words, j) is None)
    )


def compound_adjective(word: str) -> bool:
    """``NBA-leading``, ``Party-controlled``, ``Republican-dominated``: a capitalised word
    joined to a lower-case one describes a name, it is not one (``Ocasio-Cortez`` is)."""
    head, _, tail = word.rpartition("-")
    return bool(head) and head[:1].isupper() and len(tail) > 1 and tail.isalpha() and tail.islower()


def cue_spans(
    words: Sequence[str], tables: ActorTables, tags: Sequence[str] = ()
) -> list[tuple[str, int, int]]:
    """``Badan Intelijen Nasional``, ``Ministry of Defence``, ``Kota Bandung``,
    ``Centers for Disease Control``, ``Customs and Border Protection``; in English also the
    modifiers before the cue (``Indiana State Teachers Association``). An organisation cue
    anywhere in the name makes it an organisation (``State Teachers Association``)."""
    out: list[tuple[str, int, int]] = []
    cues = tables.cue_words
    n = len(words)
    for i in positions(cues.__contains__, words):
        word = words[i]
        if word not in tables.organization_cues and word not in tables.place_cues:
            continue
        if tables.title_at(words, i) > 1:
            continue  # ``Press Secretary``: the cue word begins a title
        start = i + 1
        if (
            start + 1 < n
            and words[start].lower() in tables.name_links
            and word in tables.organization_cues
            and word not in tables.company_suffixes  # ``Ceres Robotics and Tyvak``: two
            and (words[start].lower() in _INNER_LINKS or tables.match_at(words, i) is None)
        ):
            # ``Ministry of Defence``; ``Customs and Border Protection`` (not ``Congress
            # and ...``: a known name stands alone)
            start += 1
            if start + 1 < n and words[start] == "the" and words[start - 1].lower() != "and":
                start += 1  # ``Office for the Western District``
            if not capitalised(words[start]) or (
                words[start - 1].lower() not in _INNER_LINKS and not _joinable(words, start, tables)
            ):
                start = i + 1
        end = _cap_run(words, start, tables, joined=word in tables.organization_cues)
        if end <= start:
            end = i + 1  # the cue may end the name: ``Homeland Security Department``
        first = i
        if tables.modifiers_before_cue and word in tables.organization_cues:
            first = _modifiers_before(words, i, tables, tags)
        end = _person_after_and(words, start, end, tables)
        if end - first < 2:
            continue
        kind = (
            "organization"
            if any(w in tables.organization_cues for w in words[first:end])
            else "place"
        )
        if kind == "organization" and end > i + 1:
            end = _listed_name_end(words, i, end, tables)
        out.append((kind, first, end))
    return out


_MAX_MODIFIERS = 4


def suffixed_spans(
    words: Sequence[str], tables: ActorTables, tags: Sequence[str], heading: bool
) -> list[tuple[str, int, int]]:
    """Places a suffix ends (``Napa County``, ``Bridgestone Arena``; in a capitalised
    line too: ``June 17 -- Bridgestone Arena, Nashville, TN``) and clubs (``Real
    Madrid``, ``Manchester United``), as (kind, first, last)."""
    out: list[tuple[str, int, int]] = []
    if tables.place_suffixes:  # each only where the language's tables ask for it
        out.extend(("place", a, b) for a, b in place_suffix_spans(words, tables, heading))
    out.extend(("place", a, b) for a, b in venue_spans(words, tables))  # (state codes)
    if not heading and (tables.club_prefixes or tables.club_suffixes):
        out.extend(("organization", a, b) for a, b in club_spans(words, tables, tags))
    return out


def club_spans(
    words: Sequence[str], tables: ActorTables, tags: Sequence[str] = ()
) -> list[tuple[int, int]]:
    """``Manchester United``, ``Tottenham Hotspur``, ``Real Madrid``, ``Inter Milan``: a
    town's name with a club's word after it (ending the name) or before it is the
    club's, where the gazetteer or the tagger would read the town alone."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for i in positions(tables.club_suffixes.__contains__, words):
        if i + 1 < n and capitalised(words[i + 1]):
            continue  # ``Veterans United Home Loans``
        first = _modifiers_before(words, i, tables, (), linked=False)
        if first < i:
            out.append((first, i + 1))
    for i in positions(tables.club_prefixes.__contains__, words):
        if i + 1 >= n or not capitalised(words[i + 1]):
            continue
        town = tables.match_at(words, i + 1)
        if (town is not None and town.entry.kind == "place") or (
            i + 1 < len(tags) and tags[i + 1].endswith("LOC")
        ):
            out.append((i, town.last if town is not None else i + 2))
    return out


def state_code_places(words: Sequence[str], tables: ActorTables) -> list[GazetteerMatch]:
    """``Tampa, FL``, ``Toronto, ON``: a state's postal code right after a capitalised
    town and a comma, ending the sentence or followed by punctuation, is that state
    (the tagger reads ``FL`` as an organisation). Elsewhere ``LA``, ``VA``, ``PA``, ``MA``
    are other names."""
    out: list[GazetteerMatch] = []
    if not tables.state_codes:
        return out  # a language without postal codes (venue_spans asks too)
    n = len(words)
    for i in positions(tables.state_codes.__contains__, words):
        if i < 2 or words[i - 1] != "," or not capitalised(words[i - 2]):
            continue
        if i + 1 < n and words[i + 1][:1].isalnum():
            continue
        state = tables.state_codes[words[i]].split()
        match = tables.match_at(state, 0)
        if match is not None and match.last == len(state):
            out.append(GazetteerMatch(match.entry, i, i + 1, words[i]))
    return out


_VENUE_OPENERS = frozenset({"--", "—", "–", "-", "@"})
_MAX_VENUE = 6


def venue_spans(words: Sequence[str], tables: ActorTables) -> list[tuple[int, int]]:
    """``June 24 -- Jiffy Lube Live, Bristow, VA``, ``at the PPL Center, Allentown, PA``:
    the capitalised words after a dash or ``at`` and before ``, Town, ST`` (a state's
    postal code) name a venue, a place, whatever its last word (``Center``, ``Stage``,
    ``Live``). Not without the dash or ``at``: ``Ann Lee, Tampa, FL`` in a list of
    winners is a person."""
    out: list[tuple[int, int]] = []
    for state in state_code_places(words, tables):
        comma = state.first - 2  # the comma before the town: ``Bristow`` is one word or more
        while comma > 0 and words[comma] != "," and capitalised(words[comma]):
            comma -= 1
        if comma < 1 or words[comma] != "," or comma == state.first - 2:
            continue
        last = comma
        first = last
        while first > 0 and last - first < _MAX_VENUE and capitalised(words[first - 1]):
            first -= 1
        if first == last or first == 0:
            continue
        opener = words[first - 1]
        if words[first].lower() in tables.definite_articles:
            first += 1  # ``-- The Ashgrove Pavilion``
        if first == last:
            continue
        if opener in _VENUE_OPENERS or opener.lower() in tables.locative_words:
            out.append((first, last))
        elif (
            opener.lower() in tables.definite_articles
            and first >= 2
            and words[first - 2].lower() in tables.locative_words
        ):
            out.append((first, last))  # ``at the PPL Center``
    return out


def place_suffix_spans(
    words: Sequence[str], tables: ActorTables, heading: bool = False
) -> list[tuple[int, int]]:
    """``Napa County``, ``1909 Jolinda Drive``, ``Bridgestone Arena``: a place suffix
    after capitalised words ends a place's name. The tagger's person tags are not asked
    (it reads ``Jolinda Drive`` as a woman's name); the suffix must end the run (``Napa
    County Sheriff's Office`` is an office's name, which its cue finds). In a line where
    every word is capitalised (``June 17 -- Bridgestone Arena, Nashville, TN``) only a
    name set apart by punctuation or a lower-case word (``at``, ``the``) is one (not
    ``Fire Closes Main Street``)."""
    out: list[tuple[int, int]] = []
    n = len(words)
    for i in positions(tables.place_suffixes.__contains__, words):
        if i == 0 or (i + 1 < n and capitalised(words[i + 1])):
            continue
        first = _modifiers_before(words, i, tables, (), linked=False)
        if first == i or any(w in tables.title_heads for w in words[first:i]):
            continue
        if first and words[first - 1].lower() in tables.definite_articles:
            first -= 1  # ``The Cynthia Woods Mitchell Pavilion``
        if heading and (
            first == 0
            or capitalised(words[first - 1])
            or (i + 1 < n and words[i + 1][:1].isalnum())
        ):
            continue
        if words[first].lower() in tables.definite_articles:
            first += 1
        out.append((first, i + 1))
    return out


def _in_known_name(words: Sequence[str], k: int, tables: ActorTables) -> bool:
    """Whether the word at ``k`` belongs to a gazetteer name (``United Nations`` and
    European Union are two organisations, not one name joined by ``and``)."""
    for j in range(max(0, k - _MAX_KNOWN), k + 1):
        if words[j] in tables.phrases:
            match = tables.match_at(words, j)
            if match is not None and match.last > k:
                return True
    return False


_MAX_KNOWN = 4
_MAX_APPOSITIVE = 9


def _person_after_and(words: Sequence[str], start: int, end: int, tables: ActorTables) -> int:
    """``the Department of Homeland Security and Alex Azar, the Health ... secretary,``:
    a part joined by ``and`` that a titled appositive follows is a person, not the rest
    of the organisation's name; the name ends before that ``and``."""
    if end >= len(words) or words[end] != ",":
        return end
    close = end + 1
    while close < len(words) and words[close] not in CLOSING and close - end <= _MAX_APPOSITIVE:
        close += 1
    if not has_title(words[end + 1 : close], tables):
        return end
    for k in range(end - 1, start, -1):
        if words[k].lower() in tables.name_links and words[k].lower() not in _INNER_LINKS:
            return k
    return end


def _modifiers_before(
    words: Sequence[str], i: int, tables: ActorTables, tags: Sequence[str], linked: bool = True
) -> int:
    """Start of an English organisation's name whose cue is at ``i``: the capitalised
    words before it (``Homeland Security Department``, ``Citizenship and Immigration
    Services``), not a title, honorific, function word or a word the tagger saw in a
    person's name (``Trump Administration`` is no organisation's name). ``linked``: an
    ``and`` may join modifiers (not in a place's name: ``Seventh Street and Central
    Avenue`` are two streets)."""

    def modifier(k: int) -> bool:
        w = words[k]
        return (
            capitalised(w)
            and (w not in tables.not_actors or w in tables.demonyms)
            and w not in tables.honorifics
            and not tables.title_at(words, k)
            and not (k < len(tags) and tags[k].endswith("PER"))
        )

    k = i
    while k > 0 and i - k < _MAX_MODIFIERS:
        if modifier(k - 1):
            k -= 1
        elif (
            linked
            and k >= 2
            and k < i
            and words[k - 1].lower() in tables.name_links
            and words[k - 1].lower() not in _INNER_LINKS
            and modifier(k - 2)
            and not _in_known_name(words, k - 2, tables)
            and words[k - 2] not in tables.company_suffixes  # ``Ceres Robotics and Tyvak``
        ):
            k -= 2  # ``Immigration and Customs Enforcement``
        else:
            break
    return k


def _listed_name_end(words: Sequence[str], first: int, end: int, tables: ActorTables) -> int:
    """End of a name whose parts are listed, ``Badan Meteorologi, Klimatologi, dan
    Geofisika (BMKG)``: commas and one joining word between capitalised runs are part of
    the name when the acronym in brackets right after it spells their initials.
    ``end`` (the plain run) is returned when no such acronym confirms it."""
    n = len(words)
    j = end
    for _ in range(_MAX_LISTED_PARTS):
        k = j
        if k < n and words[k] == ",":
            k += 1
        if k < n and words[k][:1].islower() and len(words[k]) <= _MAX_JOINER:
            k += 1  # ``dan``, ``and``, ``et``
        if k == j or k >= n or not capitalised(words[k]):
            return end
        j = _cap_run(words, k, tables)
        if j == k:
            return end
        if j + 2 < n and words[j] == "(" and words[j + 2] == ")":
            return j if _spells_initials(words[j + 1], words[first:j], words[end:j]) else end
    return end


_MAX_LISTED_PARTS = 4
_MAX_JOINER = 5


def _spells_initials(acronym: str, name: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether ``acronym`` is the initials of the capitalised words of ``name`` (in order,
    one word may go unspelled) and ends with the initial of the last listed word."""
    last = [w[0] for w in listed if w[:1].isupper()]
    if not last or last[-1] != acronym[-1:]:
        return False
    # one word may go unspelled (``Badan Pengawas Obat dan Makanan (BPOM)`` spells all);
    # more means two names listed (``Mahkamah Agung, Majelis Ulama Indonesia (MUI)``)
    unspelled = _unspelled(acronym, name)
    return unspelled is not None and unspelled <= 1


def _unspelled(acronym: str, name: Sequence[str], links: Collection[str] = ()) -> int | None:
    """How many words of ``name`` ``acronym`` leaves out when it spells the others'
    initials in order, from the first word on; None when it does not. The acronym's
    capitals spell (``LfU``: L, U); the name's capitalised words count, and its
    lower-case words but ``links`` (``Parti socialiste``: P, S; not ``de``)."""
    letters = "".join(c for c in acronym if c.isupper())
    if len(letters) < 2 or not acronym[:1].isupper() or not acronym.isalpha():
        return None
    initials = [w[0].upper() for w in name if w[:1].isupper() or (w.isalpha() and w not in links)]
    if not initials or initials[0] != letters[0] or initials[-1] != letters[-1]:
        return None
    position = skipped = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
            skipped += 1
        if position == len(initials):
            return None
        position += 1
    return skipped + len(initials) - position


def names_spelled_by_acronyms(
    words: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    spans: Collection[tuple[int, int]],
    tables: ActorTables,
) -> list[tuple[int, int, int]]:
    """Names an acronym in brackets spells that no mention in ``spans`` covers whole:
    ``New York State Attorney General (NYAG)`` where the mentions stop at ``New York
    State`` and ``General`` (a title cut the run). Each is ``(start, end, acronym
    start)``: the run of capitalised words (and name links, ``of``, ``dan``, ``de``;
    lower-case words the acronym spells, ``Parti socialiste (PS)``) right before the
    bracket whose initials the acronym spells leaving out fewest words, the longest of
    those (``Ketua [Komisi Pemberantasan Korupsi] (KPK)``: the chair is not spelled).
    An acronym no other rule found must spell every word of a name of two or more
    (``Instituto Nacional de Estadística (INE)``, ``Bundesgerichtshof`` alone is not)."""
    speech = speech_table(tables.language)
    links = tables.name_links | speech.connectors | speech.conjunctions
    organisations = speech.org_words | {w.lower() for w in tables.organization_cues}
    found = []
    n = len(words)
    # the word after each bracket, from the third word to the last but one
    for i in [k + 1 for k, w in enumerate(words) if w == "(" and 0 < k < n - 2]:
        acronym = words[i]
        if words[i + 1] != ")" or not acronym[:1].isupper():
            continue
        known = (starts[i], ends[i]) in spans
        letters = {c for c in acronym if c.isupper()}
        best: tuple[int, int] | None = None
        k = i - 1
        while k > 0 and i - 1 - k < len(acronym) + _MAX_UNSPELLED + 2:
            word = words[k - 1]
            lower = word.lower()
            spelled = word.isalpha() and word.islower() and word[0].upper() in letters
            if not (capitalised(word) or lower in links or spelled):
                break
            k -= 1
            unspelled = _unspelled(acronym, words[k : i - 1], links) if capitalised(word) else None
            if unspelled is None or unspelled > (1 if known else 0):
                continue
            if not known and not _named_body(words[k : i - 1], links, organisations, tables):
                continue
            if best is None or unspelled <= best[0]:
                best = (unspelled, k)
        if best is None:
            continue
        start, end = starts[best[1]], ends[i - 2]
        if not any(a <= start and b >= end for a, b in spans):
            found.append((start, end, starts[i]))
    return found


def _named_body(
    name: Sequence[str], links: Collection[str], organisations: Collection[str], tables: ActorTables
) -> bool:
    """Whether a name an acronym no other rule found spells is a body's: two words or
    more, one of them an organisation's word (``Instituto``, ``Parti``, ``Komisi``) and
    none a title's (``Minister of Foreign Affairs (MFA)`` is an office)."""
    lowered = [w.lower() for w in name if w.lower() not in links]
    return (
        len(lowered) >= 2
        and any(w in organisations for w in lowered)
        and not any(w in tables.title_words for w in lowered)
    )


_MAX_UNSPELLED = 2


def has_title(words: Sequence[str], tables: ActorTables) -> bool:
    """Whether a title appears in ``words`` in any letter case (``defence secretary``)."""
    if not any(w.lower() in tables.title_words for w in words):
        return False
    for t in range(len(words)):
        for size in range(1, 4):
            written = tuple(words[t : t + size])
            phrase = tuple(w[:1].upper() + w[1:] for w in written)
            if len(phrase) == size and (phrase in tables.titles or written in tables.titles):
                return True  # (titles kept in lower case: ``président``)
    return False
