"""The second key-fact stage: context from the first stage's scores, one article at a time."""

from __future__ import annotations

import pytest

from briefing.analysis.keyfacts import FEATURE_NAMES, model_from_json, score_sentences
from briefing.analysis.keyfacts_stack import (
    CONTEXT_FEATURES,
    NO_SCORE,
    RANK_CAP,
    StackedTrees,
    context_rows,
)
from briefing.analysis.keyfacts_trees import Tree, TreeEnsemble, sigmoid
from tests.analysis.test_keyfacts import NEWS, make_article, split

FIRST = FEATURE_NAMES.index("pos_0")


def _column(rows: list[list[float]], name: str) -> list[float]:
    return [row[CONTEXT_FEATURES.index(name)] for row in rows]


def test_context_rows_by_hand() -> None:
    rows = context_rows([1.0, 3.0, 2.0, 0.5])
    assert all(len(row) == len(CONTEXT_FEATURES) for row in rows)
    assert _column(rows, "first_score") == [1.0, 3.0, 2.0, 0.5]
    assert _column(rows, "first_gap_best") == [-2.0, 0.0, -1.0, -2.5]
    assert _column(rows, "first_gap_third") == [0.0, 2.0, 1.0, -0.5]
    assert _column(rows, "first_rank") == [2.0, 0.0, 1.0, 3.0]
    assert _column(rows, "first_prev") == [NO_SCORE, 1.0, 3.0, 2.0]
    assert _column(rows, "first_next") == [3.0, 2.0, 0.5, NO_SCORE]
    assert _column(rows, "first_prev2") == [NO_SCORE, NO_SCORE, 1.0, 3.0]
    assert _column(rows, "first_next2") == [2.0, 0.5, NO_SCORE, NO_SCORE]
    assert _column(rows, "first_best_before") == [NO_SCORE, 1.0, 3.0, 3.0]


def test_context_of_short_and_long_articles() -> None:
    assert context_rows([]) == []
    (alone,) = context_rows([-2.0])
    assert alone[:4] == [-2.0, 0.0, 0.0, 0.0]
    assert alone[4:] == [NO_SCORE] * 5
    ties = context_rows([1.0, 1.0])
    assert _column(ties, "first_rank") == [0.0, 1.0]  # ties keep text order
    many = context_rows([float(-i) for i in range(30)])
    assert max(_column(many, "first_rank")) == RANK_CAP


def _stump(feature: int, low: float, high: float) -> Tree:
    return Tree((feature,), (0.5,), (-1,), (-2,), (low, high))


def _toy_model() -> StackedTrees:
    """First stage: +2 for the lead sentence. Second stage: +1 when the sentence before
    scored high, whatever the sentence itself is."""
    width = len(FEATURE_NAMES)
    first = TreeEnsemble(FEATURE_NAMES, (_stump(FIRST, 0.0, 2.0),))
    prev = width + CONTEXT_FEATURES.index("first_prev")
    second = TreeEnsemble((*FEATURE_NAMES, *CONTEXT_FEATURES), (_stump(prev, 0.0, 1.0),))
    return StackedTrees(first, second)


def test_second_stage_reads_the_first_stage_scores_of_neighbours() -> None:
    model = _toy_model()
    article = make_article(NEWS)
    sentences = split(article)
    ranked = score_sentences(article, sentences, model)
    # only the sentence after the lead has a high-scoring sentence before it
    assert (ranked[0].start, ranked[0].end) == (sentences[1].start, sentences[1].end)
    assert ranked[0].score == round(sigmoid(1.0), 6)
    assert {k.score for k in ranked[1:]} == {0.5}


def test_round_trip_and_malformed_files() -> None:
    model = _toy_model()
    data = model.to_json()
    again = model_from_json(data)
    assert again == model
    assert again.features == FEATURE_NAMES
    with pytest.raises(ValueError, match="first and a second"):
        model_from_json({"kind": "stacked_trees", "first": data["first"]})
    wrong = {**data, "second": model.first.to_json()}  # second stage without the context
    with pytest.raises(ValueError, match="retrain"):
        model_from_json(wrong)
    with pytest.raises(ValueError, match="wrong width"):
        model.score_rows([[0.0, 1.0]])
    assert model.score_rows([]) == []
