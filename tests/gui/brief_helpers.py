"""Shared pieces for the brief-side GUI tests: a real project file with our own articles.

The article texts are written for these tests (no third-party news text). The first one
starts with an emoji so that code-point offsets differ from Qt's UTF-16 positions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.core.model import Article, Citation, Fact, LanguageGuess, Origin, Paragraph, Quote
from briefing.core.operations import AddArticle, InsertItem
from briefing.core.project import Project
from briefing.gui.session import ProjectSession

HARBOUR_TEXT = (
    "🚢🌊 Port update. The harbour master said “All berths reopen on Friday” to reporters. "
    "At least 3,000 containers are waiting. The ministry confirmed the storm had passed."
)
VALLEY_TEXT = "The valley road is closed. Officials expect repairs to take two weeks."


def make_article(article_id: str, title: str, text: str) -> Article:
    return Article(
        id=article_id,
        title=title,
        text=text,
        paragraphs=(Paragraph(0, len(text)),),
        origin=Origin(file=f"{article_id}.txt", format="txt", sha256=article_id * 4),
        language=LanguageGuess("en", 0.99),
        publisher="Test Wire",
    )


def span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def project_path(tmp_path: Path) -> Iterator[Path]:
    """A project file with two articles and a few items in the brief."""
    path = tmp_path / "test.brief"
    harbour = make_article("harbour", "Harbour reopens", HARBOUR_TEXT)
    valley = make_article("valley", "Valley road closed", VALLEY_TEXT)
    with Project.create(path) as project:
        project.apply(AddArticle(harbour))
        project.apply(AddArticle(valley))
        start, end = span(HARBOUR_TEXT, "All berths reopen on Friday")
        project.apply(
            InsertItem(
                "situation",
                0,
                Quote(
                    id="q1",
                    text="All berths reopen on Friday",
                    speaker="harbour master",
                    citations=(Citation.of(harbour, start, end),),
                ),
            )
        )
        start, end = span(HARBOUR_TEXT, "The ministry confirmed the storm had passed.")
        project.apply(
            InsertItem(
                "situation",
                1,
                Fact(
                    id="f1",
                    text="The storm has passed.",
                    citations=(Citation.of(harbour, start, end),),
                ),
            )
        )
        start, end = span(VALLEY_TEXT, "The valley road is closed.")
        project.apply(
            InsertItem(
                "summary",
                0,
                Fact(
                    id="f2",
                    text="The valley road is closed.",
                    citations=(Citation.of(valley, start, end),),
                ),
            )
        )
    yield path


@pytest.fixture
def session(qapp: object, project_path: Path) -> Iterator[ProjectSession]:
    project = Project.open(project_path)
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()
    session.project.close()


def reopen(path: Path) -> Project:
    return Project.open(path, read_only=True)
