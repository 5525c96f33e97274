"""People at the end of an organisation's name: ``Direktur Utama Bank Mandiri Darmawan
Junaidi``, ``Kabid Humas Polda Metro Jaya Kombes Argo Yuwono``.

A title, its organisation and the holder's name follow each other with no mark between
them, so a name read from the organisation's head word (``Bank``, ``Polda``, ``PT``) runs
on into the person. The organisation ends where a person begins when the words at its
end are a name the article gives a person anyway (a speaker, or a person named elsewhere
in two words or more), and something says these words are that person here:

- the speaker's role, read from the same words, ends with what comes before the name
  (``Direktur Utama Bank Mandiri`` + ``Darmawan Junaidi``);
- or the name tagger reads a person in them (the languages it was trained on);
- or, elsewhere, the name is a speaker's and opens with a known given name.

A rank between the organisation and the name (``Kombes``) belongs to neither. What is
left must still name something: not a cue word alone (``PT``, ``Polda``); and no person's
name opens with a cue word (``Candi Borobudur``), a name the gazetteer knows (``Indonesia
Abhan``) or a word the article writes in lower case elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from briefing.analysis.actors_gazetteer import ActorTables, tagger_gazetteer
from briefing.analysis.actors_given import written_lower
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.ner import TAGGER_LANGUAGES, TaggerModel
from briefing.analysis.speaker_names import prefix_words
from briefing.analysis.speaker_roles import closing_rank
from briefing.analysis.speech_table import SpeechTable

_WORD = re.compile(r"\S+")
_MIN_NAME_WORDS = 2

PersonReader = Callable[[str, int, int], bool]
"""(name, start, end) → whether the text there reads as a person's name."""


def people_out_of_bodies(
    text: str,
    raw: list[RawMention],
    speakers: Iterable[tuple[str | None, str | None]],
    reads_as_person: PersonReader,
    speech: SpeechTable,
    tables: ActorTables,
) -> list[RawMention]:
    """``raw`` with each organisation that ends in a person's name cut before it; the
    person gets a mention there (or the fragment of their name already read grows to
    the whole name). ``speakers``: (speaker, role) of the quotes and statements."""
    roles: dict[str, set[str]] = {}
    for speaker, role in speakers:
        if speaker:
            roles.setdefault(speaker, set()).add(role or "")
    names = _known_names(raw, roles)
    if not names:
        return raw
    added: list[RawMention] = []
    for m in raw:
        if m.kind != "organization" or m.entry is not None:
            continue
        found = _person_at_tail(text, m, names)
        if found is None:
            continue
        start, end = found
        if speech.name_prefixes:  # "Kementerian Perindustrian I Gusti | Putu Suryawirawan"
            opening = list(_WORD.finditer(text, m.start, start))
            moved = prefix_words([w.group() for w in opening], text[start:end], speech)
            if moved:
                start = opening[-moved].start()
        name = text[start:end]
        before = " ".join(text[m.start : start].split())
        if not _may_open_a_name(text, name.split(" ", 1)[0], tables) or not (
            any(role.endswith(before) for role in roles.get(name, ()) if role)
            or reads_as_person(name, start, end)
        ):
            continue
        words = list(_WORD.finditer(text, m.start, start))
        while words and words[-1].group().lower().rstrip(".") in speech.rank_words:
            words.pop()  # "Polda Metro Jaya Kombes" → "Polda Metro Jaya"
        if not any(w.group()[:1].isupper() for w in words) or (
            len(words) == 1 and words[0].group() in tables.cue_words
        ):
            continue  # nothing left to name the body: "PT", "Polda"
        m.end = words[-1].end()
        m.surface = text[m.start : m.end]
        fragment = next(
            (p for p in raw if p.kind == "person" and start <= p.start and p.end <= end),
            None,
        )
        if fragment is not None:
            _grow(text, fragment, start, end)
        else:
            added.append(
                RawMention(
                    "person",
                    m.last,
                    m.last,
                    "tail",
                    start=start,
                    end=end,
                    surface=name,
                    in_sentence=m.in_sentence,
                )
            )
    if not added:
        return raw
    return sorted([*raw, *added], key=lambda r: r.start)


