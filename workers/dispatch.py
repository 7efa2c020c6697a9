"""Enqueue work by task name, so callers (CLI, API) need not import the task modules."""

from __future__ import annotations

from celery import chain

from config.logging import redact
from config.settings import get_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.exceptions import ServiceUnavailable
from workers.celery_app import app
from workers.queues import HEAL, ONBOARD, crawl_queue

ONBOARDING_STEPS = ("scout", "build", "validate", "deploy", "crawl")


def check_broker() -> None:
    """Raise ServiceUnavailable with one clear line when the broker does not answer."""
    settings = get_settings()
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=settings.broker.connect_timeout_s)
    except Exception as exc:  # kombu raises many transport-specific types
        raise ServiceUnavailable(
            f"Broker {redact(settings.broker_url)} does not answer ({type(exc).__name__}: {redact(str(exc))[:120]}). "
            "Check SDP_BROKER_URL and that the server is running."
        ) from None


def enqueue_onboarding(source_id: int, run_id: str) -> None:
    chain(
        *(
            app.signature("sdp.onboard.step", args=(step, source_id, run_id), immutable=True, queue=ONBOARD)
            for step in ONBOARDING_STEPS
        )
    ).apply_async()


def enqueue_crawl(source_id: int, run_id: str) -> None:
    with session_scope() as session:
        source = session.get(Source, source_id)
        priority = source.priority if source else "normal"
    app.send_task("sdp.crawl", args=(source_id, run_id), queue=crawl_queue(priority))


def enqueue_heal(source_id: int, run_id: str) -> None:
    app.send_task("sdp.heal", args=(source_id, run_id), queue=HEAL)
