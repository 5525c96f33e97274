"""The Reader: select and add, jump to a passage, drag payload — also after emoji."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from briefing.core.model import Fact, Quote
from briefing.core.operations import AddArticle
from briefing.gui.mime import decode_selection
from tests.gui.conftest import make_article

EMOJI_TEXT = (
    "Crowds cheered 🎉🎉 outside the 🏛️ ministry on Monday.\n\n"
    "“We won this together 💪,” said union leader Maria Lopez.\n\n"
    "Talks 🤝 resume next week, the ministry said in a statement 📄.\n"
)


def add_article(window, text: str = EMOJI_TEXT, title: str = "Emoji strike"):  # type: ignore[no-untyped-def]
    article = make_article(text, title)
    window.session.apply(AddArticle(article))
    window.select_article(article.id)
    assert window.reader.article is not None and window.reader.article.id == article.id
    return article


def select_in_reader(window, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Select ``needle`` the way Qt sees the text (UTF-16 positions from QTextDocument)."""
    cursor = window.reader.text.document().find(needle)
    assert not cursor.isNull(), needle
    window.reader.text.setTextCursor(cursor)


def test_selection_after_emoji_maps_to_code_points(window):  # type: ignore[no-untyped-def]
    article = add_article(window)
    select_in_reader(window, "Maria Lopez")
    ref = window.reader.selection_ref()
    assert ref is not None
    assert article.text[ref.start : ref.end] == "Maria Lopez"
    # Qt counts the emoji before it twice; the core does not.
    qt_start = window.reader.text.textCursor().selectionStart()
    assert qt_start > ref.start


def test_select_and_add_as_quote(window):  # type: ignore[no-untyped-def]
    article = add_article(window)
    select_in_reader(window, "“We won this together 💪,”")
    assert window.main_actions.add_as["quote"].isEnabled()
    window.main_actions.add_as["quote"].trigger()
    quotes = [i for i in window.session.document.items("situation") if isinstance(i, Quote)]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text.startswith("We won this together 💪")
    [citation] = quote.citations
    assert citation.article_id == article.id
    assert citation.matches(article)
    assert "We won this together 💪" in citation.quoted
    # one undo step takes it out again
    window.session.undo_stack.undo()
    assert not window.session.document.items("situation")


def test_add_as_fact_from_context_actions_and_keyboard_shortcut(window, qtbot):  # type: ignore[no-untyped-def]
    add_article(window)
    select_in_reader(window, "Talks 🤝 resume next week")
    action = window.main_actions.add_as["fact"]
    assert action.shortcut().toString() == "Ctrl+1"
    assert action in window.reader.text._context_actions
    action.trigger()
    [fact] = window.session.document.items("situation")
    assert isinstance(fact, Fact)
    assert fact.text == "Talks 🤝 resume next week"


def test_add_without_selection_does_nothing(window):  # type: ignore[no-untyped-def]
    add_article(window)
    assert not window.main_actions.add_as["fact"].isEnabled()
    assert window.add_selection_as("fact") is False
    assert not any(True for _ in window.session.document.all_items())


def test_jump_to_source_after_emoji(window):  # type: ignore[no-untyped-def]
    article = add_article(window)
    other = make_article("A second article 🛰️ about satellites.", "Other")
    window.session.apply(AddArticle(other))
    window.select_article(other.id)
    start = article.text.index("statement")
    end = start + len("statement 📄")
    assert window.show_passage(article.id, start, end)
    assert window.reader.article.id == article.id  # switched articles
    assert window.reader.text.textCursor().selectedText() == "statement 📄"
    assert window.reader.passage() == (start, end)


def test_jump_to_missing_article_is_refused(window):  # type: ignore[no-untyped-def]
    assert window.show_passage("no-such-article", 0, 1) is False


def test_drag_payload_carries_code_point_span(window):  # type: ignore[no-untyped-def]
    article = add_article(window)
    select_in_reader(window, "union leader")
    mime = window.reader.text.createMimeDataFromSelection()
    ref = decode_selection(mime)
    assert ref is not None
    assert ref.article_id == article.id
    assert article.text[ref.start : ref.end] == "union leader"
    assert mime.text() == "union leader"


def test_highlight_kinds_toggle(window):  # type: ignore[no-untyped-def]
    from briefing.gui.pipeline import SuggestionEntry

    article = add_article(window)
    start = article.text.index("Maria Lopez")
    entry = SuggestionEntry("actor", "Maria Lopez", "person", start, start + 11, None)
    window.reader.set_suggestions(article.id, [entry])
    assert window.reader.highlighted_spans("actor") == [(start, start + 11)]
    assert len(window.reader.text.extraSelections()) == 1
    window.reader.kind_boxes["actor"].setChecked(False)
    assert window.reader.highlighted_spans("actor") == []
    assert window.reader.text.extraSelections() == []
    assert "actor" in window.settings.get(
        __import__("briefing.gui.settings", fromlist=["x"]).HIDDEN_HIGHLIGHTS
    )


