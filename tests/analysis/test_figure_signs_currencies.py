"""Negative figures ("minus 0,09 persen", "−0.5%") and currencies several countries name
alike ("pesos", "shillings"), read from the country the article names."""

from __future__ import annotations

import pytest

from briefing.analysis.figures import find_figures


def _read(text: str, language: str) -> list[tuple[str, float, str | None]]:
    found = find_figures(text, language)
    for f in found:
        assert text[f.start : f.end] == f.text
    return [(f.text, f.value, f.unit) for f in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Inflasi tercatat minus 0,09 persen.", "id", [("minus 0,09 persen", -0.09, "%")]),
        ("Pertumbuhan -1,5 persen.", "id", [("-1,5 persen", -1.5, "%")]),
        ("Output fell −0.5% (-3% a year).", "en", [("−0.5%", -0.5, "%"), ("-3%", -3.0, "%")]),
        ("Инфляция составила минус 1,2%.", "ru", [("минус 1,2%", -1.2, "%")]),
        # a range, a score and a name keep their hyphen
        ("Prices rose 3-5% after a 2-1 win.", "en", [("3-5%", 3.0, "%")]),
        ("Pada 2019-2020 naik 3 persen.", "id", [("3 persen", 3.0, "%")]),
        # a count is never negative: a dash before it is a list's
        ("-3 people were hurt.", "en", [("3 people", 3.0, "people")]),
    ],
)
def test_a_minus_sign_or_word_makes_a_figure_negative(
    text: str, language: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("Manila released 150 million pesos for the Philippines' flood victims.", "en", "PHP"),
        ("Mexico spent 300 million pesos.", "en", "MXN"),
        ("En Argentina, el Banco Central emitió 4.500 millones de pesos.", "es", "ARS"),
        ("México gastó 300 millones de pesos.", "es", "MXN"),
        ("Se pagaron 2 billones de pesos colombianos.", "es", "COP"),
        ("A court in Kenya fined him 48 million shillings.", "en", "KES"),
        ("Uganda's budget adds 90 billion shillings.", "en", "UGX"),
        ("Kazakhstan paid 2 million tenge.", "en", "KZT"),
        ("В Казахстане выплатили 50 тысяч тенге.", "ru", "KZT"),
    ],
)
def test_a_currency_several_countries_use_is_the_named_countrys(
    text: str, language: str, currency: str
) -> None:
    [figure] = find_figures(text, language)
    assert (figure.kind, figure.currency) == ("money", currency)
