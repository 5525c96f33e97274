"""Fit the Indonesian/Malay discriminator (briefing/ingest/data/id_ms.json) on the training half.

Usage:
    .venv/bin/python benchmarks/fit_id_ms.py            # refit and write id_ms.json
    .venv/bin/python benchmarks/fit_id_ms.py --dry-run  # print the curves, write nothing
    .venv/bin/python benchmarks/fit_id_ms.py --audit    # count clear id/ms marker words

Everything here sees only the even-numbered sentences of id.txt and ms.txt (the training
half); benchmarks/langid.py measures on the odd-numbered ones. Steps:

1. Word log-odds: multinomial naive Bayes over lower-cased words (Malay positive). The
   marker words (hand-listed in id_ms.json, and Malay words from wordfreq's frequency
   lists in id_ms_wordfreq.json, see ``wordfreq_malay``) count at their own weight,
   outside the learned sum.
2. Five-fold cross-fitting inside the training half: each training sentence is scored by
   weights fitted on the other four folds, so the calibration below sees honest scores.
3. Calibration: a logistic regression on [learned word sum, lingua's log(p_ms / p_id)]
   (marker sum as a fixed offset) gives the learned sum's scale, lingua's weight and a
   base bias.
4. Prior: the bias is ``bias + bias_per_token * min(tokens, BIAS_TOKEN_CAP)`` -- a
   stronger Indonesian prior for a sentence, relaxed for longer texts whose evidence
   dominates. It is chosen on a grid by one stated rule on the cross-fitted training
   scores (see ``choose``): single-sentence Indonesian >= ID_MIN and, on 5-sentence
   training samples, Indonesian >= ID5_MIN and Malay >= MS5_MIN (the issue's targets plus
   a small margin), with the smallest length term that allows it, then the most Malay
   single sentences.
5. Long-text form (see briefing/ingest/language.py): where it starts and over how many
   words it takes over are chosen with the prior, by one rule: the earliest complete
   take-over (LONG_GRID) for which step 4's rule can still be met (``choose_long_from``).
   IndoSum is not used here: benchmarks/langid.py only measures it.

wordfreq (PyPI, Apache-2.0 code, CC BY-SA 4.0 data) is needed only here, for refitting:
``.venv/bin/pip install 'wordfreq>=3.1,<4'``; it is not a dependency of the application,
which reads the few hundred words this script writes into id_ms.json.

The trade-off curve (single-sentence Indonesian vs Malay accuracy as the bias moves) is
printed so the reader sees what is achievable on this data.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.ingest import language as lang  # noqa: E402

SHARED = Path(os.environ.get("BRIEFING_SHARED_DIR") or REPO.parent / "shared")
SENTENCES = SHARED / "bench" / "langid" / "sentences"
DATA = REPO / "briefing" / "ingest" / "data" / "id_ms.json"
WORDFREQ_DATA = DATA.with_name("id_ms_wordfreq.json")
TOKEN = re.compile(r"[^\W\d_]+")
ALPHA = 0.5
MIN_COUNT = 2
FOLDS = 5
SAMPLE = 5
ID_MIN, ID5_MIN, MS5_MIN = 0.955, 0.98, 0.955
NAME_CAPITALS = 0.8
WORDFREQ_MIN_FREQUENCY = 1e-5
WORDFREQ_MIN_LOG_RATIO = 3.0
WORDFREQ_MAX_WEIGHT = 3.0
WORDFREQ_ABOUT = (
    "Malay words for the Indonesian/Malay discriminator (briefing/ingest/language.py): words "
    "at least e^3 times more frequent in wordfreq's Malay word list than in its Indonesian "
    "one, with frequency >= 1e-5 and not at least as frequent in English, weight = that "
    "log-ratio capped at 3. Written by "
    "benchmarks/fit_id_ms.py. Derived from the word-frequency data of wordfreq (Robyn Speer; "
    "Exquisite Corpus: Wikipedia, OpenSubtitles 2018, Twitter), licensed CC BY-SA 4.0; this "
    "file is shared under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). "
    "See NOTICE-wordfreq.txt."
)
BIAS_GRID = [round(-4.0 + 0.1 * i, 2) for i in range(51)]
LONG_GRID = sorted(
    ((start, span) for start in range(40, 101, 10) for span in (50, 100)),
    key=lambda c: (c[0] + c[1], c[0]),
)
"""Where the long-text form starts and over how many words it takes over (its start
at most BIAS_TOKEN_CAP, where the prior stops growing). Tried from the earliest
complete take-over on: see ``choose_long_from``."""
PER_TOKEN_GRID = [round(0.005 * i, 3) for i in range(9)]


@dataclass(frozen=True, slots=True)
class Scored:
    """One training text as the calibration sees it (cross-fitted word sum)."""

    malay: bool
    words: float
    markers: float
    ratio: float
    tokens: int
    once: float  # marker sum with each marker word counted once (the long-text form)


def training_half() -> dict[str, list[str]]:
    out = {}
    for code in ("id", "ms"):
        text = (SENTENCES / f"{code}.txt").read_text(encoding="utf-8")
        lines = [s.strip() for s in text.split("\n") if s.strip()]
        out[code] = [s for i, s in enumerate(lines) if i % 2 == 0]
    return out


def wordfreq_malay(exclude: frozenset[str] = frozenset()) -> dict[str, float]:
    """Words at least e^3 (~20) times more frequent in wordfreq's Malay list than in its
    Indonesian one (and not rare): Malay spellings and words (kerana, bahawa, pejabat,
    selepas, syarikat ...) whose log-ratio, capped, becomes a marker weight.

    Only the Malay side is taken. On this benchmark the Indonesian side would cost
    Malay accuracy: Leipzig's Malay web crawl holds many Indonesian pages, while
    Indonesian text rarely holds a Malay-only word.
    """
    try:
        import wordfreq
    except ImportError:
        sys.exit("fit_id_ms.py needs wordfreq: .venv/bin/pip install 'wordfreq>=3.1,<4'")
    ms = wordfreq.get_frequency_dict("ms", "small")
    idn = wordfreq.get_frequency_dict("id", "small")
    english = wordfreq.get_frequency_dict("en", "small")
    out = {}
    for word, freq in ms.items():
        if freq < WORDFREQ_MIN_FREQUENCY or not TOKEN.fullmatch(word):
            continue
        if english.get(word, 0.0) >= freq or word in exclude:  # English, names
            continue
        ratio = math.log((freq + 1e-6) / (idn.get(word, 0.0) + 1e-6))
        if ratio >= WORDFREQ_MIN_LOG_RATIO:
            out[word] = round(min(WORDFREQ_MAX_WEIGHT, ratio), 2)
    return dict(sorted(out.items()))


def names(train: dict[str, list[str]], raw: dict) -> frozenset[str]:
    """Names, kept out of the wordfreq marker words: written with a capital in at least
    NAME_CAPITALS of their non-initial occurrences in the training half, or listed in
    id_ms.json's ``not_markers`` (places, people, parties, titles). A name tells the
    topic, not the language: an Indonesian article about Malaysia is still Indonesian."""
    capital: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for sentences in train.values():
        for sentence in sentences:
            for word in TOKEN.findall(sentence)[1:]:
                seen[word.lower()] += 1
                capital[word.lower()] += word[0].isupper()
    found = {w for w, n in seen.items() if n >= 2 and capital[w] >= NAME_CAPITALS * n}
    return frozenset(found | set(raw["not_markers"]))


def naive_bayes(id_texts: Sequence[str], ms_texts: Sequence[str]) -> dict[str, float]:
    counts = {
        "id": Counter(t for s in id_texts for t in TOKEN.findall(s.lower())),
        "ms": Counter(t for s in ms_texts for t in TOKEN.findall(s.lower())),
    }
    vocab = {w for c in counts for w in counts[c] if counts["id"][w] + counts["ms"][w] >= MIN_COUNT}
    totals = {c: sum(counts[c][w] for w in vocab) for c in counts}
    size = len(vocab)
    return {
        w: round(
            math.log((counts["ms"][w] + ALPHA) / (totals["ms"] + ALPHA * size))
            - math.log((counts["id"][w] + ALPHA) / (totals["id"] + ALPHA * size)),
            3,
        )
        for w in sorted(vocab)
    }


def score_texts(
    texts: Sequence[str], malay: bool, raw: dict, learned: dict, extra: dict
) -> list[Scored]:
    disc = lang.discriminator_from(raw | {"learned": learned}, extra)
    out = []
    for text in texts:
        values = lang.lingua_values(text[: lang.ARTICLE_SAMPLE_CHARS])
        if max(values, key=values.__getitem__, default=None) not in lang.MALAYIC:
            continue  # lingua said another language: the discriminator is never asked
        words, markers, once, tokens = disc.evidence(text)
        out.append(Scored(malay, words, markers, lang.lingua_log_ratio(values), tokens, once))
    return out


def cross_fitted(
    train: dict[str, list[str]], raw: dict, extra: dict
) -> tuple[list[Scored], list[Scored], dict[bool, int]]:
    """Single sentences and 5-sentence samples, each scored by the other folds' weights,
    and the number of samples per class (Malay True)."""
    singles: list[Scored] = []
    samples: list[Scored] = []
    windows = {False: 0, True: 0}
    for k in range(FOLDS):
        fit_on = {c: [s for i, s in enumerate(train[c]) if i % FOLDS != k] for c in train}
        learned = naive_bayes(fit_on["id"], fit_on["ms"])
        for code in ("id", "ms"):
            held = [s for i, s in enumerate(train[code]) if i % FOLDS == k]
            # every window of SAMPLE consecutive sentences: five times the samples of
            # disjoint groups, so the 5-sentence figures move in finer steps
            groups = [" ".join(held[i : i + SAMPLE]) for i in range(len(held) - SAMPLE + 1)]
            windows[code == "ms"] += len(groups)
            singles += score_texts(held, code == "ms", raw, learned, extra)
            samples += score_texts(groups, code == "ms", raw, learned, extra)
    return singles, samples, windows


def logistic(
    rows: Sequence[tuple[float, ...]], labels: Sequence[bool], offsets: Sequence[float]
) -> list[float]:
    """Newton's method with a little L2; the last coefficient is the intercept. Each
    row's offset enters the score with a fixed weight of 1 (the marker words)."""
    k = len(rows[0]) + 1
    w = [0.0] * k
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for row, label, offset in zip(rows, labels, offsets, strict=True):
            x = [*row, 1.0]
            z = offset + sum(a * b for a, b in zip(w, x, strict=True))
            z = max(-30.0, min(30.0, z))
            p = 1.0 / (1.0 + math.exp(-z))
            for i in range(k):
                grad[i] += (p - label) * x[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(k):
            grad[i] += 0.01 * w[i]
            hess[i][i] += 0.01
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    n = len(vector)
    a = [[*matrix[i], vector[i]] for i in range(n)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[pivot] = a[pivot], a[c]
        for r in range(n):
            if r != c:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c], strict=True)]
    return [a[i][n] / a[i][i] for i in range(n)]


