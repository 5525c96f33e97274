"""The run of words that names a speaker or a role, read backwards from a cue or
forwards after one (:func:`run_forward`: ``kata Juru Bicara … John Kirby``).

``Pentagon spokesman John Kirby``, ``Menteri Kelautan dan Perikanan Susi Pudjiastuti``:
the capitalised and title words before a cue split into a name and a role
(:func:`backward_run`); the role an appositive or a title gives a name
(:func:`appositive_role`, :func:`title_before`); and a person who speaks for a group
(:func:`member_of_group`). :mod:`briefing.analysis.speaker_phrases` builds speaker phrases
from them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.analysis.body_words import body_rules, genitive_of
from briefing.analysis.speaker_names import (
    has_role_word,
    inside_org_name,
    inside_title,
    is_organisation,
    span_text,
    split_name_role,
    strip_determiners,
)
from briefing.analysis.speaker_particles import in_complement, name_part, token_chain
from briefing.analysis.speaker_parts import stray_initial
from briefing.analysis.speaker_segments import between_names, is_role
from briefing.analysis.speech_table import SpeechTable
from briefing.analysis.tokens import Token

MAX_RUN = 12
"""Words a speaker phrase may have."""
MAX_DESCRIPTOR = 9


def a_person(name: str, position: int, person: Callable[[str, int], bool] | None) -> bool:
    """Whether ``name`` at ``position`` is a person's, by ``person`` if given, else only a
    longer name counts."""
    return person(name, position) if person is not None else " " in name


def member_of_group(
    text: str, tail: Sequence[Token], table: SpeechTable, person: Callable[[str, int], bool] | None
) -> tuple[str, str] | None:
    """``Anggi dari Schmiley Mo mengatakan``, ``Anna Lee of Acme Corp said``: a person, an
    affiliation link and the group's name: the person speaks, for the group (the role,
    when no title gives one), returned as ``(name, role)``. Not ``Secretary of State Mike Pompeo`` (a title before the
    link, no name), ``Tim SAR dari Basarnas`` or ``the Department of Social Services`` (a
    body before it), ``Relawan dari Palang Merah Indonesia`` or ``Members of Congress``
    (no person), nor ``Pakar bahasa Indonesia dari Universitas X Profesor Y`` (the name
    does not open the clause; a title and a name after the link)."""
    link = next(
        (k for k in range(len(tail) - 2, 0, -1) if tail[k].lower in table.affiliation_links),
        None,
    )
    if link is None or not tail[link].text.islower():
        return None
    group = [t for t in tail[link + 1 :] if t.is_word]
    if (
        not group
        or len(group) > _MAX_GROUP
        or not group[0].is_capitalised
        or not all(w.is_capitalised or w.lower in table.connectors for w in group)
        or any(is_role(w, table) for w in group)
    ):
        return None
    before = tail[:link]
    if any(
        t.is_word
        and t.text.islower()
        and not is_role(t, table)
        and t.lower not in table.opening_words
        for t in before
    ):
        return None
    name, role = backward_run(text, before, table)
    if (
        not name
        or is_organisation(table, name)
        or name.split()[0].lower() in table.stop_words
        or name.split()[-1].lower() in table.org_words
        or not a_person(name, tail[0].start, person)
    ):
        return None
    return name, role or span_text(text, tail, link + 1, len(tail))


_MAX_GROUP = 6


def person_from_place(
    text: str, tail: Sequence[Token], table: SpeechTable, person: Callable[[str, int], bool] | None
) -> tuple[str, str | None] | None:
    """``Галина Петрова из села Абатское рассказала``, ``John Smith from the village of
    Springfield said``, ``Budi Santoso dari Desa Sukamaju mengatakan``: a person, a link
    and where they come from, named with a settlement's word (``origin_nouns``); the
    person speaks, not the village. ``(name, role)`` or None."""
    if not table.origin_nouns:
        return None
    links = table.affiliation_links | table.origin_links
    for k in range(1, len(tail) - 1):
        if not (tail[k].lower in links and tail[k].text.islower()):
            continue
        after = [t for t in tail[k + 1 :] if t.is_word]
        while after and after[0].lower in table.determiners and after[0].text.islower():
            after = after[1:]
        if len(after) < 2 or after[0].lower not in table.origin_nouns:
            return None
        rest = after[1:]
        if rest and rest[0].lower in links | table.connectors and rest[0].text.islower():
            rest = rest[1:]  # "the village of Springfield"
        if not rest or len(rest) > _MAX_GROUP or not all(t.is_capitalised for t in rest):
            return None
        name, role = backward_run(text, tail[:k], table)
        if not name or is_organisation(table, name) or not a_person(name, tail[0].start, person):
            return None
        return name, role
    return None


def backward_run(
    text: str, words: Sequence[Token], table: SpeechTable
) -> tuple[str | None, str | None]:
    """The capitalised/title run that ends ``words`` (the subject), split into name and role."""
    begin = len(words)
    while begin > 0 and len(words) - begin < MAX_RUN:
        token = words[begin - 1]
        lower = token.lower
        if token.is_capitalised:
            if lower in table.stop_words and begin - 1 == 0:
                break  # a sentence-initial function word: "Di Roma"
            if stray_initial(words, begin - 1):
                break  # "vitamin C. Dr. Amy Chen": a letter after lower case, no initial
            begin -= 1
        elif back := _particles_back(words, begin, table):
            begin = back  # "Carlos de la Fuente, portavoz"
        elif (
            is_role(token, table)
            or (lower in table.connectors and begin - 1 > 0 and words[begin - 2].is_capitalised)
            or inside_title(words, begin - 1, table)  # "Menteri Kelautan dan Perikanan"
            or inside_org_name(words, begin - 1, table)  # "Department of Health and Human …"
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


def _particles_back(words: Sequence[Token], begin: int, table: SpeechTable) -> int:
    """Where the particles that end at ``words[begin - 1]`` start, when they stand before
    the name word at ``words[begin]`` (``de la`` in ``Carlos de la Fuente``, ``von der``
    in ``von der Leyen said``), else 0. Whether they join the name is :func:`split_name_role`'s to say."""
    if begin >= len(words) or not name_part(words[begin], table):
        return 0
    first = begin
    while first > 0 and words[first - 1].is_word and words[first - 1].lower in table.name_particles:
        first -= 1
    if first == begin:
        return 0
    chain = token_chain(table, words, first)
    # (with no name word before them: a surname written with its particles, "von der
    # Leyen said")
    return first if first + chain == begin else 0


