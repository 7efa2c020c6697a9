# ruff: noqa: E501
"""A name with a code in brackets ("Lyon (69)", a town and its district) is text, not a count:
a count's caption ("Bewertungen (128)") is the same word in every record, a name is not."""

from __future__ import annotations

from agents.heuristics.valuetypes import kind_from_values
from tests.unit.agents.conftest import spec_and_records

URL = "https://cars.example/used-cars/"
CARS = [
    ("Volkswagen Golf 1.5 TSI", "€16,490", "Lyon (69)"),
    ("Renault Clio V TCe 90", "€13,900", "Villeurbanne (69)"),
    ("Peugeot 208 PureTech", "€12,750", "Grenoble (38)"),
    ("Toyota Yaris Hybrid", "€17,200", "Annecy (74)"),
    ("Fiat 500 Dolcevita", "€11,400", "Saint-Étienne (42)"),
    ("Dacia Sandero Stepway", "€10,990", "Chambéry (73)"),
]


def test_names_with_bracketed_codes_are_text() -> None:
    assert kind_from_values(["Lyon (69)", "Villeurbanne (69)", "Grenoble (38)", "Annecy (74)"]) == "text"


def test_a_count_under_one_caption_stays_a_number() -> None:
    assert kind_from_values(["Bewertungen (128)", "Bewertungen (12)", "Bewertungen (1.204)"]) == "number"
    assert kind_from_values(["(128)", "(12)", "(1,204)"]) == "number"
    assert kind_from_values(["Reviews (128)", "Review (1)", "Reviews (12)"]) == "number"


def test_a_place_with_its_district_code_is_read_whole() -> None:
    cards = "".join(
        f'<article class="card"><h2><a href="/listing/{i}">{title}</a></h2><p class="price">{price}</p>'
        f'<div class="meta"><span class="loc">{place}</span><span class="kind">Pro</span></div></article>'
        for i, (title, price, place) in enumerate(CARS)
    )
    page = f'<html><head><title>Used cars</title></head><body><main><div class="results">{cards}</div></main></body></html>'
    spec, records = spec_and_records(page, URL)
    columns = [f.name for f in spec.fields if [r.get(f.name) for r in records] == [c[2] for c in CARS]]
    assert columns, [(f.name, f.type, [r.get(f.name) for r in records]) for f in spec.fields]
