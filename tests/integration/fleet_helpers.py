"""Helpers of the fleet reliability tests: deployed sources without an LLM, a site that misbehaves,
the environment of a fleet (``fleet_env``), workers on a private Redis database or RabbitMQ virtual host."""

from __future__ import annotations

import http.server
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal

import pytest
import redis

from agents.codegen import render_spider
from pipeline.core import registry, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.sources import create_source, mark_ready
from tests.conftest import RABBITMQ_URL, REDIS_URL, _truncate_all

#: H6's own Redis database: no other helper's broker traffic lands here.
BROKER = f"{REDIS_URL}/11"

PAGE = """<html><body><h1>Teas</h1><ul>
<li class="tea"><a href="/sencha">Sencha</a> <span class="price">4.50</span></li>
<li class="tea"><a href="/matcha">Matcha</a> <span class="price">9.00</span></li>
<li class="tea"><a href="/oolong">Oolong</a> <span class="price">6.20</span></li>
</ul></body></html>"""


class Behaviour:
    """What each path answers: ``(status, headers, body)``, changeable while the site runs."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], str]] = {}
        self.hits: dict[str, int] = {}
        #: path -> seconds to wait before answering (a page that hangs mid-crawl)
        self.delays: dict[str, float] = {}
        #: path -> answers given first, one per request, before ``routes`` applies (a flaky page)
        self.first: dict[str, list[tuple[int, dict[str, str], str]]] = {}


def _handler(behaviour: Behaviour) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            behaviour.hits[path] = behaviour.hits.get(path, 0) + 1
            deadline = time.monotonic() + behaviour.delays.get(path, 0)
            while time.monotonic() < deadline and behaviour.delays.get(path, 0):
                time.sleep(0.2)
            status, headers, body = (
                behaviour.first[path].pop(0)
                if behaviour.first.get(path)
                else behaviour.routes.get(path, (404, {}, "<html><body>nothing here</body></html>"))
            )
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Length", str(len(data)))
            headers = {"Content-Type": "text/html; charset=utf-8", **headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def misbehaving_site(host: str = "127.0.0.1") -> Iterator[tuple[str, Behaviour]]:
    """A site on ``host``; another loopback address (127.0.0.2, …) is another domain for politeness."""
    behaviour = Behaviour()
    server = http.server.ThreadingHTTPServer((host, 0), _handler(behaviour))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}", behaviour
    finally:
        server.shutdown()
        server.server_close()


SPEC_FIELDS = (FieldSpec(name="name", selector="a"), FieldSpec(name="price", selector=".price"))


def deployed_source(
    name: str, url: str, *, priority: str = "normal", due: bool = False, next_selector: str | None = None
) -> int:
    """A source with a hand-written production spider, ready to crawl (no Scout, no LLM)."""
    pagination = PaginationSpec(kind="next_link", next_selector=next_selector) if next_selector else PaginationSpec()
    spec = ScraperSpec(start_url=url, record_selector="li.tea", fields=SPEC_FIELDS, pagination=pagination)
    with session_scope() as session:
        source = create_source(session, url=url, name=name, priority=priority)  # type: ignore[arg-type]
        version = registry.add_version(
            session, source, code=render_spider(name, spec), spec=spec, actor="test", reason="test"
        )
        registry.promote(session, version, actor="test")
        mark_ready(session, source)
        if due:
            source.next_run_at = utcnow()
        return source.id


def queued_crawl(source_id: int, run_id: str) -> int:
    """A PENDING crawl row, as beat leaves it when it queues a crawl (the message itself is not needed)."""
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        task = taskstate.ensure_task(
            session, run_id=run_id, name="crawl", kind="crawl", source_id=source_id, source_name=source.name
        )
        return task.id


def wait_until(check: Callable[[], Any], *, timeout: float = 120, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    pytest.fail(f"timed out after {timeout}s waiting for {what}")


def queue_length(queue: str) -> int:
    """Messages waiting in ``queue`` on the Redis broker (all its priority lists)."""
    client = redis.Redis.from_url(BROKER)
    return int(sum(client.llen(key) for key in client.keys(f"{queue}*")))


def unacked() -> int:
    """Messages a worker holds on the Redis broker and has not acknowledged yet."""
    return int(redis.Redis.from_url(BROKER).hlen("unacked"))


def purge_broker(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "celery", "-A", "workers", "purge", "-f"],
        env={**os.environ, **env},
        capture_output=True,
        check=True,
        timeout=120,
    )


@contextmanager
def celery_worker(env: dict[str, str], log: Path, *, name: str, queues: str, concurrency: int = 1) -> Iterator[None]:
    """A real named Celery worker process (``-n name@%h``) on the given queues, stopped afterwards."""
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "workers",
                "worker",
                "-n",
                f"{name}@%h",
                "-Q",
                queues,
                "-c",
                str(concurrency),
                "--loglevel",
                "INFO",
                "--without-gossip",
                "--without-mingle",
            ],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def live_workers() -> list[dict[str, Any]]:
    """The workers `sdp status` reports alive (none when it cannot answer)."""
    from tests.e2e.conftest import sdp

    status = sdp("status", "--json")
    return [w for w in status.json()["workers"] if w["alive"]] if status.code == 0 else []


@contextmanager
def sdp_run(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`sdp run` (one worker with beat) until its first heartbeat; stopped as `docker stop` would.

    SIGTERM to the main process only: it stops its pool itself. (SIGTERM to the whole group kills
    pool children mid-flight, and billiard's pool can then deadlock at exit waiting for a queue
    lock a dead child held.)
    """
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "src", "run"],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_until(lambda: live_workers() or process.poll() is not None, what="the worker's first heartbeat")
        assert process.poll() is None, log.read_text(errors="replace")
        yield process
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        # pytest shows captured output only for a failed test: there, the worker's tracebacks.
        print(f"--- last lines of {log} ---", *log.read_text(errors="replace").splitlines()[-300:], sep="\n")


