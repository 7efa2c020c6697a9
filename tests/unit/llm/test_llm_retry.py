"""Classifying provider failures and retrying the transient ones."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import httpx
import ollama
import pytest

from agents.llm.retry import call_with_retries, classify
from config.settings import LLMSettings


class StatusError(Exception):
    """An SDK-style HTTP error: a status code and the response's headers."""

    def __init__(self, status: int, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status_code = status
        self.response = SimpleNamespace(status_code=status, headers=headers or {})


@pytest.mark.parametrize(
    ("exc", "outcome", "retryable"),
    [
        (httpx.ReadTimeout("slow"), "timeout", True),
        (TimeoutError(), "timeout", True),
        (httpx.ConnectError("refused"), "error", True),
        (ollama.ResponseError("busy", 503), "error", True),
        (ollama.ResponseError("slow down", 429), "rate_limited", True),
        (ollama.ResponseError("no such model", 404), "error", False),
        (StatusError(401), "error", False),
        (StatusError(408), "error", True),
    ],
)
def test_failures_are_classified(exc: Exception, outcome: str, retryable: bool) -> None:
    failure = classify(exc)
    assert (failure.outcome, failure.retryable) == (outcome, retryable)


def test_labels_carry_the_class_and_status_only() -> None:
    assert classify(ollama.ResponseError("prompt text could be echoed here", 500)).label == "ResponseError 500"


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [({"retry-after": "3"}, 3.0), ({"retry-after-ms": "250"}, 0.25), ({"retry-after": "soon"}, None), ({}, None)],
)
def test_retry_after_is_read(headers: dict[str, str], seconds: float | None) -> None:
    assert classify(StatusError(429, headers)).retry_after == seconds


def _counting(errors: list[Exception]) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def call() -> str:
        calls.append(1)
        if errors:
            raise errors.pop(0)
        return "answer"

    return calls, call


def test_transient_failures_are_retried() -> None:
    calls, call = _counting([ollama.ResponseError("busy", 503), httpx.ReadTimeout("slow")])
    assert call_with_retries(call, LLMSettings(max_retries=2, retry_backoff_s=0)) == "answer"
    assert len(calls) == 3


def test_retries_stop_at_the_limit_and_the_last_error_is_raised() -> None:
    calls, call = _counting([ollama.ResponseError("busy", 503)] * 5)
    with pytest.raises(ollama.ResponseError):
        call_with_retries(call, LLMSettings(max_retries=1, retry_backoff_s=0))
    assert len(calls) == 2


@pytest.mark.parametrize("error", [StatusError(401), StatusError(429, {"retry-after": "3600"}), KeyError("bug")])
def test_permanent_failures_and_our_own_bugs_are_not_retried(error: Exception) -> None:
    calls, call = _counting([error])
    with pytest.raises(type(error)):
        call_with_retries(call, LLMSettings(max_retries=3, retry_backoff_s=0))
    assert len(calls) == 1
