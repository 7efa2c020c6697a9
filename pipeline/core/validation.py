"""Check a normalised record against its source schema before it may enter Silver.

What ``normalize.py`` produces is what Silver promises: prices as ``{amount, currency}``, dates as
timezone-aware UTC ISO 8601, URLs absolute, text cleaned of stray whitespace. A record that breaks
a rule is kept aside (``invalid_entities``) with the reasons, never silently dropped.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from pipeline.core.crypto import seal_record
from pipeline.core.db.models import InvalidEntity
from pipeline.core.normalize import clean_text
from pipeline.core.schema_registry import FieldRule, Schema
from pipeline.core.silver import merge_entity

_TEXT_TYPES = ("title", "text", "author")


@dataclass(frozen=True)
class Problem:
    field: str
    kind: Literal["missing", "type"]
    message: str


def _empty(value: object) -> bool:
    return value is None or value in ("", [])


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _price_problem(value: object) -> str | None:
    if not isinstance(value, Mapping) or not _is_number(value.get("amount")):
        return f"{value!r} is not a price (an amount and a currency)"
    currency = value.get("currency")
    if currency is not None and not (isinstance(currency, str) and len(currency) == 3 and currency.isupper()):
        return f"currency {currency!r} is not an ISO 4217 code"
    return None


def _date_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"{value!r} is not a date"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return f"{value!r} is not a date"
    if moment.utcoffset() != timedelta(0):
        return f"{value!r} is not a UTC time"
    return None


def _url_problem(value: object, *, image: bool) -> str | None:
    if not isinstance(value, str):
        return f"{value!r} is not a URL"
    parts = urlsplit(value)
    if image and parts.scheme == "data":
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f"{value!r} is not an absolute http(s) URL"
    return None


def _text_problem(value: object) -> str | None:
    if not isinstance(value, str):
        return f"{value!r} is not text"
    if value != clean_text(value):
        return f"{value[:40]!r} is not cleaned text (stray whitespace)"
    return None


def _scalar_problem(field_type: str, value: object) -> str | None:
    if field_type == "price":
        return _price_problem(value)
    if field_type == "date":
        return _date_problem(value)
    if field_type in ("url", "image"):
        return _url_problem(value, image=field_type == "image")
    if field_type in ("number", "rating"):
        return None if _is_number(value) else f"{value!r} is not a number"
    return _text_problem(value)


def value_problem(rule: FieldRule, value: object) -> str | None:
    """Why ``value`` does not have the field's Silver type, or None when it does."""
    if isinstance(value, list):
        if rule.type not in ("tags", "url", "image", "number", "rating", *_TEXT_TYPES):
            return f"a list where one {rule.type} is expected"
        kind = "text" if rule.type == "tags" else rule.type
        return next((p for p in (_scalar_problem(kind, item) for item in value) if p), None)
    if rule.type == "tags":
        return f"{value!r} is not a list of tags"
    return _scalar_problem(rule.type, value)


def validate_record(record: Mapping[str, Any], schema: Schema) -> list[Problem]:
    """Every way ``record`` breaks ``schema``; empty when it may enter Silver.

    A field absent from the record (dropped by a collection policy) is not checked.
    """
    problems: list[Problem] = []
    for name, rule in schema.fields.items():
        if name not in record:
            continue
        value = record[name]
        if _empty(value):
            if rule.required:
                problems.append(
                    Problem(
                        name, "missing", f"{name}: required, but the page gave no {rule.type} (empty or unreadable)"
                    )
                )
            continue
        reason = value_problem(rule, value)
        if reason is not None:
            problems.append(Problem(name, "type", f"{name}: {reason}"))
    return problems


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
    row = InvalidEntity(
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
