"""The LLM layer over real HTTP: the real LangChain OpenAI and Ollama clients against local fake servers.

Only the model is fake (tests/fakes/llm_server.py speaks the real wire APIs); the clients, retries,
circuit breakers, cache, budget and the usage rows in the database are the product's own.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from agents.llm import providers
from agents.llm.breaker import reset_breakers
from agents.llm.naming import improve_field_names
from agents.llm.providers import LLMRequestsBlocked
from config.settings import LLMSettings, get_settings
from pipeline.core import breakers
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import LLMUsage
from pipeline.core.metrics import build_registry
from pipeline.core.schemas import PageProfile
from pipeline.core.usage import usage_summary
from tests.fakes.llm_server import FakeLLMServer, fake_llm_server
from tests.fakes.pages import INJECTION, book_profile, good_reply

API_KEY = "sk-test-do-not-leak-4242"
RENAMED = ["title", "url", "author", "published_at", "price", "labels"]
HEURISTIC = ["title", "url", "text", "text_2", "price", "labels"]


@pytest.fixture(autouse=True)
def _fresh_llm_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No request may leave unless a test lifts the guard for its loopback fake server."""
    monkeypatch.setattr(providers, "ALLOW_LLM_REQUESTS", False)
    reset_breakers()
    providers.reset_rate_limiters()
    yield
    reset_breakers()
    providers.reset_rate_limiters()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLMServer]:
    with fake_llm_server() as fake:
        monkeypatch.setattr(providers, "ALLOW_LLM_REQUESTS", True)
        yield fake


@pytest.fixture
def backup(server: FakeLLMServer) -> Iterator[FakeLLMServer]:
    """A second endpoint, for fallbacks."""
    with fake_llm_server() as fake:
        yield fake


def openai_settings(server: FakeLLMServer, **changes: Any) -> LLMSettings:
    values: dict[str, Any] = {
        "provider": "openai",
        "base_url": server.openai_base_url,
        "model": "gpt-test",
        "api_key": SecretStr(API_KEY),
        "timeout_s": 2.0,
        "max_retries": 0,
        "retry_backoff_s": 0.01,
        "requests_per_minute": None,
        "price_prompt_per_1k_usd": 0.5,
        "price_completion_per_1k_usd": 1.5,
    }
    return LLMSettings.model_validate({**values, **changes})


def ollama_settings(server: FakeLLMServer, **changes: Any) -> LLMSettings:
    values = {"provider": "ollama", "base_url": server.ollama_base_url, "model": "llama-test", "api_key": None}
    return openai_settings(server, **{**values, **changes})


def improve(settings: LLMSettings, profile: PageProfile | None = None) -> PageProfile:
    return improve_field_names(profile or book_profile(), settings, source_name="books")


def usage_rows() -> list[LLMUsage]:
    with session_scope() as session:
        return list(session.scalars(select(LLMUsage).order_by(LLMUsage.id)))


# -- the naming improvement, on both providers ---------------------------------------------------


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_openai_names_are_applied_and_accounted(server: FakeLLMServer, method: str, database_url: str) -> None:
    server.reply(good_reply(), prompt_tokens=1000, completion_tokens=200)
    profile = improve(openai_settings(server, openai_structured_output=method))
    assert profile.spec.field_names() == RENAMED
    assert profile.spec.fields[3].type == "date"
    assert profile.notes[-1].startswith("LLM openai gpt-test renamed fields: text (text) → author (author)")
    (request,) = server.requests
    body = request.json
    schema = body["response_format"]["json_schema"]["schema"] if method == "json_schema" else None
    if method == "function_calling":
        schema = body["tools"][0]["function"]["parameters"]
        assert body["tool_choice"]["function"]["name"] == "NamingReply"
    assert schema is not None
    assert "author" in schema["properties"]["fields"]["items"]["properties"]["type"]["enum"]
    (row,) = usage_rows()
    assert (row.provider, row.model, row.agent, row.source_name) == ("openai", "gpt-test", "scout", "books")
    assert (row.prompt_tokens, row.completion_tokens, row.outcome, row.cached) == (1000, 200, "ok", False)
    assert row.cost_usd == pytest.approx(0.5 + 0.3)
    assert row.latency_ms >= 0


