"""Bare figures told apart by their icons are one field each; words with a vocabulary per place too.

A property card's "3", "2", "120 m²" items look alike; the bed, the bath and the ruler before them
say which is which. A card that leaves one out keeps the others in their fields: each is found by
its icon, not by its place. A row of a property type and a district, the type missing on some cards,
is two facts; chips of one vocabulary at any place stay one list.
"""

from __future__ import annotations

from agents.heuristics.factlists import fact_places
from tests.unit.agents.conftest import list_page, spec_and_records

STREETS = ["Oak", "Elm", "Pine", "Maple", "Birch", "Cedar", "Ash", "Willow", "Spruce", "Fir"]


def _card(i: int, items: str, wrapper: str = "ul") -> str:
    return (
        f'<div class="card"><a class="card-link" href="/homes/{i}"><h3>{STREETS[i]} Road {i}</h3></a>'
        f'<p class="price">€{200 + i * 15},000</p><{wrapper} class="features">{items}</{wrapper}></div>'
    )


def _sprite_home(i: int) -> str:
    facts = [("bed", str(1 + i % 4)), ("bath", str(1 + i % 2)), ("ruler", f"{60 + i * 7} m²")]
    if i in (3, 7):
        del facts[1]  # no bathroom count on these cards
    if i == 5:
        del facts[0]  # nor a bedroom count on this one
    items = "".join(
        f'<li class="feature"><span class="icon"><svg><use xlink:href="/sprite.svg#{k}"></use></svg></span>'
        f'<span class="value">{v}</span></li>'
        for k, v in facts
    )
    return _card(i, items)


def _font_home(i: int) -> str:
    facts = [("fa fa-bed", str(1 + i % 4)), ("fa fa-bath", str(1 + i % 2)), ("fa fa-car", str(i % 3))]
    if i in (2, 6):
        del facts[0]
    glyphs = [f'<span class="ico"><i class="{k}"></i></span><b>{v}</b>' for k, v in facts]
    items = "".join(f'<li class="feature">{g}</li>' for g in glyphs)
    return _card(i, items)


def _pictured_home(i: int) -> str:
    facts = [("Bedrooms", "bed", str(1 + i % 4)), ("Bathrooms", "bath", str(1 + i % 2)), ("Parking", "car", str(i % 3))]
    if i in (2, 5):
        del facts[2]
    items = "".join(f'<li><img src="/i/{s}.svg" alt="{k}" width="16"><span>{v}</span></li>' for k, s, v in facts)
    return _card(i, items)


def _records(cards: str) -> tuple[set[str], list[dict[str, object]]]:
    spec, records = spec_and_records(list_page(cards), "https://homes.example/search")
    assert "tags" not in {f.type for f in spec.fields}
    return {f.name for f in spec.fields}, records


def test_figures_in_a_sprite_icons_items_are_named_by_the_icon() -> None:
    names, records = _records("".join(_sprite_home(i) for i in range(10)))
    assert {"bedrooms", "bathrooms", "size"} <= names
    assert [r["bathrooms"] for r in records[2:5]] == [1, None, 1]
    assert [r["bedrooms"] for r in records[4:7]] == [1, None, 3]
    assert records[3]["size"] == 81 and records[5]["size"] == 95


def test_figures_beside_icon_font_glyphs_keep_their_fields_on_a_shorter_card() -> None:
    names, records = _records("".join(_font_home(i) for i in range(10)))
    assert {"bedrooms", "bathrooms", "parking"} <= names
    assert [r["bedrooms"] for r in records[1:4]] == [2, None, 4]
    assert [r["bathrooms"] for r in records[1:4]] == [2, 1, 2]
    assert [r["parking"] for r in records[1:4]] == [1, 2, 0]


def test_figures_beside_pictures_with_an_alt_are_no_avatar_stack() -> None:
    names, records = _records("".join(_pictured_home(i) for i in range(10)))
    assert {"bedrooms", "bathrooms", "parking"} <= names
    assert [r["parking"] for r in records[1:4]] == [1, None, 0]
    assert [r["bedrooms"] for r in records[1:4]] == [2, 3, 4]


def _inline_home(i: int) -> str:
    facts = [("fa fa-bed", str(1 + i % 4)), ("fa fa-bath", str(1 + i % 2)), ("fa fa-car", str(i % 3))]
    if i in (2, 6):
        del facts[0]
    spans = "".join(f'<span class="meta-item"><i class="{k}" aria-hidden="true"></i> {v}</span>' for k, v in facts)
    return (
        f'<div class="prop"><h3><a href="/homes/{i}">{STREETS[i]} Road {i}</a></h3>'
        f'<p class="price">€{200 + i * 15},000</p><div class="meta">{spans}</div></div>'
    )


