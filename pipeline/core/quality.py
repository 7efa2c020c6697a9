"""Quality of each production run: counts, field completeness, type errors, duplicates, anomalies.

``assess_crawl`` runs once a crawl has finished. It reads the crawl's stats (what the Silver writer
counted record by record) and the values the run wrote, stores the figures in ``run_quality``, and
compares them with the source's earlier good runs; anything unusual flags the run and goes to the
audit log as a warning (what alerts and the Doctor read).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import get_settings
from pipeline.core import audit
from pipeline.core.anomaly import Anomaly, Figures, categorical_shares, detect, numeric_summary
from pipeline.core.crypto import open_record
from pipeline.core.db.models import Crawl, InvalidEntity, SilverEntity, Source
from pipeline.core.db.models import RunQuality as RunQualityRow
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.schema_registry import Schema, schema_for_version

__all__ = ["Anomaly", "RunQuality", "assess_crawl", "quality_history", "source_summary"]

_NUMERIC = ("price", "number", "rating")
_CATEGORICAL = ("text", "author")


@dataclass(frozen=True)
class RunQuality:
    crawl_id: int
    source_id: int
    records: int
    pages: int
    completeness: dict[str, float]  # field -> share of records with a value
    type_errors: dict[str, int]
    duplicates: int
    invalid: int
    anomalies: tuple[Anomaly, ...]


def _result(row: RunQualityRow) -> RunQuality:
    return RunQuality(
        crawl_id=row.crawl_id,
        source_id=row.source_id,
        records=row.records,
        pages=row.pages,
        completeness={k: float(v) for k, v in row.completeness.items()},
        type_errors={k: int(v) for k, v in row.type_errors.items()},
        duplicates=row.duplicates,
        invalid=row.invalid,
        anomalies=tuple(Anomaly(**a) for a in row.anomalies),
    )


def _numbers(value: object) -> list[float]:
    items = value if isinstance(value, list) else [value]
    found: list[float] = []
    for item in items:
        number = item.get("amount") if isinstance(item, dict) else item
        if isinstance(number, (int, float)) and not isinstance(number, bool):
            found.append(float(number))
    return found


def _values(session: Session, crawl: Crawl, schema: Schema | None) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """The run's numeric values per field, and its profile (numeric summaries, categorical shares)."""
    numeric: dict[str, list[float]] = {}
    texts: dict[str, list[str]] = {}
    rules = schema.fields if schema else {}
    rows = session.scalars(select(SilverEntity.data).where(SilverEntity.crawl_id == crawl.id))
    for data in rows:
        for name, rule in rules.items():
            value = data.get(name)
            if rule.type in _NUMERIC:
                numeric.setdefault(name, []).extend(_numbers(value))
            elif rule.type in _CATEGORICAL and isinstance(value, str) and not rule.sensitive:
                texts.setdefault(name, []).append(value)
    summaries = {name: s for name, vals in numeric.items() if (s := numeric_summary(vals))}
    shares = {name: s for name, vals in texts.items() if (s := categorical_shares(vals))}
    return numeric, {"numeric": summaries, "categorical": shares}


def _is_good(row: RunQualityRow) -> bool:
    return row.succeeded and not any(a.get("severity") == "error" for a in row.anomalies)


def _figures(row: RunQualityRow) -> Figures:
    return Figures(row.records, row.completeness, row.profile, row.invalid)


def _history(session: Session, crawl: Crawl, runs: int) -> list[Figures]:
    rows = session.scalars(
        select(RunQualityRow)
        .where(RunQualityRow.source_id == crawl.source_id, RunQualityRow.crawl_id < crawl.id)
        .order_by(RunQualityRow.crawl_id.desc())
        .limit(runs * 3)
    ).all()
    return [_figures(row) for row in rows if _is_good(row)][:runs]


def _counter(stats: Mapping[str, Any], prefix: str) -> dict[str, int]:
    return {key[len(prefix) :]: int(value) for key, value in stats.items() if key.startswith(prefix)}


