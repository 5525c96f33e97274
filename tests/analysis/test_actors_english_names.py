"""English actor names that rules must get right: organisation names joined across
``of``/``for``/``and``, company words, titles fused into names, headline words.

Sentences are our own, short and synthetic; real articles are checked in
``test_actors_audit.py``.
"""

from __future__ import annotations

import itertools

from briefing.analysis.actors import extract_actors
from briefing.analysis.actors_gazetteer import actor_tables
from briefing.analysis.actors_mention import RawMention
from briefing.analysis.actors_merge import (
    Group,
    complete_surnames,
    merge_same_names,
    person_names,
)
from briefing.analysis.actors_rules import _strip_generic
from briefing.analysis.ner import token_spans
from briefing.analysis.sentences import split_sentences
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text


def actors_of(text: str) -> list[ActorSuggestion]:
    article = article_from_text(text, "en")
    return extract_actors(article, split_sentences(article.text, article.paragraphs, "en"))


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(text)}


def test_an_agency_named_with_for_is_one_organisation() -> None:
    found = kinds("The Centers for Disease Control recommends a flu shot for everyone.\n")
    assert found.get("Centers for Disease Control") == "organization"
    assert "Disease Control" not in found and "Centers" not in found


def test_an_agency_named_with_and_is_one_organisation() -> None:
    found = kinds("Customs and Border Protection declined the offer on Tuesday.\n")
    assert found.get("Customs and Border Protection") == "organization"
    assert "Border Protection" not in found


def test_a_department_of_two_parts_is_one_organisation() -> None:
    found = kinds("The Department of Health and Human Services did not reply.\n")
    assert found.get("Department of Health and Human Services") == "organization"


def test_modifiers_before_the_cue_belong_to_the_name() -> None:
    found = kinds("Teachers from the Ohio State Teachers Association marched on Monday.\n")
    assert found.get("Ohio State Teachers Association") == "organization"


def test_and_does_not_join_a_person_given_a_title() -> None:
    found = kinds(
        "The letter went to the Department of Energy and Maria Lopez, the deputy "
        "energy secretary, on Friday.\n"
    )
    assert found.get("Department of Energy") == "organization"
    assert found.get("Maria Lopez") == "person"
    assert not any(" and " in name for name in found)


def test_and_does_not_join_a_known_name_to_a_cue() -> None:
    found = kinds("Congress and Canada signed nothing this year.\n")
    assert found.get("Congress") == "organization"
    assert found.get("Canada") == "place"


def test_an_office_of_a_title_is_one_organisation() -> None:
    found = kinds("Auditors at the Office of Inspector General found overcrowding.\n")
    assert found.get("Office of Inspector General") == "organization"


def test_company_words_make_an_organisation() -> None:
    found = kinds(
        "Shares of Harwell Productions rose after Pinecrest Asset Management bought a stake.\n"
    )
    assert found.get("Harwell Productions") == "organization"
    assert found.get("Pinecrest Asset Management") == "organization"


def test_a_company_named_like_a_person_is_told_by_its_context() -> None:
    found = kinds(
        "The label that owns her early songs, Silver Arrow, says she may sing them.\n"
        "Silver Arrow, which was sold this year, denied the claim.\n"
    )
    assert found.get("Silver Arrow") == "organization"


def test_a_company_inside_a_role_is_an_organisation() -> None:
    found = kinds("John Harlow, equity strategist at Corwin Blake, said the stock could rise.\n")
    assert found.get("John Harlow") == "person"
    assert found.get("Corwin Blake") == "organization"


def test_who_keeps_a_person_a_person() -> None:
    found = kinds(
        "Maria Lopez, who runs a bakery, spoke first. Maria Lopez, who was tired, left.\n"
    )
    assert found.get("Maria Lopez") == "person"


def test_a_schedule_line_is_no_person() -> None:
    found = kinds(
        "The Lakers won. James scored 30 points.\n\nThunder: Host the Lakers on Friday.\n"
    )
    assert not any(" the " in name or name.startswith("the ") for name in found)
    assert found.get("Lakers") == "organization"


