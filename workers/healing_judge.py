"""After every production crawl: judge it, classify its failure, apply the treatment, alert a person.

Transient failures back off, blocked sources and error pages alert (and are deactivated once they
fail ``crawl.failures_before_heal`` times in a row); a changed site is left to ``workers.healing``.
"""

from __future__ import annotations

from config.settings import get_settings
from pipeline.core import audit, notify
from pipeline.core.classify import Classification, apply_treatment, classify
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, Source
from pipeline.core.judge import judge_crawl, record_judgement
from workers.healing_outcome import quarantine_source


def judge_finished_crawl(source_id: int, crawl_id: int, run_id: str) -> Classification:
    """Judge and classify a production crawl, apply the treatment, alert when a person must act."""
    settings = get_settings()
    with session_scope() as session:
        judgement = judge_crawl(session, crawl_id, settings.doctor)
        record_judgement(session, crawl_id, judgement)
        crawl = session.get(Crawl, crawl_id)
        source = session.get(Source, source_id)
        assert crawl is not None and source is not None
        verdict = classify(judgement, crawl.stats, error=crawl.error)
        health = apply_treatment(session, source, verdict, settings.doctor)
        audit.record(
            session,
            actor="doctor",
            action="crawl.classified",
            source_name=source.name,
            run_id=run_id,
            level="info" if verdict.kind == "ok" else "warning",
            message=f"Crawl {crawl_id} judged {verdict.kind}: {verdict.reason} (treatment: {verdict.treatment})",
            details={"crawl": crawl_id, "class": verdict.kind, "politeness": health.politeness, **verdict.evidence},
        )
        if verdict.treatment == "alert":
            health.last_alert = verdict.reason
            notify.alert(
                session,
                settings.doctor,
                source_name=source.name,
                kind=verdict.kind,
                message=f"{verdict.reason}; not repaired automatically",
                details=verdict.evidence,
                run_id=run_id,
            )
            if source.consecutive_failures + 1 >= settings.crawl.failures_before_heal:
                quarantine_source(
                    session, source, run_id, f"{verdict.reason} on {source.consecutive_failures + 1} runs in a row"
                )
    return verdict
