"""Italian: quotes with their speaker and role (cue after or before the quote, a colon
lead-in, a continuation with the subject left out), statements (``ha detto che …``,
``secondo …``), actors (a person with a title, bodies, a town), and what is none of them
(a quoted title or term, a capitalised word of a title beside a name). The sentences are
our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, "it", published=date(2024, 10, 24)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "«La situazione è difficile ma non disperata», ha dichiarato il ministro "
            "dell'Economia Giancarlo Giorgetti.",
            "Giancarlo Giorgetti",
            "ministro dell'Economia",
        ),
        (
            "«Il governo farà la sua parte fino in fondo», ha spiegato il sindaco di Milano "
            "Giuseppe Sala.",
            "Giuseppe Sala",
            "sindaco di Milano",
        ),
        (
            "Il presidente del Consiglio Giorgia Meloni ha detto: «Siamo pronti a intervenire».",
            "Giorgia Meloni",
            "presidente del Consiglio",
        ),
        (
            "«Non lasceremo nessuno indietro», ha dichiarato all'ANSA il segretario della Cgil "
            "Maurizio Landini.",
            "Maurizio Landini",
            "segretario della Cgil",
        ),
        (
            "«La manovra è sbagliata», ha attaccato la segretaria del Pd Elly Schlein.",
            "Elly Schlein",
            "segretaria del Pd",
        ),
        (
            "«Non commento le indiscrezioni», dice l'allenatore della Juventus Marco Ferri.",
            "Marco Ferri",
            "allenatore della Juventus",
        ),
        (
            "«Siamo soddisfatti del risultato», ha affermato l'amministratore delegato Carla "
            "Bianchi.",
            "Carla Bianchi",
            "amministratore delegato",
        ),
        (
            "«Il voto è già deciso», ha sottolineato il senatore Luca Moretti.",
            "Luca Moretti",
            "senatore",
        ),
    ],
)
def test_a_quote_s_speaker_and_role(text: str, speaker: str, role: str) -> None:
    quotes = run(text).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "«Non ci sono alternative credibili», ha aggiunto Elly Schlein. «Serve un piano "
            "nazionale», ha sottolineato.",
            ["Elly Schlein", "Elly Schlein"],
        ),
        (
            "«Abbiamo fatto tutto il possibile», ha spiegato ieri il procuratore Nicola "
            "Gratteri. «Ora servono più magistrati», ha aggiunto.",
            ["Nicola Gratteri", "Nicola Gratteri"],
        ),
        (
            "La premier Giorgia Meloni ha incontrato il cancelliere a Berlino. «Il dialogo "
            "continua», ha detto la premier.",
            ["Giorgia Meloni"],
        ),
    ],
)
def test_a_cue_without_its_subject_is_the_previous_speaker_s(
    text: str, speakers: list[str]
) -> None:
    """Italian leaves a known subject out (``«…», ha aggiunto.``) or points back to it by
    its title (``ha detto la premier``)."""
    assert [q.speaker for q in run(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Il presidente della Repubblica Sergio Mattarella ha detto che l'Italia resterà "
            "al fianco dell'Ucraina.",
            "Sergio Mattarella",
            "l'Italia resterà al fianco dell'Ucraina",
        ),
        (
            "Secondo il ministro degli Esteri Antonio Tajani, la trattativa durerà ancora "
            "settimane.",
            "Antonio Tajani",
            "la trattativa durerà ancora settimane",
        ),
        (
            "Stando al presidente dell'Istat Francesco Rinaldi, l'inflazione è in calo.",
            "Francesco Rinaldi",
            "l'inflazione è in calo",
        ),
        (
            "Come ha spiegato il governatore della Banca d'Italia Fabio Panetta, i tassi "
            "resteranno alti.",
            "Fabio Panetta",
            "i tassi resteranno alti",
        ),
        (
            "Matteo Salvini ritiene che il ponte sia una priorità.",
            "Matteo Salvini",
            "il ponte sia una priorità",
        ),
    ],
)
def test_a_statement_s_speaker_and_content(text: str, speaker: str, content: str) -> None:
    statements = run(text).statements
    assert [(s.speaker, s.text) for s in statements] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il ministro dell'Interno Matteo Piantedosi ha convocato i prefetti.",
            ("Matteo Piantedosi", "person", "ministro dell'Interno"),
        ),
        (
            "Il presidente del Consiglio Giorgia Meloni ha incontrato i sindacati.",
            ("Giorgia Meloni", "person", "presidente del Consiglio"),
        ),
        (
            "La Banca d'Italia ha rivisto le stime di crescita.",
            ("Banca d'Italia", "organization", None),
        ),
        (
            "Il Ministero dell'Interno ha convocato i prefetti a Roma.",
            ("Ministero dell'Interno", "organization", None),
        ),
        (
            "Il Comune di Roma ha annunciato nuove corse degli autobus.",
            ("Comune di Roma", "organization", None),
        ),
        (
            "La Procura di Milano ha aperto un'inchiesta sugli appalti.",
            ("Procura di Milano", "organization", None),
        ),
    ],
)
def test_an_actor_s_kind_and_role(text: str, expected: tuple[str, str, str | None]) -> None:
    actors = [(a.name, a.kind, a.role) for a in run(text).actors]
    assert expected in actors


def test_a_town_beside_a_ministry_is_a_place() -> None:
    text = "Il Ministero dell'Interno ha riunito a Roma i prefetti."
    actors = [(a.name, a.kind) for a in run(text).actors]
    assert actors == [("Ministero dell'Interno", "organization"), ("Roma", "place")]


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "Il presidente del Consiglio Giorgia Meloni ha detto: «Siamo pronti a intervenire».",
            "Consiglio Giorgia Meloni",
        ),
        (
            "Secondo il ministro degli Esteri Antonio Tajani, la trattativa durerà ancora "
            "settimane.",
            "Esteri Antonio Tajani",
        ),
        (
            "«Le truppe resteranno fino alla fine della missione». Lo ha detto il ministro "
            "della Difesa Guido Crosetto.",
            "Difesa Guido Crosetto",
        ),
    ],
)
def test_a_capitalised_word_of_a_title_is_no_part_of_the_name(text: str, not_a_name: str) -> None:
    """``Consiglio``, ``Esteri``, ``Difesa``: the office the person holds, not their name."""
    result = run(text)
    assert not_a_name not in {a.name for a in result.actors}
    assert not_a_name.split(maxsplit=1)[1] in {a.name for a in result.actors}


def test_an_object_pronoun_opening_a_sentence_is_no_speaker() -> None:
    """``Lo ha detto il ministro …`` ("the minister said it"): ``Lo`` is what was said,
    and the minister's role is read over ``della Difesa``."""
    text = (
        "«Le truppe resteranno fino alla fine della missione». Lo ha detto il ministro "
        "della Difesa Guido Crosetto."
    )
    result = run(text)
    assert [s.speaker for s in result.statements] == []
    assert ("Guido Crosetto", "ministro della Difesa") in {(a.name, a.role) for a in result.actors}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Il regista Paolo Ferri ha rivisto «Il Signore degli Anelli». «È un film "
            "perfetto», ha detto.",
            [("È un film perfetto", "Paolo Ferri")],
        ),
        (
            "Il libro si intitola «La Casa sulla Collina». «L'ho scritto in un anno», ha "
            "detto l'autrice Marta Conti.",
            [("L'ho scritto in un anno", "Marta Conti")],
        ),
        (
            "Il ministro Marco Rossi ha parlato dello «spread». «I conti sono in ordine», ha "
            "detto il ministro.",
            [("I conti sono in ordine", "Marco Rossi")],
        ),
    ],
)
def test_a_quoted_title_or_term_is_no_quote(text: str, quotes: list[tuple[str, str]]) -> None:
    """A title whose small words are long (``degli``, ``sulla``) or a quoted term is no
    speech; the quote beside it keeps its speaker."""
    assert [(q.text, q.speaker) for q in run(text).quotes] == quotes


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "role"),
    [
        (
            "«Non ci sono risorse», ha aggiunto. Lo ha detto il ministro dell'Economia "
            "Giancarlo Giorgetti.",
            "Non ci sono risorse",
            "Giancarlo Giorgetti",
            "ministro dell'Economia",
        ),
        (
            "«Le truppe resteranno fino alla fine della missione». Lo ha detto il ministro "
            "della Difesa Guido Crosetto.",
            "Le truppe resteranno fino alla fine della missione",
            "Guido Crosetto",
            "ministro della Difesa",
        ),
        (
            "«Il Paese non può aspettare». L'ha dichiarato il segretario della Cgil Maurizio "
            "Landini.",
            "Il Paese non può aspettare",
            "Maurizio Landini",
            "segretario della Cgil",
        ),
        (
            "«I cantieri partiranno a gennaio», ha precisato. Lo ha confermato ieri il "
            "sindaco di Milano Giuseppe Sala.",
            "I cantieri partiranno a gennaio",
            "Giuseppe Sala",
            "sindaco di Milano",
        ),
    ],
)
def test_lo_ha_detto_names_the_speaker_of_the_quote_before(
    text: str, quoted: str, speaker: str, role: str
) -> None:
    """``«…». Lo ha detto il ministro …`` ("the minister said it"): the sentence after a
    quote with no speaker of its own names who spoke it."""
    quotes = run(text).quotes
    assert [(q.text, q.speaker, q.speaker_role) for q in quotes] == [(quoted, speaker, role)]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "role"),
    [
        (
            "Il governo taglierà le tasse. Lo ha annunciato la premier Giorgia Meloni.",
            "Il governo taglierà le tasse",
            "Giorgia Meloni",
            "premier",
        ),
        (
            "I tassi resteranno alti fino all'estate. Lo ha spiegato il governatore della "
            "Banca d'Italia Fabio Panetta.",
            "I tassi resteranno alti fino all'estate",
            "Fabio Panetta",
            "governatore della Banca d'Italia",
        ),
        (
            "Il ponte sullo Stretto sarà finanziato. L'ha assicurato il ministro Matteo Salvini.",
            "Il ponte sullo Stretto sarà finanziato",
            "Matteo Salvini",
            "ministro",
        ),
    ],
)
def test_lo_ha_annunciato_makes_the_sentence_before_a_statement(
    text: str, content: str, speaker: str, role: str
) -> None:
    """``… . Lo ha annunciato la premier …``: the claim before is hers."""
    statements = run(text).statements
    assert [(s.text, s.speaker, s.speaker_role) for s in statements] == [(content, speaker, role)]


@pytest.mark.parametrize(
    "text",
    [
        # nothing before it to have said
        "Lo ha detto il ministro dell'Economia Giancarlo Giorgetti.",
        # "lo" is whom, not what: arrested him
        "Il ladro è fuggito in auto. Lo ha arrestato la polizia di Napoli.",
        # a new paragraph: no claim of the one before
        "Il governo taglierà le tasse.\nLo ha annunciato la premier Giorgia Meloni.",
    ],
)
def test_lo_ha_detto_with_nothing_said_before_invents_nothing(text: str) -> None:
    result = run(text)
    assert (result.quotes, result.statements) == ((), ())


def test_lo_ha_detto_leaves_a_quote_with_its_own_speaker_alone() -> None:
    text = (
        "«Non ci sono alternative credibili», ha detto Elly Schlein. Lo ha ribadito il "
        "ministro Carlo Nordio."
    )
    result = run(text)
    assert [q.speaker for q in result.quotes] == ["Elly Schlein"]
    assert result.statements == ()
