"""Countries and cities by their French, Spanish, Portuguese, German and Russian names
(Russian in its cases), merged into one actor with the English name's entry; and a
function word of such a name (``del`` of ``Corea del Norte``) is no place evidence for
the name tagger. The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def places(text: str, language: str) -> set[str]:
    return {a.name for a in analyze(article_from_text(text, language)).actors if a.kind == "place"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le ministre s'est rendu en Russie puis en Allemagne.", "fr", {"Russie", "Allemagne"}),
        ("El presidente viajó a Marruecos y después a Lisboa.", "es", {"Marruecos", "Lisboa"}),
        ("A delegação chegou a São Paulo vinda da Alemanha.", "pt", {"São Paulo", "Alemanha"}),
        ("Делегация прибыла в Москву из Пекина.", "ru", {"Москву", "Пекина"}),
        ("Власти Новосибирской области сообщили о пожаре.", "ru", {"Новосибирской области"}),
    ],
)
def test_places_named_in_the_article_s_language(
    text: str, language: str, expected: set[str]
) -> None:
    assert expected <= places(text, language)


def test_forms_of_one_country_are_one_actor() -> None:
    text = "Россия направила ноту. Позже в России заявили, что Россию поддержат союзники."
    found = [a for a in analyze(article_from_text(text, "ru")).actors if a.kind == "place"]
    assert len(found) == 1
    assert len(found[0].mentions) == 3


def test_a_function_word_of_a_place_name_is_no_place_evidence() -> None:
    text = "El portavoz del PSOE, Patxi López, calificó la moción de irresponsable."
    actors = {a.name: a.kind for a in analyze(article_from_text(text, "es")).actors}
    assert actors.get("PSOE") == "organization"
