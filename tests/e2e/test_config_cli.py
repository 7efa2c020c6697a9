"""`sdp config`: show, get, set, validate; secrets never printed."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

pytestmark = pytest.mark.slow


def test_show_masks_secrets() -> None:
    env = {"SDP_DATABASE_URL": "postgresql+psycopg://sdp:hunter2@db.test/sdp", "SDP_LLM_API_KEY": "sk-live-123"}
    shown = assert_ok(sdp("config", "show", env=env)).out
    assert "hunter2" not in shown and "sk-live-123" not in shown
    assert "sdp:***@db.test" in shown and "api_key: '***'" in shown


def test_set_get_roundtrip_and_validation() -> None:
    assert_ok(sdp("config", "set", "crawl.timeout_s", "120"))
    assert assert_ok(sdp("config", "get", "crawl.timeout_s")).out.strip() == "120"
    assert_one_line_error(sdp("config", "set", "crawl.timeout_s", "soon"), code=2, says="crawl.timeout_s")
    assert assert_ok(sdp("config", "get", "crawl.timeout_s")).out.strip() == "120"
    assert_one_line_error(sdp("config", "get", "crawl.nope"), code=2, says="Unknown setting")
    assert "valid" in assert_ok(sdp("config", "validate")).out
    env_wins = sdp("config", "get", "crawl.timeout_s", env={"SDP_CRAWL_TIMEOUT_S": "60"})
    assert env_wins.out.strip() == "60"


def test_a_secret_set_by_hand_is_never_echoed() -> None:
    # Whatever its name, a setting typed as a secret (a Sentry DSN carries the project's key).
    dsn = "https://5ecretpublickey@sentry.example.com/42"
    said = assert_ok(sdp("config", "set", "sentry.dsn", dsn)).out
    assert "5ecretpublickey" not in said and "sentry.dsn = ***" in said
    assert "5ecretpublickey" not in assert_ok(sdp("config", "get", "sentry.dsn")).out
    assert "5ecretpublickey" not in assert_ok(sdp("config", "show")).out
