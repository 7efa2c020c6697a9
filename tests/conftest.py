"""Shared fixtures: an isolated SDP_HOME, local web sites, and the real services of this machine.

Services are never skipped: a test that needs PostgreSQL, Redis or RabbitMQ fails loudly when
the server does not answer (run `make services`).
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from config.settings import get_settings
from pipeline.core.db.engine import dispose_engines

SITES = Path(__file__).parent / "sites"
SHARED_SITE = Path(__file__).resolve().parents[2] / "shared" / "checks" / "site"
POSTGRES_ADMIN_URL = os.environ.get("SDP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("SDP_TEST_REDIS_URL", "redis://127.0.0.1:6379")
RABBITMQ_URL = os.environ.get("SDP_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672//")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dead_port() -> int:
    """A loopback port nothing listens on."""
    return free_port()


@pytest.fixture(autouse=True, scope="session")
def _no_llm_requests() -> None:
    """Nothing in the suite may reach a real LLM; tests that use the fake servers allow it themselves."""
    from agents.llm import providers

    providers.ALLOW_LLM_REQUESTS = False


def use_home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """SDP_HOME at ``home``, no SDP_ setting from outside the suite, fresh settings."""
    for name in list(os.environ):
        if name.startswith("SDP_") and not name.startswith("SDP_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SDP_HOME", str(home))
    # Local test sites need no politeness; the product's default is one request per second per site.
    monkeypatch.setenv("SDP_CRAWL_DOWNLOAD_DELAY_S", "0")
    get_settings.cache_clear()
    dispose_engines()


@pytest.fixture(autouse=True)
def sdp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own SDP_HOME and fresh settings; no test sees another's data."""
    home = tmp_path / "home"
    use_home(monkeypatch, home)
    yield home
    get_settings.cache_clear()
    dispose_engines()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; a query string selects the file ``<path>@<query>`` (JSON endpoints, or pages by number)."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        base, _, query = path.partition("?")
        translated = super().translate_path(base)
        if query:
            return f"{translated}@{query.split('#')[0]}"
        return translated

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        if "@" not in os.fspath(path):
            return super().guess_type(path)
        try:  # a file named by its query: JSON or a page, as it starts
            with open(path, "rb") as body:
                start = body.read(64).lstrip()[:1]
        except OSError:
            return "text/html"  # the 404 that follows
        return "application/json" if start in (b"{", b"[") else "text/html"


@dataclass
class Site:
    url: str
    root: Path
    server: http.server.ThreadingHTTPServer

    def page(self, path: str) -> str:
        return self.url.rstrip("/") + "/" + path.lstrip("/")


@functools.cache
def _handler_for(root: str, base: type[_QuietHandler] = _QuietHandler) -> type[http.server.SimpleHTTPRequestHandler]:
    return type("Handler", (base,), {"__init__": functools.partialmethod(base.__init__, directory=root)})


def serve(root: Path, handler: type[_QuietHandler] = _QuietHandler) -> Iterator[Site]:
    """Serve ``root`` on a free port for as long as the generator runs."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(str(root), handler))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(url=f"http://127.0.0.1:{server.server_address[1]}/", root=root, server=server)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def demo_site() -> Iterator[Site]:
    yield from serve(SITES / "demo")


@pytest.fixture
def quotes_site() -> Iterator[Site]:
    """A quotes site whose records exist only as data: a script literal (/js/) or an API (/scroll/)."""
    yield from serve(SITES / "jsquotes")


@pytest.fixture
def cheese_site() -> Iterator[Site]:
    """The contract check's site, when shared/ is beside the project; else the demo site's twin."""
    yield from serve(SHARED_SITE if SHARED_SITE.is_dir() else SITES / "demo")


@pytest.fixture
def site_dir(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """An empty folder served over HTTP, for tests that write (and change) their own pages."""
    root = tmp_path / "site"
    root.mkdir()
    for site in serve(root):
        yield root, site.url


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the machine's PostgreSQL for this test session, dropped afterwards."""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"sdp_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # pragma: no cover - a missing service must fail, never skip
        pytest.fail(f"PostgreSQL at {POSTGRES_ADMIN_URL} does not answer ({exc}); run `make services`.")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    dispose_engines()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, sdp_home: Path) -> str:
    """Run the test on the embedded SQLite default and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{sdp_home / 'sdp.db'}"
    url: str = request.getfixturevalue("postgres_url")
    monkeypatch.setenv("SDP_DATABASE_URL", url)
    get_settings.cache_clear()
    _truncate_all(url)
    return url


def _truncate_all(url: str) -> None:
    from pipeline.core.db.engine import get_engine
    from pipeline.core.db.models import Base

    get_settings.cache_clear()
    engine = get_engine()
    with engine.begin() as connection:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``@pytest.mark.long_variant("sqlite")``: that variant repeats a path another variant covers.

    It gets the ``long`` mark: `make test` leaves it out, `make test-long` runs it.
    """
    for item in items:
        marker = item.get_closest_marker("long_variant")
        callspec = getattr(item, "callspec", None)
        if marker is not None and callspec is not None and set(marker.args) & set(callspec.id.split("-")):
            item.add_marker(pytest.mark.long)
