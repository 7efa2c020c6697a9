"""The Doctor's repair of a changed site: baseline, live page, diagnosis, then validation.

``heal`` runs after enough crawls in a row were classified "site changed" (or by hand, ``sdp heal
NAME``): it builds a baseline from the last good run's Bronze pages, lets ``agents.doctor`` propose
and test candidates on the live page, records the diagnosis, and hands the passing candidates to
``workers.healing_outcome`` (validate in staging, promote or quarantine). Judging every crawl is
``workers.healing_judge``; ``judge_finished_crawl`` is re-exported here for its callers.
"""

from __future__ import annotations

import statistics

from sqlalchemy import select
from sqlalchemy.orm import Session

from agents.builder import build_spider
from agents.candidate import Baseline, Page, check_candidate
from agents.doctor import Diagnosis, LessonHint, LLMAsk, RepairReply, diagnose
from agents.fetch import Fetcher
from agents.survey import scout_url
from config.settings import Settings, get_settings
from pipeline.core import audit, knowledge, registry
from pipeline.core.bronze import read_body, site_pages
from pipeline.core.classify import health_of
from pipeline.core.consent import collection_settings
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, ScraperVersion, Source
from pipeline.core.exceptions import ConsentRequired, FetchFailed, PipelineError
from pipeline.core.extract import extract_records
from pipeline.core.judge import coverage_of
from pipeline.core.schemas import ScraperSpec
from workers.healing_judge import judge_finished_crawl
from workers.healing_outcome import give_up, validate_and_promote
from workers.tracking import StepResult, run_tracked
from workers.validation import VALIDATION_PAGES

__all__ = ["heal", "judge_finished_crawl", "load_baseline"]


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
            return give_up(source_id, run_id, report, "no good run in Bronze to compare the live page with")
        try:
            settings = collection_settings(name, settings)
        except ConsentRequired as exc:
            return give_up(source_id, run_id, report, str(exc))
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
        return validate_and_promote(source_id, run_id, name, pinned, baseline, diagnosis, report)

    return run_tracked("heal", kind="heal", source_id=source_id, run_id=run_id, body=body, actor="doctor")


def load_baseline(
    session: Session, source: Source, spec: ScraperSpec, lookback: int
) -> tuple[Baseline | None, list[str]]:
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
