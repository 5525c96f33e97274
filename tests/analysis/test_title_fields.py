"""A title's joined fields ("Menteri Belia dan Sukan") and the title words that open a
name ("Imam Nahrawi", "Ratu Tisha Destria") in actors and speakers."""

from __future__ import annotations

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def _people(text: str, language: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    result = analyze(article_from_text(text, language))
    return [(a.name, a.role, tuple(a.aliases)) for a in result.actors if a.kind == "person"]


def test_a_name_with_a_particle_after_joined_fields_is_the_person() -> None:
    text = "Menteri Belia dan Sukan Hannah binti Yusof berkata kerajaan akan membantu."
    result = analyze(article_from_text(text, "ms"))
    assert [(a.name, a.role) for a in result.actors if a.kind == "person"] == [
        ("Hannah binti Yusof", "Menteri Belia dan Sukan")
    ]
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [
        ("Hannah binti Yusof", "Menteri Belia dan Sukan")
    ]


def test_a_title_word_opening_a_name_after_a_title_is_the_name() -> None:
    text = "Menteri Pemuda dan Olahraga Imam Nahrawi mengatakan pemerintah akan membantu."
    assert _people(text, "id") == [("Imam Nahrawi", "Menteri Pemuda dan Olahraga", ())]


def test_the_given_name_after_a_leading_title_word_is_an_alias() -> None:
    text = (
        "Sekjen PSSI Ratu Tisha Destria mengatakan jadwal sudah disusun.\n"
        "Menurut Tisha, tim akan berangkat pekan depan."
    )
    assert _people(text, "id") == [("Ratu Tisha Destria", "Sekjen PSSI", ("Tisha",))]
