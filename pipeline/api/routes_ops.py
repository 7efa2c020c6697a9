"""Operations: ``/healthz``, ``/metrics``, ``/status``, ``/tasks``, ``/audit``, ``/entities/{id}/lineage``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from config.settings import Settings
from pipeline.api import enqueue
from pipeline.api.auth import Bearer, KeyHeader, Principal, authorize, presented_secret, requires
from pipeline.api.common import session_for, settings_of
from pipeline.core import health, metrics, taskstate
from pipeline.core.audit import record
from pipeline.core.db.models import AuditEvent, SilverEntity, Task, TaskState
from pipeline.core.exceptions import ConfigurationError, EntityNotFound, TaskNotFound
from pipeline.core.lineage import lineage
from pipeline.core.status import fleet_status
from workers.dispatch import check_broker

router = APIRouter(tags=["operations"])
Reader = Annotated[Principal, Depends(requires("read"))]
Operator = Annotated[Principal, Depends(requires("operate"))]
Developer = Annotated[Principal, Depends(requires("debug"))]


#: The API process needs these to answer anything; the rest of pipeline.core.health (Chromium, the LLM
#: endpoint) concerns the workers, and an unauthenticated probe must not make outbound calls.
REQUIRED = {"database": health.check_database, "broker": health.check_broker}
OPTIONAL = {"disk": health.check_disk}


def health_checks(settings: Settings) -> tuple[bool, bool, dict[str, dict[str, Any]]]:
    """(required ok, all ok, each check); details only for failures (no key is needed to see them)."""
    results = {name: check(settings) for name, check in {**REQUIRED, **OPTIONAL}.items()}
    shown = {
        name: {"ok": result.ok, "latency_ms": result.latency_ms, **({} if result.ok else {"error": result.detail})}
        for name, result in results.items()
    }
    return all(results[name].ok for name in REQUIRED), all(r.ok for r in results.values()), shown


@router.get("/healthz", tags=["monitoring"])
async def healthz(request: Request) -> JSONResponse:
    """Liveness and dependencies, without a key: 503 when the database or broker does not answer."""
    required, everything, checks = await run_in_threadpool(health_checks, settings_of(request))
    status = "ok" if everything else "degraded" if required else "down"
    return JSONResponse({"status": status, "checks": checks}, status_code=200 if required else 503)


async def _metrics_caller(request: Request, bearer: Bearer, header: KeyHeader) -> Principal | None:
    if settings_of(request).api.metrics_public:
        return None
    return await authorize(request, "read", presented_secret(bearer, header))


@router.get("/metrics", tags=["monitoring"], response_class=Response)
async def metrics_endpoint(request: Request, _: Annotated[Principal | None, Depends(_metrics_caller)]) -> Response:
    """Prometheus text format, read from the database on each scrape."""
    payload = await run_in_threadpool(metrics.render, request.app.state.metrics_registry)
    return Response(payload, media_type=metrics.CONTENT_TYPE)


@router.get("/status")
def status(request: Request, _: Reader) -> dict[str, Any]:
    """As `sdp status --json`: database, broker, workers, tasks, sources and today's LLM usage."""
    settings = settings_of(request)
    with session_for(request) as session:
        report = fleet_status(session, settings)
    try:
        check_broker()
        report["broker"] = {"ok": True, "embedded": settings.embedded_broker}
    except Exception as exc:
        report["broker"] = {"ok": False, "embedded": settings.embedded_broker, "error": str(exc)}
    return report


def task_view(task: Task) -> dict[str, Any]:
    return {
        "id": task.id,
        "run_id": task.run_id,
        "step": task.name,
        "kind": task.kind,
        "source": task.source_name,
        "state": task.state,
        "attempts": task.attempts,
        "error": task.error,
        "created_at": task.created_at.isoformat(),
        "finished_at": task.finished_at.isoformat() if task.finished_at else None,
    }


@router.get("/tasks")
def list_tasks(
    request: Request,
    _: Reader,
    state: str | None = None,
    source: str | None = None,
    run_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[dict[str, Any]]:
    """The newest tasks first; ``state`` is one of PENDING, IN_PROGRESS, COMPLETED, FAILED, QUARANTINED."""
    states = [s.value for s in TaskState]
    if state is not None and state.upper() not in states:
        raise ConfigurationError(f"state={state!r} is not a task state; use one of {', '.join(states)}.")
    with session_for(request) as session:
        if run_id is not None:
            return [task_view(t) for t in taskstate.tasks_of_run(session, run_id)]
        return [task_view(t) for t in taskstate.list_tasks(session, state=state, source_name=source, limit=limit)]


@router.post("/tasks/{task_id}/retry", status_code=202)
def retry_task(request: Request, task_id: int, caller: Operator) -> dict[str, Any]:
    """Re-open a FAILED or QUARANTINED task and queue it on the workers."""
    with session_for(request) as session:
        if session.get(Task, task_id) is None:
            raise TaskNotFound(f"No task with id {task_id}; GET /tasks lists them.")
        task = taskstate.reopen(session, task_id)
        assert task.source_id is not None  # reopen refuses tasks of purged sources
        enqueue.retry(task.kind, task.name, task.source_id, task.run_id)
        record(
            session,
            actor=caller.name,
            action="task.retried",
            source_name=task.source_name,
            run_id=task.run_id,
            message=f"Task {task_id} ({task.name}) re-queued",
        )
        return task_view(task)


@router.get("/audit")
def audit_log(
    request: Request,
    _: Developer,
    source: str | None = None,
    actor: str | None = None,
    action: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[dict[str, Any]]:
    """The audit log, newest first (developer or admin)."""
    query = select(AuditEvent)
    if source is not None:
        query = query.where(AuditEvent.source_name == source)
    if actor is not None:
        query = query.where(AuditEvent.actor == actor)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    with session_for(request) as session:
        return [
            {
                "id": e.id,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": e.action,
                "source": e.source_name,
                "run_id": e.run_id,
                "level": e.level,
                "message": e.message,
                "details": e.details,
            }
            for e in session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit))
        ]


@router.get("/entities/{entity_id}/lineage")
def entity_lineage(request: Request, entity_id: int, _: Reader) -> dict[str, Any]:
    """Where an entity came from: crawl, scraper version, Bronze page, source (as `sdp lineage`)."""
    with session_for(request) as session:
        if session.get(SilverEntity, entity_id) is None:
            raise EntityNotFound(f"No entity with id {entity_id}; GET /sources/NAME/entities lists them.")
        return lineage(session, entity_id)
