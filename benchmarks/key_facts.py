"""Key-fact benchmark: top-3 sentence P/R/F1 on IndoSum beside LEAD-3, in one run.

Reports (1) LEAD-3, (2) the method cross-validated k-fold by article (trained on k-1
folds, scored on the held-out fold: the honest figure), and (3) the shipped model
``models/key_facts.json`` over all articles, which it was trained on (in-sample).
``--shuffles N`` repeats the cross-validation over N different article shuffles (the first
is the fixed one above) and prints their mean and range: one shuffle moves the figure by
about ±0.002, so smaller differences between two versions are noise.
The default cross-validates the two-stage trees (``stacked``: the second stage is itself
trained on out-of-fold first-stage scores inside each training part, so nothing of the
held-out fold leaks); ``--model trees`` the single ensemble, ``--model logistic`` the older
logistic model (the shipped model is whatever ``models/key_facts.json`` holds). Training
the trees needs the ``bench`` extra (LightGBM).
Run: ``.venv/bin/python benchmarks/key_facts.py [--folds 5] [--shuffles 1] [--model stacked]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time

from keyfacts_data import (
    Example,
    load_examples,
    top_k_scores,
    train_logistic,
    train_stacked,
    train_trees,
)

from briefing.analysis.keyfacts import (
    FEATURE_NAMES,
    KeyFactModel,
    KeyFactScorer,
    load_model,
    score_sentences,
    sentence_features,
)
from briefing.analysis.keyfacts_trees import TreeEnsemble

TOP = 3
SHUFFLE_SEED = 2018


def _chosen(example: Example, model: KeyFactScorer) -> list[int]:
    ranked = score_sentences(example.article, example.sentences, model)
    index = {(s.start, s.end): i for i, s in enumerate(example.sentences)}
    return [index[(k.start, k.end)] for k in ranked[:TOP]]


def _line(name: str, scores: tuple[float, float, float]) -> str:
    p, r, f = scores
    return f"{name:34s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def _train(
    kind: str, features: list[list[list[float]]], labels: list[tuple[bool, ...]]
) -> KeyFactScorer:
    if kind == "stacked":
        return train_stacked(features, labels, FEATURE_NAMES)
    if kind == "trees":
        return TreeEnsemble(FEATURE_NAMES, tuple(train_trees(features, labels)))
    rows = [r for article in features for r in article]
    flat = [v for article in labels for v in article]
    weights, mean, scale = train_logistic(rows, flat)
    return KeyFactModel(FEATURE_NAMES, tuple(weights), tuple(mean), tuple(scale))


def _cross_validate(
    examples: list[Example], features: list[list[list[float]]], folds: int, seed: int, kind: str
) -> tuple[float, float, float]:
    """Train on k-1 folds of articles, choose the top sentences of the held-out fold."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    predicted: list[list[int]] = [[] for _ in examples]
    for fold in range(folds):
        held = set(order[fold::folds])
        train = [i for i in range(len(examples)) if i not in held]
        model = _train(kind, [features[i] for i in train], [examples[i].labels for i in train])
        for i in held:
            predicted[i] = _chosen(examples[i], model)
    return top_k_scores(predicted, examples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--shuffles", type=int, default=1)
    parser.add_argument("--model", choices=("stacked", "trees", "logistic"), default="stacked")
    args = parser.parse_args()
    if args.model != "logistic" and importlib.util.find_spec("lightgbm") is None:
        print(
            "LightGBM is not installed (pip install -e '.[bench]'): cross-validating the "
            "logistic model instead; the shipped-model line below is still the trees"
        )
        args.model = "logistic"

    examples = load_examples()
    print(f"IndoSum dev.01+dev.02: {len(examples)} unique articles, top-{TOP} sentences")

    lead = [list(range(min(TOP, len(e.sentences)))) for e in examples]
    lead_scores = top_k_scores(lead, examples)
    print(_line("LEAD-3", lead_scores))

    features = [sentence_features(e.article, e.sentences) for e in examples]
    started = time.perf_counter()
    cv_scores = _cross_validate(examples, features, args.folds, SHUFFLE_SEED, args.model)
    print(
        _line(f"{args.model}, {args.folds}-fold CV by article", cv_scores)
        + f"   (vs LEAD-3 F1 {cv_scores[2] - lead_scores[2]:+.3f}; "
        f"{time.perf_counter() - started:.1f}s)"
    )
    if args.shuffles > 1:
        f1s = [cv_scores[2]] + [
            _cross_validate(examples, features, args.folds, seed, args.model)[2]
            for seed in range(1, args.shuffles)
        ]
        print(
            f"CV F1 over {args.shuffles} article shuffles: mean {sum(f1s) / len(f1s):.3f}, "
            f"min {min(f1s):.3f}, max {max(f1s):.3f}"
        )

    shipped = load_model()
    in_sample = [_chosen(e, shipped) for e in examples]
    print(_line("shipped model (in-sample)", top_k_scores(in_sample, examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
