"""The real Celery worker (`sdp run`) on every broker: onboarding through the queue, beat-driven
crawls, heartbeats in the database, a clean stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import RABBITMQ_URL, REDIS_URL, Site, _truncate_all
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
FAST = {"SDP_WORKER_HEARTBEAT_S": "1", "SDP_WORKER_TICK_S": "2", "SDP_WORKER_CONCURRENCY": "2"}


def wait_until(check: Callable[[], Any], *, timeout: float = 90, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"timed out after {timeout}s waiting for {what}")


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
        subprocess.run(
            [sys.executable, "-m", "celery", "-A", "workers", "purge", "-f"],
            env={**os.environ, **env},
            capture_output=True,
            check=True,
            timeout=60,
        )
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def worker(fleet_env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "src", "run"],
            env={**os.environ, **fleet_env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until(lambda: alive_workers() or process.poll() is not None, what="the worker's first heartbeat")
        assert process.poll() is None, log.read_text(errors="replace")
        yield process
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def alive_workers() -> list[dict[str, Any]]:
    status = sdp("status", "--json")
    return [w for w in status.json()["workers"] if w["alive"]] if status.code == 0 else []


def crawls_completed(name: str) -> int:
    return sdp("logs", name).out.count("crawl completed")


@pytest.mark.long_variant("redis")  # Redis fleets: tests/fault and test_fleet_reliability
def test_the_fleet_onboards_schedules_and_stops_cleanly(worker: subprocess.Popen[bytes], demo_site: Site) -> None:
    [alive] = alive_workers()
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
    assert alive_workers() == []  # a clean stop removes the heartbeat
