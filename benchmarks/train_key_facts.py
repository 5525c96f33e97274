"""Train the shipped key-fact model on IndoSum and write briefing/analysis/models/key_facts.json.

Run: ``.venv/bin/python benchmarks/train_key_facts.py``. Only learned weights are written,
never IndoSum text (CC BY-SA 4.0; the weights are a derived statistic).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from keyfacts_data import REPO, load_examples, train_logistic

from briefing.analysis.keyfacts import FEATURE_NAMES, KeyFactModel, sentence_features

MODEL_PATH = REPO / "briefing" / "analysis" / "models" / "key_facts.json"


def main() -> int:
    examples = load_examples()
    rows: list[list[float]] = []
    labels: list[bool] = []
    for example in examples:
        rows.extend(sentence_features(example.article, example.sentences))
        labels.extend(example.labels)
    weights, mean, scale = train_logistic(rows, labels)
    model = KeyFactModel(FEATURE_NAMES, tuple(weights), tuple(mean), tuple(scale))
    payload = {
        "about": "Logistic key-sentence scorer trained by benchmarks/train_key_facts.py "
        f"on {len(examples)} IndoSum dev articles ({len(rows)} sentences).",
        **model.to_json(),
    }
    Path(MODEL_PATH).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(REPO)}: {len(examples)} articles, {len(rows)} sentences")
    for name, w in sorted(zip(FEATURE_NAMES, weights, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:20s} {w:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
