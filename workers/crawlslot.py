"""What a crawl slot does: its crawl, and queued companions, in one Scrapy process; each judged alone.

Every crawl keeps its own task row, crawl row, version, settings, verdict and failure count;
only the process is shared. One crawl's failure is its own: it is recorded on its row (and
retried, dead-lettered or sent to the Doctor) while the others complete. A process that dies
before recording its crawls (``kill -9``, a crash) is not the sites' doing: each crawl it held
fails as transient, so beat runs it again, and the upserts keep what it stored once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import structlog

from config.settings import get_settings
from pipeline.core import audit, breakers, limits, registry, taskstate
from pipeline.core.classify import TRANSIENT, heal_due
from pipeline.core.consent import ensure_collection_allowed
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.exceptions import CrawlFailed, PipelineError, TransientCrawlFailure
from pipeline.core.quality import assess_crawl
from spiders.runner import CrawlOutcome, run_crawl_processes
from spiders.slot import START_ERROR
from workers.companions import Companion
from workers.companions import release as release_companions
from workers.companions import take as take_companions
from workers.healing_judge import judge_finished_crawl
from workers.lease import LeaseKeeper
from workers.tracking import Step, StepResult

logger = structlog.get_logger(__name__)

#: One crawl's result: what its step stores, or why it failed.
Outcome = StepResult | Exception


@dataclass(frozen=True)
class Opened:
    """A crawl row opened for a source's production version."""

    source_id: int
    run_id: str
    crawl_id: int
    version: int


def run_slot(
    source_id: int,
    run_id: str,
    *,
    companions: int = 0,
    take: Callable[[int], list[Companion]] | None = None,
    heal_companions: bool = True,
) -> StepResult:
    """Crawl ``source_id`` (the step being run), and up to ``companions`` queued crawls beside it.

    ``take`` finds the companions (default: any queued crawl); ``heal_companions`` False leaves a
    failing companion's heal to the caller instead of sending it to the workers.
    """
    others = (take or take_companions)(companions) if companions else []
    if not others:
        return _raise_or_return(crawl_together([(source_id, run_id)])[0])
    keeper = LeaseKeeper(
        *(c.step.task_id for c in others), worker=others[0].step.worker, lease_s=get_settings().worker.lease_s
    )
    try:
        with keeper:
            outcomes = crawl_together([(source_id, run_id), *((c.step.source_id, c.step.run_id) for c in others)])
    except Exception as exc:  # the slot itself failed (the database went away): so did every crawl in it
        outcomes = [exc] * (len(others) + 1)
    finally:
        release_companions(others)
    for companion, outcome in zip(others, outcomes[1:], strict=True):
        try:
            _settle(companion.step, outcome, heal=heal_companions)
        except Exception as exc:  # its lease runs out and the reaper queues it again
            logger.warning("Companion crawl not recorded", task=companion.step.task_id, error=str(exc))
    return _raise_or_return(outcomes[0])


def crawl_together(crawls: list[tuple[int, str]]) -> list[Outcome]:
    """Crawl each ``(source_id, run_id)`` in one process; each one's outcome, in order, none raised."""
    opened: list[Opened | Exception] = []
    for source_id, run_id in crawls:
        try:
            opened.append(_open(source_id, run_id))
        except Exception as exc:
            opened.append(exc)
    ready = [o for o in opened if isinstance(o, Opened)]
    timeout_s = get_settings().crawl.timeout_s
    finished = run_crawl_processes([o.crawl_id for o in ready], timeout_s=timeout_s) if ready else []
    by_crawl = {outcome.crawl_id: outcome for outcome in finished}
    results: list[Outcome] = []
    for item in opened:
        if isinstance(item, Exception):
            results.append(item)
            continue
        try:
            results.append(_conclude(item, by_crawl[item.crawl_id]))
        except Exception as exc:
            results.append(exc)
    return results


def needs_heal(source_id: int) -> bool:
    threshold = get_settings().crawl.failures_before_heal
    with session_scope() as session:
        source = session.get(Source, source_id)
        # Only failures classified "site changed" count: a flaky network is backed off, not repaired.
        return source is not None and heal_due(session, source, threshold)


