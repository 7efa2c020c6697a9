"""The onboarding chain: scout → build → validate → deploy → crawl (first extraction).

A step that fails for a passing reason (network, 5xx, 429, the database away) is FAILED with a
retry time like any crawl; beat resumes the chain from that step when the time comes. A
permanent failure, or the last attempt, quarantines the step and removes the half-built source.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from agents.builder import build_spider
from agents.fetch import Fetcher
from agents.runstore import RunPageStore
from agents.survey import scout_url
from config.settings import get_settings
from pipeline.core import audit, registry, taskstate
from pipeline.core.consent import collection_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, Source, Task, TaskState
from pipeline.core.exceptions import BuildError, PipelineError
from pipeline.core.schemas import PageProfile
from pipeline.core.sources import mark_ready, purge_source
from workers.crawling import crawl_source
from workers.tracking import StepResult, run_tracked, step_result
from workers.validation import validation_crawl

STEPS = ("scout", "build", "validate", "deploy", "crawl")


def _source_url(source_id: int) -> tuple[str, str]:
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise PipelineError(f"Source id {source_id} no longer exists.")
        return source.name, source.url


def scout(source_id: int, run_id: str) -> StepResult:
    def body() -> StepResult:
        name, url = _source_url(source_id)
        profile = scout_url(
            url,
            source_name=name,
            settings=collection_settings(name, get_settings()),
            store=RunPageStore(source_id, run_id),
        )
        return {
            "profile": profile.model_dump(mode="json"),
            "records_on_first_page": profile.record_count or len(profile.sample_records),
            "fields": profile.spec.field_names(),
        }

    return run_tracked("scout", kind="onboard", source_id=source_id, run_id=run_id, body=body)


def build(source_id: int, run_id: str) -> StepResult:
    def body() -> StepResult:
        profile = PageProfile.model_validate(step_result(run_id, "scout")["profile"])
        name, _ = _source_url(source_id)
        store = RunPageStore(source_id, run_id)
        with Fetcher(collection_settings(name, get_settings()).crawl, store=store) as fetcher:
            result = build_spider(name, profile, fetcher)
        with session_scope() as session:
            source = session.get(Source, source_id)
            assert source is not None
            version = registry.add_version(
                session,
                source,
                code=result.code,
                spec=result.spec,
                actor="builder",
                reason=f"built from {len(result.sample_urls)} sample page(s)",
                run_id=run_id,
                notes=profile.notes,  # why the Scout chose what the spec says, for `sdp show`
            )
            return {
                "version_id": version.id,
                "version": version.number,
                "sample_urls": list(result.sample_urls),
                "field_confidence": result.field_confidence,
                "sample_records": [dict(r) for r in result.sample_records],
            }

    return run_tracked("build", kind="onboard", source_id=source_id, run_id=run_id, body=body)


def validate(source_id: int, run_id: str) -> StepResult:
    """Run the stored code for real (Scrapy, own process) without writing data."""

    def body() -> StepResult:
        outcome = validation_crawl(int(step_result(run_id, "build")["version_id"]), run_id)
        if not outcome.succeeded:
            raise BuildError(f"The generated spider failed its test extraction: {outcome.error}.")
        return {"crawl_id": outcome.crawl_id, "items": outcome.items, "pages": outcome.pages}

    return run_tracked("validate", kind="onboard", source_id=source_id, run_id=run_id, body=body)


def deploy(source_id: int, run_id: str) -> StepResult:
    def body() -> StepResult:
        version_id = int(step_result(run_id, "build")["version_id"])
        with session_scope() as session:
            version = session.get(ScraperVersion, version_id)
            assert version is not None
            registry.promote(session, version, actor="builder", run_id=run_id)
            mark_ready(session, version.source)
            return {"version_id": version.id, "version": version.number}

    return run_tracked("deploy", kind="onboard", source_id=source_id, run_id=run_id, body=body)


def first_crawl(source_id: int, run_id: str) -> StepResult:
    return crawl_source(source_id, run_id, step="crawl", kind="onboard")


STEP_FUNCTIONS: dict[str, Callable[[int, str], StepResult]] = {
    "scout": scout,
    "build": build,
    "validate": validate,
    "deploy": deploy,
    "crawl": first_crawl,
}


def retry_at(run_id: str, step: str) -> datetime | None:
    """When step ``step`` of ``run_id`` runs again, if its failure passes by itself and attempts remain."""
    with session_scope() as session:
        task = session.scalar(select(Task).where(Task.run_id == run_id, Task.name == step))
        return task.next_attempt_at if task is not None and task.state == TaskState.FAILED else None


def abort(source_id: int, run_id: str, error: str, *, keep_dead_letter: bool = False) -> None:
    """A failed onboarding leaves no half-built source behind; its log stays readable.

    With ``keep_dead_letter`` (the workers: nobody may be watching) the failed step stays in the
    task table as QUARANTINED, detached from the deleted source, for ``sdp tasks list``.
    """
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is None:
            return
        name = source.name
        if keep_dead_letter:
            for task in taskstate.tasks_of_run(session, run_id):
                if task.state != TaskState.COMPLETED:
                    if task.state != TaskState.QUARANTINED:
                        taskstate.fail(task, task.error or error)  # no retry of a source that is gone
                    task.source_id = None  # outlives the purge below
            session.flush()
        purge_source(session, source, actor="onboarding", reason="onboarding failed")
        audit.record(
            session,
            actor="onboarding",
            action="onboarding.failed",
            source_name=name,
            run_id=run_id,
            level="error",
            message=f"Onboarding failed: {error}",
        )


def finish(source_id: int, run_id: str) -> None:
    with session_scope() as session:
        source = session.get(Source, source_id)
        if source is not None:
            audit.record(
                session,
                actor="onboarding",
                action="onboarding.completed",
                source_name=source.name,
                run_id=run_id,
                message=f"Onboarding of {source.name} completed",
            )
