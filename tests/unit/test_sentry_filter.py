"""What may reach Sentry: unexpected failures only, with every secret of the settings masked.

In-process and without a client; tests/e2e/test_sentry.py sends real envelopes.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import pytest
from pydantic import SecretStr

from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError, ServiceUnavailable, SourceNotFound
from pipeline.core.scrubbing import SecretScrubber, settings_secrets
from pipeline.core.sentry import init_sentry, is_expected, report_filter


def _settings(**values: Any) -> Settings:
    return Settings.model_validate(values)


def _exc_info(error: BaseException) -> Any:
    try:
        raise error
    except BaseException:
        return sys.exc_info()


def test_the_settings_secrets_are_every_secret_value_and_url_password() -> None:
    settings = _settings(
        database={"url": "postgresql+psycopg://sdp:db%2Fpass@db.test/sdp"},
        llm={"api_key": "sk-primary", "fallbacks": [{"provider": "openai", "api_key": "sk-fallback"}]},
        crawl={"proxy_url": "http://user:proxypass@proxy.test:3128"},
    )
    secrets = settings_secrets(settings)
    assert {"db%2Fpass", "db/pass", "sk-primary", "sk-fallback", "proxypass"} <= secrets
    assert "http://user:proxypass@proxy.test:3128" in secrets


def test_the_scrubber_masks_values_keys_and_url_passwords_at_any_depth() -> None:
    scrubber = SecretScrubber(["sk-primary", "ab"])
    event = {
        "message": "calling with sk-primary",
        "request": {"headers": {"X-API-Key": "k-123", "Accept": "text/html"}},
        "frames": [{"vars": {"db_password": "p", "note": "redis://:pw123@cache:6379 ab"}}],
        "count": 3,
    }
    assert scrubber.tree(event) == {
        "message": "calling with ***",
        "request": {"headers": {"X-API-Key": "***", "Accept": "text/html"}},
        "frames": [{"vars": {"db_password": "***", "note": "redis://:***@cache:6379 ab"}}],
        "count": 3,
    }


def test_expected_failures_are_the_products_own() -> None:
    assert is_expected(SourceNotFound("no source named x"))
    assert is_expected(ServiceUnavailable("the broker does not answer"))
    assert not is_expected(RuntimeError("a bug"))
    assert not is_expected(None)


def test_the_filter_drops_expected_failures_and_scrubs_the_rest() -> None:
    before_send = report_filter(SecretScrubber(["sk-primary"]))
    event = {"message": "boom sk-primary"}
    assert before_send(event, {"exc_info": _exc_info(SourceNotFound("x"))}) is None
    logged = logging.LogRecord("w", logging.ERROR, __file__, 1, "failed", None, _exc_info(ServiceUnavailable("down")))
    assert before_send(event, {"log_record": logged}) is None
    assert before_send(event, {"exc_info": _exc_info(RuntimeError("bug"))}) == {"message": "boom ***"}
    assert before_send(event, {}) == {"message": "boom ***"}  # a captured message: reported, scrubbed


def test_no_dsn_means_no_client_and_a_bad_one_is_one_clear_error() -> None:
    assert init_sentry(_settings(), "cli") is False
    with pytest.raises(ConfigurationError, match="SDP_SENTRY_DSN is not a Sentry DSN") as raised:
        init_sentry(_settings(sentry={"dsn": SecretStr("sentry.example.test/42")}), "cli")
    assert "sentry.example.test" not in str(raised.value)
