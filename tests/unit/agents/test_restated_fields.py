"""Columns that say nothing new: a photo counter read as a picture's address, a flag's class word
beside its text, a quantity's number and unit beside the quantity read whole, a count typed a date
because its JSON key holds "date" by chance."""

from __future__ import annotations

from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.restated import restates_by_class, unit_pieces
from agents.jsonfieldtypes import field_type
from pipeline.core.schemas import FieldSpec
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://cabins.example/search/lakes/"
FLAGS = [("fresh", "Fresh - listed 2 days ago"), ("cut", "Rent cut"), ("last", "Last week free"), None]
PLOTS = [("1.25", "hectare plot"), ("640", "m² plot"), ("2.5", "hectare plot"), ("880", "m² plot")]


def _cabin(i: int, name: str) -> str:
    flag = FLAGS[i % len(FLAGS)]
    badge = f'<div class="Badge_badge__q8Zt2 badge--{flag[0]}" data-testid="badge">{flag[1]}</div>' if flag else ""
    size, unit = PLOTS[i % len(PLOTS)]
    return (
        f'<article class="cabin"><a class="cabin-photo" href="/cabin/{i}">'
        f'<img src="https://img.cabins.example/{i}/main.jpg" alt="{name}">'
        f'<span class="photo-counter">1/{12 + i}</span></a>{badge}'
        f'<h3 class="cabin-name"><a href="/cabin/{i}">{name}</a></h3>'
        f'<p class="cabin-rent">€{900 + 35 * i} a month</p>'
        f'<ul class="facts"><li class="fact-rooms"><span class="v">{2 + i % 4}</span><span class="u">rooms</span></li>'
        f'<li class="fact-plot"><span class="Spoken_copy__w3Rt1" data-testid="spoken-value">{size} {unit}</span>'
        f'<span class="v" aria-hidden="true">{size}</span><span class="u" aria-hidden="true">{unit}</span></li></ul>'
        "</article>"
    )


def _records() -> tuple[list[FieldSpec], list[dict[str, object]]]:
    cards = "".join(_cabin(i, name) for i, name in enumerate(PRODUCT_NAMES))
    spec, records = spec_and_records(list_page(cards), URL)
    return list(spec.fields), records


def test_a_photo_counter_is_no_picture_address() -> None:
    fields, records = _records()
    counters = [f for f in fields if "photo-counter" in f.selector]
    assert all(f.type not in ("image", "url") for f in counters), fields
    assert not any(isinstance(v, str) and v.endswith(("/1/12", "/1/13")) for r in records for v in r.values())


def test_a_flags_class_word_beside_its_text_is_no_field() -> None:
    fields, records = _records()
    assert any(r.get(f.name) == "Rent cut" for f in fields for r in records), fields
    assert not any(f.attribute == "class" for f in fields), fields


def test_a_number_and_its_unit_beside_the_whole_quantity_are_no_fields() -> None:
    fields, records = _records()
    plots = [f for f in fields if any(r.get(f.name) == "1.25 hectare plot" for r in records)]
    assert plots, fields
    held = {v for r in records for v in r.values() if isinstance(v, str | int | float)}
    assert "hectare plot" not in held and "m² plot" not in held, fields
    assert 1.25 not in held and 640 not in held, fields


def _draft(name: str, field_type: str = "text", attribute: str | None = None) -> FieldDraft:
    spec = FieldSpec(name=name, type=field_type, selector=f"span.{name}", attribute=attribute)  # type: ignore[arg-type]
    return FieldDraft(slot=None, spec=spec)  # type: ignore[arg-type]


def test_a_class_word_not_in_the_text_stays() -> None:
    state, text = _draft("state", attribute="class"), _draft("note")
    shown = ["instock", "instock", "backorder", "instock"]
    notes = ["Ships tomorrow", "Ships today", "Back in May", "Ships tomorrow"]
    assert not restates_by_class(state, text, list(shown), list(notes))
    assert restates_by_class(state, text, ["tomorrow", "today", "may", "tomorrow"], list(notes))


def test_a_number_with_a_constant_unit_stays_beside_the_whole() -> None:
    whole, number, unit = _draft("area"), _draft("sqft", "number"), _draft("unit")
    wholes = ["1,200 sq ft", "950 sq ft", "2,010 sq ft", "700 sq ft"]
    shown = {id(whole): list(wholes), id(number): [1200, 950, 2010, 700], id(unit): ["sq ft"] * 4}
    assert unit_pieces([whole, number, unit], shown) == set()  # type: ignore[arg-type]
    shown[id(unit)] = ["sq ft", "sq ft", "acres", "sq ft"]
    shown[id(whole)] = ["1,200 sq ft", "950 sq ft", "2010 acres", "700 sq ft"]
    assert unit_pieces([whole, number, unit], shown) == {id(number), id(unit)}  # type: ignore[arg-type]


def test_a_count_under_a_key_holding_date_by_chance_is_no_date() -> None:
    assert field_type("description.baths_consolidated", "4.5") == "text"
    assert field_type("description.baths_consolidated", 2) == "number"
    assert field_type("meta.created", 1743084120) == "date"
    assert field_type("meta.updated", "1743084120000") == "date"
    assert field_type("event.date", "2025-03-14") == "date"
