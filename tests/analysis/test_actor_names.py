"""Actor names that rules must keep whole or leave out (our own short sentences).

Headings capitalise common words (``Kembali ke Rumah``); organisations list their parts
(``Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)``) or end in a country (``Palang
Merah Indonesia``); a quoted person is called by the first name (``ujar Hendra``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.pipeline import analyze
from briefing.analysis.suggestions import ActorSuggestion
from tests.analysis.helpers import article_from_text


def actors_of(text: str) -> list[ActorSuggestion]:
    result = analyze(article_from_text(text, "id", published=date(2025, 3, 3)))
    for actor in result.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end].strip()
    return list(result.actors)


def by_name(actors: list[ActorSuggestion]) -> dict[str, ActorSuggestion]:
    return {a.name: a for a in actors}


def test_a_common_word_capitalised_in_a_heading_is_no_actor() -> None:
    actors = actors_of(
        "Pengungsi Kembali ke Rumah\nSebagian warga mulai membersihkan rumah mereka.\n"
    )
    assert "Rumah" not in by_name(actors)


def test_a_listed_name_confirmed_by_its_acronym_is_one_organisation() -> None:
    actors = actors_of(
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan hujan lebat. "
        "BMKG meminta warga tetap waspada.\n"
    )
    (agency,) = [a for a in actors if "BMKG" in (a.name, *a.aliases)]
    assert agency.kind == "organization"
    assert {agency.name, *agency.aliases} == {
        "BMKG",
        "Badan Meteorologi, Klimatologi, dan Geofisika",
    }
    assert len(agency.mentions) == 3
    assert not {"Klimatologi", "Geofisika", "Badan Meteorologi"} & set(by_name(actors))


def test_two_names_listed_before_one_acronym_stay_two() -> None:
    actors = actors_of(
        "Mahkamah Agung, Majelis Ulama Indonesia (MUI) dan polisi menghadiri rapat itu.\n"
    )
    names = {n for a in actors for n in (a.name, *a.aliases)}
    assert not any(n.startswith("Mahkamah Agung,") for n in names)


def names_of(actor: ActorSuggestion) -> set[str]:
    return {actor.name, *actor.aliases}


def test_an_acronym_joins_the_pieces_of_a_name_a_title_had_cut() -> None:
    text = (
        "The New York State Attorney General (NYAG) is investigating the company. "
        "A spokesperson confirmed contact with the office of the New York State Attorney "
        "General.\n"
    )
    actors = analyze(article_from_text(text, "en")).actors
    (office,) = [a for a in actors if "NYAG" in names_of(a)]
    assert names_of(office) == {"NYAG", "New York State Attorney General"}
    assert office.kind == "organization"
    assert len(office.mentions) == 3  # the name written out again is the same office
    leftovers = {"General", "New York State", "New York"} & {a.name for a in actors}
    assert not leftovers


@pytest.mark.parametrize(
    ("text", "language", "acronym", "name", "kind"),
    [
        # the title before the name is not spelled by the acronym: not part of the name
        (
            "Ketua Komisi Pemberantasan Korupsi (KPK) Agus Rahardjo hadir. KPK menolak.\n",
            "id",
            "KPK",
            "Komisi Pemberantasan Korupsi",
            "organization",
        ),
        (
            "Kepala Staf Angkatan Udara (KSAU) meninjau pangkalan itu.\n",
            "id",
            "KSAU",
            "Kepala Staf Angkatan Udara",
            "organization",
        ),
        # a state or region word opens the name: a place
        (
            "Proyek bandara di Daerah Istimewa Yogyakarta (DIY) tertunda.\n",
            "id",
            "DIY",
            "Daerah Istimewa Yogyakarta",
            "place",
        ),
        (
            "Fighting resumed in the Democratic Republic of Congo (DRC) on Monday.\n",
            "en",
            "DRC",
            "Democratic Republic of Congo",
            "place",
        ),
    ],
)
def test_an_acronym_in_brackets_names_the_run_it_spells(
    text: str, language: str, acronym: str, name: str, kind: str
) -> None:
    actors = analyze(article_from_text(text, language)).actors
    (actor,) = [a for a in actors if acronym in names_of(a)]
    assert names_of(actor) == {acronym, name}
    assert actor.kind == kind


def test_an_acronym_that_is_no_mention_names_nothing() -> None:
    # "MFA" is not taken for a name here, so the title before it makes no organisation
    actors = analyze(
        article_from_text("He met the Minister of Foreign Affairs (MFA) on Monday.\n", "en")
    ).actors
    assert not [a for a in actors if a.name.startswith("Minister")]


@pytest.mark.parametrize(
    ("text", "language", "acronym", "name"),
    [
        ("Le Parti socialiste (PS) a voté contre le texte.\n", "fr", "PS", "Parti socialiste"),
        (
            "Según el Instituto Nacional de Estadística (INE), los precios subieron.\n",
            "es",
            "INE",
            "Instituto Nacional de Estadística",
        ),
        ("El Partido Popular (PP) calificó la medida.\n", "es", "PP", "Partido Popular"),
    ],
)
def test_an_acronym_nothing_else_found_names_a_body_it_spells_whole(
    text: str, language: str, acronym: str, name: str
) -> None:
    """The name must be spelled word for word (its lower-case words too, but "de") and
    hold an organisation's word."""
    (actor,) = [a for a in analyze(article_from_text(text, language)).actors if a.name == name]
    assert (actor.kind, set(actor.aliases)) == ("organization", {acronym})


