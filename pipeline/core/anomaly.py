"""Anomalies of a run against the source's own history, with robust statistics (median and MAD).

One unusual run never moves a median much, so a source that breaks once is still judged against
its good runs. With little history the checks fall back on plain shares of the usual value
(``drop_ratio``), so the second run of a source is already protected against a sudden drop.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from config.settings import QualitySettings

#: Scales a MAD to a standard deviation for normally distributed figures.
_MAD_SCALE = 1.4826
_MIN_VALUES = 5
_MAX_CATEGORIES = 20


@dataclass(frozen=True)
class Anomaly:
    kind: str
    field: str | None
    message: str
    severity: str  # "warning" | "error"

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "field": self.field, "message": self.message, "severity": self.severity}


@dataclass(frozen=True)
class Figures:
    """What a run is judged by: its record count, field completeness and value profile."""

    records: int
    completeness: Mapping[str, float]
    profile: Mapping[str, Any] = field(default_factory=dict)
    invalid: int = 0


def _spread(values: Sequence[float], center: float, k: float) -> float:
    return k * _MAD_SCALE * median(abs(v - center) for v in values)


def _percentile(ordered: Sequence[float], share: float) -> float:
    position = (len(ordered) - 1) * share
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def numeric_summary(values: Sequence[float]) -> dict[str, float] | None:
    if len(values) < _MIN_VALUES:
        return None
    ordered = sorted(values)
    return {
        "n": len(ordered),
        "median": median(ordered),
        "p05": _percentile(ordered, 0.05),
        "p95": _percentile(ordered, 0.95),
    }


def categorical_shares(values: Sequence[str]) -> dict[str, float] | None:
    """Shares of each value, when the field looks categorical (few distinct values, repeated)."""
    counts = Counter(values)
    if len(values) < 2 * _MIN_VALUES or len(counts) > min(_MAX_CATEGORIES, len(values) / 2):
        return None
    return {value: round(count / len(values), 4) for value, count in counts.items()}


def _count_drop(current: Figures, history: Sequence[Figures], settings: QualitySettings) -> list[Anomaly]:
    counts = [h.records for h in history]
    usual = median(counts)
    if usual <= 0:
        return []
    limit = usual - max(_spread(counts, usual, settings.mad_threshold), (1 - settings.drop_ratio) * usual)
    if current.records >= limit:
        return []
    return [
        Anomaly(
            "count_drop",
            None,
            f"{current.records} records, usually about {usual:g} (median of the last {len(counts)} good runs)",
            "error",
        )
    ]


def _completeness(current: Figures, history: Sequence[Figures], settings: QualitySettings) -> list[Anomaly]:
    found: list[Anomaly] = []
    for name, share in current.completeness.items():
        past = [h.completeness[name] for h in history if name in h.completeness]
        if not past:
            continue
        usual = median(past)
        if share == 0 and usual >= 0.5:
            found.append(Anomaly("field_empty", name, f"{name} went empty (usually {usual:.0%} filled)", "error"))
        elif share < usual - max(_spread(past, usual, settings.mad_threshold), 0.3):
            found.append(
                Anomaly(
                    "completeness_drop",
                    name,
                    f"{name} filled in {share:.0%} of records, usually {usual:.0%}",
                    "warning",
                )
            )
    return found


def _out_of_range(values: Mapping[str, Sequence[float]], history: Sequence[Figures]) -> list[Anomaly]:
    found: list[Anomaly] = []
    for name, numbers in values.items():
        past = [h.profile.get("numeric", {}).get(name) for h in history]
        summaries = [p for p in past if p]
        if len(numbers) < _MIN_VALUES or not summaries:
            continue
        low, high = median(s["p05"] for s in summaries), median(s["p95"] for s in summaries)
        width = max(high - low, 0.5 * abs(median(s["median"] for s in summaries)), 1e-9)
        outside = [v for v in numbers if v < low - width or v > high + width]
        if len(outside) >= max(1, math.ceil(0.1 * len(numbers))):
            found.append(
                Anomaly(
                    "out_of_range",
                    name,
                    f"{name}: {len(outside)} of {len(numbers)} values outside the usual range "
                    f"{low - width:g} to {high + width:g} (e.g. {outside[0]:g})",
                    "warning",
                )
            )
    return found


def _distribution_shift(current: Figures, history: Sequence[Figures], settings: QualitySettings) -> list[Anomaly]:
    found: list[Anomaly] = []
    for name, shares in current.profile.get("categorical", {}).items():
        past = [h.profile.get("categorical", {}).get(name) for h in history]
        baselines = [p for p in past if p]
        if not baselines:
            continue
        keys = set(shares).union(*baselines)
        usual = {k: sum(b.get(k, 0.0) for b in baselines) / len(baselines) for k in keys}
        distance = 0.5 * sum(abs(shares.get(k, 0.0) - usual[k]) for k in keys)
        if distance > settings.shift_threshold:
            now_top = max(shares, key=lambda k: shares[k])
            usual_top = max(usual, key=lambda k: usual[k])
            found.append(
                Anomaly(
                    "distribution_shift",
                    name,
                    f"{name}: values shifted (distance {distance:.2f}); now mostly {now_top!r} "
                    f"({shares[now_top]:.0%}), usually {usual_top!r} ({usual[usual_top]:.0%})",
                    "warning",
                )
            )
    return found


def detect(
    current: Figures,
    history: Sequence[Figures],
    settings: QualitySettings,
    *,
    values: Mapping[str, Sequence[float]] | None = None,
) -> list[Anomaly]:
    """Anomalies of ``current`` against ``history`` (earlier good runs, newest first)."""
    found: list[Anomaly] = []
    if current.records and current.invalid / current.records > 0.2:
        found.append(
            Anomaly(
                "invalid_records",
                None,
                f"{current.invalid} of {current.records} records failed schema validation",
                "warning",
            )
        )
    if len(history) < settings.min_history:
        return found
    history = history[: settings.history_runs]
    found += _count_drop(current, history, settings)
    if current.records == 0:
        return found
    found += _completeness(current, history, settings)
    found += _out_of_range(values or {}, history)
    found += _distribution_shift(current, history, settings)
    return found
