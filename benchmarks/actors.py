"""Actor benchmark: entity-level F1 (PER, ORG, LOC; exact span and type) on IDNER dev.

Scores the shipped tagger (``briefing/analysis/models/ner_id.json.gz``) on
``../shared/bench/idner/dev.txt``, beside a capitalised-run baseline computed in the
same run, and times ``extract_actors`` on the seed article.
Run: ``.venv/bin/python benchmarks/actors.py [--model PATH]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from briefing.analysis.actors_gazetteer import tagger_gazetteer
from briefing.analysis.ner import (
    TaggerModel,
    candidate_mask,
    entity_scores,
    load_tagger,
    model_from_json,
    read_conll,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "bench" / "idner" / "dev.txt"


def _baseline(words: list[str]) -> list[str]:
    """Every run of capitalised tokens is a PER entity (a floor to compare against)."""
    mask = candidate_mask(words)
    tags, prev = [], False
    for ok in mask:
        tags.append(("I-PER" if prev else "B-PER") if ok else "O")
        prev = ok
    return tags


def _print(name: str, scores: dict[str, tuple[float, float, float, int]]) -> None:
    print(name)
    for kind, (p, r, f, n) in scores.items():
        print(f"  {kind:4s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    if args.model:
        model: TaggerModel = model_from_json(json.loads(gzip.decompress(args.model.read_bytes())))
    else:
        model = load_tagger()
    sentences = read_conll(DEV.read_text(encoding="utf-8").splitlines())
    gold = [tags for _, tags in sentences]
    gaz = tagger_gazetteer("id")
    started = time.perf_counter()
    predicted = [model.tag(words, gaz) for words, _ in sentences]
    elapsed = time.perf_counter() - started
    tokens = sum(len(w) for w, _ in sentences)
    print(f"IDNER dev: {len(sentences)} sentences, {tokens} tokens")
    _print(
        "baseline (capitalised runs = PER)",
        entity_scores(gold, [_baseline(w) for w, _ in sentences]),
    )
    _print("tagger", entity_scores(gold, predicted))
    print(
        f"tagger speed: {tokens / elapsed:,.0f} tokens/s ({elapsed * 1000:.0f} ms, memo warm-up included)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
