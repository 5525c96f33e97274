"""What analysis proposes for one article: the ``analyze`` half of the JSON contract.

Every suggestion carries a code-point span into ``Article.text`` so the GUI can
highlight it and an accepted item can cite it. Field names of ``to_json`` are a stable
contract: later work adds fields, never renames.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKindName = Literal["person", "organization", "place", "other"]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteSuggestion:
    """A direct quote; ``text`` is the words inside the quotation marks."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    confidence: float


@dataclass(frozen=True, slots=True)
class StatementSuggestion:
    """Indirect speech: ``X mengatakan bahwa …``, ``X said that …``."""

    speaker: str
    text: str
    start: int
    end: int
    cue: str
    speaker_role: str | None = None


@dataclass(frozen=True, slots=True)
class FigureSuggestion:
    """A number worth reporting, read with the article's locale."""

    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    qualifier: str | None
    kind: str = "count"
    """``count``, ``money``, ``percent`` or ``measure``."""
    currency: str | None = None
    value_max: float | None = None
    """Upper bound when the figure is a range (``3.000–5.000``)."""
    what: str | None = None
    """The noun phrase the figure counts, when found."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date; ``value`` is ISO (``2024-10-24``, or ``2024-10`` for a month) or None."""

    text: str
    start: int
    end: int
    value: str | None
    absolute: bool


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorSuggestion:
    name: str
    kind: ActorKindName
    role: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class KeySentence:
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class OutlookSuggestion:
    """A sentence that looks ahead: ``cues`` are the words that say so, ``date`` a date
    of the sentence after the article's own (ISO), ``score`` their strength (0–1)."""

    start: int
    end: int
    text: str
    score: float
    cues: tuple[str, ...] = ()
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """Everything proposed for one article."""

    article_id: str
    language: str | None
    sentences: tuple[SentenceSpan, ...] = ()
    quotes: tuple[QuoteSuggestion, ...] = ()
    statements: tuple[StatementSuggestion, ...] = ()
    figures: tuple[FigureSuggestion, ...] = ()
    dates: tuple[DateMention, ...] = ()
    actors: tuple[ActorSuggestion, ...] = ()
    key_sentences: tuple[KeySentence, ...] = field(default=())
    """Every sentence with its score, best first."""
    outlook: tuple[OutlookSuggestion, ...] = ()
    """Sentences that look ahead, best first."""

    def to_json(self) -> dict[str, Any]:
        """The fields ``analyze --json`` adds to the article's import object."""
        return {
            "sentences": [asdict(s) for s in self.sentences],
            "quotes": [asdict(q) for q in self.quotes],
            "statements": [asdict(s) for s in self.statements],
            "figures": [asdict(f) for f in self.figures],
            "dates": [asdict(d) for d in self.dates],
            "actors": [
                {
                    "name": a.name,
                    "kind": a.kind,
                    "role": a.role,
                    "aliases": list(a.aliases),
                    "mentions": [asdict(m) for m in a.mentions],
                }
                for a in self.actors
            ],
            "key_sentences": [asdict(k) for k in self.key_sentences],
            "outlook": [{**asdict(o), "cues": list(o.cues)} for o in self.outlook],
        }


@dataclass(frozen=True, slots=True)
class FigureCitation:
    article_id: str
    figure: FigureSuggestion


@dataclass(frozen=True, slots=True)
class FigureConflict:
    """The same kind of figure reported differently by two sources."""

    unit: str
    first: FigureCitation
    second: FigureCitation
    note: str = ""
