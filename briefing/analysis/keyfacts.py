"""Key facts: a score per sentence, so the Situation section starts from the best ones.

News puts its facts first, but not always in the first three sentences: a quote that
opens the story, a "read also" line or a one-line dateline are poor key facts, while a
sentence that repeats the title's words and the article's main vocabulary is a good one.
Small gradient-boosted trees (:mod:`briefing.analysis.keyfacts_trees`) weigh these cues,
then a second ensemble looks again with the first one's scores of the neighbouring and
competing sentences in view (:mod:`briefing.analysis.keyfacts_stack`); both ship as JSON
(``models/key_facts.json``), trained by ``benchmarks/train_key_facts.py`` on IndoSum with
a within-article ranking loss. Single-ensemble and logistic model files
(:class:`KeyFactModel`) still load. The features are language-neutral (positions, lengths, word overlap), so the
same model serves every language.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain, pairwise

from briefing.analysis.keyfacts_stack import KIND as STACKED_KIND
from briefing.analysis.keyfacts_stack import StackedTrees
from briefing.analysis.keyfacts_trees import KIND as TREES_KIND
from briefing.analysis.keyfacts_trees import TreeEnsemble, sigmoid
from briefing.analysis.spans import SpanIndex
from briefing.analysis.suggestions import KeySentence, SentenceSpan
from briefing.core.model import Article

MODEL_FILE = "key_facts.json"
HEADING_WEIGHT = 0.2
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_CHARS = '"“”«»„‚‘’「」'
_QUOTE_RUN = re.compile("[" + re.escape(_QUOTE_CHARS) + "]")
_DIGIT = re.compile(r"\d")
_MIN_CONTENT_LEN = 4
"""Words shorter than this are mostly function words in the languages we read."""

TITLE_FEATURES: tuple[str, ...] = (
    "title_cover",
    "title_idf_cover",
    "title_bigrams",
    "title_novel",
    "title_seen_before",
    "title_cover_rel",
    "title_idf_rel",
    "title_idf_top3",
    "title_cover_top3",
)
"""Title coverage over every word of two letters or more (``AS``, ``TNI``, ``PSSI`` count),
weighted by how rare the word is among the article's sentences, and how much of the title
a sentence adds to what earlier sentences already said: the human summaries behind the
training labels restate the headline's news once, early."""
_MIN_TITLE_LEN = 2

PARAGRAPH_FEATURES: tuple[str, ...] = (
    "para_sentences",
    "last_in_para",
    "para_title_best",
    "para_quote_mean",
    "para_central_mean",
    "para_single",
)
"""The sentence's paragraph as a whole: a fact sitting in a paragraph of quotes is rarely
the one a summary keeps, a paragraph that restates the title usually is."""

NEIGHBOUR_CUES: tuple[str, ...] = (
    "title_idf_cover",
    "centrality",
    "quote_share",
    "log_words",
    "has_digit",
)
NEIGHBOUR_FEATURES: tuple[str, ...] = tuple(
    f"{side}_{cue}" for side in ("prev", "next") for cue in NEIGHBOUR_CUES
)
"""A few cues of the sentence before and after (:data:`NO_NEIGHBOUR` at the article's
ends): summaries keep runs of sentences, and a sentence that sets up a quote or follows the
title-restating one reads differently from the same sentence alone."""
NO_NEIGHBOUR = -1.0

FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    "pos_0",
    "pos_1",
    "pos_2",
    "pos_3",
    "pos_4",
    "pos_5_7",
    "pos_8_plus",
    "inv_pos",
    "rel_pos",
    "para_0",
    "para_1",
    "para_2_plus",
    "first_in_para",
    "pos_in_para",
    "log_words",
    "short",
    "no_final_punct",
    "has_quote",
    "starts_quote",
    "quote_share",
    "has_digit",
    "title_overlap",
    "title_share",
    "centrality",
    "first_sent_overlap",
    "capital_share",
    "log_sentences",
    "colon",
    "question",
    "title_best",
    "title_rel",
    "central_best",
    "central_rel",
    "title_rank_top3",
    "central_rank_top3",
    "words_rel",
    "title_x_lead",
    "title_x_tail",
    "quote_x_lead",
    "dateline",
    "after_quote",
    *(
        f"{cue}_x_pos{bucket}"
        for cue in ("quote", "title3", "central3", "short")
        for bucket in ("0", "1", "2", "3", "4", "5", "6_plus")
    ),
    *TITLE_FEATURES,
    *PARAGRAPH_FEATURES,
    *NEIGHBOUR_FEATURES,
)