def test_figures_each_led_by_a_glyph_in_a_row_of_spans_are_not_one_number() -> None:
    spec, records = spec_and_records(list_page("".join(_inline_home(i) for i in range(10))), "https://homes.example/")
    columns = [[r.get(f.name) for r in records[:4]] for f in spec.fields if f.type == "number"]
    assert columns == [[1, 2, None, 4], [1, 2, 1, 2], [0, 1, 2, 0]]  # beds (none on the third card), baths, cars


TYPES = ["Apartment", "House", "Studio", "Apartment", "Villa", "House", "Apartment", "Studio", "House", "Apartment"]
DISTRICTS = ["Mitte", "Kreuzberg", "Neukölln", "Pankow", "Mitte", "Wedding", "Kreuzberg", "Moabit", "Pankow", "Tegel"]


def _flat(i: int) -> str:
    facts = [TYPES[i], DISTRICTS[i]]
    if i in (3, 6):
        del facts[0]  # no property type on these cards
    chips = "".join(f'<span class="tag">{f}</span>' for f in facts)
    return (
        f'<div class="offer"><a href="/offers/{i}"><h3>Bright flat number {i}</h3></a>'
        f'<p class="price">€{1000 + i * 50}/month</p><div class="info">{chips}</div></div>'
    )


def test_a_property_type_and_a_district_are_two_facts_where_the_type_is_missing() -> None:
    names, records = _records("".join(_flat(i) for i in range(10)))
    assert {"property_type", "location"} <= names
    assert [r["property_type"] for r in records[2:5]] == ["Studio", None, "Villa"]
    assert [r["location"] for r in records[2:5]] == ["Neukölln", "Pankow", "Mitte"]


SKILLS = [
    ["Python", "Remote"],
    ["Senior", "Python"],
    ["Remote", "Go", "Senior"],
    ["Python"],
    ["Go", "Remote"],
    ["Senior", "Go"],
    ["Remote", "Python", "Senior"],
    ["Go"],
]


def _job(i: int) -> str:
    chips = "".join(f'<li class="chip"><svg><use href="#tag"></use></svg>{t}</li>' for t in SKILLS[i])
    return (
        f'<div class="job"><h3><a href="/jobs/{i}">Backend engineer number {i}</a></h3>'
        f'<p class="company">Acme {i}</p><ul class="chips">{chips}</ul></div>'
    )


def test_chips_of_one_vocabulary_at_any_place_stay_one_list_with_their_icons() -> None:
    spec, records = spec_and_records(list_page("".join(_job(i) for i in range(len(SKILLS)))), "https://jobs.example/")
    lists = [f.name for f in spec.fields if f.type == "tags"]
    assert len(lists) == 1
    assert [r[lists[0]] for r in records] == SKILLS


def test_a_contract_type_seen_only_on_shorter_rows_goes_to_the_contract_column() -> None:
    full = [
        ["w:leeds", "w:full-time", "w:hybrid", "price"],
        ["w:derby", "w:contract", "w:on-site", "price"],
        ["w:hull", "w:full-time", "w:remote", "price"],
    ]
    short = [["w:part-time", "w:remote", "price"], ["w:ely", "w:part-time", "w:hybrid"], ["w:york", "w:contract"]]
    assert fact_places(full + short) == [*[[0, 1, 2, 3]] * 3, [1, 2, 3], [0, 1, 2], [0, 1]]


BODIES = ["Hatchback", "Saloon", "Estate", "SUV", "Hatchback", "Coupe", "SUV", "Estate", "Hatchback", "Saloon"]
FUELS = ["Diesel", "Petrol", "Electric", "Hybrid", "Diesel", "Petrol", "Diesel", "Petrol", "Electric", "Diesel"]


def _car(i: int) -> str:
    facts = [str(2012 + i), BODIES[i], f"{(i * 13 + 7) * 1000:,} miles", FUELS[i], ["Manual", "Automatic"][i % 2]]
    if i in (2, 6):
        del facts[2]  # no mileage shown
    items = "".join(f'<li class="spec">{f}</li>' for f in facts)
    return (
        f'<article class="car"><h3><a href="/cars/{i}">Ford Focus {i}</a></h3>'
        f'<span class="price">£{9000 + i * 1500:,}</span><ul class="key-facts">{items}</ul></article>'
    )


def test_a_body_type_in_a_key_facts_list_is_named_so_the_row_is_split() -> None:
    names, records = _records("".join(_car(i) for i in range(10)))
    assert {"year", "body_type", "fuel", "transmission"} <= names
    assert [r["body_type"] for r in records[1:4]] == ["Saloon", "Estate", "SUV"]
    assert [r["fuel"] for r in records[1:4]] == ["Petrol", "Electric", "Hybrid"]
