"""Silver: normalised entities, one row per natural key and source, linked to their Bronze page.

A record matches an entity by its key (the natural key, or a fingerprint of its content when the
spec has none). Seeing it again refreshes ``last_seen_at``; a change of data bumps the entity's
revision and keeps the previous data in ``entity_history``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, exists, func, select, true, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session

from pipeline.core.crypto import open_silver, seal_silver
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import EntityHistory, SilverEntity
from pipeline.core.exceptions import EntityNotFound
from pipeline.core.fingerprint import content_hash

Outcome = Literal["new", "changed", "unchanged"]

__all__ = [
    "Merge",
    "Outcome",
    "changed_fields",
    "content_hash",
    "get_entity",
    "history",
    "labels_match",
    "merge_entity",
    "set_labels",
    "upsert_entity",
]


def _empty(value: object) -> bool:
    return value is None or value in ("", [])


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


@dataclass(frozen=True)
class Merge:
    entity: SilverEntity
    outcome: Outcome
    changed: tuple[str, ...] = ()


def merge_entity(
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
    fill_only: bool = False,
) -> Merge:
    """Insert, refresh or change one entity, recording a history row for each change.

    ``seen_at`` is when the page was fetched (a replay passes the page's time, a crawl "now").
    ``fill_only`` merges a duplicate of the same run: it only fills the fields the entity lacks.
    """
    now = utcnow()
    seen = seen_at or now
    entity = session.scalar(
        select(SilverEntity).where(SilverEntity.source_id == source_id, SilverEntity.entity_key == entity_key)
    )
    if entity is None:
        entity = SilverEntity(
            source_id=source_id,
            entity_key=entity_key,
            url=url,
            data=seal_silver(data),
            content_hash=content_hash(data),
            first_seen_at=seen,
            changed_at=seen,
            revision=1,
            labels={},
        )
        session.add(entity)
        outcome: Outcome = "new"
        changed: list[str] = []
    else:
        before = open_silver(dict(entity.data))
        if fill_only:
            data = {**data, **{k: v for k, v in before.items() if not _empty(v)}}
        changed = changed_fields(before, data)
        outcome = "changed" if content_hash(data) != entity.content_hash else "unchanged"
        if outcome == "changed":
            entity.revision += 1
            entity.changed_at = seen
            session.add(
                EntityHistory(
                    entity_id=entity.id,
                    revision=entity.revision,
                    previous_data=seal_silver(before),
                    changed_fields=changed,
                    crawl_id=crawl_id,
                    version_id=version_id,
                    parser_version=parser_version,
                    at=now,
                )
            )
        entity.data = seal_silver(data)
        entity.content_hash = content_hash(data)
        if not fill_only:
            entity.url = url
    if not fill_only or entity.bronze_page_id is None:
        entity.bronze_page_id = bronze_page_id
    entity.version_id = version_id
    entity.crawl_id = crawl_id
    entity.parser_version = parser_version
    entity.last_seen_at = seen
    entity.extracted_at = seen
    entity.processed_at = now
    session.flush()
    return Merge(entity, outcome, tuple(changed) if outcome == "changed" else ())


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
    """Insert or refresh one entity; returns it and whether it was new (see ``merge_entity``)."""
    merged = merge_entity(
        session,
        source_id=source_id,
        entity_key=entity_key,
        url=url,
        data=data,
        bronze_page_id=bronze_page_id,
        version_id=version_id,
        crawl_id=crawl_id,
        parser_version=parser_version,
        seen_at=seen_at,
    )
    return merged.entity, merged.outcome == "new"


def get_entity(session: Session, entity_id: int) -> SilverEntity:
    entity = session.get(SilverEntity, entity_id)
    if entity is None:
        raise EntityNotFound(f"No entity with id {entity_id}; `sdp export NAME` shows entity ids.")
    return entity


def history(session: Session, entity_id: int) -> list[dict[str, Any]]:
    """The entity's changes, oldest first: what it was before each one and what changed it."""
    entity = get_entity(session, entity_id)
    rows = session.scalars(
        select(EntityHistory).where(EntityHistory.entity_id == entity.id).order_by(EntityHistory.revision)
    ).all()
    return [
        {
            "revision": row.revision,
            "at": row.at.isoformat(),
            "changed_fields": list(row.changed_fields),
            "previous_data": open_silver(row.previous_data),
            "crawl_id": row.crawl_id,
            "version_id": row.version_id,
            "parser_version": row.parser_version,
        }
        for row in rows
    ]


def set_labels(
    session: Session, entity_id: int, labels: dict[str, str], *, remove: tuple[str, ...] = ()
) -> dict[str, str]:
    """Add or replace labels on an entity (and drop ``remove``); returns all its labels."""
    entity = get_entity(session, entity_id)
    merged = {k: v for k, v in {**(entity.labels or {}), **labels}.items() if k not in remove}
    entity.labels = merged
    session.flush()
    return {str(k): str(v) for k, v in merged.items()}


def labels_match(wanted: dict[str, str], dialect: str) -> ColumnElement[bool]:
    """SQL condition: the entity carries every label of ``wanted`` (a label is a string value).

    PostgreSQL: JSON containment, answered by the GIN index on labels. SQLite: one lookup per key in
    ``json_each`` (a JSON path could not name every key: SQLite paths cannot escape a double quote).
    """
    if not wanted:
        return true()
    if dialect == "postgresql":
        return type_coerce(SilverEntity.labels, JSONB).contains(wanted)
    conditions = []
    for key, value in wanted.items():
        pairs = func.json_each(SilverEntity.labels).table_valued("key", "value")
        conditions.append(exists().select_from(pairs).where(pairs.c.key == key, pairs.c.value == value))
    return and_(*conditions)