def appositive_role(
    text: str, words: Sequence[Token], table: SpeechTable, *, strict: bool = False
) -> str | None:
    """The role in ``<role>, <Name>``: a title phrase, or a lowercase description."""
    if not words or len(words) > MAX_DESCRIPTOR:
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
    words = table.without_elisions([t for t in words if t.is_word])  # "de l’Intérieur"
    begin = len(words)
    while (
        begin > 0 and words[begin - 1].lower not in table.cue_words  # "Selon le ministre …"
    ) and (
        words[begin - 1].is_capitalised
        or is_role(words[begin - 1], table)
        or (words[begin - 1].lower in table.elisions and begin < len(words))
        or (
            words[begin - 1].lower in table.connectors
            and begin >= 2
            and (words[begin - 2].is_capitalised or is_role(words[begin - 2], table))
            and begin < len(words)
        )
        or inside_title(words, begin - 1, table)  # "Menteri Pemuda dan Olahraga"
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


def _modifiers_then_name(tokens: Sequence[Token], i: int, table: SpeechTable) -> bool:
    """``43-year-old Martin Taylor``: a few plain modifiers, then a capitalised name."""
    for token in tokens[i : i + 3]:
        if not token.is_word or token.lower in table.stop_words or token.lower in table.cue_words:
            return False
        if token.is_capitalised:
            return token is not tokens[i]
    return False


_GENITIVE_WORDS = 4
"""Words of a genitive complement after a description (``der Berliner Polizei``)."""


def genitive_complement(tokens: Sequence[Token], end: int, table: SpeechTable) -> list[Token]:
    """The genitive that completes a description from ``tokens[end]`` on (``sagte ein
    Sprecher des Innenministeriums am Montag``: ``des Innenministeriums``): the article,
    then capitalised nouns and the lower-case adjectives before them, up to a
    preposition or a time (``am Montag``). Nothing when no such genitive follows."""
    if end >= len(tokens) or tokens[end].lower not in table.genitive_articles:
        return []
    if not table.capitalised_nouns and _lower_genitive(tokens, end, table):
        # Dutch "een woordvoerder van het kabinet", "van de gemeente Amsterdam": the link,
        # an article, a lower-case noun and the capitalised words of its name
        last = end + 2
        while last + 1 < len(tokens) and tokens[last + 1].is_capitalised:
            last += 1
        return list(tokens[end : last + 1])
    last = end
    for k in range(end + 1, min(len(tokens), end + 1 + _GENITIVE_WORDS)):
        token = tokens[k]
        if not token.is_word or token.lower in table.prepositions or token.lower in table.time_any:
            break
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if token.is_capitalised:
            last = k
        elif following is None or not following.is_capitalised:
            break
        elif k > end + 1 and (
            token.lower not in table.genitive_articles
            or any(t.lower.endswith(table.recipient_endings) for t in tokens[k + 1 : k + 3])
        ):
            # an adjective right after the article only ("der örtlichen Polizei"), and a
            # second genitive ("des Bundesministeriums der Justiz"), not whom it was said
            # to ("des Ministeriums dem Magazin Spiegel", "der Nachrichtenagentur Reuters")
            break
    return list(tokens[end : last + 1]) if last > end else []


def _lower_genitive(tokens: Sequence[Token], end: int, table: SpeechTable) -> bool:
    """An article and a lower-case noun after the genitive link at ``tokens[end]``, in a
    language that writes its nouns in lower case (``van het kabinet``)."""
    if end + 2 >= len(tokens) or tokens[end + 1].lower not in table.determiners:
        return False
    noun = tokens[end + 2]
    return (
        noun.is_word
        and noun.text.islower()
        and noun.lower not in table.stop_words
        and noun.lower not in table.prepositions
        and noun.lower not in table.time_any
        and noun.lower not in table.cue_words
    )


def run_forward(tokens: Sequence[Token], i: int, table: SpeechTable) -> int:
    """End index of the speaker phrase that starts at ``tokens[i]``."""
    descriptive = i < len(tokens) and (
        tokens[i].lower in table.determiners
        or any(is_role(t, table) for t in tokens[i : i + 4] if t.is_word)
        or _modifiers_then_name(tokens, i, table)
    )
    j = i
    while j < len(tokens) and j - i < MAX_RUN:
        token = tokens[j]
        if inside_title(tokens, j, table) or inside_org_name(tokens, j, table):
            j += 1  # "Menteri Kelautan dan Perikanan", "Bidang Politik, Hukum, dan Keamanan"
            continue  # "Centers for Disease Control and Prevention"
        if not token.is_word:
            if _abbreviation_dot(tokens, j, table) or (
                token.text == "&" and between_names(tokens, j) and j > i
            ):
                j += 1  # "Sonya A. Rivera", "Ms. Persson", "Gen. Milley", "Johnson & Johnson"
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
                and _capital_next(tokens, j + 1, table)
                and (
                    j == i
                    or is_role(tokens[j - 1], table)
                    or tokens[j - 1].lower in table.org_words  # Centers for Disease Control
                )  # Secretary of State, not Taylor of Aberdeenshire
            )
            or (  # "ministre de la Culture", "ministre de l'Intérieur": the connector's article
                lower in table.determiners
                and j > i
                and tokens[j - 1].lower in table.connectors
                and is_role(tokens[j - 2], table)
                and j + 1 < len(tokens)
                and tokens[j + 1].lower in table.portfolio_words
            )
            or (j == i and lower in table.determiners)
            or _particle_in_name(tokens, i, j, table)
            or _genitive_of_body(tokens, i, j, table)
            or (
                descriptive
                and lower not in table.stop_words
                and lower not in table.cue_words
                and lower not in table.relatives
                and not _after_a_name(tokens, i, j, table)
            )
        ):
            pass
        else:
            break
        j += 1
    return j


