"""Servers that break HTTP give a one-line ImportFailed, never a traceback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from briefing.core.errors import ImportFailed
from briefing.ingest import import_url, is_url

REPLIES = {
    "bad-status-line": b"NOT HTTP AT ALL\r\n\r\n",
    "cut-off-body": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>cut",
}


@pytest.fixture(params=sorted(REPLIES))
def broken_server(request: pytest.FixtureRequest) -> Iterator[str]:
    reply = REPLIES[request.param]
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.settimeout(10)

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/page.html"
    server.close()
    thread.join(timeout=10)


def test_broken_server_is_a_user_error(broken_server: str) -> None:
    with pytest.raises(ImportFailed) as info:
        import_url(broken_server)
    assert "\n" not in str(info.value)
    assert "127.0.0.1" in str(info.value)


@pytest.mark.parametrize(
    "text", ["http://[::1", "https://", "http://exa mple.com/x", "ftp://x.org/a"]
)
def test_malformed_addresses_are_not_urls(text: str) -> None:
    assert not is_url(text)
