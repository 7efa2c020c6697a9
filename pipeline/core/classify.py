"""Classify a failed crawl and decide its treatment; only "site changed" goes to repair.

| class          | evidence                                                    | treatment                 |
|----------------|-------------------------------------------------------------|---------------------------|
| network        | no page fetched, DNS / connection errors in the crawl stats | back off, crawl slower    |
| timeout        | the crawl was killed at its time limit, download timeouts   | back off, crawl slower    |
| rate_limited   | 429 or 503 with Retry-After                                 | back off, crawl slower    |
| blocked        | 403, captcha or "access denied" pages                       | alert, back off           |
| error_page     | login, maintenance or "not found" pages served with 200     | alert, never healed       |
| http_status    | other 4xx/5xx answers                                       | back off (5xx), alert (4xx)|
| parse_error    | the spider raised errors on pages that look normal          | alert                     |
| empty          | normal pages with next to no content                        | back off                  |
| site_changed   | normal pages, but records or usual fields are gone          | repair after N in a row   |
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from config.settings import DoctorSettings
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import Source, SourceHealth
from pipeline.core.judge import Judgement

TRANSIENT = ("network", "timeout", "rate_limited", "empty")
ALERTS = ("blocked", "error_page", "parse_error")
_NETWORK_STATS = ("downloader/exception_type_count/", "dns", "connection")


@dataclass(frozen=True)
class Classification:
    kind: str
    reason: str
    treatment: str
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def repairable(self) -> bool:
        return self.kind == "site_changed"


def classify(judgement: Judgement, stats: dict[str, Any], *, error: str | None) -> Classification:
    """The failure class of one judged crawl, from its stats and the pages it fetched."""
    evidence: dict[str, Any] = {"problems": judgement.problems, "items": judgement.items}
    if judgement.ok:
        return Classification("ok", "the crawl is usable", "none", evidence)
    statuses = Counter(s.status for s in judgement.signals)
    markers = Counter(s.marker for s in judgement.signals if s.marker)
    evidence |= {"statuses": dict(statuses), "markers": dict(markers)}
    text = (error or "").lower()
    if "exceeded its" in text or stats.get("finish_reason") == "closespider_timeout":
        return Classification("timeout", error or "the crawl ran out of time", "backoff", evidence)
    if statuses.get(429) or any(s.retry_after for s in judgement.signals if s.status in (429, 503)):
        retry = next((s.retry_after for s in judgement.signals if s.retry_after), None)
        return Classification(
            "rate_limited", "the site answers 429 / asks to retry later", "backoff", evidence | {"retry_after": retry}
        )
    if statuses.get(403) or markers.get("captcha") or markers.get("access_denied"):
        what = "a captcha" if markers.get("captcha") else "403 / access denied"
        return Classification("blocked", f"the site blocks the crawler ({what})", "alert", evidence)
    fetched_ok = sum(n for status, n in statuses.items() if 200 <= status < 300)
    if not judgement.signals or not stats.get("response_received_count"):
        errors = {k: v for k, v in stats.items() if any(w in k.lower() for w in _NETWORK_STATS)}
        return Classification("network", error or "no page could be fetched", "backoff", evidence | {"errors": errors})
    for marker in ("login", "maintenance", "not_found"):
        if markers.get(marker) and markers[marker] >= max(1, fetched_ok // 2):
            return Classification("error_page", f"the site serves a {marker.replace('_', ' ')} page", "alert", evidence)
    if not fetched_ok:
        worst = max(statuses, key=lambda s: statuses[s])
        treatment = "backoff" if worst >= 500 else "alert"
        return Classification("http_status", f"the site answers HTTP {worst}", treatment, evidence)
    if stats.get("log_count/ERROR") and "spider raised" in text:
        return Classification("parse_error", error or "the spider raised errors", "alert", evidence)
    if _looks_empty(stats, judgement):
        return Classification("empty", "the pages hold next to no content", "backoff", evidence)
    return Classification("site_changed", "; ".join(judgement.problems) or "records are gone", "repair", evidence)


def _looks_empty(stats: dict[str, Any], judgement: Judgement) -> bool:
    size = stats.get("response_received_count", 0) and stats.get("downloader/response_bytes", 0)
    return bool(judgement.items == 0 and size and size < 400)


def health_of(session: Session, source: Source) -> SourceHealth:
    health = session.get(SourceHealth, source.id)
    if health is None:
        health = SourceHealth(source_id=source.id, last_class="ok", changed_streak=0, politeness=1.0)
        session.add(health)
        session.flush()
    return health


def apply_treatment(
    session: Session, source: Source, verdict: Classification, settings: DoctorSettings
) -> SourceHealth:
    """Update the source's streaks and politeness, and push its next run back after transient failures."""
    health = health_of(session, source)
    if verdict.kind == "ok":
        health.changed_streak = 0
        health.politeness = 1.0
    elif verdict.kind == "site_changed":
        health.changed_streak += 1
    else:
        health.changed_streak = 0
        if verdict.treatment == "backoff" or verdict.kind in ("blocked",):
            health.politeness = min(settings.max_politeness, max(health.politeness, 1.0) * settings.politeness_step)
            wait = settings.backoff_base_s * health.politeness
            retry = _seconds(verdict.evidence.get("retry_after"))
            source.next_run_at = utcnow() + timedelta(seconds=max(wait, retry))
    health.last_class = verdict.kind
    return health


def paced_delay(session: Session, source_id: int, delay_s: float) -> float:
    """The delay between a source's requests once its politeness is applied.

    A site that rate-limited or blocked us waits longer before the next run and is also crawled
    more slowly (``delay_s`` times its politeness) until a run succeeds again.
    """
    health = session.get(SourceHealth, source_id)
    return delay_s * max(1.0, health.politeness) if health is not None else delay_s


def _seconds(retry_after: object) -> float:
    try:
        return float(str(retry_after)) if retry_after else 0.0
    except ValueError:
        return 0.0  # an HTTP date: the politeness wait applies


def heal_due(session: Session, source: Source, threshold: int) -> bool:
    health = session.get(SourceHealth, source.id)
    return bool(source.active and health is not None and health.changed_streak >= threshold)
