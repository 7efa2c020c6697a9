"""Mechanisms from the corpus benchmark's misses, each on a small fixture of its own: screen-reader
"Next" links, look-alike siblings that are different fields, sale and regular prices, sponsored
cards, a plain-text name cell, labelled values that look like actions or numbers."""

from __future__ import annotations

from collections.abc import Callable

from parsel import Selector

from pipeline.core.extract import extract_records
from pipeline.core.schemas import PageProfile
from tests.unit.agents.conftest import load

Profiler = Callable[[str, str], PageProfile]


def _records(name: str, profile: PageProfile) -> list[dict[str, object]]:
    return [dict(r) for r in extract_records(load(name), profile.url, profile.spec)]


def test_icon_only_next_link_is_found_by_its_screen_reader_text(profile_of: Profiler) -> None:
    profile = profile_of("icon_fields_jobs.html", "http://jobs.test/roles/")
    pagination = profile.spec.pagination
    assert pagination.kind == "next_link"
    assert pagination.next_selector is not None
    # The selector must lead to page 2, not to page 1 or 3.
    hrefs = Selector(text=load("icon_fields_jobs.html").decode()).css(pagination.next_selector).xpath("@href").getall()
    assert hrefs[0] == "/roles/p2"


def test_siblings_led_by_different_icons_are_separate_fields(profile_of: Profiler) -> None:
    profile = profile_of("icon_fields_jobs.html", "http://jobs.test/roles/")
    records = _records("icon_fields_jobs.html", profile)
    first, third = records[0], records[2]
    values = list(first.values())
    assert "Oslo, Norway" in values and "Full-time" in values
    assert not any(isinstance(v, list) and "Full-time" in v for v in values)
    # The third job shows no salary: its job type stays in the job-type column.
    location = next(k for k, v in first.items() if v == "Oslo, Norway")
    job_type = next(k for k, v in first.items() if v == "Full-time")
    assert third[location] == "Lisbon, Portugal" and third[job_type] == "Part-time"
    # The skill chips are still one list.
    tags = next(k for k, v in first.items() if v == ["Go", "Kubernetes"])
    assert third[tags] == ["Swift", "Kotlin", "CI"]


def test_bem_modifier_items_are_fields_and_sponsored_card_is_left_out(profile_of: Profiler) -> None:
    profile = profile_of("recipe_facts.html", "http://food.test/recipes/")
    records = _records("recipe_facts.html", profile)
    assert len(records) == 6
    assert all(r["title"] != "Try our new stock cubes" for r in records)
    assert records[1]["cooking_time"] == "2 hrs 30 mins"  # a duration, not the number 2
    assert records[1]["difficulty"] == "Hard"
    assert [r["tags"] for r in records[:2]] == [["Rice", "Vegetarian"], ["Beef"]]


def test_sale_and_regular_cards_fill_one_price_field(profile_of: Profiler) -> None:
    profile = profile_of("sale_prices.html", "http://gear.test/collections/all")
    records = _records("sale_prices.html", profile)
    amounts = [r["price"]["amount"] if isinstance(r["price"], dict) else r["price"] for r in records]
    assert amounts == [14.0, 24.0, 129.0, 9.5, 39.0, 79.0]
    olds = [r.get("old_price") for r in records]
    assert isinstance(olds[1], dict) and olds[1]["amount"] == 32.0
    assert olds[0] is None


def test_labelled_format_and_shelf_mark_are_text_values(profile_of: Profiler) -> None:
    profile = profile_of("library_dl.html", "http://library.test/search")
    records = _records("library_dl.html", profile)
    assert [r["format"] for r in records[:4]] == ["Book", "eBook", "Book", "Audiobook"]
    shelf = next(f for f in profile.spec.fields if f.name == "shelf_mark")
    assert shelf.type == "text"
    assert records[0]["shelf_mark"] == "631.4 HAR"
    assert records[0]["year"] == 2011


def test_plain_text_name_cell_is_kept_beside_the_link_tooltip(profile_of: Profiler) -> None:
    profile = profile_of("fund_table.html", "http://funds.test/screener")
    records = _records("fund_table.html", profile)
    names = [v for v in records[0].values() if v == "Alpha Broad Core Fund"]
    assert names, records[0]
    assert "ABC" in records[0].values()
