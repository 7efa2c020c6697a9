"""The transactional outbox: a message is written in the transaction that needs it, then relayed.

Publishing straight to the broker after a commit loses the message when the process dies in
between; publishing before the commit sends work the database never agreed to. Here the row
and the work it describes commit together, and ``relay`` publishes whatever is unsent (after each
commit, and on every beat tick). A crash between publishing and marking a row sent publishes it
twice: the task rows make every step idempotent, so that costs a no-op, never a duplicate crawl.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import structlog
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import OutboxMessage

logger = structlog.get_logger(__name__)

Publish = Callable[[str, Sequence[Any], str], None]


def add(session: Session, task: str, args: Sequence[Any], queue: str) -> OutboxMessage:
    """Queue ``task(*args)`` on ``queue`` once this transaction commits."""
    message = OutboxMessage(task=task, args=list(args), queue=queue, publish_attempts=0)
    session.add(message)
    session.flush()
    return message


def unsent(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(OutboxMessage).where(OutboxMessage.sent_at.is_(None))) or 0
    )


def relay(publish: Publish, *, limit: int = 200) -> int:
    """Publish unsent messages oldest first and mark them sent; stops at the first broker error.

    Returns how many were published. On PostgreSQL two relays skip each other's rows.
    """
    sent = 0
    with session_scope() as session:
        query = select(OutboxMessage).where(OutboxMessage.sent_at.is_(None)).order_by(OutboxMessage.id).limit(limit)
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        for message in session.scalars(query).all():
            message.publish_attempts += 1
            try:
                publish(message.task, message.args, message.queue)
            except Exception as exc:  # the broker is away: the rows wait for the next relay
                message.last_error = f"{type(exc).__name__}: {exc}"[:300]
                logger.warning("Outbox relay stopped; the broker did not accept a message", error=message.last_error)
                break
            message.sent_at = utcnow()
            message.last_error = None
            sent += 1
    return sent


def prune(session: Session, *, keep: int = 10_000) -> None:
    """Drop the oldest sent rows beyond ``keep``; the task table keeps the history."""
    cutoff = session.scalar(
        select(OutboxMessage.id).where(OutboxMessage.sent_at.isnot(None)).order_by(OutboxMessage.id.desc()).offset(keep)
    )
    if cutoff is not None:
        session.query(OutboxMessage).filter(OutboxMessage.sent_at.isnot(None), OutboxMessage.id <= cutoff).delete()
