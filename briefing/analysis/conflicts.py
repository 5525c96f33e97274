"""Figures that disagree across the articles of one project.

Two sources reporting the same kind of count with different values (``3.000 tentara`` in
one, ``10.000 troops`` in another) is exactly what an analyst must notice before writing
a number into a brief. Counts are compared by their counted noun, normalised through
``data/default/units.json`` (case, reduplicated plurals such as ``tentara-tentara``,
simple plural endings, and synonyms across languages: tentara = pasukan = troops).
Money and percentages are not compared: without knowing *what* costs or grew, two
different amounts are usually two different things, and a false alarm costs trust. Nor
are spans of time (``not_compared`` in the same table): "40 years" of a war and "10
years" in prison are two facts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache

from briefing.analysis.languages import load_table
from briefing.analysis.suggestions import (
    ArticleAnalysis,
    FigureCitation,
    FigureConflict,
    FigureSuggestion,
)
from briefing.core.model import Article

COMPARED_KINDS = frozenset({"count", "measure"})


@cache
def _not_compared() -> frozenset[str]:
    """Units of time: "40 years" of a war and "10 years" in prison are two facts."""
    return frozenset(str(w).lower() for w in load_table("default", "units").get("not_compared", ()))


@cache
def _synonyms() -> tuple[dict[str, str], tuple[str, ...]]:
    table = load_table("default", "units")
    canonical: dict[str, str] = {}
    for key, forms in table.get("synonyms", {}).items():
        canonical[str(key).lower()] = str(key)
        for form in forms:
            canonical[str(form).lower()] = str(key)
    suffixes = tuple(
        sorted((str(s) for s in table.get("plural_suffixes", ())), key=len, reverse=True)
    )
    return canonical, suffixes


def unit_key(unit: str | None) -> str | None:
    """The canonical name of a counted noun, or None when there is none to compare."""
    if not unit:
        return None
    word = unit.strip().lower()
    head, sep, tail = word.partition("-")
    if sep and head == tail:
        word = head  # tentara-tentara: Indonesian plural by reduplication
    canonical, suffixes = _synonyms()
    if word in canonical:
        return canonical[word]
    for suffix in suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and stem in canonical:
            return canonical[stem]
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _bounds(figure: FigureSuggestion) -> tuple[float, float] | None:
    if figure.value is None or math.isnan(figure.value):
        return None
    high = figure.value_max if figure.value_max is not None else figure.value
    return figure.value, high


def _agree(a: FigureSuggestion, b: FigureSuggestion) -> bool:
    """Same value, or overlapping ranges (``3.000–5.000`` agrees with ``4.000``)."""
    first, second = _bounds(a), _bounds(b)
    if first is None or second is None:
        return True
    tolerance = 1e-9 * max(abs(first[1]), abs(second[1]), 1.0)
    return first[0] <= second[1] + tolerance and second[0] <= first[1] + tolerance


def _note(a: FigureSuggestion, b: FigureSuggestion) -> str:
    qualified = [f"“{f.qualifier}” {f.text}" for f in (a, b) if f.qualifier]
    if not qualified:
        return ""
    return "qualified: " + "; ".join(qualified) + " — both may hold, check the sources"


def find_conflicts(pairs: Sequence[tuple[Article, ArticleAnalysis]]) -> list[FigureConflict]:
    """Conflicting figures across different articles, each with both citations.

    One conflict per unit, pair of articles and pair of values: a figure repeated inside
    an article is cited once, at its first occurrence.
    """
    return find_figure_conflicts(
        (article.id, figure) for article, analysis in pairs for figure in analysis.figures
    )


def find_figure_conflicts(
    figures: Iterable[tuple[str, FigureSuggestion]],
) -> list[FigureConflict]:
    """The same as :func:`find_conflicts` over ``(article_id, figure)`` items."""
    by_unit: dict[str, list[tuple[str, FigureSuggestion]]] = {}
    seen: set[tuple[str, str, float | None, float | None]] = set()
    for article_id, figure in figures:
        if figure.kind not in COMPARED_KINDS:
            continue
        key = unit_key(figure.unit)
        if key is None or _bounds(figure) is None:
            continue
        if figure.unit is not None and (
            key in _not_compared() or figure.unit.strip().lower() in _not_compared()
        ):
            continue
        marker = (article_id, key, figure.value, figure.value_max)
        if marker in seen:
            continue
        seen.add(marker)
        by_unit.setdefault(key, []).append((article_id, figure))
    conflicts: list[FigureConflict] = []
    for key, items in by_unit.items():
        for i, (first_id, first) in enumerate(items):
            for second_id, second in items[i + 1 :]:
                if first_id == second_id or _agree(first, second):
                    continue
                conflicts.append(
                    FigureConflict(
                        unit=key,
                        first=FigureCitation(first_id, first),
                        second=FigureCitation(second_id, second),
                        note=_note(first, second),
                    )
                )
    return conflicts
