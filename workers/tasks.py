"""Thin Celery tasks: they take ids, call the step functions, and are safe to run twice."""

from __future__ import annotations

from typing import Any

import structlog

from pipeline.core.exceptions import CrawlFailed, PipelineError
from workers import onboarding
from workers.celery_app import app
from workers.crawling import crawl_source, needs_heal
from workers.dispatch import enqueue_crawl, enqueue_heal
from workers.healing import heal
from workers.orchestrator import due_source_ids, new_run_id

logger = structlog.get_logger(__name__)


def _ignore_extra(kwargs: dict[str, Any]) -> None:
    if kwargs:  # messages from a newer deploy may carry arguments this worker does not know yet
        logger.warning("Ignoring unexpected task arguments", arguments=sorted(kwargs))


@app.task(name="sdp.onboard.step", throws=(PipelineError,))
def onboard_step(step: str, source_id: int, run_id: str, **kwargs: Any) -> None:
    _ignore_extra(kwargs)
    try:
        onboarding.STEP_FUNCTIONS[step](source_id, run_id)
    except PipelineError as exc:
        onboarding.abort(source_id, run_id, str(exc))
        raise
    except Exception as exc:
        onboarding.abort(source_id, run_id, f"{type(exc).__name__}: {exc}")
        raise
    if step == onboarding.STEPS[-1]:
        onboarding.finish(source_id, run_id)


@app.task(name="sdp.crawl", throws=(PipelineError,))
def crawl(source_id: int, run_id: str, **kwargs: Any) -> None:
    _ignore_extra(kwargs)
    try:
        crawl_source(source_id, run_id)
    except CrawlFailed:
        if needs_heal(source_id):
            enqueue_heal(source_id, new_run_id())
        raise


@app.task(name="sdp.heal", throws=(PipelineError,))
def heal_source(source_id: int, run_id: str, **kwargs: Any) -> None:
    _ignore_extra(kwargs)
    if heal(source_id, run_id).get("promoted"):
        enqueue_crawl(source_id, new_run_id())


@app.task(name="sdp.tick")
def tick(**kwargs: Any) -> int:
    """Beat's heartbeat: reap expired leases and enqueue every due source."""
    _ignore_extra(kwargs)
    due = due_source_ids()
    for source_id, _ in due:
        enqueue_crawl(source_id, new_run_id())
    return len(due)
