"""A local Sentry ingest endpoint: records the envelopes the real sentry-sdk POSTs to it.

``with sentry_server() as server`` gives a DSN (``http://public@127.0.0.1:PORT/1``) to put in
``SDP_SENTRY_DSN``; ``server.events()`` are the error events received, ``server.raw()`` every byte
of every envelope (decompressed), for checking that no secret was sent.
"""

from __future__ import annotations

import gzip
import http.server
import json
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

ENVELOPE_PATH = "/api/1/envelope/"


@dataclass
class FakeSentry:
    dsn: str
    envelopes: list[bytes] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, body: bytes) -> None:
        with self._lock:
            self.envelopes.append(body)

    def raw(self) -> str:
        with self._lock:
            return "\n".join(body.decode("utf-8", "replace") for body in self.envelopes)

    def items(self) -> list[tuple[dict[str, Any], bytes]]:
        """(item header, payload) of every item of every envelope."""
        with self._lock:
            return [item for body in self.envelopes for item in _items(body)]

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(payload) for header, payload in self.items() if header.get("type") == "event"]


def _items(body: bytes) -> Iterator[tuple[dict[str, Any], bytes]]:
    """An envelope is a header line, then per item a header line and a payload (``length`` bytes or a line)."""
    _, _, rest = body.partition(b"\n")
    while rest.strip():
        line, _, rest = rest.partition(b"\n")
        header = json.loads(line)
        if "length" in header:
            payload, rest = rest[: header["length"]], rest[header["length"] :].lstrip(b"\n")
        else:
            payload, _, rest = rest.partition(b"\n")
        yield header, payload


def _decoded(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    if encoding == "br":
        import brotli  # type: ignore[import-not-found]  # only when sentry-sdk finds brotli installed

        return bytes(brotli.decompress(body))
    return body


@contextmanager
def sentry_server() -> Iterator[FakeSentry]:
    """Serve ``/api/1/envelope/`` on a free loopback port until the block ends."""
    holder: list[FakeSentry] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path.startswith(ENVELOPE_PATH):
                holder[0].record(_decoded(body, self.headers.get("Content-Encoding", "")))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    holder.append(FakeSentry(dsn=f"http://public@127.0.0.1:{server.server_address[1]}/1"))
    thread = threading.Thread(target=server.serve_forever, name="fake-sentry", daemon=True)
    thread.start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
