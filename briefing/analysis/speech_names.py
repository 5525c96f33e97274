"""Names as the speech tables see them: compound titles (``Gesundheitsminister``), the
particles that join a name's words (``von der``, ``da``, ``bin``) and the given names of
every language's table; split from :mod:`briefing.analysis.speech_table`, which compiles
the tables themselves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

from briefing.analysis.languages import available_languages, load_table
from briefing.analysis.speech_table import SpeechTable, speech_table


def compound_of(word: str, heads: Iterable[str], shortest: int) -> bool:
    """Whether ``word`` (lower case) is a compound ending with one of ``heads`` that has
    ``shortest`` letters or more (``gesundheitsminister``, ``zentralbank``)."""
    return any(
        len(head) >= shortest and len(word) > len(head) and word.endswith(head) for head in heads
    )


MIN_COMPOUND_ROLE = 5
"""Shortest role word recognised at the end of a compound title (``minister``,
``präsidentin``); ``chef`` ends ``Koch-Chef`` but also ``Küchenchef`` and other jobs."""


@cache
def compound_role(language: str, lower: str) -> bool:
    """``bundesfinanzminister``: a compound title ending with a role word, in a language
    that writes its titles so (German, :attr:`SpeechTable.capitalised_nouns`)."""
    table = speech_table(language)
    return table.capitalised_nouns and compound_of(lower, table.role_words, MIN_COMPOUND_ROLE)


MAX_PARTICLES = 3
"""Particles one name may have in a row (``van der``, ``de la``, ``dos``)."""


def particle_chain(table: SpeechTable, words: Sequence[str], k: int) -> int:
    """How many of ``words`` from ``words[k]`` are a name's particles that may join two
    parts of a name (``von der`` in ``Ursula von der Leyen``, ``da`` in ``Lula da
    Silva``, ``de la`` in ``Ana de la Vega``); 0 when they are none.

    Written in lower case, at most :data:`MAX_PARTICLES`, and not opening with an article
    or a conjunction (``y`` also joins two people in Spanish; ``la`` and ``der`` open a
    noun). In a language that capitalises every noun a capitalised word before must be a
    known given name (``Ursula von der Leyen``, ``Richard von Weizsäcker``; not ``sagte
    Scholz zu Journalisten``, ``Müller von der Opposition``), and a surname alone needs
    two particles (``sagte von der Leyen``). Whether name words stand on both sides is the
    caller's to check."""
    n = 0
    while k + n < len(words) and n <= MAX_PARTICLES:
        word = words[k + n]
        if word != word.lower() or word not in table.name_particles:
            break
        n += 1
    if n == 0 or n > MAX_PARTICLES:
        return 0
    if words[k] in table.conjunctions or (
        words[k] in table.determiners and words[k] not in table.name_only_particles
    ):
        return 0  # (Dutch "de" is both: "Karin de Vries", see particle_joins)
    if table.capitalised_nouns:
        before = words[k - 1] if k > 0 else ""
        if before[:1].isupper() and before not in known_given_names(table.language or ""):
            return 0
        if not before[:1].isupper() and n < 2:
            return 0  # alone, only a surname's "von der", "van den": not "sagte zu X"
    return n


@cache
def any_given_names() -> frozenset[str]:
    """Every given name of every ``data/<language>/given_names.json``: evidence that a
    name is a person's, whatever the article's language."""
    return frozenset().union(*(table.get("given_names", []) for table in _given_name_tables()))


def _given_name_tables() -> list[dict[str, Any]]:
    return [load_table(lang, "given_names") for lang in available_languages("given_names")]


def nominative_forms(word: str, table: SpeechTable) -> Iterator[str]:
    """The nominatives ``word`` may be another case of, by :attr:`SpeechTable.case_endings`
    (``Лаврова`` → ``Лавров``, ``Набиуллиной`` → ``Набиуллина``), longest ending first."""
    for oblique, ending in table.case_endings:
        if word.endswith(oblique) and len(word) > len(oblique) + 2:
            yield word[: -len(oblique)] + ending


