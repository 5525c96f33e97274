"""An actor's kind and identity from how the whole article writes its name.

Why apart from the sentence rules: the tagger (trained on Indonesian news) reads
English teams, schools and companies as people or places (``the Rockets``, ``the
Lakers``, ``the Gibson Southern schools``), and one agency goes by several names
(``Department of Homeland Security``, ``Homeland Security Department``). Only every
mention of a name together tells: a person is never ``the X``, a place rarely ``the
Xs`` when it is no known place, and a surname the article gives a person is that
person even where the tagger saw a place (``Morrison testified``).
"""

from __future__ import annotations

import re

from briefing.analysis.actors_gazetteer import ActorTables
from briefing.analysis.actors_given import written_lower
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.actors_merge import Group

_SPACES = re.compile(r"\s+")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_POSSESSIVE = re.compile(r"['’]s\b")
_BEFORE = 12  # characters looked at before a mention


def _name(group: Group) -> str:
    """A person's full name; the first surface of another actor (whose key is
    case-folded)."""
    if group.kind == "person" or not group.mentions:
        return group.key.split(":", 1)[1]
    return _SPACES.sub(" ", group.mentions[0].surface)


def _after_the(text: str, start: int, tables: ActorTables) -> bool:
    """Whether a definite article (``the``) is the word right before ``start``."""
    if not tables.definite_articles:
        return False  # Indonesian has none: no look at the text needed
    before = _WORD_BEFORE.search(text, max(0, start - _BEFORE), start)
    return before is not None and before.group(1).lower() in tables.definite_articles


_POSSESSIVE = re.compile(r"(?:\w+['’]s|its|their|our)\s+$", re.IGNORECASE)


def _after_a_possessive(text: str, start: int, tables: ActorTables) -> bool:
    """Whether a possessive (``the city's``, ``its``) is the word right before ``start``,
    in a language with articles: what it owns is a thing or a place, no person."""
    return bool(tables.definite_articles) and bool(
        _POSSESSIVE.search(text, max(0, start - _BEFORE - 8), start)
    )


def shortened_word(name: str) -> bool:
    """``Ill.``, ``Calif.``: a shortened word, which names its actor worse than the
    gazetteer's name (not ``U.S.``, an initialism in its own right)."""
    return name.endswith(".") and " " not in name and any(c.islower() for c in name)


def _plural(word: str) -> bool:
    """``Lakers``, ``Eagles``, ``Nittany Lions``: not ``Congress``, not an acronym."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[1:].islower()


def retype_by_context(
    text: str, groups: dict[str, Group], tables: ActorTables, quoted: set[str]
) -> None:
    """Kinds the tagger got wrong, corrected from the contexts of every mention.

    A person whom nobody titles or quotes and whom the article only writes as ``the
    X`` is a thing: a place before a place noun (``the Gush Etzion settlement``), else
    an organisation, unless a common noun follows that makes a singular name a modifier
    (``the Biden administration`` says nothing). A one-word person only ever written after
    ``in`` or ``near`` is a place (``a station in Hayward``). A place that is no known
    place, or a one-word person, named in the plural and written ``the Lakers`` once at
    least, is a team or a group. A person or place named right after an organisation noun (``carrier
    SunExpress``) is an organisation."""
    # (``the Lakers`` may be a mention the tagger put in another group of the name)
    after_the = {
        _name(g).casefold()
        for g in groups.values()
        if any(_after_the(text, m.start, tables) for m in g.mentions)
    }
    for group in groups.values():
        if any(m.entry is not None for m in group.mentions):
            continue
        name = _name(group)
        if group.kind == "person" and (
            name in quoted or any(m.role or m.source == "title" for m in group.mentions)
        ):
            continue
        if group.kind != "organization" and _named_thing(text, group, tables):
            group.kind = "organization"
        elif group.kind == "person":
            kind = _person_as_thing(text, group, tables)
            if kind is None and " " not in name and _plural(name) and name.casefold() in after_the:
                kind = "organization"  # "the Browns' defense", "Browns pass rusher": a team
            if kind is not None:
                group.kind = kind
        elif group.kind == "place" and _plural(name.split()[-1]) and name.casefold() in after_the:
            group.kind = "organization"


_NOUN_CONTEXT = 40  # characters looked at before a name for the noun it names


def _named_thing(text: str, group: Group, tables: ActorTables) -> bool:
    """``Turkish-based carrier SunExpress``, ``the group Doctors for Camp Closure``: a
    name right after an organisation noun is that organisation's."""
    noun = tables.noun_before
    return noun is not None and any(
        noun.search(text, max(0, m.start - _NOUN_CONTEXT), m.start) for m in group.mentions
    )


