"""What an operator sees of the fleet: `sdp schedule`, and `sdp status` / `sdp tasks list` showing
retries, dead letters and circuit breakers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pipeline.core import breakers, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import create_source, mark_ready
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

pytestmark = pytest.mark.slow


def test_a_schedule_changes_at_run_time_and_bad_ones_get_one_clear_error() -> None:
    with session_scope() as session:
        mark_ready(session, create_source(session, url="http://tea.test/", name="tea"))

    changed = assert_ok(sdp("schedule", "tea", "30m", "--priority", "high"))
    assert "every '30m', priority high" in changed.out
    assert "every '0 */6 * * *'" in assert_ok(sdp("schedule", "tea", "0 */6 * * *")).out
    assert_one_line_error(sdp("schedule", "tea", "every 5 parsecs"), code=2, says="neither an interval nor a cron")
    assert_one_line_error(sdp("schedule", "coffee", "1h"), code=2, says="No source named 'coffee'")
    assert "every '0 */6 * * *', priority high" in assert_ok(sdp("schedule", "tea")).out


def test_status_and_the_task_list_show_retries_dead_letters_and_open_breakers() -> None:
    with session_scope() as session:
        source = create_source(session, url="http://tea.test/", name="tea")
        waiting = taskstate.ensure_task(
            session, run_id="run-wait", name="crawl", kind="crawl", source_id=source.id, source_name="tea"
        )
        taskstate.start(session, waiting, lease_s=60)
        taskstate.fail(waiting, "HTTP 503", max_attempts=5, retry_at=utcnow() + timedelta(minutes=5))
        dead = taskstate.ensure_task(
            session, run_id="run-dead", name="crawl", kind="crawl", source_id=source.id, source_name="tea"
        )
        taskstate.start(session, dead, lease_s=60)
        taskstate.fail(dead, "HTTP 404 on the start page")
        dead_id = dead.id
        for _ in range(5):
            breakers.record_failure(session, "domain:tea.test", threshold=5, error="network: refused")

    status = assert_ok(sdp("status")).out
    assert "retries   1 pending" in status
    assert f"dead      1 quarantined; newest #{dead_id} tea crawl x1: HTTP 404 on the start page" in status
    assert "domain:tea.test OPEN" in status
    assert "crawl slots held" in status and "queues    " in status

    [row] = sdp("tasks", "list", "--state", "failed", "--json").json()
    assert row["next_attempt_at"] and row["error"] == "HTTP 503" and row["attempts"] == 1
    listed = assert_ok(sdp("tasks", "list", "--state", "failed")).out
    assert "next attempt" in listed
    report = sdp("status", "--json").json()
    assert report["dead_letters"]["count"] == 1 and report["breakers"][0]["state"] == "open"
