"""The brief editor: inline editing of every field, keyboard use, jump to source, flags."""

from __future__ import annotations

import itertools
import re
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from briefing.core.model import ActorKind, Citation, Figure
from briefing.core.operations import InsertItem, RemoveArticle
from briefing.core.project import Project
from briefing.gui.brief_editor import BriefEditor
from briefing.gui.session import ProjectSession
from tests.gui import brief_helpers
from tests.gui.brief_helpers import HARBOUR_TEXT, reopen, span

project_path = brief_helpers.project_path
session = brief_helpers.session


def make_editor(qtbot, session) -> BriefEditor:
    editor = BriefEditor(session)
    qtbot.addWidget(editor)
    editor.resize(500, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Replace a field's text the way a user does: select all, type."""
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard (Down/Up until it is current)."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_every_field_of_every_kind_is_editable_and_persists(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    # Add one item of each kind the fixture lacks, through the editor's own gesture.
    figure_id = editor.add_item("figure", "figures")
    actor_id = editor.add_item("actor", "actors")
    outlook_id = editor.add_item("outlook", "outlook")

    editor.select_item("f1")
    fact = editor.detail.form("fact").editors
    type_into(qtbot, fact["text"], "Storm over.")
    type_into(qtbot, fact["note"], "chk")

    editor.select_item("q1")
    quote = editor.detail.form("quote").editors
    type_into(qtbot, quote["text"], "Berths open")
    type_into(qtbot, quote["speaker"], "Ana")
    type_into(qtbot, quote["speaker_role"], "Chief")
    type_into(qtbot, quote["language"], "en")
    type_into(qtbot, quote["translation"], "Buka")

    editor.select_item(figure_id)
    figure = editor.detail.form("figure").editors
    type_into(qtbot, figure["text"], "3,000")
    type_into(qtbot, figure["value"], "3,000")
    type_into(qtbot, figure["unit"], "TEU")
    type_into(qtbot, figure["what"], "boxes")
    type_into(qtbot, figure["qualifier"], "at least")
    type_into(qtbot, figure["as_of"], "2026-11-20")

    editor.select_item(actor_id)
    actor = editor.detail.form("actor").editors
    type_into(qtbot, actor["name"], "PortCo")
    choose(qtbot, actor["actor_kind"], "Organisation")
    type_into(qtbot, actor["role"], "ops")
    type_into(qtbot, actor["description"], "Runs it")

    editor.select_item(outlook_id)
    outlook = editor.detail.form("outlook").editors
    type_into(qtbot, outlook["statement"], "Calm soon")
    choose(qtbot, outlook["likelihood"], "very likely")
    choose(qtbot, outlook["confidence"], "moderate")

    saved = reopen(session.project.path).document
    assert saved.item("f1").text == "Storm over."
    assert saved.item("f1").note == "chk"
    q = saved.item("q1")
    assert (q.text, q.speaker, q.speaker_role, q.language, q.translation) == (
        "Berths open",
        "Ana",
        "Chief",
        "en",
        "Buka",
    )
    assert q.citations == session.document.item("q1").citations  # the citation is kept
    g = saved.item(figure_id)
    assert (g.text, g.value, g.unit, g.what, g.qualifier, g.as_of) == (
        "3,000",
        3000.0,
        "TEU",
        "boxes",
        "at least",
        date(2026, 11, 20),
    )
    a = saved.item(actor_id)
    assert (a.name, a.actor_kind, a.role, a.description) == (
        "PortCo",
        ActorKind.ORGANIZATION,
        "ops",
        "Runs it",
    )
    o = saved.item(outlook_id)
    assert (o.statement, o.likelihood, o.confidence) == (
        "Calm soon",
        "very likely",
        "moderate",
    )
    # Each field's typing merged into one step: 3 adds + 2 + 5 + 6 + 4 + 3 edits.
    assert session.undo_stack.count() == 23


def test_a_bad_number_or_date_is_flagged_and_not_applied(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    figure_id = editor.add_item("figure", "figures")
    figure = editor.detail.form("figure")
    type_into(qtbot, figure.editors["value"], "12.5")
    assert session.document.item(figure_id).value == 12.5
    type_into(qtbot, figure.editors["value"], "twelve")
    assert session.document.item(figure_id).value == 12.5
    warning = figure.editors["value"].actions()[0]
    assert warning.isVisible()
    assert "Not a number" in warning.toolTip()
    type_into(qtbot, figure.editors["as_of"], "20 Nov")
    assert session.document.item(figure_id).as_of is None
    type_into(qtbot, figure.editors["value"], "")
    assert session.document.item(figure_id).value is None
    assert not warning.isVisible()


def test_enter_and_double_click_ask_for_the_passage_in_code_points(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    start, end = span(HARBOUR_TEXT, "All berths reopen on Friday")
    assert HARBOUR_TEXT.encode("utf-16-le").index("All berths".encode("utf-16-le")) // 2 != start
    editor.select_item("q1")
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    with qtbot.waitSignal(editor.passage_requested) as blocker:
        qtbot.keyClick(editor.tree, Qt.Key.Key_Return)
    assert blocker.args == ["harbour", start, end]

    index = editor.model.index_of_item("f1")
    rect = editor.tree.visualRect(index)
    with qtbot.waitSignal(editor.passage_requested) as blocker:
        qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start, end = span(HARBOUR_TEXT, "The ministry confirmed the storm had passed.")
    assert blocker.args == ["harbour", start, end]

    with qtbot.waitSignal(editor.passage_requested) as blocker:
        editor.detail.show_source_button.click()
    assert blocker.args[0] == "harbour"


def _two_sources(session):  # type: ignore[no-untyped-def]
    """The two articles of the session and a passage of each: (harbour, valley, spans)."""
    document = session.document
    harbour, valley = document.find_article("harbour"), document.find_article("valley")
    assert harbour is not None and valley is not None
    first = span(HARBOUR_TEXT, "All berths reopen on Friday")
    second = span(valley.text, "The valley road is closed.")
    return harbour, valley, first, second


def test_asking_again_walks_through_every_citation(qtbot, session) -> None:
    """A figure two sources report (or an actor's mentions): Enter shows each in turn."""
    editor = make_editor(qtbot, session)
    harbour, valley, first, second = _two_sources(session)
    session.apply(
        InsertItem(
            "figures",
            0,
            Figure(
                id="both",
                value=2.0,
                text="two reports",
                citations=(Citation.of(harbour, *first), Citation.of(valley, *second)),
            ),
        )
    )
    editor.select_item("both")
    assert "1 of 2" in editor.detail.citation_label.text()
    shown = []
    for _ in range(3):
        with qtbot.waitSignal(editor.passage_requested) as blocker:
            editor.detail.show_source_button.click()
        shown.append(tuple(blocker.args))
        label = editor.detail.citation_label.text()
        assert f"{(len(shown) - 1) % 2 + 1} of 2" in label
    assert shown == [("harbour", *first), ("valley", *second), ("harbour", *first)]
    editor.select_item("q1")  # another item starts again at its first citation
    editor.select_item("both")
    with qtbot.waitSignal(editor.passage_requested) as blocker:
        editor.detail.show_source_button.click()
    assert tuple(blocker.args) == ("harbour", *first)


def test_stale_citations_are_flagged_in_outline_and_detail(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    session.apply(RemoveArticle("valley"))
    index = editor.model.index_of_item("f2")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    editor.select_item("f2")
    assert "no longer matches" in editor.detail._citation.text()
    editor.select_item("f1")
    assert "no longer matches" not in editor.detail._citation.text()


def test_keyboard_moves_cross_section_borders_only_where_the_kind_fits(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    editor.select_item("f1")
    editor.move_current(-1)
    assert [i.id for i in session.document.items("situation")] == ["f1", "q1"]
    editor.move_current(-1)  # top of Situation: to the end of Summary (takes facts)
    assert [i.id for i in session.document.items("summary")] == ["f2", "f1"]
    assert editor.current_item_id() == "f1"
    editor.select_item("q1")
    editor.move_current(-1)  # no section above takes quotes
    assert [i.id for i in session.document.items("situation")] == ["q1"]
    editor.move_current(+1)  # neither Actors nor Figures take quotes; Outlook neither
    assert [i.id for i in session.document.items("situation")] == ["q1"]


def test_title_block_fields(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    form = editor.info_form
    qtbot.mouseClick(form.now_button, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r"\d{6}Z [A-Z]{3} \d{2}", session.document.info.dtg)
    choose(qtbot, form.marking, "TLP:AMBER")
    assert session.document.info.marking == "TLP:AMBER"
    form.marking.lineEdit().selectAll()
    qtbot.keyClicks(form.marking.lineEdit(), "SECRET-ISH")
    assert session.document.info.marking == "SECRET-ISH"
    form.template.ensure_loaded()
    assert {"standard", "sitrep", "one-page"} <= {
        form.template.itemText(i) for i in range(form.template.count())
    }
    choose(qtbot, form.template, "sitrep")
    choose(qtbot, form.language, "Indonesian (id)")
    info = reopen(session.project.path).document.info
    assert (info.marking, info.template, info.language) == ("SECRET-ISH", "sitrep", "id")


def next_focusable(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while following.focusPolicy() == Qt.FocusPolicy.NoFocus:
        following = following.nextInFocusChain()
    return following


def test_tab_order_and_accessible_names(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    form = editor.info_form
    expected = [*form.focus_chain(), editor.tree]
    for first, second in itertools.pairwise(expected):
        widget = first.nextInFocusChain()
        while widget is not second and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        if isinstance(first, QComboBox) and first.isEditable():
            continue  # the combo's own line edit sits between
        assert widget is second, (first.accessibleName(), second.accessibleName())
    editor.select_item("q1")
    fields = list(editor.detail.form("quote").editors.values())
    assert next_focusable(editor.detail.show_source_button) is fields[0]
    for first, second in itertools.pairwise(fields):
        assert next_focusable(first) is second
    for widget in editor.findChildren(QWidget):
        if (
            isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox)
            and widget.parent() is not None
        ):
            if isinstance(widget.parent(), QComboBox):
                continue
            assert widget.accessibleName(), widget
            assert widget.toolTip() or isinstance(widget, QLineEdit | QPlainTextEdit), widget


def test_a_read_only_project_cannot_be_edited(qtbot, project_path) -> None:
    project = Project.open(project_path, read_only=True)
    session = ProjectSession(project)
    try:
        editor = make_editor(qtbot, session)
        assert not editor.info_form.title.isEnabled()
        editor.select_item("q1")
        assert not editor.detail.form("quote").isEnabled()
        assert not editor.delete_action.isEnabled()
        assert editor.add_item("fact", "summary") is None
        assert session.undo_stack.count() == 0
    finally:
        project.close()


def test_the_title_block_folds_to_the_title(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    form = editor.info_form
    assert form.dtg.isVisible()
    qtbot.mouseClick(form.details_button, Qt.MouseButton.LeftButton)
    assert not form.dtg.isVisible()
    assert not form.marking.isVisible()
    assert form.title.isVisible()
    form.set_details_visible(True)
    assert form.details_button.isChecked()
    assert form.marking.isVisible()


def test_figure_values_follow_the_brief_language(qtbot, session) -> None:
    from dataclasses import replace

    from briefing.core.operations import SetInfo

    session.apply(SetInfo(replace(session.document.info, language="id")))
    editor = make_editor(qtbot, session)
    figure_id = editor.add_item("figure", "figures")
    value = editor.detail.form("figure").editors["value"]
    type_into(qtbot, value, "3.000")  # Indonesian: three thousand
    assert session.document.item(figure_id).value == 3000
    type_into(qtbot, value, "2,5")
    assert session.document.item(figure_id).value == 2.5
    editor.select_item("q1")
    editor.select_item(figure_id)
    assert value.text() == "2,5"


def test_an_item_that_arrives_is_selected_for_checking(qtbot, session) -> None:
    from PySide6.QtCore import QMimeData

    from briefing.gui.brief_model import SELECTION_MIME

    editor = make_editor(qtbot, session)
    start, end = span(HARBOUR_TEXT, "The harbour master said")
    mime = QMimeData()
    mime.setData(
        SELECTION_MIME, f'{{"article_id": "harbour", "start": {start}, "end": {end}}}'.encode()
    )
    actors = editor.model.section_index("actors")
    assert editor.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, actors)
    (actor,) = session.document.items("actors")
    assert editor.current_item_id() == actor.id
    assert editor.detail.item_id == actor.id
    editor.select_item("f2")
    editor.delete_selected()
    session.undo_stack.undo()  # the restored item is selected again
    assert editor.current_item_id() == "f2"


def test_opening_another_project_resets_the_editor(qtbot, session, tmp_path) -> None:
    from dataclasses import replace

    from briefing.core.operations import SetInfo

    editor = make_editor(qtbot, session)
    editor.select_item("q1")
    other = Project.create(tmp_path / "other.brief")
    other.apply(SetInfo(replace(other.document.info, title="Other brief")))
    session.replace_project(other)
    assert editor.info_form.title.text() == "Other brief"
    assert editor.detail.item_id is None
    assert all(
        editor.model.rowCount(editor.model.section_index(key)) == 0
        for key in ("summary", "situation")
    )
    assert session.undo_stack.count() == 0


def test_insert_key_adds_an_item_to_the_current_section(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    editor.select_section("outlook")
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert)
    (item,) = session.document.items("outlook")
    assert item.kind == "outlook"
    assert editor.detail.item_id == item.id
    statement = editor.detail.form("outlook").editors["statement"]
    assert statement.hasFocus()
    qtbot.keyClicks(statement, "Calm")
    assert session.document.item(item.id).statement == "Calm"


def test_merge_selected_items_into_one_and_undo(qtbot, session) -> None:
    """Two rows the analyst knows are one report become one row citing both."""
    editor = make_editor(qtbot, session)
    harbour, valley, first, second = _two_sources(session)
    document = session.document
    for index, (article, where) in enumerate(((harbour, first), (valley, second))):
        session.apply(
            InsertItem(
                "figures",
                index,
                Figure(
                    id=f"fig{index}",
                    value=2.0,
                    text=f"two ({index})",
                    citations=(Citation.of(article, *where),),
                ),
            )
        )
    editor.select_item("fig0")
    assert not editor.merge_action.isEnabled()  # one item: nothing to merge
    selection = editor.tree.selectionModel()
    selection.select(
        editor.model.index_of_item("fig1"),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert editor.merge_action.isEnabled()
    editor.merge_action.trigger()
    [row] = document.items("figures")
    assert row.id == "fig0" and row.text == "two (0)"
    assert [c.article_id for c in row.citations] == ["harbour", "valley"]
    assert editor.detail.item_id == "fig0"
    assert "Merge 2 items" in session.undo_stack.undoText()
    session.undo_stack.undo()
    assert [f.id for f in document.items("figures")] == ["fig0", "fig1"]
    assert len(document.item("fig0").citations) == 1
    # items of different kinds are not merged
    editor.select_item("q1")
    selection.select(
        editor.model.index_of_item("fig1"),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert not editor.merge_action.isEnabled()
