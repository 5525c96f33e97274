"""Accepting a suggestion or a selection makes a cited brief item in the right section."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis import analyze, default_section, item_from_selection, suggestion_to_item
from briefing.analysis.suggestions import ArticleAnalysis, StatementSuggestion
from briefing.core.errors import BriefingError
from briefing.core.model import Actor, ActorKind, Article, Fact, Figure, Outlook, Quote
from tests.analysis.helpers import article_from_text, seed_article


@pytest.fixture(scope="module")
def seed(seed_article_path: Path) -> tuple[Article, ArticleAnalysis]:
    article = seed_article(seed_article_path)
    return article, analyze(article)


def test_every_suggestion_becomes_a_cited_item(seed: tuple[Article, ArticleAnalysis]) -> None:
    article, analysis = seed
    suggestions = [
        *analysis.quotes,
        *analysis.statements,
        *analysis.figures,
        *analysis.dates,
        *analysis.actors,
        *analysis.key_sentences[:5],
        *analysis.sentences[:3],
    ]
    assert suggestions
    for suggestion in suggestions:
        item = suggestion_to_item(article, suggestion)
        assert item.citations and all(c.matches(article) for c in item.citations)


def test_quote_item_keeps_speaker_role_and_language(seed: tuple[Article, ArticleAnalysis]) -> None:
    article, analysis = seed
    item = suggestion_to_item(article, analysis.quotes[0])
    assert isinstance(item, Quote)
    assert item.speaker == "John Kirby"
    assert item.speaker_role == "Juru Bicara Dewan Keamanan Nasional AS"
    assert item.language == "id"
    assert item.citations[0].quoted == analysis.quotes[0].text
    assert default_section(item) == "situation"
    # "…ke Rusia timur,” kata …: the comma is the sentence's, not the speaker's
    assert analysis.quotes[0].text.endswith("timur,")
    assert item.text.endswith("ke Rusia timur")


def test_figure_and_actor_items(seed: tuple[Article, ArticleAnalysis]) -> None:
    article, analysis = seed
    figure = suggestion_to_item(article, next(f for f in analysis.figures if f.value == 3000))
    assert isinstance(figure, Figure) and figure.unit == "tentara"
    assert default_section(figure) == "figures"
    austin = next(a for a in analysis.actors if a.name == "Lloyd Austin")
    actor = suggestion_to_item(article, austin)
    assert isinstance(actor, Actor) and actor.actor_kind is ActorKind.PERSON
    assert actor.role == "Menteri Pertahanan AS"
    assert default_section(actor) == "actors"
    assert "Austin" in austin.aliases and actor.description == ""  # part of the name: no news
    korea = next(a for a in analysis.actors if a.name == "Korea Utara")
    assert "Korut" in korea.aliases
    assert "Korut" in suggestion_to_item(article, korea).description  # a real alias stays


def test_statement_item_names_the_speaker(seed: tuple[Article, ArticleAnalysis]) -> None:
    article, analysis = seed
    item = suggestion_to_item(article, analysis.statements[0])
    assert isinstance(item, Fact)
    assert item.text.startswith(analysis.statements[0].speaker + ":")


@pytest.mark.parametrize(
    ("content", "printed"),
    [
        ("he had no knowledge of the plan", "He had no knowledge of the plan."),
        ("the talks would resume?", "The talks would resume?"),
        ('the vote was "a farce."', 'The vote was "a farce."'),
        ("pemerintah akan menambah anggaran,", "Pemerintah akan menambah anggaran."),
    ],
)
def test_statement_item_is_a_sentence(content: str, printed: str) -> None:
    text = f"Ana Ruiz said {content} Then she left."
    start = text.index(content)
    statement = StatementSuggestion("Ana Ruiz", content, start, start + len(content), "said")
    article = article_from_text(text, "en")
    item = suggestion_to_item(article, statement)
    assert isinstance(item, Fact)
    assert item.text == f"Ana Ruiz: {printed}"
    assert item.citations[0].quoted == content


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The probe will study the moon on dozens of flybys next year.", "dozens of flybys"),
        ("Between 3,000 and 5,000 troops crossed the border.", None),
    ],
)
def test_a_vague_or_ranged_figure_keeps_its_words_not_a_bound(text: str, shown: str | None) -> None:
    article = article_from_text(text, "en")
    figures = [f for f in analyze(article).figures if f.value_max is not None]
    assert figures, "the analysis reads a range here"
    item = suggestion_to_item(article, figures[0])
    assert isinstance(item, Figure)
    assert item.value is None  # no "24" for dozens, no "3,000" for a range
    assert item.text == figures[0].text
    if shown:
        assert item.text == shown


def test_unknown_suggestion_is_a_user_error(seed: tuple[Article, ArticleAnalysis]) -> None:
    with pytest.raises(BriefingError):
        suggestion_to_item(seed[0], "not a suggestion")  # type: ignore[arg-type]


def test_selection_as_quote_strips_marks_and_finds_the_speaker(
    seed: tuple[Article, ArticleAnalysis],
) -> None:
    article, analysis = seed
    quote = next(q for q in analysis.quotes if q.text.startswith("Kami melihat bukti"))
    start = article.text.rindex("“", 0, quote.start)
    end = article.text.index("”", quote.end) + 1
    item = item_from_selection(article, start, end, "quote")
    assert isinstance(item, Quote)
    assert item.text == quote.text
    assert item.speaker == "Lloyd Austin"
    assert item.citations[0].start == quote.start and item.citations[0].end == quote.end


def test_selection_of_other_kinds(seed: tuple[Article, ArticleAnalysis]) -> None:
    article, _ = seed
    position = article.text.index("1.500 tentara")
    figure = item_from_selection(article, position, position + len("1.500 tentara"), "figure")
    assert isinstance(figure, Figure) and figure.value == 1500
    position = article.text.index("Lloyd Austin")
    actor = item_from_selection(article, position, position + len("Lloyd Austin"), "actor")
    assert isinstance(actor, Actor) and actor.name == "Lloyd Austin"
    assert actor.citations[0].quoted == "Lloyd Austin"
    outlook = item_from_selection(article, 0, 40, "outlook")
    assert isinstance(outlook, Outlook) and outlook.statement
    fact = item_from_selection(article, -5, 10**6, "fact")  # clamped to the article
    assert isinstance(fact, Fact) and fact.citations[0].matches(article)


def test_selection_of_unknown_kind_is_a_user_error(seed: tuple[Article, ArticleAnalysis]) -> None:
    with pytest.raises(BriefingError):
        item_from_selection(seed[0], 0, 10, "poem")
