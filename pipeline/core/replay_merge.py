"""Replay's writing half: parsed records into Silver, in page order, a batch at a time.

Each record ends as one-by-one merging would leave it: invalid ones kept aside (encrypted), those
whose content hash Silver already holds counted unchanged without a query, the rest merged by
``SilverBatch`` with history and lineage, and what redaction hit recorded per entity. A dry run
only counts, and shows the first changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core import redaction
from pipeline.core.crypto import open_silver
from pipeline.core.db.models import EntityRedaction, ScraperVersion, SilverEntity
from pipeline.core.replay_pages import StoredPage
from pipeline.core.replay_parse import ParsedRecord
from pipeline.core.schema_registry import Schema
from pipeline.core.silver_batch import Pending, SilverBatch
from pipeline.core.validation import invalid_entity

#: Records merged per batch (one SELECT, bulk inserts, one flush each), and pages between flushes.
RECORDS_PER_BATCH = 500
PAGES_PER_FLUSH = 100
CHANGES_SHOWN = 20


@dataclass
class ReplayReport:
    pages: int = 0
    records: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    invalid: int = 0
    unreadable: list[str] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)


class ReplayMerge:
    """One replay's merge: what each key holds now, the batch being merged, and the report."""

    def __init__(self, session: Session, version: ScraperVersion, schema: Schema, *, dry_run: bool) -> None:
        self.report = ReplayReport()
        self._session, self._schema, self._dry_run = session, schema, dry_run
        self._source_id = version.source_id
        # Read once: an ORM attribute costs a few microseconds, and each record needs them.
        self._version_id, self._parser_version = version.id, version.parser_version
        # Two queries up front instead of two per record: what each key holds now, and the redaction
        # rows (held here, so ``record_hits`` finds them in the session without asking the database).
        hashes = select(SilverEntity.entity_key, SilverEntity.content_hash)
        self._known = {
            key: digest for key, digest in session.execute(hashes.where(SilverEntity.source_id == self._source_id))
        }
        self._redactions = {
            row.entity_key: row
            for row in session.scalars(select(EntityRedaction).where(EntityRedaction.source_id == self._source_id))
        }
        self._redacted = set(self._redactions)
        self._batch = SilverBatch(session, self._source_id)

    def page(self, page: StoredPage, records: list[ParsedRecord]) -> None:
        self.report.pages += 1
        for record in records:
            self.report.records += 1
            self._admit(page, record)
            if not self._dry_run and (record.hits or record.key in self._redacted):
                redaction.record_hits(self._session, self._source_id, record.key, record.hits)
                self._redacted.add(record.key)
        if self.report.pages % PAGES_PER_FLUSH == 0:
            self.flush()

    def _admit(self, page: StoredPage, record: ParsedRecord) -> None:
        if record.problems:
            self.report.invalid += 1  # kept aside, never in Silver (see invalid_entities)
            if not self._dry_run:
                self._session.add(
                    invalid_entity(
                        source_id=self._source_id,
                        entity_key=record.key,
                        url=record.url,
                        data=record.data,
                        problems=list(record.problems),
                        schema=self._schema,
                        crawl_id=page.crawl_id,
                        bronze_page_id=page.id,
                        version_id=self._version_id,
                    )
                )
            return
        if self._known.get(record.key) == record.digest:
            self.report.unchanged += 1  # decided without a query
            return
        if self._dry_run:
            self._preview(record)
            return
        if record.key in self._batch:
            self.flush()  # merged one by one in effect: the second copy sees the first
        self._batch.add(
            Pending(
                entity_key=record.key,
                url=record.url,
                data=record.data,
                bronze_page_id=page.id,
                version_id=self._version_id,
                crawl_id=page.crawl_id,
                parser_version=self._parser_version,
                seen_at=page.fetched_at,
                digest=record.digest,
            )
        )
        self._known[record.key] = record.digest
        if len(self._batch) >= RECORDS_PER_BATCH:
            self.flush()

    def _preview(self, record: ParsedRecord) -> None:
        if record.key not in self._known:
            self.report.new += 1
            return
        self.report.changed += 1
        if len(self.report.changes) < CHANGES_SHOWN:
            current = self._session.scalar(
                select(SilverEntity).where(
                    SilverEntity.source_id == self._source_id, SilverEntity.entity_key == record.key
                )
            )
            assert current is not None
            self._note_change(current.id, open_silver(current.data), record.data)

    def flush(self) -> None:
        """Merge the pending batch and count what it did."""
        for merged in self._batch.flush():
            if merged.outcome == "new":
                self.report.new += 1
            elif merged.outcome == "unchanged":
                self.report.unchanged += 1
            else:
                self.report.changed += 1
                if len(self.report.changes) < CHANGES_SHOWN and merged.before is not None:
                    assert merged.entity_id is not None
                    self._note_change(merged.entity_id, merged.before, merged.after)

    def _note_change(self, entity_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
        fields = {k: {"before": before.get(k), "after": v} for k, v in after.items() if before.get(k) != v}
        self.report.changes.append({"entity_id": entity_id, "fields": fields})
