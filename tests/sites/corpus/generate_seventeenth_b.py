"""Seventeenth wave, part B: three shop-search families written and measured before any heuristic was
changed for them (a British online supermarket shelf, a wine marketplace search and a German bookshop
search).

* **grocerygrid** — a Tesco Groceries category page (``groceries/en-GB/shop/fresh-food/milk-butter-and-
  eggs/milk/all?sortBy=relevance``, 2024–25 "ddsweb" design system: styled-components class pairs
  ``styled__StyledVerticalTile-sc-1r1v9f3-0 kSHfr`` beside stable ``ddsweb-…`` hooks, ``data-auto`` /
  ``data-testid`` attributes): a header (logo, search, "My orders", "Sign in", "Book a slot"), the
  taxonomy nav, breadcrumbs, h1 "Milk", "Showing 1 to 10 of 26 items", filter chips and a sort select, then
  ``ul[data-auto=product-list]`` of ``li`` tiles: an image link, the title link
  (``/groceries/en-GB/products/<id>``, names with pack sizes "Tesco British Semi Skimmed Milk 2.272L,
  4 Pints"), the price "£1.65" and the unit price "£0.73/litre" (a ``p`` each with hashed classes), a
  value bar on some with the offer "£1.45 Clubcard Price" or "Any 3 for £10 Clubcard Price" and its
  promotion dates "Offer valid for delivery from 02/12/2024 until 22/12/2024", a rating on some
  (``aria-label="rating 4.6 out of 5 stars"`` + "(127)"), a quantity stepper ("-", the number input,
  "+", "Add"), a "Rest of shelf" link. Out-of-stock tiles show "This product's currently out of stock"
  instead of a price and the stepper. A "Sponsored" tile per page repeats a product of another page with
  an ``adId`` query; an "Inspiration" banner sits after the sixth tile. Pagination over ``&page=N``
  ("Previous page", numbers, "Next page"), footer, a OneTrust banner. Ten, ten and six products.
  Written down: title, url, price, currency, unit_price (the number per litre / per each), offer (the
  value-bar text), rating, review_count.
* **winecellar** — a Vivino-style wine search (``search/wines?q=rioja``, 2024–25 CSS-module classes
  ``wineCard__cardLink--3F_uB``): a header (search, "Wines", "Offers", "Pairings", cart, "Log in"),
  "Showing 1,204 wines" and filter chips, then ``div[data-testid=wineCard]`` cards: a bottle image, the
  winery link, the wine link (``/w/<id>?year=<vintage>``) holding the wine name and a vintage span
  ("2016", or "N.V."), region link + a flag ``i`` + the country "Rioja, Spain", grape and style lines
  ("Tempranillo · Red wine"), "0,75 l", the average rating "4.2" beside stars and "(1,234 ratings)"
  (fewer than 25 ratings show "Not enough ratings"), a "Top 5% of wines" / "Top 1% of wines" badge on
  some, the price "€24.90" with a struck "€29.90" on discounts and "€33.20 / l" per litre, the shop
  name, "Add to cart". A "Featured" card (another shop's deal of a listed wine) and a newsletter box in
  the list; pagination over ``&page=N``. Ten, ten and seven wines. Written down: winery, title, url,
  vintage, region, country, price, currency, original_price, rating, rating_count.
* **bookshelfde** — a Thalia-style bookshop search (``suche?sq=sebastian+fitzek``, 2024–25 ``tm-`` BEM
  classes, ``data-test`` hooks, custom elements): header (search, "Mein Konto", "Merkzettel",
  "Warenkorb"), "128 Ergebnisse für „sebastian fitzek“", format filter chips, then
  ``li.tm-produktliste__eintrag`` tiles: cover link, the format line ("Taschenbuch", "Gebundene
  Ausgabe", "eBook", "Hörbuch-Download"), the title link (``/shop/home/artikeldetails/A<id>``), a series
  line on some ("Die Augensammler-Reihe, Band 2"), "von Sebastian Fitzek" (with "Gelesen von …" on
  audio), stars ``aria-label="4,5 von 5 Sternen"`` + "(1.234)" on most, "Erscheinungsdatum 15.10.2024"
  (or "Erscheint am 15.10.2025" on preorders), the price "12,00 €" (with "inkl. gesetzl. MwSt."),
  the availability "Sofort lieferbar" / "Sofort per Download lieferbar" / "Vorbestellbar" /
  "Versandfertig in 1 - 2 Wochen", format-switch chips with the other formats' prices, a
  "In den Warenkorb" or "Vorbestellen" button and a "Merken" heart. An "Anzeige" tile (a publisher's
  ad for another book) and a Tolino banner in the list; pagination over ``&p=N``. Ten, ten and six
  books. Written down: title, url, author, format, price, currency, release_date, availability,
  rating, review_count.

Run ``uv run python tests/sites/corpus/generate_seventeenth_b.py`` to rebuild them (the helpers and
the conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SEVENTEENTH_B: dict[str, Callable[[], None]] = {}
NBSP = "\u00a0"


def seventeenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SEVENTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 5) -> str:
    """A stable mixed-case token, as styled-components and CSS-module class hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _sc(component: str) -> str:
    """A styled-components class pair: ``styled__Price-sc-1x2y3z-0 aBcDe``."""
    return f"styled__{component}-sc-{_hash(component, 6).lower()}-0 {_hash(component + '!')}"


def _cm(block: str) -> str:
    """A CSS-module class: ``wineCard__cardLink--3F_uB``."""
    return f"{block}--{_hash(block)}"


