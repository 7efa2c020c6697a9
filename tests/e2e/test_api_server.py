"""`sdp api serve` as a real server: keys from the CLI, /metrics scraped over HTTP, /healthz, queued work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from pipeline.core import taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import LLMUsage, Source, Task, TaskState
from pipeline.core.sources import create_source
from pipeline.core.usage import record_usage
from tests.conftest import REDIS_URL, dead_port, free_port
from tests.e2e.conftest import assert_ok, sdp

#: This helper's own Redis database (H8), flushed by the test; the shared DB 0 is never touched.
BROKER_URL = f"{REDIS_URL.rstrip('/')}/8"
START_TIMEOUT_S = 240


@contextmanager
def api_server(tmp: Path, **env: str) -> Iterator[tuple[str, Path]]:
    """Start `sdp api serve` on a spare port; yield its base URL and its log file; stop it."""
    port = free_port()
    log = tmp / f"api-{port}.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "src", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            assert process.poll() is None, f"the server exited {process.returncode}:\n{log.read_text()}"
            try:
                httpx.get(f"{base}/healthz", timeout=30)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, f"the server did not start:\n{log.read_text()}"
                time.sleep(0.5)
        yield base, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def new_key(name: str, role: str) -> str:
    created = assert_ok(sdp("keys", "create", name, "--role", role))
    return created.out.split("only:\n")[1].split()[0]


def key(**labels: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(labels.items()))


def queued(client: redis.Redis, prefix: str) -> int:
    return sum(int(client.llen(key)) for key in client.scan_iter(f"{prefix}*") if client.type(key) == b"list")


@pytest.mark.long_variant("sqlite")  # the API on SQLite: tests/integration/test_api.py and the dead-broker test
def test_served_api_metrics_health_and_queued_work(database_url: str, tmp_path: Path) -> None:
    broker = redis.Redis.from_url(BROKER_URL)
    broker.flushdb()
    reader, operator = new_key("prometheus", "read-only"), new_key("deployer", "operator")
    with session_scope() as session:
        create_source(session, url="https://example.com/shop", name="shop")
        for agent, prompt, completion, cost in (("scout", 1200, 300, 0.012), ("builder", 800, 200, 0.008)):
            record_usage(
                session,
                provider="openai",
                model="gpt-4o-mini",
                agent=agent,  # type: ignore[arg-type]
                source_name="shop",
                outcome="ok",
                prompt_tokens=prompt,
                completion_tokens=completion,
                cost=cost,
            )
        source_id = session.scalars(select(Source.id)).one()
        dead = taskstate.ensure_task(
            session, run_id="r-dead", name="crawl", kind="crawl", source_id=source_id, source_name="shop"
        )
        dead.attempts = 3
        taskstate.fail(dead, "network down", max_attempts=3)
        dead_id = dead.id

    with api_server(tmp_path, SDP_BROKER_URL=BROKER_URL) as (base, log):
        health = httpx.get(f"{base}/healthz", timeout=60)
        assert health.status_code == 200
        assert health.json()["status"] == "ok"
        assert {name: check["ok"] for name, check in health.json()["checks"].items()} == {
            "database": True,
            "broker": True,
            "disk": True,
        }
        assert str(tmp_path) not in health.text  # an open endpoint: no URLs or paths when healthy

        assert httpx.get(f"{base}/metrics", timeout=60).status_code == 401
        scraped = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {reader}"}, timeout=60)
        assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain; version=0.0.4")
        samples = {
            (sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(scraped.text)
            for sample in family.samples
        }
        with session_scope() as session:
            tokens = session.execute(
                select(LLMUsage.agent, LLMUsage.prompt_tokens, LLMUsage.completion_tokens, LLMUsage.cost_usd)
            ).all()
            quarantined = session.scalar(
                select(func.count()).select_from(Task).where(Task.state == TaskState.QUARANTINED)
            )
        assert samples[("sdp_database_up", ())] == 1
        assert samples[("sdp_sources", (("state", "onboarding"),))] == 1
        assert samples[("sdp_entities", (("source", "shop"),))] == 0
        assert samples[("sdp_dead_letters", ())] == quarantined == 1
        assert samples[("sdp_tasks", (("state", "QUARANTINED"),))] == 1
        for agent, prompt, completion, cost in tokens:
            labels = {"agent": agent, "source": "shop"}
            assert samples[("sdp_llm_tokens_total", key(**labels, kind="prompt"))] == prompt
            assert samples[("sdp_llm_tokens_total", key(**labels, kind="completion"))] == completion
            assert abs(samples[("sdp_llm_cost_usd_total", key(**labels))] - cost) < 1e-9
        assert samples[("sdp_workers_alive", ())] == 0

        # Work is queued on the broker by name; a worker would pick it up.
        as_operator = {"X-API-Key": operator}
        added = httpx.post(f"{base}/sources", json={"url": "https://example.org/list"}, headers=as_operator, timeout=60)
        assert added.status_code == 202, added.text
        assert added.json()["status"] == "queued" and len(added.json()["run_id"]) == 36
        assert queued(broker, "onboard") == 1
        retried = httpx.post(f"{base}/tasks/{dead_id}/retry", headers=as_operator, timeout=60)
        assert retried.status_code == 202 and retried.json()["state"] == "PENDING"
        assert queued(broker, "crawl.normal") == 1
        listed = httpx.get(f"{base}/sources", headers={"Authorization": f"Bearer {reader}"}, timeout=60).json()
        assert sorted(s["name"] for s in listed) == sorted(["shop", added.json()["source"]])
        assert httpx.get(f"{base}/docs", timeout=60).status_code == 200

    server_log = log.read_text()
    assert "GET /metrics" in server_log  # uvicorn's access log is on ...
    assert reader not in server_log and operator not in server_log  # ... and never shows a key
    broker.flushdb()


@pytest.mark.long_variant("postgresql")
def test_a_dead_broker_is_reported_and_nothing_is_half_made(database_url: str, tmp_path: Path) -> None:
    operator = new_key("deployer", "operator")
    with api_server(tmp_path, SDP_BROKER_URL=f"redis://127.0.0.1:{dead_port()}/0") as (base, _):
        health = httpx.get(f"{base}/healthz", timeout=120)
        assert health.status_code == 503 and health.json()["status"] == "down"
        checks = health.json()["checks"]
        assert checks["database"]["ok"] and not checks["broker"]["ok"]
        assert "Error" in checks["broker"]["error"]  # the failure's class and reason

        added = httpx.post(
            f"{base}/sources", json={"url": "https://example.org/list"}, headers={"X-API-Key": operator}, timeout=120
        )
        assert added.status_code == 503
        assert added.json()["error"]["code"] == "service:unavailable"
    with session_scope() as session:
        assert session.scalars(select(Source.name)).all() == []  # no source left without its onboarding

    bad_port = sdp("api", "serve", "--port", "70000")
    assert bad_port.code == 2 and "70000" in bad_port.err
