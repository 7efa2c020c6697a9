"""Which endpoints make up the LLM chain, and their LangChain chat models.

* ``offline``: no model. The layer answers None and the caller keeps its heuristic result.
* ``openai``: ``ChatOpenAI`` against any OpenAI-compatible ``base_url``.
* ``ollama``: ``ChatOllama``.

``ALLOW_LLM_REQUESTS`` is the kill-switch (pydantic-ai's ``ALLOW_MODEL_REQUESTS``): while it is
False, a request raises ``LLMRequestsBlocked`` instead of leaving the process. The test suite
keeps it False and lifts it only around calls to its local fake servers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import httpx
from langchain_core.rate_limiters import InMemoryRateLimiter
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from config.settings import LLMSettings
from pipeline.core.exceptions import ConfigurationError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

#: Flip to False to make any LLM request fail loudly (tests); see ``override_allow_llm_requests``.
ALLOW_LLM_REQUESTS = True

OPENAI_DEFAULT_URL = "https://api.openai.com/v1"
OLLAMA_DEFAULT_URL = "http://127.0.0.1:11434"

Endpoint = LLMSettings.Endpoint


class LLMRequestsBlocked(ConfigurationError):
    """A request was about to leave while ``ALLOW_LLM_REQUESTS`` is False."""

    code = "llm:requests-blocked"


@contextmanager
def override_allow_llm_requests(allow: bool) -> Iterator[None]:
    """Set ``ALLOW_LLM_REQUESTS`` for the duration of the block."""
    global ALLOW_LLM_REQUESTS  # noqa: PLW0603 - the switch is module state by design
    previous, ALLOW_LLM_REQUESTS = ALLOW_LLM_REQUESTS, allow
    try:
        yield
    finally:
        ALLOW_LLM_REQUESTS = previous


@dataclass(frozen=True)
class Target:
    """One endpoint of the chain, with its defaults filled in and checked."""

    provider: Literal["openai", "ollama"]
    model: str
    base_url: str
    api_key: SecretStr | None
    prompt_price: float
    completion_price: float
    #: Where it is configured, for messages: ``SDP_LLM`` or ``llm.fallbacks[0]``.
    origin: str

    @property
    def key(self) -> str:
        """Identity for circuit breakers, rate limiters and logs (never includes the key)."""
        return f"{self.provider}|{self.base_url}|{self.model}"

    def __str__(self) -> str:
        return f"{self.provider} model {self.model!r} at {self.base_url}"


def check_requests_allowed(target: Target) -> None:
    if not ALLOW_LLM_REQUESTS:
        raise LLMRequestsBlocked(
            f"LLM request to {target} blocked: agents.llm.providers.ALLOW_LLM_REQUESTS is False. "
            "Tests talk to a local fake server inside `override_allow_llm_requests(True)`."
        )


def chain(settings: LLMSettings) -> list[Target]:
    """The primary endpoint, then the fallbacks, up to the first ``offline`` one (empty: offline)."""
    primary = Endpoint(
        provider=settings.provider, base_url=settings.base_url, model=settings.model, api_key=settings.api_key
    )
    targets: list[Target] = []
    for index, endpoint in enumerate([primary, *settings.fallbacks]):
        if endpoint.provider == "offline":
            break
        origin = "SDP_LLM" if index == 0 else f"llm.fallbacks[{index - 1}]"
        targets.append(_resolve(endpoint, settings, origin))
    return targets


def _resolve(endpoint: LLMSettings.Endpoint, settings: LLMSettings, origin: str) -> Target:
    provider = endpoint.provider
    assert provider != "offline"
    where = "SDP_LLM_{}" if origin == "SDP_LLM" else origin + ".{}"
    if not endpoint.model:
        raise ConfigurationError(
            f"{where.format('MODEL')} is empty for provider {provider!r}; set the model name, "
            "e.g. 'gpt-4o-mini' for OpenAI or 'llama3.1' for Ollama."
        )
    base_url = (endpoint.base_url or (OPENAI_DEFAULT_URL if provider == "openai" else OLLAMA_DEFAULT_URL)).rstrip("/")
    if not base_url.startswith(("http://", "https://")):
        raise ConfigurationError(
            f"{where.format('BASE_URL')} {base_url!r} is not an http(s) URL; "
            f"use e.g. {OPENAI_DEFAULT_URL} (OpenAI) or {OLLAMA_DEFAULT_URL} (Ollama)."
        )
    if provider == "openai" and not (endpoint.api_key and endpoint.api_key.get_secret_value()):
        raise ConfigurationError(
            f"{where.format('API_KEY')} is empty for provider 'openai' at {base_url}; set it "
            "(a local server that needs no key accepts any value, e.g. 'none')."
        )
    return Target(
        provider=provider,
        model=endpoint.model,
        base_url=base_url,
        api_key=endpoint.api_key,
        prompt_price=_first(endpoint.price_prompt_per_1k_usd, settings.price_prompt_per_1k_usd),
        completion_price=_first(endpoint.price_completion_per_1k_usd, settings.price_completion_per_1k_usd),
        origin=origin,
    )


def _first(value: float | None, default: float) -> float:
    return default if value is None else value


def build_chat_model(settings: LLMSettings) -> BaseChatModel | None:
    """The primary provider's chat model, or None when the layer is offline."""
    targets = chain(settings)
    return build_target_model(targets[0], settings) if targets else None


