"""Train the shipped key-fact model on IndoSum and write briefing/analysis/models/key_facts.json.

Run: ``.venv/bin/python benchmarks/train_key_facts.py [--model stacked|trees|logistic]``.
The default, two stages of gradient-boosted trees under a ranking loss (the second one
also reads the first one's out-of-fold scores of the neighbouring sentences), and
``trees``, one ensemble, need the ``bench`` extra (LightGBM); ``logistic`` is the older
pure-Python model. Only learned parameters are
written, never IndoSum text (CC BY-SA 4.0; the model is a derived statistic).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from keyfacts_data import (
    REPO,
    STACK_ROUNDS,
    TREE_ROUNDS,
    fit_lightgbm,
    fit_stacked,
    load_examples,
    train_logistic,
    trees_from_lightgbm,
)

from briefing.analysis.keyfacts import FEATURE_NAMES, KeyFactModel, sentence_features
from briefing.analysis.keyfacts_stack import CONTEXT_FEATURES, StackedTrees
from briefing.analysis.keyfacts_trees import TreeEnsemble

MODEL_PATH = REPO / "briefing" / "analysis" / "models" / "key_facts.json"
CHECK_ROWS = 24


def _print_gain(booster: Any, names: tuple[str, ...]) -> None:
    gains = booster.feature_importance("gain")
    total = float(sum(gains)) or 1.0
    print("features by share of the trees' split gain:")
    for name, gain in sorted(zip(names, gains, strict=True), key=lambda t: -t[1])[:15]:
        print(f"  {name:20s} {gain / total:.3f}")


def _check_rows(booster: Any, features: list[list[list[float]]]) -> dict[str, object]:
    """A few feature rows and LightGBM's own raw scores for them, so the tests can check
    the package's pure-Python evaluation against the training library without it."""
    rows = [r for article in features for r in article]
    step = max(1, len(rows) // CHECK_ROWS)
    picked = rows[::step][:CHECK_ROWS]
    raw = booster.predict(picked, raw_score=True)
    return {"rows": picked, "raw": [float(x) for x in raw]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", choices=("stacked", "trees", "logistic"), default="stacked")
    args = parser.parse_args()
    examples = load_examples()
    features = [sentence_features(e.article, e.sentences) for e in examples]
    labels = [e.labels for e in examples]
    count = sum(len(f) for f in features)
    if args.model == "stacked":
        fit = fit_stacked(features, labels)
        model = StackedTrees(
            TreeEnsemble(FEATURE_NAMES, tuple(trees_from_lightgbm(fit.first.dump_model()))),
            TreeEnsemble(
                (*FEATURE_NAMES, *CONTEXT_FEATURES),
                tuple(trees_from_lightgbm(fit.second.dump_model())),
            ),
        )
        payload: dict[str, object] = {
            "about": f"Two stages of {STACK_ROUNDS} LambdaRank trees trained by "
            f"benchmarks/train_key_facts.py on {len(examples)} IndoSum dev articles "
            f"({count} sentences); the second stage reads the first one's out-of-fold scores.",
            **model.to_json(),
            "check": _check_rows(fit.first, features),
            "check_second": _check_rows(fit.second, fit.second_rows),
        }
        _print_gain(fit.second, (*FEATURE_NAMES, *CONTEXT_FEATURES))
    elif args.model == "trees":
        booster = fit_lightgbm(features, labels)
        trees = trees_from_lightgbm(booster.dump_model())
        payload = {
            "about": f"{len(trees)} LambdaRank trees trained by benchmarks/train_key_facts.py "
            f"on {len(examples)} IndoSum dev articles ({count} sentences).",
            **TreeEnsemble(FEATURE_NAMES, tuple(trees)).to_json(),
            "check": _check_rows(booster, features),
        }
        _print_gain(booster, FEATURE_NAMES)
    else:
        rows = [r for article in features for r in article]
        flat = [v for article in labels for v in article]
        weights, mean, scale = train_logistic(rows, flat)
        logistic = KeyFactModel(FEATURE_NAMES, tuple(weights), tuple(mean), tuple(scale))
        payload = {
            "about": "Logistic key-sentence scorer trained by benchmarks/train_key_facts.py "
            f"on {len(examples)} IndoSum dev articles ({count} sentences).",
            **logistic.to_json(),
        }
        for name, w in sorted(zip(FEATURE_NAMES, weights, strict=True), key=lambda t: -abs(t[1])):
            print(f"  {name:20s} {w:+.3f}")
    text = json.dumps(
        payload,
        separators=(",", ":") if args.model != "logistic" else None,
        indent=None if args.model != "logistic" else 1,
    )
    Path(MODEL_PATH).write_text(text + "\n", encoding="utf-8")
    print(
        f"wrote {MODEL_PATH.relative_to(REPO)} ({args.model}"
        f"{f', {TREE_ROUNDS} rounds' if args.model == 'trees' else ''}"
        f"{f', 2 x {STACK_ROUNDS} rounds' if args.model == 'stacked' else ''}): "
        f"{len(examples)} articles, {count} sentences"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
