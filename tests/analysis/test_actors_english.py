"""Actors on real English articles (text read at run time from ``../shared``).

The expectations are our own annotations of who and what each article is about: the
people (with a role where the article gives one), organisations and places an analyst
would list. They are minimums, not the full list: the test also checks that nothing
silly (pronouns, sentence openers) becomes an actor and that every span is exact.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis.actors import extract_actors
from briefing.analysis.pipeline import analyze
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text
from tests.conftest import SHARED

GROUND_TRUTH = SHARED / "bench" / "article-extraction" / "ground-truth.json"

# id prefix -> expected actors: kind -> {name: role or None (role not checked)}
ANNOTATIONS: dict[str, dict[str, dict[str, str | None]]] = {
    "04a6711caa7c": {
        "person": {"Trump": "President", "John Bel Edwards": "Governor", "Andy Beshear": None},
        "place": {"Virginia": None, "Kentucky": None, "Louisiana": None, "Ukraine": None},
        "organization": {"Senate": None, "White House": None, "Reuters": None},
    },
    "1ee91d1fce65": {
        "person": {"Charles Simpson": None, "Omar Lamrani": "analyst", "Donald Trump": None},
        "place": {"Syria": None, "Jordan": None, "Iraq": None, "Russia": None},
        "organization": {"Pentagon": None, "United Nations": None, "Islamic State": None},
    },
    "16c30add7e96": {
        "person": {"Aseem Prakash": None, "Narendra Modi": "Prime Minister"},
        "place": {"Delhi": None, "India": None, "Punjab": None, "China": None},
        "organization": {"World Health Organization": None, "Supreme Court": None},
    },
    "08f793762792": {
        "person": {
            "Mason Rudolph": None,
            "Myles Garrett": None,
            "Cam Heyward": None,
            "Sheldon Richardson": None,
        },
    },
    "098bb3e96c0a": {
        "person": {"Kevin Mayer": None, "Bob Iger": "Chief Executive"},
        "organization": {"Disney": None, "ESPN": None, "Netflix": None, "Marvel Studios": None},
    },
    "1f765c48780665": {
        "person": {"Jeffrey Epstein": None, "Ghislaine Maxwell": None},
        "organization": {"BBC": None, "FBI": None},
        "place": {"London": None},
    },
    "06e5123e4ef7": {
        "person": {"Adam Neumann": "CEO", "Marcelo Claure": None, "Letitia James": None},
        "organization": {"Reuters": None},
    },
    "0dd1357045727": {
        "person": {"Ahmad Lawan": "Senate Leader", "Bukola Saraki": "Senate President"},
        "organization": {"Senate": None, "House of Representatives": None},
    },
}
SILLY = {"The", "However", "But", "He", "She", "It", "We", "They", "This", "In", "I", "A", "And"}


@cache
def _bodies() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(GROUND_TRUTH).read_text(encoding="utf-8"))
    return data


def _actors(prefix: str) -> tuple[str, list[ActorSuggestion]]:
    matches = [k for k in _bodies() if k.startswith(prefix)]
    assert len(matches) == 1, prefix
    text = _bodies()[matches[0]]["articleBody"]
    article = article_from_text(text, "en")
    sentences = split_sentences(article.text, article.paragraphs, "en")
    return article.text, extract_actors(article, sentences)


@pytest.mark.parametrize("prefix", sorted(ANNOTATIONS))
def test_english_article_actors(shared_dir: Path, prefix: str) -> None:
    text, actors = _actors(prefix)
    for kind, expected in ANNOTATIONS[prefix].items():
        found = {n: a for a in actors if a.kind == kind for n in (a.name, *a.aliases)}
        for name, role in expected.items():
            assert name in found, f"{kind} {name} missing"
            if role is not None:
                actor_role = found[name].role
                assert actor_role is not None and role in actor_role, (name, actor_role)
    names = {n for a in actors for n in (a.name, *a.aliases)}
    assert not names & SILLY
    for actor in actors:
        surfaces = {actor.name, *actor.aliases}
        for mention in actor.mentions:
            assert " ".join(text[mention.start : mention.end].split()) in surfaces


def test_english_surnames_merge(shared_dir: Path) -> None:
    _, actors = _actors("08f793762792")
    rudolph = next(a for a in actors if a.name == "Mason Rudolph")
    assert "Rudolph" in rudolph.aliases
    assert len(rudolph.mentions) >= 5


def _names(text: str, language: str = "en") -> set[str]:
    article = article_from_text(text, language)
    actors = extract_actors(article, split_sentences(article.text, article.paragraphs, language))
    return {n for a in actors for n in (a.name, *a.aliases)}


def test_shouted_words_are_not_actors() -> None:
    names = _names(
        "The governor asked supporters to vote early. In a post he wrote: “GET OUT and "
        "VOTE on November 5th!” NATO officials and US diplomats watched the race.\n"
    )
    assert "VOTE" not in names  # shouted once among shouting, written "vote" elsewhere
    assert "NATO" in names  # never written "nato": an acronym


def test_names_in_capitals_that_are_also_words_stay_actors() -> None:
    names = _names(
        "Aid group CARE said the camps need care now. CARE will send food on Monday.\n"
        "Britain's health watchdog NICE called the plan nice but costly.\n"
    )
    assert {"CARE", "NICE"} <= names
    # a sentence that starts with "A" is not shouting; WHO (also a word) stays
    assert "NICE" in _names("A NICE panel rejected the drug on Monday. It is not nice to wait.\n")
    assert "WHO" in _names("The WHO said the outbreak is over. WHO officials met in Geneva.\n")
    assert "AND" not in _names("GET OUT AND VOTE, Trump wrote on Monday. Vote early.\n")


def test_a_shouted_headline_twice_is_still_shouting() -> None:
    text = "GET OUT AND VOTE\n\nThe mayor urged people to vote.\n\nGET OUT AND VOTE\n"
    assert "VOTE" not in _names(text)


def test_a_day_after_an_organisation_is_not_its_name() -> None:
    names = _names(
        "Kurt Volker testified before the House Intelligence Committee Tuesday about the "
        "call. The Senate Armed Services Committee Monday approved the plan."
    )
    assert "House Intelligence Committee" in names
    assert "Senate Armed Services Committee" in names
    assert not any(name.endswith(("Tuesday", "Monday")) for name in names)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "British chip designer Veltrix Semiconductors said profits rose.",
            "Veltrix Semiconductors",
        ),
        ("Shares of Arkwright Micro fell 4% on Friday.", "Arkwright Micro"),
        ("Analysts at Sterling Tech Research expect growth.", "Sterling Tech Research"),
        ("The lander was built by Firefly Aerospace in Texas.", "Firefly Aerospace"),
    ],
)
def test_companies_named_by_their_trade(text: str, company: str) -> None:
    found = {a.name: a.kind for a in analyze(article_from_text(text, "en")).actors}
    assert found.get(company) == "organization"


def test_a_company_word_ends_its_name_before_and() -> None:
    text = "NASA picked Ceres Robotics and Tyvak Nano-Satellite Systems for the missions."
    names = {a.name for a in analyze(article_from_text(text, "en")).actors}
    assert "Ceres Robotics" in names
    assert not any(name.startswith("Ceres Robotics and") for name in names)
