"""The export record of DESIGN.md, as JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core.db.models import SilverEntity, Source

ExportFormat = Literal["json", "jsonl", "csv"]
_BATCH = 1000


def export_record(entity: SilverEntity, source: Source) -> dict[str, Any]:
    data = entity.data
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
        "data": data,
    }


def iter_records(
    session: Session, source: Source, *, since: datetime | None = None, until: datetime | None = None
) -> Iterator[dict[str, Any]]:
    query = select(SilverEntity).where(SilverEntity.source_id == source.id)
    if since is not None:
        query = query.where(SilverEntity.last_seen_at >= since)
    if until is not None:
        query = query.where(SilverEntity.last_seen_at <= until)
    for entity in session.scalars(query.order_by(SilverEntity.id).execution_options(yield_per=_BATCH)):
        yield export_record(entity, source)


def write_records(records: Iterator[dict[str, Any]], out: IO[str], fmt: ExportFormat) -> int:
    """Write ``records`` to ``out``; returns how many were written."""
    if fmt == "csv":
        return _write_csv(list(records), out)
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


def _csv_columns(records: list[dict[str, Any]]) -> dict[str, tuple[str, str | None]]:
    """Header → (field, sub-key): nested values such as prices become ``price.amount`` columns.

    A data field named like a metadata column (``url``) is headed ``data.url`` to stay distinct.
    """
    columns: dict[str, tuple[str, str | None]] = {}
    for record in records:
        for key, value in record["data"].items():
            head = f"data.{key}" if key in CSV_META else key
            if isinstance(value, dict):
                columns.update({f"{head}.{sub}": (key, sub) for sub in value})
            else:
                columns.setdefault(head, (key, None))
    return columns


def _write_csv(records: list[dict[str, Any]], out: IO[str]) -> int:
    columns = _csv_columns(records)
    writer = csv.writer(out)
    writer.writerow([*CSV_META, *columns])
    for record in records:
        data = record["data"]
        row = [_flat(record[m]) for m in CSV_META]
        for key, sub in columns.values():
            value = data.get(key)
            if sub is not None:
                value = value.get(sub) if isinstance(value, dict) else None
            row.append(_flat(value))
        writer.writerow(row)
    return len(records)
