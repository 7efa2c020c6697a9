"""Records that fail their source's schema: kept aside (``invalid_entities``), never silently dropped.

The rules themselves live in ``validation_rules``; ``admit`` validates a crawled record and merges
it into Silver or keeps it aside with the reasons.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from pipeline.core.crypto import seal_record
from pipeline.core.db.models import InvalidEntity
from pipeline.core.schema_registry import Schema
from pipeline.core.silver import merge_entity
from pipeline.core.validation_rules import Problem, validate_record, value_problem

__all__ = ["Admission", "Problem", "admit", "invalid_entity", "keep_invalid", "validate_record", "value_problem"]


def invalid_entity(
    *,
    source_id: int,
    entity_key: str,
    url: str,
    data: Mapping[str, Any],
    problems: list[Problem],
    schema: Schema,
    crawl_id: int | None,
    bronze_page_id: int | None,
    version_id: int | None,
) -> InvalidEntity:
    """The row keeping a record that failed validation aside, with the reasons (not added yet)."""
    return InvalidEntity(
        source_id=source_id,
        crawl_id=crawl_id,
        bronze_page_id=bronze_page_id,
        version_id=version_id,
        schema_number=schema.number,
        entity_key=entity_key,
        url=url,
        # Encrypted whole: nothing vouches for what an invalid record holds, and the reasons quote it.
        data=seal_record(dict(data)),
        reasons=seal_record([p.message for p in problems]),
    )


def keep_invalid(
    session: Session,
    *,
    source_id: int,
    entity_key: str,
    url: str,
    data: Mapping[str, Any],
    problems: list[Problem],
    schema: Schema,
    crawl_id: int | None,
    bronze_page_id: int | None,
    version_id: int | None,
) -> InvalidEntity:
    """Keep a record that failed validation aside, with the reasons."""
    row = invalid_entity(
        source_id=source_id,
        entity_key=entity_key,
        url=url,
        data=data,
        problems=problems,
        schema=schema,
        crawl_id=crawl_id,
        bronze_page_id=bronze_page_id,
        version_id=version_id,
    )
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class Admission:
    """What became of one record: new | changed | unchanged | duplicate (merged) | invalid (kept aside)."""

    outcome: str
    problems: tuple[Problem, ...] = ()
    changed: tuple[str, ...] = ()

    def stat_keys(self) -> list[str]:
        """Crawl stats counters this record adds to (read back by the run's quality assessment)."""
        keys = [f"sdp/entities_{self.outcome}"]
        if self.outcome in ("changed", "unchanged"):
            keys.append("sdp/entities_seen")
        if self.outcome == "duplicate":
            keys.append("sdp/duplicates")
        keys += [f"sdp/type_errors/{p.field}" for p in self.problems if p.kind == "type"]
        return keys


def admit(
    session: Session,
    schema: Schema | None,
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
    duplicate: bool = False,
) -> Admission:
    """Validate a record, then merge it into Silver or keep it aside as invalid.

    ``duplicate`` says the run already wrote this key: the copies are merged, the first one winning.
    """
    problems = validate_record(data, schema) if schema is not None else []
    if problems:
        assert schema is not None
        keep_invalid(
            session,
            source_id=source_id,
            entity_key=entity_key,
            url=url,
            data=data,
            problems=problems,
            schema=schema,
            crawl_id=crawl_id,
            bronze_page_id=bronze_page_id,
            version_id=version_id,
        )
        return Admission("invalid", tuple(problems))
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
        fill_only=duplicate,
    )
    return Admission("duplicate" if duplicate else merged.outcome, changed=merged.changed)