_POSITION_CAP = 8
_POSITIONS: tuple[tuple[float, ...], ...] = tuple(
    (
        float(i == 0),
        float(i == 1),
        float(i == 2),
        float(i == 3),
        float(i == 4),
        float(5 <= i <= 7),
        float(i >= _POSITION_CAP),
    )
    for i in range(_POSITION_CAP + 1)
)
"""``pos_0`` … ``pos_8_plus`` of sentence ``min(i, 8)``: the same few rows in every article."""
_PARAGRAPH_CAP = 2
_PARAGRAPHS = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
"""``para_0``, ``para_1``, ``para_2_plus`` of paragraph ``min(k, 2)``."""
_SHORT_TOKENS = 8
_FINAL_PUNCT = (".", "!", "?", '"', "”", "’", "»")


@dataclass(frozen=True, slots=True)
class KeyFactModel:
    """Logistic weights over standardised features."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, row: Sequence[float]) -> float:
        return self.score_rows([row])[0]

    def score_rows(self, rows: Sequence[Sequence[float]]) -> list[float]:
        coefficients, offset = self.linear()
        width = len(coefficients)
        mul = operator.mul
        # ``map`` rather than a generator: same products summed in the same order (so
        # the same floats), without a Python frame per feature
        out = []
        for row in rows:
            if len(row) != width:
                raise ValueError("feature row of the wrong width")
            out.append(sigmoid(sum(map(mul, coefficients, row)) - offset))
        return out

    def linear(self) -> tuple[tuple[float, ...], float]:
        """Weights folded with the standardisation: one dot product per sentence."""
        coefficients = tuple(w / s for w, s in zip(self.weights, self.scale, strict=True))
        offset = sum(c * m for c, m in zip(coefficients, self.mean, strict=True))
        return coefficients, offset

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "weights": [round(w, 6) for w in self.weights],
            "mean": [round(m, 6) for m in self.mean],
            "scale": [round(s, 6) for s in self.scale],
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KeyFactModel:
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        if features != FEATURE_NAMES:
            raise ValueError("key-fact model was trained on other features; retrain it")
        return cls(
            features,
            tuple(float(x) for x in data["weights"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in data["mean"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in data["scale"]),  # type: ignore[attr-defined]
        )


KeyFactScorer = KeyFactModel | TreeEnsemble | StackedTrees
"""Any model kind: each scores the rows of :data:`FEATURE_NAMES` of one article into 0..1."""


def model_from_json(data: dict[str, object]) -> KeyFactScorer:
    """A model file's content: stacked trees or trees when ``kind`` says so, else logistic
    weights."""
    if data.get("kind") == STACKED_KIND:
        return StackedTrees.from_json(data, FEATURE_NAMES)
    if data.get("kind") == TREES_KIND:
        return TreeEnsemble.from_json(data, FEATURE_NAMES)
    return KeyFactModel.from_json(data)


@cache
def load_model() -> KeyFactScorer:
    """The shipped model; cached because it is read-only and used for every article.

    Trees are compiled here (tens of milliseconds, once) so that loading the models, not
    the first article, pays for it.
    """
    resource = resources.files("briefing.analysis").joinpath("models", MODEL_FILE)
    model = model_from_json(json.loads(resource.read_text(encoding="utf-8")))
    if isinstance(model, TreeEnsemble):
        model.raw_score_function()
    elif isinstance(model, StackedTrees):
        model.compile()
    return model


def score_sentences(
    article: Article, sentences: Sequence[SentenceSpan], model: KeyFactScorer | None = None
) -> list[KeySentence]:
    """Every sentence with a score in 0..1, best first (ties keep text order).

    A sub-heading is a label, not a fact: sentences inside heading paragraphs keep only
    :data:`HEADING_WEIGHT` of their score (the training data has no headings to learn it).
    """
    if not sentences:
        return []
    model = model or load_model()
    rows = sentence_features(article, sentences)
    headings = SpanIndex((p.start, p.end) for p in article.paragraphs if p.kind == "heading")
    scored = [
        KeySentence(
            span.start,
            span.end,
            round(score * (HEADING_WEIGHT if _inside_any(span, headings) else 1.0), 6),
        )
        for span, score in zip(sentences, model.score_rows(rows), strict=True)
    ]
    order = sorted(range(len(scored)), key=lambda i: (-scored[i].score, i))
    return [scored[i] for i in order]


def _inside_any(span: SentenceSpan, ranges: SpanIndex) -> bool:
    """A sentence lies in one paragraph: in a heading when its start is."""
    return ranges.inside(span.start)


def _content_words(text: str) -> list[str]:
    return _content_of(_WORD.findall(text))


def _content_of(tokens: Sequence[str]) -> list[str]:
    return [w for w in map(str.lower, tokens) if len(w) >= _MIN_CONTENT_LEN]


def _paragraph_index(article: Article, sentences: Sequence[SentenceSpan]) -> list[int]:
    """The body paragraph each sentence starts in (headings do not count)."""
    bodies = [p for p in article.paragraphs if p.kind == "body"] or list(article.paragraphs)
    result = []
    k = 0
    for span in sentences:
        while k + 1 < len(bodies) and span.start >= bodies[k + 1].start:
            k += 1
        result.append(k if bodies else 0)
    return result


def _cosine_with_rest(bag: Counter[str], document: Counter[str], doc_square: float) -> float:
    """Cosine between a sentence and the rest of its article (the article minus it).

    Computed from the whole-article counts in O(sentence) rather than by subtracting
    Counters, which made this the slowest feature.
    """
    if not bag:
        return 0.0
    counts = bag.values()
    # whole numbers summed in C: exact, so the same as a loop over the words
    dot_doc: int = sum(map(operator.mul, counts, map(document.__getitem__, bag)))
    bag_square: int = sum(map(operator.mul, counts, counts))
    dot = dot_doc - bag_square
    rest_square = doc_square - 2 * dot_doc + bag_square
    if dot <= 0 or rest_square <= 0:
        return 0.0
    return dot / math.sqrt(bag_square * rest_square)


def sentence_features(article: Article, sentences: Sequence[SentenceSpan]) -> list[list[float]]:
    """One row of :data:`FEATURE_NAMES` values per sentence."""
    text = article.text
    n = len(sentences)
    texts = [text[s.start : s.end] for s in sentences]
    tokens = [_WORD.findall(t) for t in texts]
    lowered = [t.lower().split() for t in map(" ".join, tokens)]
    words = [[w for w in ws if len(w) >= _MIN_CONTENT_LEN] for ws in lowered]
    bags = [Counter(w) for w in words]
    # the words in text order: same counts and same key order as updating per sentence
    document: Counter[str] = Counter(chain.from_iterable(words))
    doc_square = float(sum(c * c for c in document.values()))
    title_words = set(_content_words(article.title))
    first_words = set(words[0]) if words else set()
    paragraphs = _paragraph_index(article, sentences)
    rows: list[list[float]] = []
    in_para = 0
    for i, (sentence, ws, bag, all_tokens) in enumerate(
        zip(texts, words, bags, tokens, strict=True)
    ):
        if i and paragraphs[i] != paragraphs[i - 1]:
            in_para = 0
        elif i:
            in_para += 1
        para = paragraphs[i]
        stripped = sentence.strip()
        n_tokens = len(all_tokens)
        quote_chars = len(_QUOTE_RUN.findall(sentence))
        quoted = _quoted_share(sentence) if quote_chars else 0.0
        unique = set(ws)
        on_title = len(unique & title_words)
        capitals = sum([t[0].isupper() for t in all_tokens[1:]])
        # ``1.0 if … else 0.0`` rather than ``float(…)``: the same floats, without a call
        rows.append(
            [
                1.0,
                *_POSITIONS[i if i < _POSITION_CAP else _POSITION_CAP],
                1.0 / (i + 1),
                i / n,
                *_PARAGRAPHS[para if para < _PARAGRAPH_CAP else _PARAGRAPH_CAP],
                1.0 if in_para == 0 else 0.0,
                float(in_para),
                math.log1p(n_tokens),
                1.0 if n_tokens < _SHORT_TOKENS else 0.0,
                0.0 if stripped.endswith(_FINAL_PUNCT) else 1.0,
                1.0 if quote_chars > 0 else 0.0,
                1.0 if stripped and stripped[0] in _QUOTE_CHARS else 0.0,
                quoted,
                0.0 if _DIGIT.search(sentence) is None else 1.0,
                on_title / len(title_words) if title_words else 0.0,
                on_title / len(unique) if unique else 0.0,
                _cosine_with_rest(bag, document, doc_square),
                len(unique & first_words) / len(unique) if i and unique else 0.0,
                capitals / n_tokens if n_tokens else 0.0,
                math.log1p(n),
                1.0 if ":" in sentence else 0.0,
                1.0 if "?" in sentence else 0.0,
            ]
        )
    _add_relative_features(rows, texts)
    for row, extra in zip(rows, _title_features(article.title, lowered), strict=True):
        row.extend(extra)
    _add_paragraph_features(rows, paragraphs)
    _add_neighbour_features(rows)
    return rows


_NEIGHBOUR_CUES_OF = operator.itemgetter(*(FEATURE_NAMES.index(cue) for cue in NEIGHBOUR_CUES))
"""A row's :data:`NEIGHBOUR_CUES`, as a tuple."""


