"""Names with lower-case particles (von der, da, de la, bin) read whole, as speakers and
as actors, and particles that do not join a name left alone. The sentences are our own;
the people are public figures or invented."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speech_names import particle_chain
from briefing.analysis.speech_table import speech_table
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text


def run(text: str, language: str) -> ArticleAnalysis:
    result = analyze(article_from_text(text, language, published=date(2024, 10, 24)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


def people(result: ArticleAnalysis) -> dict[str, str | None]:
    return {a.name: a.role for a in result.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "language", "speaker", "role"),
    [
        (
            '"We will respond firmly," said Ursula von der Leyen, the president of the '
            "European Commission.",
            "en",
            "Ursula von der Leyen",
            "president of the European Commission",
        ),
        (
            '"Brazil is back," said Luiz Inácio Lula da Silva.',
            "en",
            "Luiz Inácio Lula da Silva",
            None,
        ),
        (
            # German capitalises nouns: "von der" joins only a form the article repeats
            "„Das ist ein guter Tag“, sagte Kommissionspräsidentin Ursula von der Leyen. "
            "Von der Leyen reiste am Abend ab.",
            "de",
            "Ursula von der Leyen",
            "Kommissionspräsidentin",
        ),
        ("„Wir haben verloren“, sagte Edwin van der Sar.", "de", "Edwin van der Sar", None),
        (
            "« Le pays change », a déclaré le prince héritier Mohammed ben Salmane.",
            "fr",
            "Mohammed ben Salmane",
            "prince héritier",
        ),
        (
            "«Мы не отступим», — сказал мэр Москвы Сергей Собянин во время визита.",
            "ru",
            "Сергей Собянин",
            "мэр Москвы",
        ),
        (
            "“É um dia histórico”, disse o presidente Luiz Inácio Lula da Silva durante a "
            "cerimônia em Brasília.",
            "pt",
            "Luiz Inácio Lula da Silva",
            "presidente",
        ),
        (
            '"Não aceitamos", afirmou Maria da Conceição Tavares.',
            "pt",
            "Maria da Conceição Tavares",
            None,
        ),
        ("« Non », a dit Dominique de Villepin.", "fr", "Dominique de Villepin", None),
        ('"No", dijo Ana de la Vega.', "es", "Ana de la Vega", None),
    ],
)
def test_a_speaker_named_through_particles(
    text: str, language: str, speaker: str, role: str | None
) -> None:
    (quote,) = run(text, language).quotes
    assert quote.speaker == speaker
    assert quote.speaker_role == role


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Ursula von der Leyen arrived in Kyiv on Monday.", "en", "Ursula von der Leyen"),
        ('"Brazil is back," said Luiz Inácio Lula da Silva.', "en", "Luiz Inácio Lula da Silva"),
        ("Maria da Conceição Tavares chegou ontem a Lisboa.", "pt", "Maria da Conceição Tavares"),
        (
            "O presidente Luiz Inácio Lula da Silva anunciou nesta terça-feira um programa.",
            "pt",
            "Luiz Inácio Lula da Silva",
        ),
        ("« Non », a dit Dominique de Villepin.", "fr", "Dominique de Villepin"),
    ],
)
def test_an_actor_named_through_particles(text: str, language: str, person: str) -> None:
    assert person in people(run(text, language))


def test_the_same_name_later_without_its_given_name_is_the_same_person() -> None:
    text = (
        "Ursula von der Leyen arrived in Kyiv on Monday. "
        '"We are ready," von der Leyen told reporters.'
    )
    (quote,) = run(text, "en").quotes
    assert quote.speaker == "Ursula von der Leyen"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # a German noun after a preposition is no surname
        ("„Nein“, sagte Müller von der Opposition.", "de", "Müller"),
        ("„Nein“, sagte Scholz zu Journalisten.", "de", "Scholz"),
        ("„Es brennt noch“, sagte Peter von der Feuerwehr.", "de", "Peter"),
        ("„Ich komme“, sagte Richard von Weizsäcker.", "de", "Richard"),  # said once only
        # a person of a company or a town, after a full name
        ("« Nous investissons », a déclaré Pierre Blanc de Renault.", "fr", "Pierre Blanc"),
        ('"A produção vai subir", disse Ana Souza da Petrobras.', "pt", "Ana Souza"),
        # a name too long with its particles ends before them
        (
            '"Foi um jogo difícil", disse Vinícius José Paixão de Oliveira Júnior após a partida.',
            "pt",
            "Vinícius José Paixão",
        ),
        # a title's complement is nobody's name: the cue without a subject is the person
        # the appositive names
        (
            "La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, acusó al Gobierno. "
            "«No lo vamos a permitir», aseguró.",
            "es",
            "Isabel Díaz Ayuso",
        ),
        (
            "El director del Museo del Prado, Miguel Falomir, anunció cambios. "
            "«Queremos llegar a más público», explicó.",
            "es",
            "Miguel Falomir",
        ),
    ],
)
def test_particles_that_join_no_name(text: str, language: str, speaker: str) -> None:
    (quote,) = run(text, language).quotes
    assert quote.speaker == speaker


def test_a_surname_with_particles_the_article_repeats() -> None:
    text = (
        '"Vamos", disse Marcelo Rebelo de Sousa na segunda-feira. '
        "Rebelo de Sousa viajou depois para Madrid."
    )
    assert run(text, "pt").quotes[0].speaker == "Marcelo Rebelo de Sousa"


def test_an_organisation_name_with_particles_stays_whole() -> None:
    text = "Segundo a Organização Mundial da Saúde, a epidemia continua."
    (statement,) = run(text, "pt").statements
    assert statement.speaker == "Organização Mundial da Saúde"


def test_the_phrase_ends_with_the_name_after_a_title() -> None:
    text = "“O time vai lutar”, garantiu o treinador Bruno Lage após a vitória sobre o Porto."
    (quote,) = run(text, "pt").quotes
    assert quote.speaker == "Bruno Lage"


def test_a_description_after_a_name_goes_on_in_indonesian() -> None:
    """Indonesian (``descriptions_after_names``) describes after the name: the phrase is
    not cut at the first lower-case word."""
    text = (
        '"Pekerjaan dihentikan sementara," kata Humas PT Jasa Marga cabang '
        "Jakarta-Cikampek, Handoyono."
    )
    (quote,) = run(text, "id").quotes
    assert quote.speaker == "Handoyono"


@pytest.mark.parametrize(
    ("language", "words", "start", "expected"),
    [
        ("en", ["Ursula", "von", "der", "Leyen"], 1, 2),
        ("pt", ["Lula", "da", "Silva"], 1, 1),
        ("es", ["Ana", "de", "la", "Vega"], 1, 2),
        ("es", ["Juan", "y", "María"], 1, 0),  # a conjunction joins two people
        ("es", ["presidenta", "la", "Vega"], 1, 0),  # an article opens a noun
        ("en", ["Ursula", "Von", "Leyen"], 1, 0),  # capitalised: a name word itself
        ("en", ["A", "de", "la", "de", "van", "B"], 1, 0),  # too many in a row
        ("de", ["Ursula", "von", "der", "Leyen"], 1, 2),  # after a known given name
        ("de", ["Müller", "von", "der", "Opposition"], 1, 0),
        ("de", ["Scholz", "zu", "Journalisten"], 1, 0),
    ],
)
def test_particle_chain(language: str, words: list[str], start: int, expected: int) -> None:
    assert particle_chain(speech_table(language), words, start) == expected


def test_later_mentions_cut_at_a_particle_get_the_full_name() -> None:
    text = (
        "Ursula von der Leyen met Brazil's president, Luiz Inácio Lula da Silva, in "
        "Brussels on Monday. Von der Leyen said the money would be paid in three tranches. "
        "Lula said he would raise the issue at the next summit."
    )
    speakers = [s.speaker for s in run(text, "en").statements]
    assert speakers == ["Ursula von der Leyen", "Luiz Inácio Lula da Silva"]


@pytest.mark.parametrize(
    ("text", "place", "alias"),
    [
        ("Officials in SWITZERLAND said the talks ended.", "Switzerland", "SWITZERLAND"),
        ("The delegations met in GENEVA on Monday.", "Geneva", "GENEVA"),
    ],
)
def test_a_place_written_in_capitals_is_the_place(text: str, place: str, alias: str) -> None:
    """A dateline's or a shouted line's city: not an organisation's acronym."""
    actors = {a.name: a for a in run(text, "en").actors}
    assert actors[place].kind == "place"
    assert alias in actors[place].aliases


