"""A second look at an article's key-fact scores, with the other sentences' scores in view.

A first tree ensemble scores each sentence from its own features, as if it were alone. But
the summaries behind the training labels keep runs of neighbouring sentences, and whether
a fair sentence makes the top three depends on how the others fared. A second ensemble
therefore reads each sentence's features plus the first ensemble's scores around it: its
own score and rank, the gaps to the best and to the third best, the scores of the two
sentences before and after, and the best score earlier in the article.

Both ensembles ship in one JSON file (``kind`` :data:`KIND`), trained by
``benchmarks/train_key_facts.py``; the second one learns from first-stage scores that were
computed out of fold (each article scored by a first stage that never saw it), as they
will be on a new article. Scores compare sentences of one article, so
:meth:`StackedTrees.score_rows` must be given the rows of exactly one article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.keyfacts_trees import TreeEnsemble, sigmoid

KIND = "stacked_trees"
CONTEXT_FEATURES: tuple[str, ...] = (
    "first_score",
    "first_gap_best",
    "first_gap_third",
    "first_rank",
    "first_prev",
    "first_next",
    "first_prev2",
    "first_next2",
    "first_best_before",
)
"""What the second stage adds to each row, all from the first stage's raw scores."""
NO_SCORE = -10.0
"""The score of a neighbour that does not exist (below any raw score the trees give)."""
RANK_CAP = 10


def context_rows(raw: Sequence[float]) -> list[list[float]]:
    """:data:`CONTEXT_FEATURES` for each sentence of one article, from first-stage scores."""
    n = len(raw)
    if not n:
        return []
    order = sorted(range(n), key=lambda i: (-raw[i], i))
    rank = [0] * n
    for position, i in enumerate(order):
        rank[i] = position
    best = raw[order[0]]
    third = raw[order[min(2, n - 1)]]
    out = []
    before = NO_SCORE
    for i, score in enumerate(raw):
        out.append(
            [
                score,
                score - best,
                score - third,
                float(min(rank[i], RANK_CAP)),
                raw[i - 1] if i >= 1 else NO_SCORE,
                raw[i + 1] if i + 1 < n else NO_SCORE,
                raw[i - 2] if i >= 2 else NO_SCORE,
                raw[i + 2] if i + 2 < n else NO_SCORE,
                before,
            ]
        )
        before = max(before, score) if i else score
    return out


@dataclass(frozen=True, slots=True)
class StackedTrees:
    """Two tree ensembles: ``first`` over the sentence features, ``second`` over the same
    features followed by :data:`CONTEXT_FEATURES`."""

    first: TreeEnsemble
    second: TreeEnsemble

    @property
    def features(self) -> tuple[str, ...]:
        return self.first.features

    def second_rows(self, rows: Sequence[Sequence[float]]) -> list[list[float]]:
        """The second stage's input for the rows of one article."""
        raw = self.first.raw_score_function()
        width = len(self.first.features)
        scores = []
        for row in rows:
            if len(row) != width:
                raise ValueError("feature row of the wrong width")
            scores.append(raw(row))
        return [[*row, *extra] for row, extra in zip(rows, context_rows(scores), strict=True)]

    def raw_scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        second = self.second.raw_score_function()
        return [second(row) for row in self.second_rows(rows)]

    def score_rows(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Scores in 0..1 for the rows of one article (never rows of several articles)."""
        return [sigmoid(z) for z in self.raw_scores(rows)]

    def compile(self) -> None:
        """Build both compiled functions now rather than on the first article."""
        self.first.raw_score_function()
        self.second.raw_score_function()

    def to_json(self) -> dict[str, object]:
        return {"kind": KIND, "first": self.first.to_json(), "second": self.second.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, object], expected: tuple[str, ...]) -> StackedTrees:
        first = data.get("first")
        second = data.get("second")
        if not isinstance(first, dict) or not isinstance(second, dict):
            raise ValueError("stacked key-fact model needs a first and a second ensemble")
        return cls(
            TreeEnsemble.from_json(first, expected),
            TreeEnsemble.from_json(second, (*expected, *CONTEXT_FEATURES)),
        )
