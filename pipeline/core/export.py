"""The export record of DESIGN.md, as JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core.crypto import open_record, open_silver
from pipeline.core.db.models import InvalidEntity, SilverEntity, Source
from pipeline.core.silver import labels_match

ExportFormat = Literal["json", "jsonl", "csv"]
_BATCH = 1000


def export_record(entity: SilverEntity, source: Source) -> dict[str, Any]:
    data = open_silver(entity.data)
    present = sum(1 for value in data.values() if value not in (None, "", []))
    return {
        "entity_id": entity.id,
        "source": source.name,
        "url": entity.url,
        "extracted_at": entity.last_seen_at.isoformat(),
        "parser_version": entity.parser_version,
        "quality": {
            "completeness": round(present / len(data), 3) if data else 0.0,
            "missing": sorted(k for k, v in data.items() if v in (None, "", [])),
        },
        "labels": entity.labels or {},
        "data": data,
    }


def iter_records(
    session: Session,
    source: Source,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    labels: dict[str, str] | None = None,
) -> Iterator[dict[str, Any]]:
    query = select(SilverEntity).where(SilverEntity.source_id == source.id)
    if since is not None:
        query = query.where(SilverEntity.last_seen_at >= since)
    if until is not None:
        query = query.where(SilverEntity.last_seen_at <= until)
    if labels:
        query = query.where(labels_match(labels, session.get_bind().dialect.name))
    for entity in session.scalars(query.order_by(SilverEntity.id).execution_options(yield_per=_BATCH)):
        yield export_record(entity, source)


def iter_invalid(
    session: Session, source: Source, *, since: datetime | None = None, until: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """The records kept aside by schema validation, with their reasons (``sdp export NAME --invalid``)."""
    query = select(InvalidEntity).where(InvalidEntity.source_id == source.id)
    if since is not None:
        query = query.where(InvalidEntity.at >= since)
    if until is not None:
        query = query.where(InvalidEntity.at <= until)
    for row in session.scalars(query.order_by(InvalidEntity.id).execution_options(yield_per=_BATCH)):
        yield {
            "invalid_id": row.id,
            "source": source.name,
            "url": row.url,
            "extracted_at": row.at.isoformat(),
            "crawl_id": row.crawl_id,
            "bronze_page_id": row.bronze_page_id,
            "schema_version": row.schema_number,
            "reasons": list(open_record(row.reasons)),
            "data": open_record(row.data),
        }


def write_records(
    records: Iterator[dict[str, Any]], out: IO[str], fmt: ExportFormat, *, meta: tuple[str, ...] | None = None
) -> int:
    """Write ``records`` to ``out``; returns how many were written (``meta``: the CSV's leading columns)."""
    if fmt == "csv":
        return _write_csv(list(records), out, meta or CSV_META)
    count = 0
    if fmt == "json":
        out.write("[")
    for record in records:
        if fmt == "json":
            out.write(",\n" if count else "\n")
        out.write(json.dumps(record, ensure_ascii=False))
        if fmt == "jsonl":
            out.write("\n")
        count += 1
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    return count


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


CSV_META = ("entity_id", "source", "url", "extracted_at", "parser_version")
INVALID_CSV_META = ("invalid_id", "source", "url", "extracted_at", "crawl_id", "bronze_page_id", "reasons")


def _csv_columns(records: list[dict[str, Any]], meta: tuple[str, ...]) -> dict[str, tuple[str, str | None]]:
    """Header → (field, sub-key): nested values such as prices become ``price.amount`` columns.

    A data field named like a metadata column (``url``) is headed ``data.url`` to stay distinct.
    """
    columns: dict[str, tuple[str, str | None]] = {}
    for record in records:
        for key, value in record["data"].items():
            head = f"data.{key}" if key in meta else key
            if isinstance(value, dict):
                columns.update({f"{head}.{sub}": (key, sub) for sub in value})
            else:
                columns.setdefault(head, (key, None))
    return columns


def _write_csv(records: list[dict[str, Any]], out: IO[str], meta: tuple[str, ...]) -> int:
    columns = _csv_columns(records, meta)
    writer = csv.writer(out)
    writer.writerow([*meta, *columns])
    for record in records:
        data = record["data"]
        row = [_flat(record[m]) for m in meta]
        for key, sub in columns.values():
            value = data.get(key)
            if sub is not None:
                value = value.get(sub) if isinstance(value, dict) else None
            row.append(_flat(value))
        writer.writerow(row)
    return len(records)
