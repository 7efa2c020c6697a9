"""Run one step of a run under the product's task-state machine, with audit records.

The same wrapper serves the Celery tasks and the in-process path of ``sdp add`` / ``sdp run
--once``, so both leave identical task rows and logs behind. A crawl slot's companions (crawls
it runs beside its own) go through the same ``Step`` without the wrapper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings
from pipeline.core import audit, retry, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, Task, TaskState
from pipeline.core.exceptions import PipelineError
from workers import claims
from workers.lease import LeaseKeeper

logger = structlog.get_logger(__name__)

StepResult = dict[str, Any]
#: Kinds retried after a transient failure: beat re-queues the step (an onboarding from that step on).
RETRIED_KINDS = ("crawl", "heal", "onboard")


@dataclass(frozen=True)
class Step:
    """A started step: its row is IN_PROGRESS under ``worker``'s lease until it completes or fails."""

    task_id: int
    name: str
    kind: str
    source_id: int
    source_name: str
    run_id: str
    worker: str
    actor: str = "worker"

    def started(self, session: Session) -> None:
        """Audit the start, in the transaction that started the row."""
        self._audit(session, "started", f"{self.name} started")

    def completed(self, result: StepResult) -> None:
        self._finish("completed", lambda task: taskstate.complete(task, result), details=result)

    def failed(self, exc: BaseException) -> None:
        """FAILED with a retry time after a transient failure while attempts remain, else QUARANTINED."""
        settings = get_settings().worker
        message = str(exc) if isinstance(exc, PipelineError) else f"{type(exc).__name__}: {exc}"
        retry_at = None
        if self.kind in RETRIED_KINDS and retry.is_transient(exc):
            with session_scope() as session:
                row = session.get(Task, self.task_id)
                attempts = row.attempts if row is not None else 1
            retry_at = retry.next_attempt_at(
                attempts,
                base_s=settings.retry_base_s,
                max_s=settings.retry_max_s,
                retry_after=retry.retry_after_of(exc),
            )
        self._finish(
            "failed",
            lambda task: taskstate.fail(task, message, max_attempts=settings.max_attempts, retry_at=retry_at),
            level="warning" if retry_at is not None else "error",
            message=message,
        )

    def _finish(
        self,
        outcome: str,
        apply: Callable[[Task], None],
        *,
        level: str = "info",
        message: str = "",
        details: StepResult | None = None,
    ) -> None:
        """Record the end of the step on its row and in the audit log, in one transaction."""
        with session_scope() as session:
            apply(
                taskstate.ensure_task(
                    session,
                    run_id=self.run_id,
                    name=self.name,
                    kind=self.kind,
                    source_id=self.source_id,
                    source_name=self.source_name,
                )
            )
            text = f"{self.name} {outcome}" + (f": {message}" if message else "")
            self._audit(session, outcome, text, level=level, details=details)

    def _audit(
        self, session: Session, outcome: str, message: str, *, level: str = "info", details: StepResult | None = None
    ) -> None:
        audit.record(
            session,
            actor=self.actor,
            action=f"{self.kind}.{self.name}.{outcome}",
            source_name=self.source_name,
            run_id=self.run_id,
            level=level,
            message=message,
            details=details,
        )


def begin(name: str, *, kind: str, source_id: int, run_id: str, actor: str = "worker") -> Step | StepResult:
    """Start step ``name`` of ``run_id``; the stored result instead when there is nothing to do.

    Nothing to do: the step completed already (a redelivered message), or runs elsewhere under a
    live lease (a duplicate message, or a crawl slot took it as a companion).
    """
    worker = taskstate.worker_identity()
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise PipelineError(f"Source id {source_id} no longer exists; step {name} of run {run_id[:8]} skipped.")
        task = taskstate.ensure_task(
            session, run_id=run_id, name=name, kind=kind, source_id=source_id, source_name=source.name
        )
        if task.state == TaskState.COMPLETED:
            return dict(task.result)
        if not claims.start(session, task.id, worker=worker, lease_s=get_settings().worker.lease_s):
            session.refresh(task)
            if task.state == TaskState.COMPLETED:
                return dict(task.result)
            logger.info("Step already running elsewhere; duplicate message dropped", task=task.id, worker=task.worker)
            return {"skipped": f"running on {task.worker}"}
        step = Step(task.id, name, kind, source_id, source.name, run_id, worker, actor)
        step.started(session)
    return step


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
    step = begin(name, kind=kind, source_id=source_id, run_id=run_id, actor=actor)
    if not isinstance(step, Step):
        return step
    structlog.contextvars.bind_contextvars(source=step.source_name, run_id=run_id, step=name)
    try:
        with LeaseKeeper(step.task_id, worker=step.worker, lease_s=get_settings().worker.lease_s):
            result = body()
    except Exception as exc:
        step.failed(exc)
        raise
    finally:
        structlog.contextvars.unbind_contextvars("source", "run_id", "step")
    step.completed(result)
    return result


def waits_for_beat(run_id: str, name: str) -> str | None:
    """Why a message for this step must do nothing, or None when it may run the step.

    Every message is sent for a PENDING row. One that finds the row dead-lettered, or FAILED
    with its retry still to come (beat sends a new message then), is a stale copy: a broker
    redelivery, or the message of a crawl a slot already ran as a companion.
    """
    with session_scope() as session:
        task = session.scalar(select(Task).where(Task.run_id == run_id, Task.name == name))
        if task is None:
            return None
        if task.state == TaskState.QUARANTINED:
            return "dead-lettered; `sdp tasks retry` runs it again"
        if task.state == TaskState.FAILED and task.next_attempt_at is not None and task.next_attempt_at > utcnow():
            return f"its retry is due at {task.next_attempt_at.isoformat(timespec='seconds')}"
    return None


def step_result(run_id: str, name: str) -> StepResult:
    """The stored result of an earlier step of the same run."""
    with session_scope() as session:
        for task in taskstate.tasks_of_run(session, run_id):
            if task.name == name and task.state == TaskState.COMPLETED:
                return dict(task.result)
    raise PipelineError(f"Step {name!r} of run {run_id[:8]} has not completed; run the steps in order.")
