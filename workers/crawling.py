"""Production crawls of deployed sources: the limits a crawl waits for, then its crawl slot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from config.settings import get_settings
from pipeline.core import breakers, limits, retry, taskstate
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source, TaskState
from workers import claims
from workers.companions import Companion
from workers.crawlslot import needs_heal, run_slot
from workers.lease import slot_holder
from workers.tracking import StepResult, run_tracked

__all__ = ["crawl_source", "needs_heal"]


def crawl_source(
    source_id: int,
    run_id: str,
    *,
    step: str = "crawl",
    kind: str = "crawl",
    companions: int = 0,
    take: Callable[[int], list[Companion]] | None = None,
    heal_companions: bool = True,
) -> StepResult:
    """Crawl the production version of a source; raises CrawlFailed when nothing usable came back.

    A scheduled crawl (kind ``crawl``) first takes a fleet crawl slot and its site's slot, or is
    deferred; with ``companions`` its process also runs up to that many queued crawls (``crawlslot``),
    found by ``take`` (default: any queued crawl), whose heals are sent to the workers unless
    ``heal_companions`` is False.
    """
    if kind != "crawl":
        return run_tracked(
            step, kind=kind, source_id=source_id, run_id=run_id, body=lambda: run_slot(source_id, run_id)
        )
    held = _take_slots(source_id, run_id, step)
    if isinstance(held, str):
        return {"deferred": held}
    try:
        return run_tracked(
            step,
            kind=kind,
            source_id=source_id,
            run_id=run_id,
            body=lambda: run_slot(source_id, run_id, companions=companions, take=take, heal_companions=heal_companions),
        )
    finally:
        for key, slot, holder in held:
            limits.release(key, slot, holder=holder)


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
        waited = (utcnow() - task.created_at).total_seconds()
        until = utcnow() + timedelta(seconds=retry.defer_s(waited, at_least_s=wait))
        claims.defer(session, task.id, until=until, reason=reason)  # unless a slot took it meanwhile
    return reason
