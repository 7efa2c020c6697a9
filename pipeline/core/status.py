"""Health of the fleet as a user needs it: database, workers, sources, tasks."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.logging import redact
from config.settings import Settings
from pipeline.core import breakers, fleet, limits, outbox, taskstate
from pipeline.core.db.models import Crawl, SilverEntity, Source
from pipeline.core.quality import source_summary as quality_summary
from pipeline.core.usage import start_of_day, usage_summary


def database_health(session: Session, settings: Settings) -> dict[str, Any]:
    started = time.perf_counter()
    session.execute(select(1))
    url = session.get_bind().engine.url.render_as_string(hide_password=True)
    return {"ok": True, "url": redact(url), "latency_ms": round((time.perf_counter() - started) * 1000, 1)}


def source_summaries(session: Session) -> list[dict[str, Any]]:
    entity_counts = dict(
        session.execute(select(SilverEntity.source_id, func.count()).group_by(SilverEntity.source_id)).all()
    )
    summaries = []
    for source in session.scalars(select(Source).order_by(Source.name)):
        last = session.scalar(
            select(Crawl)
            .where(Crawl.source_id == source.id, Crawl.purpose == "production")
            .order_by(Crawl.id.desc())
            .limit(1)
        )
        production = next((v for v in source.versions if v.status == "production"), None)
        summaries.append(
            {
                "name": source.name,
                "url": source.url,
                "active": source.active,
                "ready": source.ready,
                "pinned": source.pinned,
                "schedule": source.schedule,
                "priority": source.priority,
                "labels": source.labels,
                "version": production.number if production else None,
                "entities": int(entity_counts.get(source.id, 0)),
                "consecutive_failures": source.consecutive_failures,
                "quality": quality_summary(session, source.id),
                "last_crawl": None
                if last is None
                else {
                    "id": last.id,
                    "status": last.status,
                    "items": last.items,
                    "finished_at": last.finished_at.isoformat() if last.finished_at else None,
                    "error": last.error,
                },
                "next_run_at": source.next_run_at.isoformat() if source.next_run_at and source.active else None,
            }
        )
    return summaries


def fleet_status(session: Session, settings: Settings) -> dict[str, Any]:
    live = {w.name for w in fleet.live_workers(session, heartbeat_s=settings.worker.heartbeat_s)}
    return {
        "database": database_health(session, settings),
        "workers": [
            {
                "name": w.name,
                "hostname": w.hostname,
                "pid": w.pid,
                "queues": w.queues.split(",") if w.queues else [],
                "alive": w.name in live,
                "last_seen_at": w.last_seen_at.isoformat(),
            }
            for w in fleet.all_workers(session)
        ],
        "tasks": taskstate.counts_by_state(session),
        "running_crawls": int(
            session.scalar(select(func.count()).select_from(Crawl).where(Crawl.status == "running")) or 0
        ),
        "crawl_slots": {"held": limits.held(session, limits.GLOBAL_CRAWLS), "limit": settings.worker.crawl_slots},
        "breakers": [
            {
                "name": b.name,
                "state": b.state,
                "failures": b.failures,
                "opened_at": b.opened_at.isoformat(timespec="seconds") if b.opened_at else None,
                "last_error": b.last_error,
            }
            for b in breakers.all_breakers(session)
        ],
        "dead_letters": _dead_letters(session),
        "retries_pending": taskstate.retries_pending(session),
        "outbox_unsent": outbox.unsent(session),
        "sources": source_summaries(session),
        "llm": {
            "provider": settings.llm.provider,
            "model": settings.llm.model,
            "today": usage_summary(session, since=start_of_day()),
        },
    }


def _dead_letters(session: Session) -> dict[str, Any]:
    count, newest = taskstate.dead_letters(session)
    return {
        "count": count,
        "newest": None
        if newest is None
        else {
            "id": newest.id,
            "source": newest.source_name,
            "step": newest.name,
            "attempts": newest.attempts,
            "error": newest.error,
            "at": newest.finished_at.isoformat(timespec="seconds") if newest.finished_at else None,
        },
    }
