"""Circuit breakers: stop calling an endpoint that keeps failing, and try it again after a cool-down.

``closed`` → (``circuit_failures`` failures in a row) → ``open``: no calls → (``circuit_reset_s``)
→ ``half_open``: one trial call → ``closed`` if it answers, ``open`` again if it fails.

State lives in the process: the fallback of ``agents.llm.circuits``, whose breakers every worker
shares through the database, for where that database cannot be reached.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Literal

from config.settings import LLMSettings

CircuitState = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """A thread-safe breaker for one endpoint."""

    def __init__(
        self, *, failures_to_open: int, reset_after_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if failures_to_open < 1:
            raise ValueError(f"failures_to_open={failures_to_open!r}: a circuit needs at least 1 failure to open.")
        self.failures_to_open = failures_to_open
        self.reset_after_s = reset_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False

    @property
    def state(self) -> CircuitState:
        with self._lock:
            return self._state()

    def _state(self) -> CircuitState:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.reset_after_s:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """Whether a call may go out now; in ``half_open`` only one trial at a time does."""
        with self._lock:
            state = self._state()
            if state == "closed":
                return True
            if state == "half_open" and not self._trial_in_flight:
                self._trial_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial_in_flight or self._failures >= self.failures_to_open:
                self._opened_at = self._clock()
            self._trial_in_flight = False

    def seconds_until_trial(self) -> float:
        """How long an open circuit stays shut (0 when a call may go out)."""
        with self._lock:
            if self._opened_at is None:
                return 0.0
            return max(0.0, self.reset_after_s - (self._clock() - self._opened_at))


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(key: str, settings: LLMSettings) -> CircuitBreaker:
    """The process-wide breaker of the endpoint ``key``, with the current thresholds."""
    with _breakers_lock:
        breaker = _breakers.get(key)
        if breaker is None:
            breaker = _breakers[key] = CircuitBreaker(
                failures_to_open=settings.circuit_failures, reset_after_s=settings.circuit_reset_s
            )
        else:  # settings reloaded (``sdp config set``): new thresholds apply, the state stays
            breaker.failures_to_open = settings.circuit_failures
            breaker.reset_after_s = settings.circuit_reset_s
        return breaker


def reset_breakers() -> None:
    """Forget every breaker (tests; a process that wants a fresh start)."""
    with _breakers_lock:
        _breakers.clear()
