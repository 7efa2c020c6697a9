"""An onboarding whose message RabbitMQ dead-lettered is a QUARANTINED task like any other: listed by
`sdp tasks list --state quarantined` and resumed from its step by `sdp tasks retry ID`. Real worker and
beat (`sdp run`) on quorum queues in a private virtual host, PostgreSQL, a local site."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.settings import get_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import create_source
from tests.e2e.conftest import assert_ok, sdp
from tests.integration.fleet_helpers import PAGE, fleet_env, misbehaving_site, sdp_run, wait_until
from workers.celery_app import broker_connection
from workers.topology import DEAD_LETTER_QUEUE, declare_dead_letters, queue_for

pytestmark = pytest.mark.slow


@pytest.fixture
def rabbit(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    with fleet_env(
        postgres_url, monkeypatch, broker="rabbitmq", SDP_BROKER_DELIVERY_LIMIT="2", SDP_WORKER_TICK_S="1"
    ) as env:
        yield env


def _dead_letters() -> int | None:
    from workers.dispatch import queue_depths

    return queue_depths().get(DEAD_LETTER_QUEUE)


def _fail_every_delivery(queue_name: str) -> int:
    """Give the first message of ``queue_name`` back each time, as a worker whose database is away does."""
    settings = get_settings()
    deliveries = 0
    with broker_connection(settings) as connection, connection.channel() as channel:
        queue = queue_for(queue_name, settings).bind(channel)
        while (message := queue.get(no_ack=False)) is not None:
            deliveries += 1
            message.reject(requeue=True)  # tasks.onboard_step: Reject(requeue=True)
            assert deliveries <= 5, "the delivery limit did not stop the loop"
    return deliveries


def _enqueue_onboarding(source_id: int, run_id: str) -> None:
    """What `sdp add` does when workers are up, in a process of its own as `sdp add` is.

    Celery configures its app once per process: in this one, an earlier test's broker and queues.
    """
    call = f"from workers.dispatch import enqueue_onboarding; enqueue_onboarding({source_id}, {run_id!r})"
    subprocess.run([sys.executable, "-c", call], check=True, timeout=60)


def test_a_dead_lettered_onboarding_is_quarantined_and_resumed_by_sdp_tasks_retry(
    rabbit: dict[str, str], tmp_path: Path
) -> None:
    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        with session_scope() as session:
            source_id = create_source(session, url=f"{url}/", name="lost-teas").id
        with broker_connection() as connection:  # as every worker does when it connects
            declare_dead_letters(connection, get_settings())
        _enqueue_onboarding(source_id, "run-lost")
        assert _fail_every_delivery("onboard") == 3  # the first delivery and two more, then sdp.dead
        assert wait_until(lambda: _dead_letters() == 1, what="the onboarding in sdp.dead")
        assert sdp("tasks", "list", "--json").json() == []  # no step ever started: nothing shows it yet

        with sdp_run(rabbit, tmp_path / "worker.log"):
            # Beat's tick reads sdp.dead and records the step where operators look.
            [dead] = wait_until(
                lambda: sdp("tasks", "list", "--state", "quarantined", "--json").json(),
                what="the dead letter in the task table",
            )
            assert (dead["source"], dead["step"], dead["kind"], dead["run_id"]) == (
                "lost-teas",
                "scout",
                "onboard",
                "run-lost",
            )
            assert "dead-lettered" in dead["error"] and "delivered 3 times" in dead["error"]
            assert wait_until(lambda: _dead_letters() == 0, what="sdp.dead emptied") is True
            assert "dead      1 quarantined" in assert_ok(sdp("status")).out

            retried = assert_ok(sdp("tasks", "retry", str(dead["id"])))
            assert "was queued for the workers" in retried.out

            def onboarded() -> bool:
                rows = sdp("tasks", "list", "--source", "lost-teas", "--json").json()
                return len(rows) == 5 and all(row["state"] == "COMPLETED" for row in rows)

            wait_until(onboarded, timeout=300, what="the onboarding resumed from its scout step")
        assert len(assert_ok(sdp("export", "lost-teas")).json()) == 3
        assert "Onboarding of lost-teas completed" in assert_ok(sdp("logs", "lost-teas")).out
        assert sdp("tasks", "list", "--state", "quarantined", "--json").json() == []


def test_a_dead_letter_names_the_step_its_message_carried() -> None:
    from workers.deadletters import step_of

    died = {"x-death": [{"reason": "delivery_limit", "queue": "onboard.quorum", "count": 1}]}
    step = step_of({"task": "sdp.onboard.step", **died}, [["build", 7, "run-1"], {}, {}])
    assert step is not None and (step.kind, step.name, step.source_id, step.run_id) == ("onboard", "build", 7, "run-1")
    assert "delivered 21 times" in step.reason  # the default limit of 20 redeliveries
    resumed = step_of({"task": "sdp.onboard.resume"}, [[7, "run-1", "validate"], {}, {}])
    assert resumed is not None and resumed.name == "validate" and "refused" in resumed.reason
    crawl = step_of({"task": "sdp.crawl"}, [[7, "run-2"], {}, {}])
    assert crawl is not None and (crawl.kind, crawl.name) == ("crawl", "crawl")
    assert step_of({"task": "sdp.no-such-task"}, [[1], {}, {}]) is None
    assert step_of({"task": "sdp.crawl"}, None) is None  # a body that did not decode
