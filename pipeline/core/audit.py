"""The audit log: every step of every run, by source name, readable with ``sdp logs``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.logging import redact
from config.settings import get_settings
from pipeline.core.crypto import is_sealed, open_value, seal_value
from pipeline.core.db.models import AuditEvent
from pipeline.core.keyring import keyring_for

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
    sensitive: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one audit event to ``session`` and echo it to the process log.

    ``sensitive`` details are stored encrypted under ``details["sealed"]`` (``sealed_details`` reads
    them back) and never reach the process log.
    """
    if sensitive:
        details = {**(details or {}), "sealed": seal_value(sensitive, keyring_for(get_settings()))}
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


def sealed_details(event: AuditEvent) -> dict[str, Any]:
    """The sensitive details of an event, decrypted (empty when it has none)."""
    sealed = (event.details or {}).get("sealed")
    if not is_sealed(sealed):
        return {}
    opened = open_value(sealed, keyring_for(get_settings()))
    return opened if isinstance(opened, dict) else {}


def events_for(
    session: Session, source_name: str, *, run_id: str | None = None, limit: int = 500
) -> Sequence[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.source_name == source_name)
    if run_id is not None:
        query = query.where(AuditEvent.run_id.startswith(run_id))
    rows = session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit)).all()
    return list(reversed(rows))
