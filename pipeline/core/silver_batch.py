"""Merging many records into Silver at once: one SELECT per batch, bulk inserts, one flush.

``merge_entity`` does one SELECT and one flush per record, which is what a crawl needs (a record
at a time, as pages arrive). Replay re-parses thousands of stored pages; ``SilverBatch`` gives it
the same outcome per record (new, changed with a history row, unchanged) for a few statements per
batch. A key may appear once per batch: the caller flushes before adding a key twice, so every
record is merged against what the previous ones left, exactly as one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pipeline.core.crypto import open_silver, seal_silver
from pipeline.core.db.models import EntityHistory, SilverEntity
from pipeline.core.normalize import utcnow
from pipeline.core.silver import Outcome, changed_fields, content_hash


@dataclass(frozen=True)
class Pending:
    """One record waiting to be merged: where it came from and what it says."""

    entity_key: str
    url: str
    data: dict[str, Any]
    bronze_page_id: int | None
    version_id: int | None
    crawl_id: int | None
    parser_version: str
    seen_at: datetime
    #: ``content_hash(data)``, when the caller has it already.
    digest: str = ""

    @property
    def content_hash(self) -> str:
        return self.digest or content_hash(self.data)


@dataclass(frozen=True)
class Merged:
    """What merging one record did; ``before`` is the entity's earlier data when it changed."""

    entity_key: str
    outcome: Outcome
    after: dict[str, Any]
    entity_id: int | None = None
    before: dict[str, Any] | None = None


class SilverBatch:
    """Records of one source merged into Silver a batch at a time (see the module docstring)."""

    def __init__(self, session: Session, source_id: int) -> None:
        self._session = session
        self._source_id = source_id
        self._pending: dict[str, Pending] = {}

    def __contains__(self, entity_key: str) -> bool:
        return entity_key in self._pending

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, record: Pending) -> None:
        if record.entity_key in self._pending:
            raise ValueError(f"key {record.entity_key} is already in this batch: flush first")
        self._pending[record.entity_key] = record

    def flush(self) -> list[Merged]:
        """Write the batch; returns one ``Merged`` per record, in the order they were added."""
        if not self._pending:
            return []
        pending, self._pending = list(self._pending.values()), {}
        existing = {
            entity.entity_key: entity
            for entity in self._session.scalars(
                select(SilverEntity).where(
                    SilverEntity.source_id == self._source_id,
                    SilverEntity.entity_key.in_([p.entity_key for p in pending]),
                )
            )
        }
        now = utcnow()
        inserts: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        results: list[Merged] = []
        for record in pending:
            entity = existing.get(record.entity_key)
            if entity is None:
                inserts.append(self._new_row(record, now))
                results.append(Merged(record.entity_key, "new", record.data))
            else:
                results.append(self._refresh(entity, record, now, history))
        if inserts:
            self._session.execute(insert(SilverEntity), inserts)
        if history:
            self._session.execute(insert(EntityHistory), history)
        self._session.flush()
        return results

    def _new_row(self, record: Pending, now: datetime) -> dict[str, Any]:
        return {
            "source_id": self._source_id,
            "entity_key": record.entity_key,
            "url": record.url,
            "data": seal_silver(record.data),
            "content_hash": record.content_hash,
            "bronze_page_id": record.bronze_page_id,
            "version_id": record.version_id,
            "crawl_id": record.crawl_id,
            "parser_version": record.parser_version,
            "first_seen_at": record.seen_at,
            "last_seen_at": record.seen_at,
            "changed_at": record.seen_at,
            "revision": 1,
            "labels": {},
            "extracted_at": record.seen_at,
            "processed_at": now,
        }

    def _refresh(self, entity: SilverEntity, record: Pending, now: datetime, history: list[dict[str, Any]]) -> Merged:
        """The changes ``merge_entity`` makes to a known entity (without ``fill_only``)."""
        before = open_silver(dict(entity.data))
        digest = record.content_hash
        outcome: Outcome = "changed" if digest != entity.content_hash else "unchanged"
        if outcome == "changed":
            entity.revision += 1
            entity.changed_at = record.seen_at
            history.append(
                {
                    "entity_id": entity.id,
                    "revision": entity.revision,
                    "previous_data": seal_silver(before),
                    "changed_fields": changed_fields(before, record.data),
                    "crawl_id": record.crawl_id,
                    "version_id": record.version_id,
                    "parser_version": record.parser_version,
                    "at": now,
                }
            )
        entity.data = seal_silver(record.data)
        entity.content_hash = digest
        entity.url = record.url
        entity.bronze_page_id = record.bronze_page_id
        entity.version_id = record.version_id
        entity.crawl_id = record.crawl_id
        entity.parser_version = record.parser_version
        entity.last_seen_at = record.seen_at
        entity.extracted_at = record.seen_at
        entity.processed_at = now
        return Merged(record.entity_key, outcome, record.data, entity.id, before if outcome == "changed" else None)