def assess_crawl(session: Session, crawl_id: int) -> RunQuality:
    """Compute, store and return the quality of a finished crawl; a second call returns the stored figures."""
    stored = session.get(RunQualityRow, crawl_id)
    if stored is not None:
        return _result(stored)
    crawl = session.get(Crawl, crawl_id)
    if crawl is None:
        raise ConfigurationError(f"No crawl with id {crawl_id}; `sdp quality NAME` lists a source's runs.")
    settings = get_settings().quality
    schema = schema_for_version(session, crawl.version_id) if crawl.version_id else None
    stats = crawl.stats or {}
    present = _counter(stats, "sdp/field_present/")
    names = list(schema.fields) if schema else sorted(present)
    records = crawl.items
    completeness = {n: round(present.get(n, 0) / records, 4) if records else 0.0 for n in names}
    invalid = int(
        session.scalar(select(func.count()).select_from(InvalidEntity).where(InvalidEntity.crawl_id == crawl.id)) or 0
    )
    values, profile = _values(session, crawl, schema)
    current = Figures(records, completeness, profile, invalid)
    anomalies = detect(current, _history(session, crawl, settings.history_runs), settings, values=values)
    row = RunQualityRow(
        crawl_id=crawl.id,
        source_id=crawl.source_id,
        succeeded=crawl.status == "succeeded",
        records=records,
        pages=crawl.pages,
        duplicates=int(stats.get("sdp/duplicates", 0)),
        invalid=invalid,
        completeness=completeness,
        type_errors=_counter(stats, "sdp/type_errors/"),
        profile=profile,
        anomalies=[a.as_dict() for a in anomalies],
        flagged=bool(anomalies),
    )
    session.add(row)
    session.flush()
    if anomalies:
        source = session.get(Source, crawl.source_id)
        audit.record(
            session,
            actor="quality",
            action="quality.anomaly",
            source_name=source.name if source else None,
            run_id=crawl.run_id,
            level="warning",
            message=f"Crawl {crawl.id} looks unusual: " + "; ".join(a.message for a in anomalies),
            details={"crawl_id": crawl.id, "anomalies": row.anomalies},
        )
    return _result(row)


def quality_history(session: Session, source_id: int, limit: int = 30) -> list[RunQuality]:
    """The source's assessed runs, newest first."""
    rows = session.scalars(
        select(RunQualityRow)
        .where(RunQualityRow.source_id == source_id)
        .order_by(RunQualityRow.crawl_id.desc())
        .limit(limit)
    ).all()
    return [_result(row) for row in rows]


def success_rate(session: Session, source_id: int, runs: int = 30) -> float | None:
    """Share of the last production crawls that succeeded; None before the first one ends."""
    statuses = session.scalars(
        select(Crawl.status)
        .where(Crawl.source_id == source_id, Crawl.purpose == "production", Crawl.status != "running")
        .order_by(Crawl.id.desc())
        .limit(runs)
    ).all()
    return sum(s == "succeeded" for s in statuses) / len(statuses) if statuses else None


def source_summary(session: Session, source_id: int) -> dict[str, Any] | None:
    """The last run's figures in brief, for `sdp status`; None for a source never assessed."""
    last = quality_history(session, source_id, limit=1)
    if not last:
        return None
    run = last[0]
    filled = sum(run.completeness.values()) / len(run.completeness) if run.completeness else 0.0
    return {
        "crawl_id": run.crawl_id,
        "records": run.records,
        "completeness": round(filled, 3),
        "invalid": run.invalid,
        "duplicates": run.duplicates,
        "anomalies": [a.message for a in run.anomalies],
        "success_rate": success_rate(session, source_id),
    }


@dataclass(frozen=True)
class InvalidRecord:
    """A record kept aside, as shown by ``sdp quality``: where it came from and why (reasons in the clear)."""

    id: int
    crawl_id: int | None
    url: str
    reasons: list[str]


def recent_invalid(session: Session, source_id: int, limit: int = 10) -> list[InvalidRecord]:
    rows = session.scalars(
        select(InvalidEntity).where(InvalidEntity.source_id == source_id).order_by(InvalidEntity.id.desc()).limit(limit)
    ).all()
    return [InvalidRecord(row.id, row.crawl_id, row.url, list(open_record(row.reasons))) for row in rows]
