"""Re-drive a dead-lettered task: on the workers when they are alive, else right here."""

from __future__ import annotations

from config.settings import get_settings
from pipeline.core import fleet
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import PipelineError
from workers import onboarding
from workers.crawling import crawl_source
from workers.dispatch import enqueue_crawl, enqueue_heal
from workers.healing import heal


def redrive(step: str, source_id: int, run_id: str) -> str:
    """Run step ``step`` of ``run_id`` again; returns what happened, in words."""
    settings = get_settings()
    with session_scope() as session:
        workers_alive = bool(fleet.live_workers(session, heartbeat_s=settings.worker.heartbeat_s))
    if workers_alive and step in ("crawl", "heal"):
        (enqueue_heal if step == "heal" else enqueue_crawl)(source_id, run_id)
        return "was queued for the workers"
    try:
        if step == "heal":
            heal(source_id, run_id)
        elif step == "crawl":
            crawl_source(source_id, run_id)
        else:
            onboarding.STEP_FUNCTIONS[step](source_id, run_id)
    except PipelineError as exc:
        return f"failed again: {exc}"
    return "completed"
