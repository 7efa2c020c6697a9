"""Enqueue work by task name, so callers (CLI, API) need not import the task modules.

Crawls and heals go through the outbox: the PENDING task row and the message to publish commit
together, then the relay publishes (right away, and again on every beat tick), so a commit and
its dispatch never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from celery import chain
from sqlalchemy.orm import Session

from config.logging import redact
from config.settings import get_settings
from pipeline.core import outbox, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, Task
from pipeline.core.exceptions import ServiceUnavailable
from workers.celery_app import app, broker_connection
from workers.queues import ALL_QUEUES, HEAL, ONBOARD, crawl_queue
from workers.topology import depth_names, queue_for

ONBOARDING_STEPS = ("scout", "build", "validate", "deploy", "crawl")
logger = structlog.get_logger(__name__)


def check_broker() -> None:
    """Raise ServiceUnavailable with one clear line when the broker does not answer."""
    settings = get_settings()
    try:
        with broker_connection(settings) as connection:
            connection.ensure_connection(max_retries=1, timeout=settings.broker.connect_timeout_s)
    except Exception as exc:  # kombu raises many transport-specific types
        raise ServiceUnavailable(
            f"Broker {redact(settings.broker_url)} does not answer ({type(exc).__name__}: {redact(str(exc))[:120]}). "
            "Check SDP_BROKER_URL and that the server is running."
        ) from None


def relay_outbox() -> int:
    """Publish what the outbox holds; a broker that is away leaves the rows for the next tick.

    It publishes to the broker the settings name now, not the one the Celery app was first
    configured with: a process whose settings were reloaded must not send work elsewhere.
    """
    settings = get_settings()
    try:
        with broker_connection(settings) as connection:

            def publish(task: str, args: Sequence[Any], queue: str) -> None:
                destination = queue_for(queue, settings) if queue in ALL_QUEUES else queue
                app.send_task(task, args=tuple(args), queue=destination, connection=connection)

            return outbox.relay(publish)
    except Exception as exc:  # the database may be away too; beat relays again
        logger.warning("Outbox not relayed", error=str(exc))
        return 0


def enqueue_onboarding(source_id: int, run_id: str, *, start: str = ONBOARDING_STEPS[0]) -> None:
    """Queue the onboarding chain from step ``start`` on (the steps before it are done)."""
    chain(
        *(
            app.signature("sdp.onboard.step", args=(step, source_id, run_id), immutable=True, queue=ONBOARD)
            for step in ONBOARDING_STEPS[ONBOARDING_STEPS.index(start) :]
        )
    ).apply_async()


def resume_onboarding(session: Session, task: Task) -> None:
    """In the caller's transaction: the message that runs an onboarding again from its failed step."""
    if task.source_id is not None:
        outbox.add(session, "sdp.onboard.resume", [task.source_id, task.run_id, task.name], ONBOARD)


def retry_due(session: Session, task: Task) -> None:
    """Queue a step whose retry time has come (beat's tick)."""
    if task.kind == "onboard":
        resume_onboarding(session, task)
    else:
        requeue(session, task)


def queue_of(session: Session, task: Task) -> str | None:
    """The queue a crawl or heal step is sent to; None for steps that are not re-sent alone."""
    if task.source_id is None or task.kind not in ("crawl", "heal"):
        return None
    if task.kind == "heal":
        return HEAL
    source = session.get(Source, task.source_id)
    return crawl_queue(source.priority if source else "normal")


def requeue(session: Session, task: Task) -> None:
    """Write the message that runs ``task`` again (crawl and heal steps; onboarding is a chain)."""
    queue = queue_of(session, task)
    if queue is None or task.source_id is None:
        return
    outbox.add(session, f"sdp.{task.kind}", [task.source_id, task.run_id], queue)
    taskstate.queued(task, redeliver_after_s=get_settings().worker.redeliver_after_s)


def add_crawl(session: Session, source: Source, run_id: str) -> None:
    """In the caller's transaction: a PENDING crawl row and its message."""
    task = taskstate.ensure_task(
        session, run_id=run_id, name="crawl", kind="crawl", source_id=source.id, source_name=source.name
    )
    requeue(session, task)


def redeliver_lost(session: Session) -> int:
    """Queue again the steps whose message the broker lost (asks the broker only when some are overdue)."""
    depths: dict[str, int | None] | None = None

    def still_queued(task: Task) -> bool:
        nonlocal depths
        if depths is None:
            depths = queue_depths()
        depth = depths.get(queue_of(session, task) or "")
        return depth is None or depth > 0  # a broker that cannot tell keeps the messages it may hold

    return taskstate.redeliver_lost(session, lambda task: requeue(session, task), still_queued=still_queued)


def enqueue_crawl(source_id: int, run_id: str, *, relay: bool = True) -> None:
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        add_crawl(session, source, run_id)
    if relay:
        relay_outbox()


def enqueue_heal(source_id: int, run_id: str, *, relay: bool = True) -> None:
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        task = taskstate.ensure_task(
            session, run_id=run_id, name="heal", kind="heal", source_id=source.id, source_name=source.name
        )
        requeue(session, task)
    if relay:
        relay_outbox()


def queue_depths() -> dict[str, int | None]:
    """Messages waiting per queue (None where the broker cannot tell); on RabbitMQ ``sdp.dead`` too."""
    names = depth_names(get_settings())
    depths: dict[str, int | None] = {}
    try:
        with broker_connection() as connection:
            connection.ensure_connection(max_retries=1)
            for shown, name in names.items():
                channel = connection.channel()  # RabbitMQ closes the channel of a failed passive declare
                try:
                    depths[shown] = int(channel.queue_declare(name, passive=True).message_count)
                except Exception:  # a queue nobody declared yet holds nothing
                    depths[shown] = 0
                finally:
                    channel.close()
    except Exception as exc:
        logger.warning("Queue depths unavailable", error=str(exc))
        return dict.fromkeys(names)
    return depths