def test_a_line_in_capitals_is_a_label() -> None:
    found = kinds("The Hawks won again on Sunday.\n\nUP NEXT\n\nCLOSEOUT SEQUENCE\n\nNATO TALKS\n")
    assert "UP NEXT" not in found and "CLOSEOUT SEQUENCE" not in found
    assert found.get("NATO") == "organization"  # a known name is still one


def test_a_heading_word_glued_to_a_surname_claims_nothing() -> None:
    actors = actors_of(
        "Assange said he was fine.\n\nProfile: Julian Assange Timeline of saga\n\n"
        "Assange will return next week, Assange said.\n"
    )
    names = {a.name for a in actors}
    assert "Assange Timeline" not in names
    (assange,) = [a for a in actors if a.name.endswith("Assange")]
    assert len(assange.mentions) == 4
    assert all(
        not m.start < n.end for m, n in zip(assange.mentions[1:], assange.mentions, strict=False)
    )


def test_a_shared_surname_goes_to_the_titled_name() -> None:
    raw = [
        RawMention("person", 0, 2, "tagger", start=0, end=10, surface="Cole Harte"),
        RawMention("person", 0, 2, "tagger", start=20, end=30, surface="Cole Harte"),
        RawMention("person", 0, 2, "title", role="Senator", start=40, end=52, surface="Nina Harte"),
        RawMention("person", 0, 1, "tagger", start=60, end=65, surface="Harte"),
        RawMention(
            "person", 0, 2, "tagger", start=70, end=80, surface="Harte Files", in_sentence=False
        ),
    ]
    names = person_names(raw)
    assert names["Harte"] == "Nina Harte"
    assert "Files" not in names  # a name seen only in a heading claims no word


def test_a_title_with_of_is_not_part_of_a_place() -> None:
    (pompeo,) = [a for a in actors_of("Secretary of State Tom Reyes said the talks went well.\n")]
    assert (pompeo.name, pompeo.kind) == ("Tom Reyes", "person")
    assert pompeo.role == "Secretary of State"


def test_a_rank_is_not_part_of_an_organisation() -> None:
    found = {
        a.name: (a.kind, a.role)
        for a in actors_of("But General Mark Wilden, who leads the staff, disagreed.\n")
    }
    assert found.get("Mark Wilden") == ("person", "General")
    assert not any(name.startswith("General") for name in found)


def test_a_titled_surname_is_the_person_not_an_organisation() -> None:
    actors = actors_of(
        "State schools Superintendent Jennifer McCallister has cited a study.\n\n"
        "McCallister, who has split from her party, spoke on Monday.\n"
    )
    people = [a for a in actors if "McCallister" in a.name]
    assert [(a.name, a.kind) for a in people] == [("Jennifer McCallister", "person")]
    assert len(people[0].mentions) == 2


def test_a_company_named_after_a_rank_stays_a_company() -> None:
    found = kinds("Shares of General Electric fell on Monday.\n")
    assert found.get("General Electric") == "organization"


def test_a_country_is_not_named_after_its_capital() -> None:
    actors = actors_of(
        "Kabul said the talks would go on. Kabul wants the prisoners back.\n\n"
        "Afghanistan has waited for years.\n"
    )
    (country,) = [a for a in actors if "Kabul" in (a.name, *a.aliases)]
    assert country.name == "Afghanistan"
    assert country.kind == "place"


def test_a_surname_takes_the_full_name_written_once() -> None:
    # the tagger found the surname alone twice and missed the full name
    text = "Vice President Harlan spoke. The inquiry into Maxwell Harlan began.\n"
    tokens = token_spans(text)
    words, begins, ends = tokens
    bare = [
        RawMention("person", 0, 0, "title", start=b, end=e, surface=w, role="Vice President")
        for w, b, e in zip(words, begins, ends, strict=True)
        if w == "Harlan" and b < text.index("The")
    ]
    groups = {"person:Harlan": Group("person:Harlan", "person", list(bare))}
    raw = list(bare)
    complete_surnames(text, groups, raw, tokens, actor_tables("en"))
    assert list(groups) == ["person:Maxwell Harlan"]
    surfaces = [text[m.start : m.end] for m in groups["person:Maxwell Harlan"].mentions]
    assert surfaces == ["Harlan", "Maxwell Harlan"]


