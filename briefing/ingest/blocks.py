"""The intermediate form every importer produces, and its turn into an :class:`Article`.

Importers only know their format: they return a :class:`Draft` (blocks of text with a
kind, plus whatever metadata the format carries). Everything shared — text
normalisation, the plain-text care (dateline, promotion lines, end markers), the title
fallback, the date found in the text, language detection, offsets — happens once here,
so that every format gives the same kind of article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from briefing.core.errors import ImportFailed
from briefing.core.model import Article, Origin, Paragraph, ParagraphKind, RemovedText, new_id
from briefing.ingest.boilerplate import clean_blocks, guess_headings
from briefing.ingest.dates import find_date, plausible_publication
from briefing.ingest.language import detect_language, paragraph_languages, with_mixture

PARAGRAPH_SEPARATOR = "\n\n"
TITLE_MAX_CHARS = 90

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]?\s")


@dataclass(slots=True)
class Block:
    """One paragraph-to-be of an article."""

    text: str
    kind: ParagraphKind = "body"


@dataclass(slots=True)
class Draft:
    """What an importer read, before the shared clean-up."""

    blocks: list[Block]
    format: str
    title: str | None = None
    publisher: str | None = None
    publisher_fallback: str | None = None
    """A publisher only when neither the format's metadata nor a dateline names one (a
    web page's host)."""
    author: str | None = None
    url: str | None = None
    published: date | None = None
    removed: list[RemovedText] = field(default_factory=list)
    plain_text: bool = False
    """True for formats without structure (txt, e-mail text): headings are guessed."""


def normalise_inline(text: str) -> str:
    """One paragraph's text: NFC, no control characters, single spaces, no newlines."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\n", " ")
    return _SPACES.sub(" ", text).strip()


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def title_from_text(text: str) -> str:
    """A title for an article that has none: its first sentence, shortened at a word.

    Why the first sentence: in news writing it is the lead, the nearest thing to a
    headline the text itself offers; the file name is often a slug or a download id.
    """
    first = text.split(PARAGRAPH_SEPARATOR, 1)[0]
    match = _SENTENCE_END.search(first + " ")
    sentence = first[: match.start() + 1].strip() if match else first.strip()
    sentence = sentence.rstrip(".").strip() or first.strip()
    if len(sentence) <= TITLE_MAX_CHARS:
        return sentence
    cut = sentence[:TITLE_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def build_article(
    draft: Draft,
    raw: bytes,
    *,
    name: str | None,
    origin_url: str | None = None,
) -> Article:
    """Normalise a draft into an article; ``ImportFailed`` when no text is left."""
    label = name or "the input"
    removed = list(draft.removed)
    pairs_in = [(normalise_inline(b.text), b.kind) for b in draft.blocks]
    cleaned = clean_blocks([(t, k) for t, k in pairs_in if t])
    removed.extend(cleaned.removed)
    pairs = cleaned.blocks
    if draft.plain_text:
        pairs = guess_headings(pairs)
    if not any(kind == "body" for _, kind in pairs):
        if pairs:  # only headings: keep them as body rather than lose the text
            pairs = [(text, "body") for text, _ in pairs]
        else:
            raise ImportFailed(f"{label} has no article text")

    text_parts: list[str] = []
    spans: list[tuple[int, int, ParagraphKind]] = []
    offset = 0
    for block_text, kind in pairs:
        if text_parts:
            offset += len(PARAGRAPH_SEPARATOR)
        spans.append((offset, offset + len(block_text), kind))
        text_parts.append(block_text)
        offset += len(block_text)
    text = PARAGRAPH_SEPARATOR.join(text_parts)

    texts = [text[s:e] for s, e, _ in spans]
    language = detect_language(text)
    languages = paragraph_languages(texts, language)
    language = with_mixture(language, texts, languages)
    paragraphs = tuple(
        Paragraph(s, e, k, lang) for (s, e, k), lang in zip(spans, languages, strict=True)
    )

    title = normalise_inline(draft.title or "")
    if not title:
        body = PARAGRAPH_SEPARATOR.join(t for t, k in pairs if k == "body")
        title = title_from_text(body)
    published = draft.published
    if published is not None and not plausible_publication(published):
        published = None  # an e-mail dated 1970, a DOCX property of 1601: not a reference
    filed = (find_date(r.text, language.code) for r in cleaned.removed if r.reason == "dateline")
    # the dateline's date ("BRUSSELS, March 6, 2025 —") before any date the body opens with
    published = published or next(filed, None) or find_date(text, language.code)
    return Article(
        id=new_id(),
        title=title,
        text=text,
        paragraphs=paragraphs,
        origin=Origin(file=name, format=draft.format, sha256=sha256_of(raw), url=origin_url),
        language=language,
        publisher=normalise_inline(draft.publisher or "")
        or cleaned.publisher
        or normalise_inline(draft.publisher_fallback or "")
        or None,
        author=normalise_inline(draft.author or "") or cleaned.author,
        url=draft.url or origin_url,
        published=published,
        removed=tuple(removed),
        imported_at=datetime.now(UTC),
    )
