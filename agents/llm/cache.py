"""A response cache for identical LLM requests: one JSON file per answer under ``$SDP_HOME/llm-cache``.

The key is a SHA-256 of the provider, the model, the messages and the reply's JSON schema, so a
changed prompt, model or schema never reuses an old answer. Only answers that passed validation
are stored, and they are validated again when read, so a damaged file is a miss, not an error.

Why files rather than a table: the cache is an optimisation, not a record (the ``llm_usage`` table
is the record), so it needs no migration, no cleaning job and no database round trip; entries
expire by age (``cache_ttl_s``) and the folder can be deleted at any time. On a fleet each host
keeps its own cache, which costs at most one call per host for the same page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

#: Bump when what is stored changes shape, so old files are never read as new ones.
CACHE_FORMAT = 1


def request_key(*, provider: str, model: str, messages: Sequence[tuple[str, str]], schema: Mapping[str, Any]) -> str:
    """The cache key of one request (never includes an API key or the endpoint's address)."""
    material = {
        "format": CACHE_FORMAT,
        "provider": provider,
        "model": model,
        "messages": [list(message) for message in messages],
        "schema": schema,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


class ResponseCache:
    """Validated answers on disk, by request key; safe for several processes on one host."""

    def __init__(self, directory: Path, *, ttl_s: float) -> None:
        self.directory = directory
        self.ttl_s = ttl_s

    def _path(self, key: str) -> Path:
        if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
            raise ValueError(f"Cache key {key!r} is not a SHA-256 hex digest; build it with request_key().")
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored answer, or None when absent, expired or unreadable."""
        path = self._path(key)
        try:
            age = time.time() - path.stat().st_mtime
            if age > self.ttl_s:
                return None
            stored = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            logger.warning("Ignoring unreadable LLM cache entry %s: %s", path, type(exc).__name__)
            return None
        if not isinstance(stored, dict) or stored.get("format") != CACHE_FORMAT:
            return None
        reply = stored.get("reply")
        return reply if isinstance(reply, dict) else None

    def put(self, key: str, reply: Mapping[str, Any]) -> None:
        """Store ``reply`` atomically (write a temporary file, then rename it into place)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, prefix=".tmp-", suffix=".json", delete=False
            ) as handle:
                json.dump({"format": CACHE_FORMAT, "stored_at": time.time(), "reply": dict(reply)}, handle)
            os.replace(handle.name, path)
        except OSError as exc:  # a full disk must not fail the onboarding: the answer is in hand
            logger.warning("Could not store an LLM answer in %s: %s", self.directory, exc)
