"""Tell an administrator: the log, an audit event (the dashboard reads those), and a webhook.

The webhook gets a small JSON document and is retried with exponential backoff; a delivery that
still fails is logged and audited, never raised: the pipeline goes on either way. Its URL may
carry a token, so it never appears in a log line, an error or an audit event.
"""

from __future__ import annotations

from typing import Any

import httpx
import structlog
from sqlalchemy.orm import Session
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from config.settings import DoctorSettings
from pipeline.core import audit
from pipeline.core.datetext import utcnow

logger = structlog.get_logger(__name__)


class _Retryable(Exception):
    """A 5xx or 429 answer from the webhook: worth another try."""


def alert(
    session: Session,
    settings: DoctorSettings,
    *,
    source_name: str,
    kind: str,
    message: str,
    details: dict[str, Any] | None = None,
    run_id: str | None = None,
) -> bool:
    """Record and deliver one alert; returns whether the webhook (when configured) took it."""
    audit.record(
        session,
        actor="doctor",
        action=f"alert.{kind}",
        source_name=source_name,
        run_id=run_id,
        level="error",
        message=f"ALERT {source_name}: {message}",
        details=details,
    )
    if settings.webhook_url is None:
        return False
    payload = {
        "source": source_name,
        "kind": kind,
        "message": message,
        "details": details or {},
        "run_id": run_id,
        "at": utcnow().isoformat(),
    }
    delivered, reason = send_webhook(settings, payload)
    if not delivered:
        audit.record(
            session,
            actor="doctor",
            action="alert.webhook_failed",
            source_name=source_name,
            run_id=run_id,
            level="warning",
            message=f"The alert webhook did not take the alert ({reason})",
        )
    return delivered


def send_webhook(settings: DoctorSettings, payload: dict[str, Any]) -> tuple[bool, str]:
    """POST ``payload``; (True, "") when it was accepted, else (False, a reason without the URL)."""
    assert settings.webhook_url is not None
    url = settings.webhook_url.get_secret_value()
    retrying = Retrying(
        stop=stop_after_attempt(settings.webhook_retries + 1),
        wait=wait_exponential(multiplier=0.5, max=8),
        retry=retry_if_exception_type((httpx.TransportError, _Retryable)),
        reraise=True,
    )
    try:
        with httpx.Client(timeout=settings.webhook_timeout_s) as client:
            for attempt in retrying:
                with attempt:
                    response = client.post(url, json=payload)
                    if response.status_code >= 500 or response.status_code == 429:
                        raise _Retryable(f"HTTP {response.status_code}")
                    if response.status_code >= 400:
                        return False, f"HTTP {response.status_code}"
    except (httpx.HTTPError, _Retryable) as exc:
        reason = f"{type(exc).__name__}: HTTP {exc}" if isinstance(exc, _Retryable) else type(exc).__name__
        logger.warning("Alert webhook delivery failed", reason=reason)
        return False, reason
    return True, ""
