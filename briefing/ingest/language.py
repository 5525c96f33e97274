"""Language of an article and of each paragraph (lingua), with Indonesian and Malay told apart.

Lingua is built once per process (a functools cache: the models are read-only) over the
candidate languages in ``data/languages.json``, in low-accuracy mode: preloading every
language costs ~1.3 GB, and the high-accuracy models of even 17 languages ~300 MB.

Indonesian and Malay share most of their vocabulary and lingua confuses them (17% of
Indonesian sentences come out Malay). When lingua's answer is either of them, a small
word-weight model (``data/id_ms.json``: learned log-odds plus listed marker words such
as tidak/tak, uang/wang, kantor/pejabat, karena/kerana) makes the call, together with
lingua's own id-vs-ms ratio and a prior that leans Indonesian for a single sentence
(little evidence) and relaxes for longer texts. The scale, lingua's weight and the prior
are calibrated by ``benchmarks/fit_id_ms.py`` on the training half of the benchmark.

Long texts (articles) are judged differently, because the benchmark's samples are at
most ~140 words and its Malay file is partly Indonesian web text: summed over hundreds
of words, the learned weights of topic words (lagu, album, pemain, musim ...) turned
12% of real Indonesian news Malay. So the learned evidence stops growing at
``LEARNED_TOKEN_CAP`` words (its per-word average times the cap: repeated topic words
are not independent evidence), and from ``long_from_tokens`` words on, over
``long_span_tokens`` more (both calibrated, at most 100 each) the score moves to a long-text form: lingua's log-ratio at face value (weight 1,
it is a log-odds and lingua is reliable on hundreds of characters), no prior, and each
marker word counted once (its repetitions tell the topic, not the language). Marker
words and the capped learned evidence can still overrule lingua when they clearly
say Malay.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Mapping, Sequence
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
MALAYIC = frozenset({"id", "ms"})
BIAS_TOKEN_CAP = 100
"""The length part of the id/ms prior stops growing here (about five sentences): past
that the prior stays fixed while the words' evidence grows with the text and decides."""
LEARNED_TOKEN_CAP = 100
"""The learned word evidence of a longer text is its per-word average times this."""
LONG_FROM_TOKENS = 100
LONG_SPAN_TOKENS = 100
"""From LONG_FROM_TOKENS words on, over LONG_SPAN_TOKENS more, the score moves linearly
from the calibrated short-text form to the long-text form (``combine``). Both are
chosen by ``benchmarks/fit_id_ms.py`` (``long_from_tokens``, ``long_span_tokens`` in
id_ms.json); these are the defaults and upper bounds of its grid."""
LONG_FULL_TOKENS = LONG_FROM_TOKENS + LONG_SPAN_TOKENS
"""A text this long or longer is judged wholly by the long-text form."""
LONG_LINGUA_WEIGHT = 1.0
LONG_BIAS = 0.0
_TOKEN = re.compile(r"[^\W\d_]+")


def long_share(
    tokens: int, long_from: float = LONG_FROM_TOKENS, span: float = LONG_SPAN_TOKENS
) -> float:
    """How much of the long-text form a text of ``tokens`` words gets (0 to 1)."""
    return max(0.0, min(1.0, (tokens - long_from) / span))


def combine(
    words: float,
    markers: float,
    ratio: float,
    tokens: int,
    *,
    word_scale: float,
    lingua_weight: float,
    bias: float,
    bias_per_token: float,
    distinct_markers: float | None = None,
    long_from_tokens: float = LONG_FROM_TOKENS,
    long_span_tokens: float = LONG_SPAN_TOKENS,
) -> float:
    """Malay-vs-Indonesian log-odds from the learned words (scaled, their sum capped at
    ``LEARNED_TOKEN_CAP`` words' worth), the listed marker words (at their listed
    weight: a Malay-only spelling is strong evidence however little of it the
    benchmark's training half holds), lingua's ratio and the prior; blended with the
    long-text form (``distinct_markers``: each marker word once) by ``long_share``.

    One function for the detector and for the fitting script, so the calibration is
    done on exactly the score the detector uses.
    """
    learned = word_scale * words * min(1.0, LEARNED_TOKEN_CAP / max(tokens, 1))
    prior = bias + bias_per_token * min(tokens, BIAS_TOKEN_CAP)
    short = prior + learned + markers + lingua_weight * ratio
    share = long_share(tokens, long_from_tokens, long_span_tokens)
    if share == 0.0:
        return short
    once = markers if distinct_markers is None else distinct_markers
    long = LONG_BIAS + learned + once + LONG_LINGUA_WEIGHT * ratio
    return (1.0 - share) * short + share * long


