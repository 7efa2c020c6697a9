"""Merging many records into Silver at once: one SELECT per batch, and one statement per kind of write.

``merge_entity`` does one SELECT and one flush per record, which is what a crawl needs (a record
at a time, as pages arrive). Replay re-parses thousands of stored pages; ``SilverBatch`` gives it
the same outcome per record (new, changed with a history row, unchanged) for a few statements per
batch. A key may appear once per batch: the caller flushes before adding a key twice, so every
record is merged against what the previous ones left, exactly as one by one.

The batch decides every value itself, so it writes with Core statements (executemany) rather than
through ORM objects: entities it touches are never loaded into the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, insert, select, update
from sqlalchemy.orm import Session

from pipeline.core.crypto import open_silver, seal_silver
from pipeline.core.db.models import EntityHistory, SilverEntity
from pipeline.core.fingerprint import content_hash
from pipeline.core.normalize import utcnow
from pipeline.core.silver import Outcome, changed_fields

_ENTITIES = SilverEntity.metadata.tables[SilverEntity.__tablename__]
_CURRENT = select(
    _ENTITIES.c.id, _ENTITIES.c.entity_key, _ENTITIES.c.data, _ENTITIES.c.content_hash, _ENTITIES.c.revision
)
_Current = Row[*tuple[Any, ...]]
_INSERT_ENTITIES = insert(_ENTITIES)
#: SET takes the columns of the first row's parameters: rows that change (revision, changed_at)
#: and rows only seen again go in separate executemany calls, each with keys of one shape.
_UPDATE_ENTITIES = update(_ENTITIES).where(_ENTITIES.c.id == bindparam("entity_id"))
_INSERT_HISTORY = insert(EntityHistory.metadata.tables[EntityHistory.__tablename__])


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
        keys = [record.entity_key for record in pending]
        current = {
            row.entity_key: row
            for row in self._session.execute(
                _CURRENT.where(_ENTITIES.c.source_id == self._source_id, _ENTITIES.c.entity_key.in_(keys))
            )
        }
        now = utcnow()
        inserts: list[dict[str, Any]] = []
        changes: list[dict[str, Any]] = []
        sightings: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        results: list[Merged] = []
        for record in pending:
            row = current.get(record.entity_key)
            if row is None:
                inserts.append(self._new_row(record, now))
                results.append(Merged(record.entity_key, "new", record.data))
                continue
            merged = self._refresh(row, record, now, history)
            changed = merged.outcome == "changed"
            (changes if changed else sightings).append(self._seen(row, record, now, changed=changed))
            results.append(merged)
        writes = ((_INSERT_ENTITIES, inserts), (_UPDATE_ENTITIES, changes), (_UPDATE_ENTITIES, sightings))
        for statement, rows in (*writes, (_INSERT_HISTORY, history)):
            if rows:
                self._session.execute(statement, rows)
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

    def _refresh(self, row: _Current, record: Pending, now: datetime, history: list[dict[str, Any]]) -> Merged:
        """What merging ``record`` into a known entity does (``merge_entity`` without ``fill_only``)."""
        if record.content_hash == row.content_hash:
            return Merged(record.entity_key, "unchanged", record.data, row.id)
        before = open_silver(dict(row.data))
        history.append(
            {
                "entity_id": row.id,
                "revision": row.revision + 1,
                "previous_data": seal_silver(before),
                "changed_fields": changed_fields(before, record.data),
                "crawl_id": record.crawl_id,
                "version_id": record.version_id,
                "parser_version": record.parser_version,
                "at": now,
            }
        )
        return Merged(record.entity_key, "changed", record.data, row.id, before)

    @staticmethod
    def _seen(row: _Current, record: Pending, now: datetime, *, changed: bool) -> dict[str, Any]:
        """The entity's new columns: the record's data and lineage; a change bumps its revision."""
        values = {
            "entity_id": row.id,
            "data": seal_silver(record.data),
            "content_hash": record.content_hash,
            "url": record.url,
            "bronze_page_id": record.bronze_page_id,
            "version_id": record.version_id,
            "crawl_id": record.crawl_id,
            "parser_version": record.parser_version,
            "last_seen_at": record.seen_at,
            "extracted_at": record.seen_at,
            "processed_at": now,
        }
        if changed:
            values |= {"revision": row.revision + 1, "changed_at": record.seen_at}
        return values
