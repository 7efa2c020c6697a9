"""Price columns typed by what they hold: an amount under a wrapper classed as a thumbnail is a
price, never an image address; costs some of which are ranges ("$15 – $25") or "Free" are kept
as written, as one amount would drop the range's top end."""

from __future__ import annotations

from agents.heuristics.valuetypes import are_ranges
from tests.unit.agents.conftest import spec_and_records

URL = "https://shop.example/products"
NAMES = ["Heron Print", "Night Ferry", "Tidepool Stickers", "Saltmarsh Zine", "Lighthouse Keeper", "Harbour Map"]


def _page(items: str, wrapper: str = "div") -> str:
    return (
        '<html><head><title>Shop</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav>'
        f'<main><h1>Products</h1><{wrapper} class="product-list">{items}</{wrapper}></main>'
        "<footer><a href='/contact'>Contact</a></footer></body></html>"
    )


def test_an_amount_in_a_wrapper_classed_as_a_thumbnail_is_a_price_not_an_image() -> None:
    amounts = ["24.00", "32.00", "9.00", "12.00", "40.00", "18.00"]
    items = "".join(
        f'<div class="product-list-thumb"><a class="product-list-link" href="/product/p{i}">'
        f'<div class="product-list-image"><img alt="{name}" src="https://cdn.example/p{i}.jpg?w=20"></div>'
        f'<div class="product-list-thumb-info"><div class="product-list-thumb-name">{name}</div>'
        f'<div class="product-list-thumb-price"><span data-currency-amount="{amount[:-1]}" data-currency-code="USD">'
        f'<span class="currency_sign">$</span>{amount}</span></div></div></a></div>'
        for i, (name, amount) in enumerate(zip(NAMES, amounts, strict=True))
    )
    spec, records = spec_and_records(_page(items), URL)
    priced = [f for f in spec.fields if f.type == "price"]
    assert len(priced) == 1
    assert [r[priced[0].name] for r in records] == [{"amount": float(a), "currency": "USD"} for a in amounts]
    images = [f.name for f in spec.fields if f.type in ("image", "url")]
    assert all(not str(r[name]).endswith(amounts[n]) for n, r in enumerate(records) for name in images)


def test_costs_with_ranges_and_free_are_kept_as_written() -> None:
    costs = ["$15 – $25", "Free", "$10", "$35", "Free", "$5 – $10", "$18 – $30", "Free"]
    titles = [*NAMES, "Garden Swap", "Film Night"]
    items = "".join(
        f'<li class="event-row"><h3><a class="event-title" href="/event/e{i}/">{title}</a></h3>'
        f'<span class="venue">Hall {i}</span><span class="event-cost">{cost}</span></li>'
        for i, (title, cost) in enumerate(zip(titles, costs, strict=True))
    )
    spec, records = spec_and_records(_page(items, "ul"), "https://city.example/events/")
    costs_read = [f for f in spec.fields if records[0].get(f.name) == "$15 – $25"]
    assert len(costs_read) == 1
    assert costs_read[0].type == "text"
    assert [r[costs_read[0].name] for r in records] == costs


def test_ranges_in_a_fair_share_of_prices_keep_a_column_as_written() -> None:
    assert are_ranges(["$15 – $25", "Free", "$10", "$35", "Free", "$5 – $10", "Free", "Free"])
    assert are_ranges(["€10-20", "€12", "€8 – €14", "€9", "€30"])
    # One variant's range among single prices: the column stays a price.
    assert not are_ranges(["£8.49 to £39.99", "£12.00", "£4.50", "£19.99", "£7.25", "£30.00", "£2.10", "£5.00"])
    # "Free" beside single prices only is a price column with some prices of nothing.
    assert not are_ranges(["Free", "$10", "$35", "Free", "$12"])


def test_a_photo_count_in_a_pictures_box_gives_no_number_column() -> None:
    items = "".join(
        f'<div class="ad"><a class="ad-title" href="/ad/{i}">{name}</a>'
        f'<div class="ad-image"><img src="https://cdn.example/a{i}.jpg" alt=""><span>{i % 5 + 2}</span></div>'
        f'<span class="ad-price">{400 + i * 15} €</span></div>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(_page(items), URL)
    counts = [str(i % 5 + 2) for i in range(len(NAMES))]
    assert all([str(r.get(f.name)) for r in records] != counts for f in spec.fields)
