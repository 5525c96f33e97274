"""Indonesian bodies that speak by their common noun (``kata perusahaan``, ``ujar pihak
kepolisian``): the quote is kept with that description as its speaker, and a name after
the description is the speaker (``menurut perusahaan riset SimilarWeb``). The sentences
are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Kami tidak punya pilihan lain," kata perusahaan dalam keterangannya.', "perusahaan"),
        ('"Pelaku sudah kami tangkap," kata pihak kepolisian kepada wartawan.', "pihak kepolisian"),
        ('"Harga tidak akan naik tahun ini," ujar manajemen perseroan.', "manajemen perseroan"),
    ],
)
def test_a_body_by_its_common_noun_speaks(text: str, speaker: str) -> None:
    quotes = analyze(article_from_text(text, "id")).quotes
    assert [(q.text.rstrip(","), q.speaker) for q in quotes] == [
        (text[1 : text.index(",")], speaker)
    ]


def test_a_short_quote_after_a_statement_of_the_same_body_is_kept() -> None:
    text = (
        "Garuda memangkas 300 karyawan. Perusahaan mengatakan bahwa permintaan turun tajam. "
        '"Kami tidak punya pilihan," kata perusahaan dalam keterangannya.'
    )
    result = analyze(article_from_text(text, "id"))
    assert [q.text for q in result.quotes] == ["Kami tidak punya pilihan,"]
    # "perusahaan" is the company the story names (speaker_descriptions)
    assert [q.speaker for q in result.quotes] == ["Garuda"]
    assert [s.speaker for s in result.statements] == ["Garuda"]


def test_a_name_after_the_description_is_the_speaker() -> None:
    text = "Menurut perusahaan teknologi informasi SimilarWeb, Tokopedia kini paling populer."
    statements = analyze(article_from_text(text, "id")).statements
    assert [(s.speaker, s.speaker_role) for s in statements] == [
        ("SimilarWeb", "perusahaan teknologi informasi")
    ]


def test_a_lower_case_word_that_is_no_body_speaks_for_no_one() -> None:
    quotes = analyze(article_from_text('"Kami siap," kata hati kecilnya.', "id")).quotes
    assert all(q.speaker != "hati kecilnya" for q in quotes)