def _de_money(value: float) -> str:
    """``1299.0`` → ``1.299,00``."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


def _query_path(href: str) -> str:
    """The saved file name of a URL with a query."""
    return href.replace("?", "@")


# ---------------------------------------------------------------------------------------------------
# grocerygrid: a Tesco Groceries shelf.
# ---------------------------------------------------------------------------------------------------
GG_START = "groceries/en-GB/shop/fresh-food/milk-butter-and-eggs/milk/all?sortBy=relevance"
#: id, name, price, unit price, unit, offer, offer dates, rating, reviews, in stock
GG_PRODUCTS: list[tuple[Any, ...]] = [
    (
        254656543,
        "Tesco British Semi Skimmed Milk 2.272L, 4 Pints",
        1.65,
        0.73,
        "litre",
        "£1.45 Clubcard Price",
        ("02/12/2024", "22/12/2024"),
        4.6,
        127,
        True,
    ),
    (254656513, "Tesco British Whole Milk 2.272L, 4 Pints", 1.65, 0.73, "litre", None, None, 4.7, 89, True),
    (254656581, "Tesco British Skimmed Milk 1.136L, 2 Pints", 1.15, 1.01, "litre", None, None, None, None, True),
    (
        296318219,
        "Cravendale Filtered Fresh Semi Skimmed Milk 2L",
        3.35,
        1.68,
        "litre",
        "£2.75 Clubcard Price",
        ("25/11/2024", "15/12/2024"),
        4.8,
        1412,
        True,
    ),
    (
        296318227,
        "Cravendale Filtered Fresh Whole Milk 2L",
        3.35,
        1.68,
        "litre",
        "£2.75 Clubcard Price",
        ("25/11/2024", "15/12/2024"),
        4.8,
        967,
        True,
    ),
    (
        277451204,
        "Arla Lactofree Semi Skimmed Milk 1L",
        1.85,
        1.85,
        "litre",
        "Any 3 for £5 Clubcard Price",
        ("27/11/2024", "17/12/2024"),
        4.5,
        312,
        True,
    ),
    (254879622, "Tesco Finest Jersey Whole Milk 1 Litre", 1.60, 1.60, "litre", None, None, 4.4, 58, False),
    (301127765, "Yeo Valley Organic Semi Skimmed Milk 1 Litre", 1.70, 1.70, "litre", None, None, 3.9, 21, True),
    (
        254656702,
        "Tesco Organic British Semi Skimmed Milk 2.272L, 4 Pints",
        2.25,
        0.99,
        "litre",
        None,
        None,
        None,
        None,
        True,
    ),
    (
        287123349,
        "Muller Frijj Chocolate Milkshake 471Ml",
        1.80,
        3.82,
        "litre",
        "Any 3 for £4.50",
        ("20/11/2024", "10/12/2024"),
        4.6,
        204,
        True,
    ),
    (254912378, "Tesco British Semi Skimmed Milk 568Ml, 1 Pint", 0.65, 1.14, "litre", None, None, 4.2, 33, True),
    (
        309811275,
        "Alpro Oat No Sugars Chilled Drink 1 Litre",
        2.00,
        2.00,
        "litre",
        "£1.50 Clubcard Price",
        ("02/12/2024", "22/12/2024"),
        4.3,
        545,
        True,
    ),
    (
        305512281,
        "Oatly Oat Drink Barista Edition 1 Litre",
        2.20,
        2.20,
        "litre",
        "Any 3 for £5 Clubcard Price",
        ("27/11/2024", "17/12/2024"),
        4.7,
        2210,
        True,
    ),
    (254656560, "Tesco British 1% Fat Milk 2.272L, 4 Pints", 1.65, 0.73, "litre", None, None, None, None, False),
    (313356618, "Graham's The Family Dairy Protein Milk 1L", 1.95, 1.95, "litre", None, None, 4.1, 17, True),
    (299234406, "Cravendale Filtered Fresh Skimmed Milk 1L", 1.95, 1.95, "litre", None, None, 4.6, 188, True),
    (
        262009931,
        "Tesco Finest Jersey Gold Top Semi Skimmed Milk 1 Litre",
        1.60,
        1.60,
        "litre",
        "£1.40 Clubcard Price",
        ("02/12/2024", "22/12/2024"),
        None,
        None,
        True,
    ),
    (284411523, "Arla Big Milk Whole Milk For Growing Kids 1L", 1.75, 1.75, "litre", None, None, 4.5, 76, True),
    (
        311874410,
        "Yazoo Strawberry Milk Drink 400Ml",
        1.45,
        0.36,
        "100ml",
        "Any 3 for £3.50",
        ("20/11/2024", "10/12/2024"),
        4.4,
        143,
        True,
    ),
    (257661320, "Tesco British Whole Milk 568Ml, 1 Pint", 0.65, 1.14, "litre", None, None, None, None, True),
    (
        307761150,
        "Alpro Soya Original Chilled Drink 1 Litre",
        2.00,
        2.00,
        "litre",
        "£1.50 Clubcard Price",
        ("02/12/2024", "22/12/2024"),
        4.5,
        812,
        True,
    ),
    (295501182, "Tesco Lactose Free Semi Skimmed Milk 1 Litre", 1.40, 1.40, "litre", None, None, 4.0, 45, True),
    (319920017, "Jude's Vanilla Thick Shake 250Ml", 1.25, 0.50, "100ml", None, None, None, None, False),
    (263324879, "Graham's Organic Semi Skimmed Milk 2L", 2.50, 1.25, "litre", None, None, 4.3, 12, True),
    (276400215, "Tesco Goat's Semi Skimmed Milk 1 Litre", 1.95, 1.95, "litre", None, None, 4.6, 29, True),
    (
        300812206,
        "Muller Frijj Banana Milkshake 471Ml",
        1.80,
        3.82,
        "litre",
        "Any 3 for £4.50",
        ("20/11/2024", "10/12/2024"),
        4.5,
        98,
        True,
    ),
]
GG_SPONSORED = [11, 24, 0]  # a product of another page, shown as a Sponsored tile on pages 1, 2, 3


def _gg_href(number: int) -> str:
    return GG_START + (f"&page={number}" if number > 1 else "")


def _gg_url(product: tuple[Any, ...]) -> str:
    return f"/groceries/en-GB/products/{product[0]}"


def _gg_stars(rating: float, reviews: int) -> str:
    full = round(rating * 2) / 2
    icons = "".join(
        f'<span class="ddsweb-rating__icon ddsweb-rating__icon--{"full" if i + 1 <= full else "half" if i + 0.5 == full else "empty"}"><svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-5.5 4.5 2 7L12 16l-6.5 4.5 2-7L2 9h7z"></path></svg></span>'
        for i in range(5)
    )
    return f'<div class="ddsweb-rating__container {_sc("RatingContainer")}" data-testid="rating"><div class="ddsweb-rating__stars" role="img" aria-label="rating {rating} out of 5 stars">{icons}</div><span class="ddsweb-rating__hint ddsweb-text {_sc("Hint")}">({reviews})</span></div>'


def _gg_tile(product: tuple[Any, ...], *, sponsored: bool = False) -> str:
    pid, name, price, unit_price, unit, offer, dates, rating, reviews, stock = product
    href = _gg_url(product) + (f"?adId=ADV-{pid % 9973}-{_hash(name, 8)}&sponsored=true" if sponsored else "")
    offer_html = ""
    if offer:
        clubcard = "Clubcard" in offer
        offer_html = f"""<div class="ddsweb-value-bar {_sc("ValueBar")}" data-testid="value-bar">
   {'<span class="ddsweb-value-bar__logo"><svg aria-label="Clubcard" viewBox="0 0 40 16"></svg></span>' if clubcard else ""}<div class="ddsweb-value-bar__content"><p class="ddsweb-value-bar__content-text {_sc("ContentText")}">{esc(offer)}</p></div>
  </div>
  <p class="ddsweb-value-bar__terms ddsweb-text {_sc("Terms")}">Offer valid for delivery from {dates[0]} until {dates[1]}</p>"""
    if stock:
        price_html = f"""<div class="ddsweb-buybox__price {_sc("PriceContainer")}" data-testid="price-details">
   <p class="{_sc("PriceText")} ddsweb-text ddsweb-price__text">£{price:.2f}</p>
   <p class="{_sc("Subtext")} ddsweb-text ddsweb-price__subtext">£{unit_price:.2f}/{unit}</p>
  </div>
  <form class="ddsweb-quantity-controls {_sc("QuantityForm")}" method="post" action="/groceries/en-GB/trolley/items?_method=PUT" data-auto="quantity-controls">
   <input type="hidden" name="id" value="{pid}"><input type="hidden" name="newValue" value="1"><input type="hidden" name="oldValue" value="0"><input type="hidden" name="newUnitChoice" value="pcs">
   <button type="button" class="ddsweb-quantity-controls__button {_sc("IconButton")}" aria-label="Decrease quantity" disabled><span class="ddsweb-visually-hidden">-</span></button>
   <label class="ddsweb-visually-hidden" for="quantity-controls-{pid}">Quantity of {esc(name)}</label>
   <input id="quantity-controls-{pid}" class="ddsweb-quantity-controls__input {_sc("Input")}" type="number" inputmode="numeric" value="1" min="1" max="99">
   <button type="button" class="ddsweb-quantity-controls__button {_sc("IconButton")}" aria-label="Increase quantity"><span class="ddsweb-visually-hidden">+</span></button>
   <button type="submit" class="ddsweb-button ddsweb-button--primary ddsweb-quantity-controls__add-button {_sc("AddButton")}" data-auto="ddsweb-quantity-controls-add-button"><span class="ddsweb-button__inner">Add</span><span class="ddsweb-visually-hidden"> {esc(name)} to trolley</span></button>
  </form>"""
    else:
        price_html = f"""<div class="ddsweb-buybox__unavailable {_sc("Unavailable")}" data-testid="unavailable-message"><p class="ddsweb-text">This product's currently out of stock</p></div>
  <a class="ddsweb-link__anchor {_sc("Anchor")}" href="{_gg_url(product)}?tab=alternatives">See alternatives</a>"""
    rating_html = _gg_stars(rating, reviews) if rating else ""
    sponsor_html = (
        f'<p class="ddsweb-text {_sc("SponsoredLabel")}" data-testid="sponsored-label">Sponsored</p>'
        if sponsored
        else ""
    )
    return f"""<li class="{_sc("WrappedLi")} {"ddsweb-product-list__item"}" data-testid="{pid}">
 <div class="{_sc("StyledVerticalTile")} ddsweb-vertical-tile" data-auto="product-tile">
  <div class="ddsweb-vertical-tile__media"><a class="{_sc("ImageLink")}" href="{href}" tabindex="-1" aria-hidden="true"><img class="ddsweb-responsive-image__image" src="https://digitalcontent.api.tesco.example/v2/media/ghs/{_hash(name, 8)}/{pid}.jpeg?h=225&amp;w=225" alt="" loading="lazy"></a></div>
  {sponsor_html}
  <div class="ddsweb-vertical-tile__content">
   <h3 class="{_sc("TitleContainer")} ddsweb-title-link__container"><a class="{_sc("Anchor")} ddsweb-link__anchor ddsweb-title-link__link" href="{href}"><span class="{_sc("Text")} ddsweb-link__text">{esc(name)}</span></a></h3>
   {rating_html}
  </div>
  {offer_html}
  {price_html}
  <a class="ddsweb-link__anchor {_sc("RestOfShelf")}" href="/groceries/en-GB/shop/fresh-food/milk-butter-and-eggs/milk/all?superdepartment=fresh-food&amp;productId={pid}">Rest of shelf</a>
  <button type="button" class="ddsweb-favourite-heart {_sc("Favourite")}" aria-label="Add {esc(name)} to favourites" aria-pressed="false"></button>
 </div>
