"""Dates: absolute and relative mentions, resolved against the article's date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis.dates import extract_dates
from briefing.analysis.suggestions import DateMention
from briefing.core.model import Article, LanguageGuess, Origin, Paragraph


def article_of(text: str, language: str | None, published: date | None = None) -> Article:
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
        published=published,
    )


def dates(text: str, language: str | None, published: date | None = None) -> list[DateMention]:
    found = extract_dates(article_of(text, language, published), [])
    for d in found:
        assert text[d.start : d.end] == d.text
    return found


THURSDAY = date(2024, 10, 24)


def test_seed_article_dates(seed_article_path: Path) -> None:
    text = seed_article_path.read_text(encoding="utf-8")
    gold = json.loads((seed_article_path.parent / "gold.json").read_text(encoding="utf-8"))
    found = {(d.text, d.value, d.absolute) for d in dates(text, "id")}
    expected = {(g["text"], g["value"], g["absolute"]) for g in gold["dates"]}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "language", "span", "value"),
    [
        (
            "Rapat digelar Kamis 24 Oktober 2024 di Jakarta.",
            "id",
            "Kamis 24 Oktober 2024",
            "2024-10-24",
        ),
        ("Rapat digelar Kamis, 24 Oktober 2024.", "id", "Kamis, 24 Oktober 2024", "2024-10-24"),
        ("Surat itu bertanggal 24/10/2024.", "id", "24/10/2024", "2024-10-24"),
        ("It happened on October 24, 2024, in Kyiv.", "en", "October 24, 2024", "2024-10-24"),
        ("It happened on 24 Oct 2024 in Kyiv.", "en", "24 Oct 2024", "2024-10-24"),
        ("Released 2024-10-24 by the ministry.", "en", "2024-10-24", "2024-10-24"),
        ("Updated 2024-10-24T10:00:00Z by the desk.", "en", "2024-10-24", "2024-10-24"),
        ("Le jeudi 24 octobre 2024, il a parlé.", "fr", "jeudi 24 octobre 2024", "2024-10-24"),
        ("Am 24. Oktober 2024 sprach er.", "de", "24. Oktober 2024", "2024-10-24"),
        ("El 24 de octubre de 2024 habló.", "es", "24 de octubre de 2024", "2024-10-24"),
        ("Em 24 de outubro de 2024 falou.", "pt", "24 de outubro de 2024", "2024-10-24"),
        ("24 октября 2024 года он выступил.", "ru", "24 октября 2024 года", "2024-10-24"),
        ("Pada 24 Oktober 2024 kerajaan bersidang.", "ms", "24 Oktober 2024", "2024-10-24"),
        ("Laporan Oktober 2024 menyebut hal itu.", "id", "Oktober 2024", "2024-10"),
    ],
)
def test_absolute_dates(text: str, language: str, span: str, value: str) -> None:
    found = dates(text, language)
    assert [(d.text, d.value, d.absolute) for d in found] == [(span, value, True)]


@pytest.mark.parametrize(
    ("text", "language", "span", "value"),
    [
        ("Sebelumnya pada hari Rabu, ia bicara.", "id", "hari Rabu", "2024-10-23"),
        ("Ia bicara pada hari Kamis.", "id", "hari Kamis", "2024-10-24"),
        ("Ia bicara pada hari Senin.", "id", "hari Senin", "2024-10-21"),
        ("Pernyataan itu keluar hari Jumat.", "id", "hari Jumat", None),
        ("Ia tiba kemarin di Jakarta.", "id", "kemarin", "2024-10-23"),
        ("Harga naik bulan ini.", "id", "bulan ini", "2024-10"),
        ("Harga naik bulan lalu.", "id", "bulan lalu", "2024-09"),
        ("Harga naik tahun lalu.", "id", "tahun lalu", "2023"),
        ("Ia bicara pekan lalu.", "id", "pekan lalu", None),
        ("Ia tiba Senin (21/10) di Jakarta.", "id", "Senin (21/10)", "2024-10-21"),
        ("He spoke on Wednesday in Rome.", "en", "Wednesday", "2024-10-23"),
        ("He arrived yesterday.", "en", "yesterday", "2024-10-23"),
        ("Prices rose last week.", "en", "last week", None),
        ("Prices rose last month.", "en", "last month", "2024-09"),
        ("Er kam gestern an.", "de", "gestern", "2024-10-23"),
        ("Il est arrivé hier.", "fr", "hier", "2024-10-23"),
        ("Llegó ayer a Madrid.", "es", "ayer", "2024-10-23"),
        ("Chegou ontem a Lisboa.", "pt", "ontem", "2024-10-23"),
        ("Он прибыл вчера.", "ru", "вчера", "2024-10-23"),
        ("Dia tiba semalam.", "ms", "semalam", "2024-10-23"),
        (
            "Antara awal hingga pertengahan Oktober mereka pindah.",
            "id",
            "awal hingga pertengahan Oktober",
            "2024-10",
        ),
        ("Troops moved in early October.", "en", "early October", "2024-10"),
    ],
)
def test_relative_dates_resolve_against_publication(
    text: str, language: str, span: str, value: str | None
) -> None:
    found = dates(text, language, THURSDAY)
    assert [(d.text, d.value, d.absolute) for d in found] == [(span, value, False)]


def test_reference_falls_back_to_a_date_in_the_text() -> None:
    text = "Jakarta, Kamis 24 Oktober 2024. Menteri bicara hari Rabu dan kemarin."
    found = {d.text: d.value for d in dates(text, "id")}
    assert found == {
        "Kamis 24 Oktober 2024": "2024-10-24",
        "hari Rabu": "2024-10-23",
        "kemarin": "2024-10-23",
    }


def test_without_any_reference_relative_dates_have_no_value() -> None:
    found = dates("Menteri bicara hari Rabu dan kemarin, bulan ini.", "id")
    assert [d.text for d in found] == ["hari Rabu", "kemarin", "bulan ini"]
    assert all(d.value is None and not d.absolute for d in found)


def test_day_month_without_year_takes_the_reference_year() -> None:
    found = dates("Sidang digelar 3 Januari lalu.", "id", date(2025, 1, 20))
    assert [(d.text, d.value, d.absolute) for d in found] == [
        ("3 Januari lalu", "2025-01-03", False)
    ]
    found = dates("Sidang digelar 30 Desember lalu.", "id", date(2025, 1, 20))
    assert [d.value for d in found] == ["2024-12-30"]


def test_common_words_are_not_dates() -> None:
    assert dates("Ia menunggu dua minggu. They may march. Jan Kowalski datang.", "id") == []
    assert dates("You may say so. Mark will march.", "en") == []


def test_impossible_dates_have_no_value() -> None:
    found = dates("Tanggal 31/02/2024 tidak ada.", "id")
    assert [(d.text, d.value) for d in found] == [("31/02/2024", None)]


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                *"0123456789 /.-(),\n",
                *("hari ", "Rabu", "Kamis", "Oktober", "October", "2024", "Senin"),
                *("bulan ini", "pekan lalu", "awal ", " hingga ", "kemarin", "yesterday"),
            ]
        ),
        max_size=30,
    ).map("".join),
    language=st.sampled_from(["id", "en", "fr", "de", "ru", None]),
    published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
)
def test_property_spans_are_exact(text: str, language: str | None, published: date | None) -> None:
    found = extract_dates(article_of(text, language, published), [])
    previous_end = 0
    for d in found:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert d.start >= previous_end
        previous_end = d.end


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=120), language=st.sampled_from(["id", "en", "pt", None]))
def test_property_random_unicode(text: str, language: str | None) -> None:
    for d in extract_dates(article_of(text, language, THURSDAY), []):
        assert text[d.start : d.end] == d.text


def test_weekday_just_before_a_monday_is_resolved() -> None:
    found = dates(
        "Officials met on Sunday and again on Friday; Tuesday was quiet.", "en", date(2019, 11, 18)
    )
    assert [(d.text, d.value) for d in found] == [
        ("Sunday", "2019-11-17"),
        ("Friday", "2019-11-15"),
        ("Tuesday", None),  # six days back or tomorrow: no cue says which
    ]
    found = dates(
        "Officials met on Sunday; a vote will follow on Tuesday.", "en", date(2019, 11, 18)
    )
    assert [(d.text, d.value) for d in found] == [
        ("Sunday", "2019-11-17"),
        ("Tuesday", "2019-11-19"),
    ]


def _english_body(shared_dir: Path, prefix: str) -> str:
    truth = json.loads(
        (shared_dir / "bench" / "article-extraction" / "ground-truth.json").read_text("utf-8")
    )
    (key,) = [k for k in truth if k.startswith(prefix)]
    return str(truth[key]["articleBody"])


def test_real_english_article_body_dates_are_no_reference(shared_dir: Path) -> None:
    # Al Jazeera, no publication date given: "September 11, 2001" deep in the body is an
    # event, so "last night" must not become 2001-09-10; relative dates stay unresolved.
    body = _english_body(shared_dir, "7916ecca969f")
    found = extract_dates(article_of(body, "en"), [])
    assert ("September 11, 2001", "2001-09-11") in [(d.text, d.value) for d in found]
    assert [d.value for d in found if not d.absolute] == [None] * (len(found) - 1)
    # The Hill: a tweet's "November 18, 2019" at line 18 is not the article's date either.
    body = _english_body(shared_dir, "156770d676ce")
    found = extract_dates(article_of(body, "en"), [])
    assert [(d.text, d.value) for d in found if not d.absolute] == [
        ("Monday", None),
        ("Monday night", None),
    ]


def test_real_english_article_with_publication_date(shared_dir: Path) -> None:
    # VentureBeat, published 2019-11-18 (a Monday, from its URL).
    body = _english_body(shared_dir, "06e5123e4ef7")
    found = extract_dates(article_of(body, "en", date(2019, 11, 18)), [])
    assert [(d.text, d.value) for d in found] == [
        ("this week", None),
        ("Monday", "2019-11-18"),
        ("September 30", "2019-09-30"),
        ("last month", "2019-10"),
        ("this week", None),
        ("Sunday", "2019-11-17"),
        ("June 30", "2019-06-30"),
        ("Friday", "2019-11-22"),  # "will be divulged in an all-company meeting on Friday"
        ("October 11", "2019-10-11"),
        ("last year", "2018"),
        ("Friday", "2019-11-15"),
        ("Monday", "2019-11-18"),
    ]


MONDAY = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "language", "span", "value"),
    [
        ("Sungai meluap pada Minggu malam.", "id", "Minggu malam", "2025-03-02"),
        ("Hujan turun sejak Sabtu sore.", "id", "Sabtu sore", "2025-03-01"),
        ("Air surut pada Senin pagi.", "id", "Senin pagi", "2025-03-03"),
        ("The levee broke on Sunday night.", "en", "Sunday night", "2025-03-02"),
        ("Polisi tiba hari Jumat malam.", "id", "hari Jumat malam", "2025-02-28"),
    ],
)
def test_a_weekday_with_a_part_of_the_day_resolves_like_the_weekday(
    text: str, language: str, span: str, value: str
) -> None:
    found = dates(text, language, MONDAY)
    assert [(d.text, d.value) for d in found] == [(span, value)]
    bare = dates(text.replace(span, span.rsplit(" ", 1)[0]), language, MONDAY)
    assert [d.value for d in bare] == [value]


def test_a_weekday_with_a_part_of_the_day_too_far_back_stays_unresolved() -> None:
    found = dates("Rapat digelar Selasa malam.", "id", MONDAY)
    assert [(d.text, d.value) for d in found] == [("Selasa malam", None)]


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [
        ("La votación fue el 24 de mayo.", "es", "24 de mayo"),
        ("Il a été publié le 2 septembre.", "fr", "2 septembre"),
        ("Rapat digelar pada 23 Juni.", "id", "23 Juni"),
        ("It was signed on Feb. 14 in Paris.", "en", "Feb. 14"),
        ("Votaron el 9 de feb. en Quito.", "es", "9 de feb."),
    ],
)
def test_a_sentence_full_stop_is_not_part_of_a_month_name(
    text: str, language: str, span: str
) -> None:
    """Only an abbreviation keeps its full stop (``Feb.``); ``mayo.`` ends the sentence."""
    assert [d.text for d in dates(text, language, THURSDAY)] == [span]


def _weekday_and_day(value: str | None) -> tuple[int, str] | None:
    return None if value is None else (date.fromisoformat(value).weekday(), value[5:])


def test_a_weekday_date_deep_in_the_body_resolves_without_a_dated_head() -> None:
    """An undated article whose head names no day: "Rabu (17/5)" in its fifth paragraph
    pins itself by its weekday and places the other dates around it."""
    filler = "Para menteri akan membahas kerja sama dagang di kawasan itu.\n"
    text = (
        filler * 4
        + "Ia bicara di Hanoi, Rabu (17/5). Pada Selasa ia tiba, dan 2 Mei lalu ia pergi."
    )
    found = {d.text: d.value for d in dates(text, "id")}
    assert _weekday_and_day(found["Rabu (17/5)"]) == (2, "05-17")
    assert _weekday_and_day(found["Selasa"]) == (1, "05-16")
    assert found["2 Mei lalu"] == found["Rabu (17/5)"][:5] + "05-02"  # type: ignore[index]


def test_a_part_of_the_day_between_weekday_and_date_is_the_same_day() -> None:
    found = dates(
        "Tim tetap bekerja, ujar Awang, Selasa malam (20/12). Hari ini tim bertemu.", "id"
    )
    assert [(d.text, _weekday_and_day(d.value)) for d in found] == [
        ("Selasa malam (20/12)", (1, "12-20")),
        ("Hari ini", (1, "12-20")),
    ]
