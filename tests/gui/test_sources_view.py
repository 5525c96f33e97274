"""The Sources table in a narrow pane: the title stays readable, the rest folds away."""

from __future__ import annotations

from briefing.core.operations import AddArticle
from briefing.gui.sources_model import SourcesModel
from briefing.gui.sources_view import FOLDING_COLUMNS, MIN_TITLE_WIDTH
from tests.gui.conftest import make_article


def test_narrow_pane_folds_publisher_date_grade_and_wide_pane_shows_them(qtbot, window):  # type: ignore[no-untyped-def]
    article = make_article("The council approved the bridge budget on Monday.", "Bridge budget")
    window.session.apply(AddArticle(article))
    view = window.sources_view
    header = view.table.horizontalHeader()

    def hidden() -> list[int]:
        return [c for c in FOLDING_COLUMNS if header.isSectionHidden(c)]

    window.resize(2200, 960)  # room for every pane at its minimum
    window.main_splitter.setSizes([800, 800, 600])
    qtbot.waitUntil(lambda: hidden() == [], timeout=5000)
    window.main_splitter.setSizes([300, 1300, 600])
    qtbot.waitUntil(lambda: SourcesModel.PUBLISHER in hidden(), timeout=5000)
    assert hidden()[0] == SourcesModel.PUBLISHER  # the first to go
    assert header.sectionSize(SourcesModel.TITLE) >= MIN_TITLE_WIDTH - 1
    assert not header.isSectionHidden(SourcesModel.STATUS)  # import/analysis feedback stays
    tip = view.model.data(view.model.index(0, SourcesModel.TITLE), role=3)  # ToolTipRole
    assert "Test Wire" in tip and "2024-10-24" in tip  # what the folded columns said
    window.main_splitter.setSizes([800, 800, 600])
    qtbot.waitUntil(lambda: hidden() == [], timeout=5000)
    assert header.sectionSize(SourcesModel.PUBLISHER) > 0


def test_the_window_fits_a_1366_by_768_laptop_screen(window) -> None:  # type: ignore[no-untyped-def]
    """Every pane can shrink far enough (the legend wraps) that nothing is pushed off."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60
    legend = window.reader.legend
    assert legend.minimumSizeHint().width() < legend.sizeHint().width()  # it can wrap


def test_tab_walks_the_panes_and_leaves_the_sources(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Tab from the Sources list reaches the Suggestions, their buttons, the Reader's
    legend and text, then the Brief; it never cycles inside the list's cells."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def tab():  # type: ignore[no-untyped-def]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    window.activateWindow()
    window.sources.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sources)
    panel = window.suggestions
    for widget in (panel.filter_edit, panel.kind_combo, panel.tree):
        assert tab() is widget
    focused = tab()
    while focused in panel.buttons:  # those the current row enables
        focused = tab()
    assert focused is panel.hide_dismissed
    focused = tab()
    for box in window.reader.kind_boxes.values():
        assert focused is box, (focused, box.accessibleName())
        focused = tab()
    assert focused is window.reader.text
    assert window.brief.isAncestorOf(tab())
