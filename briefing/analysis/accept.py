"""From a suggestion (or a selection) to a brief item, always with its citation.

The GUI calls these when the analyst accepts a suggestion or selects text and chooses
"Add as quote / fact / figure / actor / outlook". The item cites exactly the passage it
came from, so a quote that later differs from its source can be flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis.actors import extract_actors
from briefing.analysis.figures import extract_figures
from briefing.analysis.quotes import extract_quotes, quote_at
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import (
    ActorSuggestion,
    DateMention,
    FigureSuggestion,
    KeySentence,
    OutlookSuggestion,
    QuoteSuggestion,
    SentenceSpan,
    StatementSuggestion,
)
from briefing.core.errors import BriefingError
from briefing.core.model import (
    DEFAULT_SECTION_FOR_KIND,
    Actor,
    ActorKind,
    Article,
    Citation,
    Fact,
    Figure,
    Item,
    Outlook,
    Quote,
)

_QUOTE_MARKS = "“”„‚‘’«»‹›「」『』\"'"
_MAX_ACTOR_CITATIONS = 3

Suggestion = (
    QuoteSuggestion
    | StatementSuggestion
    | FigureSuggestion
    | DateMention
    | ActorSuggestion
    | KeySentence
    | SentenceSpan
    | OutlookSuggestion
)


class UnknownSuggestion(BriefingError):
    """The object handed over is not something analysis suggests."""


def plain(text: str) -> str:
    """Text as a brief shows it: whitespace runs (line breaks too) become one space."""
    return " ".join(text.split())


_ENDS_SENTENCE = tuple(".!?…。！？")
_CLOSING_MARKS = "\"'”’»›」』)"


def _as_sentence(content: str) -> str:
    """Reported speech as the brief prints it after "Speaker:": its own sentence, capital
    first and stop last ("he had no knowledge … Biden" → "He had no knowledge … Biden.").
    The analysis span stops before the sentence's full stop, which the brief needs back."""
    if not content:
        return content
    content = content[0].upper() + content[1:]
    if not content.rstrip(_CLOSING_MARKS).endswith(_ENDS_SENTENCE):
        content = content.rstrip(",;: ") + "."
    return content


def suggestion_to_item(article: Article, suggestion: Suggestion) -> Item:
    """The brief item for an accepted suggestion of ``article``."""
    if isinstance(suggestion, QuoteSuggestion):
        return Quote(
            # the comma before a closing quote mark belongs to the sentence around it
            text=plain(suggestion.text).rstrip(",;: "),
            speaker=suggestion.speaker or "",
            speaker_role=suggestion.speaker_role or "",
            language=article.language.code,
            citations=(Citation.of(article, suggestion.start, suggestion.end),),
        )
    if isinstance(suggestion, StatementSuggestion):
        return Fact(
            text=f"{suggestion.speaker}: {_as_sentence(plain(suggestion.text))}",
            citations=(Citation.of(article, suggestion.start, suggestion.end),),
            note=f"reported speech ({suggestion.cue})",
        )
    if isinstance(suggestion, FigureSuggestion):
        return figure_item(article, suggestion)
    if isinstance(suggestion, ActorSuggestion):
        return actor_item(article, suggestion)
    if isinstance(suggestion, DateMention):
        start, end = _sentence_around(article, suggestion.start, suggestion.end)
        return Fact(
            text=plain(article.text[start:end]),
            citations=(Citation.of(article, start, end),),
            note=f"date: {suggestion.value}" if suggestion.value else "",
        )
    if isinstance(suggestion, OutlookSuggestion):
        return Outlook(
            statement=plain(article.text[suggestion.start : suggestion.end]),
            citations=(Citation.of(article, suggestion.start, suggestion.end),),
        )
    if isinstance(suggestion, KeySentence | SentenceSpan):
        return Fact(
            text=plain(article.text[suggestion.start : suggestion.end]),
            citations=(Citation.of(article, suggestion.start, suggestion.end),),
        )
    raise UnknownSuggestion(f"cannot add a {type(suggestion).__name__} to a brief")


def figure_item(article: Article, figure: FigureSuggestion) -> Figure:
    # A range or a vague amount ("dozens of flybys" is 24-99, "3.000–5.000") has no one
    # value: the brief shows the source's words, never the lower bound alone as "24".
    return Figure(
        value=figure.value if figure.value_max is None else None,
        unit=figure.unit or "",
        what=figure.what or "",
        qualifier=figure.qualifier or "",
        text=plain(figure.text),
        citations=(Citation.of(article, figure.start, figure.end),),
    )


