"""`sdp run --once` runs the due sources through crawl slots as the fleet does: a bounded number of
Scrapy processes, several crawls in each, every crawl with its own rows and records, and a broken
source failing alone. Real CLI, real crawl processes, local sites on their own loopback addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, SilverEntity, Task, TaskState
from tests.e2e.conftest import sdp
from tests.integration.fleet_helpers import PAGE, Behaviour, deployed_source, misbehaving_site

pytestmark = pytest.mark.slow

TEAS = ["Matcha", "Oolong", "Sencha"]


@pytest.fixture
def sites() -> Iterator[list[tuple[str, Behaviour]]]:
    """Five sites on five loopback addresses: five domains, so politeness lets them run at once."""
    with ExitStack() as stack:
        yield [stack.enter_context(misbehaving_site(f"127.0.0.{n}")) for n in range(1, 6)]


def test_due_sources_share_bounded_crawl_processes_and_a_broken_one_fails_alone(
    database_url: str, sites: list[tuple[str, Behaviour]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDP_WORKER_CRAWL_SLOTS", "2")
    monkeypatch.setenv("SDP_WORKER_CRAWLS_PER_SLOT", "3")
    monkeypatch.setenv("SDP_CRAWL_OBEY_ROBOTS_TXT", "false")  # only the pages under test are fetched
    *good, (broken_url, _) = sites
    for _, site in good:
        site.routes["/"] = (200, {}, PAGE)
    ids = {f"tea-{n}": deployed_source(f"tea-{n}", f"{url}/", due=True) for n, (url, _) in enumerate(good)}
    broken = deployed_source("broken", f"{broken_url}/", due=True)  # answers 404

    ran = sdp("run", "--once")

    assert ran.code == 1 and "Traceback" not in ran.err, ran.out + ran.err
    for name in ids:
        assert re.search(rf"✓ {name}: 3 records \(run [0-9a-f]{{8}}\)", ran.out), ran.out
    assert re.search(r"✗ broken: .*\(http_status\)", ran.out), ran.out
    assert "1 of 5 crawl(s) failed" in ran.err
    with session_scope() as session:
        for source_id in ids.values():
            names = sorted(e.data["name"] for e in session.scalars(select(SilverEntity).filter_by(source_id=source_id)))
            assert names == TEAS
        tasks = {t.source_name: t for t in session.scalars(select(Task).where(Task.kind == "crawl"))}
        crawls = list(session.scalars(select(Crawl)))
    assert {name: tasks[name].state for name in ids} == dict.fromkeys(ids, TaskState.COMPLETED)
    assert tasks["broken"].state == TaskState.QUARANTINED  # a 404 is permanent: no retry
    assert [c.status for c in crawls if c.source_id == broken] == ["failed"]
    # Five crawls, in at most two Scrapy processes (the slots), several crawls in each.
    pids = {c.stats["sdp/process_pid"] for c in crawls}
    assert len(crawls) == 5 and 1 <= len(pids) <= 2
    assert all(c.stats["sdp/process_crawls"] > 1 for c in crawls)
    assert f"5 crawl(s) ran in {len(pids)} Scrapy process(es)." in ran.out
    assert all(site.hits["/"] == 1 for _, site in sites)  # each site crawled once
