"""English actors that are no people: labels, diseases, companies, venues, tickers.

A fourth English review (after the venues commit) still found a heading (``Staff
Reports``), a drug schedule (``Schedule IV``), a caption (``Welcome Jose``) and a
table's header (``Change Change``) read as people; diseases and eras (``Black Death``)
too; companies (``Home Depot``, ``Sky Sports``) as people; venues in a tour list as
people or organisations; a Nigerian state as a person; fragments of longer names
(``Mongolia`` of ``Inner Mongolia``); market tickers as organisations; and ``Will Moy``
cut to ``Moy``. The sentences are made up.
"""

from __future__ import annotations

from tests.analysis.helpers import actor_kinds, actors_of


def test_a_byline_a_drug_schedule_a_caption_and_a_table_header_are_no_people() -> None:
    kinds = actor_kinds(
        "Staff Reports\n"
        "Police arrested Dana Prewitt on Monday on a charge of possession of a Schedule "
        "IV substance, said Sheriff Tom Reddick.\n"
        'The club posted a photo of Jose Ramos with the caption: "Welcome Jose".\n'
        "Ticker Security Last Change Change %\n"
    )
    assert kinds.get("Tom Reddick") == "person"
    assert kinds.get("Jose Ramos") == "person"
    for label in ("Staff Reports", "Schedule IV", "Welcome Jose", "Change Change"):
        assert label not in kinds


def test_a_disease_or_an_era_is_no_actor() -> None:
    kinds = actor_kinds(
        "Health officials reported a third death linked to Eastern Equine Encephalitis, "
        "said Karen Lott, a state epidemiologist. The Black Death killed millions across "
        "Europe in the 14th Century, said the historian Paul Weir."
    )
    assert kinds.get("Karen Lott") == "person"
    assert kinds.get("Paul Weir") == "person"
    for thing in ("Eastern Equine Encephalitis", "Black Death", "14th Century"):
        assert thing not in kinds


def test_a_store_chain_or_a_sports_channel_is_an_organisation() -> None:
    kinds = actor_kinds(
        "Dow component Home Depot reported earnings that topped estimates on Tuesday. "
        "Looking ahead, Home Depot sees sales growth of 2 percent. The coach had most "
        "recently been working as a pundit for Sky Sports, said Rhys Dunmore."
    )
    assert kinds.get("Home Depot") == "organization"
    assert kinds.get("Sky Sports") == "organization"


def test_venues_in_a_tour_list_are_places() -> None:
    kinds = actor_kinds(
        "The band announced the dates of its summer tour on Monday.\n"
        "June 24 -- Quick Lube Live, Bristow, VA\n"
        "June 26 -- Harbor Lights Center, Allentown, PA\n"
        "July 19 -- Maple Leaf Stage, Toronto, ON\n"
    )
    assert kinds.get("Quick Lube Live") == "place"
    assert kinds.get("Harbor Lights Center") == "place"
    assert kinds.get("Maple Leaf Stage") == "place"


def test_a_nigerian_state_is_a_place_and_a_state_university_no_place() -> None:
    kinds = actor_kinds(
        "Protesters gathered in Abuja against the outcome of the Osun State governorship "
        "election, said Femi Adebayo, a party spokesman. Later, Penn State beat the "
        "visitors by ten points."
    )
    assert kinds.get("Osun State") == "place"
    assert kinds.get("Femi Adebayo") == "person"
    assert kinds.get("Penn State") not in ("place", "person")


def test_the_whole_name_not_its_last_words() -> None:
    kinds = actor_kinds(
        "The hunter from a village in Inner Mongolia ate a wild rabbit, the agency said. "
        "A former Liberal Democrat leader, Dan Colley, said the party would gain seats. "
        "Han Bo said that the People’s Liberation Army could be deployed."
    )
    assert kinds.get("Inner Mongolia") == "place"
    assert "Mongolia" not in kinds
    assert "Democrat" not in kinds
    assert kinds.get("Dan Colley") == "person"
    assert kinds.get("People’s Liberation Army") == "organization"
    assert "Liberation Army" not in kinds


def test_market_tickers_and_indexes_are_no_organisations() -> None:
    kinds = actor_kinds(
        "The Nasdaq Composite .IXIC added 20 points, and the pan-European STOXX 600 index "
        "lost 0.1%, said Maria Lund, a strategist at Tellgren Securities."
    )
    assert kinds.get("Maria Lund") == "person"
    assert "IXIC" not in kinds
    assert "STOXX" not in kinds


def test_a_rocket_company_and_a_utility_called_by_its_initials() -> None:
    actors = actors_of(
        "Pacific Gas & Electric Co. began cutting power to homes on Wednesday. The "
        "outages will last two days, PG&E officials said. The agency picked Elon Musk’s "
        "SpaceX and two smaller firms for the mission."
    )
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("SpaceX") == "organization"
    utility = [a for a in actors if "PG&E" in (a.name, *a.aliases)]
    assert len(utility) == 1 and utility[0].kind == "organization"
    assert any(n.startswith("Pacific Gas") for n in (utility[0].name, *utility[0].aliases))


def test_will_before_a_surname_inside_a_sentence_is_a_name() -> None:
    people = {
        a.name
        for a in actors_of(
            "“It was an attempt to mislead voters,” Will Moy, the head of a fact-checking "
            "charity, said on Tuesday. Will the party apologise? Nobody knows."
        )
        if a.kind == "person"
    }
    assert "Will Moy" in people
    assert "Moy" not in people
