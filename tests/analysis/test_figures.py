"""Figures: locale-aware numbers, units, qualifiers, money, percentages, ranges; no false figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.figures import extract_figures, find_figures
from briefing.analysis.numbers import number_locale, parse_number
from briefing.analysis.suggestions import FigureSuggestion
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph
from tests.analysis.helpers import article_from_text


def article_of(text: str, language: str | None) -> Article:
    paragraphs, pos = [], 0
    for line in text.split("\n"):
        paragraphs.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    return Article(
        id="t",
        title="",
        text=text,
        paragraphs=tuple(paragraphs),
        origin=Origin(None, "text", ""),
        language=LanguageGuess(language, 1.0),
    )


def only(text: str, language: str | None) -> FigureSuggestion:
    figures = find_figures(text, language)
    assert len(figures) == 1, [f.text for f in figures]
    return figures[0]


@pytest.mark.parametrize(
    ("literal", "language", "value"),
    [
        ("3.000", "id", 3000),
        ("3,000", "en", 3000),
        ("2,5", "id", 2.5),
        ("2.5", "en", 2.5),
        ("1.234.567", "id", 1234567),
        ("1,234,567.5", "en", 1234567.5),
        ("1.234,5", "de", 1234.5),
        ("3 000", "fr", 3000),
        ("3\u202f000", "fr", 3000),
        ("3 000", "ru", 3000),
        ("3,000", "ms", 3000),
        ("2.5", "id", 2.5),
    ],
)
def test_numbers_follow_the_locale(literal: str, language: str, value: float) -> None:
    assert parse_number(literal, number_locale(language)) == value


def test_version_strings_are_not_numbers() -> None:
    assert parse_number("1.2.3", number_locale("en")) is None
    assert find_figures("Versi 1.2.3 dirilis pekan ini untuk 300 pengguna.", "id")[0].value == 300


def test_seed_article_figures(seed_article_path: Path) -> None:
    text = seed_article_path.read_text(encoding="utf-8")
    gold = json.loads((seed_article_path.parent / "gold.json").read_text(encoding="utf-8"))
    figures = extract_figures(article_of(text, "id"), [])
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
    found = [(f.value, f.unit) for f in figures]
    expected = []
    for item in gold["figures"]:
        expected += [(float(item["value"]), item["unit"])] * item.get("occurrences", 1)
    assert sorted(found) == sorted(expected)
    qualified = [f for f in figures if f.value == 3000]
    assert all(f.qualifier and f.qualifier.lower() == "setidaknya" for f in qualified)
    assert all(f.qualifier is None for f in figures if f.value != 3000)
    assert figures[0].what == "tentara Korea Utara"


def test_counted_noun_stops_at_the_first_noun() -> None:
    f = only("Ia mengatakan 10.000 tentara dan personel teknis sedang disiapkan.", "id")
    assert (f.value, f.unit, f.text) == (10000, "tentara", "10.000 tentara")


def test_english_counts_skip_adjectives_and_keep_qualifier() -> None:
    f = only("At least 3,000 North Korean troops arrived in eastern Russia.", "en")
    assert (f.value, f.unit, f.qualifier, f.text) == (
        3000,
        "troops",
        "At least",
        "3,000 North Korean troops",
    )


@pytest.mark.parametrize(
    ("text", "unit", "what"),
    [
        ("Medicaid now covers more than 400,000 state residents.", "residents", "state residents"),
        ("Officials counted 20 drone strikes overnight.", "strikes", "drone strikes"),
        ("Only 1 person dies of it each year.", "person", "person"),  # "dies" is a verb
        ("Trump won the state by 30 points in 2016.", "points", "points"),
        ("Officials said 12 people were killed.", "people", "people"),
        ("Officials met 20 government officials.", "officials", "government officials"),
        ("The 3 million figure suggests a rise.", "figure", "figure"),
        ("The 9 million estimate excludes migrants.", "estimate", "estimate"),
        ("About 150 staff works there.", "staff", "staff"),
        ("The ship has 25 crew members aboard.", "members", "crew members"),
        ("Attackers hit 40 police stations.", "stations", "police stations"),
        ("The agency hired 300 staff members.", "members", "staff members"),
        ("The 5 billion project lasts a decade.", "project", "project"),
        ("A 50 million grant funds schools.", "grant", "grant"),
        ("Officials ordered 5 million face masks.", "masks", "face masks"),
        ("The smog caused 9 million premature deaths.", "deaths", "premature deaths"),
        ("The attack killed 40 people days after the election.", "people", "people"),
        ("They evacuated 400 people minutes before the blast.", "people", "people"),
        ("A survey of 2,000 people finds support.", "people", "people"),
        ("About 200 people perhaps more came.", "people", "people"),
        ("Some 1,000 people sometimes gather here.", "people", "people"),
        # a people in the plural is counted, not skipped as a modifier
        ("More than 600,000 Israelis live in settlements.", "Israelis", "Israelis"),
        ("About 2,000 Americans remain in the country.", "Americans", "Americans"),
        ("They counted 12 Americans across the border.", "Americans", "Americans"),
        ("Some 5 Texas residents died.", "residents", "Texas residents"),
        (
            "Police said 12 Texas police officers were hurt.",
            "police officers",
            "Texas police officers",
        ),
        ("North Korea sent 3,000 North Korean troops.", "troops", "North Korean troops"),
        ("There are 13,000 US troops there.", "troops", "US troops"),
    ],
)
def test_english_counts_a_plural_head_after_a_singular_modifier(
    text: str, unit: str, what: str
) -> None:
    f = only(text, "en")
    assert (f.unit, f.what) == (unit, what)


@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("Pemerintah menyiapkan Rp 5 triliun untuk bansos.", "id", 5e12, "IDR"),
        ("Bank Dunia meminjamkan US$3 miliar tahun ini.", "id", 3e9, "USD"),
        ("Harga tiket Rp5.000 saja.", "id", 5000, "IDR"),
        ("Biayanya Rp 500 ribu rupiah per orang.", "id", 500_000, "IDR"),
        ("The deal is worth $3 billion.", "en", 3e9, "USD"),
        ("The club paid €2m for him.", "en", 2e6, "EUR"),
        ("Losses reached £1.2bn last year.", "en", 1.2e9, "GBP"),
        ("Il a coûté 2,5 millions d'euros.", "fr", 2.5e6, "EUR"),
        ("Das kostet 2,5 Milliarden Euro.", "de", 2.5e9, "EUR"),
        ("Custou R$ 2,5 bilhões ao governo.", "pt", 2.5e9, "BRL"),
        ("Это стоило 2,5 млрд рублей.", "ru", 2.5e9, "RUB"),
        ("Kerajaan membelanjakan RM2.5 bilion.", "ms", 2.5e9, "MYR"),
    ],
)
def test_money(text: str, language: str, value: float, currency: str) -> None:
    f = only(text, language)
    assert f.kind == "money"
    assert f.currency == currency
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "value", "qualifier"),
    [
        ("Inflasi naik 2,5 persen bulan lalu.", "id", 2.5, None),
        ("Nearly 40% voted for him.", "en", 40, "Nearly"),
        ("Sie wuchs um rund 12 Prozent.", "de", 12, "rund"),
        ("Il y a 12 % de chômage.", "fr", 12, None),
        ("Subió un 12 por ciento.", "es", 12, None),
        ("Kira-kira 12 peratus pengundi.", "ms", 12, "Kira-kira"),
    ],
)
def test_percentages(text: str, language: str, value: float, qualifier: str | None) -> None:
    f = only(text, language)
    assert (f.kind, f.unit, f.value, f.qualifier) == ("percent", "%", value, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "low", "high", "unit"),
    [
        ("Sekitar 3.000-5.000 orang hadir.", "id", 3000, 5000, "orang"),
        ("Between 10 and 20 people were hurt.", "en", 10, 20, "people"),
        ("From 3 to 5 million people will vote.", "en", 3e6, 5e6, "people"),
        ("Antara 10 dan 20 persen warga menolak.", "id", 10, 20, "%"),
        ("Puluhan ribu warga mengungsi.", "id", 10_000, 99_000, "warga"),
        ("Tens of thousands of people marched.", "en", 10_000, 99_000, "people"),
        # the currency written again before the second number: one range
        ("Tiketnya dijual Rp 200 ribu sampai Rp 2 juta.", "id", 200_000, 2e6, "IDR"),
        ("Nilai kontraknya US$ 2 miliar hingga US$ 4 miliar.", "id", 2e9, 4e9, "USD"),
    ],
)
def test_ranges(text: str, language: str, low: float, high: float, unit: str) -> None:
    f = only(text, language)
    assert (f.value, f.value_max, f.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("Sedikitnya 17 orang tewas.", "id", "Sedikitnya"),
        ("Lebih dari 1,2 juta jiwa terdampak.", "id", "Lebih dari"),
        ("Hampir 200 rumah rusak.", "id", "Hampir"),
        ("Kurang dari 50 siswa lulus.", "id", "Kurang dari"),
        ("Setidaknya ada 3.000 tentara di sana.", "id", "Setidaknya"),
        ("More than 500 homes were destroyed.", "en", "More than"),
        ("Up to 10,000 troops are ready.", "en", "Up to"),
        ("Au moins 3 000 soldats sont arrivés.", "fr", "Au moins"),
        ("Mindestens 3.000 Soldaten sind dort.", "de", "Mindestens"),
        ("Al menos 3.000 soldados llegaron.", "es", "Al menos"),
        ("Pelo menos 3.000 soldados chegaram.", "pt", "Pelo menos"),
        ("Не менее 3 000 солдат прибыли.", "ru", "Не менее"),
    ],
)
def test_qualifiers_as_written(text: str, language: str, qualifier: str) -> None:
    assert only(text, language).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Harga naik pada tahun 2024 dan turun di 2025.", "id"),
        ("In 2024 the war went on.", "en"),
        ("Rapat digelar 24 Oktober lalu.", "id"),
        ("Rapat digelar pada 24/10/2024 di Jakarta.", "id"),
        ("Ia tiba Senin (27/3) di Jakarta.", "id"),
        ("Acara dimulai pukul 10.00 WIB.", "id"),
        ("The meeting starts at 10:30 a.m. on October 24, 2024.", "en"),
        ("He called at 9 pm.", "en"),
        ("Hubungi 0812-3456-7890 atau (021) 555-1234.", "id"),
        ("Call +1 202 555 0143 today.", "en"),
        ("1. Pertama, kita bahas.\n2. Kedua, kita putuskan.", "id"),
        ("Ia tinggal di Jl. Sudirman No. 5 bersama keluarganya.", "id"),
        ("Pasal 5 ayat 2 mengatur hal itu.", "id"),
        ("Perang Dunia II berakhir dan abad ke-21 dimulai.", "id"),
        ("COVID-19 menyebar, F-16 terbang, G20 bertemu, MH370 hilang.", "id"),
        ("Era 1990-an sudah lewat.", "id"),
        ("He finished 3rd in the 21st century race.", "en"),
        ("Skor akhir 3-0 untuk Persija.", "id"),
        ("The Thunderbolt 3 adapter and type 2 responses.", "en"),
        ("Flight 370 vanished over the sea.", "en"),
        ("Versi 1.2.3 dirilis untuk iOS 17.", "id"),
        ("Am 24. Oktober 2024 um 10 Uhr.", "de"),
        ("Le 24 octobre 2024, à 10 h.", "fr"),
        ("El 24 de octubre de 2024.", "es"),
        ("24 октября 2024 года.", "ru"),
        ("Police questioned hundreds of them on Monday.", "en"),  # "them" counts nothing
    ],
)
def test_not_figures(text: str, language: str) -> None:
    assert find_figures(text, language) == [], [f.text for f in find_figures(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Dua juta warga mengungsi.", "id", 2e6, "warga"),
        ("Sejuta orang kehilangan rumah.", "id", 1e6, "orang"),
        ("Kerugian mencapai tiga triliun rupiah.", "id", 3e12, "IDR"),
        ("Two million people fled.", "en", 2e6, "people"),
        ("The deal is worth three billion dollars.", "en", 3e9, "USD"),
        ("Deux millions de personnes ont fui.", "fr", 2e6, None),
    ],
)
def test_spelled_out_amounts(text: str, language: str, value: float, unit: str | None) -> None:
    f = only(text, language)
    assert f.value == value
    if unit is not None:
        assert f.unit == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ada seribu satu alasan untuk itu.", "id"),
        ("Dua hal sudah jelas.", "id"),
        ("One of them left early.", "en"),
    ],
)
def test_number_words_alone_are_not_figures(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize("language", [None, "sv", "cs"])
def test_unlisted_language_still_reads_digits(language: str | None) -> None:
    assert only("Almeno 3.000 soldati", language).value == 3000
    assert only("At least 3,000 soldiers", language).value == 3000
    assert only("Il 2,5 %", language).value == 2.5


def test_measures_are_marked() -> None:
    f = only("The comet passed 5,150 km away.", "en")
    assert (f.kind, f.unit) == ("measure", "km")


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                *"0123456789 .,-/:%$€()\n",
                *("Rp", "ribu", "juta", " tentara", " at least ", "persen", "Oktober"),
                *("2024", "antara ", " dan ", "m", "bn", "pukul "),
            ]
        ),
        max_size=30,
    ).map("".join),
    language=st.sampled_from(["id", "en", "fr", "de", "ru", "ms", None]),
)
def test_property_spans_are_exact(text: str, language: str | None) -> None:
    for figure in find_figures(text, language):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=120), language=st.sampled_from(["id", "en", "es", "pt", None]))
def test_property_random_unicode(text: str, language: str | None) -> None:
    for figure in find_figures(text, language):
        assert text[figure.start : figure.end] == figure.text


# Real English articles from ../shared/bench/article-extraction (read at run time). Our own
# annotation: article id prefix → every figure (text, value, qualifier) a reader would list.
ENGLISH_FIGURES: dict[str, list[tuple[str, float, str | None]]] = {
    "156770d676ce": [
        ("$449,000", 449_000, "roughly"),
        ("3.8 percent", 3.8, None),
        ("3 percent", 3, None),
        ("964,000 people", 964_000, None),
        ("0.4 percent", 0.4, "about"),
    ],
    "1ace8c85aaee": [
        ("$5.9 million", 5.9e6, None),
        ("$8 billion", 8e9, "up to"),
        ("$200 million", 2e8, None),
    ],
    "06e5123e4ef7": [
        ("thousands of employees", 1000, None),
        ("$6 million", 6e6, "almost"),
        ("$6.5 billion", 6.5e9, None),
        ("$3 billion", 3e9, None),
        ("$1 billion", 1e9, None),
        ("4,000 jobs", 4000, None),
        ("12,500 employees", 12_500, None),
        ("16.057%", 16.057, None),
    ],
    "1ee91d1fce65": [
        ("200", 200, "Some"),
        ("55-kilometer", 55, None),  # "a 55-kilometer “de-confliction zone”"
        ("1.4 million Syrian refugees", 1.4e6, "more than"),
        ("40,000", 40_000, "around"),
    ],
    "264dc3ae3124": [
        ("15,522", 15_522, None),
        ("18 games", 18, None),
        ("10 games", 10, None),
        ("10 games", 10, None),
        ("30 shots", 30, None),
    ],
}


def _english_body(shared_dir: Path, prefix: str) -> str:
    truth = json.loads(
        (shared_dir / "bench" / "article-extraction" / "ground-truth.json").read_text("utf-8")
    )
    (key,) = [k for k in truth if k.startswith(prefix)]
    return str(truth[key]["articleBody"])


@pytest.mark.parametrize("prefix", sorted(ENGLISH_FIGURES))
def test_real_english_articles(shared_dir: Path, prefix: str) -> None:
    body = _english_body(shared_dir, prefix)
    figures = extract_figures(article_of(body, "en"), [])
    assert [(f.text, f.value, f.qualifier) for f in figures] == [
        (text, pytest.approx(value), qualifier)
        for text, value, qualifier in ENGLISH_FIGURES[prefix]
    ]


def test_real_english_sports_scores_are_not_figures(shared_dir: Path) -> None:
    body = _english_body(shared_dir, "0d46122928b6")  # Davis Cup report full of 6-4, 7-6 (5)
    texts = [f.text for f in extract_figures(article_of(body, "en"), [])]
    # "nearly eight hours to complete the series": a hedged count, not a score
    assert texts == ["eight hours", "18 teams", "12,000", "15 meetings"]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Rumah sakit itu menerima 18 tenaga kesehatan baru.", "id", "tenaga kesehatan"),
        ("Pemerintah mendata 75 kepala keluarga di desa itu.", "id", "kepala keluarga"),
        ("Kapal itu membawa 9 warga negara asing.", "id", "warga negara asing"),
        ("The charity flew in 14 health workers overnight.", "en", "health workers"),
    ],
)
def test_a_fixed_compound_is_the_whole_unit(text: str, language: str, unit: str) -> None:
    figure = only(text, language)
    assert figure.unit == unit
    assert figure.text.endswith(unit) and text[figure.start : figure.end] == figure.text


def test_a_compound_head_alone_stays_one_word() -> None:
    # "tenaga" opens compounds, but "tenaga cadangan" is none of them
    assert only("Mereka menambah 6 tenaga cadangan.", "id").unit == "tenaga"
    assert only("Lahan seluas 4 meter persegi ditanami.", "id").kind == "measure"


# A model's number is no count (our own sentences).


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a small number after a name ends the name; a larger one with no noun after it
        ("Engineers said the Boeing 787 had a fault in its wiring.", "en"),
        ("Ponsel Redmi 12 dijual mulai pekan depan di Jakarta.", "id"),
        # in English more than one takes a plural noun: a singular one names a model
        ("The 777 program has faced delays in its testing phase.", "en"),
        ("Two crashes of its popular 737 Max jet shook the airline.", "en"),
        ("The 180 page publication comes out in May.", "en"),
    ],
)
def test_a_models_number_is_no_figure(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        # the count reads past a model's name to its noun
        ("The airline ordered 30 Boeing 787 jets on Wednesday.", "en", 30, "jets"),
        # a grouped number counts even before a singular modifier, without a unit
        ("The deal covers close to 1,000 maintenance and cleaning workers.", "en", 1000, None),
        # plurals without an s, units and abbreviations, a people
        ("About 40 police were sent to the port.", "en", 40, "police"),
        ("The engine makes 176 hp at full speed.", "en", 176, "hp"),
        ("More than 600,000 Israelis live in settlements.", "en", 600000, "Israelis"),
        # a name that owns the number does not end in it
        ("The RAV4 Hybrid's 176 hp engine is quiet.", "en", 176, "hp"),
        ("Europa is one of Jupiter's 79 moons.", "en", 79, "moons"),
        # after a name, a percentage or an amount is still a figure; so is a list item
        ("Destinasi utama itu Bali 40 persen, kedua Jakarta 30 persen.", "id", 40, "%"),
        ("Spesifikasi ponsel:\n- Bobot 189 gram\n", "id", 189, "gram"),
        # a larger number after a name is a count (a review's probes)
        ("Officials said that in Gaza 300 people fled overnight.", "en", 300, "people"),
        ("Korban meninggal di Lombok 387 orang.", "id", 387, "orang"),
        ("Jawa Timur 640 kasus dan DKI Jakarta 520 kasus.", "id", 640, "kasus"),
        ("Di TPS 05 Anies 210 suara, Ahok 150 suara.", "id", 210, "suara"),
        ("Labour won 411 seats and the Conservatives 121 seats.", "en", 411, "seats"),
        # plurals without an s, people counted by an adjective, units in the singular
        ("Police said 12 gunmen attacked the convoy.", "en", 12, "gunmen"),
        ("The blast left 12 dead and 40 injured.", "en", 12, "dead"),
        ("Flames burned 5 hectare of forest near the village.", "en", 5, "hectare"),
        ("Drivers parked 12 taxis outside the station.", "en", 12, "taxis"),
        # a singular modifier before the plural it counts
        ("Biden won 306 electoral votes in the final tally.", "en", 306, "votes"),
        ("Rates were cut by 25 basis points.", "en", 25, "points"),
    ],
)
def test_counts_that_stay(text: str, language: str, value: float, unit: str | None) -> None:
    found = find_figures(text, language)
    assert found
    assert (found[0].value, found[0].unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "qualifier"),
    [
        ("Exports were worth about C$3.2 billion last year.", "en", 3.2e9, "CAD", "about"),
        ("Rents reached 176 Hong Kong dollars a month.", "en", 176, "HKD", None),
        ("The state released 2 billion lira in aid.", "en", 2e9, "TRY", None),
        ("La cesta acumula una subida superior al 30% desde 2021.", "es", 30, "%", "superior al"),
        ("La inflación podría cerrar el año cerca del 2%.", "es", 2, "%", "cerca del"),
        ("A inflação ficou acima de 5% no ano.", "pt", 5, "%", "acima de"),
    ],
)
def test_more_currencies_and_qualifiers(
    text: str, language: str, value: float, unit: str, qualifier: str | None
) -> None:
    figure = only(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Para consultas, el organismo mantiene el teléfono 91 583 91 00.", "es"),
        ("Call the hotline 1 800 273 8255 for help.", "en"),
        ("Hubungi telepon 0751 7051234 untuk bantuan.", "id"),
    ],
)
def test_a_phone_number_is_no_figure(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "qualifier"),
    [
        ("At least seven soldiers died in the attack.", "en", 7, "soldiers", "At least"),
        ("Sedikitnya tujuh tentara tewas dalam serangan itu.", "id", 7, "tentara", "Sedikitnya"),
        ("Lebih dari dua belas warga luka-luka.", "id", 12, "warga", "Lebih dari"),
        ("Mindestens vier Menschen starben bei dem Unfall.", "de", 4, "Menschen", "Mindestens"),
        ("Au moins sept soldats ont été tués.", "fr", 7, "soldats", "Au moins"),
        ("Al menos siete soldados murieron.", "es", 7, "soldados", "Al menos"),
        ("The outbreak affected nearly three dozen migrants.", "en", 36, "migrants", "nearly"),
        ("Two hundred people marched to the square.", "en", 200, "people", None),
    ],
)
def test_a_hedged_or_multiplied_number_word_is_a_figure(
    text: str, language: str, value: float, unit: str, qualifier: str | None
) -> None:
    """A number word before its counted noun after a qualifier is a count the writer
    hedges (``at least seven soldiers``); ``dozen`` and ``hundred`` multiply."""
    figure = only(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two issues came up after the meeting.", "en"),
        ("One of them said the plan would fail.", "en"),
        ("Dua pilihan tersedia bagi pemerintah.", "id"),
        ("The two leaders met on Monday.", "en"),
        ("Les deux pays ont signé l'accord.", "fr"),
        ("Seven of the nine members backed the plan.", "en"),
        ("Persela naik ke peringkat sepuluh klasemen.", "id"),
        ("The talks were described by two people familiar with the matter.", "en"),
        ("He spent three years abroad.", "en"),
        ("Die Arbeiten dauern zwölf Monate.", "de"),
        ("Es kam zu mehreren hundert Einsätzen.", "de"),
    ],
)
def test_a_lone_number_word_without_a_qualifier_is_no_figure(text: str, language: str) -> None:
    """Without a qualifier a number word is a figure only when it counts people, ten or
    more of something other than time, or a prison sentence (see
    ``test_a_spelled_out_prison_sentence_is_a_figure``), and never when it points back
    at things already named (``the two leaders``) or at a rank (``peringkat sepuluh``)."""
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("More than three hundred thousand people were displaced.", "en", 300_000),
        ("Two hundred and fifty homes were destroyed.", "en", 250),
        ("Unas tres docenas de vecinos protestaron.", "es", 36),
        ("Rund drei Dutzend Demonstranten kamen zum Rathaus.", "de", 36),
        ("Près de trois cents personnes ont été évacuées.", "fr", 300),
        ("Sekitar tiga ratus orang mengungsi ke balai desa.", "id", 300),
        ("About a dozen people were hurt.", "en", 12),
    ],
)
def test_spelled_out_numbers_read_whole(text: str, language: str, value: float) -> None:
    """A multiplier after a multiplier multiplies, ``and fifty`` adds, and ``dozen``,
    ``ratus``, ``cents`` are multipliers, never the counted noun."""
    assert only(text, language).value == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("More than two thirds of the budget goes to salaries.", "en"),
        ("Über zwei Drittel der Befragten lehnen den Plan ab.", "de"),
        ("She has visited the region nearly a dozen times.", "en"),
        ("He said he was a hundred percent sure of the result.", "en"),
        ("There are a hundred reasons to doubt the plan.", "en"),
        ("Over two decades, the city doubled in size.", "en"),
    ],
)
def test_fractions_frequencies_and_manners_of_speaking_are_no_figures(
    text: str, language: str
) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least twenty-five people were killed.", 25),
        ("Nearly ninety soldiers were wounded.", 90),
        ("Some seventy-two million dollars were lost.", 72_000_000),
    ],
)
def test_english_tens_and_hyphenated_number_words(text: str, value: float) -> None:
    assert only(text, "en").value == value


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "qualifier"),
    [
        ("Погибли не менее трёх человек.", "ru", 3, "человек", "не менее"),
        ("Около двадцати пяти человек получили ранения.", "ru", 25, "человек", "Около"),
        ("Власти выделили около двухсот миллионов рублей.", "ru", 200_000_000, "RUB", "около"),
        ("В больницу доставили около десятка пострадавших.", "ru", 10, "пострадавших", "около"),
        ("Unos treinta y cinco bomberos acudieron al lugar.", "es", 35, "bomberos", "Unos"),
        ("Cerca de trinta e dois bombeiros foram mobilizados.", "pt", 32, "bombeiros", "Cerca de"),
        ("Près de vingt-cinq pompiers sont intervenus.", "fr", 25, "pompiers", "Près de"),
        ("Rund dreißig Feuerwehrleute waren im Einsatz.", "de", 30, "Feuerwehrleute", "Rund"),
    ],
)
def test_teens_tens_and_inflected_number_words(
    text: str, language: str, value: float, unit: str, qualifier: str
) -> None:
    """Number words past ten, a tens word with its units (``treinta y cinco``,
    ``vingt-cinq``, ``двадцати пяти``) and Russian case forms (``трёх``, ``двухсот``)."""
    figure = only(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit", "qualifier"),
    [
        ("Une dizaine de personnes ont été blessées.", "fr", 10, "personnes", "environ"),
        ("Plus d'une centaine d'enfants ont été évacués.", "fr", 100, "enfants", "Plus de"),
        ("Un centenar de vecinos se manifestaron.", "es", 100, "vecinos", "unos"),
        ("Uma dezena de pessoas ficaram feridas.", "pt", 10, "pessoas", "cerca de"),
    ],
)
def test_approximate_number_nouns_count_as_about(
    text: str, language: str, value: float, unit: str, qualifier: str
) -> None:
    """``une dizaine de``, ``un centenar de``: about ten, about a hundred — the figure
    says so when the text gives no qualifier of its own."""
    figure = only(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("El gobierno repartió tres millones de mascarillas.", "es", 3_000_000, "mascarillas"),
        ("Le gouvernement a promis trois millions de masques.", "fr", 3_000_000, "masques"),
        ("Mais 2 milhões de doses chegam em abril.", "pt", 2_000_000, "doses"),
    ],
)
def test_a_multiplier_counts_the_noun_after_de(
    text: str, language: str, value: float, unit: str
) -> None:
    """The counted noun after ``de`` (``trois millions de masques``), and one figure: the
    number word's, not also a vague ``millones de``."""
    figure = only(text, language)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_quarantine_is_no_figure() -> None:
    assert find_figures("Le navire a été placé en quarantaine pendant une quarantaine.", "fr") == []


