"""Run one step of a run under the product's task-state machine, with audit records.

The same wrapper serves the Celery tasks and the in-process path of ``sdp add`` / ``sdp run
--once``, so both leave identical task rows and logs behind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import structlog

from config.settings import get_settings
from pipeline.core import audit, retry, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, Task, TaskState
from pipeline.core.exceptions import PipelineError
from pipeline.core.normalize import utcnow
from workers.lease import LeaseKeeper

logger = structlog.get_logger(__name__)

StepResult = dict[str, Any]
#: Kinds retried after a transient failure: beat re-queues the step (an onboarding from that step on).
RETRIED_KINDS = ("crawl", "heal", "onboard")


def run_tracked(
    name: str,
    *,
    kind: str,
    source_id: int,
    run_id: str,
    body: Callable[[], StepResult],
    actor: str = "worker",
) -> StepResult:
    """Execute ``body`` as step ``name`` of ``run_id``; a step already COMPLETED is not redone."""
    settings = get_settings()
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise PipelineError(f"Source id {source_id} no longer exists; step {name} of run {run_id[:8]} skipped.")
        task = taskstate.ensure_task(
            session, run_id=run_id, name=name, kind=kind, source_id=source_id, source_name=source.name
        )
        if task.state == TaskState.COMPLETED:
            return dict(task.result)  # a redelivered message: the work is already done
        if (
            task.state == TaskState.IN_PROGRESS
            and task.worker != taskstate.worker_identity()
            and task.lease_expires_at is not None
            and task.lease_expires_at > utcnow()
        ):
            logger.info("Step already running elsewhere; duplicate message dropped", task=task.id, worker=task.worker)
            return {"skipped": f"running on {task.worker}"}
        taskstate.start(session, task, lease_s=settings.worker.lease_s)
        task_id, worker = task.id, task.worker or taskstate.worker_identity()
        source_name = source.name
        audit.record(
            session,
            actor=actor,
            action=f"{kind}.{name}.started",
            source_name=source_name,
            run_id=run_id,
            message=f"{name} started",
        )

    def finish(
        outcome: str, apply: Callable[[Task], None], *, level: str = "info", details: StepResult | None = None
    ) -> None:
        """Record the end of the step on its row and in the audit log, in one transaction."""
        with session_scope() as session:
            apply(
                taskstate.ensure_task(
                    session, run_id=run_id, name=name, kind=kind, source_id=source_id, source_name=source_name
                )
            )
            audit.record(
                session,
                actor=actor,
                action=f"{kind}.{name}.{outcome}",
                source_name=source_name,
                run_id=run_id,
                level=level,
                message=f"{name} {outcome}" + (f": {message}" if message else ""),
                details=details,
            )

    message = ""
    structlog.contextvars.bind_contextvars(source=source_name, run_id=run_id, step=name)
    try:
        with LeaseKeeper(task_id, worker=worker, lease_s=settings.worker.lease_s):
            result = body()
    except Exception as exc:
        message = str(exc) if isinstance(exc, PipelineError) else f"{type(exc).__name__}: {exc}"
        retry_at = None
        if kind in RETRIED_KINDS and retry.is_transient(exc):
            with session_scope() as session:
                row = session.get(Task, task_id)
                attempts = row.attempts if row is not None else 1
            retry_at = retry.next_attempt_at(
                attempts,
                base_s=settings.worker.retry_base_s,
                max_s=settings.worker.retry_max_s,
                retry_after=retry.retry_after_of(exc),
            )

        finish(
            "failed",
            lambda task: taskstate.fail(task, message, max_attempts=settings.worker.max_attempts, retry_at=retry_at),
            level="warning" if retry_at is not None else "error",
        )
        raise
    finally:
        structlog.contextvars.unbind_contextvars("source", "run_id", "step")
    finish("completed", lambda task: taskstate.complete(task, result), details=result)
    return result


def step_result(run_id: str, name: str) -> StepResult:
    """The stored result of an earlier step of the same run."""
    with session_scope() as session:
        for task in taskstate.tasks_of_run(session, run_id):
            if task.name == name and task.state == TaskState.COMPLETED:
                return dict(task.result)
    raise PipelineError(f"Step {name!r} of run {run_id[:8]} has not completed; run the steps in order.")
