"""Quotes and speakers on real English news (article-extraction ground truth, read at run time).

Only our own annotations live here: the article id (a prefix), the first words of a
quote and who said it, checked by reading each article. The texts stay in ../shared.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from briefing.analysis.quotes import extract_quotes
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import QuoteSuggestion
from tests.analysis.helpers import article_from_text
from tests.conftest import SHARED

GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"

# (article id prefix, opening words of the quote, speaker as the article names them in full)
ANNOTATIONS: list[tuple[str, str, str]] = [
    ("7a664e40", "At no time was I aware", "Kurt Volker"),
    ("7a664e40", "I think the allegations against", "Kurt Volker"),
    ("7a664e40", "My role was not some irregular", "Kurt Volker"),
    ("7a664e40", "If he had concerns about the content", "Tim Morrison"),
    ("7a664e40", "I feared at the time of the call", "Tim Morrison"),
    ("7a664e40", "not to lose sight of", "Tim Morrison"),  # He begged lawmakers "…"
    ("8267acac", "Stadia has been built from the ground up", "Jack Buser"),
    ("8267acac", "They need to ramp up the game catalog", "Lewis Ward"),
    ("8267acac", "Google offers an extension of the market", "Chris Early"),
    ("8267acac", "Our strategy is to be where the consumer is", "Strauss Zelnick"),
    ("8267acac", "This is where you’ll see the next big jump", "Jack Buser"),
    ("264dc3ae", "That’s perfect", "Bruce Boudreau"),
    ("264dc3ae", "He’s used to scoring goals", "Ryan Suter"),
    ("264dc3ae", "I didn’t really see him coming", "Joel Eriksson Ek"),
    ("264dc3ae", "You can go either way", "Zach Parise"),
    ("1ee91d1f", "Rukban is another example of the Assad", "Sean Robertson"),
    ("1ee91d1f", "I can say with confidence", "Charles Simpson"),
    ("c13b9c0e", "It’s difficult to change people’s behaviors", "Michelle Hege"),
    ("c13b9c0e", "When a group is trying to reach", "Julie Graham"),
    ("c13b9c0e", "The problem is, we tell clients", "Jeff Sanborn"),
    ("c13b9c0e", "OK, great, let’s be provocative", "Jeff Sanborn"),
    ("7dfc3e35", "My wife Kimberly and I went through", "James Van Der Beek"),
    ("7dfc3e35", "This is not easy", "Carrie Ann Inaba"),
    ("7dfc3e35", "Can I give it to James?", "Ally Brooke"),
    ("291a8bf3", "We really took that challenge to heart", "Tim Cook"),
    ("291a8bf3", "I can feel him and his presence", "Tim Cook"),
    ("291a8bf3", "I run my business on my phone", "Marc Benioff"),
    ("9eef8162", "Two months after the onset", "Martin Taylor"),
    ("9eef8162", "I think the radiologist may have thought", "Owen John Dempsey"),
    ("833caf3b", "Here we are on a historic day", "Benjamin Netanyahu"),
    ("833caf3b", "The illegality of settlements has always", "Avi Bell"),
    ("82b6d780", "I then heard President Trump ask", "David Holmes"),
    ("82b6d780", "I think all of us thought it was inappropriate", "Kurt Volker"),
    ("82b6d780", "And I asked, well, on whose authority?", "Fiona Hill"),
    ("d1c57d78", "We were actually looking to do this", "Steve Clarke"),
    ("d1c57d78", "Our company is in a great position", "John Roth"),
    ("d1c57d78", "We’re going to start with something smaller", "Marco Villa"),
    ("eb62ac84", "Scooter is frustrated because", "an insider"),
    ("702d1da6", "We’re taking in billions of dollars", "Trump"),
    ("702d1da6", "I like our situation very much", "Trump"),
    ("702d1da6", "It makes for better theater", "Phil Levy"),
    (
        "65408257",
        "The market and the quality part",
        "Kotak Institutional Equities",
    ),  # a report from
    ("8634d121", "consolidate copy editing", "Penelope Muse Abernathy"),  # a 2018 survey by
    ("c50845a7", "The CLPS initiative was designed", "Thomas Zurbuchen"),  # associate administrator
    ("c00962aa", "It depends on what Boeing", "Jim Bridenstine"),
    ("c00962aa", "Using the lift capability", "Jim Chilton"),
    ("686bb170", "Essential chemical elements", "Lucas Paganini"),  # …in Greenbelt, Maryland,
    ("3c5bf8db", "In our simulation, we see", "Dylan Nelson"),  # …in Munich, Germany,
]

# roles the articles give in an appositive or a title before the name
ROLES: list[tuple[str, str, str]] = [
    ("8267acac", "Strauss Zelnick", "CEO of Take-Two"),
    ("833caf3b", "Benjamin Netanyahu", "Israeli Prime Minister"),
    ("d1c57d78", "John Roth", "vice president of business development at SNC"),
    ("7dfc3e35", "Ally Brooke", "singer"),
]

# quoted titles and terms that are not quotes
NOT_QUOTES: list[tuple[str, str]] = [
    ("7dfc3e35", "Pose"),
    ("7dfc3e35", "DWTS"),
    ("9cb8224b", "Takin’ It To the Streets"),
    ("7a664e40", "three amigos"),
    ("82b6d780", "duty"),
]

# a pull quote or sub-heading repeating words quoted in full elsewhere, with a speaker
# (article id prefix, the repeat's opening, the full quote's speaker)
REPEATS: list[tuple[str, str, str]] = [
    ("7a664e40", "My fears have been realized", "Tim Morrison"),
    ("ef4e67b6", "plenty of on-the-record statements", "Stephanie Grisham"),
]

ARTICLES = sorted(
    {a for a, _, _ in ANNOTATIONS} | {a for a, _ in NOT_QUOTES} | {a for a, _, _ in REPEATS}
)


@cache
def _ground_truth(path: Path) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def quotes_of(prefix: str) -> tuple[str, tuple[QuoteSuggestion, ...]]:
    data = _ground_truth(GROUND_TRUTH)
    matches = [key for key in data if key.startswith(prefix)]
    assert len(matches) == 1, f"annotation id {prefix} matches {len(matches)} articles"
    article = article_from_text(data[matches[0]]["articleBody"], "en")
    sentences = split_sentences(article.text, article.paragraphs, "en")
    return article.text, tuple(extract_quotes(article, sentences))


def _find(quotes: tuple[QuoteSuggestion, ...], opening: str) -> QuoteSuggestion | None:
    return next((q for q in quotes if q.text.startswith(opening)), None)


@pytest.mark.parametrize(("prefix", "opening", "speaker"), ANNOTATIONS)
def test_quote_found_with_its_speaker(
    shared_dir: Path, prefix: str, opening: str, speaker: str
) -> None:
    text, quotes = quotes_of(prefix)
    quote = _find(quotes, opening)
    assert quote is not None, f"no quote opening {opening!r}"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == speaker


def test_speaker_accuracy_over_the_annotations(shared_dir: Path) -> None:
    """The share of annotated quotes found with the right speaker, all articles together."""
    right = sum(
        1
        for prefix, opening, speaker in ANNOTATIONS
        if (q := _find(quotes_of(prefix)[1], opening)) is not None and q.speaker == speaker
    )
    assert right / len(ANNOTATIONS) >= 0.9


@pytest.mark.parametrize(("prefix", "speaker", "role"), ROLES)
def test_role_from_the_article(shared_dir: Path, prefix: str, speaker: str, role: str) -> None:
    _, quotes = quotes_of(prefix)
    roles = {q.speaker_role for q in quotes if q.speaker == speaker}
    assert role in roles


@pytest.mark.parametrize(("prefix", "text"), NOT_QUOTES)
def test_titles_and_terms_are_not_quotes(shared_dir: Path, prefix: str, text: str) -> None:
    _, quotes = quotes_of(prefix)
    assert all(not q.text.startswith(text) for q in quotes)


@pytest.mark.parametrize(("prefix", "repeat", "speaker"), REPEATS)
def test_a_repeated_quote_is_proposed_once_with_its_speaker(
    shared_dir: Path, prefix: str, repeat: str, speaker: str
) -> None:
    _, quotes = quotes_of(prefix)
    holding = [q for q in quotes if repeat in q.text]
    assert [q.speaker for q in holding] == [speaker]
    assert not holding[0].text.startswith(repeat)


@pytest.mark.parametrize("prefix", ARTICLES)
def test_every_quote_span_is_exact(shared_dir: Path, prefix: str) -> None:
    text, quotes = quotes_of(prefix)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
