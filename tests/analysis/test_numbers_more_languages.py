"""Figures and dates in Italian, Dutch, Polish and Turkish, read with their own tables
(``data/{it,nl,pl,tr}/numbers.json`` and ``dates.json``): decimal comma and group
separators, multipliers (``miliardi``, ``miljoen``, ``tys.``, ``milyar``), currencies,
percent words (Turkish ``yüzde 15`` puts the word before the number), qualifiers, and
dates with their month names (Polish in the genitive: ``24 października``; Turkish with
an apostrophe suffix: ``24 Ekim 2024'te``). A date or a year is no figure. The sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.dates import extract_dates
from briefing.analysis.figures import find_figures
from tests.analysis.helpers import article_from_text

PUBLISHED = date(2024, 10, 25)  # a Friday

Figure = tuple[str, float, str | None, str, str | None, str | None]
"""text, value, unit, kind, currency, qualifier"""


def _figures(text: str, language: str) -> list[Figure]:
    found = find_figures(text, language)
    for f in found:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value, f.unit, f.kind, f.currency, f.qualifier) for f in found]


def _dates(text: str, language: str) -> list[tuple[str, str | None]]:
    article = article_from_text(text, language, published=PUBLISHED)
    return [(d.text, d.value) for d in extract_dates(article)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Italian
        (
            "Oltre 3.000 persone hanno manifestato a Roma il 24 ottobre 2024.",
            "it",
            [("3.000 persone", 3000.0, "persone", "count", None, "Oltre")],
        ),
        (
            "Il governo ha stanziato 2,5 miliardi di euro per le scuole.",
            "it",
            [("2,5 miliardi di euro", 2.5e9, "EUR", "money", "EUR", None)],
        ),
        (
            "Circa 150 mila persone sono senza corrente.",
            "it",
            [("150 mila persone", 150000.0, "persone", "count", None, "Circa")],
        ),
        (
            "Il prezzo è salito del 15 per cento.",
            "it",
            [("15 per cento", 15.0, "%", "percent", None, None)],
        ),
        (
            "Il tasso è calato di 2 punti percentuali.",
            "it",
            [("2 punti percentuali", 2.0, "%", "percent", None, None)],
        ),
        # Dutch
        (
            "Het kabinet trekt 3 miljoen euro uit voor de dijken.",
            "nl",
            [("3 miljoen euro", 3e6, "EUR", "money", "EUR", None)],
        ),
        (
            "De schuld steeg tot 2,5 miljard.",
            "nl",
            [("2,5 miljard", 2.5e9, None, "count", None, None)],
        ),
        (
            "De werkloosheid daalde met 15 procent.",
            "nl",
            [("15 procent", 15.0, "%", "percent", None, None)],
        ),
        (
            "Meer dan 3.000 mensen demonstreerden op 24 oktober 2024.",
            "nl",
            [("3.000 mensen", 3000.0, "mensen", "count", None, "Meer dan")],
        ),
        # Polish
        (
            "Ponad 3 tys. żołnierzy przybyło nad granicę.",
            "pl",
            [("3 tys. żołnierzy", 3000.0, "żołnierzy", "count", None, "Ponad")],
        ),
        (
            "Inflacja wzrosła o 15 proc.",
            "pl",
            [("15 proc.", 15.0, "%", "percent", None, None)],
        ),
        (
            "Rząd przeznaczy 2,5 mld zł na drogi.",
            "pl",
            [("2,5 mld zł", 2.5e9, "PLN", "money", "PLN", None)],
        ),
        (
            "Prawie 200 tysięcy ludzi straciło prąd.",
            "pl",
            [("200 tysięcy ludzi", 200000.0, "ludzi", "count", None, "Prawie")],
        ),
        # Turkish: the percent word comes before the number
        (
            "Fiyatlar yüzde 15 arttı.",
            "tr",
            [("yüzde 15", 15.0, "%", "percent", None, None)],
        ),
        (
            "Enflasyon yaklaşık yüzde 10-12 arasında.",
            "tr",
            [("yüzde 10-12", 10.0, "%", "percent", None, "yaklaşık")],
        ),
        (
            "Enflasyon %61,8 oldu.",
            "tr",
            [("%61,8", 61.8, "%", "percent", None, None)],
        ),
        (
            "Hükümet 2,5 milyar lira harcadı.",
            "tr",
            [("2,5 milyar lira", 2.5e9, "TRY", "money", "TRY", None)],
        ),
        (
            "Yaklaşık 5 bin kişi meydanda toplandı.",
            "tr",
            [("5 bin kişi", 5000.0, "kişi", "count", None, "Yaklaşık")],
        ),
    ],
)
def test_figures(text: str, language: str, expected: list[Figure]) -> None:
    assert _figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a date is no figure, a year is no figure, a function word or a verb after a
        # number is no unit
        ("Il vertice si è tenuto il 24 ottobre 2024.", "it"),
        ("Nel 2023 ne sono arrivati 15 di loro.", "it"),
        ("De top vond plaats op 24 oktober 2024.", "nl"),
        ("Szczyt odbył się 24 października 2024 r.", "pl"),
        ("Szczyt odbędzie się 3 listopada.", "pl"),
        ("Sayı 2023'te 15 oldu.", "tr"),
    ],
)
def test_no_figure(text: str, language: str) -> None:
    assert _figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Italian
        ("Il vertice si è tenuto il 24 ottobre 2024.", "it", [("24 ottobre 2024", "2024-10-24")]),
        ("Ieri il ministro ha parlato.", "it", [("Ieri", "2024-10-24")]),
        ("Lo ha detto martedì scorso.", "it", [("martedì scorso", "2024-10-22")]),
        ("La legge è in vigore nel 2023.", "it", [("2023", "2023")]),
        ("Le elezioni si terranno a marzo.", "it", [("marzo", "2025-03")]),
        ("Lo ha annunciato la settimana scorsa.", "it", [("la settimana scorsa", None)]),
        # Dutch
        ("De top vond plaats op 24 oktober 2024.", "nl", [("24 oktober 2024", "2024-10-24")]),
        ("Gisteren zei de minister dat.", "nl", [("Gisteren", "2024-10-24")]),
        ("Het besluit viel op woensdag.", "nl", [("op woensdag", "2024-10-23")]),
        ("Het plan werd in maart gepresenteerd.", "nl", [("maart", "2024-03")]),
        # Polish: a full date takes the genitive, a month alone the locative
        (
            "Szczyt odbył się 24 października 2024 r.",
            "pl",
            [("24 października 2024 r.", "2024-10-24")],
        ),
        ("Szczyt odbędzie się 3 listopada.", "pl", [("3 listopada", "2024-11-03")]),
        ("Wczoraj minister zabrał głos.", "pl", [("Wczoraj", "2024-10-24")]),
        ("Ustawa weszła w życie w maju.", "pl", [("maju", "2024-05")]),
        ("Spotkanie odbyło się w środę.", "pl", [("w środę", "2024-10-23")]),
        # Turkish: suffixes glued behind an apostrophe
        ("Zirve 24 Ekim 2024'te yapıldı.", "tr", [("24 Ekim 2024", "2024-10-24")]),
        ("Yasa 2023'te yürürlüğe girdi.", "tr", [("2023", "2023")]),
        ("Dün bakan konuştu.", "tr", [("Dün", "2024-10-24")]),
        ("Toplantı Kasım'da yapılacak.", "tr", [("Kasım", "2024-11")]),
        ("Bakan geçen hafta konuştu.", "tr", [("geçen hafta", None)]),
    ],
)
def test_dates(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, language) == expected
