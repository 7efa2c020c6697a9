"""A UTC timestamp written with the offset of the clock its page shows for it.

``<time datetime="2025-03-19T00:00:00Z">Tue, 03/18/2025 - 19:00</time>``: Drupal, Discourse and many
event platforms keep the instant in UTC and show the local clock. The instant is right, but the day
a person reads on the page (and writes down) is March 18: the value is written with the offset that
clock implies, ``2025-03-18T19:00:00-05:00``, the same instant in the place the page describes.
The offset is taken only from a full date and clock that differ from the UTC ones by a whole number
of quarter hours within ±14 h (every offset in use); otherwise the value stays in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from pipeline.core.datetext import parse_date, parse_relative_date
from pipeline.core.schemas import DateOrder

#: "19:00", "7:30 PM", "18h30", "19.00": a clock time inside a longer text.
_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}[:.h][0-5]\d(?![\d:.]?\d)")
#: Every UTC offset in use is a whole number of quarter hours within ±14 h.
_QUARTER = timedelta(minutes=15)
_WIDEST = timedelta(hours=14)


def shown_offset(value: str, shown: str, order: DateOrder | None = None) -> timedelta | None:
    """The UTC offset at which ``value`` (an ISO timestamp in UTC) reads as the date and clock
    ``shown`` says; None when ``shown`` names no full date and clock or no offset in use fits."""
    instant = _utc_instant(value)
    if instant is None or not _CLOCK.search(shown) or parse_relative_date(shown) is not None:
        return None
    read = parse_date(shown, order=order)
    if read is None:
        return None
    wall = datetime.fromisoformat(read).replace(tzinfo=None, second=0, microsecond=0)
    offset = wall - instant.replace(tzinfo=None, second=0, microsecond=0)
    if abs(offset) > _WIDEST or offset % _QUARTER:
        return None
    return offset


def with_shown_offset(value: str, shown: str, order: DateOrder | None = None) -> str:
    """``value`` (an ISO timestamp) in the offset of the clock ``shown`` beside it, when ``value`` is
    in UTC and ``shown`` implies one (``shown_offset``); else ``value`` as it is."""
    offset = shown_offset(value, shown, order)
    instant = _utc_instant(value)
    if offset is None or instant is None or not offset:
        return value
    return instant.astimezone(timezone(offset)).isoformat()


def _utc_instant(value: str) -> datetime | None:
    """``value`` as a datetime when it is an ISO timestamp in UTC (``Z``, ``+00:00``)."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.utcoffset() != timedelta(0):
        return None
    return moment.astimezone(UTC)
