"""Unix times: seconds (or milliseconds) since 1970, as scripts keep an instant in an attribute.

``<span data-datetime-unix="1743084120000">Mar 27, 14:02</span>``: the page shows the day without its
year, and the attribute holds the whole instant. Read as a date, the number is that instant in UTC.
Only whole seconds or milliseconds of this century are taken for a time: shorter or longer numbers,
and numbers outside it, are counts and identifiers.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

#: Ten digits (seconds) or thirteen (milliseconds).
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
#: 2000-01-01 and 2100-01-01 in seconds since 1970.
FIRST_SECOND, LAST_SECOND = 946_684_800, 4_102_444_800


def epoch_seconds(text: str) -> float | None:
    """The seconds since 1970 ``text`` writes, when it is a unix time of 2000 to 2100; else None."""
    value = text.strip()
    if not _EPOCH.match(value):
        return None
    seconds = int(value) / (1000 if len(value) == 13 else 1)
    return seconds if FIRST_SECOND <= seconds < LAST_SECOND else None


def epoch_date(text: str) -> str | None:
    """A unix time as an ISO 8601 UTC datetime ("1743084120000" -> 2025-03-27T14:02:00+00:00)."""
    seconds = epoch_seconds(text)
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC).isoformat()