def test_an_acronym_of_a_concept_names_no_body() -> None:
    text = "Polisi menangkap dua Warga Negara Asing (WNA) di Bekasi.\n"
    assert not [a for a in analyze(article_from_text(text, "id")).actors if "Warga" in a.name]


def test_a_name_that_ends_in_a_country_is_not_the_country() -> None:
    actors = by_name(actors_of("Palang Merah Indonesia mengirim 150 relawan ke lokasi.\n"))
    assert actors["Palang Merah Indonesia"].kind == "organization"
    assert "Indonesia" not in actors


def test_a_common_word_before_a_country_is_not_a_name() -> None:
    actors = by_name(actors_of("Warga Indonesia di Jepang diminta waspada gempa susulan.\n"))
    assert "Warga Indonesia" not in actors
    assert actors["Indonesia"].kind == "place"


def test_a_quoted_person_called_by_the_first_name_is_that_person() -> None:
    actors = actors_of(
        "Gubernur Jawa Barat, Hendra Saputra, meninjau lokasi banjir. Ia meminta bantuan.\n"
        "“Kerugian sementara kami taksir lebih dari Rp 30 miliar,” ujar Hendra. "
        "“Angka itu bisa bertambah.”\n"
    )
    hendra = by_name(actors)["Hendra Saputra"]
    assert hendra.aliases == ("Hendra",)
    assert len(hendra.mentions) == 2
    assert [a.name for a in actors if a.kind != "person" and "Hendra" in a.name] == []


def test_a_titles_fields_are_no_person() -> None:
    """The tagger reads ``Keamanan Wiranto`` and ``Kelautan`` (the fields a ministry is
    named by) as people: the fields go to the role and Wiranto is Wiranto."""
    text = (
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan, TNI "
        "harus dilibatkan dalam pemberantasan terorisme.\n"
        "“Harus total,” ujar Wiranto di Jakarta.\n"
        "Menteri Kelautan dan Perikanan Susi Pudjiastuti juga hadir dalam rapat itu.\n"
    )
    people = {a.name for a in actors_of(text) if a.kind == "person"}
    assert "Wiranto" in people and "Susi Pudjiastuti" in people
    assert not people & {"Keamanan Wiranto", "Kelautan", "Bidang Politik", "Politik Hukum"}


def test_a_statement_opening_a_sentence_is_no_given_name() -> None:
    """``Pernyataan Wiranto tersebut …`` ("Wiranto's statement …") opens a sentence: the
    tagger's person "Pernyataan Wiranto" does not lengthen the speaker Wiranto."""
    text = (
        "“Kalau tidak ditegaskan, TNI akan ragu,” ujar Wiranto di Jakarta, Rabu.\n"
        "Pernyataan Wiranto tersebut menanggapi rencana revisi undang-undang terorisme.\n"
        "“Harus total,” kata Wiranto.\n"
    )
    analysis = analyze(article_from_text(text, "id"))
    assert {q.speaker for q in analysis.quotes} == {"Wiranto"}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Direktur Utama PT Maju, Budi A. Santoso, hadir dalam rapat itu.\n",
            "id",
            "Budi A. Santoso",
        ),
        (
            "Acara itu dibuka Pelaksana Fungsi Ekonomi, Hastin A.B. Dumadi, di London.\n",
            "id",
            "Hastin A.B. Dumadi",
        ),
        (
            "The study was led by Mary E. Lovely, an economist at the university.\n",
            "en",
            "Mary E. Lovely",
        ),
        # an acronym the tagger glues on is left out: M. (Muhammad) opens the name
        (
            "Sekretaris Jenderal DPN APTRI M. Nur Khabsyin menolak harga itu.\n",
            "id",
            "M. Nur Khabsyin",
        ),
    ],
)
def test_a_name_goes_on_through_a_middle_initial(text: str, language: str, name: str) -> None:
    actors = analyze(article_from_text(text, language)).actors
    people = [a for a in actors if a.kind == "person"]
    assert name in {a.name for a in people}
    surname = name.split()[-1]
    assert not [a for a in people if a.name == surname or a.name.endswith((" A", " M", " E"))]


def test_a_suspects_initial_takes_no_name_from_the_next_sentence() -> None:
    text = "Polisi menangkap tersangka berinisial A. Polisi menyebut ia residivis.\n"
    names = {a.name for a in analyze(article_from_text(text, "id")).actors}
    assert not any(n.startswith("A. ") for n in names)


_SEEDED = """
import json, sys
from briefing.analysis.pipeline import analyze
from tests.analysis.helpers import article_from_text
text = sys.argv[1]
actors = analyze(article_from_text(text, "id")).actors
print(json.dumps(sorted((a.name, a.kind, a.role) for a in actors)))
"""


def test_actors_do_not_depend_on_the_hash_seed() -> None:
    """Two region names, one the start of the other (``Kota Sukamaju``, ``Kabupaten
    Sukamaju Barat``): the title's place is the longer one in every process, whatever
    order a set of strings iterates in (PYTHONHASHSEED)."""
    text = (
        "Kota Sukamaju dan Kabupaten Sukamaju Barat dilanda banjir. Bupati Sukamaju Barat "
        "Budi Santoso meninjau lokasi. Budi meminta warga waspada.\n"
    )
    outputs = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", _SEEDED, text],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    actors = json.loads(outputs.pop())
    assert ["Budi Santoso", "person", "Bupati Sukamaju Barat"] in actors