def test_a_nationality_is_no_actor_but_may_begin_a_name() -> None:
    found = kinds(
        "Swedish prosecutors dropped the case, said an economist at the American Policy "
        "Institute.\n"
    )
    assert "Swedish" not in found
    assert found.get("American Policy Institute") == "organization"


def test_a_title_after_an_organisation_cue_is_the_persons() -> None:
    actors = actors_of("White House Press Secretary Jane Morrow said the trip was off.\n")
    names = {a.name: a for a in actors}
    assert "White House Press" not in names
    assert "Press Secretary" in (names["Jane Morrow"].role or "")


def test_a_compound_adjective_is_not_part_of_a_name() -> None:
    found = kinds("The vote split the Democratic Party-controlled House of Representatives.\n")
    assert not any("-controlled" in name for name in found)
    assert found.get("House of Representatives") == "organization"


def test_a_day_after_a_name_is_not_part_of_it() -> None:
    found = kinds("She shared the letter on Twitter Tuesday, saying she forgave him.\n")
    assert "Twitter Tuesday" not in found
    assert found.get("Twitter") == "organization"


def test_a_slogan_in_quotes_makes_no_actors() -> None:
    found = kinds(
        "Teachers carried signs reading “Less Money on Testing, More Money on Students.”\n"
    )
    assert not {"Money", "Testing", "Students"} & set(found)


def test_a_name_before_province_is_a_place() -> None:
    found = kinds("The soldiers were handed over in the southern Zabul province on Monday.\n")
    assert found.get("Zabul") == "place"


def test_one_name_tagged_two_kinds_is_one_actor() -> None:
    groups = {
        "organization:hawks": Group(
            "organization:hawks",
            "organization",
            [RawMention("organization", 0, 1, "tagger", start=0, end=5, surface="Hawks")],
        ),
        "place:hawks": Group(
            "place:hawks",
            "place",
            [
                RawMention("place", 0, 1, "tagger", start=10, end=15, surface="Hawks"),
                RawMention("place", 0, 1, "tagger", start=20, end=25, surface="Hawks"),
            ],
        ),
    }
    merge_same_names(groups)
    assert list(groups) == ["place:hawks"]
    assert [m.start for m in groups["place:hawks"].mentions] == [0, 10, 20]


def test_and_does_not_join_two_known_organisations() -> None:
    found = kinds("The plan was backed by the United Nations and European Union on Monday.\n")
    assert found.get("United Nations") == "organization"
    assert found.get("European Union") == "organization"
    assert not any(" and " in name for name in found)


def test_a_nationality_stays_in_a_role() -> None:
    actors = actors_of("Jordanian Foreign Minister Ayman Khalil said the plan would fail.\n")
    (minister,) = [a for a in actors if a.name == "Ayman Khalil"]
    assert minister.role == "Jordanian Foreign Minister"


def test_a_sentence_opener_is_no_first_name() -> None:
    # Indonesian ``Justru Barcelona`` ("instead, Barcelona"): the word before the
    # surname opens the sentence
    text = "Barcelona menang lagi. Justru Barcelona kalah di kandang.\n"
    tokens = token_spans(text)
    words, begins, ends = tokens
    bare = [
        RawMention("person", 0, 0, "tagger", start=b, end=e, surface=w)
        for w, b, e in zip(words, begins, ends, strict=True)
        if w == "Barcelona"
    ]
    groups = {"person:Barcelona": Group("person:Barcelona", "person", list(bare))}
    complete_surnames(text, groups, list(bare), tokens, actor_tables("id"))
    assert list(groups) == ["person:Barcelona"]


def test_a_day_name_stays_in_an_unknown_name() -> None:
    for language, words, kept in (
        ("en", ["Twitter", "Tuesday"], 1),
        ("id", ["Pasar", "Minggu"], 2),
    ):
        m = RawMention("place", 0, 2, "tagger")
        _strip_generic(words, m, actor_tables(language))
        assert m.last - m.first == kept, words


