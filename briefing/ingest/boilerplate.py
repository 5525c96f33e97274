"""The plain-text care: dateline, bylines, promotion and "read more" lines, end markers.

News copied or saved as text carries the site's furniture: a dateline in front of the
first paragraph ("KONTEKS.CO.ID –"), "Baca juga:" links between paragraphs, promotion and
social lines at the end. They are kept out of the body and recorded in ``removed`` with a
reason, so nothing is silently lost. The patterns live in ``data/boilerplate.json``; the
dateline is read by :mod:`briefing.ingest.datelines`, which also names its publisher.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from briefing.core.model import ParagraphKind, RemovedText
from briefing.ingest.datelines import find_dateline

Pair = tuple[str, ParagraphKind]

TRAILING_ZONE = 10
"""How many closing paragraphs may be promotion."""
SHORT_TRAILER_WORDS = 12
"""A short line after a promotion line is part of it ("Google News" after "… di:")."""

_LINE_OPENERS = "[(*•·»›>-–— \t"
_TERMINAL = re.compile(r"(?:[.,;:!…)\]]|[.,;:!?…][\"”’»])$")
"""Punctuation that ends a sentence, not a heading; a closing quote only after it
(``… warn of "chilling effect"`` is a headline, ``… he said."`` is not)."""
_QUOTED_OPENING = re.compile(r"^[\"“«„]([^\"”»“]{2,60})[\"”»“]\s+\w+\s+\S")
"""A heading may open with a quoted name followed by more words (``«Уральские Волки»
обыграли …``); a line that is one quotation is speech."""
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    blocks: list[Pair]
    removed: list[RemovedText]
    publisher: str | None
    author: str | None


@dataclass(frozen=True, slots=True)
class _Rules:
    anywhere: tuple[re.Pattern[str], tuple[str, ...]]
    trailing: tuple[re.Pattern[str], tuple[str, ...]]
    end_markers: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]


@cache
def _rules() -> _Rules:
    raw = json.loads(
        resources.files("briefing.ingest").joinpath("data", "boilerplate.json").read_text("utf-8")
    )

    def compile_groups(
        groups: dict[str, list[list[str]]],
    ) -> tuple[re.Pattern[str], tuple[str, ...]]:
        # One alternation instead of a loop over patterns: one scan per paragraph.
        rules = [(pattern, reason) for entries in groups.values() for pattern, reason in entries]
        combined = "|".join(f"(?P<r{i}>{pattern})" for i, (pattern, _) in enumerate(rules))
        return re.compile(combined, re.IGNORECASE), tuple(reason for _, reason in rules)

    return _Rules(
        anywhere=compile_groups(raw["anywhere"]),
        trailing=compile_groups(raw["trailing"]),
        end_markers=tuple(re.compile(p, re.IGNORECASE) for p in raw["end_markers"]),
        bylines=tuple(re.compile(p, re.IGNORECASE) for p in raw["bylines"]),
    )


def _match(rules: tuple[re.Pattern[str], tuple[str, ...]], text: str) -> str | None:
    """The reason of the first rule that matches ``text``, or None."""
    pattern, reasons = rules
    # every rule is anchored at the paragraph's start, after a bracket or bullet that
    # may open the line ("[Baca juga: …]", "* Read more: …")
    match = pattern.match(text.lstrip(_LINE_OPENERS))
    if match is None or match.lastgroup is None:
        return None
    return reasons[int(match.lastgroup[1:])]


def clean_blocks(blocks: list[Pair]) -> Cleaned:
    """Take the furniture out of a sequence of paragraphs (text, kind)."""
    rules = _rules()
    removed: list[RemovedText] = []
    kept: list[Pair] = []
    for text, kind in blocks:
        reason = _match(rules.anywhere, text)
        words = len(_WORD.findall(text))
        if reason and words <= 40:
            removed.append(RemovedText(text, reason))
        else:
            kept.append((text, kind))

    # Closing run: from the earliest promotion line on, everything is promotion as long
    # as each later line is itself promotion or short.
    cut = len(kept)
    for index in range(len(kept) - 1, max(-1, len(kept) - 1 - TRAILING_ZONE), -1):
        text = kept[index][0]
        if _match(rules.trailing, text):
            cut = index
        elif len(_WORD.findall(text)) > SHORT_TRAILER_WORDS:
            break
    for text, _ in kept[cut:]:
        removed.append(RemovedText(text, _match(rules.trailing, text) or "promotion"))
    kept = kept[:cut]

    # End marker (" ***") on the last paragraph.
    if kept:
        text, kind = kept[-1]
        for marker in rules.end_markers:
            match = marker.search(text)
            if match and match.start() > 0:
                removed.append(RemovedText(match.group().strip(), "end marker"))
                kept[-1] = (text[: match.start()].rstrip(), kind)
                break

    # Byline near the top ("By Jane Doe", "Oleh: Budi").
    author = None
    for index, (text, _kind) in enumerate(kept[:3]):
        for pattern in rules.bylines:
            match = pattern.match(text)
            if match and match.group("name")[:1].isupper():
                author = match.group("name").strip()
                removed.append(RemovedText(text, "byline"))
                del kept[index]
                break
        if author:
            break

    # Dateline in front of the first body paragraph.
    publisher = None
    for index, (text, kind) in enumerate(kept[:3]):
        if kind != "body":
            continue
        found = find_dateline(text)
        if found:
            removed.append(RemovedText(found.text, "dateline"))
            kept[index] = (text[found.end :], kind)
            publisher = found.publisher
        break
    kept = [(t, k) for t, k in kept if t]
    original = "\n".join(text for text, _ in blocks)
    removed.sort(key=lambda r: original.find(r.text) % (len(original) + 1))
    return Cleaned(kept, removed, publisher, author)


def is_byline(text: str) -> bool:
    """ "By Jane Doe", "Oleh: Budi Santoso"."""
    for pattern in _rules().bylines:
        match = pattern.match(text)
        if match and match.group("name")[:1].isupper():
            return True
    return False


def is_heading_like(text: str, *, max_words: int = 14) -> bool:
    """A short line with no final punctuation that starts with a capital or a digit."""
    words = _WORD.findall(text)
    if not words or len(words) > max_words or len(text) > 120:
        return False
    if _TERMINAL.search(text):
        return False
    if text[0] in "\"“”'‘«(-–—•*" and not _QUOTED_OPENING.match(text):
        return False
    first = text[1] if text[0] in '"“«„' else text[0]
    if not (first.isupper() or first.isdigit()):
        return False
    return not (text.endswith("?") and sum(w[0].isupper() for w in words) < len(words) / 2)


def guess_headings(blocks: list[Pair]) -> list[Pair]:
    """Mark short unpunctuated lines between real paragraphs as sub-headings.

    A run of several short lines is a list, not headings, so both neighbours must be
    ordinary paragraphs.
    """
    result = list(blocks)
    for index in range(1, len(blocks) - 1):
        text, kind = blocks[index]
        if kind != "body" or not is_heading_like(text):
            continue
        before, after = blocks[index - 1][0], blocks[index + 1][0]
        if before.endswith(":"):
            continue
        if is_heading_like(before) or is_heading_like(after) or len(after) <= len(text):
            continue
        result[index] = (text, "heading")
    return result
