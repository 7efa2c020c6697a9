"""A crawl slot runs several due crawls in one Scrapy process, each as if it ran alone: its own task
and crawl rows, records and lineage; a failing crawl fails alone; a killed process is run again
with nothing stored twice. Real crawl processes on local sites; a real worker on Redis at the end."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

import psutil
import pytest
from sqlalchemy import func, select

from config.settings import get_settings
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import BronzePage, Crawl, ScraperVersion, SilverEntity, Task, TaskState
from pipeline.core.exceptions import CrawlFailed, TransientCrawlFailure
from tests.integration.fleet_helpers import (
    PAGE,
    Behaviour,
    celery_worker,
    deployed_source,
    fleet_env,
    misbehaving_site,
    queue_length,
    queued_crawl,
    unacked,
    wait_until,
)

pytestmark = pytest.mark.slow

GREEN = PAGE.replace("Teas", "Green teas")
BLACK = PAGE.replace("Sencha", "Assam").replace("Matcha", "Darjeeling").replace("Oolong", "Ceylon")
NEXT = '</ul><a class="next" href="/p2">next</a>'
PAGE_TWO = PAGE.replace("Sencha", "Genmaicha").replace("Matcha", "Hojicha").replace("Oolong", "Bancha")


@pytest.fixture
def sites() -> Iterator[list[tuple[str, Behaviour]]]:
    """Three sites on three loopback addresses: three domains, so politeness lets them run at once."""
    with ExitStack() as stack:
        yield [stack.enter_context(misbehaving_site(f"127.0.0.{n}")) for n in (1, 2, 3)]


@pytest.fixture(autouse=True)
def _no_robots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_CRAWL_OBEY_ROBOTS_TXT", "false")  # only the pages under test are fetched
    get_settings.cache_clear()


def _task(run_id: str) -> Task:
    with session_scope() as session:
        task = session.scalar(select(Task).where(Task.run_id == run_id))
        assert task is not None
        session.expunge(task)
        return task


def _crawls(run_id: str) -> list[Crawl]:
    with session_scope() as session:
        crawls = list(session.scalars(select(Crawl).where(Crawl.run_id == run_id).order_by(Crawl.id)))
        session.expunge_all()
        return crawls


def _names(source_id: int) -> list[str]:
    with session_scope() as session:
        rows = session.scalars(select(SilverEntity).where(SilverEntity.source_id == source_id))
        return sorted(str(row.data["name"]) for row in rows)


def test_two_sources_crawled_in_one_process_keep_their_own_records_and_lineage(
    database_url: str, sites: list[tuple[str, Behaviour]]
) -> None:
    from workers.crawling import crawl_source

    (green_url, green), (black_url, black), _ = sites
    green.routes["/"], black.routes["/"] = (200, {}, GREEN), (200, {}, BLACK)
    green_id = deployed_source("green", f"{green_url}/")
    black_id = deployed_source("black", f"{black_url}/")
    queued_crawl(black_id, "run-black")  # due, its message on the way

    result = crawl_source(green_id, "run-green", companions=3)  # only one is queued

    assert (result["items"], result["process_crawls"]) == (3, 2)
    for run_id in ("run-green", "run-black"):
        task = _task(run_id)
        assert (task.state, task.attempts, task.worker) == (TaskState.COMPLETED, 1, _task("run-green").worker)
    [green_crawl], [black_crawl] = _crawls("run-green"), _crawls("run-black")
    assert green_crawl.stats["sdp/process_pid"] == black_crawl.stats["sdp/process_pid"]  # one Scrapy process
    assert _names(green_id) == ["Matcha", "Oolong", "Sencha"]
    assert _names(black_id) == ["Assam", "Ceylon", "Darjeeling"]
    with session_scope() as session:  # every record points at its own crawl, version and Bronze page
        for source_id, crawl in ((green_id, green_crawl), (black_id, black_crawl)):
            for entity in session.scalars(select(SilverEntity).where(SilverEntity.source_id == source_id)):
                page = session.get(BronzePage, entity.bronze_page_id)
                version = session.get(ScraperVersion, entity.version_id)
                assert entity.crawl_id == crawl.id and page is not None and version is not None
                assert (page.source_id, page.crawl_id, version.source_id) == (source_id, crawl.id, source_id)
    assert green_crawl.log_tail and "black" not in green_crawl.log_tail.lower()  # its own log lines
    assert (green.hits["/"], black.hits["/"]) == (1, 1)


def test_one_failing_crawl_does_not_fail_the_others_in_its_process(
    database_url: str, sites: list[tuple[str, Behaviour]]
) -> None:
    from workers.crawling import crawl_source

    (good_url, good), (gone_url, _), (forged_url, forged) = sites
    good.routes["/"] = forged.routes["/"] = (200, {}, PAGE)
    good_id = deployed_source("good", f"{good_url}/")
    gone_id = deployed_source("gone", f"{gone_url}/")  # answers 404: a permanent failure
    forged_id = deployed_source("forged", f"{forged_url}/")
    with session_scope() as session:  # its stored code no longer matches its hash: it must not run
        version = session.scalar(select(ScraperVersion).where(ScraperVersion.source_id == forged_id))
        assert version is not None
        version.code += "\n# changed after review\n"
    queued_crawl(good_id, "run-good")
    queued_crawl(forged_id, "run-forged")

    with pytest.raises(CrawlFailed) as failed:  # the slot's own crawl fails, its companions go on
        crawl_source(gone_id, "run-gone", companions=2)

    assert "(http_status)" in str(failed.value)  # the site answers 404
    assert _task("run-gone").state == TaskState.QUARANTINED
    good_task = _task("run-good")
    assert (good_task.state, good_task.result["items"], good_task.result["process_crawls"]) == (
        TaskState.COMPLETED,
        3,
        3,
    )
    assert _names(good_id) == ["Matcha", "Oolong", "Sencha"]
    forged_task = _task("run-forged")
    assert forged_task.state == TaskState.QUARANTINED and "hash check" in (forged_task.error or "")
    assert forged.hits.get("/", 0) == 0  # nothing of the forged code ran
    [forged_crawl] = _crawls("run-forged")
    assert forged_crawl.status == "failed" and "could not start" in (forged_crawl.error or "")


def _entities(source_id: int) -> int:
    with session_scope() as session:
        query = select(func.count()).select_from(SilverEntity).where(SilverEntity.source_id == source_id)
        return int(session.scalar(query) or 0)


def _two_slow_sources(sites: list[tuple[str, Behaviour]]) -> list[int]:
    """Two sources whose page two hangs, so a crawl can be killed between their pages."""
    ids = []
    for n, (url, site) in enumerate(sites[:2]):
        site.routes["/"] = (200, {}, PAGE.replace("</ul>", NEXT))
        site.routes["/p2"] = (200, {}, PAGE_TWO)
        site.delays["/p2"] = 600
        ids.append(deployed_source(f"slow-{n}", f"{url}/", next_selector="a.next"))
    return ids


def _crawl_processes(root: psutil.Process) -> list[psutil.Process]:
    return [p for p in root.children(recursive=True) if "spiders.run" in " ".join(p.cmdline())]


@pytest.mark.parametrize("killed", ["the crawl process", "the worker with it"])
def test_a_slot_killed_mid_crawl_runs_each_crawl_again_and_stores_nothing_twice(
    database_url: str, sites: list[tuple[str, Behaviour]], monkeypatch: pytest.MonkeyPatch, killed: str
) -> None:
    from workers.crawling import crawl_source
    from workers.orchestrator import run_once

    monkeypatch.setenv("SDP_WORKER_LEASE_S", "2")
    get_settings.cache_clear()
    first, second = _two_slow_sources(sites)
    queued_crawl(second, "run-second")

    def page_one_stored() -> bool:
        return _entities(first) == 3 == _entities(second) and all(site.hits.get("/p2") for _, site in sites[:2])

    if killed == "the crawl process":
        raised: list[BaseException] = []

        def slot() -> None:
            try:
                crawl_source(first, "run-first", companions=1)
            except BaseException as exc:
                raised.append(exc)

        worker = threading.Thread(target=slot)
        worker.start()
        wait_until(page_one_stored, timeout=300, what="page one of both sources stored")
        [crawl_process] = _crawl_processes(psutil.Process())
        crawl_process.kill()  # kill -9: the sites are not at fault, both crawls are retried
        worker.join(timeout=120)
        assert [type(e) for e in raised] == [TransientCrawlFailure]
        for run_id in ("run-first", "run-second"):
            task = _task(run_id)
            assert (task.state, task.attempts) == (TaskState.FAILED, 1) and "interrupted" in (task.error or "")
        with session_scope() as session:  # beat's retry time, brought forward
            for task in session.scalars(select(Task)):
                task.next_attempt_at = utcnow() - timedelta(seconds=1)
    else:
        code = f"from workers.crawling import crawl_source; crawl_source({first}, 'run-first', companions=1)"
        process = subprocess.Popen([sys.executable, "-c", code], env=os.environ.copy(), stderr=subprocess.DEVNULL)
        try:
            wait_until(page_one_stored, timeout=300, what="page one of both sources stored")
            assert len(_crawl_processes(psutil.Process(process.pid))) == 1
        finally:
            for member in [*psutil.Process(process.pid).children(recursive=True), psutil.Process(process.pid)]:
                member.kill()  # kill -9 of the host: nobody renews the two leases
            process.wait()
        time.sleep(3)

    for _, site in sites[:2]:
        site.delays["/p2"] = 0
    reports = run_once()  # retries that came due, or leases reaped: each crawl runs again
    assert sorted((r.run_id, r.ok, r.items) for r in reports) == [("run-first", True, 6), ("run-second", True, 6)]
    assert _entities(first) == 6 == _entities(second)  # page one's records were not stored twice
    for run_id in ("run-first", "run-second"):
        task = _task(run_id)
        assert (task.state, task.attempts) == (TaskState.COMPLETED, 2)


def test_a_stale_message_does_not_run_a_crawl_that_waits_for_beat(
    database_url: str, sites: list[tuple[str, Behaviour]]
) -> None:
    from workers.tasks import crawl

    (url, site), *_ = sites
    site.routes["/"] = (200, {}, PAGE)
    source_id = deployed_source("waiting", f"{url}/")
    for run_id, state, retry_at in (
        ("run-dead", TaskState.QUARANTINED, None),
        ("run-later", TaskState.FAILED, utcnow() + timedelta(minutes=5)),
    ):
        task_id = queued_crawl(source_id, run_id)
        with session_scope() as session:
            task = session.get(Task, task_id)
            assert task is not None
            task.state, task.next_attempt_at, task.attempts = state, retry_at, 1
        crawl(source_id, run_id)  # a broker redelivery, or the message of a crawl a slot already ran
        assert (_task(run_id).state, _task(run_id).attempts) == (state, 1)
    assert site.hits.get("/", 0) == 0


@pytest.fixture
def fleet(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    with fleet_env(postgres_url, monkeypatch, SDP_WORKER_CRAWLS_PER_SLOT="4", SDP_CRAWL_OBEY_ROBOTS_TXT="false") as env:
        yield env


def test_a_worker_slot_takes_the_queued_crawls_along_and_their_messages_change_nothing(
    fleet: dict[str, str], sites: list[tuple[str, Behaviour]], tmp_path: Path
) -> None:
    from workers.dispatch import enqueue_crawl

    for _, site in sites:
        site.routes["/"] = (200, {}, PAGE)
    ids = [deployed_source(f"slot-{n}", f"{url}/") for n, (url, _) in enumerate(sites)]
    for n, source_id in enumerate(ids):  # queued before the worker starts: its first message leads
        enqueue_crawl(source_id, f"slot-{n}")
    with celery_worker(fleet, tmp_path / "w.log", name="slot", queues="crawl.normal"):

        def done() -> list[Task]:
            rows = [_task(f"slot-{n}") for n in range(len(ids))]
            return rows if all(t.state == TaskState.COMPLETED for t in rows) else []

        rows = wait_until(done, timeout=300, what="three crawls through one slot")
        # The messages of the two companions arrive after their crawl ran, and change nothing.
        wait_until(lambda: queue_length("crawl.normal") == 0 == unacked(), what="every message consumed")
    assert all(t.attempts == 1 and t.result["items"] == 3 for t in rows)
    crawls = [crawl for n in range(len(ids)) for crawl in _crawls(f"slot-{n}")]
    assert len(crawls) == 3  # each crawl ran once
    assert len({crawl.stats["sdp/process_pid"] for crawl in crawls}) == 1  # in one Scrapy process
