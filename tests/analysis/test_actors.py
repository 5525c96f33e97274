"""Actors: people with roles, organisations, places; aliases merged; exact mention spans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.actors import extract_actors, find_person, resolve_person
from briefing.analysis.suggestions import (
    ActorSuggestion,
    QuoteSuggestion,
    SentenceSpan,
)
from tests.analysis.helpers import article_from_text, seed_article
from tests.conftest import SEED_GOLD

_SENTENCE = re.compile(r"[^\n]*?(?:[.!?][\"”]?(?=\s)|$)", re.M)


def sentences_of(text: str) -> list[SentenceSpan]:
    """A plain splitter: actors must cope with naive sentences too (``Dr.`` ends one)."""
    return [SentenceSpan(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group()]


def actors_of(text: str, language: str | None = "id") -> list[ActorSuggestion]:
    article = article_from_text(text, language)
    return extract_actors(article, sentences_of(text))


def by_name(actors: list[ActorSuggestion]) -> dict[str, ActorSuggestion]:
    return {a.name: a for a in actors}


def names_and_aliases(actors: list[ActorSuggestion], kind: str) -> set[str]:
    out: set[str] = set()
    for actor in actors:
        if actor.kind == kind:
            out.add(actor.name)
            out.update(actor.aliases)
    return out


@pytest.fixture(scope="module")
def seed(seed_article_path: Path) -> tuple[str, list[ActorSuggestion], dict[str, object]]:
    article = seed_article(seed_article_path)
    text = article.text
    actors = extract_actors(article, sentences_of(text))
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["actors"]
    return text, actors, gold


def test_seed_people_have_the_roles_the_article_gives(seed) -> None:  # type: ignore[no-untyped-def]
    _, actors, gold = seed
    people = {a.name: a for a in actors if a.kind == "person"}
    for person in gold["person"]:
        assert person["name"] in people, person["name"]
        assert people[person["name"]].role == person["role"]
    assert len(people) == len(gold["person"])


def test_seed_organisations_and_places(seed) -> None:  # type: ignore[no-untyped-def]
    _, actors, gold = seed
    organisations = names_and_aliases(actors, "organization")
    places = names_and_aliases(actors, "place")
    assert len(set(gold["organization"]) & organisations) >= 6
    assert len(set(gold["place"]) & places) >= 12


def test_seed_aliases_are_merged(seed) -> None:  # type: ignore[no-untyped-def]
    _, actors, gold = seed
    for alias, canonical in gold["aliases"].items():
        merged = [a for a in actors if {alias, canonical} <= {a.name, *a.aliases}]
        assert merged, f"{alias} and {canonical} are separate actors"
    austin = by_name(actors)["Lloyd Austin"]
    assert "Austin" in austin.aliases
    assert len(austin.mentions) >= 5  # "kata Austin", "Austin mengatakan", ...


def test_seed_has_nothing_silly(seed) -> None:  # type: ignore[no-untyped-def]
    _, actors, _ = seed
    names = {n for a in actors for n in (a.name, *a.aliases)}
    for word in ("Namun", "Setelah", "Kami", "Sebelumnya", "Tetapi", "Seorang", "Ini", "Ia"):
        assert word not in names
    assert not any(len(a.name.split()) > 6 for a in actors)


def test_seed_mention_spans_are_exact(seed) -> None:  # type: ignore[no-untyped-def]
    text, actors, _ = seed
    for actor in actors:
        surfaces = {actor.name, *actor.aliases}
        for mention in actor.mentions:
            assert " ".join(text[mention.start : mention.end].split()) in surfaces


def test_sorted_by_salience(seed) -> None:  # type: ignore[no-untyped-def]
    _, actors, _ = seed
    keys = [(-len(a.mentions), a.mentions[0].start) for a in actors]
    assert keys == sorted(keys)
    assert actors[0].name in ("Korea Utara", "Rusia")


def test_roles_from_appositives_before_and_after() -> None:
    text = (
        "Ketua Umum Partai Gerindra Prabowo Subianto bertemu Gubernur Jawa Barat "
        "Ridwan Kamil di Bandung, Senin. Menurut Prabowo, pertemuan itu membahas banjir. "
        "Namun Ridwan menolak berkomentar."
    )
    actors = by_name(actors_of(text))
    assert actors["Prabowo Subianto"].role == "Ketua Umum Partai Gerindra"
    assert actors["Ridwan Kamil"].role == "Gubernur Jawa Barat"
    assert "Prabowo" in actors["Prabowo Subianto"].aliases
    assert len(actors["Ridwan Kamil"].mentions) == 2
    assert "Namun" not in actors and "Namun Ridwan" not in actors


def test_surname_mentions_and_resolve_person() -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi tiba di Tokyo. "
        "Kedatangan Retno disambut duta besar. Marsudi lalu bertemu pejabat Jepang."
    )
    actors = actors_of(text)
    retno = by_name(actors)["Retno Marsudi"]
    assert retno.role == "Menteri Luar Negeri"
    spans = [text[m.start : m.end] for m in retno.mentions]
    assert spans == ["Retno Marsudi", "Retno", "Marsudi"]
    assert resolve_person("Marsudi", actors) == "Retno Marsudi"
    assert resolve_person("Menteri Retno Marsudi", actors) == "Retno Marsudi"
    assert resolve_person("Widodo", actors) == "Widodo"
    found = find_person("Marsudi", actors)
    assert found is not None and found.role == "Menteri Luar Negeri"


def test_shared_surname_goes_to_the_person_met_first() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani tiba di Jakarta. Ekonom Budi Mulyani mengkritik "
        "anggaran. Mulyani menjawab kritik itu."
    )
    actors = by_name(actors_of(text))
    assert "Mulyani" in actors["Sri Mulyani"].aliases
    assert len(actors["Budi Mulyani"].mentions) == 1


def test_ambiguous_surname_is_not_resolved() -> None:
    actors = [
        ActorSuggestion("Budi Santoso", "person", None, (), ()),
        ActorSuggestion("Agus Santoso", "person", None, (), ()),
    ]
    assert find_person("Santoso", actors) is None
    assert resolve_person("Santoso", actors) == "Santoso"
    assert resolve_person("Agus", actors) == "Agus Santoso"


def test_acronym_in_brackets_is_an_alias() -> None:
    text = "Badan Narkotika Nasional (BNN) menangkap dua orang di Medan. BNN juga menyita sabu."
    actor = by_name(actors_of(text))["BNN"]
    assert actor.kind == "organization"
    assert actor.aliases == ("Badan Narkotika Nasional",)
    assert [text[m.start : m.end] for m in actor.mentions] == [
        "Badan Narkotika Nasional",
        "BNN",
        "BNN",
    ]


def test_capital_is_its_country_only_when_it_acts() -> None:
    text = (
        "Rusia membantah laporan itu. Moskow menyebut tuduhan tersebut palsu. "
        "Delegasi Indonesia tiba di Moskow pada Selasa."
    )
    actors = actors_of(text)
    russia = by_name(actors)["Rusia"]
    assert "Moskow" in russia.aliases
    moscow = by_name(actors)["Moskow"]
    assert moscow.kind == "place" and len(moscow.mentions) == 1
    assert text[moscow.mentions[0].start - 3 : moscow.mentions[0].end] == "di Moskow"


def test_hyphenated_prefix_is_not_part_of_the_name() -> None:
    text = "Kelompok itu menggelar aksi anti-Amerika Serikat di depan kedutaan."
    actor = by_name(actors_of(text))["Amerika Serikat"]
    (mention,) = actor.mentions
    assert text[mention.start : mention.end] == "Amerika Serikat"


def test_quote_lends_a_role_to_its_speaker() -> None:
    text = "Menurut Budi Gunawan, situasi aman. Budi Gunawan mengatakan patroli ditambah."
    article = article_from_text(text)
    quote = QuoteSuggestion("situasi aman", 0, 5, "Budi Gunawan", "Kepala BIN", "menurut", 0.9)
    actors = by_name(extract_actors(article, sentences_of(text), [quote]))
    assert actors["Budi Gunawan"].role == "Kepala BIN"


ENGLISH_HARBOUR = (
    "The harbour authority of Port Elsinore said on Tuesday that it would close the "
    "northern quay. Speaking to reporters in Copenhagen, Transport Minister Ingrid "
    "Halvorsen said the work would take three weeks.\n"
    '"We cannot let the ferries wait," Halvorsen said. Her deputy said the European '
    "Union had agreed to pay half of the cost.\n"
    "Meanwhile, the World Health Organization warned that the heat wave in southern Europe "
    "would continue. Dr. Amara Okafor, the agency's regional director, told the BBC that "
    'hospitals in Spain and Portugal were full. "This is a shared problem," Okafor said.'
)

ENGLISH_SUMMIT = (
    "However, the summit in Geneva ended without a deal. The White House spokesman "
    "Tom Reyes said the United States would keep talking. US officials in Washington "
    "said President Helen Marsh had called Prime Minister Rahul Mehta on Sunday. "
    "Reyes added that NATO allies were informed. Marsh will travel to Berlin next week."
)


def test_english_people_organisations_places() -> None:
    actors = by_name(actors_of(ENGLISH_HARBOUR, "en"))
    assert actors["Ingrid Halvorsen"].kind == "person"
    assert actors["Ingrid Halvorsen"].role == "Transport Minister"
    assert "Halvorsen" in actors["Ingrid Halvorsen"].aliases
    assert actors["Amara Okafor"].role == "agency's regional director"
    assert len(actors["Amara Okafor"].mentions) == 2
    for org in ("World Health Organization", "BBC", "European Union"):
        assert actors[org].kind == "organization", org
    for place in ("Copenhagen", "Spain", "Portugal", "Europe"):
        assert actors[place].kind == "place", place
    for word in ("The", "Meanwhile", "We", "This", "Her", "Dr"):
        assert word not in actors


def test_english_roles_and_capitals() -> None:
    actors = by_name(actors_of(ENGLISH_SUMMIT, "en"))
    assert actors["Tom Reyes"].role == "White House spokesman"
    assert actors["Helen Marsh"].role == "President"
    assert actors["Rahul Mehta"].role == "Prime Minister"
    assert len(actors["Helen Marsh"].mentions) == 2
    assert actors["Washington"].kind == "place"  # "in Washington": the city
    assert "US" in actors["United States"].aliases
    assert actors["NATO"].kind == "organization"
    assert "However" not in actors


def test_malay_uses_its_own_tables() -> None:
    text = (
        "Perdana Menteri Anwar Ibrahim berkata kerajaan akan membantu rakyat di Sabah. "
        "Menurut Anwar, Kementerian Kewangan telah meluluskan dana tambahan. "
        "Amerika Syarikat dan China menyambut baik langkah itu."
    )
    actors = by_name(actors_of(text, "ms"))
    assert actors["Anwar Ibrahim"].role == "Perdana Menteri"
    assert "Anwar" in actors["Anwar Ibrahim"].aliases
    assert actors["Kementerian Kewangan"].kind == "organization"
    assert actors["Amerika Syarikat"].kind == "place"
    assert actors["Sabah"].kind == "place"


def test_empty_and_sentence_free_input() -> None:
    assert actors_of("") == []
    article = article_from_text("Presiden Joko Widodo tiba di Surabaya")
    actors = by_name(extract_actors(article, []))
    assert actors["Joko Widodo"].role == "Presiden"
    assert actors["Surabaya"].kind == "place"


_PIECES = [
    *"aAbBkKzZ .,;:-()\"'“”\n\t09é",
    "Presiden ",
    "Korut",
    " AS",
    " dan ",
    "Moskow",
    "anti-",
    "Budi ",
    "(KPK)",
    "Kirby",
    "🙂",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=80).map("".join),
    st.sampled_from(["id", "en", None, "fr"]),
)
def test_random_text_never_breaks_spans(text: str, language: str | None) -> None:
    article = article_from_text(text, language)
    for actor in extract_actors(article, sentences_of(text)):
        assert actor.name
        assert actor.mentions
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end].strip()


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_is_safe(text: str) -> None:
    article = article_from_text(text, "id")
    for actor in extract_actors(article, sentences_of(text)):
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
