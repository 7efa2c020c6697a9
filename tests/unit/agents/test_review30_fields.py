"""Review of round 30's Scout change: field rules that read hand-made inputs wrongly."""

from __future__ import annotations

from lxml.html import fromstring

from agents.heuristics.cardlinks import title_named_by_link
from agents.heuristics.mainfields import shares_section
from agents.heuristics.pricegaps import price_gap_fillers
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.usefulslots import is_useful
from agents.heuristics.valuetypes import kind_from_values


def test_one_person_beside_many_people_is_still_a_count() -> None:
    # person / people are one unit word with an irregular plural: the capacity is a number.
    texts = ["2 people", "4 people", "6 people", "3 people", "5 people", "8 people", "2 people", "4 people"]
    assert kind_from_values([*texts, "1 person", "1 person"]) == "number"


def _slot(key: tuple[str, ...], kind: str, pairs: list[tuple[object, str]], attribute: str | None = None) -> Slot:
    per_record = {n: [Occurrence(e, v)] for n, (e, v) in enumerate(pairs)}  # type: ignore[arg-type]
    return Slot(key=key, kind=kind, attribute=attribute, per_record=per_record)


def test_single_digit_facts_found_inside_a_product_name_are_no_summary() -> None:
    # "5" stars and "12" reviews are "found" in "iPhone 15 Pro 128 GB" as substrings: the
    # aria-label is still the headline, not a summary of the card's facts.
    names = ["iPhone 15 Pro 128 GB", "Galaxy S24 256 GB", "Pixel 8 128 GB"]
    links = [fromstring(f'<a href="/p/{i}" aria-label="{n}"></a>') for i, n in enumerate(names)]
    link = _slot(("div.card", "a"), "href", [(a, f"/p/{i}") for i, a in enumerate(links)], "href")
    stars = _slot(("div.card", "span.stars"), "text", [(fromstring("<span>x</span>"), v) for v in ("5", "4", "5")])
    reviews = _slot(("div.card", "span.reviews"), "text", [(fromstring("<span>x</span>"), v) for v in ("12", "2", "1")])
    named = title_named_by_link(link, [stars, reviews])
    assert named is not None


def test_a_base_quantity_part_of_two_records_in_twenty_is_no_field() -> None:
    # The price cut beside it is dropped as an accident of two records; its "100 g" must go too.
    pairs = [(fromstring("<span>x</span>"), "100 g"), (fromstring("<span>x</span>"), "1 kg")]
    unit = Slot(key=("div.card", "span.x"), kind="text", part_name="unit")
    unit.per_record = {n: [Occurrence(e, v)] for n, (e, v) in enumerate(pairs)}  # type: ignore[arg-type]
    price = Slot(key=("div.card", "span.x"), kind="text", part_name="price", per_record=dict(unit.per_record))
    assert not is_useful(price, 20)
    assert not is_useful(unit, 20)


def test_a_singular_only_after_one_is_no_second_unit() -> None:
    # "rok" is the year of "1 rok" only; "5 lat" counts years too. Two plurals still count apart.
    assert kind_from_values(["5 lat", "7 lat", "10 lat", "6 lat", "8 lat", "9 lat", "1 rok", "1 rok"]) == "number"
    assert kind_from_values(["2 hours", "4 hours", "3 days", "5 days"]) == "text"


def _named_cards(names: list[str], *facts: tuple[str, ...]) -> Slot | None:
    links = [fromstring(f'<a href="/p/{i}" aria-label="{n}"></a>') for i, n in enumerate(names)]
    link = _slot(("div.card", "a"), "href", [(a, f"/p/{i}") for i, a in enumerate(links)], "href")
    shown = [
        _slot(("div.card", f"span.f{k}"), "text", [(fromstring("<span>x</span>"), v) for v in column])
        for k, column in enumerate(facts)
    ]
    return title_named_by_link(link, shown)


def test_a_fact_is_found_in_a_name_as_a_whole_value() -> None:
    names = ["Laptop 1280 GB 169 Pro", "Tablet 2560 GB 249 Air", "Phone 640 GB 99 Max"]
    assert _named_cards(names, ("128", "256", "64"), ("16", "24", "9")) is not None
    summaries = ["Flat, 689,50 €, 54,3 m²", "Flat, 720,00 €, 61,0 m²", "Flat, 540,00 €, 40,2 m²"]
    assert _named_cards(summaries, ("689,50 €", "720,00 €", "540,00 €"), ("54,3 m²", "61,0 m²", "40,2 m²")) is None


def test_lone_digits_restate_only_beyond_two() -> None:
    names = ["House 3 bed 2 bath 1 car", "House 4 bed 2 bath 1 car", "House 3 bed 2 bath 1 car"]
    assert _named_cards(names, ("3", "4", "3"), ("2", "2", "2")) is not None
    assert _named_cards(names, ("3", "4", "3"), ("2", "2", "2"), ("1", "1", "1")) is None


def _part(name: str, values: list[str], key: tuple[str, ...], **cut: str) -> Slot:
    per_record = {n: [Occurrence(fromstring("<span>x</span>"), v)] for n, v in enumerate(values)}
    return Slot(key=key, kind="text", part_name=name, per_record=per_record, **cut)  # type: ignore[arg-type]


def test_a_base_quantity_goes_with_the_rare_price_that_fills_a_gap() -> None:
    usual = _slot(("div.card", "span.price"), "text", [(fromstring("<span>x</span>"), f"{n},99 €") for n in range(18)])
    key = ("div.card", "p.price-from", "span")
    price = _part("price", ["15,80 €", "9,20 €"], key, text_before=" / ")
    unit = _part("unit", ["100 g", "1 kg"], key, text_after=" / ")
    price.per_record = {18 + n: found for n, found in price.per_record.items()}
    unit.per_record = {18 + n: found for n, found in unit.per_record.items()}
    fillers = price_gap_fillers([usual, price, unit], 20)
    assert {id(price), id(unit)} <= fillers


def test_a_bookmark_carries_a_path_only_as_a_whole_path() -> None:
    home = _slot(("div.match", "a.home"), "href", [(fromstring("<a>x</a>"), "/team/12")], "href")
    other = _slot(("div.match", "a.news"), "href", [(fromstring("<a>x</a>"), "/team/news/team/123")], "href")
    assert shares_section(home, [other])
    carried = _slot(("div.match", "a.news"), "href", [(fromstring("<a>x</a>"), "/team/news/team/12/")], "href")
    assert not shares_section(home, [carried])
