"""Name and type the fields of JSON records by their keys and values.

``author.name`` is the author and ``author.link`` a URL: the leaf of a path names the value unless
it is generic. A key's words ("price", "posted", "avatar") say the type unless the value's shape
disagrees ("/img/x.png" for an image, a number for a price).
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.core.epochs import epoch_seconds
from pipeline.core.money import money
from pipeline.core.schemas import FieldType

#: The first object of a list inside a record, as paths write it (``variants[0].price``).
FIRST_ITEM = "[0]"
#: What joins the reads of a path written as an expression (``sale || regular``, ``a && a != b && b || null``).
_OPERATORS = re.compile(r"\|\||&&|!=")


def path_operands(path: str) -> list[str]:
    """The reads an expression path joins, without its ``null`` literal: ``["sale", "regular"]``."""
    return [part.strip() for part in _OPERATORS.split(path) if part.strip() != "null"]


#: A key naming a time zone ("timezone", "time_zone", "tz"): its values ("Europe/Berlin") are no dates,
#: though the key holds "time".
_ZONE_KEY = re.compile(r"(?:time)?zone(?:id|name)?|tz(?:id|name)?")
#: A value that is an ISO date or timestamp ("2025-03-14T17:00:00Z").
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
#: A value that is a number only, as a number or as a string ("4.5", 12).
_BARE_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
#: Digits of a compact day ("20250314").
_COMPACT_DAY_DIGITS = 8

#: Column names are at most this long (FieldSpec's pattern).
MAX_NAME_CHARS = 63
#: Leaves that name a value by its parent: author.name is the author.
_GENERIC_LEAVES = ("", "name", "value", "text", "title")
#: Leaves deep inside a record that need their parent's name too (``author.handle``, ``leadSponsor.name``).
_GENERIC_DEEP_LEAVES = frozenset(
    {"name", "value", "text", "title", "id", "handle", "label", "url", "uri", "link", "href", "type", "code", "slug"}
)
#: Leaves naming a person or an account by its shown name.
_PERSON_NAMES = frozenset({"displayname", "fullname", "screenname", "nickname"})
#: Objects that only hold a record's parts, whose name says nothing of a leaf (``post.record.text``).
_CONTAINERS = frozenset(
    {"record", "data", "attributes", "attrs", "node", "item", "fields", "properties", "props", "content", "details",
     "info", "meta", "metadata", "value", "values", "post", "entry", "source", "_source", "doc", "document", "body"}
)  # fmt: skip

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
    """A column name for a JSON path: ``author.name`` → ``author``, ``priceRange.min`` → ``price_range_min``;
    deeper, the leaf (``protocolSection.identificationModule.nctId`` → ``nct_id``), with its parent when
    the leaf is generic (``post.author.handle`` → ``author_handle``, ``…leadSponsor.name`` → ``lead_sponsor``)."""
    head, _, leaf = _named_part(path).partition(".")
    raw = head if leaf in _GENERIC_LEAVES else f"{head}_{leaf}"
    name = re.sub(r"(?<!^)(?=[A-Z])", "_", raw).lower()
    name = re.sub(r"[^a-z0-9_]", "_", name).strip("_") or "value"
    if not name[0].isalpha():
        name = f"f_{name}"
    name = name[:MAX_NAME_CHARS].rstrip("_")
    base, suffix = name[: MAX_NAME_CHARS - 3], 2
    while name in used:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def _named_part(path: str) -> str:
    """What of ``path`` names its field: all of a path one or two keys long; of a deeper one, its last two
    keys, or the leaf alone when the leaf says enough or its parent is a mere container (``record.text``)."""
    keys = path.replace(FIRST_ITEM, "").split(".")
    if len(keys) <= 2:
        return ".".join(keys)
    parent, leaf = keys[-2], keys[-1]
    if leaf.lower() in _PERSON_NAMES:
        leaf = "name"  # author.displayName is the author
    if parent.lower() in _CONTAINERS or leaf.lower() not in _GENERIC_DEEP_LEAVES:
        return leaf
    return f"{parent}.{leaf}"


def field_type(path: str, sample: Any) -> FieldType:
    """The type of the values at ``path``, by the key's words and the ``sample`` value's shape."""
    head, _, leaf = _named_part(path).lower().replace("_", "").partition(".")
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
            if field_type == "date" and _is_plain_number(sample):
                continue  # "baths_consolidated": "4.5" holds "date" by chance; a count is no day
            return field_type
    if isinstance(sample, str) and re.match(r"^(https?:)?/", sample):
        return "url"
    if isinstance(sample, str) and _ISO_DATE.match(sample):  # starts_at, createdOn: the value says it
        return "date"
    if isinstance(sample, (int, float)) and not isinstance(sample, bool):
        return "number"
    return "text"  # a flag reads "true" / "false": typed a number, it would fail every record


def _is_plain_number(sample: Any) -> bool:
    """A number that cannot be a day or an instant: neither a unix time (1743084120, in ms too)
    nor a compact day (20250314), as 4.5, "4.5" or 12 are."""
    if isinstance(sample, bool) or not isinstance(sample, (int, float, str)):
        return False
    text = str(sample).strip()
    if not _BARE_NUMBER.match(text):
        return False
    whole = text.lstrip("+-").partition(".")[0]
    return epoch_seconds(whole) is None and len(whole) != _COMPACT_DAY_DIGITS
