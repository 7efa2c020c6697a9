"""A product's spec bullets (six to a card, each naming what its figures measure) are one list,
even where every card shows its warranty bullet last and its battery bullet fourth."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.siblings import sibling_mode

PHONES = [
    ["4 GB RAM | 64 GB ROM", "15.8 cm Display", "48MP Rear Camera", "5000 mAh Battery", "Helio G85 Processor"],
    ["6 GB RAM | 128 GB ROM", "16.5 cm Display", "50MP Rear Camera", "6000 mAh Battery", "Helio G99 Processor"],
    ["8 GB RAM | 256 GB ROM", "16.7 cm Display", "64MP Rear Camera", "5000 mAh Battery", "Snapdragon 695 Processor"],
    ["6 GB RAM | 128 GB ROM", "16.5 cm Display", "50MP Rear Camera", "4500 mAh Battery", "Helio G99 Processor"],
    ["4 GB RAM | 64 GB ROM", "16.1 cm Display", "13MP Rear Camera", "5000 mAh Battery", "Unisoc T606 Processor"],
]
WARRANTY = "1 Year Warranty for Phone"


def _runs(rows: list[list[str]]) -> list[list[HtmlElement]]:
    cards = "".join(
        '<div class="card"><ul class="x1">' + "".join(f'<li class="y2">{t}</li>' for t in row) + "</ul></div>"
        for row in rows
    )
    root = html.fromstring(f"<html><body>{cards}</body></html>")
    return [list(ul.iterchildren("li")) for ul in root.iter("ul")]


def test_spec_bullets_at_fixed_places_are_one_list() -> None:
    assert sibling_mode(_runs([[*row, WARRANTY] for row in PHONES])) == "list"


def test_a_few_worded_chips_at_fixed_places_keep_their_places() -> None:
    chips = [["Berlin", "Full-time"], ["Munich", "Full-time"], ["Berlin", "Part-time"], ["Hamburg", "Full-time"]]
    assert sibling_mode(_runs(chips)) == "positional"


def test_car_facts_without_figures_keep_their_places() -> None:
    cars = [
        ["Manual", "Petrol", "Hatchback", "Red", "Dealer"],
        ["Automatic", "Diesel", "Estate", "Grey", "Private"],
        ["Manual", "Petrol", "Saloon", "Blue", "Dealer"],
        ["Automatic", "Hybrid", "Hatchback", "Grey", "Dealer"],
    ]
    assert sibling_mode(_runs(cars)) == "positional"
