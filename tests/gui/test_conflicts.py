"""Sources that disagree: a figure of one article against another's, in the panel."""

from __future__ import annotations

from pathlib import Path

from briefing.core.model import Fact
from briefing.core.operations import AddArticle, Batch, RemoveArticle
from briefing.gui import pipeline

ENGLISH = (
    "Troops cross into Russia\n\n"
    "Officials in Seoul said on Friday that about 12,000 troops had been moved to "
    "eastern Russia since early October, far more than earlier estimates.\n\n"
    "The ministry said the soldiers were training near the Pacific coast.\n"
)


def _wait_analysed(qtbot, window, article_id: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.analysis.entries(article_id) is not None, timeout=60000)


def test_a_figure_another_source_contradicts_is_a_conflict_to_accept(  # type: ignore[no-untyped-def]
    qtbot, window, seed_article_path: Path, tmp_path: Path
):
    seed = pipeline.import_file(seed_article_path)
    window.session.apply(AddArticle(seed))
    window.select_article(seed.id)
    _wait_analysed(qtbot, window, seed.id)
    panel = window.suggestions

    english = tmp_path / "seoul.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    window.import_paths([english])
    qtbot.waitUntil(lambda: len(window.session.document.articles) == 2, timeout=60000)
    other = next(a for a in window.session.document.articles if a.id != seed.id)
    _wait_analysed(qtbot, window, other.id)
    qtbot.waitUntil(lambda: panel.model.article_id == other.id, timeout=10000)
    qtbot.waitUntil(lambda: bool(panel.model.entries("conflict")), timeout=10000)
    on_english = panel.model.entries("conflict")
    assert all(e.label.startswith("12,000 troops ≠ ") for e in on_english)
    assert {e.label.split(" ≠ ")[1] for e in on_english} >= {"3.000 tentara", "10.000 tentara"}
    assert all("Konteks" in e.detail for e in on_english)  # names the other source

    window.select_article(seed.id)
    qtbot.waitUntil(lambda: bool(panel.model.entries("conflict")), timeout=10000)
    conflicts = panel.model.entries("conflict")
    ten_thousand = next(e for e in conflicts if e.label.startswith("10.000 tentara"))
    assert seed.text[ten_thousand.start : ten_thousand.end] == "10.000 tentara"
    panel.select_entry(ten_thousand)
    assert window.reader.passage() == (ten_thousand.start, ten_thousand.end)
    assert panel.accept([ten_thousand]) == 1
    [fact] = window.session.document.items("situation")
    assert isinstance(fact, Fact)
    assert fact.text.startswith("Sources differ on ")
    assert "10.000 tentara (Konteks)" in fact.text and "12,000 troops" in fact.text
    assert {c.article_id for c in fact.citations} == {seed.id, other.id}
    assert panel.model.is_accepted(ten_thousand)
    three_thousand = next(e for e in conflicts if e.label.startswith("3.000 tentara"))
    assert not panel.model.is_accepted(three_thousand)  # the fact cites 10.000, not 3.000

    # the other source removed (inside a batch, as undoing a multi-file import does)
    window.session.apply(Batch((RemoveArticle(other.id),), "Remove"))
    qtbot.waitUntil(lambda: panel.model.entries("conflict") == [], timeout=10000)
    assert panel.model.entries("quote")  # the article's own suggestions stay


def test_conflicts_name_each_other_source_and_never_compare_an_article_with_itself() -> None:
    from briefing.analysis.suggestions import FigureSuggestion
    from tests.gui.conftest import make_article

    def troops(value: float, text: str) -> FigureSuggestion:
        return FigureSuggestion(
            text=text,
            start=0,
            end=len(text),
            value=value,
            unit="troops",
            qualifier=None,
            kind="count",
            currency=None,
            value_max=None,
            what="troops",
        )

    here = make_article("3,000 troops and later 9,000 troops arrived.", "Here")
    twin_a = make_article("10,000 troops arrived.", "Twin A", publisher="Wire A")
    twin_b = make_article("10,000 troops arrived.", "Twin B", publisher="Wire B")
    figures = {
        here.id: [troops(3000, "3,000 troops"), troops(9000, "9,000 troops")],
        twin_a.id: [troops(10000, "10,000 troops")],
        twin_b.id: [troops(10000, "10,000 troops")],
    }
    alone = pipeline.conflict_entries(here, [here], {here.id: figures[here.id]})
    assert alone == []  # 3,000 vs 9,000 inside one article is no conflict between sources
    entries = pipeline.conflict_entries(here, [here, twin_a, twin_b], figures)
    assert len(entries) == 4  # each of the 2 figures against each of the 2 sources
    assert len({e.key for e in entries}) == 4  # same text, other source: other entry
    assert {e.detail for e in entries} == {"Wire A", "Wire B"}
