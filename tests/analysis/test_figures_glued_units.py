"""A unit touching its number (``64GB``, ``4km``) or joined to it by a hyphen
(``3.0-liter``, ``250-horsepower``) makes a figure of it, from the numbers table's
``glued_units``; a count of time so joined (``a 10-day truce``) and a code name
(``F-16``, ``COVID-19``) still do not, nor does a size that is part of a product's
name (``the 14-inch ZenBook Pro``). The sentences are our own."""

from __future__ import annotations

from briefing.analysis.figures import find_figures


def figures(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.qualifier) for f in find_figures(text, "en")]


def test_a_unit_glued_to_its_number_is_a_figure() -> None:
    text = "The tablet has 64GB of storage, a 48MP camera and a range of up to 5km."
    assert figures(text) == [
        ("64GB", 64.0, "GB", None),
        ("48MP", 48.0, "MP", None),
        ("5km", 5.0, "km", "up to"),
    ]


def test_a_unit_joined_by_a_hyphen_is_a_figure() -> None:
    text = "The sedan gets a 3.0-liter engine, a 250-horsepower motor and a 12.3-inch screen."
    assert figures(text) == [
        ("3.0-liter", 3.0, "liter", None),
        ("250-horsepower", 250.0, "horsepower", None),
        ("12.3-inch", 12.3, "inch", None),
    ]


def test_time_and_code_names_joined_by_a_hyphen_are_still_no_figures() -> None:
    assert figures("After a 10-day truce the F-16 jets and COVID-19 cases returned.") == []


def test_a_size_that_is_part_of_a_product_name_is_no_figure() -> None:
    text = "Reviewers liked the 14-inch ZenBook Pro and its 13.3-inch screen."
    assert figures(text) == [("13.3-inch", 13.3, "inch", None)]