def _add_neighbour_features(rows: list[list[float]]) -> None:
    """:data:`NEIGHBOUR_FEATURES`, copied from the rows before and after."""
    missing = (NO_NEIGHBOUR,) * len(NEIGHBOUR_CUES)
    cues = list(map(_NEIGHBOUR_CUES_OF, rows))
    for i, row in enumerate(rows):
        row.extend(cues[i - 1] if i else missing)
        row.extend(cues[i + 1] if i + 1 < len(rows) else missing)


def _add_paragraph_features(rows: list[list[float]], paragraphs: Sequence[int]) -> None:
    """:data:`PARAGRAPH_FEATURES`, from the rows' own columns grouped by paragraph."""
    members: dict[int, list[list[float]]] = {}
    for row, para in zip(rows, paragraphs, strict=True):
        members.setdefault(para, []).append(row)
    summary: dict[int, tuple[float, float, float, float, float]] = {}
    for para, group in members.items():
        size = len(group)
        summary[para] = (
            float(size),
            max([r[_TITLE_COVER] for r in group]),
            sum([r[_QUOTE_SHARE] for r in group]) / size,
            sum([r[_CENTRALITY] for r in group]) / size,
            1.0 if size == 1 else 0.0,
        )
    for i, (row, para) in enumerate(zip(rows, paragraphs, strict=True)):
        count, title_best, quote_mean, central_mean, single = summary[para]
        last = i + 1 == len(rows) or paragraphs[i + 1] != para
        row.extend((count, 1.0 if last else 0.0, title_best, quote_mean, central_mean, single))


