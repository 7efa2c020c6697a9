"""What a normalised record must be before it may enter Silver, checked against a source's schema.

What ``normalize.py`` produces is what Silver promises: prices as ``{amount, currency}``, dates as
timezone-aware ISO 8601 (UTC, or the offset of the place the page describes), URLs absolute, text
cleaned of stray whitespace. Pure functions, free of database imports: replay checks records in
worker processes. ``validation`` keeps the records that fail aside.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from pipeline.core.cleantext import clean_text


class Rule(Protocol):
    """One field's rule (``schema_registry.FieldRule`` is one)."""

    @property
    def type(self) -> str: ...

    @property
    def required(self) -> bool: ...


class Rules(Protocol):
    """A schema's rules by field name (``schema_registry.Schema`` is one)."""

    @property
    def fields(self) -> Mapping[str, Rule]: ...


@dataclass(frozen=True)
class FieldCheck:
    type: str
    required: bool = False


@dataclass(frozen=True)
class Checks:
    """A schema reduced to what validation reads: sent to worker processes instead of the schema."""

    fields: dict[str, FieldCheck]

    @classmethod
    def of(cls, schema: Rules) -> Checks:
        return cls({name: FieldCheck(rule.type, rule.required) for name, rule in schema.fields.items()})


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
    if moment.utcoffset() is None:
        return f"{value!r} has no time zone"
    return None


#: "http(s)://host…" with a plain ASCII host: what urlsplit would pass, without splitting.
_PLAIN_HTTP_URL = re.compile(r"https?://[-\w.~%!$&'()*+,;=:@]+(?:[/?#]|\Z)", re.ASCII)


def _url_problem(value: object, *, image: bool) -> str | None:
    if not isinstance(value, str):
        return f"{value!r} is not a URL"
    if _PLAIN_HTTP_URL.match(value):
        return None
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


def value_problem(rule: Rule, value: object) -> str | None:
    """Why ``value`` does not have the field's Silver type, or None when it does."""
    if isinstance(value, list):
        if rule.type not in ("tags", "url", "image", "number", "rating", *_TEXT_TYPES):
            return f"a list where one {rule.type} is expected"
        kind = "text" if rule.type == "tags" else rule.type
        return next((p for p in (_scalar_problem(kind, item) for item in value) if p), None)
    if rule.type == "tags":
        return f"{value!r} is not a list of tags"
    return _scalar_problem(rule.type, value)


def validate_record(record: Mapping[str, Any], schema: Rules) -> list[Problem]:
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
