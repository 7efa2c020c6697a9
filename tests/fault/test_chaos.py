"""Faults injected at random into a real worker fleet: nothing accepted is lost, nothing doubled.

`make test` runs a short version (SDP_CHAOS_INJECTIONS, 5 by default); `make chaos` runs 100+.
The seed is printed; SDP_CHAOS_SEED replays a run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.settings import get_settings
from pipeline.core.db.engine import dispose_engines, get_engine
from tests.conftest import Site
from tests.fakes.llm_server import FakeLLMServer
from tests.fault.chaos import SHORT_RUN, Beat, Chaos, ChaosReport, Faults, Worker, chaos_settings
from tests.fault.conftest import Template, clone_source, entity_count, llm_switch
from tests.fault.services import PrivatePostgres, PrivateRedis, TcpProxy

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]

FAST = {
    "SDP_CRAWL_DOWNLOAD_DELAY_S": "0",
    "SDP_CRAWL_TIMEOUT_S": "90",
    "SDP_WORKER_HEARTBEAT_S": "1",
    "SDP_WORKER_TICK_S": "2",
    "SDP_WORKER_LEASE_S": "30",
    "SDP_WORKER_REDELIVER_AFTER_S": "20",
    "SDP_DATABASE_CONNECT_TIMEOUT_S": "3",
    "SDP_TEST_VISIBILITY_TIMEOUT_S": "30",
}


def _fleet_env(sdp_home: Path, llm: FakeLLMServer, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_") or k.startswith("SDP_TEST_")}
    env.update(FAST, SDP_HOME=str(sdp_home), **extra)
    env.update(SDP_LLM_PROVIDER="openai", SDP_LLM_BASE_URL=llm.openai_base_url, SDP_LLM_MODEL="fake")
    env["SDP_LLM_API_KEY"] = "chaos-test-key"
    return env


def _prepare(template: Template, good: list[Site], gone: Site) -> tuple[list[int], list[int]]:
    get_settings.cache_clear()
    dispose_engines()
    get_engine()  # migrates the fresh database
    good_ids = [clone_source(template, f"good-{i}", site.url.rstrip("/")) for i, site in enumerate(good)]
    bad_ids = [clone_source(template, f"gone-{i}", gone.url.rstrip("/")) for i in range(2)]
    return good_ids, bad_ids


def _log_dir(seed: int, variant: str) -> Path:
    """Worker logs are kept under var/chaos/ (a failed run is read afterwards)."""
    folder = Path(__file__).resolve().parents[2] / "var" / "chaos" / f"{seed}-{variant}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _run(chaos: Chaos) -> ChaosReport:
    try:
        report = chaos.run()
    finally:
        chaos.stop()
    print(report.summary())
    return report


def _assert_nothing_lost(report: ChaosReport, good_ids: list[int], template: Template) -> None:
    assert report.lost == [], report.summary()
    assert report.stuck_in_progress == 0, report.summary()
    assert report.duplicate_entities == 0, report.summary()
    assert report.wrongly_dead == [] and report.wrongly_alive == [], report.summary()
    assert report.quarantined > 0 and report.completed > 0, report.summary()  # both kinds were exercised
    for source_id in good_ids:  # every good source holds exactly the site's records, once
        assert entity_count(source_id) in (0, template.entities), report.summary()


@pytest.fixture
def workers_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The harness enqueues too: a message lost with a killed broker is sent again after this.
    monkeypatch.setenv("SDP_WORKER_REDELIVER_AFTER_S", FAST["SDP_WORKER_REDELIVER_AFTER_S"])
    yield
    get_settings.cache_clear()
    dispose_engines()


def test_redis_and_postgresql_fleet_survives_random_faults(
    template: Template,
    good_sites: list[Site],
    gone_site: Site,
    private_redis: PrivateRedis,
    private_postgres: PrivatePostgres,
    private_database: str,
    flaky_llm: FakeLLMServer,
    sdp_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers_env: None,
) -> None:
    proxy = TcpProxy(private_postgres.port)
    direct = f"postgresql+psycopg://postgres@127.0.0.1:{private_postgres.port}/{private_database}"
    through_proxy = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{private_database}"
    monkeypatch.setenv("SDP_DATABASE_URL", direct)  # the harness itself reads and enqueues directly
    monkeypatch.setenv("SDP_BROKER_URL", private_redis.url)
    good_ids, bad_ids = _prepare(template, good_sites, gone_site)
    env = _fleet_env(sdp_home, flaky_llm, {"SDP_DATABASE_URL": through_proxy, "SDP_BROKER_URL": private_redis.url})
    injections, seed = chaos_settings()
    logs = _log_dir(seed, "redis-postgresql")
    chaos = Chaos(
        workers=[Worker(f"w{i}", env, logs) for i in (1, 2)],
        beat=Beat("beat", env, logs),
        good_sources=good_ids,
        bad_sources=bad_ids,
        faults=Faults(restart_broker=private_redis.restart, database_proxy=proxy, llm_fail=llm_switch(flaky_llm)),
        seed=seed,
        injections=injections,
        tasks=max(8, injections * 2),
    )
    try:
        report = _run(chaos)
    finally:
        proxy.close()
    _assert_nothing_lost(report, good_ids, template)


def test_embedded_fleet_survives_worker_kills(
    template: Template,
    good_sites: list[Site],
    gone_site: Site,
    flaky_llm: FakeLLMServer,
    sdp_home: Path,
    tmp_path: Path,
    workers_env: None,
) -> None:
    good_ids, bad_ids = _prepare(template, good_sites, gone_site)
    env = _fleet_env(sdp_home, flaky_llm, {})
    injections, seed = chaos_settings()
    injections = injections if injections > SHORT_RUN else 3  # short: one of each of its three kinds
    logs = _log_dir(seed, "embedded")
    chaos = Chaos(
        workers=[Worker(f"w{i}", env, logs) for i in (1, 2)],
        beat=Beat("beat", env, logs),
        good_sources=good_ids,
        bad_sources=bad_ids,
        faults=Faults(llm_fail=llm_switch(flaky_llm)),
        seed=seed,
        injections=injections,
        tasks=max(6, injections * 2),
    )
    report = _run(chaos)
    _assert_nothing_lost(report, good_ids, template)