def _open(source_id: int, run_id: str) -> Opened:
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise PipelineError(f"Source id {source_id} no longer exists.")
        ensure_collection_allowed(session, source)
        version = registry.production_version(session, source)
        if version is None:
            raise CrawlFailed(f"Source {source.name} has no production version; run `sdp add` again or roll back.")
        crawl_id = open_crawl(session, source, version, run_id=run_id).id
        return Opened(source_id, run_id, crawl_id, version.number)


def _conclude(crawl: Opened, outcome: CrawlOutcome) -> StepResult:
    """Judge one finished crawl (the Doctor's judge, not only exit codes); raises CrawlFailed when unusable."""
    start_error = outcome.stats.get(START_ERROR)
    if start_error:  # its stored code: nothing the site did, nothing a retry changes
        raise CrawlFailed(f"Crawl {crawl.crawl_id} of version {crawl.version} could not start: {start_error}")
    if outcome.interrupted:
        _record_interruption(crawl, outcome)
        raise TransientCrawlFailure(f"Crawl {crawl.crawl_id} was interrupted ({outcome.error}); it will run again")
    settings = get_settings()
    with session_scope() as session:  # quality figures and anomalies, before the run is judged
        assess_crawl(session, crawl.crawl_id)
    verdict = judge_finished_crawl(crawl.source_id, crawl.crawl_id, crawl.run_id)
    error = outcome.error or verdict.reason
    transient = verdict.kind in TRANSIENT or (verdict.kind == "http_status" and verdict.treatment == "backoff")
    with session_scope() as session:
        source = session.get(Source, crawl.source_id)
        assert source is not None
        if verdict.kind == "ok":
            source.consecutive_failures = 0
        else:
            source.consecutive_failures += 1
            audit.record(
                session,
                actor="worker",
                action="crawl.judged_failed",
                source_name=source.name,
                run_id=crawl.run_id,
                level="warning",
                message=f"Crawl {crawl.crawl_id} failed ({verdict.kind}: {error}); "
                f"{source.consecutive_failures} failure(s) in a row",
            )
        domain = limits.domain_key(source.url)
        if verdict.kind == "ok":
            breakers.record_success(session, domain)
        elif transient:
            breakers.record_failure(
                session, domain, threshold=settings.worker.breaker_failures, error=f"{verdict.kind}: {error}"
            )
    if verdict.kind != "ok":
        text = f"Crawl {crawl.crawl_id} of version {crawl.version} failed ({verdict.kind}): {error}"
        if transient:
            raise TransientCrawlFailure(text, retry_after=_seconds(verdict.evidence.get("retry_after")))
        raise CrawlFailed(text)
    return {
        "crawl_id": crawl.crawl_id,
        "version": crawl.version,
        "items": outcome.items,
        "pages": outcome.pages,
        "process_crawls": outcome.stats.get("sdp/process_crawls", 1),
        "process_pid": outcome.stats.get("sdp/process_pid"),
    }


def _record_interruption(crawl: Opened, outcome: CrawlOutcome) -> None:
    with session_scope() as session:
        source = session.get(Source, crawl.source_id)
        audit.record(
            session,
            actor="worker",
            action="crawl.interrupted",
            source_name=source.name if source else "",
            run_id=crawl.run_id,
            level="warning",
            message=f"Crawl {crawl.crawl_id} was interrupted: {outcome.error}; not judged, it will run again",
        )


def _settle(step: Step, outcome: Outcome, *, heal: bool) -> None:
    """Record a companion's end on its row, and call the Doctor (``heal``) when its failures say so."""
    if not isinstance(outcome, Exception):
        step.completed(outcome)
        return
    step.failed(outcome)
    if heal and isinstance(outcome, CrawlFailed) and needs_heal(step.source_id):
        from workers.dispatch import enqueue_heal  # noqa: PLC0415 - Celery only where a heal is sent

        enqueue_heal(step.source_id, taskstate.new_run_id())


def _raise_or_return(outcome: Outcome) -> StepResult:
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _seconds(value: object) -> float | None:
    try:
        return float(str(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the backoff applies
