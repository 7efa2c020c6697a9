"""Keys that only some JSON records set, and that are fields all the same.

A sale price (``compareAtPrice``), a badge or a flag is null on most records of a list and set on a
few: a share threshold alone drops it. Such a key is kept when it is set on enough records, its
values have one type wherever set, and its name or its type says what optional keys usually are.
A key that is only ever ``true`` where set is a flag whose false value the API leaves out
(``featured``, ``pinned``, a prize's winner): it is a field even when one record of the list sets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipeline.core.money import money

#: An optional key must be set on this many records, and on this share of them.
MIN_OPTIONAL_RECORDS = 2
MIN_OPTIONAL_SHARE = 0.1
#: Names of keys that are optional by nature: a sale's former price, a badge, a flag.
_OPTIONAL_NAME = re.compile(
    r"price|cost|amount|sale|discount|compare|badge|ribbon|label|flag|promo|^is[A-Z_]|^has[A-Z_]", re.IGNORECASE
)


def optional_key(records: list[dict[str, Any]], path: str, value_at: Callable[[dict[str, Any], str], Any]) -> bool:
    """Whether the key at ``path``, set on too few records to count as shared, is still a field."""
    values = [v for v in (value_at(r, path) for r in records) if v not in (None, "", [])]
    if values and all(v is True for v in values):
        return True  # false flags dropped: set on one record is a field all the same
    if len(values) < MIN_OPTIONAL_RECORDS or len(values) < MIN_OPTIONAL_SHARE * len(records):
        return False
    kinds = {_kind(v) for v in values}
    if len(kinds) != 1 or "other" in kinds:
        return False
    kind = kinds.pop()
    leaf = path.replace("[0]", "").rsplit(".", 1)[-1]
    named = bool(_OPTIONAL_NAME.search(path.split(".", 1)[0])) or bool(_OPTIONAL_NAME.search(leaf))
    return kind in ("price", "flag") or named


def _kind(value: Any) -> str:
    """The type of a value, as far as a field's consistency goes."""
    if isinstance(value, bool):
        return "flag"
    if money(value) is not None:
        return "price"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return "list"
    return "other"
