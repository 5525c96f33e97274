"""Speakers that are offices: a title, an organisation's acronym and a place.

``kata Kepala BPBD Mekarjaya, Dewi Lestari`` is Dewi Lestari with the role ``Kepala BPBD
Mekarjaya``, not a person called Mekarjaya; ``BPBD Mekarjaya menyebut …`` is said by the
organisation ``BPBD Mekarjaya``. The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speaker_names import tidy_role
from briefing.analysis.speech_table import speech_table
from briefing.analysis.suggestions import ArticleAnalysis
from tests.analysis.helpers import article_from_text

OPENING = "Banjir merendam tiga desa di Kabupaten Mekarjaya sejak kemarin.\n"


def run(body: str) -> ArticleAnalysis:
    text = OPENING + body
    result = analyze(article_from_text(text, "id", published=date(2025, 3, 3)))
    for item in (*result.quotes, *result.statements):
        assert text[item.start : item.end] == item.text
    return result


def people(result: ArticleAnalysis) -> dict[str, str | None]:
    return {a.name: a.role for a in result.actors if a.kind == "person"}


def test_title_office_place_then_name_in_a_quote() -> None:
    result = run(
        "“Dapur umum sudah kami buka,” kata Kepala BPBD Mekarjaya, Dewi Lestari, kepada wartawan.\n"
    )
    (quote,) = result.quotes
    assert (quote.speaker, quote.speaker_role) == ("Dewi Lestari", "Kepala BPBD Mekarjaya")
    assert people(result) == {"Dewi Lestari": "Kepala BPBD Mekarjaya"}


def test_title_office_place_without_a_name_is_the_office() -> None:
    result = run("“Air mulai surut sore ini,” kata Kepala BPBD Mekarjaya.\n")
    (quote,) = result.quotes
    assert (quote.speaker, quote.speaker_role) == ("Kepala BPBD Mekarjaya", None)
    assert "Mekarjaya" not in people(result)


def test_title_office_place_name_without_commas() -> None:
    result = run("“Perahu karet kami kerahkan,” ujar Kepala BPBD Mekarjaya Dewi Lestari.\n")
    assert [(q.speaker, q.speaker_role) for q in result.quotes] == [
        ("Dewi Lestari", "Kepala BPBD Mekarjaya")
    ]
    assert people(result) == {"Dewi Lestari": "Kepala BPBD Mekarjaya"}


def test_a_title_before_a_person_elsewhere_is_no_role_of_the_organisation() -> None:
    result = run(
        "“Kami siaga penuh,” kata Kepala BPBD Mekarjaya, Dewi Lestari.\n"
        "BPBD Mekarjaya menyebut ketinggian air mencapai satu meter di dua desa.\n"
    )
    (statement,) = result.statements
    assert (statement.speaker, statement.speaker_role) == ("BPBD Mekarjaya", None)


def test_organisation_defined_by_its_acronym_then_a_place_is_the_speaker() -> None:
    result = run(
        "Badan Penanggulangan Bencana Daerah (BPBD) Mekarjaya menyebut dua jembatan putus "
        "akibat arus deras.\n"
    )
    (statement,) = result.statements
    assert statement.speaker == "BPBD Mekarjaya"
    assert statement.speaker_role is None
    assert statement.text == "dua jembatan putus akibat arus deras"


def test_according_to_a_title_then_the_name_between_commas() -> None:
    result = run(
        "Menurut Kepala BPBD Mekarjaya, Dewi Lestari, hujan deras membuat tanggul jebol.\n"
    )
    (statement,) = result.statements
    assert (statement.speaker, statement.speaker_role) == ("Dewi Lestari", "Kepala BPBD Mekarjaya")
    assert statement.text == "hujan deras membuat tanggul jebol"


def test_according_to_a_name_then_a_weekday_keeps_the_name() -> None:
    result = run("Menurut Gubernur Rudi Hartono, Senin, dua orang masih dicari tim SAR.\n")
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [
        ("Rudi Hartono", "Gubernur")
    ]


def test_a_role_ending_in_an_acronym_keeps_its_closing_bracket() -> None:
    result = run(
        "Ketua Komisi Pangan Nasional (KPN) Budi Santoso mengatakan bahwa stok beras cukup "
        "untuk tiga bulan.\n"
    )
    (statement,) = result.statements
    assert statement.speaker == "Budi Santoso"
    assert statement.speaker_role == "Ketua Komisi Pangan Nasional (KPN)"


def test_a_name_after_an_office_acronym_and_a_place_under_an_unknown_title() -> None:
    # "Koordinator" is in no role table: the acronym tells that the place ends an office
    result = run("“Tenda sudah kami dirikan,” kata Koordinator BPBD Mekarjaya, Dewi Lestari.\n")
    assert [(q.speaker, q.speaker_role) for q in result.quotes] == [
        ("Dewi Lestari", "Koordinator BPBD Mekarjaya")
    ]


@pytest.mark.parametrize(
    ("role", "tidy"),
    [
        ("kuasa hukum Mario membenarkan dihentikannya acara tersebut", "kuasa hukum Mario"),
        ("dokter yang merawat pasien itu", "dokter"),
        ("menarik sebagian komentarnya tentang kesehatan sang pebalap", None),
        ("menantu Pak Meled", "menantu Pak Meled"),
        ("sekretaris jenderal serikat pekerja media", "sekretaris jenderal serikat pekerja media"),
        ("Menteri Kelautan dan Perikanan", "Menteri Kelautan dan Perikanan"),
        ("Menurut Direktur Ippudo Indonesia", "Direktur Ippudo Indonesia"),
    ],
)
def test_a_role_ends_where_a_verb_begins(role: str, tidy: str | None) -> None:
    """A role is a noun phrase: an Indonesian me- verb (``membenarkan``) starts the
    clause the role phrase ran into; nouns so spelled (``menantu``, ``media``) and titles
    (``Menteri``) stay."""
    assert tidy_role(role, speech_table("id")) == tidy


@pytest.mark.parametrize(
    ("role", "tidy"),
    [
        ("istri mendiang Presiden Abdurrahman Wahid", "istri mendiang Presiden Abdurrahman Wahid"),
        ("kuasa hukum mereka", "kuasa hukum mereka"),
        ("kepala stasiun meteorologi maritim", "kepala stasiun meteorologi maritim"),
        ("menteri yang membidangi kelautan", "menteri"),
        ("mantan menteri pertanian", "mantan menteri pertanian"),  # a title, though me-
    ],
)
def test_words_that_only_look_like_verbs_stay_in_the_role(role: str, tidy: str) -> None:
    assert tidy_role(role, speech_table("id")) == tidy


@pytest.mark.parametrize(
    ("role", "language", "tidy"),
    [
        ("Humas FBTPBI kepada CNNIndonesia", "id", "Humas FBTPBI"),  # whom they told
        ("sekarang", "id", None),  # "yang sekarang menjadi duta": a time, no role
        ("be the merged company's chairman", "en", "the merged company's chairman"),
        ("adviser to the president", "en", "adviser to the president"),
    ],
)
def test_a_role_loses_its_addressee_and_a_leading_auxiliary(
    role: str, language: str, tidy: str | None
) -> None:
    assert tidy_role(role, speech_table(language)) == tidy
