"""The key-fact trees: the pure-Python evaluation is the training library's, and is stable."""

from __future__ import annotations

import importlib
import json
import random
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis.keyfacts import (
    FEATURE_NAMES,
    load_model,
    model_from_json,
    score_sentences,
    sentence_features,
)
from briefing.analysis.keyfacts_stack import StackedTrees
from briefing.analysis.keyfacts_trees import Tree, TreeEnsemble
from briefing.analysis.sentences import split_sentences
from tests.analysis.helpers import seed_article

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _shipped_json() -> dict[str, object]:
    resource = resources.files("briefing.analysis").joinpath("models", "key_facts.json")
    data: dict[str, object] = json.loads(resource.read_text(encoding="utf-8"))
    return data


# feature 0 <= 0.5 ? (feature 2 <= -1 ? 1.0 : 2.0) : 3.0
SMALL = Tree(
    feature=(0, 2), threshold=(0.5, -1.0), left=(1, -1), right=(-3, -2), leaf=(1.0, 2.0, 3.0)
)


def test_small_tree_by_hand() -> None:
    assert SMALL.value([0.0, 9.0, -5.0]) == 1.0
    assert SMALL.value([0.5, 9.0, -1.0]) == 1.0  # equal to the threshold goes left
    assert SMALL.value([0.5, 9.0, 0.0]) == 2.0
    assert SMALL.value([0.6, 9.0, -5.0]) == 3.0
    single = Tree((), (), (), (), (0.25,))
    ensemble = TreeEnsemble(("a", "b", "c"), (SMALL, single))
    fn = ensemble.raw_score_function()
    for row in ([0.0, 0.0, -5.0], [0.5, 0.0, 0.0], [1.0, 0.0, 0.0]):
        assert fn(row) == ensemble.raw_score_walk(row) == SMALL.value(row) + 0.25


def _shipped_stages() -> tuple[dict[str, object], StackedTrees]:
    data = _shipped_json()
    if data.get("kind") != "stacked_trees":
        pytest.fail("the shipped key-fact model is expected to be two stages of trees")
    model = model_from_json(data)
    assert isinstance(model, StackedTrees)
    return data, model


def test_shipped_trees_reproduce_lightgbm_raw_scores() -> None:
    """The model file carries rows scored by LightGBM at training time, for both stages."""
    data, model = _shipped_stages()
    for stage, key in ((model.first, "check"), (model.second, "check_second")):
        check = data[key]
        assert isinstance(check, dict)
        assert len(check["rows"]) >= 10
        fn = stage.raw_score_function()
        for row, expected in zip(check["rows"], check["raw"], strict=True):
            assert fn(row) == pytest.approx(expected, abs=1e-9)
            assert stage.raw_score_walk(row) == pytest.approx(expected, abs=1e-9)


def test_compiled_trees_equal_the_walk_on_real_and_random_rows(seed_article_path: Path) -> None:
    model = load_model()
    assert isinstance(model, StackedTrees)
    article = seed_article(seed_article_path)
    first_rows = sentence_features(article, split_sentences(article.text, article.paragraphs, "id"))
    rng = random.Random(7)
    for stage, rows in ((model.first, first_rows), (model.second, model.second_rows(first_rows))):
        thresholds = sorted({t for tree in stage.trees for t in tree.threshold})
        for _ in range(40):
            base = list(rng.choice(rows))
            for j in rng.sample(range(len(base)), 10):
                base[j] = rng.choice(thresholds)  # exactly on a split: the <= edge
            rows.append(base)
        fn = stage.raw_score_function()
        for row in rows:
            assert fn(row) == stage.raw_score_walk(row)


def test_scores_are_deterministic_and_order_the_sentences(seed_article_path: Path) -> None:
    article = seed_article(seed_article_path)
    sentences = split_sentences(article.text, article.paragraphs, "id")
    first = score_sentences(article, sentences)
    fresh = model_from_json(_shipped_json())
    again = score_sentences(article, sentences, fresh)
    assert first == again
    assert len(first) == len(sentences)
    scores = [k.score for k in first]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < s < 1.0 for s in scores)


def test_round_trip_and_wrong_features_rejected() -> None:
    ensemble = TreeEnsemble(FEATURE_NAMES, (SMALL,))
    again = model_from_json(ensemble.to_json())
    assert again == ensemble
    data = ensemble.to_json()
    data["features"] = ["bias"]
    with pytest.raises(ValueError, match="retrain"):
        model_from_json(data)
    with pytest.raises(ValueError, match="wrong width"):
        ensemble.score_rows([[0.0, 1.0]])


