"""The content hash Silver compares records by.

Its own module, free of database imports, because replay's worker processes compute it too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

#: ``json.dumps(value, sort_keys=True, default=str)`` builds this encoder anew on every call.
_CANONICAL = json.JSONEncoder(sort_keys=True, default=str)


def canonical_json(value: Any) -> str:
    """``value`` as sorted JSON (``str`` for what JSON cannot hold): equal values, equal text."""
    return _CANONICAL.encode(value)


def content_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 of the record as sorted JSON: equal data, equal hash, in any process."""
    return hashlib.sha256(canonical_json(data).encode()).hexdigest()
