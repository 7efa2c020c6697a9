"""What ``sdp run --once`` and the beat tick do: reap, pick due sources, crawl, heal, re-run."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from pipeline.core import taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import CrawlFailed, PipelineError
from pipeline.core.sources import claim_due_sources, get_source
from workers.crawling import crawl_source, needs_heal
from workers.healing import heal


@dataclass
class RunReport:
    source: str
    run_id: str
    ok: bool
    items: int = 0
    error: str | None = None
    healed: bool | None = None
    notes: list[str] = field(default_factory=list)


def new_run_id() -> str:
    return str(uuid.uuid4())


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


def run_once(source_name: str | None = None) -> list[RunReport]:
    return [crawl_with_healing(source_id, name) for source_id, name in due_source_ids(source_name)]
