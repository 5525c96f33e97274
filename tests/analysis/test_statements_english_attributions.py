"""English reported speech the first rounds missed: an attribution closing the sentence
whose speaker a relative clause or a long appositive describes (``…, said X, who heads
the union``, ``…, said X, a senior fellow at the Birch Institute for Rural Studies``).
The sentences are our own."""

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
