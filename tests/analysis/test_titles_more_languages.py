"""Titles the speech tables know in German, Spanish, Portuguese, French and Russian: a
compound German title is the speaker's role, not part of the name; an honorific after a
title opens no person; a title opening a sentence introduces who a later subjectless cue
means. The sentences are our own; the people invented."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "„Wir konnten das Feuer halten“, sagte Einsatzleiter Thomas Brinkmann.",
            "Thomas Brinkmann",
            "Einsatzleiter",
        ),
        (
            "„Das ist ein Schlag ins Gesicht der Belegschaft“, sagte Bezirksleiterin Sabine Özdemir.",
            "Sabine Özdemir",
            "Bezirksleiterin",
        ),
        (
            "„So etwas habe ich nie erlebt“, sagte Bezirksfeuerwehrkommandant Josef Mairhofer.",
            "Josef Mairhofer",
            "Bezirksfeuerwehrkommandant",
        ),
    ],
)
def test_a_german_compound_title_is_the_role(text: str, speaker: str, role: str) -> None:
    (quote,) = analyze(article_from_text(text, "de")).quotes
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


def test_an_honorific_after_a_title_is_no_person() -> None:
    text = "Bundeskanzler Dr. Friedrich Merz begründete den Abbau mit der Lage."
    people = {
        a.name: a.role for a in analyze(article_from_text(text, "de")).actors if a.kind == "person"
    }
    assert people == {"Friedrich Merz": "Bundeskanzler"}


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "El gobernador de Nuevo León, Samuel Treviño, anunció un plan de emergencia. "
            '"No vamos a dejar a nadie sin agua", dijo.',
            "es",
            "Samuel Treviño",
        ),
        (
            "El entrenador Diego Simeone habló tras el partido. «Fue un partido duro», dijo.",
            "es",
            "Diego Simeone",
        ),
        (
            "O técnico do clube, Rui Valente Lopes, elogiou a equipe. "
            '"Faltam dezessete rodadas", afirmou.',
            "pt",
            "Rui Valente Lopes",
        ),
    ],
)
def test_a_titled_subject_is_who_a_subjectless_cue_means(
    text: str, language: str, speaker: str
) -> None:
    (quote,) = analyze(article_from_text(text, language)).quotes
    assert quote.speaker == speaker


def test_according_to_a_title_then_a_name_with_particles() -> None:
    text = (
        "Selon son gouverneur, François Villeroy de Galhau, l'inflation devrait revenir "
        "sous 2 % au printemps."
    )
    (statement,) = analyze(article_from_text(text, "fr")).statements
    assert (statement.speaker, statement.speaker_role) == (
        "François Villeroy de Galhau",
        "gouverneur",
    )
    assert statement.text.startswith("l'inflation")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Menteri Kewangan, Tengku Zafrul Aziz, berkata ekonomi negara terus berkembang.",
            "Tengku Zafrul Aziz",
            "Menteri Kewangan",
        ),
        (
            "Menteri Pengangkutan Anthony Loke berkata projek itu akan siap tahun depan.",
            "Anthony Loke",
            "Menteri Pengangkutan",
        ),
        (
            "Menteri Perumahan Azman bin Ismail melawat tapak projek itu semalam.",
            "Azman bin Ismail",
            "Menteri Perumahan",
        ),
    ],
)
def test_a_malay_portfolio_is_part_of_the_title(text: str, person: str, role: str) -> None:
    """``Menteri Kewangan``: the portfolio is the minister's, not a person called
    Kewangan."""
    people = {
        a.name: a.role for a in analyze(article_from_text(text, "ms")).actors if a.kind == "person"
    }
    assert people == {person: role}


def test_a_russian_pronoun_reports_with_a_clarifying_verb() -> None:
    text = (
        "Министр финансов Олег Кузнецов выступил в Думе. "
        "Он уточнил, что работы займут около четырёх лет."
    )
    (statement,) = analyze(article_from_text(text, "ru")).statements
    assert statement.speaker == "Олег Кузнецов"
    assert statement.text.startswith("работы займут")


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "La presidenta Mariana Ríos visitó Cali. "
            '"Nadie debería vivir sin un techo digno", dijo la mandataria durante un acto.',
            "es",
            "Mariana Ríos",
        ),
        (
            "A ministra Maria Cardoso reuniu-se com os sindicatos. "
            '"É um passo importante", disse a governante aos jornalistas.',
            "pt",
            "Maria Cardoso",
        ),
    ],
)
def test_a_word_for_any_office_holder_is_the_titled_person_just_named(
    text: str, language: str, speaker: str
) -> None:
    """``la mandataria``, ``a governante``: whoever a sentence just before opened with a
    title; the description ends before what follows it (``durante un acto``)."""
    (quote,) = analyze(article_from_text(text, language)).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("« On a tout perdu », témoigne Fatima Benali, 38 ans.", "fr", "Fatima Benali"),
        ("„Die Lage ist ernst“, berichtet Anna Schmidt.", "de", "Anna Schmidt"),
    ],
)
def test_present_tense_cues(text: str, language: str, speaker: str) -> None:
    (quote,) = analyze(article_from_text(text, language)).quotes
    assert quote.speaker == speaker
