"""A first Doctor: after repeated failures, rebuild the spider from the live page, validate it in
staging, and promote it only if it extracts records; otherwise quarantine the source.

Issue #5 deepens this (failure classification, Bronze diffs, Knowledge Base lessons, LLM repair).
"""

from __future__ import annotations

from agents.builder import build_spider
from agents.fetch import Fetcher
from agents.survey import scout_url
from config.settings import get_settings
from pipeline.core import audit, registry
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, Source, VersionStatus
from pipeline.core.exceptions import PipelineError
from workers.tracking import StepResult, run_tracked
from workers.validation import validation_crawl


def heal(source_id: int, run_id: str) -> StepResult:
    """Try one rebuilt version; returns whether it was promoted."""

    def body() -> StepResult:
        settings = get_settings()
        with session_scope() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise PipelineError(f"Source id {source_id} no longer exists.")
            name, url, pinned = source.name, source.url, source.pinned
        try:
            profile = scout_url(url, source_name=name, settings=settings)
            with Fetcher(settings.crawl) as fetcher:
                result = build_spider(name, profile, fetcher)
        except (PipelineError, ValueError) as exc:
            return _quarantine(source_id, run_id, f"no candidate could be built: {exc}")
        with session_scope() as session:
            source = session.get(Source, source_id)
            assert source is not None
            version = registry.add_version(
                session,
                source,
                code=result.code,
                spec=result.spec,
                actor="doctor",
                reason="rebuilt after repeated crawl failures",
                run_id=run_id,
            )
            version_id = version.id
        outcome = validation_crawl(version_id, run_id)
        if not outcome.succeeded:
            return _quarantine(
                source_id, run_id, f"the rebuilt spider failed validation: {outcome.error}", version_id=version_id
            )
        with session_scope() as session:
            candidate = session.get(ScraperVersion, version_id)
            assert candidate is not None
            if pinned:
                audit.record(
                    session,
                    actor="doctor",
                    action="heal.proposed",
                    source_name=name,
                    run_id=run_id,
                    level="warning",
                    message=f"Source is pinned: version {candidate.number} proposed, not promoted",
                )
                return {"promoted": False, "version": candidate.number}
            registry.promote(session, candidate, actor="doctor", run_id=run_id)
            candidate.source.consecutive_failures = 0
            return {"promoted": True, "version": candidate.number, "validation_items": outcome.items}

    return run_tracked("heal", kind="heal", source_id=source_id, run_id=run_id, body=body, actor="doctor")


def _quarantine(source_id: int, run_id: str, reason: str, *, version_id: int | None = None) -> StepResult:
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        if version_id is not None:
            version = session.get(ScraperVersion, version_id)
            if version is not None:
                version.status = VersionStatus.QUARANTINED
        source.active = False
        audit.record(
            session,
            actor="doctor",
            action="source.quarantined",
            source_name=source.name,
            run_id=run_id,
            level="error",
            message=f"Source {source.name} quarantined and deactivated: {reason}",
        )
    return {"promoted": False, "quarantined": True, "reason": reason}
