"""Name and type the fields of JSON records by their keys and values.

``author.name`` is the author and ``author.link`` a URL: the leaf of a path names the value unless
it is generic. A key's words ("price", "posted", "avatar") say the type unless the value's shape
disagrees ("/img/x.png" for an image, a number for a price).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.core.money import money
from pipeline.core.schemas import FieldType

#: The first object of a list inside a record, as paths write it (``variants[0].price``).
FIRST_ITEM = "[0]"
#: A key naming a time zone ("timezone", "time_zone", "tz"): its values ("Europe/Berlin") are no dates,
#: though the key holds "time".
_ZONE_KEY = re.compile(r"(?:time)?zone(?:id|name)?|tz(?:id|name)?")
#: A value that is an ISO date or timestamp ("2025-03-14T17:00:00Z").
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")

#: Words in a key that tell its values' type, first match wins.
_NAME_HINTS: tuple[tuple[str, FieldType], ...] = (
    ("price", "price"),
    ("cost", "price"),
    ("amount", "price"),
    ("date", "date"),
    ("time", "date"),
    ("published", "date"),
    ("posted", "date"),
    ("created", "date"),
    ("updated", "date"),
    ("rating", "rating"),
    ("stars", "rating"),
    ("score", "number"),
    ("author", "author"),
    ("by", "author"),
    ("image", "image"),
    ("img", "image"),
    ("photo", "image"),
    ("thumbnail", "image"),
    ("logo", "image"),
    ("avatar", "image"),
    ("url", "url"),
    ("link", "url"),
    ("href", "url"),
    ("title", "title"),
    ("name", "title"),
    ("headline", "title"),
    ("tags", "tags"),
    ("categories", "tags"),
)


def field_name(path: str, used: set[str]) -> str:
    """A column name for a JSON path: ``author.name`` → ``author``, ``priceRange.min`` → ``price_range_min``."""
    head, _, leaf = path.replace(FIRST_ITEM, "").partition(".")
    raw = head if leaf in ("", "name", "value", "text", "title") else f"{head}_{leaf}"
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", raw).lower()
    name = re.sub(r"[^a-z0-9_]", "_", name).strip("_") or "value"
    if not name[0].isalpha():
        name = f"f_{name}"
    base, suffix = name[:60], 2
    while name in used:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def field_type(path: str, sample: Any) -> FieldType:
    """The type of the values at ``path``, by the key's words and the ``sample`` value's shape."""
    head, _, leaf = path.replace(FIRST_ITEM, "").lower().replace("_", "").partition(".")
    # author.name is the author; author.link is a URL: the leaf names the value unless it is generic.
    key = head if leaf in ("", "name", "value", "text", "title") else leaf
    if money(sample) is not None:
        return "price"
    if _ZONE_KEY.fullmatch(key):
        return "text"
    if isinstance(sample, list):
        return "tags"
    for hint, field_type in _NAME_HINTS:
        if hint in key:
            if field_type in ("url", "image") and not (isinstance(sample, str) and "/" in sample):
                continue
            return field_type
    if isinstance(sample, str) and re.match(r"^(https?:)?/", sample):
        return "url"
    if isinstance(sample, str) and _ISO_DATE.match(sample):  # starts_at, createdOn: the value says it
        return "date"
    if isinstance(sample, (int, float)) and not isinstance(sample, bool):
        return "number"
    return "text"  # a flag reads "true" / "false": typed a number, it would fail every record
