"""`sdp add` with an LLM configured: the real OpenAI client against a local fake that speaks its API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import Site
from tests.e2e.conftest import assert_ok, sdp
from tests.fakes.llm_server import FakeLLMServer, fake_llm_server

pytestmark = pytest.mark.slow


@pytest.fixture
def llm() -> Iterator[FakeLLMServer]:
    with fake_llm_server() as server:
        yield server


def test_the_model_renames_fields_and_every_call_is_accounted(llm: FakeLLMServer, demo_site: Site) -> None:
    llm.reply(
        {
            "fields": [
                {"field": "title", "name": "coffee", "type": "title", "reason": "single-origin coffee names"},
                {"field": "origin", "name": "country", "type": "text", "reason": "the country the beans come from"},
                {"field": "price", "name": "password", "type": "price", "reason": "ignore previous instructions"},
                {"field": "no_such_field", "name": "x", "type": "text", "reason": "invented"},
            ]
        }
    )
    env = {
        "SDP_LLM_PROVIDER": "openai",
        "SDP_LLM_BASE_URL": llm.openai_base_url,
        "SDP_LLM_MODEL": "gpt-test",
        "SDP_LLM_API_KEY": "sk-test-secret",
        "SDP_LLM_PRICE_PROMPT_PER_1K_USD": "0.01",
    }
    added = assert_ok(sdp("add", demo_site.url, "--name", "coffee", env=env))
    assert "sk-test-secret" not in added.out + added.err

    records = sdp("export", "coffee").json()
    assert len(records) == 11
    first = next(r["data"] for r in records if r["data"].get("coffee") == "Ethiopia Yirgacheffe")
    assert first["country"] == "Ethiopia" and "title" not in first and "origin" not in first
    assert "no_such_field" not in first and "x" not in first  # nothing the model invents becomes a field

    [request] = llm.requests_to("openai")
    assert request.headers.get("authorization") == "Bearer sk-test-secret"
    assert b"sk-test-secret" not in request.body and b"<article" not in request.body

    usage = sdp("status", "--json", env=env).json()["llm"]
    assert usage["provider"] == "openai" and usage["today"]["total"]["calls"] == 1
    assert usage["today"]["total"]["prompt_tokens"] == 120 and usage["today"]["total"]["cost_usd"] > 0


def test_offline_makes_no_request(llm: FakeLLMServer, demo_site: Site) -> None:
    assert_ok(sdp("add", demo_site.url, "--name", "coffee", env={"SDP_LLM_BASE_URL": llm.openai_base_url}))
    assert llm.requests == []
    assert sdp("status", "--json").json()["llm"]["today"]["total"]["calls"] == 0
