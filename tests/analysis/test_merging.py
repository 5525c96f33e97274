"""Accepting suggestions: the same figure twice is one item citing both passages."""

from __future__ import annotations

from briefing.analysis.merging import plan_accept, same_item_key
from briefing.core.document import Document
from briefing.core.model import (
    Article,
    Citation,
    Fact,
    Figure,
    LanguageGuess,
    Origin,
    Paragraph,
    Quote,
)
from briefing.core.operations import InsertItem, UpdateItem

TEXT = (
    "At least 3,000 troops arrived this month. "
    "\u201cWe estimate 3,000 troops moved east,\u201d the spokesman said. "
    "Another 10,000 troops may follow."
)


def _article(article_id: str = "a1") -> Article:
    return Article(
        id=article_id,
        title="Troops",
        text=TEXT,
        paragraphs=(Paragraph(0, len(TEXT)),),
        language=LanguageGuess("en", 1.0),
        origin=Origin(file=None, format="txt", sha256=article_id),
    )


def _figure(article: Article, phrase: str, value: float, qualifier: str = "") -> Figure:
    start = article.text.index(phrase)
    return Figure(
        value=value,
        unit="troops",
        qualifier=qualifier,
        text=phrase,
        citations=(Citation.of(article, start, start + len(phrase)),),
    )


def _apply(document: Document, plan) -> None:  # type: ignore[no-untyped-def]
    for operation in plan.operations:
        operation.apply(document)


def test_same_figure_in_one_batch_is_one_item_with_both_citations() -> None:
    article = _article()
    document = Document()
    document.insert_article(0, article)
    lead = _figure(article, "At least 3,000 troops", 3000.0, "at least")
    quoted = _figure(article, "3,000 troops moved", 3000.0)
    other = _figure(article, "10,000 troops", 10000.0)
    plan = plan_accept(document, [("figures", lead), ("figures", quoted), ("figures", other)])
    assert (plan.added, plan.merged) == (2, 1)
    assert plan.item_ids == [lead.id, lead.id, other.id]
    assert all(isinstance(op, InsertItem) for op in plan.operations)
    _apply(document, plan)
    figures = document.items("figures")
    assert [f.value for f in figures] == [3000.0, 10000.0]  # a conflict is never merged
    assert [c.quoted for c in figures[0].citations] == [
        "At least 3,000 troops",
        "3,000 troops moved",
    ]
    assert figures[0].qualifier == "at least"  # the first report's wording stays


def test_figure_already_in_the_brief_gains_the_new_citation_once() -> None:
    first, second = _article("a1"), _article("a2")
    document = Document()
    document.insert_article(0, first)
    document.insert_article(1, second)
    held = _figure(first, "At least 3,000 troops", 3000.0)
    document.insert_item("figures", 0, held)
    again = _figure(second, "3,000 troops moved", 3000.0)
    plan = plan_accept(document, [("figures", again)])
    assert (plan.added, plan.merged, plan.item_ids) == (0, 1, [held.id])
    assert len(plan.operations) == 1 and isinstance(plan.operations[0], UpdateItem)
    _apply(document, plan)
    assert [c.article_id for c in document.item(held.id).citations] == ["a1", "a2"]
    # the same passage accepted again adds nothing
    assert plan_accept(document, [("figures", again)]).operations == []


def test_other_items_merge_only_when_identical() -> None:
    article = _article()
    document = Document()
    document.insert_article(0, article)
    quote = Quote(text="We estimate 3,000 troops moved east,", speaker="the spokesman")
    document.insert_item("situation", 0, quote)
    plan = plan_accept(
        document,
        [
            (
                "situation",
                Quote(text="We estimate 3,000 troops moved east,", speaker="the spokesman"),
            ),
            ("situation", Fact(text="Another 10,000 troops may follow.")),
        ],
    )
    assert (plan.added, plan.merged) == (1, 1)
    assert isinstance(plan.operations[-1], InsertItem) and plan.operations[-1].index == 1
    assert same_item_key(Figure(value=None, unit="troops")) is None
    assert same_item_key(Fact(text="  ")) is None
