"""The content hash Silver compares records by.

Its own module, free of database imports, because replay's worker processes compute it too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any


def content_hash(data: Mapping[str, Any]) -> str:
    """SHA-256 of the record as sorted JSON: equal data, equal hash, in any process."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()
