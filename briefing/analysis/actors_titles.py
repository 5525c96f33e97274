"""People named by a title or an appositive, and the role they are given: ``Presiden
Joko Widodo``, ``Amara Okafor, the agency's regional director,``, ``le ministre de la
Défense, Jean Moreau``, ``Президент России Владимир Путин``. Read per sentence for
:mod:`briefing.analysis.actors_rules`.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis.actors_cues import CLOSING, capitalised, has_title
from briefing.analysis.actors_gazetteer import ActorTables
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.speech_table import speech_table


def first_given_name(
    words: Sequence[str], first: int, last: int, tables: ActorTables
) -> int | None:
    """Where a known given name opens the person inside ``words[first:last]``, after
    capitalised words that are no part of the name (a title's complement: ``России
    Владимир Путин``, ``Frankreichs Emmanuel Macron``), in the languages whose titles are
    their speech table's role words; None when the span
    starts with its given name, has none, or the given name is its last word (a surname
    then: ``Lin-Manuel Miranda``). Not past a name particle or an initial (``Ludwig van
    Beethoven``, ``J. Robert Oppenheimer``)."""
    given = tables.given_names
    if not tables.role_skip or not given or last - first < 3 or words[first] in given:
        return None  # (English lists "Sun", "Royal" and Korean given names as first names)
    for k in range(first + 1, last - 1):
        word = words[k]
        if word in given and capitalised(words[k + 1]):
            return k
        if not capitalised(word) or len(word) == 1 or word.lower() in tables.function_words:
            return None
    return None


def appositive_mentions(words: Sequence[str], tables: ActorTables) -> list[RawMention]:
    """A name followed by a role between commas: ``Amara Okafor, the agency's regional
    director, told ...`` (found even where the tagger missed the name)."""
    out: list[RawMention] = []
    for comma in [i for i, w in enumerate(words) if w == ","]:
        start = comma
        while (
            start > 0
            and comma - start < 3
            and capitalised(words[start - 1])
            and words[start - 1] not in tables.not_actors
            and words[start - 1] not in tables.person_openers
            and words[start - 1] not in tables.cue_words
            and (
                words[start - 1] not in tables.phrases or tables.match_at(words, start - 1) is None
            )
        ):
            start -= 1
        while start < comma and words[start].lower() in tables.role_skip:
            start += 1  # a sentence's first word: ``Selon Claire Martin, porte-parole …``
        if comma - start < 2 or (start > 0 and capitalised(words[start - 1])):
            continue  # one word is too weak a cue; a longer run is something else
        if _titled_appositive(words, comma, tables) is not None:
            out.append(RawMention("person", start, comma, "title"))
    return out


def title_mentions(words: Sequence[str], tables: ActorTables) -> list[RawMention]:
    """A title, then the rest of the role (places, organisations), then a capitalised
    name: ``Presiden Joko Widodo``, ``Gubernur Jawa Barat Ridwan Kamil``, ``Mr Smith``."""
    out: list[RawMention] = []
    heads = tables.person_openers
    n = len(words)
    compounds = tables.compound_title if tables.compound_titles else None
    speech = speech_table(tables.language)
    for i in [i for i, w in enumerate(words) if w in heads or (compounds and compounds(w))]:
        size = tables.title_at(words, i) or (1 if words[i] in tables.honorifics else 0)
        if not size:
            continue
        start = i + size
        if start < n and words[start] == "." and words[i] in tables.honorifics:
            start += 1  # ``Dr. Amara Okafor``
        while start < n:  # the rest of the role: ``Jawa Barat``, ``PBB``, ``FIFA``
            if words[start].isupper() and len(words[start]) > 1:
                start += 1
                continue
            if _joined_fields(words, start, speech.portfolio_words):  # "Belia dan Sukan"
                start += 3
                continue
            match = tables.match_at(words, start) if words[start] in tables.phrases else None
            if match is None:
                break
            start = match.last
        start = _past_honorifics(words, start, tables)  # "Bundeskanzler Dr. Merz"
        if (
            start + 1 < n
            and words[start].lower() in speech.title_names
            and capitalised(words[start + 1])
            and words[start + 1] not in tables.title_heads
        ):
            end = start + 1  # "Menteri Pemuda dan Olahraga Imam Nahrawi": "Imam" names
        else:
            end = start
        while (
            end < n
            and end - start < 4
            and capitalised(words[end])
            and words[end] not in tables.not_actors
            and words[end] not in tables.organization_cues
            and words[end] not in tables.title_heads
            and (words[end] not in tables.phrases or tables.match_at(words, end) is None)
        ):
            end += 1
        end = _through_name_particles(words, start, end, tables)  # "… Azman bin Ismail"
        start = first_given_name(words, start, end, tables) or start  # "Президент России …"
        if end - start == 1 and _holder_follows(words, end, tables):
            continue  # "Губернатор Белгородской области Вячеслав Гладков": the complement
        if end > start and (end == n or not capitalised(words[end])):
            out.append(RawMention("person", start, end, "title"))
    return out


def _joined_fields(words: Sequence[str], k: int, portfolio: frozenset[str]) -> bool:
    """Two capitalised fields of a title joined by a lower-case word at ``k`` (``Belia
    dan Sukan``): the title's, whatever the tagger makes of them."""
    return (
        k + 2 < len(words)
        and capitalised(words[k])
        and words[k].lower() in portfolio
        and words[k + 1].islower()
        and capitalised(words[k + 2])
        and words[k + 2].lower() in portfolio
    )