@dataclass(frozen=True, slots=True)
class Discriminator:
    """Indonesian vs Malay: word log-odds, marker words, lingua's ratio, a length prior."""

    learned: dict[str, float]
    markers: dict[str, float]
    bias: float
    bias_per_token: float
    word_scale: float
    lingua_weight: float
    max_token_weight: float
    long_from_tokens: float = LONG_FROM_TOKENS
    long_span_tokens: float = LONG_SPAN_TOKENS

    def word_evidence(self, text: str) -> tuple[float, float, int]:
        """Sums of the clipped learned weights and of the marker weights (Malay
        positive; a marker word counts only as a marker), and the number of words."""
        learned, markers, _, tokens = self.evidence(text)
        return learned, markers, tokens

    def evidence(self, text: str) -> tuple[float, float, float, int]:
        """``word_evidence`` plus the marker sum with each marker word counted once."""
        learned = markers = 0.0
        tokens = _TOKEN.findall(text.lower())
        cap = self.max_token_weight
        seen: set[str] = set()
        for token in tokens:
            marker = self.markers.get(token)
            if marker is not None:
                markers += marker
                seen.add(token)
                continue
            weight = self.learned.get(token)
            if weight is not None:
                learned += max(-cap, min(cap, weight))
        once = sum(self.markers[token] for token in seen)
        return learned, markers, once, len(tokens)

    def malay_log_odds(self, text: str, lingua_log_ratio: float) -> float:
        learned, markers, once, tokens = self.evidence(text)
        return combine(
            learned,
            markers,
            lingua_log_ratio,
            tokens,
            word_scale=self.word_scale,
            lingua_weight=self.lingua_weight,
            bias=self.bias,
            bias_per_token=self.bias_per_token,
            distinct_markers=once,
            long_from_tokens=self.long_from_tokens,
            long_span_tokens=self.long_span_tokens,
        )


@cache
def _data(name: str) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("briefing.ingest").joinpath("data", name).read_text("utf-8")
    )
    return raw


def discriminator_from(
    raw: dict[str, Any], wordfreq_malay: Mapping[str, float] | None = None
) -> Discriminator:
    """The discriminator described by an ``id_ms.json`` document and the Malay words of
    ``id_ms_wordfreq.json`` (kept apart: that file is CC BY-SA data). Marker words: the
    wordfreq-derived ones, then the hand-listed ones (which win)."""
    markers: dict[str, float] = {w: float(x) for w, x in (wordfreq_malay or {}).items()}
    markers.update((w, float(x)) for w, x in raw["markers"]["ms"].items())
    markers.update((w, -float(x)) for w, x in raw["markers"]["id"].items())
    return Discriminator(
        learned={w: float(x) for w, x in raw["learned"].items()},
        markers=markers,
        bias=float(raw["bias"]),
        bias_per_token=float(raw.get("bias_per_token", 0.0)),
        word_scale=float(raw.get("word_scale", 1.0)),
        lingua_weight=float(raw["lingua_weight"]),
        max_token_weight=float(raw["max_token_weight"]),
        long_from_tokens=float(raw.get("long_from_tokens", LONG_FROM_TOKENS)),
        long_span_tokens=float(raw.get("long_span_tokens", LONG_SPAN_TOKENS)),
    )


@cache
def _discriminator() -> Discriminator:
    return discriminator_from(_data("id_ms.json"), _data("id_ms_wordfreq.json")["words"])


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


def lingua_values(text: str) -> dict[str, float]:
    """Lingua's confidence per candidate language (ISO 639-1), zeros left out."""
    values = _detector().compute_language_confidence_values(text)
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values if v.value > 0}


def lingua_log_ratio(values: dict[str, float]) -> float:
    """log(p_ms / p_id) from lingua's confidence values (smoothed: either may be 0)."""
    return math.log((values.get("ms", 0.0) + 1e-6) / (values.get("id", 0.0) + 1e-6))


def malay_log_odds(text: str) -> float | None:
    """The discriminator's Malay-vs-Indonesian log-odds for ``text`` (> 0: Malay), or
    None when lingua does not put it in the Indonesian/Malay pair at all. For the
    benchmark's trade-off curve; ``detect_language`` is the API."""
    text = text[:WORD_SAMPLE_CHARS]
    values = lingua_values(text[:ARTICLE_SAMPLE_CHARS])
    if max(values, key=values.__getitem__, default=None) not in MALAYIC:
        return None
    return _discriminator().malay_log_odds(text, lingua_log_ratio(values))


def _guess(text: str) -> tuple[str | None, float]:
    values = lingua_values(text[:ARTICLE_SAMPLE_CHARS])
    if not values:
        return None, 0.0
    code = max(values, key=values.__getitem__)
    confidence = values[code]
    if code in MALAYIC:
        p_id, p_ms = values.get("id", 0.0), values.get("ms", 0.0)
        odds = _discriminator().malay_log_odds(text, lingua_log_ratio(values))
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
        scores = lingua_values(paragraphs[index][:PARAGRAPH_SAMPLE_CHARS])
        if not scores:
            continue
        code = max(scores, key=scores.__getitem__)
        if scores[code] < MIXED_MIN_CONFIDENCE or (code in MALAYIC and article.code in MALAYIC):
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
