"""Accepting suggestions: the same report twice is one item; different facts never merge."""

from __future__ import annotations

from datetime import date

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
    "At least 3,000 North Korean troops arrived this month. "
    "\u201cWe estimate at least 3,000 North Korean troops moved east,\u201d the spokesman said. "
    "Another 10,000 troops may follow. 12 people died and 12 people were hurt."
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


def _figure(
    article: Article, phrase: str, value: float, *, what: str, qualifier: str = "", nth: int = 0
) -> Figure:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return Figure(
        value=value,
        unit=what.split()[-1],
        what=what,
        qualifier=qualifier,
        text=phrase,
        citations=(Citation.of(article, start, start + len(phrase)),),
    )


def _document(*articles: Article) -> Document:
    document = Document()
    for index, article in enumerate(articles):
        document.insert_article(index, article)
    return document


def _apply(document: Document, plan) -> None:  # type: ignore[no-untyped-def]
    for operation in plan.operations:
        operation.apply(document)


def test_the_same_figure_twice_is_one_row_citing_both() -> None:
    article = _article()
    document = _document(article)
    what = "North Korean troops"
    lead = _figure(
        article, "At least 3,000 North Korean troops", 3000.0, what=what, qualifier="at least"
    )
    quoted = _figure(
        article, "at least 3,000 North Korean troops", 3000.0, what=what, qualifier="At least"
    )
    other = _figure(article, "10,000 troops", 10000.0, what="more North Korean troops")
    plan = plan_accept(document, [("figures", lead), ("figures", quoted), ("figures", other)])
    assert (plan.added, plan.merged) == (2, 1)
    assert plan.item_ids == [lead.id, lead.id, other.id]
    assert all(isinstance(op, InsertItem) for op in plan.operations)
    _apply(document, plan)
    figures = document.items("figures")
    assert [f.value for f in figures] == [3000.0, 10000.0]  # a conflict is never merged
    assert [c.quoted for c in figures[0].citations] == [lead.text, quoted.text]


def test_figures_that_may_be_different_facts_stay_apart() -> None:
    article = _article()
    document = _document(article)
    died = _figure(article, "12 people", 12.0, what="people")
    hurt = _figure(article, "12 people", 12.0, what="people", nth=1)
    plan = plan_accept(document, [("figures", died), ("figures", hurt)])
    assert (plan.added, plan.merged) == (2, 0)  # a bare unit says too little to merge
    what = "North Korean troops"
    at_least = _figure(
        article, "At least 3,000 North Korean troops", 3000.0, what=what, qualifier="at least"
    )
    about = _figure(
        article, "3,000 North Korean troops", 3000.0, what=what, qualifier="about", nth=1
    )
    dated = Figure(
        value=3000.0, unit="troops", what=what, qualifier="at least", as_of=date(2024, 10, 1)
    )
    assert same_item_key(at_least) != same_item_key(about)
    assert same_item_key(at_least) != same_item_key(dated)
    assert same_item_key(Figure(value=None, unit="troops", what=what)) is None


def test_figure_already_in_the_brief_gains_the_new_citation_once() -> None:
    first, second = _article("a1"), _article("a2")
    document = _document(first, second)
    what = "North Korean troops"
    held = _figure(first, "At least 3,000 North Korean troops", 3000.0, what=what)
    document.insert_item("figures", 0, held)
    again = _figure(second, "At least 3,000 North Korean troops", 3000.0, what=what)
    plan = plan_accept(document, [("figures", again)])
    assert (plan.added, plan.merged, plan.item_ids) == (0, 1, [held.id])
    assert len(plan.operations) == 1 and isinstance(plan.operations[0], UpdateItem)
    undo = plan.operations[0].apply(document)
    assert [c.article_id for c in document.item(held.id).citations] == ["a1", "a2"]
    assert plan_accept(document, [("figures", again)]).operations == []  # nothing new
    undo.apply(document)
    assert [c.article_id for c in document.item(held.id).citations] == ["a1"]


def test_other_items_merge_only_when_identical_with_the_same_note() -> None:
    document = _document(_article())
    quote = Quote(text="We estimate 3,000 troops moved east,", speaker="the spokesman")
    document.insert_item("situation", 0, quote)
    same_sentence = "12 people died and 12 people were hurt."
    plan = plan_accept(
        document,
        [
            (
                "situation",
                Quote(text="We estimate 3,000 troops moved east,", speaker="the spokesman"),
            ),
            ("situation", Fact(text="Another 10,000 troops may follow.")),
            ("situation", Fact(text=same_sentence, note="date: 2024-10-21")),
            ("situation", Fact(text=same_sentence, note="date: 2024-10-25")),
        ],
    )
    assert (plan.added, plan.merged) == (3, 1)
    assert isinstance(plan.operations[0], InsertItem) and plan.operations[0].index == 1
    assert same_item_key(Fact(text="  ")) is None


def test_the_analysts_merge_keeps_the_first_words_and_every_citation_and_note() -> None:
    from briefing.analysis.merging import merge_items

    article = _article()
    lead = _figure(
        article, "At least 3,000 North Korean troops", 3000.0, what="North Korean troops"
    )
    quoted = _figure(article, "3,000 North Korean troops", 3000.0, what="troops", nth=1)
    quoted = quoted.with_changes(note="Kirby's estimate")
    merged = merge_items([lead, quoted])
    assert merged.id == lead.id and merged.text == lead.text and merged.what == lead.what
    assert [c.start for c in merged.citations] == [
        lead.citations[0].start,
        quoted.citations[0].start,
    ]
    assert merged.note == "Kirby's estimate"
    assert merge_items([lead]) == lead
