"""The scriptable brief format (``briefing draft -o brief.json``, ``briefing export brief.json``).

Documented in docs/brief-json.md. A brief travels with the articles it cites, so a JSON
brief exports on another machine exactly as it does here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing.core.document import Document
from briefing.core.errors import ExportFailed
from briefing.core.model import SECTION_KEYS, Article, BriefInfo, Item, item_from_json

FORMAT = "briefing-brief"
VERSION = 1


def brief_to_json(document: Document, *, all_articles: bool = False) -> dict[str, Any]:
    """The brief, its items and the articles they cite (all articles with ``all_articles``)."""
    articles = document.articles if all_articles else document.cited_articles()
    return {
        "format": FORMAT,
        "version": VERSION,
        "info": document.info.to_json(),
        "sections": {key: [item.to_json() for item in document.items(key)] for key in SECTION_KEYS},
        "articles": [article.to_json() for article in articles],
    }


def brief_from_json(data: object) -> Document:
    """Rebuild a document; any structural problem becomes one :class:`ExportFailed` line."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportFailed(f'not a Briefing brief: the JSON has no "format": "{FORMAT}"')
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ExportFailed(
            f"this brief is format version {version!r}; this Briefing reads up to version {VERSION}"
        )
    try:
        info = BriefInfo.from_json(data.get("info") or {})
        articles = [Article.from_json(a) for a in data.get("articles") or []]
        raw_sections = data.get("sections") or {}
        if not isinstance(raw_sections, dict):
            raise ValueError('"sections" must be an object of section name → items')
        sections: dict[str, list[Item]] = {}
        for key, items in raw_sections.items():
            if key not in SECTION_KEYS:
                raise ValueError(f"unknown section {key!r} (known: {', '.join(SECTION_KEYS)})")
            sections[key] = [item_from_json(item) for item in items]
        return Document(info=info, articles=articles, sections=sections)
    except ExportFailed:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ExportFailed(f"the brief JSON is invalid: {error}") from error


def load_brief_json(path: str | Path) -> Document:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ExportFailed(f"{path} does not exist") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ExportFailed(f"{path} cannot be read: {error}") from error
    except json.JSONDecodeError as error:
        raise ExportFailed(
            f"{path} is not valid JSON (line {error.lineno}: {error.msg})"
        ) from error
    try:
        return brief_from_json(data)
    except ExportFailed as error:
        raise ExportFailed(f"{path}: {error}") from error


def dump_brief_json(document: Document) -> str:
    return json.dumps(brief_to_json(document), ensure_ascii=False, indent=2) + "\n"
