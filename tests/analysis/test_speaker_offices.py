"""Speakers that are offices: a title, an organisation's acronym and a place.

``kata Kepala BPBD Mekarjaya, Dewi Lestari`` is Dewi Lestari with the role ``Kepala BPBD
Mekarjaya``, not a person called Mekarjaya; ``BPBD Mekarjaya menyebut …`` is said by the
organisation ``BPBD Mekarjaya``. The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speaker_roles import tidy_role
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


def _quote_speakers(text: str, language: str = "id") -> list[tuple[str | None, str | None]]:
    result = analyze(article_from_text(text, language))
    return [(q.speaker, q.speaker_role) for q in result.quotes]


@pytest.mark.parametrize(
    ("office", "language"),
    [
        ("Wali Kota Verbania", "id"),  # a region word and its name
        ("Menteri Luar Negeri Rusia", "id"),  # a country the lists know
        ("Gubernur Jawa Barat", "id"),
        ("Wakil Wali Kota Surabaya", "id"),
    ],
)
def test_an_office_named_by_its_place_speaks_as_the_office(office: str, language: str) -> None:
    """No name follows the title: the place is no person called Verbania or Rusia."""
    text = f"“Kami akan terus mengingatnya sebagai teladan,” kata {office}.\n"
    assert _quote_speakers(text, language) == [(office, None)]


def test_a_name_that_only_begins_a_place_name_stays_a_name() -> None:
    """``Sri`` opens ``Sri Lanka`` in the lists but is a name alone after a title."""
    text = "“Penghargaan ini untuk seluruh pegawai,” kata Menteri Sri.\n"
    assert _quote_speakers(text) == [("Sri", "Menteri")]


def test_a_name_right_after_the_bracketed_acronym_of_the_title() -> None:
    text = (
        "“Aturan teknisnya masih kami tunggu dari pemerintah,” tutur Kepala Eksekutif "
        "Pengawas Pasar Modal Otoritas Jasa Keuangan (OJK) Budi Santoso saat dihubungi, "
        "Rabu (17/5).\n"
    )
    [(speaker, role)] = _quote_speakers(text)
    assert speaker == "Budi Santoso"
    assert role is not None and role.startswith("Kepala Eksekutif Pengawas Pasar Modal")


def test_a_bracketed_short_name_of_the_body_then_the_name_after_a_comma() -> None:
    """``(Ikahi)`` is no acronym in capitals, but still the body's short name."""
    text = (
        "“Usulan itu sudah kami sampaikan ke pemerintah,” kata Ketua Ikatan Penyuluh "
        "Pertanian Indonesia (Ikappi), Suparno, setelah bertemu presiden.\n"
    )
    assert _quote_speakers(text) == [("Suparno", "Ketua Ikatan Penyuluh Pertanian Indonesia")]


def test_a_title_its_post_then_the_name_between_commas() -> None:
    text = (
        "“Ini murni masalah keimigrasian,” ujar Duta Besar Republik Indonesia di Tokyo, "
        "Heri Santosa, kepada wartawan, Rabu (2/6).\n"
    )
    assert _quote_speakers(text) == [("Heri Santosa", "Duta Besar Republik Indonesia")]


def test_the_place_after_a_titled_name_goes_on_after_its_comma() -> None:
    """``di Gedung DPR, Kompleks Parlemen``: the second part is the place's, no name."""
    text = (
        "“Keputusan itu kami ambil bersama,” kata Sekretaris Fraksi di Gedung DPR, "
        "Kompleks Parlemen, Senayan, Jakarta, Selasa (6/6).\n"
    )
    [(speaker, _)] = _quote_speakers(text)
    assert speaker is not None and speaker.startswith("Sekretaris Fraksi")


def test_an_office_then_its_holder_between_commas_before_the_verb() -> None:
    text = (
        "Ketua KONI Kota Mekarjaya, Raja Sapta Ervian, mengatakan bahwa kejadian itu sangat "
        "memalukan bagi seluruh kontingen yang datang ke kota tersebut.\n"
    )
    result = analyze(article_from_text(text, "id"))
    assert [s.speaker for s in result.statements] == ["Raja Sapta Ervian"]


