"""Language identification accuracy on ../shared/bench/langid/ (single sentences, 5-sentence samples).

Usage:
    .venv/bin/python benchmarks/langid.py          # measure (prints figures, exits 0)
    .venv/bin/python benchmarks/langid.py --fit    # refit the id/ms word weights

The Indonesian/Malay word weights are fitted on the even-numbered sentences of id.txt and
ms.txt; every figure below is measured on the odd-numbered (held-out) sentences only, for
all languages alike.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.ingest import language as lang  # noqa: E402

SHARED = Path(os.environ.get("BRIEFING_SHARED_DIR") or REPO.parent / "shared")
SENTENCES = SHARED / "bench" / "langid" / "sentences"
DATA = REPO / "briefing" / "ingest" / "data" / "id_ms.json"
TOKEN = re.compile(r"[^\W\d_]+")
SAMPLE = 5
ALPHA = 0.5
MIN_COUNT = 2


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load(split: int) -> dict[str, list[str]]:
    out = {}
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [s.strip() for s in path.read_text(encoding="utf-8").split("\n") if s.strip()]
        out[path.stem] = [s for i, s in enumerate(lines) if i % 2 == split]
    return out


def fit() -> None:
    """Multinomial naive Bayes over lower-cased words, id vs ms, on the even-numbered
    sentences. No prior (bias 0) and no tuning against any held-out figure."""
    train = load(0)
    counts = {
        c: Counter(t for s in train[c] for t in TOKEN.findall(s.lower())) for c in ("id", "ms")
    }
    vocab = {w for c in counts for w in counts[c] if counts["id"][w] + counts["ms"][w] >= MIN_COUNT}
    totals = {c: sum(counts[c][w] for w in vocab) for c in counts}
    size = len(vocab)
    learned = {
        w: round(
            math.log((counts["ms"][w] + ALPHA) / (totals["ms"] + ALPHA * size))
            - math.log((counts["id"][w] + ALPHA) / (totals["id"] + ALPHA * size)),
            3,
        )
        for w in vocab
    }
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["learned"] = dict(sorted(learned.items()))
    data["bias"], data["lingua_weight"] = 0.0, 0.0
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lang._data.cache_clear()
    lang._discriminator.cache_clear()
    print(
        f"fitted {len(learned)} word weights on {len(train['id'])} id + {len(train['ms'])} ms sentences"
    )


def measure() -> None:
    test = load(1)
    before = rss_mb()
    t0 = time.perf_counter()
    lang.detect_language("warm up the detector")
    build = time.perf_counter() - t0
    print(
        f"held-out split: {sum(len(v) for v in test.values())} sentences, "
        f"{len(test)} languages; detector built in {build:.2f} s"
    )
    total_single = total_multi = ok_single = ok_multi = 0
    rows = []
    t0 = time.perf_counter()
    for code, sentences in test.items():
        guesses = [lang.detect_language(s).code for s in sentences]
        single = sum(g == code for g in guesses)
        wrong = Counter(str(g) for g in guesses if g != code).most_common(3)
        groups = [
            " ".join(sentences[i : i + SAMPLE])
            for i in range(0, len(sentences) - SAMPLE + 1, SAMPLE)
        ]
        multi = sum(lang.detect_language(g).code == code for g in groups)
        rows.append(
            (code, single / len(sentences), multi / len(groups), len(sentences), len(groups), wrong)
        )
        total_single += len(sentences)
        total_multi += len(groups)
        ok_single += single
        ok_multi += multi
    elapsed = time.perf_counter() - t0
    print(f"{'lang':<6}{'1 sentence':>12}{'5 sentences':>13}")
    for code, a1, a5, n1, n5, wrong in rows:
        mistaken = ", ".join(f"{g} {n}" for g, n in wrong)
        print(f"{code:<6}{a1:>12.1%}{a5:>13.1%}   (n={n1}/{n5}; single mistaken for: {mistaken})")
    print(f"{'all':<6}{ok_single / total_single:>12.1%}{ok_multi / total_multi:>13.1%}")
    print(f"detection time {elapsed:.2f} s for {total_single + total_multi} texts")
    print(
        f"detector memory: {rss_mb() - before:.0f} MB (RSS growth; process RSS {rss_mb():.0f} MB)"
    )
    print("targets: 5-sentence all >= 99%, id >= 98%, ms >= 95%; 1 sentence id >= 95%, ms >= 75%")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="refit the id/ms word weights")
    if parser.parse_args().fit:
        fit()
    measure()
