"""A number that ends a product's name is no count: after a brand's camel-case name
(``iPhone 7 refurbs``, ``iPad 9``) or after initials when the name goes on (``the LC 500
Convertible looks``). The sentences are our own."""

from __future__ import annotations

from briefing.analysis.figures import find_figures


def figures(text: str) -> list[str]:
    return [f.text for f in find_figures(text, "en")]


def test_a_small_number_after_a_camel_case_name_is_no_count() -> None:
    assert figures("The shop sells iPhone 7 refurbs, and the iPad 9 wasn't cheap either.") == []


def test_a_number_after_initials_before_a_name_word_is_no_count() -> None:
    assert figures("Critics say the RX 450 Hybrid looks dated.") == []


def test_a_count_after_a_name_is_still_a_count() -> None:
    assert figures("In Gaza 300 people were hurt.") == ["300 people"]
