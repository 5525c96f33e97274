"""Suggestions: accept into the brief, accept all of a kind as one undo step, reject, filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.model import Figure, Quote
from briefing.core.operations import AddArticle
from briefing.gui import pipeline


@pytest.fixture
def seeded(qtbot, window, seed_article_path: Path):  # type: ignore[no-untyped-def]
    """The window with the seed article imported and its analysis shown."""
    article = pipeline.import_file(seed_article_path)
    with qtbot.waitSignal(window.analysis.analysis_ready, timeout=60000):
        window.session.apply(AddArticle(article))
        window.select_article(article.id)
    assert window.suggestions.model.article_id == article.id
    return window, article


def test_accept_a_suggested_quote(seeded):  # type: ignore[no-untyped-def]
    window, article = seeded
    panel = window.suggestions
    kirby = next(e for e in panel.model.entries("quote") if "Kirby" in e.detail)
    panel.select_entry(kirby)
    # the evidence shows the passage and the Reader highlights it
    assert "Kirby" in panel.evidence.text()
    assert window.reader.passage() == (kirby.start, kirby.end)
    assert panel.accept_action.isEnabled()
    panel.accept_action.trigger()
    [item] = window.session.document.items("situation")
    assert isinstance(item, Quote)
    assert "Kirby" in item.speaker
    assert item.citations[0].article_id == article.id
    assert item.citations[0].matches(article)
    assert panel.model.is_accepted(kirby)
    # accepting again adds nothing
    assert panel.accept([kirby]) == 0
    window.session.undo_stack.undo()
    assert not panel.model.is_accepted(kirby)


def test_accept_all_figures_is_one_undo_step(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    figures = panel.model.entries("figure")
    assert figures
    panel.select_entry(figures[0])
    before = window.session.undo_stack.count()
    added = panel.accept_current_kind()
    assert added == len(figures)
    items = window.session.document.items("figures")
    assert all(isinstance(i, Figure) for i in items)
    # the same value and unit reported twice is one row citing both passages
    distinct = {(e.payload.value, e.payload.unit) for e in figures}
    assert len(items) == len(distinct) < len(figures)
    assert sum(len(i.citations) for i in items) == len(figures)
    assert window.session.undo_stack.count() == before + 1
    assert "figures" in window.session.undo_stack.undoText().lower()
    window.session.undo_stack.undo()
    assert not window.session.document.items("figures")


def test_reject_and_filter(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    quote = panel.model.entries("quote")[0]
    panel.select_entry(quote)
    panel.reject_action.trigger()
    assert panel.model.is_rejected(quote)
    panel.proxy.set_hide_rejected(True)
    assert not panel.proxy.mapFromSource(panel.model.index_of(quote)).isValid()
    panel.proxy.set_hide_rejected(False)
    # rejected suggestions are left out of "accept all"
    panel.select_entry(quote)
    added = panel.accept_current_kind()
    assert added == len(panel.model.entries("quote")) - 1
    # the text filter keeps only matching rows (and their kind rows)
    panel.filter_edit.setText("Austin")
    visible = [
        panel.proxy.index(r, 0, panel.proxy.index(g, 0))
        for g in range(panel.proxy.rowCount())
        for r in range(panel.proxy.rowCount(panel.proxy.index(g, 0)))
    ]
    assert visible
    for index in visible:
        entry = panel.model.entry_at(panel.proxy.mapToSource(index))
        assert "austin" in (entry.label + entry.detail).lower()


def test_kind_filter_shows_one_group(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("figure"))
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data().startswith("Figures")


def test_keyboard_enter_accepts(qtbot, seeded):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window, _article = seeded
    panel = window.suggestions
    figure = panel.model.entries("figure")[0]
    panel.select_entry(figure)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert panel.model.is_accepted(figure)
    assert window.session.document.items("figures")