def test_a_source_and_a_described_user_are_no_office_and_holder() -> None:
    text = (
        "According to AFP, one user on Weibo, which is essentially China's version of "
        "Twitter, posted: “I just want to know how these two came to Beijing.”\n"
    )
    assert [speaker for speaker, _ in _quote_speakers(text, "en")] == [None]


def test_a_bare_office_is_the_one_the_article_named_with_it() -> None:
    """The holder need not have spoken before: the article named him with the title."""
    text = (
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Senin pagi.\n"
        "“Kami siap membantu penyelesaian konflik,” kata Menteri Luar Negeri Rusia.\n"
    )
    assert _quote_speakers(text) == [("Sergei Lavrov", "Menteri Luar Negeri Rusia")]
    former = (
        "Menteri Luar Negeri Rusia Sergei Lavrov dan mantan Menteri Luar Negeri Rusia "
        "Igor Ivanov tiba di Jakarta pada Senin pagi.\n"
        "“Kami siap membantu penyelesaian konflik,” kata Menteri Luar Negeri Rusia.\n"
    )
    assert _quote_speakers(former) == [("Sergei Lavrov", "Menteri Luar Negeri Rusia")]
    later = (
        "“Kami siap membantu penyelesaian konflik,” kata Menteri Luar Negeri Rusia.\n"
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta pada Senin pagi.\n"
    )
    assert _quote_speakers(later) == [("Sergei Lavrov", "Menteri Luar Negeri Rusia")]
    two = (
        "Gubernur Jawa Barat Ridwan Kamil menyerahkan jabatannya kepada Gubernur Jawa "
        "Barat Ahmad Heryawan pada Senin pagi.\n"
        "“Kami siap membantu penyelesaian konflik,” kata Gubernur Jawa Barat.\n"
    )
    assert _quote_speakers(two) == [("Gubernur Jawa Barat", None)]


@pytest.mark.parametrize(
    "before",
    [
        "Mantan Gubernur Jawa Barat Ahmad Heryawan hadir dalam acara itu.",
        "Wakil Gubernur Jawa Barat Uu Ruzhanul hadir dalam acara itu.",
        "Istri Gubernur Jawa Barat, Atalia Praratya, membuka pameran itu.",
        "Acara itu dihadiri calon Gubernur Jawa Barat Budi Hartono.",
    ],
)
def test_a_qualified_title_holds_no_office(before: str) -> None:
    """The former governor, his deputy, his wife or a candidate is not the governor."""
    text = f"{before}\n“Kami siap membantu penyelesaian konflik,” kata Gubernur Jawa Barat.\n"
    assert _quote_speakers(text) == [("Gubernur Jawa Barat", None)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a place that goes on after a title's post, or after a bracket, is no name
        ("kata anggota Komisi III di Kompleks Parlemen, Senayan, Jakarta.", "anggota Komisi III"),
        (
            "kata Kepala Bidang Humas Kepolisian Daerah (Polda) Sumut.",
            "Kepala Bidang Humas Kepolisian Daerah",
        ),
        ("kata Kepala Badan Pusat Statistik (BPS) Jawa Barat.", "Kepala Badan Pusat Statistik"),
        (
            "kata Kepala Bidang Humas Kepolisian Daerah (Polda) Metro Jaya Kombes Pol Yusri Yunus.",
            "Yusri Yunus",
        ),
    ],
)
def test_what_follows_a_post_or_a_bracket_is_a_name_only_when_it_reads_as_one(
    sentence: str, speaker: str
) -> None:
    text = f"“Kami siap membantu penyelesaian konflik,” {sentence}\n"
    assert [s for s, _ in _quote_speakers(text)] == [speaker]


@pytest.mark.parametrize("name", ["Jordan", "Victoria", "Washington"])
def test_an_english_title_before_a_place_name_is_a_person(name: str) -> None:
    """English names an office's place with "of" (``mayor of London``): ``Coach Jordan``
    is a person."""
    text = f'"We will keep watching the situation," said Coach {name}.\n'
    assert _quote_speakers(text, "en") == [(name, "Coach")]
