"""How figures read in an export: large round amounts in words, each word said once."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.document import Document
from briefing.core.model import BriefInfo, Figure
from briefing.export import export_brief
from briefing.export.content import build_view
from briefing.export.templates import load_template
from briefing.export.text import format_number


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (6_500_000_000, "en", "6.5 billion"),
        (6_500_000_000, "id", "6,5 miliar"),
        (5e12, "id", "5 triliun"),
        (1_000_000, "en", "1 million"),
        (-2_500_000, "en", "-2.5 million"),
        (1_500_000, "fr", "1,5 million"),  # French: singular below two
        (2_000_000_000, "fr", "2 milliards"),
        (1_500_000, "es", "1,5 millones"),  # Spanish: plural above one
        (1_000_000, "es", "1 millón"),
        (3_200_000, "ru", "3,2 млн"),
        (7_250_000, "de", "7,25 Mio."),
        # a table must not round what the source said: these keep their digits
        (12_345_678, "en", "12,345,678"),
        (1_234_567_000, "id", "1.234.567.000"),
        (999_999, "en", "999,999"),
        (3000, "id", "3.000"),
        (2.5, "id", "2,5"),
    ],
)
def test_compact_numbers_say_large_round_amounts_in_words(
    value: float, language: str, expected: str
) -> None:
    assert format_number(value, language, compact=True) == expected


def test_numbers_are_not_compact_unless_asked() -> None:
    assert format_number(6_500_000_000, "en") == "6,500,000,000"


def _brief(language: str, *figures: Figure) -> Document:
    return Document(BriefInfo(title="Figures", language=language), (), {"figures": [*figures]})


def _cells(figure: Figure, language: str = "en") -> list[str]:
    view = build_view(_brief(language, figure), load_template("standard"))
    return view.figure_cells(figure)


def test_a_figure_row_does_not_repeat_its_unit_as_what_is_counted() -> None:
    value, unit, what, qualifier, _ = _cells(
        Figure(value=100.0, unit="days", what="days", qualifier="less than", text="100 days")
    )
    assert (value, unit, what, qualifier) == ("100", "days", "", "less than")


def test_a_figure_row_keeps_what_extends_its_unit() -> None:
    value, unit, what, *_ = _cells(
        Figure(value=3000.0, unit="tentara", what="tentara Korea Utara", text="3.000 tentara"),
        "id",
    )
    assert (value, unit, what) == ("3.000", "tentara", "tentara Korea Utara")


def test_a_figure_with_no_value_is_its_text_once() -> None:
    value, unit, what, *_ = _cells(
        Figure(value=None, unit="employees", what="employees", text="thousands of employees")
    )
    assert (value, unit, what) == ("thousands of employees", "", "")


def test_a_money_figure_reads_in_words_in_the_table() -> None:
    value, unit, *_ = _cells(Figure(value=6.5e9, unit="USD", text="$6.5 billion"))
    assert (value, unit) == ("6.5 billion", "USD")


def test_markdown_says_each_figure_as_one_phrase(tmp_path: Path) -> None:
    document = _brief(
        "en",
        Figure(value=100.0, unit="days", what="days", qualifier="less than", text="100 days"),
        Figure(value=6e6, unit="USD", qualifier="almost", text="$6 million"),
        Figure(value=None, unit="employees", what="employees", text="thousands of employees"),
        Figure(value=3000.0, unit="troops", what="North Korean troops", qualifier="at least"),
    )
    markdown = export_brief(document, tmp_path / "b.md").read_text(encoding="utf-8")
    assert "- **less than 100 days**" in markdown
    assert "- **almost 6 million USD**" in markdown
    assert "- **thousands of employees**" in markdown
    assert "- **at least 3,000 North Korean troops**" in markdown
    assert "days days" not in markdown and "employees employees" not in markdown


@pytest.mark.parametrize(
    ("language", "figure", "expected"),
    [
        (
            "fr",
            Figure(value=3e6, unit="voyageurs", text="trois millions de voyageurs"),
            "3 millions de voyageurs",
        ),
        (
            "fr",
            Figure(value=2e6, unit="habitants", text="2 millions d'habitants"),
            "2 millions d’habitants",
        ),
        (
            "es",
            Figure(value=3e6, unit="mascarillas", text="tres millones de mascarillas"),
            "3 millones de mascarillas",
        ),
        ("pt", Figure(value=2e6, unit="doses", text="2 milhões de doses"), "2 milhões de doses"),
        ("fr", Figure(value=5e6, unit="EUR", text="5 millions d'euros"), "5 millions EUR"),
        (
            "fr",
            Figure(
                value=100.0,
                unit="voyageurs",
                qualifier="plus de",
                text="plus d'une centaine de voyageurs",
            ),
            "plus de 100 voyageurs",
        ),
        (
            "en",
            Figure(value=3e6, unit="passengers", text="three million passengers"),
            "3 million passengers",
        ),
    ],
)
def test_a_scale_noun_takes_the_language_s_de_before_what_it_counts(
    tmp_path: Path, language: str, figure: Figure, expected: str
) -> None:
    """French, Spanish and Portuguese say "3 millions de voyageurs": the compact number's
    scale word is a noun; a currency code or a plain number follows bare."""
    markdown = export_brief(_brief(language, figure), tmp_path / "b.md").read_text(encoding="utf-8")
    assert f"- **{expected}**" in markdown
