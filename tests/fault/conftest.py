"""Fixtures for the fault tests: private services, an onboarded spider, cloned sources, a fake LLM."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from pipeline.core import registry
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, SilverEntity, Source, VersionStatus
from tests.conftest import SITES, Site, _handler_for, serve
from tests.fakes.llm_server import Answer, FakeLLMServer
from tests.fault.services import PrivatePostgres, PrivateRedis

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Template:
    """The production spider of a source onboarded once per session; cloned per test."""

    origin: str
    code: str
    spec: str
    parser_version: str
    entities: int


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    home = tmp_path_factory.mktemp("chaos-template") / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_") or k.startswith("SDP_TEST_")}
    env.update(SDP_HOME=str(home), SDP_CRAWL_DOWNLOAD_DELAY_S="0")
    for site in serve(SITES / "demo"):
        added = subprocess.run(
            [sys.executable, "-m", "tests.fault.onboard_template", site.url, "chaos-template"],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
            cwd=ROOT,
        )
        assert added.returncode == 0, added.stdout + added.stderr
        origin = site.url.rstrip("/")
    engine = create_engine(f"sqlite:///{home / 'sdp.db'}")
    with engine.connect() as connection:
        source_id = connection.execute(text("SELECT id FROM sources WHERE name = 'chaos-template'")).scalar_one()
        code, spec, parser_version = connection.execute(
            text("SELECT code, spec, parser_version FROM scraper_versions WHERE source_id = :s AND status = :p"),
            {"s": source_id, "p": VersionStatus.PRODUCTION.value},
        ).one()
        entities = connection.execute(
            text("SELECT count(*) FROM silver_entities WHERE source_id = :s"), {"s": source_id}
        ).scalar_one()
    engine.dispose()
    spec_text = spec if isinstance(spec, str) else json.dumps(spec)
    return Template(origin, code, spec_text, parser_version, int(entities))


def clone_source(template: Template, name: str, origin: str) -> int:
    """A deployed source whose spider is the template's, pointed at ``origin`` (far from due)."""
    from datetime import timedelta

    from pipeline.core.datetext import utcnow

    code = template.code.replace(template.origin, origin)
    with session_scope() as session:
        source = Source(
            name=name, url=origin + "/", ready=True, schedule="1d", next_run_at=utcnow() + timedelta(days=1)
        )
        session.add(source)
        session.flush()
        session.add(
            ScraperVersion(
                source_id=source.id,
                number=1,
                status=VersionStatus.PRODUCTION,
                code=code,
                code_hash=registry.code_hash(code),
                spec=json.loads(template.spec.replace(template.origin, origin)),
                parser_version=template.parser_version,
                created_by="chaos-test",
            )
        )
        return source.id


def entity_count(source_id: int) -> int:
    with session_scope() as session:
        return int(session.scalar(select(func.count()).where(SilverEntity.source_id == source_id)) or 0)


def serve_on(root: Path, host: str) -> Iterator[Site]:
    """``root`` served on loopback address ``host``: another address is another domain for politeness."""
    server = http.server.ThreadingHTTPServer((host, 0), _handler_for(str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(url=f"http://{host}:{server.server_address[1]}/", root=root, server=server)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def good_sites(tmp_path: Path) -> Iterator[list[Site]]:
    """Four copies of the demo site, each on its own loopback address: four domains, crawled at once."""
    generators = [serve_on(SITES / "demo", f"127.0.0.{n}") for n in range(2, 6)]
    sites = [next(g) for g in generators]
    yield sites
    for generator in generators:
        generator.close()


@pytest.fixture
def gone_site(tmp_path: Path) -> Iterator[Site]:
    """A site whose every page answers 404, for the sources meant to fail (crawled beside good ones)."""
    root = tmp_path / "gone"
    root.mkdir()
    yield from serve_on(root, "127.0.0.6")


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    redis = PrivateRedis(tmp_path / "redis")
    redis.start()
    yield redis
    redis.stop()


@pytest.fixture(scope="session")
def private_postgres() -> Iterator[PrivatePostgres]:
    cluster = PrivatePostgres()
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def private_database(private_postgres: PrivatePostgres) -> str:
    """A fresh database on the private cluster; returns its port-less name."""
    name = f"chaos_{uuid.uuid4().hex[:8]}"
    admin = create_engine(private_postgres.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name


@pytest.fixture
def flaky_llm() -> Iterator[FakeLLMServer]:
    server = FakeLLMServer().start()
    yield server
    server.stop()


def llm_switch(server: FakeLLMServer) -> Callable[[bool], None]:
    """Turn the fake LLM's failure on (HTTP 503 for every request) or off (a JSON answer)."""

    def switch(failing: bool) -> None:
        server.default = Answer(status=503, text="overloaded") if failing else Answer(data={})

    switch(False)
    return switch
