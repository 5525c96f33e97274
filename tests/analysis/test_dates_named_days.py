"""A weekday inside the name of a day (``Black Friday``, ``Cyber Monday``, ``Super
Tuesday``) is no date of its own, though a year after the name is; a year before an
event noun (``the 2016 election``) is a date even after ``the``. The sentences are our
own."""

from __future__ import annotations

from datetime import date

from briefing.analysis.dates import extract_dates
from tests.analysis.helpers import article_from_text


def dates(text: str) -> list[tuple[str, str | None]]:
    article = article_from_text(text, "en", published=date(2024, 10, 25))
    return [(d.text, d.value) for d in extract_dates(article)]


def test_a_weekday_inside_a_named_day_is_no_date() -> None:
    text = (
        "Shops expect crowds on Black Friday and Cyber Monday, and voters go out on Super Tuesday."
    )
    assert dates(text) == []


def test_a_year_after_a_named_day_is_a_date() -> None:
    assert dates("Black Friday 2023 deals on kettles were modest.") == [("2023", "2023")]


def test_a_plain_weekday_is_still_a_date() -> None:
    assert dates("The store reopens on Friday after the Black Friday rush.") == [
        ("Friday", "2024-10-25")
    ]


def test_a_year_before_an_event_noun_is_a_date() -> None:
    text = "She lost the 2016 election and sat out the 2020 campaign."
    assert dates(text) == [("2016", "2016"), ("2020", "2020")]


def test_a_year_after_the_before_a_count_is_still_no_date() -> None:
    assert dates("The 2000 troops left the valley.") == []
