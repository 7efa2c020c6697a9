"""LLM unit tests: no request may leave, and no breaker or limiter state crosses tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.llm import providers
from agents.llm.breaker import reset_breakers


@pytest.fixture(autouse=True)
def _no_llm_requests(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(providers, "ALLOW_LLM_REQUESTS", False)
    reset_breakers()
    providers.reset_rate_limiters()
    yield
    reset_breakers()
    providers.reset_rate_limiters()
