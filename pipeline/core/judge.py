"""Judge a finished crawl: not only "did it raise", but "is what came back usable".

A crawl is weighed against the source's recent history (item count, field coverage), its schema
(value types) and what the fetched pages look like (ban and rate-limit statuses, error, login,
captcha and maintenance pages served with status 200). The quality report of
``pipeline.core.quality.assess_crawl`` is used when that module is installed.
"""

from __future__ import annotations

import importlib
import re
import statistics
from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any

import structlog
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import DoctorSettings
from pipeline.core.bronze import read_body, site_pages
from pipeline.core.db.models import Crawl, ScraperVersion, SilverEntity
from pipeline.core.extract import decode_html, make_selector, node_text
from pipeline.core.schemas import ScraperSpec

logger = structlog.get_logger(__name__)

#: Bodies larger than this are only searched in their first part for error markers.
_SCAN_CHARS = 200_000
#: A page with less visible text than this, or with the marker in its title or heading, is an error page.
_SMALL_PAGE = 3000
_MARKERS: dict[str, tuple[str, ...]] = {
    "captcha": (
        "captcha",
        "g-recaptcha",
        "h-captcha",
        "cf-challenge",
        "are you a robot",
        "verify you are human",
        "unusual traffic",
    ),
    "access_denied": ("access denied", "403 forbidden", "request blocked", "you have been blocked", "not authorized"),
    "maintenance": (
        "under maintenance",
        "down for maintenance",
        "scheduled maintenance",
        "temporarily unavailable",
        "be right back",
        "service unavailable",
    ),
    "not_found": ("page not found", "404 not found", "no longer available"),
}
_LOGIN_WORDS = re.compile(r"\b(log ?in|sign ?in|password)\b", re.IGNORECASE)
_PASSWORD_INPUT = re.compile(rb"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)
_NUMERIC = ("price", "rating", "number")


@dataclass(frozen=True)
class PageSignal:
    url: str
    status: int
    marker: str | None = None
    retry_after: str | None = None


@dataclass
class Judgement:
    ok: bool
    problems: list[str]
    items: int
    pages: int
    usual_items: float | None
    coverage: dict[str, float] = field(default_factory=dict)
    usual_coverage: dict[str, float] = field(default_factory=dict)
    type_errors: int = 0
    signals: list[PageSignal] = field(default_factory=list)
    quality: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def page_marker(body: bytes, status: int) -> str | None:
    """What kind of error page ``body`` is (login, captcha, access_denied, maintenance, not_found), if any."""
    head = body[:_SCAN_CHARS]
    page = make_selector(decode_html(head), "http://page.invalid/")
    body_nodes = page.css("body")
    text = node_text(body_nodes[0]) if body_nodes else ""
    headline = " ".join(page.css("title::text, h1 ::text, h2 ::text").getall()).lower()
    small = len(text) < _SMALL_PAGE
    if _PASSWORD_INPUT.search(head) and (small or _LOGIN_WORDS.search(headline)):
        return "login"
    lowered = text.lower()
    for marker, words in _MARKERS.items():
        if any(w in headline for w in words) or (small and any(w in lowered for w in words)):
            return marker
        if marker == "captcha" and any(w.encode() in head.lower() for w in words[1:4]):
            return marker
    return None


def page_signals(session: Session, crawl_id: int) -> list[PageSignal]:
    signals = []
    for page in session.scalars(site_pages(crawl_id)):
        retry = page.headers.get("retry-after") if isinstance(page.headers, dict) else None
        retry_after = str(retry[0] if isinstance(retry, list) and retry else retry) if retry else None
        try:
            marker = page_marker(read_body(session, page), page.status)
        except Exception as exc:  # a corrupt or undecodable body says nothing about the site
            logger.warning("Could not scan a Bronze page for error markers", page=page.id, error=str(exc))
            marker = None
        signals.append(PageSignal(url=page.url, status=page.status, marker=marker, retry_after=retry_after))
    return signals


def history(session: Session, crawl: Crawl, lookback: int) -> list[Crawl]:
    """The source's last good production crawls before ``crawl``, newest first."""
    return list(
        session.scalars(
            select(Crawl)
            .where(
                Crawl.source_id == crawl.source_id,
                Crawl.purpose == "production",
                Crawl.status == "succeeded",
                Crawl.id < crawl.id,
            )
            .order_by(Crawl.id.desc())
            .limit(lookback)
        ).all()
    )


def coverage_of(crawl: Crawl, names: list[str]) -> dict[str, float]:
    items = crawl.items or 0
    stats = crawl.stats or {}
    return {n: (float(stats.get(f"sdp/field_present/{n}", 0)) / items if items else 0.0) for n in names}


def _type_errors(session: Session, crawl: Crawl, spec: ScraperSpec) -> int:
    kinds = {f.name: f.type for f in spec.fields}
    errors = 0
    rows = session.scalars(select(SilverEntity.data).where(SilverEntity.crawl_id == crawl.id).limit(200)).all()
    for data in rows:
        for name, value in data.items():
            kind = kinds.get(name)
            if value in (None, "", []) or kind is None:
                continue
            expected: tuple[type, ...] = (
                (dict,)
                if kind == "price"
                else (int, float, list)
                if kind in _NUMERIC
                else (list,)
                if kind == "tags"
                else (str, list)
            )
            if not isinstance(value, expected):
                errors += 1
    return errors


def _quality_report(session: Session, crawl_id: int) -> dict[str, Any] | None:
    """H3's quality report when ``pipeline.core.quality`` exists; None otherwise."""
    try:
        module = importlib.import_module("pipeline.core.quality")
    except ImportError:
        return None
    assess = getattr(module, "assess_crawl", None)
    if assess is None:
        return None
    try:
        report = assess(session, crawl_id)
    except Exception as exc:  # the judge must still judge when the quality layer fails
        logger.warning("Quality assessment failed; judging from crawl stats", crawl=crawl_id, error=str(exc))
        return None
    if is_dataclass(report) and not isinstance(report, type):
        return asdict(report)
    dump = getattr(report, "model_dump", None)
    return dict(dump()) if callable(dump) else None


def judge_crawl(session: Session, crawl_id: int, settings: DoctorSettings) -> Judgement:
    crawl = session.get(Crawl, crawl_id)
    assert crawl is not None, f"crawl {crawl_id} vanished"
    version = session.get(ScraperVersion, crawl.version_id) if crawl.version_id else None
    spec = ScraperSpec.model_validate(version.spec) if version is not None else None
    names = spec.field_names() if spec else []
    past = history(session, crawl, settings.lookback)
    usual_items = statistics.median(c.items for c in past) if past else None
    # Coverage is weighed against runs of the same version only: a repair that accepted a field the
    # site removed must not be judged broken forever by the runs before it.
    same_version = [c for c in past if c.version_id == crawl.version_id]
    usual_coverage = (
        {n: statistics.mean(coverage_of(c, [n])[n] for c in same_version) for n in names} if same_version else {}
    )
    coverage = coverage_of(crawl, names)
    problems: list[str] = []
    if crawl.error:
        problems.append(crawl.error)
    elif usual_items and crawl.items < settings.min_items_ratio * usual_items:
        problems.append(f"{crawl.items} records where the source usually gives {usual_items:g}")
    if crawl.items:
        for name, usual in usual_coverage.items():
            if usual >= 0.5 and coverage[name] < settings.min_field_coverage * usual:
                problems.append(f"field {name} filled in {coverage[name]:.0%} of records (usually {usual:.0%})")
    type_errors = _type_errors(session, crawl, spec) if spec is not None else 0
    if crawl.items and type_errors > 0.2 * crawl.items * max(len(names), 1):
        problems.append(f"{type_errors} values of the wrong type for the source's schema")
    signals = page_signals(session, crawl.id)
    fetched = [s for s in signals if 200 <= s.status < 300]
    if signals and fetched and all(s.marker for s in fetched) and not crawl.items:
        problems.append(f"the site served {fetched[0].marker.replace('_', ' ')} pages")  # type: ignore[union-attr]
    quality = _quality_report(session, crawl.id)
    return Judgement(
        ok=not problems,
        problems=problems,
        items=crawl.items,
        pages=crawl.pages,
        usual_items=usual_items,
        coverage={k: round(v, 3) for k, v in coverage.items()},
        usual_coverage={k: round(v, 3) for k, v in usual_coverage.items()},
        type_errors=type_errors,
        signals=signals,
        quality=quality,
    )


def record_judgement(session: Session, crawl_id: int, judgement: Judgement) -> None:
    """Keep the verdict on the crawl row; a crawl judged unusable is failed whatever Scrapy said."""
    crawl = session.get(Crawl, crawl_id)
    assert crawl is not None
    crawl.stats = {**(crawl.stats or {}), "sdp/judgement": _compact(judgement)}
    if not judgement.ok and crawl.status == "succeeded":
        crawl.status = "failed"
        crawl.error = "; ".join(judgement.problems)


def _compact(judgement: Judgement) -> dict[str, Any]:
    data = judgement.as_dict()
    data["signals"] = data["signals"][:20]
    return data
