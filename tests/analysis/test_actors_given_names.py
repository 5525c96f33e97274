"""English people the name tagger (trained on Indonesian) does not see: a known given
name and the capitalised words after it (``data/en/given_names.json``), and the forms of
one person's name merged (a middle initial, a suffix, a missing first name). The
sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text


def actors(text: str) -> dict[str, ActorSuggestion]:
    return {a.name: a for a in analyze(article_from_text(text, "en")).actors}


def kind_of(text: str, name: str) -> str | None:
    found = actors(text).get(name)
    return found.kind if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met Joe Biden on Monday in the capital.", "Joe Biden"),
        ("Kamala Harris and Cory Booker spoke at the rally.", "Kamala Harris"),
        ("Kamala Harris and Cory Booker spoke at the rally.", "Cory Booker"),
        ("The company was led by Mary Ann Cortez until last year.", "Mary Ann Cortez"),
        ("The letter was sent to James P. Kennedy Jr. on Friday.", "James P. Kennedy Jr."),
    ],
)
def test_a_given_name_and_a_surname_make_a_person(text: str, name: str) -> None:
    assert kind_of(text, name) == "person"


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Patients were taken to Walter Reed Hospital on Friday.", "Walter Reed"),
        ("They won the Davis Cup Finals in Madrid last week.", "Davis Cup"),
        ("The Los Angeles Auto Show opened on Thursday.", "Angeles Auto Show"),
        ("Brent LCOc1 rose 2% on Tuesday.", "Brent LCOc1"),
    ],
)
def test_no_person_inside_a_place_an_event_or_a_ticker(text: str, not_a_person: str) -> None:
    assert kind_of(text, not_a_person) != "person"


def test_a_title_before_a_given_name_keeps_its_own_reading() -> None:
    """``Queen Elizabeth``: the title's mention (``King`` and ``Queen`` are given names
    in the census list, but here they are titles)."""
    found = actors("Queen Elizabeth opened the session of parliament on Monday.")
    assert "Elizabeth" in found and found["Elizabeth"].role == "Queen"


def test_one_person_written_with_and_without_initial_suffix_or_first_name() -> None:
    text = (
        "Patrick Carlineo Jr. was sentenced on Monday.\n"
        "Carlineo had called the office twice.\n"
        "A judge ordered Patrick W. Carlineo to pay a fine.\n"
        "Attorney General Robert Barr named Kathleen Hawk Sawyer to run the agency.\n"
        "Hawk Sawyer testified on Tuesday. Hawk Sawyer said she could not comment.\n"
    )
    found = actors(text)
    carlineo = [a for a in found.values() if "Carlineo" in a.name]
    assert len(carlineo) == 1 and carlineo[0].name == "Patrick Carlineo Jr."
    assert "Patrick W. Carlineo" in carlineo[0].aliases
    sawyer = [a for a in found.values() if "Sawyer" in a.name]
    assert [a.name for a in sawyer] == ["Kathleen Hawk Sawyer"]


def test_a_shared_surname_of_two_people_stays_apart() -> None:
    text = (
        "Patrick Nielsen Hayden edits the books. Teresa Nielsen Hayden edits the magazine.\n"
        "Nielsen Hayden said the list was full.\n"
    )
    names = {a.name for a in actors(text).values() if a.kind == "person"}
    assert {"Patrick Nielsen Hayden", "Teresa Nielsen Hayden"} <= names


def test_a_speaker_named_by_surname_takes_the_full_name_with_its_suffix() -> None:
    text = (
        "James P. Kennedy Jr., the U.S. Attorney for the district, spoke on Monday.\n"
        "“Threats are crimes,” Kennedy said in a statement.\n"
    )
    quotes = analyze(article_from_text(text, "en")).quotes
    assert [q.speaker for q in quotes] == ["James P. Kennedy Jr."]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Dallas Cowboys beat the Houston Rockets on Sunday.",
            "Dallas Cowboys",
            "organization",
        ),
        ("The Hang Seng Index fell as the index lost 2% on Monday.", "Hang Seng", None),
        ("John Milo Ford was born in 1945 in the city.", "John Milo Ford", "person"),
        ("The books of Robert Jordan sold well in Europe last year.", "Robert Jordan", "person"),
    ],
)
def test_a_name_run_stops_at_a_team_or_a_longer_name(
    text: str, name: str, kind: str | None
) -> None:
    """A place's team ends in a plural; a capitalised word after the run means a longer
    name goes on (``Hang Seng Index``); a surname may be a known word (``Ford``,
    ``Jordan``)."""
    assert kind_of(text, name) == kind


def test_a_one_word_guess_of_the_tagger_is_no_person_in_english() -> None:
    """The tagger, trained on Indonesian, reads ``Access`` of "CBS All Access" as a
    person; a one-word name only it saw, with no title and never quoted, is dropped."""
    text = (
        "Traditional companies have experimented with niche streaming services, such as "
        "CBS All Access, while Disney has made an enormous bet."
    )
    assert kind_of(text, "Access") is None
    assert kind_of(text, "Disney") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Adele sang at the show on Monday. "We will win this," Adele said.', "Adele"),
        ("President Trump met reporters on Friday.", "Trump"),
    ],
)
def test_a_one_word_person_quoted_or_titled_stays(text: str, name: str) -> None:
    assert kind_of(text, name) == "person"


def test_a_german_noun_with_its_article_is_no_person() -> None:
    """German capitalises its nouns; the tagger's ``Die Akte`` is an article and a noun."""
    text = (
        "Die Akte wird vom Patienten verwaltet. Die Ärzte erhalten Zugriff auf die Akte, "
        "wenn der Patient zustimmt."
    )
    actors = analyze(article_from_text(text, "de")).actors
    assert not [a.name for a in actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("María Jesús Montero presentó el presupuesto el martes.", "es", "María Jesús Montero"),
        ("Marine Le Pen a présenté son programme mardi.", "fr", "Marine Le Pen"),
        ("Marine Tondelier a présenté son programme mardi.", "fr", "Marine Tondelier"),
        (
            "O presidente Luiz Inácio Lula da Silva anunciou um novo programa.",
            "pt",
            "Luiz Inácio Lula da Silva",
        ),
        ("A manifestação é um aviso ao Governo de Luís Montenegro.", "pt", "Luís Montenegro"),
    ],
)
def test_spanish_french_and_portuguese_given_names_open_a_person(
    text: str, language: str, name: str
) -> None:
    """``data/{es,fr,pt}/given_names.json``: a sentence's first word is a person's given
    name where the tagger cut it (``Jesús Montero``) or saw nothing (``Marine Le Pen``);
    three name words before ``da Silva`` still take it; nothing joins before a name
    that opens with a given name (not ``Governo de Luís Montenegro``)."""
    found = {a.name: a.kind for a in analyze(article_from_text(text, language)).actors}
    assert found.get(name) == "person"
