"""Actor names on the English articles of the 2026-11-26 audit (text read at run time
from ``../shared``; only ids and short expected names are kept here).

Each case is a pattern the audit found wrong: organisation names split at ``for`` or
``and``, companies taken for people, schedule and label lines taken for names, titles
fused into names, a country named after its capital, a surname never completed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis.actors import extract_actors
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text
from tests.conftest import SHARED

GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"

# id prefix -> (expected (name, kind[, role part]), names that must not be actors)
CASES: dict[str, tuple[list[tuple[str, ...]], list[str]]] = {
    "abd9d6291b6b": (
        [
            ("Centers for Disease Control", "organization"),
            ("Customs and Border Protection", "organization"),
        ],
        ["Centers", "Disease Control", "Border Protection", "Customs", "Health"],
    ),
    "70cb2d5bca75": (
        [("Big Machine", "organization"), ("Dick Clark Productions", "organization")],
        [],
    ),
    "ffc109d474fd": ([("Tocqueville Asset Management", "organization")], []),
    "eecd2575093b": (
        [("LeBron James", "person"), ("Anthony Davis", "person")],
        ["Host the Lakers", "the Thunder", "CLOSEOUT SEQUENCE", "UP NEXT", "POINT"],
    ),
    "a1fca19b884e": (
        [("Mike Pompeo", "person", "Secretary of State"), ("Afghanistan", "place")],
        ["State Mike Pompeo", "Kabul"],
    ),
    "7916ecca969f": ([("Mark Milley", "person", "General")], ["General Mark Milley"]),
    "7de5241947a5": (
        [("Jennifer McCormick", "person", "Superintendent")],
        ["Superintendent Jennifer McCormick", "McCormick"],
    ),
    "c90731f051d0": ([("Joe Biden", "person")], ["Biden"]),
    "c7e39ac49fa1": ([("Julian Assange", "person")], ["Assange Timeline", "Assange"]),
}


@cache
def _bodies() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(GROUND_TRUTH).read_text(encoding="utf-8"))
    return data


def _actors(prefix: str) -> tuple[str, list[ActorSuggestion]]:
    (key,) = [k for k in _bodies() if k.startswith(prefix)]
    article = article_from_text(_bodies()[key]["articleBody"], "en")
    sentences = split_sentences(article.text, article.paragraphs, "en")
    return article.text, extract_actors(article, sentences)


@pytest.mark.parametrize("prefix", sorted(CASES))
def test_audited_article_actors(shared_dir: Path, prefix: str) -> None:
    text, actors = _actors(prefix)
    expected, absent = CASES[prefix]
    by_name = {a.name: a for a in actors}
    for name, kind, *role in expected:
        assert name in by_name, f"{name} missing"
        assert by_name[name].kind == kind, (name, by_name[name].kind)
        if role:
            assert by_name[name].role is not None and role[0] in by_name[name].role
    for name in absent:
        assert name not in by_name, f"{name} should not be an actor"
    for actor in actors:
        surfaces = {actor.name, *actor.aliases}
        for mention in actor.mentions:
            assert " ".join(text[mention.start : mention.end].split()) in surfaces
        for before, after in zip(actor.mentions, actor.mentions[1:], strict=False):
            assert before.end <= after.start, (actor.name, before, after)
