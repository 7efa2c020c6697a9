"""`sdp add` asks the site for each page once: later steps reuse what the Scout and Builder fetched.

Also the warm crawl processes behind it: a spare crawl process runs the next crawl, is not used
for other settings, and never outlives the block that wanted it.
"""

from __future__ import annotations

import collections
import http.server
import itertools
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from sqlalchemy import select

from pipeline.core import registry
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from spiders.runner import run_crawl_process
from spiders.spare import WAIT_FLAG, warm_crawl_processes
from tests.conftest import SITES, _QuietHandler
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
EXPECTED = json.loads((SITES / "demo" / "expected.json").read_text(encoding="utf-8"))


class CountingSite:
    """A folder served over HTTP (the demo site by default), counting the requests each path receives."""

    def __init__(self, root: Path = SITES / "demo") -> None:
        self.requests: collections.Counter[str] = collections.Counter()
        self.arrivals: list[float] = []  # time.monotonic() of every request, in order
        counts, arrivals = self.requests, self.arrivals

        class Handler(_QuietHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[misc,arg-type]

            def do_GET(self) -> None:
                arrivals.append(time.monotonic())
                counts[self.path] += 1
                super().do_GET()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def counting_site() -> Iterator[CountingSite]:
    site = CountingSite()
    yield site
    site.close()


def production_crawls(home: Path) -> list[tuple[int, int, str]]:
    with sqlite3.connect(home / "sdp.db") as db:
        rows = db.execute("SELECT id, pages, stats FROM crawls WHERE purpose = 'production' ORDER BY id").fetchall()
    return [(crawl_id, pages, stats) for crawl_id, pages, stats in rows]


def test_onboarding_fetches_each_page_once_and_keeps_them_all(counting_site: CountingSite, sdp_home: Path) -> None:
    assert_ok(sdp("add", counting_site.url, "--name", "coffee"))
    pages = {path: n for path, n in counting_site.requests.items() if path != "/robots.txt"}
    # Scout, Builder, validation and first extraction all read the three pages; the site saw each once.
    assert pages == {"/": 1, "/page2.html": 1, "/page3.html": 1}
    assert counting_site.requests["/robots.txt"] == 1
    records = assert_ok(sdp("export", "coffee", "--format", "json")).json()
    assert len(records) == len(EXPECTED)
    # Reused pages are still the first crawl's own Bronze pages: its lineage is complete.
    [(crawl_id, crawled, stats)] = production_crawls(sdp_home)
    assert crawled == 3
    assert json.loads(stats)["httpcache/hit"] >= 3
    lineage = assert_ok(sdp("lineage", str(records[0]["entity_id"]))).json()
    assert lineage["crawl"]["id"] == crawl_id
    assert lineage["bronze_page"]["url"].startswith(counting_site.url)

    # A scheduled crawl reuses nothing: every page is asked for again.
    assert_ok(sdp("run", "--once", "--source", "coffee"))
    assert {path: counting_site.requests[path] for path in pages} == {"/": 2, "/page2.html": 2, "/page3.html": 2}
    assert "httpcache/hit" not in json.loads(production_crawls(sdp_home)[-1][2])


def paged_listing(root: Path, pages: int) -> None:
    """A listing of ``pages`` pages linked by "Next", five records each."""
    for page in range(1, pages + 1):
        cards = "".join(
            f'<div class="listing"><h2><a href="/item/{page}-{i}.html">Item {page}-{i}</a></h2>'
            f'<span class="price">€{page}.{i:02d}</span>'
            f'<p class="summary">About item {page}-{i}, in a few words.</p></div>'
            for i in range(5)
        )
        more = f'<a class="next" href="/p{page + 1}.html">Next</a>' if page < pages else ""
        name = "index.html" if page == 1 else f"p{page}.html"
        (root / name).write_text(f"<html><body><main>{cards}</main><nav>{more}</nav></body></html>", encoding="utf-8")


def test_onboarding_keeps_the_delay_between_all_its_requests_to_the_site(tmp_path: Path) -> None:
    # The Scout, the Builder and the crawls are separate Fetchers and processes; the site must
    # still see one request per delay, robots.txt included, across the whole of `sdp add`.
    paged_listing(tmp_path, pages=4)  # the Scout reads one, the Builder two more, the crawl the last
    site = CountingSite(tmp_path)
    try:
        # Long enough that the work between two steps (well under a second) cannot hide a missed wait.
        delay = 2.0
        assert_ok(sdp("add", site.url, "--name", "paced", env={"SDP_CRAWL_DOWNLOAD_DELAY_S": str(delay)}))
    finally:
        site.close()
    assert site.requests["/robots.txt"] == 1 and site.requests["/p4.html"] == 1  # all pages, each once
    gaps = [later - earlier for earlier, later in itertools.pairwise(site.arrivals)]
    # Arrival times carry a little jitter from the sockets; a missed delay would show a gap near 0.
    assert min(gaps) > delay - 0.2, [round(gap, 2) for gap in gaps]


def spares() -> list[psutil.Process]:
    return [p for p in psutil.Process().children() if WAIT_FLAG in p.cmdline()]


def started_spares(timeout_s: float = 10.0) -> list[psutil.Process]:
    """The spares once one has started: the pool starts the next spare only after the one before
    has signalled (from a thread), which may come a moment after the block opens."""
    deadline = time.monotonic() + timeout_s
    while not (found := spares()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return found


def new_crawl() -> int:
    with session_scope() as session:
        source = session.scalars(select(Source)).one()
        version = registry.production_version(session, source)
        assert version is not None
        return open_crawl(session, source, version, run_id="spare-test").id


@pytest.mark.usefixtures("coffee_added")  # the demo site as `sdp add` left it
def test_a_spare_runs_the_next_crawl_and_is_gone_with_its_block(monkeypatch: pytest.MonkeyPatch) -> None:
    with warm_crawl_processes(1):
        # Found by its command line, which a just-forked child shows only once it has exec'd.
        [spare] = started_spares()
        outcome = run_crawl_process(new_crawl(), timeout_s=120)
        assert outcome.succeeded and outcome.items == len(EXPECTED)
        assert not spare.is_running() or spare.status() == psutil.STATUS_ZOMBIE  # it ran that crawl
        assert spares() == []  # one crawl was wanted: no new spare

    with warm_crawl_processes(2):
        [spare] = started_spares()
        # Settings changed since the spare started: it must not run a crawl with the old ones.
        monkeypatch.setenv("SDP_CRAWL_MAX_PAGES", "1")
        outcome = run_crawl_process(new_crawl(), timeout_s=120)
        assert outcome.succeeded and outcome.pages == 1
        assert not spare.is_running() or spare.status() == psutil.STATUS_ZOMBIE
        [_replacement] = started_spares()
    assert spares() == []  # the block ended: no process is left waiting
