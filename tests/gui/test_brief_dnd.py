"""Drag and drop on the brief: reorder, move between sections, drop a Reader selection."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from briefing.core.model import Quote
from briefing.core.operations import InsertItem
from briefing.gui.brief_model import SELECTION_MIME, BriefTreeModel, ItemIdRole
from tests.gui import brief_helpers
from tests.gui.brief_helpers import HARBOUR_TEXT, VALLEY_TEXT, reopen, span

project_path = brief_helpers.project_path
session = brief_helpers.session

MOVE = Qt.DropAction.MoveAction


def ids_in(model: BriefTreeModel, key: str) -> list[str]:
    parent = model.section_index(key)
    return [model.index(r, 0, parent).data(ItemIdRole) for r in range(model.rowCount(parent))]


def drag(model: BriefTreeModel, *item_ids: str) -> QMimeData:
    return model.mimeData([model.index_of_item(item_id) for item_id in item_ids])


def test_reorder_within_a_section_is_one_undo_step(qtmodeltester, session) -> None:
    model = BriefTreeModel(session)
    qtmodeltester.check(model, force_py=True)
    situation = model.section_index("situation")
    mime = drag(model, "q1")
    assert "All berths reopen on Friday" in mime.text()  # for other applications
    assert model.canDropMimeData(mime, MOVE, 2, 0, situation)
    assert model.dropMimeData(mime, MOVE, 2, 0, situation)
    assert ids_in(model, "situation") == ["f1", "q1"]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Move item"
    session.undo_stack.undo()
    assert ids_in(model, "situation") == ["q1", "f1"]
    session.undo_stack.redo()
    assert [i.id for i in reopen(session.project.path).document.items("situation")] == [
        "f1",
        "q1",
    ]


def test_drag_between_sections_moves_several_items_in_one_step(session) -> None:
    model = BriefTreeModel(session)
    summary = model.section_index("summary")
    mime = drag(model, "f1", "f2")
    # Dropping onto the "Summary" row itself appends, in brief order; between sections too.
    assert model.dropMimeData(mime, MOVE, -1, 0, summary)
    assert ids_in(model, "summary") == ["f2", "f1"]
    mime = drag(model, "f1")
    assert model.dropMimeData(mime, MOVE, 2, 0, QModelIndex())  # the gap below Situation
    assert ids_in(model, "situation") == ["q1", "f1"]
    mime = drag(model, "q1", "f1")
    assert model.dropMimeData(mime, MOVE, 0, 0, model.section_index("outlook")) is False
    mime = drag(model, "f1", "f2")
    assert model.dropMimeData(mime, MOVE, 0, 0, model.section_index("outlook"))
    assert ids_in(model, "outlook") == ["f2", "f1"]
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert ids_in(model, "outlook") == []
    assert ids_in(model, "summary") == ["f2"]
    assert ids_in(model, "situation") == ["q1", "f1"]


def test_a_kind_the_section_does_not_take_is_refused(session) -> None:
    model = BriefTreeModel(session)
    mime = drag(model, "q1")
    actors = model.section_index("actors")
    assert not model.canDropMimeData(mime, MOVE, 0, 0, actors)
    assert not model.dropMimeData(mime, MOVE, 0, 0, actors)
    assert session.undo_stack.count() == 0


def test_a_drop_onto_itself_changes_nothing(session) -> None:
    model = BriefTreeModel(session)
    assert model.dropMimeData(drag(model, "q1"), MOVE, 0, 0, model.section_index("situation"))
    assert session.undo_stack.count() == 0


def selection(article_id: str, start: int, end: int) -> QMimeData:
    mime = QMimeData()
    payload = {"article_id": article_id, "start": start, "end": end}
    mime.setData(SELECTION_MIME, json.dumps(payload).encode())
    return mime


def test_a_reader_selection_dropped_on_a_section_becomes_a_cited_item(session) -> None:
    model = BriefTreeModel(session)
    start, end = span(HARBOUR_TEXT, "At least 3,000 containers are waiting.")
    assert HARBOUR_TEXT[:2] == "🚢🌊"  # code points: the emoji count once each
    figures = model.section_index("figures")
    mime = selection("harbour", start, end)
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, figures)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, figures)
    (item,) = session.document.items("figures")
    assert item.kind == "figure"
    assert item.value == 3000  # read by the analysis layer from "3,000"
    (citation,) = item.citations
    assert (citation.article_id, citation.start, citation.end) == ("harbour", start, end)
    assert citation.quoted == "At least 3,000 containers are waiting."
    assert session.undo_stack.undoText().startswith("Add figure")
    saved = reopen(session.project.path).document
    assert saved.items("figures")[0].citations == (citation,)

    start, end = span(VALLEY_TEXT, "Officials expect repairs to take two weeks.")
    outlook = model.section_index("outlook")
    assert model.dropMimeData(selection("valley", start, end), MOVE, 0, 0, outlook)
    (item,) = session.document.items("outlook")
    assert item.kind == "outlook"
    assert "two weeks" in item.headline


def test_a_bad_selection_payload_is_refused(session) -> None:
    model = BriefTreeModel(session)
    summary = model.section_index("summary")
    for mime in (
        selection("nope", 0, 3),
        selection("valley", 5, 500),
        selection("valley", 3, 3),
    ):
        assert not model.canDropMimeData(mime, MOVE, 0, 0, summary)
        assert not model.dropMimeData(mime, MOVE, 0, 0, summary)
    broken = QMimeData()
    broken.setData(SELECTION_MIME, b"{not json")
    assert not model.dropMimeData(broken, MOVE, 0, 0, summary)
    assert session.undo_stack.count() == 0


def test_drop_of_a_quote_selection_keeps_the_quote_kind_when_moved(session) -> None:
    """A quote added elsewhere can be dragged into Situation but not into Figures."""
    model = BriefTreeModel(session)
    session.apply(InsertItem("situation", 0, Quote(id="q2", text="x")))
    assert not model.canDropMimeData(drag(model, "q2"), MOVE, 0, 0, model.section_index("figures"))


def test_a_drop_event_on_the_outline_moves_the_item(qtbot, session) -> None:
    """The view's own drop handling (position → row) ends in one MoveItem batch."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from briefing.gui.brief_editor import BriefEditor

    editor = BriefEditor(session)
    qtbot.addWidget(editor)
    editor.resize(500, 700)
    editor.show()
    qtbot.waitExposed(editor)
    tree = editor.tree
    mime = drag(editor.model, "f1")
    target = tree.visualRect(editor.model.index_of_item("f2"))
    pos = QPointF(target.center().x(), target.top() + 2)  # upper edge: drop above f2
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = tree.viewport()
    for event in (
        QDragEnterEvent(pos, MOVE, mime, buttons, modifiers),
        QDragMoveEvent(pos, MOVE, mime, buttons, modifiers),
    ):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    drop = QDropEvent(pos, MOVE, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert [i.id for i in session.document.items("summary")] == ["f1", "f2"]
    assert [i.id for i in session.document.items("situation")] == ["q1"]
    assert session.undo_stack.count() == 1