@contextmanager
def open_chat_model(target: Target, settings: LLMSettings) -> Iterator[BaseChatModel]:
    """``build_target_model`` for one call, its connections closed afterwards.

    Only Ollama's need closing: ``langchain-openai`` shares one pooled HTTP client per endpoint
    across its models (closing it would break the next call).
    """
    if target.provider != "ollama":
        yield build_target_model(target, settings)
        return
    transport = httpx.HTTPTransport()
    try:
        yield build_target_model(target, settings, transport=transport)
    finally:
        transport.close()


def build_target_model(
    target: Target, settings: LLMSettings, *, transport: httpx.HTTPTransport | None = None
) -> BaseChatModel:
    """A LangChain chat model for ``target``: deterministic, bounded, retried by the caller.

    ``transport`` carries Ollama's requests, so the caller can close its connections.
    """
    limiter = rate_limiter(target.key, settings.requests_per_minute)
    if target.provider == "openai":
        return ChatOpenAI(
            model=target.model,
            base_url=target.base_url,
            api_key=target.api_key,
            timeout=settings.timeout_s,
            max_retries=0,  # retries are ours (agents.llm.retry): one policy for both providers
            max_completion_tokens=settings.max_output_tokens,
            temperature=0,
            rate_limiter=limiter,
        )
    headers = {"Authorization": f"Bearer {target.api_key.get_secret_value()}"} if target.api_key else {}
    return ChatOllama(
        model=target.model,
        base_url=target.base_url,
        client_kwargs={"timeout": settings.timeout_s, "headers": headers},
        sync_client_kwargs={"transport": transport} if transport is not None else {},
        num_predict=settings.max_output_tokens,
        temperature=0,
        rate_limiter=limiter,
    )


_limiters: dict[tuple[str, float], InMemoryRateLimiter] = {}
_limiters_lock = threading.Lock()


def rate_limiter(key: str, requests_per_minute: float | None) -> InMemoryRateLimiter | None:
    """The process-wide limiter of one endpoint (a token bucket that starts full)."""
    if requests_per_minute is None:
        return None
    with _limiters_lock:
        limiter = _limiters.get((key, requests_per_minute))
        if limiter is None:
            limiter = InMemoryRateLimiter(
                requests_per_second=requests_per_minute / 60, check_every_n_seconds=0.05, max_bucket_size=1
            )
            limiter.available_tokens = 1.0  # the first request of a process need not wait
            _limiters[(key, requests_per_minute)] = limiter
        return limiter


def reset_rate_limiters() -> None:
    """Forget every limiter (tests; a process that wants a fresh start)."""
    with _limiters_lock:
        _limiters.clear()
