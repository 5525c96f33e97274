"""Towns from the GeoNames table (``actors_cities``): found where they stand as places in
languages the name tagger was not trained on, and not where a word, a club, a company, a
person's name or an adjective is written the same. The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.actors_cities import city_table, place_rules
from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def actors(text: str, language: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyze(article_from_text(text, language)).actors}


def places(text: str, language: str) -> set[str]:
    return {name for name, kind in actors(text, language).items() if kind == "place"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Der Pegel der Donau stieg in Passau auf zehn Meter.", "de", {"Passau"}),
        (
            "Le vent a soufflé à 150 km/h près de Quimper et au large de Lorient.",
            "fr",
            {"Quimper", "Lorient"},
        ),
        ("La tormenta dejó daños en Gijón y en Oviedo.", "es", {"Gijón", "Oviedo"}),
        ("A fumaça cobriu Manaus durante três semanas.", "pt", {"Manaus"}),
        ("The company opened a design centre in Bristol last year.", "en", {"Bristol"}),
        ("Floods hit Nakuru after a week of rain.", "en", {"Nakuru"}),
        ("Суд в Челябинске вынес приговор.", "ru", {"Челябинск"}),
        ("Собрание прошло в Тюмени и Кургане.", "ru", {"Тюмень", "Курган"}),
        ("The storm moved from Davao City towards Frankfurt am Main.", "en", {"Frankfurt am Main"}),
    ],
)
def test_towns_the_hand_kept_gazetteer_does_not_list(
    text: str, language: str, expected: set[str]
) -> None:
    assert expected <= places(text, language)


def test_forms_of_one_town_are_one_actor_named_in_the_nominative() -> None:
    found = [
        a
        for a in analyze(
            article_from_text(
                "Митинг в Челябинске собрал сотни людей. Автобусы из Челябинска пришли утром.",
                "ru",
            )
        ).actors
        if a.kind == "place"
    ]
    assert [a.name for a in found] == ["Челябинск"]
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "language", "not_a_place"),
    [
        # a longer name: a club, a university, a company, a region
        ("Bristol City won again on Saturday.", "en", "Bristol"),
        ("Der VfB Stuttgart verlor am Samstag.", "de", "Stuttgart"),
        ("Shares of Bristol-Myers fell on Monday.", "en", "Bristol"),
        ("Floods hit Davao de Oro on Tuesday.", "en", "Davao"),
        # a common word in the language, with or without an article
        ("Die Halle war am Abend leer.", "de", "Halle"),
        ("Nice weather helped the harvest this year.", "en", "Nice"),
        ("Wir haben in Qualität investiert, nicht in Namen.", "de", "Namen"),
        # a planet, a person's name, an adjective
        ("Europa is one of the moons of Jupiter, the probe showed.", "en", "Jupiter"),
        ("O Presidente Marcelo Rebelo de Sousa falou ontem.", "pt", "Sousa"),
        ("Приговор вынес Свердловском областной суд.", "ru", "Свердловск"),
        ("Заседание Совета безопасности прошло во вторник.", "ru", "Совето"),
        # a town's name that is a person's in the same article
        ("John Preston met voters on Friday. Preston said the vote mattered.", "en", "Preston"),
    ],
)
def test_names_that_are_no_town_there(text: str, language: str, not_a_place: str) -> None:
    assert not_a_place not in places(text, language)


def test_a_club_the_tagger_read_as_an_organisation_stays_one() -> None:
    found = actors("His first match in charge will be away to West Ham on Saturday.", "en")
    assert found.get("West Ham") != "place"


def test_indonesian_is_left_to_the_tagger() -> None:
    # ``Lima`` is five, ``Kota`` a town: the table is not read for Indonesian or Malay
    found = places("Lima orang tewas. Kota itu lumpuh setelah banjir di Medan.", "id")
    assert "Lima" not in found
    assert "Kota" not in found


def test_the_table_is_read_as_built() -> None:
    table = city_table()
    assert "Quimper" in table.populations
    assert ("Frankfurt", "am", "Main") in table.phrases["Frankfurt"]
    assert table.population("Quimper") is not None
    # ``nice`` is a common English word, ``Quimper`` no word at all
    assert table.frequent["en"].get("Nice", 0) > place_rules("en").inside_max
    assert table.frequent["fr"].get("Quimper", 0) <= place_rules("fr").inside_max
    assert table.common_anywhere("Kita") >= place_rules("en").anywhere_max


@pytest.mark.parametrize(
    ("text", "language", "not_a_place"),
    [
        # a sentence about a match: its towns are clubs
        ("Leicester beat Norwich 3-1 to go top of the Championship.", "en", "Norwich"),
        ("Краснодар обыграл Ростов в южном дерби.", "ru", "Ростов"),
        ("La Roma ha battuto il Napoli 2-0 allo Stadio Olimpico.", "it", "Napoli"),
        ("Die Mannschaft gewann 3 zu 1 gegen Bremen.", "de", "Bremen"),
        # a person of the town's name: speaking, or with a title in an appositive
        ("Segundo Sobral, a obra será concluída em junho.", "pt", "Sobral"),
        ("Warwick, the party's treasurer, denied wrongdoing.", "en", "Warwick"),
        # a street named after a person
        ("На улице Кирова произошел пожар.", "ru", "Киров"),
    ],
)
def test_town_names_that_are_clubs_people_or_parts_of_names(
    text: str, language: str, not_a_place: str
) -> None:
    assert not_a_place not in places(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a place preposition keeps the town in a sentence about a match
        ("El Sevilla venció al Getafe y el Villarreal empató en Vigo.", "es", {"Vigo"}),
        # large towns, common as words for being named often
        ("In Köln und Dortmund fielen gestern Busse aus.", "de", {"Köln", "Dortmund"}),
        ("Essen, Germany's ninth-largest city, declared a climate emergency.", "en", {"Essen"}),
        # Russian towns opening the sentence after a preposition, in their cases
        ("В Калуге и Иванове открылись новые школы.", "ru", {"Калуга", "Иваново"}),
        ("В Ярославле и Ставрополе прошли выборы.", "ru", {"Ярославль", "Ставрополь"}),
        # a title's place after 'of'
        ("The sermon was given by the Archbishop of Canterbury.", "en", {"Canterbury"}),
    ],
)
def test_towns_kept_where_the_text_says_place(text: str, language: str, expected: set[str]) -> None:
    assert expected <= places(text, language)
