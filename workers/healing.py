"""The Doctor's orchestration: judge each crawl, treat its failure class, and repair changed sites.

``judge_finished_crawl`` runs after every production crawl. ``heal`` runs after enough crawls in a
row were classified "site changed" (or by hand, ``sdp heal NAME``): it builds a baseline from the
last good run's Bronze pages, lets ``agents.doctor`` propose and test candidates on the live page,
stores the passing ones in staging, runs each through the real validation crawl, promotes the best
(never on a pinned source), records what was learnt, or quarantines the source and alerts.
"""

from __future__ import annotations

import statistics
from typing import Any

import structlog
from sqlalchemy import select

from agents.builder import build_spider
from agents.candidate import Baseline, Page, check_candidate
from agents.codegen import render_spider
from agents.doctor import Candidate, Diagnosis, LessonHint, LLMAsk, RepairReply, diagnose
from agents.fetch import Fetcher
from agents.survey import scout_url
from config.settings import Settings, get_settings
from pipeline.core import audit, knowledge, notify, registry, spectransform
from pipeline.core.bronze import read_body, site_pages
from pipeline.core.classify import Classification, apply_treatment, classify, health_of
from pipeline.core.consent import collection_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, ScraperVersion, Source, VersionStatus
from pipeline.core.exceptions import ConsentRequired, FetchFailed, PipelineError
from pipeline.core.extract import extract_records
from pipeline.core.judge import coverage_of, judge_crawl, record_judgement
from pipeline.core.schemas import ScraperSpec
from workers.tracking import StepResult, run_tracked
from workers.validation import VALIDATION_PAGES, validation_crawl

logger = structlog.get_logger(__name__)

#: Candidates that go through a real validation crawl, best first.
MAX_VALIDATED = 3


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
                _deactivate(
                    session, source, run_id, f"{verdict.reason} on {source.consecutive_failures + 1} runs in a row"
                )
    return verdict


def heal(source_id: int, run_id: str) -> StepResult:
    """Diagnose, validate, promote or quarantine; the result says what was tried and why."""

    def body() -> StepResult:
        settings = get_settings()
        with session_scope() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise PipelineError(f"Source id {source_id} no longer exists.")
            production = registry.production_version(session, source)
            if production is None:
                raise PipelineError(f"Source {source.name} has no production version to repair; roll back first.")
            name, url, pinned = source.name, source.url, source.pinned
            spec = registry.spec_of(production)
            classification = health_of(session, source).last_class
            baseline, live_urls = load_baseline(session, source, spec, settings.doctor.lookback)
            lessons = [
                LessonHint(lesson.id, lesson.change, dict(lesson.transform))
                for lesson in knowledge.matching_lessons(session, error_type="site_changed", url=url)
            ]
        report: StepResult = {"classification": classification, "promoted": False}
        if baseline is None:
            return _give_up(source_id, run_id, report, "no good run in Bronze to compare the live page with")
        try:
            settings = collection_settings(name, settings)
        except ConsentRequired as exc:
            return _give_up(source_id, run_id, report, str(exc))
        with Fetcher(settings.crawl) as fetcher:
            try:
                live = [_page(fetcher, u, spec.render == "browser") for u in live_urls]
            except FetchFailed as exc:
                report["reason"] = f"the live page could not be fetched ({exc}); nothing was changed"
                return report
            still = check_candidate(
                spec,
                live,
                baseline,
                min_items_ratio=settings.doctor.min_items_ratio,
                min_field_coverage=settings.doctor.min_field_coverage,
            )
            if still.complete:
                report["reason"] = "the production version still extracts the live page correctly; nothing to repair"
                return report
            diagnosis = diagnose(
                baseline,
                live,
                lessons,
                settings,
                ask_llm=_llm(settings, name),
                rebuild=lambda: _rebuild(name, url, settings, fetcher),
                fetch_rendered=lambda u: _page(fetcher, u, True),
                fetch_page=lambda u: _page(fetcher, u, False),
            )
        report |= _diagnosis_view(diagnosis) | {"pages": [p.url for p in live]}
        _record_diagnosis(name, run_id, diagnosis, baseline, live)
        return _validate_and_promote(source_id, run_id, name, pinned, baseline, diagnosis, report)

    return run_tracked("heal", kind="heal", source_id=source_id, run_id=run_id, body=body, actor="doctor")


