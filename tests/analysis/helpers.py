"""Articles for analysis tests, built straight from text (one paragraph a line).

Analysis must not depend on how ingest cleans a file, so these tests build their
articles themselves; ``seed_article`` prefers the real importer when it exists.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from briefing.analysis.suggestions import ActorSuggestion
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph

_LINE = re.compile(r"[^\n]+")


def article_from_text(
    text: str, language: str | None = "id", *, title: str = "", published: date | None = None
) -> Article:
    paragraphs = []
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        heading = len(line.split()) <= 10 and not line.rstrip().endswith((".", "”", '"', ":", "?"))
        paragraphs.append(
            Paragraph(match.start(), match.end(), "heading" if heading else "body", None)
        )
    return Article(
        id=hashlib.sha1(text.encode()).hexdigest()[:12],
        title=title,
        text=text,
        paragraphs=tuple(paragraphs),
        origin=Origin(file=None, format="text", sha256=hashlib.sha256(text.encode()).hexdigest()),
        language=LanguageGuess(language, 1.0 if language else 0.0),
        published=published,
    )


def seed_article(path: Path) -> Article:
    """The seed article as the importer makes it, or built from its lines."""
    try:
        from briefing.ingest import import_path  # type: ignore[attr-defined]
    except ImportError:
        return article_from_text(
            path.read_text(encoding="utf-8"), "id", published=date(2024, 10, 24)
        )
    article: Article = import_path(path)
    return article


def actors_of(text: str, language: str = "en") -> list[ActorSuggestion]:
    """The actors the analysis proposes for ``text`` written in ``language``."""
    from briefing.analysis import analyze

    return list(analyze(article_from_text(text, language)).actors)


def actor_kinds(text: str, language: str = "en") -> dict[str, str]:
    """Each proposed actor's name and kind."""
    return {a.name: a.kind for a in actors_of(text, language)}
