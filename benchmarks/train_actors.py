"""Train the shipped NER tagger (``briefing/analysis/models/ner_id.json.gz``) on IDNER.

An averaged structured perceptron with Viterbi decoding over the same candidate tokens
and features the app uses at run time (``briefing.analysis.ner``). Weights are averaged,
pruned (small weights dropped, the rest rounded) and written as gzipped JSON. Takes about
a minute on one core.

Run: ``.venv/bin/python benchmarks/train_actors.py [--epochs 12] [--out PATH]``.
IDNER (``../shared/bench/idner/train.txt``) is MIT-licensed; see the model README.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

from briefing.analysis.actors_gazetteer import actor_tables
from briefing.analysis.ner import (
    MODEL_FILE,
    TAGS,
    TaggerModel,
    candidate_mask,
    viterbi,
)
from briefing.analysis.ner_training import read_conll, sentence_features

# The word classes of the Indonesian actor tables, frozen into the model file.
GAZETTEER = dict(actor_tables("id").word_classes)
REPO = Path(__file__).resolve().parents[1]
IDNER = REPO.parent / "shared" / "bench" / "idner"
NTAGS = len(TAGS)
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}


def masked_gold(words: list[str], tags: list[str]) -> tuple[list[bool], list[int]]:
    """Gold tags restricted to candidate tokens (an orphaned ``I-`` becomes ``B-``)."""
    mask = candidate_mask(words)
    gold: list[int] = []
    prev = "O"
    for ok, tag in zip(mask, tags, strict=True):
        t = tag if ok else "O"
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        gold.append(TAG_INDEX[t])
        prev = t
    return mask, gold


class Perceptron:
    """Weights plus the running sums needed to average them at the end."""

    def __init__(self) -> None:
        self.w: dict[str, list[float]] = {}
        self.u: dict[str, list[float]] = {}
        self.trans = [[0.0] * NTAGS for _ in range(NTAGS)]
        self.trans_u = [[0.0] * NTAGS for _ in range(NTAGS)]
        self.start = [0.0] * NTAGS
        self.start_u = [0.0] * NTAGS
        self.c = 1

    def emissions(self, feats: list[list[str]], mask: list[bool]) -> list[list[float] | None]:
        out: list[list[float] | None] = []
        for fs, ok in zip(feats, mask, strict=True):
            if not ok:
                out.append(None)
                continue
            em = [0.0] * NTAGS
            for f in fs:
                v = self.w.get(f)
                if v is not None:
                    for t in range(NTAGS):
                        em[t] += v[t]
            out.append(em)
        return out

    def _bump(self, f: str, t: int, d: float) -> None:
        v = self.w.get(f)
        if v is None:
            v = self.w[f] = [0.0] * NTAGS
            self.u[f] = [0.0] * NTAGS
        v[t] += d
        self.u[f][t] += self.c * d

    def update(self, feats: list[list[str]], gold: list[int], pred: list[int]) -> None:
        for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
            if g != p:
                for f in feats[i]:
                    self._bump(f, g, 1.0)
                    self._bump(f, p, -1.0)
            gp = gold[i - 1] if i else -1
            pp = pred[i - 1] if i else -1
            if (gp, g) != (pp, p):
                if i == 0:
                    self.start[g] += 1
                    self.start_u[g] += self.c
                    self.start[p] -= 1
                    self.start_u[p] -= self.c
                else:
                    self.trans[gp][g] += 1
                    self.trans_u[gp][g] += self.c
                    self.trans[pp][p] -= 1
                    self.trans_u[pp][p] -= self.c

    def averaged(self, threshold: float) -> TaggerModel:
        c = self.c
        weights: dict[str, list[float]] = {}
        for f, v in self.w.items():
            u = self.u[f]
            avg = [round(v[t] - u[t] / c, 3) for t in range(NTAGS)]
            if max(abs(x) for x in avg) >= threshold:
                weights[f] = avg
        trans = [
            [round(self.trans[p][t] - self.trans_u[p][t] / c, 3) for t in range(NTAGS)]
            for p in range(NTAGS)
        ]
        start = [round(self.start[t] - self.start_u[t] / c, 3) for t in range(NTAGS)]
        return TaggerModel(weights=weights, transitions=trans, start=start)


def train(sentences: list[tuple[list[str], list[str]]], epochs: int, seed: int = 13) -> Perceptron:
    gaz = GAZETTEER.get
    data = []
    for words, tags in sentences:
        mask, gold = masked_gold(words, tags)
        data.append((sentence_features(words, gaz), mask, gold))
    model = Perceptron()
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        errors = 0
        for feats, mask, gold in data:
            pred = viterbi(model.emissions(feats, mask), model.trans, model.start)
            if pred != gold:
                errors += sum(1 for g, p in zip(gold, pred, strict=True) if g != p)
                model.update(feats, gold, pred)
            model.c += 1
        print(f"epoch {epoch + 1}: {errors} token errors", file=sys.stderr)
    return model


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--threshold", type=float, default=0.05)
    parser.add_argument(
        "--out", type=Path, default=REPO / "briefing" / "analysis" / "models" / MODEL_FILE
    )
    parser.add_argument("--train", type=Path, default=IDNER / "train.txt")
    args = parser.parse_args()
    started = time.perf_counter()
    sentences = read_conll(args.train.read_text(encoding="utf-8").splitlines())
    model = train(sentences, args.epochs)
    tagger = model.averaged(args.threshold)
    tagger.gazetteer = GAZETTEER
    tagger.meta = {
        "trained_on": "IDNER-news-2k train.txt (Khairunnisa et al. 2020, MIT licence)",
        "sentences": len(sentences),
        "epochs": args.epochs,
        "features": len(tagger.weights),
    }
    payload = json.dumps(tagger.to_json(), ensure_ascii=False, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(gzip.compress(payload.encode("utf-8"), compresslevel=9, mtime=0))
    print(
        f"trained on {len(sentences)} sentences in {time.perf_counter() - started:.1f} s; "
        f"{len(tagger.weights)} features kept (of {len(model.w)}); "
        f"{args.out.stat().st_size / 1024:.0f} KB -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
