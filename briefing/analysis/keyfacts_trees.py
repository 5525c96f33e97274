"""Gradient-boosted trees for the key-fact score, evaluated in pure Python.

The key-fact cues interact (a quote is harmless in sentence 9 and bad in sentence 1; title
words matter most once the lead is past), which a linear model can only approximate with
hand-made products. Small trees, trained by ``benchmarks/train_key_facts.py`` with a
within-article ranking loss, learn those interactions. The app ships no numpy or
LightGBM, so the trees are stored as plain JSON arrays and walked here.

Walking the trees node by node in a Python loop costs several milliseconds an article, so
the ensemble is also translated once into one Python function of nested conditional
expressions (built only from the validated numbers of the model file) and compiled; the
plain walk (:meth:`TreeEnsemble.raw_score_walk`) stays as the reference the tests compare
the compiled function with.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

KIND = "trees"


@dataclass(frozen=True, slots=True)
class Tree:
    """One regression tree in flat arrays.

    Internal node ``k`` sends a row to ``left[k]`` when ``row[feature[k]] <= threshold[k]``,
    else to ``right[k]``; a child ``c >= 0`` is another internal node, a child ``c < 0``
    is the leaf ``~c`` (LightGBM's own convention). A tree with no split has one leaf.
    """

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    leaf: tuple[float, ...]

    def value(self, row: Sequence[float]) -> float:
        if not self.feature:
            return self.leaf[0]
        node = 0
        while node >= 0:
            node = (
                self.left[node]
                if row[self.feature[node]] <= self.threshold[node]
                else self.right[node]
            )
        return self.leaf[~node]

    def expression(self, node: int = 0) -> str:
        """This tree as a nested conditional expression over features named ``x0``, ``x1``…"""
        if not self.feature:
            return repr(self.leaf[0])
        return self._child(node)

    def _child(self, node: int) -> str:
        if node < 0:
            return repr(self.leaf[~node])
        return (
            f"({self._child(self.left[node])} if x{self.feature[node]} <= "
            f"{self.threshold[node]!r} else {self._child(self.right[node])})"
        )

    def check(self, width: int) -> None:
        """Reject a malformed tree (a bad index would loop or fail on every article)."""
        internal = len(self.feature)
        if not (internal == len(self.threshold) == len(self.left) == len(self.right)):
            raise ValueError("key-fact tree arrays differ in length")
        if len(self.leaf) != internal + 1:
            raise ValueError("key-fact tree must have one leaf more than splits")
        if any(not 0 <= f < width for f in self.feature):
            raise ValueError("key-fact tree splits on an unknown feature")
        children = [*self.left, *self.right]
        if internal and sorted(children) != sorted([*range(1, internal), *range(-internal - 1, 0)]):
            raise ValueError("key-fact tree is not a tree")
        if not all(math.isfinite(x) for x in (*self.threshold, *self.leaf)):
            raise ValueError("key-fact tree holds a non-finite number")


@dataclass(frozen=True, slots=True)
class TreeEnsemble:
    """A sum of trees over the rows of ``features``; the score is its logistic squash.

    A ranking loss gives raw scores on no fixed scale; the squash only maps them into 0..1
    for display and keeps the order.
    """

    features: tuple[str, ...]
    trees: tuple[Tree, ...]
    _compiled: list[Callable[[Sequence[float]], float]] = field(
        default_factory=list, compare=False, repr=False
    )

    def raw_score_walk(self, row: Sequence[float]) -> float:
        """The reference evaluation: every tree walked node by node, summed in order."""
        return sum([tree.value(row) for tree in self.trees])

    def raw_score_function(self) -> Callable[[Sequence[float]], float]:
        """The ensemble compiled into one function (built on first use, then kept)."""
        if not self._compiled:
            # the row is unpacked into local names once: a local read is cheaper than an
            # index per split, and unpacking also rejects a row of the wrong width
            names = "".join(f"x{j}, " for j in range(len(self.features)))
            terms = ",\n ".join(tree.expression() for tree in self.trees) or "0.0"
            source = f"def _raw(r):\n ({names}) = r\n return sum((\n {terms},\n ))\n"
            namespace: dict[str, object] = {"__builtins__": {"sum": sum}}
            exec(compile(source, "<key-fact trees>", "exec"), namespace)
            self._compiled.append(namespace["_raw"])  # type: ignore[arg-type]
        return self._compiled[0]

    def score(self, row: Sequence[float]) -> float:
        return self.score_rows([row])[0]

    def score_rows(self, rows: Sequence[Sequence[float]]) -> list[float]:
        raw = self.raw_score_function()
        width = len(self.features)
        out = []
        for row in rows:
            if len(row) != width:
                raise ValueError("feature row of the wrong width")
            out.append(sigmoid(raw(row)))
        return out

    def to_json(self) -> dict[str, object]:
        return {
            "kind": KIND,
            "features": list(self.features),
            "trees": [
                {
                    "feature": list(t.feature),
                    "threshold": list(t.threshold),
                    "left": list(t.left),
                    "right": list(t.right),
                    "leaf": list(t.leaf),
                }
                for t in self.trees
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, object], expected: tuple[str, ...]) -> TreeEnsemble:
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        if features != expected:
            raise ValueError("key-fact model was trained on other features; retrain it")
        trees = []
        for item in data["trees"]:  # type: ignore[attr-defined]
            tree = Tree(
                tuple(int(x) for x in item["feature"]),
                tuple(float(x) for x in item["threshold"]),
                tuple(int(x) for x in item["left"]),
                tuple(int(x) for x in item["right"]),
                tuple(float(x) for x in item["leaf"]),
            )
            tree.check(len(features))
            trees.append(tree)
        return cls(features, tuple(trees))


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for large negative ``z``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)
