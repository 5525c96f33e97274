"""Per-language data tables (cue verbs, number words, month names, titles...).

Language-specific knowledge lives in ``briefing/analysis/data/<lang>/<topic>.json``,
not in code branches. A language without a table for a topic gets the ``default``
table of that topic (if any), so unknown languages degrade gracefully.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_table(language: str | None, topic: str) -> dict[str, Any]:
    """The ``topic`` table of ``language`` (ISO 639-1), else the default table, else ``{}``.

    Cached: tables are read-only data, loaded once per process.
    """
    for code in (language, "default"):
        if not code:
            continue
        resource = resources.files("briefing.analysis").joinpath("data", code, f"{topic}.json")
        if resource.is_file():
            data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
            return data
    return {}


def available_languages(topic: str) -> list[str]:
    """The languages that have their own ``topic`` table."""
    root = resources.files("briefing.analysis").joinpath("data")
    if not root.is_dir():
        return []
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.is_dir() and entry.name != "default" and entry.joinpath(f"{topic}.json").is_file()
    )


def longest_first(words: Iterable[object]) -> tuple[str, ...]:
    """Table words as strings, each once, longest first: so that a reader trying them in
    turn takes ``日元`` before ``日`` and ``元人民币`` before ``元``."""
    return tuple(sorted(dict.fromkeys(str(w) for w in words), key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of table words, longest first (so that ``yang
    lalu`` wins over ``lalu``); one that never matches when there are none."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) or r"(?!x)x"
