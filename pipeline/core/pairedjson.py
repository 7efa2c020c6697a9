"""Values a markup record takes from the page's own inline JSON: the record there naming the same card.

Framework pages (Next.js, Nuxt, Remix) carry their records twice, as cards and as the JSON the
scripts hydrate them from. The cards may show less than the data holds ("Today" above "7:00 PM"
where the data has the full timestamp): a field with ``FieldSpec.paired`` reads it from the JSON
record whose key names the card's link. The JSON is read as data only (``jsondata``), never run.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jmespath
from jmespath.exceptions import JMESPathError
from parsel import Selector

from pipeline.core.jsondata import load_records, normalize_json, template_segment
from pipeline.core.normalize import Value
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import PairedJson

#: An IANA zone name ("Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC"): nothing else is looked up.
_ZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]{0,30}(?:/[A-Za-z0-9_+-]{1,30}){0,2}")


def link_segments(value: object) -> tuple[str, ...]:
    """The path segments of a link, a path or a bare code ("egyb3zyb", 123): what names a record."""
    text = template_segment(value)
    if not text:
        return ()
    try:
        path = urlsplit(text).path
    except ValueError:
        return ()
    return tuple(unquote(part) for part in path.split("/") if part)


class PairedRecords:
    """One page's JSON records, found by the link of the card each describes."""

    def __init__(self, records: list[dict[str, Any]], key_path: str) -> None:
        self._by_last: dict[str, list[tuple[tuple[str, ...], dict[str, Any]]]] = {}
        for record in records:
            try:
                key = link_segments(jmespath.search(key_path, record))
            except JMESPathError:
                return  # a path that cannot be read pairs nothing
            if key:
                self._by_last.setdefault(key[-1], []).append((key, record))

    def find(self, link: object) -> dict[str, Any] | None:
        """The one record whose key ends the link's path; None when none or several do."""
        segments = link_segments(link)
        if not segments:
            return None
        found = [record for key, record in self._by_last.get(segments[-1], []) if segments[-len(key) :] == key]
        return found[0] if len(found) == 1 else None


def page_pairs(page: Selector, body: str | bytes, paired: PairedJson) -> PairedRecords:
    """The records of the script ``paired`` names, indexed by their key (read once a page)."""
    return PairedRecords(load_records(body, page, paired.source), paired.key_path)


def paired_value(record: dict[str, Any], field: FieldSpec, base_url: str) -> Value:
    """``field``'s value in its paired JSON record; a timestamp in its zone's offset."""
    try:
        raw = jmespath.search(field.json_path or field.name, record)
        zone = jmespath.search(field.paired.zone_path, record) if field.paired and field.paired.zone_path else None
    except JMESPathError:
        return None
    if field.type == "date" and zone is not None:
        raw = in_zone(raw, zone)
    return normalize_json(field, raw, base_url)


def in_zone(raw: Any, zone: Any) -> Any:
    """An ISO timestamp written in the offset its zone's clocks had: ``"2025-03-14T23:30:00Z"`` in
    Europe/Berlin is ``"2025-03-15T00:30:00+01:00"`` (the same instant, on the day the page shows); a
    time without an offset is that zone's wall clock (``"2025-03-14T23:30:00"`` gets ``+01:00``).
    Anything else is left as it is."""
    local = time_zone(zone)
    if not isinstance(raw, str) or local is None:
        return raw
    try:
        moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return raw
    if moment.tzinfo is None:
        return moment.replace(tzinfo=local).isoformat()
    return moment.astimezone(local).isoformat()


def time_zone(name: object) -> ZoneInfo | None:
    """The IANA time zone ``name`` names ("Europe/Berlin"); None for any other value."""
    if not isinstance(name, str) or not _ZONE.fullmatch(name):
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, ZoneInfoNotFoundError):  # OSError: a folder of zones ("Europe"), an unreadable file
        return None
