"""Re-drive a dead-lettered task: on the workers when they are alive, else right here."""

from __future__ import annotations

from sqlalchemy import select

from config.settings import get_settings
from pipeline.core import fleet
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Task
from pipeline.core.exceptions import PipelineError
from workers import onboarding
from workers.crawling import crawl_source
from workers.dispatch import enqueue_crawl, enqueue_heal, enqueue_onboarding
from workers.healing import heal


def redrive(step: str, source_id: int, run_id: str) -> str:
    """Run step ``step`` of ``run_id`` again (an onboarding step: and the steps after it); what happened, in words."""
    settings = get_settings()
    with session_scope() as session:
        workers_alive = bool(fleet.live_workers(session, heartbeat_s=settings.worker.heartbeat_s))
        kind = session.scalar(select(Task.kind).where(Task.run_id == run_id, Task.name == step))
    onboarding_step = kind == "onboard"
    if workers_alive:
        if onboarding_step:
            enqueue_onboarding(source_id, run_id, start=step)  # that step, then the rest of the chain
        else:
            (enqueue_heal if step == "heal" else enqueue_crawl)(source_id, run_id)
        return "was queued for the workers"
    try:
        if onboarding_step:
            for name in onboarding.STEPS[onboarding.STEPS.index(step) :]:
                onboarding.STEP_FUNCTIONS[name](source_id, run_id)
            onboarding.finish(source_id, run_id)
        elif step == "heal":
            heal(source_id, run_id)
        else:
            crawl_source(source_id, run_id)
    except PipelineError as exc:
        return f"failed again: {exc}"
    return "completed"
