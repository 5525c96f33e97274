"""A conflict between sources as a brief item: one fact that cites both reports.

"Sources differ on tentara: 3.000 tentara (Konteks) vs 10.000 troops (Reuters)" goes
into the Situation with a citation to each passage, so the reader of the brief sees the
disagreement and both footnotes. Used by the first draft and by the GUI's Conflicts
suggestions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from briefing.analysis.tokens import shorten
from briefing.core.model import Article, Citation, Fact

if TYPE_CHECKING:
    from briefing.analysis.suggestions import FigureConflict

SOURCE_NAME_CHARS = 40


def source_name(article: Article) -> str:
    """How the fact names a source: its publisher, else its title (shortened)."""
    return shorten(
        " ".join((article.publisher or article.title or "one source").split()), SOURCE_NAME_CHARS
    )


def conflict_fact(conflict: FigureConflict, articles: Mapping[str, Article]) -> Fact | None:
    """The fact for ``conflict``; None when either article is no longer there."""
    from briefing.analysis.accept import plain  # only when accepting: a heavier import

    citations = []
    labels = []
    for side in (conflict.first, conflict.second):
        article = articles.get(side.article_id)
        if article is None:
            return None
        figure = side.figure
        citations.append(Citation.of(article, figure.start, figure.end))
        labels.append(f"{plain(figure.text)} ({source_name(article)})")
    text = f"Sources differ on {conflict.unit}: {labels[0]} vs {labels[1]}"
    return Fact(text=text, citations=tuple(citations), note=conflict.note)
