"""A small forward HTTP proxy with Basic auth, for sources that are only reachable through one.

It forwards absolute-URI GETs (what clients send to an HTTP proxy), marks them with a ``Via``
header so a site can refuse everything that did not come through it, and records what it forwarded.
"""

from __future__ import annotations

import base64
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

VIA = "1.1 sdp-test-proxy"


@dataclass
class FakeProxy:
    user: str
    password: str
    url: str = ""
    forwarded: list[str] = field(default_factory=list)
    refused: int = 0

    @property
    def url_with_credentials(self) -> str:
        scheme, rest = self.url.split("://", 1)
        return f"{scheme}://{self.user}:{self.password}@{rest}"


def _handler(state: FakeProxy) -> type[http.server.BaseHTTPRequestHandler]:
    expected = "Basic " + base64.b64encode(f"{state.user}:{state.password}".encode()).decode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.headers.get("Proxy-Authorization") != expected:
                state.refused += 1
                self.send_response(407)
                self.send_header("Proxy-Authenticate", 'Basic realm="test"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            state.forwarded.append(self.path)
            headers = {"User-Agent": self.headers.get("User-Agent", ""), "Via": VIA}
            upstream = httpx.get(self.path, headers=headers, timeout=10)
            body = upstream.content
            self.send_response(upstream.status_code)
            self.send_header("Content-Type", upstream.headers.get("content-type", "text/html"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def http_proxy(user: str = "scraper", password: str = "s3cret-proxy-pass") -> Iterator[FakeProxy]:
    state = FakeProxy(user=user, password=password)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
