"""Capitals that say nothing of a name, in languages the name tagger (trained on
Indonesian) does not know: a sentence's first word taken into a "person" (``Beim
Verlust``, ``Wireless Connect``), and in German, where every noun is capitalised, the
tagger's guesses without other evidence (``Technische Standards``, ``Medikationsplan``).
Real names keep their evidence: a known given name, a role word, an acronym, the
gazetteer (German names of countries and regions included). The sentences are our own.
"""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text

GERMAN = (
    "Technische Standards sind für die Kliniken wichtig. Bundeskanzler Olaf Scholz hat am "
    "Montag in Berlin die Pläne vorgestellt. „Wir werden das schaffen“, sagte Angela Merkel. "
    "Laut Gesundheitsminister Karl Lauterbach gibt es keine Alternative. Beim Verlust des "
    "Schlüssels sind die Daten weg, denn die Kasse zahlt beim Verlust nichts. Der "
    "Medikationsplan wird digital. Das Universitätsklinikum Heidelberg (UKHD) nimmt teil, "
    "ebenso Kliniken in Frankreich und Österreich. Emmanuel Macron reiste nach Deutschland."
)


def actors(text: str, language: str) -> dict[str, ActorSuggestion]:
    return {a.name: a for a in analyze(article_from_text(text, language)).actors}


@pytest.fixture(scope="module")
def german() -> dict[str, ActorSuggestion]:
    return actors(GERMAN, "de")


@pytest.mark.parametrize(
    "junk", ["Technische Standards", "Beim Verlust", "Verlust", "Medikationsplan", "Kliniken"]
)
def test_german_capitalised_nouns_are_no_actors(
    german: dict[str, ActorSuggestion], junk: str
) -> None:
    assert junk not in german


@pytest.mark.parametrize(
    "name", ["Olaf Scholz", "Angela Merkel", "Emmanuel Macron", "Christian Sewing"]
)
def test_german_people_with_a_given_name_are_kept(name: str) -> None:
    text = GERMAN + " Der Chef der Deutschen Bank, Christian Sewing, widersprach."
    found = actors(text, "de").get(name)
    assert found is not None and found.kind == "person"


def test_a_german_person_introduced_by_a_compound_role_is_kept(
    german: dict[str, ActorSuggestion],
) -> None:
    assert [a.kind for name, a in german.items() if "Lauterbach" in name] == ["person"]


def test_german_acronyms_and_country_names_are_kept(german: dict[str, ActorSuggestion]) -> None:
    assert german["Frankreich"].kind == "place"
    assert german["Österreich"].kind == "place"
    assert german["Deutschland"].kind == "place"
    assert german["Berlin"].kind == "place"
    assert any("UKHD" in a.aliases or name == "UKHD" for name, a in german.items())


def test_a_sentence_start_written_in_lower_case_elsewhere_is_no_name() -> None:
    text = (
        "Wireless Connect makes the setup easy. The wireless link works at home. "
        "Rose Byrne joined the team on Monday. A rose was thrown on the stage."
    )
    found = actors(text, "en")
    assert "Wireless Connect" not in found
    assert found["Rose Byrne"].kind == "person"  # a known given name, though "rose" is a word


def test_other_languages_keep_capitalised_names_inside_sentences() -> None:
    # French capitalises names only: no German rule there
    found = actors("Hier, la ministre a rencontré Claire Dubois à Lyon.", "fr")
    assert found["Claire Dubois"].kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign given name: the English list counts as evidence in German news
        ("Bayern gewann am Samstag mit 3:1. Harry Kane erzielte zwei Tore.", "Harry Kane"),
        ("Der Verteidiger Robin Koch unterschrieb einen Vertrag bis 2027.", "Robin Koch"),
        ("Rose Müller aus Leipzig hat den Literaturpreis der Stadt gewonnen.", "Rose Müller"),
        # a role word a few words before, in the same clause
        (
            "Der Außenminister von Polen, Radosław Sikorski, traf seine Amtskollegin.",
            "Radosław Sikorski",
        ),
    ],
)
def test_german_people_with_other_evidence_are_kept(text: str, name: str) -> None:
    found = actors(text, "de").get(name)
    assert found is not None and found.kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Landgericht Köln hat die Klage eines Anlegers abgewiesen.", "Landgericht Köln"),
        ("Wie die Deutsche Bahn mitteilte, kommt es zu Verspätungen.", "Deutsche Bahn"),
        (
            "Nach Angaben des Statistischen Bundesamts stiegen die Preise.",
            "Statistischen Bundesamts",
        ),
        (
            "Die Europäische Zentralbank hat den Leitzins erneut angehoben.",
            "Europäische Zentralbank",
        ),
    ],
)
def test_german_names_with_an_organisation_word_are_organisations(text: str, name: str) -> None:
    found = actors(text, "de").get(name)
    assert found is not None and found.kind == "organization"


def test_the_body_of_a_role_is_no_person() -> None:
    found = actors("Vera Klein, Sprecherin der Stadtwerke Bochum, sagte, es sei gesichert.", "de")
    assert found["Vera Klein"].role == "Sprecherin der Stadtwerke Bochum"
    assert "Stadtwerke Bochum" not in found or found["Stadtwerke Bochum"].kind != "person"


def test_an_honorific_is_no_role() -> None:
    found = actors("Frau Merkel sprach lange. Herr Scholz schwieg.", "de")
    assert {name: a.role for name, a in found.items()} == {"Merkel": None, "Scholz": None}