def actor_item(article: Article, actor: ActorSuggestion) -> Actor:
    citations = tuple(
        Citation.of(article, m.start, m.end) for m in actor.mentions[:_MAX_ACTOR_CITATIONS]
    )
    try:
        kind = ActorKind(actor.kind)
    except ValueError:
        kind = ActorKind.OTHER
    return Actor(
        name=actor.name,
        actor_kind=kind,
        role=actor.role or "",
        description=", ".join(_telling_aliases(actor)),
        citations=citations,
    )


def _telling_aliases(actor: ActorSuggestion) -> list[str]:
    """Aliases worth a reader's time: ``Korut``, ``BMKG``'s full name — not ``Austin``
    for Lloyd Austin, which only repeats part of the name."""
    name_words = {w.casefold() for w in actor.name.split()}
    return [
        alias
        for alias in actor.aliases
        if alias != actor.name and not {w.casefold() for w in alias.split()} <= name_words
    ]


def default_section(item: Item) -> str:
    """Where an accepted item goes unless the analyst drops it elsewhere."""
    return DEFAULT_SECTION_FOR_KIND.get(item.kind, "situation")


def item_from_selection(article: Article, start: int, end: int, kind: str) -> Item:
    """An item of ``kind`` from the analyst's selection ``article.text[start:end]``.

    A quote loses its surrounding quotation marks and takes the speaker of the detected
    quote it matches; a figure or an actor takes what analysis reads in the selection.
    """
    start, end = _clamp(article, start, end)
    start, end = _strip(article.text, start, end, " \t\r\n")
    if kind == "quote":
        start, end = _strip(article.text, start, end, _QUOTE_MARKS + " \t\r\n")
        return _quote_from_selection(article, start, end)
    citation = Citation.of(article, start, end)
    text = plain(citation.quoted)
    if kind == "fact":
        return Fact(text=text, citations=(citation,))
    if kind == "outlook":
        return Outlook(statement=text, citations=(citation,))
    if kind == "figure":
        figure = _figure_in(article, start, end)
        if figure is not None:
            return replace(figure_item(article, figure), citations=(citation,))
        return Figure(text=text, citations=(citation,))
    if kind == "actor":
        actor = _actor_in(article, start, end)
        if actor is not None:
            item = actor_item(article, actor)
            return replace(item, citations=(citation,))
        return Actor(name=text, citations=(citation,))
    raise UnknownSuggestion(
        f"unknown item kind {kind!r}: use fact, quote, figure, actor or outlook"
    )


def _quote_from_selection(article: Article, start: int, end: int) -> Quote:
    citation = Citation.of(article, start, end)
    sentences = split_sentences(article.text, article.paragraphs, article.language.code)
    found = quote_at(extract_quotes(article, sentences), start, end)
    return Quote(
        text=plain(citation.quoted),
        speaker=(found.speaker or "") if found else "",
        speaker_role=(found.speaker_role or "") if found else "",
        language=article.language.code,
        citations=(citation,),
    )


def _figure_in(article: Article, start: int, end: int) -> FigureSuggestion | None:
    sentence = _sentence_around(article, start, end)
    figures: Sequence[FigureSuggestion] = extract_figures(article, [SentenceSpan(*sentence)])
    inside = [f for f in figures if f.start < end and start < f.end]
    return inside[0] if inside else None


def _actor_in(article: Article, start: int, end: int) -> ActorSuggestion | None:
    sentences = split_sentences(article.text, article.paragraphs, article.language.code)
    for actor in extract_actors(article, sentences):
        if any(m.start < end and start < m.end for m in actor.mentions):
            return actor
    return None


def _sentence_around(article: Article, start: int, end: int) -> tuple[int, int]:
    text = article.text
    left = max(text.rfind("\n", 0, start) + 1, 0)
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    for span in split_sentences(text, article.paragraphs, article.language.code):
        if span.start <= start and end <= span.end:
            return span.start, span.end
        if span.start > end:
            break
    return left, right


def _clamp(article: Article, start: int, end: int) -> tuple[int, int]:
    size = len(article.text)
    start = max(0, min(start, size))
    end = max(start, min(end, size))
    return start, end


def _strip(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