def _genitive_of_body(tokens: Sequence[Token], i: int, j: int, table: SpeechTable) -> bool:
    """``Министерство обороны``, ``Министерство экономического развития``: lower-case
    genitives after a capitalised body's head noun are its name (``bodies.json``)."""
    rules = body_rules(table.language)
    if rules is None or j == i or not genitive_of(tokens[j].text, rules):
        return False
    k = j - 1
    while k > i and tokens[k].is_word and genitive_of(tokens[k].text, rules):
        k -= 1
    return j - k <= _MAX_GENITIVES and tokens[k].is_capitalised and tokens[k].lower in rules.heads


_MAX_GENITIVES = 3


def _after_a_name(tokens: Sequence[Token], i: int, j: int, table: SpeechTable) -> bool:
    """Whether ``tokens[j]`` follows a name of two words or more the run has read, or a
    courtesy title and a surname (``M. Barnier``): there a plain lower-case word is the
    sentence going on (``disse o presidente Luiz Inácio Lula durante a cerimônia``,
    ``a déclaré M. Barnier devant les députés``), not the description."""
    if table.descriptions_after_names or j - i < 2 or not name_part(tokens[j - 1], table):
        return False
    k = j - 2
    while k > i and tokens[k].is_word and tokens[k].lower in table.name_particles:
        k -= 1  # "Lula da Silva durante"
    if tokens[j].lower not in table.addressee_prepositions and any(
        t.is_word and is_role(t, table) for t in tokens[j : j + 3]
    ):
        return False  # "Sunday Times political editor Tim Shipman": a title follows (not
        # one told: "zei Karin Bakker tegen advocaat Jan Smit")
    if name_part(tokens[k], table):
        return True  # (a title then one capitalised word may be a complement going on:
        # "губернатор Белгородской области Вячеслав Гладков")
    if tokens[k].text == "." and k > i:
        k -= 1
    return tokens[k].lower.rstrip(".") in table.short_titles  # "M. Barnier devant …"


