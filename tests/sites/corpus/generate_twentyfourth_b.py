"""Twenty-fourth wave, part B: three marketplace search pages copied from their real 2024–25 logged-out
server-rendered markup and written before any heuristic was changed for them.

* **bulkhall** — a warehouse club's search results as Costco's WebSphere Commerce search page renders them:
  the header (membership / sign-in links, the search form, ``nav#navigation-dropdown`` department links), a
  ``div#search-results`` column beside the facet sidebar (``div.facet-list`` with counts), "Showing 1-24 of 58"
  + Sort-by select, ``div.product-list.grid > div.product``, each ``div.product-tile-set[data-pdp-url]`` with a
  ``div.thumbnail``: the image link (``aria-hidden``), ``div.caption`` with ``div.price[automation-id]`` "$21.99",
  a ``p.promo`` "$4 OFF" on some, ``span.description > a`` with the name (", 2-pack" sizes inside), a
  ``div.product-rating`` whose schema.org microdata ``meta``s and ``span.offscreen`` "Rated 4.7 out of 5 stars
  based on 1234 reviews." come before the bare "(1234)" (no rating block on new items), a feature ``ul`` on
  some, "Online Only" / "Member Only Item" marketing lines and a "Compare Product" checkbox; an ad banner row
  between tiles; Costco's ``div.paging`` with ``li.back`` / ``li.page`` / ``li.forward`` whose previous / next
  links hold only an ``i.co-arrow-*`` icon and an aria-label, ``&currentPage=N``; the footer link columns.
  24 + 24 + 10 items. Written down: title, url, price, currency, promo (text as shown), rating, rating_count.
* **kartmela** — an Indian marketplace's mobile-phone search in list view as Flipkart's React server render
  shows it: obfuscated short classes (``_1AtVbE col-12-12`` rows, ``_2kHMtA`` cards, ``a._1fQZEK`` full-card
  links with the long ``?pid=…&lid=…&marketplace=FLIPKART&q=…&srno=s_1_N&otracker=search…`` query),
  ``div[data-id]`` product ids, ``div._4rR01T`` names, ``div._3LWZlK`` "4.3" with a star img, ``span._2_R_DZ``
  "1,234 Ratings&nbsp;&amp;&nbsp;98 Reviews" split over spans, ``ul._1xgFaf`` spec bullets, ``div._30jeq3``
  "₹12,999", struck ``div._3I9_wc`` MRP "₹16,999" and ``div._3Ay6Sb`` "23% off" on discounted phones, the
  "Assured" badge only as an ``img._7dzyg5`` (no text), "Free delivery", "Bank Offer", an "Ad" card per page in
  the same markup, the filter sidebar with brand checkboxes, "Showing 1 – 24 of 56 results for …", and
  ``nav.yFHi8N`` with a "Page 1 of 3" span, numbered ``a.ge-49M`` links and ``a._1LKTO3`` "Previous" / "Next"
  to ``&page=N``. 24 + 24 + 8 phones.
  Written down: title, url (the whole link), price, currency, original_price, discount (percent), rating,
  rating_count, review_count.
* **autoyard** — a US used-car marketplace search as Cars.com renders it (2024–25): the global header, the
  filter sidebar, "1,234 matches" + sort select, ``div.vehicle-card`` articles with ``div.image-wrap`` (a
  ``spark-`` web-component carousel / save button), ``div.vehicle-details``: ``p.stock-type`` "Used" /
  "Certified", ``a.vehicle-card-link > h2.title`` "2021 Honda CR-V EX", ``div.mileage`` "32,541 mi.",
  ``div.price-section`` with ``span.primary-price`` "$26,998" (or "Not Priced"), ``span.secondary-price`` monthly
  estimate, ``span.price-drop`` "$500 price drop" on some, ``spark-badge`` deal badges "Great Deal" /
  "Good Deal" / "Fair Deal" with "| $1,240 under", ``div.vehicle-dealer`` with ``div.dealer-name > strong``,
  ``spark-rating`` + ``span.sds-rating__count`` "4.7" + "(1,234 reviews)" and ``div.miles-from`` "Chicago, IL
  (8 mi.)"; "Sponsored" cards of the same markup; ``div.sds-pagination`` with ``a#pagination-previous-page``,
  ``a#pagination-direct-link-N`` and ``a#next_paginate`` "Next" over ``&page=N``. 20 + 20 + 11 cars.
  Written down: title, url, condition, mileage (number), price, currency, price_drop, deal, dealer,
  dealer_rating, dealer_reviews, location.

Run ``uv run python tests/sites/corpus/generate_twentyfourth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFOURTH_B: dict[str, Callable[[], None]] = {}


def twentyfourth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFOURTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 10) -> str:
    """A stable hex id derived from ``text``."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# bulkhall: Costco's WebSphere Commerce search page, CatalogSearch?dept=All&keyword=coffee&currentPage=N.
# ---------------------------------------------------------------------------------------------------

BH_QUERY = "coffee"
BH_BASE = "/CatalogSearch?dept=All&keyword=coffee"

#: (name, price, promo or None, rating or None, review count, features, marketing line or None).
BH_ITEMS: list[tuple[str, float, str | None, float | None, int, list[str], str | None]] = [
    (
        "Kirkland Signature Colombian Supremo Whole Bean Coffee, 3 lbs, 2-pack",
        39.99,
        None,
        4.7,
        1234,
        ["Medium Roast", "100% Arabica"],
        None,
    ),
    ("Hearthstone Roasters House Blend Ground Coffee, 40 oz", 17.49, "$3 OFF", 4.5, 612, ["Medium Roast"], None),
    ("Summit Peak Organic French Roast Whole Bean, 2 lbs", 21.99, None, 4.6, 389, ["Dark Roast", "USDA Organic"], None),
    (
        "Brewmaster 12-Cup Programmable Coffee Maker with Thermal Carafe",
        79.99,
        "$20 OFF",
        4.2,
        257,
        ["Thermal Carafe", "Brew Strength Control"],
        "Online Only",
    ),
    (
        "Kirkland Signature Medium Roast K-Cup Pods, 120-count",
        44.99,
        None,
        4.8,
        3021,
        ["Compatible with Keurig brewers"],
        None,
    ),
    ("Cascadia Cold Brew Coffee Concentrate, 32 fl oz, 3-pack", 22.99, None, 4.4, 198, [], None),
    ("Velvet Bean Espresso Roast Whole Bean Coffee, 2.5 lbs", 24.99, "$5 OFF", 4.3, 144, ["Dark Roast"], None),
    (
        "Lumiere Super-Automatic Espresso Machine with Milk Frother",
        649.99,
        "$150 OFF",
        4.1,
        88,
        ["Built-in Grinder", "15 Bar Pump"],
        "Online Only",
    ),
    ("Highland Estates Decaf Ground Coffee, 2 lbs", 16.99, None, 4.5, 276, ["Swiss Water Process"], None),
    ("Kirkland Signature Pacific Bold Whole Bean Coffee, 2 lbs", 18.99, None, 4.6, 904, ["Dark Roast"], None),
    ("Morning Ritual Instant Coffee Sticks, 100-count", 19.99, None, 4.0, 67, [], None),
    ("Tandem Burr Coffee Grinder, 40 Grind Settings", 129.99, "$30 OFF", 4.4, 211, ["Conical Burr"], None),
    ("Sumatra Mandheling Single Origin Whole Bean, 2 lbs", 23.49, None, 4.7, 158, ["Dark Roast", "Fair Trade"], None),
    ("Kirkland Signature 100% Colombian Coffee, 3 lbs", 14.99, None, 4.5, 2210, ["Medium Roast"], None),
    ("Aurora Oat Milk Barista Edition, 32 fl oz, 6-pack", 17.99, None, 4.6, 432, [], None),
    (
        "Driftwood Pour-Over Coffee Set with Kettle",
        59.99,
        None,
        None,
        0,
        ["Gooseneck Kettle", "Glass Carafe"],
        "Online Only",
    ),
    ("Highland Estates Breakfast Blend Pods, 100-count", 39.99, "$8 OFF", 4.3, 377, ["Light Roast"], None),
    ("Ethiopia Yirgacheffe Single Origin Whole Bean, 1.5 lbs", 22.99, None, 4.8, 96, ["Light Roast"], None),
    ("Cascadia Vanilla Cold Brew Cans, 11 fl oz, 12-pack", 21.49, None, 4.2, 143, [], None),
    ("Kirkland Signature House Decaf K-Cup Pods, 120-count", 44.99, None, 4.6, 1187, [], None),
    ("Velvet Bean Italian Roast Ground Coffee, 40 oz", 16.49, None, 4.4, 231, ["Dark Roast"], None),
    ("Brewmaster Single-Serve Pod Brewer, 3 Cup Sizes", 89.99, "$15 OFF", 4.0, 512, [], None),
    ("Summit Peak Organic Breakfast Blend Pods, 80-count", 36.99, None, 4.5, 188, ["USDA Organic"], None),
    ("Guatemala Antigua Whole Bean Coffee, 2 lbs, 2-pack", 42.99, None, None, 0, ["Medium Roast"], "Member Only Item"),
    ("Hearthstone Roasters Hazelnut Ground Coffee, 28 oz", 14.99, None, 4.1, 302, ["Flavored"], None),
    ("Kirkland Signature Espresso Blend Whole Bean, 2.5 lbs", 19.99, None, 4.7, 1542, ["Dark Roast"], None),
    ("Lumiere Milk Frother and Warmer", 49.99, "$10 OFF", 4.3, 127, [], None),
    ("Cascadia Mocha Cold Brew Concentrate, 32 fl oz, 2-pack", 16.99, None, 4.2, 74, [], None),
    ("Kona Blend Whole Bean Coffee, 2 lbs", 26.99, None, 4.4, 219, ["Medium Roast"], None),
    (
        "Velvet Bean Espresso Capsules, 100-count",
        54.99,
        None,
        4.6,
        403,
        ["Compatible with Nespresso OriginalLine"],
        None,
    ),
    ("Morning Ritual Cappuccino Mix, 2 lbs, 2-pack", 13.99, None, 3.9, 58, [], None),
    ("Highland Estates Dark Roast Ground Coffee, 3 lbs", 18.49, "$4 OFF", 4.5, 440, ["Dark Roast"], None),
    ("Brewmaster 14-Cup Glass Carafe Coffee Maker", 49.99, None, 4.1, 166, [], None),
    (
        "Summit Peak Organic Decaf Whole Bean, 2 lbs",
        22.49,
        None,
        4.4,
        102,
        ["USDA Organic", "Swiss Water Process"],
        None,
    ),
    ("Kirkland Signature Cold Brew Coffee, 11 fl oz, 12-pack", 23.99, None, 4.5, 876, [], None),
    ("Costa Rica Tarrazu Whole Bean Coffee, 2 lbs", 24.49, None, 4.6, 81, ["Medium Roast"], None),
    ("Tandem Electric Gooseneck Kettle, 1 L", 69.99, None, 4.7, 293, ["Temperature Hold"], "Online Only"),
    ("Aurora Oat Creamer Vanilla, 25.4 fl oz, 4-pack", 15.99, None, 4.3, 120, [], None),
    ("Hearthstone Roasters Colombian K-Cup Pods, 100-count", 37.99, None, 4.4, 354, [], None),
    ("Velvet Bean Crema Whole Bean Coffee, 2.2 lbs", 25.99, "$6 OFF", 4.8, 691, ["Medium Roast"], None),
    ("Cascadia Nitro Cold Brew Cans, 9.6 fl oz, 12-pack", 24.99, None, None, 0, [], None),
    ("Kirkland Signature Organic Breakfast Blend, 2 lbs", 17.99, None, 4.6, 738, ["Light Roast", "USDA Organic"], None),
    (
        "Lumiere Dual Boiler Espresso Machine",
        1199.99,
        None,
        4.5,
        42,
        ["Dual Boiler", "PID Temperature Control"],
        "Online Only",
    ),
    ("Morning Ritual Instant Espresso Powder, 7 oz, 3-pack", 17.49, None, 4.2, 61, [], None),
    ("Highland Estates Kona Blend Pods, 80-count", 41.99, None, 4.3, 129, [], None),
    ("Sumatra Decaf Whole Bean Coffee, 2 lbs", 21.49, None, 4.1, 44, ["Dark Roast"], None),
    ("Brewmaster Iced Coffee Maker with Tumbler", 39.99, "$10 OFF", 4.0, 231, [], None),
    ("Summit Peak Organic Espresso Whole Bean, 2 lbs", 22.99, None, 4.7, 167, ["Dark Roast", "USDA Organic"], None),
    ("Kirkland Signature Decaf House Blend Ground, 3 lbs", 15.99, None, 4.4, 512, [], None),
    ("Velvet Bean Lungo Capsules, 80-count", 47.99, None, 4.5, 98, [], None),
    ("Kenya AA Single Origin Whole Bean, 1.5 lbs", 24.99, None, 4.6, 57, ["Light Roast"], None),
    ("Tandem Hand Coffee Grinder, Stainless Steel", 44.99, None, 4.3, 85, [], None),
    ("Cascadia Caramel Cold Brew Concentrate, 32 fl oz, 2-pack", 16.99, None, 4.0, 39, [], None),
    ("Hearthstone Roasters French Roast Ground Coffee, 40 oz", 17.49, None, 4.5, 268, ["Dark Roast"], None),
    ("Aurora Almond Barista Blend, 32 fl oz, 6-pack", 16.49, "$3 OFF", 4.2, 77, [], None),
    ("Kirkland Signature Colombian K-Cup Pods, 120-count", 44.99, None, 4.7, 2087, [], None),
    ("Mexico Chiapas Organic Whole Bean, 2 lbs", 21.99, None, None, 0, ["Medium Roast", "USDA Organic"], None),
    ("Lumiere Espresso Tamping Station Set", 34.99, None, 4.4, 23, [], "Online Only"),
]

