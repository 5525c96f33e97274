"""The publication date: only a plausible one, and from the page's metadata or the
article's head (dateline, first lines, a "Published …" line), never from the body at large."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import lxml.html
import pytest

from briefing.ingest import import_bytes
from briefing.ingest.dates import find_date, plausible_publication, weekday_date
from briefing.ingest.html_metadata import extract_page_metadata

TODAY = date(2024, 10, 30)


def _page(head: str) -> str:
    return (
        f"<html><head><title>Quay opens late</title>{head}</head>"
        "<body><article><p>The quay opened on Tuesday.</p></article></body></html>"
    )


def _published(head: str) -> date | None:
    tree = lxml.html.fromstring(_page(head))
    return extract_page_metadata(tree, today=TODAY).published


LD_PLACEHOLDER = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "Quay", "datePublished": "0001-01-01T00:00:00Z"}'
    "</script>"
)


@pytest.mark.parametrize(
    ("value", "plausible"),
    [
        (date(1, 1, 1), False),
        (date(1989, 12, 31), False),
        (date(1990, 1, 1), True),
        (date(2024, 10, 30), True),
        (date(2024, 11, 1), True),  # a page dated ahead by time zones
        (date(2024, 11, 2), False),
        (date(2031, 1, 1), False),
    ],
)
def test_plausible_publication(value: date, plausible: bool) -> None:
    assert plausible_publication(value, TODAY) is plausible


def test_placeholder_json_ld_date_falls_back_to_the_next_source() -> None:
    meta = '<meta property="article:published_time" content="2024-10-22T09:30:00Z">'
    assert _published(LD_PLACEHOLDER + meta) == date(2024, 10, 22)


def test_placeholder_date_alone_gives_none() -> None:
    assert _published(LD_PLACEHOLDER) is None


def test_future_meta_date_is_skipped() -> None:
    head = (
        '<meta property="article:published_time" content="2099-01-01T00:00:00Z">'
        '<meta name="pubdate" content="2024-10-21">'
    )
    assert _published(head) == date(2024, 10, 21)


def test_real_page_with_placeholder_date_gets_a_real_one(shared_dir: Path) -> None:
    # Detroit News, 19 November 2019 (URL); its JSON-LD says datePublished 0001-01-01.
    (page,) = (shared_dir / "bench" / "article-extraction" / "html").glob("7de5241947a5*.html.gz")
    article = import_bytes(gzip.decompress(page.read_bytes()), name="page.html")
    assert article.published is not None
    assert date(2019, 11, 19) <= article.published <= date(2019, 11, 20)


FILLER = "Warga berkumpul di sekitar lokasi sejak pagi dan menunggu kabar dari petugas."
BODY = "The committee met again to discuss the budget and the schedule of the works."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead or the dateline
        (f"Jakarta, Kamis 24 Oktober 2024 - Menteri bicara.\n\n{FILLER}", date(2024, 10, 24)),
        (f"{FILLER}\n\n{FILLER}\n\nIa bicara Kamis 24 Oktober 2024.", date(2024, 10, 24)),
        ("Menurut polisi, kejadian itu terjadi Senin (27/3) malam.", date(2023, 3, 27)),
        # a date below the first paragraphs is an event the article reports
        (f"{BODY}\n\n{BODY}\n\n{BODY}\n\nThe attacks of September 11, 2001 changed it.", None),
        (f"{FILLER}\n\n{FILLER}\n\n{FILLER}\n\nRapat digelar 3 Maret 2025.", None),
        # a labelled line further down still states the article's own date
        (f"{BODY}\n\n{BODY}\n\n{BODY}\n\n(Published Monday, Nov. 18, 2019)", date(2019, 11, 18)),
        (f"{FILLER}\n\n{FILLER}\n\n{FILLER}\n\nDiperbarui 24/10/2024 10.00", date(2024, 10, 24)),
        # the label's line wins over a date in the lead
        ("Updated 2024-10-22\n\nThe plan was drawn up on 3 March 2021.", date(2024, 10, 22)),
        # an implausible date in the lead is history, not the publication date
        ("On March 3, 1985, the plant opened.\n\nIt closed on 2 May 2024.", date(2024, 5, 2)),
        ("The next review is due on 1 January 2030.", None),
        # a site name, a section and a title line do not use up the head
        (
            "detikNews\nBerita\nBanjir merendam ratusan rumah warga\n"
            "Rabu, 23 Okt 2024 10:15 WIB\nJakarta - Banjir merendam.",
            date(2024, 10, 23),
        ),
        # a sentence that starts with "Published" is no label: the byline's date wins
        (
            "Report warns of floods\nBy Jane Doe, October 24, 2024\nPublished on March 3, "
            "2019, the government report warned of floods across the whole region.",
            date(2024, 10, 24),
        ),
    ],
)
def test_find_date_reads_the_head_only(text: str, expected: date | None) -> None:
    assert find_date(text, None, today=date(2026, 11, 26)) == expected


def test_real_text_import_ignores_a_date_deep_in_the_body(shared_dir: Path) -> None:
    # Al Jazeera body as plain text: "September 11, 2001" at line 20 is no publication date.
    truth = json.loads(
        (shared_dir / "bench" / "article-extraction" / "ground-truth.json").read_text("utf-8")
    )
    (key,) = [k for k in truth if k.startswith("7916ecca969f")]
    article = import_bytes(str(truth[key]["articleBody"]).encode("utf-8"), name="a.txt")
    assert article.published is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("新华社北京2024年10月24日电（记者王某）外交部发言人表示", date(2024, 10, 24)),
        ("2024年10月24日 10:30 東京", date(2024, 10, 24)),
        ("발행일 2024년 10월 24일 오전 10:30", date(2024, 10, 24)),
        ("입력 2024.10.24 오전 10:30", date(2024, 10, 24)),
        ("2024/10/24 更新", date(2024, 10, 24)),
        ("Firmware v2024.10.24 released", None),  # a version, not a date
    ],
)
def test_east_asian_heads_state_the_year_first(head: str, expected: date | None) -> None:
    assert find_date(head, today=TODAY) == expected


def test_a_part_of_the_day_may_stand_between_weekday_and_date() -> None:
    """``Selasa malam (20/12)``: the weekday still pins the year."""
    head = "Jakarta - Menteri berbicara kepada wartawan, Selasa malam (20/12)."
    assert find_date(head, "id", today=date(2026, 11, 26)) == date(2022, 12, 20)


def test_weekday_date_reads_the_whole_body() -> None:
    """Not the publication date (the head states none), but the day the body reports."""
    text = f"{FILLER}\n\n{FILLER}\n\n{FILLER}\n\nIa bicara di Hanoi, Rabu (17/5)."
    assert find_date(text, "id", today=date(2026, 11, 26)) is None
    assert weekday_date(text, today=date(2026, 11, 26)) == date(2023, 5, 17)


def test_a_weekday_date_takes_the_year_the_text_states() -> None:
    """ "Rabu (13/12)" is a Wednesday of 2017 and of 2023: beside "2017" and "2018" (next
    year's forecast), the story is of 2017, not the latest such Wednesday."""
    text = (
        f"{FILLER}\n\nBank sentral menaikkan suku bunga, Rabu (13/12). Pertumbuhan ekonomi "
        "2017 lebih tinggi dari perkiraan, dan pada 2018 bunga naik lagi, kata gubernur "
        "2017 itu."
    )
    assert weekday_date(text, today=date(2026, 11, 26)) == date(2017, 12, 13)


def test_a_year_of_history_does_not_place_the_story() -> None:
    """ "sejak 2011" beside "2023": 2011 is history; and a stated year whose day does not
    fall on that weekday leaves the latest such day."""
    text = (
        f"{FILLER}\n\nIa bicara di Hanoi, Selasa (13/12). Kerja sama itu berjalan sejak 2011 "
        "dan berlanjut pada 2023."
    )
    assert weekday_date(text, today=date(2026, 11, 26)) == date(2022, 12, 13)
    no_match = f"{FILLER}\n\nIa bicara di Hanoi, Rabu (17/5), dalam kunjungan 2024."
    assert weekday_date(no_match, today=date(2026, 11, 26)) == date(2023, 5, 17)
