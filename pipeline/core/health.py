"""Health checks for every external dependency: database, broker, disk, Chromium, LLM endpoint.

``check_health()`` is what ``sdp status`` and the API's health route call; each check is short,
never raises, and never puts a secret in its detail.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from kombu.connection import Connection
from sqlalchemy import select

from config.logging import redact
from config.settings import Settings, get_settings
from pipeline.core.db.engine import session_scope

#: Below this much free disk under SDP_HOME the check fails.
MIN_FREE_DISK_BYTES = 1 << 30
_DEFAULT_LLM_URLS = {"openai": "https://api.openai.com/v1", "ollama": "http://127.0.0.1:11434"}


@dataclass(frozen=True)
class HealthResult:
    ok: bool
    detail: str
    latency_ms: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "detail": self.detail, "latency_ms": self.latency_ms}


def _timed(check: Callable[[], str]) -> HealthResult:
    started = time.perf_counter()
    try:
        detail = check()
        ok = True
    except Exception as exc:  # a health check reports, it never raises
        detail, ok = redact(f"{type(exc).__name__}: {exc}")[:200], False
    return HealthResult(ok, detail, round((time.perf_counter() - started) * 1000, 1))


def check_database(settings: Settings) -> HealthResult:
    def run() -> str:
        with session_scope(settings) as session:
            session.execute(select(1))
        return redact(settings.database_url)

    return _timed(run)


def check_broker(settings: Settings) -> HealthResult:
    def run() -> str:
        with Connection(settings.broker_url, connect_timeout=settings.broker.connect_timeout_s) as connection:  # type: ignore[no-untyped-call]
            connection.ensure_connection(max_retries=1, timeout=settings.broker.connect_timeout_s)
        return "embedded SQLite queue" if settings.embedded_broker else redact(settings.broker_url)

    return _timed(run)


def check_disk(settings: Settings) -> HealthResult:
    def run() -> str:
        home = settings.home.resolve()
        where = home if home.exists() else Path(home.anchor or "/")
        free = shutil.disk_usage(where).free
        if free < MIN_FREE_DISK_BYTES:
            raise OSError(f"only {free / 2**20:.0f} MiB free under {home}; free space or move SDP_HOME")
        return f"{free / 2**30:.1f} GiB free under {home}"

    return _timed(run)


def check_chromium(settings: Settings) -> HealthResult:
    def run() -> str:
        path = settings.crawl.chromium_executable()
        if path:
            return path
        playwright = Path.home() / ".cache" / "ms-playwright"
        if any(playwright.glob("chromium*")):
            return f"Playwright's Chromium under {playwright}"
        raise FileNotFoundError("no Chromium found; set SDP_CRAWL_BROWSER_PATH or run `playwright install chromium`")

    return _timed(run)


def check_llm(settings: Settings) -> HealthResult:
    def run() -> str:
        url = settings.llm.base_url or _DEFAULT_LLM_URLS.get(settings.llm.provider, "")
        response = httpx.get(
            url.rstrip("/") + ("/models" if settings.llm.provider == "openai" else "/api/tags"), timeout=5
        )
        if response.status_code >= 500:
            raise ConnectionError(f"{redact(url)} answers HTTP {response.status_code}")
        return f"{settings.llm.provider} at {redact(url)} answers HTTP {response.status_code}"

    return _timed(run)


def check_health(settings: Settings | None = None) -> dict[str, HealthResult]:
    """Every dependency's health; the LLM endpoint only when one is configured."""
    settings = settings or get_settings()
    results = {
        "database": check_database(settings),
        "broker": check_broker(settings),
        "disk": check_disk(settings),
        "chromium": check_chromium(settings),
    }
    if settings.llm.provider != "offline":
        results["llm"] = check_llm(settings)
    return results
