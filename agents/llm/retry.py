"""What a failed model request means, and retrying the ones worth retrying.

Both providers fail differently: ``langchain-openai`` raises LangChain's ``ModelError`` family
(which also inherit the OpenAI SDK's errors), ``langchain-ollama`` lets the ``ollama`` client's
``ResponseError`` and httpx's transport errors through. ``classify`` maps both onto one outcome,
and ``call_with_retries`` retries timeouts, connection failures, 429 and 5xx with exponential
backoff and jitter — or after exactly the ``Retry-After`` the server asked for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import ollama
import openai
from langchain_core.exceptions import ModelError, ModelRateLimitError, ModelTimeoutError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from config.settings import LLMSettings
from pipeline.core.retry import parse_retry_after
from pipeline.core.usage import Outcome

logger = logging.getLogger(__name__)
T = TypeVar("T")

#: Everything a provider call may raise when the provider (not our code) is at fault.
PROVIDER_ERRORS: tuple[type[Exception], ...] = (
    ModelError,
    openai.OpenAIError,
    ollama.ResponseError,
    ollama.RequestError,
    httpx.HTTPError,
    ConnectionError,
    TimeoutError,
)
#: A server asking for a longer pause than this is treated as down (the fallback takes over).
MAX_RETRY_AFTER_S = 60.0
_BACKOFF_CAP_S = 30.0


@dataclass(frozen=True)
class Failure:
    outcome: Outcome
    retryable: bool
    #: Seconds the server asked us to wait (``Retry-After``), when it said.
    retry_after: float | None
    #: Class and status only, e.g. ``OpenAIRateLimitError 429``: safe to store and log.
    label: str


def classify(exc: BaseException) -> Failure:
    """The outcome of a failed request and whether trying again may help."""
    status = _status(exc)
    label = f"{type(exc).__name__} {status}" if status is not None else type(exc).__name__
    if isinstance(exc, ModelTimeoutError | openai.APITimeoutError | httpx.TimeoutException | TimeoutError):
        return Failure("timeout", True, None, label)
    if status == 429 or isinstance(exc, ModelRateLimitError):
        return Failure("rate_limited", True, _retry_after(exc), label)
    if isinstance(exc, ModelError):
        return Failure("error", exc.is_retryable, None, label)
    if status is not None:
        return Failure("error", status >= 500 or status == 408, None, label)
    retryable = isinstance(exc, openai.APIConnectionError | httpx.TransportError | ConnectionError)
    return Failure("error", retryable, None, label)


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and status > 0:
        return status
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _retry_after(exc: BaseException) -> float | None:
    headers: Any = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    return parse_retry_after(headers.get("retry-after"))


def _is_retryable(exc: BaseException) -> bool:
    if not isinstance(exc, PROVIDER_ERRORS):
        return False
    failure = classify(exc)
    return failure.retryable and (failure.retry_after is None or failure.retry_after <= MAX_RETRY_AFTER_S)


def _wait(settings: LLMSettings) -> Callable[[RetryCallState], float]:
    first = settings.retry_backoff_s
    backoff = wait_exponential_jitter(multiplier=first, max=_BACKOFF_CAP_S, jitter=first)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        retry_after = classify(exc).retry_after if exc is not None else None
        return retry_after if retry_after is not None else float(backoff(state))

    return wait


def _log_retry(state: RetryCallState) -> None:
    exc = state.outcome.exception() if state.outcome is not None else None
    wait = state.next_action.sleep if state.next_action is not None else 0.0
    logger.info(
        "LLM request failed (%s); retry %d in %.2f s",
        classify(exc).label if exc is not None else "?",
        state.attempt_number,
        wait,
    )


def call_with_retries(call: Callable[[], T], settings: LLMSettings) -> T:
    """Run ``call``, retrying transient provider failures up to ``settings.max_retries`` times."""
    retrying = Retrying(
        stop=stop_after_attempt(settings.max_retries + 1),
        wait=_wait(settings),
        retry=retry_if_exception(_is_retryable),
        before_sleep=_log_retry,
        reraise=True,
    )
    return retrying(call)
