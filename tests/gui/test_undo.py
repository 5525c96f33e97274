"""Undo/redo of brief edits: one stack, typing merges, menu texts say what is undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from briefing.core.model import SECTION_KEYS
from briefing.gui.brief_editor import BriefEditor
from briefing.gui.undo_ui import undo_actions
from tests.gui import brief_helpers
from tests.gui.brief_helpers import reopen

project_path = brief_helpers.project_path
session = brief_helpers.session


def snapshot(document) -> tuple:
    return (
        document.info,
        tuple((key, tuple(document.items(key))) for key in SECTION_KEYS),
    )


def make_editor(qtbot, session) -> BriefEditor:
    editor = BriefEditor(session)
    qtbot.addWidget(editor)
    editor.resize(500, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def test_typing_five_characters_is_one_undo_step(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    undo, redo = undo_actions(session, editor)
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not undo.isEnabled()
    qtbot.keyClicks(editor.info_form.title, "Storm")
    assert session.document.info.title == "Storm"
    assert session.undo_stack.count() == 1
    assert undo.isEnabled()
    assert undo.text() == "Undo Edit title"
    undo.trigger()
    assert session.document.info.title == ""
    assert editor.info_form.title.text() == ""
    assert redo.text() == "Redo Edit title"
    redo.trigger()
    assert editor.info_form.title.text() == "Storm"
    assert reopen(session.project.path).document.info.title == "Storm"


def test_round_trip_of_several_kinds_of_edits(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    undo, redo = undo_actions(session, editor)
    before = snapshot(session.document)

    qtbot.keyClicks(editor.info_form.title, "Port brief")
    qtbot.keyClicks(editor.info_form.author, "Desk 3")
    editor.select_item("q1")
    speaker = editor.detail.form("quote").editors["speaker"]
    speaker.selectAll()
    qtbot.keyClicks(speaker, "Jo Lee")
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    editor.select_item("f2")
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    editor.add_item("outlook", "outlook")
    statement = editor.detail.form("outlook").editors["statement"]
    qtbot.keyClicks(statement, "Calm")

    after = snapshot(session.document)
    assert session.document.item("q1").speaker == "Jo Lee"
    assert [i.id for i in session.document.items("situation")] == ["f1", "q1"]
    assert session.document.items("summary") == ()
    assert session.document.items("outlook")[0].statement == "Calm"
    # title, author, speaker, move, delete, add, statement typing
    assert session.undo_stack.count() == 7
    assert undo.text() == "Undo Edit Outlook: Judgement"

    texts = []
    while undo.isEnabled():
        texts.append(undo.text())
        undo.trigger()
    assert texts[1] == "Undo Add outlook “”"
    assert texts[2] == "Undo Delete item"
    assert texts[3] == "Undo Move item"
    assert texts[4] == "Undo Edit Quote: Speaker"
    assert snapshot(session.document) == before
    assert snapshot(reopen(session.project.path).document) == before
    assert editor.info_form.title.text() == ""

    while redo.isEnabled():
        redo.trigger()
    assert snapshot(session.document) == after
    assert snapshot(reopen(session.project.path).document) == after


def test_ctrl_z_in_a_text_field_undoes_the_brief(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    undo, redo = undo_actions(session, editor)
    editor.addAction(undo)
    editor.addAction(redo)
    editor.activateWindow()
    title = editor.info_form.title
    title.setFocus()
    qtbot.keyClicks(title, "Gale")
    qtbot.waitUntil(title.hasFocus)
    qtbot.keySequence(title, QKeySequence(QKeySequence.StandardKey.Undo))
    assert session.document.info.title == ""
    assert title.text() == ""
    qtbot.keySequence(title, QKeySequence(QKeySequence.StandardKey.Redo))
    assert session.document.info.title == "Gale"


def test_a_failing_operation_raises_and_leaves_no_undo_step(qtbot, session) -> None:
    import pytest

    from briefing.core.model import Fact
    from briefing.core.operations import MoveItem, UpdateItem

    session.apply(MoveItem("f1", "summary", 0))
    with pytest.raises(KeyError):
        session.apply(UpdateItem(Fact(id="gone", text="x")))
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Move item"
    session.undo_stack.undo()
    assert [i.id for i in session.document.items("situation")] == ["q1", "f1"]
    session.undo_stack.redo()
    assert [i.id for i in session.document.items("summary")] == ["f1", "f2"]


def test_typing_again_after_visiting_another_item_is_a_new_step(qtbot, session) -> None:
    editor = make_editor(qtbot, session)
    editor.select_item("f1")
    text = editor.detail.form("fact").editors["text"]
    original = session.document.item("f1").text
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, "ab")
    editor.select_item("f2")
    editor.select_item("f1")
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, "cd")
    assert session.document.item("f1").text == original + "abcd"
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.document.item("f1").text == original + "ab"
    assert text.toPlainText() == original + "ab"


def test_the_history_view_lists_and_reverts_steps(qtbot, session) -> None:
    from briefing.core.operations import MoveItem
    from briefing.gui.undo_ui import undo_history_view

    view = undo_history_view(session)
    qtbot.addWidget(view)
    session.apply(MoveItem("f1", "summary", 0))
    session.apply(MoveItem("q1", "situation", 0))
    model = view.model()
    assert model.rowCount() == 3  # "Opened project" and two steps
    assert model.index(0, 0).data() == "Opened project"
    assert model.index(1, 0).data() == "Move item"
    view.setCurrentIndex(model.index(0, 0))
    assert session.undo_stack.index() == 0
    assert [i.id for i in session.document.items("situation")] == ["q1", "f1"]
