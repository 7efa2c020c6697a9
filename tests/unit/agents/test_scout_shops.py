"""The Scout on shop platforms as they ship their markup: WooCommerce, Shopify, eBay-like search.

Each test checks what a person would: how many records, field names they recognise, the first
and last values, the natural key and the way to the next page.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.schemas import PageProfile

Profiler = Callable[[str, str], PageProfile]
Body = Callable[[str], bytes]


def records_of(profile: PageProfile, body: bytes) -> list[dict[str, object]]:
    return [dict(r) for r in extract_records(body, profile.url, profile.spec)]


def usd(amount: float) -> dict[str, object]:
    return {"amount": amount, "currency": "USD"}


def test_woocommerce_archive_with_sale_prices_and_ranges(profile_of: Profiler, page_body: Body) -> None:
    url = "https://hearthandloom.example/shop/page/2/"
    profile = profile_of("woocommerce_shop.html", url)
    records = records_of(profile, page_body("woocommerce_shop.html"))
    spec = profile.spec
    assert spec.record_selector == "ul.products > li.product"  # not the "Top rated" sidebar widget
    assert len(records) == 12
    # no "sku": it is kept only in data-product_sku of the add-to-cart button, for the cart's script
    assert spec.field_names() == ["title", "url", "image", "rating", "old_price", "price_max", "price"]
    assert records[0] == {
        "title": "Herringbone Wool Throw",
        "url": "https://hearthandloom.example/product/herringbone-wool-throw/",
        "image": "https://hearthandloom.example/wp-content/uploads/2024/01/herringbone-wool-throw-324x324.jpg",
        "rating": 4.67,
        "old_price": usd(129.0),  # <del aria-hidden="true">: struck through, yet on screen
        "price_max": None,
        "price": usd(99.0),  # <ins>: the price a customer pays
    }
    assert records[1]["price"] == usd(32.0) and records[1]["old_price"] is None
    # "$149.00 – $219.00": a range reads from its start, its top end a column of its own
    assert (records[3]["price"], records[3]["price_max"]) == (usd(149.0), usd(219.0))
    assert records[-1]["title"] == "Organic Pillowcases (Pair)"
    assert (records[-1]["old_price"], records[-1]["price"]) == (usd(42.0), usd(35.7))
    assert spec.key_fields == ("url",)
    assert all("add-to-cart" not in str(v) for r in records for v in r.values())
    assert next_page_url(page_body("woocommerce_shop.html"), url, spec, page_number=1) == (
        "https://hearthandloom.example/shop/page/3/"
    )


def test_shopify_dawn_collection_grid(profile_of: Profiler, page_body: Body) -> None:
    url = "https://northfieldsupply.example/collections/all?page=2"
    profile = profile_of("shopify_collection.html", url)
    records = records_of(profile, page_body("shopify_collection.html"))
    spec = profile.spec
    assert len(records) == 8  # not the filter checkboxes, the menu or the footer links
    assert {"title", "url", "image", "vendor", "price", "old_price"} <= set(spec.field_names())
    first = records[0]
    assert first["title"] == "Waxed Canvas Tote"
    assert first["url"] == "https://northfieldsupply.example/collections/all/products/waxed-canvas-tote"
    assert first["vendor"] == "Northfield"
    assert first["price"] == usd(68.0)
    assert str(first["image"]).startswith("https://northfieldsupply.example/cdn/shop/files/waxed-canvas-tote.jpg")
    jacket = records[2]
    assert (jacket["price"], jacket["old_price"]) == (usd(189.0), usd(240.0))  # <s> compare-at price
    assert records[6]["price"] == usd(25.0)  # "From $25.00 USD", a gift card without an image
    assert records[-1]["title"] == "Beeswax Pillar Candle"
    assert records[-1]["vendor"] == "Old Hive"
    assert spec.key_fields == ("url",)
    assert next_page_url(page_body("shopify_collection.html"), url, spec, page_number=1) == (
        "https://northfieldsupply.example/collections/all?page=3"
    )


def test_books_catalogue_category_page(
    profile_of: Profiler, page_body: Body, rating_of_class: Callable[[str], object]
) -> None:
    url = "http://books.toscrape.example/catalogue/category/books/mystery_3/page-2.html"
    profile = profile_of("books_catalogue.html", url)
    records = records_of(profile, page_body("books_catalogue.html"))
    spec = profile.spec
    assert spec.record_selector == "article.product_pod"  # not the 50 categories of the sidebar
    assert len(records) == 12
    assert spec.field_names() == ["title", "url", "image", "rating", "price", "availability"]
    assert records[0] == {
        "title": "The Murder at the Vicarage (Miss Marple #1)",
        "url": "http://books.toscrape.example/catalogue/the-murder-at-the-vicarage-miss-marple-1_855/index.html",
        "image": "http://books.toscrape.example/media/cache/2a/d6/2ad6b8c54b1f3fcd4b21d5d6a1d4d7a1.jpg",
        "rating": rating_of_class("star-rating Four"),
        "price": {"amount": 37.53, "currency": "GBP"},
        "availability": "In stock",
    }
    # Titles longer than the card come whole from the link's title attribute.
    assert records[2]["title"] == "The No. 1 Ladies' Detective Agency (No. 1 Ladies' Detective Agency #1)"
    assert records[-1]["title"] == "Sharp Objects"
    assert records[-1]["price"] == {"amount": 47.82, "currency": "GBP"}
    assert spec.key_fields == ("url",)
    assert spec.pagination.next_selector == "li.next > a"  # "previous" comes first on the page
    next_url = next_page_url(page_body("books_catalogue.html"), url, spec, page_number=1)
    assert next_url == "http://books.toscrape.example/catalogue/category/books/mystery_3/page-3.html"


def test_ebay_like_search_results(profile_of: Profiler, page_body: Body) -> None:
    url = "https://www.ebay.com/sch/i.html?_nkw=iphone+12"
    profile = profile_of("ebay_search.html", url)
    records = records_of(profile, page_body("ebay_search.html"))
    spec = profile.spec
    # Sponsored listings are listings; the "Results matching fewer words" row is not one.
    assert spec.record_selector == "ul.srp-results > li.s-item"
    assert len(records) == 6
    names = set(spec.field_names())
    assert {"title", "url", "image", "price", "shipping", "location", "subtitle", "rating", "seller"} <= names
    assert "price_2" not in names  # "s-item__logisticsCost" is shipping, not a second price
    first = records[0]
    assert first["title"] == "Apple iPhone 12 64GB Black Unlocked - Good Condition"
    assert first["url"] == "https://www.ebay.com/itm/256389123401"  # without the click-tracking query
    assert first["price"] == usd(249.99)
    assert first["shipping"] == "+$5.99 shipping"  # kept as written: "Free shipping" has no amount
    assert first["location"] == "United States"  # "from United States": the word joins the place (``leadins``)
    assert first["rating"] == 4.5  # only written for screen readers: "4.5 out of 5 stars."
    assert first["reviews_count"] == 123.0
    # The "New Listing" badge inside the heading is not part of the title.
    assert records[1]["title"] == "Apple iPhone 12 128GB Blue (Verizon) Smartphone"
    assert records[1]["shipping"] == "Free shipping" and records[1]["rating"] is None
    assert records[2]["price"] == usd(9.99)  # "$9.99 to $14.99"
    last = records[-1]
    assert last["title"] == "Genuine Apple iPhone 12 Replacement Battery"
    assert (last["price"], last["shipping"]) == (usd(24.95), "Shipping not specified")
    assert spec.key_fields == ("url",)
    assert next_page_url(page_body("ebay_search.html"), url, spec, page_number=1) == (
        "https://www.ebay.com/sch/i.html?_nkw=iphone+12&_pgn=2"
    )