def nominative_name(name: str, table: SpeechTable) -> str | None:
    """``Сергея Лаврова`` → ``Сергей Лавров``, ``Radosława Sikorskiego`` → ``Radosław
    Sikorski``: a full name in another case (after ``по словам``, ``według``), told by its
    given name, which becomes a known one (:func:`known_given_names`) by
    :attr:`SpeechTable.case_endings` or :attr:`SpeechTable.given_name_endings` (``Юлії``
    → ``Юлія``, ``Pawła`` → ``Paweł``); its other words take their first nominative
    (``Кулеби`` → ``Кулеба``; ``Свириденко`` has none and stays). None when the given
    name is a nominative already or no known one."""
    words = name.split()
    if len(words) < 2 or not table.case_endings:
        return None
    given = known_given_names(table.language or "")
    if words[0] in given:
        return None
    forms = [
        *nominative_forms(words[0], table),
        *(
            words[0][: -len(oblique)] + ending
            for oblique, ending in table.given_name_endings
            if words[0].endswith(oblique) and len(words[0]) > len(oblique) + 1
        ),
    ]
    first = next((form for form in forms if form in given), None)
    if first is None:
        return None
    rest = [next(nominative_forms(word, table), word) for word in words[1:]]
    return " ".join([first, *rest])


def nominative_role(role: str, table: SpeechTable) -> str:
    """``министра иностранных дел`` → ``министр иностранных дел``: the title that opens
    the role of a name in another case, in the nominative, where the table knows it
    (:attr:`SpeechTable.role_nominatives`, or an ending that makes a role word); its
    complement is a genitive in any case."""
    head, space, complement = role.partition(" ")
    lower = head.lower()
    nominative = table.role_nominatives.get(lower) or next(
        (form for form in nominative_forms(lower, table) if form in table.role_words),
        None,
    )
    if nominative is None:
        return role
    if head[:1].isupper():
        nominative = nominative[:1].upper() + nominative[1:]
    return nominative + space + complement


@cache
def known_given_names(language: str) -> frozenset[str]:
    """The given names of ``data/<language>/given_names.json`` and of the languages its
    ``also`` lists (the names its news often gives people of: English for German)."""
    given = load_table(language, "given_names")
    return frozenset(given.get("given_names", [])).union(
        *(
            load_table(other, "given_names").get("given_names", [])
            for other in given.get("also", [])
        )
    )


def particle_joins(
    table: SpeechTable,
    text: str,
    names_before: Sequence[str],
    chain: Sequence[str],
    after: str,
) -> bool:
    """Whether the particles ``chain`` (a :func:`particle_chain`) join the name words
    ``names_before`` to the name word ``after``: ``Ursula von der Leyen``, not ``Pierre
    Blanc de Renault`` or ``Ana Souza da Petrobras`` (a person of a company), ``Jean
    Martin de Marseille`` (of a place).

    A chain opened by a particle that is never a preposition in the language
    (:attr:`SpeechTable.name_only_particles`: ``Mohammed bin Salman``, ``Edwin van der
    Sar``; in English and Indonesian text every particle) joins always; so does one the
    article writes again with the word after it (``Marcelo Rebelo de Sousa`` …
    ``Rebelo de Sousa added``): a surname is used alone with its particles, a company or
    a town after a name is not. Otherwise a chain joins after a lone word (``Dominique
    de Villepin``, ``Maria da Conceição``, ``Ana de la Vega``) and after longer runs that
    do not open with a known given name (``Luiz Inácio Lula da Silva``, ``Organização
    Mundial da Saúde``): after ``Pierre Blanc`` the run is a person's full name already.
    Where every noun is capitalised only the repeated form counts (``von der Leyen``;
    not ``Peter von der Feuerwehr``, ``sagte Hans zu Journalisten``)."""
    if chain[0] in table.determiners:
        # Dutch "de", an article too: a surname's after a given name alone ("Karin de
        # Vries"), an object's after a full name ("beloofde Dick Schoof de Tweede Kamer")
        return len(names_before) == 1
    if chain[0] in table.name_only_particles:  # "bin", "van der"
        return True
    form = " ".join([*chain, after])
    capitalised = form[:1].upper() + form[1:]  # "Von der Leyen" opening a sentence
    if text.count(form) + text.count(capitalised) >= 2:
        return True
    if table.capitalised_nouns:
        return False
    return len(names_before) == 1 or names_before[0] not in _particle_given_names()


@cache
def _particle_given_names() -> frozenset[str]:
    """The given names that tell a person's full name is complete before a particle: those
    of the lists not marked ``"before_particles": false``. Spanish, French and Portuguese
    names so often go on through ``de``/``da`` (``François Villeroy de Galhau``, ``Pablo
    Hernández de Cos``) that their own given names are no such evidence."""
    return frozenset().union(
        *(
            table.get("given_names", [])
            for table in _given_name_tables()
            if table.get("before_particles", True)
        )
    )