def _person_as_thing(text: str, group: Group, tables: ActorTables) -> str | None:
    mentions = group.mentions
    after_the = all(_after_the(text, m.start, tables) for m in mentions)
    if (
        tables.place_noun_after is not None
        and (after_the or all(_after_a_possessive(text, m.start, tables) for m in mentions))
        and all(tables.place_noun_after.match(text, m.end) for m in mentions)
    ):
        return "place"  # "the Gush Etzion settlement", "the city's Hoa Lo prison"
    if after_the:
        ends = [_ends_name(text, m.end, tables) for m in mentions]
        # (a plural is a group: ``the Harbor Wolves on Friday`` … ``the Harbor Wolves
        # play``; not ``the Howard Jones song``)
        if all(ends) or (_plural(_name(group).split()[-1]) and any(ends)):
            return "organization"
        return None
    if " " in _name(group) or not tables.place_prepositions:
        return None
    for m in mentions:
        before = _WORD_BEFORE.search(text, max(0, m.start - _BEFORE), m.start)
        if before is None or before.group(1) not in tables.place_prepositions:
            return None
        if _POSSESSIVE.match(text, m.end):
            return None  # ``in Trump's call``: the person's
    return "place"


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _ends_name(text: str, end: int, tables: ActorTables) -> bool:
    """Whether the noun phrase ends with the name: an organisation noun, a function
    word, punctuation or a capital follows (``the Rockets.``, ``the Thunder won``: not
    ``the Biden administration``)."""
    if tables.noun_after is not None and tables.noun_after.match(text, end):
        return True
    if not _LOWER_WORD_AFTER.match(text, end):
        return True
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in tables.function_words


def surnames_as_people(text: str, groups: dict[str, Group], tables: ActorTables) -> None:
    """``Timothy Morrison`` … ``Morrison testified``: a one-word place the tagger alone
    found, written like the surname of one person of the article (and never ``the X``
    nor after ``in``), is that person. Organisations keep their name (``Bloomberg``
    beside ``Michael Bloomberg`` is the agency)."""
    places = {_name(g) for g in groups.values() if g.kind == "place"}
    by_surname: dict[str, list[Group]] = {}
    for group in groups.values():
        if group.kind != "person":
            continue
        parts = [p for p in _name(group).split() if p.rstrip(".") not in tables.name_suffixes]
        # only a surname some place shares is worth the (costlier) look at the name
        if len(parts) >= 2 and parts[-1] in places and _name_like(text, parts, tables):
            by_surname.setdefault(parts[-1], []).append(group)
    if not by_surname:
        return
    for key, group in list(groups.items()):
        people = by_surname.get(_name(group), [])
        if group.kind != "place" or len(people) != 1:
            continue
        if any(
            m.entry is not None
            or m.source != "tagger"
            or _after_the(text, m.start, tables)
            or _after_place_word(text, m.start, tables)
            for m in group.mentions
        ):
            continue
        for m in group.mentions:
            m.kind = "person"
        people[0].mentions.extend(group.mentions)
        people[0].mentions.sort(key=lambda m: m.start)
        del groups[key]


def _name_like(text: str, parts: list[str], tables: ActorTables) -> bool:
    """A person's name the tagger may have got wrong is no claim on a surname: one with
    a title, cue, acronym or a word the article writes in lower case (``Chief Operating
    Officer Starbucks``, ``FC Barcelona``, ``Tujuan Xiaomi``)."""
    return not any(
        (p.isupper() and len(p) > 1)
        or p in tables.cue_words
        or p in tables.not_actors
        or p.lower() in tables.title_words
        or written_lower(text, p)
        for p in parts
    )


def _after_place_word(text: str, start: int, tables: ActorTables) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - _BEFORE), start)
    return before is not None and before.group(1).lower() in tables.locative_words


def merge_office_names(groups: dict[str, Group], tables: ActorTables) -> None:
    """``Department of Homeland Security``, ``Homeland Security Department`` and, once
    one of them is in the article, ``Homeland Security``: one organisation, written
    with its office cue before (``of``) or after the rest of its name (not universities:
    Washington University is not the University of Washington)."""
    if not tables.office_cues:
        return
    by_form: dict[tuple[str, str], list[Group]] = {}
    for group in groups.values():
        if group.kind != "organization" or any(m.entry is not None for m in group.mentions):
            continue
        form = _office_form(_name(group), tables)
        if form is not None:
            by_form.setdefault(form, []).append(group)
    cued: dict[str, list[tuple[str, str]]] = {}
    for cue, rest in by_form:
        cued.setdefault(rest, []).append((cue, rest))
    for group in list(groups.values()):
        name = _name(group)
        forms = cued.get(name.casefold(), [])
        if (
            group.kind == "organization"
            and len(forms) == 1
            and " " in name
            and _office_form(name, tables) is None
        ):
            by_form[forms[0]].append(group)  # ``Homeland Security`` alone
    for same in by_form.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda g: (-len(g.mentions), g.mentions[0].start))
        keep = same[0]
        for other in same[1:]:
            if groups.get(other.key) is other:
                keep.mentions.extend(other.mentions)
                del groups[other.key]
        keep.mentions.sort(key=lambda m: m.start)