BH_DEPARTMENTS = [
    "Grocery",
    "Appliances",
    "Kitchen & Dining",
    "Home",
    "Office",
    "Gift Cards & Tickets",
    "Health & Personal Care",
]
BH_FACETS: list[tuple[str, list[tuple[str, int]]]] = [
    (
        "Category",
        [
            ("Coffee", 31),
            ("Coffee Makers", 9),
            ("Creamers & Sweeteners", 6),
            ("Espresso Machines", 5),
            ("Coffee Grinders", 4),
            ("Kettles", 3),
        ],
    ),
    (
        "Brand",
        [
            ("Kirkland Signature", 11),
            ("Velvet Bean", 5),
            ("Cascadia", 5),
            ("Hearthstone Roasters", 4),
            ("Brewmaster", 4),
            ("Lumiere", 4),
        ],
    ),
    ("Roast Level", [("Light Roast", 4), ("Medium Roast", 10), ("Dark Roast", 11)]),
    ("Delivery", [("2-Day Delivery", 12), ("Standard Delivery", 46)]),
]
BH_PER_PAGE = 24


def _bh_url(name: str) -> str:
    return f"/{slug(name)}.product.{100000000 + _num(name, 6)}.html"


def _bh_page_href(number: int) -> str:
    return BH_BASE if number == 1 else f"{BH_BASE}&currentPage={number}"


def _bh_tile(item: tuple[str, float, str | None, float | None, int, list[str], str | None], index: int) -> str:
    name, price, promo, rating, count, features, marketing = item
    url = _bh_url(name)
    catentry = 1700000 + _num(name, 6)
    image = f"https://cdn.bfldr.com/U447IH35/as/{_hex(name, 24)}/{100000000 + _num(name, 6)}-847__1?auto=webp&amp;format=jpg&amp;width=350&amp;height=350&amp;fit=bounds&amp;canvas=350,350"
    promo_html = (
        f'\n                  <p class="promo">\n                    {esc(promo)}\n                  </p>'
        if promo
        else ""
    )
    rating_html = ""
    if rating is not None:
        full = int(rating)
        stars = "".join('<i class="co-star-full"></i>' for _ in range(full)) + (
            '<i class="co-star-half"></i>' if rating - full >= 0.5 else ""
        )
        rating_html = f"""
                  <div class="product-rating">
                    <div class="stars" itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
                      <meta itemprop="ratingValue" content="{rating}">
                      <meta itemprop="reviewCount" content="{count}">
                      <span class="ratings" aria-hidden="true">{stars}</span>
                      <span class="offscreen">Rated {rating} out of 5 stars based on {count} reviews.</span>
                      <span class="reviews-count" aria-hidden="true">({count})</span>
                    </div>
                  </div>"""
    features_html = ""
    if features:
        lis = "".join(f"<li>{esc(f)}</li>" for f in features)
        features_html = f'\n                  <ul class="product-features">{lis}</ul>'
    marketing_html = (
        f'\n                  <p class="marketing-text" automation-id="marketingText_{index}">{esc(marketing)}</p>'
        if marketing
        else ""
    )
    return f"""
          <div class="col-xs-6 col-lg-4 col-xl-3 product">
            <div class="product-tile-set" data-set-same-height="product-tile" data-pdp-url="{url}" item-index="{index}">
              <div class="thumbnail">
                <div class="product-img-holder link-behavior" data-pdp-url="{url}">
                  <a href="{url}" class="product-image-url" tabindex="-1" aria-hidden="true">
                    <img class="img-responsive" src="{image}" alt="{esc(name)}" loading="lazy" width="350" height="350">
                  </a>
                </div>
                <div class="caption link-behavior" data-pdp-url="{url}">
                  <div class="price" id="price-{catentry}" data-catentry="{catentry}" automation-id="itemPriceOutput_{index}">
                    ${price:,.2f}
                  </div>{promo_html}
                  <span class="description">
                    <a automation-id="productDescriptionLink_{index}" href="{url}">{esc(name)}</a>
                  </span>{rating_html}{features_html}{marketing_html}
                  <div class="compare">
                    <input type="checkbox" id="compare-{catentry}" name="compare" value="{catentry}" aria-label="Compare {esc(name)}">
                    <label for="compare-{catentry}">Compare Product</label>
                  </div>
                </div>
              </div>
            </div>
          </div>"""


def _bh_paging(number: int, total: int) -> str:
    items: list[str] = []
    if number > 1:
        items.append(
            f'<li class="back"><a href="{esc(_bh_page_href(number - 1))}" aria-label="Previous Page"><i class="co-arrow-left" aria-hidden="true"></i></a></li>'
        )
    for page in range(1, total + 1):
        if page == number:
            items.append(
                f'<li class="page selected"><a href="{esc(_bh_page_href(page))}" aria-label="Page {page}" aria-current="true">{page}</a></li>'
            )
        else:
            items.append(
                f'<li class="page"><a href="{esc(_bh_page_href(page))}" aria-label="Page {page}">{page}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="forward"><a href="{esc(_bh_page_href(number + 1))}" aria-label="Next Page"><i class="co-arrow-right" aria-hidden="true"></i></a></li>'
        )
    inner = "\n              ".join(items)
    return f"""
        <div class="paging" automation-id="paginationControl">
          <ul>
              {inner}
          </ul>
        </div>"""


def _bh_page(
    number: int,
    total: int,
    items: list[tuple[str, float, str | None, float | None, int, list[str], str | None]],
    first: int,
) -> str:
    tiles = [_bh_tile(item, i) for i, item in enumerate(items)]
    if len(tiles) > 8:
        tiles.insert(
            8,
            """
          <div class="col-xs-12 product-ad-row" data-ad-slot="search-inline-1">
            <a href="/warehouse-savings.html?lang=en-US" class="ad-banner" data-bi-tc="search:inline-banner">
              <img src="https://mobilecontent.costco.com/live/resource/img/static-us-landing-pages/24w12345-savings-banner.jpg" alt="Member-Only Savings — Save on coffee, snacks &amp; more through March 30" width="1200" height="120">
            </a>
          </div>""",
        )
    facets = "".join(
        f"""
          <div class="facet-list" data-facet="{esc(slug(head))}">
            <h2 class="facet-title"><button type="button" aria-expanded="true">{esc(head)}</button></h2>
            <ul>{"".join(f'<li><label><input type="checkbox" name="{esc(slug(head))}" value="{esc(v)}"> <span class="facet-value">{esc(v)}</span> <span class="facet-count">({c})</span></label></li>' for v, c in values)}</ul>
          </div>"""
        for head, values in BH_FACETS
    )
    depts = "".join(f'<li><a href="/{slug(d)}.html" data-bi-tc="header:dept">{esc(d)}</a></li>' for d in BH_DEPARTMENTS)
    last = first + len(items) - 1
    canonical = _bh_page_href(number)
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>{BH_QUERY} | Bulkhall</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, follow">
  <link rel="canonical" href="{esc(canonical)}">
  <link rel="stylesheet" href="/wcsstore/CostcoGLOBALSAS/css/c-global.min.css?v=20250311">
  <script>
    var costcoSearchData = {{"keyword":"{BH_QUERY}","totalCount":{len(BH_ITEMS)},"currentPage":{number},"pageSize":{BH_PER_PAGE}}};
    window.digitalData = {{"page":{{"pageInfo":{{"pageName":"search results","siteSection":"search"}}}}}};
  </script>
  <script src="/wcsstore/CostcoGLOBALSAS/javascript/search-results.min.js?v=20250311" defer></script>
