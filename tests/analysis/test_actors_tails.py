"""A person named right after their organisation (``Direktur Utama Bank Mandiri Darmawan
Junaidi``) is a person of their own, and the organisation ends before them
(``actors_tails``); a company is one actor with and without its legal form (``PT``).
The sentences are our own."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.speaker_roles import without_rank
from briefing.analysis.speech_table import speech_table
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text


def actors(text: str, language: str = "id") -> dict[str, ActorSuggestion]:
    return {a.name: a for a in analyze(article_from_text(text, language)).actors}


@pytest.mark.parametrize(
    ("text", "body", "person", "role"),
    [
        (
            "Menurut Direktur Utama Bank Mandiri Darmawan Junaidi, kredit tumbuh 10 persen.",
            "Bank Mandiri",
            "Darmawan Junaidi",
            "Direktur Utama Bank Mandiri",
        ),
        (
            "Direktur Utama PT Pertamina Nicke Widyawati mengatakan harga tetap. "
            '"Kami tidak menaikkan harga," ujar Nicke.',
            "PT Pertamina",
            "Nicke Widyawati",
            "Direktur Utama PT Pertamina",
        ),
        (
            "Kepala Badan Koordinasi Penanaman Modal Thomas Lembong mengatakan investasi naik. "
            '"Kami optimistis," kata Thomas.',
            "Badan Koordinasi Penanaman Modal",
            "Thomas Lembong",
            "Kepala Badan Koordinasi Penanaman Modal",
        ),
    ],
)
def test_the_person_after_an_organisation_is_a_person(
    text: str, body: str, person: str, role: str
) -> None:
    found = actors(text)
    assert found[body].kind == "organization"
    assert found[person].kind == "person"
    assert found[person].role == role
    assert not [name for name in found if name != person and person in name]
    mentions = [text[m.start : m.end] for m in found[body].mentions]
    assert mentions and all(m == body for m in mentions)


def test_a_rank_between_the_office_and_the_name_is_not_the_office() -> None:
    text = (
        "Kepala Bidang Humas Polda Metro Jaya Kombes Argo Yuwono mengatakan pelaku sudah "
        'ditangkap. "Sudah kami tangkap," kata Argo.'
    )
    found = actors(text)
    assert found["Polda Metro Jaya"].kind == "organization"
    assert found["Argo Yuwono"].kind == "person"
    assert not [name for name in found if "Kombes" in name and name != "Argo Yuwono"]


def test_a_name_that_is_a_place_inside_a_company_stays_in_the_company() -> None:
    text = (
        "PT Taman Wisata Candi Borobudur menargetkan 4,7 juta pengunjung. Pengunjung Candi "
        "Borobudur naik tahun lalu, kata Direktur Utama PT Taman Wisata Candi Borobudur."
    )
    found = actors(text)
    assert found["PT Taman Wisata Candi Borobudur"].kind == "organization"
    assert found["Candi Borobudur"].kind == "place"
    assert "PT Taman Wisata" not in found


def test_nothing_is_cut_without_a_person_the_article_knows() -> None:
    found = actors("Dewan Pembina Relawan Juara bertemu di Jakarta pada Senin.")
    assert "Relawan Juara" not in found or found["Relawan Juara"].kind != "person"


def test_a_company_with_and_without_its_legal_form_is_one_actor() -> None:
    text = (
        "PT Garuda Indonesia memangkas 300 karyawan. Garuda Indonesia menyebut permintaan "
        'turun. "Kami tidak punya pilihan lain," kata Direktur Utama Garuda Indonesia '
        "Irfan Setiaputra."
    )
    found = actors(text)
    companies = [a for a in found.values() if "Garuda" in a.name]
    assert len(companies) == 1
    company = companies[0]
    assert {company.name, *company.aliases} >= {"PT Garuda Indonesia", "Garuda Indonesia"}
    assert company.kind == "organization"
    assert len(company.mentions) == 3
    assert found["Irfan Setiaputra"].role == "Direktur Utama Garuda Indonesia"


def test_in_english_only_a_speaker_with_a_given_name_is_cut_out() -> None:
    text = (
        "Amazon Echo Dot sales rose in March. The Echo Dot is cheap.\n"
        '"We sold out twice," said Republican Party chairman Reince Priebus.'
    )
    found = actors(text, "en")
    assert "Echo Dot" not in found or found["Echo Dot"].kind != "person"


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("Kadiv Humas Polri Irjen", "Kadiv Humas Polri"),
        (
            "Kepala Bidang Humas Kepolisian Daerah Jawa Tengah Kombes Pol",
            "Kepala Bidang Humas Kepolisian Daerah Jawa Tengah",
        ),
        ("Pangdam Jaya Mayjen TNI", "Pangdam Jaya"),
        ("Kepala Polda Jawa Barat Inspektur Jenderal", "Kepala Polda Jawa Barat"),
        ("Kapolri Jenderal", "Kapolri"),
        # a rank alone, a title a rank word completes, ranks that are names or other words
        ("Jenderal TNI", None),
        ("Kombes Pol", None),
        ("Direktur Jenderal", None),
        ("Sekretaris Jenderal", None),
        ("CEO Djaring Laksamana", None),
        ("Stadion Kapten", None),
    ],
)
def test_a_rank_closing_a_role_is_the_person_s_not_the_office(
    role: str, office: str | None
) -> None:
    assert without_rank(role, speech_table("id")) == (office or role)


def test_the_rank_goes_from_the_speaker_s_role_and_the_body_s_name() -> None:
    text = (
        "Kadiv Humas Polri Irjen Boy Rafli Amar mengatakan pelaku sudah ditangkap. "
        '"Kami sudah menahan dia," kata Boy.'
    )
    result = analyze(article_from_text(text, "id"))
    found = {a.name: a for a in result.actors}
    assert found["Boy Rafli Amar"].role == "Kadiv Humas Polri"
    assert [q.speaker_role for q in result.quotes] == ["Kadiv Humas Polri"]
    assert not [name for name in found if "Irjen" in name]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Menurut Dirjen Ilmate Kementerian Perindustrian I Gusti Putu Suryawirawan, riset "
            "adalah jantung industri. Putu menambahkan bahwa investasi akan naik tahun depan.",
            "I Gusti Putu Suryawirawan",
            "Dirjen Ilmate Kementerian Perindustrian",
        ),
        (
            "Menurut Kepala Dinas Pariwisata Bali I Wayan Dipta, jumlah turis naik tahun ini.",
            "I Wayan Dipta",
            "Kepala Dinas Pariwisata Bali",
        ),
        # "I" before any other word is a numeral
        (
            "Menurut Ketua Komisi I Meutya Hafid, anggaran pertahanan naik tahun ini.",
            "Meutya Hafid",
            "Ketua Komisi I",
        ),
    ],
)
def test_a_balinese_name_keeps_the_words_that_open_it(text: str, person: str, role: str) -> None:
    result = analyze(article_from_text(text, "id"))
    found = {a.name: a for a in result.actors if a.kind == "person"}
    assert list(found) == [person]
    assert found[person].role == role
    assert {(s.speaker, s.speaker_role) for s in result.statements} == {(person, role)}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Menurut Kepala Dinas Kesehatan Bali I Nyoman Gede Anom, kasus demam berdarah "
            "menurun tahun ini.",
            "I Nyoman Gede Anom",
            "Kepala Dinas Kesehatan Bali",
        ),
        (
            "Bupati Gianyar I Made Agus Mahayastra mengatakan upacara ngaben massal digelar "
            "pekan depan.",
            "I Made Agus Mahayastra",
            "Bupati Gianyar",
        ),
    ],
)
def test_a_long_balinese_name_speaks_whole(text: str, person: str, role: str) -> None:
    result = analyze(article_from_text(text, "id"))
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [(person, role)]


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("Kepala Staf Angkatan Laut Laksamana TNI", "Kepala Staf Angkatan Laut"),
        ("Kepala Basarnas Marsekal Madya TNI", "Kepala Basarnas"),
        ("Kapolsek Denpasar Barat Kompol", "Kapolsek Denpasar Barat"),
        ("Laksamana TNI", "Laksamana TNI"),
    ],
)
def test_a_rank_before_its_service_closes_a_role(role: str, office: str) -> None:
    assert without_rank(role, speech_table("id")) == office


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Pada laga itu Sumber United menang 2-1 di kandang sendiri.", "Sumber United"),
        ("Penyerang itu kini bermain untuk Kali Jaya FC sejak musim lalu.", "Kali Jaya FC"),
        ("Skor imbang membuat Bali United tetap di puncak klasemen.", "Bali United"),
    ],
)
def test_a_club_named_with_united_or_fc_is_an_organisation(text: str, club: str) -> None:
    """``United`` and ``FC`` end a club's name in Indonesian football copy too: not a
    person (the tagger's guess for two capitalised words) nor the town it starts with."""
    found = actors(text)
    assert club in found, sorted(found)
    assert found[club].kind == "organization"
