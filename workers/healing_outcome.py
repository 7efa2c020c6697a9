"""How a repair ends: a candidate validated in staging and promoted (or proposed), or quarantine.

The passing candidates of a diagnosis go, best first, through the same gates as any version: stored
in staging, run through a real validation crawl, then promoted — only proposed on a pinned source —
and the fix is learnt as a Knowledge Base lesson. When none survives, the source is deactivated and
an administrator alerted.
"""

from __future__ import annotations

import structlog
from sqlalchemy.orm import Session

from agents.candidate import Baseline
from agents.codegen import render_spider
from agents.doctor import Candidate, Diagnosis
from config.settings import get_settings
from pipeline.core import audit, knowledge, notify, registry, spectransform
from pipeline.core.classify import health_of
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, Source, VersionStatus
from pipeline.core.exceptions import PipelineError
from workers.tracking import StepResult
from workers.validation import validation_crawl

logger = structlog.get_logger(__name__)

#: Candidates that go through a real validation crawl, best first.
MAX_VALIDATED = 3


def validate_and_promote(
    source_id: int, run_id: str, name: str, pinned: bool, baseline: Baseline, diagnosis: Diagnosis, report: StepResult
) -> StepResult:
    """Validate the best passing candidates in staging; promote the first that holds, else give up."""
    passing = sorted((c for c in diagnosis.candidates if c.check.passed), key=lambda c: c.check.score, reverse=True)
    for candidate in passing[:MAX_VALIDATED]:
        with session_scope() as session:
            source = session.get(Source, source_id)
            assert source is not None
            version = registry.add_version(
                session,
                source,
                code=render_spider(name, candidate.spec),
                spec=candidate.spec,
                actor="doctor",
                reason=f"repair candidate: {candidate.origin}",
                run_id=run_id,
            )
            version_id, number = version.id, version.number
        outcome = validation_crawl(version_id, run_id)
        evidence = {**candidate.as_evidence(), "validation_items": outcome.items, "validation_error": outcome.error}
        if not outcome.succeeded:
            _reject(version_id, name, run_id, f"Version {number} ({candidate.origin})", outcome.error, evidence)
            continue
        report |= {"version": number, "origin": candidate.origin, "evidence": evidence}
        with session_scope() as session:
            staged = session.get(ScraperVersion, version_id)
            assert staged is not None
            if pinned:
                audit.record(
                    session,
                    actor="doctor",
                    action="heal.proposed",
                    source_name=name,
                    run_id=run_id,
                    level="warning",
                    message=f"Source is pinned: version {number} ({candidate.origin}) proposed, not promoted",
                    details=evidence,
                )
                return report | {"proposed": number}
            registry.promote(session, staged, actor="doctor", run_id=run_id)
            staged.source.consecutive_failures = 0
            health_of(session, staged.source).changed_streak = 0
            audit.record(
                session,
                actor="doctor",
                action="heal.promoted",
                source_name=name,
                run_id=run_id,
                message=f"Repaired by {candidate.origin}: version {number} validated and promoted",
                details=evidence,
            )
            _learn(session, baseline, candidate, staged.source)
        return report | {"promoted": True}
    reason = (
        "no candidate passed the test extraction"
        if not passing
        else f"{len(passing[:MAX_VALIDATED])} candidate(s) failed their validation crawl"
    )
    return give_up(source_id, run_id, report, reason)


def _reject(version_id: int, name: str, run_id: str, what: str, error: str | None, evidence: StepResult) -> None:
    with session_scope() as session:
        rejected = session.get(ScraperVersion, version_id)
        assert rejected is not None
        rejected.status = VersionStatus.QUARANTINED
        audit.record(
            session,
            actor="doctor",
            action="heal.candidate_rejected",
            source_name=name,
            run_id=run_id,
            level="warning",
            message=f"{what} failed its validation crawl: {error}",
            details=evidence,
        )


def _learn(session: Session, baseline: Baseline, candidate: Candidate, source: Source) -> None:
    if candidate.lesson_id is not None:
        return  # the lesson's own counts were updated with the diagnosis
    if candidate.spec.json_source is not None or baseline.spec.json_source is not None:
        # Records moving into (or out of) JSON data is no selector transform another source could reuse.
        return
    if {f.name: f.scope for f in candidate.spec.fields} != {f.name: f.scope for f in baseline.spec.fields}:
        # Nor is a field moving out of its record into the row above: a transform carries no scope.
        return
    try:
        change, transform = spectransform.derive(baseline.spec, candidate.spec)
        knowledge.learn(
            session,
            change=change,
            transform=transform,
            description=f"{change} on {source.name}: fixed by {candidate.origin}",
            error_type="site_changed",
            url=source.url,
            source_name=source.name,
            evidence=candidate.check.as_evidence(),
        )
    except PipelineError as exc:  # a fix no lesson can express must not undo its validated promotion
        logger.info("no lesson learnt", source=source.name, reason=str(exc))


def give_up(source_id: int, run_id: str, report: StepResult, reason: str) -> StepResult:
    """Quarantine the source and alert: the Doctor could not repair it."""
    settings = get_settings()
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        quarantine_source(session, source, run_id, reason)
        notify.alert(
            session,
            settings.doctor,
            source_name=source.name,
            kind="heal_failed",
            message=f"the Doctor could not repair the spider: {reason}",
            details={"candidates": report.get("candidates", [])},
            run_id=run_id,
        )
    return report | {"quarantined": True, "reason": reason}


def quarantine_source(session: Session, source: Source, run_id: str, reason: str) -> None:
    """Deactivate ``source`` until a person fixes the cause and runs ``sdp activate``."""
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
