"""Production crawls of deployed sources, and the verdict that feeds the Doctor."""

from __future__ import annotations

from datetime import timedelta

from config.settings import get_settings
from pipeline.core import audit, breakers, limits, registry, retry, taskstate
from pipeline.core.classify import TRANSIENT, heal_due
from pipeline.core.consent import ensure_collection_allowed
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, TaskState
from pipeline.core.exceptions import CrawlFailed, PipelineError, TransientCrawlFailure
from pipeline.core.normalize import utcnow
from pipeline.core.quality import assess_crawl
from spiders.runner import run_crawl_process
from workers.healing import judge_finished_crawl
from workers.lease import slot_holder
from workers.tracking import StepResult, run_tracked


def crawl_source(source_id: int, run_id: str, *, step: str = "crawl", kind: str = "crawl") -> StepResult:
    """Crawl the production version of a source; raises CrawlFailed when nothing usable came back."""

    def body() -> StepResult:
        settings = get_settings()
        with session_scope() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise PipelineError(f"Source id {source_id} no longer exists.")
            ensure_collection_allowed(session, source)
            version = registry.production_version(session, source)
            if version is None:
                raise CrawlFailed(f"Source {source.name} has no production version; run `sdp add` again or roll back.")
            crawl_id = open_crawl(session, source, version, run_id=run_id).id
            version_number = version.number
        outcome = run_crawl_process(crawl_id, timeout_s=settings.crawl.timeout_s)
        with session_scope() as session:  # quality figures and anomalies, before the run is judged
            assess_crawl(session, crawl_id)
        verdict = judge_finished_crawl(source_id, crawl_id, run_id)  # the Doctor's judge, not only exit codes
        error = outcome.error or verdict.reason
        with session_scope() as session:
            source = session.get(Source, source_id)
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
                    run_id=run_id,
                    level="warning",
                    message=f"Crawl {crawl_id} failed ({verdict.kind}: {error}); "
                    f"{source.consecutive_failures} failure(s) in a row",
                )
            domain = limits.domain_key(source.url)
            transient = verdict.kind in TRANSIENT or (verdict.kind == "http_status" and verdict.treatment == "backoff")
            if verdict.kind == "ok":
                breakers.record_success(session, domain)
            elif transient:
                breakers.record_failure(
                    session, domain, threshold=settings.worker.breaker_failures, error=f"{verdict.kind}: {error}"
                )
        if verdict.kind != "ok":
            text = f"Crawl {crawl_id} of version {version_number} failed ({verdict.kind}): {error}"
            if transient:
                raise TransientCrawlFailure(text, retry_after=_seconds(verdict.evidence.get("retry_after")))
            raise CrawlFailed(text)
        return {"crawl_id": crawl_id, "version": version_number, "items": outcome.items, "pages": outcome.pages}

    if kind != "crawl":
        return run_tracked(step, kind=kind, source_id=source_id, run_id=run_id, body=body)
    held = _take_slots(source_id, run_id, step)
    if isinstance(held, str):
        return {"deferred": held}
    try:
        return run_tracked(step, kind=kind, source_id=source_id, run_id=run_id, body=body)
    finally:
        for key, slot, holder in held:
            limits.release(key, slot, holder=holder)


def _seconds(value: object) -> float | None:
    try:
        return float(str(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the backoff applies


def _take_slots(source_id: int, run_id: str, step: str) -> list[tuple[str, int, str]] | str:
    """A global crawl slot and one of the site's slots, or why the crawl must wait (then it is deferred)."""
    settings = get_settings().worker
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            return []
        task = taskstate.ensure_task(
            session, run_id=run_id, name=step, kind="crawl", source_id=source_id, source_name=source.name
        )
        if task.state not in (TaskState.PENDING, TaskState.FAILED):
            return []  # done already, or running elsewhere: run_tracked tells which
        holder, domain = slot_holder(task.id), limits.domain_key(source.url)
        per_domain = source.crawls_per_domain or settings.crawls_per_domain
        wait = breakers.retry_in_s(session, domain, cooldown_s=settings.breaker_cooldown_s)
        reason = (
            None
            if breakers.allow(session, domain, cooldown_s=settings.breaker_cooldown_s)
            else (f"the circuit breaker for {domain.removeprefix('domain:')} is open")
        )
    held: list[tuple[str, int, str]] = []
    if reason is None:
        for key, limit in ((limits.GLOBAL_CRAWLS, settings.crawl_slots), (domain, per_domain)):
            slot = limits.acquire(key, limit, holder=holder, ttl_s=settings.lease_s)
            if slot is None:
                reason = (
                    "all crawl slots are busy" if key == limits.GLOBAL_CRAWLS else f"{limit} crawl(s) of {key[7:]} run"
                )
                break
            held.append((key, slot, holder))
    if reason is None:
        return held
    for key, slot, _ in held:
        limits.release(key, slot, holder=holder)
    with session_scope() as session:
        task = taskstate.ensure_task(
            session, run_id=run_id, name=step, kind="crawl", source_id=source_id, source_name=""
        )
        if task.state in (TaskState.PENDING, TaskState.FAILED):
            waited = (utcnow() - task.created_at).total_seconds()
            until = utcnow() + timedelta(seconds=retry.defer_s(waited, at_least_s=wait))
            taskstate.defer(task, until=until, reason=reason)
    return reason


def needs_heal(source_id: int) -> bool:
    threshold = get_settings().crawl.failures_before_heal
    with session_scope() as session:
        source = session.get(Source, source_id)
        # Only failures classified "site changed" count: a flaky network is backed off, not repaired.
        return source is not None and heal_due(session, source, threshold)