def _particle_in_name(tokens: Sequence[Token], i: int, j: int, table: SpeechTable) -> bool:
    """Whether ``tokens[j]`` is a particle inside a name that the run (from ``tokens[i]``)
    is reading: ``Ursula von der Leyen``, ``Lula da Silva``, ``Dominique de Villepin``,
    ``Ana de la Vega`` (:func:`~briefing.analysis.speech_table.particle_chain`), with
    name words on both sides."""
    if not (tokens[j].is_word and tokens[j].lower in table.name_particles):
        return False
    first = j
    while (
        first > i and tokens[first - 1].is_word and tokens[first - 1].lower in table.name_particles
    ):
        first -= 1
    n = token_chain(table, tokens, first)
    last = first + n  # the word after the chain
    if n == 0 or last <= j or last >= len(tokens):
        return False
    if first == i:  # "sagte von der Leyen": a surname with its particles, alone
        return name_part(tokens[last], table) and all(
            tokens[k].end < tokens[k + 1].start for k in range(first, last)
        )
    before, after = tokens[first - 1], tokens[last]
    if in_complement(tokens, first - 1, table, stop=i):
        return False  # "presidenta de la Comunidad de Madrid": a title's complement
    return (
        name_part(before, table)
        and name_part(after, table)
        and before.end < tokens[first].start
        and tokens[last - 1].end < after.start
    )


def _capital_next(tokens: Sequence[Token], k: int, table: SpeechTable) -> bool:
    """A capitalised word at ``tokens[k]``, or a title's field after an article there
    (``la Culture``, ``l'Intérieur``; not ``la République``, ``the Red Cross``)."""
    if k < len(tokens) and tokens[k].is_capitalised:
        return True
    return (
        k + 1 < len(tokens)
        and tokens[k].lower in table.determiners
        and tokens[k + 1].lower in table.portfolio_words
    )


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
