"""A record's own page may be a query of the list's page: ``?family=Emydidae`` on each card."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "http://zoo.test/families/"
FAMILIES = ["Emydidae", "Testudinidae", "Cheloniidae", "Trionychidae", "Kinosternidae"]


def cards(link: str) -> str:
    items = "".join(
        f"<div class='card'><img src='/img/{name}.jpg' alt=''><h3 class='family'>{name}</h3>"
        f"<p class='count'>{10 + i} species</p><a class='btn' href='{link.format(name=name, i=i)}'>Learn more</a></div>"
        for i, name in enumerate(FAMILIES)
    )
    return f"<html><body><h1>Turtle families</h1><div class='cards'>{items}</div></body></html>"


def test_a_query_naming_each_records_own_view_is_its_link() -> None:
    html = cards("?frame=i&family={name}")
    records = extract_records(html, URL, analyze_page(html, URL).spec)
    assert [r.get("url") for r in records] == [f"{URL}?frame=i&family={name}" for name in FAMILIES]


def test_a_query_acting_on_the_record_is_no_link_of_its_own() -> None:
    html = cards("?add-to-cart={i}")
    records = extract_records(html, URL, analyze_page(html, URL).spec)
    assert len(records) == len(FAMILIES)
    assert not any("add-to-cart" in str(value) for r in records for value in r.values())


def test_a_parameter_only_containing_an_acting_word_still_shows_the_record() -> None:
    html = cards("?action=view&address={name}")  # "action", "address": no cart, no vote
    records = extract_records(html, URL, analyze_page(html, URL).spec)
    assert [r.get("url") for r in records] == [f"{URL}?action=view&address={name}" for name in FAMILIES]
