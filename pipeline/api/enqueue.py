"""Work the API hands to the workers, by task name (the web process never imports the tasks)."""

from __future__ import annotations

from celery import chain

from config.settings import Settings
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import ServiceUnavailable
from pipeline.core.sources import purge_source
from workers.celery_app import app
from workers.dispatch import ONBOARDING_STEPS, check_broker, enqueue_crawl, enqueue_heal, enqueue_onboarding
from workers.queues import ONBOARD


def onboarding(settings: Settings, source_id: int, run_id: str, *, actor: str) -> None:
    """Queue the onboarding chain; when the broker refuses it, remove the half-made source again."""
    try:
        if not settings.embedded_broker:
            check_broker()
        enqueue_onboarding(source_id, run_id)
    except Exception as exc:
        from pipeline.core.db.models import Source  # noqa: PLC0415

        with session_scope(settings) as session:
            source = session.get(Source, source_id)
            if source is not None:
                purge_source(session, source, actor=actor, reason="its onboarding could not be queued")
        if isinstance(exc, ServiceUnavailable):
            raise
        raise ServiceUnavailable(
            f"The onboarding could not be queued ({type(exc).__name__}); nothing was kept."
        ) from None


def retry(kind: str, step: str, source_id: int, run_id: str) -> None:
    """Queue a re-opened task: a crawl or heal again, or the onboarding chain from ``step`` on."""
    if kind == "crawl":
        enqueue_crawl(source_id, run_id)
    elif kind == "heal" or step == "heal":
        enqueue_heal(source_id, run_id)
    else:
        remaining = ONBOARDING_STEPS[ONBOARDING_STEPS.index(step) :] if step in ONBOARDING_STEPS else (step,)
        chain(
            *(
                app.signature("sdp.onboard.step", args=(name, source_id, run_id), immutable=True, queue=ONBOARD)
                for name in remaining
            )
        ).apply_async()