def test_heading_paragraphs_are_bold(window):  # type: ignore[no-untyped-def]
    from briefing.core.model import Paragraph

    text = "Intro line.\n\nA Heading\n\nBody text."
    article = make_article(text, "Headings")
    article = type(article)(
        **{
            **{f: getattr(article, f) for f in article.__dataclass_fields__},
            "paragraphs": (
                Paragraph(0, 11, "body"),
                Paragraph(13, 22, "heading"),
                Paragraph(24, 34, "body"),
            ),
        }
    )
    window.session.apply(AddArticle(article))
    window.select_article(article.id)
    cursor = QTextCursor(window.reader.text.document())
    cursor.setPosition(15)
    assert cursor.charFormat().fontWeight() > 500
    cursor.setPosition(27)
    assert cursor.charFormat().fontWeight() <= 500


def test_a_long_document_highlights_what_is_in_view(qtbot, window):  # type: ignore[no-untyped-def]
    from briefing.gui.pipeline import SuggestionEntry
    from briefing.gui.reader import ALL_HIGHLIGHTS_UP_TO

    line = "Paragraf {n}: 😀 Maria Lopez berbicara di depan warga desa yang menunggu.\n\n"
    text = "".join(line.format(n=n) for n in range(1500))
    article = add_article(window, text, "Laporan panjang")
    entries = []
    for match in __import__("re").finditer("Maria Lopez", text):
        entries.append(
            SuggestionEntry("actor", "Maria Lopez", "", match.start(), match.end(), None)
        )
    assert len(entries) > ALL_HIGHLIGHTS_UP_TO
    reader = window.reader
    reader.set_suggestions(article.id, entries)
    assert reader.highlighted_spans("actor") == [(e.start, e.end) for e in entries]
    shown = reader.text.extraSelections()
    assert 0 < len(shown) < len(entries)  # only those near the top of the text

    def highlighted(entry: SuggestionEntry) -> bool:
        want = reader.text.positions.span_to_utf16(entry.start, entry.end)
        spans = [
            (s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in reader.text.extraSelections()
        ]
        return want in spans

    assert highlighted(entries[0]) and not highlighted(entries[-1])
    bar = reader.text.verticalScrollBar()
    bar.setValue(bar.maximum())  # the end of the document comes into view
    assert highlighted(entries[-1]) and not highlighted(entries[0])
    # the shown passage is part of the highlights wherever it is
    reader.show_passage(entries[0].start, entries[0].end)
    assert highlighted(entries[0])


def test_switching_from_a_long_highlighted_document_leaves_its_highlights(window):  # type: ignore[no-untyped-def]
    from briefing.gui.pipeline import SuggestionEntry

    text = "".join(f"Paragraf {n}: Maria Lopez menunggu di desa.\n\n" for n in range(600))
    long_article = add_article(window, text, "Laporan panjang")
    spans = [m.start() for m in __import__("re").finditer("Maria Lopez", text)]
    window.reader.set_suggestions(
        long_article.id,
        [SuggestionEntry("actor", "Maria Lopez", "", s, s + 11, None) for s in spans],
    )
    add_article(window)  # a short article: Qt warnings (positions out of range) fail the test
    assert window.reader.text.extraSelections() == []


def test_blank_lines_become_small_gaps(window):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextBlockFormat

    fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value

    def gaps(text: str) -> tuple[list[bool], list[bool]]:
        """Which blocks are gaps, and which are blank in Qt's own block texts."""
        add_article(window, text, "Gaps")
        block, found, blank = window.reader.text.document().begin(), [], []
        while block.isValid():
            found.append(block.blockFormat().lineHeightType() == fixed)
            blank.append(not block.text().strip())
            block = block.next()
        return found, blank

    # one "\n" per block: blank and blank-looking lines are gaps, text lines are not
    found, blank = gaps("Satu 😀 dua.\n\n \t\nTiga.\n")
    assert found == blank == [False, True, True, False, True]
    # other characters may end a block too (a paragraph separator): each block is checked
    found, blank = gaps("Satu.\n\nDua.\u2029\u2029Tiga.\n")
    assert found == blank and found.count(True) >= 2


def _ink_bands(image, background) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Rows of text drawn on ``image`` (runs of rows with a pixel unlike the background)
    and the rightmost inked column."""
    bands, inked_before, right = 0, False, -1
    for y in range(image.height()):
        inked = False
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) != background:
                inked = True
                right = max(right, x)
        if inked and not inked_before:
            bands += 1
        inked_before = inked
    return bands, right


def test_empty_reader_hint_wraps_inside_a_narrow_pane(window, qtbot):  # type: ignore[no-untyped-def]
    """With no article the Reader says how to bring one in, wrapped to the pane's width
    (Qt's own placeholder draws one line, cut at the edge)."""
    text = window.reader.text
    assert window.reader.article is None
    assert "Drop articles here" in text.hint
    window.main_splitter.setSizes([600, 320, 600])
    qtbot.waitUntil(lambda: text.viewport().width() <= 340)
    viewport = text.viewport()
    # the hint lies over the viewport (a child of the text edit): grab both, inside the frame
    area = text.contentsRect()
    image = text.grab(area).toImage()
    background = image.pixelColor(1, 1)
    bands, right = _ink_bands(image, background)
    assert bands >= 5  # three lines of hint, each wrapped at least once more
    assert 0 < right < viewport.width() - 10
