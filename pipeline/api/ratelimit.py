"""Per-key token buckets, in this API process's memory.

Each API process keeps its own buckets, so N processes behind a load balancer allow N times the
rate; run one API process per key budget, or put the limit at the proxy (docs/api.md).
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from pipeline.core.exceptions import RateLimited


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    """``rate_per_minute`` requests per minute per key, bursts of up to ``burst``."""

    def __init__(self, rate_per_minute: float, burst: int) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self._buckets: dict[int, _Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key_id: int, key_name: str, *, now: float | None = None) -> None:
        """Spend one token of ``key_id``'s bucket, or raise RateLimited with the wait in seconds."""
        moment = time.monotonic() if now is None else now
        with self._lock:
            bucket = self._buckets.setdefault(key_id, _Bucket(tokens=self.burst, updated=moment))
            bucket.tokens = min(self.burst, bucket.tokens + (moment - bucket.updated) * self.rate)
            bucket.updated = moment
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return
            wait = max(1, math.ceil((1.0 - bucket.tokens) / self.rate))
        raise RateLimited(
            f"API key {key_name!r} exceeded {self.rate * 60:g} requests per minute; retry in {wait}s.",
            retry_after_s=wait,
        )
