"""Changes of a task row that two workers may race for, each made by one conditional UPDATE.

A crawl slot takes queued crawls as companions while their own messages may be reaching other
workers; a read-then-write would let both run the crawl. ``UPDATE … WHERE state …`` decides on
the row's current state under the row lock (PostgreSQL re-checks the condition after waiting for
a concurrent writer; SQLite has one writer at a time), so exactly one of them wins.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, or_, update
from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import Task, TaskState


def start(session: Session, task_id: int, *, worker: str, lease_s: int, only_pending: bool = False) -> bool:
    """IN_PROGRESS under ``worker``'s lease; False when someone else holds the row or it is finished.

    A row may be started when it waits (PENDING, FAILED, QUARANTINED for a re-drive), or runs
    under this worker already, or under a lease that ran out. ``only_pending``: PENDING only
    (a companion, whose own message is still on its way).
    """
    now = utcnow()
    if only_pending:
        startable = Task.state == TaskState.PENDING
    else:
        startable = or_(
            Task.state.in_((TaskState.PENDING, TaskState.FAILED, TaskState.QUARANTINED)),
            and_(
                Task.state == TaskState.IN_PROGRESS,
                or_(Task.worker == worker, Task.lease_expires_at.is_(None), Task.lease_expires_at <= now),
            ),
        )
    result = session.execute(
        update(Task)
        .where(Task.id == task_id, startable)
        .values(
            state=TaskState.IN_PROGRESS,
            attempts=Task.attempts + 1,
            worker=worker,
            started_at=now,
            lease_expires_at=now + timedelta(seconds=lease_s),
            next_attempt_at=None,
            error=None,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))


def defer(session: Session, task_id: int, *, until: datetime, reason: str) -> bool:
    """FAILED until ``until`` without spending an attempt, unless the row started meanwhile."""
    result = session.execute(
        update(Task)
        .where(Task.id == task_id, Task.state.in_((TaskState.PENDING, TaskState.FAILED)))
        .values(state=TaskState.FAILED, next_attempt_at=until, error=f"waiting: {reason}", lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))