def ranks_out_of_bodies(text: str, raw: list[RawMention], speech: SpeechTable) -> None:
    """``Polri Irjen`` → ``Polri`` (of "Kadiv Humas Polri Irjen Boy Rafli Amar", where the
    tagger read the name apart): a rank closing an organisation's name is the next
    person's (:func:`~briefing.analysis.speaker_roles.closing_rank`)."""
    if not speech.closing_ranks:
        return
    for m in raw:
        if m.kind != "organization" or m.entry is not None:
            continue
        words = list(_WORD.finditer(text, m.start, m.end))
        k = closing_rank([w.group() for w in words], speech)
        if k < len(words) and any(w.group()[:1].isupper() for w in words[:k]):
            m.end = words[k - 1].end()
            m.surface = text[m.start : m.end]


def _may_open_a_name(text: str, word: str, tables: ActorTables) -> bool:
    """Not a cue word (``Candi Borobudur``), a name the gazetteer knows (``Indonesia
    Abhan``) or a word the article also writes in lower case (``Internasional``)."""
    return (
        word not in tables.cue_words
        and tables.match_at([word], 0) is None
        and not written_lower(text, word)
    )


def _known_names(raw: list[RawMention], speakers: Iterable[str]) -> set[str]:
    """Names of two words or more the article gives a person: speakers, and people read
    outside any organisation's name."""
    names = {s for s in speakers if len(s.split()) >= _MIN_NAME_WORDS}
    bodies = [(m.start, m.end) for m in raw if m.kind == "organization"]
    for m in raw:
        if (
            m.kind == "person"
            and m.in_sentence
            and len(m.surface.split()) >= _MIN_NAME_WORDS
            and not any(s < m.end and m.start < e for s, e in bodies)
        ):
            names.add(" ".join(m.surface.split()))
    return names


def _person_at_tail(text: str, m: RawMention, names: set[str]) -> tuple[int, int] | None:
    """Where a known name starts at one of ``m``'s words after its first and runs to the
    end of ``m`` or past it (``… PT Pertamina Nicke`` + ``Widyawati``), the longest
    first."""
    longest = sorted(names, key=lambda name: (-len(name), name))
    for word in list(_WORD.finditer(text, m.start, m.end))[1:]:
        for name in longest:
            end = word.start() + len(name)
            if end >= m.end and text[word.start() : end].split() == name.split():
                if end < len(text) and text[end].isalnum():
                    continue  # the name goes on: another person
                return word.start(), end
    return None


def _grow(text: str, person: RawMention, start: int, end: int) -> None:
    """The person read as a fragment of their name (``Widyawati``, its role running into
    the first name: ``Direktur Utama PT Pertamina Nicke``) gets the whole name."""
    lost = text[start : person.start].strip()
    if person.role and lost and person.role.endswith(lost):
        person.role = person.role[: -len(lost)].rstrip() or None
    person.start, person.end = start, end
    person.surface = text[start:end]


def person_reader(
    tokens: tuple[list[str], list[int], list[int]],
    segments: Sequence[tuple[int, int]],
    tagger: TaggerModel,
    tables: ActorTables,
    speakers: Iterable[str | None],
) -> PersonReader:
    """Whether a name reads as a person's where it is written: the tagger reads a person
    in its words (the sentence tagged on demand: only a few names are asked), or, in a
    language the tagger was not trained on, the name is a speaker's and opens with a
    known given name (``Amazon Echo Dot`` has an ``Echo`` but never speaks)."""
    if tables.language not in TAGGER_LANGUAGES:
        given = tables.known_given_names
        spoken = set(speakers)
        return lambda name, _start, _end: name in spoken and name.split(" ", 1)[0] in given
    words, starts, _ = tokens
    opens = [start for start, _ in segments]
    gazetteer = tagger_gazetteer(tables.language)

    def tagged(_name: str, start: int, end: int) -> bool:
        k = bisect_right(opens, start) - 1
        if k < 0 or start >= segments[k][1]:
            return False
        a, b = bisect_left(starts, segments[k][0]), bisect_left(starts, segments[k][1])
        i, j = bisect_left(starts, start, a, b), bisect_left(starts, end, a, b)
        tags = tagger.tag(words[a:b], gazetteer)
        return any(tag.endswith("PER") for tag in tags[i - a : j - a])

    return tagged
