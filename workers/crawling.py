"""Production crawls of deployed sources, and the verdict that feeds the Doctor."""

from __future__ import annotations

from config.settings import get_settings
from pipeline.core import audit, registry
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.exceptions import CrawlFailed, PipelineError
from spiders.runner import run_crawl_process
from workers.tracking import StepResult, run_tracked


def crawl_source(source_id: int, run_id: str, *, step: str = "crawl", kind: str = "crawl") -> StepResult:
    """Crawl the production version of a source; raises CrawlFailed when nothing usable came back."""

    def body() -> StepResult:
        settings = get_settings()
        with session_scope() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise PipelineError(f"Source id {source_id} no longer exists.")
            version = registry.production_version(session, source)
            if version is None:
                raise CrawlFailed(f"Source {source.name} has no production version; run `sdp add` again or roll back.")
            crawl_id = open_crawl(session, source, version, run_id=run_id).id
            version_number = version.number
        outcome = run_crawl_process(crawl_id, timeout_s=settings.crawl.timeout_s)
        with session_scope() as session:
            source = session.get(Source, source_id)
            assert source is not None
            if outcome.succeeded:
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
                    message=f"Crawl {crawl_id} failed ({outcome.error}); "
                    f"{source.consecutive_failures} failure(s) in a row",
                )
        if not outcome.succeeded:
            raise CrawlFailed(f"Crawl {crawl_id} of version {version_number} failed: {outcome.error}")
        return {"crawl_id": crawl_id, "version": version_number, "items": outcome.items, "pages": outcome.pages}

    return run_tracked(step, kind=kind, source_id=source_id, run_id=run_id, body=body)


def needs_heal(source_id: int) -> bool:
    threshold = get_settings().crawl.failures_before_heal
    with session_scope() as session:
        source = session.get(Source, source_id)
        return source is not None and source.active and source.consecutive_failures >= threshold
