"""A "Featured" card that repeats a listed record under a tracking URL is a paid placement; a
"Featured" card of its own (an editorial pick) is a record."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.sponsored import ad_mark_selectors, without_sponsored


def _card(number: int, featured: bool = False, query: str = "") -> str:
    badge = '<div class="card-badge"><span>Featured</span></div>' if featured else ""
    css = "card card--featured" if featured else "card"
    href = f"/wines/w/{number}?year=2020{query}"
    return (
        f'<div class="{css}">{badge}<a class="card-link" href="{href}"><span class="name">Wine {number}</span></a>'
        f'<a class="winery" href="/wineries/{number % 3}">Winery {number % 3}</a>'
        f'<span class="price">€{10 + number}.90</span></div>'
    )


def _members(cards: list[str]) -> list[HtmlElement]:
    root = html.fromstring('<div class="list">' + "".join(cards) + "</div>")
    return list(root.iterchildren())


def test_a_featured_copy_of_a_listed_card_is_left_out() -> None:
    cards = [_card(n) for n in range(8)]
    cards.insert(2, _card(5, featured=True, query="&price_id=66&cart_item_source=featured"))
    members = _members(cards)
    regular = without_sponsored(members)
    assert members[2] not in regular
    assert len(regular) == 8
    assert ad_mark_selectors(members[2])  # a mark that leaves it out on every page


def test_a_featured_card_of_its_own_is_a_record() -> None:
    cards = [_card(n) for n in range(8)]
    cards.insert(2, _card(42, featured=True))
    members = _members(cards)
    assert without_sponsored(members) == members
