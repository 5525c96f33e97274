"""A small named-entity tagger (PER, ORG, LOC): averaged structured perceptron, Viterbi.

Why this shape: the app must run offline, install from PyPI without a compiler and tag a
500-word article in a millisecond or two, so the model is a plain table of feature
weights (pure Python, no numpy) trained by ``benchmarks/train_actors.py`` on IDNER
(Indonesian news, MIT licence) and shipped as gzipped JSON in ``models/``.

Speed comes from two choices. Every feature depends on one token only (the token itself,
or a neighbour at a fixed offset), so the weights a word contributes at each offset are
summed once per word form and memoised. And only *candidate* tokens (with a capital
letter or a digit, or a short lowercase link such as ``dan``/``of`` between two
capitalised tokens) can start or continue an entity: everything else is ``O`` without
being scored, which also keeps lowercase prose from ever becoming an entity.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import compress
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

TAGS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
ENTITY_TYPES: tuple[str, ...] = ("PER", "ORG", "LOC")
MODEL_FILE = "ner_id.json.gz"
TAGGER_LANGUAGES = frozenset({"id", "ms"})
"""Languages the shipped tagger learnt from (IDNER, Indonesian; Malay is close): in
others it misses many names, and the analysis leans on other evidence too."""
OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)

# A word (letters/digits joined by - . ' ’ & inside), or any other single visible char.
# A full stop does not join Chinese, Japanese or Korean text after it, which has no
# spaces: ``Apple Inc.の商標です`` is ``Apple Inc`` ``.`` ``の商標です``.
# (stdlib ``re``: faster than the ``regex`` package here; ``\w`` is Unicode-aware.)
_TOKEN_RE = re.compile(
    r"[^\W_]+(?:[-'’&/][^\W_]+|\.(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])[^\W_]+)*|\S"
)
_CLITIC_RE = re.compile(r"[’'](?:s|S|ll|re|ve|d|m)$")
_LINKS = frozenset({"dan", "&", "of", "the", "for", "de", "bin", "binti", "van", "von", "al"})
SENTENCE_OPENERS = frozenset(".!?\"“”‘’'(«»:;-–—•*")


class Token(NamedTuple):
    """A token and its character span (a tuple: articles have thousands of them)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A tagged entity: token indexes ``[first, last)`` and character span."""

    type: str
    first: int
    last: int
    start: int
    end: int


def token_spans(
    text: str, start: int = 0, end: int | None = None, *, suffixes: bool = False
) -> tuple[list[str], list[int], list[int]]:
    """Words of ``text[start:end]`` with their absolute start and end offsets, as three
    parallel lists (an article has thousands of tokens: tuples of objects cost time).

    The lists are read off the matches in C (``map``); only the few words holding a
    hyphen or an apostrophe, found by one search of the text, are looked at in Python.
    ``suffixes``: a capitalised word's case suffix after an apostrophe is split off
    (Turkish ``Erdoğan'ın`` → ``Erdoğan`` ``'ın``: :attr:`SpeechTable.apostrophe_suffixes`)."""
    stop = len(text) if end is None else end
    matches = list(_TOKEN_RE.finditer(text, start, stop))
    words: list[str] = list(map(_WHOLE, matches))
    starts: list[int] = list(map(_START, matches))
    ends: list[int] = list(map(_END, matches))
    marked = {bisect_right(starts, m.start()) - 1 for m in _SPLIT_MARK.finditer(text, start, stop)}
    for k in sorted(marked, reverse=True):  # (from the end: a split shifts what follows)
        pieces = _split_word(words[k], starts[k], ends[k])
        if pieces is None and suffixes:
            pieces = _split_suffix(words[k], starts[k])
        if pieces is not None:
            words[k : k + 1] = [w for w, _, _ in pieces]
            starts[k : k + 1] = [a for _, a, _ in pieces]
            ends[k : k + 1] = [b for _, _, b in pieces]
    return words, starts, ends


_WHOLE = re.Match.group
_START = re.Match.start
_END = re.Match.end
_SPLIT_MARK = re.compile(r"[-'’]")
"""The characters of the words ``_split_word`` may split (between tokens only spaces
go unmatched, so every one lies inside a token)."""


_SUFFIX_RE = re.compile(r"[^\W\d_][\w-]*(?=['’][^\W\d_]+$)")
"""A capitalised word up to an apostrophe and a suffix (``Türkiye'nin``)."""


def _split_suffix(word: str, begin: int) -> list[tuple[str, int, int]] | None:
    """``Ankara'da`` → ``Ankara`` ``'da``: a name and the case suffix written onto it."""
    stem = _SUFFIX_RE.match(word)
    if stem is None or not word[0].isupper() or not word[stem.end() + 1 :].islower():
        return None
    cut = begin + stem.end()
    return [(stem.group(), begin, cut), (word[stem.end() :], cut, begin + len(word))]


def _split_word(word: str, begin: int, end: int) -> list[tuple[str, int, int]] | None:
    """The pieces of a token that stands for several, with their offsets, or None."""
    if "-" in word:
        # ``anti-Amerika`` → ``anti`` ``-`` ``Amerika``: the name must stand alone
        head, _, tail = word.partition("-")
        if head.islower() and tail[:1].isupper():
            cut = begin + len(head)
            return [(head, begin, cut), ("-", cut, cut + 1), (tail, cut + 1, end)]
    if len(word) > 3 and ("'" in word or "’" in word):
        # ``Disney’s`` → ``Disney`` ``’s``, ``They’ll`` → ``They`` ``’ll``
        clitic = _CLITIC_RE.search(word)
        if clitic is not None:
            cut = end - len(clitic.group())
            return [(word[: cut - begin], begin, cut), (clitic.group(), cut, end)]
    return None


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute character spans (IDNER-like splits)."""
    words, starts, ends = token_spans(text, start, end)
    return [Token(*t) for t in zip(words, starts, ends, strict=True)]


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    """Compressed character classes: ``Kirby`` → ``Xx``, ``3.000`` → ``d.d``, ``PBB`` → ``X``.

    Cached: the tagger asks for each new word form's shape at every offset."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


_DIGIT_RE = re.compile(r"\d")


_ALPHA_RE = re.compile(r"[^\W\d_]")


def is_candidate_word(word: str) -> bool:
    """Has a capital letter, or digits and letters (``Kirby``, ``PBB``, ``G20``; not ``3.000``)."""
    return word.lower() != word or (
        not word.isalpha()
        and _DIGIT_RE.search(word) is not None
        and _ALPHA_RE.search(word) is not None
    )


class _CandidateWords(dict[str, bool]):
    """``is_candidate_word`` per word form, filled on first need: a sentence's mask is then
    one C-level ``map`` over its words (most forms recur from article to article)."""

    def __missing__(self, word: str) -> bool:
        if len(self) > _MAX_MEMO_WORDS:
            self.clear()
        found = self[word] = is_candidate_word(word)
        return found


_MAX_MEMO_WORDS = 200_000
_CANDIDATE_WORDS = _CandidateWords()


def candidate_mask(words: Sequence[str]) -> list[bool]:
    """Which tokens may be part of an entity (see the module docstring)."""
    mask = list(map(_CANDIDATE_WORDS.__getitem__, words))
    if not _LINKS.isdisjoint(words):
        # a link is lower case, so never a candidate itself: ``Bank of America``
        caps = list(mask)
        for i in range(1, len(words) - 1):
            if words[i] in _LINKS and caps[i - 1] and caps[i + 1]:
                mask[i] = True
    return mask


def opens_sentence(words: Sequence[str], i: int) -> bool:
    """``ner_training.sentence_initial(words)[i]`` for one token, looking back over
    opening marks: the tagger asks only about its candidate tokens, a few of a
    sentence's words."""
    for j in range(i - 1, -1, -1):
        word = words[j]
        if word in ".!?":
            return True
        if word not in SENTENCE_OPENERS:
            return False
    return True


_LENGTHS = tuple(str(k) for k in range(9))  # ``str(min(len(word), 8))`` of ``len=``
_TEMPLATES = (*(f"{kind}{k}" for k in (-2, -1, 1, 2) for kind in "wsgx"), "bias", "w", "s")
_TEMPLATES += ("p2", "p3", "p4", "x2", "x3", "x4", "len", "first", "first|s", "first|w")
_TEMPLATES += ("title-mid", "g", "hyphen")  # (each template of ``token_features``)

PAD = {-2: "<s2>", -1: "<s1>", 1: "</s1>", 2: "</s2>"}
_PAD_WORDS = frozenset(PAD.values())


def allowed(prev: int, cur: int) -> bool:
    """BIO constraint: ``I-X`` only after ``B-X`` or ``I-X``."""
    tag = TAGS[cur]
    if not tag.startswith("I-"):
        return True
    return TAGS[prev] in (f"B-{tag[2:]}", tag)


_PREVIOUS = [[p for p in range(len(TAGS)) if allowed(p, c)] for c in range(len(TAGS))]
_START_ALLOWED = [not t.startswith("I-") for t in TAGS]
_START_TAGS = [i for i, ok in enumerate(_START_ALLOWED) if ok]


Columns = list[list[tuple[int, float]]]


def predecessor_columns(transitions: Sequence[Sequence[float]]) -> Columns:
    """Per tag, its allowed predecessors with their transition scores (decoding reads
    these instead of indexing the matrix)."""
    return [[(p, transitions[p][c]) for p in _PREVIOUS[c]] for c in range(len(TAGS))]


def viterbi(
    emissions: Sequence[Sequence[float] | None],
    transitions: Sequence[Sequence[float]],
    start: Sequence[float],
    columns: Columns | None = None,
) -> list[int]:
    """Best tag sequence; ``None`` emissions mark non-candidate tokens (forced ``O``).

    A forced ``O`` cuts the chain, so each run of candidate tokens is decoded on its own
    (runs are short: names, not sentences).
    """
    n = len(emissions)
    path = [0] * n
    i = 0
    if columns is None:
        columns = predecessor_columns(transitions)
    while i < n:
        if emissions[i] is None:
            i += 1
            continue
        j = i
        while j < n and emissions[j] is not None:
            j += 1
        entry = start if i == 0 else transitions[0]
        leave = transitions if j < n else None
        if j == i + 1:  # one token: no chain to decode
            em = emissions[i]
            assert em is not None
            best, tag = float("-inf"), 0
            for t in _START_TAGS:
                score = em[t] + entry[t] + (leave[t][0] if leave is not None else 0.0)
                if score > best:
                    best, tag = score, t
            path[i] = tag
        else:
            path[i:j] = _decode_run(emissions[i:j], columns, entry, leave)
        i = j
    return path


def _decode_run(
    emissions: Sequence[Sequence[float] | None],
    columns: Columns,
    entry: Sequence[float],
    leave: Sequence[Sequence[float]] | None,
) -> list[int]:
    ntags = len(TAGS)
    neg = float("-inf")
    first = emissions[0]
    assert first is not None
    scores = [first[t] + entry[t] if _START_ALLOWED[t] else neg for t in range(ntags)]
    back: list[list[int]] = []
    for em in emissions[1:]:
        assert em is not None
        new = []
        ptr = []
        for column, emitted in zip(columns, em, strict=True):
            best, arg = neg, 0
            for p, move in column:
                s = scores[p] + move
                if s > best:
                    best, arg = s, p
            new.append(best + emitted)
            ptr.append(arg)
        back.append(ptr)
        scores = new
    if leave is not None:
        scores = [scores[t] + leave[t][0] for t in range(ntags)]
    tag = max(range(ntags), key=lambda t: scores[t])
    path = [tag]
    for ptr in reversed(back):
        tag = ptr[tag]
        path.append(tag)
    path.reverse()
    return path


def entities_from_tags(tags: Sequence[str], tokens: Sequence[Token] | None = None) -> list[Entity]:
    """Entity spans from IOB2 tags (an ``I-`` without a ``B-`` starts an entity, seqeval-like)."""
    out: list[Entity] = []
    kind: str | None = None
    begin = 0
    for i, tag in enumerate([*tags, "O"]):
        if kind is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            start = tokens[begin].start if tokens else begin
            end = tokens[i - 1].end if tokens else i
            out.append(Entity(kind, begin, i, start, end))
            kind = None
        if tag != "O" and kind is None:
            kind, begin = tag[2:], i
    return out


@dataclass(slots=True)
class TaggerModel:
    """Averaged perceptron weights: feature → score per tag, plus tag transitions."""

    weights: dict[str, list[float]]
    transitions: list[list[float]]
    start: list[float]
    meta: dict[str, Any] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)
    """The word classes the model was trained with (kept so that later edits of the
    actor tables do not shift the features under the weights)."""
    _memo: dict[Any, list[dict[str, list[float]]]] = field(default_factory=dict)
    _columns: Columns | None = None
    _by_template: dict[str, dict[str, list[float]]] | None = None
    _neighbours: dict[int, tuple[dict[str, list[float]], ...]] = field(default_factory=dict)

    def _word_vector(self, word: str, offset: int, first: bool, gaz: str | None) -> list[float]:
        # ``vec[t] += w[t]`` in seven local sums (TAGS): the same additions, in order
        v0 = v1 = v2 = v3 = v4 = v5 = v6 = 0.0
        for w in self._feature_weights(word, offset, first, gaz):
            if w is not None:
                v0 += w[0]
                v1 += w[1]
                v2 += w[2]
                v3 += w[3]
                v4 += w[4]
                v5 += w[5]
                v6 += w[6]
        return [v0, v1, v2, v3, v4, v5, v6]

    def _feature_weights(
        self, word: str, offset: int, first: bool, gaz: str | None
    ) -> list[list[float] | None]:
        """The weights of ``token_features(word, offset, first, gaz)``, in its order (None
        where the model has no weight), read from :meth:`_templates` without building the
        feature strings: most word forms are new to the memo, and formatting a dozen
        strings per form was most of the cost of a new word."""
        t = self._by_template or self._templates()
        low = word.lower()
        shp = shape(word)
        if offset != 0:
            tw, ts, tg, tx = self._neighbours[offset]  # (w, s, g and x at that offset)
            found = [tw.get(low), ts.get(shp)]
            if gaz:
                found.append(tg.get(gaz))
            if (offset == 1 or offset == -1) and len(low) > 3:
                found.append(tx.get(low[-3:]))
            return found
        found = [
            t["bias"].get(""),
            t["w"].get(low),
            t["s"].get(shp),
            t["p2"].get(low[:2]),
            t["p3"].get(low[:3]),
            t["p4"].get(low[:4]),
            t["x2"].get(low[-2:]),
            t["x3"].get(low[-3:]),
            t["x4"].get(low[-4:]),
            t["len"].get(_LENGTHS[min(len(word), 8)]),
        ]
        if first:
            found += (t["first"].get(""), t["first|s"].get(shp), t["first|w"].get(low))
        if word[:1].isupper() and len(word) > 1 and word[1:].islower() and not first:
            found.append(t["title-mid"].get(""))
        if gaz:
            found += (t["g"].get(gaz), t["g"].get(f"{gaz}|first={first}"))
        if "-" in word:
            found.append(t["hyphen"].get(""))
        return found

    def _templates(self) -> dict[str, dict[str, list[float]]]:
        """The weights split at the first ``=`` of each feature (``w-1=kata`` → ``w-1``,
        ``kata``; ``bias`` → ``bias``, ``""``): a template's names never hold ``=``, so
        ``t[prefix].get(value)`` finds exactly what ``weights.get(f"{prefix}={value}")``
        does. Built once; the weights are fixed once loaded (the memo relies on it too)."""
        tables: dict[str, dict[str, list[float]]] = {name: {} for name in _TEMPLATES}
        for feature, weights in self.weights.items():
            prefix, _, value = feature.partition("=")
            tables.setdefault(prefix, {})[value] = weights
        self._by_template = tables
        self._neighbours = {
            k: (tables[f"w{k}"], tables[f"s{k}"], tables[f"g{k}"], tables[f"x{k}"])
            for k in OFFSETS
            if k
        }
        return tables

    def _miss(
        self,
        memo: dict[str, list[float]],
        word: str,
        offset: int,
        first: bool,
        gazetteer: Callable[[str], str | None] | None,
    ) -> list[float]:
        """Vector of a word form not yet memoised (padding symbols have no word class)."""
        gaz = gazetteer(word) if gazetteer and word not in _PAD_WORDS else None
        vec = memo[word] = self._word_vector(word, offset, first, gaz)
        return vec

    def _memos(self, gazetteer: Callable[[str], str | None] | None) -> list[dict[str, list[float]]]:
        """Per gazetteer (so per language), one word → vector table per offset, plus one
        for sentence-initial words: plain string keys keep the lookups cheap."""
        memos = self._memo.get(gazetteer)
        if memos is None or sum(map(len, memos)) > 100_000:  # about 12 MB
            memos = self._memo[gazetteer] = [{} for _ in range(len(OFFSETS) + 1)]
        return memos

    def emissions(
        self, words: Sequence[str], gazetteer: Callable[[str], str | None] | None = None
    ) -> list[list[float] | None]:
        n = len(words)
        mask = candidate_mask(words)
        out: list[list[float] | None] = [None] * n
        if not any(mask):
            return out
        m2, m1, m0, p1, p2, mf = self._memos(gazetteer)
        miss = self._miss
        # the neighbour at each offset, padded past the sentence's ends with that offset's
        # symbol (not a possible token: those are one visible character or a word)
        left2 = [PAD[-2], PAD[-2], *words]
        left1 = [PAD[-1], *words]
        right1 = [*words[1:], PAD[1]]
        right2 = [*words[2:], PAD[2], PAD[2]]
        # only the candidates are scored (a few words of a sentence): the others stay None
        for i in compress(range(n), mask):
            word = left2[i]
            a = m2.get(word) or miss(m2, word, -2, False, gazetteer)
            word = left1[i]
            b = m1.get(word) or miss(m1, word, -1, False, gazetteer)
            word = words[i]
            if opens_sentence(words, i):
                c = mf.get(word) or miss(mf, word, 0, True, gazetteer)
            else:
                c = m0.get(word) or miss(m0, word, 0, False, gazetteer)
            word = right1[i]
            d = p1.get(word) or miss(p1, word, 1, False, gazetteer)
            word = right2[i]
            e = p2.get(word) or miss(p2, word, 2, False, gazetteer)
            # ``v + w + x + y + z`` per tag, written out for the seven TAGS (indexing
            # beats zipping five short lists); the same additions in the same order
            out[i] = [
                a[0] + b[0] + c[0] + d[0] + e[0],
                a[1] + b[1] + c[1] + d[1] + e[1],
                a[2] + b[2] + c[2] + d[2] + e[2],
                a[3] + b[3] + c[3] + d[3] + e[3],
                a[4] + b[4] + c[4] + d[4] + e[4],
                a[5] + b[5] + c[5] + d[5] + e[5],
                a[6] + b[6] + c[6] + d[6] + e[6],
            ]
        return out

    def tag(
        self, words: Sequence[str], gazetteer: Callable[[str], str | None] | None = None
    ) -> list[str]:
        """IOB2 tags of one sentence."""
        if not words:
            return []
        if self._columns is None:
            self._columns = predecessor_columns(self.transitions)
        path = viterbi(
            self.emissions(words, gazetteer), self.transitions, self.start, self._columns
        )
        return [TAGS[t] for t in path]

    def to_json(self) -> dict[str, Any]:
        return {
            "tags": list(TAGS),
            "meta": self.meta,
            "transitions": self.transitions,
            "start": self.start,
            "gazetteer": self.gazetteer,
            "weights": self.weights,
        }


def model_from_json(data: dict[str, Any]) -> TaggerModel:
    if tuple(data.get("tags", ())) != TAGS:
        raise ValueError("the tagger model was trained for other tags")
    return TaggerModel(
        weights={k: [float(x) for x in v] for k, v in data["weights"].items()},
        transitions=[[float(x) for x in row] for row in data["transitions"]],
        start=[float(x) for x in data["start"]],
        meta=dict(data.get("meta", {})),
        gazetteer=dict(data.get("gazetteer", {})),
    )


@cache
def load_tagger() -> TaggerModel:
    """The shipped tagger, read once per process (a few hundred KB of gzipped JSON)."""
    resource = resources.files("briefing.analysis").joinpath("models", MODEL_FILE)
    data = json.loads(gzip.decompress(resource.read_bytes()).decode("utf-8"))
    model = model_from_json(data)
    log.debug("loaded NER tagger with %d features", len(model.weights))
    return model
