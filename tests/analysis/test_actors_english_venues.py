"""English actors that name places, clubs and titled people, on made-up sentences.

A third English review (15 unseen news articles) found the name tagger reading venues,
streets and counties as people (``Bridgestone Arena``, ``Jolinda Drive``, ``Napa
County``), a state's postal code after a town as an organisation (``Tampa, FL``),
football clubs as places (``Manchester United``) and a title as part of a name
(``Administrator Jim Bridenstine``).
"""

from __future__ import annotations

from tests.analysis.helpers import actor_kinds, actors_of


def test_a_county_street_or_venue_is_a_place_not_a_person() -> None:
    kinds = actor_kinds(
        "One Bramble County weather station has had no rain since August, said Owen "
        "Talley, the utility's forecaster. Officers arrested Dana Prewitt, 41, of 1802 "
        "Marlowe Drive, after a stop near Ninth Street and Larkin Avenue. The band will "
        "play the Kestrel Arena in the autumn."
    )
    assert kinds.get("Bramble County") == "place"
    assert kinds.get("Marlowe Drive") == "place"
    assert kinds.get("Ninth Street") == "place"
    assert kinds.get("Larkin Avenue") == "place"
    assert kinds.get("Kestrel Arena") == "place"
    assert kinds.get("Owen Talley") == "person"
    assert not any(" and " in name for name in kinds)  # two streets, not one


def test_a_list_of_tour_dates_names_venues_and_states() -> None:
    kinds = actor_kinds(
        "The band announced the dates of its tour on Monday.\n"
        "June 9 -- Heron Point Amphitheatre, Tampa, FL\n"
        "June 17 -- Quillon Arena, Nashville, TN\n"
        "June 19 -- The Ashgrove Pavilion, Charlotte, NC\n"
    )
    assert kinds.get("Heron Point Amphitheatre") == "place"
    assert kinds.get("Quillon Arena") == "place"
    assert kinds.get("Ashgrove Pavilion") == "place"
    assert kinds.get("Florida") == "place"
    assert kinds.get("Tennessee") == "place"
    assert kinds.get("North Carolina") == "place"
    assert not {"FL", "TN", "NC"} & set(kinds)


def test_a_postal_code_is_a_state_only_after_a_town() -> None:
    kinds = actor_kinds(
        "The fair opens in Harrisburg, PA. A spokesman for the VA said the hospital "
        "would stay open."
    )
    assert kinds.get("Pennsylvania") == "place"
    assert "Virginia" not in kinds


def test_a_football_club_is_an_organisation() -> None:
    actors = actors_of(
        "The coach had been out of work since being sacked by Manchester United in "
        "December. He has managed Real Madrid and Inter Milan. Tottenham Hotspur said in "
        "a statement that he would start at once. Tottenham also thanked his predecessor."
    )
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Manchester United") == "organization"
    assert kinds.get("Real Madrid") == "organization"
    assert kinds.get("Inter Milan") == "organization"
    spurs = [a for a in actors if "Tottenham" in (a.name, *a.aliases)]
    assert len(spurs) == 1 and spurs[0].kind == "organization"
    assert "Tottenham Hotspur" in (spurs[0].name, *spurs[0].aliases)
    assert "Milan" not in kinds


def test_an_administrator_or_ombudsman_is_a_title_not_a_name() -> None:
    people = {
        a.name: a.role
        for a in actors_of(
            "In May, the agency's Administrator Dora Finch said the launch would go ahead. "
            "Public Ombudsman Lena Varga's office said two people were hurt."
        )
        if a.kind == "person"
    }
    assert "Dora Finch" in people and "Administrator Dora Finch" not in people
    assert "Lena Varga" in people and "Ombudsman Lena Varga" not in people
