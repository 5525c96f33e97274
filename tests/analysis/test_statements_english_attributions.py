"""English reported speech the first rounds missed: an attribution closing the sentence
whose speaker a relative clause or a long appositive describes (``…, said X, who heads
the union``, ``…, said X, a senior fellow at the Birch Institute for Rural Studies``),
and verbs of reported speech beyond ``said`` (``say``, ``argue``, ``cautioned``,
``recalled that``, ``projected that``), a subject before an aside (``Economists,
however, argue``); never ``they`` or an article as the speaker. The sentences are our
own."""

from __future__ import annotations

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def statements(text: str) -> list[tuple[str | None, str]]:
    found = analyze(article_from_text(text, "en")).statements
    return [(s.speaker, s.text) for s in found]


def test_a_relative_clause_after_the_closing_speaker() -> None:
    text = (
        "Taxes have also hurt small farms in recent years, said Peter Mallory, who heads "
        "the Farmers Union, a group that lobbies in Ottawa."
    )
    assert statements(text) == [
        ("Peter Mallory", "Taxes have also hurt small farms in recent years")
    ]


def test_a_long_appositive_after_the_closing_speaker() -> None:
    text = (
        "When rates are high enough, lenders will pass on the cost, said Helen Morrow, "
        "a senior fellow at the Birch Institute for Rural Studies."
    )
    assert statements(text) == [
        ("Helen Morrow", "When rates are high enough, lenders will pass on the cost")
    ]


def test_more_verbs_of_reported_speech() -> None:
    text = (
        "Most economists, however, argue that savers are the main victims.\n"
        "Farmers say that it will help them.\n"
        "Helen Morrow cautioned that the trial was small.\n"
        "Peter Mallory recalled that the lab was empty.\n"
        "The Birch Institute projected in May that wages would fall."
    )
    assert statements(text) == [
        ("Most economists", "savers are the main victims"),
        ("Farmers", "it will help them"),
        ("Helen Morrow", "the trial was small"),
        ("Peter Mallory", "the lab was empty"),
        ("The Birch Institute", "wages would fall"),
    ]


def test_a_product_recall_is_no_speech() -> None:
    assert statements("Mallory Motors recalled 20,000 pickups in May.") == []


def test_a_plural_pronoun_or_an_article_is_no_speaker() -> None:
    text = (
        "Helen Morrow says the plant will close. Analysts expect sales to grow. "
        "They say the new cars will sell well. "
        "And an overwhelming 70 percent of Americans say that the offense was wrong."
    )
    assert statements(text) == [("Helen Morrow", "the plant will close")]
