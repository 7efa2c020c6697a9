"""How long something takes, as JSON-LD writes it ("PT3H20M") and as pages show it ("3 hrs 20 mins").

The two forms of one duration are told to be the same value by their length in minutes, so that
the Scout can read the form the page shows (see ``detailmerge``).
"""

from __future__ import annotations

import re

#: ISO 8601 durations of days, hours, minutes and seconds ("PT20M", "PT3H20M", "P1DT2H").
_ISO = re.compile(r"^P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+)S)?)?$")
#: One part of a spoken duration: "3 hrs", "20 mins", "1 hour", "45 minutes", "2 h", "1 day".
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b", re.IGNORECASE)
#: What may stand between the parts: spaces, commas, "and".
_JOINERS = re.compile(r"\band\b|[\s,&+]", re.IGNORECASE)
_MINUTES_PER = {"d": 1440.0, "h": 60.0, "m": 1.0, "s": 1 / 60}


def is_iso_duration(value: object) -> bool:
    return isinstance(value, str) and bool(re.search(r"\d", value)) and bool(_ISO.match(value.strip().upper()))


def duration_minutes(value: object) -> float | None:
    """Minutes in ``value`` when it is a duration and nothing else, in either form; else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if is_iso_duration(text):
        iso = _ISO.match(text.upper())
        assert iso is not None
        return sum(float(iso.group(unit) or 0) * _MINUTES_PER[unit.lower()] for unit in ("d", "h", "m", "s"))
    parts = list(_PART.finditer(text))
    if not parts or _JOINERS.sub("", _PART.sub("", text)):
        return None  # "20 mins to read the manual": more than a duration
    return sum(float(p.group(1).replace(",", ".")) * _MINUTES_PER[_unit(p.group(2))] for p in parts)


def _unit(word: str) -> str:
    lowered = word.lower()
    return "m" if lowered.startswith("mi") or lowered == "m" else lowered[0]
