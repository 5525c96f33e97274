"""IndoSum as Article objects, plus the small trainer shared by the key-fact scripts.

IndoSum (``../shared/bench/indosum``, CC BY-SA 4.0) is pre-tokenised; the pipeline reads
natural text, so sentences are detokenised (``Kamis ( 27 / 7 )`` → ``Kamis (27/7)``) and
joined into paragraphs. The gold sentence boundaries become the ``SentenceSpan`` list, so
the metric is per gold sentence. The title is not in the data: it is rebuilt from the
slug of ``source_url`` (or of ``id``), which is how the publisher's title was written.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.analysis.keyfacts_stack import CONTEXT_FEATURES, StackedTrees, context_rows
from briefing.analysis.keyfacts_trees import Tree, TreeEnsemble
from briefing.analysis.suggestions import SentenceSpan
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph

REPO = Path(__file__).resolve().parents[1]
INDOSUM = REPO.parent / "shared" / "bench" / "indosum"
FILES = ("dev.01.jsonl", "dev.02.jsonl")

_NO_SPACE_BEFORE = {".", ",", ":", ";", ")", "]", "}", "?", "!", "%", "'s"}
_NO_SPACE_AFTER = {"(", "[", "{"}


@dataclass(frozen=True, slots=True)
class Example:
    article: Article
    sentences: tuple[SentenceSpan, ...]
    labels: tuple[bool, ...]


def detokenise(tokens: Sequence[str], quote_open: bool = False) -> tuple[str, bool]:
    """Undo IndoSum's tokenisation well enough to look like a published sentence.

    ``quote_open`` carries whether a straight quote is open from the previous sentence
    (quotes span sentences); the state after this sentence is returned with the text.
    """
    out: list[str] = []
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        glue = glue_next or not out
        glue_next = False
        if tok in _NO_SPACE_BEFORE:
            glue = True
        elif tok in _NO_SPACE_AFTER or tok in {"“", "‘"}:
            glue_next = True
        elif tok in {"”", "’"}:
            glue = True
        elif tok == "-" and (prev == "-" or nxt == "-"):
            glue = prev == "-"
        elif tok == '"':
            if quote_open:
                glue = True
            else:
                glue_next = True
            quote_open = not quote_open
        elif tok in {"/", "-", "–"} and prev[-1:].isalnum() and nxt[:1].isalnum():
            glue = True
            glue_next = True
        if glue or not out:
            out.append(tok)
        else:
            out.append(" " + tok)
    return "".join(out), quote_open


_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)
_SLUG_SEPARATORS = re.compile(r"[-.]+")


def _slug_words(slug: str) -> list[str]:
    """``178337-sung.ji-hyun.antar.korea`` → ``sung ji hyun antar korea``: publishers
    separate words with hyphens or dots and put a numeric id first; digits inside the
    title (``asian-games-2018``, ``3-0``) are kept."""
    parts = [p for p in _SLUG_SEPARATORS.split(_PAGE_SUFFIX.sub("", slug)) if p]
    while parts and parts[0].isdigit():
        parts.pop(0)
    return parts


def _title(record: dict[str, object]) -> str:
    """The publisher's headline as its URL spells it: the path segment with the most
    words (goal.com ends its URLs with a hash and juara.net separates words with dots),
    else the slug of IndoSum's ``id``."""
    url = str(record.get("source_url") or "").split("?", 1)[0]
    segments = [_slug_words(segment) for segment in url.split("/")[3:]]
    words = max(segments, key=len, default=[])
    if len(words) < 2:
        words = _slug_words(str(record.get("id", "")))
    return " ".join(words).capitalize()


def to_example(record: dict[str, object]) -> Example:
    parts: list[str] = []
    spans: list[SentenceSpan] = []
    paragraphs: list[Paragraph] = []
    labels: list[bool] = []
    pos = 0
    quote_open = False
    for p_index, (para, gold) in enumerate(
        zip(record["paragraphs"], record["gold_labels"], strict=True)  # type: ignore[call-overload]
    ):
        if p_index:
            parts.append("\n")
            pos += 1
        p_start = pos
        quote_open = False
        for s_index, (tokens, label) in enumerate(zip(para, gold, strict=True)):
            if s_index:
                parts.append(" ")
                pos += 1
            sentence, quote_open = detokenise(tokens, quote_open)
            parts.append(sentence)
            spans.append(SentenceSpan(pos, pos + len(sentence)))
            labels.append(bool(label))
            pos += len(sentence)
        paragraphs.append(Paragraph(p_start, pos))
    text = "".join(parts)
    article = Article(
        id=str(record["id"]),
        title=_title(record),
        text=text,
        paragraphs=tuple(paragraphs),
        origin=Origin(None, "indosum", ""),
        language=LanguageGuess("id", 1.0),
    )
    return Example(article, tuple(spans), tuple(labels))


