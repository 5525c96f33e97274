"""Key-fact benchmark: top-3 sentence P/R/F1 on IndoSum beside LEAD-3, in one run.

Reports (1) LEAD-3, (2) the method cross-validated k-fold by article (trained on k-1
folds, scored on the held-out fold: the honest figure), and (3) the shipped model
``models/key_facts.json`` over all articles, which it was trained on (in-sample).
``--shuffles N`` repeats the cross-validation over N different article shuffles (the first
is the fixed one above) and prints their mean and range: one shuffle moves the figure by
about ±0.002, so smaller differences between two versions are noise.
Run: ``.venv/bin/python benchmarks/key_facts.py [--folds 5] [--shuffles 1]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from keyfacts_data import Example, load_examples, top_k_scores, train_logistic

from briefing.analysis.keyfacts import (
    FEATURE_NAMES,
    KeyFactModel,
    load_model,
    score_sentences,
    sentence_features,
)

TOP = 3
SHUFFLE_SEED = 2018


def _chosen(example: Example, model: KeyFactModel) -> list[int]:
    ranked = score_sentences(example.article, example.sentences, model)
    index = {(s.start, s.end): i for i, s in enumerate(example.sentences)}
    return [index[(k.start, k.end)] for k in ranked[:TOP]]


def _line(name: str, scores: tuple[float, float, float]) -> str:
    p, r, f = scores
    return f"{name:34s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def _cross_validate(
    examples: list[Example], features: list[list[list[float]]], folds: int, seed: int
) -> tuple[float, float, float]:
    """Train on k-1 folds of articles, choose the top sentences of the held-out fold."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    predicted: list[list[int]] = [[] for _ in examples]
    for fold in range(folds):
        held = set(order[fold::folds])
        rows: list[list[float]] = []
        labels: list[bool] = []
        for i, example in enumerate(examples):
            if i not in held:
                rows.extend(features[i])
                labels.extend(example.labels)
        weights, mean, scale = train_logistic(rows, labels)
        model = KeyFactModel(FEATURE_NAMES, tuple(weights), tuple(mean), tuple(scale))
        for i in held:
            predicted[i] = _chosen(examples[i], model)
    return top_k_scores(predicted, examples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--shuffles", type=int, default=1)
    args = parser.parse_args()

    examples = load_examples()
    print(f"IndoSum dev.01+dev.02: {len(examples)} unique articles, top-{TOP} sentences")

    lead = [list(range(min(TOP, len(e.sentences)))) for e in examples]
    lead_scores = top_k_scores(lead, examples)
    print(_line("LEAD-3", lead_scores))

    features = [sentence_features(e.article, e.sentences) for e in examples]
    started = time.perf_counter()
    cv_scores = _cross_validate(examples, features, args.folds, SHUFFLE_SEED)
    print(
        _line(f"key facts, {args.folds}-fold CV by article", cv_scores)
        + f"   (vs LEAD-3 F1 {cv_scores[2] - lead_scores[2]:+.3f}; "
        f"{time.perf_counter() - started:.1f}s)"
    )
    if args.shuffles > 1:
        f1s = [cv_scores[2]] + [
            _cross_validate(examples, features, args.folds, seed)[2]
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
