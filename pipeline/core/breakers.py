"""Circuit breakers in the database, so every worker sees the same state.

closed → (``failures`` in a row) → open → (cool-down) → half_open: one probe is let through;
its success closes the breaker, its failure opens it again for another cool-down.
Names: ``domain:example.com`` (fetch failures), ``llm:openai`` (provider errors), ``database``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from pipeline.core.datetext import utcnow
from pipeline.core.db.models import CircuitBreaker

T = TypeVar("T")
CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


def _row(session: Session, name: str) -> CircuitBreaker:
    row = session.get(
        CircuitBreaker, name, with_for_update=session.bind is not None and session.bind.dialect.name == "postgresql"
    )
    if row is None:
        row = CircuitBreaker(name=name, state=CLOSED, failures=0)
        session.add(row)
        session.flush()
    return row


def allow(session: Session, name: str, *, cooldown_s: float) -> bool:
    """May a call go through now? An open breaker past its cool-down lets exactly one probe through."""
    row = session.get(CircuitBreaker, name)
    if row is None or row.state == CLOSED:
        return True
    row = _row(session, name)
    now = utcnow()
    if row.state == OPEN and row.opened_at is not None and now >= row.opened_at + timedelta(seconds=cooldown_s):
        row.state, row.probe_at = HALF_OPEN, now
        return True
    if row.state == HALF_OPEN and row.probe_at is not None and now >= row.probe_at + timedelta(seconds=cooldown_s):
        row.probe_at = now  # the last probe never reported back (its worker died): send another
        return True
    return False


def record_success(session: Session, name: str) -> None:
    row = session.get(CircuitBreaker, name)
    if row is not None and (row.state != CLOSED or row.failures):
        row.state, row.failures, row.opened_at, row.probe_at = CLOSED, 0, None, None


def record_failure(session: Session, name: str, *, threshold: int, error: str) -> str:
    """Count a failure; returns the breaker's state afterwards."""
    row = _row(session, name)
    row.failures += 1
    row.last_error = error[:300]
    if row.state == HALF_OPEN or row.failures >= threshold:
        row.state, row.opened_at, row.probe_at = OPEN, utcnow(), None
    return row.state


def retry_in_s(session: Session, name: str, *, cooldown_s: float) -> float:
    """Seconds until an open breaker lets a probe through (0 when it would now)."""
    row = session.get(CircuitBreaker, name)
    if row is None or row.state == CLOSED or row.opened_at is None:
        return 0.0
    return max(0.0, (row.opened_at + timedelta(seconds=cooldown_s) - utcnow()).total_seconds())


def all_breakers(session: Session) -> Sequence[CircuitBreaker]:
    return session.scalars(select(CircuitBreaker).order_by(CircuitBreaker.name)).all()


def with_database_retries(func: Callable[[], T], *, attempts: int = 5) -> T:
    """Call ``func`` again with jittered exponential backoff while the database is unreachable."""
    retrying = retry(
        retry=retry_if_exception_type((OperationalError, DBAPIError)),
        wait=wait_random_exponential(multiplier=0.5, max=10),
        stop=stop_after_attempt(attempts),
        reraise=True,
    )
    return retrying(func)()