def test_acronyms_stay_organisations() -> None:
    actors = {a.name: a.kind for a in run("The UN and NATO met in Geneva.", "en").actors}
    assert actors["UN"] == "organization" and actors["NATO"] == "organization"


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ('"We are ready," von der Leyen said after the summit.', "en", "von der Leyen"),
        ("« C'est clair », a déclaré de Villepin mardi.", "fr", "de Villepin"),
        ('"Lo lograremos", dijo de Guindos en Fráncfort.', "es", "de Guindos"),
        ("„Wir bleiben dabei“, sagte von der Leyen am Dienstag.", "de", "von der Leyen"),
    ],
)
def test_a_surname_alone_keeps_its_particles(text: str, language: str, speaker: str) -> None:
    (quote,) = run(text, language).quotes
    assert quote.speaker == speaker


def test_a_name_with_particles_before_an_appositive_and_the_cue() -> None:
    text = "Carlos de la Fuente, portavoz de la empresa, dijo que los despidos se evitarán."
    (statement,) = run(text, "es").statements
    assert (statement.speaker, statement.speaker_role) == (
        "Carlos de la Fuente",
        "portavoz de la empresa",
    )


def test_a_surname_whose_particle_precedes_a_title_word_is_a_name() -> None:
    """``Bruno Le Maire``: ``Le Maire`` after a given name is his surname, not ``le
    maire``; the later ``a-t-il ajouté`` is his, and so is the appositive opening a
    sentence."""
    text = (
        "« Il n’y aura pas de hausse », a déclaré Bruno Le Maire. "
        "« Rien ne change », a-t-il ajouté.\n"
        "Le ministre de l’Économie, Bruno Le Maire, a présenté le budget mardi. "
        "« Nous tiendrons », a-t-il déclaré."
    )
    result = analyze(article_from_text(text, "fr"))
    assert [q.speaker for q in result.quotes] == ["Bruno Le Maire"] * 3
