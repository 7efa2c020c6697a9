"""RabbitMQ with quorum queues: poison messages end in ``sdp.dead``, ``sdp status`` counts them, and
crawls still run end to end. Each test gets its own virtual host on the machine's RabbitMQ."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kombu.entity import Exchange, Queue
from sqlalchemy import select

from config.settings import get_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Task, TaskState
from tests.conftest import _truncate_all
from tests.e2e.conftest import assert_ok, sdp
from tests.integration.fleet_helpers import (
    PAGE,
    celery_worker,
    deployed_source,
    misbehaving_site,
    rabbitmq_vhost,
    wait_until,
)
from workers.celery_app import broker_connection
from workers.topology import DEAD_LETTER_QUEUE, declare_dead_letters, queue_for

pytestmark = pytest.mark.slow


@pytest.fixture
def vhost_url() -> Iterator[str]:
    with rabbitmq_vhost() as url:
        yield url


@pytest.fixture
def rabbit(vhost_url: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("SDP_BROKER_URL", vhost_url)
    get_settings.cache_clear()
    return {"SDP_BROKER_URL": vhost_url}


def _dead_letters() -> int | None:
    from workers.dispatch import queue_depths

    return queue_depths().get(DEAD_LETTER_QUEUE)


def test_a_rejected_message_and_one_past_its_delivery_limit_end_in_the_dead_letter_queue(
    rabbit: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDP_BROKER_DELIVERY_LIMIT", "2")
    get_settings.cache_clear()
    settings = get_settings()
    queue = queue_for("maintenance", settings)
    assert queue.name == "maintenance.quorum" and queue.queue_arguments["x-queue-type"] == "quorum"
    with broker_connection(settings) as connection:
        declare_dead_letters(connection)
        with connection.channel() as channel:
            bound = queue.bind(channel)
            bound.declare()
            for body in ("refused", "poison"):
                connection.Producer(channel).publish(
                    {"body": body}, exchange=queue.exchange, routing_key=queue.routing_key, declare=[queue]
                )
            refused = bound.get(no_ack=False)
            assert refused is not None and refused.payload == {"body": "refused"}
            refused.reject(requeue=False)  # what a worker does with a task it does not know
            deliveries = 0
            while (message := bound.get(no_ack=False)) is not None:
                assert message.payload == {"body": "poison"}
                deliveries += 1
                message.reject(requeue=True)  # a message that fails every time it is delivered
                assert deliveries <= 5, "the delivery limit did not stop the loop"
    assert deliveries == 3  # the first delivery and two redeliveries, then the broker gave up
    assert wait_until(lambda: _dead_letters() == 2, what="both messages in sdp.dead")


def test_a_crawl_runs_end_to_end_on_quorum_queues_beside_old_classic_ones(
    rabbit: dict[str, str], postgres_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from workers.celery_app import app
    from workers.dispatch import enqueue_crawl

    env = {**rabbit, "SDP_DATABASE_URL": postgres_url, "SDP_WORKER_HEARTBEAT_S": "1"}
    monkeypatch.setenv("SDP_DATABASE_URL", postgres_url)
    _truncate_all(postgres_url)
    settings = get_settings()
    with broker_connection(settings) as connection, connection.channel() as channel:
        # What an earlier release declared: classic queues under the plain names, one message waiting.
        old = Queue("crawl.normal", Exchange("crawl.normal", type="direct"), routing_key="crawl.normal")
        old.bind(channel).declare()
        connection.Producer(channel).publish({"old": True}, exchange=old.exchange, routing_key="crawl.normal")

    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {}, PAGE)
        source_id = deployed_source("quorum-teas", f"{url}/")
        with celery_worker(env, tmp_path / "worker.log", name="rq", queues="crawl.high,crawl.normal,maintenance"):

            def done() -> bool:
                with session_scope() as session:
                    state = session.scalar(select(Task.state).where(Task.run_id == "run-quorum"))
                return state == TaskState.COMPLETED

            enqueue_crawl(source_id, "run-quorum")
            wait_until(done, timeout=300, what="the crawl on RabbitMQ")
            with broker_connection(settings) as connection:
                app.send_task("sdp.no-such-task", queue=queue_for("maintenance", settings), connection=connection)
            wait_until(lambda: _dead_letters() == 1, what="the unknown task in sdp.dead")

            report = assert_ok(sdp("status", "--json", env=env)).json()
            [worker] = [w for w in report["workers"] if w["alive"]]
            assert set(worker["queues"]) == {"crawl.high", "crawl.normal", "maintenance"}
            assert report["queues"][DEAD_LETTER_QUEUE] == 1 and report["queues"]["crawl.normal"] == 0
            assert "sdp.dead 1" in assert_ok(sdp("status", env=env)).out
        assert (tmp_path / "worker.log").read_text(errors="replace").count("PRECONDITION_FAILED") == 0

    with broker_connection(settings) as connection, connection.channel() as channel:
        # The old queue got nothing new: its one message waits to be drained (docs/scaling.md).
        assert channel.queue_declare("crawl.normal", passive=True).message_count == 1
