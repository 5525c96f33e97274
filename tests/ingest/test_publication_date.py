"""The publication date: only a plausible one, and from the page's metadata or the
article's head (dateline, first lines, a "Published …" line), never from the body at large."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import lxml.html
import pytest

from briefing.ingest import import_bytes
from briefing.ingest.dates import plausible_publication
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
