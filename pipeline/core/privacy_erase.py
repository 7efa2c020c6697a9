"""The right to erasure (GDPR art. 17): delete what holds a data subject, scrub every other copy.

Silver entities, records kept aside as invalid and the Bronze pages holding the subject are
deleted with their blobs (a content-addressed blob is only ever shared by pages with the same
bytes, so all of them hold the subject too); copies in other tables are scrubbed in place. Not
crypto-shredding: the keys encrypt many subjects' pages at once, so destroying one would destroy
unrelated data. On SQLite the deletion runs with ``secure_delete`` and a WAL checkpoint, so the
freed pages of the database file are zeroed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, delete, func, select, text, update
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import audit, blobstore
from pipeline.core.db.models import BronzeBlob, BronzeChunk, BronzePage, EntityRedaction, SilverEntity
from pipeline.core.privacy_match import needle, scrub, subject_hash, subject_pattern
from pipeline.core.privacy_search import Matches, find_subject, other_copies

#: Code is verified by its hash before it runs: a copy there is reported, never rewritten.
REPORT_ONLY = frozenset({"scraper_versions"})


@dataclass
class Erasure:
    entities: int = 0
    invalid: int = 0
    pages: int = 0
    blobs: int = 0
    scrubbed: list[str] = field(default_factory=list)
    #: Copies that could not be removed automatically (table.column, id) with what to do.
    remaining: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    checkpointed: bool = True


def delete_subject(session: Session, subject: str, settings: Settings, *, actor: str = "cli") -> Erasure:
    """Delete every entity and Bronze page holding ``subject``, scrub other copies; then commit.

    The transaction is committed here so that SQLite's WAL can be checkpointed into the
    database file (zeroed by ``secure_delete``) before the function returns.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text("PRAGMA secure_delete=ON"))
    found = find_subject(session, subject)
    result = Erasure(unreadable=found.unreadable)
    _delete_records(session, found, result)
    files = _delete_pages(session, found, result)
    _scrub_copies(session, subject, result)
    audit.record(
        session,
        actor=actor,
        action="privacy.subject_erased",
        message=(
            f"Data-subject erasure: {result.entities} entities, {result.invalid} invalid records, "
            f"{result.pages} Bronze pages, {result.blobs} blobs deleted; {len(result.scrubbed)} other copies scrubbed"
        ),
        details={
            "subject_hash": subject_hash(subject, settings),
            "entities": result.entities,
            "invalid": result.invalid,
            "pages": result.pages,
            "blobs": result.blobs,
            "scrubbed": len(result.scrubbed),
            "remaining": result.remaining,
        },
    )
    session.commit()
    for digest in files:  # after the commit: a rolled-back erasure keeps its files
        blobstore.delete_file(settings, digest)
    if sqlite:
        result.checkpointed = _checkpoint(session)
    return result


def _delete_records(session: Session, found: Matches, result: Erasure) -> None:
    for entity in found.entities:
        session.execute(
            delete(EntityRedaction).where(
                EntityRedaction.source_id == entity.source_id, EntityRedaction.entity_key == entity.entity_key
            )
        )
        session.delete(entity)
    result.entities = len(found.entities)
    for row in found.invalid:
        session.delete(row)
    result.invalid = len(found.invalid)
    session.flush()


def _delete_pages(session: Session, found: Matches, result: Erasure) -> list[str]:
    """Delete the pages and the blobs no other page uses; the digests of blobs kept as files."""
    page_ids = [page.id for page in found.pages]
    digests = {page.body_sha256 for page in found.pages}
    files: list[str] = []
    if page_ids:
        session.execute(
            update(SilverEntity).where(SilverEntity.bronze_page_id.in_(page_ids)).values(bronze_page_id=None)
        )
        session.execute(delete(BronzePage).where(BronzePage.id.in_(page_ids)))
    result.pages = len(page_ids)
    for digest in sorted(digests):
        still_used = session.scalar(select(func.count()).where(BronzePage.body_sha256 == digest))
        blob = None if still_used else session.get(BronzeBlob, digest)
        if blob is not None:
            if blob.storage == "folder":
                files.append(digest)
            session.execute(delete(BronzeChunk).where(BronzeChunk.blob_sha256 == digest))
            session.delete(blob)
            result.blobs += 1
    return files


def _scrub_copies(session: Session, subject: str, result: Erasure) -> None:
    pattern = subject_pattern(subject)
    for table, column, key, value in other_copies(session, needle(subject)):
        where = " and ".join(f"{k}={v}" for k, v in key.items())
        if table.name in REPORT_ONLY:
            result.remaining.append(f"{table.name}.{column} ({where}): edit or retire that scraper version")
            continue
        clause = [table.c[k] == v for k, v in key.items()]
        session.execute(table.update().where(*clause).values({column: scrub(value, pattern)}))
        result.scrubbed.append(f"{table.name}.{column} ({where})")


def _checkpoint(session: Session) -> bool:
    """Move the WAL into the database file and empty it; False when a reader kept it busy."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with engine.connect() as connection:
        busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        connection.commit()
    return busy is None or int(busy[0]) == 0