def _through_name_particles(words: Sequence[str], start: int, end: int, tables: ActorTables) -> int:
    """A titled name going on through particles that are never prepositions in the
    language (``Menteri Perumahan Azman bin Ismail``): past them to the next name word."""
    particles = speech_table(tables.language).name_only_particles
    while (
        particles
        and end > start
        and end + 1 < len(words)
        and words[end] in particles
        and capitalised(words[end + 1])
    ):
        end += 2
        while end < len(words) and end - start < 6 and capitalised(words[end]):
            end += 1
    return end


def _past_honorifics(words: Sequence[str], start: int, tables: ActorTables) -> int:
    """Past the honorifics at ``start`` (``Dr.``, ``Datuk Seri``): they open no name."""
    n = len(words)
    moved = True
    while moved:
        moved = False
        for size in (3, 2, 1):
            if start + size <= n and " ".join(words[start : start + size]) in tables.honorifics:
                start += size
                if start < n and words[start] == ".":
                    start += 1
                moved = True
                break
    return start


_HOLDER_REACH = 3


def _holder_follows(words: Sequence[str], end: int, tables: ActorTables) -> bool:
    """In a language without articles (Russian), whether a known given name and a
    surname come within a few words after a one-word "name" that followed a title: that
    word was the title's complement in the genitive, the named person holds the title."""
    if tables.definite_articles or not tables.given_names:
        return False
    for k in range(end, min(end + _HOLDER_REACH, len(words) - 1)):
        if words[k] in tables.given_names and capitalised(words[k + 1]):
            return True
        if not words[k][:1].isalpha():
            return False
    return False


