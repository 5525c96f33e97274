"""Who published a web page: its own name, unless that name is generic ("Hosted" on AP's
hosted pages, a section such as "U.S."), a URL or a path; then the dateline's wire tag,
then the Twitter handle or the host."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from briefing.ingest import import_bytes
from tests.ingest.builders import PARAGRAPHS


def _page(head: str, *, dateline: str = "") -> bytes:
    body = f"<p>{dateline}{PARAGRAPHS[0]}</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Harbour quay opens late</title>{head}</head><body>"
        f"<article><h1>Harbour quay opens late</h1>{body}</article></body></html>"
    ).encode()


def _meta(prop: str, value: str) -> str:
    return f"<meta property='{prop}' content='{value}'>"


URL = "https://hosted.example.org/gazette/article/123"


@pytest.mark.parametrize(
    ("head", "dateline", "publisher"),
    [
        # a real name wins over the wire that filed the story
        (_meta("og:site_name", "The Harbour Gazette"), "LONDON (AP) — ", "The Harbour Gazette"),
        # a generic name gives way to the dateline's tag …
        (_meta("og:site_name", "Hosted"), "LONDON (AP) — ", "Associated Press"),
        (_meta("og:site_name", "U.S."), "NEW YORK (Reuters) - ", "Reuters"),
        (_meta("og:site_name", "https://www.gazette.example"), "ROME (AP) — ", "Associated Press"),
        # … then to the Twitter handle, known wires by their name …
        (_meta("og:site_name", "Hosted") + _meta("twitter:site", "@ap"), "", "Associated Press"),
        (_meta("og:site_name", "Hosted") + _meta("twitter:site", "@gazette"), "", "gazette"),
        # … then to the host
        (_meta("og:site_name", "Hosted"), "", "hosted.example.org"),
        (_meta("twitter:site", "/Gazette"), "", "hosted.example.org"),
        # a later source that does name the publisher is used
        (
            _meta("og:site_name", "Home") + _meta("application-name", "Harbour Gazette"),
            "",
            "Harbour Gazette",
        ),
    ],
)
def test_publisher_of_a_page(head: str, dateline: str, publisher: str) -> None:
    article = import_bytes(_page(head, dateline=dateline), name="page.html", url=URL)
    assert article.publisher == publisher
    body = [article.paragraph_text(p) for p in article.paragraphs if p.kind == "body"]
    assert body[0].startswith("The harbour authority")  # the dateline is out of the text


# Benchmark pages with a generic or malformed site name (my annotations: id prefix,
# the publisher the page should get).
BENCHMARK_PUBLISHERS = [
    ("82b6d780", "Associated Press"),  # og:site_name "Hosted", dateline "(AP)"
    ("e7994d55", "Associated Press"),
    ("57d46c9d", "Reuters"),  # og:site_name "U.S."
    ("c467d507", "CBS Detroit"),  # twitter:site "/CBSDetroit", JSON-LD names it
    ("f344ca5f", "HawaiiNewsNow"),  # og:site_name is a URL, dateline "(HawaiiNewsNow)"
]


@pytest.mark.parametrize(("prefix", "publisher"), BENCHMARK_PUBLISHERS)
def test_benchmark_pages(shared_dir: Path, prefix: str, publisher: str) -> None:
    bench = shared_dir / "bench" / "article-extraction"
    truth = json.loads((bench / "ground-truth.json").read_text("utf-8"))
    (page_id,) = [k for k in truth if k.startswith(prefix)]
    html = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes())
    article = import_bytes(html, name=f"{page_id}.html", url=truth[page_id]["url"])
    assert article.publisher == publisher
