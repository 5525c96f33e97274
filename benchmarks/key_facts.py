"""Key-fact benchmark: top-3 sentence P/R/F1 on IndoSum beside LEAD-3, in one run.

Reports (1) LEAD-3, (2) the method cross-validated k-fold by article (trained on k-1
folds, scored on the held-out fold: the honest figure), and (3) the shipped model
``models/key_facts.json`` over all articles, which it was trained on (in-sample).
Run: ``.venv/bin/python benchmarks/key_facts.py [--folds 5]``.
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


def _chosen(example: Example, model: KeyFactModel) -> list[int]:
    ranked = score_sentences(example.article, example.sentences, model)
    index = {(s.start, s.end): i for i, s in enumerate(example.sentences)}
    return [index[(k.start, k.end)] for k in ranked[:TOP]]


def _line(name: str, scores: tuple[float, float, float]) -> str:
    p, r, f = scores
    return f"{name:34s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    examples = load_examples()
    print(f"IndoSum dev.01+dev.02: {len(examples)} unique articles, top-{TOP} sentences")

    lead = [list(range(min(TOP, len(e.sentences)))) for e in examples]
    lead_scores = top_k_scores(lead, examples)
    print(_line("LEAD-3", lead_scores))

    features = [sentence_features(e.article, e.sentences) for e in examples]
    order = list(range(len(examples)))
    random.Random(2018).shuffle(order)
    predicted: list[list[int]] = [[] for _ in examples]
    started = time.perf_counter()
    for fold in range(args.folds):
        held = set(order[fold :: args.folds])
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
    cv_scores = top_k_scores(predicted, examples)
    print(
        _line(f"key facts, {args.folds}-fold CV by article", cv_scores)
        + f"   (vs LEAD-3 F1 {cv_scores[2] - lead_scores[2]:+.3f}; "
        f"{time.perf_counter() - started:.1f}s)"
    )

    shipped = load_model()
    in_sample = [_chosen(e, shipped) for e in examples]
    print(_line("shipped model (in-sample)", top_k_scores(in_sample, examples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
