"""Polish: quotes with their speaker and role (the cue after a dash, a colon lead-in, a
continuation with the subject left out), statements (``powiedział, że …``, ``według …``,
``zdaniem …``, ``jak poinformowała …``), actors (a person with a title and its genitive
complement, bodies, towns in another case), and what is none of them (a quoted title, a
capitalised word opening a sentence). The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, "pl", published=date(2024, 10, 25)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "„Jesteśmy gotowi do rozmów” – powiedział premier Donald Tusk.",
            "Donald Tusk",
            "premier",
        ),
        (
            "„Sytuacja na drogach jest pod kontrolą” – poinformował rzecznik Komendy Głównej "
            "Policji Mariusz Ciarka.",
            "Mariusz Ciarka",
            "rzecznik Komendy Głównej Policji",
        ),
        (
            "„Ceny paliw spadną jeszcze w tym miesiącu” – ocenił prezes Orlenu Ireneusz Fąfara.",
            "Ireneusz Fąfara",
            "prezes Orlenu",
        ),
        (
            "Minister obrony narodowej Władysław Kosiniak-Kamysz zapowiedział: „Kupimy kolejne "
            "śmigłowce dla wojska”.",
            "Władysław Kosiniak-Kamysz",
            "Minister obrony narodowej",
        ),
        (
            "Prezydent Andrzej Duda powiedział: „Nie podpiszę tej ustawy w obecnym kształcie”.",
            "Andrzej Duda",
            "Prezydent",
        ),
        (
            "„Nie zgadzamy się na takie rozwiązania” – powiedziała minister Anna Nowak.",
            "Anna Nowak",
            "minister",
        ),
    ],
)
def test_a_quote_s_speaker_and_role(text: str, speaker: str, role: str) -> None:
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "„Musimy wzmocnić wschodnią granicę” – powiedział wicepremier Władysław "
            "Kosiniak-Kamysz. „To jest nasz priorytet na ten rok” – dodał.",
            ["Władysław Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"],
        ),
        (
            "Posłanka Anna Kowalska spotkała się z wyborcami. „Ta ustawa jest zła dla "
            "rolników” – powiedziała.",
            ["Anna Kowalska"],
        ),
    ],
)
def test_a_cue_without_its_subject_is_the_previous_speaker_s(
    text: str, speakers: list[str]
) -> None:
    """Polish leaves a known subject out (``„…” – dodał.``)."""
    assert [q.speaker for q in run(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Minister spraw zagranicznych Radosław Sikorski zapowiedział, że Polska zwiększy "
            "pomoc.",
            "Radosław Sikorski",
            "Polska zwiększy pomoc",
        ),
        (
            "Marszałek Sejmu Szymon Hołownia stwierdził, że głosowanie odbędzie się w piątek.",
            "Szymon Hołownia",
            "głosowanie odbędzie się w piątek",
        ),
        (
            "Według rzecznika rządu, decyzja zapadnie w przyszłym tygodniu.",
            "rzecznika rządu",
            "decyzja zapadnie w przyszłym tygodniu",
        ),
        (
            "Jak poinformowała policja, kierowca był trzeźwy.",
            "policja",
            "kierowca był trzeźwy",
        ),
        (
            "Tomasz Siemoniak uważa, że służby działają sprawnie.",
            "Tomasz Siemoniak",
            "służby działają sprawnie",
        ),
        (
            "Rzecznik rządu Adam Szłapka przekazał, że premier spotka się z prezydentem.",
            "Adam Szłapka",
            "premier spotka się z prezydentem",
        ),
    ],
)
def test_a_statement_s_speaker_and_content(text: str, speaker: str, content: str) -> None:
    statements = run(text).statements
    assert [(s.speaker, s.text) for s in statements] == [(speaker, content)]


def test_zdaniem_opens_a_statement_with_the_role_of_its_speaker() -> None:
    """``Zdaniem prezesa NBP …``: the title in the genitive after ``zdaniem`` is the role,
    given in the nominative like the name."""
    text = "Zdaniem prezesa NBP Adama Glapińskiego, inflacja spadnie w przyszłym roku."
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role, s.text) for s in statements] == [
        ("Adam Glapiński", "prezes NBP", "inflacja spadnie w przyszłym roku")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wczoraj premier Donald Tusk spotkał się z rolnikami.",
            ("Donald Tusk", "person", "premier"),
        ),
        (
            "Szef MSZ Radosław Sikorski spotkał się z ambasadorem.",
            ("Radosław Sikorski", "person", "Szef MSZ"),
        ),
        (
            "Marszałek Sejmu Szymon Hołownia stwierdził, że głosowanie odbędzie się w piątek.",
            ("Szymon Hołownia", "person", "Marszałek Sejmu"),
        ),
        (
            "Wczoraj w Warszawie minister zdrowia Izabela Leszczyna spotkała się z lekarzami.",
            ("Izabela Leszczyna", "person", "minister zdrowia"),
        ),
        (
            "Sejm przyjął ustawę, a Trybunał Konstytucyjny ma ją zbadać.",
            ("Trybunał Konstytucyjny", "organization", None),
        ),
        (
            "Po posiedzeniu Ministerstwo Zdrowia nie skomentowało sprawy.",
            ("Ministerstwo Zdrowia", "organization", None),
        ),
        (
            "Narodowy Bank Polski utrzymał stopy procentowe.",
            ("Narodowy Bank Polski", "organization", None),
        ),
        (
            "Raport przygotowała Najwyższa Izba Kontroli.",
            ("Najwyższa Izba Kontroli", "organization", None),
        ),
        (
            "Wczoraj w Warszawie minister zdrowia Izabela Leszczyna spotkała się z lekarzami.",
            ("Warszawa", "place", None),
        ),
        (
            "Pociąg z Krakowa do Gdańska spóźnił się o godzinę.",
            ("Kraków", "place", None),
        ),
    ],
)
def test_an_actor_s_kind_and_role(text: str, expected: tuple[str, str, str | None]) -> None:
    actors = [(a.name, a.kind, a.role) for a in run(text).actors]
    assert expected in actors


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "Marszałek Sejmu Szymon Hołownia stwierdził, że głosowanie odbędzie się w piątek.",
            "Sejmu Szymon Hołownia",
        ),
        (
            "„Ceny paliw spadną jeszcze w tym miesiącu” – ocenił prezes Orlenu Ireneusz Fąfara.",
            "Orlenu Ireneusz Fąfara",
        ),
    ],
)
def test_a_capitalised_word_of_a_title_is_no_part_of_the_name(text: str, not_a_name: str) -> None:
    """``Sejmu``, ``Orlenu``: the body whose office the person holds, not their name."""
    result = run(text)
    assert not_a_name not in {a.name for a in result.actors}
    assert not_a_name.split(maxsplit=1)[1] in {a.name for a in result.actors}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Film „Ziemia Obiecana” znów trafił do kin. „To dzieło jest naprawdę "
            "ponadczasowe” – powiedziała krytyczka Ewa Nowak.",
            [("To dzieło jest naprawdę ponadczasowe", "Ewa Nowak")],
        ),
    ],
)
def test_a_quoted_title_is_no_quote(text: str, quotes: list[tuple[str, str]]) -> None:
    """A quoted title is no speech; the quote beside it keeps its speaker."""
    assert [(q.text, q.speaker) for q in run(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zdaniem Pawła Kowalskiego, rynek się uspokoi.", "Paweł Kowalski"),  # (nominative)
        ("Kolejny raz posłowie zajmą się ustawą. Zdaniem Pawła nic się nie zmieni.", None),
    ],
)
def test_a_capitalised_word_opening_a_sentence_is_no_person(text: str, person: str | None) -> None:
    """``Zdaniem`` ("in the view of") opens the sentence with a capital: no part of a name."""
    people = [a.name for a in run(text).actors if a.kind == "person"]
    assert people == ([person] if person else [])


def test_a_short_quote_before_a_dash_and_its_cue_is_speech() -> None:
    """Polish writes an en dash, not a comma, between a quote and its cue: a quote of three
    words or fewer there is still speech, not a quoted term."""
    quotes = run("„Nie zgadzamy się” – powiedział premier Donald Tusk.").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Nie zgadzamy się", "Donald Tusk")]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Według ministra Radosława Sikorskiego rozmowy z partnerami będą kontynuowane w "
            "przyszłym tygodniu.",
            "Radosław Sikorski",
            "minister",
        ),
        (
            "Według premiera Donalda Tuska, rozmowy z partnerami będą kontynuowane.",
            "Donald Tusk",
            "premier",
        ),
        (
            "Zdaniem minister zdrowia Izabeli Leszczyny, szpitale dostaną więcej pieniędzy.",
            "Izabela Leszczyna",
            "minister zdrowia",
        ),
        (
            "Zdaniem Pawła Kowalskiego, rynek się uspokoi w przyszłym roku.",
            "Paweł Kowalski",
            None,
        ),
    ],
)
def test_a_source_after_according_to_is_named_in_the_nominative(
    text: str, speaker: str, role: str | None
) -> None:
    """``Według ministra Radosława Sikorskiego``: the genitive after the cue is Radosław
    Sikorski, the minister."""
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role) for s in statements] == [(speaker, role)]
