"""The tagger's training and evaluation helpers: its features as strings, IDNER's CoNLL
files and entity scores (``benchmarks/train_actors.py``, ``benchmarks/actors.py``).

Apart from :mod:`briefing.analysis.ner`, which decodes: tagging reads the weights of these
features by template (``TaggerModel._word_vector``) and never builds the strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from briefing.analysis.ner import (
    ENTITY_TYPES,
    OFFSETS,
    PAD,
    SENTENCE_OPENERS,
    entities_from_tags,
    shape,
)


def token_features(word: str, offset: int, first: bool, gazetteer: str | None) -> list[str]:
    """Features word ``word`` contributes to the token ``offset`` positions away."""
    low = word.lower()
    shp = shape(word)
    if offset != 0:
        feats = [f"w{offset}={low}", f"s{offset}={shp}"]
        if gazetteer:
            feats.append(f"g{offset}={gazetteer}")
        if abs(offset) == 1 and len(low) > 3:
            feats.append(f"x{offset}={low[-3:]}")
        return feats
    feats = [
        "bias",
        f"w={low}",
        f"s={shp}",
        f"p2={low[:2]}",
        f"p3={low[:3]}",
        f"p4={low[:4]}",
        f"x2={low[-2:]}",
        f"x3={low[-3:]}",
        f"x4={low[-4:]}",
        f"len={min(len(word), 8)}",
    ]
    if first:
        feats.append("first")
        feats.append(f"first|s={shp}")
        feats.append(f"first|w={low}")
    if word[:1].isupper() and len(word) > 1 and word[1:].islower() and not first:
        feats.append("title-mid")
    if gazetteer:
        feats.append(f"g={gazetteer}")
        feats.append(f"g={gazetteer}|first={first}")
    if "-" in word:
        feats.append("hyphen")
    return feats


def sentence_initial(words: Sequence[str]) -> list[bool]:
    """True where a token opens the sentence (index 0 or after an opening mark)."""
    # one pass forward: an end mark opens, an opening mark keeps the state, a word closes
    out: list[bool] = []
    append = out.append
    opening = True
    for word in words:
        append(opening)
        if word in ".!?":
            opening = True
        elif word not in SENTENCE_OPENERS:
            opening = False
    return out


def sentence_features(
    words: Sequence[str], gazetteer: Callable[[str], str | None] | None = None
) -> list[list[str]]:
    """All features of every token of one sentence (used for training)."""
    firsts = sentence_initial(words)
    gaz = [gazetteer(w) if gazetteer else None for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        feats: list[str] = []
        for k in OFFSETS:
            j = i + k
            if 0 <= j < n:
                feats.extend(token_features(words[j], k, firsts[j] if k == 0 else False, gaz[j]))
            else:
                feats.append(f"w{k}={PAD[k]}")
        out.append(feats)
    return out


def read_conll(lines: Iterable[str]) -> list[tuple[list[str], list[str]]]:
    """Sentences of a ``token POS tag`` file (IDNER format; CRLF tolerated)."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for raw in lines:
        parts = raw.strip().split()
        if not parts:
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def entity_scores(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, tuple[float, float, float, int]]:
    """Entity-level precision, recall, F1 and support per type and ``ALL`` (seqeval style:
    exact span and type)."""
    counts = {t: [0, 0, 0] for t in (*ENTITY_TYPES, "ALL")}  # tp, predicted, gold
    for g_tags, p_tags in zip(gold, predicted, strict=True):
        g = {(e.type, e.first, e.last) for e in entities_from_tags(g_tags)}
        p = {(e.type, e.first, e.last) for e in entities_from_tags(p_tags)}
        for kind in (*ENTITY_TYPES, "ALL"):
            gk = {e for e in g if kind in ("ALL", e[0])}
            pk = {e for e in p if kind in ("ALL", e[0])}
            counts[kind][0] += len(gk & pk)
            counts[kind][1] += len(pk)
            counts[kind][2] += len(gk)
    out: dict[str, tuple[float, float, float, int]] = {}
    for kind, (tp, npred, ngold) in counts.items():
        precision = tp / npred if npred else 0.0
        recall = tp / ngold if ngold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[kind] = (precision, recall, f1, ngold)
    return out
