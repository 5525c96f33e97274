"""Every operation applies itself and returns an inverse that restores the document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from briefing.core.document import Document, ItemInserted, ItemRemoved
from briefing.core.model import (
    Actor,
    ActorKind,
    Article,
    BriefInfo,
    Citation,
    Fact,
    Figure,
    Origin,
    Outlook,
    Paragraph,
    Quote,
    SourceGrade,
    item_from_json,
)
from briefing.core.operations import (
    AddArticle,
    Batch,
    InsertItem,
    MoveItem,
    RemoveArticle,
    RemoveItem,
    SetGrade,
    SetInfo,
    UpdateItem,
)


def make_article(
    text: str = "Warga mengungsi. “Kami siap,” kata Ratna. 😀 Banjir surut.",
) -> Article:
    return Article(
        id="a1",
        title="Banjir",
        text=text,
        paragraphs=(Paragraph(0, len(text)),),
        origin=Origin("banjir.txt", "txt", "0" * 64),
        published=date(2025, 3, 3),
    )


def snapshot(document: Document) -> tuple[object, ...]:
    return (document.info, document.articles, tuple(document.sections.items()))


@pytest.fixture
def document() -> Document:
    article = make_article()
    doc = Document(articles=[article])
    InsertItem(
        "situation",
        0,
        Fact(id="f1", text="Warga mengungsi.", citations=(Citation.of(article, 0, 16),)),
    ).apply(doc)
    InsertItem("situation", 1, Quote(id="q1", text="Kami siap,", speaker="Ratna")).apply(doc)
    InsertItem(
        "figures", 0, Figure(id="g1", value=2500.0, unit="warga", qualifier="sedikitnya")
    ).apply(doc)
    doc.take_changes()
    return doc


OPERATIONS = [
    InsertItem("actors", 0, Actor(id="p1", name="Ratna Wulandari", actor_kind=ActorKind.PERSON)),
    InsertItem("situation", 1, Fact(id="f2", text="Banjir surut.")),
    RemoveItem("q1"),
    UpdateItem(Fact(id="f1", text="Ribuan warga mengungsi.")),
    MoveItem("q1", "summary", 0),
    MoveItem("f1", "situation", 1),
    SetInfo(BriefInfo(title="Banjir Sukamaju", marking="TLP:AMBER")),
    AddArticle(
        Article(
            id="a2", title="B", text="Other.", paragraphs=(), origin=Origin(None, "txt", "1" * 64)
        ),
        0,
    ),
    RemoveArticle("a1"),
    SetGrade("a1", SourceGrade("B", 2)),
    Batch(
        (
            RemoveItem("f1"),
            InsertItem(
                "outlook",
                0,
                Outlook(
                    id="o1", statement="Hujan berlanjut", likelihood="likely", confidence="moderate"
                ),
            ),
        )
    ),
]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: type(op).__name__)
def test_inverse_restores_the_document(document: Document, operation: object) -> None:
    before = snapshot(document)
    inverse = operation.apply(document)  # type: ignore[attr-defined]
    assert snapshot(document) != before
    redo = inverse.apply(document)
    assert snapshot(document) == before
    redo.apply(document)
    assert snapshot(document) != before


def test_move_between_sections_reports_remove_and_insert(document: Document) -> None:
    MoveItem("q1", "summary", 0).apply(document)
    changes = document.take_changes()
    assert [type(c) for c in changes] == [ItemRemoved, ItemInserted]
    assert document.locate("q1") == ("summary", 0)


def test_failed_batch_leaves_document_unchanged(document: Document) -> None:
    before = snapshot(document)
    with pytest.raises(KeyError):
        Batch((RemoveItem("f1"), RemoveItem("does-not-exist"))).apply(document)
    assert snapshot(document) == before


def test_items_round_trip_through_json() -> None:
    items = [
        Fact(text="x", note="check"),
        Quote(text="“q”", speaker="A", speaker_role="B", language="id", translation="t"),
        Figure(
            value=1.5,
            unit="%",
            what="inflation",
            qualifier="about",
            as_of=date(2024, 1, 2),
            text="1,5 persen",
        ),
        Actor(name="NATO", actor_kind=ActorKind.ORGANIZATION, role="alliance"),
        Outlook(statement="s", likelihood="almost certain", confidence="high"),
    ]
    for item in items:
        assert item_from_json(item.to_json()) == item


def test_outlook_only_takes_icd_203_terms() -> None:
    with pytest.raises(ValueError):
        Outlook(statement="s", likelihood="maybe")


def test_citation_detects_changed_source() -> None:
    article = make_article()
    citation = Citation.of(article, 0, 5)
    assert citation.matches(article)
    changed = replace(article, text="Xarga" + article.text[5:])
    assert not citation.matches(changed)


def test_grade_parses_admiralty_code() -> None:
    assert str(SourceGrade.parse("b2")) == "B2"
    with pytest.raises(ValueError):
        SourceGrade.parse("G9")


def test_stale_items_are_found_by_the_document(document: Document) -> None:
    assert document.stale_citations() == []
    assert not document.is_stale(document.item("f1"))
    RemoveArticle("a1").apply(document)
    assert document.is_stale(document.item("f1"))
    assert [item.id for item, _ in document.stale_citations()] == ["f1"]
