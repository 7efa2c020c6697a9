"""The product's task-state machine (PENDING → IN_PROGRESS → COMPLETED | FAILED → QUARANTINED).

Rows are keyed by ``(run_id, name)``, so a redelivered message finds its row instead of
creating a second one; that is what makes every step idempotent. A transient failure leaves the
row FAILED with ``next_attempt_at``; beat returns it to PENDING then and queues it again. A
permanent failure, or a transient one with no attempts left, is QUARANTINED: the dead letter.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import Task, TaskState

TERMINAL = (TaskState.COMPLETED, TaskState.QUARANTINED)


def new_run_id() -> str:
    """The id tying together the tasks, crawls and pages of one run (an onboarding, a crawl, a heal)."""
    return str(uuid.uuid4())


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
    task.next_attempt_at = None
    task.error = None


def complete(task: Task, result: dict[str, Any] | None = None) -> None:
    task.state = TaskState.COMPLETED
    task.finished_at = utcnow()
    task.lease_expires_at = None
    if result is not None:
        task.result = result


def fail(task: Task, error: str, *, max_attempts: int = 1, retry_at: datetime | None = None) -> None:
    """FAILED with a retry time while attempts remain (transient: ``retry_at`` given), else QUARANTINED."""
    retry = retry_at is not None and task.attempts < max_attempts
    task.state = TaskState.FAILED if retry else TaskState.QUARANTINED
    task.next_attempt_at = retry_at if retry else None
    task.error = error
    task.finished_at = utcnow()
    task.lease_expires_at = None


def defer(task: Task, *, until: datetime, reason: str) -> None:
    """Not now, without spending an attempt (a limit or an open breaker); beat re-queues it at ``until``."""
    task.state = TaskState.FAILED
    task.next_attempt_at = until
    task.error = f"waiting: {reason}"
    task.lease_expires_at = None


def renew_lease(session: Session, task_id: int, *, worker: str, lease_s: int) -> bool:
    """Extend the lease of a running step; False when the row is no longer ours (reaped, finished)."""
    result = session.execute(
        update(Task)
        .where(Task.id == task_id, Task.state == TaskState.IN_PROGRESS, Task.worker == worker)
        .values(lease_expires_at=utcnow() + timedelta(seconds=lease_s))
    )
    return bool(getattr(result, "rowcount", 0))


def _locked(session: Session, query: Select[Task]) -> Select[Task]:
    # Two beats must not both take the same row: SKIP LOCKED on PostgreSQL; SQLite serialises writers.
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        return query.with_for_update(skip_locked=True)
    return query


def reap_expired(session: Session, requeue: Callable[[Task], None] | None = None) -> int:
    """Return IN_PROGRESS rows whose lease expired (their worker died) to PENDING, and queue them again."""
    expired = session.scalars(
        _locked(session, select(Task).where(Task.state == TaskState.IN_PROGRESS, Task.lease_expires_at < utcnow()))
    ).all()
    for task in expired:
        task.state = TaskState.PENDING
        task.lease_expires_at = None
        task.error = "lease expired; worker presumed dead"
        if requeue is not None:
            requeue(task)
    return len(expired)


def queued(task: Task, *, redeliver_after_s: int) -> None:
    """A PENDING step's message is on the way; not started by the deadline, it may be queued again.

    A step in any other state keeps it (a message for a finished step is a no-op anyway).
    """
    if task.state == TaskState.PENDING:
        task.lease_expires_at = utcnow() + timedelta(seconds=redeliver_after_s)


def redeliver_lost(session: Session, requeue: Callable[[Task], None], *, still_queued: Callable[[Task], bool]) -> int:
    """Queue again the PENDING rows past their deadline whose queue the broker reports empty.

    Their message is gone (a broker restarted without persistence, a purged queue); a second
    message for a row that does start costs a no-op, never a second run.
    """
    overdue = session.scalars(
        _locked(session, select(Task).where(Task.state == TaskState.PENDING, Task.lease_expires_at < utcnow()))
    ).all()
    lost = [task for task in overdue if not still_queued(task)]
    for task in lost:
        requeue(task)
    return len(lost)


def release_due_retries(
    session: Session, requeue: Callable[[Task], None], *, limit: int = 100, kinds: Sequence[str] | None = None
) -> int:
    """FAILED rows (of ``kinds``, default all) whose retry time has come go back to PENDING and are queued again."""
    query = select(Task).where(Task.state == TaskState.FAILED, Task.next_attempt_at <= utcnow())
    if kinds is not None:
        query = query.where(Task.kind.in_(kinds))
    due = session.scalars(_locked(session, query.order_by(Task.next_attempt_at).limit(limit))).all()
    for task in due:
        task.state = TaskState.PENDING
        task.next_attempt_at = None
        requeue(task)
    return len(due)


def dead_letters(session: Session) -> tuple[int, Task | None]:
    """How many tasks are QUARANTINED, and the newest of them."""
    count = int(session.scalar(select(func.count()).select_from(Task).where(Task.state == TaskState.QUARANTINED)) or 0)
    newest = session.scalar(
        select(Task).where(Task.state == TaskState.QUARANTINED).order_by(Task.finished_at.desc(), Task.id.desc())
    )
    return count, newest


def retries_pending(session: Session) -> int:
    query = (
        select(func.count()).select_from(Task).where(Task.state == TaskState.FAILED, Task.next_attempt_at.isnot(None))
    )
    return int(session.scalar(query) or 0)


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
    task.next_attempt_at = None
    return task