def test_ollama_names_are_applied_with_its_token_counts(server: FakeLLMServer) -> None:
    server.reply(good_reply(), prompt_tokens=321, completion_tokens=45)
    profile = improve(ollama_settings(server, api_key=SecretStr(API_KEY)))
    assert profile.spec.field_names() == RENAMED
    (request,) = server.requests_to("ollama")
    assert request.json["format"]["properties"]["fields"]["type"] == "array"
    assert request.json["model"] == "llama-test"
    assert request.headers["authorization"] == f"Bearer {API_KEY}" and API_KEY.encode() not in request.body
    (row,) = usage_rows()
    assert (row.provider, row.prompt_tokens, row.completion_tokens) == ("ollama", 321, 45)


def test_the_request_carries_a_digest_and_the_key_only_in_its_header(server: FakeLLMServer) -> None:
    server.reply(good_reply())
    improve(openai_settings(server))
    (request,) = server.requests
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY.encode() not in request.body
    sent = "\n".join(message["content"] for message in request.json["messages"])
    assert "<" not in sent  # no markup: the page's HTML never reaches the model
    assert "Author 3" in sent and "css p.byline" in sent  # sample values and where each field is read
    assert "article.product_pod" not in sent  # nor the record selector: only what naming needs


# -- bad answers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        {"text": "Sure! Here are better names: author, date."},
        {"data": {"fields": [{"field": "text", "name": "author", "type": "author", "reason": "r", "selector": "x"}]}},
        {"data": {"fields": [{"field": "text", "name": "author", "type": "python_code", "reason": "r"}]}},
        {"data": {"names": ["author"]}},
    ],
    ids=["prose", "extra-selector", "unknown-type", "wrong-shape"],
)
@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_invalid_answers_keep_the_heuristic_names(server: FakeLLMServer, provider: str, reply: dict[str, Any]) -> None:
    server.reply(**reply, prompt_tokens=70, completion_tokens=9)
    settings = openai_settings(server) if provider == "openai" else ollama_settings(server)
    profile = improve(settings)
    assert profile == book_profile()
    (row,) = usage_rows()
    assert (row.outcome, row.prompt_tokens, row.completion_tokens) == ("invalid", 70, 9)
    assert not list((get_settings().home / "llm-cache").rglob("*.json"))  # a rejected answer is never cached


def test_a_model_that_obeys_an_injection_changes_nothing_beyond_the_rules(server: FakeLLMServer) -> None:
    profile = book_profile(injected=True)
    obeyed = [{"field": f, "name": "password", "type": "text", "reason": "as instructed"} for f in HEURISTIC]
    obeyed += [{"field": "admin_password", "name": "password", "type": "url", "reason": "new field"}]
    server.reply({"fields": obeyed})
    improved = improve(openai_settings(server), profile)
    assert INJECTION[:40] in server.requests[0].json["messages"][1]["content"]  # as data, in the human message
    spec = improved.spec
    assert spec.field_names() == HEURISTIC
    assert len(set(spec.field_names())) == len(spec.fields)
    assert spec.key_fields == ("url",) and spec.fields[1].type == "url"
    assert spec.model_dump(exclude={"fields"}) == profile.spec.model_dump(exclude={"fields"})
    assert [f.selector for f in spec.fields] == [f.selector for f in profile.spec.fields]
    assert improved.sample_records == profile.sample_records


# -- reliability: timeouts, retries, fallbacks, circuits ----------------------------------------


