from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from config.logging import redact
from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError, InvalidURL
from pipeline.core.schedule import next_run, validate_schedule
from pipeline.core.sources import parse_labels
from pipeline.core.urls import default_source_name, validate_source_url


def test_env_variables_reach_nested_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_DATABASE_URL", "postgresql://db/x")
    monkeypatch.setenv("SDP_CRAWL_TIMEOUT_S", "77")
    monkeypatch.setenv("SDP_LLM_PROVIDER", "ollama")
    settings = Settings()
    assert (settings.database_url, settings.crawl.timeout_s, settings.llm.provider) == (
        "postgresql://db/x",
        77,
        "ollama",
    )


def test_embedded_defaults_live_under_home(sdp_home: Path) -> None:
    settings = Settings()
    assert settings.database_url == f"sqlite:///{sdp_home.resolve() / 'sdp.db'}"
    assert settings.broker_url.startswith("sqla+sqlite:///") and settings.embedded_broker


def test_environment_files_apply_and_env_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDP_CRAWL_DOWNLOAD_DELAY_S")
    monkeypatch.setenv("SDP_ENV", "production")
    assert Settings().crawl.concurrent_requests_per_domain == 2
    monkeypatch.setenv("SDP_CRAWL_DOWNLOAD_DELAY_S", "0.1")
    assert Settings().crawl.download_delay_s == 0.1


def test_a_corrupt_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_WORKER_CONCURRENCY", "lots")
    with pytest.raises(ValidationError):
        Settings()


def test_passwords_in_urls_are_redacted() -> None:
    assert redact("redis://:s3cret@host:6379/0 and amqp://u:p@h//") == "redis://:***@host:6379/0 and amqp://u:***@h//"


@pytest.mark.parametrize(
    "bad", ["not-a-url", "ftp://x.test/", "http://", "http://exa mple.com/", "http://x.test:99999/"]
)
def test_bad_urls_are_refused_with_the_value_named(bad: str) -> None:
    with pytest.raises(InvalidURL, match=r"is not a web address|no valid host|invalid port"):
        validate_source_url(bad)


def test_urls_are_normalised_and_named() -> None:
    assert validate_source_url(" HTTP://Shop.Example.com ") == "http://shop.example.com/"
    assert default_source_name("https://www.shop.example.com/books/?page=1") == "shop-example-com-books"


def test_schedules() -> None:
    assert validate_schedule("every 2h") == "2h"
    assert validate_schedule("daily") == "1d"
    assert validate_schedule("0 */6 * * *") == "0 */6 * * *"
    with pytest.raises(ConfigurationError, match="neither an interval nor a cron"):
        validate_schedule("sometimes")
    with pytest.raises(ConfigurationError, match="too frequent"):
        validate_schedule("1s")
    from datetime import UTC, datetime

    start = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)
    assert next_run("30m", start) == datetime(2026, 1, 1, 1, 30, tzinfo=UTC)
    assert next_run("0 */6 * * *", start) == datetime(2026, 1, 1, 6, 0, tzinfo=UTC)


def test_labels() -> None:
    assert parse_labels(["team=pricing", "tier = gold"]) == {"team": "pricing", "tier": "gold"}
    with pytest.raises(ConfigurationError, match="KEY=VALUE"):
        parse_labels(["oops"])
