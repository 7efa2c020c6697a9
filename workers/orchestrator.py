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
from pipeline.core.retry import database_unreachable
from pipeline.core.sources import claim_due_sources, get_source
from pipeline.core.taskstate import new_run_id
from workers import slotpool
from workers.crawling import needs_heal
from workers.crawlslot import Outcome
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
    #: The Scrapy process the crawl ran in (several crawls share one).
    process_pid: int | None = None


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
    [report] = crawl_and_heal(slotpool.plan([(source_id, name, new_run_id())]))
    return report


def crawl_and_heal(crawls: list[slotpool.PlannedCrawl]) -> list[RunReport]:
    """Run the crawls through crawl slots; heal each source whose failure trips the Doctor, and re-run it."""
    outcomes = slotpool.run_in_slots(crawls)
    lost = [o for o in outcomes.values() if isinstance(o, Exception) and database_unreachable(o)]
    if lost:
        raise lost[0]  # the database is away: no crawl's own failure, and nothing more to record
    reports = [_report(crawl, outcomes[crawl.run_id]) for crawl in crawls]
    pids = slotpool.process_pids([crawl.run_id for crawl in crawls])
    for report in reports:
        report.process_pid = pids.get(report.run_id)
    healed: list[tuple[int, RunReport]] = []
    for n, (crawl, report) in enumerate(zip(crawls, reports, strict=True)):
        if isinstance(outcomes[crawl.run_id], CrawlFailed) and needs_heal(crawl.source_id):
            heal_run = new_run_id()
            report.healed = bool(heal(crawl.source_id, heal_run).get("promoted"))
            report.notes.append(
                f"doctor run {heal_run[:8]}: {'promoted a new version' if report.healed else 'no fix promoted'}"
            )
            if report.healed:
                healed.append((n, report))
    if healed:
        reruns = {new_run_id(): (n, failed) for n, failed in healed}
        again = slotpool.plan([(crawls[n].source_id, crawls[n].source, run_id) for run_id, (n, _) in reruns.items()])
        for planned, rerun in zip(again, crawl_and_heal(again), strict=True):
            n, failed = reruns[planned.run_id]
            rerun.healed, rerun.notes = True, failed.notes + rerun.notes
            reports[n] = rerun
    return reports


def _report(crawl: slotpool.PlannedCrawl, outcome: Outcome) -> RunReport:
    report = RunReport(source=crawl.source, run_id=crawl.run_id, ok=not isinstance(outcome, Exception))
    if crawl.retry:
        report.notes.append("a retry")
    if isinstance(outcome, Exception):
        report.error = str(outcome) if isinstance(outcome, PipelineError) else f"{type(outcome).__name__}: {outcome}"
    elif "deferred" in outcome or "skipped" in outcome:
        report.notes.append(f"deferred: {outcome['deferred']}" if "deferred" in outcome else outcome["skipped"])
    else:
        report.items = int(outcome.get("items", 0))
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
    """Crawl what is due (retries first), several crawls per Scrapy process as the fleet does; heal and re-run."""
    retries = slotpool.plan(_due_retries(), retry=True) if source_name is None else []
    due = slotpool.plan([(source_id, name, new_run_id()) for source_id, name in due_source_ids(source_name)])
    return crawl_and_heal(retries + due)
