"""Statements sourced to a body named in full before its short name in brackets, and
German "nach Angaben der/des …"."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "D'après la Fédération française de l'assurance (FFA), le coût des sinistres "
            "pourrait dépasser 400 millions d'euros.",
            "fr",
            "Fédération française de l'assurance",
        ),
        (
            "Según la Cámara Argentina de Comercio (CAC), las ventas minoristas cayeron un "
            "8,2 % interanual en marzo.",
            "es",
            "Cámara Argentina de Comercio",
        ),
        (
            "Nach Angaben der Bundesvereinigung der Deutschen Arbeitgeberverbände (BDA) "
            "würde der Beitragssatz bis 2035 auf 22,3 Prozent steigen.",
            "de",
            "Bundesvereinigung der Deutschen Arbeitgeberverbände",
        ),
        (
            "Nach Angaben der Staatsanwaltschaft Köln wurde der Verdächtige am Morgen "
            "festgenommen.",
            "de",
            "Staatsanwaltschaft Köln",
        ),
        (
            "According to the Centers for Disease Control and Prevention (CDC), cases rose "
            "by 20 percent.",
            "en",
            "Centers for Disease Control and Prevention",
        ),
    ],
)
def test_a_body_named_before_its_short_name_is_the_source(
    text: str, language: str, speaker: str
) -> None:
    result = analyze(article_from_text(text, language))
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [(speaker, None)]


def test_a_short_name_in_brackets_that_names_no_one_before_it_changes_nothing() -> None:
    """'(AP)' is no short name of "le ministre Jean Dupont": the person stays the source."""
    text = "Selon le ministre Jean Dupont (AP), le budget sera voté en décembre."
    result = analyze(article_from_text(text, "fr"))
    assert [s.speaker for s in result.statements] == ["Jean Dupont"]


def test_a_source_followed_by_its_verb_reports_from_the_verb_on() -> None:
    """German puts the verb right after "Laut X": a comma later in the sentence does not
    end the source ("1,9 Beitragszahler, in zehn Jahren …" is all reported)."""
    text = "Laut Polizei wurden drei Menschen verletzt, zwei davon schwer."
    (statement,) = analyze(article_from_text(text, "de")).statements
    assert (statement.speaker, statement.text) == (
        "Polizei",
        "wurden drei Menschen verletzt, zwei davon schwer",
    )