def load_examples(folder: Path = INDOSUM) -> list[Example]:
    """The unique articles of both dev files, in first-seen order."""
    seen: dict[str, Example] = {}
    for name in FILES:
        with (folder / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if record["id"] not in seen:
                    seen[record["id"]] = to_example(record)
    return list(seen.values())


def top_k_scores(
    predicted: Sequence[Sequence[int]], examples: Sequence[Example]
) -> tuple[float, float, float]:
    """Pooled precision, recall and F1 of the chosen sentence indexes."""
    tp = fp = fn = 0
    for chosen, example in zip(predicted, examples, strict=True):
        gold = {i for i, g in enumerate(example.labels) if g}
        hits = len(gold & set(chosen))
        tp += hits
        fp += len(chosen) - hits
        fn += len(gold) - hits
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def train_logistic(
    rows: Sequence[Sequence[float]],
    labels: Sequence[bool],
    *,
    epochs: int = 6,
    rate: float = 0.1,
    l2: float = 1e-4,
    seed: int = 13,
) -> tuple[list[float], list[float], list[float]]:
    """Logistic regression by AdaGrad SGD over standardised features: (weights, mean, scale).

    Pure Python on purpose: the app ships no numpy, and 30 features over ~27k sentences
    train in seconds.
    """
    width = len(rows[0])
    count = len(rows)
    mean = [sum(r[j] for r in rows) / count for j in range(width)]
    scale = []
    for j in range(width):
        var = sum((r[j] - mean[j]) ** 2 for r in rows) / count
        scale.append(math.sqrt(var) if var > 1e-12 else 1.0)
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    data = [[(r[j] - mean[j]) / scale[j] for j in range(width)] for r in rows]
    weights = [0.0] * width
    squares = [1e-8] * width
    order = list(range(count))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            x = data[k]
            z = sum(w * v for w, v in zip(weights, x, strict=True))
            z = max(-30.0, min(30.0, z))
            error = 1.0 / (1.0 + math.exp(-z)) - (1.0 if labels[k] else 0.0)
            for j in range(width):
                g = error * x[j] + l2 * weights[j]
                squares[j] += g * g
                weights[j] -= rate * g / math.sqrt(squares[j])
    return weights, mean, scale


TREE_PARAMS: dict[str, object] = {
    "objective": "lambdarank",
    "lambdarank_truncation_level": 10,
    "learning_rate": 0.05,
    "num_leaves": 8,
    "min_child_samples": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
}
"""Small trees under a within-article ranking loss (LambdaRank): the task is to choose the
top sentences of each article, not to calibrate a probability per sentence."""
TREE_ROUNDS = 200


def fit_lightgbm(
    articles: Sequence[Sequence[Sequence[float]]],
    labels: Sequence[Sequence[bool]],
    *,
    params: dict[str, object] | None = None,
    rounds: int = TREE_ROUNDS,
    seed: int = 1,
) -> Any:
    """A LightGBM booster over per-article feature rows (one query group per article).

    LightGBM (and numpy) are bench-only dependencies (``pip install -e .[bench]``); the
    app evaluates the converted trees in pure Python.
    """
    import lightgbm
    import numpy

    rows = numpy.asarray([r for article in articles for r in article], dtype=numpy.float64)
    targets = numpy.asarray([float(v) for article in labels for v in article])
    data = lightgbm.Dataset(rows, targets, group=[len(a) for a in articles])
    settings = {
        **TREE_PARAMS,
        **(params or {}),
        "verbose": -1,
        "num_threads": 1,
        "deterministic": True,
        "seed": seed,
    }
    return lightgbm.train(settings, data, num_boost_round=rounds)


def train_trees(
    articles: Sequence[Sequence[Sequence[float]]],
    labels: Sequence[Sequence[bool]],
    **options: Any,
) -> list[Tree]:
    """:func:`fit_lightgbm`, converted to the package's tree format."""
    return trees_from_lightgbm(fit_lightgbm(articles, labels, **options).dump_model())


STACK_FOLDS = 3
STACK_PARAMS: dict[str, object] = {"learning_rate": 0.1}
STACK_ROUNDS = 100
"""Each stage takes half the single ensemble's trees at twice its learning rate: the app
then walks as many trees as before (the same milliseconds an article) for the same
cross-validated F1 within noise (0.683 vs 0.684 with 200 trees a stage)."""


@dataclass(frozen=True, slots=True)
class StackedFit:
    """Both stages as LightGBM boosters, with the second stage's training rows."""

    first: Any
    second: Any
    second_rows: list[list[list[float]]]


def fit_stacked(
    articles: Sequence[Sequence[Sequence[float]]],
    labels: Sequence[Sequence[bool]],
    *,
    folds: int = STACK_FOLDS,
    rounds: int = STACK_ROUNDS,
    params: dict[str, object] | None = None,
    **options: Any,
) -> StackedFit:
    """Two stages of LambdaRank trees (see ``briefing.analysis.keyfacts_stack``).

    The second stage must learn from first-stage scores like those of a new article, so
    each training article is scored by a first stage fitted on the other ``folds - 1``
    parts (stacking); the shipped first stage is then fitted on every article.
    """
    import numpy

    options = {"rounds": rounds, "params": {**STACK_PARAMS, **(params or {})}, **options}
    scores: list[list[float]] = [[] for _ in articles]
    for fold in range(folds):
        held = range(fold, len(articles), folds)
        keep = [i for i in range(len(articles)) if i % folds != fold]
        booster = fit_lightgbm([articles[i] for i in keep], [labels[i] for i in keep], **options)
        # one call for the whole held-out part: a call per article costs more than the trees
        rows = numpy.asarray([r for i in held for r in articles[i]], dtype=numpy.float64)
        raw = [float(x) for x in booster.predict(rows, raw_score=True)]
        start = 0
        for i in held:
            scores[i] = raw[start : start + len(articles[i])]
            start += len(articles[i])
    second_rows = [
        [[*row, *extra] for row, extra in zip(article, context_rows(raw), strict=True)]
        for article, raw in zip(articles, scores, strict=True)
    ]
    first = fit_lightgbm(articles, labels, **options)
    second = fit_lightgbm(second_rows, labels, **options)
    return StackedFit(first, second, second_rows)


def train_stacked(
    articles: Sequence[Sequence[Sequence[float]]],
    labels: Sequence[Sequence[bool]],
    features: tuple[str, ...],
    **options: Any,
) -> StackedTrees:
    """:func:`fit_stacked`, converted to the package's model."""
    fit = fit_stacked(articles, labels, **options)
    return StackedTrees(
        TreeEnsemble(features, tuple(trees_from_lightgbm(fit.first.dump_model()))),
        TreeEnsemble(
            (*features, *CONTEXT_FEATURES), tuple(trees_from_lightgbm(fit.second.dump_model()))
        ),
    )


def trees_from_lightgbm(dump: dict[str, Any]) -> list[Tree]:
    """``Booster.dump_model()`` → flat :class:`Tree` arrays (numerical ``<=`` splits only)."""
    trees = []
    for info in dump["tree_info"]:
        root = info["tree_structure"]
        if "leaf_value" in root and "split_index" not in root:
            trees.append(Tree((), (), (), (), (float(root["leaf_value"]),)))
            continue
        splits: dict[int, dict[str, Any]] = {}
        leaves: dict[int, float] = {}
        stack = [root]
        while stack:
            node = stack.pop()
            if "split_index" in node:
                if node["decision_type"] != "<=" or node["missing_type"] == "Zero":
                    raise ValueError("only numerical <= splits can be exported")
                splits[node["split_index"]] = node
                stack.extend([node["left_child"], node["right_child"]])
            else:
                leaves[node["leaf_index"]] = float(node["leaf_value"])

        def ref(child: dict[str, Any]) -> int:
            return int(child["split_index"]) if "split_index" in child else ~child["leaf_index"]

        order = range(len(splits))
        trees.append(
            Tree(
                tuple(int(splits[k]["split_feature"]) for k in order),
                tuple(float(splits[k]["threshold"]) for k in order),
                tuple(ref(splits[k]["left_child"]) for k in order),
                tuple(ref(splits[k]["right_child"]) for k in order),
                tuple(leaves[k] for k in range(len(leaves))),
            )
        )
    return trees