</head>
<body class="catalog-search">
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to make your experience better. <a href="/privacy-policy.html#cookies">Learn more</a></p>
    <button type="button" class="btn btn-primary" id="cookie-accept">Accept</button>
  </div>
  <header id="header-wrapper">
    <div class="header-top-bar">
      <ul class="top-links">
        <li><a href="/join-costco.html">Join Now</a></li>
        <li><a href="/membership-information.html">Membership</a></li>
        <li><a href="/customer-service.html">Customer Service</a></li>
        <li><a href="/warehouse-locations">Find a Warehouse</a></li>
      </ul>
    </div>
    <div class="header-main">
      <a href="/" class="logo" aria-label="Bulkhall home"><img src="/wcsstore/CostcoGLOBALSAS/images/bulkhall-logo.svg" alt="Bulkhall" width="160" height="48"></a>
      <form id="formcatsearch" action="/CatalogSearch" method="get" role="search">
        <input type="hidden" name="dept" value="All">
        <label for="search-field" class="sr-only">Search Bulkhall</label>
        <input id="search-field" type="search" name="keyword" value="{BH_QUERY}" autocomplete="off" placeholder="Search Bulkhall">
        <button type="submit" class="search-ico-button" aria-label="Search"><i class="co-search" aria-hidden="true"></i></button>
      </form>
      <ul class="header-account">
        <li><a id="header_sign_in" href="/LogonForm">Sign In / Register</a></li>
        <li><a href="/OrderStatusCmd">Orders &amp; Returns</a></li>
        <li><a href="/CheckoutCartDisplayView" aria-label="Cart, 0 items"><i class="co-cart" aria-hidden="true"></i> Cart</a></li>
      </ul>
    </div>
    <nav id="navigation-dropdown" aria-label="Departments">
      <ul class="nav-departments">{depts}</ul>
    </nav>
  </header>
  <main id="main_content_wrapper" class="container-fluid">
    <nav class="crumbs" aria-label="Breadcrumb"><ul><li><a href="/">Home</a></li><li>Search Results</li></ul></nav>
    <div class="row">
      <div class="col-md-3" id="search-filter">
        <h2 class="sr-only">Filter results</h2>{facets}
      </div>
      <div class="col-md-9" id="search-results">
        <h1 automation-id="searchResultsTitle">Results for "{BH_QUERY}"</h1>
        <div class="table-cell results-count" automation-id="resultsCountText">
          <span>Showing {first}-{last} of {len(BH_ITEMS)}</span>
        </div>
        <div class="sort-by">
          <label for="sort_by">Sort by</label>
          <select id="sort_by" name="sortBy">
            <option value="" selected>Best Match</option>
            <option value="item_page_views+desc">Most Viewed</option>
            <option value="item_sales_rank+desc">Best Sellers</option>
            <option value="item_location_pricing_salePrice+asc">Price: Low to High</option>
            <option value="item_location_pricing_salePrice+desc">Price: High to Low</option>
            <option value="item_ratings+desc">Highest Rated</option>
          </select>
        </div>
        <div class="product-list grid" automation-id="productList">{"".join(tiles)}
        </div>{_bh_paging(number, total)}
      </div>
    </div>
  </main>
  <footer id="footer-wrapper">
    <div class="footer-columns">
      <div class="col"><h2>About Us</h2><ul><li><a href="/about.html">Company Information</a></li><li><a href="/careers.html">Careers</a></li><li><a href="/sustainability-introduction.html">Sustainability Commitment</a></li></ul></div>
      <div class="col"><h2>Membership</h2><ul><li><a href="/join-costco.html">Join Now</a></li><li><a href="/member-privileges-conditions.html">Member Privileges &amp; Conditions</a></li><li><a href="/executive-rewards.html">Executive Membership Terms</a></li></ul></div>
      <div class="col"><h2>Customer Service</h2><ul><li><a href="/customer-service.html">Help Center</a></li><li><a href="/recall-product.html">Product Recalls</a></li><li><a href="/shipping-terms.html">Shipping</a></li><li><a href="/returns-policy.html">Returns &amp; Exchanges</a></li></ul></div>
    </div>
    <p class="copyright">&copy; 1998 &ndash; 2025 Bulkhall Wholesale. All rights reserved.</p>
  </footer>
