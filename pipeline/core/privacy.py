"""Data-subject requests (GDPR art. 15 and 17): find, export and erase everything about a subject.

A subject is any string (an e-mail, a name…), matched exactly and case-insensitively in Silver
data and in Bronze bodies (read through ``bronze.read_body``, so compressed or encrypted blobs are
searched in the clear), then in every other text or JSON column (task results, crawl stats, audit
messages…). Erasure **deletes**: Silver entities, records kept aside as invalid (``invalid_entities``,
encrypted whole, searched opened), the Bronze pages holding the subject and their
blobs (a content-addressed blob is only ever shared by pages with the same bytes, so all of them
hold the subject too), and scrubs the remaining copies in place. It is not crypto-shredding: the
keys encrypt many subjects' pages at once, so destroying one would destroy unrelated data.
On SQLite the deletion runs with ``secure_delete`` and a WAL checkpoint, so the freed pages of the
database file are zeroed. Every request is audited with the subject as a salted hash only.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Engine, LargeBinary, String, Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from config.settings import Settings, get_settings
from pipeline.core import audit, blobstore
from pipeline.core.bronze import CorruptBlob, read_body
from pipeline.core.crypto import DecryptionFailed, is_sealed, open_record, open_silver, open_value, seal_value
from pipeline.core.db.models import (
    AuditEvent,
    Base,
    BronzeBlob,
    BronzeChunk,
    BronzePage,
    EntityRedaction,
    InvalidEntity,
    SilverEntity,
    Source,
)
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.extract import decode_html
from pipeline.core.keyring import keyring_for
from pipeline.core.normalize import utcnow

ERASED = "[erased]"
#: Rows removed outright (above); their copies elsewhere are scrubbed in place.
_DELETED_TABLES = frozenset(
    {"silver_entities", "invalid_entities", "bronze_pages", "bronze_blobs", "bronze_chunks", "entity_redactions"}
)
#: Code is verified by its hash before it runs: a copy there is reported, never rewritten.
_REPORT_ONLY = frozenset({"scraper_versions"})
SALT_FILE = "privacy-salt"


def _needle(subject: str) -> str:
    needle = subject.strip().casefold()
    if len(needle) < 3:
        raise ConfigurationError(
            f"Subject {subject!r} is too short to search safely (it would match almost everything); "
            "give at least 3 characters, e.g. an e-mail address or a full name."
        )
    return needle


def subject_hash(subject: str, settings: Settings) -> str:
    """The salted hash that stands for a subject in the audit log (the subject itself is never stored)."""
    salt = settings.privacy.subject_salt
    key = salt.get_secret_value().encode() if salt is not None else _salt_file(settings.home)
    return "hmac-sha256:" + hmac.new(key, subject.strip().casefold().encode(), hashlib.sha256).hexdigest()


def _salt_file(home: Path) -> bytes:
    path = home / SALT_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first
        else:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode()


def _opened(value: dict[str, str]) -> Any:
    """A sealed value (sensitive Silver field, audit details) in the clear; itself if it cannot be opened."""
    try:
        return open_value(value, keyring_for(get_settings()))
    except DecryptionFailed:
        return value


def _in_value(value: Any, needle: str) -> bool:
    if isinstance(value, str):
        return needle in value.casefold()
    if isinstance(value, list):
        return any(_in_value(item, needle) for item in value)
    if is_sealed(value):
        opened = _opened(value)
        return opened is not value and _in_value(opened, needle)
    if isinstance(value, dict):
        return any(_in_value(k, needle) or _in_value(v, needle) for k, v in value.items())
    return False


def _scrub(value: Any, pattern: re.Pattern[str]) -> Any:
    if is_sealed(value):
        opened = _opened(value)
        return value if opened is value else seal_value(_scrub(opened, pattern), keyring_for(get_settings()))
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [_scrub(item, pattern) for item in value]
    if isinstance(value, dict):
        return {_scrub(k, pattern): _scrub(v, pattern) for k, v in value.items()}
    return value


def _body_holds(body: bytes, content_type: str | None, needle: str) -> bool:
    decoded = decode_html(body, content_type).casefold()
    if needle in decoded or needle in html.unescape(decoded).casefold():
        return True
    return needle in body.decode("utf-8", "replace").casefold()


@dataclass
class Matches:
    entities: list[SilverEntity] = field(default_factory=list)
    #: Records kept aside by schema validation (never in Silver, but still the subject's data).
    invalid: list[InvalidEntity] = field(default_factory=list)
    pages: list[BronzePage] = field(default_factory=list)
    #: (table, column, primary key) of every other copy.
    elsewhere: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def find_subject(session: Session, subject: str) -> Matches:
    """Everything that mentions ``subject``: Silver entities, Bronze pages, other stored copies."""
    needle = _needle(subject)
    found = Matches()
    for entity in session.scalars(select(SilverEntity).order_by(SilverEntity.id)):
        if _in_value(entity.data, needle) or needle in entity.url.casefold():
            found.entities.append(entity)
    for row in session.scalars(select(InvalidEntity).order_by(InvalidEntity.id)):
        if _in_value([row.data, row.reasons, row.url], needle):  # sealed whole: _in_value opens them
            found.invalid.append(row)
    holds: dict[str, bool] = {}
    for page in session.scalars(select(BronzePage).order_by(BronzePage.id)):
        if page.body_sha256 not in holds:
            try:
                body = read_body(session, page)
            except CorruptBlob as exc:
                found.unreadable.append(str(exc))
                holds[page.body_sha256] = False
            else:
                content_type = _header(page.headers, "content-type")
                holds[page.body_sha256] = _body_holds(body, content_type, needle)
        if holds[page.body_sha256] or _in_value([page.url, page.final_url, page.headers], needle):
            found.pages.append(page)
    found.elsewhere = [(t.name, c, pk) for t, c, pk, _ in _other_copies(session, needle)]
    return found


def _header(headers: dict[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) and value else value)
    return None


def _other_copies(session: Session, needle: str) -> list[tuple[Table, str, dict[str, Any], Any]]:
    """(table, column, primary key, value) of each text or JSON value outside Silver and Bronze."""
    copies: list[tuple[Table, str, dict[str, Any], Any]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in _DELETED_TABLES:
            continue
        columns = [
            c
            for c in table.columns
            if not c.primary_key and not isinstance(c.type, LargeBinary) and isinstance(c.type, (String, JSON))
        ]
        keys = list(table.primary_key.columns)
        if not columns or not keys:
            continue
        rows = session.execute(select(*keys, *columns)).all()
        for row in rows:
            mapping = row._mapping
            for column in columns:
                value = mapping[column]
                if value is not None and _in_value(value, needle):
                    copies.append((table, column.name, {k.name: mapping[k] for k in keys}, value))
    return copies


def _pattern(subject: str) -> re.Pattern[str]:
    return re.compile(re.escape(subject.strip()), re.IGNORECASE)


def export_subject(session: Session, subject: str, settings: Settings, *, actor: str = "cli") -> dict[str, Any]:
    """A report of everything held about ``subject`` (the right of access); the access is audited."""
    found = find_subject(session, subject)
    names: dict[int, str] = {row[0]: row[1] for row in session.execute(select(Source.id, Source.name))}
    hashed = subject_hash(subject, settings)
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
        if _in_value([event.message, event.details], _needle(subject)) or event.details.get("subject_hash") == hashed
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
    pattern = _pattern(subject)
    for table, column, key, value in _other_copies(session, _needle(subject)):
        where = " and ".join(f"{k}={v}" for k, v in key.items())
        if table.name in _REPORT_ONLY:
            result.remaining.append(f"{table.name}.{column} ({where}): edit or retire that scraper version")
            continue
        clause = [table.c[k] == v for k, v in key.items()]
        session.execute(table.update().where(*clause).values({column: _scrub(value, pattern)}))
        result.scrubbed.append(f"{table.name}.{column} ({where})")
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


def _checkpoint(session: Session) -> bool:
    """Move the WAL into the database file and empty it; False when a reader kept it busy."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    with engine.connect() as connection:
        busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        connection.commit()
    return busy is None or int(busy[0]) == 0