def test_a_suffix_is_no_surname() -> None:
    raw = [
        RawMention("person", 0, 3, "tagger", start=0, end=18, surface="Paul Denholm Jr"),
        RawMention("person", 0, 1, "tagger", start=30, end=37, surface="Denholm"),
        RawMention("person", 0, 1, "title", start=40, end=42, surface="Jr"),
    ]
    names = person_names(raw, actor_tables("en").name_suffixes)
    assert names["Denholm"] == "Paul Denholm Jr"
    assert names["Jr"] == "Jr"  # no one's surname


def test_a_person_beside_a_company_word_stays_a_person() -> None:
    assert kinds("The company's founder, John Harlow, said sales rose.\n") == {
        "John Harlow": "person"
    }
    found = kinds("Jane Morrow, the wife of John Harlow, said he was fine.\n")
    assert found.get("John Harlow") == "person"


def test_an_english_first_name_may_open_a_sentence() -> None:
    text = "Nelson scored twice. Brock Nelson then scored again.\n"
    tokens = token_spans(text)
    words, begins, ends = tokens
    bare = [RawMention("person", 0, 0, "tagger", start=begins[0], end=ends[0], surface=words[0])]
    groups = {"person:Nelson": Group("person:Nelson", "person", list(bare))}
    complete_surnames(text, groups, list(bare), tokens, actor_tables("en"))
    assert list(groups) == ["person:Brock Nelson"]


def _with_quotes(text: str, language: str) -> list[ActorSuggestion]:
    from briefing.analysis.quotes import extract_quotes

    article = article_from_text(text, language)
    sentences = split_sentences(article.text, article.paragraphs, language)
    return extract_actors(article, sentences, extract_quotes(article, sentences))


def test_a_quoted_speaker_the_tagger_missed_is_an_actor() -> None:
    text = (
        "“I have taken responsibility,” said Sonya A. Zoghlin, his attorney.\n"
        "“We will appeal,” Zoghlin said later.\n"
        "“The label owns the masters,” Big Machine Records said.\n"
    )
    people = {a.name: a for a in _with_quotes(text, "en") if a.kind == "person"}
    zoghlin = people.get("Sonya A. Zoghlin")
    # her given name makes her a person in the actor rules themselves, which read the
    # appositive without its possessive (an actors table reads "his" with no antecedent)
    assert zoghlin is not None and zoghlin.role == "attorney"
    # the full name, then the surname alone
    assert [text[m.start : m.end] for m in zoghlin.mentions] == ["Sonya A. Zoghlin", "Zoghlin"]
    assert "Big Machine Records" not in people  # an organisation speaks too


def test_a_quoted_full_name_takes_over_the_pieces_inside_it() -> None:
    texts = [
        "“The costs land on American families,” said Mary E. Lovely, a Syracuse economist.",
        "“This is a win for our state,” said Rep. David McKinley after the vote.\n"
        "McKinley has pushed the bill for years.",
        "“We are ready,” NASA's Steve Clarke, deputy associate administrator, said.",
    ]
    for text in texts:
        actors = _with_quotes(text, "en")
        spans = sorted((m.start, m.end) for a in actors for m in a.mentions)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), actors  # no overlaps
        assert not any("'s" in a.name for a in actors), actors
    people = {a.name for a in _with_quotes(texts[0], "en") if a.kind == "person"}
    assert "Mary E. Lovely" in people and "Mary E" not in people


def test_a_team_the_tagger_took_for_a_person_is_an_organisation_with_every_mention() -> None:
    """ "the Browns' defense", "Browns pass rusher": a one-word plural name written after
    "the" is a team, and its bare mentions elsewhere are the team's."""
    text = (
        "The Steelers spent Monday trying to move on from the fight. Browns pass rusher "
        "Myles Garrett was suspended.\n"
        "One member of the Browns' defense spoke on Monday.\n"
        "The Steelers and Browns were in the news again, and the Steelers face the Browns "
        "again next month.\n"
    )
    browns = next(a for a in actors_of(text) if a.name == "Browns")
    assert browns.kind == "organization"
    assert len(browns.mentions) == text.count("Browns")
