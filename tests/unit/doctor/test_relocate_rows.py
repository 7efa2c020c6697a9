"""Relocation into the rows around a record: a date or heading row put above each record or group."""

from __future__ import annotations

from agents.relocate import relocate
from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.doctor.test_relocate import KNOWN, SPEC, TEAS, URL, page, passes

TILE = (
    "<section class='product-tile'><h3 class='title'><a href='/t/{slug}.html'>{name}</a></h3>"
    "<p class='cost'>€{price}</p></section>"
)


def _fields(spec: ScraperSpec | None) -> dict[str, FieldSpec]:
    assert spec is not None
    return {f.name: f for f in spec.fields}


def test_a_value_moved_into_a_row_above_each_record_is_read_from_there() -> None:
    new = page("<div class='tile-head'><span class='where'>Grown in: {origin}</span></div>" + TILE)
    moved = relocate(SPEC, new, URL, KNOWN)
    origin = _fields(moved.spec)["origin"]
    assert (origin.scope, origin.selector, origin.strip_label) == ("preceding", "span.where", "Grown in")
    assert moved.missing == [] and moved.spec is not None
    assert extract_records(new, URL, moved.spec) == KNOWN
    assert passes(moved.spec, new)


def test_one_heading_above_a_group_of_records_serves_the_whole_group() -> None:
    events = [("Opening night", "opening", "2026-04-06"), ("Jazz trio", "jazz", "2026-04-06")]
    events += [("Poetry slam", "poetry", "2026-04-07"), ("Film club", "film", "2026-04-07")]
    before = "<html><body><ul>{}</ul></body></html>".format(
        "".join(f"<li class='event'><a href='/e/{s}'>{n}</a> <time>{d}</time></li>" for n, s, d in events)
    )
    spec = ScraperSpec(
        start_url=URL,
        record_selector="li.event",
        fields=(
            FieldSpec(name="title", type="title", selector="a"),
            FieldSpec(name="url", type="url", selector="a", attribute="href"),
            FieldSpec(name="day", type="date", selector="time"),
        ),
    )
    known = extract_records(before, URL, spec)
    groups = ""
    for day in ("2026-04-06", "2026-04-07"):
        cards = "".join(f"<div class='card'><a href='/e/{s}'>{n}</a></div>" for n, s, d in events if d == day)
        groups += f"<h2 class='day'>{day}</h2>{cards}"
    new = f"<html><body><main>{groups}</main></body></html>"
    moved = relocate(spec, new, URL, known)
    day = _fields(moved.spec)["day"]
    assert (day.scope, day.selector) == ("preceding", "h2.day")
    assert moved.spec is not None and extract_records(new, URL, moved.spec) == known


def test_the_record_above_is_a_neighbour_not_a_heading() -> None:
    teas = "".join(
        f"<li class='tea'><h2><a href='/t/{s}.html'>{n}</a></h2><p class='origin'>Origin: Japan</p></li>"
        for n, s, _, _ in TEAS
    )
    known = extract_records(f"<html><body><ul>{teas}</ul></body></html>", URL, SPEC)
    # Only the first record still shows its origin: the next ones must not borrow it from the record above.
    tiles = [
        f"<section class='product-tile'><h3><a href='/t/{s}.html'>{n}</a></h3>"
        + ("<p class='where'>Origin: Japan</p>" if i == 0 else "")
        + "</section>"
        for i, (n, s, _, _) in enumerate(TEAS)
    ]
    new = "<html><body><div class='grid'>" + "".join(tiles) + "</div></body></html>"
    moved = relocate(SPEC, new, URL, known)
    origin = _fields(moved.spec)["origin"]
    assert origin.scope == "record"
    assert [r["origin"] for r in extract_records(new, URL, moved.spec or SPEC)] == ["Japan", None, None]
