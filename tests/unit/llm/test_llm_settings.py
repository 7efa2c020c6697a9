"""The LLM settings, the provider chain and the chat-model factory (no request is made)."""

from __future__ import annotations

import pytest
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, SecretStr

from agents.llm.providers import LLMRequestsBlocked, build_chat_model, chain, check_requests_allowed
from config.settings import LLMSettings, Settings
from pipeline.core.exceptions import ConfigurationError

SECRET = "sk-very-secret-0123456789"


def test_offline_is_the_default_and_has_no_model() -> None:
    settings = LLMSettings()
    assert settings.provider == "offline"
    assert chain(settings) == []
    assert build_chat_model(settings) is None


def test_openai_model_is_built_with_our_limits() -> None:
    settings = LLMSettings(
        provider="openai", base_url="http://127.0.0.1:9/v1/", model="gpt-test", api_key=SecretStr(SECRET), timeout_s=7
    )
    model = build_chat_model(settings)
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == "gpt-test"
    assert model.openai_api_base == "http://127.0.0.1:9/v1"
    assert model.max_retries == 0  # retries are ours, one policy for every provider
    assert model.request_timeout == 7
    assert model.rate_limiter is not None
    assert SECRET not in repr(model)


def test_ollama_model_gets_the_default_endpoint() -> None:
    model = build_chat_model(LLMSettings(provider="ollama", model="llama3.1", requests_per_minute=None))
    assert isinstance(model, ChatOllama)
    assert model.base_url == "http://127.0.0.1:11434"
    assert model.rate_limiter is None


def test_chain_follows_the_fallbacks_and_stops_at_offline() -> None:
    settings = LLMSettings.model_validate(
        {
            "provider": "ollama",
            "model": "llama3.1",
            "price_prompt_per_1k_usd": 0.5,
            "fallbacks": [
                {"provider": "openai", "model": "gpt-test", "api_key": SECRET, "price_prompt_per_1k_usd": 2.0},
                "offline",
                {"provider": "ollama", "model": "never-reached"},
            ],
        }
    )
    targets = chain(settings)
    assert [(t.provider, t.model) for t in targets] == [("ollama", "llama3.1"), ("openai", "gpt-test")]
    assert [t.prompt_price for t in targets] == [0.5, 2.0]
    assert targets[1].base_url == "https://api.openai.com/v1"
    assert targets[1].origin == "llm.fallbacks[0]"
    assert SECRET not in targets[1].key and SECRET not in str(targets[1])


def test_an_offline_primary_ignores_the_fallbacks() -> None:
    settings = LLMSettings.model_validate({"fallbacks": [{"provider": "openai", "model": "m", "api_key": "k"}]})
    assert chain(settings) == []


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"provider": "openai", "api_key": "k"}, "SDP_LLM_MODEL is empty for provider 'openai'"),
        ({"provider": "openai", "model": "m"}, "SDP_LLM_API_KEY is empty for provider 'openai'"),
        ({"provider": "ollama", "model": "m", "base_url": "ftp://box"}, "SDP_LLM_BASE_URL 'ftp://box' is not"),
        ({"provider": "ollama", "model": "m", "fallbacks": [{"provider": "ollama"}]}, "llm.fallbacks[0].MODEL"),
    ],
)
def test_incomplete_settings_name_the_setting_and_the_fix(settings: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        build_chat_model(LLMSettings.model_validate(settings))
    assert message in str(raised.value)


def test_fallbacks_come_from_the_environment_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_LLM_PROVIDER", "ollama")
    monkeypatch.setenv("SDP_LLM_MODEL", "llama3.1")
    monkeypatch.setenv(
        "SDP_LLM_FALLBACKS", f'[{{"provider": "openai", "model": "gpt-test", "api_key": "{SECRET}"}}, "offline"]'
    )
    monkeypatch.setenv("SDP_LLM_BUDGET_USD_PER_SOURCE_DAY", "0.25")
    settings = Settings()
    assert [f.provider for f in settings.llm.fallbacks] == ["openai", "offline"]
    assert settings.llm.budget_usd_per_source_day == 0.25
    assert SECRET not in repr(settings) and SECRET not in settings.model_dump_json()


def _undescribed(model: type[BaseModel]) -> list[str]:
    return [name for name, field in model.model_fields.items() if not field.description]


def test_every_llm_setting_is_described() -> None:
    assert _undescribed(LLMSettings) == []
    assert _undescribed(LLMSettings.Endpoint) == []


def test_the_guard_blocks_requests_while_off() -> None:
    target = chain(LLMSettings(provider="ollama", model="llama3.1"))[0]
    with pytest.raises(LLMRequestsBlocked, match="ALLOW_LLM_REQUESTS is False"):
        check_requests_allowed(target)
