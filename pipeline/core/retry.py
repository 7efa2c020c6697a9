"""Which failures are worth another attempt, and when: exponential backoff with full jitter.

Full jitter (a uniform wait between 0 and the doubled cap) spreads the retries of many failed
tasks over time instead of sending them back in waves; a server's Retry-After is a floor.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
from sqlalchemy.exc import OperationalError

from pipeline.core.datetext import utcnow
from pipeline.core.exceptions import FetchFailed, ServiceUnavailable, TransientCrawlFailure

#: A Retry-After beyond this is not believed (a day).
MAX_RETRY_AFTER_S = 86400.0

_TRANSIENT_TYPES: tuple[type[BaseException], ...] = (
    ServiceUnavailable,
    TransientCrawlFailure,
    ConnectionError,
    TimeoutError,
    httpx.TransportError,
)


def is_transient(exc: BaseException) -> bool:
    """True for failures that pass by themselves: network, 5xx, 429, broker or database away."""
    if isinstance(exc, FetchFailed):
        return exc.transient
    return isinstance(exc, _TRANSIENT_TYPES) or database_unreachable(exc)


def database_unreachable(exc: BaseException) -> bool:
    """True when ``exc`` is the database connection failing, or arose while that failure was handled.

    A lost connection can hide behind another error: SQLAlchemy's pre-ping on psycopg restores
    autocommit in a ``finally`` after the ping failed, and psycopg refuses ("connection in
    transaction status ACTIVE") with a ProgrammingError that replaces the OperationalError. The
    engine's ``handle_error`` hook (``pipeline.core.db.engine``) has the pool replace such a
    connection; this still classifies what reaches a caller. Every DB-API driver names that error
    class ``OperationalError`` (PEP 249), SQLAlchemy wraps it in its own.
    """
    seen: BaseException | None = exc
    for _ in range(8):  # a short chain; never loop on a cycle
        if seen is None:
            return False
        if isinstance(seen, OperationalError) or type(seen).__name__ == "OperationalError":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - utcnow()).total_seconds())
    except (TypeError, ValueError):
        return None


def retry_after_of(exc: BaseException) -> float | None:
    """The wait the server asked for (Retry-After seconds), if the error carries one."""
    value = getattr(exc, "retry_after", None)
    try:
        seconds = float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
    return min(seconds, MAX_RETRY_AFTER_S) if seconds is not None and seconds > 0 else None


def backoff_s(
    attempt: int,
    *,
    base_s: float,
    max_s: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before attempt ``attempt + 1``: uniform in [0, min(max, base·2^(attempt-1))]."""
    ceiling = min(max_s, base_s * 2 ** max(0, attempt - 1))
    wait = (rng or random).uniform(0, ceiling)
    return max(wait, retry_after) if retry_after else wait


def next_attempt_at(attempt: int, *, base_s: float, max_s: float, retry_after: float | None = None) -> datetime:
    return utcnow() + timedelta(seconds=backoff_s(attempt, base_s=base_s, max_s=max_s, retry_after=retry_after))


#: A crawl waiting for a slot looks again after a quarter of the time it has waited so far,
#: between these bounds: quick when slots free up soon, no churn when a backlog is long.
DEFER_MIN_S, DEFER_MAX_S = 2.0, 60.0


def defer_s(waited_s: float, *, at_least_s: float = 0.0, rng: random.Random | None = None) -> float:
    """Seconds until a deferred step looks again: grows with its wait so far, jittered ±25 %."""
    wait = min(DEFER_MAX_S, max(DEFER_MIN_S, waited_s / 4)) * (rng or random).uniform(0.75, 1.25)
    return max(wait, at_least_s)
