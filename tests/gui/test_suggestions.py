"""Suggestions: accept into the brief, accept all of a kind as one undo step, reject, filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.model import Figure, Outlook, Quote
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


def test_accept_an_outlook_suggestion_into_the_outlook_section(seeded):  # type: ignore[no-untyped-def]
    window, article = seeded
    panel = window.suggestions
    ahead = panel.model.entries("outlook")
    assert ahead and "akan bergabung dengan Rusia" in ahead[0].label
    assert "kemungkinan" in ahead[0].detail  # the evidence: the words that look ahead
    panel.select_entry(ahead[0])
    assert window.reader.passage() == (ahead[0].start, ahead[0].end)
    panel.accept_action.trigger()
    [item] = window.session.document.items("outlook")
    assert isinstance(item, Outlook) and item.citations[0].matches(article)
    assert panel.model.is_accepted(ahead[0])
    assert window.reader.highlighted_spans("outlook")


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
    # "Setidaknya 3.000 tentara (Korea Utara)" and Kirby's "setidaknya 3.000 tentara" are
    # not merged: the second says less, and nothing proves it is the same report
    assert len(items) == len(figures) and all(isinstance(i, Figure) for i in items)
    assert window.session.undo_stack.count() == before + 1
    assert "figures" in window.session.undo_stack.undoText().lower()
    window.session.undo_stack.undo()
    assert not window.session.document.items("figures")


def test_accept_all_takes_only_what_the_filter_shows(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    quotes = panel.model.entries("quote")
    austin = [e for e in quotes if "Austin" in e.detail]
    assert austin and len(austin) < len(quotes)
    panel.filter_edit.setText("Austin")
    panel.select_entry(austin[0])
    assert panel.accept_current_kind() == len(austin)
    speakers = [i.speaker for i in window.session.document.items("situation")]
    assert speakers and all("Austin" in s for s in speakers), speakers


def test_a_filter_counts_what_it_shows_and_opens_folded_kinds(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    proxy = panel.proxy

    def group(kind):  # type: ignore[no-untyped-def]
        return proxy.mapFromSource(panel.model.index(pipeline.SUGGESTION_KINDS.index(kind), 0))

    folded = next(iter(pipeline.COLLAPSED_KINDS))
    assert not panel.tree.isExpanded(group(folded))
    total = len(panel.model.entries("quote"))
    austin = [e for e in panel.model.entries("quote") if "Austin" in e.detail]
    panel.filter_edit.setText("Austin")
    assert group("quote").data() == f"Quotes ({len(austin)}/{total})"
    matching = [k for k in pipeline.SUGGESTION_KINDS if group(k).isValid()]
    assert set(matching) & pipeline.COLLAPSED_KINDS  # a folded kind with a match
    assert all(panel.tree.isExpanded(group(k)) for k in matching)
    panel.filter_edit.clear()
    assert group("quote").data() == f"Quotes ({total})"
    assert not panel.tree.isExpanded(group(folded))


def _dismiss(panel, kind: str = "quote", index: int = 0):  # type: ignore[no-untyped-def]
    """Select one suggestion and press Reject (Delete); returns the suggestion."""
    entry = panel.model.entries(kind)[index]
    panel.select_entry(entry)
    panel.reject_action.trigger()
    return entry


def test_reject_and_filter(seeded):  # type: ignore[no-untyped-def]
    window, _article = seeded
    panel = window.suggestions
    quote = _dismiss(panel)
    assert panel.model.is_rejected(quote)
    # the button says what Delete does now: bring the dismissed suggestion back
    assert panel.reject_action.text() == "&Restore"
    panel.hide_dismissed.setChecked(True)
    assert not panel.proxy.mapFromSource(panel.model.index_of(quote)).isValid()
    panel.hide_dismissed.setChecked(False)
    panel.select_entry(panel.model.entries("quote")[1])
    assert panel.reject_action.text() == "&Reject"
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


def test_dismissals_are_kept_in_the_project(qtbot, seeded, tmp_path):  # type: ignore[no-untyped-def]
    from briefing.gui.project_files import create_project

    window, article = seeded
    panel = window.suggestions
    quote = _dismiss(panel, "quote", 1)
    path = window.project_path
    other = tmp_path / "other.brief"
    create_project(other).release()
    assert window.open_project_file(other)
    assert not panel.model.is_rejected(quote)  # another project, its own marks
    with qtbot.waitSignal(window.analysis.analysis_ready, timeout=60000):
        assert window.open_project_file(path)
        window.select_article(article.id)
    again = next(e for e in panel.model.entries("quote") if e.key == quote.key)
    assert panel.model.is_rejected(again)
    panel.select_entry(again)
    panel.reject_action.trigger()  # the toggle takes it back, on disk too
    assert not panel.model.is_rejected(again)
    assert window.session.project.rejections() == {}


def test_dismissing_several_at_once(seeded):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    window, article = seeded
    panel = window.suggestions
    first, second = panel.model.entries("figure")[:2]
    panel.select_entry(first)
    panel.tree.selectionModel().select(
        panel.proxy.mapFromSource(panel.model.index_of(second)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert set(panel.selected_entries()) == {first, second}
    panel.reject_action.trigger()
    assert panel.model.is_rejected(first) and panel.model.is_rejected(second)
    assert window.session.project.rejections() == {article.id: {first.key, second.key}}


def test_undoing_an_article_removal_brings_its_dismissals_back(seeded):  # type: ignore[no-untyped-def]
    from briefing.core.operations import RemoveArticle

    window, article = seeded
    panel = window.suggestions
    quote = _dismiss(panel)
    window.session.apply(RemoveArticle(article.id))
    assert window.session.project.rejections() == {}  # they quote its text: gone with it
    window.session.undo_stack.undo()
    assert window.session.project.rejections() == {article.id: {quote.key}}


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


def test_a_figure_two_sources_report_is_one_row_and_undo_unmarks_it(qtbot, window):  # type: ignore[no-untyped-def]
    from briefing.core.model import LanguageGuess
    from tests.gui.conftest import make_article

    text = (
        "Setidaknya 3.000 tentara Korea Utara tiba di Rusia timur bulan ini, kata pejabat "
        "Korea Selatan kepada wartawan di Seoul."
    )
    first = make_article(text, "Pertama", language=LanguageGuess("id", 0.99))
    second = make_article(text, "Kedua", language=LanguageGuess("id", 0.99))
    panel = window.suggestions
    session = window.session
    for article in (first, second):
        session.apply(AddArticle(article))
    entries = {}
    for article in (first, second):
        window.select_article(article.id)
        qtbot.waitUntil(lambda a=article: panel.model.article_id == a.id, timeout=10000)
        qtbot.waitUntil(lambda: bool(panel.model.entries("figure")), timeout=60000)
        entries[article.id] = panel.model.entries("figure")[0]
        assert entries[article.id].payload.what == "tentara Korea Utara"
        window.brief.tree.setCurrentIndex(window.brief.model.index(0, 0))  # a section
        assert panel.accept([entries[article.id]]) == 1
    [row] = session.document.items("figures")
    assert [c.article_id for c in row.citations] == [first.id, second.id]
    assert window.brief.detail.item_id == row.id  # the row that took the citation is shown
    assert panel.model.is_accepted(entries[second.id])
    session.undo_stack.undo()  # the second source's citation goes; the row stays
    assert [c.article_id for c in session.document.items("figures")[0].citations] == [first.id]
    assert not panel.model.is_accepted(entries[second.id])
    assert panel.accept([entries[second.id]]) == 1  # and it can be accepted again
    assert len(session.document.items("figures")[0].citations) == 2


def test_save_as_keeps_the_panels_marks_and_merging_rows_keeps_them_accepted(seeded, tmp_path):  # type: ignore[no-untyped-def]
    window, article = seeded
    panel = window.suggestions
    quote = panel.model.entries("quote")[-1]
    panel.select_entry(quote)
    panel.reject_action.trigger()
    figures = panel.model.entries("figure")[:2]
    assert panel.accept(figures) == 2
    analyses_before = window.analysis.entries(article.id)
    assert window.save_as(tmp_path / "copy.brief")
    window.select_article(article.id)
    assert window.analysis.entries(article.id) is analyses_before  # not analysed again
    assert panel.model.is_rejected(quote)
    assert all(panel.model.is_accepted(f) for f in figures)
    # the analyst merges the two rows: both suggestions are still in the brief
    editor = window.brief
    rows = window.session.document.items("figures")
    editor.select_item(rows[0].id)
    from PySide6.QtCore import QItemSelectionModel

    editor.tree.selectionModel().select(
        editor.model.index_of_item(rows[1].id),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor.merge_selected()
    assert len(window.session.document.items("figures")) == 1
    assert all(panel.model.is_accepted(f) for f in figures)


def test_dismissing_in_a_read_only_project_says_it_is_not_kept(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from briefing.core.project import Project
    from briefing.gui.pipeline import SuggestionEntry
    from briefing.gui.session import ProjectSession
    from briefing.gui.suggestions_panel import SuggestionsPanel
    from tests.gui.conftest import make_article

    path = tmp_path / "shared.brief"
    article = make_article("Setidaknya 3.000 tentara tiba di Rusia timur.")
    with Project.create(path) as writable:
        writable.apply(AddArticle(article))
    project = Project.open(path, read_only=True)
    session = ProjectSession(project)
    panel = SuggestionsPanel(session)
    qtbot.addWidget(panel)
    kept, restored = (
        SuggestionEntry("figure", "3.000 tentara", "", 11, 24, None),
        SuggestionEntry("actor", "Rusia", "", 33, 38, None),
    )
    panel.model.set_entries(article.id, [kept, restored])
    panel.select_entry(kept)
    with qtbot.waitSignal(panel.message) as said:
        panel.reject_action.trigger()
    assert panel.model.is_rejected(kept)  # for this session
    assert "read-only" in said.args[0] and "this session only" in said.args[0]
    panel.select_entry(restored)
    panel.reject_action.trigger()
    with qtbot.waitSignal(panel.message) as said:
        panel.reject_action.trigger()  # taken back: the message fits that too
    assert not panel.model.is_rejected(restored) and "this session only" in said.args[0]
    assert project.rejections() == {}
    # another project holding the same article does not get this window's marks
    older = tmp_path / "older-copy.brief"
    project.save_as(older)
    session.replace_project(Project.open(older))
    assert session.project.rejections() == {}
    session.project.close()
    session.replace_project(Project.open(path, read_only=True))
    panel.model.set_entries(article.id, [kept, restored])
    panel.select_entry(kept)
    panel.reject_action.trigger()
    # Save As, as the read-only banner suggests: the copy keeps what was dismissed
    copy = tmp_path / "mine.brief"
    session.project.save_as(copy)
    saved = Project.open(copy)
    panel.model.carry_unsaved_to(saved)  # what the window's Save As does
    session.replace_project(saved)
    assert session.project.rejections() == {article.id: {kept.key}}
    panel.model.set_entries(article.id, [kept, restored])
    assert panel.model.is_rejected(kept) and not panel.model.is_rejected(restored)
    project.close()
    session.project.close()


def test_save_as_of_a_read_only_window_keeps_its_dismissals(window, tmp_path):  # type: ignore[no-untyped-def]
    from briefing.core.errors import BriefingError
    from briefing.core.project import Project
    from briefing.gui.pipeline import SuggestionEntry
    from tests.gui.conftest import make_article

    path = tmp_path / "shared.brief"
    article = make_article("Setidaknya 3.000 tentara tiba di Rusia timur.")
    with Project.create(path) as writable:
        writable.apply(AddArticle(article))
    assert window.open_project_file(path, read_only=True)
    model = window.suggestions.model
    kept = SuggestionEntry("figure", "3.000 tentara", "", 11, 24, None)
    model.set_entries(article.id, [kept])
    with pytest.raises(BriefingError):
        model.set_rejected(kept, True)  # the window keeps it for the session
    assert window.save_as(tmp_path / "mine.brief")  # File › Save Project As
    assert not window.session.read_only
    assert window.session.project.rejections() == {article.id: {kept.key}}
