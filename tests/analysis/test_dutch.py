"""Dutch: quotes with their speaker and role (a cue after the quote, ``aldus`` closing
it, a colon lead-in, a pronoun for the speaker before), statements (``zei dat …``,
``volgens …`` opening or closing a sentence, a spokesperson of a body), actors (a person
with a title, bodies named with an adjective), and what is none of them (a body that is
no person, a quoted title). The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, "nl", published=date(2024, 10, 25)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("'We zijn klaar voor gesprekken', zei premier Dick Schoof.", "Dick Schoof", "premier"),
        (
            "'Dit kabinet luistert niet', aldus PVV-leider Geert Wilders.",
            "Geert Wilders",
            "PVV-leider",
        ),
        (
            "'De regels worden strenger', verklaarde staatssecretaris Nora Achahbar.",
            "Nora Achahbar",
            "staatssecretaris",
        ),
        (
            "'Wij gaan door', aldus Kamerlid Mark van der Linden.",
            "Mark van der Linden",
            "Kamerlid",
        ),
        (
            "Burgemeester Femke Halsema zei: 'De stad blijft open.'",
            "Femke Halsema",
            "Burgemeester",
        ),
        (
            "'Het vertrouwen is weg', zegt fractievoorzitter Frans Timmermans.",
            "Frans Timmermans",
            "fractievoorzitter",
        ),
        (
            "'Het gaat goed met de economie', zei minister van Financiën Eelco Heinen.",
            "Eelco Heinen",
            "minister van Financiën",
        ),
        (
            "'Wij blijven alert', zei de woordvoerder van de politie, Anna Bakker.",
            "Anna Bakker",
            "woordvoerder van de politie",
        ),
        (
            "'Europa moet sneller handelen', zei Ursula von der Leyen.",
            "Ursula von der Leyen",
            None,
        ),
    ],
)
def test_a_quote_s_speaker_and_role(text: str, speaker: str, role: str | None) -> None:
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


def test_a_pronoun_after_a_quote_is_the_speaker_before() -> None:
    text = "'Dit is onacceptabel', zei Sigrid Kaag. 'We moeten nu handelen', voegde ze eraan toe."
    assert [q.speaker for q in run(text).quotes] == ["Sigrid Kaag", "Sigrid Kaag"]


@pytest.mark.parametrize(
    ("text", "speaker", "role", "content"),
    [
        (
            "Minister van Buitenlandse Zaken Caspar Veldkamp zei dat Nederland de steun verhoogt.",
            "Caspar Veldkamp",
            "Minister van Buitenlandse Zaken",
            "Nederland de steun verhoogt",
        ),
        (
            "Volgens een woordvoerder van het kabinet valt het besluit volgende week.",
            "een woordvoerder van het kabinet",
            None,
            "valt het besluit volgende week",
        ),
        (
            "De verdachte is gevlucht, volgens de politie.",
            "de politie",
            None,
            "De verdachte is gevlucht",
        ),
        (
            "Minister Eelco Heinen benadrukte dat de begroting sluitend is.",
            "Eelco Heinen",
            "Minister",
            "de begroting sluitend is",
        ),
        (
            "Volgens Mona Keijzer moet de woningbouw sneller.",
            "Mona Keijzer",
            None,
            "moet de woningbouw sneller",
        ),
        (
            "Een woordvoerder van het OM zei dat de verdachte vastzit.",
            "Een woordvoerder van het OM",
            None,
            "de verdachte vastzit",
        ),
    ],
)
def test_a_statement(text: str, speaker: str, role: str | None, content: str) -> None:
    statements = run(text).statements
    assert [(s.speaker, s.speaker_role, s.text) for s in statements] == [(speaker, role, content)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("'We zijn klaar voor gesprekken', zei premier Dick Schoof.", ("Dick Schoof", "premier")),
        (
            "'Het vertrouwen is weg', zegt fractievoorzitter Frans Timmermans.",
            ("Frans Timmermans", "fractievoorzitter"),
        ),
        (
            "De burgemeester van Amsterdam, Femke Halsema, sprak gisteren.",
            ("Femke Halsema", "burgemeester van Amsterdam"),
        ),
    ],
)
def test_a_person_and_role_among_the_actors(text: str, actor: tuple[str, str]) -> None:
    people = [(a.name, a.role) for a in run(text).actors if a.kind == "person"]
    assert actor in people


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De Tweede Kamer stemde in met het voorstel.", "Tweede Kamer"),
        ("De Europese Commissie wacht af.", "Europese Commissie"),
        ("De Nederlandsche Bank verhoogt de rente.", "Nederlandsche Bank"),
    ],
)
def test_a_body_is_an_organisation_and_no_person(text: str, body: str) -> None:
    actors = [(a.name, a.kind) for a in run(text).actors]
    assert (body, "organization") in actors
    assert not any(kind == "person" for _, kind in actors)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("'We gaan in beroep', zei advocaat Karin de Vries.", "Karin de Vries", "advocaat"),
        ("'We gaan in beroep', aldus woordvoerder Jan Jansen.", "Jan Jansen", "woordvoerder"),
        (
            "'De stad blijft open', zegt burgemeester Femke Halsema van Amsterdam.",
            "Femke Halsema",
            "burgemeester",
        ),
        ("'Het water stijgt snel', zegt dijkgraaf Peter de Jong.", "Peter de Jong", "dijkgraaf"),
        ("'We moeten sneller bouwen', zei wethouder Jan de Boer.", "Jan de Boer", "wethouder"),
        ("'De patiënt is stabiel', verklaarde huisarts Sanne de Wit.", "Sanne de Wit", "huisarts"),
        ("'Het testament is geldig', aldus notaris Pieter van Dam.", "Pieter van Dam", "notaris"),
    ],
)
def test_a_profession_before_the_name_after_the_cue(text: str, speaker: str, role: str) -> None:
    """``zei advocaat Karin de Vries``: the profession is the role, and ``de`` (also the
    article) joins the surname."""
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # to whom it was said: the lawyer is the listener
        ("'Het is genoeg', zei Karin Bakker tegen advocaat Jan Smit.", "Karin Bakker", None),
        # the article before a body after the name is not a surname's "de"
        (
            "'Er komt een plan', beloofde premier Dick Schoof de Tweede Kamer.",
            "Dick Schoof",
            "premier",
        ),
    ],
)
def test_a_profession_or_article_after_the_speaker_is_not_his(
    text: str, speaker: str, role: str | None
) -> None:
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


def test_a_profession_as_a_plain_noun_is_no_role() -> None:
    """``De advocaat van de familie`` is someone described, not a person titled so."""
    result = run("De advocaat van de familie zei dat de zaak sterk is. Het proces begint morgen.")
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [
        ("De advocaat van de familie", None)
    ]
    assert not any(a.kind == "person" for a in result.actors)
