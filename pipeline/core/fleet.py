"""Worker liveness from heartbeats in the database (the embedded transport cannot be pinged)."""

from __future__ import annotations

import os
import socket
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import WorkerHeartbeat

#: A worker that missed this many heartbeats in a row is considered gone.
MISSED_BEATS = 3


def beat(session: Session, name: str, *, queues: Sequence[str]) -> None:
    row = session.get(WorkerHeartbeat, name)
    if row is None:
        row = WorkerHeartbeat(name=name, hostname=socket.gethostname(), pid=os.getpid(), started_at=utcnow())
        session.add(row)
    row.pid = os.getpid()
    row.queues = ",".join(queues)
    row.last_seen_at = utcnow()


def forget(session: Session, name: str) -> None:
    session.execute(delete(WorkerHeartbeat).where(WorkerHeartbeat.name == name))


def live_workers(session: Session, *, heartbeat_s: float) -> Sequence[WorkerHeartbeat]:
    cutoff = utcnow() - timedelta(seconds=heartbeat_s * MISSED_BEATS)
    return session.scalars(
        select(WorkerHeartbeat).where(WorkerHeartbeat.last_seen_at >= cutoff).order_by(WorkerHeartbeat.name)
    ).all()


def all_workers(session: Session) -> Sequence[WorkerHeartbeat]:
    return session.scalars(select(WorkerHeartbeat).order_by(WorkerHeartbeat.name)).all()
