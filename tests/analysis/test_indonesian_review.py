"""Fixes from a blind review of Indonesian news (IndoSum dev.02): made-up sentences of
the kinds the review found read wrong."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


def run(text: str):  # type: ignore[no-untyped-def]
    return analyze(article_from_text(text, "id"))


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap," kata Budi Santoso. Menurutnya, semua persiapan sudah selesai pekan ini.',
        '"Kami siap," kata Budi Santoso. Menurutnya hingga Rabu semua peserta sudah mendaftar.',
    ],
)
def test_menurutnya_is_the_one_who_spoke_before(text: str) -> None:
    """``Menurutnya`` carries its pronoun as ``menurut dia`` does: the last speaker."""
    statements = run(text).statements
    assert [s.speaker for s in statements] == ["Budi Santoso"]
    assert statements[0].text.startswith(("semua persiapan", "hingga Rabu"))


def test_menurutnya_with_no_one_before_is_no_statement() -> None:
    assert run("Menurutnya, semua persiapan sudah selesai pekan ini.").statements == ()


@pytest.mark.parametrize(
    "text",
    [
        '"Kami siap," kata Budi Santoso. Di samping itu, menurutnya, semua peserta sudah '
        "mendaftar sejak pekan lalu.",
        '"Kami siap," kata Budi Santoso. Waktu persiapan sekitar lima hari menurutnya, akan '
        "dimanfaatkan dengan maksimal.",
    ],
)
def test_menurutnya_inside_a_sentence_reports_the_whole_sentence(text: str) -> None:
    """Not only the words before it (``Di samping itu``): they open what was said."""
    (statement,) = run(text).statements
    assert statement.speaker == "Budi Santoso"
    assert statement.text.endswith(("pekan lalu", "dengan maksimal"))


@pytest.mark.parametrize(
    "text",
    [
        "Kapolres Sukamaju AKBP Rudi Hartono saat ditemui di Pos Polisi Cibodas, Sabtu, "
        "mengatakan jalur wisata akan ditutup selama 12 jam.",
        "Kepala Dinas Pariwisata Sukamaju Rina Wulandari usai menghadiri rapat di Gedung Sate, "
        "Senin, mengatakan jalur wisata akan ditutup selama 12 jam.",
    ],
)
def test_an_occasion_between_the_subject_and_the_cue_is_not_the_speaker(text: str) -> None:
    """``saat ditemui di Pos Polisi Cibodas``: where the speaker was met, not who spoke."""
    (statement,) = run(text).statements
    assert statement.speaker in {"Rudi Hartono", "Rina Wulandari"}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hingga Rabu, sebanyak tujuh kabupaten memastikan ikut lomba.", 7, "kabupaten"),
        ("Para peserta berlatih selama tiga pekan di Bandung.", 3, "pekan"),
    ],
)
def test_a_small_number_word_after_a_quantity_or_duration_word_is_a_figure(
    text: str, value: int, unit: str
) -> None:
    """``sebanyak tujuh kabupaten``, ``selama tiga pekan``: read as their digits are."""
    assert [(f.value, f.unit) for f in run(text).figures] == [(value, unit)]


def test_a_small_number_word_alone_stays_no_figure() -> None:
    """``tiga pekan kemudian``, ``dua gol``: a manner of telling, unhedged."""
    assert run("Tiga pekan kemudian ia mencetak dua gol lagi.").figures == ()


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Penjualan naik pada Maret-Mei 2019 di Sukamaju.", "Maret-Mei 2019", "2019-03"),
        (
            "Lomba digelar di Sukamaju 12 hingga 15 Agustus 2019.",
            "12 hingga 15 Agustus 2019",
            "2019-08-12",
        ),
    ],
)
def test_a_span_of_months_or_days_is_one_date_read_as_its_start(
    text: str, span: str, value: str
) -> None:
    """The year written after the span's end is the start's too (not the year guessed)."""
    assert [(d.text, d.value) for d in run(text).dates] == [(span, value)]
