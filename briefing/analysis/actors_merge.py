"""Merging actor mentions: which full name a surname stands for, surnames completed or
found where the tagger missed them, one name tagged two kinds, companies named like
people.

Why apart from ``actors``: these decisions look at the whole article (every mention
of a name), while ``actors`` walks it sentence by sentence and builds the result.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefing.analysis.actors_gazetteer import ActorTables
from briefing.analysis.actors_given import written_lower
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.speech_table import speech_table
from briefing.analysis.tokens import positions

_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Group:
    """Mentions of one actor while merging."""

    key: str
    kind: str
    mentions: list[RawMention] = field(default_factory=list)

    def surfaces(self) -> list[str]:
        return [_SPACES.sub(" ", m.surface) for m in self.mentions]


def merge_same_names(groups: dict[str, Group]) -> None:
    """``Lakers`` tagged an organisation in one sentence and a place in another is one
    actor: the kind most of its mentions have (an organisation on a tie)."""
    by_name: dict[str, list[Group]] = {}
    for group in groups.values():
        if group.kind in ("organization", "place") and all(m.entry is None for m in group.mentions):
            by_name.setdefault(group.key.split(":", 1)[1].casefold(), []).append(group)
    for same in by_name.values():
        if len(same) < 2:
            continue
        same.sort(key=lambda g: (-len(g.mentions), g.kind != "organization"))
        keep = same[0]
        for other in same[1:]:
            keep.mentions.extend(other.mentions)
            del groups[other.key]
        keep.mentions.sort(key=lambda m: m.start)


_CONTEXT = 160  # characters looked at before a mention, for a sentence's opening


def vote_organizations(
    text: str,
    groups: dict[str, Group],
    tables: ActorTables,
    speakers: dict[str, str],
    quote_roles: Sequence[str],
) -> None:
    """``Big Machine``, ``Ulta Beauty``: companies named like people, which the tagger
    takes for people. Contexts vote: ``Big Machine, which``, ``The group that owns her
    music, Big Machine,``, ``strategist at Miller Tabak`` (inside another person's role)
    for an organisation; ``, who`` and being quoted for a person. A person given a title
    or a role is never retyped."""
    if tables.thing_after is None and tables.thing_before is None and not tables.role_links:
        return
    roles = [m.role for g in groups.values() for m in g.mentions if m.role]
    roles.extend(quote_roles)
    quoted = set(speakers.values())
    for group in groups.values():
        if group.kind != "person" or any(
            m.entry is not None or m.role or m.source == "title" for m in group.mentions
        ):
            continue
        name = group.key.split(":", 1)[1]
        votes = -1 if name in quoted else 0
        for m in group.mentions:
            after = text[m.end : m.end + _CONTEXT]
            if tables.person_after is not None and tables.person_after.match(after):
                votes -= 1
            elif tables.thing_after is not None and tables.thing_after.match(after):
                votes += 1
            before = text[max(0, m.start - _CONTEXT) : m.start]
            if tables.thing_before is not None and tables.thing_before.search(before):
                votes += 1
        for role in roles:
            words = role.split()
            for k, word in enumerate(words[:-1]):
                if word.lower() in tables.role_links and " ".join(words[k + 1 :]) == name:
                    votes += 1
        if votes > 0:
            group.kind = "organization"


def person_names(
    raw: list[RawMention],
    suffixes: frozenset[str] = frozenset(),
    given: frozenset[str] = frozenset(),
    title_names: frozenset[str] = frozenset(),
    prefixes: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, str]:
    """Each person surface (full name, first or last word) → the full name it stands for;
    after a name's leading title word (``Ratu Tisha Destria``: ``title_names``) its second,
    after the words that open a name (``I Gusti Putu Suryawirawan``: ``prefixes``, the
    speech table's ``name_prefixes``) the first word past them (``Putu``).

    Only a name-like full name claims its words: one written in a sentence at least
    once (not only in a heading or label line: ``Assange Timeline``). A word that several
    full names share goes to the one a title or role introduces, then to the one
    mentioned most often, on a tie to the one mentioned first (articles introduce their
    main people early).
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    titled: set[str] = set()
    in_sentence: set[str] = set()
    for m in raw:
        if m.kind == "person" and m.entry is None:
            surface = _SPACES.sub(" ", m.surface)
            counts[surface] = counts.get(surface, 0) + 1
            first.setdefault(surface, m.start)
            if m.role or m.source == "title":
                titled.add(surface)
            if m.in_sentence:
                in_sentence.add(surface)
    names: dict[str, str] = {full: full for full in counts}
    claims: dict[str, list[str]] = {}
    for full in counts:
        parts = _name_parts(full, suffixes)
        if len(parts) < 2 or full not in in_sentence:
            continue
        given_part = parts[1] if len(parts) > 2 and parts[0].lower() in title_names else parts[0]
        # past the words that open a name; a Balinese birth-order name (listed with "*")
        # is the first given name itself ("I Nyoman Gede Anom": Nyoman)
        opened = 0
        while (
            prefixes
            and opened < len(parts) - 2
            and parts[opened + 1] in prefixes.get(parts[opened], ())
        ):
            opened += 1
        if opened:
            given_part = parts[opened]
        for part in {given_part, parts[-1]}:
            if len(part) >= 3:
                claims.setdefault(part, []).append(full)
    for part, fulls in claims.items():
        names[part] = min(fulls, key=lambda f: (f not in titled, -counts[f], first[f]))
    _same_person_written_longer(names, counts, suffixes, given)
    return names


def _same_person_written_longer(
    names: dict[str, str],
    counts: dict[str, int],
    suffixes: frozenset[str],
    given: frozenset[str],
) -> None:
    """``Patrick W. Carlineo`` and ``Patrick Carlineo Jr.``: one person whose name is
    written with and without a middle initial or a suffix (the same first and last name),
    or without the first name (``Hawk Sawyer``). Every such form stands for the fullest
    one (then the most mentioned)."""
    by_ends: dict[tuple[str, str], list[str]] = {}
    for full in counts:
        parts = _name_parts(full, suffixes)
        if len(parts) < 2 or len(parts[0].rstrip(".")) < 2:
            continue
        if any(len(p.rstrip(".")) > 1 for p in parts[1:-1]):
            continue  # a middle name, not an initial: "Penelope Muse Abernathy" is kept
        by_ends.setdefault((parts[0], parts[-1]), []).append(full)
    for forms in by_ends.values():
        if len(forms) < 2:
            continue
        fullest = max(forms, key=lambda f: (len(f.split()), counts[f]))
        for form in forms:
            _point(names, form, fullest)
    # "Hawk Sawyer" of "Kathleen Hawk Sawyer": the end of one longer name (not of two:
    # "Nielsen Hayden" of Patrick and of Teresa Nielsen Hayden) that only adds a known
    # given name (not "Ipda Abdul Azis", "Manchester United Jose Mourinho")
    for full in counts:
        if " " not in full or not given:
            continue
        longer = [
            other
            for other in counts
            if other.endswith(" " + full)
            and all(w in given for w in other[: -len(full) - 1].split())
        ]
        if len(longer) == 1:
            _point(names, full, names.get(longer[0], longer[0]))


def _point(names: dict[str, str], form: str, to: str) -> None:
    """Every surface that stood for ``form`` stands for ``to``."""
    for key, value in names.items():
        if value == form:
            names[key] = to


def complete_surnames(
    text: str,
    groups: dict[str, Group],
    raw: list[RawMention],
    tokens: tuple[list[str], list[int], list[int]],
    tables: ActorTables,
) -> None:
    """``Vice President Biden`` ... ``an inquiry into Joe Biden``: a person known only by
    a surname takes the full name the text writes once where the tagger missed it (a
    capitalised word right before the surname that is no title, honorific, cue word,
    known name or sentence opener)."""
    # (``Carlineo Jr.`` is a surname too: a suffix is no first name)
    single: dict[str, str] = {}
    for g in groups.values():
        surname = _surname(g.key.split(":", 1)[1], tables.name_suffixes)
        if g.kind == "person" and surname:
            single[g.key] = surname
    if not single:
        return
    words, begins, ends = tokens
    spans = sorted((m.start, m.end) for m in raw)
    starts = [a for a, _ in spans]
    surnames = set(single.values())
    places: dict[str, list[int]] = {}
    for i in positions(surnames.__contains__, words):
        if i:
            places.setdefault(words[i], []).append(i)
    speech = speech_table(tables.language)
    # "Keamanan Wiranto" (a title's field), "Pernyataan Wiranto" (Wiranto's statement)
    not_first = speech.portfolio_words | speech.not_given_names
    for key, surname in single.items():
        group = groups[key]
        name = key.split(":", 1)[1]
        for i in places.get(surname, ()):
            if not _first_name(text, words, i - 1, tables) or words[i - 1].lower() in not_first:
                continue
            k = bisect_right(starts, begins[i - 1]) - 1
            if k >= 0 and spans[k][1] > begins[i - 1]:
                continue  # inside a mention found already
            # the surname alone may be a mention already (with its suffix: ``Carlineo
            # Jr.``): it grows into the full name
            grown = next((m for m in group.mentions if m.start == begins[i]), None)
            end = grown.end if grown is not None else ends[i]
            full = f"{words[i - 1]} {_SPACES.sub(' ', text[begins[i] : end])}"
            if grown is None or _SPACES.sub(" ", grown.surface) != name:
                end, full = ends[i], f"{words[i - 1]} {surname}"
            mention = RawMention("person", 0, 0, "name", start=begins[i - 1], end=end, surface=full)
            group.mentions = [m for m in group.mentions if m.start != begins[i]]
            del groups[group.key]
            target = groups.get(f"person:{full}")
            if target is None:
                group.key = f"person:{full}"
                groups[group.key] = target = group
            else:
                target.mentions.extend(group.mentions)
            target.mentions.append(mention)
            target.mentions.sort(key=lambda m: m.start)
            raw.append(mention)  # (so that no bare name is found inside it)
            break


def _name_parts(name: str, suffixes: frozenset[str]) -> list[str]:
    """The words of a person's name without its suffixes (``Jr.``, ``III``)."""
    return [p for p in name.split() if p.rstrip(".") not in suffixes]


def _surname(name: str, suffixes: frozenset[str]) -> str | None:
    """The one word of a person's name besides its suffixes, or None when the name has
    several (``Carlineo Jr.`` → ``Carlineo``; ``Joe Biden`` → None)."""
    parts = _name_parts(name, suffixes)
    return parts[0] if len(parts) == 1 else None


def _first_name(text: str, words: Sequence[str], i: int, tables: ActorTables) -> bool:
    """Whether ``words[i]`` may be a first name: capitalised, a word the text never
    writes in lower case, and inside a sentence unless the language's first names often
    open one (``Brock Nelson scored``, but Indonesian ``Justru Barcelona``)."""
    word = words[i]
    opening = i == 0 or words[i - 1] in _OPENING
    return (
        (tables.sentence_initial_names or not opening)
        and len(word) >= 2
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word not in tables.not_actors
        and word not in tables.person_openers
        and word not in tables.cue_words
        and word.lower() not in tables.title_words
        and word not in tables.phrases
        and not (i > 0 and words[i - 1][:1].isupper() and words[i - 1] not in tables.not_actors)
        and not written_lower(text, word)
    )


_OPENING = frozenset(".!?:;\"“”‘’'()[]-–—")


def add_bare_names(
    groups: dict[str, Group],
    raw: list[RawMention],
    tokens: tuple[list[str], list[int], list[int]],
    tables: ActorTables,
) -> None:
    """Find ``Kirby`` in ``lanjut Kirby`` once ``John Kirby`` is known: the tagger
    misses some bare surnames, the analyst expects every mention. A one-word name the
    context retyped from a person (``the Browns``, a team) gets its bare mentions too."""
    wanted: dict[str, Group] = {}
    for group in groups.values():
        if group.kind != "person":
            # a one-word name the tagger took for a person and the context for something
            # else ("the Browns", a team): its other bare mentions are that actor's
            name = group.key.split(":", 1)[1]
            if group.key.startswith("person:") and " " not in name and len(name) >= 3:
                wanted.setdefault(name, group)
            continue
        parts = [
            p
            for p in group.key.split(":", 1)[1].split()
            if p.rstrip(".") not in tables.name_suffixes
        ]
        # (not ``May`` of Theresa May: a month before it is a name)
        if (
            parts
            and len(parts[-1]) >= 3
            and parts[-1][:1].isupper()
            and parts[-1] not in tables.not_actors
        ):
            wanted.setdefault(parts[-1], group)
    if not wanted:
        return
    spans = sorted((m.start, m.end) for m in raw)
    starts = [a for a, _ in spans]
    touched: set[str] = set()
    words, begins, ends = tokens
    for i in positions(wanted.__contains__, words):
        word, begin, end = words[i], begins[i], ends[i]
        found = wanted[word]
        k = bisect_right(starts, begin) - 1
        if k >= 0 and spans[k][1] > begin:
            continue  # inside a mention found already
        kind = found.kind if found.kind in ("organization", "place") else "person"
        found.mentions.append(RawMention(kind, 0, 0, "name", start=begin, end=end, surface=word))
        touched.add(found.key)
    for key in touched:
        groups[key].mentions.sort(key=lambda m: m.start)
