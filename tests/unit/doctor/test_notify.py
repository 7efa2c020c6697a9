"""Alerts reach the audit log and a webhook, retried on 5xx; the webhook's secret never leaks."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from config.settings import DoctorSettings
from pipeline.core import notify
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import AuditEvent


class Hook(http.server.BaseHTTPRequestHandler):
    answers: ClassVar[list[int]] = []
    received: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Hook.received.append(json.loads(body))
        self.send_response(Hook.answers.pop(0) if Hook.answers else 200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Hook.received = []
    yield f"http://127.0.0.1:{server.server_address[1]}/alerts?token=s3cret-token"
    server.shutdown()
    server.server_close()


def test_an_alert_is_audited_and_delivered_after_a_retry(hook: str) -> None:
    Hook.answers = [503]
    settings = DoctorSettings(webhook_url=SecretStr(hook), webhook_retries=2)
    with session_scope() as session:
        assert notify.alert(session, settings, source_name="tea", kind="error_page", message="login page")
    assert len(Hook.received) == 2 and Hook.received[-1]["kind"] == "error_page"
    with session_scope() as session:
        events = session.scalars(select(AuditEvent)).all()
        assert [e.action for e in events] == ["alert.error_page"]
        assert "s3cret" not in json.dumps([e.message for e in events])


def test_a_webhook_that_keeps_failing_is_recorded_not_raised(hook: str) -> None:
    Hook.answers = [500, 500, 500]
    settings = DoctorSettings(webhook_url=SecretStr(hook), webhook_retries=2)
    with session_scope() as session:
        assert not notify.alert(session, settings, source_name="tea", kind="blocked", message="403")
    with session_scope() as session:
        failed = session.scalars(select(AuditEvent).where(AuditEvent.action == "alert.webhook_failed")).one()
        assert "s3cret" not in failed.message and "HTTP 500" in failed.message
