"""Build the evaluation corpus: small realistic sites and the records a person would write down.

Every site folder holds its pages, ``expected.json`` (the records, with the values as shown on the
page: prices as a number plus a ``currency`` code, dates as ISO days, tags as lists, URLs relative to
the site root) and ``meta.json`` (kind, start path, list pages, frozen or not).

The templates below are written by hand, one per site, after the markup of real platforms (Shopify,
WordPress, Tailwind job boards, phpBB, arXiv, CSS modules, styled-components…). The data is written
once here so that a page and its ``expected.json`` can never disagree. After an edit, rebuild with
``uv run python tests/sites/corpus/generate.py``: the output is deterministic.

Frozen sites (``FROZEN``) are held out: never look at their results to tune the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import html
import json
import random
import re
import shutil
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent
Record = dict[str, Any]
SITES: dict[str, Callable[[], None]] = {}
FROZEN = {"byteline", "preprints", "nestfinder", "ghent-agenda", "anglers-forum", "roamvans", "parkside-league"}
# The second wave's held-out sites (written in generate_held_out.py, frozen before any tuning).
FROZEN |= {"learnwell", "werkbank", "tenderwatch"}
# The third wave's held-out sites (generate_held_out_third.py, frozen before any tuning).
FROZEN |= {"spanpedia", "rosecity-list"}


def esc(value: object) -> str:
    """HTML-escape text for element content and attribute values."""
    return html.escape(str(value), quote=True)


def slug(text: str) -> str:
    """A URL slug the way most CMSs make them."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def money(amount: float, symbol: str = "$", sep: str = ",", dec: str = ".") -> str:
    """``1234.5`` → ``$1,234.50``."""
    whole, cents = f"{amount:,.2f}".split(".")
    return f"{symbol}{whole.replace(',', sep)}{dec}{cents}"


def chunks(items: list[Any], sizes: list[int]) -> list[list[Any]]:
    """Split ``items`` into pages of the given sizes (which must add up)."""
    assert sum(sizes) == len(items), (sum(sizes), len(items))
    out, at = [], 0
    for size in sizes:
        out.append(items[at : at + size])
        at += size
    return out


