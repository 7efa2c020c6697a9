"""A local server speaking Firecrawl's scrape API (``POST /v1/scrape``, ``POST /v2/scrape``).

Like the real service it fetches the page itself — with its own client, so a site that refuses the
product's user agent still answers it — and returns the raw HTML with the page's metadata. It checks
the bearer key (401 otherwise) and records every request, so a test can check where the key went.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

USER_AGENT = "FirecrawlFake/1.0 (like a real browser)"


@dataclass
class FakeFirecrawl:
    api_key: str
    url: str = ""
    requests: list[dict[str, object]] = field(default_factory=list)
    #: Answer every scrape with this HTTP status instead (e.g. 402, 429, 500).
    fail_with: int | None = None


def _handler(state: FakeFirecrawl) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            state.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if self.path not in ("/v1/scrape", "/v2/scrape"):
                return self._send(404, {"success": False, "error": "Not found"})
            if self.headers.get("Authorization") != f"Bearer {state.api_key}":
                return self._send(401, {"success": False, "error": "Unauthorized: Invalid token"})
            if state.fail_with is not None:
                return self._send(state.fail_with, {"success": False, "error": "scripted failure"})
            try:
                page = httpx.get(body["url"], headers={"User-Agent": USER_AGENT}, follow_redirects=True, timeout=10)
            except httpx.HTTPError as exc:
                return self._send(200, {"success": False, "error": f"fetch failed: {type(exc).__name__}"})
            metadata = {
                "sourceURL": body["url"],
                "url": str(page.url),
                "statusCode": page.status_code,
                "contentType": page.headers.get("content-type", "text/html"),
            }
            self._send(200, {"success": True, "data": {"rawHtml": page.text, "metadata": metadata}})

        def _send(self, status: int, payload: object) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if status == 429:
                self.send_header("Retry-After", "7")
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def firecrawl_server(api_key: str = "fc-test-key-0123456789") -> Iterator[FakeFirecrawl]:
    state = FakeFirecrawl(api_key=api_key)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
