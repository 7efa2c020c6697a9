"""Fleet reliability on the real parts: retries with backoff for transient failures only, dead
letters, the outbox, leases and the reaper, two beats, priorities, limits, breakers, two workers."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select

from config.settings import get_settings
from pipeline.core import breakers, limits, outbox, retry, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import OutboxMessage, ScraperVersion, Source, Task, TaskState
from pipeline.core.exceptions import CrawlFailed, TransientCrawlFailure
from tests.conftest import _truncate_all
from tests.integration.fleet_helpers import (
    BROKER,
    PAGE,
    celery_worker,
    deployed_source,
    fleet_env,
    misbehaving_site,
    purge_broker,
    queue_length,
    wait_until,
)


def test_backoff_doubles_up_to_its_cap_with_full_jitter_and_honours_retry_after() -> None:
    rng = random.Random(4)
    for attempt in range(1, 9):
        ceiling = min(600.0, 30.0 * 2 ** (attempt - 1))
        waits = [retry.backoff_s(attempt, base_s=30, max_s=600, rng=rng) for _ in range(300)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling * 0.8 and min(waits) < ceiling * 0.2  # spread over the whole range
    assert retry.backoff_s(1, base_s=30, max_s=600, retry_after=120, rng=rng) >= 120  # the server's wish is a floor
    assert retry.retry_after_of(TransientCrawlFailure("x", retry_after=86400 * 30)) == retry.MAX_RETRY_AFTER_S


def test_a_crawl_waiting_for_a_slot_looks_again_less_often_the_longer_it_waits() -> None:
    rng = random.Random(7)
    soon = [retry.defer_s(0, rng=rng) for _ in range(200)]
    later = [retry.defer_s(120, rng=rng) for _ in range(200)]
    long_after = [retry.defer_s(3600, rng=rng) for _ in range(200)]
    assert all(1.5 <= w <= 2.5 for w in soon)  # a slot may free up any moment
    assert all(22.5 <= w <= 37.5 for w in later)  # a quarter of the wait so far
    assert all(45 <= w <= 75 for w in long_after)  # capped: a long backlog does not churn the broker
    assert retry.defer_s(0, at_least_s=90, rng=rng) == 90  # an open breaker's cool-down is a floor


@pytest.fixture
def broker(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {"SDP_BROKER_URL": BROKER}
    monkeypatch.setenv("SDP_BROKER_URL", BROKER)
    get_settings.cache_clear()  # the database fixture read the settings before this was set
    purge_broker(env)
    return env


def test_transient_failures_are_retried_later_and_permanent_ones_dead_lettered(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers.crawling import crawl_source

    monkeypatch.setenv("SDP_WORKER_MAX_ATTEMPTS", "2")
    monkeypatch.setenv("SDP_CRAWL_OBEY_ROBOTS_TXT", "false")  # only the answers under test reach the judge
    get_settings.cache_clear()  # the database fixture read the settings before these were set
    with misbehaving_site() as (url, site):
        site.routes["/busy/"] = (503, {}, "<html><body>busy</body></html>")
        site.routes["/calm/"] = (429, {"Retry-After": "120"}, "<html><body>slow down</body></html>")
        busy = deployed_source("busy", f"{url}/busy/")
        calm = deployed_source("calm", f"{url}/calm/")
        gone = deployed_source("gone", f"{url}/gone/")  # 404

        with pytest.raises(TransientCrawlFailure):
            crawl_source(busy, "run-busy")
        with pytest.raises(TransientCrawlFailure):
            crawl_source(calm, "run-calm")
        with pytest.raises(CrawlFailed) as permanent:
            crawl_source(gone, "run-gone")
        assert not isinstance(permanent.value, TransientCrawlFailure)

        with session_scope() as session:
            rows = {t.source_name: t for t in session.scalars(select(Task))}
        assert rows["busy"].state == TaskState.FAILED and rows["busy"].next_attempt_at is not None
        assert rows["calm"].state == TaskState.FAILED
        assert rows["calm"].next_attempt_at is not None
        assert rows["calm"].finished_at is not None
        assert rows["calm"].next_attempt_at >= rows["calm"].finished_at + timedelta(seconds=119)  # Retry-After: 120
        assert (rows["gone"].state, rows["gone"].next_attempt_at) == (TaskState.QUARANTINED, None)

        # The retry comes due; the site is still busy: the second attempt spends the budget.
        with session_scope() as session:
            session.get(Task, rows["busy"].id).next_attempt_at = utcnow() - timedelta(seconds=1)  # type: ignore[union-attr]
        from workers.orchestrator import run_once

        reports = [r for r in run_once() if r.source == "busy"]
        assert [r.ok for r in reports] == [False]
        with session_scope() as session:
            again = session.get(Task, rows["busy"].id)
            assert again is not None
            assert (again.state, again.attempts) == (TaskState.QUARANTINED, 2)
            count, newest = taskstate.dead_letters(session)
            assert count == 2 and newest is not None


def test_a_commit_whose_process_died_before_publishing_is_published_once_by_the_relay(
    database_url: str, broker: dict[str, str]
) -> None:
    from workers.dispatch import relay_outbox

    source_id = deployed_source("outboxed", "http://127.0.0.1:9/")
    crash = (
        "import os, signal\n"
        "from workers.dispatch import enqueue_crawl\n"
        f"enqueue_crawl({source_id}, 'run-crash', relay=False)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    died = subprocess.run(
        [sys.executable, "-c", crash], env=os.environ.copy(), capture_output=True, timeout=120, check=False
    )
    assert died.returncode == -9, died.stderr.decode()[-2000:]
    with session_scope() as session:
        assert outbox.unsent(session) == 1
        assert session.scalar(select(Task.state).where(Task.run_id == "run-crash")) == TaskState.PENDING
    assert queue_length("crawl.normal") == 0  # committed, never published

    assert relay_outbox() == 1
    assert relay_outbox() == 0
    assert queue_length("crawl.normal") == 1
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Task).where(Task.run_id == "run-crash")) == 1
        assert (
            session.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.sent_at.is_(None))) == 0
        )


def test_a_message_the_broker_lost_is_sent_again_once_its_queue_is_empty(
    database_url: str, broker: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers.dispatch import enqueue_crawl
    from workers.orchestrator import tick

    monkeypatch.setenv("SDP_WORKER_REDELIVER_AFTER_S", "2")
    get_settings.cache_clear()
    source_id = deployed_source("forgotten", "http://127.0.0.1:9/")
    enqueue_crawl(source_id, "run-lost")
    assert queue_length("crawl.normal") == 1

    def overdue() -> None:
        with session_scope() as session:
            task = session.scalar(select(Task).where(Task.run_id == "run-lost"))
            assert task is not None and task.state == TaskState.PENDING
            task.lease_expires_at = utcnow() - timedelta(seconds=1)

    overdue()
    assert tick().redelivered == 0  # its message still waits in the queue: nothing to re-send
    assert queue_length("crawl.normal") == 1

    redis.Redis.from_url(BROKER).delete("crawl.normal")  # a broker restarted without persistence
    overdue()
    assert tick().redelivered == 1
    assert queue_length("crawl.normal") == 1
    with session_scope() as session:
        task = session.scalar(select(Task).where(Task.run_id == "run-lost"))
        assert task is not None and task.state == TaskState.PENDING and task.attempts == 0
        assert task.lease_expires_at is not None and task.lease_expires_at > utcnow()  # a new deadline
    assert tick().redelivered == 0  # not before that deadline


def test_a_long_step_keeps_its_lease_and_a_dead_workers_step_is_reaped_and_queued_again(
    database_url: str, broker: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers import orchestrator
    from workers.tracking import run_tracked

    monkeypatch.setenv("SDP_WORKER_LEASE_S", "2")
    monkeypatch.setenv("SDP_WORKER_MAX_CPU_PERCENT", "100")
    monkeypatch.setenv("SDP_WORKER_MAX_MEMORY_PERCENT", "100")
    get_settings.cache_clear()
    source_id = deployed_source("leased", "http://127.0.0.1:9/")
    reaped: list[int] = []
    done = threading.Event()

    def long_step() -> dict[str, object]:
        while not done.is_set():  # longer than three leases
            with session_scope() as session:
                reaped.append(taskstate.reap_expired(session))
            time.sleep(0.5)
        return {"ok": True}

    timer = threading.Timer(7, done.set)
    timer.start()
    result = run_tracked("crawl", kind="crawl", source_id=source_id, run_id="run-long", body=long_step)
    assert result == {"ok": True}
    assert len(reaped) >= 10 and sum(reaped) == 0
    with session_scope() as session:
        row = session.scalar(select(Task).where(Task.run_id == "run-long"))
        assert row is not None and (row.state, row.attempts) == (TaskState.COMPLETED, 1)

        dead = taskstate.ensure_task(
            session, run_id="run-dead", name="crawl", kind="crawl", source_id=source_id, source_name="leased"
        )
        taskstate.start(session, dead, lease_s=2)
        dead.lease_expires_at = utcnow() - timedelta(seconds=1)  # its worker was killed: nobody renews
    report = orchestrator.tick()
    assert report.reaped == 1 and report.published >= 1
    with session_scope() as session:
        assert session.scalar(select(Task.state).where(Task.run_id == "run-dead")) == TaskState.PENDING
    assert queue_length("crawl.normal") == 1


def test_two_beats_ticking_at_once_enqueue_each_due_source_once(
    postgres_url: str, broker: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers import orchestrator

    monkeypatch.setenv("SDP_DATABASE_URL", postgres_url)
    monkeypatch.setenv("SDP_WORKER_CRAWL_SLOTS", "50")
    monkeypatch.setenv("SDP_WORKER_MAX_CPU_PERCENT", "100")
    monkeypatch.setenv("SDP_WORKER_MAX_MEMORY_PERCENT", "100")
    _truncate_all(postgres_url)
    for n in range(30):
        deployed_source(f"due-{n}", f"http://site-{n}.test/", due=True)
    barrier = threading.Barrier(2)
    reports: list[orchestrator.TickReport] = []

    def beat() -> None:
        barrier.wait()
        reports.append(orchestrator.tick())

    beats = [threading.Thread(target=beat) for _ in range(2)]
    for thread in beats:
        thread.start()
    for thread in beats:
        thread.join(timeout=300)
    assert sum(r.enqueued for r in reports) == 30
    with session_scope() as session:
        per_source = session.execute(select(Task.source_name, func.count()).group_by(Task.source_name)).all()
        assert len(per_source) == 30 and {count for _, count in per_source} == {1}
    assert queue_length("crawl.normal") == 30


def test_an_open_domain_breaker_defers_crawls_then_lets_one_probe_through(database_url: str) -> None:
    from workers.crawling import crawl_source

    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        source_id = deployed_source("shop", f"{url}/")
        domain = limits.domain_key(url)
        with session_scope() as session:
            for _ in range(5):
                breakers.record_failure(session, domain, threshold=5, error="network: refused")
        with session_scope() as session:
            assert [(b.name, b.state) for b in breakers.all_breakers(session)] == [(domain, "open")]

        assert "circuit breaker" in crawl_source(source_id, "run-open")["deferred"]
        assert site.hits.get("/", 0) == 0  # nothing was sent to the site
        with session_scope() as session:
            task = session.scalar(select(Task).where(Task.run_id == "run-open"))
            assert task is not None
            assert (task.state, task.attempts) == (TaskState.FAILED, 0)  # waiting, no attempt spent
            assert task.next_attempt_at is not None and task.error and "circuit breaker" in task.error
            row = session.get(breakers.CircuitBreaker, domain)
            assert row is not None and row.opened_at is not None
            row.opened_at = utcnow() - timedelta(hours=1)  # the cool-down has passed

        result = crawl_source(source_id, "run-open")  # the half-open probe
        assert result["items"] == 3
        with session_scope() as session:
            assert breakers.all_breakers(session)[0].state == "closed"


def test_one_crawl_per_site_at_a_time_and_no_more_than_the_fleet_slots(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers.crawling import crawl_source

    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        source_id = deployed_source("polite", f"{url}/")
        slot = limits.acquire(limits.domain_key(url), 1, holder="task:other", ttl_s=60)  # another crawl of the site
        assert slot == 0
        assert "crawl(s) of 127.0.0.1 run" in crawl_source(source_id, "run-polite")["deferred"]
        limits.release(limits.domain_key(url), 0, holder="task:other")

        monkeypatch.setenv("SDP_WORKER_CRAWL_SLOTS", "1")
        get_settings.cache_clear()
        assert limits.acquire(limits.GLOBAL_CRAWLS, 1, holder="task:other", ttl_s=60) == 0
        assert crawl_source(source_id, "run-polite")["deferred"] == "all crawl slots are busy"
        assert site.hits.get("/", 0) == 0
        limits.release(limits.GLOBAL_CRAWLS, 0, holder="task:other")
        assert crawl_source(source_id, "run-polite")["items"] == 3
        with session_scope() as session:
            assert limits.held(session, limits.GLOBAL_CRAWLS) == 0  # released after the crawl


PAGE_TWO = PAGE.replace("Sencha", "Genmaicha").replace("Matcha", "Hojicha").replace("Oolong", "Assam")


def test_a_crawl_killed_mid_way_is_run_again_and_stores_nothing_twice(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psutil

    from pipeline.core.db.models import SilverEntity
    from workers.orchestrator import run_once

    monkeypatch.setenv("SDP_WORKER_LEASE_S", "2")
    monkeypatch.setenv("SDP_CRAWL_OBEY_ROBOTS_TXT", "false")
    get_settings.cache_clear()
    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE.replace("</ul>", '</ul><a class="next" href="/p2">next</a>'))
        site.routes["/p2"] = (200, {}, PAGE_TWO)
        site.delays["/p2"] = 600  # page two hangs: the crawl is killed while waiting for it
        source_id = deployed_source("killed", f"{url}/", next_selector="a.next")

        def entities() -> int:
            with session_scope() as session:
                query = select(func.count()).select_from(SilverEntity).where(SilverEntity.source_id == source_id)
                return int(session.scalar(query) or 0)

        worker = subprocess.Popen(
            [sys.executable, "-c", f"from workers.crawling import crawl_source; crawl_source({source_id}, 'run-kill')"],
            env=os.environ.copy(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(lambda: entities() == 3 and site.hits.get("/p2"), timeout=300, what="page one stored")
        finally:
            for process in [*psutil.Process(worker.pid).children(recursive=True), psutil.Process(worker.pid)]:
                process.kill()  # kill -9: the worker and its crawl die mid-way
            worker.wait()
        site.delays["/p2"] = 0
        time.sleep(3)  # nobody renews the lease any more

        [report] = run_once()  # the reaper returns the crawl to PENDING and it runs again
        assert (report.run_id, report.ok, report.items) == ("run-kill", True, 6)
        assert entities() == 6  # page one's three records were not stored twice
        with session_scope() as session:
            row = session.scalar(select(Task).where(Task.run_id == "run-kill"))
            assert row is not None and (row.state, row.attempts) == (TaskState.COMPLETED, 2)


@pytest.fixture
def fleet(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    with fleet_env(postgres_url, monkeypatch) as env:
        yield env


def _started_order(run_prefix: str) -> list[str]:
    with session_scope() as session:
        rows = session.scalars(
            select(Task)
            .where(Task.run_id.like(f"{run_prefix}%"), Task.started_at.isnot(None))
            .order_by(Task.started_at)
        ).all()
        return [t.source_name for t in rows]


def test_a_backlog_in_high_and_low_is_drained_high_first(fleet: dict[str, str], tmp_path: Path) -> None:
    from workers.dispatch import enqueue_crawl

    # Sources without a production version fail fast: the test is about the order work is taken in.
    low = [deployed_source(f"low-{n}", f"http://low-{n}.test/", priority="low") for n in range(4)]
    high = [deployed_source(f"high-{n}", f"http://high-{n}.test/", priority="high") for n in range(4)]
    with session_scope() as session:
        for version in session.scalars(select(ScraperVersion)):
            version.status = "retired"
    for n, source_id in enumerate(low + high):  # the low ones were queued first
        enqueue_crawl(source_id, f"prio-{n}")
    assert queue_length("crawl.high") == 4 and queue_length("crawl.low") == 4
    with celery_worker(fleet, tmp_path / "w.log", name="prio", queues="crawl.high,crawl.normal,crawl.low"):
        wait_until(lambda: len(_started_order("prio-")) == 8, what="all eight crawls to run")
    order = _started_order("prio-")
    assert [name.split("-")[0] for name in order] == ["high"] * 4 + ["low"] * 4, order


def test_two_named_workers_share_the_queues_and_both_crawl(fleet: dict[str, str], tmp_path: Path) -> None:
    from pipeline.core import fleet as fleet_rows
    from workers.dispatch import enqueue_crawl

    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        sources = [deployed_source(f"shared-{n}", f"{url}/?n={n}") for n in range(6)]
        with session_scope() as session:
            for source in session.scalars(select(Source)):
                source.crawls_per_domain = 6  # one local site stands in for six
        queues = "crawl.high,crawl.normal,crawl.low"
        with (
            celery_worker(fleet, tmp_path / "w1.log", name="w1", queues=queues),
            celery_worker(fleet, tmp_path / "w2.log", name="w2", queues=queues),
        ):

            def both_alive() -> bool:
                with session_scope() as session:
                    names = {w.name.split("@")[0] for w in fleet_rows.live_workers(session, heartbeat_s=1)}
                return {"w1", "w2"} <= names

            wait_until(both_alive, what="the heartbeats of w1 and w2")
            for n, source_id in enumerate(sources):
                enqueue_crawl(source_id, f"shared-{n}")

            def finished() -> list[Task]:
                with session_scope() as session:
                    rows = session.scalars(select(Task).where(Task.run_id.like("shared-%"))).all()
                    return list(rows) if all(t.state == TaskState.COMPLETED for t in rows) and len(rows) == 6 else []

            rows = wait_until(finished, timeout=240, what="six crawls on two workers")
        assert len({t.worker for t in rows}) >= 2  # both processes did work
        assert all(t.result["items"] == 3 for t in rows)