def _title_features(title: str, lowered: Sequence[Sequence[str]]) -> list[list[float]]:
    """The :data:`TITLE_FEATURES` of each sentence, from its lower-cased word tokens."""
    n = len(lowered)
    title_tokens = [w for w in map(str.lower, _WORD.findall(title)) if len(w) >= _MIN_TITLE_LEN]
    wanted = set(title_tokens)
    if not wanted:
        return [[0.0] * len(TITLE_FEATURES) for _ in range(n)]
    title_bigrams = set(pairwise(title_tokens))
    matched: list[set[str]] = []
    bigram_share: list[float] = []
    for sentence_words in lowered:
        found = wanted.intersection(sentence_words)  # (title words are never short)
        matched.append(found)
        if title_bigrams and found:  # a title bigram needs title words in the sentence
            kept = [w for w in sentence_words if len(w) >= _MIN_TITLE_LEN]
            pairs = title_bigrams.intersection(pairwise(kept))
            bigram_share.append(len(pairs) / len(title_bigrams))
        else:
            bigram_share.append(0.0)
    spread = Counter(chain.from_iterable(matched))
    idf = {w: math.log((n + 1) / (spread[w] + 0.5)) for w in wanted}
    idf_total = math.fsum(idf.values()) or 1.0
    cover = [len(m) / len(wanted) for m in matched]
    idf_cover = [math.fsum([idf[w] for w in m]) / idf_total for m in matched]
    best_cover, best_idf = max(cover) or 1.0, max(idf_cover) or 1.0
    idf_top3, cover_top3 = _rank_flags(idf_cover, 3), _rank_flags(cover, 3)
    seen: set[str] = set()
    out = []
    for i, m in enumerate(matched):
        out.append(
            [
                cover[i],
                idf_cover[i],
                bigram_share[i],
                len(m - seen) / len(wanted),
                len(seen) / len(wanted),
                cover[i] / best_cover,
                idf_cover[i] / best_idf,
                idf_top3[i],
                cover_top3[i],
            ]
        )
        seen |= m
    return out


