"""Thin Celery tasks: they take ids, call the step functions, and are safe to run twice."""

from __future__ import annotations

from typing import Any

import structlog
from celery.exceptions import Reject

from config.settings import get_settings
from pipeline.core.exceptions import CrawlFailed, PipelineError
from pipeline.core.retry import database_unreachable
from pipeline.core.taskstate import new_run_id
from workers import onboarding, orchestrator
from workers.celery_app import app
from workers.crawling import crawl_source, needs_heal
from workers.dispatch import enqueue_crawl, enqueue_heal, enqueue_onboarding
from workers.healing import heal
from workers.tracking import waits_for_beat

logger = structlog.get_logger(__name__)


def _ignore_extra(kwargs: dict[str, Any]) -> None:
    if kwargs:  # messages from a newer deploy may carry arguments this worker does not know yet
        logger.warning("Ignoring unexpected task arguments", arguments=sorted(kwargs))


@app.task(name="sdp.onboard.step", throws=(PipelineError,))
def onboard_step(step: str, source_id: int, run_id: str, **kwargs: Any) -> None:
    _ignore_extra(kwargs)
    try:
        onboarding.STEP_FUNCTIONS[step](source_id, run_id)
    except Exception as exc:
        try:
            due = onboarding.retry_at(run_id, step)
        except Exception as away:
            if not database_unreachable(away):
                raise
            # The row may say nothing yet: give the message back.
            raise Reject(f"database unavailable: {type(away).__name__}", requeue=True) from exc
        if due is not None:  # the chain stops here; beat resumes it from this step (sdp.onboard.resume)
            logger.warning("Onboarding step will be retried", step=step, run_id=run_id, at=due.isoformat())
            raise
        error = str(exc) if isinstance(exc, PipelineError) else f"{type(exc).__name__}: {exc}"
        onboarding.abort(source_id, run_id, error, keep_dead_letter=True)
        raise
    if step == onboarding.STEPS[-1]:
        onboarding.finish(source_id, run_id)


@app.task(name="sdp.onboard.resume")
def onboard_resume(source_id: int, run_id: str, step: str, **kwargs: Any) -> None:
    """An onboarding whose step failed for a passing reason, again from that step on."""
    _ignore_extra(kwargs)
    enqueue_onboarding(source_id, run_id, start=step)


@app.task(name="sdp.crawl", throws=(PipelineError,))
def crawl(source_id: int, run_id: str, **kwargs: Any) -> None:
    """Crawl a source, and up to ``crawls_per_slot - 1`` queued crawls in the same Scrapy process."""
    _ignore_extra(kwargs)
    try:
        stale = waits_for_beat(run_id, "crawl")
        if stale is not None:
            logger.info("Stale crawl message dropped", run_id=run_id, reason=stale)
            return
        crawl_source(source_id, run_id, companions=get_settings().worker.crawls_per_slot - 1)
    except CrawlFailed:
        if needs_heal(source_id):
            enqueue_heal(source_id, new_run_id())
        raise
    except Exception as exc:
        if not database_unreachable(exc):
            raise
        # The database went away, possibly before the step's row was started: acking now would
        # leave it PENDING with no message (found by tests/fault). Give the message back instead.
        raise Reject(f"database unavailable: {type(exc).__name__}", requeue=True) from exc


@app.task(name="sdp.heal", throws=(PipelineError,))
def heal_source(source_id: int, run_id: str, **kwargs: Any) -> None:
    _ignore_extra(kwargs)
    if heal(source_id, run_id).get("promoted"):
        enqueue_crawl(source_id, new_run_id())


@app.task(name="sdp.tick")
def tick(**kwargs: Any) -> int:
    """Beat's heartbeat: reap expired leases, release due retries, enqueue due sources, relay the outbox."""
    _ignore_extra(kwargs)
    return orchestrator.tick().enqueued