def accuracy(rows: Sequence[Scored], n: dict[bool, int], params: dict[str, float]) -> dict:
    ok = {True: 0, False: 0}
    for r in rows:
        odds = lang.combine(
            r.words, r.markers, r.ratio, r.tokens, distinct_markers=r.once, **params
        )
        ok[r.malay] += (odds > 0) == r.malay
    return {m: ok[m] / n[m] for m in ok}


def audit() -> None:
    """How Indonesian-looking each half of id.txt / ms.txt is, by wordfreq's word lists:
    a sentence has a clear marker of a language when it holds a word >= e^3 times more
    frequent in that language's list (frequency >= 1e-5). Counting only, no fitting."""
    import wordfreq

    ms = wordfreq.get_frequency_dict("ms", "small")
    idn = wordfreq.get_frequency_dict("id", "small")
    kinds = ("Malay only", "Indonesian only", "both", "neither")
    print(f"{'file':<8}{'half':<10}" + "".join(f"{k:>17}" for k in kinds))
    for code in ("id", "ms"):
        text = (SENTENCES / f"{code}.txt").read_text(encoding="utf-8")
        lines = [s.strip() for s in text.split("\n") if s.strip()]
        for half, name in ((0, "training"), (1, "held-out")):
            counts = Counter()
            for line in lines[half::2]:
                found = set()
                for word in TOKEN.findall(line.lower()):
                    a, b = idn.get(word, 0.0), ms.get(word, 0.0)
                    if max(a, b) >= WORDFREQ_MIN_FREQUENCY:
                        ratio = math.log((b + 1e-6) / (a + 1e-6))
                        if abs(ratio) >= WORDFREQ_MIN_LOG_RATIO:
                            found.add("ms" if ratio > 0 else "id")
                kind = {frozenset({"ms"}): 0, frozenset({"id"}): 1}.get(frozenset(found))
                counts[kinds[kind if kind is not None else 2 if found else 3]] += 1
            print(f"{code + '.txt':<8}{name:<10}" + "".join(f"{counts[k]:>17}" for k in kinds))