</body>
</html>"""


@twentyfourth_b
def build_bulkhall() -> None:
    s = Site(
        "bulkhall",
        kind="warehouse-club search results (Costco WebSphere Commerce 2024–25: div.product > div.product-tile-set[data-pdp-url], aria-hidden image link, div.price '$21.99' above the name, p.promo '$4 OFF', span.description > a names, schema.org microdata + span.offscreen 'Rated 4.7 out of 5 stars based on 1234 reviews.' + bare '(1234)', feature lists, 'Online Only' / 'Member Only Item' lines, 'Compare Product' checkboxes, an ad banner row, div.paging with icon-only aria-labelled back / forward links, &currentPage=N)",
        start=BH_BASE.lstrip("/"),
        description="A warehouse club's search results for 'coffee' (bulkhall.com/CatalogSearch?dept=All&keyword=coffee, then &currentPage=2 and 3) as Costco's WebSphere Commerce search page renders them: a cookie banner, the header with top links, search form, account links and the department nav, a breadcrumb, a facet sidebar (div.facet-list with checkbox values and counts), 'Results for \"coffee\"', 'Showing 1-24 of 58', a Sort by select, and div.product-list.grid of div.col-xs-6.product cells: div.product-tile-set[data-pdp-url][item-index] > div.thumbnail with an aria-hidden image link and div.caption holding div.price[automation-id=itemPriceOutput_N] '$21.99' (above the name), p.promo '$4 OFF' on some, span.description > a[automation-id=productDescriptionLink_N] (names with ', 2 lbs, 2-pack' size parts), div.product-rating with schema.org AggregateRating meta tags, star icons, span.offscreen 'Rated 4.7 out of 5 stars based on 1234 reviews.' and an aria-hidden '(1234)' (absent on unrated items), ul.product-features on some, p.marketing-text 'Online Only' / 'Member Only Item' on a few and a 'Compare Product' checkbox; a full-width ad banner row after the eighth tile; div.paging > ul with li.back / li.page(.selected) / li.forward, the back and forward links holding only an i.co-arrow-* icon and an aria-label 'Previous Page' / 'Next Page', over &currentPage=N; footer link columns. 24 + 24 + 10 items. Written down: title, url, price, currency, promo (text as shown), rating, rating_count.",
    )
    pages = chunks(BH_ITEMS, [24, 24, 10])
    first = 1
    for number, items in enumerate(pages, 1):
        text = _bh_page(number, len(pages), items, first)
        s.list_page(_bh_page_href(number).lstrip("/").replace("?", "@"), text)
        first += len(items)
    for name, price, promo, rating, count, _features, _marketing in BH_ITEMS:
        s.expect(
            {
                "title": name,
                "url": _bh_url(name),
                "price": price,
                "currency": "USD",
                "promo": promo,
                "rating": rating,
                "rating_count": count if rating is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kartmela: Flipkart's search list view, /search?q=…&page=N.
# ---------------------------------------------------------------------------------------------------

KM_QUERY = "5g mobile under 20000"
KM_Q = "5g+mobile+under+20000"
KM_BASE = f"/search?q={KM_Q}&otracker=search&otracker1=search&marketplace=FLIPKART&as-show=on&as=off"

#: (brand, model, colour, storage, price, mrp or None, rating or None, ratings, reviews, assured, specs).
KM_PHONES: list[tuple[str, str, str, str, int, int | None, float | None, int, int, bool]] = [
    ("Novaline", "Edge 5G", "Midnight Blue", "128 GB", 12999, 16999, 4.3, 1234, 98, True),
    ("Zephyr", "Z9 Pro 5G", "Aurora Green", "256 GB", 18499, 22999, 4.4, 45210, 3187, True),
    ("Orbit", "Nord Lite 5G", "Pastel Lime", "128 GB", 15999, None, 4.2, 8732, 611, False),
    ("Kestrel", "K14 5G", "Jet Black", "128 GB", 11499, 14999, 4.1, 23108, 1502, True),
    ("Novaline", "Edge 5G", "Frost White", "256 GB", 14999, 18999, 4.3, 1234, 98, True),
    ("Lumio", "L7 Power 5G", "Ocean Teal", "128 GB", 9999, 13499, 4.0, 67254, 4310, True),
    ("Zephyr", "Z9 5G", "Starry Black", "128 GB", 16999, 19999, 4.3, 12077, 908, True),
    ("Tarang", "T3 5G", "Sunset Orange", "64 GB", 8499, 11999, 3.9, 5431, 402, False),
    ("Orbit", "Nord CE 4 5G", "Celadon Marble", "256 GB", 19999, 24999, 4.5, 30915, 2241, True),
    ("Kestrel", "K14 Pro 5G", "Glacier Silver", "256 GB", 17999, 21999, 4.2, 9120, 677, True),
    ("Lumio", "L7 Power 5G", "Graphite Grey", "256 GB", 11999, 15499, 4.0, 67254, 4310, True),
    ("Vayu", "V30e 5G", "Silk Blue", "128 GB", 19499, None, 4.4, 2314, 187, False),
    ("Tarang", "T3 Pro 5G", "Mint Green", "128 GB", 10999, 13999, 4.0, 1893, 144, True),
    ("Novaline", "Edge Neo 5G", "Coral Pink", "128 GB", 13499, 15999, 4.2, 743, 61, True),
    ("Zephyr", "Z8x 5G", "Phantom Purple", "128 GB", 12499, 17999, 4.1, 88120, 6023, True),
    ("Dhruv", "D2 5G", "Stone Grey", "64 GB", 7999, 9999, None, 0, 0, False),
    ("Orbit", "Nord CE 4 Lite 5G", "Super Silver", "128 GB", 17999, 19999, 4.3, 15442, 1032, True),
    ("Kestrel", "K12 5G", "Cosmic Black", "128 GB", 10499, 14999, 4.1, 40211, 2765, True),
    ("Vayu", "V30 Lite 5G", "Crystal White", "256 GB", 18999, 23999, 4.3, 4410, 352, True),
    ("Lumio", "L9 5G", "Sky Blue", "128 GB", 14499, 17499, 4.2, 3321, 255, False),
    ("Tarang", "T5 5G", "Lunar Silver", "256 GB", 15499, 19999, 4.1, 987, 73, True),
    ("Zephyr", "Z9 Pro 5G", "Starry Black", "128 GB", 16999, 21999, 4.4, 45210, 3187, True),
    ("Novaline", "Edge Neo 5G", "Ink Black", "256 GB", 15499, 17999, 4.2, 743, 61, True),
    ("Orbit", "Nord Lite 5G", "Chromatic Grey", "256 GB", 17999, None, 4.2, 8732, 611, False),
    ("Kestrel", "K14 5G", "Matte Blue", "256 GB", 13499, 16999, 4.1, 23108, 1502, True),
    ("Dhruv", "D3 5G", "Forest Green", "128 GB", 9499, 12999, 3.8, 412, 39, False),
    ("Vayu", "V29e 5G", "Alpine White", "128 GB", 17499, 20999, 4.3, 11208, 844, True),
    ("Lumio", "L9 5G", "Dusk Purple", "256 GB", 16499, 19499, 4.2, 3321, 255, False),
    ("Zephyr", "Z8x 5G", "Mystic Teal", "256 GB", 14499, 19999, 4.1, 88120, 6023, True),
    ("Tarang", "T3 5G", "Deep Ocean", "128 GB", 9499, 12999, 3.9, 5431, 402, False),
    ("Orbit", "Nord CE 3 5G", "Aqua Surge", "128 GB", 16999, 26999, 4.4, 52341, 3920, True),
    ("Kestrel", "K12 Pro 5G", "Neon Blue", "256 GB", 15999, 18999, 4.2, 6741, 512, True),
    ("Novaline", "Edge Lite 5G", "Olive Green", "64 GB", 8999, 10999, 4.0, 2210, 171, True),
    ("Vayu", "V30e 5G", "Velvet Red", "256 GB", 19999, None, 4.4, 2314, 187, False),
    ("Lumio", "L7 5G", "Blaze Orange", "64 GB", 8799, 11999, 3.9, 15020, 1121, True),
    ("Dhruv", "D2 5G", "Ocean Blue", "128 GB", 8999, 10999, 3.7, 208, 17, False),
    ("Zephyr", "Z7 Neo 5G", "Glowing Gold", "128 GB", 11299, 14999, 4.0, 32871, 2398, True),
    ("Orbit", "Nord CE 3 Lite 5G", "Pastel Lime", "256 GB", 18999, 21999, 4.3, 27644, 1874, True),
    ("Kestrel", "K13 5G", "Storm Grey", "128 GB", 9999, 13999, 4.0, 19552, 1380, True),
    ("Tarang", "T5 5G", "Midnight Black", "128 GB", 13999, 17999, 4.1, 987, 73, True),
    ("Novaline", "Edge 5G Plus", "Cobalt Blue", "256 GB", 19499, 23999, 4.4, 512, 44, True),
    ("Vayu", "V29 Lite 5G", "Sunrise Gold", "128 GB", 15999, 18999, 4.2, 7730, 590, False),
    ("Lumio", "L9 Max 5G", "Carbon Black", "256 GB", 19999, 24999, 4.3, 1422, 119, True),
    ("Zephyr", "Z7 Neo 5G", "Dark Green", "256 GB", 12999, 16999, 4.0, 32871, 2398, True),
    ("Orbit", "Nord N30 5G", "Chromatic Grey", "128 GB", 14999, 17999, 4.1, 3891, 277, True),
    ("Kestrel", "K13 5G", "Sea Green", "256 GB", 11999, 15999, 4.0, 19552, 1380, True),
    ("Dhruv", "D3 5G", "Pearl White", "256 GB", 11499, 14999, None, 0, 0, False),
    ("Tarang", "T3 Pro 5G", "Storm Black", "256 GB", 12499, 15999, 4.0, 1893, 144, True),
    ("Novaline", "Edge Lite 5G", "Rose Gold", "128 GB", 9999, 11999, 4.0, 2210, 171, True),
    ("Vayu", "V30 Lite 5G", "Midnight Black", "128 GB", 16999, 21999, 4.3, 4410, 352, True),
    ("Lumio", "L7 Power 5G", "Ocean Teal", "256 GB", 12999, 16499, 4.0, 67254, 4310, True),
    ("Zephyr", "Z9 5G", "Aurora Green", "256 GB", 18999, 22999, 4.3, 12077, 908, True),
    ("Orbit", "Nord N30 5G", "Celestial Blue", "256 GB", 16999, 19999, 4.1, 3891, 277, True),
    ("Kestrel", "K14 Pro 5G", "Sunlit Orange", "128 GB", 15999, 19999, 4.2, 9120, 677, True),
    ("Tarang", "T5 Pro 5G", "Arctic White", "256 GB", 17499, None, 4.2, 356, 28, False),
    ("Dhruv", "D4 5G", "Titan Grey", "128 GB", 10499, 13999, 3.9, 133, 11, False),
]

#: One sponsored phone shown per page as an "Ad" card (not a record).
KM_ADS: list[tuple[str, str, str, str, int, int | None, float | None, int, int, bool]] = [
    ("Aarohi", "A55 5G", "Electric Blue", "128 GB", 13999, 18999, 4.2, 3102, 241, False),
    ("Aarohi", "A55 5G", "Hazel Brown", "256 GB", 15999, 20999, 4.2, 3102, 241, False),
    ("Aarohi", "A35 5G", "Misty Lilac", "128 GB", 11499, 14999, 4.0, 1208, 96, False),
]

KM_ASSURED_IMG = "https://static-assets-web.flixcart.com/fk-p-linchpin-web/fk-cp-zion/img/fa_62673a.png"
KM_STAR = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMyIgaGVpZ2h0PSIxMiI+PHBhdGggZmlsbD0iI0ZGRiIgZD0iTTYuNSA5LjQzOWwtMy42NzQgMi4yMy45NC00LjI2LTMuMjEtMi44ODMgNC4yNTQtLjQwNEw2LjUuMTEybDEuNjkgNC4wMSA0LjI1NC40MDQtMy4yMSAyLjg4Mi45NCA0LjI2eiIvPjwvc3ZnPg=="


def _km_name(phone: tuple[str, str, str, str, int, int | None, float | None, int, int, bool]) -> str:
    brand, model, colour, storage, *_rest = phone
    return f"{brand} {model} ({colour}, {storage})"


def _km_ids(phone: tuple[str, str, str, str, int, int | None, float | None, int, int, bool]) -> tuple[str, str, str]:
    name = _km_name(phone)
    pid = "MOB" + _hex(name, 13).upper()
    itm = "itm" + _hex(phone[0] + phone[1], 13)
    return pid, itm, "LSTM" + _hex(name + "lid", 19).upper()


def _km_url(
    phone: tuple[str, str, str, str, int, int | None, float | None, int, int, bool],
    page: int,
    position: int,
    *,
    ad: bool = False,
) -> str:
    pid, itm, lid = _km_ids(phone)
    path = slug(f"{phone[0]} {phone[1]} {phone[2]} {phone[3]}")
    fm = "neo%2Fmerchandising" if ad else "organic"
    return (
        f"/{path}/p/{itm}?pid={pid}&lid={lid}&marketplace=FLIPKART&q={KM_Q}&store=tyy%2F4io"
        f"&srno=s_{page}_{position}&otracker=search&otracker1=search&fm={fm}&iid={'en_' + _hex(pid + 'iid', 22) if ad else _hex(pid + 'iid', 8) + '-' + _hex(pid + 'x', 4) + '-4f2a-9c1e-' + _hex(pid + 'y', 12)}.SEARCH&ppt=None&ppn=None&ssid={_hex(KM_Q, 16)}&qH={_hex(KM_Q + 'qh', 16)}"
    )


def _km_specs(phone: tuple[str, str, str, str, int, int | None, float | None, int, int, bool]) -> list[str]:
    storage = phone[3]
    ram = {"64 GB": "4 GB RAM", "128 GB": "6 GB RAM", "256 GB": "8 GB RAM"}[storage]
    seed = _num(_km_name(phone), 4)
    camera = (50, 64, 108)[seed % 3]
    battery = (5000, 5000, 6000, 5500)[seed % 4]
    return [
        f"{ram} | {storage} ROM | Expandable Upto 1 TB",
        f"16.{(seed % 6) + 51 - 50} cm (6.{(seed % 6) + 5} inch) Full HD+ Display",
        f"{camera}MP + 2MP | 8MP Front Camera",
        f"{battery} mAh Battery",
        ("Dimensity 6100+ Processor", "Snapdragon 4 Gen 2 Processor", "Dimensity 7050 Processor")[seed % 3],
        "1 Year Manufacturer Warranty for Phone and 6 Months Warranty for In the Box Accessories",
    ]


def _km_card(
    phone: tuple[str, str, str, str, int, int | None, float | None, int, int, bool],
    page: int,
    position: int,
    *,
    ad: bool = False,
) -> str:
    _brand, _model, _colour, _storage, price, mrp, rating, ratings, reviews, assured = phone
    name = _km_name(phone)
    pid, _itm, _lid = _km_ids(phone)
    url = _km_url(phone, page, position, ad=ad)
    image = f"https://rukminim2.flixcart.com/image/312/312/xif0q/mobile/{_hex(name, 1)}/{_hex(name + 'i', 1)}/{_hex(name + 'j', 1)}/-original-imah{_hex(name, 8)}.jpeg?q=70"
    rating_html = ""
    if rating is not None:
        rating_html = f"""
                  <div class="gUuXy-">
                    <span class="_1lRcqv" id="productRating_{_lid}_{pid}_"><div class="_3LWZlK">{rating}<img src="{KM_STAR}" class="_1wB99o"></div></span>
                    <span class="_2_R_DZ"><span><span>{ratings:,} Ratings&nbsp;</span><span class="_13vcmD">&amp;</span><span>&nbsp;{reviews:,} Reviews</span></span></span>
                  </div>"""
    specs = "".join(f'<li class="rgWa7D">{esc(spec)}</li>' for spec in _km_specs(phone))
    mrp_html = ""
    if mrp:
        off = round((mrp - price) * 100 / mrp)
        mrp_html = f'<div class="_3I9_wc _27UcVY">₹{mrp:,}</div><div class="_3Ay6Sb"><span>{off}% off</span></div>'
    assured_html = f'<div class="_13J9qT"><img height="21" src="{KM_ASSURED_IMG}"></div>' if assured else ""
    ad_html = '<div class="_2tfzpE"><span>Ad</span></div>' if ad else ""
    return f"""
        <div class="_1AtVbE col-12-12">
          <div class="_13oc-S">
            <div data-id="{pid}" style="width:100%">
              <div class="_2kHMtA" data-tkid="{_hex(pid + "tk", 8)}-{_hex(pid + "tk2", 4)}-4c1a-8d3e-{_hex(pid + "tk3", 12)}.{pid}.SEARCH">
                <a class="_1fQZEK" target="_blank" rel="noopener noreferrer" href="{esc(url)}">
                  <div class="MIXNux">
                    <div class="_2QcLo-"><div><div class="CXW8mj" style="height:200px;width:200px"><img class="_396cs4" alt="{esc(name)}" src="{image}" loading="eager"></div></div></div>
                    <div class="_3wLduG"><div class="_3PzNI-"><span class="f3A4_V"><label class="_2iDkf8"><input type="checkbox" class="_30VH1S" readonly=""><div class="_24_Dny"></div></label></span><label class="_6Up2sF"><span>Add to Compare</span></label></div></div>
                    <div class="_2hVSre _3nq8ih"><div class="_36FSn5"><svg xmlns="http://www.w3.org/2000/svg" class="_1l0elc" width="16" height="16" viewBox="0 0 20 16"><path d="M8.695 16.682C4.06 12.382 1 9.536 1 6.065 1 3.219 3.178 1 5.95 1c1.566 0 3.069.746 4.05 1.915C10.981 1.745 12.484 1 14.05 1 16.822 1 19 3.22 19 6.065c0 3.471-3.06 6.316-7.695 10.617L10 17.897l-1.305-1.215z" fill="#2874F0" class="eX72wL" stroke="#FFF" fill-rule="evenodd" opacity=".9"></path></svg></div></div>
                  </div>
                  <div class="_3pLy-c row">
                    <div class="col col-7-12">{ad_html}
                      <div class="_4rR01T">{esc(name)}</div>{rating_html}
                      <div class="fMghEO"><ul class="_1xgFaf">{specs}</ul></div>
                    </div>
                    <div class="col col-5-12 nlI3QM">
                      <div class="_3tbKJL">
                        <div class="_25b18c"><div class="_30jeq3 _1_WHN1">₹{price:,}</div>{mrp_html}</div>
                      </div>
                      {assured_html}
                      <div class="_2ZdXDB"><div class="_3xFhiH"><div class="_2Tpdn3" style="color:#000000;font-size:12px;font-weight:400">Free delivery</div></div></div>
                      <div class="_2ZdXDB"><div class="_3xFhiH"><div class="_2Tpdn3 _18hQoS" style="color:#26A541;font-size:14px;font-weight:700">Bank Offer</div></div></div>
                    </div>
                  </div>
                </a>
              </div>
            </div>
          </div>
        </div>"""


def _km_href(number: int) -> str:
    return KM_BASE if number == 1 else f"{KM_BASE}&page={number}"


def _km_nav(number: int, total: int) -> str:
    parts: list[str] = [f"<span>Page {number} of {total}</span>"]
    if number > 1:
        parts.append(f'<a class="_1LKTO3" href="{esc(_km_href(number - 1))}"><span>Previous</span></a>')
    for page in range(1, total + 1):
        cls = "ge-49M _2Kfbh8" if page == number else "ge-49M"
        parts.append(f'<a class="{cls}" href="{esc(_km_href(page))}">{page}</a>')
    if number < total:
        parts.append(f'<a class="_1LKTO3" href="{esc(_km_href(number + 1))}"><span>Next</span></a>')
    return f"""
        <div class="_1AtVbE col-12-12">
          <div class="_2MImiq _1Qnn1K">{parts[0]}<nav class="yFHi8N">{"".join(parts[1:])}</nav></div>
        </div>"""


def _km_page(
    number: int,
    total: int,
    phones: list[tuple[str, str, str, str, int, int | None, float | None, int, int, bool]],
    first: int,
) -> str:
    cards = [_km_card(p, number, first + i) for i, p in enumerate(phones)]
    cards.insert(min(3, len(cards)), _km_card(KM_ADS[number - 1], number, 0, ad=True))
    brands = sorted({p[0] for p in KM_PHONES})
    brand_filter = "".join(
        f'<div class="_4921Z t0pPfW" title="{esc(b)}"><div class="_1Y4Vhm _4FO7b6"><label class="_2iDkf8 t0pPfW"><input type="checkbox" class="_30VH1S" readonly=""><div class="_24_Dny"></div><div class="_3879cV">{esc(b)}</div></label></div></div>'
        for b in brands
    )
    last = first + len(phones) - 1
    state = json.dumps(
        {
            "pageDataV4": {
                "page": {"pageNumber": number, "totalPages": total},
                "searchMeta": {"query": KM_QUERY, "totalResults": len(KM_PHONES)},
            }
        }
    )
    return f"""<!doctype html>
