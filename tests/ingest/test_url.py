"""URL import against a web server on 127.0.0.1: redirects, size cap, timeout, errors."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing import __version__
from briefing.core.errors import ImportFailed
from briefing.ingest import ImportLimits, import_url, is_url
from tests.ingest.builders import PARAGRAPHS, TITLE, make_html, make_pdf

SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, code: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        # The client may give up (size cap, timeout): that is the point of those tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer()

    def _answer(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, make_html().encode())
        elif path == "/report.pdf":
            self._send(200, make_pdf(pages=2), "application/pdf")
        elif path == "/moved":
            self._redirect("/article")
        elif path.startswith("/loop"):
            n = int(path.removeprefix("/loop") or 0)
            self._redirect(f"/loop{n + 1}")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/big":
            self._send(200, b"<html><body>" + b"<p>word</p>" * 20_000 + b"</body></html>")
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 1000 + b"</p>")
        elif path == "/slow":
            time.sleep(2.0)
            self._send(200, make_html().encode())
        else:
            self._send(404, b"not here")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


def test_import_url(server: str) -> None:
    article = import_url(f"{server}/article")
    assert article.title == TITLE
    assert article.origin.url == f"{server}/article"
    assert article.origin.format == "html"
    assert PARAGRAPHS[0] in article.text
    assert SEEN_AGENTS[-1] == f"Briefing/{__version__}"


def test_redirect_is_followed_and_final_url_kept(server: str) -> None:
    article = import_url(f"{server}/moved")
    assert article.origin.url == f"{server}/article"
    assert PARAGRAPHS[1] in article.text


def test_pdf_by_url(server: str) -> None:
    article = import_url(f"{server}/report.pdf")
    assert article.origin.format == "pdf"
    assert article.origin.url == f"{server}/report.pdf"


def test_redirect_loop_is_bounded(server: str) -> None:
    with pytest.raises(ImportFailed, match="redirect"):
        import_url(f"{server}/loop0", limits=ImportLimits(max_redirects=3))


def test_redirect_to_file_is_refused(server: str) -> None:
    with pytest.raises(ImportFailed, match="non-web address"):
        import_url(f"{server}/to-file")


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_size_cap(server: str, path: str) -> None:
    with pytest.raises(ImportFailed, match="larger than"):
        import_url(f"{server}{path}", limits=ImportLimits(max_bytes=100_000))


def test_timeout(server: str) -> None:
    with pytest.raises(ImportFailed, match=r"did not answer|took longer"):
        import_url(f"{server}/slow", limits=ImportLimits(url_timeout=0.3))


def test_http_error_and_unreachable(server: str) -> None:
    with pytest.raises(ImportFailed, match="404"):
        import_url(f"{server}/missing")
    port = server.rsplit(":", 1)[1]
    with pytest.raises(ImportFailed, match="cannot be reached"):
        import_url(f"http://127.0.0.1:{int(port) + 1 if int(port) < 65535 else 1}/x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.org/news/1", True),
        ("  http://example.org  ", True),
        ("ftp://example.org/file", False),
        ("file:///etc/passwd", False),
        ("see https://example.org for more", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_is_url(text: str, expected: bool) -> None:
    assert is_url(text) is expected


def test_non_http_url_is_refused() -> None:
    with pytest.raises(ImportFailed, match="not an http"):
        import_url("file:///etc/passwd")
