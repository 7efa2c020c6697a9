"""The engine's side of ``FieldSpec.paired``: a markup record's value from the page's inline JSON record
whose key names the card's link, read once a page and as data only."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from pipeline.core.extract import extract_records
from pipeline.core.pairedjson import in_zone, link_segments, time_zone
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec, PairedJson

URL = "https://events.example/city/"
SOURCE = JsonSourceSpec(location="script", script_selector="script#__NEXT_DATA__", records_path="items")


def _page(items: list[dict[str, object]], links: list[str]) -> str:
    cards = "".join(f'<li><a href="{link}">Event {n}</a></li>' for n, link in enumerate(links))
    return f'<ul>{cards}</ul><script id="__NEXT_DATA__">{json.dumps({"items": items})}</script>'


def _spec(zone_path: str | None = None) -> ScraperSpec:
    pairing = PairedJson(source=SOURCE, key_path="link", key_field="url", zone_path=zone_path)
    return ScraperSpec(
        start_url=URL,
        record_selector="li",
        fields=(
            FieldSpec(name="title", type="title", selector="a"),
            FieldSpec(name="url", type="url", selector="a", attribute="href"),
            FieldSpec(name="date", type="date", json_path="start", paired=pairing),
        ),
    )


def test_each_card_reads_the_record_whose_key_ends_its_link() -> None:
    items = [
        {"link": "abc", "start": "2025-03-14T23:30:00Z", "tz": "Europe/Berlin"},
        {"link": "/e/def", "start": "2025-03-15T09:00:00Z", "tz": "Europe/Berlin"},
        {"link": "https://events.example/ghi", "start": "2025-03-16T09:00:00Z", "tz": "Europe/Berlin"},
    ]
    html = _page(items, ["/abc", "/e/def", "/ghi?ref=list", "/other"])
    dates = [r["date"] for r in extract_records(html, URL, _spec(zone_path="tz"))]
    # The same instants, in the offset of the zone the record names: the day and clock shown there.
    assert dates == ["2025-03-15T00:30:00+01:00", "2025-03-15T10:00:00+01:00", "2025-03-16T10:00:00+01:00", None]
    utc = [r["date"] for r in extract_records(html, URL, _spec())]
    assert utc[0] == "2025-03-14T23:30:00+00:00"


def test_a_link_whose_path_two_keys_end_pairs_with_neither() -> None:
    items = [{"link": "abc", "start": "2025-03-14T10:00:00Z"}, {"link": "/x/abc", "start": "2025-03-15T10:00:00Z"}]
    records = extract_records(_page(items, ["/abc", "/x/abc"]), URL, _spec())
    assert [r["date"] for r in records] == ["2025-03-14T10:00:00+00:00", None]


def test_link_segments_name_a_record_by_its_path() -> None:
    assert link_segments("https://events.example/e/abc?x=1") == ("e", "abc")
    assert link_segments(123) == ("123",)
    assert link_segments({"not": "a key"}) == ()


@pytest.mark.parametrize("zone", ["../../etc/passwd", "/etc/localtime", "Europe", "Nowhere/Land", 7, None])
def test_a_value_that_names_no_zone_leaves_the_time_as_it_is(zone: object) -> None:
    assert time_zone(zone) is None
    assert in_zone("2025-03-14T23:30:00Z", zone) == "2025-03-14T23:30:00Z"


def test_a_timestamp_is_written_in_its_zones_offset() -> None:
    assert in_zone("2025-03-14T23:30:00", "Europe/Berlin") == "2025-03-14T23:30:00+01:00"  # a wall clock there
    assert in_zone("2025-03-14T23:30:00-05:00", "Europe/Berlin") == "2025-03-15T05:30:00+01:00"
    assert in_zone("2025-07-14T23:30:00Z", "Europe/Berlin") == "2025-07-15T01:30:00+02:00"  # summer time
    assert in_zone("soon", "Europe/Berlin") == "soon"


def test_a_paired_field_reads_json_only_and_is_keyed_by_a_markup_field() -> None:
    pairing = PairedJson(source=SOURCE, key_path="link", key_field="url")
    with pytest.raises(ValidationError):
        FieldSpec(name="date", type="date", selector="time", json_path="start", paired=pairing)
    with pytest.raises(ValidationError):
        FieldSpec(name="date", type="date", paired=pairing)
    with pytest.raises(ValidationError):
        ScraperSpec(
            start_url=URL, record_selector="li", fields=(FieldSpec(name="date", json_path="s", paired=pairing),)
        )
    with pytest.raises(ValidationError):
        PairedJson(source=SOURCE.model_copy(update={"location": "endpoint"}), key_path="link", key_field="url")