<html lang="en">
<head>
  <link href="https://rukminim2.flixcart.com" rel="preconnect">
  <meta http-equiv="Content-type" content="text/html; charset=utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
  <title>5g Mobile Under 20000- Buy Products Online at Best Price in India - All Categories | Kartmela.com</title>
  <meta name="Description" content="Shop for electronics, apparels &amp; more using our Kartmela app Free shipping &amp; COD.">
  <meta name="robots" content="noindex">
  <link rel="stylesheet" href="//static-assets-web.flixcart.com/fk-p-linchpin-web/fk-cp-zion/css/app.chunk.2b3c4d.css">
</head>
<body>
  <div id="container">
    <div style="height:100%;width:100%;display:flex;flex-direction:column">
      <div class="_1kfTjk">
        <div class="_3ZqtNW">
          <div class="_3qX0zy">
            <div class="_2msBFL"><a href="/"><img width="75" src="//static-assets-web.flixcart.com/fk-p-linchpin-web/fk-cp-zion/img/kartmela_plus_8d85f4.png" alt="Kartmela" title="Kartmela"></a><a class="_21ljIi" href="/plus"><span>Explore&nbsp;<span class="_2FVHGh">Plus</span></span></a></div>
            <div class="col-12-12 _2oO9oE"><form class="header-form-search" action="/search" method="GET"><div class="col-12-12 _2SmNnR"><div class="_2SmNnR"><input class="_3704LK" type="text" title="Search for Products, Brands and More" name="q" autocomplete="off" placeholder="Search for Products, Brands and More" value="{esc(KM_QUERY)}"></div></div><button class="L0Z3Pu" type="submit"><svg width="20" height="20" viewBox="0 0 17 18" xmlns="http://www.w3.org/2000/svg"><g fill="#2874F1" fill-rule="evenodd"><path class="_34RNph" d="m11.618 9.897l4.225 4.212c.092.092.101.232.02.313l-1.465 1.46c-.081.081-.221.072-.314-.02l-4.216-4.203"></path><path class="_34RNph" d="m6.486 10.901c-2.42 0-4.381-1.956-4.381-4.368 0-2.413 1.961-4.369 4.381-4.369 2.42 0 4.381 1.956 4.381 4.369 0 2.413-1.961 4.368-4.381 4.368m0-10.835c-3.582 0-6.486 2.895-6.486 6.467 0 3.572 2.904 6.467 6.486 6.467 3.582 0 6.486-2.895 6.486-6.467 0-3.572-2.904-6.467-6.486-6.467"></path></g></svg></button></form></div>
            <div class="_1jA3uo"><a class="_1_3w1N" href="/account/login?ret=/search%3Fq%3D{KM_Q}">Login</a></div>
            <div class="_1jA3uo"><a class="_3SkBxJ" href="/sell-online/">Become a Seller</a></div>
            <div class="_1jA3uo"><div class="exehdJ">More</div></div>
            <div class="_1jA3uo"><a class="_3SkBxJ" href="/viewcart?exploreMode=true&amp;preference=FLIPKART"><span>Cart</span></a></div>
          </div>
        </div>
      </div>
      <div class="_331-kn _2tvxW"><div class="_1kidPb"><span class="_1QZ6fC _3Lgyp8">Electronics</span><span class="_1QZ6fC _3Lgyp8">TVs &amp; Appliances</span><span class="_1QZ6fC _3Lgyp8">Men</span><span class="_1QZ6fC _3Lgyp8">Women</span><span class="_1QZ6fC _3Lgyp8">Baby &amp; Kids</span><span class="_1QZ6fC _3Lgyp8">Home &amp; Furniture</span><span class="_1QZ6fC _3Lgyp8">Sports, Books &amp; More</span><span class="_1QZ6fC _3Lgyp8">Flights</span><span class="_1QZ6fC _3Lgyp8">Offer Zone</span></div></div>
      <div class="_36fx1h _6t1WkM _3HqJxg">
        <div class="_1YokD2 _2GoDe3">
          <div class="_1YokD2 _3Mn1Gg col-2-12" style="flex-grow:1;overflow:auto">
            <div class="_1AtVbE col-12-12"><div class="_2ssEMF"><section class="_2hbLCH _24gLJx"><div class="_3pvjDE"><div class="_1m8NCD"><div class="_2aobl0"><span>Filters</span></div></div></div></section>
            <section class="_167Mu3 _2hbLCH"><div class="_213eRC _2ssEMF"><div class="_2gmUFU _3V8rao">Categories</div></div><div class="_1Y4Vhm _3Wqpq7"><a class="_1jJQdf _2Mji8F" title="Mobiles &amp; Accessories" href="/mobiles-accessories/pr?sid=tyy&amp;q={KM_Q}"><span class="_3bDjtR"></span>Mobiles &amp; Accessories</a></div><div class="_1Y4Vhm _3Wqpq7"><a class="_1jJQdf _2Mji8F" title="Mobiles" href="/mobiles/pr?sid=tyy,4io&amp;q={KM_Q}">Mobiles</a></div></section>
            <section class="_167Mu3 _2hbLCH"><div class="_213eRC _2ssEMF"><div class="_2gmUFU _3V8rao">Brand</div></div><div class="_3FPh42">{brand_filter}</div></section>
            <section class="_167Mu3 _2hbLCH"><div class="_213eRC _2ssEMF"><div class="_2gmUFU _3V8rao">Customer Ratings</div></div><div class="_3FPh42"><div class="_4921Z t0pPfW" title="4★ &amp; above"><div class="_1Y4Vhm _4FO7b6"><label class="_2iDkf8 t0pPfW"><input type="checkbox" class="_30VH1S" readonly=""><div class="_24_Dny"></div><div class="_3879cV">4★ &amp; above</div></label></div></div><div class="_4921Z t0pPfW" title="3★ &amp; above"><div class="_1Y4Vhm _4FO7b6"><label class="_2iDkf8 t0pPfW"><input type="checkbox" class="_30VH1S" readonly=""><div class="_24_Dny"></div><div class="_3879cV">3★ &amp; above</div></label></div></div></div></section>
            <section class="_2hbLCH _24gLJx"><div class="_1Y4Vhm _3Wqpq7"><img height="21" src="{KM_ASSURED_IMG}"><span class="_2hmXcB">?</span></div></section>
            </div></div>
          </div>
          <div class="_1YokD2 _3Mn1Gg" style="flex-grow:1;overflow:auto">
            <div class="_1AtVbE col-12-12"><div class="_2MImiq"><div class="_10Ermr">Showing {first} – {last} of {len(KM_PHONES)} results for "<span>{esc(KM_QUERY)}</span>"</div><div class="_5THWM1"><span class="_10UF8M">Sort By</span><div class="_10UF8M _3LsR0e">Relevance</div><div class="_10UF8M">Popularity</div><div class="_10UF8M">Price -- Low to High</div><div class="_10UF8M">Price -- High to Low</div><div class="_10UF8M">Newest First</div></div></div></div>{"".join(cards)}{_km_nav(number, total)}
            <div class="_1AtVbE col-12-12"><div class="_2ssEMF"><div class="_1Dm5a-"><span>Did you find what you were looking for?</span><button class="_2KpZ6l _1NjEXx">Yes</button><button class="_2KpZ6l _1NjEXx">No</button></div></div></div>
          </div>
        </div>
      </div>
      <footer class="_1UoZlX">
        <div class="_2Brcj4"><div class="_1ZMrY_"><div class="_2Mn-_X">ABOUT</div><a href="/helpcentre?otracker=footer_navlinks" class="_1arVQM">Contact Us</a><a href="/about-us?otracker=footer_navlinks" class="_1arVQM">About Us</a><a href="/careers?otracker=footer_navlinks" class="_1arVQM">Careers</a></div>
        <div class="_1ZMrY_"><div class="_2Mn-_X">HELP</div><a href="/pages/payments" class="_1arVQM">Payments</a><a href="/pages/shipping" class="_1arVQM">Shipping</a><a href="/helpcentre?catalog=55c9c6edb000002e002c1701" class="_1arVQM">Cancellation &amp; Returns</a></div>
        <div class="_1ZMrY_"><div class="_2Mn-_X">CONSUMER POLICY</div><a href="/pages/returnpolicy" class="_1arVQM">Return Policy</a><a href="/pages/terms" class="_1arVQM">Terms Of Use</a><a href="/pages/privacypolicy" class="_1arVQM">Privacy</a></div></div>
        <div class="_1mBa9b"><span>&copy; 2007-2025 <span>Kartmela.com</span></span></div>
      </footer>
    </div>
  </div>
  <script nonce="{_hex("nonce" + str(number), 20)}">window.__INITIAL_STATE__ = {state};</script>
  <script defer src="//static-assets-web.flixcart.com/fk-p-linchpin-web/fk-cp-zion/js/runtime.3a1b2c.js"></script>