def choose(
    base: dict[str, float],
    singles: Sequence[Scored],
    samples: Sequence[Scored],
    n1: dict[bool, int],
    n5: dict[bool, int],
) -> dict[str, float] | None:
    """The prior by the rule: the smallest length term for which some bias meets
    single-sentence Indonesian >= ID_MIN and the 5-sentence minima; with it, the bias
    that gives the most Malay single sentences. (Single-sentence Malay accuracy is flat
    across length terms, within a sentence or two: maximising over both would pick noise.)
    None when nothing meets the rule."""
    for per_token in PER_TOKEN_GRID:
        best: tuple[float, dict[str, float]] | None = None
        for shift in BIAS_GRID:
            p = base | {"bias": base["bias"] + shift, "bias_per_token": per_token}
            a1, a5 = accuracy(singles, n1, p), accuracy(samples, n5, p)
            meets = a1[False] >= ID_MIN and a5[False] >= ID5_MIN and a5[True] >= MS5_MIN
            if meets and (best is None or a1[True] > best[0]):
                best = (a1[True], p)
        if best is not None:
            return best[1]
    return None


def choose_long_from(
    base: dict[str, float],
    singles: Sequence[Scored],
    samples: Sequence[Scored],
    n1: dict[bool, int],
    n5: dict[bool, int],
) -> dict[str, float]:
    """The earliest long-text form (LONG_GRID: by the word count where it has wholly
    taken over, then by its start) for which ``choose`` finds a prior meeting its rule
    on the training half, with that prior.

    Why the earliest: the short-text form's learned weights and Malay-leaning prior are
    fitted to this benchmark's Malay file, which holds Indonesian web text; on real
    Indonesian news (other topics) they drift Malay as the text grows, while lingua's
    ratio and the marker words do not. So the long-text form takes over as early as
    the training half's 5-sentence targets allow. Falls back to the logistic bias,
    without length term, at the latest start, when nothing meets the rule."""
    for start, span in LONG_GRID:
        long_form = {"long_from_tokens": start, "long_span_tokens": span}
        found = choose(base | long_form, singles, samples, n1, n5)
        if found is not None:
            return found
    print("no prior meets the rule; keeping the logistic bias")
    start, span = LONG_GRID[-1]
    return base | {"bias_per_token": 0.0, "long_from_tokens": start, "long_span_tokens": span}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print only, write nothing")
    parser.add_argument(
        "--audit", action="store_true", help="count clear id/ms marker words per half, then stop"
    )
    args = parser.parse_args()
    if args.audit:
        audit()
        return
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    train = training_half()
    extra = wordfreq_malay(names(train, raw))
    print(f"{len(extra)} Malay words from wordfreq")
    n1 = {False: len(train["id"]), True: len(train["ms"])}
    singles, samples, n5 = cross_fitted(train, raw, extra)
    coef = logistic(
        [(r.words, r.ratio) for r in singles],
        [r.malay for r in singles],
        [r.markers for r in singles],
    )
    base = {"word_scale": coef[0], "lingua_weight": coef[1], "bias_per_token": 0.0}
    print(
        f"calibration on {len(singles)} cross-fitted training sentences: "
        f"word scale {coef[0]:.3f}, lingua weight {coef[1]:.3f}, bias {coef[2]:.3f}"
    )
    print("training-half trade-off (cross-fitted), one bias for all lengths:")
    print(f"{'bias':>7}{'id 1':>8}{'ms 1':>8}{'id 5':>8}{'ms 5':>8}")
    for bias in (1.0, 0.5, 0.0, -0.5, -1.0, -1.5, -2.0, -2.5):
        p = base | {"bias": coef[2] + bias}
        a1, a5 = accuracy(singles, n1, p), accuracy(samples, n5, p)
        print(f"{bias:>+7.1f}{a1[False]:>8.1%}{a1[True]:>8.1%}{a5[False]:>8.1%}{a5[True]:>8.1%}")
    chosen = choose_long_from(base | {"bias": coef[2]}, singles, samples, n1, n5)
    a1, a5 = accuracy(singles, n1, chosen), accuracy(samples, n5, chosen)
    print(
        f"chosen by the rule (single id >= {ID_MIN:.1%}, 5-sentence id >= {ID5_MIN:.1%}, "
        f"ms >= {MS5_MIN:.1%}; smallest length term): bias {chosen['bias']:.3f}, "
        f"per token {chosen['bias_per_token']:.3f}, long-text form from "
        f"{chosen['long_from_tokens']:.0f} words over {chosen['long_span_tokens']:.0f} "
        f"-> training single id {a1[False]:.1%} "
        f"ms {a1[True]:.1%}, 5-sentence id {a5[False]:.1%} ms {a5[True]:.1%}"
    )
    learned = naive_bayes(train["id"], train["ms"])
    print(f"fitted {len(learned)} word weights on {n1[False]} id + {n1[True]} ms sentences")
    if args.dry_run:
        return
    raw["learned"] = learned
    keys = ("bias", "bias_per_token", "word_scale", "lingua_weight")
    for key in (*keys, "long_from_tokens", "long_span_tokens"):
        raw[key] = round(chosen[key], 4)
    DATA.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    doc = {"_about": WORDFREQ_ABOUT, "words": extra}
    WORDFREQ_DATA.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {DATA.relative_to(REPO)} and {WORDFREQ_DATA.name}")


if __name__ == "__main__":
    main()