@pytest.mark.parametrize(
    ("text", "language", "value", "unit"),
    [
        ("Police arrested twelve people on Monday.", "en", 12, "people"),
        ("Three people have died during the protests.", "en", 3, "people"),
        ("Polisi menangkap tiga orang tersangka.", "id", 3, "orang"),
        ("Sebelas pasien meninggal dunia.", "id", 11, "pasien"),
        ("Maskapai mendatangkan sepuluh pesawat baru.", "id", 10, "pesawat"),
        ("L'incendie a fait trois blessés légers.", "fr", 3, "blessés"),
        ("Dabei wurden zwei Feuerwehrleute leicht verletzt.", "de", 2, "Feuerwehrleute"),
        ("Пострадали трое человек.", "ru", 3, "человек"),
        ("Faltam dezessete rodadas para o fim.", "pt", 17, "rodadas"),
    ],
)
def test_a_number_word_counting_people_or_ten_and_more_is_a_figure(
    text: str, language: str, value: float, unit: str
) -> None:
    """Press style spells small numbers out: "twelve people", "trois blessés" are the
    headline counts, hedged or not."""
    figure = only(text, language)
    assert (figure.value, figure.unit, figure.qualifier) == (value, unit, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three people with knowledge of the talks said the deal was close.", "en"),
        ("Zwei Personen aus Regierungskreisen sagten, die Entscheidung sei gefallen.", "de"),
        ("Dua orang sumber yang mengetahui pembicaraan itu mengatakan kesepakatan rampung.", "id"),
        ("Два человека, знакомых с ситуацией, сообщили, что сделка отложена.", "ru"),
        ("One in ten adults has no savings.", "en"),
        ("El club Once Caldas ganó el torneo.", "es"),
        ("Die deutsche Elf gewann das Spiel.", "de"),
        ("Veinticinco resultaron heridos en el accidente de ayer.", "es"),
        ("The meeting starts at eleven o'clock.", "en"),
    ],
)
def test_unhedged_number_words_that_are_no_count(text: str, language: str) -> None:
    """Unnamed sources, a ratio, a name written with a number word, a verb after the
    number and a clock time are no figures of their own."""
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("He served three years in prison.", "en", [("three years", 3.0)]),
        ("A court sentenced him to seven years in prison.", "en", [("seven years", 7.0)]),
        (
            "Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert.",
            "de",
            [("sieben Jahre", 7.0)],
        ),
        ("Le parquet a requis cinq ans d'emprisonnement.", "fr", [("cinq ans", 5.0)]),
        ("Fue condenado a ocho años de prisión.", "es", [("ocho años", 8.0)]),
        ("Суд приговорил его к девяти годам колонии.", "ru", [("девяти годам", 9.0)]),
        ("Ia divonis lima tahun penjara.", "id", [("lima tahun", 5.0)]),
        ("He waited eight years for the verdict.", "en", []),  # time, no sentence
    ],
)
def test_a_spelled_out_prison_sentence_is_a_figure(
    text: str, language: str, expected: list[tuple[str, float]]
) -> None:
    """Digits ("7 years in prison") were already figures; the words now are too."""
    assert [(f.text, f.value) for f in find_figures(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "literal"),
    [
        ("Sales fell eleven percent in May.", "en", "eleven percent"),
        ("Penjualan turun sebelas persen pada Mei.", "id", "sebelas persen"),
        ("Ein Umsatzrückgang von elf Prozent.", "de", "elf Prozent"),
        ("Les ventes ont baissé de onze pour cent.", "fr", "onze pour cent"),
        ("Las ventas cayeron un once por ciento.", "es", "once por ciento"),
        ("As vendas caíram onze por cento.", "pt", "onze por cento"),
        ("Продажи упали на одиннадцать процентов.", "ru", "одиннадцать процентов"),
    ],
)
def test_a_number_word_before_a_percent_word_is_a_percentage(
    text: str, language: str, literal: str
) -> None:
    found = extract_figures(article_from_text(text, language))
    assert [(f.text, f.value, f.unit) for f in found] == [(literal, 11.0, "%")]


