"""The domain model: articles, briefs, sections, items and citations.

Everything here is an immutable value (frozen dataclass). A brief changes only through
operations (:mod:`briefing.core.operations`) applied to a :class:`~briefing.core.document.Document`,
so that every change can be undone and persisted as one transaction.

Offsets are Python code points into ``Article.text``; the GUI converts to Qt's UTF-16
positions at its boundary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, ClassVar, Literal

ParagraphKind = Literal["body", "heading"]


def new_id() -> str:
    """A fresh, globally unique id for an article or an item."""
    # Imported here: ``uuid`` pulls in ``platform``, which opening a project never needs.
    import uuid

    return uuid.uuid4().hex


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of an article: a span of ``Article.text``."""

    start: int
    end: int
    kind: ParagraphKind = "body"
    language: str | None = None


@dataclass(frozen=True, slots=True)
class RemovedText:
    """Text kept out of the body (dateline, promotion, navigation), with the reason."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from."""

    file: str | None
    format: str
    sha256: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """The detected language (ISO 639-1, None when unknown) and how sure the detector is."""

    code: str | None
    confidence: float
    mixed: bool = False
    others: tuple[str, ...] = ()


RELIABILITY_CODES = ("A", "B", "C", "D", "E", "F")
RELIABILITY_LABELS = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_LABELS = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


@dataclass(frozen=True, slots=True)
class SourceGrade:
    """Admiralty code: source reliability A–F and information credibility 1–6."""

    reliability: str
    credibility: int

    def __post_init__(self) -> None:
        if self.reliability not in RELIABILITY_CODES:
            raise ValueError(f"reliability must be one of A–F, not {self.reliability!r}")
        if self.credibility not in CREDIBILITY_LABELS:
            raise ValueError(f"credibility must be 1–6, not {self.credibility!r}")

    def __str__(self) -> str:
        return f"{self.reliability}{self.credibility}"

    @classmethod
    def parse(cls, code: str) -> SourceGrade:
        """Read ``"B2"`` style codes."""
        code = code.strip().upper()
        if len(code) != 2 or not code[1].isdigit():
            raise ValueError(f"not an Admiralty grade: {code!r}")
        return cls(code[0], int(code[1]))


