"""The right of access (GDPR art. 15): a report of everything held about a data subject."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import audit
from pipeline.core.crypto import open_record, open_silver
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import AuditEvent, Source
from pipeline.core.privacy_match import in_value, needle, subject_hash
from pipeline.core.privacy_search import find_subject


def export_subject(session: Session, subject: str, settings: Settings, *, actor: str = "cli") -> dict[str, Any]:
    """A report of everything held about ``subject`` (the right of access); the access is audited."""
    found = find_subject(session, subject)
    names: dict[int, str] = {row[0]: row[1] for row in session.execute(select(Source.id, Source.name))}
    hashed = subject_hash(subject, settings)
    wanted = needle(subject)
    events = [
        {
            "id": event.id,
            "at": event.at.isoformat(),
            "actor": event.actor,
            "action": event.action,
            "source": event.source_name,
            "message": event.message,
        }
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        if in_value([event.message, event.details], wanted) or event.details.get("subject_hash") == hashed
    ]
    report = {
        "subject_hash": hashed,
        "generated_at": utcnow().isoformat(),
        "entities": [
            {
                "id": entity.id,
                "source": names.get(entity.source_id),
                "key": entity.entity_key,
                "url": entity.url,
                "data": open_silver(entity.data, settings),
                "first_seen_at": entity.first_seen_at.isoformat(),
                "last_seen_at": entity.last_seen_at.isoformat(),
            }
            for entity in found.entities
        ],
        "invalid_records": [
            {
                "id": row.id,
                "source": names.get(row.source_id),
                "key": row.entity_key,
                "url": row.url,
                "data": open_record(row.data, settings),
                "reasons": open_record(row.reasons, settings),
                "at": row.at.isoformat(),
            }
            for row in found.invalid
        ],
        "pages": [
            {
                "id": page.id,
                "source": names.get(page.source_id),
                "url": page.url,
                "final_url": page.final_url,
                "status": page.status,
                "fetched_at": page.fetched_at.isoformat(),
                "crawl_id": page.crawl_id,
            }
            for page in found.pages
        ],
        "other_records": [{"table": t, "column": c, "key": pk} for t, c, pk in found.elsewhere if t != "audit_log"],
        "audit_events": events,
        "unreadable_pages": found.unreadable,
    }
    audit.record(
        session,
        actor=actor,
        action="privacy.subject_exported",
        message=(
            f"Data-subject export: {len(found.entities)} entities, {len(found.invalid)} invalid records, "
            f"{len(found.pages)} Bronze pages"
        ),
        details={
            "subject_hash": hashed,
            "entities": len(found.entities),
            "invalid": len(found.invalid),
            "pages": len(found.pages),
        },
    )
    return report
