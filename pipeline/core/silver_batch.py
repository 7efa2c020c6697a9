"""Merging many records into Silver at once: one SELECT per batch, and one statement per kind of write.

``merge_entity`` does one SELECT and one flush per record, which is what a crawl needs (a record
at a time, as pages arrive). Replay re-parses thousands of stored pages; ``SilverBatch`` gives it
the same outcome per record (new, changed with a history row, unchanged) for a few statements per
batch. A key may appear once per batch: the caller flushes before adding a key twice, so every
record is merged against what the previous ones left, exactly as one by one.

The batch decides every value itself, so it writes with one executemany per statement
(``Prebound``: each distinct datetime bound once, rows as plain tuples) rather than through ORM objects:
entities it touches are never loaded into the session.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Row, bindparam, insert, literal_column, select, update
from sqlalchemy.orm import Session

from pipeline.core.crypto import open_silver, seal_silver
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import EntityHistory, SilverEntity
from pipeline.core.fingerprint import content_hash
from pipeline.core.prebound import Prebound
from pipeline.core.silver import Outcome, changed_fields

_ENTITIES = SilverEntity.metadata.tables[SilverEntity.__tablename__]
_CURRENT = select(
    _ENTITIES.c.id, _ENTITIES.c.entity_key, _ENTITIES.c.data, _ENTITIES.c.content_hash, _ENTITIES.c.revision
)
_Current = Row[*tuple[Any, ...]]
#: A new entity has no labels: written as SQL, not as one JSON value to encode per row.
_INSERT_ENTITIES = Prebound(
    insert(_ENTITIES).values(labels=literal_column("'{}'")),
    (
        "source_id",
        "entity_key",
        "url",
        "data",
        "content_hash",
        "bronze_page_id",
        "version_id",
        "crawl_id",
        "parser_version",
        "first_seen_at",
        "last_seen_at",
        "changed_at",
        "revision",
        "extracted_at",
        "processed_at",
    ),
)
#: What every merge of a known entity sets: its data and lineage (see ``SilverBatch._seen``).
_SEEN_KEYS = (
    "entity_id",
    "data",
    "content_hash",
    "url",
    "bronze_page_id",
    "version_id",
    "crawl_id",
    "parser_version",
    "last_seen_at",
    "extracted_at",
    "processed_at",
)
_BY_ID = update(_ENTITIES).where(_ENTITIES.c.id == bindparam("entity_id"))
#: Rows that change also bump the revision: a statement of their own, as rows only seen again keep it.
_UPDATE_SEEN = Prebound(_BY_ID, _SEEN_KEYS)
_UPDATE_CHANGED = Prebound(_BY_ID, (*_SEEN_KEYS, "revision", "changed_at"))
_INSERT_HISTORY = Prebound(
    insert(EntityHistory.metadata.tables[EntityHistory.__tablename__]),
    ("entity_id", "revision", "previous_data", "changed_fields", "crawl_id", "version_id", "parser_version", "at"),
)


class Pending(NamedTuple):
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


class Merged(NamedTuple):
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
        inserts: list[tuple[Any, ...]] = []
        changes: list[tuple[Any, ...]] = []
        sightings: list[tuple[Any, ...]] = []
        history: list[tuple[Any, ...]] = []
        results: list[Merged] = []
        for record in pending:
            row = current.get(record.entity_key)
            if row is None:
                inserts.append(self._new_row(record, now))
                results.append(Merged(record.entity_key, "new", record.data))
                continue
            merged = self._refresh(row, record, now, history)
            if merged.outcome == "changed":
                changes.append((*self._seen(row, record, now), row.revision + 1, record.seen_at))
            else:
                sightings.append(self._seen(row, record, now))
            results.append(merged)
        _INSERT_ENTITIES.execute(self._session, inserts)
        _UPDATE_CHANGED.execute(self._session, changes)
        _UPDATE_SEEN.execute(self._session, sightings)
        _INSERT_HISTORY.execute(self._session, history)
        self._session.flush()
        return results

    def _new_row(self, record: Pending, now: datetime) -> tuple[Any, ...]:
        """A new entity's columns, in ``_INSERT_ENTITIES`` order."""
        seen = record.seen_at
        return (
            self._source_id,
            record.entity_key,
            record.url,
            seal_silver(record.data),
            record.content_hash,
            record.bronze_page_id,
            record.version_id,
            record.crawl_id,
            record.parser_version,
            seen,
            seen,
            seen,
            1,
            seen,
            now,
        )

    def _refresh(self, row: _Current, record: Pending, now: datetime, history: list[tuple[Any, ...]]) -> Merged:
        """What merging ``record`` into a known entity does (``merge_entity`` without ``fill_only``)."""
        if record.content_hash == row.content_hash:
            return Merged(record.entity_key, "unchanged", record.data, row.id)
        before = open_silver(dict(row.data))
        history.append(
            (
                row.id,
                row.revision + 1,
                seal_silver(before),
                changed_fields(before, record.data),
                record.crawl_id,
                record.version_id,
                record.parser_version,
                now,
            )
        )
        return Merged(record.entity_key, "changed", record.data, row.id, before)

    @staticmethod
    def _seen(row: _Current, record: Pending, now: datetime) -> tuple[Any, ...]:
        """The entity's new data and lineage, in ``_SEEN_KEYS`` order."""
        return (
            row.id,
            seal_silver(record.data),
            record.content_hash,
            record.url,
            record.bronze_page_id,
            record.version_id,
            record.crawl_id,
            record.parser_version,
            record.seen_at,
            record.seen_at,
            now,
        )
