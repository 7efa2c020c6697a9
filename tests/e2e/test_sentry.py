"""Sentry, for real: sentry-sdk in the CLI and in a Celery task posts to a local ingest endpoint.

An unexpected exception arrives — with its message, breadcrumbs and local variables, and none of
the secrets the process holds; an expected failure (a user error, a ``PipelineError`` in a task)
never does; with no DSN nothing is sent at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import assert_one_line_error, sdp
from tests.fakes.sentry_server import FakeSentry, sentry_server

pytestmark = pytest.mark.slow

SECRETS = {
    "SDP_LLM_API_KEY": "sk-llm-4f9d0c2e7b",
    "SDP_DOCTOR_WEBHOOK_URL": "https://hooks.example.test/T0KEN-77a1c3",
    "SDP_BROKER_URL": "redis://:brokerpass-5e2a@127.0.0.1:1/0",
}
SECRET_VALUES = ("sk-llm-4f9d0c2e7b", "T0KEN-77a1c3", "brokerpass-5e2a")

#: `sdp list` whose service fails in a way nobody planned for, holding secrets in its message,
#: in a log line before it (a breadcrumb) and in its local variables.
BROKEN_LIST = textwrap.dedent(
    """
    import logging, sys
    import pipeline.cli.cmd_sources as commands
    from config.settings import get_settings

    def broken(session):
        settings = get_settings()
        api_key = settings.llm.api_key.get_secret_value()
        broker = settings.broker.url
        logging.getLogger("pipeline.core.status").warning("summaries from %s with key %s", broker, api_key)
        raise RuntimeError(f"summaries failed: key {api_key}, broker {broker}, hook {settings.doctor.webhook_url}")

    commands.source_summaries = broken
    from pipeline.cli.main import main
    sys.argv = ["sdp", "list"]
    main()
    """
)

#: A Celery task of each kind, run by Celery's own tracer in a process set up as a worker is.
TASKS = textwrap.dedent(
    """
    from config.settings import get_settings
    from pipeline.core.exceptions import SourceNotFound
    from pipeline.core.sentry import init_sentry
    from workers.celery_app import app

    init_sentry(get_settings(), "worker")

    @app.task(name="sdp.test.expected")
    def expected():
        raise SourceNotFound("No source named 'nope'; `sdp list` shows them.")

    @app.task(name="sdp.test.unexpected")
    def unexpected():
        secret = get_settings().llm.api_key.get_secret_value()
        raise KeyError(f"task state lost for {secret}")

    expected.apply()
    unexpected.apply()
    """
)

#: The API app with two extra routes: one fails unexpectedly, one with the product's own error.
API = textwrap.dedent(
    """
    from fastapi.testclient import TestClient
    from config.settings import get_settings
    from pipeline.api.app import create_app
    from pipeline.core.exceptions import ServiceUnavailable

    app = create_app()

    @app.get("/boom")
    def boom():
        raise ZeroDivisionError(f"rate for {get_settings().llm.api_key.get_secret_value()}")

    @app.get("/busy")
    def busy():
        raise ServiceUnavailable("The database does not answer; try again.")

    with TestClient(app, raise_server_exceptions=False, base_url="https://testserver") as client:
        assert client.get("/boom").status_code == 500
        assert client.get("/busy").status_code == 503
    """
)


@pytest.fixture
def sentry() -> Iterator[FakeSentry]:
    with sentry_server() as server:
        yield server


def python(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _exception(event: dict[str, Any]) -> dict[str, Any]:
    values: list[dict[str, Any]] = event["exception"]["values"]
    return values[-1]


def test_an_unexpected_cli_failure_arrives_without_secrets(sentry: FakeSentry) -> None:
    env = {**SECRETS, "SDP_SENTRY_DSN": sentry.dsn, "SDP_SENTRY_INCLUDE_LOCAL_VARIABLES": "true"}
    done = python(BROKEN_LIST, env)
    assert done.returncode != 0 and "RuntimeError" in done.stderr, done.stderr

    [event] = sentry.events()
    exception = _exception(event)
    assert exception["type"] == "RuntimeError"
    assert exception["value"].startswith("summaries failed: key ***, broker redis://:***@127.0.0.1:1/0")
    assert event["tags"]["component"] == "cli"
    assert event["environment"] == "development"
    assert event["release"].startswith("smart-data-pipeline@")
    frames = exception["stacktrace"]["frames"]
    broken = next(f for f in frames if f["function"] == "broken")
    assert broken["vars"]["api_key"] == "***"  # local variables were sent, masked
    crumbs = [c.get("message", "") for c in event["breadcrumbs"]["values"]]
    assert any(c.startswith("summaries from") for c in crumbs), crumbs
    raw = sentry.raw()
    assert not [secret for secret in SECRET_VALUES if secret in raw]
    assert "sys.argv" not in event.get("extra", {})  # command lines carry secrets


def test_a_user_error_is_not_reported(sentry: FakeSentry) -> None:
    result = sdp("remove", "no-such-source", env={"SDP_SENTRY_DSN": sentry.dsn})
    assert_one_line_error(result, says="no-such-source")
    assert sentry.events() == []


def test_in_a_task_an_expected_failure_is_dropped_and_an_unexpected_one_reported(sentry: FakeSentry) -> None:
    done = python(TASKS, {**SECRETS, "SDP_SENTRY_DSN": sentry.dsn})
    assert done.returncode == 0, done.stderr

    [event] = sentry.events()
    exception = _exception(event)
    assert exception["type"] == "KeyError" and "***" in exception["value"]
    assert exception["mechanism"]["type"] == "celery"
    assert event["tags"]["component"] == "worker"
    assert event["extra"]["celery-job"]["task_name"] == "sdp.test.unexpected"
    assert not [secret for secret in SECRET_VALUES if secret in sentry.raw()]


def test_without_sdp_sentry_dsn_nothing_is_sent(sentry: FakeSentry) -> None:
    done = python(BROKEN_LIST, {**SECRETS, "SENTRY_DSN": sentry.dsn})  # the SDK's own variable is not read
    assert done.returncode != 0 and "RuntimeError" in done.stderr
    assert sentry.envelopes == []


def test_in_the_api_a_500_is_reported_and_a_503_of_the_product_is_not(sentry: FakeSentry) -> None:
    done = python(API, {**SECRETS, "SDP_SENTRY_DSN": sentry.dsn})
    assert done.returncode == 0, done.stderr

    [event] = sentry.events()
    assert _exception(event)["type"] == "ZeroDivisionError"
    assert event["tags"]["component"] == "api"
    assert event["request"]["url"].endswith("/boom")
    assert not [secret for secret in SECRET_VALUES if secret in sentry.raw()]