class Site:
    """One corpus site being written: pages, records and metadata."""

    def __init__(self, name: str, *, kind: str, start: str, description: str) -> None:
        self.name = name
        self.kind = kind
        self.start = start
        self.description = description
        self.dir = ROOT / name
        self.records: list[Record] = []
        self.list_pages = 0
        if self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True)

    def write(self, path: str, text: str) -> None:
        """Write one file of the site (``path`` relative to its root)."""
        target = self.dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.strip() + "\n", encoding="utf-8")

    def list_page(self, path: str, text: str) -> None:
        """Write a page that holds records."""
        self.list_pages += 1
        self.write(path, text)

    def expect(self, record: Record) -> None:
        """Add one expected record (keys with ``None`` values are dropped: the page shows nothing)."""
        self.records.append({k: v for k, v in record.items() if v is not None})

    def finish(self) -> None:
        """Write expected.json and meta.json."""
        meta = {
            "kind": self.kind,
            "start": self.start,
            "list_pages": self.list_pages,
            "records": len(self.records),
            "frozen": self.name in FROZEN,
            "description": self.description,
        }
        (self.dir / "expected.json").write_text(
            json.dumps(self.records, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (self.dir / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def site(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder."""
    SITES[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


# ---------------------------------------------------------------------------------------------------
# summit-outfitters: a Shopify (Dawn theme) collection with sale prices, a sponsored card and facets.
# ---------------------------------------------------------------------------------------------------

GEAR = [
    ("Alpine Dome 2P Tent", "Ridgeline", 249.00, 299.00, 4.6, 128),
    ("Cirrus 28L Daypack", "Kestrel", 89.95, None, 4.4, 57),
    ("Tundra -10°C Down Sleeping Bag", "Polar Peak", 329.00, None, 4.8, 203),
    ("Trailblazer Carbon Trekking Poles (Pair)", "Ridgeline", 119.00, 139.00, 4.5, 88),
    ("Basecamp Inflatable Sleeping Mat", "Drift & Co.", 74.50, None, 4.1, 41),
    ("HL-400 Rechargeable Headlamp", "Lumen Gear", 39.99, None, 4.7, 512),
    ("Merino 150 Crew Base Layer", "Woolpath", 65.00, None, None, None),
    ("Stormshell Gore-Tex Jacket", "Kestrel", 279.00, 349.00, 4.3, 97),
    ("Titanium Spork", "Drift & Co.", 12.95, None, 4.9, 1034),
    ("Ultralight Stove Kit", "Ember", 54.00, None, 4.2, 66),
    ("Waterproof Dry Bag 20L", "Seaward", 24.99, None, 4.6, 310),
    ("Vector GTX Approach Shoe", "Crag Supply", 159.00, None, 4.0, 23),
    ("Insulated Bottle 750ml", "Ember", 32.00, None, 4.8, 441),
    ("Trail Running Vest 12L", "Kestrel", 119.95, None, 4.5, 74),
    ("Compact Camp Chair", "Basecamp Labs", 69.00, 79.00, 4.4, 152),
    ("Adventure First Aid Kit 2.0", "Medline Outdoor", 44.50, None, 4.7, 89),
    ("Softshell Hiking Trousers", "Woolpath", 95.00, None, 3.9, 31),
    ("Trek 5 GPS Watch", "Lumen Gear", 299.99, None, 4.2, 187),
    ("Alpine Pro Gaiters", "Crag Supply", 49.00, None, None, None),
    ("Single Hammock with Straps", "Drift & Co.", 59.95, None, 4.6, 264),
    ("Squeeze Water Filter 1L", "Seaward", 42.00, None, 4.5, 398),
    ("Emergency Bivy Sack", "Polar Peak", 29.99, 34.99, 4.1, 45),
    ("Halo Climbing Helmet", "Crag Supply", 84.00, None, 4.8, 62),
    ("Wool Hiking Socks 3-Pack", "Woolpath", 27.50, None, 4.9, 733),
    ("Expedition Duffel 70L", "Basecamp Labs", 139.00, None, 4.6, 118),
    ("Microspikes Traction Set", "Ridgeline", 64.95, None, 4.4, 141),
    ("Solar Power Bank 20000mAh", "Lumen Gear", 79.00, 99.00, 3.8, 56),
    ("Packable Rain Poncho", "Seaward", 22.00, None, None, None),
    ("Camp Cookset 4-Piece", "Ember", 68.00, None, 4.3, 77),
    ("UL Trekking Umbrella", "Drift & Co.", 45.00, None, 4.0, 19),
    ("Synthetic Insulated Vest", "Kestrel", 129.00, None, 4.5, 48),
    ("A4 Map Case", "Seaward", 18.50, None, 4.2, 12),
]


def _gear_card(index: int, item: tuple[Any, ...]) -> str:
    title, brand, price, was, rating, reviews = item
    handle = slug(title)
    product_id = 8_104_330_000 + index * 37
    if was:
        price_html = f"""<div class="price price--on-sale">
            <div class="price__container">
              <div class="price__sale">
                <span class="visually-hidden visually-hidden--inline">Sale price</span>
                <span class="price-item price-item--sale price-item--last">{money(price)}</span>
                <span class="visually-hidden visually-hidden--inline">Regular price</span>
                <span><s class="price-item price-item--regular">{money(was)}</s></span>
              </div>
            </div>
          </div>"""
        badge = '<div class="card__badge bottom left"><span class="badge badge--bottom-left color-accent-2">Sale</span></div>'
    else:
        price_html = f"""<div class="price">
            <div class="price__container">
              <div class="price__regular">
                <span class="visually-hidden visually-hidden--inline">Regular price</span>
                <span class="price-item price-item--regular">{money(price)}</span>
              </div>
            </div>
          </div>"""
        badge = ""
    if rating is not None:
        rating_html = f"""<div class="rating" role="img" aria-label="{rating} out of 5.0 stars">
            <span aria-hidden="true" class="rating-star" style="--rating: {int(rating)}; --rating-max: 5.0; --rating-decimal: 0.{str(rating).split(".")[1]};"></span>
          </div>
          <p class="rating-text caption"><span aria-hidden="true">{rating} / 5.0</span></p>
          <p class="rating-count caption"><span aria-hidden="true">({reviews})</span><span class="visually-hidden">{reviews} total reviews</span></p>"""
    else:
        rating_html = ""
    return f"""
      <li class="grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: {index % 12 + 1};">
        <div class="card-wrapper product-card-wrapper underline-links-hover">
          <div class="card card--standard card--media" style="--ratio-percent: 100%;">
            <div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 100%;">
              <div class="card__media">
                <div class="media media--transparent media--hover-effect">
                  <img src="//cdn.summit-outfitters.test/s/files/1/0612/products/{handle}.jpg?v=1709{index:03d}&amp;width=533" alt="{esc(title)}" class="motion-reduce" loading="lazy" width="533" height="533">
                </div>
              </div>
              {badge}
            </div>
            <div class="card__content">
              <div class="card__information">
                <h3 class="card__heading h5" id="title-template--2158__product-grid-{product_id}">
                  <a href="/products/{handle}" id="CardLink-template--2158__product-grid-{product_id}" class="full-unstyled-link" aria-labelledby="CardLink-template--2158__product-grid-{product_id} Badge-template--2158__product-grid-{product_id}">{esc(title)}</a>
                </h3>
                <div class="card-information">
                  <div class="caption-with-letter-spacing light">{esc(brand)}</div>
                  <span class="caption-large light"></span>
                  {rating_html}
                  {price_html}
                </div>
              </div>
              <div class="quick-add no-js-hidden">
                <button id="quick-add-template--2158__product-grid-{product_id}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary">Add to cart</button>
              </div>
            </div>
          </div>
        </div>
      </li>"""


_GEAR_SPONSORED = """
      <li class="grid__item grid__item--promo">
        <div class="card-wrapper product-card-wrapper">
          <div class="card card--standard card--promo">
            <div class="card__content">
              <div class="card__information">
                <span class="promo-label caption">Sponsored</span>
                <h3 class="card__heading h5"><a href="https://ads.partner-network.test/click?c=88123&amp;p=hydro" class="full-unstyled-link" rel="sponsored nofollow">Hydroflow 32 oz Wide Mouth Bottle</a></h3>
                <div class="price"><span class="price-item price-item--regular">$44.95</span></div>
                <p class="caption">Free engraving this week only</p>
              </div>
            </div>
          </div>
        </div>
      </li>"""


def _gear_layout(title: str, body: str) -> str:
    brands = sorted({g[1] for g in GEAR})
    facets = "\n".join(
        f'<li class="list-menu__item facets__item"><label for="Filter-Brand-{i}" class="facet-checkbox"><input type="checkbox" name="filter.p.vendor" value="{esc(b)}" id="Filter-Brand-{i}"><span class="facet-checkbox__text">{esc(b)} ({sum(1 for g in GEAR if g[1] == b)})</span></label></li>'
        for i, b in enumerate(brands, 1)
    )
    return f"""<!doctype html>
<html class="no-js" lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>{esc(title)} – Summit Outfitters</title>
  <link rel="canonical" href="https://summit-outfitters.test/collections/all">
  <meta property="og:site_name" content="Summit Outfitters">
  <meta property="og:type" content="website">
  <link href="//cdn.summit-outfitters.test/shop/t/12/assets/base.css?v=1440" rel="stylesheet" type="text/css" media="all">
  <script src="//cdn.summit-outfitters.test/shop/t/12/assets/global.js?v=1709" defer="defer"></script>
  <script>window.Shopify = window.Shopify || {{}}; Shopify.shop = "summit-outfitters.myshopify.com"; Shopify.locale = "en"; Shopify.currency = {{"active":"USD","rate":"1.0"}};</script>
</head>
<body class="gradient">
  <a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
  <div class="shopify-section announcement-bar-section"><div class="announcement-bar color-scheme-4" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free shipping on US orders over $75 · 60-day returns</span></p></div></div>
  <div id="shopify-section-header" class="shopify-section section-header">
    <header class="header header--middle-left header--mobile-center page-width header--has-menu">
      <a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Summit Outfitters</span></a>
      <nav class="header__inline-menu">
        <ul class="list-menu list-menu--inline" role="list">
          <li><a href="/" class="header__menu-item list-menu__item link link--text focus-inset"><span>Home</span></a></li>
          <li><a href="/collections/all/" class="header__menu-item list-menu__item link link--text focus-inset" aria-current="page"><span class="header__active-menu-item">Shop all</span></a></li>
          <li><a href="/collections/tents" class="header__menu-item list-menu__item link link--text focus-inset"><span>Tents &amp; Shelter</span></a></li>
          <li><a href="/collections/packs" class="header__menu-item list-menu__item link link--text focus-inset"><span>Packs</span></a></li>
          <li><a href="/collections/clothing" class="header__menu-item list-menu__item link link--text focus-inset"><span>Clothing</span></a></li>
          <li><a href="/collections/sale" class="header__menu-item list-menu__item link link--text focus-inset"><span>Sale</span></a></li>
          <li><a href="/blogs/journal" class="header__menu-item list-menu__item link link--text focus-inset"><span>Journal</span></a></li>
        </ul>
      </nav>
      <div class="header__icons">
        <a href="/search" class="header__icon header__icon--search link focus-inset"><span class="visually-hidden">Search</span></a>
        <a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Log in</span></a>
        <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span><div class="cart-count-bubble"><span aria-hidden="true">2</span><span class="visually-hidden">2 items</span></div></a>
      </div>
    </header>
  </div>
  <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
    <div class="shopify-section section"><div class="collection-hero color-scheme-1 gradient"><div class="collection-hero__inner page-width"><div class="collection-hero__text-wrapper"><h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>All products</h1><div class="collection-hero__description rte">Everything we stock for three-season hiking, camping and alpine trips.</div></div></div></div></div>
    <div class="shopify-section section">
      <div class="facets-vertical page-width">
        <aside aria-labelledby="verticalTitle" class="facets-wrapper" id="main-collection-filters">
          <div class="facets-container">
            <h2 class="facets__heading caption-large text-body" id="verticalTitle">Filter:</h2>
            <details class="facets__disclosure-vertical js-filter" open><summary class="facets__summary caption-large focus-offset"><span>Availability</span></summary>
              <ul class="facets-layout facets-layout-list list-unstyled" role="list">
                <li class="list-menu__item facets__item"><label class="facet-checkbox"><input type="checkbox" name="filter.v.availability" value="1"><span class="facet-checkbox__text">In stock (29)</span></label></li>
                <li class="list-menu__item facets__item"><label class="facet-checkbox"><input type="checkbox" name="filter.v.availability" value="0"><span class="facet-checkbox__text">Out of stock (3)</span></label></li>
              </ul>
            </details>
            <details class="facets__disclosure-vertical js-filter" open><summary class="facets__summary caption-large focus-offset"><span>Brand</span></summary>
              <ul class="facets-layout facets-layout-list list-unstyled" role="list">
                {facets}
              </ul>
            </details>
            <details class="facets__disclosure-vertical js-filter"><summary class="facets__summary caption-large focus-offset"><span>Price</span></summary>
              <div class="facets__price"><span class="field-currency">$</span><input class="field__input" name="filter.v.price.gte" type="number" placeholder="0"><span class="field-currency">$</span><input class="field__input" name="filter.v.price.lte" type="number" placeholder="329.00"></div>
              <p class="facets__price-note">The highest price is $329.00</p>
            </details>
          </div>
        </aside>
        <div class="product-grid-container" id="ProductGridContainer">
          {body}
        </div>
      </div>
    </div>
  </main>
  <div class="shopify-section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-1 gradient content-container isolate content-container--full-width section-template--newsletter-padding"><h2 class="h1">Trail notes, twice a month</h2><div class="newsletter__subheading rte"><p>New gear, trip reports and members-only sales. No spam.</p></div><form method="post" action="/contact#contact_form" class="newsletter-form"><input type="email" name="contact[email]" placeholder="Email" class="field__input"><button type="submit" class="newsletter-form__button field__button">Subscribe</button></form></div></div></div>
  <footer class="footer color-scheme-1 gradient section-sections--footer-padding">
    <div class="footer__content-top page-width">
      <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Shop</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/collections/tents" class="link link--text list-menu__item list-menu__item--link">Tents</a></li><li><a href="/collections/packs" class="link link--text list-menu__item list-menu__item--link">Packs</a></li><li><a href="/collections/clothing" class="link link--text list-menu__item list-menu__item--link">Clothing</a></li><li><a href="/collections/sale" class="link link--text list-menu__item list-menu__item--link">Sale</a></li></ul></div>
      <div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/pages/shipping" class="link link--text list-menu__item list-menu__item--link">Shipping</a></li><li><a href="/pages/returns" class="link link--text list-menu__item list-menu__item--link">Returns &amp; exchanges</a></li><li><a href="/pages/warranty" class="link link--text list-menu__item list-menu__item--link">Warranty</a></li><li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact us</a></li></ul></div>
      <div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">Visit the store</h2><div class="footer-block__details-content rte"><p>412 Alder Street, Bend, OR 97701<br>Mon–Sat 9am–7pm</p></div></div>
    </div>
    <div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><ul class="list list-payment" role="list"><li class="list-payment__item">Visa</li><li class="list-payment__item">Mastercard</li><li class="list-payment__item">American Express</li><li class="list-payment__item">PayPal</li><li class="list-payment__item">Shop Pay</li></ul><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026, <a href="/" title="">Summit Outfitters</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.test?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></div>
  </footer>
</body>
</html>"""


@site
def build_summit_outfitters() -> None:
    s = Site(
        "summit-outfitters",
        kind="product catalogue (Shopify)",
        start="collections/all/",
        description="Outdoor-gear shop on a Shopify theme: sale prices, ratings, a sponsored card, brand facets.",
    )
    pages = chunks(list(enumerate(GEAR)), [12, 12, 8])
    paths = ["collections/all/index.html", "collections/all/page-2.html", "collections/all/page-3.html"]
    hrefs = ["/collections/all/", "/collections/all/page-2.html", "/collections/all/page-3.html"]
    for number, items in enumerate(pages, 1):
        cards = [_gear_card(i, item) for i, item in items]
        cards.insert(6, _GEAR_SPONSORED)
        links = []
        if number > 1:
            links.append(
                f'<li><a href="{hrefs[number - 2]}" class="pagination__item pagination__item--prev pagination__item-arrow link motion-reduce" aria-label="Previous page">&lsaquo;</a></li>'
            )
        for n, href in enumerate(hrefs, 1):
            if n == number:
                links.append(
                    f'<li><a role="link" aria-disabled="true" class="pagination__item pagination__item--current light" aria-current="page" aria-label="Page {n}">{n}</a></li>'
                )
            else:
                links.append(f'<li><a href="{href}" class="pagination__item link" aria-label="Page {n}">{n}</a></li>')
        if number < len(pages):
            links.append(
                f'<li><a href="{hrefs[number]}" class="pagination__item pagination__item--next pagination__item-arrow link motion-reduce" aria-label="Next page">&rsaquo;</a></li>'
            )
        body = f"""
          <div class="collection page-width">
            <div class="product-count light" role="status"><h2 class="product-count__text text-body"><span id="ProductCountDesktop">{len(GEAR)} products</span></h2></div>
            <ul id="product-grid" class="grid product-grid grid--2-col-tablet-down grid--3-col-desktop" role="list">
              {"".join(cards)}
            </ul>
            <div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Pagination"><ul class="pagination__list list-unstyled" role="list">{"".join(links)}</ul></nav></div>
          </div>"""
        s.list_page(paths[number - 1], _gear_layout(f"All products{'' if number == 1 else f' – Page {number}'}", body))
    for _, (title, brand, price, was, rating, reviews) in enumerate(GEAR):
        s.expect(
            {
                "title": title,
                "url": f"/products/{slug(title)}",
                "brand": brand,
                "price": price,
                "currency": "USD",
                "original_price": was,
                "rating": rating,
                "review_count": reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# harbour-ledger: a local news site on a WordPress theme; sidebar widgets and an ad slot.
# ---------------------------------------------------------------------------------------------------

NEWS = [
    (
        "Council approves £4.2m harbour wall repair after winter storms",
        "City Hall",
        "Maeve Farrell",
        "2026-03-20",
        14,
        "Councillors voted 31 to 6 to fund the repairs, which will close the east promenade until late summer.",
    ),
    (
        "New ferry timetable cuts weekend sailings to the islands",
        "Transport",
        "Tomasz Wójcik",
        "2026-03-19",
        37,
        "Operators say falling winter demand forced the change; island residents call it a lifeline lost.",
    ),
    (
        "Fishmarket redevelopment: what the plans actually say",
        "Business",
        "Priya Raman",
        "2026-03-19",
        8,
        "We read all 212 pages of the planning application so you don't have to. Here are the five things that matter.",
    ),
    (
        "Harbour Rovers earn late draw against league leaders",
        "Sport",
        "Callum Reid",
        "2026-03-18",
        22,
        "A stoppage-time header from substitute Jonah Beck kept the Rovers' play-off hopes alive on a cold Tuesday night.",
    ),
    (
        "Primary school to reopen after asbestos survey",
        "Education",
        "Maeve Farrell",
        "2026-03-17",
        None,
        "Pupils at St Brendan's will return on Monday after inspectors cleared the main building.",
    ),
    (
        "Lighthouse keeper's cottage listed as heritage site",
        "Heritage",
        "Elspeth Munro",
        "2026-03-16",
        5,
        "The 1840s cottage joins the harbour's three other listed buildings following a two-year campaign by local historians.",
    ),
    (
        "Bus operator apologises after week of cancelled services",
        "Transport",
        "Tomasz Wójcik",
        "2026-03-15",
        51,
        "Driver shortages left dozens of routes without buses during the morning rush, the company admitted.",
    ),
    (
        "Review: 'The Salt Road' at the Quay Theatre",
        "Arts",
        "Elspeth Munro",
        "2026-03-14",
        3,
        "A tender, funny and occasionally baggy new play about three generations of herring girls.",
    ),
    (
        "Budget 2026: council tax to rise by 4.9 per cent",
        "City Hall",
        "Maeve Farrell",
        "2026-03-13",
        66,
        "The increase, the maximum allowed without a referendum, will add about £92 a year to a Band D bill.",
    ),
    (
        "Seal pup rescued from marina slipway",
        "Environment",
        "Priya Raman",
        "2026-03-12",
        12,
        "Volunteers from the marine rescue charity spent two hours coaxing the animal back into the water.",
    ),
    (
        "Harbour café owner wins national apprenticeship award",
        "Business",
        "Callum Reid",
        "2026-03-11",
        4,
        "Ruth Okafor has trained eleven young chefs since opening The Galley in 2019.",
    ),
    (
        "Plans for 300 homes on former rope works site rejected",
        "Planning",
        "Priya Raman",
        "2026-03-10",
        29,
        "Planners said the scheme did not include enough affordable housing and would overwhelm the local road network.",
    ),
    (
        "Rovers sign former academy striker on loan",
        "Sport",
        "Callum Reid",
        "2026-03-09",
        9,
        "Kieran Doyle, 20, returns to the club where he scored 41 goals in two youth seasons.",
    ),
    (
        "Library opening hours extended after petition",
        "Community",
        "Elspeth Munro",
        "2026-03-08",
        7,
        "More than 2,400 people signed the petition calling for evening opening on weekdays.",
    ),
    (
        "Storm Isla: clean-up continues along the seafront",
        "Weather",
        "Maeve Farrell",
        "2026-03-07",
        18,
        "Council crews have cleared more than 40 tonnes of shingle from the promenade since the weekend.",
    ),
    (
        "Two arrested after break-in at chandlery",
        "Crime",
        "Tomasz Wójcik",
        "2026-03-06",
        None,
        "Police recovered outboard motors worth an estimated £18,000 from a van stopped on the ring road.",
    ),
    (
        "Harbour festival announces first headliners",
        "Arts",
        "Elspeth Munro",
        "2026-03-05",
        24,
        "Folk trio The Tideturners and the Brass Anchors big band will top the bill in July.",
    ),
    (
        "Lifeboat crew called out twice in one night",
        "Community",
        "Priya Raman",
        "2026-03-04",
        6,
        "Both yachts were towed safely back to harbour and nobody was injured, the RNLI said.",
    ),
    (
        "Opinion: our harbour needs a plan, not another consultation",
        "Opinion",
        "Ruaridh Stewart",
        "2026-03-03",
        43,
        "Ten years, four consultations and not a single new berth. It is time for the council to decide.",
    ),
    (
        "Marine biology students map the bay's seagrass meadows",
        "Environment",
        "Priya Raman",
        "2026-03-02",
        2,
        "Drone surveys show the meadows have grown by almost a fifth since 2020.",
    ),
    (
        "Supermarket chain confirms store closure",
        "Business",
        "Callum Reid",
        "2026-03-01",
        31,
        "The Quay Street branch will shut in May with the loss of 46 jobs.",
    ),
    (
        "Ferry terminal lifts out of action until April",
        "Transport",
        "Tomasz Wójcik",
        "2026-02-28",
        15,
        "Foot passengers with reduced mobility are advised to contact the operator before travelling.",
    ),
]


def _news_post(index: int, post: tuple[Any, ...]) -> str:
    title, category, author, day, comments, excerpt = post
    d = date.fromisoformat(day)
    url = f"/{d:%Y/%m/%d}/{slug(title)}/"
    shown = f"{d:%B} {d.day}, {d.year}"
    author_slug = slug(author)
    comment_link = (
        f'<a href="{url}#comments">{comments} Comment{"s" if comments != 1 else ""}<span class="screen-reader-text"> on {esc(title)}</span></a>'
        if comments
        else f'<a href="{url}#respond">Leave a Comment<span class="screen-reader-text"> on {esc(title)}</span></a>'
    )
    post_id = 9840 - index * 13
    return f"""
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug(category)}">
	<div class="post-thumbnail"><a class="post-thumbnail-inner" href="{url}" aria-hidden="true" tabindex="-1"><img width="768" height="432" src="/wp-content/uploads/2026/03/{slug(title)[:30]}-768x432.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></a></div>
	<header class="entry-header">
		<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/{slug(category)}/" rel="category tag">{esc(category)}</a></span>
		<h2 class="entry-title"><a href="{url}" rel="bookmark">{esc(title)}</a></h2>
		<div class="entry-meta">
			<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{day}T{7 + index % 9:02d}:{(index * 17) % 60:02d}:00+00:00">{shown}</time><time class="updated" datetime="{day}T18:02:11+00:00">{shown}</time></a></span>
			<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{author_slug}/">{esc(author)}</a></span></span>
		</div>
	</header>
	<div class="entry-summary">
		<p>{esc(excerpt)}</p>
	</div>
	<footer class="entry-footer"><span class="comments-link">{comment_link}</span> <a class="more-link" href="{url}">Continue reading<span class="screen-reader-text"> "{esc(title)}"</span></a></footer>
</article>"""


def _news_layout(title: str, body: str, pagination: str) -> str:
    recent = "".join(
        f'<li><a href="/{date.fromisoformat(p[3]):%Y/%m/%d}/{slug(p[0])}/">{esc(p[0])}</a></li>' for p in NEWS[:5]
    )
    cats = sorted({p[1] for p in NEWS})
    categories = "".join(
        f'<li class="cat-item"><a href="/category/{slug(c)}/">{esc(c)}</a> ({sum(1 for p in NEWS if p[1] == c) + 17})</li>'
        for c in cats
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all'>
<link rel='stylesheet' id='ledger-style-css' href='/wp-content/themes/ledger/style.css?ver=2.3.1' media='all'>
<script async src="https://pagead2.googlesyndication.test/pagead/js/adsbygoogle.js?client=ca-pub-0000"></script>
</head>
<body class="home blog wp-embed-responsive hfeed has-sidebar">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
	<div class="top-bar"><div class="wrap"><span class="today">Friday 20 March 2026</span><span class="weather">Harbour 9°C, showers</span><a href="/subscribe/" class="subscribe-btn">Subscribe from £1</a></div></div>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="/" rel="home">The Harbour Ledger</a></p>
			<p class="site-description">Independent news for the harbour towns since 1887</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-primary-container"><ul id="primary-menu" class="menu">
				<li id="menu-item-21" class="menu-item menu-item-type-custom current-menu-item"><a href="/">News</a></li>
				<li id="menu-item-22" class="menu-item"><a href="/category/sport/">Sport</a></li>
				<li id="menu-item-23" class="menu-item"><a href="/category/business/">Business</a></li>
				<li id="menu-item-24" class="menu-item"><a href="/category/arts/">What's on</a></li>
				<li id="menu-item-25" class="menu-item"><a href="/category/opinion/">Opinion</a></li>
				<li id="menu-item-26" class="menu-item"><a href="/notices/">Family notices</a></li>
				<li id="menu-item-27" class="menu-item"><a href="/contact/">Contact</a></li>
			</ul></div>
		</nav>
	</header>
	<div class="ad-leaderboard" aria-hidden="true"><span class="ad-label">Advertisement</span><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-0000" data-ad-slot="1111"></ins></div>
	<div id="content" class="site-content">
	<main id="primary" class="site-main">
		<header class="page-header"><h1 class="page-title screen-reader-text">Latest news</h1></header>
		{body}
		{pagination}
	</main>
	<aside id="secondary" class="widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
		<section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><div class="ad-mpu"><span class="ad-label">Advertisement</span><a href="https://ads.partner-network.test/click?c=4410" rel="sponsored"><img src="/ads/harbour-motors-300x250.jpg" alt="Harbour Motors – 0% finance on all used cars" width="300" height="250"></a></div></div></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Most read</h2><ul>{recent}</ul></section>
		<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Sections</h2><ul>{categories}</ul></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2026/03/">March 2026</a></li><li><a href="/2026/02/">February 2026</a></li><li><a href="/2026/01/">January 2026</a></li></ul></section>
	</aside>
	</div>
	<footer id="colophon" class="site-footer">
		<nav class="footer-navigation"><ul><li><a href="/about/">About us</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/privacy-policy/">Privacy</a></li><li><a href="/ipso/">Complaints (IPSO)</a></li></ul></nav>
		<div class="site-info">&copy; 2026 Harbour Ledger Media Ltd. Registered in Scotland SC104412. <a href="https://wordpress.test/">Proudly powered by WordPress</a></div>
	</footer>
</div>
<script src='/wp-content/themes/ledger/js/navigation.js?ver=2.3.1' id='ledger-navigation-js'></script>
</body>
</html>"""


@site
def build_harbour_ledger() -> None:
    s = Site(
        "harbour-ledger",
        kind="news list (WordPress)",
        start="",
        description="Local newspaper on a WordPress theme: posts with dates, bylines, categories and comment counts.",
    )
    pages = chunks(list(enumerate(NEWS)), [8, 8, 6])
    hrefs = ["/", "/page/2/", "/page/3/"]
    for number, posts in enumerate(pages, 1):
        parts = []
        if number > 1:
            parts.append(f'<a class="prev page-numbers" href="{hrefs[number - 2]}">&larr; Newer posts</a>')
        for n, href in enumerate(hrefs, 1):
            parts.append(
                f'<span aria-current="page" class="page-numbers current">{n}</span>'
                if n == number
                else f'<a class="page-numbers" href="{href}">{n}</a>'
            )
        if number < len(pages):
            parts.append(f'<a class="next page-numbers" href="{hrefs[number]}">Older posts &rarr;</a>')
        pagination = f'<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{"".join(parts)}</div></nav>'
        body = "".join(_news_post(i, p) for i, p in posts)
        title = (
            "The Harbour Ledger – Independent news for the harbour towns"
            if number == 1
            else f"Page {number} – The Harbour Ledger"
        )
        s.list_page(
            ("index.html" if number == 1 else f"page/{number}/index.html"), _news_layout(title, body, pagination)
        )
    for title, category, author, day, comments, excerpt in NEWS:
        s.expect(
            {
                "title": title,
                "url": f"/{date.fromisoformat(day):%Y/%m/%d}/{slug(title)}/",
                "date": day,
                "author": author,
                "category": category,
                "summary": excerpt,
                "comments": comments or 0,  # "Leave a Comment" shows there are none
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# hirehub: a job board in Tailwind utility classes; featured jobs, a promo card, tag chips.
# ---------------------------------------------------------------------------------------------------

JOBS = [
    (
        "Senior Backend Engineer (Python)",
        "Northwind Analytics",
        "Berlin, Germany",
        "Full-time",
        "€75,000 – €90,000",
        ["Python", "PostgreSQL", "AWS"],
        "2026-03-19",
        True,
    ),
    (
        "Staff Product Designer",
        "Lumen Health",
        "Remote (EU)",
        "Full-time",
        "€85,000 – €105,000",
        ["Figma", "Design systems"],
        "2026-03-19",
        True,
    ),
    (
        "Data Engineer",
        "Parcelly",
        "Amsterdam, Netherlands",
        "Full-time",
        "€60,000 – €72,000",
        ["Spark", "dbt", "Airflow"],
        "2026-03-18",
        False,
    ),
    (
        "Frontend Developer (React)",
        "Quillstack",
        "London, UK",
        "Full-time",
        "£55,000 – £68,000",
        ["React", "TypeScript"],
        "2026-03-18",
        False,
    ),
    (
        "DevOps Engineer",
        "Harbourline Logistics",
        "Rotterdam, Netherlands",
        "Contract",
        "€550 / day",
        ["Kubernetes", "Terraform"],
        "2026-03-17",
        False,
    ),
    (
        "Junior QA Engineer",
        "Tiny Rocket Games",
        "Kraków, Poland",
        "Full-time",
        None,
        ["Testing", "Unity"],
        "2026-03-17",
        False,
    ),
    (
        "Machine Learning Engineer",
        "Veridian AI",
        "Paris, France",
        "Full-time",
        "€70,000 – €95,000",
        ["PyTorch", "MLOps"],
        "2026-03-16",
        False,
    ),
    (
        "Engineering Manager, Payments",
        "Coinfold",
        "Remote (Worldwide)",
        "Full-time",
        "$160,000 – $190,000",
        ["Leadership", "Payments"],
        "2026-03-16",
        False,
    ),
    (
        "iOS Developer",
        "Fernweh Travel",
        "Munich, Germany",
        "Full-time",
        "€65,000 – €80,000",
        ["Swift", "SwiftUI"],
        "2026-03-15",
        False,
    ),
    (
        "Technical Writer",
        "Openbench",
        "Remote (UK)",
        "Part-time",
        "£28,000 – £32,000 pro rata",
        ["Docs", "API"],
        "2026-03-14",
        False,
    ),
    (
        "Site Reliability Engineer",
        "Northwind Analytics",
        "Berlin, Germany",
        "Full-time",
        "€80,000 – €98,000",
        ["Go", "Prometheus"],
        "2026-03-14",
        False,
    ),
    (
        "Customer Success Manager",
        "Lumen Health",
        "Dublin, Ireland",
        "Full-time",
        "€48,000 – €56,000",
        ["SaaS", "B2B"],
        "2026-03-13",
        False,
    ),
    (
        "Rust Systems Engineer",
        "Ferrocene Labs",
        "Remote (EU)",
        "Full-time",
        "€90,000 – €120,000",
        ["Rust", "Embedded"],
        "2026-03-13",
        False,
    ),
    (
        "Product Manager, Growth",
        "Parcelly",
        "Amsterdam, Netherlands",
        "Full-time",
        None,
        ["Growth", "Experimentation"],
        "2026-03-12",
        False,
    ),
    (
        "Security Engineer",
        "Coinfold",
        "Lisbon, Portugal",
        "Full-time",
        "€70,000 – €85,000",
        ["AppSec", "Cloud"],
        "2026-03-12",
        False,
    ),
    (
        "Full-stack Developer",
        "Greenleaf Energy",
        "Copenhagen, Denmark",
        "Full-time",
        "DKK 55,000 – 65,000 / month",
        ["Django", "Vue"],
        "2026-03-11",
        False,
    ),
    (
        "Android Developer",
        "Tiny Rocket Games",
        "Kraków, Poland",
        "Full-time",
        "PLN 18,000 – 24,000 / month",
        ["Kotlin"],
        "2026-03-11",
        False,
    ),
    (
        "Analytics Engineer",
        "Quillstack",
        "London, UK",
        "Full-time",
        "£60,000 – £70,000",
        ["SQL", "dbt", "Looker"],
        "2026-03-10",
        False,
    ),
    (
        "Head of Platform",
        "Veridian AI",
        "Paris, France",
        "Full-time",
        None,
        ["Leadership", "Kubernetes"],
        "2026-03-09",
        False,
    ),
    (
        "Support Engineer (German speaking)",
        "Openbench",
        "Vienna, Austria",
        "Full-time",
        "€45,000 – €52,000",
        ["Linux", "Support"],
        "2026-03-09",
        False,
    ),
    (
        "Backend Engineer (Go)",
        "Harbourline Logistics",
        "Hamburg, Germany",
        "Full-time",
        "€68,000 – €82,000",
        ["Go", "gRPC"],
        "2026-03-08",
        False,
    ),
    (
        "UX Researcher",
        "Fernweh Travel",
        "Remote (DE)",
        "Contract",
        "€450 / day",
        ["Research", "Interviews"],
        "2026-03-07",
        False,
    ),
    (
        "Database Administrator",
        "Greenleaf Energy",
        "Aarhus, Denmark",
        "Full-time",
        None,
        ["PostgreSQL", "Oracle"],
        "2026-03-06",
        False,
    ),
    (
        "Graduate Software Engineer",
        "Northwind Analytics",
        "Berlin, Germany",
        "Full-time",
        "€52,000",
        ["Java", "Graduate"],
        "2026-03-05",
        False,
    ),
    (
        "Embedded C Developer",
        "Ferrocene Labs",
        "Stuttgart, Germany",
        "Full-time",
        "€66,000 – €78,000",
        ["C", "RTOS"],
        "2026-03-04",
        False,
    ),
    (
        "Developer Advocate",
        "Openbench",
        "Remote (Worldwide)",
        "Full-time",
        "$120,000 – $140,000",
        ["Community", "Python"],
        "2026-03-03",
        False,
    ),
    ("Scrum Master", "Parcelly", "Utrecht, Netherlands", "Freelance", "€70 / hour", ["Agile"], "2026-03-02", False),
]


def _job_card(index: int, job: tuple[Any, ...]) -> str:
    title, company, location, kind, salary, tags, day, featured = job
    d = date.fromisoformat(day)
    job_id = 4471 + index * 7
    href = f"/jobs/{job_id}-{slug(title)}"
    chips = "".join(
        f'<li class="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-200">{esc(t)}</li>'
        for t in tags
    )
    salary_html = (
        f'<span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-slate-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M10 2a8 8 0 100 16 8 8 0 000-16z"/></svg>{esc(salary)}</span>'
        if salary
        else ""
    )
    ring = "border-amber-300 bg-amber-50/60" if featured else "border-slate-200 bg-white"
    badge = (
        '<span class="ml-2 inline-flex items-center rounded-md bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800">Featured</span>'
        if featured
        else ""
    )
    return f"""
        <li class="group relative flex flex-col gap-4 rounded-xl border {ring} p-5 shadow-sm transition hover:border-indigo-400 hover:shadow-md sm:flex-row sm:items-start">
          <img class="h-12 w-12 flex-none rounded-lg bg-slate-50 object-contain p-1" src="/logos/{slug(company)}.svg" alt="{esc(company)} logo" loading="lazy">
          <div class="min-w-0 flex-auto">
            <div class="flex items-center">
              <h3 class="truncate text-base font-semibold leading-6 text-slate-900"><a href="{href}" class="focus:outline-none"><span class="absolute inset-0" aria-hidden="true"></span>{esc(title)}</a></h3>{badge}
            </div>
            <p class="mt-0.5 text-sm font-medium text-indigo-600">{esc(company)}</p>
            <div class="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500">
              <span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-slate-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M10 2a6 6 0 00-6 6c0 4 6 10 6 10s6-6 6-10a6 6 0 00-6-6z"/></svg>{esc(location)}</span>
              <span class="inline-flex items-center gap-1"><svg class="h-4 w-4 text-slate-400" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M6 6V5a3 3 0 013-3h2a3 3 0 013 3v1h2v10H4V6h2z"/></svg>{esc(kind)}</span>
              {salary_html}
            </div>
            <ul class="relative z-10 mt-3 flex flex-wrap gap-1.5" role="list">{chips}</ul>
          </div>
          <div class="flex flex-none flex-col items-end gap-2 text-sm">
            <time class="whitespace-nowrap text-slate-400" datetime="{day}">{d:%b} {d.day}</time>
            <button type="button" class="relative z-10 rounded-md px-2 py-1 text-slate-500 hover:bg-slate-100" aria-label="Save job">&#9734; Save</button>
          </div>
        </li>"""


_JOB_PROMO = """
        <li class="relative flex flex-col gap-3 rounded-xl bg-gradient-to-r from-indigo-600 to-violet-600 p-6 text-white sm:flex-row sm:items-center">
          <div class="min-w-0 flex-auto">
            <h3 class="text-base font-semibold">Hiring? Reach 180,000 engineers a month</h3>
            <p class="mt-1 text-sm text-indigo-100">Post a job for €299 – featured for 30 days, shared in our weekly newsletter.</p>
          </div>
          <a href="/employers/post-a-job" class="rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-indigo-600 shadow-sm hover:bg-indigo-50">Post a job</a>
        </li>"""


def _jobs_layout(number: int, total_pages: int, body: str) -> str:
    def href(n: int) -> str:
        return "/jobs/" if n == 1 else f"/jobs/{n}.html"

    nums = "".join(
        f'<a href="{href(n)}" aria-current="page" class="relative z-10 inline-flex items-center bg-indigo-600 px-4 py-2 text-sm font-semibold text-white">{n}</a>'
        if n == number
        else f'<a href="{href(n)}" class="relative inline-flex items-center px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">{n}</a>'
        for n in range(1, total_pages + 1)
    )
    prev_link = (
        f'<a href="{href(number - 1)}" class="relative inline-flex items-center rounded-l-md px-2 py-2 text-slate-400 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"><span class="sr-only">Previous</span>&lsaquo;</a>'
        if number > 1
        else ""
    )
    next_link = (
        f'<a href="{href(number + 1)}" class="relative inline-flex items-center rounded-r-md px-2 py-2 text-slate-400 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"><span class="sr-only">Next</span>&rsaquo;</a>'
        if number < total_pages
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="h-full bg-slate-50">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Tech jobs in Europe{"" if number == 1 else f" (page {number})"} | HireHub</title>
  <link rel="stylesheet" href="/_next/static/css/4e1a2b7c9d0f.css">
  <link rel="preload" as="font" href="/_next/static/media/inter-var.woff2" crossorigin>
</head>
<body class="h-full font-sans antialiased">
  <div class="min-h-full">
    <nav class="border-b border-slate-200 bg-white">
      <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4 sm:px-6 lg:px-8">
        <div class="flex items-center gap-8">
          <a href="/" class="text-xl font-bold tracking-tight text-indigo-600">hirehub</a>
          <div class="hidden space-x-6 text-sm font-medium text-slate-600 md:flex">
            <a href="/jobs/" class="text-slate-900">Jobs</a><a href="/companies" class="hover:text-slate-900">Companies</a><a href="/salaries" class="hover:text-slate-900">Salaries</a><a href="/blog" class="hover:text-slate-900">Blog</a>
          </div>
        </div>
        <div class="flex items-center gap-3 text-sm"><a href="/login" class="font-medium text-slate-600">Log in</a><a href="/employers/post-a-job" class="rounded-md bg-indigo-600 px-3 py-2 font-semibold text-white">Post a job</a></div>
      </div>
    </nav>
    <header class="bg-white py-8"><div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8"><h1 class="text-3xl font-bold tracking-tight text-slate-900">Tech jobs in Europe</h1><p class="mt-2 text-sm text-slate-500">{len(JOBS)} open roles · updated hourly</p></div></header>
    <div class="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-8 sm:px-6 lg:grid-cols-4 lg:px-8">
      <aside class="space-y-6 lg:col-span-1">
        <form class="space-y-6 text-sm">
          <div><h3 class="font-semibold text-slate-900">Job type</h3><ul class="mt-3 space-y-2"><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Full-time (22)</li><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Contract (2)</li><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Part-time (1)</li><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Freelance (1)</li></ul></div>
          <div><h3 class="font-semibold text-slate-900">Remote</h3><ul class="mt-3 space-y-2"><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Remote only</li><li class="flex items-center gap-2"><input type="checkbox" class="h-4 w-4 rounded border-slate-300"> Show salary only</li></ul></div>
        </form>
        <div class="rounded-xl border border-slate-200 bg-white p-5 text-sm"><h3 class="font-semibold text-slate-900">Get new jobs by email</h3><p class="mt-1 text-slate-500">One email a week, unsubscribe anytime.</p><input type="email" placeholder="you@example.com" class="mt-3 w-full rounded-md border-slate-300"><button class="mt-2 w-full rounded-md bg-slate-900 px-3 py-2 font-semibold text-white">Create alert</button></div>
      </aside>
      <main class="lg:col-span-3">
        <ul role="list" class="space-y-4">
          {body}
        </ul>
        <nav class="mt-8 flex items-center justify-between border-t border-slate-200 pt-6" aria-label="Pagination">
          <p class="text-sm text-slate-600">Page <span class="font-medium">{number}</span> of <span class="font-medium">{total_pages}</span></p>
          <div class="isolate inline-flex -space-x-px rounded-md shadow-sm">{prev_link}{nums}{next_link}</div>
        </nav>
      </main>
    </div>
    <footer class="border-t border-slate-200 bg-white"><div class="mx-auto max-w-7xl px-4 py-10 text-sm text-slate-500 sm:px-6 lg:px-8"><div class="flex flex-wrap gap-6"><a href="/about">About</a><a href="/pricing">Pricing</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/rss">RSS</a></div><p class="mt-6">&copy; 2026 HireHub GmbH. All rights reserved.</p></div></footer>
  </div>
  <script src="/_next/static/chunks/webpack-8f2a.js" async></script>
</body>
</html>"""


@site
def build_hirehub() -> None:
    s = Site(
        "hirehub",
        kind="job board (Tailwind)",
        start="jobs/",
        description="Tech job board in Tailwind utility classes: featured jobs, salary ranges, tag chips, a promo card.",
    )
    pages = chunks(list(enumerate(JOBS)), [10, 10, 7])
    for number, jobs in enumerate(pages, 1):
        cards = [_job_card(i, j) for i, j in jobs]
        cards.insert(5, _JOB_PROMO)
        s.list_page(
            "jobs/index.html" if number == 1 else f"jobs/{number}.html",
            _jobs_layout(number, len(pages), "".join(cards)),
        )
    for index, (title, company, location, kind, salary, tags, day, _) in enumerate(JOBS):
        s.expect(
            {
                "title": title,
                "url": f"/jobs/{4471 + index * 7}-{slug(title)}",
                "company": company,
                "location": location,
                "job_type": kind,
                "salary": salary,
                "tags": tags,
                "date": day,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# fundscope: an ETF screener as an HTML table; an ad row inside tbody, a totals footer.
# ---------------------------------------------------------------------------------------------------

ETFS = [
    ("VTI", "Vanguard Total Stock Market ETF", "Equity"),
    ("VOO", "Vanguard S&P 500 ETF", "Equity"),
    ("SPY", "SPDR S&P 500 ETF Trust", "Equity"),
    ("QQQ", "Invesco QQQ Trust", "Equity"),
    ("IVV", "iShares Core S&P 500 ETF", "Equity"),
    ("VEA", "Vanguard FTSE Developed Markets ETF", "Equity"),
    ("VWO", "Vanguard FTSE Emerging Markets ETF", "Equity"),
    ("AGG", "iShares Core U.S. Aggregate Bond ETF", "Fixed income"),
    ("BND", "Vanguard Total Bond Market ETF", "Fixed income"),
    ("IEFA", "iShares Core MSCI EAFE ETF", "Equity"),
    ("VUG", "Vanguard Growth ETF", "Equity"),
    ("VTV", "Vanguard Value ETF", "Equity"),
    ("IWM", "iShares Russell 2000 ETF", "Equity"),
    ("IJH", "iShares Core S&P Mid-Cap ETF", "Equity"),
    ("VIG", "Vanguard Dividend Appreciation ETF", "Equity"),
    ("SCHD", "Schwab U.S. Dividend Equity ETF", "Equity"),
    ("XLK", "Technology Select Sector SPDR Fund", "Equity"),
    ("VXUS", "Vanguard Total International Stock ETF", "Equity"),
    ("GLD", "SPDR Gold Shares", "Commodity"),
    ("IEMG", "iShares Core MSCI Emerging Markets ETF", "Equity"),
    ("VGT", "Vanguard Information Technology ETF", "Equity"),
    ("XLF", "Financial Select Sector SPDR Fund", "Equity"),
    ("ITOT", "iShares Core S&P Total U.S. Stock Market ETF", "Equity"),
    ("BNDX", "Vanguard Total International Bond ETF", "Fixed income"),
    ("TLT", "iShares 20+ Year Treasury Bond ETF", "Fixed income"),
    ("VB", "Vanguard Small-Cap ETF", "Equity"),
    ("VYM", "Vanguard High Dividend Yield ETF", "Equity"),
    ("RSP", "Invesco S&P 500 Equal Weight ETF", "Equity"),
    ("IWF", "iShares Russell 1000 Growth ETF", "Equity"),
    ("SCHX", "Schwab U.S. Large-Cap ETF", "Equity"),
    ("EFA", "iShares MSCI EAFE ETF", "Equity"),
    ("VO", "Vanguard Mid-Cap ETF", "Equity"),
    ("XLV", "Health Care Select Sector SPDR Fund", "Equity"),
    ("LQD", "iShares iBoxx $ Investment Grade Corporate Bond ETF", "Fixed income"),
    ("IWD", "iShares Russell 1000 Value ETF", "Equity"),
    ("SPLG", "SPDR Portfolio S&P 500 ETF", "Equity"),
    ("VNQ", "Vanguard Real Estate ETF", "Real estate"),
    ("XLE", "Energy Select Sector SPDR Fund", "Equity"),
    ("SHY", "iShares 1-3 Year Treasury Bond ETF", "Fixed income"),
    ("DIA", "SPDR Dow Jones Industrial Average ETF Trust", "Equity"),
]


def _etf_rows() -> list[dict[str, Any]]:
    rng = random.Random(2026)
    rows = []
    for rank, (ticker, name, asset) in enumerate(ETFS):
        price = round(rng.uniform(24, 620), 2)
        change = round(rng.uniform(-2.4, 2.4), 2)
        expense = rng.choice([0.03, 0.03, 0.04, 0.05, 0.06, 0.07, 0.09, 0.1, 0.15, 0.19, 0.2, 0.4, 0.35])
        aum_b = round(1800 / (rank + 1.2) + rng.uniform(1, 9), 1)
        aum = f"${aum_b / 1000:.2f}T" if aum_b >= 1000 else f"${aum_b:.1f}B"
        rows.append(
            {
                "ticker": ticker,
                "name": name,
                "asset": asset,
                "price": price,
                "change": change,
                "expense": expense,
                "aum": aum,
            }
        )
    return rows


def _etf_table(rows: list[dict[str, Any]], first: int) -> str:
    out = []
    for i, r in enumerate(rows):
        sign = "pos" if r["change"] > 0 else "neg" if r["change"] < 0 else "flat"
        change = f"{r['change']:+.2f}%"
        out.append(
            f"""<tr class="tbl__row" data-sym="{r["ticker"]}">
            <td class="tbl__cell tbl__cell--rank">{first + i}</td>
            <td class="tbl__cell tbl__cell--sym"><a class="sym-link" href="/etf/{r["ticker"]}/" title="{esc(r["name"])}">{r["ticker"]}</a></td>
            <td class="tbl__cell tbl__cell--name">{esc(r["name"])}</td>
            <td class="tbl__cell tbl__cell--num">{money(r["price"])}</td>
            <td class="tbl__cell tbl__cell--num chg chg--{sign}">{change}</td>
            <td class="tbl__cell tbl__cell--num">{r["expense"]:.2f}%</td>
            <td class="tbl__cell tbl__cell--num">{r["aum"]}</td>
            <td class="tbl__cell">{r["asset"]}</td>
            <td class="tbl__cell tbl__cell--act"><button class="btn-icon" data-watch="{r["ticker"]}" aria-label="Add {r["ticker"]} to watchlist">+</button></td>
          </tr>"""
        )
        if i == 7:
            out.append(
                """<tr class="tbl__row tbl__row--ad"><td colspan="9" class="tbl__cell"><div class="inline-ad"><span class="inline-ad__label">Ad</span> <a href="https://ads.partner-network.test/click?c=9001" rel="sponsored">Trade ETFs commission-free with Brokr &mdash; open an account in 5 minutes</a></div></td></tr>"""
            )
    return "\n          ".join(out)


@site
def build_fundscope() -> None:
    s = Site(
        "fundscope",
        kind="table listing",
        start="screener/etfs.html",
        description="ETF screener: one HTML table per page, numeric columns, an ad row inside the table body.",
    )
    rows = _etf_rows()
    pages = chunks(rows, [15, 15, 10])
    paths = ["screener/etfs.html", "screener/etfs-p2.html", "screener/etfs-p3.html"]
    first = 1
    for number, page_rows in enumerate(pages, 1):
        older = (
            f'<a class="pager__btn pager__btn--next" href="/{paths[number]}">Next 15 &raquo;</a>'
            if number < len(pages)
            else '<span class="pager__btn pager__btn--disabled">Next 15 &raquo;</span>'
        )
        newer = (
            f'<a class="pager__btn" href="/{paths[number - 2]}">&laquo; Prev</a>'
            if number > 1
            else '<span class="pager__btn pager__btn--disabled">&laquo; Prev</span>'
        )
        last = first + len(page_rows) - 1
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ETF Screener: Largest ETFs by assets{"" if number == 1 else f" – page {number}"} | FundScope</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/app.min.css?v=318">
</head>
<body class="layout layout--wide">
<div class="ticker-tape" aria-hidden="true"><span class="ticker-tape__item">S&amp;P 500 <b>5,812.40</b> <i class="neg">-0.21%</i></span><span class="ticker-tape__item">Nasdaq <b>18,390.11</b> <i class="pos">+0.36%</i></span><span class="ticker-tape__item">10Y <b>4.12%</b></span><span class="ticker-tape__item">Gold <b>$2,318.90</b> <i class="pos">+0.52%</i></span><span class="ticker-tape__item">EUR/USD <b>1.0874</b></span></div>
<header class="masthead">
  <a class="masthead__logo" href="/">Fund<span>Scope</span></a>
  <nav class="masthead__nav"><a href="/markets/">Markets</a><a href="/screener/etfs.html" class="is-active">Screener</a><a href="/compare/">Compare</a><a href="/learn/">Learn</a><a href="/premium/">Premium</a></nav>
  <form class="masthead__search" action="/search"><input type="search" name="q" placeholder="Search ticker or fund"></form>
</header>
<div class="layout__body">
<nav class="sidenav">
  <h4 class="sidenav__title">Screeners</h4>
  <ul class="sidenav__list"><li><a href="/screener/etfs.html" class="is-active">ETFs</a></li><li><a href="/screener/mutual-funds.html">Mutual funds</a></li><li><a href="/screener/stocks.html">Stocks</a></li><li><a href="/screener/bonds.html">Bonds</a></li></ul>
  <h4 class="sidenav__title">Popular lists</h4>
  <ul class="sidenav__list"><li><a href="/lists/dividend-etfs">Dividend ETFs</a></li><li><a href="/lists/bond-etfs">Bond ETFs</a></li><li><a href="/lists/esg-etfs">ESG ETFs</a></li><li><a href="/lists/leveraged-etfs">Leveraged ETFs</a></li></ul>
</nav>
<main class="content">
  <h1 class="content__title">Largest ETFs by assets under management</h1>
  <p class="content__lede">Prices delayed 15 minutes. Data as of Mar 20, 2026 4:00 PM ET.</p>
  <div class="filters"><button class="chip chip--on">All</button><button class="chip">Equity</button><button class="chip">Fixed income</button><button class="chip">Commodity</button><button class="chip">Real estate</button></div>
  <div class="tbl-wrap">
    <table class="tbl tbl--striped tbl--sticky" id="screener-results">
      <caption class="sr-only">ETF screener results</caption>
      <thead>
        <tr><th scope="col" class="tbl__head">#</th><th scope="col" class="tbl__head"><button data-sort="symbol">Symbol</button></th><th scope="col" class="tbl__head"><button data-sort="name">Fund name</button></th><th scope="col" class="tbl__head tbl__head--num"><button data-sort="price">Price</button></th><th scope="col" class="tbl__head tbl__head--num"><button data-sort="chg">1D change</button></th><th scope="col" class="tbl__head tbl__head--num"><button data-sort="er">Expense ratio</button></th><th scope="col" class="tbl__head tbl__head--num"><button data-sort="aum">AUM</button></th><th scope="col" class="tbl__head">Asset class</th><th scope="col" class="tbl__head"><span class="sr-only">Watch</span></th></tr>
      </thead>
      <tbody>
          {_etf_table(page_rows, first)}
      </tbody>
      <tfoot><tr><td colspan="9" class="tbl__foot">Showing {first}&ndash;{last} of {len(rows)} ETFs</td></tr></tfoot>
    </table>
  </div>
  <div class="pager">{newer}<span class="pager__info">Page {number} of {len(pages)}</span>{older}</div>
</main>
<aside class="rail">
  <div class="rail__box"><h3>Top movers today</h3><ol class="movers"><li><a href="/etf/XLE/">XLE</a> <span class="pos">+2.31%</span></li><li><a href="/etf/GLD/">GLD</a> <span class="pos">+1.12%</span></li><li><a href="/etf/TLT/">TLT</a> <span class="neg">-1.87%</span></li></ol></div>
  <div class="rail__ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-rail" style="width:300px;height:600px"></div></div>
</aside>
</div>
<footer class="site-footer"><p>FundScope is not a broker-dealer. Data provided for information only and is not investment advice. &copy; 2026 FundScope Inc.</p><nav><a href="/about/">About</a> · <a href="/methodology/">Methodology</a> · <a href="/terms/">Terms</a> · <a href="/privacy/">Privacy</a></nav></footer>
<script src="/assets/app.min.js?v=318" defer></script>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
        first = last + 1
    for r in rows:
        s.expect(
            {
                "ticker": r["ticker"],
                "name": r["name"],
                "url": f"/etf/{r['ticker']}/",
                "price": r["price"],
                "currency": "USD",
                "change": r["change"],
                "expense_ratio": r["expense"],
                "aum": r["aum"],
                "asset_class": r["asset"],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# eastbrook-library: a library catalogue whose results are definition lists (dt label / dd value).
# ---------------------------------------------------------------------------------------------------

BOOKS = [
    (
        "The Well-Tempered Garden",
        "Lloyd, Christopher",
        "Weidenfeld & Nicolson",
        2004,
        "Book",
        "635.9 LLO",
        "9780297843542",
        "Available",
    ),
    (
        "Planting: A New Perspective",
        "Oudolf, Piet",
        "Timber Press",
        2013,
        "Book",
        "712.6 OUD",
        "9781604693706",
        "Checked out – due 02/04/2026",
    ),
    ("The Dry Garden", "Chatto, Beth", "Orion", 1998, "Book", "635.95 CHA", None, "Available"),
    (
        "RHS Encyclopedia of Gardening",
        "Brickell, Christopher (ed.)",
        "Dorling Kindersley",
        2022,
        "Book",
        "R 635 RHS",
        "9780241573938",
        "Library use only",
    ),
    (
        "The Vegetable Grower's Handbook",
        "Richards, Huw",
        "Dorling Kindersley",
        2021,
        "Book",
        "635 RIC",
        "9780241458358",
        "Available",
    ),
    ("Gardeners' World", None, "Immediate Media", 2026, "Magazine", "PER GAR", None, "Available"),
    ("No Dig", "Dowding, Charles", "Dorling Kindersley", 2022, "Book", "635 DOW", "9780241541517", "2 holds on 1 copy"),
    ("The Garden Jungle", "Goulson, Dave", "Jonathan Cape", 2019, "Book", "577.554 GOU", "9781787331211", "Available"),
    (
        "Wilding",
        "Tree, Isabella",
        "Picador",
        2018,
        "Book",
        "333.95 TRE",
        "9781509805099",
        "Checked out – due 28/03/2026",
    ),
    ("The Garden Jungle", "Goulson, Dave", "Isis Audio", 2019, "Audiobook CD", "AUD 577 GOU", None, "Available"),
    (
        "Grow Your Own Cut Flowers",
        "Raven, Sarah",
        "BBC Books",
        2002,
        "Book",
        "635.966 RAV",
        "9780563488316",
        "Available",
    ),
    (
        "Gardening for Bumblebees",
        "Goulson, Dave",
        "Jonathan Cape",
        2021,
        "eBook",
        "Online",
        "9781473584563",
        "Available online",
    ),
    ("The Thoughtful Gardener", "Blom, Jinny", "Jacqui Small", 2017, "Book", "712.6 BLO", "9781910254882", "Available"),
    (
        "Derek Jarman's Garden",
        "Jarman, Derek",
        "Thames & Hudson",
        1995,
        "Book",
        "712.6 JAR",
        "9780500016565",
        "Available",
    ),
    (
        "Second Nature: A Gardener's Education",
        "Pollan, Michael",
        "Bloomsbury",
        1996,
        "Book",
        "635 POL",
        None,
        "Checked out – due 09/04/2026",
    ),
    (
        "The Rhythm of the Seasons",
        "Rosenfeld, Richard",
        "Frances Lincoln",
        2020,
        "Book",
        "635 ROS",
        "9780711252028",
        "Available",
    ),
    ("Monty Don's Gardening Year", "Don, Monty", "BBC", 2024, "DVD", "DVD 635 DON", None, "Available"),
    (
        "Weeds: The Story of Outlaw Plants",
        "Mabey, Richard",
        "Profile Books",
        2010,
        "Book",
        "581.652 MAB",
        "9781846680762",
        "Available",
    ),
    (
        "Small Garden Handbook",
        "Wilson, Andrew",
        "Mitchell Beazley",
        2018,
        "Book",
        "712.6 WIL",
        "9781784723927",
        "1 hold on 2 copies",
    ),
    ("The Allotment Book", "Clevely, Andi", "Collins", 2006, "Book", "635 CLE", "9780007224517", "Available"),
    (
        "Plant Partners",
        "Walliser, Jessica",
        "Storey Publishing",
        2020,
        "Book",
        "635.0484 WAL",
        "9781635861440",
        "Available",
    ),
    (
        "How to Grow Winter Vegetables",
        "Dowding, Charles",
        "Green Books",
        2011,
        "Book",
        "635 DOW",
        "9781900322843",
        "Missing",
    ),
    ("The Curious Gardener", "Wareham, Anne", "Bloomsbury", 2011, "Book", "635 WAR", None, "Available"),
    (
        "Gardens of the National Trust",
        "Calnan, Stephen",
        "National Trust Books",
        2021,
        "Book",
        "712.0942 CAL",
        "9781911358930",
        "Available",
    ),
    ("The Morville Hours", "Swift, Katherine", "Bloomsbury", 2008, "Book", "635.09 SWI", "9780747593843", "Available"),
    (
        "Garden Wildlife",
        "Tomkins, Adrian",
        "Field Studies Council",
        2016,
        "Folded chart",
        "R 591 TOM",
        "9781908819383",
        "Library use only",
    ),
]


def _book_result(index: int, book: tuple[Any, ...]) -> str:
    title, author, publisher, year, fmt, call, isbn, avail = book
    rec = f"b{3_402_118 + index * 71}"
    rows = [
        f'<dt class="result-meta__label">Title</dt><dd class="result-meta__value result-meta__value--title"><a href="/record/{rec}" class="title-link">{esc(title)}</a></dd>'
    ]
    if author:
        rows.append(
            f'<dt class="result-meta__label">Author</dt><dd class="result-meta__value"><a href="/search?author={esc(author)}">{esc(author)}</a></dd>'
        )
    rows.append(f'<dt class="result-meta__label">Publisher</dt><dd class="result-meta__value">{esc(publisher)}</dd>')
    rows.append(f'<dt class="result-meta__label">Year</dt><dd class="result-meta__value">{year}</dd>')
    rows.append(
        f'<dt class="result-meta__label">Format</dt><dd class="result-meta__value"><span class="format-icon format-icon--{slug(fmt)}" aria-hidden="true"></span>{esc(fmt)}</dd>'
    )
    rows.append(f'<dt class="result-meta__label">Call number</dt><dd class="result-meta__value">{esc(call)}</dd>')
    if isbn:
        rows.append(f'<dt class="result-meta__label">ISBN</dt><dd class="result-meta__value">{isbn}</dd>')
    state = "in" if avail.startswith("Available") else "out"
    rows.append(
        f'<dt class="result-meta__label">Availability</dt><dd class="result-meta__value"><span class="avail avail--{state}">{esc(avail)}</span></dd>'
    )
    joined = "\n              ".join(rows)
    return f"""
        <li class="results__item" id="rec-{rec}">
          <div class="results__num">{index + 1}.</div>
          <div class="results__cover"><img src="/covers/{isbn or "generic-" + slug(fmt)}.jpg" alt="" width="60" height="90"></div>
          <div class="results__body">
            <dl class="result-meta">
              {joined}
            </dl>
          </div>
          <div class="results__actions"><a class="btn btn--primary" href="/hold/{rec}">Place hold</a><a class="btn btn--link" href="/lists/add/{rec}">Add to list</a></div>
        </li>"""


@site
def build_eastbrook_library() -> None:
    s = Site(
        "eastbrook-library",
        kind="definition lists (dl/dt/dd)",
        start="catalogue/search.html",
        description="Public-library catalogue search: each result is a dl of labelled values, facets in a sidebar.",
    )
    pages = chunks(list(enumerate(BOOKS)), [10, 10, 6])
    paths = ["catalogue/search.html", "catalogue/search-2.html", "catalogue/search-3.html"]
    formats: dict[str, int] = {}
    for b in BOOKS:
        formats[b[4]] = formats.get(b[4], 0) + 1
    facets = "".join(
        f'<li><a href="/catalogue/search.html#format={slug(f)}">{esc(f)}</a> <span class="count">({n})</span></li>'
        for f, n in sorted(formats.items())
    )
    for number, books in enumerate(pages, 1):
        pager = []
        for n, path in enumerate(paths, 1):
            pager.append(
                f'<li class="pager__item pager__item--current"><span>{n}</span></li>'
                if n == number
                else f'<li class="pager__item"><a href="/{path}" title="Go to page {n}">{n}</a></li>'
            )
        if number < len(pages):
            pager.append(
                f'<li class="pager__item pager__item--next"><a href="/{paths[number]}" rel="next" title="Go to next page">Next ›</a></li>'
            )
        start, end = books[0][0] + 1, books[-1][0] + 1
        page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>Search results for “garden” | Eastbrook Libraries Catalogue</title>
  <link rel="stylesheet" href="/themes/eastbrook/css/catalogue.css?rv=7.2">
</head>
<body class="path-catalogue page-search">
  <div class="alert alert--info" role="status">Libraries will be closed on Friday 3 April for Good Friday. <a href="/news/easter-opening">Easter opening hours</a></div>
  <header class="site-header">
    <div class="site-header__brand"><a href="/"><img src="/themes/eastbrook/logo.svg" alt="Eastbrook Libraries" width="180" height="48"></a></div>
    <nav class="site-header__nav" aria-label="Main"><ul class="menu"><li class="menu__item"><a href="/catalogue/">Catalogue</a></li><li class="menu__item"><a href="/ebooks/">eBooks &amp; eAudio</a></li><li class="menu__item"><a href="/events/">Events</a></li><li class="menu__item"><a href="/branches/">Branches</a></li><li class="menu__item"><a href="/join/">Join the library</a></li></ul></nav>
    <div class="site-header__account"><a href="/account/login">My account</a></div>
  </header>
  <div class="search-bar"><form action="/catalogue/search.html" class="search-bar__form"><label for="q" class="visually-hidden">Search the catalogue</label><input id="q" name="q" value="garden"><select name="scope"><option>Everything</option><option>Title</option><option>Author</option><option>Subject</option></select><button>Search</button></form></div>
  <div class="layout layout--two-col">
    <aside class="layout__side facets">
      <h2 class="facets__title">Refine results</h2>
      <section class="facet"><h3 class="facet__title">Format</h3><ul class="facet__list">{facets}</ul></section>
      <section class="facet"><h3 class="facet__title">Branch</h3><ul class="facet__list"><li><a href="#">Central Library</a> <span class="count">(19)</span></li><li><a href="#">Northgate</a> <span class="count">(8)</span></li><li><a href="#">Riverside</a> <span class="count">(5)</span></li><li><a href="#">Mobile library</a> <span class="count">(2)</span></li></ul></section>
      <section class="facet"><h3 class="facet__title">Publication year</h3><ul class="facet__list"><li><a href="#">2020 and later</a> <span class="count">(8)</span></li><li><a href="#">2010–2019</a> <span class="count">(9)</span></li><li><a href="#">Before 2010</a> <span class="count">(9)</span></li></ul></section>
    </aside>
    <main class="layout__main" id="main">
      <h1 class="page-title">Search results for “garden”</h1>
      <p class="results-summary">Showing {start}–{end} of {len(BOOKS)} results · Sorted by relevance</p>
      <ol class="results" start="{start}">
        {"".join(_book_result(i, b) for i, b in books)}
      </ol>
      <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">{"".join(pager)}</ul></nav>
    </main>
  </div>
  <footer class="site-footer"><div class="site-footer__cols"><div><h4>Contact</h4><p>Central Library, 1 Market Square, Eastbrook EB1 2AA<br>0300 555 0199</p></div><div><h4>Opening hours</h4><p>Mon–Fri 9am–7pm<br>Sat 9am–5pm</p></div><div><h4>Follow us</h4><ul><li><a href="#">Facebook</a></li><li><a href="#">Instagram</a></li></ul></div></div><p class="site-footer__legal">Eastbrook Borough Council &copy; 2026 · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
    for index, (title, author, publisher, year, fmt, call, isbn, avail) in enumerate(BOOKS):
        s.expect(
            {
                "title": title,
                "url": f"/record/b{3_402_118 + index * 71}",
                "author": author,
                "publisher": publisher,
                "year": year,
                "format": fmt,
                "call_number": call,
                "isbn": isbn,
                "availability": avail,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# northlight-lamps: a product detail page whose data is only in JSON-LD (the app shell never hydrated).
# ---------------------------------------------------------------------------------------------------

LAMP = {
    "title": "Brass Task Lamp ML-204",
    "brand": "Northlight",
    "sku": "ML-204-BR",
    "gtin": "4006381333931",
    "price": 189.0,
    "currency": "EUR",
    "availability": "InStock",
    "rating": 4.7,
    "review_count": 312,
    "description": "An adjustable desk lamp in solid brushed brass with a weighted base, a 2700 K dimmable LED and a 1.8 m braided fabric cable.",
    "image": "/media/catalog/ml-204-brass-1.jpg",
    "color": "Brushed brass",
}


@site
def build_northlight_lamps() -> None:
    s = Site(
        "northlight-lamps",
        kind="detail page, JSON-LD only",
        start="p/brass-task-lamp-ml-204.html",
        description="A product page of a JavaScript shop whose markup is a skeleton: the product exists only as JSON-LD.",
    )
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Organization",
                "@id": "https://northlight.test/#org",
                "name": "Northlight Leuchten GmbH",
                "url": "https://northlight.test/",
                "logo": "https://northlight.test/static/logo-512.png",
                "sameAs": ["https://www.instagram.test/northlight", "https://www.pinterest.test/northlight"],
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "name": "Lighting",
                        "item": "https://northlight.test/lighting/",
                    },
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": "Desk lamps",
                        "item": "https://northlight.test/lighting/desk-lamps.html",
                    },
                    {"@type": "ListItem", "position": 3, "name": LAMP["title"]},
                ],
            },
            {
                "@type": "Product",
                "@id": "https://northlight.test/p/brass-task-lamp-ml-204.html#product",
                "name": LAMP["title"],
                "sku": LAMP["sku"],
                "gtin13": LAMP["gtin"],
                "color": LAMP["color"],
                "brand": {"@type": "Brand", "name": LAMP["brand"]},
                "description": LAMP["description"],
                "image": [LAMP["image"], "/media/catalog/ml-204-brass-2.jpg", "/media/catalog/ml-204-brass-3.jpg"],
                "offers": {
                    "@type": "Offer",
                    "url": "https://northlight.test/p/brass-task-lamp-ml-204.html",
                    "priceCurrency": LAMP["currency"],
                    "price": "189.00",
                    "priceValidUntil": "2026-12-31",
                    "itemCondition": "https://schema.org/NewCondition",
                    "availability": "https://schema.org/InStock",
                    "seller": {"@id": "https://northlight.test/#org"},
                    "shippingDetails": {
                        "@type": "OfferShippingDetails",
                        "shippingRate": {"@type": "MonetaryAmount", "value": "4.90", "currency": "EUR"},
                        "shippingDestination": {"@type": "DefinedRegion", "addressCountry": "DE"},
                    },
                },
                "aggregateRating": {
                    "@type": "AggregateRating",
                    "ratingValue": "4.7",
                    "reviewCount": "312",
                    "bestRating": "5",
                },
                "review": [
                    {
                        "@type": "Review",
                        "author": {"@type": "Person", "name": "Johanna K."},
                        "datePublished": "2026-02-11",
                        "reviewRating": {"@type": "Rating", "ratingValue": "5"},
                        "reviewBody": "Heavy, solid and the dimmer is smooth all the way down. Worth the price.",
                    },
                    {
                        "@type": "Review",
                        "author": {"@type": "Person", "name": "Mark T."},
                        "datePublished": "2026-01-28",
                        "reviewRating": {"@type": "Rating", "ratingValue": "4"},
                        "reviewBody": "Lovely lamp, but the cable is shorter than I expected for my desk.",
                    },
                ],
            },
        ],
    }
    ld = json.dumps(graph, indent=2, ensure_ascii=False)
    shell_head = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">"""
    chrome_top = """<header class="nl-header" data-v-3f1a2c>
  <a class="nl-header__logo" href="/" data-v-3f1a2c>northlight</a>
  <nav class="nl-header__nav" data-v-3f1a2c><a href="/lighting/" data-v-3f1a2c>Lighting</a><a href="/lighting/desk-lamps.html" data-v-3f1a2c>Desk lamps</a><a href="/furniture/" data-v-3f1a2c>Furniture</a><a href="/journal/" data-v-3f1a2c>Journal</a><a href="/stores/" data-v-3f1a2c>Stores</a></nav>
  <div class="nl-header__actions" data-v-3f1a2c><a href="/account" data-v-3f1a2c>Account</a><a href="/basket" data-v-3f1a2c>Basket (0)</a></div>
</header>
<div class="nl-usp"><span>Free delivery from €100</span><span>30-day returns</span><span>5-year warranty</span></div>"""
    chrome_bottom = """<footer class="nl-footer">
  <div class="nl-footer__cols"><div><h4>Shop</h4><ul><li><a href="/lighting/">Lighting</a></li><li><a href="/furniture/">Furniture</a></li><li><a href="/gift-cards/">Gift cards</a></li></ul></div><div><h4>Service</h4><ul><li><a href="/help/delivery">Delivery</a></li><li><a href="/help/returns">Returns</a></li><li><a href="/help/contact">Contact</a></li></ul></div><div><h4>Company</h4><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/press">Press</a></li></ul></div></div>
  <p class="nl-footer__legal">&copy; 2026 Northlight Leuchten GmbH · <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
</footer>"""
    s.list_page(
        "p/brass-task-lamp-ml-204.html",
        f"""{shell_head}
<title>{LAMP["title"]} | Northlight</title>
<link rel="stylesheet" href="/static/css/app.7d41c0e2.css">
<link rel="modulepreload" href="/static/js/vendor.1b9e55f0.js">
<script type="application/ld+json">
{ld}
</script>
</head>
<body>
<div id="app" data-server-rendered="true">
{chrome_top}
<main class="nl-pdp" data-v-8a2b11>
  <nav class="nl-breadcrumbs" aria-label="Breadcrumb" data-v-8a2b11><a href="/lighting/">Lighting</a> / <a href="/lighting/desk-lamps.html">Desk lamps</a></nav>
  <div class="nl-pdp__grid" data-v-8a2b11>
    <div class="nl-pdp__gallery nl-skeleton nl-skeleton--square" aria-busy="true" data-v-8a2b11></div>
    <div class="nl-pdp__info" data-v-8a2b11>
      <div class="nl-skeleton nl-skeleton--line nl-skeleton--w60" data-v-8a2b11></div>
      <div class="nl-skeleton nl-skeleton--line nl-skeleton--w30" data-v-8a2b11></div>
      <div class="nl-skeleton nl-skeleton--block" data-v-8a2b11></div>
      <button class="nl-btn nl-btn--primary" disabled data-v-8a2b11>Add to basket</button>
    </div>
  </div>
  <section class="nl-pdp__recs" data-v-8a2b11><h2 data-v-8a2b11>You may also like</h2><div class="nl-recs" data-v-8a2b11 data-placeholder="recommendations"></div></section>
</main>
{chrome_bottom}
</div>
<noscript>You need to enable JavaScript to use the Northlight shop.</noscript>
<script type="module" src="/static/js/app.4c02e9a1.js"></script>
</body>
</html>""",
    )
    s.write(
        "static/js/app.4c02e9a1.js",
        """// Production bundle (trimmed). The shell hydrates from the product API, which this snapshot of the site lacks.
(function () {
  var root = document.getElementById("app");
  if (!root) return;
  fetch("/api/v2/pdp/" + encodeURIComponent(location.pathname), { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) throw new Error("pdp " + r.status); return r.json(); })
    .then(function (data) { root.setAttribute("data-hydrated", "true"); window.__PDP__ = data; })
    .catch(function (err) { console.warn("hydration failed", err); });
})();""",
    )
    s.write(
        "lighting/desk-lamps.html",
        f"""{shell_head}
<title>Desk lamps | Northlight</title>
</head>
<body>
{chrome_top}
<main><h1>Desk lamps</h1><ul class="nl-tiles"><li><a href="/p/brass-task-lamp-ml-204.html">Brass Task Lamp ML-204</a></li><li><a href="/p/opal-glass-lamp-ml-118.html">Opal Glass Lamp ML-118</a></li></ul></main>
{chrome_bottom}
</body>
</html>""",
    )
    s.write(
        "index.html",
        f'{shell_head}\n<title>Northlight – lamps and furniture</title>\n</head>\n<body>\n{chrome_top}\n<main><h1>New this spring</h1><p><a href="/lighting/desk-lamps.html">Desk lamps</a></p></main>\n{chrome_bottom}\n</body>\n</html>',
    )
    s.expect(
        {
            k: LAMP[k]
            for k in (
                "title",
                "brand",
                "sku",
                "gtin",
                "price",
                "currency",
                "rating",
                "review_count",
                "description",
                "image",
                "color",
            )
        }
    )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# trailhead: an infinite-scroll list whose records come from /api/items?page=N (static JSON files).
# ---------------------------------------------------------------------------------------------------

TRAILS = [
    ("Eagle Ridge Loop", "Cascades", 11.4, 620, "moderate", 4.6, 218, ["views", "wildflowers"]),
    ("Lost Lake Shoreline", "Cascades", 5.2, 90, "easy", 4.4, 531, ["lake", "dog-friendly", "family"]),
    ("Goat Rocks Traverse", "Cascades", 21.7, 1480, "hard", 4.9, 96, ["backpacking", "views"]),
    ("Cedar Falls Trail", "Olympics", 7.8, 310, "easy", 4.5, 402, ["waterfall", "forest"]),
    ("Hurricane Hill", "Olympics", 5.1, 213, "easy", 4.7, 1210, ["views", "family"]),
    ("Enchanted Valley", "Olympics", 42.0, 610, "hard", 4.8, 77, ["backpacking", "river"]),
    ("Ape Cave Lower", "Mount St. Helens", 2.4, 30, "easy", 4.3, 880, ["cave", "family"]),
    ("Loowit Trail", "Mount St. Helens", 48.3, 1950, "hard", 4.6, 54, ["backpacking", "volcano"]),
    ("Harry's Ridge", "Mount St. Helens", 13.2, 460, "moderate", 4.8, 305, ["volcano", "views"]),
    ("Rattlesnake Ledge", "Snoqualmie", 6.4, 355, "moderate", 4.2, 2740, ["lake", "views", "busy"]),
    ("Mailbox Peak (New Trail)", "Snoqualmie", 15.0, 1220, "hard", 4.5, 960, ["summit", "steep"]),
    ("Twin Falls", "Snoqualmie", 4.2, 150, "easy", 4.4, 1533, ["waterfall", "dog-friendly"]),
    ("Colchuck Lake", "Enchantments", 13.0, 700, "moderate", 4.9, 812, ["lake", "permit"]),
    ("Aasgard Pass", "Enchantments", 2.9, 670, "hard", 4.7, 143, ["scramble", "steep"]),
    ("Blue Lake via Maple Pass", "North Cascades", 7.1, 320, "easy", 4.7, 690, ["lake", "larches"]),
    ("Maple Pass Loop", "North Cascades", 11.6, 610, "moderate", 4.9, 1104, ["larches", "views"]),
    ("Sauk Mountain", "North Cascades", 6.8, 370, "moderate", 4.6, 420, ["summit", "wildflowers"]),
    ("Thunder Knob", "North Cascades", 5.6, 193, "easy", 4.3, 233, ["lake", "family"]),
    ("Skyline Trail", "Mount Rainier", 9.2, 518, "moderate", 4.9, 2010, ["wildflowers", "glacier"]),
    ("Naches Peak Loop", "Mount Rainier", 5.6, 182, "easy", 4.8, 1377, ["wildflowers", "lake"]),
    ("Tolmie Peak Lookout", "Mount Rainier", 9.3, 339, "moderate", 4.7, 640, ["lookout", "lake"]),
    ("Spray Park", "Mount Rainier", 12.9, 510, "moderate", 4.8, 388, ["wildflowers", "meadows"]),
    ("Heather-Maple Pass", "North Cascades", 12.1, 640, "moderate", 4.8, 159, ["larches", "views"]),
    ("Wallace Falls", "Skykomish", 9.0, 380, "moderate", 4.5, 1820, ["waterfall", "forest"]),
    ("Lake Serene", "Skykomish", 13.0, 620, "moderate", 4.7, 1415, ["lake", "waterfall"]),
    ("Heybrook Lookout", "Skykomish", 2.1, 260, "easy", 4.4, 512, ["lookout", "family"]),
    ("Mount Pilchuck", "Mountain Loop", 8.7, 680, "moderate", 4.6, 980, ["lookout", "summit"]),
    ("Heather Lake", "Mountain Loop", 7.4, 310, "moderate", 4.4, 760, ["lake", "forest"]),
    ("Gothic Basin", "Mountain Loop", 14.5, 880, "hard", 4.8, 211, ["scramble", "lake"]),
    ("Deception Pass Lighthouse Point", "Puget Sound", 4.0, 60, "easy", 4.6, 450, ["coast", "family"]),
    ("Ebey's Landing", "Puget Sound", 9.0, 80, "easy", 4.7, 890, ["coast", "bluffs"]),
    ("Mount Ellinor", "Olympics", 5.0, 700, "hard", 4.7, 366, ["summit", "steep", "goats"]),
    ("Staircase Rapids", "Olympics", 3.2, 45, "easy", 4.5, 301, ["river", "forest", "family"]),
]


@site
def build_trailhead() -> None:
    s = Site(
        "trailhead",
        kind="infinite scroll over a JSON API",
        start="trails/",
        description="Hiking-trail finder: an empty grid filled by script from /api/items?page=N as you scroll.",
    )
    per_page = 12
    pages = [TRAILS[i : i + per_page] for i in range(0, len(TRAILS), per_page)]
    for number, trails in enumerate(pages, 1):
        items = []
        for i, (name, region, km, gain, level, rating, reviews, tags) in enumerate(trails):
            tid = 1200 + (number - 1) * per_page + i * 3
            items.append(
                {
                    "id": tid,
                    "name": name,
                    "slug": slug(name),
                    "path": f"/trails/{slug(name)}",
                    "region": region,
                    "length_km": km,
                    "elevation_gain_m": gain,
                    "difficulty": level,
                    "rating": rating,
                    "reviews": reviews,
                    "tags": tags,
                    "thumb": f"/img/trails/{tid}-400x300.jpg",
                    "coords": {"lat": round(47.0 + i * 0.137, 4), "lon": round(-121.9 + i * 0.081, 4)},
                }
            )
        payload = {
            "page": number,
            "per_page": per_page,
            "total": len(TRAILS),
            "has_more": number < len(pages),
            "items": items,
        }
        s.list_page(f"api/items@page={number}", json.dumps(payload, ensure_ascii=False))
    s.write(
        "trails/index.html",
        """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Find trails in Washington · Trailhead</title>
  <link rel="stylesheet" href="/static/trailhead.css">
</head>
<body>
  <header class="th-topbar">
    <a class="th-logo" href="/">Trailhead</a>
    <nav class="th-nav"><a href="/trails/" class="active">Explore</a><a href="/maps/">Maps</a><a href="/conditions/">Trail conditions</a><a href="/community/">Community</a><a href="/shop/">Shop</a></nav>
    <a class="th-cta" href="/pro/">Try Trailhead Pro</a>
  </header>
  <div class="th-layout">
    <aside class="th-filters">
      <h2>Filters</h2>
      <fieldset><legend>Difficulty</legend><label><input type="checkbox" value="easy"> Easy</label><label><input type="checkbox" value="moderate"> Moderate</label><label><input type="checkbox" value="hard"> Hard</label></fieldset>
      <fieldset><legend>Length</legend><input type="range" min="0" max="50" value="50"> <span>Any length</span></fieldset>
      <fieldset><legend>Features</legend><label><input type="checkbox"> Lake</label><label><input type="checkbox"> Waterfall</label><label><input type="checkbox"> Dog-friendly</label><label><input type="checkbox"> Family</label></fieldset>
    </aside>
    <main class="th-results">
      <h1>Trails in Washington</h1>
      <p class="th-count" id="count">Loading trails…</p>
      <div id="trail-list" class="th-grid" aria-live="polite"></div>
      <div id="sentinel" class="th-loader">Loading more trails…</div>
    </main>
  </div>
  <footer class="th-footer"><p>&copy; 2026 Trailhead Labs · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/leave-no-trace">Leave No Trace</a></p></footer>
  <script>
  (function () {
    var page = 1, loading = false, done = false;
    var list = document.getElementById("trail-list");
    function label(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
    function card(t) {
      var el = document.createElement("article");
      el.className = "th-card th-card--" + t.difficulty;
      el.innerHTML =
        '<a class="th-card__img" href="' + t.path + '"><img src="' + t.thumb + '" alt="" loading="lazy"></a>' +
        '<div class="th-card__body">' +
        '<h3 class="th-card__title"><a href="' + t.path + '">' + t.name + '</a></h3>' +
        '<p class="th-card__region">' + t.region + '</p>' +
        '<p class="th-card__stats"><span>' + t.length_km + ' km</span> · <span>' + t.elevation_gain_m + ' m gain</span> · <span class="th-badge">' + label(t.difficulty) + '</span></p>' +
        '<p class="th-card__rating">★ ' + t.rating.toFixed(1) + ' <span>(' + t.reviews + ')</span></p>' +
        '<ul class="th-card__tags">' + t.tags.map(function (x) { return '<li>' + x + '</li>'; }).join('') + '</ul>' +
        '</div>';
      return el;
    }
    function load() {
      if (loading || done) return;
      loading = true;
      fetch('/api/items?page=' + page)
        .then(function (r) { return r.json(); })
        .then(function (data) {
          data.items.forEach(function (t) { list.appendChild(card(t)); });
          document.getElementById("count").textContent = data.total + " trails";
          done = !data.has_more; page += 1; loading = false;
          if (done) document.getElementById("sentinel").remove();
        });
    }
    new IntersectionObserver(function (entries) { if (entries[0].isIntersecting) load(); }).observe(document.getElementById("sentinel"));
    load();
  })();
  </script>
</body>
</html>""",
    )
    for name, region, km, gain, level, rating, reviews, tags in TRAILS:
        s.expect(
            {
                "title": name,
                "url": f"/trails/{slug(name)}",
                "region": region,
                "length_km": km,
                "elevation_gain_m": gain,
                "difficulty": level.capitalize(),
                "rating": rating,
                "review_count": reviews,
                "tags": tags,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stagepass: a listing built in the browser from an encoded payload (no data literal in the HTML).
# ---------------------------------------------------------------------------------------------------

GIGS = [
    ("Nadia Reid", "Brudenell Social Club", "Leeds", "2026-04-02T19:30", 22.50, False),
    ("The Mountain Goats", "O2 Academy Brixton", "London", "2026-04-03T19:00", 38.00, False),
    ("Arooj Aftab", "Barbican Hall", "London", "2026-04-04T20:00", 32.50, False),
    ("Fontaines D.C.", "Barrowland Ballroom", "Glasgow", "2026-04-05T19:00", None, True),
    ("Sault", "Albert Hall", "Manchester", "2026-04-07T19:30", 45.00, False),
    ("Yard Act", "Leeds Beckett Students' Union", "Leeds", "2026-04-08T19:00", 27.50, False),
    ("Floating Points", "Printworks", "London", "2026-04-10T22:00", 35.00, False),
    ("Big Thief", "Usher Hall", "Edinburgh", "2026-04-11T19:00", None, True),
    ("Cate Le Bon", "The Lexington", "London", "2026-04-12T19:30", 18.00, False),
    ("Black Country, New Road", "Rock City", "Nottingham", "2026-04-14T19:00", 26.00, False),
    ("Khruangbin", "Cardiff Castle", "Cardiff", "2026-04-16T18:00", 49.50, False),
    ("Shabaka", "Band on the Wall", "Manchester", "2026-04-17T20:00", 24.00, False),
    ("Wet Leg", "SWX", "Bristol", "2026-04-18T19:00", None, True),
    ("Kae Tempest", "Southbank Centre Royal Festival Hall", "London", "2026-04-19T19:30", 30.00, False),
    ("Lankum", "Whelan's", "Dublin", "2026-04-21T20:00", 28.00, False),
    ("Jockstrap", "Hare & Hounds", "Birmingham", "2026-04-22T19:30", 16.50, False),
    ("Self Esteem", "Sheffield City Hall", "Sheffield", "2026-04-23T19:00", 33.00, False),
    ("Nils Frahm", "Bridgewater Hall", "Manchester", "2026-04-25T19:30", 42.00, False),
    ("The Murder Capital", "Thekla", "Bristol", "2026-04-26T19:00", 21.00, False),
    ("Anna Calvi", "The Queen's Hall", "Edinburgh", "2026-04-28T19:30", 29.50, False),
    ("Bicep", "Alexandra Palace", "London", "2026-04-30T19:00", 52.00, False),
    ("English Teacher", "The Crescent", "York", "2026-05-01T19:30", 17.00, False),
    ("Little Simz", "O2 Apollo", "Manchester", "2026-05-02T19:00", None, True),
    ("Mdou Moctar", "EartH", "London", "2026-05-03T19:30", 26.50, False),
    ("Nilüfer Yanya", "Stereo", "Glasgow", "2026-05-05T19:00", 20.00, False),
    ("Richard Dawson", "The Cluny", "Newcastle", "2026-05-06T20:00", 19.50, False),
    ("Squid", "Trinity Centre", "Bristol", "2026-05-08T19:30", 25.00, False),
    ("Jessica Pratt", "St John-at-Hackney", "London", "2026-05-09T19:30", 28.50, False),
]

_STAGEPASS_BUNDLE = """/* stagepass web client – main.3e9f1c.js (trimmed) */
(function () {
  "use strict";
  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function h(tag, cls, html) { var el = document.createElement(tag); if (cls) el.className = cls; if (html != null) el.innerHTML = html; return el; }
  function when(iso) {
    var p = iso.split(/[-T:]/).map(Number), d = new Date(Date.UTC(p[0], p[1] - 1, p[2], p[3], p[4]));
    return DAYS[d.getUTCDay()] + " " + d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear() + ", " + iso.slice(11, 16);
  }
  function decode(packed) {
    var text = decodeURIComponent(escape(atob(packed)));
    return text.split("\\n").map(function (line) {
      var f = line.split("|");
      return { id: f[0], artist: f[1], venue: f[2], city: f[3], at: f[4], price: f[5] ? Number(f[5]) : null, soldOut: f[6] === "1" };
    });
  }
  window.StagePass = {
    mount: function (packed) {
      var root = document.getElementById("root");
      var grid = h("ul", "_grid_x81kq_4");
      decode(packed).forEach(function (ev) {
        var li = h("li", "_card_1k3x9_12" + (ev.soldOut ? " _soldout_1k3x9_40" : ""));
        li.appendChild(h("div", "_media_1k3x9_20", '<img src="/img/artists/' + ev.id + '.webp" alt="" width="320" height="180">'));
        var body = h("div", "_body_1k3x9_27");
        body.appendChild(h("h3", "_artist_1k3x9_31", '<a href="/event/' + ev.id + '">' + ev.artist + "</a>"));
        body.appendChild(h("p", "_venue_1k3x9_35", ev.venue + ", " + ev.city));
        body.appendChild(h("p", "_date_1k3x9_38", '<time datetime="' + ev.at + '">' + when(ev.at) + "</time>"));
        body.appendChild(ev.soldOut ? h("span", "_status_1k3x9_44", "Sold out") : h("span", "_price_1k3x9_47", "From £" + ev.price.toFixed(2)));
        li.appendChild(body);
        grid.appendChild(li);
      });
      root.appendChild(grid);
    }
  };
})();
"""


@site
def build_stagepass() -> None:
    s = Site(
        "stagepass",
        kind="JS-rendered listing",
        start="events/",
        description="Gig listings whose cards are built in the browser from an encoded payload; hashed CSS-module classes.",
    )
    s.write("static/js/main.3e9f1c.js", _STAGEPASS_BUNDLE)
    pages = chunks(list(enumerate(GIGS)), [10, 10, 8])
    hrefs = ["/events/", "/events/page-2.html", "/events/page-3.html"]
    for number, gigs in enumerate(pages, 1):
        lines = []
        for i, (artist, venue, city, at, price, sold) in gigs:
            event_id = f"{slug(artist)}-{at[:10]}-{50_120 + i}"
            lines.append(
                "|".join([event_id, artist, venue, city, at, f"{price:.2f}" if price else "", "1" if sold else "0"])
            )
        packed = base64.b64encode("\n".join(lines).encode("utf-8")).decode("ascii")
        nav = []
        if number > 1:
            nav.append(f'<a class="_pagerLink_9d0p2_3" href="{hrefs[number - 2]}" rel="prev">← Previous</a>')
        nav.append(f'<span class="_pagerInfo_9d0p2_9">Page {number} of {len(pages)}</span>')
        if number < len(pages):
            nav.append(f'<a class="_pagerLink_9d0p2_3" href="{hrefs[number]}" rel="next">Next →</a>')
        page = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Gigs &amp; concerts near you{"" if number == 1 else f" – page {number}"} | StagePass</title>
<link rel="stylesheet" href="/static/css/main.a81c3f.css">
<script defer src="/static/js/main.3e9f1c.js"></script>
</head>
<body>
<div class="_app_7xk2m_1">
  <header class="_header_7xk2m_5"><a class="_logo_7xk2m_9" href="/">StagePass</a><nav class="_nav_7xk2m_14"><a href="/events/">Gigs</a><a href="/festivals/">Festivals</a><a href="/comedy/">Comedy</a><a href="/theatre/">Theatre</a><a href="/gift-cards/">Gift cards</a></nav><a class="_signin_7xk2m_22" href="/signin">Sign in</a></header>
  <section class="_hero_7xk2m_30"><h1>Gigs &amp; concerts in the UK and Ireland</h1><p>No booking fees on 100+ shows this spring.</p></section>
  <main id="root" class="_main_7xk2m_40"></main>
  <nav class="_pager_9d0p2_1" aria-label="pagination">{"".join(nav)}</nav>
  <footer class="_footer_7xk2m_60"><p>StagePass Ltd is a member of STAR. Ticket prices include VAT.</p><ul><li><a href="/help">Help</a></li><li><a href="/refunds">Refunds</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</div>
<script>document.addEventListener("DOMContentLoaded", function () {{ window.StagePass.mount("{packed}"); }});</script>
</body>
</html>"""
        s.list_page("events/index.html" if number == 1 else f"events/page-{number}.html", page)
    for i, (artist, venue, city, at, price, sold) in enumerate(GIGS):
        s.expect(
            {
                "title": artist,
                "url": f"/event/{slug(artist)}-{at[:10]}-{50_120 + i}",
                "venue": f"{venue}, {city}",
                "date": at[:10],
                "price": price,
                "currency": "GBP" if price else None,
                "status": "Sold out" if sold else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# crumb-and-co: a recipe site with a consent-manager banner and ads (display and native) between cards.
# ---------------------------------------------------------------------------------------------------

RECIPES = [
    ("Charred leek gratin", "Ottilie Marsh", "45 mins", "Easy", 4.5, 86, ["Vegetarian", "Sides"]),
    ("One-pan harissa chicken with chickpeas", "Dev Anand", "40 mins", "Easy", 4.8, 412, ["Chicken", "One-pan"]),
    ("Brown butter banana bread", "Hattie Cole", "1 hr 15 mins", "Easy", 4.9, 1033, ["Baking", "Cake"]),
    ("Miso mushroom ramen", "Kenji Ota", "35 mins", "Moderate", 4.6, 157, ["Vegan", "Noodles"]),
    (
        "Slow-roast lamb shoulder with anchovy",
        "Ottilie Marsh",
        "4 hrs 30 mins",
        "Moderate",
        4.7,
        98,
        ["Lamb", "Sunday lunch"],
    ),
    ("Crispy gnocchi with peas and pancetta", "Lucia Ferri", "25 mins", "Easy", 4.4, 233, ["Pasta", "Quick"]),
    ("Lemon and thyme roast chicken", "Hattie Cole", "1 hr 30 mins", "Easy", 4.6, 540, ["Chicken", "Sunday lunch"]),
    ("Sticky tamarind aubergine", "Dev Anand", "50 mins", "Moderate", 4.3, 61, ["Vegan", "Mains"]),
    ("Classic tarte tatin", "Camille Roux", "1 hr 10 mins", "Challenging", 4.7, 189, ["Baking", "Dessert"]),
    ("Smoky black bean chilli", "Marcus Webb", "1 hr", "Easy", 4.5, 702, ["Vegan", "Batch cooking"]),
    ("Salmon teriyaki traybake", "Kenji Ota", "30 mins", "Easy", 4.6, 318, ["Fish", "Quick"]),
    ("Spiced carrot and lentil soup", "Hattie Cole", "40 mins", "Easy", 4.4, 845, ["Soup", "Vegetarian"]),
    ("Pork and fennel sausage ragù", "Lucia Ferri", "2 hrs", "Moderate", 4.8, 276, ["Pasta", "Batch cooking"]),
    ("Green shakshuka", "Marcus Webb", "25 mins", "Easy", 4.2, 144, ["Eggs", "Brunch"]),
    ("Chocolate olive oil cake", "Camille Roux", "55 mins", "Easy", 4.9, 367, ["Baking", "Dessert"]),
    ("Crab linguine with chilli and lemon", "Lucia Ferri", "20 mins", "Easy", 4.7, 129, ["Fish", "Pasta"]),
    ("Beef and Guinness pie", "Marcus Webb", "3 hrs", "Challenging", 4.8, 451, ["Beef", "Pies"]),
    ("Halloumi and watermelon salad", "Dev Anand", "15 mins", "Easy", 4.1, 73, ["Salad", "Vegetarian"]),
    ("Cardamom buns", "Camille Roux", "2 hrs 45 mins", "Challenging", 4.8, 204, ["Baking", "Bread"]),
    ("Thai green curry from scratch", "Kenji Ota", "50 mins", "Moderate", 4.6, 388, ["Chicken", "Curry"]),
    ("Cauliflower cheese", "Hattie Cole", "45 mins", "Easy", 4.5, 612, ["Vegetarian", "Sides"]),
    (
        "Mushroom and chestnut Wellington",
        "Ottilie Marsh",
        "1 hr 40 mins",
        "Challenging",
        4.6,
        117,
        ["Vegetarian", "Christmas"],
    ),
    ("Prawn pad thai", "Kenji Ota", "25 mins", "Easy", 4.4, 299, ["Fish", "Noodles"]),
    ("Rhubarb and custard crumble", "Camille Roux", "1 hr", "Easy", 4.7, 241, ["Dessert", "Baking"]),
    ("Chicken, leek and tarragon pie", "Ottilie Marsh", "1 hr 20 mins", "Moderate", 4.7, 186, ["Chicken", "Pies"]),
    ("Butternut squash risotto", "Lucia Ferri", "45 mins", "Easy", 4.3, 402, ["Vegetarian", "Rice"]),
    ("Korean fried cauliflower", "Dev Anand", "35 mins", "Moderate", 4.5, 94, ["Vegan", "Snacks"]),
    ("Hot cross buns", "Hattie Cole", "3 hrs", "Challenging", 4.6, 333, ["Baking", "Easter"]),
    ("Sea bass with salsa verde", "Marcus Webb", "20 mins", "Easy", 4.4, 58, ["Fish", "Quick"]),
    ("Dal makhani", "Dev Anand", "1 hr 30 mins", "Moderate", 4.9, 276, ["Vegetarian", "Curry"]),
    ("Lemon drizzle traybake", "Camille Roux", "50 mins", "Easy", 4.8, 1289, ["Baking", "Cake"]),
    ("Sausage and bean casserole", "Marcus Webb", "1 hr", "Easy", 4.3, 507, ["Pork", "Batch cooking"]),
]

_CONSENT = """
<div id="onetrust-consent-sdk">
  <div class="onetrust-pc-dark-filter ot-fade-in"></div>
  <div id="onetrust-banner-sdk" class="otFloatingRoundedCorner ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">
    <div role="dialog" aria-label="We value your privacy">
      <div class="ot-sdk-container"><div class="ot-sdk-row">
        <div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
          <div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2>
            <div id="onetrust-policy-text">We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development. With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 842 partners’ processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting. <a class="ot-cookie-policy-link" href="/cookie-policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></div>
          </div>
        </div>
        <div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
      </div></div>
    </div>
  </div>
  <div id="onetrust-pc-sdk" class="otPcCenter ot-hide ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title" style="display: none;">
    <div class="ot-pc-header"><div class="ot-pc-logo" role="img" aria-label="Company Logo"></div></div>
    <div id="ot-pc-content" class="ot-pc-scrollbar">
      <h2 id="ot-pc-title">Privacy Preference Center</h2>
      <div id="ot-pc-desc">When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies.</div>
      <section class="ot-sdk-row ot-cat-grp"><h3 id="ot-category-title">Manage Consent Preferences</h3>
        <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="C0001"><button aria-expanded="false" aria-describedby="ot-desc-id-C0001" class="ot-cat-header-btn"></button><div class="ot-acc-hdr ot-always-active-group"><h4 class="ot-cat-header" id="ot-header-id-C0001">Strictly Necessary Cookies</h4><div class="ot-always-active">Always Active</div></div><div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-C0001">These cookies are necessary for the website to function and cannot be switched off in our systems.</p></div></div>
        <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="C0002"><button aria-expanded="false" aria-describedby="ot-desc-id-C0002" class="ot-cat-header-btn"></button><div class="ot-acc-hdr"><h4 class="ot-cat-header" id="ot-header-id-C0002">Performance Cookies</h4><div class="ot-tgl"><input type="checkbox" name="ot-group-id-C0002" id="ot-group-id-C0002" class="category-switch-handler"></div></div><div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-C0002">These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our site.</p></div></div>
        <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="C0003"><button aria-expanded="false" aria-describedby="ot-desc-id-C0003" class="ot-cat-header-btn"></button><div class="ot-acc-hdr"><h4 class="ot-cat-header" id="ot-header-id-C0003">Functional Cookies</h4><div class="ot-tgl"><input type="checkbox" name="ot-group-id-C0003" id="ot-group-id-C0003" class="category-switch-handler"></div></div><div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-C0003">These cookies enable the website to provide enhanced functionality and personalisation.</p></div></div>
        <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="C0004"><button aria-expanded="false" aria-describedby="ot-desc-id-C0004" class="ot-cat-header-btn"></button><div class="ot-acc-hdr"><h4 class="ot-cat-header" id="ot-header-id-C0004">Targeting Cookies</h4><div class="ot-tgl"><input type="checkbox" name="ot-group-id-C0004" id="ot-group-id-C0004" class="category-switch-handler"></div></div><div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-C0004">These cookies may be set through our site by our advertising partners to build a profile of your interests.</p></div></div>
        <div class="ot-accordion-layout ot-cat-item ot-vs-config" data-optanongroupid="C0005"><button aria-expanded="false" aria-describedby="ot-desc-id-C0005" class="ot-cat-header-btn"></button><div class="ot-acc-hdr"><h4 class="ot-cat-header" id="ot-header-id-C0005">Social Media Cookies</h4><div class="ot-tgl"><input type="checkbox" name="ot-group-id-C0005" id="ot-group-id-C0005" class="category-switch-handler"></div></div><div class="ot-acc-grpcntr ot-acc-txt"><p class="ot-acc-grpdesc ot-category-desc" id="ot-desc-id-C0005">These cookies are set by social media services that we have added to the site to let you share our content.</p></div></div>
      </section>
    </div>
    <div class="ot-pc-footer"><div class="ot-btn-container"><button class="save-preference-btn-handler onetrust-close-btn-handler">Confirm My Choices</button></div></div>
  </div>
</div>"""


def _recipe_card(index: int, recipe: tuple[Any, ...]) -> str:
    title, author, time, level, rating, count, tags = recipe
    stars = "★" * int(rating) + ("½" if rating % 1 >= 0.5 else "")
    tag_html = "".join(f'<li class="card__tag"><a href="/tag/{slug(t)}/">{esc(t)}</a></li>' for t in tags)
    return f"""
      <article class="card card--recipe" data-recipe-id="{20_400 + index}">
        <a class="card__link" href="/recipe/{slug(title)}/">
          <div class="card__img-wrap"><img class="card__img" src="/images/recipes/{slug(title)}-440.jpg" srcset="/images/recipes/{slug(title)}-440.jpg 440w, /images/recipes/{slug(title)}-880.jpg 880w" alt="{esc(title)}" loading="lazy"></div>
          <h3 class="card__title">{esc(title)}</h3>
        </a>
        <p class="card__byline">By <span class="card__author">{esc(author)}</span></p>
        <ul class="card__meta">
          <li class="card__meta-item card__meta-item--time"><svg class="icon" aria-hidden="true"><use href="#icon-clock"></use></svg><span class="visually-hidden">Total time</span>{esc(time)}</li>
          <li class="card__meta-item card__meta-item--skill"><svg class="icon" aria-hidden="true"><use href="#icon-chef"></use></svg><span class="visually-hidden">Skill level</span>{esc(level)}</li>
        </ul>
        <div class="card__rating" aria-label="Rated {rating} out of 5"><span class="card__stars" aria-hidden="true">{stars}</span> <span class="card__rating-value">{rating}</span> <span class="card__rating-count">{count} ratings</span></div>
        <ul class="card__tags">{tag_html}</ul>
        <button class="card__save" aria-label="Save {esc(title)}">♡</button>
      </article>"""


_NATIVE_ADS = [
    ("This $19 kitchen gadget is flying off the shelves", "KitchenPro"),
    ("Chefs are ditching non-stick pans for this", "Forge & Co."),
    ("The meal kit that costs less than your weekly shop", "Boxful"),
]


def _native_ad(n: int) -> str:
    headline, sponsor = _NATIVE_ADS[n % len(_NATIVE_ADS)]
    return f"""
      <article class="card card--sponsored" data-ad-unit="native_{n}">
        <a class="card__link" href="https://trk.promoted.test/c?id={7700 + n}&amp;src=crumb" rel="sponsored nofollow noopener" target="_blank">
          <div class="card__img-wrap"><img class="card__img" src="https://img.promoted.test/{7700 + n}.jpg" alt=""></div>
          <h3 class="card__title">{esc(headline)}</h3>
        </a>
        <p class="card__byline card__byline--sponsor">Sponsored · <span class="card__author">{esc(sponsor)}</span></p>
      </article>"""


def _display_ad(n: int) -> str:
    return f"""
      <div class="ad-unit ad-unit--incontent" data-slot="recipes_incontent_{n}" aria-hidden="true">
        <span class="ad-unit__label">Advertisement</span>
        <div id="div-gpt-ad-1699{n:03d}-0" class="ad-unit__slot" style="min-width:300px;min-height:250px"></div>
        <script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-1699{n:03d}-0'); }});</script>
      </div>"""


@site
def build_crumb_and_co() -> None:
    s = Site(
        "crumb-and-co",
        kind="cookie banner + ads between records",
        start="recipes/",
        description="Recipe magazine: a OneTrust consent dialog, display ads and look-alike sponsored cards inside the grid.",
    )
    pages = chunks(list(enumerate(RECIPES)), [12, 12, 8])
    hrefs = ["/recipes/", "/recipes/page/2/", "/recipes/page/3/"]
    for number, recipes in enumerate(pages, 1):
        parts: list[str] = []
        for k, (i, r) in enumerate(recipes):
            parts.append(_recipe_card(i, r))
            if k == 3:
                parts.append(_display_ad(number * 10 + k))
            if k == 6:
                parts.append(_native_ad(number))
            if k == 9:
                parts.append(_display_ad(number * 10 + k))
        more = (
            f'<a class="pagination__next button button--outline" href="{hrefs[number]}">Load more recipes</a>'
            if number < len(pages)
            else ""
        )
        nums = " ".join(
            f'<a class="pagination__num{" is-current" if n == number else ""}" href="{h}">{n}</a>'
            for n, h in enumerate(hrefs, 1)
        )
        page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recipes{"" if number == 1 else f" – Page {number}"} | Crumb &amp; Co.</title>
<link rel="stylesheet" href="/assets/css/main.css?v=20260301">
<script src="https://cdn.cookielaw.test/scripttemplates/otSDKStub.js" data-domain-script="0193a1c2-7f40" async></script>
<script async src="https://securepubads.g.doubleclick.test/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
</head>
<body class="template-archive">
<svg style="display:none"><symbol id="icon-clock" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10"/></symbol><symbol id="icon-chef" viewBox="0 0 24 24"><path d="M6 13h12v7H6z"/></symbol></svg>
<div class="ad-unit ad-unit--billboard" data-slot="billboard_top" aria-hidden="true"><span class="ad-unit__label">Advertisement</span><div id="div-gpt-ad-billboard" style="min-height:250px"></div></div>
<header class="masthead">
  <div class="masthead__inner"><a class="masthead__logo" href="/">Crumb <em>&amp;</em> Co.</a>
  <nav class="masthead__nav" aria-label="Primary"><ul><li><a href="/recipes/" aria-current="page">Recipes</a></li><li><a href="/collections/">Collections</a></li><li><a href="/how-to/">How to</a></li><li><a href="/reviews/">Kit reviews</a></li><li><a href="/magazine/">Magazine</a></li></ul></nav>
  <a class="masthead__subscribe" href="/subscribe/">Subscribe – 6 issues for £6</a></div>
</header>
<main class="archive">
  <header class="archive__header"><h1 class="archive__title">All recipes</h1><p class="archive__intro">Tried-and-tested recipes from the Crumb &amp; Co. test kitchen – quick weeknight dinners, weekend bakes and everything in between.</p></header>
  <div class="archive__layout">
    <section class="archive__grid" aria-label="Recipes">
      {"".join(parts)}
    </section>
    <aside class="archive__sidebar">
      <div class="widget widget--popular"><h2 class="widget__title">Trending this week</h2><ol class="widget__list"><li><a href="/recipe/{slug(RECIPES[2][0])}/">{esc(RECIPES[2][0])}</a></li><li><a href="/recipe/{slug(RECIPES[30][0])}/">{esc(RECIPES[30][0])}</a></li><li><a href="/recipe/{slug(RECIPES[9][0])}/">{esc(RECIPES[9][0])}</a></li></ol></div>
      <div class="ad-unit ad-unit--sidebar" data-slot="sidebar_mpu" aria-hidden="true"><span class="ad-unit__label">Advertisement</span><div style="min-height:600px"></div></div>
      <div class="widget widget--newsletter"><h2 class="widget__title">Get our weekly meal plan</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
    </aside>
  </div>
  <nav class="pagination" aria-label="Pagination">{more}<div class="pagination__nums">{nums}</div></nav>
</main>
<footer class="site-footer"><div class="site-footer__inner"><p class="site-footer__logo">Crumb &amp; Co.</p><ul class="site-footer__links"><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/advertise/">Advertise with us</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookie-policy">Cookie policy</a></li><li><a href="#" class="ot-sdk-show-settings">Manage cookies</a></li></ul><p class="site-footer__legal">&copy; Crumb &amp; Co. Publishing Ltd 2026</p></div></footer>
{_CONSENT}
</body>
</html>"""
        s.list_page("recipes/index.html" if number == 1 else f"recipes/page/{number}/index.html", page)
    for title, author, time, level, rating, count, tags in RECIPES:
        s.expect(
            {
                "title": title,
                "url": f"/recipe/{slug(title)}/",
                "author": author,
                "total_time": time,
                "difficulty": level,
                "rating": rating,
                "rating_count": count,
                "tags": tags,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# autoknot: used-car classifieds in styled-components (generated class names), spec chips, finance.
# ---------------------------------------------------------------------------------------------------

CARS = [
    ("Volkswagen Golf 1.5 TSI Life", 16490, 2019, 48210, "Petrol", "Manual", "Lyon (69)", "Dealer"),
    ("Renault Clio V TCe 90 Evolution", 13990, 2021, 31500, "Petrol", "Manual", "Villeurbanne (69)", "Dealer"),
    ("Peugeot 3008 1.2 PureTech 130 Allure", 21900, 2020, 56780, "Petrol", "Automatic", "Grenoble (38)", "Dealer"),
    ("Toyota Yaris Hybrid 116h Design", 17450, 2021, 40210, "Hybrid", "Automatic", "Saint-Étienne (42)", "Private"),
    ("Tesla Model 3 Long Range AWD", 29990, 2021, 78900, "Electric", "Automatic", "Lyon (69)", "Dealer"),
    ("Dacia Sandero Stepway TCe 90", 11200, 2020, 62000, "Petrol", "Manual", "Bourg-en-Bresse (01)", "Private"),
    ("BMW 320d xDrive Touring M Sport", 27800, 2019, 98400, "Diesel", "Automatic", "Annecy (74)", "Dealer"),
    ("Citroën C3 Aircross PureTech 110 Shine", 15600, 2020, 45320, "Petrol", "Manual", "Mâcon (71)", "Dealer"),
    ("Skoda Octavia Combi 2.0 TDI Style", 19950, 2020, 87100, "Diesel", "Manual", "Chambéry (73)", "Dealer"),
    ("Fiat 500 1.0 Hybrid Dolcevita", 10490, 2021, 22800, "Hybrid", "Manual", "Vienne (38)", "Private"),
    ("Mercedes-Benz A 180 d Progressive Line", 22500, 2019, 69900, "Diesel", "Automatic", "Lyon (69)", "Dealer"),
    ("Kia e-Niro 64 kWh Premium", 24900, 2020, 51200, "Electric", "Automatic", "Valence (26)", "Dealer"),
    (
        "Audi A3 Sportback 35 TFSI S line",
        25990,
        2020,
        38750,
        "Petrol",
        "Automatic",
        "Villefranche-sur-Saône (69)",
        "Dealer",
    ),
    ("Ford Fiesta 1.0 EcoBoost ST-Line", 12300, 2019, 57400, "Petrol", "Manual", "Roanne (42)", "Private"),
    ("Hyundai Tucson 1.6 T-GDi Hybrid Executive", 28400, 2021, 29100, "Hybrid", "Automatic", "Grenoble (38)", "Dealer"),
    ("Renault Zoe R110 Zen", 12800, 2020, 33900, "Electric", "Automatic", "Lyon (69)", "Private"),
    ("Opel Corsa 1.2 Turbo 100 Elegance", 13250, 2021, 27600, "Petrol", "Manual", "Bron (69)", "Dealer"),
    ("Volvo XC40 T3 Momentum", 26700, 2019, 61800, "Petrol", "Automatic", "Annecy (74)", "Dealer"),
    ("Nissan Qashqai 1.3 DIG-T 140 N-Connecta", 18900, 2019, 72300, "Petrol", "Manual", "Saint-Priest (69)", "Dealer"),
    ("Mini Cooper S 3-door Classic", 19990, 2020, 41700, "Petrol", "Automatic", "Lyon (69)", "Private"),
    ("Seat Leon 1.5 eTSI 150 FR", 21450, 2021, 35200, "Petrol", "Automatic", "Chambéry (73)", "Dealer"),
    ("Peugeot 208 BlueHDi 100 Active", 12990, 2020, 83400, "Diesel", "Manual", "Clermont-Ferrand (63)", "Dealer"),
    ("Toyota RAV4 Hybrid 218h Dynamic", 30900, 2020, 64500, "Hybrid", "Automatic", "Lyon (69)", "Dealer"),
    ("Volkswagen ID.3 Pro Performance", 23400, 2021, 39800, "Electric", "Automatic", "Grenoble (38)", "Dealer"),
    ("Citroën Berlingo BlueHDi 130 Feel", 17800, 2019, 91200, "Diesel", "Manual", "Bourgoin-Jallieu (38)", "Private"),
    ("Mazda CX-30 Skyactiv-X 180 Exclusive", 23990, 2020, 47600, "Petrol", "Manual", "Annecy (74)", "Dealer"),
    ("Dacia Duster Blue dCi 115 Prestige", 16700, 2021, 54300, "Diesel", "Manual", "Valence (26)", "Dealer"),
    ("Renault Captur E-Tech Plug-in 160", 22900, 2021, 26400, "Plug-in hybrid", "Automatic", "Lyon (69)", "Dealer"),
]


def _car_card(index: int, car: tuple[Any, ...]) -> str:
    title, price, year, km, fuel, gearbox, place, seller = car
    ref = f"{year}-{slug(title)}-{(index * 7919) % 100000:05d}"
    monthly = round(price * 0.0142)
    seller_html = (
        '<span class="sc-kgTSHT bYzXqw">Pro</span>'
        if seller == "Dealer"
        else '<span class="sc-kgTSHT hUjPro">Private seller</span>'
    )
    return f"""
    <article class="sc-1f3x9ab-0 hQzKpL" data-testid="listing-card" data-listing-id="{ref}">
      <a class="sc-1f3x9ab-1 iYmHfT" href="/listing/{ref}" aria-label="{esc(title)}">
        <div class="sc-gKXOVf fDbCyJ"><img src="https://img.autoknot.test/c/{ref}/640x480.jpg" alt="" loading="lazy" class="sc-iBkjds cNJGxU"><span class="sc-ftvSup kGqlfq">{8 + index % 14} photos</span></div>
      </a>
      <div class="sc-1f3x9ab-2 bNvSgw">
        <h2 class="sc-1f3x9ab-3 fGtRcD"><a class="sc-papXJ dqvnLw" href="/listing/{ref}">{esc(title)}</a></h2>
        <ul class="sc-jSMfEi gvGpQS" data-testid="key-specs">
          <li class="sc-cCsOjp eXJZfK">{year}</li>
          <li class="sc-cCsOjp eXJZfK">{km:,} km</li>
          <li class="sc-cCsOjp eXJZfK">{fuel}</li>
          <li class="sc-cCsOjp eXJZfK">{gearbox}</li>
        </ul>
        <div class="sc-hAZoDl jdnRQF">
          <p class="sc-fnykZs bWbqNa" data-testid="price">€{price:,}</p>
          <p class="sc-fEOsli dGbYvA">or €{monthly}/month with finance</p>
        </div>
        <div class="sc-bjUoiL kJHXWY"><span class="sc-dmRaPn eRhuXt">{esc(place)}</span>{seller_html}</div>
      </div>
      <button class="sc-jTjUTQ hPqkZn" aria-label="Save to favourites" type="button"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M12 21l-1.5-1.3C5 15 2 12.3 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.8-3 6.5-8.5 11.2L12 21z"/></svg></button>
    </article>"""


_CAR_SPOTLIGHT = """
  <section class="sc-dIouRR bcHqvS" aria-label="Spotlight dealers">
    <h2 class="sc-hHLeRK kdFgGj">Spotlight dealers near Lyon</h2>
    <div class="sc-fLlhyt eSjwQX">
      <a class="sc-bBXxYQ gbQpMo" href="/dealer/rhone-auto-occasions"><img src="/dealers/rhone-auto.png" alt=""><span class="sc-cOFTSb jmRkSP">Rhône Auto Occasions</span><span class="sc-cOFTSb kJbLmU">214 cars · ★ 4.7</span></a>
      <a class="sc-bBXxYQ gbQpMo" href="/dealer/garage-des-alpes"><img src="/dealers/garage-des-alpes.png" alt=""><span class="sc-cOFTSb jmRkSP">Garage des Alpes</span><span class="sc-cOFTSb kJbLmU">96 cars · ★ 4.5</span></a>
      <a class="sc-bBXxYQ gbQpMo" href="/dealer/ev-station-lyon"><img src="/dealers/ev-station.png" alt=""><span class="sc-cOFTSb jmRkSP">EV Station Lyon</span><span class="sc-cOFTSb kJbLmU">58 cars · ★ 4.8</span></a>
    </div>
  </section>"""


@site
def build_autoknot() -> None:
    s = Site(
        "autoknot",
        kind="classifieds (styled-components)",
        start="used-cars/",
        description="Used-car marketplace in styled-components classes: spec chips in a list, a finance price beside the price.",
    )
    pages = chunks(list(enumerate(CARS)), [10, 10, 8])
    hrefs = ["/used-cars/", "/used-cars/page-2/", "/used-cars/page-3/"]
    for number, cars in enumerate(pages, 1):
        cards = [_car_card(i, c) for i, c in cars]
        cards.insert(
            4,
            '\n    <div class="sc-gsnTZi kDxYpA" data-testid="ad-slot"><span>Advertisement</span><iframe title="ad" src="about:blank" width="728" height="90"></iframe></div>',
        )
        current = ' aria-current="page"'
        pager = "".join(
            f'<a class="sc-eDvSVe {"jKpPzR" if n == number else "hGzzxY"}" href="{h}"{current if n == number else ""}>{n}</a>'
            for n, h in enumerate(hrefs, 1)
        )
        if number < len(pages):
            pager += f'<a class="sc-eDvSVe hGzzxY" href="{hrefs[number]}" aria-label="Next page">›</a>'
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Used cars for sale in Auvergne-Rhône-Alpes{"" if number == 1 else f" - Page {number}"} | AutoKnot</title>
<style data-styled="active" data-styled-version="5.3.6">.hQzKpL{{display:flex;gap:16px;border-radius:12px;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.12)}}.fGtRcD{{font-size:18px;font-weight:600;margin:0}}.eXJZfK{{display:inline-block;padding:2px 8px;border-radius:4px;background:#f1f3f5;font-size:13px}}.bWbqNa{{font-size:22px;font-weight:700;color:#0b5cff}}</style>
</head>
<body>
<div id="__next">
  <div class="sc-bczRLJ hKmUlt">
    <header class="sc-gsnTZi iOmJzN">
      <a class="sc-dkzDqf fKmSvT" href="/">Auto<b>Knot</b></a>
      <nav class="sc-hKMtZM jpXqnb"><a href="/used-cars/">Buy</a><a href="/sell/">Sell my car</a><a href="/valuation/">Free valuation</a><a href="/finance/">Finance</a><a href="/guides/">Guides</a></nav>
      <a class="sc-eCYdqJ gYlLqM" href="/account/">My AutoKnot</a>
    </header>
    <div class="sc-jqUVSM dQtSrK">
      <aside class="sc-iqcoie fXpkbD">
        <h2 class="sc-crXcEl cOHgn">Filters</h2>
        <div class="sc-fXSgeo bfKJuP"><label>Make</label><select><option>Any make</option><option>Audi</option><option>BMW</option><option>Peugeot</option><option>Renault</option><option>Toyota</option><option>Volkswagen</option></select></div>
        <div class="sc-fXSgeo bfKJuP"><label>Max price</label><select><option>No max</option><option>€10,000</option><option>€20,000</option><option>€30,000</option></select></div>
        <div class="sc-fXSgeo bfKJuP"><label>Fuel</label><ul class="sc-jSMfEi gvGpQS"><li class="sc-cCsOjp eXJZfK">Petrol</li><li class="sc-cCsOjp eXJZfK">Diesel</li><li class="sc-cCsOjp eXJZfK">Hybrid</li><li class="sc-cCsOjp eXJZfK">Electric</li></ul></div>
      </aside>
      <main class="sc-csuSiG kCLVHx">
        <h1 class="sc-jdAMXn bZtPUY">{len(CARS)} used cars in Auvergne-Rhône-Alpes</h1>
        <div class="sc-dPyBCJ iKJGxY"><span>Sort by</span><select><option>Best match</option><option>Lowest price</option><option>Newest listings</option></select></div>
        {_CAR_SPOTLIGHT if number == 1 else ""}
        <div class="sc-1v3z4i-0 jYpHKl" data-testid="results">
        {"".join(cards)}
        </div>
        <nav class="sc-gKPRtg bLZtXD" aria-label="pagination">{pager}</nav>
      </main>
    </div>
    <footer class="sc-iveFHk kmVmtO"><p>AutoKnot SAS · 12 quai Perrache, 69002 Lyon</p><nav><a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/help">Help centre</a></nav></footer>
  </div>
</div>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"page":{number},"pageCount":{len(pages)},"filters":{{"region":"auvergne-rhone-alpes"}}}}}},"page":"/used-cars","buildId":"pL8d2sQw"}}</script>
</body>
</html>"""
        s.list_page("used-cars/index.html" if number == 1 else f"used-cars/page-{number}/index.html", page)
    for index, (title, price, year, km, fuel, gearbox, place, seller) in enumerate(CARS):
        s.expect(
            {
                "title": title,
                "url": f"/listing/{year}-{slug(title)}-{(index * 7919) % 100000:05d}",
                "price": float(price),
                "currency": "EUR",
                "year": year,
                "mileage_km": km,
                "fuel": fuel,
                "transmission": gearbox,
                "location": place,
                "seller": "Pro" if seller == "Dealer" else "Private seller",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# hexwire: a link aggregator laid out as one table; each story is a title row plus an unclassed
# subtext row (points, submitter, age, comments) and an empty spacer row. Job ads have no score.
# ---------------------------------------------------------------------------------------------------

HEX_STORIES = [
    (
        "Show HX: I rewrote our build system in 900 lines of Make",
        "https://blog.kestrel.dev/make-is-enough",
        "kvolkov",
        412,
        198,
    ),
    (
        "The surprising economics of undersea cables",
        "https://www.telegeography-notes.com/posts/cable-economics",
        "marisol",
        388,
        143,
    ),
    (
        "SQLite's new query planner heuristics, explained",
        "https://sqlite-internals.org/planner-2026.html",
        "drh_fan",
        301,
        77,
    ),
    ("Ask HX: How do you keep a side project alive for ten years?", None, "quietbyte", 276, 301),
    (
        "Why our Rust service used 40% less memory after dropping async",
        "https://engineering.parcelpost.io/rust-sync",
        "tgrant",
        254,
        189,
    ),
    (
        "A field guide to 1970s minicomputer front panels",
        "https://retrocomputing.museum/front-panels",
        "pdp11",
        233,
        41,
    ),
    (
        "Postgres 19 will ship incremental materialized views",
        "https://www.postgresql-weekly.net/issue/612",
        "anarayan",
        221,
        96,
    ),
    (
        "Parcelbox (YC W24) is hiring a founding infrastructure engineer",
        "https://parcelbox.example/careers/infra",
        None,
        None,
        None,
    ),
    (
        "Reverse-engineering the firmware of a cheap e-ink price tag",
        "https://hackaday-like.net/2026/03/eink-tags",
        "lumen",
        198,
        52,
    ),
    (
        "The quiet death of the 3.5mm headphone jack in laptops",
        "https://www.verge-style.com/laptops/headphone-jack",
        "audiophile9",
        187,
        233,
    ),
    ("Show HX: A spreadsheet that compiles to WebAssembly", "https://gridwasm.dev", "cellsmith", 176, 64),
    ("Lessons from running a 2,000-node Nomad cluster", "https://blog.fleetworks.io/nomad-2000", "opsgal", 164, 38),
    ("What happened to the Semantic Web?", "https://www.fastmail-blog.org/semantic-web-retro", "rdftriple", 151, 177),
    ("Linux 7.2 drops support for the i486", "https://lwn-like.net/Articles/998877/", "kernelnewb", 149, 120),
    ("Decoding the 1977 Voyager golden record cover", "https://space.archives.org/voyager/cover", "astrid", 143, 29),
    ("Ask HX: Is anyone still using CGI scripts in production?", None, "perlmonk", 138, 211),
    ("The unreasonable effectiveness of boring technology", "https://mcfunley-style.com/boring", "choosebor", 131, 88),
    ("Zig 0.15 release notes", "https://ziglang-mirror.org/download/0.15.0/release-notes.html", "andrewk", 127, 73),
    (
        "How a typo in a DNS record took down a national railway booking site",
        "https://www.theregister-ish.co.uk/2026/03/04/rail_dns/",
        "sysadm",
        122,
        91,
    ),
    (
        "Building a tiny search engine over 4M documents on a Raspberry Pi",
        "https://pi-search.blog/4m-docs",
        "tinyidx",
        118,
        35,
    ),
    (
        "Tidewater Robotics (YC S25) is hiring embedded engineers in Rotterdam",
        "https://tidewater.example/jobs",
        None,
        None,
        None,
    ),
    ("A visual explanation of B-trees vs LSM-trees", "https://bitsandtrees.io/btree-vs-lsm", "pagecache", 109, 22),
    (
        "Why is the cursor in my terminal blinking at 530 ms?",
        "https://jvns-style.ca/blog/cursor-blink",
        "termfan",
        104,
        47,
    ),
    ("Show HX: Offline-first maps for hiking, 12 MB per country", "https://trailtiles.app", "kmz", 99, 58),
    (
        "The case against microservices, revisited",
        "https://martinfowler-ish.com/articles/revisited.html",
        "monolith",
        95,
        162,
    ),
    ("Implementing a garbage collector in 200 lines of C", "https://craftinginterp.dev/gc-200", "bobn", 92, 31),
    ("Ask HX: What's your most useful shell alias?", None, "zshlife", 88, 402),
    ("FFmpeg now has an official Vulkan video decoder", "https://ffmpeg-news.org/2026-03-vulkan", "vidcodec", 85, 26),
    (
        "An oral history of the Commodore Amiga chipset",
        "https://arstechnica-ish.com/gadgets/amiga-oral-history/",
        "agnus",
        81,
        44,
    ),
    (
        "Why we moved from Kafka to Postgres queues",
        "https://tech.shopcart.dev/kafka-to-postgres",
        "skiplocked",
        77,
        139,
    ),
    ("Every bit of the IPv4 header, annotated", "https://netbits.dev/ipv4-header", "ttl64", 73, 18),
    ("The Forth that runs my coffee machine", "https://forth.kitchen/coffee", "chuckm", 69, 27),
    ("Show HX: Git history as a zoomable timeline", "https://gitscope.io", "treeish", 64, 33),
    (
        "Government open-data portal quietly removes API rate limits",
        "https://opendata-watch.eu/rate-limits",
        "civictech",
        60,
        12,
    ),
    ("Understanding the 6502's undocumented opcodes", "https://6502.guide/undocumented", "nesdev", 57, 15),
    (
        "What I learned maintaining a popular npm package for 8 years",
        "https://dev.to-like.com/maintainer-8-years",
        "semverman",
        53,
        67,
    ),
    ("Ask HX: Recommendations for a quiet mechanical keyboard?", None, "thocky", 49, 118),
    ("A practical guide to Bloom filters in production", "https://blog.cachefirst.io/bloom", "falsepos", 45, 9),
    (
        "Hetzner announces new data centre in Finland",
        "https://hetzner-news.example.com/2026/finland",
        "dcwatch",
        42,
        55,
    ),
    ("Notes on writing a PDF parser from scratch", "https://pdfparse.notes/from-scratch", "xref", 38, None),
]


def _hex_host(url: str) -> str:
    host = url.split("/")[2]
    return host.removeprefix("www.")


def _hex_rows(rank: int, item_id: int, story: tuple[Any, ...], age: str) -> str:
    title, url, user, points, comments = story
    href = url or f"item.html?id={item_id}"
    site = (
        f' <span class="domain">(<a href="from.html?site={esc(_hex_host(url))}"><span class="host">{esc(_hex_host(url))}</span></a>)</span>'
        if url
        else ""
    )
    vote = (
        f'<td valign="top" class="vote"><center><a id="up_{item_id}" href="vote.html?id={item_id}&amp;how=up&amp;goto=news"><div class="arrow" title="upvote"></div></a></center></td>'
        if user
        else '<td class="vote"></td>'
    )
    title_row = f"""<tr class="post" data-id="{item_id}">
      <td align="right" valign="top" class="pos"><span class="num">{rank}.</span></td>
      {vote}<td class="link"><span class="linkline"><a class="title-link" href="{esc(href)}">{esc(title)}</a>{site}</span></td></tr>"""
    if user:
        if comments is None:
            discuss = f'<a href="item.html?id={item_id}">discuss</a>'
        else:
            discuss = f'<a href="item.html?id={item_id}">{comments}&nbsp;comment{"" if comments == 1 else "s"}</a>'
        sub = f"""<span class="info-line"><span class="pts">{points} points</span> by <a href="user.html?id={user}" class="who">{user}</a> <span class="when" title="2026-03-04T{10 - rank // 5:02d}:{(rank * 7) % 60:02d}:00"><a href="item.html?id={item_id}">{age}</a></span> <span id="unv_{item_id}"></span> | <a href="hide.html?id={item_id}&amp;goto=news">hide</a> | {discuss} </span>"""
    else:
        sub = f'<span class="when" title="2026-03-04T08:00:00"><a href="item.html?id={item_id}">{age}</a></span> | <a href="hide.html?id={item_id}&amp;goto=news">hide</a>'
    sub_row = f"""<tr><td colspan="2"></td><td class="info">{sub}</td></tr>
      <tr class="gap" style="height:5px"></tr>"""
    return f"{title_row}\n      {sub_row}"


@site
def build_hexwire() -> None:
    s = Site(
        "hexwire",
        kind="link aggregator (two-row table records)",
        start="hot.html",
        description="A news aggregator in one big table: each story is a title row plus an unclassed subtext row and a spacer; job ads without score or submitter.",
    )
    pages = chunks(list(range(len(HEX_STORIES))), [15, 15, 10])
    paths = ["hot.html", "hot-2.html", "hot-3.html"]
    for number, indexes in enumerate(pages, 1):
        rows = []
        for i in indexes:
            rank = i + 1
            item_id = 43110000 + (len(HEX_STORIES) - i) * 37
            hours = 1 + i // 4
            age = f"{hours} hour{'s' if hours > 1 else ''} ago"
            rows.append(_hex_rows(rank, item_id, HEX_STORIES[i], age))
        more = (
            f'<tr class="morespace" style="height:10px"></tr><tr><td colspan="2"></td><td class="link"><a href="{paths[number]}" class="more-link" rel="next">More</a></td></tr>'
            if number < len(pages)
            else ""
        )
        page = f"""<!DOCTYPE html>
<html lang="en" op="news">
<head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?v=7"><title>HexWire{"" if number == 1 else f" | page {number}"}</title></head>
<body><center><table id="hxmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#2a6f97"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
  <td style="width:18px;padding-right:4px"><a href="index.html"><img src="hx.gif" width="18" height="18" style="border:1px white solid; display:block"></a></td>
  <td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="brand"><a href="hot.html">HexWire</a></b>
  <a href="newest.html">new</a> | <a href="front.html">past</a> | <a href="newcomments.html">comments</a> | <a href="ask.html">ask</a> | <a href="show.html">show</a> | <a href="jobs.html">jobs</a> | <a href="submit.html" rel="nofollow">submit</a></span></td>
  <td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login.html?goto=news">login</a></span></td>
</tr></table></td></tr>
<tr id="pagespace" title="" style="height:10px"></tr>
<tr><td><table border="0" cellpadding="0" cellspacing="0" class="posts">
      {"".join(chr(10) + "      " + r for r in rows)}
      {more}
</table></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#2a6f97"></td></tr></table><br>
<center><span class="foot-links"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists.html">Lists</a> | <a href="https://github.com/hexwire/api">API</a> | <a href="security.html">Security</a> | <a href="legal.html">Legal</a> | <a href="apply.html">Apply to HX Labs</a> | <a href="mailto:contact@hexwire.example">Contact</a></span><br><br>
<form method="get" action="//search.hexwire.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="false"></form></center></td></tr>
</table></center><script type="text/javascript" src="hx.js?v=4"></script></body></html>"""
        s.list_page(paths[number - 1], page)
    for i, (title, url, user, points, comments) in enumerate(HEX_STORIES):
        item_id = 43110000 + (len(HEX_STORIES) - i) * 37
        s.expect(
            {
                "title": title,
                "url": url or f"/item.html?id={item_id}",
                "site": _hex_host(url) if url else None,
                "points": points,
                "author": user,
                "comments": comments,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# quayside-agenda: a city "what's on" calendar; day headings and event cards are siblings in one
# column, so each event's date is only in the heading above it (its card shows the start time).
# European prices ("€ 12,50"), sold-out events without a price, an editor's pick strip on top.
# ---------------------------------------------------------------------------------------------------

QUAY_EVENTS = [
    # (day offset from 2026-04-06, time, title, venue, category, price or None when sold out)
    (0, "19:30", "Tindersticks – Distractions tour", "De Roma", "Concerts", 34.0),
    (0, "20:00", "Open mic: poetry in three languages", "Café Hopper", "Literature", 5.0),
    (0, "20:15", "The Seventh Seal (restored, OV)", "Cinema Lumière", "Film", 11.5),
    (1, "10:00", "Guided walk: the old harbour warehouses", "MAS – Museum aan de Stroom", "Tours", 12.5),
    (1, "20:00", "Rosas danst Rosas", "deSingel", "Dance", 28.0),
    (1, "21:00", "Jazz jam with the Bram Weijters trio", "Café Hopper", "Concerts", None),
    (2, "14:00", "Family workshop: build a cardboard city", "Stadsbibliotheek", "Kids", 4.0),
    (2, "19:00", "Lecture: Rubens and the Antwerp print trade", "Rubenshuis", "Talks", 8.0),
    (2, "20:30", "Stand-up night: Comedy Casino", "Zaal Lux", "Comedy", 16.0),
    (3, "12:30", "Lunch concert: Bach cello suites", "AMUZ", "Classical", 9.5),
    (3, "20:00", "Warhaus", "Trix", "Concerts", 29.5),
    (4, "18:00", "Night market at the Sint-Jansplein", "Sint-Jansplein", "Markets", None),
    (4, "20:00", "Hamlet (in English)", "Toneelhuis – Bourla", "Theatre", 24.0),
    (4, "22:00", "Club night: Ostgut records showcase", "Ampere", "Clubbing", 18.0),
    (5, "09:00", "Antwerp 10 Miles – fun run", "Scheldekaaien", "Sport", 22.0),
    (5, "15:00", "Antwerp Symphony Orchestra: Mahler 5", "Koningin Elisabethzaal", "Classical", 42.0),
    (5, "20:00", "Balthazar", "Lotto Arena", "Concerts", None),
    (5, "23:00", "Disco Dolly", "Café d'Anvers", "Clubbing", 12.0),
    (6, "11:00", "Vintage & vinyl fair", "Felixpakhuis", "Markets", 3.0),
    (6, "16:00", "Silent film with live piano: Nosferatu", "Cinema Lumière", "Film", 13.0),
    (7, "19:30", "Book launch: 'De stad als rivier'", "Boekhandel De Groene Waterman", "Literature", 0.0),
    (7, "20:00", "Fontaines D.C.", "De Roma", "Concerts", 38.5),
    (8, "13:00", "Architecture bike tour: Nieuw Zuid", "Start: Gedempte Zuiderdokken", "Tours", 15.0),
    (8, "20:00", "Ballet Vlaanderen: Giselle", "Stadsschouwburg", "Dance", 45.0),
    (8, "20:30", "Impro battle: Belgium vs the Netherlands", "Zaal Lux", "Comedy", 14.0),
    (9, "10:30", "Toddler theatre: Little Cloud", "HETPALEIS", "Kids", 7.5),
    (9, "19:00", "Talk: the future of the Scheldt estuary", "Het Bos", "Talks", 6.0),
    (9, "21:00", "Goose", "Trix", "Concerts", None),
]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _quay_day(offset: int) -> date:
    return date(2026, 4, 6) + timedelta(days=offset)


def _quay_heading(day: date) -> str:
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {day.strftime('%B')} {day.year}"


def _euro(amount: float) -> str:
    return "€ " + (f"{amount:.2f}".replace(".", ",") if amount % 1 else f"{amount:.0f}")


def _quay_card(index: int, event: tuple[Any, ...]) -> str:
    _offset, time, title, venue, category, price = event
    href = f"/en/agenda/{slug(title)}-{4100 + index}"
    if price is None:
        ticket = '<span class="ev-ticket ev-ticket--soldout">Sold out</span>'
    elif price == 0:
        ticket = '<span class="ev-ticket ev-ticket--free">Free entry</span>'
    else:
        ticket = f'<span class="ev-ticket">{_euro(price)}</span>'
    return f"""<div class="ev-card" data-category="{slug(category)}">
        <div class="ev-card__when"><span class="ev-card__time">{time}</span></div>
        <div class="ev-card__main">
          <a class="ev-card__title" href="{href}">{esc(title)}</a>
          <div class="ev-card__where"><svg class="pin" aria-hidden="true" width="12" height="12"><path d="M6 0a4 4 0 0 0-4 4c0 3 4 8 4 8s4-5 4-8a4 4 0 0 0-4-4z"/></svg> {esc(venue)}</div>
          <ul class="ev-card__labels"><li class="label label--cat">{esc(category)}</li></ul>
        </div>
        <div class="ev-card__buy">{ticket}<a class="btn btn--ghost" href="{href}#tickets">Info</a></div>
      </div>"""


@site
def build_quayside_agenda() -> None:
    s = Site(
        "quayside-agenda",
        kind="events calendar (grouped by day)",
        start="en/agenda/",
        description="City events calendar: day headings and event cards are siblings in one column; the date is only in the heading, the card shows the time; euro prices with decimal commas.",
    )
    days = sorted({e[0] for e in QUAY_EVENTS})
    page_days = chunks(days, [4, 3, 3])
    paths = ["en/agenda/index.html", "en/agenda/page/2/index.html", "en/agenda/page/3/index.html"]
    links = ["/en/agenda/", "/en/agenda/page/2/", "/en/agenda/page/3/"]
    picks = [QUAY_EVENTS[4], QUAY_EVENTS[10], QUAY_EVENTS[15]]
    pick_html = "".join(
        f'<li class="pick"><a href="/en/agenda/{slug(p[2])}-{4100 + QUAY_EVENTS.index(p)}"><img src="/media/picks/{slug(p[2])}.jpg" alt=""><span class="pick__title">{esc(p[2])}</span></a><span class="pick__venue">{esc(p[3])}</span></li>'
        for p in picks
    )
    for number, offsets in enumerate(page_days, 1):
        column = []
        for offset in offsets:
            day = _quay_day(offset)
            column.append(f'<h2 class="agenda-day" id="d{day.isoformat()}">{_quay_heading(day)}</h2>')
            for index, event in enumerate(QUAY_EVENTS):
                if event[0] == offset:
                    column.append(_quay_card(index, event))
            if offset == offsets[0] and number == 1:
                column.append(
                    '<div class="promo-banner"><span class="promo-banner__tag">Partner</span><a href="https://www.citypass-partner.example/antwerp?utm_source=quayside">Save 20% on museums with the City Card – 24h, 48h or 72h</a></div>'
                )
        pager = []
        if number > 1:
            pager.append(f'<a class="pager__prev" href="{links[number - 2]}">← Earlier</a>')
        pager += [
            f'<a class="pager__num{" is-current" if n == number else ""}" href="{links[n - 1]}">{n}</a>'
            for n in range(1, 4)
        ]
        if number < 3:
            pager.append(f'<a class="pager__next" href="{links[number]}" rel="next">Later →</a>')
        page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>What's on in Antwerp – agenda{"" if number == 1 else f" (page {number})"} | Quayside</title>
<link rel="stylesheet" href="/static/css/site.4f2a.css">
</head>
<body class="page-agenda">
<div class="cookie-notice" role="dialog"><p>We use cookies to measure visits and show relevant events.</p><button class="btn">Accept</button><button class="btn btn--ghost">Settings</button></div>
<header class="top">
  <a class="top__logo" href="/en/">Quayside <small>Antwerp city guide</small></a>
  <nav class="top__nav"><a href="/en/agenda/" aria-current="page">What's on</a><a href="/en/eat-drink/">Eat &amp; drink</a><a href="/en/see-do/">See &amp; do</a><a href="/en/stay/">Stay</a><a href="/en/plan/">Plan your visit</a></nav>
  <div class="top__lang"><a href="/nl/agenda/">NL</a> <a href="/fr/agenda/">FR</a> <a href="/en/agenda/" class="is-active">EN</a></div>
</header>
<main class="agenda-layout">
  <section class="picks"><h2 class="picks__title">Editor's picks this week</h2><ul class="picks__list">{pick_html}</ul></section>
  <div class="agenda-layout__cols">
  <aside class="filters">
    <h3>Category</h3>
    <ul class="filters__list"><li><a href="?cat=concerts">Concerts <span class="count">(7)</span></a></li><li><a href="?cat=theatre">Theatre <span class="count">(1)</span></a></li><li><a href="?cat=film">Film <span class="count">(2)</span></a></li><li><a href="?cat=kids">Kids <span class="count">(2)</span></a></li><li><a href="?cat=markets">Markets <span class="count">(2)</span></a></li><li><a href="?cat=talks">Talks <span class="count">(2)</span></a></li></ul>
    <h3>When</h3>
    <ul class="filters__list"><li><a href="?when=today">Today</a></li><li><a href="?when=weekend">This weekend</a></li><li><a href="?when=week">Next 7 days</a></li></ul>
    <div class="newsletter"><h3>Weekly tips in your inbox</h3><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>
  </aside>
  <section class="agenda" aria-label="Events">
    <h1 class="agenda__title">What's on: 6 – 15 April 2026</h1>
    <p class="agenda__count">{len(QUAY_EVENTS)} events · sorted by date</p>
    <div class="agenda__list">
      {(chr(10) + "      ").join(column)}
    </div>
    <nav class="pager" aria-label="Pages">{"".join(pager)}</nav>
  </section>
  </div>
</main>
<footer class="bottom"><p>Quayside is published by the city's tourism office. Times and prices may change; check with the venue.</p><p><a href="/en/about/">About</a> · <a href="/en/contact/">Contact</a> · <a href="/en/privacy/">Privacy</a> · <a href="/en/add-event/">Add your event</a></p></footer>
<script src="/static/js/site.4f2a.js" defer></script>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
    for offset in days:
        for index, (off, time, title, venue, category, price) in enumerate(QUAY_EVENTS):
            if off != offset:
                continue
            s.expect(
                {
                    "title": title,
                    "url": f"/en/agenda/{slug(title)}-{4100 + index}",
                    "date": _quay_day(offset).isoformat(),
                    "time": time,
                    "venue": venue,
                    "category": category,
                    "price": price if price else None,
                    "currency": "EUR" if price else None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wheelhouse: a package index's "recent releases" feed; per day an <h3> and a <dl> in which each
# release is a <dt> (name, version, links) followed by a <dd> (summary, uploader, licence, Python).
# ---------------------------------------------------------------------------------------------------

RELEASES = [
    # (day offset back from 2026-03-05, name, version, summary, uploader, licence or None, requires or None)
    (
        0,
        "fastjsonx",
        "2.4.1",
        "Fast JSON encoding and decoding with optional schema validation",
        "mkowalski",
        "MIT",
        ">=3.9",
    ),
    (
        0,
        "quiltdb",
        "0.9.0",
        "An embeddable columnar database for analytics notebooks",
        "quilt-team",
        "Apache-2.0",
        ">=3.10",
    ),
    (
        0,
        "retry-kit",
        "1.3.2",
        "Decorators for retrying flaky calls with jittered backoff",
        "aseng",
        "BSD-3-Clause",
        ">=3.8",
    ),
    (
        0,
        "pdfminer-lite",
        "24.3",
        "Extract text and layout from PDF files without heavy dependencies",
        "docparse",
        "MIT",
        None,
    ),
    (0, "tiny-ocr", "0.2.0a1", "Minimal OCR pipeline on ONNX runtime", "visionlab", None, ">=3.11"),
    (1, "geohashr", "3.0.0", "Geohash encoding, neighbours and bounding boxes", "lmartin", "MIT", ">=3.9"),
    (1, "aiosmtp-relay", "0.6.4", "Asyncio SMTP relay with DKIM signing", "postmaster", "MIT", ">=3.10"),
    (1, "typed-settings-yaml", "1.1.0", "YAML loader for typed settings classes", "cfgworks", "Apache-2.0", ">=3.9"),
    (1, "rasterkit", "5.2.3", "Raster and vector tiles for web maps", "tileforge", "BSD-2-Clause", ">=3.10"),
    (1, "csvtoolz", "0.11.0", "Streaming CSV utilities: sniff, split, join, dedupe", "jtorres", "MIT", ">=3.8"),
    (
        1,
        "mlflow-plugin-s3v2",
        "0.3.1",
        "An S3 artifact store for experiment trackers with multipart uploads",
        "datatools",
        "Apache-2.0",
        None,
    ),
    (2, "pydantic-money", "2.0.2", "Money and currency types for pydantic models", "fincode", "MIT", ">=3.9"),
    (2, "snowflake-ids", "1.0.0", "Time-ordered 64-bit identifiers, Twitter snowflake style", "idgen", "MIT", ">=3.8"),
    (
        2,
        "httpx-cache-redis",
        "0.4.0",
        "A Redis cache transport for httpx clients",
        "cachetools-dev",
        "BSD-3-Clause",
        ">=3.9",
    ),
    (2, "sphinx-theme-harbor", "2.7.1", "A clean documentation theme with dark mode", "docsmith", "MIT", None),
    (
        2,
        "wasmtime-tools",
        "0.8.5",
        "Helpers to build and test WebAssembly components",
        "bytecodealliance-fan",
        "Apache-2.0",
        ">=3.10",
    ),
    (
        3,
        "orbital-sim",
        "1.5.0",
        "N-body orbital mechanics with symplectic integrators",
        "kepler42",
        "GPL-3.0",
        ">=3.10",
    ),
    (3, "textstat-nl", "0.5.2", "Readability statistics for Dutch texts", "taalkit", "MIT", ">=3.8"),
    (
        3,
        "kafka-lite-consumer",
        "2.1.0",
        "A small pure-Python Kafka consumer for scripts",
        "streamwise",
        "Apache-2.0",
        ">=3.9",
    ),
    (3, "dbt-duckdb-extras", "0.7.3", "Macros and materialisations for dbt on DuckDB", "quackers", "MIT", None),
    (3, "sqlglot-dialect-ch", "0.2.4", "A ClickHouse dialect plugin for SQL transpilers", "transpile", "MIT", ">=3.9"),
    (3, "emoji-shortcodes", "4.0.0", "Convert :shortcodes: to emoji and back", "glyphs", "BSD-3-Clause", ">=3.8"),
    (
        4,
        "fastapi-ratelimit",
        "1.8.0",
        "Token-bucket rate limiting middleware for ASGI apps",
        "apiguard",
        "MIT",
        ">=3.9",
    ),
    (4, "pyproj-lite", "0.1.0", "Coordinate transformations without PROJ data files", "geolite", None, ">=3.10"),
    (
        4,
        "jupyter-timer",
        "0.3.3",
        "Cell execution timers and notifications for notebooks",
        "nbtools",
        "BSD-3-Clause",
        ">=3.8",
    ),
    (4, "barcode-reader", "3.4.1", "Decode EAN, QR and DataMatrix codes from images", "scanlab", "MIT", ">=3.9"),
    (
        4,
        "climate-indices",
        "2.2.0",
        "Drought and precipitation indices (SPI, SPEI, PDSI)",
        "hydro",
        "BSD-3-Clause",
        ">=3.10",
    ),
    (5, "asyncpg-migrate", "0.9.9", "Plain SQL migrations for asyncpg", "pgtools", "MIT", ">=3.9"),
    (5, "markdown-katex", "1.2.0", "KaTeX maths for Python-Markdown", "mathdocs", "MIT", None),
    (
        5,
        "lint-commits",
        "2.0.1",
        "Check commit messages against Conventional Commits",
        "gitflow",
        "Apache-2.0",
        ">=3.8",
    ),
]


def _release_day(offset: int) -> date:
    return date(2026, 3, 5) - timedelta(days=offset)


def _release_entry(release: tuple[Any, ...]) -> str:
    _offset, name, version, summary, uploader, licence, requires = release
    url = f"/project/{name}/{version}/"
    meta = [f'<span class="rel-by">Uploaded by <a href="/user/{uploader}/">{esc(uploader)}</a></span>']
    if licence:
        meta.append(f'<span class="rel-license"><span class="k">License:</span> {esc(licence)}</span>')
    if requires:
        meta.append(f'<span class="rel-python"><span class="k">Requires:</span> Python {esc(requires)}</span>')
    return f"""<dt>
          <a class="rel-name" href="{url}"><strong>{esc(name)}</strong> <span class="rel-version">{esc(version)}</span></a>
          <span class="rel-links">[<a href="{url}#files">files</a>, <a href="/project/{name}/#history">history</a>]</span>
        </dt>
        <dd>
          <p class="rel-summary">{esc(summary)}</p>
          <p class="rel-meta">{" · ".join(meta)}</p>
        </dd>"""


@site
def build_wheelhouse() -> None:
    s = Site(
        "wheelhouse",
        kind="definition-list pairs (dt release + dd details), grouped by day",
        start="releases/recent.html",
        description="A package index's recent releases: per day an h3 heading and a dl where each release is a dt (name, version, links) followed by a dd (summary, uploader, licence, Python).",
    )
    days = sorted({r[0] for r in RELEASES})
    page_days = chunks(days, [2, 2, 2])
    paths = ["releases/recent.html", "releases/recent-2.html", "releases/recent-3.html"]
    for number, offsets in enumerate(page_days, 1):
        blocks = []
        for offset in offsets:
            day = _release_day(offset)
            entries = [r for r in RELEASES if r[0] == offset]
            blocks.append(
                f"""<h3 class="day-head">{day.strftime("%a, %d %b %Y").replace(" 0", " ")} <span class="day-count">({len(entries)} releases)</span></h3>
      <dl class="releases">
        {(chr(10) + "        ").join(_release_entry(r) for r in entries)}
      </dl>"""
            )
        nav = " | ".join(f'<a href="/{paths[n - 1]}">{n}</a>' if n != number else f"<b>{n}</b>" for n in range(1, 4))
        following = f' | <a class="next" href="/{paths[number]}">next &gt;</a>' if number < 3 else ""
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Recent releases{"" if number == 1 else f" (page {number})"} · Wheelhouse package index</title>
<link rel="stylesheet" href="/static/wh.css">
<link rel="alternate" type="application/rss+xml" href="/rss/updates.xml" title="Latest releases">
</head>
<body>
<div id="top-bar"><a id="logo" href="/">wheelhouse</a>
  <form id="search" action="/search/"><input name="q" placeholder="Search projects"></form>
  <ul id="top-nav"><li><a href="/help/">Help</a></li><li><a href="/sponsors/">Sponsors</a></li><li><a href="/account/login/">Log in</a></li><li><a href="/account/register/">Register</a></li></ul>
</div>
<div class="notice notice--warning">Scheduled maintenance on Saturday 7 March, 06:00–07:00 UTC: uploads will be paused.</div>
<div id="content">
  <h1>Recent releases</h1>
  <div class="listing-info">Releases uploaded in the last week, newest first. <a href="/rss/updates.xml">RSS</a></div>
  <div class="paging">Pages: {nav}{following}</div>
  <div id="dlpage">
      {(chr(10) + "      ").join(blocks)}
  </div>
  <div class="paging">Pages: {nav}{following}</div>
</div>
<div id="sidebar">
  <h4>Trending this week</h4>
  <ol class="trending"><li><a href="/project/fastjsonx/">fastjsonx</a></li><li><a href="/project/quiltdb/">quiltdb</a></li><li><a href="/project/rasterkit/">rasterkit</a></li></ol>
  <h4>Statistics</h4>
  <dl class="stats"><dt>Projects</dt><dd>612,904</dd><dt>Releases</dt><dd>6,880,117</dd><dt>Users</dt><dd>921,332</dd></dl>
</div>
<div id="footer"><a href="/about/">About</a> · <a href="/security/">Security</a> · <a href="/status/">Status</a> · Hosted by volunteers</div>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
    for offset in days:
        for _off, name, version, summary, uploader, licence, requires in [r for r in RELEASES if r[0] == offset]:
            s.expect(
                {
                    "name": name,
                    "version": version,
                    "url": f"/project/{name}/{version}/",
                    "summary": summary,
                    "author": uploader,
                    "license": licence,
                    "requires_python": f"Python {requires}" if requires else None,
                    "date": _release_day(offset).isoformat(),
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# dunehaven: holiday cottages; guests, bedrooms, bathrooms and pets are shown only as a number (or
# nothing) beside an SVG sprite icon (<use href="#i-bed">); the words exist in the sprite alone.
# ---------------------------------------------------------------------------------------------------

COTTAGES = [
    # (name, place, guests, bedrooms, bathrooms, price per night GBP, rating or None, reviews, pets)
    ("Marram Cottage", "Holkham, Norfolk", 4, 2, 1, 145, 4.9, 112, True),
    ("The Old Lifeboat House", "Cley next the Sea, Norfolk", 6, 3, 2, 238, 4.8, 87, False),
    ("Samphire Barn", "Blakeney, Norfolk", 8, 4, 3, 312, 4.7, 54, True),
    ("Tern Lookout", "Wells-next-the-Sea, Norfolk", 2, 1, 1, 98, None, 0, False),
    ("Pebble Row", "Sheringham, Norfolk", 5, 3, 1, 160, 4.6, 203, True),
    ("Flint House", "Burnham Market, Norfolk", 10, 5, 4, 420, 4.9, 41, False),
    ("Saltmarsh Shepherd's Hut", "Morston, Norfolk", 2, 1, 1, 85, 4.8, 366, True),
    ("Dune End", "Brancaster, Norfolk", 6, 3, 2, 205, 4.5, 28, False),
    ("Little Heron", "Thornham, Norfolk", 3, 2, 1, 120, 4.7, 95, True),
    ("Windmill View", "Cley next the Sea, Norfolk", 4, 2, 2, 176, 4.9, 150, False),
    ("Seal Point", "Horsey, Norfolk", 6, 3, 2, 189, 4.4, 17, True),
    ("Coastguard Cottage No. 3", "Mundesley, Norfolk", 4, 2, 1, 110, 4.6, 61, True),
    ("The Granary", "Stiffkey, Norfolk", 7, 4, 2, 265, 4.8, 73, False),
    ("Oystercatcher Lodge", "Brancaster Staithe, Norfolk", 5, 3, 2, 198, None, 0, True),
    ("Boathouse Loft", "Blakeney, Norfolk", 2, 1, 1, 132, 5.0, 9, False),
    ("Chapel Yard", "Walsingham, Norfolk", 6, 3, 3, 215, 4.7, 44, False),
    ("Curlew Cottage", "Salthouse, Norfolk", 4, 2, 1, 128, 4.8, 130, True),
    ("The Reading Rooms", "Holt, Norfolk", 8, 4, 3, 295, 4.6, 38, False),
    ("Beach Hut Retreat", "Overstrand, Norfolk", 2, 1, 1, 89, 4.3, 212, True),
    ("Lavender Barn", "Heacham, Norfolk", 6, 3, 2, 172, 4.7, 66, True),
    ("Sandpiper", "Hunstanton, Norfolk", 4, 2, 1, 105, 4.5, 180, False),
    ("Hall Farm Stables", "Docking, Norfolk", 12, 6, 5, 540, 4.9, 22, True),
    ("Crab Pot Cottage", "Cromer, Norfolk", 3, 1, 1, 99, 4.6, 301, True),
    ("Ferry House", "Reedham, Norfolk", 5, 2, 2, 150, 4.4, 19, False),
    ("Kingfisher Reach", "Horning, Norfolk", 6, 3, 2, 226, 4.8, 57, True),
    ("Starlight Cabin", "Wiveton, Norfolk", 2, 1, 1, 115, None, 0, False),
]

_SPRITE = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none">
  <symbol id="i-guests" viewBox="0 0 24 24"><title>Guests</title><path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-4 0-8 2-8 5v1h16v-1c0-3-4-5-8-5z"/></symbol>
  <symbol id="i-bed" viewBox="0 0 24 24"><title>Bedrooms</title><path d="M3 7v10h2v-2h14v2h2v-6a3 3 0 0 0-3-3h-7v5H5V7z"/></symbol>
  <symbol id="i-bath" viewBox="0 0 24 24"><title>Bathrooms</title><path d="M4 12h16v3a4 4 0 0 1-4 4H8a4 4 0 0 1-4-4z"/></symbol>
  <symbol id="i-paw" viewBox="0 0 24 24"><title>Pets allowed</title><circle cx="8" cy="8" r="2"/><circle cx="16" cy="8" r="2"/></symbol>
  <symbol id="i-star" viewBox="0 0 24 24"><title>Rating</title><path d="M12 2l3 7h7l-5.5 4 2 7-6.5-4.5L5.5 20l2-7L2 9h7z"/></symbol>
  <symbol id="i-heart" viewBox="0 0 24 24"><path d="M12 21l-8-8a5 5 0 0 1 8-6 5 5 0 0 1 8 6z"/></symbol>
</svg>"""


def _fact(icon: str, value: object) -> str:
    return f'<li class="facts__item"><svg class="icon" aria-hidden="true" focusable="false"><use href="#{icon}"></use></svg>{value}</li>'


def _cottage_card(index: int, cottage: tuple[Any, ...]) -> str:
    name, place, guests, bedrooms, bathrooms, price, rating, reviews, pets = cottage
    ref = 20400 + index * 13
    facts = [_fact("i-guests", guests), _fact("i-bed", bedrooms), _fact("i-bath", bathrooms)]
    if pets:
        facts.append(
            '<li class="facts__item facts__item--pets"><svg class="icon" aria-hidden="true"><use href="#i-paw"></use></svg></li>'
        )
    score = (
        f'<div class="card__rating"><svg class="icon icon--star" aria-hidden="true"><use href="#i-star"></use></svg><b>{rating:.1f}</b> <span class="card__reviews">({reviews})</span></div>'
        if rating
        else '<div class="card__rating card__rating--new">New</div>'
    )
    return f"""<article class="card" data-ref="DH{ref}">
      <a class="card__media" href="/cottages/{slug(name)}-dh{ref}/"><img src="/img/c/dh{ref}-640.webp" alt="{esc(name)}" loading="lazy"></a>
      <button class="card__fav" aria-label="Save to favourites"><svg class="icon"><use href="#i-heart"></use></svg></button>
      <div class="card__body">
        <h3 class="card__title"><a href="/cottages/{slug(name)}-dh{ref}/">{esc(name)}</a></h3>
        <p class="card__place">{esc(place)}</p>
        <ul class="facts">{"".join(facts)}</ul>
        {score}
        <p class="card__price"><span class="from">from</span> <strong>£{price}</strong> <span class="per">/ night</span></p>
      </div>
    </article>"""


@site
def build_dunehaven() -> None:
    s = Site(
        "dunehaven",
        kind="holiday rentals (icon-labelled counts)",
        start="search/norfolk-coast/",
        description="Holiday cottages: guests, bedrooms and bathrooms are numbers beside SVG sprite icons (<use href>), whose names exist only in the sprite; a sponsored card and a map teaser in the grid.",
    )
    pages = chunks(list(range(len(COTTAGES))), [10, 10, 6])
    paths = [
        "search/norfolk-coast/index.html",
        "search/norfolk-coast/page-2/index.html",
        "search/norfolk-coast/page-3/index.html",
    ]
    links = ["/search/norfolk-coast/", "/search/norfolk-coast/page-2/", "/search/norfolk-coast/page-3/"]
    for number, indexes in enumerate(pages, 1):
        cards = [_cottage_card(i, COTTAGES[i]) for i in indexes]
        cards.insert(
            4,
            """<article class="card card--promo" data-sponsored="true">
      <a class="card__media" href="https://ads.example-travel.test/c?id=778"><img src="/img/promo/ferry.webp" alt=""></a>
      <div class="card__body"><span class="tag">Sponsored</span><h3 class="card__title"><a href="https://ads.example-travel.test/c?id=778">Ferry + cottage breaks from £299</a></h3><p class="card__place">North Sea Ferries</p></div>
    </article>""",
        )
        prev_link = (
            f'<a class="pagination__link" href="{links[number - 2]}" rel="prev">Previous</a>' if number > 1 else ""
        )
        next_link = (
            f'<a class="pagination__link pagination__link--next" href="{links[number]}" rel="next">Next</a>'
            if number < 3
            else ""
        )
        nums = "".join(
            f'<a class="pagination__link{" is-active" if n == number else ""}" href="{links[n - 1]}">{n}</a>'
            for n in range(1, 4)
        )
        page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Holiday cottages on the Norfolk coast{"" if number == 1 else f" – page {number}"} | Dunehaven</title>
<link rel="stylesheet" href="/assets/main.b81c.css">
</head>
<body>
{_SPRITE}
<header class="site-header"><a class="site-header__logo" href="/">Dunehaven</a>
  <nav class="site-header__nav"><a href="/search/">Find a cottage</a><a href="/offers/">Late offers</a><a href="/dog-friendly/">Dog friendly</a><a href="/owners/">List your property</a></nav>
  <a class="site-header__account" href="/account/"><svg class="icon"><use href="#i-guests"></use></svg> Sign in</a>
</header>
<form class="searchbar" action="/search/"><input name="where" value="Norfolk coast"><input name="arrive" type="date"><input name="nights" value="7"><select name="guests"><option>2 guests</option><option>4 guests</option></select><button>Search</button></form>
<div class="results-layout">
  <aside class="refine">
    <h2 class="refine__title">Refine</h2>
    <fieldset><legend>Bedrooms</legend><label><input type="checkbox"> 1+</label><label><input type="checkbox"> 2+</label><label><input type="checkbox"> 3+</label></fieldset>
    <fieldset><legend>Features</legend><label><input type="checkbox"> Pets allowed (14)</label><label><input type="checkbox"> Hot tub (3)</label><label><input type="checkbox"> Sea view (9)</label></fieldset>
    <div class="map-teaser"><img src="/img/map-norfolk.png" alt="Map of results"><a href="/search/norfolk-coast/map/">Show on map</a></div>
  </aside>
  <main class="results">
    <h1 class="results__title">Norfolk coast cottages</h1>
    <p class="results__count">{len(COTTAGES)} cottages · prices for 7 nights from 14 March</p>
    <div class="results__grid">
    {(chr(10) + "    ").join(cards)}
    </div>
    <nav class="pagination">{prev_link}{nums}{next_link}</nav>
  </main>
</div>
<footer class="site-footer"><p>Dunehaven Ltd, Cley Road, Holt NR25. All prices include fees.</p><ul><li><a href="/about/">About us</a></li><li><a href="/help/">Help</a></li><li><a href="/terms/">Terms</a></li></ul></footer>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
    for index, (name, place, guests, bedrooms, bathrooms, price, rating, reviews, _pets) in enumerate(COTTAGES):
        ref = 20400 + index * 13
        s.expect(
            {
                "title": name,
                "url": f"/cottages/{slug(name)}-dh{ref}/",
                "location": place,
                "guests": guests,
                "bedrooms": bedrooms,
                "bathrooms": bathrooms,
                "price": float(price),
                "currency": "GBP",
                "rating": rating,
                "review_count": reviews if rating else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# roamvans: campervans for sale; the spec line is icons and values only: an <img alt> for year and
# mileage, an icon-font <i class="icon-…"> for berths, seats and gearbox. Dealer and private ads.
# ---------------------------------------------------------------------------------------------------

VANS = [
    # (title, price EUR, year, km, berths, seats, gearbox, location)
    ("Volkswagen California Ocean 2.0 TDI", 58900, 2019, 48200, 4, 4, "Automatic", "Utrecht"),
    ("Fiat Ducato Adria Twin 600 SPB", 44500, 2017, 91000, 2, 4, "Manual", "Eindhoven"),
    ("Mercedes Marco Polo 250d", 64950, 2020, 39500, 4, 5, "Automatic", "Amsterdam"),
    ("Ford Transit Custom Nugget", 51000, 2021, 27800, 4, 4, "Manual", "Groningen"),
    ("Citroën Jumper Pössl 2Win Plus", 39900, 2016, 112300, 2, 4, "Manual", "Arnhem"),
    ("Volkswagen T6.1 Multivan self-build", 32500, 2015, 187000, 2, 5, "Manual", "Zwolle"),
    ("Renault Trafic SpaceNomad", 47250, 2022, 15400, 2, 4, "Manual", "Rotterdam"),
    ("Peugeot Boxer Carado Camper 600", 36900, 2018, 76500, 2, 4, "Manual", "Breda"),
    ("Mercedes Sprinter Hymer Grand Canyon S", 89900, 2021, 33100, 2, 4, "Automatic", "Den Haag"),
    ("Toyota Proace Verso camper", 42800, 2020, 58900, 2, 5, "Manual", "Leiden"),
    ("Fiat Ducato Weinsberg CaraBus 600 MQ", 41500, 2019, 64000, 3, 4, "Manual", "Nijmegen"),
    ("Volkswagen Crafter Grand California 600", 72400, 2022, 21000, 4, 4, "Automatic", "Haarlem"),
    ("Opel Vivaro Crosscamp Lite", 45900, 2021, 30500, 2, 4, "Manual", "Maastricht"),
    ("Citroën SpaceTourer Pössl Campster", 43300, 2019, 69800, 4, 5, "Manual", "Apeldoorn"),
    ("Nissan NV300 Kampa", 34900, 2018, 99000, 2, 5, "Manual", "Tilburg"),
    ("Mercedes Vito Westfalia Jules Verne", 29900, 2012, 214000, 4, 4, "Automatic", "Amersfoort"),
    ("Fiat Ducato Knaus BoxStar 600", 52600, 2021, 41200, 2, 4, "Manual", "Deventer"),
    ("Volkswagen T5 California Beach", 26500, 2010, 246000, 4, 5, "Manual", "Alkmaar"),
    ("MAN TGE Vanster Sportvan", 61900, 2022, 18700, 2, 4, "Automatic", "Enschede"),
    ("Ford Transit Westfalia Nugget Plus", 56800, 2020, 52600, 4, 4, "Automatic", "Delft"),
    ("Peugeot Boxer Dreamer Fun Cooker", 38400, 2017, 104500, 2, 4, "Manual", "Venlo"),
    ("Renault Master Pilote Vantana", 44900, 2019, 71700, 2, 4, "Manual", "Leeuwarden"),
    ("Citroën Jumper Westfalia Columbus 600D", 47900, 2018, 66400, 2, 4, "Manual", "Hilversum"),
    ("Volkswagen ID. Buzz camper conversion", 79500, 2024, 6900, 2, 5, "Automatic", "Utrecht"),
]
_VAN_SELLERS = ("Dealer", "Private", "Dealer", "Dealer", "Private")


def _spec_img(icon: str, alt: str, value: str) -> str:
    return f'<span class="van-spec"><img class="van-spec__ico" src="/static/icons/{icon}.svg" alt="{alt}" width="16" height="16">{value}</span>'


def _spec_font(icon: str, value: object) -> str:
    return f'<span class="van-spec"><i class="ico ico-{icon}" aria-hidden="true"></i>{value}</span>'


def _van_card(index: int, van: tuple[Any, ...]) -> str:
    title, price, year, km, berths, seats, gearbox, location = van
    code = f"rv{58231 + index * 17}"
    seller = _VAN_SELLERS[index % len(_VAN_SELLERS)]
    badge = '<span class="van__badge">Price drop</span>' if index % 6 == 2 else ""
    return f"""<li class="van" id="{code}">
      <a href="/campers/{slug(title)}/{code}/" class="van__link">
        <div class="van__photo"><img src="/photos/{code}/1.jpg" alt="{esc(title)}">{badge}</div>
        <div class="van__info">
          <h2 class="van__title">{esc(title)}</h2>
          <div class="van__specs">{_spec_img("calendar", "Year", year)}{_spec_img("odometer", "Mileage", f"{km:,} km".replace(",", "."))}{_spec_font("bed", berths)}{_spec_font("seatbelt", seats)}{_spec_font("gearbox", gearbox)}</div>
          <div class="van__price">€ {f"{price:,}".replace(",", ".")},-</div>
          <div class="van__foot"><span class="van__place">{esc(location)}</span> · <span class="van__seller">{seller}</span></div>
        </div>
      </a>
    </li>"""


@site
def build_roamvans() -> None:
    s = Site(
        "roamvans",
        kind="campervan classifieds (icon-labelled specs)",
        start="campers/",
        description="Campervans for sale: year and mileage beside <img alt> icons, berths, seats and gearbox beside icon-font <i> elements; Dutch price format, a lease banner inside the list.",
    )
    pages = chunks(list(range(len(VANS))), [10, 8, 6])
    paths = ["campers/index.html", "campers/p2/index.html", "campers/p3/index.html"]
    links = ["/campers/", "/campers/p2/", "/campers/p3/"]
    for number, indexes in enumerate(pages, 1):
        cards = [_van_card(i, VANS[i]) for i in indexes]
        cards.insert(
            3,
            '<li class="lease-banner"><a href="/lease/?utm_campaign=grid"><strong>Private lease a camper from € 649 p/m</strong> <span>All-in, 4 years, 10.000 km per year</span></a></li>',
        )
        pager = "".join(
            f"""<li><a href="{links[n - 1]}"{' aria-current="page"' if n == number else ""}>{n}</a></li>"""
            for n in range(1, 4)
        )
        if number < 3:
            pager += f'<li><a href="{links[number]}" class="next" aria-label="Next page">›</a></li>'
        page = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Campervans for sale{"" if number == 1 else f" – page {number}"} | RoamVans</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/rv.min.css"><link rel="stylesheet" href="/static/fonts/rv-icons.css"></head>
<body>
<header class="hdr"><a href="/" class="hdr__logo"><img src="/static/logo.svg" alt="RoamVans"></a>
<ul class="hdr__menu"><li><a href="/campers/">Buy</a></li><li><a href="/sell/">Sell your camper</a></li><li><a href="/lease/">Lease</a></li><li><a href="/magazine/">Magazine</a></li></ul>
<a class="hdr__saved" href="/saved/"><i class="ico ico-heart"></i> Saved <span class="hdr__count">0</span></a></header>
<div class="wrap">
<div class="crumbs"><a href="/">Home</a> › <span>Campervans</span></div>
<h1 class="page-title">Campervans for sale <span class="page-title__count">{len(VANS)} results</span></h1>
<div class="sortbar">Sort by: <select><option>Newest</option><option>Price (low to high)</option><option>Mileage</option></select></div>
<div class="cols">
<section class="filters"><h3>Brand</h3><ul><li><label><input type="checkbox"> Volkswagen <span>(7)</span></label></li><li><label><input type="checkbox"> Fiat <span>(4)</span></label></li><li><label><input type="checkbox"> Mercedes <span>(4)</span></label></li></ul>
<h3>Berths</h3><ul><li><label><input type="checkbox"> <i class="ico ico-bed"></i> 2</label></li><li><label><input type="checkbox"> <i class="ico ico-bed"></i> 3+</label></li></ul></section>
<ul class="vans">
    {(chr(10) + "    ").join(cards)}
</ul>
</div>
<nav class="pages"><ul>{pager}</ul></nav>
</div>
<footer class="ftr"><p>RoamVans B.V. · KvK 81234567 · <a href="/terms/">Terms</a> · <a href="/cookies/">Cookies</a></p></footer>
</body>
</html>"""
        s.list_page(paths[number - 1], page)
    for index, (title, price, year, km, berths, seats, gearbox, location) in enumerate(VANS):
        code = f"rv{58231 + index * 17}"
        s.expect(
            {
                "title": title,
                "url": f"/campers/{slug(title)}/{code}/",
                "price": float(price),
                "currency": "EUR",
                "year": year,
                "mileage_km": km,
                "berths": berths,
                "seats": seats,
                "transmission": gearbox,
                "location": location,
                "seller": _VAN_SELLERS[index % len(_VAN_SELLERS)],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# parkside-league (FROZEN): an amateur football league's results table; date rows (a <th colspan>)
# split the match rows, so a match's date is in the row above its group.
# ---------------------------------------------------------------------------------------------------

LEAGUE_TEAMS = [
    "Parkside Rovers",
    "Eastgate United",
    "Millbrook Town",
    "St. Aidan's FC",
    "Harrow Lane Athletic",
    "Canal Street Rangers",
    "Oakfield Wanderers",
    "Brewery Arms FC",
    "Northside Celtic",
    "Fenwick Albion",
]
LEAGUE_GROUNDS = (
    "Parkside Rec",
    "Eastgate Fields",
    "Millbrook Park",
    "Abbey Road Pitch 2",
    "Harrow Lane",
    "Canal Basin Ground",
)


def _league_matches() -> list[dict[str, Any]]:
    rng = random.Random(77)
    out = []
    first = date(2026, 1, 10)
    for week in range(8):
        day = first + timedelta(days=7 * week)
        teams = LEAGUE_TEAMS[:]
        rng.shuffle(teams)
        for game in range(3):
            home, away = teams[2 * game], teams[2 * game + 1]
            played = not (week == 7 and game == 2)
            out.append(
                {
                    "date": day,
                    "kickoff": rng.choice(["10:30", "14:00", "14:00", "15:00"]),
                    "home": home,
                    "away": away,
                    "home_goals": rng.randint(0, 4) if played else None,
                    "away_goals": rng.randint(0, 3) if played else None,
                    "ground": rng.choice(LEAGUE_GROUNDS),
                    "id": 5100 + week * 10 + game,
                }
            )
    return out


@site
def build_parkside_league() -> None:
    s = Site(
        "parkside-league",
        kind="fixtures table (date rows group the matches)",
        start="division-one/results.html",
        description="Amateur league results: one table whose date rows (a th spanning the row) head the match rows below them.",
    )
    matches = _league_matches()
    pages = chunks(matches, [9, 9, 6])
    paths = ["division-one/results.html", "division-one/results-2.html", "division-one/results-3.html"]
    for number, page_matches in enumerate(pages, 1):
        rows, current = [], None
        for m in page_matches:
            if m["date"] != current:
                current = m["date"]
                rows.append(
                    f'<tr class="fx-date"><th colspan="5">{current.strftime("%A %d %B %Y").replace(" 0", " ")}</th></tr>'
                )
            score = (
                f"{m['home_goals']} – {m['away_goals']}"
                if m["home_goals"] is not None
                else '<span class="fx-pp">P–P</span>'
            )
            rows.append(
                f"""<tr class="fx">
          <td class="fx-ko">{m["kickoff"]}</td>
          <td class="fx-home"><a href="/teams/{slug(m["home"])}/">{esc(m["home"])}</a></td>
          <td class="fx-score"><a href="/match/{m["id"]}/">{score}</a></td>
          <td class="fx-away"><a href="/teams/{slug(m["away"])}/">{esc(m["away"])}</a></td>
          <td class="fx-ground">{esc(m["ground"])}</td>
        </tr>"""
            )
        older = f'<a href="/{paths[number]}" class="older">Older results »</a>' if number < 3 else ""
        newer = f'<a href="/{paths[number - 2]}" class="newer">« Newer results</a>' if number > 1 else ""
        page = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Division One results{"" if number == 1 else f" (page {number})"} – Parkside Sunday League</title>
<link rel="stylesheet" href="/css/league.css"></head>
<body>
<div id="masthead"><a href="/"><img src="/img/crest.png" alt="Parkside Sunday League"></a>
<ul id="menu"><li><a href="/division-one/table.html">Table</a></li><li><a href="/division-one/results.html" class="current">Results</a></li><li><a href="/division-one/fixtures.html">Fixtures</a></li><li><a href="/clubs/">Clubs</a></li><li><a href="/referees/">Referees</a></li></ul></div>
<div id="main">
<h1>Division One – results</h1>
<p class="intro">Season 2025/26. P–P: postponed (waterlogged pitch). Scores are home – away.</p>
<table class="fixtures" summary="Results">
  <thead><tr><th>K.O.</th><th>Home</th><th>Score</th><th>Away</th><th>Ground</th></tr></thead>
  <tbody>
        {(chr(10) + "        ").join(rows)}
  </tbody>
</table>
<p class="paging">{newer} {older}</p>
</div>
<div id="side"><h3>Top scorers</h3><table class="mini"><tr><td>D. Okafor</td><td>Eastgate United</td><td>11</td></tr><tr><td>L. Marsh</td><td>Millbrook Town</td><td>9</td></tr><tr><td>R. Singh</td><td>Fenwick Albion</td><td>8</td></tr></table>
<h3>Sponsor</h3><a href="https://www.brewery-arms.example/"><img src="/img/sponsor.png" alt="The Brewery Arms – proud league sponsor"></a></div>
<div id="foot">Parkside Sunday League · affiliated to the County FA · <a href="/contact/">Contact the league secretary</a></div>
</body></html>"""
        s.list_page(paths[number - 1], page)
    for m in matches:
        s.expect(
            {
                "home": m["home"],
                "away": m["away"],
                "url": f"/match/{m['id']}/",
                "home_goals": m["home_goals"],
                "away_goals": m["away_goals"],
                "date": m["date"].isoformat(),
                "time": m["kickoff"],
                "ground": m["ground"],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# byteline (FROZEN): a Hacker-News-style link aggregator; each story spans two table rows.
# ---------------------------------------------------------------------------------------------------

STORIES = [
    ("Show BN: I built a tiny SQLite replication tool in 600 lines of Go", None, "mkovac", 412, 138),
    (
        "The hidden cost of microservices at small companies",
        "https://blog.rainforest.test/microservices-cost",
        "tptacek_fan",
        389,
        251,
    ),
    ("Why the Linux kernel still uses C", "https://lwn.test/Articles/971022/", "corbet", 301, 402),
    ("A visual guide to how transformers work", "https://jalammar.test/illustrated-transformer-2026", "anvil", 288, 45),
    ("Postgres 18 released", "https://www.postgresql.test/about/news/postgresql-18-released-3121/", "pgdev", 870, 233),
    ("Ask BN: What is your favourite underrated command-line tool?", None, "shellfish", 254, 319),
    (
        "Reverse engineering a 1980s pocket calculator",
        "https://www.righto.test/2026/03/calculator-reverse.html",
        "kens",
        233,
        38,
    ),
    ("Mistral-style attention sinks explained", "https://arxiv.test/abs/2603.04112", "lmgtfy", 121, 19),
    (
        "Parcelly (YC W24) is hiring senior backend engineers in Amsterdam",
        "https://www.ycombinator.test/companies/parcelly/jobs/4471",
        None,
        None,
        None,
    ),
    (
        "The surprising economics of public toilets",
        "https://www.economist.test/finance/2026/03/17/public-toilets",
        "rmason",
        98,
        77,
    ),
    (
        "How we cut our AWS bill by 60% by moving to bare metal",
        "https://engineering.quillstack.test/aws-to-bare-metal",
        "opsguy",
        615,
        402,
    ),
    (
        "Rust 1.94 stabilises async closures",
        "https://blog.rust-lang.test/2026/03/19/Rust-1.94.0.html",
        "steveklabnik_",
        502,
        188,
    ),
    ("Show BN: A browser extension that summarises terms of service", None, "tosdr", 77, 41),
    (
        "An oral history of the Xerox Alto",
        "https://computerhistory.test/blog/xerox-alto-oral-history/",
        "dang_it",
        164,
        29,
    ),
    ("Tell BN: Our startup failed, here is what we learned", None, "founder_no3", 339, 146),
    ("Typst 1.0", "https://typst.test/blog/2026/typst-1-0/", "laurmaedje", 712, 290),
    ("The case against the 10x engineer", "https://newsletter.pragmatic.test/p/10x-engineer", "gergely", 188, 356),
    (
        "Building a home lab on a budget in 2026",
        "https://www.servethehome.test/home-lab-budget-2026/",
        "homelabber",
        143,
        92,
    ),
    (
        "Compiling Python to WebAssembly with Pyodide 0.30",
        "https://pyodide.test/en/latest/project/release-notes/v0.30.html",
        "hoodmane",
        96,
        23,
    ),
    ("What happened to the semantic web?", "https://www.inkandswitch.test/essay/semantic-web/", "rdf_hater", 211, 174),
    ("Ask BN: How do you keep up with papers in your field?", None, "phd_student", 87, 64),
    (
        "Floppy disks are still used to update airplane software",
        "https://www.theregister.test/2026/03/18/boeing_floppy/",
        "retrocomp",
        276,
        133,
    ),
    ("Designing a faster JSON parser with SIMD", "https://lemire.test/blog/2026/03/16/json-simd/", "lemire", 321, 57),
    (
        "Mozilla announces a new independent search index",
        "https://blog.mozilla.test/en/mozilla/search-index/",
        "bugzilla",
        458,
        312,
    ),
    (
        "The quiet death of the RSS reader (and its rebirth)",
        "https://www.wired.test/story/rss-rebirth/",
        "feedly_fan",
        132,
        98,
    ),
    (
        "Show BN: Open-source alternative to Calendly built on CalDAV",
        "https://github.test/slotbook/slotbook",
        "slotbook",
        205,
        71,
    ),
    (
        "Understanding Git's packfile format",
        "https://codewords.recurse.test/issues/three/unpacking-git-packfiles",
        "recurser",
        119,
        16,
    ),
    (
        "Coinfold (YC S23) is hiring a security engineer in Lisbon",
        "https://www.ycombinator.test/companies/coinfold/jobs/1020",
        None,
        None,
        None,
    ),
    (
        "Why does the moon look bigger near the horizon?",
        "https://www.quantamagazine.test/moon-illusion-20260315/",
        "stargazer",
        88,
        61,
    ),
    (
        "I replaced my smartphone with a dumb phone for a year",
        "https://www.nytimes.test/2026/03/14/technology/dumb-phone-year.html",
        "offgrid",
        403,
        527,
    ),
    ("Zig 0.15 release notes", "https://ziglang.test/download/0.15.0/release-notes.html", "andrewrk_", 267, 140),
    (
        "The Web Almanac 2026: JavaScript chapter",
        "https://almanac.httparchive.test/en/2026/javascript",
        "httparchive",
        74,
        12,
    ),
    ("Launch BN: Ferrocene Labs – certified Rust for cars", None, "ferrocene", 156, 88),
    (
        "Tiny ML models on microcontrollers are finally practical",
        "https://petewarden.test/2026/03/13/tiny-ml/",
        "pwarden",
        199,
        47,
    ),
    ("Ask BN: Is it worth learning Haskell in 2026?", None, "monad_curious", 112, 203),
    ("The history of the Unicode snowman", "https://unicode.test/blog/snowman-history/", "codepoint", 61, 14),
    ("A practical guide to database indexing", "https://use-the-index-luke.test/sql/anatomy", "winand", 344, 66),
    (
        "Europe's first exascale supercomputer comes online",
        "https://www.fz-juelich.test/en/news/jupiter-exascale",
        "hpcnews",
        231,
        109,
    ),
    (
        "Show BN: Terminal UI for Kubernetes that fits in 2 MB",
        "https://github.test/kubetui/kubetui",
        "kubetui",
        178,
        53,
    ),
    ("Why our CDN bill dropped after enabling Brotli", "https://blog.cdnly.test/brotli-savings", "compressme", 84, 27),
    ("Notes on writing a CHIP-8 emulator", "https://austinmorlan.test/posts/chip8_emulator/", "emudev", 95, 21),
    (
        "The decline of the personal website",
        "https://www.theverge.test/2026/03/12/personal-websites-decline",
        "indieweb",
        176,
        184,
    ),
]


def _story_rows(rank: int, story: tuple[Any, ...]) -> tuple[str, str]:
    title, url, user, points, comments = story
    item_id = 43_021_990 - rank * 1_337
    href = url or f"item?id={item_id}"
    domain = ""
    if url:
        host = url.split("/")[2].removeprefix("www.")
        domain = f' <span class="sitebit comhead"> (<a href="from?site={host}"><span class="sitestr">{host}</span></a>)</span>'
    age_h = 1 + rank * 2
    age = f"{age_h} hours ago" if age_h < 24 else f"{age_h // 24} day{'s' if age_h >= 48 else ''} ago"
    vote = (
        f'<a id="up_{item_id}" href="vote?id={item_id}&amp;how=up&amp;goto=news"><div class="votearrow" title="upvote"></div></a>'
        if user
        else ""
    )
    row1 = f"""<tr class="athing submission" id="{item_id}">
      <td align="right" valign="top" class="title"><span class="rank">{rank}.</span></td>      <td valign="top" class="votelinks"><center>{vote}</center></td><td class="title"><span class="titleline"><a href="{esc(href)}">{esc(title)}</a>{domain}</span></td></tr>"""
    if user:
        comment_text = f"{comments}&nbsp;comments" if comments else "discuss"
        sub = f"""<span class="score" id="score_{item_id}">{points} points</span> by <a href="user?id={user}" class="hnuser">{user}</a> <span class="age" title="2026-03-20T{(23 - age_h % 24):02d}:14:07 1774049647"><a href="item?id={item_id}">{age}</a></span> <span id="unv_{item_id}"></span> | <a href="hide?id={item_id}&amp;goto=news">hide</a> | <a href="item?id={item_id}">{comment_text}</a>"""
    else:
        sub = f"""<span class="age" title="2026-03-20T08:00:00 1774000000"><a href="item?id={item_id}">{age}</a></span> | <a href="hide?id={item_id}&amp;goto=news">hide</a>"""
    row2 = f"""<tr><td colspan="2"></td><td class="subtext"><span class="subline">
            {sub}
              </span>
              </td></tr>
      <tr class="spacer" style="height:5px"></tr>"""
    return row1, row2


@site
def build_byteline() -> None:
    s = Site(
        "byteline",
        kind="link aggregator (two-row table records)",
        start="news.html",
        description="A Hacker-News-style front page: each story is a title row plus a subtext row in one big table.",
    )
    pages = chunks(list(enumerate(STORIES, 1)), [15, 15, 12])
    names = ["news.html", "news2.html", "news3.html"]
    for number, stories in enumerate(pages, 1):
        rows = []
        for rank, st in stories:
            r1, r2 = _story_rows(rank, st)
            rows.append(r1 + "\n" + r2)
        more = (
            f'<tr class="morespace" style="height:10px"></tr><tr><td colspan="2"></td><td class="title"><a href="{names[number]}" class="morelink" rel="next">More</a></td></tr>'
            if number < len(pages)
            else ""
        )
        page = f"""<html lang="en" op="news"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="news.css?Xq3cz">
        <link rel="icon" href="y18.svg">
          <link rel="alternate" type="application/rss+xml" title="RSS" href="rss">
        <title>Byteline News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
        <tr><td bgcolor="#2266aa"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://byteline.test"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
                  <td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news.html">Byteline News</a></b>
                            <a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a>            </span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
                              <a href="login?goto=news">login</a>
                          </span></td>
              </tr></table></td></tr>
<tr id="pagespace" title="" style="height:10px"></tr><tr><td><table border="0" cellpadding="0" cellspacing="0">
            {"".join(rows)}
            {more}
        </table>
</td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#2266aa"></td></tr></table><br>
<center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="https://github.test/byteline/API">API</a> | <a href="security.html">Security</a> | <a href="legal">Legal</a> | <a href="apply">Apply to BL</a> | <a href="mailto:bl@byteline.test">Contact</a></span><br><br>
<form method="get" action="//search.byteline.test/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center></body></html>"""
        s.list_page(names[number - 1], page)
    for rank, (title, url, user, points, comments) in enumerate(STORIES, 1):
        item_id = 43_021_990 - rank * 1_337
        s.expect(
            {
                "title": title,
                "url": url or f"/item?id={item_id}",
                "site": url.split("/")[2].removeprefix("www.") if url else None,
                "points": points,
                "author": user,
                "comments": comments or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# preprints (FROZEN): an arXiv-style listing; one dl where each paper is a dt (ids) + dd (metadata)
# pair, grouped under day headings.
# ---------------------------------------------------------------------------------------------------

PAPERS = [
    (
        "2026-03-20",
        "Sparse Mixture-of-Experts Routing with Learned Capacity Factors",
        ["Lin Chen", "Aditi Rao", "Marco Bellini"],
        "14 pages, 6 figures",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-20",
        "On the Calibration of Large Language Models under Distribution Shift",
        ["Sofia Almeida", "Jonas Weber"],
        "Accepted at ICLR 2026",
        "Computation and Language (cs.CL)",
    ),
    (
        "2026-03-20",
        "Graph Neural Networks for Power Grid Fault Localisation",
        ["Tomás Herrera", "Ewa Nowak", "Kwame Mensah", "Li Wei"],
        None,
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-20",
        "Federated Learning with Differentially Private Adaptive Clipping",
        ["Hannah Okoro", "Pierre Lambert"],
        "22 pages",
        "Cryptography and Security (cs.CR)",
    ),
    (
        "2026-03-20",
        "A Benchmark for Long-Horizon Robotic Manipulation from Language",
        ["Yuki Tanaka", "Daniel Brooks", "Amara Diallo"],
        "Project page and code available",
        "Robotics (cs.RO)",
    ),
    (
        "2026-03-20",
        "Scaling Laws for Tabular Foundation Models",
        ["Rafael Costa", "Ingrid Solberg"],
        "9 pages, 4 figures, 3 tables",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-20",
        "Neural Operators for Turbulent Flow Super-Resolution",
        ["Mei Lin", "Oliver Grant"],
        None,
        "Fluid Dynamics (physics.flu-dyn)",
    ),
    (
        "2026-03-20",
        "Provably Efficient Exploration in Constrained Markov Decision Processes",
        ["Arjun Mehta", "Claire Dubois", "Felix Wagner"],
        "COLT 2026",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-19",
        "Contrastive Pretraining for Satellite Image Time Series",
        ["Nadia Haddad", "Lukas Novak"],
        "Preprint, under review",
        "Computer Vision and Pattern Recognition (cs.CV)",
    ),
    (
        "2026-03-19",
        "Energy-Based Models Revisited: Training Stability at Scale",
        ["Grace Liu", "Samuel Adeyemi", "Hiro Sato"],
        "18 pages",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-19",
        "Uncertainty Quantification in Weather Forecasting Transformers",
        ["Emma Lindqvist", "Carlos Ruiz"],
        None,
        "Atmospheric and Oceanic Physics (physics.ao-ph)",
    ),
    (
        "2026-03-19",
        "Tokenizer-Free Language Modelling with Byte-Level State Space Models",
        ["Ivan Petrov", "Julia Schmidt"],
        "Code at the project repository",
        "Computation and Language (cs.CL)",
    ),
    (
        "2026-03-19",
        "Causal Discovery from Interventional Data with Latent Confounders",
        ["Fatima Zahra", "Michael O'Brien"],
        "UAI 2026",
        "Machine Learning (stat.ML)",
    ),
    (
        "2026-03-19",
        "Efficient Fine-Tuning of Vision Transformers with Low-Rank Adapters",
        ["Chen Jie", "Laura Rossi", "Benjamin Hall"],
        "11 pages, 5 figures",
        "Computer Vision and Pattern Recognition (cs.CV)",
    ),
    (
        "2026-03-19",
        "Learning to Route Vehicles with Graph Attention and Local Search",
        ["Ahmed Karim", "Sara Johansson"],
        None,
        "Artificial Intelligence (cs.AI)",
    ),
    (
        "2026-03-18",
        "Adversarial Robustness of Speech Recognition Systems to Room Acoustics",
        ["Olga Ivanova", "Tom Fischer"],
        "Submitted to Interspeech 2026",
        "Sound (cs.SD)",
    ),
    (
        "2026-03-18",
        "Memory-Efficient Backpropagation through Reversible Residual Networks",
        ["Kenji Mori", "Anna Kowalska"],
        "13 pages",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-18",
        "A Survey of Retrieval-Augmented Generation Evaluation",
        ["Priya Natarajan", "George Papadopoulos", "Mia Jensen"],
        "45 pages, survey",
        "Computation and Language (cs.CL)",
    ),
    (
        "2026-03-18",
        "Spectral Methods for Community Detection in Sparse Hypergraphs",
        ["Lucas Martin", "Noor Hassan"],
        None,
        "Statistics Theory (math.ST)",
    ),
    (
        "2026-03-18",
        "Diffusion Policies for Dexterous In-Hand Manipulation",
        ["Ryo Kobayashi", "Elena Moreno"],
        "Video results on the project page",
        "Robotics (cs.RO)",
    ),
    (
        "2026-03-18",
        "Interpretable Credit Scoring with Monotonic Gradient Boosting",
        ["David Cohen", "Ama Owusu"],
        "8 pages",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-18",
        "Self-Supervised Depth Estimation for Endoscopic Video",
        ["Isabel Fernández", "Raj Patel"],
        "MICCAI 2026 submission",
        "Image and Video Processing (eess.IV)",
    ),
    (
        "2026-03-18",
        "Bayesian Optimisation of Chemical Reaction Conditions with Multi-Fidelity Data",
        ["Stefan Horvat", "Leila Ahmadi"],
        None,
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-18",
        "Quantifying Data Contamination in Code Generation Benchmarks",
        ["Nathan Price", "Yara Khalil", "Bo Zhang"],
        "17 pages, 8 tables",
        "Software Engineering (cs.SE)",
    ),
    (
        "2026-03-17",
        "Learning Physical Simulators from Video with Neural Radiance Fields",
        ["Aiko Yamamoto", "Victor Hugo Silva"],
        None,
        "Computer Vision and Pattern Recognition (cs.CV)",
    ),
    (
        "2026-03-17",
        "Optimal Transport for Domain Adaptation in Medical Imaging",
        ["Marta Giordano", "Kofi Boateng"],
        "12 pages",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-17",
        "Towards Fair Ranking in Two-Sided Marketplaces",
        ["Hugo Lefebvre", "Sanjana Iyer"],
        "WWW 2026",
        "Information Retrieval (cs.IR)",
    ),
    (
        "2026-03-17",
        "Stochastic Rounding for Low-Precision Training of Large Models",
        ["Peter Novak", "Ji-woo Park"],
        "10 pages, 7 figures",
        "Machine Learning (cs.LG)",
    ),
    (
        "2026-03-17",
        "Agent-Based Modelling of Housing Markets with Learned Behaviours",
        ["Rebecca Stone", "Ibrahim Musa"],
        None,
        "General Economics (econ.GN)",
    ),
    (
        "2026-03-17",
        "Continual Learning without Replay via Weight Interpolation",
        ["Zoe Clarke", "Mateo Álvarez"],
        "CVPR 2026 workshop",
        "Machine Learning (cs.LG)",
    ),
]


def _paper_entry(index: int, paper: tuple[Any, ...], number_on_page: int) -> str:
    _day, title, authors, comments, subject = paper
    pid = f"2603.{11840 - index * 37:05d}"
    author_links = ",\n          ".join(f'<a href="/a/{slug(a).replace("-", "_")}_1">{esc(a)}</a>' for a in authors)
    comments_html = (
        f'\n        <div class="list-comments mathjax"><span class="descriptor">Comments:</span>\n          {esc(comments)}\n        </div>'
        if comments
        else ""
    )
    secondary = "; Artificial Intelligence (cs.AI)" if "cs.LG" in subject and index % 3 == 0 else ""
    return f"""<dt>
        <a name="item{number_on_page}">[{number_on_page}]</a>&nbsp;
        <a href="/abs/{pid}" title="Abstract" id="{pid}">arXiv:{pid}</a>
        [<a href="/pdf/{pid}" title="Download PDF" id="pdf-{pid}" aria-labelledby="pdf-{pid}">pdf</a>, <a href="/html/{pid}v1" title="View HTML" id="html-{pid}" aria-labelledby="html-{pid}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/{pid}" title="Other formats" id="oth-{pid}" aria-labelledby="oth-{pid}">other</a>]
      </dt>
      <dd>
        <div class='meta'>
          <div class='list-title mathjax'><span class='descriptor'>Title:</span>
            {esc(title)}
          </div>
          <div class='list-authors'>
          {author_links}
          </div>{comments_html}
          <div class='list-subjects'><span class='descriptor'>Subjects:</span>
            <span class="primary-subject">{esc(subject)}</span>{secondary}
          </div>
        </div>
      </dd>"""


@site
def build_preprints() -> None:
    s = Site(
        "preprints",
        kind="definition-list pairs (dt ids + dd metadata), grouped by day",
        start="list/cs.LG/recent.html",
        description="An arXiv-style 'recent submissions' listing: one dl per day heading, each paper a dt/dd pair.",
    )
    indexed = list(enumerate(PAPERS))
    pages = chunks(indexed, [12, 12, 6])
    names = ["list/cs.LG/recent.html", "list/cs.LG/recent-p2.html", "list/cs.LG/recent-p3.html"]
    for number, papers in enumerate(pages, 1):
        sections = []
        n = (number - 1) * 12
        days: list[str] = []
        for _, p in papers:
            if p[0] not in days:
                days.append(p[0])
        for day in days:
            group = [(i, p) for i, p in papers if p[0] == day]
            entries = []
            for i, p in group:
                n += 1
                entries.append(_paper_entry(i, p, n))
            d = date.fromisoformat(day)
            total_day = sum(1 for p in PAPERS if p[0] == day)
            sections.append(
                f"""<h3>{d:%a}, {d.day} {d:%b} {d.year} (showing {len(group)} of {total_day} entries )</h3>
    <dl id='articles'>
      {"".join(entries)}
    </dl>"""
            )
        links = " | ".join(
            f"<a href='/{name}'>{(k - 1) * 12 + 1}-{min(k * 12, len(PAPERS))}</a>"
            if k != number
            else f"<span>{(k - 1) * 12 + 1}-{min(k * 12, len(PAPERS))}</span>"
            for k, name in enumerate(names, 1)
        )
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>  <title>Machine Learning  recent submissions</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20241206" />
  <script src="//static.arxiv.test/MathJax-2.7.3/MathJax.js"></script>
</head>
<body  class="with-cu-identity">
  <div class="flex-wrap-footer">
    <header>
      <a href="#content" class="is-sr-only">Skip to main content</a>
      <div id="cu-identity"><div id="cu-logo"><a href="https://www.cornell.test/"><img src="/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg" alt="Cornell University" /></a></div><div id="support-ack"><a href="https://info.arxiv.test/about/ourmembers.html">We gratefully acknowledge support from the Simons Foundation, member institutions, and all contributors.</a> <a href="https://info.arxiv.test/about/donate.html" class="btn-header-donate">Donate</a></div></div>
      <div id="header" class="is-hidden-mobile"><a aria-hidden="true" tabindex="-1" href="/IgnoreMe"></a><div class="header-breadcrumbs"><a href="/"><img src="/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg" alt="arxiv logo" style="height:40px;"/></a> <span>&gt;</span> <a href="/list/cs.LG/recent.html">cs.LG</a></div>
        <div class="search-block level-right"><form class="level-item mini-search" method="GET" action="https://arxiv.test/search"><input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms" /><button class="button is-small is-cul-darker">Search</button></form></div>
      </div>
    </header>
    <main>
    <div id="content">
<div id='content-inner'>
  <div id='dlpage'>
    <h1>Machine Learning</h1>
    <h2>Authors and titles for recent submissions</h2>
    <div class='paging'>Total of {len(PAPERS)} entries : {links}</div>
    <ul>{"".join(f"<li><a href='#item{k}'>{date.fromisoformat(dd):%a}, {date.fromisoformat(dd).day} {date.fromisoformat(dd):%b} {date.fromisoformat(dd).year}</a></li>" for k, dd in enumerate(days, 1))}</ul>
    {"".join(sections)}
    <div class='paging'>Total of {len(PAPERS)} entries : {links}</div>
    {f"<div class='morefewer'>Showing up to 12 entries per page: <a href='/{names[number]}' rel='next'>next page</a></div>" if number < len(pages) else ""}
  </div>
</div>
    </div>
    </main>
    <footer style="clear: both;"><div class="columns is-desktop" role="navigation" aria-label="Secondary"><div class="column"><ul class="nav-spaced"><li><a href="https://info.arxiv.test/about">About</a></li><li><a href="https://info.arxiv.test/help">Help</a></li></ul></div><div class="column"><ul class="nav-spaced"><li><a href="https://info.arxiv.test/help/contact.html">Contact</a></li><li><a href="https://info.arxiv.test/help/subscribe">Subscribe</a></li></ul></div><div class="column"><ul class="nav-spaced"><li><a href="https://info.arxiv.test/help/license/index.html">Copyright</a></li><li><a href="https://info.arxiv.test/help/policies/privacy_policy.html">Privacy Policy</a></li></ul></div></div></footer>
  </div>
</body>
</html>"""
        s.list_page(names[number - 1], page)
    for index, (day, title, authors, comments, subject) in enumerate(PAPERS):
        pid = f"2603.{11840 - index * 37:05d}"
        s.expect(
            {
                "id": f"arXiv:{pid}",
                "title": title,
                "url": f"/abs/{pid}",
                "pdf_url": f"/pdf/{pid}",
                "authors": authors,
                "comments": comments,
                "subject": subject,
                "date": day,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# nestfinder (FROZEN): property search in CSS-modules classes; icon-labelled counts, price qualifiers.
# ---------------------------------------------------------------------------------------------------

HOMES = [
    (
        "2 bed flat for sale",
        "Flat 3, 14 Elm Grove, London SE15 5DE",
        425000,
        "Guide price",
        2,
        1,
        689,
        "Foxley & Co",
        "2026-03-19",
    ),
    (
        "3 bed terraced house for sale",
        "Bellenden Road, Peckham, London SE15",
        850000,
        None,
        3,
        2,
        1184,
        "Kinleigh Rowe",
        "2026-03-19",
    ),
    ("1 bed flat for sale", "Rye Lane, London SE15", 310000, "Offers over", 1, 1, 512, "Foxley & Co", "2026-03-18"),
    (
        "4 bed semi-detached house for sale",
        "Lyndhurst Grove, London SE15",
        1250000,
        "Guide price",
        4,
        2,
        1890,
        "Hamptons South",
        "2026-03-18",
    ),
    ("Studio flat for sale", "Queens Road, London SE15", 235000, None, 0, 1, 340, "Openrent Sales", "2026-03-17"),
    (
        "2 bed maisonette for sale",
        "Choumert Road, London SE15",
        540000,
        None,
        2,
        1,
        812,
        "Wooster Estates",
        "2026-03-16",
    ),
    (
        "3 bed end of terrace house for sale",
        "Nunhead Lane, London SE15",
        775000,
        "Offers in excess of",
        3,
        1,
        1050,
        "Kinleigh Rowe",
        "2026-03-15",
    ),
    ("2 bed flat for sale", "Peckham Rye, London SE22", 499950, None, 2, 2, 748, "Hamptons South", "2026-03-14"),
    (
        "1 bed flat for sale",
        "Copeland Road, London SE15",
        365000,
        "Guide price",
        1,
        1,
        560,
        "Wooster Estates",
        "2026-03-13",
    ),
    (
        "5 bed detached house for sale",
        "Telegraph Hill, London SE14",
        1650000,
        None,
        5,
        3,
        2620,
        "Foxley & Co",
        "2026-03-12",
    ),
    ("2 bed flat for sale", "Asylum Road, London SE15", 410000, None, 2, 1, 701, "Openrent Sales", "2026-03-11"),
    (
        "3 bed flat for sale",
        "Camberwell Grove, London SE5",
        695000,
        "Offers over",
        3,
        2,
        1020,
        "Kinleigh Rowe",
        "2026-03-10",
    ),
    (
        "1 bed flat for sale",
        "Consort Road, London SE15",
        299000,
        "Shared ownership",
        1,
        1,
        488,
        "Clarion Homes",
        "2026-03-09",
    ),
    (
        "4 bed terraced house for sale",
        "Oglander Road, London SE15",
        1095000,
        None,
        4,
        2,
        1600,
        "Hamptons South",
        "2026-03-08",
    ),
    (
        "2 bed terraced house for sale",
        "Scylla Road, London SE15",
        640000,
        "Guide price",
        2,
        1,
        830,
        "Wooster Estates",
        "2026-03-07",
    ),
    ("3 bed maisonette for sale", "Hollydale Road, London SE15", 585000, None, 3, 1, 960, "Foxley & Co", "2026-03-06"),
    ("1 bed flat for sale", "Meeting House Lane, London SE15", 330000, None, 1, 1, 495, "Openrent Sales", "2026-03-05"),
    (
        "2 bed flat for sale",
        "Commercial Way, London SE15",
        375000,
        "Offers over",
        2,
        1,
        654,
        "Clarion Homes",
        "2026-03-04",
    ),
    (
        "3 bed semi-detached house for sale",
        "Wood Vale, London SE23",
        925000,
        None,
        3,
        2,
        1375,
        "Kinleigh Rowe",
        "2026-03-03",
    ),
    ("2 bed flat for sale", "Evelina Road, London SE15", 449000, None, 2, 1, 720, "Wooster Estates", "2026-03-02"),
    (
        "Studio flat for sale",
        "Old Kent Road, London SE15",
        199950,
        "Guide price",
        0,
        1,
        301,
        "Openrent Sales",
        "2026-03-01",
    ),
    (
        "4 bed end of terrace house for sale",
        "Nutbrook Street, London SE15",
        1175000,
        "Offers in excess of",
        4,
        3,
        1710,
        "Hamptons South",
        "2026-02-27",
    ),
    ("1 bed flat for sale", "Bird in Bush Road, London SE15", 285000, None, 1, 1, 470, "Clarion Homes", "2026-02-25"),
    ("2 bed flat for sale", "Lordship Lane, London SE22", 515000, None, 2, 1, 760, "Foxley & Co", "2026-02-24"),
    (
        "3 bed terraced house for sale",
        "Kimberley Avenue, London SE15",
        830000,
        "Guide price",
        3,
        1,
        1140,
        "Kinleigh Rowe",
        "2026-02-21",
    ),
    ("2 bed flat for sale", "Sumner Road, London SE15", 395000, None, 2, 2, 690, "Openrent Sales", "2026-02-19"),
    (
        "6 bed detached house for sale",
        "Honor Oak Road, London SE23",
        2100000,
        None,
        6,
        4,
        3400,
        "Hamptons South",
        "2026-02-17",
    ),
    ("1 bed flat for sale", "Ivydale Road, London SE15", 340000, None, 1, 1, 530, "Wooster Estates", "2026-02-14"),
    (
        "2 bed maisonette for sale",
        "Gibbon Road, London SE15",
        480000,
        "Offers over",
        2,
        1,
        790,
        "Foxley & Co",
        "2026-02-12",
    ),
    ("3 bed flat for sale", "Grove Lane, London SE5", 720000, None, 3, 2, 1090, "Kinleigh Rowe", "2026-02-10"),
]


def _home_card(index: int, home: tuple[Any, ...], featured: bool) -> str:
    title, address, price, qualifier, beds, baths, sqft, agent, day = home
    pid = 88_123_401 + index * 913
    d = date.fromisoformat(day)
    q = f'<span class="PropertyPrice_qualifier__5hVb1">{esc(qualifier)}</span>' if qualifier else ""
    beds_li = (
        f'<li class="PropertyCard_feature__Wn3kT"><svg class="Icon_icon__2aQ9r" aria-label="Bedrooms" role="img"><use href="#bed"></use></svg><span>{beds}</span></li>'
        if beds
        else '<li class="PropertyCard_feature__Wn3kT"><span>Studio</span></li>'
    )
    badge = '<div class="PropertyCard_badge__tR7oM">Featured property</div>' if featured else ""
    return f"""
        <div class="PropertyCard_card__9dK2m{" PropertyCard_featured__Jk20e" if featured else ""}" data-testid="property-card" id="property-{pid}">
          {badge}
          <a class="PropertyCard_imageLink__C4w0q" href="/property/{pid}" tabindex="-1"><img class="PropertyCard_image__r5Nqy" src="https://media.nestfinder.test/{pid}/main_640.jpg" alt="Picture No. 1" loading="lazy"><span class="PropertyCard_photoCount__1zD4a">1/{12 + index % 9}</span></a>
          <div class="PropertyCard_details__A8xPo">
            <div class="PropertyPrice_price__0p3Hc">{q}<p class="PropertyPrice_amount__Ie8Yz">£{price:,}</p></div>
            <h2 class="PropertyCard_title__Qw1eR"><a href="/property/{pid}">{esc(title)}</a></h2>
            <address class="PropertyCard_address__2b7Yt">{esc(address)}</address>
            <ul class="PropertyCard_features__0xP1c">
              {beds_li}
              <li class="PropertyCard_feature__Wn3kT"><svg class="Icon_icon__2aQ9r" aria-label="Bathrooms" role="img"><use href="#bath"></use></svg><span>{baths}</span></li>
              <li class="PropertyCard_feature__Wn3kT"><svg class="Icon_icon__2aQ9r" aria-label="Floor area" role="img"><use href="#area"></use></svg><span>{sqft:,} sq ft</span></li>
            </ul>
            <p class="PropertyCard_listed__n0Pqa">Added on {d:%d/%m/%Y} by <span class="PropertyCard_agent__Yh3sE">{esc(agent)}</span></p>
            <div class="PropertyCard_actions__7DpLs"><a class="Button_button__kL2s9 Button_secondary__8yBq1" href="/property/{pid}/contact">Contact</a><button class="Button_icon__vV3mN" aria-label="Save property">♡</button></div>
          </div>
        </div>"""


@site
def build_nestfinder() -> None:
    s = Site(
        "nestfinder",
        kind="real-estate listings (CSS modules)",
        start="for-sale/london/peckham/",
        description="Property search results: CSS-module class names, bed/bath counts labelled only by icons, UK dates.",
    )
    pages = chunks(list(enumerate(HOMES)), [12, 10, 8])
    hrefs = [
        "/for-sale/london/peckham/",
        "/for-sale/london/peckham/page-2.html",
        "/for-sale/london/peckham/page-3.html",
    ]
    for number, homes in enumerate(pages, 1):
        cards = [_home_card(i, h, featured=(k == 0)) for k, (i, h) in enumerate(homes)]
        cards.insert(
            5,
            """
        <aside class="MortgagePromo_promo__Zq8Xw"><h3 class="MortgagePromo_title__3mP0v">How much could you borrow?</h3><p>Get a mortgage in principle in 15 minutes with our partner, with no impact on your credit score.</p><a class="Button_button__kL2s9" href="https://partners.nestfinder.test/mortgages?src=srp">Check now</a><p class="MortgagePromo_legal__uN2bB">Your home may be repossessed if you do not keep up repayments on your mortgage.</p></aside>""",
        )
        prev_link = (
            f'<a class="Pagination_button__z0KcQ" href="{hrefs[number - 2]}">Previous</a>'
            if number > 1
            else '<button class="Pagination_button__z0KcQ" disabled>Previous</button>'
        )
        next_link = (
            f'<a class="Pagination_button__z0KcQ" href="{hrefs[number]}">Next</a>'
            if number < len(pages)
            else '<button class="Pagination_button__z0KcQ" disabled>Next</button>'
        )
        page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Property for sale in Peckham, South East London{"" if number == 1 else f" - page {number}"} | Nestfinder</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/7b21a4f0c3d9e8f1.css">
</head>
<body>
<svg style="display:none" aria-hidden="true"><symbol id="bed" viewBox="0 0 24 24"><path d="M3 12h18v6H3z"/></symbol><symbol id="bath" viewBox="0 0 24 24"><path d="M4 12h16v4H4z"/></symbol><symbol id="area" viewBox="0 0 24 24"><path d="M3 3h18v18H3z"/></symbol></svg>
<div id="__next">
  <header class="Header_header__M1k9c"><a class="Header_logo__Zp1f3" href="/">nestfinder</a><nav class="Header_nav__q2Wl8"><a href="/for-sale/">Buy</a><a href="/to-rent/">Rent</a><a href="/house-prices/">House prices</a><a href="/agents/">Find agents</a><a href="/mortgages/">Mortgages</a></nav><a class="Header_signin__7vX0b" href="/login">Sign in</a></header>
  <div class="SearchBar_bar__b3PqL"><input class="SearchBar_input__Sx1mF" value="Peckham, South East London"><select class="SearchBar_select__2Fhk0"><option>Any price</option></select><select class="SearchBar_select__2Fhk0"><option>Any beds</option></select><button class="Button_button__kL2s9">Search</button><button class="Button_secondary__8yBq1">Save search</button></div>
  <main class="SearchPage_main__tQ7fD">
    <div class="SearchPage_header__k3ZxR"><h1 class="SearchPage_title__P8b0n">Property for sale in Peckham, South East London</h1><p class="SearchPage_count__Vz5cM">{len(HOMES)} results</p><div class="SearchPage_sort__3sHqA">Sort: <select><option>Newest listed</option><option>Highest price</option><option>Lowest price</option></select></div></div>
    <div class="SearchPage_results__Ab2Jk">
      {"".join(cards)}
    </div>
    <nav class="Pagination_pagination__vX8sW" aria-label="Pagination">{prev_link}<span class="Pagination_status__Wc2oE">Page {number} of {len(pages)}</span>{next_link}</nav>
  </main>
  <section class="SeoLinks_links__Q7vX1"><h2>Property for sale in nearby areas</h2><ul><li><a href="/for-sale/london/camberwell/">Camberwell</a></li><li><a href="/for-sale/london/east-dulwich/">East Dulwich</a></li><li><a href="/for-sale/london/nunhead/">Nunhead</a></li><li><a href="/for-sale/london/new-cross/">New Cross</a></li><li><a href="/for-sale/london/brixton/">Brixton</a></li></ul></section>
  <footer class="Footer_footer__Rm3dC"><p>Nestfinder Ltd, 1 Long Lane, London SE1. Registered in England No. 09911234.</p><nav><a href="/about">About</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/cookies">Cookies</a></nav></footer>
</div>
</body>
</html>"""
        s.list_page(
            "for-sale/london/peckham/index.html" if number == 1 else f"for-sale/london/peckham/page-{number}.html", page
        )
    for index, (title, address, price, qualifier, beds, baths, sqft, agent, day) in enumerate(HOMES):
        s.expect(
            {
                "title": title,
                "url": f"/property/{88_123_401 + index * 913}",
                "price": float(price),
                "currency": "GBP",
                "price_qualifier": qualifier,
                "address": address,
                "bedrooms": beds if beds else None,
                "bathrooms": baths,
                "area_sqft": sqft,
                "agent": agent,
                "date": day,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ghent-agenda (FROZEN): a city events calendar, one page per month; the date lives in the day heading.
# ---------------------------------------------------------------------------------------------------

AGENDA = [
    ("2026-03-14", "20:00", "Jazz at the Handelsbeurs: Hamid Drake Trio", "Handelsbeurs Concertzaal", "Concert", 24.0),
    ("2026-03-14", "14:00", "Family workshop: printing with potatoes", "STAM – Ghent City Museum", "Kids", None),
    ("2026-03-15", "11:00", "Sunday flea market", "Bij Sint-Jacobs", "Market", None),
    ("2026-03-17", "19:30", "Lecture: The Ghent Altarpiece restored", "MSK Ghent", "Talk", 8.0),
    ("2026-03-19", "20:30", "Stand-up night: New Voices", "Kinky Star", "Comedy", 12.0),
    ("2026-03-21", "21:00", "Vooruit Club: Techno til late", "Viernulvier", "Club night", 18.0),
    ("2026-03-21", "10:00", "Guided walk: Patershol and the Castle of the Counts", "Gravensteen", "Tour", 15.0),
    ("2026-03-24", "20:00", "Film: Close (with director Q&A)", "Studio Skoop", "Film", 11.5),
    ("2026-03-27", "19:00", "Opening: Young Flemish photographers", "S.M.A.K.", "Exhibition", None),
    ("2026-03-29", "15:00", "Gentse Feesten warm-up brass band parade", "Korenmarkt", "Festival", None),
    ("2026-04-02", "20:00", "Ghent Symphony: Mahler 5", "De Bijloke", "Concert", 32.0),
    ("2026-04-03", "19:30", "Book launch: Stories of the Leie", "Boekhandel Limerick", "Talk", None),
    ("2026-04-04", "09:00", "Spring plant market", "Citadelpark", "Market", None),
    ("2026-04-04", "20:30", "Theatre: Hamlet (in English)", "NTGent", "Theatre", 27.0),
    ("2026-04-09", "18:00", "Wine tasting: natural wines of Flanders", "Wijnbar Lulu", "Food & drink", 35.0),
    ("2026-04-11", "13:00", "Cycling tour: Ghent's street art", "Werregarenstraat", "Tour", 20.0),
    ("2026-04-16", "20:00", "Poetry slam finals", "Kinky Star", "Talk", 6.0),
    ("2026-04-18", "11:00", "Easter egg hunt", "Gentbrugse Meersen", "Kids", None),
    ("2026-04-23", "19:30", "Concert: Oscar and the Wolf (acoustic)", "Handelsbeurs Concertzaal", "Concert", 38.0),
    ("2026-04-25", "22:00", "Silent disco on the Graslei", "Graslei", "Club night", 10.0),
    ("2026-05-01", "10:00", "Labour Day picnic and concerts", "Bijlokehof", "Festival", None),
    ("2026-05-02", "20:00", "Dance: Rosas – Fase", "Viernulvier", "Dance", 29.0),
    ("2026-05-07", "19:00", "Beer pairing dinner", "Dulle Griet", "Food & drink", 55.0),
    ("2026-05-09", "14:00", "Museum night: Design Museum late opening", "Design Museum Gent", "Exhibition", 10.0),
    ("2026-05-09", "21:00", "Film under the stars: Amélie", "Sint-Baafsplein", "Film", None),
    ("2026-05-14", "20:00", "Chamber music: Quatuor Danel", "De Bijloke", "Concert", 22.0),
    ("2026-05-16", "10:00", "Floralia preview walk", "Sint-Pietersabdij", "Tour", 12.0),
    ("2026-05-21", "20:30", "Improv theatre: Anything Goes", "Theater Tinnenpot", "Theatre", 14.0),
    ("2026-05-23", "12:00", "Vegan street food festival", "Vrijdagmarkt", "Food & drink", None),
    ("2026-05-30", "19:00", "Rooftop jazz session", "Hotel Pillows Rooftop", "Concert", 16.0),
]


def _agenda_event(index: int, event: tuple[Any, ...]) -> str:
    day, time, title, venue, category, price = event
    price_html = "Free" if price is None else f"€&nbsp;{price:.2f}".replace(".00", "").replace(".", ",")
    return f"""
            <li class="agenda-item agenda-item--{slug(category)}">
              <span class="agenda-item__time">{time}</span>
              <div class="agenda-item__main">
                <a class="agenda-item__title" href="/agenda/e/{slug(title)}-{day}">{esc(title)}</a>
                <span class="agenda-item__venue"><i class="ico ico-pin" aria-hidden="true"></i>{esc(venue)}</span>
              </div>
              <span class="agenda-item__cat tag">{esc(category)}</span>
              <span class="agenda-item__price">{price_html}</span>
            </li>"""


@site
def build_ghent_agenda() -> None:
    s = Site(
        "ghent-agenda",
        kind="events calendar (grouped by day)",
        start="agenda/",
        description="A city 'what's on' calendar: one page per month, events grouped under day headings, prices in Belgian style.",
    )
    months = [("2026-03", "March 2026"), ("2026-04", "April 2026"), ("2026-05", "May 2026")]
    hrefs = ["/agenda/", "/agenda/2026-04.html", "/agenda/2026-05.html"]
    for number, (month, label) in enumerate(months):
        events = sorted(
            ((i, e) for i, e in enumerate(AGENDA) if e[0].startswith(month)), key=lambda ie: (ie[1][0], ie[1][1])
        )
        days: dict[str, list[str]] = {}
        for i, e in events:
            days.setdefault(e[0], []).append(_agenda_event(i, e))
        groups = []
        for day, items in days.items():
            d = date.fromisoformat(day)
            groups.append(
                f"""
        <section class="agenda-day">
          <h2 class="agenda-day__heading"><time datetime="{day}">{d:%A} {d.day} {d:%B}</time></h2>
          <ul class="agenda-day__list">{"".join(items)}
          </ul>
        </section>"""
            )
        prev_link = (
            f'<a class="month-nav__prev" href="{hrefs[number - 1]}">← {months[number - 1][1]}</a>' if number > 0 else ""
        )
        next_link = (
            f'<a class="month-nav__next" href="{hrefs[number + 1]}">{months[number + 1][1]} →</a>'
            if number < len(months) - 1
            else ""
        )
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>What's on in Ghent – {label} | Visit Ghent</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/custom/visitgent/dist/css/main.css?t4a7x1">
</head>
<body class="page-agenda lang-en">
<div class="dialog-off-canvas-main-canvas">
  <header class="header"><div class="header__top"><ul class="language-switcher"><li><a href="/nl/agenda">NL</a></li><li class="is-active"><a href="/agenda/">EN</a></li><li><a href="/fr/agenda">FR</a></li><li><a href="/de/agenda">DE</a></li></ul></div>
    <div class="header__main"><a class="header__logo" href="/"><img src="/themes/custom/visitgent/logo.svg" alt="Visit Ghent"></a>
    <nav class="main-menu"><ul class="menu menu--main"><li class="menu-item"><a href="/see-do/">See &amp; do</a></li><li class="menu-item is-active"><a href="/agenda/">What's on</a></li><li class="menu-item"><a href="/eat-drink/">Eat &amp; drink</a></li><li class="menu-item"><a href="/stay/">Stay</a></li><li class="menu-item"><a href="/plan/">Plan your trip</a></li></ul></nav></div>
  </header>
  <main class="main-content" role="main">
    <div class="region region-content">
      <h1 class="page-title">What's on in Ghent</h1>
      <div class="agenda-filters"><form><label>Category <select><option>All categories</option><option>Concert</option><option>Exhibition</option><option>Film</option><option>Kids</option><option>Market</option><option>Theatre</option><option>Tour</option></select></label><label><input type="checkbox"> Free events only</label><button>Filter</button></form></div>
      <nav class="month-nav">{prev_link}<h2 class="month-nav__current">{label}</h2>{next_link}</nav>
      <div class="agenda">{"".join(groups)}
      </div>
      <aside class="highlight-box"><h2>Ghent City Card</h2><p>Free entry to museums and monuments, unlimited public transport and a boat trip. 48 hours for €40.</p><a class="btn" href="/citycard/">Buy the City Card</a></aside>
    </div>
  </main>
  <footer class="footer"><div class="footer__cols"><div><h3>Visitor centre</h3><p>Sint-Veerleplein 5, 9000 Gent<br>Open daily 10:00–18:00</p></div><div><h3>Follow us</h3><ul><li><a href="#">Instagram</a></li><li><a href="#">Facebook</a></li></ul></div></div><p class="footer__legal">© 2026 Visit Ghent · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/accessibility">Accessibility</a></p></footer>
</div>
</body>
</html>"""
        s.list_page("agenda/index.html" if number == 0 else f"agenda/{month}.html", page)
    ordered = sorted(enumerate(AGENDA), key=lambda ie: (ie[1][0], ie[1][1]))
    for _, (day, time, title, venue, category, price) in ordered:
        s.expect(
            {
                "title": title,
                "url": f"/agenda/e/{slug(title)}-{day}",
                "date": day,
                "time": time,
                "venue": venue,
                "category": category,
                "price": price if price is not None else "Free",
                "currency": "EUR" if price is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# anglers-forum (FROZEN): a phpBB forum (prosilver, SEO URLs); topics are dl/dt/dd rows, a global
# announcement repeats on every page.
# ---------------------------------------------------------------------------------------------------

TOPICS = [
    ("Forum rules – please read before posting", "Admin", "2024-01-07T10:00", 0, 5210, "Admin", "announce"),
    ("2026 club match calendar", "Secretary_Jan", "2026-01-12T19:22", 14, 1930, "Secretary_Jan", "sticky"),
    ("Best lure for winter pike on the Ouse?", "pikeman", "2026-03-19T18:40", 23, 812, "fenlander", "topic"),
    ("Relief Channel levels after the rain", "WaderWill", "2026-03-19T08:15", 9, 301, "pikeman", "topic"),
    ("Deadbait rigs – wire trace length", "Zander_Zoe", "2026-03-18T21:03", 31, 1044, "old_tom", "topic"),
    (
        "Catch report: 19lb 4oz pike, Sixteen Foot Drain",
        "fenlander",
        "2026-03-18T16:47",
        47,
        2210,
        "Zander_Zoe",
        "topic",
    ),
    ("Anyone fished Earith since the floods?", "newbie_nick", "2026-03-17T12:30", 6, 198, "WaderWill", "topic"),
    ("Second-hand baitrunner reels – worth it?", "budgetbait", "2026-03-17T09:58", 12, 455, "reelfixer", "topic"),
    ("Night fishing permits for the Hundred Foot", "carpdiem", "2026-03-16T22:11", 4, 167, "Secretary_Jan", "topic"),
    ("Zander on the Middle Level – where to start", "Zander_Zoe", "2026-03-16T17:20", 19, 640, "pikeman", "topic"),
    ("Otters on the Old West River", "old_tom", "2026-03-15T11:05", 28, 903, "fenlander", "topic"),
    ("Rod rest recommendations for soft banks", "budgetbait", "2026-03-15T08:42", 7, 221, "carpdiem", "topic"),
    ("Tench season starting early this year?", "tinca", "2026-03-14T19:30", 15, 508, "tinca", "topic"),
    ("Lost a big one at the net – what went wrong", "newbie_nick", "2026-03-14T15:16", 22, 744, "old_tom", "topic"),
    ("Club AGM minutes", "Secretary_Jan", "2026-03-13T20:00", 3, 289, "fenlander", "topic"),
    ("Float fishing for roach in coloured water", "roachwatcher", "2026-03-13T10:27", 11, 377, "tinca", "topic"),
    ("Braid vs mono for lure fishing", "lurelad", "2026-03-12T21:45", 38, 1287, "reelfixer", "topic"),
    ("Photos from the winter open match", "carpdiem", "2026-03-12T13:02", 17, 960, "Secretary_Jan", "topic"),
    ("Car park at Denver sluice closed", "WaderWill", "2026-03-11T07:50", 5, 233, "WaderWill", "topic"),
    ("Bream shoals moving upstream", "roachwatcher", "2026-03-10T18:33", 8, 310, "pikeman", "topic"),
    ("Recommended unhooking mats", "newbie_nick", "2026-03-10T12:14", 13, 402, "Zander_Zoe", "topic"),
    ("Pike fishing etiquette for beginners", "fenlander", "2026-03-09T20:20", 26, 1105, "newbie_nick", "topic"),
    ("Selling: 12ft 3lb TC rods, pair", "reelfixer", "2026-03-09T09:41", 2, 146, "lurelad", "topic"),
    ("Drop-shotting for perch on the drains", "lurelad", "2026-03-08T17:57", 19, 688, "roachwatcher", "topic"),
    ("Water quality reports – where to find them", "old_tom", "2026-03-07T14:10", 4, 175, "WaderWill", "topic"),
    ("Has anyone tried the new fluoro leaders?", "budgetbait", "2026-03-06T21:29", 9, 286, "lurelad", "topic"),
    ("Big perch from a tiny drain", "tinca", "2026-03-06T08:05", 21, 799, "fenlander", "topic"),
    ("Work party: bank clearing on 28 March", "Secretary_Jan", "2026-03-05T19:40", 6, 212, "carpdiem", "topic"),
    ("Eels in March?", "roachwatcher", "2026-03-04T16:23", 10, 354, "old_tom", "topic"),
    ("End of season thoughts", "pikeman", "2026-03-03T22:48", 33, 1190, "tinca", "topic"),
]


def _topic_row(index: int, topic: tuple[Any, ...], row: int) -> str:
    title, author, created, replies, views, last, kind = topic
    tid = 1234 + index * 17
    url = f"/pike-predators-f3/{slug(title)}-t{tid}.html"
    c = date.fromisoformat(created[:10])
    hh, mm = (int(x) for x in created[11:16].split(":"))
    shown = f"{c:%a} {c:%b} {c.day:02d}, {c.year} {hh % 12 or 12}:{mm:02d} {'am' if hh < 12 else 'pm'}"
    last_day = min(c + timedelta(days=1 + index % 3), date(2026, 3, 20))
    item_class = {"announce": "global-announce", "sticky": "sticky", "topic": "topic_read"}[kind]
    color = (
        ' style="color: #AA0000;" class="username-coloured"'
        if author in {"Admin", "Secretary_Jan"}
        else ' class="username"'
    )
    label = {"announce": "Global announcement", "sticky": "Sticky", "topic": ""}[kind]
    label_html = f'<span class="topic-type">{label}</span> ' if label else ""
    pagination = ""
    if replies >= 20:
        pages = replies // 20 + 1
        pagination = (
            '<div class="pagination"><span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span><ul>'
            + "".join(
                f'<li><a class="button" href="{url.removesuffix(".html")}-{(p - 1) * 20}.html">{p}</a></li>'
                for p in range(1, pages + 1)
            )
            + "</ul></div>"
        )
    return f"""
		<li class="row bg{1 + row % 2}{" announce" if kind == "announce" else " sticky" if kind == "sticky" else ""}">
						<dl class="row-item {item_class}">
				<dt title="No unread posts">
										<div class="list-inner">
						{label_html}<a href="{url}" class="topictitle">{esc(title)}</a>
						<br>
						{pagination}
						<div class="responsive-hide left-box">
							by <a href="/member/{slug(author)}/"{color}>{esc(author)}</a> &raquo; <time datetime="{created}:00+00:00">{shown}</time>
						</div>
					</div>
				</dt>
				<dd class="posts">{replies} <dfn>Replies</dfn></dd>
				<dd class="views">{views} <dfn>Views</dfn></dd>
				<dd class="lastpost">
					<span><dfn>Last post </dfn>by <a href="/member/{slug(last)}/" class="username">{esc(last)}</a>
						<a href="{url}#p{99_000 + index * 41}" title="Go to last post"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span></a>
						<br><time datetime="{last_day}T20:{index % 60:02d}:00+00:00">{last_day:%a} {last_day:%b} {last_day.day:02d}, {last_day.year} 8:{index % 60:02d} pm</time>
					</span>
				</dd>
			</dl>
		</li>"""


@site
def build_anglers_forum() -> None:
    s = Site(
        "anglers-forum",
        kind="forum topic list (phpBB)",
        start="pike-predators-f3/",
        description="A phpBB forum: topics are dl rows with dd counts, a global announcement repeated on every page, stickies.",
    )
    announce = (0, TOPICS[0])
    rest = list(enumerate(TOPICS))[1:]
    pages = chunks(rest, [12, 12, 5])
    hrefs = ["/pike-predators-f3/", "/pike-predators-f3/index-s25.html", "/pike-predators-f3/index-s50.html"]
    for number, topics in enumerate(pages, 1):
        announce_block = f"""
	<div class="forumbg announcement">
		<div class="inner">
		<ul class="topiclist">
			<li class="header"><dl class="row-item"><dt><div class="list-inner">Announcements</div></dt><dd class="posts">Replies</dd><dd class="views">Views</dd><dd class="lastpost"><span>Last post</span></dd></dl></li>
		</ul>
		<ul class="topiclist topics">{_topic_row(announce[0], announce[1], 0)}
		</ul>
		</div>
	</div>"""
        rows = "".join(_topic_row(i, t, k) for k, (i, t) in enumerate(topics))
        pager_items = "".join(
            f'<li class="active"><span>{n}</span></li>'
            if n == number
            else f'<li><a class="button" href="{h}" role="button">{n}</a></li>'
            for n, h in enumerate(hrefs, 1)
        )
        if number < len(pages):
            pager_items += f'<li class="arrow next"><a class="button button-icon-only" href="{hrefs[number]}" rel="next" role="button"><i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>'
        page = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Pike &amp; Predators{"" if number == 1 else f" - Page {number}"} - Fenland Anglers Forum</title>
<link href="/assets/css/font-awesome.min.css?assets_version=88" rel="stylesheet">
<link href="/styles/prosilver/theme/stylesheet.css?assets_version=88" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewforum ltr ">
<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
			<div class="inner">
			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="/" title="Board index"><span class="site_logo"></span></a>
				<h1>Fenland Anglers Forum</h1>
				<p>Coarse and predator fishing on the Fens since 2004</p>
				<p class="skiplink"><a href="#start_here">Skip to content</a></p>
			</div>
			<div id="search-box" class="search-box search-header" role="search"><form action="/search.php" method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" size="20" value="" placeholder="Search…" /><button class="button button-search" type="submit" title="Search">Search</button></fieldset></form></div>
			</div>
		</div>
		<div class="navbar" role="navigation">
			<div class="inner">
			<ul id="nav-main" class="nav-main linklist" role="menubar">
				<li class="quick-links tab-header"><a href="/faq.php" rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
				<li><a href="/memberlist.html" role="menuitem">Members</a></li>
				<li><a href="/calendar.html" role="menuitem">Match calendar</a></li>
				<li class="rightside"><a href="/ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>Login</span></a></li>
				<li class="rightside"><a href="/ucp.php?mode=register" role="menuitem"><i class="icon fa-pencil-square-o  fa-fw" aria-hidden="true"></i><span>Register</span></a></li>
			</ul>
			<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList"><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="/" accesskey="h"><span itemprop="name">Board index</span></a><meta itemprop="position" content="1" /></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="/fishing-f1/"><span itemprop="name">Fishing</span></a><meta itemprop="position" content="2" /></span><span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a itemprop="item" href="/pike-predators-f3/"><span itemprop="name">Pike &amp; Predators</span></a><meta itemprop="position" content="3" /></span></li>
			</ul>
			</div>
		</div>
	</div>
	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
<h2 class="forum-title"><a href="/pike-predators-f3/">Pike &amp; Predators</a></h2>
<div><div style="display: none !important;">Pike, zander and perch: tactics, venues and catch reports.<br /></div></div>
<div class="action-bar bar-top">
	<a href="/posting.php?mode=post&amp;f=3" class="button" title="Post a new topic"><span>New Topic</span> <i class="icon fa-pencil fa-fw" aria-hidden="true"></i></a>
	<div class="pagination">{len(TOPICS)} topics <ul>{pager_items}</ul></div>
</div>
{announce_block}
	<div class="forumbg">
		<div class="inner">
		<ul class="topiclist">
			<li class="header"><dl class="row-item"><dt><div class="list-inner">Topics</div></dt><dd class="posts">Replies</dd><dd class="views">Views</dd><dd class="lastpost"><span>Last post</span></dd></dl></li>
		</ul>
		<ul class="topiclist topics">{rows}
		</ul>
		</div>
	</div>
<div class="action-bar bar-bottom"><div class="pagination">{len(TOPICS)} topics <ul>{pager_items}</ul></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: <a href="/member/pikeman/" class="username">pikeman</a>, <a href="/member/old-tom/" class="username">old_tom</a> and 14 guests</p></div>
	</div>
	<div id="page-footer" class="page-footer" role="contentinfo">
		<div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer linklist" role="menubar"><li class="breadcrumbs"><span class="crumb"><a href="/" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>Board index</span></a></span></li><li class="rightside">All times are <span title="UTC">UTC</span></li><li class="rightside"><a href="/ucp.php?mode=delete_cookies" role="menuitem"><span>Delete cookies</span></a></li><li class="rightside"><a href="/memberlist.php?mode=team" role="menuitem"><span>The team</span></a></li></ul></div></div>
		<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.test/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span></p></div>
	</div>
</div>
</body>
</html>"""
        s.list_page(
            "pike-predators-f3/index.html" if number == 1 else f"pike-predators-f3/index-s{(number - 1) * 25}.html",
            page,
        )
    for index, (title, author, created, replies, views, last, _) in enumerate(TOPICS):
        s.expect(
            {
                "title": title,
                "url": f"/pike-predators-f3/{slug(title)}-t{1234 + index * 17}.html",
                "author": author,
                "date": created[:10],
                "replies": replies,
                "views": views,
                "last_poster": last,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild every site of the corpus."""
    for name, build in SITES.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:58} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