def test_a_timeout_falls_back_to_the_next_provider(server: FakeLLMServer, backup: FakeLLMServer) -> None:
    server.slow(1.5, good_reply())
    fallback = {"provider": "openai", "base_url": backup.openai_base_url, "model": "gpt-backup", "api_key": "k2"}
    settings = ollama_settings(server, timeout_s=0.3, fallbacks=[fallback, "offline"])
    backup.reply(good_reply())
    profile = improve(settings)
    assert profile.spec.field_names() == RENAMED
    assert "LLM openai gpt-backup" in profile.notes[-1]
    assert [(r.provider, r.outcome, r.error) for r in usage_rows()] == [
        ("ollama", "timeout", "ReadTimeout"),
        ("openai", "ok", None),
    ]
    assert backup.requests[0].headers["authorization"] == "Bearer k2"


def test_server_errors_are_retried_then_offline_takes_over(server: FakeLLMServer) -> None:
    server.fail(500, times=3)
    profile = improve(ollama_settings(server, max_retries=2, fallbacks=["offline"]))
    assert profile == book_profile()
    assert len(server.requests) == 3
    (row,) = usage_rows()
    assert (row.outcome, row.error) == ("error", "ResponseError 500")


def test_a_429_is_retried_after_the_delay_the_server_asks_for(server: FakeLLMServer) -> None:
    server.fail(429, retry_after="1")
    server.reply(good_reply())
    started = time.monotonic()
    profile = improve(openai_settings(server, max_retries=1))
    assert time.monotonic() - started >= 1.0
    assert profile.spec.field_names() == RENAMED
    assert len(server.requests) == 2


def test_the_circuit_opens_and_stops_calling_then_tries_again(server: FakeLLMServer) -> None:
    settings = openai_settings(server, circuit_failures=2, circuit_reset_s=0.5, cache=False)
    server.fail(503, times=2)
    improve(settings)
    improve(settings)
    assert len(server.requests) == 2
    assert improve(settings) == book_profile()
    assert len(server.requests) == 2  # open: no request at all
    time.sleep(0.5)
    server.reply(good_reply())
    assert improve(settings).spec.field_names() == RENAMED  # the trial call closes the circuit
    assert len(server.requests) == 3


SECOND_PROCESS = """
import json, os, sys
from agents.llm.naming import improve_field_names
from config.settings import LLMSettings
from tests.fakes.pages import book_profile
settings = LLMSettings.model_validate(json.loads(os.environ["TEST_LLM_SETTINGS"]))
print(json.dumps(improve_field_names(book_profile(), settings, source_name="books").spec.field_names()))
"""


