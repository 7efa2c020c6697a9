"""The real Celery worker (`sdp run`) on every broker: onboarding through the queue, beat-driven
crawls, heartbeats in the database, a clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import RABBITMQ_URL, REDIS_URL, Site, _truncate_all
from tests.e2e.conftest import assert_ok, sdp
from tests.integration.fleet_helpers import live_workers, purge_broker, sdp_run, wait_until

pytestmark = pytest.mark.slow
FAST = {"SDP_WORKER_HEARTBEAT_S": "1", "SDP_WORKER_TICK_S": "2", "SDP_WORKER_CONCURRENCY": "2"}


@pytest.fixture(params=["embedded", "redis", "rabbitmq"])
def fleet_env(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = dict(FAST)
    if request.param != "embedded":
        database = request.getfixturevalue("postgres_url")
        monkeypatch.setenv("SDP_DATABASE_URL", database)
        _truncate_all(database)
        env["SDP_DATABASE_URL"] = database
        env["SDP_BROKER_URL"] = f"{REDIS_URL}/13" if request.param == "redis" else RABBITMQ_URL
        # Messages left by an interrupted earlier run must not reach this run's fresh database.
        purge_broker(env)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def worker(fleet_env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    with sdp_run(fleet_env, tmp_path / "worker.log") as process:
        yield process


def crawls_completed(name: str) -> int:
    return sdp("logs", name).out.count("crawl completed")


@pytest.mark.long_variant("redis")  # Redis fleets: tests/fault and test_fleet_reliability
def test_the_fleet_onboards_schedules_and_stops_cleanly(worker: subprocess.Popen[bytes], demo_site: Site) -> None:
    [alive] = live_workers()
    assert "crawl.high" in alive["queues"] and "onboard" in alive["queues"]

    added = assert_ok(sdp("add", demo_site.url, "--name", "coffee", "--schedule", "10s"))
    assert "on the workers" in added.out and "✓ crawl" in added.out
    assert len(sdp("export", "coffee").json()) == 11

    # Beat's tick finds the source due again and a worker crawls it, with no one asking.
    wait_until(lambda: crawls_completed("coffee") >= 2, what="a scheduled crawl by beat")
    assert len(sdp("export", "coffee").json()) == 11  # re-crawled, not duplicated

    # As `docker stop` and `kill PID` do: the main process is told, and it stops its pool itself.
    # (SIGTERM to the whole process group kills pool children mid-flight, and billiard's pool can
    # then deadlock at exit waiting for a queue lock a dead child held.)
    os.kill(worker.pid, signal.SIGTERM)
    worker.wait(timeout=60)
    assert live_workers() == []  # a clean stop removes the heartbeat