@contextmanager
def rabbitmq_vhost() -> Iterator[str]:
    """A fresh virtual host on the machine's RabbitMQ, deleted afterwards: no other test's queues in sight."""
    tool = shutil.which("rabbitmqctl")
    if tool is None:  # pragma: no cover - a missing service must fail, never skip
        pytest.fail("rabbitmqctl is not installed; the RabbitMQ tests create a virtual host each.")
    name = f"sdp_test_{uuid.uuid4().hex[:10]}"

    def ctl(*args: str) -> None:
        subprocess.run([tool, *args], check=True, capture_output=True, timeout=120)

    ctl("add_vhost", name)
    try:
        user = RABBITMQ_URL.split("://", 1)[1].split(":", 1)[0]
        ctl("set_permissions", "-p", name, user, ".*", ".*", ".*")
        yield "/".join(RABBITMQ_URL.split("/")[:3]) + "/" + name
    finally:
        ctl("delete_vhost", name)


@contextmanager
def fleet_env(
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    broker: Literal["redis", "rabbitmq"] = "redis",
    **settings: str,
) -> Iterator[dict[str, str]]:
    """The environment of a test that starts workers, set in this process too.

    Its own emptied PostgreSQL database; its own broker (``redis``: this module's Redis database,
    purged; ``rabbitmq``: a fresh virtual host, deleted afterwards); heartbeats every second;
    and ``settings``, given as ``SDP_…="value"``.
    """
    with ExitStack() as stack:
        url = stack.enter_context(rabbitmq_vhost()) if broker == "rabbitmq" else BROKER
        env = {"SDP_DATABASE_URL": postgres_url, "SDP_BROKER_URL": url, "SDP_WORKER_HEARTBEAT_S": "1", **settings}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        _truncate_all(postgres_url)
        if broker == "redis":
            purge_broker(env)
        yield env
