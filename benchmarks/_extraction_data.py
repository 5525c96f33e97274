"""Shared loader and metric for the article-extraction benchmarks (not a benchmark itself)."""

from __future__ import annotations

import gzip
import json
import os
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFING_SHARED_DIR") or REPO.parent / "shared")
BENCH = SHARED / "bench" / "article-extraction"
_TOKEN = re.compile(r"\w+")
NGRAM = 4


def load_pages() -> list[tuple[str, bytes, str]]:
    """(id, html bytes, gold body) for every page of the benchmark."""
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, html, truth[page_id]["articleBody"]))
    return pages


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) < NGRAM:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + NGRAM]) for i in range(len(tokens) - NGRAM + 1))


def page_scores(gold: str, predicted: str) -> tuple[float, float, float]:
    """The benchmark's per-page (tp, fp, fn) over 4-token shingles, normalised by their sum."""
    g, p = _shingles(gold), _shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def precision_recall_f1(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [tp / (tp + fp) for tp, fp, fn in scores if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, fp, fn in scores if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