@dataclass(frozen=True, slots=True)
class Article:
    """An imported article: normalised body text with its paragraphs and metadata."""

    id: str
    title: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    origin: Origin
    language: LanguageGuess = LanguageGuess(None, 0.0)
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    removed: tuple[RemovedText, ...] = ()
    imported_at: datetime | None = None
    grade: SourceGrade | None = None

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def excerpt(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_json(self) -> dict[str, Any]:
        """The ``import`` half of the JSON contract (field names are stable)."""
        return {
            "id": self.id,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "language": {
                "code": self.language.code,
                "confidence": round(self.language.confidence, 4),
                "mixed": self.language.mixed,
                "others": list(self.language.others),
            },
            "text": self.text,
            "paragraphs": [
                {"start": p.start, "end": p.end, "kind": p.kind, "language": p.language}
                for p in self.paragraphs
            ],
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "origin": {
                "file": self.origin.file,
                "format": self.origin.format,
                "sha256": self.origin.sha256,
                "url": self.origin.url,
            },
            "imported_at": self.imported_at.isoformat() if self.imported_at else None,
            "grade": str(self.grade) if self.grade else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Article:
        lang = data.get("language") or {}
        origin = data.get("origin") or {}
        grade = data.get("grade")
        return cls(
            id=str(data.get("id") or new_id()),
            title=str(data.get("title") or ""),
            text=str(data["text"]),
            paragraphs=tuple(
                Paragraph(int(p["start"]), int(p["end"]), p.get("kind", "body"), p.get("language"))
                for p in data.get("paragraphs", ())
            ),
            origin=Origin(
                file=origin.get("file"),
                format=str(origin.get("format") or "unknown"),
                sha256=str(origin.get("sha256") or ""),
                url=origin.get("url"),
            ),
            language=LanguageGuess(
                lang.get("code"),
                float(lang.get("confidence") or 0.0),
                bool(lang.get("mixed", False)),
                tuple(lang.get("others") or ()),
            ),
            publisher=data.get("publisher"),
            author=data.get("author"),
            url=data.get("url"),
            published=_parse_date(data.get("published")),
            removed=tuple(
                RemovedText(str(r["text"]), str(r["reason"])) for r in data.get("removed", ())
            ),
            imported_at=datetime.fromisoformat(data["imported_at"])
            if data.get("imported_at")
            else None,
            grade=SourceGrade.parse(grade) if grade else None,
        )


def _parse_date(value: object) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --------------------------------------------------------------------------- citations


@dataclass(frozen=True, slots=True)
class Citation:
    """Where an item came from: a span of an article's text and the text it had then."""

    article_id: str
    start: int
    end: int
    quoted: str

    def matches(self, article: Article) -> bool:
        """False when the article's text at the span no longer equals what was quoted."""
        return article.text[self.start : self.end] == self.quoted

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "quoted": self.quoted,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Citation:
        return cls(
            str(data["article_id"]), int(data["start"]), int(data["end"]), str(data["quoted"])
        )

    @classmethod
    def of(cls, article: Article, start: int, end: int) -> Citation:
        """A citation of ``article.text[start:end]``."""
        if not 0 <= start <= end <= len(article.text):
            raise ValueError(f"span {start}:{end} outside the article ({len(article.text)} chars)")
        return cls(article.id, start, end, article.text[start:end])


# --------------------------------------------------------------------------- items


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    OTHER = "other"


# ICD 203 expressions of likelihood, in increasing order.
LIKELIHOOD_TERMS = (
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
)
CONFIDENCE_TERMS = ("low", "moderate", "high")


@dataclass(frozen=True, slots=True)
class Item:
    """Base of everything a section holds."""

    kind: ClassVar[str] = "item"

    id: str = field(default_factory=new_id)
    citations: tuple[Citation, ...] = ()
    note: str = ""

    @property
    def headline(self) -> str:
        """One line that names the item (outline views, undo texts)."""
        return ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "citations":
                data["citations"] = [c.to_json() for c in value]
            elif isinstance(value, date):
                data[f.name] = value.isoformat()
            elif isinstance(value, Enum):
                data[f.name] = value.value
            else:
                data[f.name] = value
        return data

    def with_changes(self, **changes: Any) -> Item:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Fact(Item):
    kind: ClassVar[str] = "fact"

    text: str = ""

    @property
    def headline(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Quote(Item):
    kind: ClassVar[str] = "quote"

    text: str = ""
    speaker: str = ""
    speaker_role: str = ""
    language: str | None = None
    translation: str = ""

    @property
    def headline(self) -> str:
        who = f" — {self.speaker}" if self.speaker else ""
        return f"“{self.text}”{who}"


@dataclass(frozen=True, slots=True)
class Figure(Item):
    kind: ClassVar[str] = "figure"

    value: float | None = None
    unit: str = ""
    what: str = ""
    qualifier: str = ""
    as_of: date | None = None
    text: str = ""

    @property
    def headline(self) -> str:
        """``at least 3,000 North Korean troops``: one phrase, each word said once.

        ``text`` is usually the source's own span (``3.000 tentara``, ``2,5 persen``,
        ``Rp 5 triliun``): it already says the unit in the source's words, so the
        canonical unit (``tentara``, ``%``, ``IDR``) is added only to a bare number.
        ``what`` (``tentara Korea Utara``) usually extends the unit, so it takes the
        unit's place instead of being repeated.
        """
        return self.phrase()

    def phrase(self, number: str = "") -> str:
        """The :attr:`headline`, or with ``number`` (the value as an export writes it,
        ``6.5 billion``) in place of the source's words: ``almost 6.5 billion USD``."""
        unit = " ".join((self.unit or "").split())
        if not number and self.text and self.text.strip():
            line = " ".join(self.text.split())
        else:
            line = number or _plain_number(self.value)
            if unit in _ATTACHED_UNITS:
                line = f"{line}{unit}"
            elif unit:
                line = f"{line} {unit}".strip()
        qualifier = " ".join((self.qualifier or "").split())
        if qualifier and not _starts_with_words(line, qualifier) and qualifier not in line:
            line = f"{qualifier} {line}"  # (约有3万名士兵, 30多人: Chinese writes it inside)
        what = " ".join((self.what or "").split())
        if not what or _contains_words(line, what):
            return line
        words, unit_words, what_words = line.split(), unit.split(), what.split()
        n = len(unit_words)
        if n and _fold(words[-n:]) == _fold(unit_words):
            if _fold(what_words[:n]) == _fold(unit_words):
                return " ".join(words + what_words[n:])  # 3.000 tentara + Korea Utara
            if _fold(what_words[-n:]) == _fold(unit_words):
                return " ".join(words[:-n] + what_words)  # 3,000 + North Korean troops
        return f"{line}: {what}"


@dataclass(frozen=True, slots=True)
class Actor(Item):
    kind: ClassVar[str] = "actor"

    name: str = ""
    actor_kind: ActorKind = ActorKind.OTHER
    role: str = ""
    description: str = ""

    @property
    def headline(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True, slots=True)
class Outlook(Item):
    kind: ClassVar[str] = "outlook"

    statement: str = ""
    likelihood: str = ""
    confidence: str = ""

    def __post_init__(self) -> None:
        if self.likelihood and self.likelihood not in LIKELIHOOD_TERMS:
            raise ValueError(f"likelihood must be an ICD 203 term, not {self.likelihood!r}")
        if self.confidence and self.confidence not in CONFIDENCE_TERMS:
            raise ValueError(f"confidence must be low, moderate or high, not {self.confidence!r}")

    @property
    def headline(self) -> str:
        return self.statement


_ATTACHED_UNITS = frozenset({"%", "‰"})


def _fold(words: list[str]) -> list[str]:
    return [w.casefold() for w in words]


def _starts_with_words(text: str, words: str) -> bool:
    head = words.split()
    return bool(head) and _fold(text.split()[: len(head)]) == _fold(head)


def _contains_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words (case-insensitive)."""
    haystack, needle = _fold(text.split()), _fold(words.split())
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _plain_number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


ITEM_TYPES: dict[str, type[Item]] = {cls.kind: cls for cls in (Fact, Quote, Figure, Actor, Outlook)}


def item_from_json(data: Mapping[str, Any]) -> Item:
    """Rebuild an item from :meth:`Item.to_json` output; unknown keys are ignored."""
    kind = data.get("kind")
    cls = ITEM_TYPES.get(str(kind))
    if cls is None:
        raise ValueError(f"unknown item kind {kind!r}")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or name == "kind":
            continue
        if name == "citations":
            values[name] = tuple(Citation.from_json(c) for c in value)
        elif name == "as_of":
            values[name] = _parse_date(value)
        elif name == "actor_kind":
            values[name] = ActorKind(value)
        elif name == "value" and value is not None:
            values[name] = float(value)
        else:
            values[name] = value
    return cls(**values)


# --------------------------------------------------------------------------- the brief

SECTION_KEYS = ("summary", "situation", "actors", "figures", "outlook")
"""The sections of every brief, in order. Sources is generated from the citations."""

SECTION_ITEM_KINDS: dict[str, tuple[str, ...]] = {
    "summary": ("fact",),
    "situation": ("fact", "quote", "figure"),
    "actors": ("actor",),
    "figures": ("figure",),
    "outlook": ("outlook", "fact"),
}
"""Which item kinds each section takes; the GUI offers these when adding."""

DEFAULT_SECTION_FOR_KIND = {
    "fact": "situation",
    "quote": "situation",
    "figure": "figures",
    "actor": "actors",
    "outlook": "outlook",
}


@dataclass(frozen=True, slots=True)
class BriefInfo:
    """The brief's metadata (title block, marking, template)."""

    title: str = ""
    dtg: str = ""
    author: str = ""
    organisation: str = ""
    marking: str = "UNCLASSIFIED"
    distribution: str = ""
    template: str = "standard"
    language: str = "en"

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BriefInfo:
        names = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in data.items() if k in names and v is not None})
