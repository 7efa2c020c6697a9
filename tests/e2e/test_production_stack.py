"""The same CLI on PostgreSQL and Redis or RabbitMQ (no worker running: steps run in-process)."""

from __future__ import annotations

import pytest

from tests.conftest import RABBITMQ_URL, REDIS_URL, Site, _truncate_all
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow


@pytest.mark.long_variant("redis")  # the Redis fleet is covered by tests/fault
@pytest.mark.parametrize("broker", [f"{REDIS_URL}/14", RABBITMQ_URL], ids=["redis", "rabbitmq"])
def test_the_cli_contract_on_postgresql(
    broker: str, postgres_url: str, demo_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDP_DATABASE_URL", postgres_url)
    monkeypatch.setenv("SDP_BROKER_URL", broker)
    _truncate_all(postgres_url)

    assert "✓ crawl" in assert_ok(sdp("add", demo_site.url, "--name", "coffee")).out
    assert [s["entities"] for s in sdp("list", "--json").json()] == [11]
    status = assert_ok(sdp("status", "--json")).json()
    assert status["database"]["url"].startswith("postgresql") and status["broker"] == {"ok": True, "embedded": False}
    assert len(sdp("export", "coffee", "--format", "json").json()) == 11
    assert_ok(sdp("run", "--once", "--source", "coffee"))
    assert len(sdp("export", "coffee", "--format", "jsonl").out.splitlines()) == 11
    assert_ok(sdp("remove", "coffee"))
    assert sdp("list", "--json").json()[0]["active"] is False
    assert_ok(sdp("remove", "coffee", "--purge", "--yes"))
    assert sdp("list", "--json").json() == []
