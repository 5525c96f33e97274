"""Article metadata from a page's head: title, site name, author, date, canonical URL.

Read from the tags publishers fill in for search engines and social cards (OpenGraph,
Twitter, Dublin Core, schema.org JSON-LD) plus htmldate for the date. Trafilatura's own
metadata pass also hunts for categories, tags and licences and costs about as much as
the body extraction itself; this keeps import within 1.5× of a bare extraction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from briefing.ingest.datelines import publisher_for_tag
from briefing.ingest.dates import plausible_publication

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "dc.publisher", "publisher")
_NAME_KEYS = ("og:site_name", "application-name", "dc.publisher", "publisher")
"""Where a page names its publisher, best first; the Twitter handle comes after JSON-LD."""
_HANDLE_KEY = "twitter:site"
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "twitter:creator",
    "citation_author",
)
_URL_KEYS = ("og:url", "twitter:url")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·•-]\s+|\s+::\s+")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    sitename: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None
    fallback_publisher: str | None = None
    """The page's Twitter handle ("@ap" → Associated Press), else its host: the publisher
    only when no site name and no dateline names one, so it is kept apart from
    ``sitename`` (a handle is often lower case: "hawaiinewsnow" for "HawaiiNewsNow")."""


@cache
def _generic_site_names() -> frozenset[str]:
    raw = json.loads(
        resources.files("briefing.ingest").joinpath("data", "site_names.json").read_text("utf-8")
    )
    return frozenset(name.casefold() for name in raw["generic"])


def _is_site_name(value: str) -> bool:
    """Whether a page's site name names a publisher: "Hosted" (AP's hosted pages), a
    section ("U.S." on Reuters), a URL or a path ("/CBSDetroit") does not."""
    value = value.strip()
    if not any(c.isalpha() for c in value) or value.startswith(("/", "www.")) or "://" in value:
        return False
    return value.casefold() not in _generic_site_names()


def _site_name(meta: dict[str, str], article: dict[str, Any]) -> str | None:
    """The publisher the page names, or None so the caller falls back to the dateline's
    tag, then the handle or host."""
    for value in [*(meta.get(k) for k in _NAME_KEYS), _name(article.get("publisher"))]:
        value = (value or "").removeprefix("@")
        if value and _is_site_name(value):
            return value
    return None


def _handle_name(meta: dict[str, str]) -> str | None:
    handle = meta.get(_HANDLE_KEY, "").removeprefix("@")
    return publisher_for_tag(handle) if handle and _is_site_name(handle) else None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iterfind(".//meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        value = element.get("content")
        key = key.strip().lower()
        if key and value and value.strip() and key not in found:
            found[key] = " ".join(value.split())
    return found


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:4]) if n]
        return ", ".join(names) or None
    return None


def _iso_date(value: str | None, today: date | None = None) -> date | None:
    """The date at the start of an ISO timestamp, or None when there is none or it cannot
    be a publication date (``0001-01-01`` placeholders, years ahead): the caller then
    tries its next source."""
    match = _DATE.match(value or "")
    if not match:
        return None
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return found if plausible_publication(found, today) else None


def _clean_title(title: str, sitename: str | None) -> str:
    """ "Quay opens late | The Gazette" → "Quay opens late" (the rest kept as written)."""
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    site = (sitename or "").strip().lower()
    last, first = separators[-1], separators[0]
    tail, head = title[last.end() :].strip(), title[: first.start()].strip()
    if site and tail.lower() == site:
        return title[: last.start()].strip()
    if site and head.lower() == site:
        return title[first.end() :].strip()
    if len(tail) < 30 < len(title[: last.start()]):
        return title[: last.start()].strip()
    return title


def _first_text(tree: Any, path: str) -> str | None:
    element = tree.find(path)
    if element is None:
        return None
    text = " ".join("".join(element.itertext()).split())
    return text or None


def extract_page_metadata(
    tree: Any, url: str | None = None, today: date | None = None
) -> PageMetadata:
    """Metadata of a parsed page (lxml tree); missing fields are None. ``today`` bounds
    the publication date (tests pass it; the clock otherwise)."""
    meta = _meta(tree)
    ld = [i for i in _json_ld(tree) if "headline" in i or "datePublished" in i or "author" in i]
    article = ld[0] if ld else {}

    # The title's suffix is whatever the page calls itself, generic or not ("… | Hosted").
    title_site = next((meta[k] for k in _SITE_KEYS if k in meta), None)
    if not title_site:
        title_site = _name(article.get("publisher"))
    if title_site and title_site.startswith("@"):
        title_site = title_site[1:]
    sitename = _site_name(meta, article)

    title = next((meta[k] for k in _TITLE_KEYS if k in meta), None)
    title = title or _name(article.get("headline")) or _first_text(tree, ".//title")
    title = title or _first_text(tree, ".//h1")
    if title:
        title = _clean_title(title, title_site)

    author = _name(article.get("author")) or next(
        (meta[k] for k in _AUTHOR_KEYS if k in meta), None
    )
    if author and (author.startswith(("http://", "https://", "@"))):
        author = None

    page_url = next((meta[k] for k in _URL_KEYS if k in meta), None)
    if not page_url:
        canonical = tree.find(".//link[@rel='canonical']")
        page_url = canonical.get("href") if canonical is not None else None
    if page_url and urlsplit(page_url).scheme not in {"http", "https"}:
        page_url = None
    page_url = page_url or url
    host = (urlsplit(page_url).hostname or "").removeprefix("www.") if page_url else ""

    published = _iso_date(
        article.get("datePublished") if isinstance(article.get("datePublished"), str) else None,
        today,
    )
    for key in (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date",
        "date",
        "sailthru.date",
        "parsely-pub-date",
    ):
        if published:
            break
        published = _iso_date(meta.get(key), today)
    if published is None:
        published = _htmldate(tree, today)
    return PageMetadata(
        title=title,
        sitename=sitename,
        author=author,
        url=page_url,
        published=published,
        fallback_publisher=_handle_name(meta) or host or None,
    )


def _htmldate(tree: Any, today: date | None = None) -> date | None:
    from htmldate import find_date

    try:
        found = find_date(
            tree, extensive_search=False, original_date=True, deferred_url_extractor=True
        )
    except (ValueError, TypeError, AttributeError):
        return None
    return _iso_date(found, today)
