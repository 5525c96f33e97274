"""The brief tree model: structure, qtmodeltester, incremental updates, stale flags."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from briefing.core.model import SECTION_KEYS, Actor, Fact
from briefing.core.operations import (
    InsertItem,
    MoveItem,
    RemoveArticle,
    RemoveItem,
    UpdateItem,
)
from briefing.gui.brief_model import BriefTreeModel, ItemIdRole, StaleRole, plan_moves
from tests.gui import brief_helpers

project_path = brief_helpers.project_path
session = brief_helpers.session


def ids_in(model: BriefTreeModel, key: str) -> list[str]:
    parent = model.section_index(key)
    return [model.index(r, 0, parent).data(ItemIdRole) for r in range(model.rowCount(parent))]


def test_structure_mirrors_the_document(qtmodeltester, session) -> None:
    model = BriefTreeModel(session)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(SECTION_KEYS)
    assert ids_in(model, "situation") == ["q1", "f1"]
    assert ids_in(model, "summary") == ["f2"]
    quote = model.index(0, 0, model.section_index("situation"))
    assert "All berths reopen on Friday" in quote.data()
    assert "harbour master" in quote.data()
    assert model.parent(quote) == model.section_index("situation")


def test_updates_follow_operations_and_undo(qtmodeltester, session) -> None:
    model = BriefTreeModel(session)
    qtmodeltester.check(model, force_py=True)
    session.apply(InsertItem("actors", 0, Actor(id="a1", name="Harbour master")))
    session.apply(MoveItem("f1", "summary", 0))
    session.apply(UpdateItem(replace(session.document.item("f2"), text="Road shut.")))
    session.apply(RemoveItem("q1"))
    assert ids_in(model, "actors") == ["a1"]
    assert ids_in(model, "summary") == ["f1", "f2"]
    assert ids_in(model, "situation") == []
    assert "Road shut." in model.index_of_item("f2").data()
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert ids_in(model, "situation") == ["q1", "f1"]
    assert ids_in(model, "summary") == ["f2"]
    assert ids_in(model, "actors") == []
    qtmodeltester.check(model, force_py=True)


def test_stale_citation_flag(qtbot, session) -> None:
    model = BriefTreeModel(session)
    index = model.index_of_item("f2")
    assert index.data(StaleRole) is False
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    with qtbot.waitSignal(model.dataChanged):
        session.apply(RemoveArticle("valley"))
    index = model.index_of_item("f2")
    assert index.data(StaleRole) is True
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "no longer matches" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of_item("q1").data(StaleRole) is False


def test_a_quote_without_speaker_is_flagged(session) -> None:
    model = BriefTreeModel(session)
    quote = model.index_of_item("q1")
    assert quote.data(Qt.ItemDataRole.DecorationRole) is None  # it has a speaker
    role_only = replace(session.document.item("q1"), speaker=" ", speaker_role="Spokesman")
    session.apply(UpdateItem(role_only))  # the export attributes it to the role
    assert model.index_of_item("q1").data(Qt.ItemDataRole.DecorationRole) is None
    session.apply(UpdateItem(replace(role_only, speaker_role="")))
    quote = model.index_of_item("q1")
    assert quote.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "No speaker" in quote.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of_item("f1").data(Qt.ItemDataRole.DecorationRole) is None


def test_plan_moves_counts_rows_before_the_move(session) -> None:
    session.apply(InsertItem("situation", 2, Fact(id="f3", text="third")))
    document = session.document
    # Drag the first item below the last one: a single move to the end.
    assert plan_moves(document, ["q1"], "situation", 3) == [MoveItem("q1", "situation", 2)]
    # Dropping an item just below itself changes nothing.
    assert plan_moves(document, ["q1"], "situation", 1) == []
    moves = plan_moves(document, ["q1", "f3"], "summary", 0)
    for move in moves:
        move.apply(document)
    assert [i.id for i in document.items("summary")] == ["q1", "f3", "f2"]
