"""Onboarding on the workers: a step that fails for a passing reason is retried with backoff until it
succeeds; a permanent failure is quarantined at once. Real worker + beat (`sdp run`) on RabbitMQ
quorum queues in a private virtual host, PostgreSQL, a local site that misbehaves."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Task, TaskState
from tests.e2e.conftest import assert_ok, sdp
from tests.integration.fleet_helpers import PAGE, fleet_env, misbehaving_site, sdp_run

pytestmark = pytest.mark.slow

BUSY = (503, {}, "<html><body>busy, try later</body></html>")


@pytest.fixture
def fleet(postgres_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, str]]:
    """`sdp run` (one worker with beat) whose retries come due within a second."""
    with (
        fleet_env(
            postgres_url,
            monkeypatch,
            broker="rabbitmq",
            SDP_WORKER_TICK_S="1",
            SDP_WORKER_RETRY_BASE_S="0.5",
            SDP_WORKER_RETRY_MAX_S="1",
        ) as env,
        sdp_run(env, tmp_path / "worker.log"),
    ):
        yield env


def _rows(name: str) -> dict[str, Task]:
    with session_scope() as session:
        return {t.name: t for t in session.scalars(select(Task).where(Task.source_name == name))}


def test_a_site_busy_twice_is_onboarded_after_two_retries(fleet: dict[str, str]) -> None:
    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        site.first["/"] = [BUSY, BUSY]
        added = assert_ok(sdp("add", f"{url}/", "--name", "flaky-teas"))
        assert "on the workers" in added.out and "✓ crawl" in added.out

    rows = _rows("flaky-teas")
    assert {name: row.state for name, row in rows.items()} == dict.fromkeys(
        ("scout", "build", "validate", "deploy", "crawl"), TaskState.COMPLETED
    )
    assert rows["scout"].attempts == 3  # 503, 503, then the page
    assert all(row.attempts == 1 for name, row in rows.items() if name != "scout")
    log = assert_ok(sdp("logs", "flaky-teas")).out
    assert log.count("scout failed") == 2 and "HTTP 503" in log and "Onboarding of flaky-teas completed" in log
    assert len(sdp("export", "flaky-teas").json()) == 3


def test_a_missing_page_is_quarantined_at_once_with_a_clear_error(fleet: dict[str, str]) -> None:
    with misbehaving_site() as (url, site):
        failed = sdp("add", f"{url}/gone/", "--name", "gone-teas")
        assert failed.code == 1 and "HTTP 404" in failed.err, failed.err
        assert site.hits.get("/gone/") == 1  # no second request: a 404 does not pass by itself

    [dead] = sdp("tasks", "list", "--state", "quarantined", "--json", env=fleet).json()
    assert (dead["step"], dead["attempts"], dead["source"]) == ("scout", 1, "gone-teas")
    assert "answered HTTP 404" in dead["error"]
    assert sdp("list", "--json").json() == []  # no half-built source is left behind
    assert "dead      1 quarantined" in assert_ok(sdp("status")).out
