"""Quotes set off by dialogue dashes (Spanish, Portuguese, Russian): the speech before
and after the narration, with the narration's speaker; not a list set off by dashes, nor
an interview's answers that no cue attributes. The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(article_from_text(text, language)).quotes]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "El ministro de Economía, Carlos Cuerpo, habló ante el Congreso el martes.\n"
            "—No vamos a subir los impuestos —dijo Cuerpo—. La economía crece con fuerza.\n",
            "es",
            [
                ("No vamos a subir los impuestos", "Carlos Cuerpo"),
                ("La economía crece con fuerza.", "Carlos Cuerpo"),
            ],
        ),
        (
            "O ministro da Fazenda, Fernando Haddad, falou aos jornalistas nesta terça.\n"
            "— Não vamos aumentar impostos neste ano — disse Haddad.\n",
            "pt",
            [("Não vamos aumentar impostos neste ano", "Fernando Haddad")],
        ),
        (
            "Министр финансов Антон Силуанов выступил в Думе во вторник.\n"
            "— Мы не планируем повышать налоги, — добавил Силуанов. — Это важно для "
            "бизнеса.\n",
            "ru",
            [
                ("Мы не планируем повышать налоги,", "Антон Силуанов"),
                ("Это важно для бизнеса.", "Антон Силуанов"),
            ],
        ),
        (
            "Министр финансов Антон Силуанов выступил в Думе во вторник.\n"
            "— Бюджет будет сбалансирован, — сказал он.\n",
            "ru",
            [("Бюджет будет сбалансирован,", "Антон Силуанов")],
        ),
    ],
)
def test_dialogue_dashes_set_off_speech_with_its_speaker(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert quotes(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Los puntos clave del plan son tres:\n— más vivienda pública;\n— menos impuestos.\n",
            "es",
        ),
        (
            "Мы спросили шеф-повара о любимом блюде.\n"
            "— Томатный киш, конечно. Дома мы всегда готовили его по выходным.\n",
            "ru",
        ),
        ("El ministro habló.\n—No vamos a subir los impuestos —dijo Cuerpo—.\n", "en"),
    ],
)
def test_dashes_without_a_cue_or_outside_dialogue_languages_are_no_quotes(
    text: str, language: str
) -> None:
    """A list, an interview answer no cue attributes, and a language whose news does not
    write dialogue with dashes (English) give no quote."""
    assert quotes(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Посол выступил в среду.\n— Москва — наш главный партнёр в регионе, — сказал посол.\n",
            "ru",
            [("Москва — наш главный партнёр в регионе,", "посол")],
        ),
        (
            "El ministro habló el lunes.\n"
            "—La reforma —que llega tarde— es necesaria —afirmó el ministro.\n",
            "es",
            [("La reforma —que llega tarde— es necesaria", "el ministro")],
        ),
        (
            "El ministro habló el lunes.\n—Hoy —dijo el ministro— es un gran día para el país.\n",
            "es",
            [("Hoy", "el ministro"), ("es un gran día para el país.", "el ministro")],
        ),
        (
            "Министр иностранных дел Сергей Лавров выступил в среду.\n"
            "— Это провокация, — заявил Лавров. «Мы ответим», — добавил он.\n"
            "— Нет, — ответил Песков.\n",
            "ru",
            [
                ("Это провокация,", "Сергей Лавров"),
                ("Мы ответим", "Сергей Лавров"),
                ("Нет,", "Песков"),
            ],
        ),
    ],
)
def test_a_dash_inside_the_speech_and_marks_beside_it(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    """A dash that no cue follows is inside the speech (``Москва — наш партнёр``, ``—que
    llega tarde—``); a one-word piece before the narration is speech; a paragraph with
    both a dash quote and guillemets gives both."""
    assert quotes(text, language) == expected
