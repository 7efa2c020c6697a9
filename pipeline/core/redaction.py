"""Redaction before Silver: where a source's rules come from, and what they hit, per entity.

Rules come from ``settings.privacy`` (every source) and from a source's collection policy
(``sdp policy set``); ``redaction_rules`` applies them. What a rule hit is kept per entity as
counts (field -> rule -> n), never the values, and shown by ``sdp lineage``. Keys are computed from
the record *before* redaction, so two people whose e-mails both become ``[redacted:email]`` stay
two entities.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from config.settings import PrivacySettings
from pipeline.core.db.models import CollectionPolicy, EntityRedaction, Source
from pipeline.core.redaction_rules import (
    EMAIL,
    PHONE,
    WHOLE_FIELD,
    Hits,
    Redactor,
    Rule,
    build_redactor,
    compile_patterns,
    summary,
)

__all__ = [
    "EMAIL",
    "PHONE",
    "WHOLE_FIELD",
    "Hits",
    "Redactor",
    "Rule",
    "build_redactor",
    "compile_patterns",
    "hits_for",
    "record_hits",
    "redactor_for",
    "summary",
]


def redactor_for(session: Session, source_id: int, privacy: PrivacySettings) -> Redactor:
    source = session.get(Source, source_id)
    policy = session.get(CollectionPolicy, source.name) if source is not None else None
    return build_redactor(privacy, policy)


def record_hits(session: Session, source_id: int, entity_key: str, hits: Hits) -> None:
    """Keep what redaction did to an entity's latest record (nothing kept when nothing was hit)."""
    row = session.get(EntityRedaction, (source_id, entity_key))
    if not hits:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(EntityRedaction(source_id=source_id, entity_key=entity_key, hits=hits))
    elif row.hits != hits:
        row.hits = hits


def hits_for(session: Session, source_id: int, entity_key: str) -> Hits:
    row = session.get(EntityRedaction, (source_id, entity_key))
    return dict(row.hits) if row is not None else {}
