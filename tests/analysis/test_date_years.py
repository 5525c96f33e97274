"""Years alone as dates (``date_years``): after a word that announces a year, before a
year word, or closing a span after another year; not a decade, not the year of a
numbered act, not a count. The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.dates import extract_dates
from briefing.analysis.figures import extract_figures
from tests.analysis.helpers import article_from_text


def years(text: str, language: str) -> list[tuple[str, str | None, bool]]:
    article = article_from_text(text, language)
    return [(d.text, d.value, d.absolute) for d in extract_dates(article) if d.text.isdigit()]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The plant will close by 2031, the company said.", "en", ["2031"]),
        ("Sales fell between 2019 and 2022.", "en", ["2019", "2022"]),
        (
            "Output doubled in 2019–2022 and should double again by mid-2026.",
            "en",
            ["2019", "2022", "2026"],
        ),
        ("Pabrik itu akan ditutup pada tahun 2031.", "id", ["2031"]),
        ("Penjualan naik sejak 2019 hingga 2022.", "id", ["2019", "2022"]),
        ("L'usine fermera d'ici 2031 ; elle tourne depuis 1962.", "fr", ["2031", "1962"]),
        ("Die Anlage läuft seit 1962 und schließt bis 2031.", "de", ["1962", "2031"]),
        ("La planta funciona desde 1962 y cerrará en 2031.", "es", ["1962", "2031"]),
        ("A fábrica funciona desde 1962 e fecha em 2031.", "pt", ["1962", "2031"]),
        ("В 2025 году план изменится.", "ru", ["2025"]),
        ("Завод закроют к 2031 году.", "ru", ["2031"]),
    ],
)
def test_a_year_alone_is_a_date(text: str, language: str, expected: list[str]) -> None:
    assert years(text, language) == [(y, y, True) for y in expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Aturan itu berdasarkan PP Nomor 28 Tahun 2006.", "id"),
        ("Musik era 1970an dan tahun 1980-an kembali populer.", "id"),
        ("Growth returned in the early 2020s, as in the 1990's.", "en"),
        ("The 2000 troops left the base.", "en"),
        ("Sebanyak 2000 tentara tiba di perbatasan.", "id"),
    ],
)
def test_no_year_date(text: str, language: str) -> None:
    assert years(text, language) == []


def test_a_year_in_a_longer_date_is_that_date_s() -> None:
    article = article_from_text("Rapat digelar Kamis 24 Oktober 2024 di Jakarta.", "id")
    assert [(d.text, d.value) for d in extract_dates(article)] == [
        ("Kamis 24 Oktober 2024", "2024-10-24")
    ]


def test_a_year_date_is_no_figure_and_the_count_after_it_is() -> None:
    article = article_from_text("In 2024, 3,000 troops arrived.", "en")
    assert [d.text for d in extract_dates(article)] == ["2024"]
    assert [f.value for f in extract_figures(article)] == [3000]


def test_a_count_after_a_date_only_opener_stays_a_figure() -> None:
    article = article_from_text("Le billet coûte 3000 euros pour 3000 spectateurs.", "fr")
    assert [d.text for d in extract_dates(article)] == []
    assert sorted(f.value for f in extract_figures(article)) == [3000, 3000]
