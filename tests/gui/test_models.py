"""Every Qt item model of the reading side passes qtmodeltester, also while it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.core.model import SourceGrade
from briefing.core.operations import AddArticle, Batch, RemoveArticle, SetGrade
from briefing.gui.pipeline import SuggestionEntry
from briefing.gui.sources_model import ARTICLE_ID_ROLE, SourcesModel
from briefing.gui.suggestions_model import STATE_ROLE, SuggestionFilter, SuggestionsModel
from tests.gui.conftest import make_article


def test_sources_model(qtmodeltester, window):  # type: ignore[no-untyped-def]
    session = window.session
    model = SourcesModel(session)
    first = make_article("One 🎉 article.", "First")
    session.apply(AddArticle(first))
    qtmodeltester.check(model)
    second, third = make_article("Two.", "Second"), make_article("Three.", "Third")
    session.apply(Batch((AddArticle(second), AddArticle(third, 0))))
    assert [model.index(r, 0).data() for r in range(3)] == ["Third", "First", "Second"]
    assert model.index(1, 0).data(ARTICLE_ID_ROLE) == first.id
    session.apply(SetGrade(first.id, SourceGrade("B", 2)))
    assert model.index(1, SourcesModel.GRADE).data() == "B2"
    assert "Usually reliable" in model.index(1, SourcesModel.GRADE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    model.set_status(first.id, "Analysing…")
    assert model.index(1, SourcesModel.STATUS).data() == "Analysing…"
    model.set_status(third.id, "3 found")
    session.apply(RemoveArticle(third.id))
    session.undo_stack.undo()
    # the article comes back with the status of its analysis, which is not redone
    assert model.index(0, SourcesModel.STATUS).data() == "3 found"
    session.undo_stack.undo()
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def _entries(text: str) -> list[SuggestionEntry]:
    spans = [(0, 3), (4, 9), (10, 15)]
    kinds = ["quote", "figure", "actor"]
    return [
        SuggestionEntry(kind, text[s:e], "detail", s, e, None)
        for kind, (s, e) in zip(kinds, spans, strict=True)
    ]


def test_suggestions_model(qtmodeltester, window):  # type: ignore[no-untyped-def]
    article = make_article("abc defgh ijklm and more", "S")
    window.session.apply(AddArticle(article))
    model = SuggestionsModel(window.session)
    qtmodeltester.check(model)
    model.set_entries(article.id, _entries(article.text))
    qtmodeltester.check(model)
    quote = model.entries("quote")[0]
    model.set_rejected(quote, True)
    assert model.index_of(quote).data(STATE_ROLE) == "rejected"
    proxy = SuggestionFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("defgh")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1  # only the Figures group keeps a matching child
    model.set_entries(None, [])
    qtmodeltester.check(model)


def test_grading_from_the_sources_menu(window):  # type: ignore[no-untyped-def]
    article = make_article("Graded 🎯 article.", "Graded")
    window.session.apply(AddArticle(article))
    view = window.sources_view
    menu = view.grade_menu(article.id, window)
    reliability, credibility = (a.menu() for a in menu.actions()[:2])
    next(a for a in reliability.actions() if a.text().startswith("B")).trigger()
    assert str(window.session.document.article(article.id).grade) == "B6"
    menu = view.grade_menu(article.id, window)
    credibility = menu.actions()[1].menu()
    next(a for a in credibility.actions() if a.text().startswith("2")).trigger()
    assert str(window.session.document.article(article.id).grade) == "B2"
    assert window.sources_model.index(0, SourcesModel.GRADE).data() == "B2"
    window.session.undo_stack.undo()
    assert str(window.session.document.article(article.id).grade) == "B6"
    view.clear_grade(article.id)
    assert window.session.document.article(article.id).grade is None


def test_reader_header_shows_a_new_grade(window):  # type: ignore[no-untyped-def]
    article = make_article("Header 🎯 article.", "Header")
    window.session.apply(AddArticle(article))
    window.select_article(article.id)
    window.sources_view.set_grade(article.id, "A", 1)
    assert "A1" in window.reader.header.text()
