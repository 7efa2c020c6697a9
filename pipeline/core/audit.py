"""The audit log: every step of every run, by source name, readable with ``sdp logs``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.logging import redact
from pipeline.core.db.models import AuditEvent

logger = structlog.get_logger(__name__)


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    message: str,
    source_name: str | None = None,
    run_id: str | None = None,
    level: str = "info",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit event to ``session`` and echo it to the process log."""
    event = AuditEvent(
        actor=actor,
        action=action,
        message=redact(message),
        source_name=source_name,
        run_id=run_id,
        level=level,
        details=details or {},
    )
    session.add(event)
    logger.log(_LEVELS.get(level, 20), message, action=action, source=source_name, run_id=run_id, actor=actor)
    return event


_LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40}


def events_for(
    session: Session, source_name: str, *, run_id: str | None = None, limit: int = 500
) -> Sequence[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.source_name == source_name)
    if run_id is not None:
        query = query.where(AuditEvent.run_id.startswith(run_id))
    rows = session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit)).all()
    return list(reversed(rows))
