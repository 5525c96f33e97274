"""http/https → article, only when the user gives a URL.

Fetched with urllib: a timeout on every socket operation and an overall deadline, a
size cap enforced while reading, a user agent naming the app, a bounded number of
redirects that may only lead to http/https. The response then goes through the same
sniffing as a file (usually the HTML importer), with ``Origin.url`` set.
"""

from __future__ import annotations

import http.client
import re
import socket
import time
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from briefing import __version__
from briefing.core.errors import ImportFailed
from briefing.core.model import Article
from briefing.ingest.importer import import_bytes
from briefing.ingest.limits import ImportLimits

USER_AGENT = f"Briefing/{__version__}"
_CHUNK = 64 * 1024
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def is_url(text: str) -> bool:
    """True when ``text`` is nothing but one http(s) URL (pasted or dropped)."""
    candidate = text.strip()
    if not _URL.match(candidate):
        return False
    try:
        parts = urlsplit(candidate)
        return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)
    except ValueError:  # e.g. "http://[::1" (an unclosed IPv6 host)
        return False


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http/https only (never file:, ftp:, data:)."""

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
    ) -> Any:
        location = headers.get("Location") or headers.get("URI") or ""
        target = urljoin(req.full_url, location)
        if location and urlsplit(target).scheme.lower() not in {"http", "https"}:
            raise ImportFailed(f"{req.full_url} redirects to a non-web address ({target})")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in {"http", "https"}:
            raise ImportFailed(f"{req.full_url} redirects to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _redirect_handler(limit: int) -> urllib.request.HTTPRedirectHandler:
    handler = _WebOnlyRedirects()
    # urllib reads these per instance; the class defaults are 10 and 4.
    vars(handler)["max_redirections"] = limit
    vars(handler)["max_repeats"] = limit
    return handler


def _read_capped(response: Any, *, url: str, limits: ImportLimits, deadline: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limits.max_bytes:
        raise ImportFailed(f"{url} is larger than the {limits.max_bytes // (1024 * 1024)} MB limit")
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ImportFailed(f"{url} took longer than {limits.url_timeout:.0f} s to download")
        chunk = response.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limits.max_bytes:
            raise ImportFailed(
                f"{url} is larger than the {limits.max_bytes // (1024 * 1024)} MB limit"
            )
        chunks.append(chunk)
    if length and length.isdigit() and size < int(length):
        raise ImportFailed(f"{url} was cut off: {size} of {int(length)} bytes arrived")
    return b"".join(chunks)


def fetch_url(url: str, *, limits: ImportLimits | None = None) -> tuple[bytes, str, str | None]:
    """The body, the final URL (after redirects) and the MIME type of a web page."""
    limits = limits or ImportLimits()
    if not is_url(url):
        raise ImportFailed(f"{url!r} is not an http or https address")
    opener = urllib.request.build_opener(_redirect_handler(limits.max_redirects))
    request = urllib.request.Request(
        url.strip(), headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.8"}
    )
    deadline = time.monotonic() + limits.url_timeout
    try:
        with opener.open(request, timeout=limits.url_timeout) as response:
            data = _read_capped(response, url=url, limits=limits, deadline=deadline)
            final_url = response.geturl() or url
            mime = response.headers.get_content_type() if response.headers else None
    except urllib.error.HTTPError as error:
        if error.code in {301, 302, 303, 307, 308}:
            raise ImportFailed(f"{url} redirects more than {limits.max_redirects} times") from error
        raise ImportFailed(f"{url} answered {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise ImportFailed(f"{url} did not answer within {limits.url_timeout:.0f} s") from error
        raise ImportFailed(f"{url} cannot be reached ({reason})") from error
    except TimeoutError as error:
        raise ImportFailed(f"{url} did not answer within {limits.url_timeout:.0f} s") from error
    except (OSError, ValueError, http.client.HTTPException) as error:
        # HTTPException: a server that breaks the protocol (bad status line, cut-off body).
        detail = " ".join(str(error).split())
        raise ImportFailed(f"{url} cannot be fetched ({type(error).__name__}: {detail})") from error
    return data, final_url, mime


def import_url(url: str, *, limits: ImportLimits | None = None) -> Article:
    """Fetch a web page the user asked for and import it."""
    data, final_url, mime = fetch_url(url, limits=limits)
    path = urlsplit(final_url).path
    name = path.rsplit("/", 1)[-1] or urlsplit(final_url).hostname or final_url
    if mime in {"text/plain", "application/octet-stream"}:
        mime = None
    return import_bytes(data, name=name, mime=mime, limits=limits, url=final_url)