@pytest.mark.parametrize(
    "tree",
    [
        Tree((0,), (0.5,), (-1,), (-2,), (1.0,)),  # a leaf short
        Tree((999,), (0.5,), (-1,), (-2,), (1.0, 2.0)),  # unknown feature
        Tree((0, 1), (0.5, 0.5), (1, 1), (-1, -2), (1.0, 2.0, 3.0)),  # node 1 twice
        Tree((0, 1), (0.5, 0.5), (1, 0), (-1, -2), (1.0, 2.0, 3.0)),  # a cycle to the root
        Tree((0,), (float("nan"),), (-1,), (-2,), (1.0, 2.0)),
    ],
)
def test_malformed_trees_are_rejected(tree: Tree) -> None:
    data = TreeEnsemble(FEATURE_NAMES, (tree,)).to_json()
    with pytest.raises(ValueError, match="key-fact tree"):
        model_from_json(data)


def _converter(monkeypatch: pytest.MonkeyPatch) -> Callable[[dict[str, Any]], list[Tree]]:
    """The training side's converter (benchmarks/keyfacts_data.py, not part of the app)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("keyfacts_data")
    converter: Callable[[dict[str, Any]], list[Tree]] = module.trees_from_lightgbm
    return converter


def test_conversion_of_a_hand_written_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    """LightGBM's nested dump (split/leaf indexes, a tree with no split) → flat arrays."""
    dump = {
        "tree_info": [
            {"tree_structure": {"leaf_value": 0.5}},
            {
                "tree_structure": {
                    "split_index": 0,
                    "split_feature": 1,
                    "threshold": 2.0,
                    "decision_type": "<=",
                    "missing_type": "None",
                    "left_child": {"leaf_index": 0, "leaf_value": -1.0},
                    "right_child": {
                        "split_index": 1,
                        "split_feature": 0,
                        "threshold": 0.0,
                        "decision_type": "<=",
                        "missing_type": "None",
                        "left_child": {"leaf_index": 1, "leaf_value": 2.0},
                        "right_child": {"leaf_index": 2, "leaf_value": 3.0},
                    },
                }
            },
        ]
    }
    ensemble = TreeEnsemble(("a", "b"), tuple(_converter(monkeypatch)(dump)))
    ensemble.trees[1].check(2)
    fn = ensemble.raw_score_function()
    assert fn([9.0, 2.0]) == ensemble.raw_score_walk([9.0, 2.0]) == 0.5 - 1.0
    assert fn([0.0, 2.5]) == 0.5 + 2.0
    assert fn([0.1, 2.5]) == 0.5 + 3.0
    dump["tree_info"][1]["tree_structure"]["decision_type"] = "=="  # type: ignore[index]
    with pytest.raises(ValueError, match="numerical"):
        _converter(monkeypatch)(dump)


def test_live_lightgbm_agrees_with_the_conversion(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dev machines with the ``bench`` extra: convert a fresh booster and compare."""
    lightgbm = pytest.importorskip("lightgbm", reason="LightGBM is in the bench extra only")
    numpy = pytest.importorskip("numpy", reason="numpy comes with LightGBM (bench extra)")
    trees_from_lightgbm = _converter(monkeypatch)

    rng = random.Random(3)
    rows = [[rng.random(), rng.choice([0.0, 1.0]), rng.gauss(0, 1)] for _ in range(400)]
    labels = [float(r[0] + r[1] * 0.5 > 0.8) for r in rows]
    data = lightgbm.Dataset(numpy.asarray(rows), numpy.asarray(labels), group=[20] * 20)
    booster = lightgbm.train(
        {"objective": "lambdarank", "num_leaves": 6, "min_child_samples": 5, "verbose": -1},
        data,
        num_boost_round=15,
    )
    ensemble = TreeEnsemble(("a", "b", "c"), tuple(trees_from_lightgbm(booster.dump_model())))
    fn = ensemble.raw_score_function()
    for row, expected in zip(
        rows[:50], booster.predict(numpy.asarray(rows[:50]), raw_score=True), strict=True
    ):
        assert fn(row) == pytest.approx(float(expected), abs=1e-9)
