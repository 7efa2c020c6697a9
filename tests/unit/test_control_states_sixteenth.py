"""Calls to act that tell a record's state: "Tickets" and "Notify me" beside a greyed-out
"Sold out" at the same place are one status field, and the ticket link is kept."""

from __future__ import annotations

from typing import Any

from parsel import Selector

from agents.heuristics.fields import propose_fields
from pipeline.core.extract import extract_field

_CITIES = ("Leeds", "York", "Hull", "Bath", "Ely", "Derby", "Wells", "Truro", "Ripon", "Exeter")


def _offer(number: int, greyed: str) -> str:
    if number % 4 == 1:
        return f'<span class="ev-button ev-button-disabled" {greyed}>Sold out</span>'
    if number % 4 == 3:
        return f'<a class="ev-button ev-rsvp" href="https://tickets.example/e/{number}?trigger=notify">Notify me</a>'
    return (
        f'<a class="ev-button ev-offers" href="https://tickets.example/t/{number}?src=widget">'
        '<span class="ev-button-text">Tickets</span></a>'
    )


def _rows(greyed: str = 'aria-disabled="true"') -> list[dict[str, Any]]:
    rows = "".join(
        f'<div class="ev"><a class="ev-data" href="/e/{n}"><div class="ev-venue">Hall {n}</div>'
        f'<div class="ev-city">{city}, United Kingdom</div></a>'
        f'<div class="ev-offers-box">{_offer(n, greyed)}</div></div>'
        for n, city in enumerate(_CITIES)
    )
    records = [Selector(root=node.root, type="html") for node in Selector(text=f"<main>{rows}</main>").css("div.ev")]
    fields = [draft.spec for draft in propose_fields(records)]
    return [{f.name: extract_field(r, f, "") for f in fields} for r in records]


def _columns(rows: list[dict[str, Any]]) -> list[list[Any]]:
    return [[row.get(name) for row in rows] for name in rows[0]]


def test_buttons_beside_a_greyed_out_control_are_a_status() -> None:
    columns = _columns(_rows())
    states = {1: "Sold out", 3: "Notify me"}
    assert [states.get(n % 4, "Tickets") for n in range(10)] in columns
    links = {0: "https://tickets.example/t/{n}?src=widget", 2: "https://tickets.example/t/{n}?src=widget"}
    links[3] = "https://tickets.example/e/{n}?trigger=notify"
    assert [links[n % 4].format(n=n) if n % 4 in links else None for n in range(10)] in columns


def test_a_state_word_tells_the_state_without_a_disabled_mark() -> None:
    columns = _columns(_rows(greyed=""))
    assert any("Sold out" in column and "Tickets" in column for column in columns)


def test_a_shop_s_add_to_cart_button_greyed_out_stays_an_action() -> None:
    rows = "".join(
        f'<div class="item"><a class="item-title" href="/p/{n}">Speaker {n}</a><span class="price">${20 + n}.99</span>'
        f'<div class="item-button"><button class="btn add-to-cart" type="button"'
        f"{' disabled' if n % 4 == 1 else ''}>{'Sold Out' if n % 4 == 1 else 'Add to Cart'}</button></div></div>"
        for n in range(10)
    )
    records = [Selector(root=node.root, type="html") for node in Selector(text=f"<main>{rows}</main>").css("div.item")]
    values = [extract_field(r, draft.spec, "") for draft in propose_fields(records) for r in records]
    assert "Add to Cart" not in values
