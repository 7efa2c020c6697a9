"""A split fact is read by what it says, not by its place: a card missing one fact reads nothing for it.

A job without a town, a car without a fuel, a flat without its type: counting places
(``li:nth-of-type(2)``) would read the next fact into the missing one's field. Each fact is found by
its unit word, its vocabulary, or by carrying none of the others' marks.
"""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

CITIES = ["Berlin", "Munich", "Hamburg", "Potsdam", "Cologne", "Frankfurt", "Leipzig", "Dresden", "Bremen", "Kiel"]
CONTRACTS = ["Full-time", "Part-time", "Contract"]
LEVELS = ["Senior", "Junior", "Lead"]
FUELS = ["Diesel", "Petrol", "Electric", "Hybrid", "Diesel", "Petrol", "Diesel", "Petrol", "Electric", "Diesel"]
TYPES = ["Apartment", "House", "Studio", "Villa"]


def _job(i: int) -> str:
    facts = [CITIES[i], CONTRACTS[i % 3], LEVELS[i % 3]]
    if i == 7:
        del facts[2]  # nor a level on this one
    if i in (2, 5):
        del facts[0]  # a remote job names no town
    items = "".join(f"<li>{f}</li>" for f in facts)
    return f'<div class="job"><h3><a href="/jobs/{i}">Backend engineer {i}</a></h3><ul class="meta">{items}</ul></div>'


def _car(i: int) -> str:
    facts = [str(2012 + i), f"{(i * 13 + 7) * 1000:,} km", FUELS[i], ["Manual", "Automatic"][i % 2]]
    if i in (3, 7):
        del facts[2]  # no fuel named
    items = "".join(f'<li class="spec">{f}</li>' for f in facts)
    return (
        f'<article class="car"><h2><a href="/cars/{i}">Golf {i}</a></h2>'
        f'<p class="price">€{9000 + i * 1500:,}</p><ul class="key-specs">{items}</ul></article>'
    )


def _flat(i: int) -> str:
    facts = [f"{1 + i % 4} rooms", f"{40 + i * 9} m²", TYPES[i % 4]]
    if i in (1, 6):
        del facts[2]  # no property type on these
    items = "".join(f'<span class="fact">{f}</span>' for f in facts)
    return (
        f'<div class="flat"><h3><a href="/flats/{i}">Flat number {i}</a></h3>'
        f'<p class="price">€{1000 + i * 50}/month</p><div class="facts">{items}</div></div>'
    )


def _records(cards: str) -> list[dict[str, object]]:
    return spec_and_records(list_page(cards), "https://listings.example/search")[1]


def test_a_job_without_a_town_or_a_level_reads_neither_and_keeps_its_contract() -> None:
    records = _records("".join(_job(i) for i in range(10)))
    assert [r["location"] for r in records] == [None if i in (2, 5) else CITIES[i] for i in range(10)]
    assert [r["employment_type"] for r in records] == [CONTRACTS[i % 3] for i in range(10)]
    assert [r["level"] for r in records] == [None if i == 7 else LEVELS[i % 3] for i in range(10)]


def test_a_car_without_a_fuel_reads_no_fuel_and_keeps_its_gearbox() -> None:
    records = _records("".join(_car(i) for i in range(10)))
    assert [r["fuel"] for r in records] == [None if i in (3, 7) else FUELS[i] for i in range(10)]
    assert [r["transmission"] for r in records] == [["Manual", "Automatic"][i % 2] for i in range(10)]
    assert [r["year"] for r in records] == [2012 + i for i in range(10)]


def test_a_flat_without_its_type_reads_no_type() -> None:
    records = _records("".join(_flat(i) for i in range(10)))
    assert [r["property_type"] for r in records] == [None if i in (1, 6) else TYPES[i % 4] for i in range(10)]
    assert [r["size"] for r in records] == [40 + i * 9 for i in range(10)]


def _home(i: int) -> str:
    facts = [("fa fa-bed", str(1 + i % 4)), ("fa fa-bath", str(1 + i % 2)), ("fa fa-car", str(i % 3))]
    if i in (3, 7):
        del facts[1]  # no bathroom count
    if i == 5:
        del facts[0]  # nor a bedroom count
    items = "".join(
        f'<li class="feature"><span class="ico"><i class="{k}"></i></span><b>{v}</b></li>' for k, v in facts
    )
    return (
        f'<div class="card"><a class="card-link" href="/homes/{i}"><h3>Home {i}</h3></a>'
        f'<p class="price">€{200 + i * 15},000</p><ul class="features">{items}</ul></div>'
    )


def test_figures_behind_a_wrapped_icon_glyph_are_read_by_their_icon() -> None:
    records = _records("".join(_home(i) for i in range(10)))
    assert [r["bedrooms"] for r in records] == [None if i == 5 else 1 + i % 4 for i in range(10)]
    assert [r["bathrooms"] for r in records] == [None if i in (3, 7) else 1 + i % 2 for i in range(10)]
    assert [r["parking"] for r in records] == [i % 3 for i in range(10)]


BODIES = ["Hatchback", "SUV", "Saloon", "Estate", "Hatchback", "SUV", "Saloon", "Hatchback", "Estate", "SUV"]
POWERS = ["Petrol", "Diesel", "Electric", "Petrol Hybrid", "Petrol", "Electric", "Diesel", "Petrol", "Diesel", "Petrol"]


def _used_car(i: int) -> str:
    engine = None if POWERS[i] == "Electric" else f"{1.0 + (i % 5) / 5:.1f}L"
    facts = [BODIES[i], f"{(i * 7 + 12) * 1000:,} miles", engine, f"{90 + i * 11}BHP", ["Manual", "Automatic"][i % 2]]
    items = "".join(f"<li>{f}</li>" for f in [*facts, POWERS[i], "ULEZ"] if f)
    return (
        f'<li class="listing"><section><a href="/car-details/{i}"><h3>Car number {i}</h3></a>'
        f'<p class="price">£{9000 + i * 700:,}</p><ul class="key-specs">{items}</ul></section></li>'
    )


def test_a_long_spec_row_read_by_place_keeps_each_fact_where_electric_cars_have_no_engine() -> None:
    records = spec_and_records(
        list_page("".join(_used_car(i) for i in range(10)), '<main><ul class="results">{}</ul></main>'),
        "https://cars.example/search",
    )[1]
    columns = {k: [r.get(k) for r in records] for k in records[0]}
    gearboxes = [["Manual", "Automatic"][i % 2] for i in range(10)]
    assert gearboxes in columns.values()
    assert [f"{90 + i * 11}BHP" for i in range(10)] in columns.values()
    assert [None if p == "Electric" else f"{1.0 + (i % 5) / 5:.1f}L" for i, p in enumerate(POWERS)] in columns.values()
