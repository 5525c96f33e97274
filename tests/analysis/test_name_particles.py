"""Names with lower-case particles (von der, da, de la, bin) read whole, as speakers and
as actors, and particles that do not join a name left alone. The sentences are our own;
the people are public figures or invented."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speech_table import particle_chain, speech_table
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
            "„Das ist ein guter Tag“, sagte Kommissionspräsidentin Ursula von der Leyen.",
            "de",
            "Ursula von der Leyen",
            "Kommissionspräsidentin",
        ),
        ("„Nein“, sagte Richard von Weizsäcker.", "de", "Richard von Weizsäcker", None),
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
        # a title's complement is nobody's name, and the pronoun-less cue finds nobody
        (
            "La presidenta de la Comunidad de Madrid, Isabel Díaz Ayuso, acusó al Gobierno. "
            "«No lo vamos a permitir», aseguró.",
            "es",
            None,
        ),
        (
            "El director del Museo del Prado, Miguel Falomir, anunció cambios. "
            "«Queremos llegar a más público», explicó.",
            "es",
            None,
        ),
    ],
)
def test_particles_that_join_no_name(text: str, language: str, speaker: str | None) -> None:
    (quote,) = run(text, language).quotes
    assert quote.speaker == speaker


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
