"""The circuit breaker: closed, open after N failures, one trial after the cool-down."""

from __future__ import annotations

import pytest

from agents.llm.breaker import CircuitBreaker, breaker_for
from config.settings import LLMSettings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_opens_after_consecutive_failures_only() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures_to_open=3, reset_after_s=30, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # the run of failures is broken
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    assert not breaker.allow()
    assert breaker.seconds_until_trial() == 30


def test_half_open_lets_one_trial_through_and_closes_on_success() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures_to_open=1, reset_after_s=30, clock=clock)
    breaker.record_failure()
    clock.now += 30
    assert breaker.state == "half_open"
    assert breaker.allow()
    assert not breaker.allow()  # the trial is in flight: nobody else goes
    breaker.record_success()
    assert breaker.state == "closed" and breaker.allow()


def test_a_failed_trial_opens_the_circuit_again() -> None:
    clock = Clock()
    breaker = CircuitBreaker(failures_to_open=2, reset_after_s=10, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 10
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    clock.now += 9
    assert not breaker.allow()
    clock.now += 1
    assert breaker.allow()


def test_one_breaker_per_endpoint_with_the_current_thresholds() -> None:
    first = breaker_for("ollama|http://a|m", LLMSettings(circuit_failures=2))
    again = breaker_for("ollama|http://a|m", LLMSettings(circuit_failures=4, circuit_reset_s=5))
    other = breaker_for("openai|http://b|m", LLMSettings())
    assert first is again and first is not other
    assert (again.failures_to_open, again.reset_after_s) == (4, 5)


def test_a_breaker_needs_a_threshold() -> None:
    with pytest.raises(ValueError, match="failures_to_open=0"):
        CircuitBreaker(failures_to_open=0, reset_after_s=1)