</li>"""


def _gg_page(number: int, total: int, products: list[tuple[Any, ...]]) -> str:
    tiles = [_gg_tile(p) for p in products]
    tiles.insert(1, _gg_tile(GG_PRODUCTS[GG_SPONSORED[number - 1]], sponsored=True))
    tiles.insert(
        7,
        f"""<li class="{_sc("InspirationLi")}" data-testid="inspiration-tile"><div class="ddsweb-promo-tile"><a href="/groceries/en-GB/zone/christmas-drinks"><img src="https://digitalcontent.api.tesco.example/v2/media/marketing/xmas-hot-choc.jpeg" alt=""><p class="ddsweb-heading">Cosy up this Christmas</p><p class="ddsweb-text">Hot chocolate, marshmallows and more from £1</p><span class="ddsweb-link__text">Shop now</span></a></div></li>""",
    )
    first, last = (number - 1) * 10 + 1, (number - 1) * 10 + len(products)
    pages = "".join(
        f'<li class="ddsweb-pagination__item"><a class="ddsweb-pagination__link{" ddsweb-pagination__link--active" if n == number else ""}" href="/{esc(_gg_href(n))}"{" aria-current=page" if n == number else ""} aria-label="Page {n}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    prev_link = (
        f'<li><a class="ddsweb-pagination__link ddsweb-pagination__prev" href="/{esc(_gg_href(number - 1))}" aria-label="Go to results page"><span class="ddsweb-visually-hidden">Previous page</span></a></li>'
        if number > 1
        else '<li><span class="ddsweb-pagination__prev ddsweb-pagination__link--disabled" aria-hidden="true"></span></li>'
    )
    next_link = (
        f'<li><a class="ddsweb-pagination__link ddsweb-pagination__next" href="/{esc(_gg_href(number + 1))}" aria-label="Go to results page"><span class="ddsweb-visually-hidden">Next page</span></a></li>'
        if number < total
        else '<li><span class="ddsweb-pagination__next ddsweb-pagination__link--disabled" aria-hidden="true"></span></li>'
    )
    state = {
        "resources": {
            "productsByCategory": {
                "data": {
                    "results": {
                        "pageInformation": {"totalCount": 26, "pageNo": number, "count": 10},
                        "productItems": [
                            {"product": {"id": str(p[0]), "title": p[1], "isForSale": p[9]}} for p in products
                        ],
                    }
                }
            }
        }
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Milk - Tesco Groceries</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Shop for Milk at Tesco. Buy online for home delivery or Click+Collect.">
<link rel="canonical" href="/{esc(_gg_href(number))}"><link rel="stylesheet" href="/groceries/static/css/mfe-plp.7c1d2e.css"></head>
<body class="ddsweb-theme">
<a class="ddsweb-skip-link" href="#main">Skip to main content</a>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to make our website work, to personalise content and ads and to analyse our traffic. <a href="/help/privacy-and-cookies">Privacy and cookies policy</a></p><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Manage cookies</button></div>
<header class="{_sc("Header")} ddsweb-header" data-auto="header">
 <div class="ddsweb-header__utility"><a href="/help">Help</a><a href="/store-locator">Store locator</a><a href="/account/login/en-GB?from=/groceries">Sign in</a><a href="/account/register/en-GB">Register</a></div>
 <a class="ddsweb-header__logo" href="/groceries/en-GB"><svg aria-label="Tesco logo" viewBox="0 0 112 32"></svg></a>
 <form class="ddsweb-search {_sc("SearchForm")}" role="search" action="/groceries/en-GB/search"><label class="ddsweb-visually-hidden" for="search-input">Search</label><input id="search-input" name="query" type="search" placeholder="Search"><button type="submit" aria-label="search"></button></form>
 <nav class="ddsweb-header__account" aria-label="Account"><a href="/groceries/en-GB/slots">Book a slot</a><a href="/groceries/en-GB/orders">My orders</a><a href="/groceries/en-GB/favorites">Favourites</a><a href="/groceries/en-GB/trolley" aria-label="Trolley, 0 items, £0.00">£0.00</a></nav>
 <nav class="ddsweb-taxonomy" aria-label="Groceries"><ul><li><a href="/groceries/en-GB/shop/fresh-food/all">Fresh Food</a></li><li><a href="/groceries/en-GB/shop/bakery/all">Bakery</a></li><li><a href="/groceries/en-GB/shop/frozen-food/all">Frozen Food</a></li><li><a href="/groceries/en-GB/shop/food-cupboard/all">Food Cupboard</a></li><li><a href="/groceries/en-GB/shop/drinks/all">Drinks</a></li><li><a href="/groceries/en-GB/shop/baby/all">Baby &amp; Toddler</a></li><li><a href="/groceries/en-GB/shop/household/all">Household</a></li><li><a href="/groceries/en-GB/promotions/all">Special Offers</a></li></ul></nav>
</header>
<main id="main" class="{_sc("Main")}">
 <nav class="ddsweb-breadcrumb" aria-label="breadcrumb"><ol><li><a href="/groceries/en-GB">Groceries</a></li><li><a href="/groceries/en-GB/shop/fresh-food/all">Fresh Food</a></li><li><a href="/groceries/en-GB/shop/fresh-food/milk-butter-and-eggs/all">Milk, Butter &amp; Eggs</a></li><li><span aria-current="page">Milk</span></li></ol></nav>
 <h1 class="ddsweb-heading {_sc("Heading")}">Milk</h1>
 <div class="{_sc("Filters")}" data-auto="filters"><p class="ddsweb-text" data-auto="pagination-summary">Showing {first} to {last} of 26 items</p>
  <div class="ddsweb-chips" role="group" aria-label="Filter by"><button class="ddsweb-chip" aria-pressed="false">Clubcard Prices (9)</button><button class="ddsweb-chip" aria-pressed="false">Any 3 for (6)</button><button class="ddsweb-chip" aria-pressed="false">Organic (3)</button><button class="ddsweb-chip" aria-pressed="false">Lactose free (3)</button><button class="ddsweb-chip">Dietary &amp; Lifestyle</button><button class="ddsweb-chip">Brands</button></div>
  <label for="sortBy">Sort by</label><select id="sortBy" name="sortBy"><option value="relevance" selected>Relevance</option><option value="price-ascending">Price: Low to High</option><option value="price-descending">Price: High to Low</option><option value="name">Name</option></select></div>
 <div class="{_sc("ProductListWrapper")}"><ul class="{_sc("ProductList")} ddsweb-product-list" data-auto="product-list">
{"".join(tiles)}
 </ul></div>
 <nav class="ddsweb-pagination {_sc("Pagination")}" aria-label="pagination" data-auto="pagination"><ul>{prev_link}{pages}{next_link}</ul></nav>
 <section class="{_sc("Recommendations")}" aria-label="You might also like"><h2>You might also like</h2><ul><li><a href="/groceries/en-GB/products/254998120">Tesco British Salted Butter 250G</a> <span>£2.25</span></li><li><a href="/groceries/en-GB/products/255011783">Tesco 15 Free Range Eggs</a> <span>£3.30</span></li></ul></section>
</main>
<footer class="ddsweb-footer"><div><h3>Customer services</h3><ul><li><a href="/help/contact">Contact us</a></li><li><a href="/help/delivery">Delivery information</a></li><li><a href="/help/returns">Returns</a></li></ul></div><div><h3>Tesco Clubcard</h3><ul><li><a href="/clubcard">Clubcard Prices</a></li><li><a href="/clubcard/plus">Clubcard Plus</a></li></ul></div><p>© Tesco.com 2024</p></footer>
<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>
</body></html>"""


