"""The product's task-state machine (PENDING → IN_PROGRESS → COMPLETED | FAILED → QUARANTINED).

Rows are keyed by ``(run_id, name)``, so a redelivered message finds its row instead of
creating a second one; that is what makes every step idempotent.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pipeline.core.db.models import Task, TaskState
from pipeline.core.normalize import utcnow

TERMINAL = (TaskState.COMPLETED, TaskState.QUARANTINED)


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def ensure_task(
    session: Session, *, run_id: str, name: str, kind: str, source_id: int | None, source_name: str
) -> Task:
    task = session.scalar(select(Task).where(Task.run_id == run_id, Task.name == name))
    if task is None:
        task = Task(run_id=run_id, name=name, kind=kind, source_id=source_id, source_name=source_name)
        session.add(task)
        session.flush()
    return task


def start(session: Session, task: Task, *, lease_s: int) -> None:
    task.state = TaskState.IN_PROGRESS
    task.attempts += 1
    task.worker = worker_identity()
    task.started_at = utcnow()
    task.lease_expires_at = utcnow() + timedelta(seconds=lease_s)
    task.error = None


def complete(task: Task, result: dict[str, Any] | None = None) -> None:
    task.state = TaskState.COMPLETED
    task.finished_at = utcnow()
    task.lease_expires_at = None
    if result is not None:
        task.result = result


def fail(task: Task, error: str, *, max_attempts: int = 1) -> None:
    """FAILED while attempts remain, QUARANTINED (the dead letter) once they are spent."""
    task.state = TaskState.QUARANTINED if task.attempts >= max_attempts else TaskState.FAILED
    task.error = error
    task.finished_at = utcnow()
    task.lease_expires_at = None


def reap_expired(session: Session) -> int:
    """Return IN_PROGRESS rows whose lease expired (their worker died) to PENDING."""
    result = session.execute(
        update(Task)
        .where(Task.state == TaskState.IN_PROGRESS, Task.lease_expires_at < utcnow())
        .values(state=TaskState.PENDING, lease_expires_at=None, error="lease expired; worker presumed dead")
    )
    return int(getattr(result, "rowcount", 0) or 0)


def counts_by_state(session: Session) -> dict[str, int]:
    rows = session.execute(select(Task.state, func.count()).group_by(Task.state)).all()
    counts = {state.value: 0 for state in TaskState}
    counts.update({state: count for state, count in rows})
    return counts


def tasks_of_run(session: Session, run_id: str) -> Sequence[Task]:
    return session.scalars(select(Task).where(Task.run_id == run_id).order_by(Task.id)).all()


def list_tasks(
    session: Session, *, state: str | None = None, source_name: str | None = None, limit: int = 50
) -> Sequence[Task]:
    query = select(Task)
    if state is not None:
        query = query.where(Task.state == state.upper())
    if source_name is not None:
        query = query.where(Task.source_name == source_name)
    return session.scalars(query.order_by(Task.id.desc()).limit(limit)).all()


def reopen(session: Session, task_id: int) -> Task:
    """Return a FAILED or QUARANTINED task to PENDING so it can run again (a dead-letter re-drive)."""
    from pipeline.core.exceptions import ConfigurationError  # noqa: PLC0415 - keeps the import graph flat

    task = session.get(Task, task_id)
    if task is None:
        raise ConfigurationError(f"No task with id {task_id}; `sdp tasks list` shows them.")
    if task.state not in (TaskState.FAILED, TaskState.QUARANTINED):
        raise ConfigurationError(f"Task {task_id} is {task.state}; only FAILED or QUARANTINED tasks can be retried.")
    if task.source_id is None:
        raise ConfigurationError(f"Task {task_id} belonged to a source that no longer exists; add the source again.")
    task.state = TaskState.PENDING
    task.error = None
    return task
