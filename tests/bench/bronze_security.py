"""Encrypted Bronze on this machine: write/read throughput per backend and memory for a 50 MB page.

Run: ``uv run python -m tests.bench.bronze_security`` (a temporary SDP_HOME, embedded SQLite).
"""

from __future__ import annotations

import os
import tempfile
import time
import tracemalloc
from collections.abc import Iterator

PAGES = 300
MB = 1 << 20


def _page(i: int) -> bytes:
    rows = "".join(f"<li><a href='/p/{i}-{j}'>Item {i}-{j}</a> <b>€{i}.{j:02d}</b></li>" for j in range(200))
    return f"<html><body><ul>{rows}</ul></body></html>".encode()


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SDP_HOME"] = home
        for backend in ("database", "folder"):
            os.environ["SDP_STORAGE_BRONZE_BACKEND"] = backend
            _run(backend)


def _run(backend: str) -> None:
    from agents.codegen import render_spider
    from config.settings import get_settings
    from pipeline.core import registry
    from pipeline.core.bronze import iter_body, read_body, store_page, store_page_stream
    from pipeline.core.crawls import open_crawl
    from pipeline.core.db.engine import session_scope
    from pipeline.core.db.models import BronzePage
    from pipeline.core.schemas import FieldSpec, ScraperSpec
    from pipeline.core.sources import create_source

    get_settings.cache_clear()
    spec = ScraperSpec(start_url="http://b.test/", record_selector="li", fields=(FieldSpec(name="t", selector="a"),))
    with session_scope() as session:
        source = create_source(session, url="http://b.test/", name=f"bench-{backend}")
        version = registry.add_version(
            session, source, code=render_spider(source.name, spec), spec=spec, actor="bench", reason="bench"
        )
        crawl = open_crawl(session, source, version, run_id=f"bench-{backend}")
        source_id, crawl_id = source.id, crawl.id
    pages = [_page(i) for i in range(PAGES)]
    started = time.perf_counter()
    ids = []
    with session_scope() as session:
        for i, body in enumerate(pages):
            page = store_page(
                session,
                source_id=source_id,
                crawl_id=crawl_id,
                url=f"http://b.test/{i}",
                final_url=f"http://b.test/{i}",
                status=200,
                headers={},
                body=body,
            )
            ids.append(page.id)
    write_s = time.perf_counter() - started
    started = time.perf_counter()
    with session_scope() as session:
        for page_id in ids:
            page_row = session.get(BronzePage, page_id)
            assert page_row is not None
            read_body(session, page_row)
    read_s = time.perf_counter() - started
    plain = sum(len(p) for p in pages)
    print(
        f"{backend}: {PAGES} pages of {plain // PAGES // 1024} KiB: write {PAGES / write_s:.0f} pages/s "
        f"({plain / write_s / MB:.1f} MB/s), read {PAGES / read_s:.0f} pages/s ({plain / read_s / MB:.1f} MB/s)"
    )

    seed = os.urandom(MB)

    def big() -> Iterator[bytes]:
        for i in range(50):
            yield bytes([i]) + seed[1:]

    tracemalloc.start()
    started = time.perf_counter()
    with session_scope() as session:
        page = store_page_stream(
            session,
            source_id=source_id,
            crawl_id=crawl_id,
            url="http://b.test/big",
            final_url="http://b.test/big",
            status=200,
            headers={},
            chunks=big(),
        )
        big_id = page.id
    big_write = time.perf_counter() - started
    _, store_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    with session_scope() as session:
        page_row = session.get(BronzePage, big_id)
        assert page_row is not None
        for _ in iter_body(session, page_row):
            pass
    big_read = time.perf_counter() - started
    _, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{backend}: 50 MB incompressible page: stream write {50 / big_write:.0f} MB/s (peak traced "
        f"{store_peak / MB:.1f} MB), stream read {50 / big_read:.0f} MB/s (peak traced {read_peak / MB:.1f} MB)"
    )


if __name__ == "__main__":
    main()