def _office_form(name: str, tables: ActorTables) -> tuple[str, str] | None:
    """(cue, rest of the name), both case-folded, of ``Department of X`` / ``X
    Department``; None for other names."""
    words = name.split()
    if len(words) >= 3 and words[0] in tables.office_cues and words[1] == "of":
        return words[0].casefold(), " ".join(words[2:]).casefold()
    if len(words) >= 2 and words[-1] in tables.office_cues:
        return words[-1].casefold(), " ".join(words[:-1]).casefold()
    return None


def merge_place_prefixed(groups: dict[str, Group], tables: ActorTables) -> None:
    """``the Oklahoma City Thunder`` … ``the Thunder``: a known place followed by the
    name of an organisation of the article is that organisation (a team or a paper
    named after its city), not a place."""
    orgs = {_name(g).casefold(): g for g in groups.values() if g.kind == "organization"}
    if not orgs:
        return
    found: dict[str, list[tuple[str, Group]]] = {}
    for key, group in groups.items():
        if group.kind != "place" or any(m.entry is not None for m in group.mentions):
            continue
        words = _SPACES.sub(" ", _name(group)).split(" ")
        for size in range(1, len(words)):
            tail = " ".join(words[size:]).casefold()
            match = tables.match_at(words, 0) if words[0] in tables.phrases else None
            if tail in orgs and orgs[tail] is not group and match and match.last == size:
                found.setdefault(tail, []).append((key, group))
                break
    for tail, places in found.items():
        if len(places) > 1:
            continue  # ``Prancis Terbuka``, ``Italia Terbuka``: several, each its own
        key, group = places[0]
        target = orgs[tail]
        for m in group.mentions:
            m.kind = "organization"
        target.mentions.extend(group.mentions)
        target.mentions.sort(key=lambda m: m.start)
        del groups[key]


def merge_company_short_names(groups: dict[str, Group], tables: ActorTables) -> None:
    """``Emirates Airline`` … ``As of October, Emirates had a fleet``, ``PT Garuda
    Indonesia`` … ``Garuda Indonesia``: a company named without its suffix or its legal
    form is the company, whatever kind the tagger gave the short name. Only company
    suffixes (``BART`` is not the ``BART Police``), and a short name the gazetteer knows
    stays what it is unless the long one only adds a legal form. A club is named without
    its suffix too (``Tottenham Hotspur`` … ``Tottenham said``)."""
    suffixes, prefixes = tables.company_suffixes | tables.club_suffixes, tables.company_prefixes
    if not suffixes and not prefixes:
        return
    companies: dict[str, tuple[Group, bool]] = {}  # short name → (company, by its form)
    for group in groups.values():
        if group.kind != "organization":
            continue
        for surface in set(group.surfaces()):
            words = surface.split(" ")
            if len(words) >= 2 and words[-1] in suffixes:
                companies.setdefault(" ".join(words[:-1]), (group, False))
            if len(words) >= 2 and words[0] in prefixes:
                companies.setdefault(" ".join(words[1:]), (group, True))
    if not companies:
        return
    for key, group in list(groups.items()):
        target, by_form = companies.get(_name(group), (None, False))
        if (
            target is None
            or target is group
            or any((m.entry is not None and not by_form) or m.role for m in group.mentions)
        ):
            continue
        for m in group.mentions:
            m.kind = "organization"
        target.mentions.extend(group.mentions)
        target.mentions.sort(key=lambda m: m.start)
        del groups[key]


def fields_out_of_people(text: str, raw: list[RawMention], fields: frozenset[str]) -> None:
    """``… Politik, Hukum, dan Keamanan Wiranto``, ``Menteri Kelautan dan Perikanan``: the
    tagger reads a title's last fields (the words ministries are named by) as a person's
    name. They go to the role; a mention left with no name, or with one word no other
    person mention uses (``Pariwisata Priority``), is no person."""
    if not fields:
        return
    people = {
        m.surface
        for m in raw
        if m.kind == "person" and m.surface.split(" ", 1)[0].lower() not in fields
    }
    keep = []
    for m in raw:
        words = m.surface.split()
        k = 0
        while (
            m.kind == "person" and m.entry is None and k < len(words) and words[k].lower() in fields
        ):
            k += 1
        if k == 0:
            keep.append(m)
            continue
        rest = words[k:]
        if not rest or (len(rest) == 1 and rest[0] not in people):
            continue
        cut = m.start
        for _ in range(k):
            cut = text.find(" ", cut) + 1
            while cut < m.end and text[cut].isspace():
                cut += 1
        if m.role:
            m.role = f"{m.role} {text[m.start : cut].strip()}"
        m.start, m.surface = cut, text[cut : m.end]
        keep.append(m)
    raw[:] = keep
