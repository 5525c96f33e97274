"""Datelines: recognised in front of the first paragraph, kept out of the body, and read
for the place and the publisher (made-up copy; real pages are read from /work/shared)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.ingest import import_clipboard
from briefing.ingest.datelines import (
    dateline_of,
    find_dateline,
    parse_dateline,
    publisher_for_tag,
)

STORY = "Pejabat kota mengatakan jembatan baru itu akan dibuka untuk umum pada bulan depan."
ENGLISH_STORY = "City officials said the new bridge would open to traffic early next month."


@pytest.mark.parametrize(
    ("head", "story", "written", "place", "tag", "publisher"),
    [
        ("WASHINGTON (AP) — ", ENGLISH_STORY, "WASHINGTON (AP) —", "Washington", "AP",
         "Associated Press"),
        ("LONDON (Reuters) - ", ENGLISH_STORY, "LONDON (Reuters) -", "London", "Reuters",
         "Reuters"),
        ("(Reuters) — ", ENGLISH_STORY, "(Reuters) —", None, "Reuters", "Reuters"),
        ("NEW YORK, Nov 5 (Reuters) - ", ENGLISH_STORY, "NEW YORK, Nov 5 (Reuters) -",
         "New York", "Reuters", "Reuters"),
        ("ST. JOSEPH, Mich. (AP) — ", ENGLISH_STORY, "ST. JOSEPH, Mich. (AP) —",
         "St. Joseph, Mich.", "AP", "Associated Press"),
        ("WINSTON-SALEM, N.C. (AP) — ", ENGLISH_STORY, "WINSTON-SALEM, N.C. (AP) —",
         "Winston-Salem, N.C.", "AP", "Associated Press"),
        ("BERLIN -- ", ENGLISH_STORY, "BERLIN --", "Berlin", None, None),
        ("Jakarta, CNN Indonesia -- ", STORY, "Jakarta, CNN Indonesia --", "Jakarta",
         "CNN Indonesia", "CNN Indonesia"),
        ("JAKARTA, KOMPAS.com - ", STORY, "JAKARTA, KOMPAS.com -", "Jakarta", "KOMPAS.com",
         "Kompas"),
        ("Rimanews-", STORY, "Rimanews-", None, "Rimanews", "Rimanews"),
        ("Rimanews - \u00a0 ", STORY, "Rimanews -", None, "Rimanews", "Rimanews"),
        ("Contoh.com-", STORY, "Contoh.com-", None, "Contoh.com", "Contoh"),
        ("JUARA.NET, TOKYO-", STORY, "JUARA.NET, TOKYO-", "Tokyo", "JUARA.NET", "Juara"),
        ("Bogor (ANTARA News) - ", STORY, "Bogor (ANTARA News) -", "Bogor", "ANTARA News",
         "Antara"),
        ("Singkil, Aceh, (ANTARA News) - ", STORY, "Singkil, Aceh, (ANTARA News) -",
         "Singkil, Aceh", "ANTARA News", "Antara"),
        ("Depok (Warta Contoh) - ", STORY, "Depok (Warta Contoh) -", "Depok", "Warta Contoh",
         "Warta Contoh"),
        ("SPANYOL–", STORY, "SPANYOL–", "Spanyol", None, None),
        # a date with its year
        ("BRUSSELS, March 6, 2025 — ", ENGLISH_STORY, "BRUSSELS, March 6, 2025 —", "Brussels",
         None, None),
        ("PARIS, 12 février 2025 — ", ENGLISH_STORY, "PARIS, 12 février 2025 —", "Paris",
         None, None),
        ("BERLIN, 6. März 2025 — ", ENGLISH_STORY, "BERLIN, 6. März 2025 —", "Berlin", None,
         None),
        ("MADRID, 18 de marzo de 2025 — ", ENGLISH_STORY, "MADRID, 18 de marzo de 2025 —",
         "Madrid", None, None),
        ("МОСКВА, 25 апреля 2025 — ", ENGLISH_STORY, "МОСКВА, 25 апреля 2025 —", "Москва",
         None, None),
        ("WASHINGTON, Oct. 24, 2024 (Reuters) - ", ENGLISH_STORY,
         "WASHINGTON, Oct. 24, 2024 (Reuters) -", "Washington", "Reuters", "Reuters"),
        # a weekday before the date; a ten-letter month; the Indonesian bracketed date
        ("CANBERRA, Wednesday 22 January 2025 — ", ENGLISH_STORY,
         "CANBERRA, Wednesday 22 January 2025 —", "Canberra", None, None),
        ("CANGAS DE ONÍS, 1 de septiembre de 2024 — ", ENGLISH_STORY,
         "CANGAS DE ONÍS, 1 de septiembre de 2024 —", "Cangas de Onís", None, None),
        ("PADANG, Kamis (24/10/2024) — ", STORY, "PADANG, Kamis (24/10/2024) —", "Padang",
         None, None),
        # the Spanish wire's own form: an abbreviated month and ".-" after the tag
        ("QUITO, 14 abr (EFE).- ", ENGLISH_STORY, "QUITO, 14 abr (EFE).-", "Quito", "EFE",
         "Agencia EFE"),
        ("Bogotá (EFE).- ", ENGLISH_STORY, "Bogotá (EFE).-", "Bogotá", "EFE", "Agencia EFE"),
        ("LISBOA, 3 fev 2025 (Lusa) - ", ENGLISH_STORY, "LISBOA, 3 fev 2025 (Lusa) -",
         "Lisboa", "Lusa", "Lusa"),
        # a paper reprinting wire copy writes the city in ordinary capitals, no tag
        ("Dekalb, Ill. — ", ENGLISH_STORY, "Dekalb, Ill. —", "Dekalb, Ill.", None, None),
        ("San Jose, Calif. - ", ENGLISH_STORY, "San Jose, Calif. -", "San Jose, Calif.",
         None, None),
        # an outlet tag keeps a story that lost its subject ("… -- kembali membuka …")
        ("Jakarta, CNN Indonesia -- ", "kembali " + STORY, "Jakarta, CNN Indonesia --",
         "Jakarta", "CNN Indonesia", "CNN Indonesia"),
    ],
)  # fmt: skip
def test_dateline_found_with_place_and_publisher(
    head: str,
    story: str,
    written: str,
    place: str | None,
    tag: str | None,
    publisher: str | None,
) -> None:
    paragraph = head + story
    found = find_dateline(paragraph)
    assert found is not None
    assert paragraph[found.end :] == story
    assert (found.text, found.place, found.tag, found.publisher) == (
        written,
        place,
        tag,
        publisher,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "COVID-19 cases rose again in the capital on Monday, officials said.",
        "Anti-government protesters marched through the capital on Sunday.",
        "KPK–Polri kembali bersitegang soal penyidik yang ditarik pekan lalu.",
        "BREAKING - The president has resigned, his office said on Monday.",
        "ABSTRACT — This paper measures how often harbour cranes fail in storms.",
        "Manchester United - Chelsea berakhir imbang tanpa gol di Old Trafford.",
        "Setelah menang 4-0, tim tamu kini bersiap menghadapi laga berikutnya.",
        "Pelaku, seorang pria - yang tidak dikenal - menembak dua orang warga.",
        "MADRID - the lower-case story is no story: no tag vouches for it here.",
        "Home - News - World",
        # a city in ordinary capitals needs its state's abbreviation to be a dateline
        "Paris, France — The city council met on Monday to discuss the budget.",
        "Chicago, Illinois - The city council met on Monday to discuss the budget.",
        "WASHINGTON (AP) — Short.",
        "U.S.-China trade talks resumed on Monday in Geneva, officials said.",
        # a numeric date needs a weekday before it, and one that is a weekday
        "PADANG, 24/10/2024 — Sedikitnya 12 orang tewas dan 27 lainnya hilang.",
        "PADANG, Nanti (24/10/2024) — Sedikitnya 12 orang tewas dan 27 hilang.",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_unknown_tags_name_themselves_and_known_ones_are_normalised() -> None:
    assert publisher_for_tag("associated  press") == "Associated Press"
    assert publisher_for_tag("kompas.com") == "Kompas"
    assert publisher_for_tag("CONTOHNEWS.CO.ID") == "Contohnews"
    assert publisher_for_tag("Harbour Gazette") == "Harbour Gazette"


def test_a_recorded_dateline_is_read_back() -> None:
    found = parse_dateline("HAYWARD, Calif. (AP) —")
    assert found is not None
    assert (found.place, found.publisher) == ("Hayward, Calif.", "Associated Press")
    assert parse_dateline("The president said") is None


@pytest.mark.parametrize(
    ("head", "story", "publisher", "place"),
    [
        ("Rimanews-", STORY, "Rimanews", None),
        ("Jakarta, CNN Indonesia -- ", STORY, "CNN Indonesia", "Jakarta"),
        ("JAKARTA, KOMPAS.com - ", STORY, "Kompas", "Jakarta"),
        ("WASHINGTON (AP) — ", ENGLISH_STORY, "Associated Press", "Washington"),
    ],
)
def test_import_keeps_the_dateline_out_of_the_text(
    head: str, story: str, publisher: str, place: str | None
) -> None:
    article = import_clipboard(head + story + "\n\n" + story)
    assert article.text.startswith(story)
    assert article.publisher == publisher
    assert [r.reason for r in article.removed].count("dateline") == 1
    found = dateline_of(article)
    assert found is not None
    assert (found.place, found.publisher) == (place, publisher)


def test_the_datelines_date_is_the_publication_date() -> None:
    """A dated dateline leaves the text, but its date is when the story was filed."""
    article = import_clipboard(
        "BRUSSELS, March 6, 2025 — " + ENGLISH_STORY + "\n\nTalks resume on May 2, 2025."
    )
    assert article.text.startswith(ENGLISH_STORY)
    assert article.published == date(2025, 3, 6)


def test_a_spanish_wire_datelines_date_with_its_year_is_the_publication_date() -> None:
    story = "El Índice de Precios de Consumo se situó en el 2,8% interanual en febrero."
    article = import_clipboard("MADRID, 14 mar 2025 (EFE).- " + story + "\n\n" + story)
    assert article.text.startswith(story)
    assert article.published == date(2025, 3, 14)
    assert article.publisher == "Agencia EFE"


def test_a_russian_datelines_date_is_the_publication_date() -> None:
    story = "Банк России в пятницу сохранил ключевую ставку на уровне 21% годовых."
    article = import_clipboard("МОСКВА, 25 апреля 2025 — " + story + "\n\n" + story)
    assert article.text.startswith(story)
    assert article.published == date(2025, 4, 25)


def test_import_without_a_dateline_changes_nothing() -> None:
    article = import_clipboard(STORY + "\n\n" + STORY)
    assert article.text.startswith("Pejabat kota")
    assert article.publisher is None
    assert dateline_of(article) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ABCjk ,.()-–—\u00a0Reuters\n"), max_size=120))
def test_any_text_gives_a_dateline_that_is_its_own_head(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert 0 < found.end <= len(text)
        assert text[: found.end].strip() == found.text


# Pages of the extraction benchmark whose body opens with a dateline (my annotations:
# id prefix, dateline as written, publisher from the tag, place).
ENGLISH_DATELINES = [
    ("82b6d780", "WASHINGTON (AP) —", "Associated Press", "Washington"),
    ("e7994d55", "LONDON (AP) —", "Associated Press", "London"),
    ("359fee22", "WASHINGTON (Reuters) -", "Reuters", "Washington"),
    ("06e5123e", "(Reuters) —", "Reuters", None),
    ("c467d507", "ST. JOSEPH, Mich. (AP) —", "Associated Press", "St. Joseph, Mich."),
    ("374ac9a5", "DUBAI, United Arab Emirates —", None, "Dubai, United Arab Emirates"),
    ("f344ca5f", "HONOLULU, Hawaii (HawaiiNewsNow) -", "HawaiiNewsNow", "Honolulu, Hawaii"),
    ("b37be353", "BERLIN --", None, "Berlin"),
]


@pytest.mark.parametrize(("prefix", "written", "publisher", "place"), ENGLISH_DATELINES)
def test_benchmark_bodies(
    shared_dir: Path, prefix: str, written: str, publisher: str | None, place: str | None
) -> None:
    truth = json.loads(
        (shared_dir / "bench" / "article-extraction" / "ground-truth.json").read_text("utf-8")
    )
    (body,) = [v["articleBody"] for k, v in truth.items() if k.startswith(prefix)]
    found = find_dateline(body.split("\n", 1)[0])
    assert found is not None
    assert (found.text, found.publisher, found.place) == (written, publisher, place)
