"""Error reports to Sentry: one client per process, unexpected failures only, never a secret.

Every entry point calls ``init_sentry`` once its settings are read — the CLI, the API app, the
Celery worker and beat, the crawl subprocess. With ``sentry.dsn`` empty it returns at once and
imports nothing, so ``sdp`` starts as fast as before.

What is reported: exceptions nobody expected (a bug, a library failing in a new way), caught by
Sentry's hooks — the interpreter's excepthook, Celery's task tracer, the ASGI app. What is not: the
product's own exceptions (``PipelineError``): each is a clear line for the user, a retry or an
alert already. Log lines become breadcrumbs, never events: a failed step is logged at error level
whether or not anyone should be paged for it. Every event passes ``SecretScrubber`` last.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, Literal, cast

from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError, PipelineError
from pipeline.core.scrubbing import SecretScrubber

if TYPE_CHECKING:
    from sentry_sdk.integrations import Integration
    from sentry_sdk.types import Event, Hint

Component = Literal["cli", "api", "worker", "beat", "crawl"]
#: What a process needs beyond Sentry's defaults, by the role it plays.
ROLE_INTEGRATIONS: Mapping[Component, frozenset[str]] = {
    "api": frozenset({"web"}),
    "worker": frozenset({"celery"}),
    "beat": frozenset({"celery"}),
}
#: The product's packages: their frames are "in app" in Sentry's stack traces.
APP_PACKAGES = ["config", "pipeline", "agents", "spiders", "workers"]
DISTRIBUTION = "smart-data-pipeline"


@dataclass
class _Client:
    """What this process has set up, so a repeated call is a no-op and a fork is noticed."""

    pid: int = 0
    integrations: frozenset[str] = field(default_factory=frozenset)


_client = _Client()


def init_sentry(settings: Settings, component: Component) -> bool:
    """Report this process's unexpected failures to Sentry; False when ``sentry.dsn`` is empty.

    A process that takes a new role later (``sdp run`` becomes a Celery worker, ``sdp api serve``
    an API server) calls again and gets the integrations of that role; any other repeat is a no-op.
    """
    dsn = settings.sentry.dsn.get_secret_value().strip() if settings.sentry.dsn else ""
    if not dsn:
        return False
    wanted = ROLE_INTEGRATIONS.get(component, frozenset())
    if _client.pid == os.getpid():
        if wanted <= _client.integrations:
            return True
        wanted |= _client.integrations

    import sentry_sdk  # noqa: PLC0415 - its 0.2 s of imports are for processes that report
    from sentry_sdk.integrations.argv import ArgvIntegration  # noqa: PLC0415 - as above
    from sentry_sdk.utils import BadDsn, Dsn  # noqa: PLC0415 - as above

    try:
        Dsn(dsn)
    except BadDsn:
        raise ConfigurationError(
            "SDP_SENTRY_DSN is not a Sentry DSN: expected https://PUBLIC_KEY@HOST/PROJECT_ID, "
            "as Sentry shows it under Project Settings > Client Keys."
        ) from None
    scrubber = SecretScrubber.for_settings(settings)
    sentry_sdk.init(
        dsn=dsn,
        environment=settings.sentry.environment or settings.env,
        release=settings.sentry.release or _installed_release(),
        traces_sample_rate=settings.sentry.traces_sample_rate or None,
        include_local_variables=settings.sentry.include_local_variables,
        send_default_pii=False,
        max_request_body_size="never",
        in_app_include=APP_PACKAGES,
        before_send=report_filter(scrubber),
        before_send_transaction=_scrubbed(scrubber),
        # Only what the role needs: auto-enabling would import Celery into the crawl subprocess.
        auto_enabling_integrations=False,
        integrations=_integrations(wanted),
        # Command lines carry secrets (`sdp config set llm.api_key …`).
        disabled_integrations=[ArgvIntegration],
    )
    sentry_sdk.get_global_scope().set_tag("component", component)
    _client.pid, _client.integrations = os.getpid(), wanted
    return True


def flush_reports(timeout: float = 2.0) -> None:
    """Send what this process has queued; for a process about to leave through ``os._exit``,
    which skips the interpreter's shutdown and with it the SDK's own flush."""
    if _client.pid != os.getpid():
        return
    import sentry_sdk  # noqa: PLC0415 - loaded already by init_sentry in this process

    sentry_sdk.flush(timeout=timeout)


def is_expected(error: BaseException | None) -> bool:
    """A failure the product raised on purpose: shown to the user or retried, never reported."""
    return isinstance(error, PipelineError) and error.expected


def report_filter(scrubber: SecretScrubber) -> Callable[[Event, Hint], Event | None]:
    """Sentry's ``before_send``: drop expected failures, mask secrets in the rest."""

    def before_send(event: Event, hint: Hint) -> Event | None:
        if is_expected(_exception_of(hint)):
            return None
        return cast("Event", scrubber.tree(event))

    return before_send


def _scrubbed(scrubber: SecretScrubber) -> Callable[[Event, Hint], Event | None]:
    def before_send_transaction(event: Event, _: Hint) -> Event | None:
        return cast("Event", scrubber.tree(event))

    return before_send_transaction


def _exception_of(hint: Mapping[str, Any]) -> BaseException | None:
    exc_info = hint.get("exc_info")
    if exc_info:
        return cast("BaseException | None", exc_info[1])
    record = hint.get("log_record")
    if isinstance(record, logging.LogRecord) and record.exc_info:
        return record.exc_info[1]
    return None


def _integrations(names: frozenset[str]) -> list[Integration]:
    from sentry_sdk.integrations.logging import LoggingIntegration  # noqa: PLC0415 - only when reporting

    chosen: list[Integration] = [LoggingIntegration(level=logging.INFO, event_level=None)]
    if "celery" in names:
        from sentry_sdk.integrations.celery import CeleryIntegration  # noqa: PLC0415 - workers only

        chosen.append(CeleryIntegration())
    if "web" in names:
        from sentry_sdk.integrations.fastapi import FastApiIntegration  # noqa: PLC0415 - the API only
        from sentry_sdk.integrations.starlette import StarletteIntegration  # noqa: PLC0415 - the API only

        chosen += [StarletteIntegration(), FastApiIntegration()]
    return chosen


def _installed_release() -> str | None:
    try:
        return f"{DISTRIBUTION}@{metadata.version(DISTRIBUTION)}"
    except metadata.PackageNotFoundError:
        return None  # Sentry then names the release after the git commit, when there is one
