"""Language of an article and of each paragraph (lingua), with Indonesian and Malay told apart.

Lingua is built once per process (a functools cache: the models are read-only) over the
candidate languages in ``data/languages.json``, in low-accuracy mode: preloading every
language costs ~1.3 GB, and the high-accuracy models of even 17 languages ~300 MB.

Indonesian and Malay share most of their vocabulary and lingua confuses them (17% of
Indonesian sentences come out Malay). When lingua's answer is either of them, a small
word-weight model (``data/id_ms.json``: learned log-odds plus listed marker words such
as tidak/tak, uang/wang, kantor/pejabat, karena/kerana) makes the call, together with
lingua's own id-vs-ms ratio.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefing.core.model import LanguageGuess

ARTICLE_SAMPLE_CHARS = 600
"""Lingua judges a long text on its start (its cost grows with the length, its accuracy
no longer does); the id/ms word weights, which are cheap, see ``WORD_SAMPLE_CHARS``."""
WORD_SAMPLE_CHARS = 8000
PARAGRAPH_SAMPLE_CHARS = 100
PARAGRAPH_MIN_CHARS = 60
"""Shorter paragraphs take the article's language: too little evidence of their own."""
MAX_PARAGRAPH_CHECKS = 24
"""Long pages: only this many paragraphs (spread evenly) are judged on their own."""
MIXED_MIN_SHARE = 0.15
MIXED_MIN_CONFIDENCE = 0.7
_MALAYIC = frozenset({"id", "ms"})
_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Discriminator:
    weights: dict[str, float]
    bias: float
    lingua_weight: float
    max_token_weight: float

    def malay_log_odds(self, text: str, lingua_log_ratio: float) -> float:
        score = self.bias + self.lingua_weight * lingua_log_ratio
        for token in _TOKEN.findall(text.lower()):
            weight = self.weights.get(token)
            if weight is not None:
                score += max(-self.max_token_weight, min(self.max_token_weight, weight))
        return score


@cache
def _data(name: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("briefing.ingest").joinpath("data", name).read_text("utf-8")
    )
    return raw


@cache
def _discriminator() -> _Discriminator:
    raw = _data("id_ms.json")
    weights: dict[str, float] = dict(raw["learned"])
    for word, weight in raw["markers"]["ms"].items():
        weights[word] = max(weights.get(word, 0.0), float(weight))
    for word, weight in raw["markers"]["id"].items():
        weights[word] = min(weights.get(word, 0.0), -float(weight))
    return _Discriminator(
        weights=weights,
        bias=float(raw["bias"]),
        lingua_weight=float(raw["lingua_weight"]),
        max_token_weight=float(raw["max_token_weight"]),
    )


_BUILD_LOCK = threading.Lock()


def _detector() -> Any:
    """The shared lingua detector, built once even when import workers start together."""
    with _BUILD_LOCK:
        return _build_detector()


@cache
def _build_detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = _data("languages.json")["candidates"]
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def candidate_languages() -> tuple[str, ...]:
    return tuple(_data("languages.json")["candidates"])


def _lingua_values(text: str) -> dict[str, float]:
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values if v.value > 0}


def _guess(text: str) -> tuple[str | None, float]:
    values = _lingua_values(text[:ARTICLE_SAMPLE_CHARS])
    if not values:
        return None, 0.0
    code = max(values, key=values.__getitem__)
    confidence = values[code]
    if code in _MALAYIC:
        p_id, p_ms = values.get("id", 0.0), values.get("ms", 0.0)
        ratio = math.log((p_ms + 1e-6) / (p_id + 1e-6))
        odds = _discriminator().malay_log_odds(text, ratio)
        p_malay = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, odds))))
        code = "ms" if p_malay > 0.5 else "id"
        confidence = (p_id + p_ms) * max(p_malay, 1.0 - p_malay)
    return code, confidence


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` (ISO 639-1) and lingua's confidence in it."""
    sample = text[:WORD_SAMPLE_CHARS]
    if not _TOKEN.search(sample):
        return LanguageGuess(None, 0.0)
    code, confidence = _guess(sample)
    return LanguageGuess(code, round(confidence, 4))


def paragraph_languages(paragraphs: Sequence[str], article: LanguageGuess) -> list[str | None]:
    """Each paragraph's language; short ones, and id/ms splits, follow the article.

    Telling Indonesian from Malay paragraph by paragraph would be noise: an article
    does not switch between them, so an id/ms paragraph inherits the article's call.
    Lingua's cost grows with the text, so each paragraph is judged on its first
    ``PARAGRAPH_SAMPLE_CHARS`` (a sentence is plenty). Serial calls: lingua's parallel
    variant was no faster on two cores and slower when the machine is busy.
    """
    result: list[str | None] = [article.code] * len(paragraphs)
    if article.code is None:
        return result
    indices = [i for i, text in enumerate(paragraphs) if len(text) >= PARAGRAPH_MIN_CHARS]
    if len(indices) < 2:  # one paragraph: the article's own call already judged it
        return result
    if len(indices) > MAX_PARAGRAPH_CHECKS:
        step = len(indices) / MAX_PARAGRAPH_CHECKS
        indices = [indices[int(k * step)] for k in range(MAX_PARAGRAPH_CHECKS)]
    for index in indices:
        scores = _lingua_values(paragraphs[index][:PARAGRAPH_SAMPLE_CHARS])
        if not scores:
            continue
        code = max(scores, key=scores.__getitem__)
        if scores[code] < MIXED_MIN_CONFIDENCE or (code in _MALAYIC and article.code in _MALAYIC):
            continue
        result[index] = code
    return result


def with_mixture(
    article: LanguageGuess, paragraphs: Sequence[str], languages: Sequence[str | None]
) -> LanguageGuess:
    """Mark the article mixed when other languages hold a real share of its text."""
    total = sum(len(p) for p in paragraphs) or 1
    shares: dict[str, int] = {}
    for text, code in zip(paragraphs, languages, strict=True):
        if code and code != article.code:
            shares[code] = shares.get(code, 0) + len(text)
    others = tuple(
        sorted(
            (c for c, n in shares.items() if n / total >= MIXED_MIN_SHARE), key=lambda c: shares[c]
        )
    )
    if not others:
        return article
    return LanguageGuess(article.code, article.confidence, True, others[::-1])
