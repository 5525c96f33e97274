"""Actor benchmark: entity-level F1 (PER, ORG, LOC; exact span and type) on IDNER dev.

Scores the shipped tagger (``briefing/analysis/models/ner_id.json.gz``) on
``../shared/bench/idner/dev.txt``, beside a capitalised-run baseline computed in the
same run; then times ``extract_actors`` on the seed article and over the IndoSum
articles (one process, model already loaded; CPU time, as shared machines are busy),
beside plain tokenisation of the same texts as a baseline.
Run: ``.venv/bin/python benchmarks/actors.py [--model PATH] [--no-speed]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from briefing.analysis.actors_gazetteer import tagger_gazetteer
from briefing.analysis.ner import (
    TaggerModel,
    candidate_mask,
    load_tagger,
    model_from_json,
)
from briefing.analysis.ner_training import entity_scores, read_conll

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
    parser.add_argument("--no-speed", action="store_true")
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
        f"tagger: {tokens / elapsed:,.0f} tokens/s ({elapsed * 1000:.0f} ms, memo warm-up included)"
    )
    if not args.no_speed:
        _speed()
    return 0


def _best_ms(run: Callable[[], object], repeat: int = 30) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best * 1000


def _speed() -> None:
    from _machine import calibration_line

    print(calibration_line())
    from keyfacts_data import load_examples

    from briefing.analysis.actors import extract_actors
    from briefing.analysis.ner import tokenize
    from briefing.analysis.sentences import split_sentences
    from briefing.ingest import import_path

    seed = import_path(SHARED / "corpus" / "seed" / "konteks-korut-troops.txt")
    sentences = split_sentences(seed.text, seed.paragraphs, seed.language.code)
    words = len(seed.text.split())
    extract_actors(seed, sentences)
    actors_ms = _best_ms(lambda: extract_actors(seed, sentences))
    tokens_ms = _best_ms(lambda: tokenize(seed.text))
    print(
        f"seed article ({words} words): extract_actors best {actors_ms:.2f} ms "
        f"(= {actors_ms * 500 / words:.2f} ms per 500 words); tokenising alone {tokens_ms:.2f} ms"
    )
    examples = load_examples()
    for example in examples[:50]:  # warm the per-word memo like a running app
        extract_actors(example.article, example.sentences)
    started = time.process_time()
    for example in examples:
        extract_actors(example.article, example.sentences)
    elapsed = time.process_time() - started
    started = time.process_time()
    for example in examples:
        tokenize(example.article.text)
    baseline = time.process_time() - started
    total_words = sum(len(e.article.text.split()) for e in examples)
    print(
        f"IndoSum: {len(examples)} articles ({total_words / len(examples):.0f} words avg): "
        f"extract_actors {len(examples) / elapsed:,.0f} articles/s "
        f"({elapsed / len(examples) * 1000:.2f} ms each); "
        f"tokenising alone {len(examples) / baseline:,.0f} articles/s "
        f"(actors cost {elapsed / baseline:.1f}x tokenising)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
