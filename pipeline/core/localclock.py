"""A UTC timestamp written with the offset of the clock its page shows for it.

``<time datetime="2025-03-19T00:00:00Z">Tue, 03/18/2025 - 19:00</time>``: Drupal, Discourse and many
event platforms keep the instant in UTC and show the local clock. The instant is right, but the day
a person reads on the page (and writes down) is March 18: the value is written with the offset that
clock implies, ``2025-03-18T19:00:00-05:00``, the same instant in the place the page describes.
The offset is taken only from a full date and clock that differ from the UTC ones by an offset in
use (whole hours from -12 to +14 h, and the few half and three-quarter hours some places keep); a
text naming another time ("Updated 12:15") seldom does, and the value then stays in UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from pipeline.core.datetext import parse_date, parse_relative_date
from pipeline.core.schemas import DateOrder

#: "19:00", "7:30 PM", "18h30", "19.00": a clock time inside a longer text.
_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}[:.h][0-5]\d(?![\d:.]?\d)")
#: The UTC offsets in use: whole hours from -12 h to +14 h, and these (tz database, with summer time:
#: Marquesas, Newfoundland, Iran, Afghanistan, India, Nepal, Myanmar, Eucla, central and Lord Howe
#: Australia, Chatham).
_HOUR = timedelta(hours=1)
_EARLIEST, _LATEST = timedelta(hours=-12), timedelta(hours=14)
_ODD_OFFSETS = frozenset(
    timedelta(minutes=m) for m in (-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825)
)


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
    return offset if in_use(offset) else None


def in_use(offset: timedelta) -> bool:
    """Whether some place on Earth keeps its clocks at ``offset`` from UTC."""
    return (_EARLIEST <= offset <= _LATEST and not offset % _HOUR) or offset in _ODD_OFFSETS


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
