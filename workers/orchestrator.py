"""What ``sdp run --once`` and the beat tick do: reap, pick due sources, crawl, heal, re-run."""

from __future__ import annotations

from dataclasses import dataclass, field

import structlog
from sqlalchemy import func, select

from config.settings import get_settings
from pipeline.core import limits, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Task, TaskState
from pipeline.core.exceptions import CrawlFailed, PipelineError
from pipeline.core.sources import claim_due_sources, get_source
from pipeline.core.taskstate import new_run_id
from workers.crawling import crawl_source, needs_heal
from workers.deadletters import record_dead_letters
from workers.dispatch import add_crawl, redeliver_lost, relay_outbox, requeue, retry_due
from workers.healing import heal

logger = structlog.get_logger(__name__)


@dataclass
class RunReport:
    source: str
    run_id: str
    ok: bool
    items: int = 0
    error: str | None = None
    healed: bool | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class TickReport:
    reaped: int = 0
    retried: int = 0
    redelivered: int = 0
    enqueued: int = 0
    published: int = 0
    dead_lettered: int = 0
    held_back: str | None = None


def tick() -> TickReport:
    """One beat: reap expired leases, release due retries, re-send lost messages, enqueue due sources, relay,
    and record the broker's dead letters.

    Safe with two beats: every row it changes is claimed with SKIP LOCKED on PostgreSQL.
    """
    settings = get_settings()
    report = TickReport()
    with session_scope() as session:
        report.reaped = taskstate.reap_expired(session, requeue=lambda task: requeue(session, task))
        report.retried = taskstate.release_due_retries(session, lambda task: retry_due(session, task))
        report.redelivered = redeliver_lost(session)
    pressure = limits.machine_pressure(settings.worker)
    with session_scope() as session:
        counts = dict(
            session.execute(
                select(Task.state, func.count())
                .where(Task.kind == "crawl", Task.state.in_((TaskState.PENDING, TaskState.IN_PROGRESS)))
                .group_by(Task.state)
            ).all()
        )
        queued, running = counts.get(TaskState.PENDING, 0), counts.get(TaskState.IN_PROGRESS, 0)
        budget = limits.enqueue_budget(settings.worker, queued=queued, running=running)
        if pressure.reason:
            report.held_back, budget = pressure.reason, 0
        elif budget == 0:
            report.held_back = f"{queued} crawl(s) queued and {running} running: the backlog is at its limit"
        for source in claim_due_sources(session, limit=budget) if budget else []:
            add_crawl(session, source, new_run_id())
            report.enqueued += 1
    if report.held_back:
        logger.info("New crawls held back", reason=report.held_back)
    report.published = relay_outbox()
    try:
        report.dead_lettered = record_dead_letters()
    except Exception as exc:  # the broker may be away; the dead letters wait for the next tick
        logger.warning("Dead letters not read", error=str(exc))
    return report


def due_source_ids(source_name: str | None = None) -> list[tuple[int, str]]:
    """The sources to crawl now: the named one, or every due one (claimed atomically)."""
    with session_scope() as session:
        taskstate.reap_expired(session)
        if source_name is not None:
            source = get_source(session, source_name)
            if not source.ready:
                raise PipelineError(f"Source {source.name!r} has no deployed spider yet; onboard it with `sdp add`.")
            return [(source.id, source.name)]
        return [(s.id, s.name) for s in claim_due_sources(session)]


def crawl_with_healing(source_id: int, name: str) -> RunReport:
    """Crawl once; if that failure trips the Doctor, heal and re-run the crawl."""
    run_id = new_run_id()
    try:
        result = crawl_source(source_id, run_id)
        if "deferred" in result:
            return RunReport(source=name, run_id=run_id, ok=True, notes=[f"deferred: {result['deferred']}"])
        return RunReport(source=name, run_id=run_id, ok=True, items=int(result["items"]))
    except CrawlFailed as exc:
        report = RunReport(source=name, run_id=run_id, ok=False, error=str(exc))
    if needs_heal(source_id):
        heal_run = new_run_id()
        outcome = heal(source_id, heal_run)
        report.healed = bool(outcome.get("promoted"))
        report.notes.append(
            f"doctor run {heal_run[:8]}: {'promoted a new version' if report.healed else 'no fix promoted'}"
        )
        if report.healed:
            rerun = crawl_with_healing(source_id, name)
            rerun.healed = True
            rerun.notes = report.notes + rerun.notes
            return rerun
    return report


def _due_retries() -> list[tuple[int, str, str]]:
    """Crawl steps whose retry time has come (or whose worker died), to run again here."""
    found: list[tuple[int, str, str]] = []

    def keep(task: Task) -> None:
        if task.kind == "crawl" and task.source_id is not None:
            found.append((task.source_id, task.source_name, task.run_id))

    with session_scope() as session:
        taskstate.reap_expired(session, requeue=keep)
        taskstate.release_due_retries(session, keep, kinds=("crawl",))  # onboardings resume on the workers
    return found


def run_once(source_name: str | None = None) -> list[RunReport]:
    reports = []
    if source_name is None:
        for source_id, name, run_id in _due_retries():
            try:
                result = crawl_source(source_id, run_id)
                reports.append(RunReport(source=name, run_id=run_id, ok=True, items=int(result.get("items", 0))))
            except CrawlFailed as exc:
                reports.append(RunReport(source=name, run_id=run_id, ok=False, error=str(exc), notes=["a retry"]))
    return reports + [crawl_with_healing(source_id, name) for source_id, name in due_source_ids(source_name)]