def test_a_fraction_word_is_still_no_figure() -> None:
    assert extract_figures(article_from_text("Two thirds of staff left.", "en")) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The rain fell for 24 hours.", "en", ["24 hours"]),
        ("La grève a duré 12 heures.", "fr", ["12 heures"]),
        ("La huelga duró 24 horas.", "es", ["24 horas"]),
        ("Забастовка длилась 12 часов.", "ru", ["12 часов"]),
        # when, not how long
        ("The attack began at 4 hours local time.", "en", []),
        ("Le vote commence à 8 heures.", "fr", []),
        ("Встреча начнется в 12 часов.", "ru", []),
    ],
)
def test_hours_are_a_duration_unless_a_clock_word_comes_before(
    text: str, language: str, expected: list[str]
) -> None:
    assert [f.text for f in find_figures(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Заседание продлится до 18 часов, сказал спикер.", "ru"),
        ("Les bureaux de vote fermeront jusqu'à 18 heures.", "fr"),
    ],
)
def test_until_a_clock_time_is_no_duration(text: str, language: str) -> None:
    assert find_figures(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the Arabic percent sign, with Arabic-Indic digits
        ("وارتفعت الأسعار بنسبة ١٥٪ خلال العام", "ar", ("١٥٪", 15.0, "%")),
        # a Devanagari noun keeps its vowel signs (they are no \w)
        ("सरकार ने कहा कि 3,000 सैनिक सीमा पर पहुंचे।", "hi", ("3,000 सैनिक", 3000.0, "सैनिक")),
        # Thai writes no spaces between words: the run after a number is no noun
        ("ทหาร 3,000 นายเดินทางถึงชายแดน", "th", ("3,000", 3000.0, None)),
    ],
)
def test_numbers_in_other_scripts(
    text: str, language: str, expected: tuple[str, float, str | None]
) -> None:
    figure = only(text, language)
    assert (figure.text, figure.value, figure.unit) == expected


def test_a_fall_between_two_amounts_keeps_both() -> None:
    # the currency repeated makes a range only when the second amount is the larger
    text = "Its value was cut from $30 billion to $9 billion last year."
    found = [(f.value, f.value_max) for f in find_figures(text, "en")]
    assert found == [(30e9, None), (9e9, None)]