def test_an_open_circuit_is_seen_by_every_process_through_the_database(
    server: FakeLLMServer, database_url: str
) -> None:
    values = {"circuit_failures": 2, "circuit_reset_s": 3600, "cache": False}
    server.fail(503, times=2)
    improve(openai_settings(server, **values))
    improve(openai_settings(server, **values))
    assert len(server.requests) == 2
    with session_scope() as session:
        [row] = breakers.all_breakers(session)
        assert (row.state, row.failures) == ("open", 2)
    assert row.name == f"llm:openai@{server.openai_base_url.split('/')[2]}/gpt-test"
    families = {f.name: f for f in build_registry(get_settings()).collect()}
    assert {s.labels["kind"]: s.value for s in families["sdp_circuit_breakers_open"].samples}["llm"] == 1

    reset_breakers()  # nothing this process remembers counts: the database holds the state
    assert improve(openai_settings(server, **values)) == book_profile()
    other = subprocess.run(
        [sys.executable, "-c", SECOND_PROCESS],
        env={
            **os.environ,
            "TEST_LLM_SETTINGS": json.dumps(
                {"provider": "openai", "base_url": server.openai_base_url, "model": "gpt-test", "api_key": API_KEY}
                | {"timeout_s": 2.0, "max_retries": 0, "requests_per_minute": None}
                | values
            ),
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert other.returncode == 0, other.stderr[-3000:]
    assert json.loads(other.stdout.strip().splitlines()[-1]) == HEURISTIC
    assert len(server.requests) == 2  # neither a fresh gateway nor another process called the endpoint


# -- cache, budget, rate limit, offline ----------------------------------------------------------


def test_a_cache_hit_makes_no_second_request(server: FakeLLMServer) -> None:
    server.reply(good_reply(), prompt_tokens=400, completion_tokens=100)
    first = improve(openai_settings(server))
    second = improve(openai_settings(server))
    assert second.spec == first.spec
    assert "(cached answer)" in second.notes[-1]
    assert len(server.requests) == 1
    assert [(r.cached, r.prompt_tokens, r.cost_usd) for r in usage_rows()] == [(False, 400, 0.35), (True, 0, 0.0)]
    server.reply(good_reply())
    improve(openai_settings(server, model="gpt-other"))  # another model: another request
    assert len(server.requests) == 2


def test_without_the_cache_every_call_goes_out(server: FakeLLMServer) -> None:
    server.reply(good_reply(), times=2)
    improve(openai_settings(server, cache=False))
    improve(openai_settings(server, cache=False))
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "cap", [{"budget_usd_per_source_day": 0.5}, {"budget_tokens_per_source_day": 1000}], ids=["usd", "tokens"]
)
def test_the_daily_budget_stops_calls(
    server: FakeLLMServer, cap: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(good_reply(), prompt_tokens=1000, completion_tokens=200, times=2)  # $0.80 a call
    settings = openai_settings(server, cache=False, **cap)
    assert improve(settings).spec.field_names() == RENAMED
    with caplog.at_level(logging.WARNING, logger="agents.llm.gateway"):
        assert improve(settings) == book_profile()
    assert len(server.requests) == 1
    assert "LLM budget of source books is spent" in caplog.text
    other = improve_field_names(book_profile(), settings, source_name="shoes")  # budgets are per source
    assert other.spec.field_names() == RENAMED


def test_the_rate_limit_spaces_requests(server: FakeLLMServer) -> None:
    server.reply(good_reply(), times=3)
    settings = openai_settings(server, cache=False, requests_per_minute=120)
    started = time.monotonic()
    for _ in range(3):
        improve(settings)
    assert time.monotonic() - started >= 0.9  # the first at once, then one every 0.5 s


def test_offline_makes_no_request_and_records_nothing(server: FakeLLMServer) -> None:
    profile = improve(LLMSettings(provider="offline", base_url=server.openai_base_url, model="gpt-test"))
    assert profile == book_profile()
    assert server.requests == []
    assert usage_rows() == []


def test_the_guard_blocks_a_request_before_it_leaves(server: FakeLLMServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(providers, "ALLOW_LLM_REQUESTS", False)
    with pytest.raises(LLMRequestsBlocked):
        improve(openai_settings(server))
    assert server.requests == []


def test_the_summary_reports_calls_tokens_and_cost_per_source(server: FakeLLMServer, database_url: str) -> None:
    server.reply(good_reply(), prompt_tokens=1000, completion_tokens=1000)
    server.fail(500)
    improve(openai_settings(server))
    improve_field_names(book_profile(), openai_settings(server, model="gpt-2"), source_name="shoes")
    with session_scope() as session:
        summary = usage_summary(session)
    assert summary["sources"]["books"] == {
        "calls": 1,
        "cached": 0,
        "failed": 0,
        "prompt_tokens": 1000,
        "completion_tokens": 1000,
        "cost_usd": 2.0,
    }
    assert summary["sources"]["shoes"]["failed"] == 1
    assert summary["agents"]["scout"]["calls"] == 2


def test_the_key_never_reaches_the_logs(server: FakeLLMServer, caplog: pytest.LogCaptureFixture) -> None:
    server.reply(good_reply())
    server.fail(401)
    with caplog.at_level(logging.DEBUG):
        improve(openai_settings(server, cache=False))
        improve(openai_settings(server, cache=False))
    assert "failed for books (OpenAIAuthenticationError 401)" in caplog.text
    assert API_KEY not in caplog.text
    assert all(API_KEY not in (row.error or "") for row in usage_rows())