@seventeenth_b
def build_grocerygrid() -> None:
    s = Site(
        "grocerygrid",
        kind="supermarket category shelf (Tesco Groceries 2024–25 ddsweb design: styled-components class pairs beside ddsweb- hooks, li tiles with pack-size names 'Tesco British Semi Skimmed Milk 2.272L, 4 Pints', '£1.65' + '£0.73/litre', Clubcard / 'Any 3 for' value bars with offer dates, aria-label ratings with '(127)', quantity steppers with 'Add', 'Rest of shelf', a Sponsored tile repeating a product of another page, out-of-stock tiles without price, &page=N)",
        start=GG_START,
        description="A Tesco Groceries shelf /groceries/en-GB/shop/fresh-food/milk-butter-and-eggs/milk/all?sortBy=relevance as served in 2024–2025 (styled-components classes 'styled__StyledVerticalTile-sc-1r1v9f3-0 kSHfr' beside ddsweb- design-system hooks, data-auto / data-testid attributes): OneTrust banner, header (utility links, logo, search, 'Book a slot', 'My orders', trolley), taxonomy nav, breadcrumbs, h1 'Milk', 'Showing 1 to 10 of 26 items', filter chips with counts, sort select, then ul[data-auto=product-list] of li tiles: an image link, h3 title link (/groceries/en-GB/products/<id>) with pack sizes in the name, an aria-label 'rating 4.6 out of 5 stars' + '(127)' on most, a value bar 'Clubcard' logo + '£1.45 Clubcard Price' / 'Any 3 for £5 Clubcard Price' / 'Any 3 for £4.50' with 'Offer valid for delivery from 02/12/2024 until 22/12/2024' on some, the price '£1.65' and '£0.73/litre', a quantity form (-, number input, +, 'Add' with a hidden ' … to trolley'), 'Rest of shelf', a favourite heart. Out-of-stock tiles show 'This product's currently out of stock' and 'See alternatives' instead of prices. A 'Sponsored' tile (a product of another page, ?adId=…) second on every page and an inspiration promo tile; pagination over &page=N; 'You might also like' rail with prices, footer, __INITIAL_STATE__. Ten, ten and six products. Written down: title, url, price, currency, unit_price (a number; the unit is per litre or per 100ml), offer (the value-bar text), rating, review_count.",
    )
    pages = chunks(GG_PRODUCTS, [10, 10, 6])
    for number, products in enumerate(pages, 1):
        s.list_page(_query_path(_gg_href(number)), _gg_page(number, len(pages), products))
    for product in GG_PRODUCTS:
        _pid, name, price, unit_price, _unit, offer, _dates, rating, reviews, stock = product
        s.expect(
            {
                "title": name,
                "url": _gg_url(product),
                "price": price if stock else None,
                "currency": "GBP" if stock else None,
                "unit_price": unit_price if stock else None,
                "offer": offer,
                "rating": rating,
                "review_count": reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# winecellar: a Vivino-style wine search.
# ---------------------------------------------------------------------------------------------------
WC_START = "search/wines?q=rioja"
#: id, winery, wine, vintage, region, country, country code, grape, style, price, struck, rating, ratings, badge, shop
WC_WINES: list[tuple[Any, ...]] = [
    (
        1132904,
        "La Rioja Alta",
        "Viña Ardanza Reserva",
        2016,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        29.90,
        34.90,
        4.3,
        18734,
        "Top 5% of wines",
        "Weinhandlung Kreis",
    ),
    (
        1145630,
        "Marqués de Murrieta",
        "Reserva Finca Ygay",
        2019,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        22.50,
        None,
        4.1,
        9212,
        None,
        "Vinos y Más",
    ),
    (
        1098772,
        "CVNE",
        "Imperial Gran Reserva",
        2015,
        "Rioja Alta",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        54.00,
        None,
        4.4,
        6120,
        "Top 1% of wines",
        "Weinhandlung Kreis",
    ),
    (
        1210385,
        "Bodegas Muga",
        "Reserva",
        2020,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        19.95,
        23.95,
        4.0,
        25481,
        None,
        "Hawesko",
    ),
    (
        1320044,
        "Ramón Bilbao",
        "Crianza",
        2021,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        9.99,
        None,
        3.7,
        41987,
        None,
        "Vinos y Más",
    ),
    (
        1187621,
        "López de Heredia",
        "Viña Tondonia Reserva Blanco",
        2012,
        "Rioja Alta",
        "Spain",
        "es",
        "Viura",
        "White wine",
        49.90,
        None,
        4.3,
        3344,
        "Top 5% of wines",
        "Weinhandlung Kreis",
    ),
    (
        1421893,
        "Bodegas Bhilar",
        "Phinca Revilla",
        None,
        "Rioja Alavesa",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        31.00,
        None,
        None,
        19,
        None,
        "Natürlich Wein",
    ),
    (
        1299314,
        "Bodegas Montecillo",
        "Gran Reserva Selección Especial",
        2013,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        27.50,
        32.00,
        4.0,
        2148,
        None,
        "Hawesko",
    ),
    (
        1102258,
        "Bodegas Roda",
        "Roda I Reserva",
        2018,
        "Rioja Alta",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        59.00,
        None,
        4.4,
        7731,
        "Top 5% of wines",
        "Vinos y Más",
    ),
    (
        1376602,
        "Marqués de Cáceres",
        "Rosado",
        2023,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Rosé wine",
        7.49,
        8.99,
        3.6,
        5412,
        None,
        "Weinfreunde",
    ),
    (
        1265507,
        "Artadi",
        "Viñas de Gain",
        2021,
        "Rioja Alavesa",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        24.90,
        None,
        4.1,
        1803,
        None,
        "Weinhandlung Kreis",
    ),
    (
        1188843,
        "Bodegas Palacios Remondo",
        "La Montesa",
        2020,
        "Rioja Oriental",
        "Spain",
        "es",
        "Garnacha",
        "Red wine",
        18.90,
        None,
        4.0,
        4468,
        None,
        "Natürlich Wein",
    ),
    (
        1432210,
        "Cune",
        "Monopole Blanco",
        2023,
        "Rioja",
        "Spain",
        "es",
        "Viura",
        "White wine",
        11.90,
        13.50,
        3.8,
        6977,
        None,
        "Weinfreunde",
    ),
    (
        1153398,
        "Château Ygay",
        "Rioja Seco",
        None,
        "Rioja",
        "Spain",
        "es",
        "Viura",
        "White wine",
        14.00,
        None,
        None,
        8,
        None,
        "Natürlich Wein",
    ),
    (
        1274156,
        "Finca Allende",
        "Allende Tinto",
        2019,
        "Rioja Alta",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        26.00,
        None,
        4.2,
        2291,
        None,
        "Hawesko",
    ),
    (
        1390047,
        "Bodegas Lan",
        "Culmen Reserva",
        2016,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        39.90,
        45.00,
        4.3,
        1504,
        "Top 5% of wines",
        "Weinhandlung Kreis",
    ),
    (
        1115562,
        "Remírez de Ganuza",
        "Reserva",
        2016,
        "Rioja Alavesa",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        64.00,
        None,
        4.4,
        2876,
        "Top 1% of wines",
        "Vinos y Más",
    ),
    (
        1467734,
        "Bodegas Ontañón",
        "Rioja Reserva",
        2017,
        "Rioja Oriental",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        15.90,
        None,
        3.9,
        988,
        None,
        "Weinfreunde",
    ),
    (
        1254419,
        "Viña Real",
        "Crianza",
        2021,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        10.49,
        12.99,
        3.7,
        12355,
        None,
        "Hawesko",
    ),
    (
        1335876,
        "Bodegas Faustino",
        "Faustino I Gran Reserva",
        2011,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        21.99,
        26.99,
        3.9,
        33210,
        None,
        "Weinfreunde",
    ),
    (
        1486020,
        "Bodegas Tradición",
        "Rioja Tempranillo",
        2022,
        "Navarra",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        8.90,
        None,
        3.5,
        412,
        None,
        "Natürlich Wein",
    ),
    (
        1177390,
        "Château Musar",
        "Rioja Style Blend",
        2017,
        "Bekaa Valley",
        "Lebanon",
        "lb",
        "Cinsault",
        "Red wine",
        42.00,
        None,
        4.2,
        3902,
        None,
        "Weinhandlung Kreis",
    ),
    (
        1409911,
        "Bodegas Beronia",
        "Reserva",
        2019,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        13.99,
        None,
        3.8,
        15022,
        None,
        "Hawesko",
    ),
    (
        1122864,
        "Tahbilk",
        "Tempranillo Rioja Clone",
        2021,
        "Nagambie Lakes",
        "Australia",
        "au",
        "Tempranillo",
        "Red wine",
        19.50,
        None,
        3.7,
        231,
        None,
        "Vinos y Más",
    ),
    (
        1298207,
        "Bodegas Altanza",
        "Reserva Lealtanza",
        2018,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        12.90,
        14.90,
        3.8,
        3019,
        None,
        "Weinfreunde",
    ),
    (
        1361534,
        "Sierra Cantabria",
        "Cuvée",
        2019,
        "Rioja",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        23.00,
        None,
        4.1,
        2603,
        None,
        "Natürlich Wein",
    ),
    (
        1229978,
        "Contino",
        "Reserva",
        2018,
        "Rioja Alavesa",
        "Spain",
        "es",
        "Tempranillo",
        "Red wine",
        36.50,
        None,
        4.2,
        4110,
        "Top 5% of wines",
        "Hawesko",
    ),
]
WC_FEATURED = [3, 15, 8]


def _wc_href(number: int) -> str:
    return WC_START + (f"&page={number}" if number > 1 else "")


def _wc_url(wine: tuple[Any, ...]) -> str:
    wid, winery, name, vintage = wine[:4]
    return f"/{slug(winery + ' ' + name)}/w/{wid}" + (f"?year={vintage}" if vintage else "")


def _wc_stars(rating: float) -> str:
    out = ""
    for i in range(5):
        fill = max(0.0, min(1.0, rating - i))
        out += f'<i class="{_cm("starRating__icon")} {"icon-100-pct" if fill >= 0.75 else "icon-50-pct" if fill >= 0.25 else "icon-0-pct"}"></i>'
    return out


def _wc_card(wine: tuple[Any, ...], *, featured: bool = False) -> str:
    wid, winery, name, vintage, region, country, code, grape, style, price, struck, rating, count, badge, shop = wine
    url = _wc_url(wine) + (
        ("&" if "?" in _wc_url(wine) else "?") + "price_id=" + str(wid % 7919) + "&cart_item_source=featured"
        if featured
        else ""
    )
    vintage_html = f'<span class="{_cm("vintageTitle__vintage")}">{vintage if vintage else "N.V."}</span>'
    if rating is not None:
        rating_html = f"""<div class="{_cm("averageValue__averageValue")}" data-testid="wineRating"><div class="{_cm("averageValue__value")}">{rating:.1f}</div><div class="{_cm("starRating__starRating")}" aria-hidden="true">{_wc_stars(rating)}</div><div class="{_cm("averageValue__caption")}">({count:,} ratings)</div></div>"""
    else:
        rating_html = f"""<div class="{_cm("averageValue__averageValue")} {_cm("averageValue__noRatings")}" data-testid="wineRating"><div class="{_cm("averageValue__value")}">—</div><div class="{_cm("averageValue__caption")}">Not enough ratings ({count})</div></div>"""
    badge_html = (
        f'<div class="{_cm("wineCard__badge")}" data-testid="topBadge"><svg aria-hidden="true" viewBox="0 0 16 16"></svg><span>{badge}</span></div>'
        if badge
        else ""
    )
    struck_html = (
        f'<span class="{_cm("price__strike")}"><span class="visually-hidden">Original price</span><s>€{struck:.2f}</s></span><span class="{_cm("price__discount")}">-{round((1 - price / struck) * 100)}%</span>'
        if struck
        else ""
    )
    featured_html = (
        f'<div class="{_cm("wineCard__featured")}"><span>Featured</span><span class="{_cm("wineCard__featuredInfo")}" title="This placement is paid for by the merchant">ⓘ</span></div>'
        if featured
        else ""
    )
    per_litre = f"€{price / 0.75:.2f} / l"
    return f"""<div class="{_cm("wineCard__wineCard")}{" " + _cm("wineCard__isFeatured") if featured else ""}" data-testid="wineCard" data-vintage-id="{wid}{vintage or 0}">
 {featured_html}
 <div class="{_cm("wineCard__bottle")}"><a href="{url}" tabindex="-1"><img class="{_cm("wineCard__bottleImage")}" src="//images.vivino.example/thumbs/{_hash(name, 10)}_pb_x300.png" alt="{esc(winery)} {esc(name)} {vintage or "N.V."} bottle" loading="lazy"></a></div>
 <div class="{_cm("wineCard__wineInfo")}">
  {badge_html}
  <a class="{_cm("wineInfoVintage__winery")}" href="/wineries/{slug(winery)}">{esc(winery)}</a>
  <a class="{_cm("wineCard__cardLink")}" href="{url}" data-testid="wineLink"><div class="{_cm("wineInfoVintage__truncate")}"><span class="{_cm("vintageTitle__wine")}">{esc(name)}</span> {vintage_html}</div></a>
  <div class="{_cm("wineInfoLocation__wineInfoLocation")}"><i class="flag-icon flag-icon-{code} {_cm("wineInfoLocation__flag")}" aria-hidden="true"></i><div class="{_cm("wineInfoLocation__regionAndCountry")}"><a href="/wine-regions/{slug(region)}">{esc(region)}</a>, <span>{esc(country)}</span></div></div>
  <div class="{_cm("wineInfoGrape__wineInfoGrape")}"><span>{esc(grape)}</span> · <span>{esc(style)}</span> · <span>0,75{NBSP}l</span></div>
 </div>
 <div class="{_cm("wineCard__rating")}">{rating_html}</div>
 <div class="{_cm("wineCard__price")}" data-testid="addToCart">
  <div class="{_cm("price__price")}">{struck_html}<span class="{_cm("price__amount")}">€{price:.2f}</span></div>
  <div class="{_cm("price__perLitre")}">{per_litre}</div>
  <div class="{_cm("merchant__name")}">Sold by <a href="/merchants/{slug(shop)}">{esc(shop)}</a></div>
  <button class="{_cm("addToCartButton__addToCartButton")}" type="button">Add to cart</button>
  <button class="{_cm("wishlistButton")}" type="button" aria-label="Add to wishlist"></button>
 </div>
</div>"""


def _wc_page(number: int, total: int, wines: list[tuple[Any, ...]]) -> str:
    cards = [_wc_card(w) for w in wines]
    cards.insert(2, _wc_card(WC_WINES[WC_FEATURED[number - 1]], featured=True))
    cards.insert(
        6,
        f"""<div class="{_cm("newsletterCard__card")}" data-testid="newsletterCard"><h3>Get the best deals first</h3><p>Join 65 million wine lovers and get offers up to 40% off.</p><form action="/newsletter"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form></div>""",
    )
    first, last = (number - 1) * 10 + 1, (number - 1) * 10 + len(wines)
    numbers = "".join(
        f'<li><a class="{_cm("pagination__page")}{" " + _cm("pagination__active") if n == number else ""}" href="/{esc(_wc_href(n))}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    prev_link = (
        f'<li><a class="{_cm("pagination__prev")}" href="/{esc(_wc_href(number - 1))}" rel="prev">‹ Previous</a></li>'
        if number > 1
        else ""
    )
    next_link = (
        f'<li><a class="{_cm("pagination__next")}" href="/{esc(_wc_href(number + 1))}" rel="next">Next ›</a></li>'
        if number < total
        else ""
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "numberOfItems": len(wines),
        "itemListElement": [
            {"@type": "ListItem", "position": first + i, "url": _wc_url(w)} for i, w in enumerate(wines)
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Search results for "rioja" | Vivino</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/search-9e2d1f.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body>
<div id="cookie-consent" class="{_cm("cookieBanner__banner")}" role="dialog" aria-label="Cookies"><p>We use cookies to give you the best experience and to show you relevant offers. By clicking "Accept" you agree to our use of cookies.</p><button>Accept</button><button>Only necessary</button><a href="/privacy">Learn more</a></div>
<header class="{_cm("navigation__navigation")}"><a class="{_cm("navigation__logo")}" href="/"><svg aria-label="Vivino" viewBox="0 0 90 28"></svg></a>
 <form class="{_cm("searchBar__searchBar")}" action="/search/wines" role="search"><input name="q" type="search" value="rioja" aria-label="Search any wine"><button type="submit" aria-label="Search"></button></form>
 <nav class="{_cm("navigation__menu")}"><a href="/explore">Wines</a><a href="/offers">Offers</a><a href="/wine-pairings">Pairings</a><a href="/grapes">Grapes</a><a href="/wine-regions">Regions</a></nav>
 <div class="{_cm("navigation__user")}"><a href="/carts" aria-label="Cart">0</a><a href="/login">Log in</a><a href="/signup">Sign up</a><span class="{_cm("navigation__ship")}">Ship to <b>Germany</b> · EUR</span></div>
</header>
<main class="{_cm("searchPage__searchPage")}">
 <h1 class="{_cm("searchPage__title")}">Search results for “rioja”</h1>
 <p class="{_cm("searchPage__count")}">Showing {first}–{last} of 27 wines</p>
 <div class="{_cm("filterChips__chips")}"><button>Red</button><button>White</button><button>Rosé</button><button>Sparkling</button><button>€10–€20</button><button>Rating 4+</button><button>Spain</button></div>
 <div class="{_cm("searchPage__results")}" data-testid="searchResults">
{"".join(cards)}
 </div>
 <nav class="{_cm("pagination__pagination")}" aria-label="Pagination"><ul>{prev_link}{numbers}{next_link}</ul></nav>
 <aside class="{_cm("searchPage__related")}"><h2>Popular regions</h2><ul><li><a href="/wine-regions/ribera-del-duero">Ribera del Duero</a></li><li><a href="/wine-regions/priorat">Priorat</a></li><li><a href="/wine-regions/navarra">Navarra</a></li></ul></aside>
</main>
<footer class="{_cm("footer__footer")}"><ul><li><a href="/about">About us</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/imprint">Impressum</a></li></ul><p>Drink responsibly. Sale of alcohol to persons under 18 is prohibited.</p><p>© Vivino 2025</p></footer>
</body></html>"""


@seventeenth_b
def build_winecellar() -> None:
    s = Site(
        "winecellar",
        kind="wine marketplace search (Vivino 2024–25: wineCard__… CSS-module classes, data-testid hooks, winery link above a wine link holding name + vintage span ('N.V.' on some), flag icon + 'Rioja, Spain', grape · style · '0,75 l', '4.2' over stars with '(1,234 ratings)' or 'Not enough ratings', 'Top 5% of wines' badges, '€24.90' with a struck '€29.90' and '-17%', '€33.20 / l', a Featured card repeating a listed wine, ItemList JSON-LD, &page=N)",
        start=WC_START,
        description="A Vivino-style search /search/wines?q=rioja as served in 2024–2025 (CSS-module classes 'wineCard__cardLink--3F_uB', data-testid hooks, English UI shipping to Germany in EUR): cookie dialog, header (search, 'Wines', 'Offers', 'Pairings', cart, 'Log in', 'Ship to Germany'), h1, 'Showing 1–10 of 27 wines', filter chips, then div[data-testid=wineCard] cards: a bottle image link, a 'Top 5% of wines' / 'Top 1% of wines' badge on some, the winery link (/wineries/<slug>), the wine link (/<slug>/w/<id>?year=<vintage>) holding the wine name span and a vintage span ('2016' or 'N.V.'), a flag icon with the region link + ', ' + the country span, 'Tempranillo · Red wine · 0,75 l', the average '4.2' + stars + '(18,734 ratings)' (or '—' + 'Not enough ratings (19)'), the price '€24.90' after a struck 'Original price €29.90' and '-17%' on discounts, '€33.20 / l', 'Sold by <shop>', 'Add to cart', a wishlist button. A 'Featured' card (a listed wine again, another link query) third on every page and a newsletter card; ItemList JSON-LD; pagination over &page=N; footer. Ten, ten and seven wines. Written down: winery, title (the wine name without the vintage), url, vintage, region, country, price, currency, original_price (the struck price), rating, rating_count (also for the unrated ones: the count is shown).",
    )
    pages = chunks(WC_WINES, [10, 10, 7])
    for number, wines in enumerate(pages, 1):
        s.list_page(_query_path(_wc_href(number)), _wc_page(number, len(pages), wines))
    for wine in WC_WINES:
        (
            _wid,
            winery,
            name,
            vintage,
            region,
            country,
            _code,
            _grape,
            _style,
            price,
            struck,
            rating,
            count,
            _badge,
            _shop,
        ) = wine
        s.expect(
            {
                "winery": winery,
                "title": name,
                "url": _wc_url(wine),
                "vintage": vintage,
                "region": region,
                "country": country,
                "price": price,
                "currency": "EUR",
                "original_price": struck,
                "rating": rating,
                "rating_count": count,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bookshelfde: a Thalia-style German bookshop search.
# ---------------------------------------------------------------------------------------------------
BS_START = "suche?sq=sebastian+fitzek"
#: id, title, series, author, narrator, format, price, release (d, m, y), availability, rating, reviews, other formats
BS_BOOKS: list[tuple[Any, ...]] = [
    (
        1071347580,
        "Das Kalendermädchen",
        None,
        "Sebastian Fitzek",
        None,
        "Gebundene Ausgabe",
        25.00,
        (15, 10, 2024),
        "Sofort lieferbar",
        4.3,
        1287,
        [("Taschenbuch", None), ("eBook", 19.99), ("Hörbuch-Download", 17.95)],
    ),
    (
        1068823321,
        "Das Kalendermädchen",
        None,
        "Sebastian Fitzek",
        None,
        "eBook",
        19.99,
        (15, 10, 2024),
        "Sofort per Download lieferbar",
        4.3,
        1287,
        [("Gebundene Ausgabe", 25.00), ("Hörbuch-Download", 17.95)],
    ),
    (
        1072214409,
        "Der Augensammler",
        "Die Augensammler-Reihe, Band 1",
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (1, 6, 2011),
        "Sofort lieferbar",
        4.5,
        3412,
        [("eBook", 9.99), ("Hörbuch-CD", 14.99)],
    ),
    (
        1072214417,
        "Der Augenjäger",
        "Die Augensammler-Reihe, Band 2",
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (2, 5, 2012),
        "Sofort lieferbar",
        4.4,
        2210,
        [("eBook", 9.99)],
    ),
    (
        1074403377,
        "Der Nachbar",
        None,
        "Sebastian Fitzek",
        None,
        "Gebundene Ausgabe",
        25.00,
        (22, 10, 2025),
        "Vorbestellbar",
        None,
        None,
        [("eBook", 19.99)],
    ),
    (
        1069990215,
        "Die Einladung",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        13.00,
        (1, 10, 2024),
        "Sofort lieferbar",
        4.1,
        987,
        [("Gebundene Ausgabe", 24.00), ("eBook", 9.99)],
    ),
    (
        1070456631,
        "Der Heimweg",
        None,
        "Sebastian Fitzek",
        "Simon Jäger",
        "Hörbuch-Download",
        17.95,
        (21, 10, 2020),
        "Sofort per Download lieferbar",
        4.6,
        612,
        [("Taschenbuch", 12.00)],
    ),
    (
        1066341890,
        "Passagier 23",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (3, 11, 2015),
        "Versandfertig in 1 - 2 Wochen",
        4.2,
        1876,
        [("eBook", 9.99)],
    ),
    (
        1073308115,
        "Mimik",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        13.00,
        (1, 10, 2023),
        "Sofort lieferbar",
        4.0,
        1452,
        [("eBook", 10.99)],
    ),
    (
        1067781204,
        "Die Therapie",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        11.00,
        (1, 7, 2006),
        "Sofort lieferbar",
        4.3,
        2634,
        [],
    ),
    (
        1068123349,
        "Das Paket",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (1, 10, 2017),
        "Sofort lieferbar",
        4.1,
        2977,
        [("eBook", 9.99)],
    ),
    (
        1071998802,
        "Playlist",
        None,
        "Sebastian Fitzek",
        None,
        "eBook",
        9.99,
        (1, 10, 2022),
        "Sofort per Download lieferbar",
        4.0,
        1103,
        [("Taschenbuch", 13.00)],
    ),
    (
        1074455120,
        "Die Augensammler-Reihe Band 1 - 3 im Schuber",
        "Die Augensammler-Reihe, Band 1 - 3",
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        36.00,
        (2, 12, 2024),
        "Versandfertig in 3 - 5 Tagen",
        None,
        None,
        [],
    ),
    (
        1065512237,
        "Amokspiel",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        11.00,
        (1, 3, 2007),
        "Sofort lieferbar",
        4.2,
        1540,
        [("eBook", 8.99)],
    ),
    (
        1070029915,
        "Fische, die auf Bäume klettern",
        None,
        "Sebastian Fitzek",
        None,
        "Gebundene Ausgabe",
        20.00,
        (1, 10, 2021),
        "Sofort lieferbar",
        3.8,
        318,
        [("eBook", 14.99)],
    ),
    (
        1069112274,
        "Flugangst 7A",
        None,
        "Sebastian Fitzek",
        "Simon Jäger",
        "Hörbuch-CD",
        16.99,
        (25, 10, 2017),
        "Versandfertig in 1 - 2 Wochen",
        4.2,
        1322,
        [("Taschenbuch", 12.00)],
    ),
    (
        1074620098,
        "Der erste letzte Tag",
        "Kein Thriller, Band 1",
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (1, 4, 2021),
        "Sofort lieferbar",
        4.2,
        2051,
        [("eBook", 9.99)],
    ),
    (
        1066780041,
        "Noah",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (1, 8, 2013),
        "Sofort lieferbar",
        4.0,
        1188,
        [],
    ),
    (
        1074802231,
        "Das Geschenk",
        None,
        "Sebastian Fitzek",
        None,
        "eBook",
        9.99,
        (1, 9, 2019),
        "Sofort per Download lieferbar",
        4.0,
        1769,
        [("Taschenbuch", 12.00)],
    ),
    (
        1075009874,
        "Der Insasse",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        12.00,
        (1, 10, 2019),
        "Sofort lieferbar",
        4.1,
        2240,
        [("eBook", 9.99)],
    ),
    (
        1075330021,
        "Das Joshua-Profil",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        11.00,
        (1, 9, 2016),
        "Sofort lieferbar",
        4.1,
        1455,
        [],
    ),
    (
        1075881150,
        "Die Blutschule",
        None,
        "Max Rhode",
        None,
        "Taschenbuch",
        11.00,
        (1, 2, 2016),
        "Versandfertig in 3 - 5 Tagen",
        3.5,
        409,
        [],
    ),
    (
        1076002319,
        "Schreib oder stirb",
        None,
        "Micky Beisenherz",
        None,
        "Taschenbuch",
        12.00,
        (1, 3, 2019),
        "Sofort lieferbar",
        3.7,
        284,
        [],
    ),
    (
        1076114467,
        "Splitter",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        11.00,
        (1, 8, 2009),
        "Sofort lieferbar",
        4.1,
        1602,
        [("eBook", 8.99)],
    ),
    (
        1076290051,
        "Seelenbrecher",
        None,
        "Sebastian Fitzek",
        None,
        "Taschenbuch",
        11.00,
        (1, 10, 2008),
        "Sofort lieferbar",
        4.3,
        2190,
        [],
    ),
    (
        1076530877,
        "Der Seelenbrecher (Graphic Novel)",
        None,
        "Sebastian Fitzek",
        None,
        "Gebundene Ausgabe",
        28.00,
        (12, 11, 2025),
        "Vorbestellbar",
        None,
        None,
        [],
    ),
]
BS_AD = (1077100023, "Die Tote im Eiskeller", "Romy Hausmann", "Taschenbuch", 13.00)


def _bs_href(number: int) -> str:
    return BS_START + (f"&p={number}" if number > 1 else "")


def _bs_url(book: tuple[Any, ...]) -> str:
    return f"/shop/home/artikeldetails/A{book[0]}"


def _bs_day(day: tuple[int, int, int]) -> str:
    return f"{day[0]:02d}.{day[1]:02d}.{day[2]}"


def _bs_tile(book: tuple[Any, ...]) -> str:
    bid, title, series, author, narrator, fmt, price, day, availability, rating, reviews, others = book
    preorder = availability == "Vorbestellbar"
    series_html = (
        f'<p class="tm-artikeldetails__reihe element-text-small" data-test="series">{esc(series)}</p>' if series else ""
    )
    narrator_html = (
        f'<p class="tm-artikeldetails__sprecher element-text-small">Gelesen von {esc(narrator)}</p>' if narrator else ""
    )
    if rating is not None:
        full = int(rating)
        stars = "".join(
            f'<span class="tm-sterne__stern tm-sterne__stern--{"voll" if i < full else "halb" if i == full and rating - full >= 0.5 else "leer"}"></span>'
            for i in range(5)
        )
        rating_html = f'<div class="tm-bewertung" data-test="rating"><span class="tm-sterne" role="img" aria-label="{str(rating).replace(".", ",")} von 5 Sternen">{stars}</span><a class="tm-bewertung__anzahl element-link-standard" href="{_bs_url(book)}#bewertungen">({f"{reviews:,}".replace(",", ".")})</a></div>'
    else:
        rating_html = '<div class="tm-bewertung tm-bewertung--leer" data-test="rating"><a class="element-link-standard" href="#bewerten">Jetzt bewerten</a></div>'
    date_text = f"Erscheint am {_bs_day(day)}" if preorder else f"Erscheinungsdatum {_bs_day(day)}"
    chips = "".join(
        f'<a class="tm-formatwechsel__chip element-chip" href="/shop/home/artikeldetails/A{bid + 11 * (i + 1)}"><span class="tm-formatwechsel__format">{other}</span>{f" <span class=tm-formatwechsel__preis>{_de_money(other_price)}{NBSP}€</span>" if other_price else ""}</a>'
        for i, (other, other_price) in enumerate(others)
    )
    chips_html = (
        f'<div class="tm-formatwechsel" data-test="format-switch"><span class="element-text-small">Weitere Formate:</span>{chips}</div>'
        if chips
        else ""
    )
    button = "Vorbestellen" if preorder else "In den Warenkorb"
    avail_class = (
        "tm-lieferstatus--vorbestellbar"
        if preorder
        else "tm-lieferstatus--sofort"
        if availability.startswith("Sofort")
        else "tm-lieferstatus--verzoegert"
    )
    return f"""<li class="tm-produktliste__eintrag artikel" data-test="product-tile" data-artikel-id="A{bid}">
 <product-item class="tm-produkt" data-tracking='{{"id":"A{bid}","format":"{esc(fmt)}","position":0}}'>
  <a class="tm-produkt__cover element-link-toplevel" href="{_bs_url(book)}" tabindex="-1" aria-hidden="true"><img src="https://assets.thalia.example/images/{_hash(title, 10)}/{bid}-00-00.jpg" alt="" loading="lazy"></a>
  <div class="tm-artikeldetails">
   <p class="tm-artikeldetails__format element-text-small-strong" data-test="format">{esc(fmt)}</p>
   <a class="tm-artikeldetails__link element-link-toplevel" href="{_bs_url(book)}" data-test="product-link"><h2 class="tm-artikeldetails__titel element-headline-small">{esc(title)}</h2></a>
   {series_html}
   <p class="tm-artikeldetails__autor element-text-standard">von <a class="element-link-standard" href="/autor/{slug(author)}-{zlib.crc32(author.encode()) % 9973}/">{esc(author)}</a></p>
   {narrator_html}
   {rating_html}
   <p class="tm-artikeldetails__erscheinung element-text-small">{date_text}</p>
  </div>
  <div class="tm-preis-kauf">
   <p class="tm-preis element-headline-medium" data-test="price">{_de_money(price)}{NBSP}€</p>
   <p class="tm-preis__mwst element-text-extrasmall">inkl. gesetzl. MwSt.</p>
   <p class="tm-lieferstatus {avail_class} element-text-small" data-test="availability"><span class="tm-lieferstatus__punkt" aria-hidden="true"></span>{esc(availability)}</p>
   <button class="element-button-primary tm-warenkorb-button" type="button" data-test="add-to-cart"><span class="element-icon-cart" aria-hidden="true"></span>{button}</button>
   <button class="tm-merkzettel-button element-button-icon" type="button" aria-label="{esc(title)} merken"><span class="element-icon-heart"></span><span class="element-text-extrasmall">Merken</span></button>
  </div>
  {chips_html}
 </product-item>
</li>"""


def _bs_ad() -> str:
    bid, title, author, fmt, price = BS_AD
    return f"""<li class="tm-produktliste__eintrag tm-produktliste__eintrag--anzeige" data-test="sponsored-tile">
 <div class="tm-sponsored"><span class="tm-sponsored__label element-text-extrasmall">Anzeige</span>
  <a class="tm-sponsored__link" href="/shop/home/artikeldetails/A{bid}?wt_mc=sponsored.suche.1&amp;campaign=btb-2024-11" rel="sponsored"><img src="https://assets.thalia.example/images/sponsored/{bid}.jpg" alt=""><p class="tm-artikeldetails__format element-text-small-strong">{fmt}</p><h2 class="element-headline-small">{esc(title)}</h2><p class="element-text-standard">von {esc(author)}</p><p class="tm-preis element-headline-medium">{_de_money(price)}{NBSP}€</p></a>
  <p class="element-text-extrasmall">Gesponsert von btb Verlag</p>
 </div>
</li>"""


def _bs_page(number: int, total: int, books: list[tuple[Any, ...]]) -> str:
    tiles = [_bs_tile(b) for b in books]
    tiles.insert(3, _bs_ad())
    if number == 1:
        tiles.insert(
            8,
            '<li class="tm-produktliste__eintrag tm-produktliste__eintrag--banner" data-test="promo-banner"><a href="/tolino"><img src="https://assets.thalia.example/banner/tolino-vision-7.jpg" alt="tolino vision color"><p>Der neue tolino vision color – jetzt 20 % sparen*</p></a></li>',
        )
    pages = "".join(
        f'<li><a class="tm-paging__seite{" tm-paging__seite--aktiv" if n == number else ""}" href="/{esc(_bs_href(n))}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    prev_link = (
        f'<li><a class="tm-paging__zurueck" href="/{esc(_bs_href(number - 1))}" aria-label="Vorherige Seite"><span class="element-icon-chevron-left"></span></a></li>'
        if number > 1
        else ""
    )
    next_link = (
        f'<li><a class="tm-paging__weiter" href="/{esc(_bs_href(number + 1))}" aria-label="Nächste Seite"><span class="element-icon-chevron-right"></span></a></li>'
        if number < total
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>sebastian fitzek - Suchergebnisse | Thalia</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, follow">
<link rel="stylesheet" href="/shop/static/css/suche.4a1b7c.css"><script type="module" src="/shop/static/js/product-item.js"></script></head>
<body class="tm-seite">
<div id="usercentrics-root" data-test="consent"><div role="dialog" aria-label="Datenschutz-Einstellungen"><p>Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Einkaufserlebnis zu bieten. Mit „Alle akzeptieren“ willigen Sie ein.</p><button>Alle akzeptieren</button><button>Nur notwendige</button><button>Einstellungen</button></div></div>
<header class="tm-header"><a class="tm-header__logo" href="/"><svg aria-label="Thalia" viewBox="0 0 120 32"></svg></a>
 <form class="tm-suche" role="search" action="/suche"><input type="search" name="sq" value="sebastian fitzek" aria-label="Suchbegriff"><button type="submit" aria-label="Suchen"></button></form>
 <nav class="tm-header__service"><a href="/filialen">Filialen</a><a href="/konto">Mein Konto</a><a href="/merkzettel">Merkzettel</a><a href="/warenkorb" aria-label="Warenkorb, 0 Artikel">Warenkorb</a></nav>
 <nav class="tm-header__kategorien"><a href="/buecher">Bücher</a><a href="/ebooks">eBooks</a><a href="/hoerbuecher">Hörbücher</a><a href="/tolino">tolino</a><a href="/spielwaren">Spielwaren</a><a href="/schreibwaren">Schreibwaren</a><a href="/angebote">Angebote</a></nav>
 <p class="tm-header__usp">Kostenloser Versand ab 0 € für Bücher · Bequem auf Rechnung</p>
</header>
<main class="tm-suchergebnis">
 <h1 class="element-headline-large">128 Ergebnisse für „sebastian fitzek“</h1>
 <div class="tm-filter" data-test="filter"><button class="element-chip">Bücher (64)</button><button class="element-chip">eBooks (38)</button><button class="element-chip">Hörbücher (21)</button><button class="element-chip">Taschenbuch</button><button class="element-chip">Gebundene Ausgabe</button><button class="element-chip">Sofort lieferbar</button>
  <label>Sortierung <select name="sort"><option>Relevanz</option><option>Erscheinungsdatum</option><option>Preis aufsteigend</option><option>Preis absteigend</option><option>Bestseller</option></select></label></div>
 <ul class="tm-produktliste" data-test="result-list">
{"".join(tiles)}
 </ul>
 <nav class="tm-paging" aria-label="Seitennavigation"><ul>{prev_link}{pages}{next_link}</ul><p class="element-text-small">Seite {number} von {total}</p></nav>
 <section class="tm-empfehlungen"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="/shop/home/artikeldetails/A1069000001">Arno Strobel – Mörderfinder</a> <span>12,00{NBSP}€</span></li><li><a href="/shop/home/artikeldetails/A1069000002">Charlotte Link – Die Suche</a> <span>13,00{NBSP}€</span></li></ul></section>
</main>
<footer class="tm-footer"><ul><li><a href="/hilfe">Hilfe &amp; Kontakt</a></li><li><a href="/versandkosten">Versandkosten</a></li><li><a href="/agb">AGB</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/impressum">Impressum</a></li></ul><p>* Alle Preise inkl. gesetzl. MwSt. Preisangaben ggf. zzgl. Versandkosten.</p><p>© 2025 Thalia Bücher GmbH</p></footer>
</body></html>"""


@seventeenth_b
def build_bookshelfde() -> None:
    s = Site(
        "bookshelfde",
        kind="bookshop search (Thalia 2024–25: li.tm-produktliste__eintrag tiles around a product-item custom element, format line 'Taschenbuch' / 'Gebundene Ausgabe' / 'eBook' above the title, series 'Die Augensammler-Reihe, Band 2' on some, 'von Sebastian Fitzek', '4,5 von 5 Sternen' + '(1.287)', 'Erscheinungsdatum 15.10.2024' / 'Erscheint am …', '12,00 €', 'Sofort lieferbar' / 'Vorbestellbar', 'In den Warenkorb' / 'Vorbestellen', format-switch chips with prices, an 'Anzeige' tile, &p=N)",
        start=BS_START,
        description="A Thalia-style search /suche?sq=sebastian+fitzek as served in 2024–2025 (tm- BEM classes and element- design tokens, data-test hooks, a product-item custom element with a JSON data-tracking attribute): Usercentrics dialog, header (search, 'Mein Konto', 'Merkzettel', 'Warenkorb', category nav), h1 '128 Ergebnisse für „sebastian fitzek“', filter chips with counts, sort select, then ul.tm-produktliste of li tiles: cover link, p[data-test=format] 'Taschenbuch' / 'Gebundene Ausgabe' / 'eBook' / 'Hörbuch-Download' / 'Hörbuch-CD', the title link (/shop/home/artikeldetails/A<id>) around an h2, a series line on some, 'von <author link>', 'Gelesen von …' on audio, stars role=img aria-label '4,3 von 5 Sternen' + '(1.287)' (or 'Jetzt bewerten'), 'Erscheinungsdatum 15.10.2024' (or 'Erscheint am 22.10.2025' on preorders), '25,00 €', 'inkl. gesetzl. MwSt.', the availability ('Sofort lieferbar', 'Sofort per Download lieferbar', 'Versandfertig in 1 - 2 Wochen', 'Vorbestellbar'), an 'In den Warenkorb' / 'Vorbestellen' button, 'Merken', 'Weitere Formate:' chips linking to the other formats with their prices. An 'Anzeige' tile fourth on every page (a publisher's book, not a result) and a tolino banner on page 1; pagination over &p=N with 'Seite 1 von 3'; recommendations with prices, footer. Ten, ten and six books (the same title in two formats is two results). Written down: title, url, author, format, price, currency, release_date (ISO day), availability, rating, review_count.",
    )
    pages = chunks(BS_BOOKS, [10, 10, 6])
    for number, books in enumerate(pages, 1):
        s.list_page(_query_path(_bs_href(number)), _bs_page(number, len(pages), books))
    for book in BS_BOOKS:
        _bid, title, _series, author, _narrator, fmt, price, day, availability, rating, reviews, _others = book
        s.expect(
            {
                "title": title,
                "url": _bs_url(book),
                "author": author,
                "format": fmt,
                "price": price,
                "currency": "EUR",
                "release_date": f"{day[2]}-{day[1]:02d}-{day[0]:02d}",
                "availability": availability,
                "rating": rating,
                "review_count": reviews,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SEVENTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
