"""Find everything stored about a data subject: Silver, invalid records, Bronze, and any other copy.

Bronze bodies are read through ``bronze.read_body``, so compressed or encrypted blobs are searched
in the clear; every other text or JSON column of every table (task results, crawl stats, audit
messages…) is searched too, so an erasure can scrub what it does not delete.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Table, select
from sqlalchemy.orm import Session

from pipeline.core.bronze import CorruptBlob, read_body
from pipeline.core.db.models import Base, BronzePage, InvalidEntity, SilverEntity
from pipeline.core.extract import decode_html
from pipeline.core.privacy_match import in_value, needle

#: Rows removed outright by an erasure; their copies elsewhere are scrubbed in place.
DELETED_TABLES = frozenset(
    {"silver_entities", "invalid_entities", "bronze_pages", "bronze_blobs", "bronze_chunks", "entity_redactions"}
)


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
    wanted = needle(subject)
    found = Matches()
    for entity in session.scalars(select(SilverEntity).order_by(SilverEntity.id)):
        if in_value(entity.data, wanted) or wanted in entity.url.casefold():
            found.entities.append(entity)
    for row in session.scalars(select(InvalidEntity).order_by(InvalidEntity.id)):
        if in_value([row.data, row.reasons, row.url], wanted):  # sealed whole: in_value opens them
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
                holds[page.body_sha256] = _body_holds(body, _header(page.headers, "content-type"), wanted)
        if holds[page.body_sha256] or in_value([page.url, page.final_url, page.headers], wanted):
            found.pages.append(page)
    found.elsewhere = [(t.name, c, pk) for t, c, pk, _ in other_copies(session, wanted)]
    return found


def _body_holds(body: bytes, content_type: str | None, wanted: str) -> bool:
    decoded = decode_html(body, content_type).casefold()
    if wanted in decoded or wanted in html.unescape(decoded).casefold():
        return True
    return wanted in body.decode("utf-8", "replace").casefold()


def _header(headers: dict[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) and value else value)
    return None


def other_copies(session: Session, wanted: str) -> list[tuple[Table, str, dict[str, Any], Any]]:
    """(table, column, primary key, value) of each text or JSON value outside Silver and Bronze."""
    copies: list[tuple[Table, str, dict[str, Any], Any]] = []
    for table in Base.metadata.sorted_tables:
        if table.name in DELETED_TABLES:
            continue
        columns = [
            c
            for c in table.columns
            if not c.primary_key and not isinstance(c.type, LargeBinary) and isinstance(c.type, (String, JSON))
        ]
        keys = list(table.primary_key.columns)
        if not columns or not keys:
            continue
        for row in session.execute(select(*keys, *columns)).all():
            mapping = row._mapping
            for column in columns:
                value = mapping[column]
                if value is not None and in_value(value, wanted):
                    copies.append((table, column.name, {k.name: mapping[k] for k in keys}, value))
    return copies