def find_role(
    text: str,
    words: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    first: int,
    last: int,
    tables: ActorTables,
) -> str | None:
    """The role an appositive gives a person: before (``Menteri Pertahanan AS, Lloyd
    Austin``; ``Presiden Ukraina Volodymyr Zelensky``) or after the name (``John Kirby,
    the White House spokesman,``), as it is written in ``text``. Honorifics between the
    title and the name are neither (``Perdana Menteri Datuk Seri Anwar Ibrahim``)."""
    while first > 0 and (
        words[first - 1].lower().rstrip(".") in tables.honorific_words
        or (  # "dr. Siti": the honorific's full stop is a word of its own
            words[first - 1] == "."
            and first > 1
            and words[first - 2].lower() in tables.honorific_words
        )
    ):
        first -= 1
    j = first
    if j > 0 and words[j - 1] == ",":
        j -= 1
    k = j
    while True:
        while (
            k > 0
            and (
                (
                    capitalised(words[k - 1])
                    and (words[k - 1] not in tables.not_actors or words[k - 1] in tables.demonyms)
                )
                or (words[k - 1].lower() in ("of", "for", "dan") and k - 1 > 0)
                or (  # "Comissão Mista de Orçamento": a link inside the body's name
                    words[k - 1] in tables.title_links
                    and k < j  # (not right before the person's: "Alexandre de Moraes")
                    and k - 1 > 0
                    and capitalised(words[k - 2])
                    and not has_title(words[k - 2 : k - 1], tables)
                )
                or has_title(words[k - 1 : k], tables)  # ``White House spokesman John Kirby``
                or words[k - 1].lower() in tables.role_modifiers  # ``l'ancien ministre``
                or (k - 1 > 0 and _elided_link(words[k - 1], tables))  # ``dell'Interno``
            )
        ):
            k -= 1
        if k < j and k >= 2 and words[k - 1].lower() in tables.title_links:
            if has_title(words[k - 2 : k - 1], tables):
                k -= 2  # "La ministra de Trabajo, Yolanda Díaz": the title's portfolio
                continue
            if words[k - 2].islower():
                k = j  # "al hermano del presidente, David Sánchez": the brother's, no role
        elif k < j and k >= 2 and words[k - 1] in tables.title_articles:
            # "Der Vorsitzende der Grünen-Fraktion, Anton Hofreiter", "le président de la
            # Commission, …": an article (after a link) between the title and its body
            back = k - 1
            if back >= 2 and words[back - 1].lower() in tables.title_links:
                back -= 1
            if has_title(words[back - 1 : back], tables):
                k = back - 1
                continue
        break
    if (
        0 < k < j - 1
        and words[k - 1].lower() in tables.role_prepositions
        and capitalised(words[k])
        and not has_title(words[k : k + 1], tables)
        and not tables.title_at(words, k)
    ):
        k += 1  # "sagte in Berlin Regierungssprecher …": where (one word), then who
    if k == j and tables.role_skip:  # (the languages whose titles are their role words)
        k = _title_before_complement(words, j, tables)
    while k < j and (
        words[k].lower() in tables.role_skip
        or not (
            capitalised(words[k])
            or (tables.role_skip and tables.title_at(words, k))
            or words[k].lower() in tables.role_modifiers
        )
    ):
        k += 1  # (lower-case titles, ``le président``, where titles are role words)
    # the whole capitalised run: ``Menteri Pertahanan AS``, ``Transport Minister``
    if any(tables.title_at(words, t) for t in range(k, j)) or has_title(words[k:j], tables):
        elided = next((e for e in tables.role_elisions if words[k].lower().startswith(e)), "")
        return text[starts[k] + len(elided) : ends[j - 1]]
    if last < len(words) and words[last] == ",":
        appositive = _titled_appositive(words, last, tables)
        if appositive is not None:
            k, end = appositive
            return text[starts[k] : ends[end - 1]]
    return None


def _elided_link(word: str, tables: ActorTables) -> bool:
    """``dell'Interno``, ``d'Italia``: a link and a capitalised word written as one, inside
    a title's complement (``il ministro dell'Interno Matteo Piantedosi``)."""
    lower = word.lower()
    return any(
        lower.startswith(e) and word[len(e) : len(e) + 1].isupper() for e in tables.link_elisions
    )


_MAX_COMPLEMENT = 3
"""Lower-case words of a title's complement before a name (``министр иностранных дел``)."""


def _title_before_complement(words: Sequence[str], j: int, tables: ActorTables) -> int:
    """Where a title starts whose lower-case complement ends right before ``words[j]``
    (``Министр финансов | Антон Силуанов``, ``министр иностранных дел | Сергей Лавров``),
    in the languages whose titles are their role words; ``j`` when there is none."""
    k = j
    while k > 0 and j - k < _MAX_COMPLEMENT and words[k - 1].islower():
        if has_title(words[k - 1 : k], tables):
            break
        if words[k - 1] in tables.role_skip or not words[k - 1].isalpha():
            return j  # a function word or a time: "заявил в четверг министр …" is not this
        k -= 1
    if k == j or k == 0 or not has_title(words[k - 1 : k], tables):
        return j
    return k - 1


def _titled_appositive(
    words: Sequence[str], comma: int, tables: ActorTables
) -> tuple[int, int] | None:
    """Word range of a short appositive after the comma at ``comma`` whose title comes
    early (``, the agency's regional director,``), or None."""
    k = comma + 1
    while k < len(words) and words[k].lower() in tables.role_openers:
        k += 1
    if tables.role_skip:
        # where titles are role words, the title opens the appositive (``, le ministre de
        # la Défense,``), not a verb before it (``, a déclaré jeudi le ministre …``) nor a
        # conjunction (``Yolanda Díaz, y el ministro de Economía, Carlos Cuerpo``)
        while k < len(words) and words[k].lower() in tables.role_skip:
            if words[k].lower() in tables.role_conjunctions:
                return None
            k += 1
        if not has_title(words[k : k + 1], tables):
            return None
    end = k
    while end < len(words) and words[end] not in CLOSING and end - k < 9:
        end += 1
    if k < end < len(words) and words[end] in ",." and has_title(words[k : k + 4], tables):
        return k, end
    return None
