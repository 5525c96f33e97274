"""Dates counted from the article's own: "two months ago", "il y a trois semaines"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.date_elapsed import find_elapsed
from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text
from tests.analysis.test_dates import THURSDAY, dates


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("The plant closed two months ago.", "en", ("two months ago", "2024-08")),
        ("It was founded 2 years ago.", "en", ("2 years ago", "2022")),
        ("She left five days ago.", "en", ("five days ago", "2024-10-19")),
        ("A year ago the talks failed.", "en", ("A year ago", "2023")),
        ("Twelve months ago the talks failed.", "en", ("Twelve months ago", "2023-10")),
        ("La société a été fondée il y a deux mois.", "fr", ("il y a deux mois", "2024-08")),
        ("Il y a un an, rien.", "fr", ("Il y a un an", "2023")),
        ("Le vote aura lieu dans trois jours.", "fr", ("dans trois jours", "2024-10-27")),
        ("Los precios subieron hace diez días.", "es", ("hace diez días", "2024-10-14")),
        ("Habrá elecciones dentro de dos meses.", "es", ("dentro de dos meses", "2024-12")),
        ("Os preços subiram há um ano.", "pt", ("há um ano", "2023")),
        ("Isso aconteceu dois meses atrás.", "pt", ("dois meses atrás", "2024-08")),
        ("Das begann vor zwei Jahren.", "de", ("vor zwei Jahren", "2022")),
        ("Vor einem Monat kam er zurück.", "de", ("Vor einem Monat", "2024-09")),
        ("Это случилось два месяца назад.", "ru", ("два месяца назад", "2024-08")),
        ("Год назад всё было иначе.", "ru", ("Год назад", "2023")),
        ("Это было пять лет тому назад.", "ru", ("пять лет тому назад", "2019")),
        ("Harga naik dua bulan lalu.", "id", ("dua bulan lalu", "2024-08")),
        ("Ia pindah setahun lalu.", "id", ("setahun lalu", "2023")),
        ("Kasus itu terjadi tiga tahun silam.", "id", ("tiga tahun silam", "2021")),
        (
            "Rumah itu dibangun dua puluh tahun yang lalu.",
            "id",
            ("dua puluh tahun yang lalu", "2004"),
        ),
        ("Harga naik dua bulan lepas.", "ms", ("dua bulan lepas", "2024-08")),
        # a count of weeks counts their days ("last week" alone names no day: see test_dates)
        ("It happened three weeks ago.", "en", ("three weeks ago", "2024-10-03")),
        ("Los precios subieron hace tres semanas.", "es", ("hace tres semanas", "2024-10-03")),
        ("Завод закрыли неделю назад.", "ru", ("неделю назад", "2024-10-17")),
    ],
)
def test_a_count_of_units_back_or_ahead_resolves(
    text: str, language: str, found: tuple[str, str]
) -> None:
    assert [(d.text, d.value) for d in dates(text, language, THURSDAY)] == [found]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("Several years ago it was different.", "en", "Several years ago"),
        ("It started a couple of weeks ago.", "en", "a couple of weeks ago"),
        ("About 30 years ago it was different.", "en", "About 30 years ago"),
        ("The firm was set up more than 20 years ago.", "en", "more than 20 years ago"),
        ("Kejadian itu beberapa tahun lalu.", "id", "beberapa tahun lalu"),
        ("Kejadian itu sekitar 30 tahun lalu.", "id", "sekitar 30 tahun lalu"),
        ("Il y a quelques mois, rien.", "fr", "Il y a quelques mois"),
        ("Это было много лет назад.", "ru", "много лет назад"),
    ],
)
def test_a_vague_or_hedged_count_is_a_date_of_no_value(text: str, language: str, span: str) -> None:
    """Several years ago is no single year, and "beberapa tahun lalu" is not last year."""
    assert [(d.text, d.value) for d in dates(text, language, THURSDAY)] == [(span, None)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The deal was agreed half a year ago.", "en"),  # a fraction is no count of one
        ("They met in Chicago ago.", "en"),
        ("Er stand vor dem Tor.", "de"),
        ("Vor Tagen war es still.", "de"),  # no count
        ("Через два дня после выборов всё изменилось.", "ru"),  # counted from the election
    ],
)
def test_no_counted_date_without_a_whole_count_from_the_article(text: str, language: str) -> None:
    assert find_elapsed(text, language) == []


def test_a_count_is_not_read_into_a_relative_phrase_of_this_period() -> None:
    """In "berusia 25 tahun ini" the 25 is an age; "2017 kemarin" is yesterday."""
    assert [d.text for d in dates("Pemain berusia 25 tahun ini bersinar.", "id", THURSDAY)] == [
        "tahun ini"
    ]
    assert [(d.text, d.value) for d in dates("Acara 2017 kemarin ramai.", "id", THURSDAY)] == [
        ("kemarin", "2024-10-23")
    ]


def test_the_years_of_a_counted_date_are_no_figure() -> None:
    article = article_from_text(
        "The museum opened 18 years ago. Police arrested 18 people.",
        "en",
        published=date(2024, 10, 24),
    )
    result = analyze(article)
    assert [(d.text, d.value) for d in result.dates] == [("18 years ago", "2006")]
    assert [(f.value, f.unit) for f in result.figures] == [(18.0, "people")]