def load_baseline(session: Any, source: Source, spec: ScraperSpec, lookback: int) -> tuple[Baseline | None, list[str]]:
    """The last good production run: its pages, the records they give, its usual rates."""
    good = session.scalars(
        select(Crawl)
        .where(Crawl.source_id == source.id, Crawl.purpose == "production", Crawl.status == "succeeded")
        .order_by(Crawl.id.desc())
        .limit(lookback)
    ).all()
    pages: list[Page] = []
    for crawl in good:
        rows = session.scalars(site_pages(crawl.id).limit(VALIDATION_PAGES)).all()
        pages = [Page(row.final_url, read_body(session, row)) for row in rows if 200 <= row.status < 300]
        if pages:
            break
    if not pages:
        return None, [spec.first_url]
    old = session.get(ScraperVersion, crawl.version_id) if crawl.version_id else None
    old_spec = registry.spec_of(old) if old is not None else spec
    known = tuple(r for p in pages for r in extract_records(p.body, p.url, old_spec))
    names = spec.field_names()
    coverage = {n: statistics.mean(coverage_of(c, [n])[n] for c in good) for n in names}
    per_page = statistics.median(c.items / max(c.pages, 1) for c in good)
    return Baseline(spec, tuple(pages), known, per_page, coverage), [p.url for p in pages]


def _page(fetcher: Fetcher, url: str, render: bool) -> Page:
    fetched = fetcher.fetch(url, render=render)
    return Page(fetched.final_url, fetched.body)


def _llm(settings: Settings, source_name: str) -> LLMAsk | None:
    if settings.llm.provider == "offline":
        return None
    from agents.llm.gateway import ask_structured  # noqa: PLC0415 - LangChain only when an LLM is configured

    def ask(messages: list[tuple[str, str]]) -> RepairReply | None:
        answer = ask_structured(messages, RepairReply, settings.llm, agent="doctor", source_name=source_name)
        return answer.reply if answer is not None else None

    return ask


def _rebuild(name: str, url: str, settings: Settings, fetcher: Fetcher) -> ScraperSpec:
    return build_spider(name, scout_url(url, source_name=name, settings=settings), fetcher).spec


def _diagnosis_view(diagnosis: Diagnosis) -> StepResult:
    return {
        "diff": diagnosis.diff.summary() if diagnosis.diff else [],
        "candidates": [c.as_evidence() for c in diagnosis.candidates],
        "notes": diagnosis.notes,
        "diagnosis_seconds": round(diagnosis.seconds, 3),
    }


def _record_diagnosis(name: str, run_id: str, diagnosis: Diagnosis, baseline: Baseline, live: list[Page]) -> None:
    with session_scope() as session:
        for lesson_id, success in diagnosis.lesson_results.items():
            knowledge.record_try(session, lesson_id, success=success)
        audit.record(
            session,
            actor="doctor",
            action="heal.diagnosed",
            source_name=name,
            run_id=run_id,
            message=f"{len(diagnosis.candidates)} candidate(s) tested on the live page {live[0].url}, "
            f"{sum(c.check.passed for c in diagnosis.candidates)} passed "
            f"(diffed against the last good copy of {baseline.pages[0].url})",
            details={
                "diff": diagnosis.diff.as_evidence() if diagnosis.diff else {},
                "baseline_pages": [p.url for p in baseline.pages],
                "live_pages": [p.url for p in live],
                **_diagnosis_view(diagnosis),
            },
        )


def _validate_and_promote(
    source_id: int, run_id: str, name: str, pinned: bool, baseline: Baseline, diagnosis: Diagnosis, report: StepResult
) -> StepResult:
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
                    message=f"Version {number} ({candidate.origin}) failed its validation crawl: {outcome.error}",
                    details=evidence,
                )
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
    return _give_up(source_id, run_id, report, reason)


def _learn(session: Any, baseline: Baseline, candidate: Candidate, source: Source) -> None:
    if candidate.lesson_id is not None:
        return  # the lesson's own counts were updated with the diagnosis
    if candidate.spec.json_source is not None or baseline.spec.json_source is not None:
        # Records moving into (or out of) JSON data is no selector transform another source could reuse.
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


def _give_up(source_id: int, run_id: str, report: StepResult, reason: str) -> StepResult:
    settings = get_settings()
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        _deactivate(session, source, run_id, reason)
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


def _deactivate(session: Any, source: Source, run_id: str, reason: str) -> None:
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
