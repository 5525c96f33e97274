"""The reading side with the brief editor: jump to an item's source, drag a selection in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from briefing.core.model import Outlook, Quote
from briefing.core.operations import AddArticle
from tests.gui.conftest import make_article
from tests.gui.test_reader import EMOJI_TEXT, select_in_reader


def test_show_source_of_a_brief_item_jumps_in_the_reader(window):  # type: ignore[no-untyped-def]
    article = make_article(EMOJI_TEXT, "Emoji strike")
    other = make_article("Another 🛰️ article entirely.", "Other")
    window.session.apply(AddArticle(article))
    window.session.apply(AddArticle(other))
    window.select_article(article.id)
    select_in_reader(window, "“We won this together 💪,”")
    assert window.add_selection_as("quote")
    [quote] = window.session.document.items("situation")
    assert isinstance(quote, Quote)
    window.select_article(other.id)  # the reader shows something else now
    editor = window.brief
    assert hasattr(editor, "passage_requested"), "the brief editor is wired in"
    editor.select_item(quote.id)
    editor.show_source_action.trigger()
    citation = quote.citations[0]
    assert window.reader.article.id == article.id
    assert window.reader.passage() == (citation.start, citation.end)
    assert window.reader.text.textCursor().selectedText() == citation.quoted


def test_drag_reader_selection_onto_a_section(window):  # type: ignore[no-untyped-def]
    article = make_article(EMOJI_TEXT, "Emoji strike")
    window.session.apply(AddArticle(article))
    window.select_article(article.id)
    select_in_reader(window, "Talks 🤝 resume next week")
    mime = window.reader.text.createMimeDataFromSelection()
    model = window.brief.model
    outlook = model.section_index("outlook")
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, outlook)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, outlook)
    [item] = window.session.document.items("outlook")
    assert isinstance(item, Outlook)
    assert item.statement == "Talks 🤝 resume next week"
    assert item.citations[0].matches(article)
