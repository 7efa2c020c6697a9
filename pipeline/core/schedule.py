"""Source schedules: intervals (``30m``, ``6h``, ``1d``, ``every 2h``) or cron expressions."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from croniter import croniter

from pipeline.core.exceptions import ConfigurationError

_INTERVAL = re.compile(r"^(?:every\s+)?(\d+)\s*(s|m|h|d|w)$", re.IGNORECASE)
_ALIASES = {"hourly": "1h", "daily": "1d", "weekly": "1w"}
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
MIN_INTERVAL = timedelta(seconds=10)


def validate_schedule(spec: str) -> str:
    """Return the canonical form of ``spec`` or raise ConfigurationError explaining the format."""
    text = _ALIASES.get(spec.strip().lower(), spec.strip())
    match = _INTERVAL.match(text)
    if match:
        delta = timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
        if delta < MIN_INTERVAL:
            raise ConfigurationError(f"Schedule {spec!r} is too frequent; the minimum is 10s.")
        return f"{match.group(1)}{match.group(2).lower()}"
    if croniter.is_valid(text):
        return text
    raise ConfigurationError(
        f"Schedule {spec!r} is neither an interval nor a cron expression: "
        "use e.g. 30m, 6h, 1d, daily, or '0 */6 * * *'."
    )


def next_run(spec: str, after: datetime) -> datetime:
    """When a source with schedule ``spec`` is next due, strictly after ``after``."""
    match = _INTERVAL.match(spec)
    if match:
        return after + timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    result: datetime = croniter(spec, after).get_next(datetime)
    return result
