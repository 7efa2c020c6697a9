"""Silver: normalised entities, one row per natural key and source, linked to their Bronze page."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core.db.models import SilverEntity
from pipeline.core.normalize import utcnow


def content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def upsert_entity(
    session: Session,
    *,
    source_id: int,
    entity_key: str,
    url: str,
    data: dict[str, Any],
    bronze_page_id: int | None,
    version_id: int | None,
    crawl_id: int | None,
    parser_version: str,
    seen_at: datetime | None = None,
) -> tuple[SilverEntity, bool]:
    """Insert or refresh one entity; returns it and whether it was new.

    ``seen_at`` is when the page was fetched; a replay passes the page's time, a crawl "now".
    """
    now = seen_at or utcnow()
    digest = content_hash(data)
    entity = session.scalar(
        select(SilverEntity).where(SilverEntity.source_id == source_id, SilverEntity.entity_key == entity_key)
    )
    created = entity is None
    if entity is None:
        entity = SilverEntity(source_id=source_id, entity_key=entity_key, first_seen_at=now, changed_at=now)
        session.add(entity)
    elif entity.content_hash != digest:
        entity.changed_at = now
    entity.url = url
    entity.data = data
    entity.content_hash = digest
    entity.bronze_page_id = bronze_page_id
    entity.version_id = version_id
    entity.crawl_id = crawl_id
    entity.parser_version = parser_version
    entity.last_seen_at = now
    session.flush()
    return entity, created
