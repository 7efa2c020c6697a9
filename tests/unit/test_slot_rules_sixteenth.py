"""Slots kept as data: a caption in bare text after an icon, a link naming one same page, a
hashtag list whose first tag is the searched one, a stock status on a few items, and an
address's town shared by every record of the page."""

from __future__ import annotations

from lxml import html

from agents.heuristics.labels import label_of
from agents.heuristics.raredata import is_stock_status
from tests.unit.slotcards import kept


def test_bare_text_after_an_icon_captions_the_value() -> None:
    root = html.fromstring('<div><i class="fa fa-scale"></i> Licence: <a href="/l?id=ogl">OGL v3</a></div>')
    assert label_of(root.find("a")) == ("Licence:", False)


def test_a_captioned_link_to_one_same_page_is_a_value() -> None:
    cards = [
        f'<h3><a href="/d/{i}">Data {i}</a></h3><div class="licence"><i class="fa"></i> Licence: '
        '<a href="/d/?license_id=ogl">Open Government Licence v3.0</a></div>'
        for i in range(6)
    ]
    assert kept(cards, "Open Government Licence v3.0")


def test_a_link_to_one_same_page_opening_a_window_of_its_own_is_no_value() -> None:
    cards = [
        f'<h3><a href="/p/{i}">Card {i}</a></h3><ul class="features"><li><strong>Memory:</strong> {8 * i}GB</li>'
        '<li><strong>Return Policy: </strong><a href="/promotions/returns/index.html" target="_blank">'
        "Standard Return Policy</a></li></ul>"
        f'<p class="by">by <a href="/author/{i % 2}">Author {i % 2}</a></p>'
        for i in range(1, 7)
    ]
    assert not kept(cards, "Standard Return Policy")
    same_author = [c.replace('/author/1">Author 1', '/author/0">Author 0') for c in cards]
    assert kept(same_author, "Author 0")


def test_a_link_named_the_same_to_each_record_page_is_still_dropped() -> None:
    cards = [
        f'<h3><a href="/d/{i}">Data {i}</a></h3><a class="more" href="/d/{i}/reviews">Reviews</a>' for i in range(6)
    ]
    assert not kept(cards, "Reviews")


def test_a_tag_list_starting_with_the_searched_tag_is_kept() -> None:
    tags = [["ramen"], ["ramen", "tokyo"], ["ramen", "miso"], ["ramen"], ["ramen", "noodles"], ["ramen", "broth"]]
    cards = [
        f'<p class="text">Post {i}</p><div class="bar">'
        + "".join(f'<a href="/tags/{t}">{t}</a>' for t in row)
        + "</div>"
        for i, row in enumerate(tags)
    ]
    assert kept(cards, "ramen")


def test_a_topics_page_jumps_are_no_column() -> None:
    # A forum topic row links its own later pages ("2 3 4"): pages of the record, not a value.
    jumps = [["2"], ["2", "3"], ["2", "3", "4"], ["2"], ["2", "3"], ["2", "3", "4", "5"]]
    cards = [
        f'<a class="topic" href="/t/{i}">Topic {i}</a><span class="jumps">'
        + "".join(f'<a href="/t/{i}?start={25 * (int(n) - 1)}">{n}</a>' for n in row)
        + "</span>"
        for i, row in enumerate(jumps)
    ]
    assert not kept(cards, "2")


def test_sold_out_on_two_items_of_many_is_a_value() -> None:
    cards = [f'<p class="name">Dish {i}</p><span class="price">£{i + 4}.50</span>' for i in range(12)]
    cards[3] += '<span class="flag">Sold out</span>'
    cards[8] += '<span class="flag">Sold out</span>'
    assert kept(cards, "Sold out")


def test_stock_status_phrases() -> None:
    assert all(is_stock_status(t) for t in ("Sold out", "Out of stock", "Ausverkauft", "Épuisé", "agotado"))
    assert not any(is_stock_status(t) for t in ("Sold by Acme", "In stock", "Popular"))


def test_a_town_shared_by_every_store_is_an_address_column() -> None:
    streets = ["135 Rye Lane", "2 Queens Road", "107 Dunton Road", "9 Lordship Lane", "4 Bellenden Road"]
    cards = [
        f'<h3>Store {i}</h3><address><span class="line">{street}</span>, <span class="line">London</span>, '
        f'<span class="postcode">SE15 {i}ST</span></address>'
        for i, street in enumerate(streets)
    ]
    assert kept(cards, "London")


def test_a_badge_among_a_car_spec_list_stays_a_badge() -> None:
    specs = [["2019", "Hatchback", "1.2L"], ["2020", "SUV", "1.5L"], ["2018", "Estate", "2.0L"], ["2021", "Van", "1.6"]]
    cards = [
        f"<h3>Car {i}</h3><ul>" + "".join(f'<li class="spec">{s}</li>' for s in row) + '<li class="spec">ULEZ</li></ul>'
        for i, row in enumerate(specs)
    ]
    last = "".join(f'<li class="spec">{s}</li>' for s in ("2017", "Coupe", "3.0L"))
    cards.append(f"<h3>Car 9</h3><ul>{last}</ul>")
    assert not kept(cards, "ULEZ")


def test_changing_captions_and_a_unit_after_the_price_are_no_columns() -> None:
    terms = [("Laufzeit:", "24 Monate"), ("Vertrag:", "monatlich kündbar")] * 3
    cards = [
        f'<h3>Tarif {i}</h3><div class="price"><span class="amount">{i + 9},99 €</span><span class="unit">mtl.</span>'
        f'</div><div class="term"><span class="term-label">{label}</span> <span>{term}</span></div>'
        for i, (label, term) in enumerate(terms)
    ]
    assert not kept(cards, "Laufzeit:")
    assert not kept(cards, "mtl.")
    assert kept(cards, "24 Monate")