</body>
</html>"""


@twentyfourth_b
def build_kartmela() -> None:
    s = Site(
        "kartmela",
        kind="marketplace search results (Flipkart 2024–25 list view: obfuscated short classes only, div[data-id] cards, a._1fQZEK full-card links with long tracking queries, div._4rR01T names '(Colour, 128 GB)', div._3LWZlK '4.3' + star img, '1,234 Ratings & 98 Reviews' split over spans, spec bullets, '₹12,999' with struck MRP '₹16,999' and '23% off', an 'Assured' badge only as an img, an 'Ad' card in the same markup, 'Page 1 of 3' + numbered links + Previous / Next to &page=N)",
        start=KM_BASE.lstrip("/"),
        description="An Indian marketplace's search for '5g mobile under 20000' in the list layout (kartmela.com/search?q=5g+mobile+under+20000&otracker=search&…, then &page=2 and 3) as Flipkart's React server render gives it to a logged-out visitor: hashed short class names only (_1AtVbE col-12-12 rows, _13oc-S, _2kHMtA cards, _3pLy-c row / col col-7-12 / col col-5-12), the header (logo + 'Explore Plus', search form, Login, Become a Seller, More, Cart), the category strip, a filter sidebar (categories, brand checkboxes, '4★ & above', the Assured badge image), 'Showing 1 – 24 of 56 results for \"…\"' and the Sort By tabs; each product a div[data-id=MOB…] holding a._1fQZEK (target=_blank) to /<slug>/p/itm…?pid=…&lid=…&marketplace=FLIPKART&q=…&store=tyy%2F4io&srno=s_P_N&otracker=search&otracker1=search&fm=organic&iid=…&ppt=None&ppn=None&ssid=…&qH=… with the image, an 'Add to Compare' checkbox, a wishlist heart svg, div._4rR01T 'Brand Model 5G (Colour, 128 GB)', div.gUuXy- with div._3LWZlK '4.3' + a star img and span._2_R_DZ '1,234 Ratings&nbsp;' '&' '&nbsp;98 Reviews' in three spans (no rating block on unrated phones), ul._1xgFaf spec bullets, div._30jeq3 '₹12,999', div._3I9_wc (struck MRP) '₹16,999' and div._3Ay6Sb '23% off' when discounted, the 'Assured' badge as an img only, 'Free delivery' and 'Bank Offer' lines; one sponsored card per page with an 'Ad' label in the same markup (fm=neo%2Fmerchandising); the pager div._2MImiq with 'Page 1 of 3' and nav.yFHi8N of a._1LKTO3 'Previous' / 'Next' and numbered a.ge-49M links to &page=N; a feedback box, footer link columns and a window.__INITIAL_STATE__ script. 24 + 24 + 8 phones. Written down: title, url (the whole link), price, currency, original_price (struck MRP), discount (percent), rating, rating_count, review_count.",
    )
    pages = chunks(KM_PHONES, [24, 24, 8])
    first = 1
    for number, phones in enumerate(pages, 1):
        s.list_page(_km_href(number).lstrip("/").replace("?", "@"), _km_page(number, len(pages), phones, first))
        for i, phone in enumerate(phones):
            _b, _m, _c, _s, price, mrp, rating, ratings, reviews, _assured = phone
            s.expect(
                {
                    "title": _km_name(phone),
                    "url": _km_url(phone, number, first + i),
                    "price": price,
                    "currency": "INR",
                    "original_price": mrp,
                    "discount": round((mrp - price) * 100 / mrp) if mrp else None,
                    "rating": rating,
                    "rating_count": ratings if rating is not None else None,
                    "review_count": reviews if rating is not None else None,
                }
            )
        first += len(phones)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# autoyard: Cars.com's used-car search results, /shopping/results/?…&page=N.
# ---------------------------------------------------------------------------------------------------

AY_BASE = "/shopping/results/?stock_type=used&makes%5B%5D=honda&models%5B%5D=honda-cr_v&list_price_max=&maximum_distance=50&zip=60606"

#: (year, trim, condition, mileage, price or None, price drop or None, deal or None, deal delta, dealer, dealer rating or None, reviews, city, distance).
AY_CARS: list[tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int]] = [
    (2021, "EX", "Used", 32541, 26998, None, "Great Deal", 1240, "Lakeshore Honda", 4.7, 1234, "Chicago, IL", 3),
    (2020, "EX-L", "Used", 41210, 25495, 500, "Good Deal", 610, "Midway Auto Gallery", 4.4, 312, "Bridgeview, IL", 12),
    (
        2022,
        "Sport Hybrid",
        "Certified",
        18044,
        32990,
        None,
        "Fair Deal",
        0,
        "Northshore Honda",
        4.8,
        2210,
        "Glenview, IL",
        15,
    ),
    (2019, "LX", "Used", 58330, 19850, 750, "Great Deal", 1615, "Prairie State Motors", 4.2, 157, "Cicero, IL", 7),
    (2023, "EX-L", "Certified", 9872, 34450, None, None, 0, "Lakeshore Honda", 4.7, 1234, "Chicago, IL", 3),
    (
        2018,
        "Touring",
        "Used",
        71400,
        21995,
        None,
        "Good Deal",
        420,
        "Elmhurst Auto Group",
        4.6,
        889,
        "Elmhurst, IL",
        16,
    ),
    (
        2021,
        "Special Edition",
        "Used",
        36912,
        25200,
        1000,
        "Great Deal",
        1380,
        "Windy City Car Co.",
        3.9,
        64,
        "Chicago, IL",
        6,
    ),
    (2020, "EX", "Used", 44780, None, None, None, 0, "Fox Valley Honda", 4.5, 742, "St. Charles, IL", 41),
    (2022, "EX", "Certified", 22315, 29995, None, "Fair Deal", 0, "Northshore Honda", 4.8, 2210, "Glenview, IL", 15),
    (2017, "EX-L", "Used", 88105, 17490, 300, "Good Deal", 530, "Prairie State Motors", 4.2, 157, "Cicero, IL", 7),
    (
        2024,
        "Sport-L Hybrid",
        "Certified",
        4102,
        38500,
        None,
        None,
        0,
        "Schaumburg Honda",
        4.6,
        1512,
        "Schaumburg, IL",
        26,
    ),
    (2019, "EX", "Used", 63220, 20988, None, "Great Deal", 1205, "Carvalley Direct", None, 0, "Joliet, IL", 38),
    (2021, "Touring", "Used", 30450, 30995, 600, "Good Deal", 740, "Elmhurst Auto Group", 4.6, 889, "Elmhurst, IL", 16),
    (2020, "LX", "Used", 52870, 21450, None, "Fair Deal", 0, "Oak Lawn Toyota-Honda", 4.3, 428, "Oak Lawn, IL", 13),
    (
        2022,
        "Sport",
        "Used",
        25660,
        28490,
        None,
        "Good Deal",
        390,
        "Midway Auto Gallery",
        4.4,
        312,
        "Bridgeview, IL",
        12,
    ),
    (2018, "EX", "Used", 79014, 18999, 1000, "Great Deal", 1722, "Windy City Car Co.", 3.9, 64, "Chicago, IL", 6),
    (2023, "Sport Hybrid", "Used", 12380, 33200, None, None, 0, "Fox Valley Honda", 4.5, 742, "St. Charles, IL", 41),
    (2019, "Touring", "Used", 60105, 23750, None, "Fair Deal", 0, "Gurnee Auto Plaza", 4.1, 203, "Gurnee, IL", 39),
    (2021, "LX", "Used", 38840, 23980, 400, "Good Deal", 515, "Schaumburg Honda", 4.6, 1512, "Schaumburg, IL", 26),
    (
        2020,
        "Touring",
        "Certified",
        39120,
        28250,
        None,
        "Good Deal",
        680,
        "Lakeshore Honda",
        4.7,
        1234,
        "Chicago, IL",
        3,
    ),
    (2016, "SE", "Used", 97640, 14995, None, "Great Deal", 1490, "Carvalley Direct", None, 0, "Joliet, IL", 38),
    (2022, "EX-L", "Certified", 20915, 31750, None, "Fair Deal", 0, "Northshore Honda", 4.8, 2210, "Glenview, IL", 15),
    (2019, "EX-L", "Used", 55410, 22600, 650, "Good Deal", 450, "Oak Lawn Toyota-Honda", 4.3, 428, "Oak Lawn, IL", 13),
    (2021, "EX", "Used", 29870, 27450, None, None, 0, "Gurnee Auto Plaza", 4.1, 203, "Gurnee, IL", 39),
    (2018, "LX", "Used", 82230, 16975, None, "Great Deal", 1322, "Prairie State Motors", 4.2, 157, "Cicero, IL", 7),
    (2023, "EX-L", "Used", 15602, 33490, 800, "Good Deal", 575, "Schaumburg Honda", 4.6, 1512, "Schaumburg, IL", 26),
    (2020, "EX-L", "Used", 47318, None, None, None, 0, "Naperville Motor Works", 4.9, 96, "Naperville, IL", 29),
    (2022, "Sport", "Certified", 19330, 29990, None, "Fair Deal", 0, "Lakeshore Honda", 4.7, 1234, "Chicago, IL", 3),
    (2017, "Touring", "Used", 90412, 18750, 500, "Great Deal", 1105, "Windy City Car Co.", 3.9, 64, "Chicago, IL", 6),
    (
        2021,
        "Sport Hybrid",
        "Used",
        33008,
        29700,
        None,
        "Good Deal",
        360,
        "Fox Valley Honda",
        4.5,
        742,
        "St. Charles, IL",
        41,
    ),
    (2019, "LX", "Used", 67540, 18990, None, "Good Deal", 610, "Oak Lawn Toyota-Honda", 4.3, 428, "Oak Lawn, IL", 13),
    (2024, "EX", "Used", 6233, 33995, None, None, 0, "Naperville Motor Works", 4.9, 96, "Naperville, IL", 29),
    (
        2020,
        "Special Edition",
        "Used",
        50218,
        23495,
        1200,
        "Great Deal",
        1540,
        "Midway Auto Gallery",
        4.4,
        312,
        "Bridgeview, IL",
        12,
    ),
    (2018, "EX-L", "Used", 74660, 20250, None, "Fair Deal", 0, "Gurnee Auto Plaza", 4.1, 203, "Gurnee, IL", 39),
    (
        2022,
        "Touring Hybrid",
        "Certified",
        17725,
        35600,
        None,
        "Fair Deal",
        0,
        "Schaumburg Honda",
        4.6,
        1512,
        "Schaumburg, IL",
        26,
    ),
    (2021, "EX-L", "Used", 34190, 28400, 350, "Good Deal", 480, "Elmhurst Auto Group", 4.6, 889, "Elmhurst, IL", 16),
    (2015, "EX", "Used", 112400, 12995, None, "Great Deal", 1870, "Carvalley Direct", None, 0, "Joliet, IL", 38),
    (2023, "Sport", "Used", 11450, 30850, None, "Good Deal", 290, "Lakeshore Honda", 4.7, 1234, "Chicago, IL", 3),
    (2020, "LX", "Used", 49904, 20995, 500, "Good Deal", 640, "Prairie State Motors", 4.2, 157, "Cicero, IL", 7),
    (2019, "EX", "Certified", 52330, 23900, None, "Fair Deal", 0, "Northshore Honda", 4.8, 2210, "Glenview, IL", 15),
    (2022, "EX", "Used", 27312, 27995, None, None, 0, "Naperville Motor Works", 4.9, 96, "Naperville, IL", 29),
    (2017, "LX", "Used", 95870, 15450, 450, "Great Deal", 1260, "Windy City Car Co.", 3.9, 64, "Chicago, IL", 6),
    (
        2021,
        "Touring",
        "Certified",
        26610,
        32200,
        None,
        "Fair Deal",
        0,
        "Fox Valley Honda",
        4.5,
        742,
        "St. Charles, IL",
        41,
    ),
    (2020, "EX", "Used", 45590, 24250, None, "Good Deal", 505, "Oak Lawn Toyota-Honda", 4.3, 428, "Oak Lawn, IL", 13),
    (
        2018,
        "Touring",
        "Used",
        68023,
        22490,
        700,
        "Good Deal",
        395,
        "Midway Auto Gallery",
        4.4,
        312,
        "Bridgeview, IL",
        12,
    ),
    (
        2023,
        "Sport-L Hybrid",
        "Certified",
        8755,
        37250,
        None,
        None,
        0,
        "Schaumburg Honda",
        4.6,
        1512,
        "Schaumburg, IL",
        26,
    ),
    (2019, "Touring", "Used", 58870, 24100, None, "Fair Deal", 0, "Elmhurst Auto Group", 4.6, 889, "Elmhurst, IL", 16),
    (2021, "LX", "Used", 40025, 22950, 300, "Great Deal", 1180, "Gurnee Auto Plaza", 4.1, 203, "Gurnee, IL", 39),
    (2016, "Touring", "Used", 104300, 15990, None, "Good Deal", 470, "Carvalley Direct", None, 0, "Joliet, IL", 38),
    (
        2022,
        "Sport Hybrid",
        "Used",
        21188,
        31450,
        None,
        "Good Deal",
        330,
        "Naperville Motor Works",
        4.9,
        96,
        "Naperville, IL",
        29,
    ),
    (2020, "EX-L", "Certified", 38760, 27600, None, None, 0, "Lakeshore Honda", 4.7, 1234, "Chicago, IL", 3),
]

#: A sponsored car per page (same markup, "Sponsored" label): not records.
AY_SPONSORED: list[
    tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int]
] = [
    (
        2024,
        "EX-L",
        "Used",
        5120,
        35990,
        None,
        None,
        0,
        "Autoland Imports of Orland Park",
        4.5,
        612,
        "Orland Park, IL",
        24,
    ),
    (2023, "Sport", "Certified", 14410, 31995, None, None, 0, "Evanston Honda Outlet", 4.4, 389, "Evanston, IL", 11),
    (
        2022,
        "EX",
        "Used",
        24820,
        28995,
        None,
        None,
        0,
        "Autoland Imports of Orland Park",
        4.5,
        612,
        "Orland Park, IL",
        24,
    ),
]

AY_DEAL_CLASS = {"Great Deal": "great", "Good Deal": "good", "Fair Deal": "fair"}


def _ay_title(
    car: tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int],
) -> str:
    return f"{car[0]} Honda CR-V {car[1]}"


def _ay_id(
    car: tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int],
) -> str:
    key = f"{_ay_title(car)}|{car[3]}|{car[8]}"
    h = _hex(key, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _ay_url(
    car: tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int],
) -> str:
    return f"/vehicledetail/{_ay_id(car)}/"


def _ay_href(number: int) -> str:
    return AY_BASE if number == 1 else f"{AY_BASE}&page={number}"


def _ay_card(
    car: tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int],
    position: int,
    *,
    sponsored: bool = False,
) -> str:
    year, trim, condition, mileage, price, drop, deal, delta, dealer, rating, reviews, city, distance = car
    ident = _ay_id(car)
    title = _ay_title(car)
    photos = "".join(
        f'<img class="vehicle-image" {"src" if i == 0 else "data-src"}="https://platform.cstatic-images.com/small/in/v2/{_hex(ident + str(i), 8)}-{_hex(ident, 4)}-5a1e-9b2c-{_hex(ident + "p" + str(i), 12)}/{_hex(ident + "q" + str(i), 8)}.jpg" alt="{esc(title)}" loading="{"eager" if position < 2 and i == 0 else "lazy"}">'
        for i in range(3)
    )
    sponsored_html = (
        '\n          <div class="sponsored-label"><span class="sds-badge sds-badge--sponsored">Sponsored</span></div>'
        if sponsored
        else ""
    )
    price_html = (
        f'<span class="primary-price" data-qa="primary-price">${price:,}</span>'
        if price is not None
        else '<span class="primary-price" data-qa="primary-price">Not Priced</span>'
    )
    monthly = (
        f'\n              <span class="secondary-price" data-qa="secondary-price">${round(price * 0.0172):,}/mo*</span>\n              <spark-button variant="text" class="js-estimated-monthly-payment-link" data-linkname="calculate-payment">Est. payment</spark-button>'
        if price is not None
        else ""
    )
    drop_html = f'\n              <span class="price-drop">${drop:,} price drop</span>' if drop else ""
    deal_html = ""
    if deal:
        delta_html = f'<span class="sds-badge__delta"> | ${delta:,} under</span>' if delta else ""
        deal_html = f'\n            <spark-badge class="sds-badge sds-badge--{AY_DEAL_CLASS[deal]}" data-qa="deal-badge"><spark-icon name="deal-{AY_DEAL_CLASS[deal]}" aria-hidden="true"></spark-icon><span class="sds-badge__label">{esc(deal)}</span>{delta_html}</spark-badge>'
    rating_html = ""
    if rating is not None:
        rating_html = f"""
              <div class="sds-rating">
                <spark-rating rating="{rating}" size="small" aria-hidden="true"></spark-rating>
                <span class="sds-rating__count">{rating}</span>
                <span class="sds-rating__link sds-button-link">({reviews:,} reviews)</span>
              </div>"""
    card_id = f"vehicle-card-{ident}"
    payload = json.dumps(
        {
            "listing_id": ident,
            "year": year,
            "make": "Honda",
            "model": "CR-V",
            "trim": trim,
            "price": price or 0,
            "position": position,
            "sponsored": sponsored,
        }
    )
    return f"""
      <div class="vehicle-card {"sponsored-inventory" if sponsored else ""}" id="{card_id}" data-tracking-type="srp-vehicle-card" data-listing-id="{ident}" data-override-payload="{esc(payload)}">
        <div class="image-wrap">
          <spark-card-carousel class="vehicle-image-carousel" aria-label="{esc(title)} photos">{photos}</spark-card-carousel>
          <spark-button class="favorite-button sds-button--icon" aria-label="Save this vehicle" data-linkname="save-vehicle"><spark-icon name="heart" aria-hidden="true"></spark-icon></spark-button>
          <span class="vehicle-badging" data-qa="photo-count"><spark-icon name="camera" aria-hidden="true"></spark-icon> {12 + _num(ident, 2) % 30}</span>
        </div>
        <div class="vehicle-card-main js-gallery-click-card">{sponsored_html}
          <div class="vehicle-details">
            <p class="stock-type">{esc(condition)}</p>
            <a data-linkname="vehicle-listing" class="vehicle-card-link js-gallery-click-link" href="{_ay_url(car)}">
              <h2 class="title">{esc(title)}</h2>
            </a>
            <div class="mileage">{mileage:,} mi.</div>
            <div class="price-section price-section-vehicle-card">
              {price_html}{monthly}{drop_html}
            </div>{deal_html}
            <div class="vehicle-dealer">
              <div class="dealer-name"><strong>{esc(dealer)}</strong></div>{rating_html}
              <div class="miles-from">{esc(city)} ({distance} mi.)</div>
            </div>
          </div>
          <div class="contact-buttons">
            <spark-button variant="secondary" class="contact-cta" data-linkname="check-availability">Check availability</spark-button>
            <a class="sds-button sds-button--secondary phone-button" href="tel:+1312555{_num(dealer, 4):04d}" data-linkname="call-dealer"><spark-icon name="phone" aria-hidden="true"></spark-icon> Call</a>
          </div>
        </div>
      </div>"""


def _ay_pager(number: int, total: int) -> str:
    prev = (
        f'<a aria-label="Previous page" id="pagination-previous-page" class="sds-button sds-button--secondary sds-pagination__control" href="{esc(_ay_href(number - 1))}" data-linkname="pagination-previous-page"><spark-icon name="chevron-left" aria-hidden="true"></spark-icon></a>'
        if number > 1
        else '<button aria-label="Previous page" id="pagination-previous-page" class="sds-button sds-button--secondary sds-pagination__control" disabled><spark-icon name="chevron-left" aria-hidden="true"></spark-icon></button>'
    )
    items = []
    for page in range(1, total + 1):
        current = (
            ' aria-current="page" class="sds-pagination__link sds-pagination__link--active"'
            if page == number
            else ' class="sds-pagination__link"'
        )
        items.append(
            f'<li class="sds-pagination__item"><a id="pagination-direct-link-{page}"{current} href="{esc(_ay_href(page))}" data-linkname="pagination-direct-link-{page}">{page}</a></li>'
        )
    nxt = (
        f'<a aria-label="Next page" id="next_paginate" class="sds-button sds-button--secondary sds-pagination__control" href="{esc(_ay_href(number + 1))}" data-linkname="pagination-next-page">Next<spark-icon name="chevron-right" aria-hidden="true"></spark-icon></a>'
        if number < total
        else '<button aria-label="Next page" id="next_paginate" class="sds-button sds-button--secondary sds-pagination__control" disabled>Next<spark-icon name="chevron-right" aria-hidden="true"></spark-icon></button>'
    )
    return f"""
    <div class="sds-pagination" data-qa="pagination">
      <div class="sds-pagination__controls">
        {prev}
        <ul class="sds-pagination__list">{"".join(items)}</ul>
        {nxt}
      </div>
    </div>"""


def _ay_page(
    number: int,
    total: int,
    cars: list[tuple[int, str, str, int, int | None, int | None, str | None, int, str, float | None, int, str, int]],
) -> str:
    cards = [_ay_card(c, i) for i, c in enumerate(cars)]
    cards.insert(min(4, len(cards)), _ay_card(AY_SPONSORED[number - 1], 99, sponsored=True))
    if len(cards) > 10:
        cards.insert(
            10,
            '\n      <div class="sds-ad-placeholder srp-inline-ad" id="ad-srp-inline-1" data-ad-unit="/4312434/cars.com/srp/inline" aria-label="Advertisement"><spark-ad-slot size="728x90"></spark-ad-slot></div>',
        )
    body_types = "".join(
        f'<li><label><input type="checkbox" name="trims[]" value="honda-cr_v-{slug(t)}"> {esc(t)} <span class="filter-count">({c})</span></label></li>'
        for t, c in (("EX", 14), ("EX-L", 11), ("LX", 8), ("Sport", 5), ("Touring", 8), ("Sport Hybrid", 4))
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Used Honda CR-V for Sale Near Me | Autoyard</title>
  <meta name="description" content="Shop Honda CR-V vehicles for sale in Chicago, IL at Autoyard. Research, compare, and save listings, or contact sellers directly from {len(AY_CARS)} CR-V models in Chicago, IL.">
  <link rel="canonical" href="{esc(_ay_href(number))}">
  <link rel="stylesheet" href="/assets/spark-a5e6b2c1.css">
  <script type="module" src="/assets/spark-components-9f1d2e.js"></script>
</head>
<body class="srp-page">
  <spark-notification id="cookie-consent" class="cookie-banner" role="region" aria-label="Cookie notice">We use cookies to improve your experience. <a href="/about/privacy/#cookies">Privacy Notice</a> <spark-button variant="primary">Accept</spark-button></spark-notification>
  <header class="global-header">
    <a class="global-header-logo" href="/" aria-label="Autoyard home"><img src="/assets/autoyard-logo.svg" alt="Autoyard" width="120" height="32"></a>
    <nav class="global-header-nav" aria-label="Main">
      <spark-dropdown><a href="/shopping/" slot="trigger">Cars for Sale</a></spark-dropdown>
      <spark-dropdown><a href="/research/" slot="trigger">Research &amp; Reviews</a></spark-dropdown>
      <spark-dropdown><a href="/news/" slot="trigger">News &amp; Videos</a></spark-dropdown>
      <a href="/sell/">Sell Your Car</a>
      <a href="/signin/?redirect_path=%2Fshopping%2Fresults%2F" class="sign-in-link">Sign in</a>
    </nav>
  </header>
  <main id="main-content" class="srp-layout">
    <nav class="sds-breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> <a href="/shopping/">Cars for Sale</a> <a href="/shopping/honda/">Honda</a> <span>CR-V</span></nav>
    <h1 class="sds-heading--1 srp-heading">Used Honda CR-V for sale</h1>
    <div class="srp-grid">
      <aside class="srp-filters" aria-label="Filters">
        <form id="srp-filter-form" action="/shopping/results/" method="get">
          <spark-fieldset legend="Stock type"><select name="stock_type"><option value="all">New &amp; used</option><option value="new">New</option><option value="used" selected>Used</option><option value="cpo">Certified</option></select></spark-fieldset>
          <spark-fieldset legend="Location"><input name="zip" value="60606" aria-label="ZIP code"><select name="maximum_distance"><option value="30">30 miles</option><option value="50" selected>50 miles</option><option value="100">100 miles</option></select></spark-fieldset>
          <spark-fieldset legend="Trim"><ul class="refinement-list">{body_types}</ul></spark-fieldset>
          <spark-fieldset legend="Price"><input name="list_price_min" placeholder="No min" aria-label="Min price"><input name="list_price_max" placeholder="No max" aria-label="Max price"></spark-fieldset>
          <spark-fieldset legend="Deal rating"><label><input type="checkbox" name="deal_ratings[]" value="great"> Great Deal</label><label><input type="checkbox" name="deal_ratings[]" value="good"> Good Deal</label><label><input type="checkbox" name="deal_ratings[]" value="fair"> Fair Deal</label></spark-fieldset>
        </form>
      </aside>
      <section class="srp-results" aria-label="Search results">
        <div class="srp-controls">
          <span class="total-filter-count" data-qa="total-filter-count">{len(AY_CARS):,} matches</span>
          <label for="sort-dropdown">Sort by</label>
          <select id="sort-dropdown" name="sort"><option value="best_match_desc" selected>Best match</option><option value="best_deal">Best deal</option><option value="list_price">Lowest price</option><option value="list_price_desc">Highest price</option><option value="mileage">Lowest mileage</option><option value="distance">Closest</option><option value="year_desc">Newest year</option></select>
        </div>
        <div class="vehicle-cards" id="vehicle-cards-container">{"".join(cards)}
        </div>{_ay_pager(number, total)}
      </section>
    </div>
  </main>
  <footer class="global-footer">
    <div class="footer-links"><section><h2>Our company</h2><a href="/about/">About Autoyard</a><a href="/careers/">Careers</a><a href="/about/contact/">Contact</a></section><section><h2>Autoyard for dealers</h2><a href="/dealers/">Dealer sign in</a><a href="/advertise/">Advertise</a></section></div>
    <p class="legal">&copy; 2025 Autoyard Inc. All rights reserved. <a href="/about/privacy/">Privacy Notice</a> <a href="/about/terms/">Terms and Conditions of Use</a></p>
  </footer>
</body>
</html>"""


