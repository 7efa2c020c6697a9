"""The circuit breaker of one LLM endpoint, shared by every process through the database.

A provider that is down is down for the whole fleet: the first worker to see ``circuit_failures``
failures opens the breaker row ``llm:<provider>@<host>/<model>`` (table ``circuit_breakers``, the
same one the crawl breakers use), and no other worker calls that endpoint until the cool-down
lets one probe through. ``sdp status`` lists the row and the metric
``sdp_circuit_breakers_open{kind="llm"}`` counts it.

Only where no database can be reached does the process keep its own breaker
(``agents.llm.breaker``): a dead database must not stop the LLM layer's failure handling.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol
from urllib.parse import urlsplit

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from agents.llm.breaker import breaker_for
from agents.llm.providers import Target
from config.settings import LLMSettings
from pipeline.core import breakers
from pipeline.core.exceptions import ServiceUnavailable

logger = logging.getLogger(__name__)

SessionFactory = Callable[[], AbstractContextManager[Session]]
_DATABASE_AWAY = (SQLAlchemyError, ServiceUnavailable)
#: The width of ``circuit_breakers.name``.
MAX_NAME = 160


class Circuit(Protocol):
    """What the gateway asks of a breaker."""

    def allow(self) -> bool: ...

    def record_success(self) -> None: ...

    def record_failure(self, error: str) -> None: ...

    def seconds_until_trial(self) -> float: ...


def breaker_name(target: Target) -> str:
    """``llm:openai@api.openai.com/gpt-4o-mini``: per endpoint and model, never with its key."""
    return f"llm:{target.provider}@{urlsplit(target.base_url).netloc}/{target.model}"[:MAX_NAME]


class ProcessCircuit:
    """The in-memory breaker of this process, for where no database is configured."""

    def __init__(self, target: Target, settings: LLMSettings) -> None:
        self._breaker = breaker_for(target.key, settings)

    def allow(self) -> bool:
        return self._breaker.allow()

    def record_success(self) -> None:
        self._breaker.record_success()

    def record_failure(self, error: str) -> None:
        self._breaker.record_failure()

    def seconds_until_trial(self) -> float:
        return self._breaker.seconds_until_trial()


class SharedCircuit:
    """The database breaker of ``pipeline.core.breakers``; the process breaker while the database is away."""

    def __init__(self, target: Target, settings: LLMSettings, session_factory: SessionFactory) -> None:
        self.name = breaker_name(target)
        self._settings = settings
        self._sessions = session_factory
        self._fallback = ProcessCircuit(target, settings)

    def allow(self) -> bool:
        try:
            with self._sessions() as session:
                return breakers.allow(session, self.name, cooldown_s=self._settings.circuit_reset_s)
        except _DATABASE_AWAY as exc:
            self._warn(exc)
            return self._fallback.allow()

    def record_success(self) -> None:
        try:
            with self._sessions() as session:
                breakers.record_success(session, self.name)
        except _DATABASE_AWAY as exc:
            self._warn(exc)
            self._fallback.record_success()

    def record_failure(self, error: str) -> None:
        try:
            with self._sessions() as session:
                state = breakers.record_failure(
                    session, self.name, threshold=self._settings.circuit_failures, error=error
                )
            if state == breakers.OPEN:
                logger.warning("Circuit %s is open for every worker: %s", self.name, error)
        except _DATABASE_AWAY as exc:
            self._warn(exc)
            self._fallback.record_failure(error)

    def seconds_until_trial(self) -> float:
        try:
            with self._sessions() as session:
                return breakers.retry_in_s(session, self.name, cooldown_s=self._settings.circuit_reset_s)
        except _DATABASE_AWAY as exc:
            self._warn(exc)
            return self._fallback.seconds_until_trial()

    def _warn(self, exc: Exception) -> None:
        logger.warning("Circuit %s kept in this process: the database is away (%s)", self.name, type(exc).__name__)


def circuit_for(target: Target, settings: LLMSettings, session_factory: SessionFactory | None) -> Circuit:
    """The breaker every worker shares when there is a database, else this process's own."""
    if session_factory is None:
        return ProcessCircuit(target, settings)
    return SharedCircuit(target, settings, session_factory)
