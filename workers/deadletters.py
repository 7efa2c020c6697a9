"""The broker's dead letters (RabbitMQ's ``sdp.dead``), recorded where the truth is: the task table.

RabbitMQ dead-letters a message that a worker rejected (a task name it does not know, a body
that does not decode) or that outlived its delivery limit (a poison message that kills its
worker every time, a step whose database stayed away delivery after delivery). The step it
carried would then wait unseen: an onboarding step has no row until it starts, and nothing
sends it again. Beat's tick reads ``sdp.dead``: each message that names one of our steps (of a
source that still exists) makes that step QUARANTINED, with the broker's reason, unless the step
is finished or running under a live lease (a stale copy). ``sdp tasks list --state quarantined``
shows it and ``sdp tasks retry ID`` runs it again (an onboarding from that step on). A recorded
message is acknowledged, the row holds all it carried; one that names no step stays in
``sdp.dead`` for a person to read (``rabbitmqadmin get queue=sdp.dead``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import select

from config.settings import get_settings
from pipeline.core import audit, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, Task, TaskState
from workers.celery_app import broker_connection
from workers.topology import dead_letter_queue, uses_quorum_queues

logger = structlog.get_logger(__name__)

#: Dead letters read per tick; the rest wait for the next one.
BATCH = 100
_WHY = {
    "rejected": "a worker refused it (a task it does not know, or a body that does not decode)",
    "delivery_limit": "it was delivered {limit} times without being acknowledged "
    "(its worker died each time, or the database stayed away)",
}


@dataclass(frozen=True)
class DeadStep:
    """The step a dead-lettered message carried."""

    kind: str
    name: str
    source_id: int
    run_id: str
    reason: str


def record_dead_letters(limit: int = BATCH) -> int:
    """Quarantine the steps of the messages in ``sdp.dead``; how many were recorded (0 off RabbitMQ)."""
    settings = get_settings()
    if not uses_quorum_queues(settings):
        return 0
    recorded = 0
    with broker_connection(settings) as connection:
        channel = connection.channel()
        try:
            queue = dead_letter_queue().bind(channel)  # type: ignore[no-untyped-call]  # kombu ships no hints
            for _ in range(limit):
                message = queue.get(no_ack=False)
                if message is None:
                    break
                step = step_of(message.headers or {}, _payload(message))
                if step is not None and _quarantine(step):
                    message.ack()
                    recorded += 1
        finally:
            channel.close()  # what was not acknowledged goes back to sdp.dead
    return recorded


def step_of(headers: dict[str, Any], payload: Any) -> DeadStep | None:
    """The step a Celery message (protocol 2: ``[args, kwargs, embed]``) was sent to run, if any."""
    args = payload[0] if isinstance(payload, list) and payload and isinstance(payload[0], list) else None
    task = headers.get("task")
    if args is None or not isinstance(task, str):
        return None
    reason = _reason(headers)
    try:
        if task == "sdp.onboard.step":
            name, source_id, run_id = args[:3]
            return DeadStep("onboard", str(name), int(source_id), str(run_id), reason)
        if task == "sdp.onboard.resume":
            source_id, run_id, name = args[:3]
            return DeadStep("onboard", str(name), int(source_id), str(run_id), reason)
        if task in ("sdp.crawl", "sdp.heal"):
            source_id, run_id = args[:2]
            kind = task.removeprefix("sdp.")
            return DeadStep(kind, kind, int(source_id), str(run_id), reason)
    except (TypeError, ValueError):
        return None
    return None


def _quarantine(step: DeadStep) -> bool:
    """QUARANTINED unless finished or running; False when the step is not one of ours (the message stays).

    Ours: a crawl or heal has its row from the moment it is queued; an onboarding step may have
    none yet, but its source exists and is not ready.
    """
    with session_scope() as session:
        source = session.get(Source, step.source_id)
        if source is None:
            return False
        task = session.scalar(select(Task).where(Task.run_id == step.run_id, Task.name == step.name))
        if task is None and (step.kind != "onboard" or source.ready):
            return False
        task = task or taskstate.ensure_task(
            session, run_id=step.run_id, name=step.name, kind=step.kind, source_id=source.id, source_name=source.name
        )
        live = task.lease_expires_at is not None and task.lease_expires_at > utcnow()
        if task.state in taskstate.TERMINAL or (task.state == TaskState.IN_PROGRESS and live):
            return True  # a stale copy: the step is done or runs elsewhere
        error = f"the broker dead-lettered its message: {step.reason}; `sdp tasks retry {task.id}` runs it again"
        taskstate.fail(task, error)
        audit.record(
            session,
            actor="broker",
            action="onboarding.failed" if step.kind == "onboard" else f"{step.kind}.dead_lettered",
            source_name=source.name,
            run_id=step.run_id,
            level="error",
            message=f"Step {step.name} stopped: {error}",
        )
        logger.warning("Dead letter recorded", task=task.id, step=step.name, run_id=step.run_id)
        return True


def _reason(headers: dict[str, Any]) -> str:
    deaths = headers.get("x-death")
    death = deaths[0] if isinstance(deaths, list) and deaths and isinstance(deaths[0], dict) else {}
    why = str(death.get("reason", "rejected"))
    return _WHY.get(why, why).format(limit=get_settings().broker.delivery_limit + 1)


def _payload(message: Any) -> Any:
    try:
        return message.payload
    except Exception:  # a body that does not decode names no step
        return None