@twentyfourth_b
def build_autoyard() -> None:
    s = Site(
        "autoyard",
        kind="used-car search results (Cars.com 2024–25: spark- web components, div.vehicle-card, p.stock-type 'Used' / 'Certified', a.vehicle-card-link > h2.title, div.mileage '32,541 mi.', span.primary-price '$26,998' or 'Not Priced', monthly estimate, span.price-drop '$500 price drop', spark-badge 'Great Deal' + '| $1,240 under', dealer name + '4.7' + '(1,234 reviews)', 'Chicago, IL (3 mi.)', Sponsored cards and an ad slot in the list, a#pagination-direct-link-N + a#next_paginate 'Next' over &page=N)",
        start=AY_BASE.lstrip("/"),
        description="A US used-car marketplace's search for used Honda CR-Vs within 50 miles of 60606 (autoyard.com/shopping/results/?stock_type=used&makes%5B%5D=honda&models%5B%5D=honda-cr_v&…, then &page=2 and 3) as Cars.com renders it in 2024–25 with its Spark design system: a cookie notice (spark-notification), the global header with spark-dropdown menus and Sign in, a breadcrumb, the h1, a filter sidebar of spark-fieldsets (stock type, location, trim checkboxes with counts, price, deal rating), '51 matches' with a Sort by select, then div.vehicle-cards of div.vehicle-card[data-listing-id][data-override-payload] each with div.image-wrap (spark-card-carousel of photos, a save spark-button, a photo count) and div.vehicle-card-main > div.vehicle-details: p.stock-type 'Used' / 'Certified', a.vehicle-card-link to /vehicledetail/<uuid>/ around h2.title '2021 Honda CR-V EX', div.mileage '32,541 mi.', div.price-section with span.primary-price '$26,998' (or 'Not Priced'), span.secondary-price '$464/mo*' + an 'Est. payment' spark-button and span.price-drop '$500 price drop' on some, a spark-badge deal badge 'Great Deal' / 'Good Deal' / 'Fair Deal' with '| $1,240 under' on some, div.vehicle-dealer with div.dealer-name > strong, div.sds-rating (spark-rating + span.sds-rating__count '4.7' + '(1,234 reviews)', absent for unrated dealers) and div.miles-from 'Chicago, IL (3 mi.)'; 'Check availability' / 'Call' buttons. One Sponsored card per page in the same markup (a 'Sponsored' badge) and an ad slot after the ninth card; div.sds-pagination with a#pagination-previous-page (an icon only), a#pagination-direct-link-N numbered links and a#next_paginate 'Next' (disabled buttons at the ends) over &page=N; a footer. 20 + 20 + 11 cars. Written down: title, url, condition, mileage (number), price (absent when 'Not Priced'), currency, price_drop, deal, dealer, dealer_rating, dealer_reviews, location.",
    )
    pages = chunks(AY_CARS, [20, 20, 11])
    for number, cars in enumerate(pages, 1):
        s.list_page(_ay_href(number).lstrip("/").replace("?", "@"), _ay_page(number, len(pages), cars))
    for car in AY_CARS:
        _year, _trim, condition, mileage, price, drop, deal, _delta, dealer, rating, reviews, city, _distance = car
        s.expect(
            {
                "title": _ay_title(car),
                "url": _ay_url(car),
                "condition": condition,
                "mileage": mileage,
                "price": price,
                "currency": "USD" if price is not None else None,
                "price_drop": drop,
                "deal": deal,
                "dealer": dealer,
                "dealer_rating": rating,
                "dealer_reviews": reviews if rating is not None else None,
                "location": city,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFOURTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