_TITLE_OVERLAP = FEATURE_NAMES.index("title_overlap")
_CENTRALITY = FEATURE_NAMES.index("centrality")
_TITLE_COVER = FEATURE_NAMES.index("title_cover")
_QUOTE_SHARE = FEATURE_NAMES.index("quote_share")
_LOG_WORDS = FEATURE_NAMES.index("log_words")
_HAS_QUOTE = FEATURE_NAMES.index("has_quote")
_SHORT = FEATURE_NAMES.index("short")
_DATELINE = re.compile(r"^[\w .,()]{2,60}\s(?:-{1,2}|–|—)\s")


def _rank_flags(values: Sequence[float], top: int) -> list[float]:
    # a stable sort, descending: ties keep text order, as a key of (-value, index) would
    order = sorted(range(len(values)), key=values.__getitem__, reverse=True)
    flags = [0.0] * len(values)
    for i in order[:top]:
        if values[i] > 0:
            flags[i] = 1.0
    return flags


_DATELINE_HEAD = 64
"""A dateline's dash comes within this many characters (see :data:`_DATELINE`)."""


def _is_dateline(sentence: str) -> bool:
    head = sentence[:_DATELINE_HEAD]
    # most sentences have no dash near their start: no need for the pattern's backtracking
    return ("-" in head or "–" in head or "—" in head) and _DATELINE.match(sentence) is not None


def _add_relative_features(rows: list[list[float]], texts: Sequence[str]) -> None:
    """Features that compare a sentence with the other sentences of its article."""
    title = [r[_TITLE_OVERLAP] for r in rows]
    central = [r[_CENTRALITY] for r in rows]
    lengths = [r[_LOG_WORDS] for r in rows]
    best_title, best_central, longest = max(title), max(central), max(lengths) or 1.0
    title_top3 = _rank_flags(title, 3)
    central_top3 = _rank_flags(central, 3)
    for i, row in enumerate(rows):
        lead = 1.0 if i < 3 else 0.0
        row.extend(
            [
                1.0 if best_title > 0 and title[i] == best_title else 0.0,
                title[i] / best_title if best_title else 0.0,
                1.0 if best_central > 0 and central[i] == best_central else 0.0,
                central[i] / best_central if best_central else 0.0,
                title_top3[i],
                central_top3[i],
                lengths[i] / longest,
                title[i] * lead,
                title[i] * (1.0 - lead),
                row[_HAS_QUOTE] * lead,
                1.0 if _is_dateline(texts[i]) else 0.0,
                rows[i - 1][_HAS_QUOTE] if i else 0.0,
            ]
        )
        # each cue times the one-hot bucket of the position: the cues are 0.0 or 1.0, so
        # ``cue * 0.0`` is 0.0 and ``cue * 1.0`` the cue itself (four blocks of seven)
        at = i if i < _BUCKETS - 1 else _BUCKETS - 1
        blocks = [0.0] * (4 * _BUCKETS)
        blocks[at] = row[_HAS_QUOTE]
        blocks[_BUCKETS + at] = title_top3[i]
        blocks[2 * _BUCKETS + at] = central_top3[i]
        blocks[3 * _BUCKETS + at] = row[_SHORT]
        row.extend(blocks)


_BUCKETS = 7
"""Position buckets of the cue blocks: sentences 0 … 5 and 6 onwards."""


def _quoted_share(sentence: str) -> float:
    """Roughly how much of the sentence sits inside quotation marks: every mark opens or
    closes, so the pieces between the marks alternate outside, inside, outside, …"""
    inside = _QUOTE_RUN.split(sentence)[1::2]
    return sum(map(len, inside)) / max(len(sentence), 1)
