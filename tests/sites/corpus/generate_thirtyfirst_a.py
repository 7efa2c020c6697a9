"""Thirty-first wave, part A: three list pages of three kinds on platforms (or pages of platforms) the corpus did not
copy yet — a WooCommerce category on the Blocksy theme, a GitHub repository search and a Lever hosted job board —
copied from their real 2024–25 markup as a logged-out visitor gets it and written before any heuristic was changed
for them.

The brief's other candidates are in the corpus already: Ghost tag pages (driftwood-notes, ghostline), Greenhouse
(teamboard), Zillow (homescout) and Rightmove (brickmove; a held-out UK property search too), eBay (bidbay), Steam
(steamvault), Goodreads (shelfworthy), Etsy (craftnook) and Meetup (meetgroup). WooCommerce is copied on Storefront
only (copperkettle, woohaus, coursecart-shop), GitHub only as Trending, an issue list, the advisory database and a
repository home, and Lever only as a single posting (fernwave-jobs). As elsewhere in the corpus, a site's own links
are written root-relative (the test server is the site's host).

* **wickhollow** — the product category 'Candles' of a Norfolk candle maker's WooCommerce 9 shop on the Blocksy 2
  theme, ``/product-category/candles/`` then ``/page/2/`` and ``/page/3/``. The Blocksy shell (``body`` with
  ``data-link`` / ``data-prefix`` / ``data-header`` attributes, the ``ct-drawer-canvas`` with the search modal and
  the off-canvas menu, ``header#header.ct-header`` with ``data-row`` / ``data-column`` placements, the logo, the
  menu of ``a.ct-menu-link``, the search toggle and the cart '£0.00'), the hero section with the breadcrumbs
  (BreadcrumbList microdata and separator svgs), ``h1.page-title`` and the category text (page 1 only),
  ``div.woo-listing-top`` with 'Showing 1–12 of 31 results' and the ordering select, then
  ``ul.products.columns-3[data-products=type-1][data-hover=zoom-in]`` of ``li.product.type-product.post-N…``
  (``sale``, ``instock`` / ``outofstock``, ``product-type-simple`` / ``-variable`` classes): ``figure > a.ct-media-
  container`` with the image and the badge ``span.onsale[data-shape=type-2]`` 'Sale!' or
  ``span.out-of-stock-badge`` 'Out of stock', ``h2.woocommerce-loop-product__title > a.woocommerce-LoopProduct-
  link``, a ``div.star-rating`` 'Rated 4.67 out of 5' (on rated ones), ``span.price`` (struck ``del`` + ``ins``
  with 'Original price was:' / 'Current price is:' screen-reader copies, or a '£18.00 – £34.00' range with 'Price
  range: … through …'), ``ul.entry-meta`` with the category pill ``li.meta-categories > a.ct-term-N``, and
  ``div.ct-woo-card-actions`` with 'Add to cart' / 'Select options' / 'Read more'. The pager
  ``nav.ct-pagination[data-pagination=simple]`` (numbers in ``div.ct-hidden-sm``, 'Prev' / 'Next' links with
  ``rel``). The left sidebar: product categories with counts, the price filter, a 'Best sellers' widget
  (``ul.product_list_widget`` of four products again: not records), the footer with the newsletter and payment
  icons, and the cookie notice. 12 + 12 + 7 products. Written down: title, url, price, currency (GBP),
  original_price (where struck), price_max (the top of a range), category, rating (where shown), badge ('Sale!' /
  'Out of stock', where shown).
* **reposeek** — a GitHub repository search ('tide prediction', logged out), ``/search?q=tide+prediction&type=
  repositories`` then ``&p=2`` and ``&p=3``. The github.com shell (the header with 'Sign in' / 'Sign up', the
  search input), ``react-app[app-name=search]`` with its embedded JSON payload (``results`` with ``hl_name``,
  ``hl_trunc_description``, ``language``, ``followers`` — the stars —, ``topics``, ``repo.repository.updated_at``)
  and the server-rendered list: ``div[data-testid=results-list]`` of result boxes in hashed ``Box-sc-g0xbh4-0``
  classes: an ``h3`` with the owner avatar and ``div.search-title > a[href=/owner/name] > span.search-match``
  ('owner/name' with ``em`` around the matched words), the description in a ``span.search-match`` (with ``em``),
  topic links ``a[href=/topics/…]`` on some, then a ``ul`` of meta items: the language (a colour dot + 'Python'),
  the stars link ('87', or '1.2k' with ``aria-label='1234 stars'``), 'Updated on Mar 9' (the year shown only when
  it is not this one; the exact moment in a ``title``), and on the right a 'Star' button. The left filter column
  (Code, Repositories 27, Issues, Users…, languages), the count '27 results', the sort menu 'Best match', the
  Primer pager ``nav[aria-label=Pagination]`` (Previous, numbers, Next; ``rel=next`` / ``prev``). 10 + 10 + 7
  repositories. Written down: title ('owner/name'), url, description (where shown), language (where shown), stars
  (as a number: '1.2k' → 1200), updated (ISO day, or '--MM-DD' when the year is left out), topics (where shown).
* **orchardly-jobs** — the Lever hosted job board of a Bristol agritech company, ``/orchardly/`` (Lever's
  jobs.lever.co/<company>): all openings on one page, as Lever shows them — no pager. The Lever shell (the
  lever-jobs CSS, og tags, ``div.main-header`` with the logo link to the company site), the filter bar of
  ``div.filter-button-wrapper`` popups (Location type, Location, Team, Work type) whose links are ``?team=…``
  filters, then ``div.postings-wrapper`` of ``div.postings-group`` per team: ``div.large-category-header`` for a
  team with sub-teams followed by ``div.posting-category-title.large-category-label`` per sub-team (only the label
  for teams without), and ``div.posting[data-qa-posting-id]`` items: ``div.posting-apply > a.posting-btn-submit``
  'Apply', ``a.posting-title`` with ``h5[data-qa=posting-name]`` and ``div.posting-categories`` of spans
  (``span.location`` 'Bristol, UK', ``span.workplaceTypes`` 'Hybrid', ``span.department`` 'Engineering – Data',
  ``span.commitment`` 'Full-time' — missing on a few), the footer 'Jobs powered by Lever'. 29 openings. Written
  down: title, url, location, workplace, department (as shown in the card), commitment (where shown).

Run ``uv run python tests/sites/corpus/generate_thirtyfirst_a.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTYFIRST_A: dict[str, Callable[[], None]] = {}


def thirtyfirst_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYFIRST_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _uuid(text: str) -> str:
    h = _hex(text, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


# ---------------------------------------------------------------------------------------------------
# wickhollow: WooCommerce 9 on Blocksy 2, /product-category/candles/, pages /page/2/ and /page/3/.
# ---------------------------------------------------------------------------------------------------

WH_CAT = "/product-category/candles/"
WH_PER_PAGE = 12

#: title | price | struck price or top of range (r…) | category | rating | stock (o = out of stock)
WH_ROWS = """
Sea Salt & Driftwood Soy Candle 200g|18.00|22.00|Container Candles|4.67|
Fig Leaf & Amber Jar Candle|24.00||Container Candles|5.00|
Beeswax Pillar Candle 7.5 × 10cm|12.50||Pillar Candles|4.50|
Smoked Oud Travel Tin Trio|21.00||Travel Tins||
Rhubarb & Rose Three-Wick Candle|42.00|48.00|Container Candles|4.83|
Hand-Dipped Taper Candles (Pair)|9.50||Dinner Candles|4.00|o
Wild Fig Wax Melts|6.50||Wax Melts|4.25|
Scented Tealights – Box of 12|8.00||Tealights||
Oakmoss & Vetiver Refill|16.00||Refills|4.75|
Cedar Smoke Candle|18.00|r34.00|Container Candles|4.90|
Lavender Field Pillar 7.5 × 15cm|15.00||Pillar Candles||
Blackcurrant & Bay Candle|26.00|32.00|Container Candles|4.60|
Norfolk Coast Gift Set|38.00||Gift Sets|5.00|
Unscented Church Candle 5 × 20cm|11.00||Pillar Candles|4.33|
Pink Grapefruit Wax Melts|6.50||Wax Melts||o
Tobacco Flower Ceramic Candle|36.00||Container Candles|4.80|
Orange Blossom Travel Tin|8.50|r12.00|Travel Tins|4.00|
Rolled Beeswax Dinner Candles (Set of 4)|14.00||Dinner Candles|4.70|
Midnight Jasmine Candle 300g|28.00|34.00|Container Candles|4.50|
Citronella Garden Bucket|19.50||Outdoor Candles|3.80|
Eucalyptus & Mint Refill|16.00||Refills||
Twisted Taper Candles – Sage (Pair)|10.00||Dinner Candles||
Linen Cupboard Wax Melt Snap Bar|7.00||Wax Melts|4.40|
Winter Spice Candle|20.00||Container Candles|4.95|o
Soy Tealights Unscented – Box of 24|12.00||Tealights|4.60|
Salt Marsh Concrete Candle|32.00|40.00|Container Candles|4.10|
Honeycomb Beeswax Pillar|16.50||Pillar Candles||
Wood Wick Ember Candle|22.00|r39.00|Container Candles|4.55|
Garden Lantern Citronella Tin|9.00||Outdoor Candles||
Candle Care Kit|15.00||Gift Sets|5.00|
Bramble & Blackberry Jar Candle|24.00|28.00|Container Candles|4.45|
"""

WH_TERMS = {
    "Container Candles": 21,
    "Pillar Candles": 22,
    "Dinner Candles": 23,
    "Tealights": 24,
    "Wax Melts": 25,
    "Travel Tins": 26,
    "Refills": 27,
    "Gift Sets": 28,
    "Outdoor Candles": 29,
}


class WHProduct(NamedTuple):
    id: int
    title: str
    price: Decimal
    original: Decimal | None
    top: Decimal | None
    category: str
    rating: Decimal | None
    out_of_stock: bool

    @property
    def slug(self) -> str:
        return slug(self.title.replace("&", "and"))

    @property
    def url(self) -> str:
        return f"/product/{self.slug}/"


def _wh_products() -> list[WHProduct]:
    out = []
    for index, line in enumerate(WH_ROWS.strip().splitlines()):
        title, price, other, category, rating, stock = line.split("|")
        out.append(
            WHProduct(
                id=1180 + index * 7 + _num(title, 1),
                title=title,
                price=Decimal(price),
                original=Decimal(other) if other and not other.startswith("r") else None,
                top=Decimal(other[1:]) if other.startswith("r") else None,
                category=category,
                rating=Decimal(rating) if rating else None,
                out_of_stock=stock == "o",
            )
        )
    return out


WH_PRODUCTS = _wh_products()


def _wh_amount(amount: Decimal, hidden: bool = False) -> str:
    aria = ' aria-hidden="true"' if hidden else ""
    return f'<span class="woocommerce-Price-amount amount"{aria}><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>{amount:.2f}</bdi></span>'


def _wh_price(p: WHProduct) -> str:
    if p.original is not None:
        return (
            f'<span class="price"><del aria-hidden="true">{_wh_amount(p.original)}</del> <span class="screen-reader-text">Original price was: &pound;{p.original:.2f}.</span>'
            f'<ins aria-hidden="true">{_wh_amount(p.price)}</ins><span class="screen-reader-text">Current price is: &pound;{p.price:.2f}.</span></span>'
        )
    if p.top is not None:
        return (
            f'<span class="price">{_wh_amount(p.price, True)} <span aria-hidden="true">&ndash;</span> {_wh_amount(p.top, True)}'
            f'<span class="screen-reader-text">Price range: &pound;{p.price:.2f} through &pound;{p.top:.2f}</span></span>'
        )
    return f'<span class="price">{_wh_amount(p.price)}</span>'


def _wh_product(p: WHProduct, position: int) -> str:
    classes = ["product", "type-product", f"post-{p.id}", "status-publish"]
    if position % 3 == 0:
        classes.append("first")
    elif position % 3 == 2:
        classes.append("last")
    classes.append("outofstock" if p.out_of_stock else "instock")
    classes.append(f"product_cat-{slug(p.category)}")
    classes.append("has-post-thumbnail")
    if p.original is not None:
        classes.append("sale")
    classes += [
        "shipping-taxable",
        "purchasable" if not p.out_of_stock else "",
        f"product-type-{'variable' if p.top else 'simple'}",
    ]
    title = esc(p.title)
    image = f"/wp-content/uploads/2025/02/{p.slug}-500x500.jpg"
    if p.out_of_stock:
        badge = '<span class="out-of-stock-badge" data-shape="type-2">Out of stock</span>'
    elif p.original is not None:
        badge = '<span class="onsale" data-shape="type-2">Sale!</span>'
    else:
        badge = ""
    rating = ""
    if p.rating is not None:
        width = (p.rating / 5 * 100).quantize(Decimal("0.1"))
        rating = f'<div class="star-rating" role="img" aria-label="Rated {p.rating:.2f} out of 5"><span style="width:{width}%">Rated <strong class="rating">{p.rating:.2f}</strong> out of 5</span></div>'
    term = WH_TERMS[p.category]
    if p.out_of_stock:
        button = f'<a href="{p.url}" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{p.id}" data-quantity="1" class="button product_type_simple" data-product_id="{p.id}" data-product_sku="WH-{p.id}" aria-label="Read more about &ldquo;{title}&rdquo;" rel="nofollow">Read more</a>'
    elif p.top is not None:
        button = f'<a href="{p.url}" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{p.id}" data-quantity="1" class="button product_type_variable add_to_cart_button" data-product_id="{p.id}" data-product_sku="WH-{p.id}" aria-label="Select options for &ldquo;{title}&rdquo;" rel="nofollow">Select options</a>'
    else:
        button = f'<a href="?add-to-cart={p.id}" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{p.id}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{p.id}" data-product_sku="WH-{p.id}" aria-label="Add to basket: &ldquo;{title}&rdquo;" rel="nofollow" data-success_message="&ldquo;{title}&rdquo; has been added to your basket">Add to basket</a>'
    describedby = (
        "This product has multiple variants. The options may be chosen on the product page" if p.top is not None else ""
    )
    return f"""
<li class="{" ".join(c for c in classes if c)}">
<figure><a class="ct-media-container" href="{p.url}" aria-label="{title}">{badge}<img width="500" height="500" src="{image}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail wp-post-image" alt="{title}" decoding="async" loading="lazy" srcset="{image} 500w, {image.replace("-500x500", "-300x300")} 300w, {image.replace("-500x500", "-100x100")} 100w" sizes="(max-width: 500px) 100vw, 500px" style="aspect-ratio: 1/1;"></a></figure>
<h2 class="woocommerce-loop-product__title"><a class="woocommerce-LoopProduct-link woocommerce-loop-product__link" href="{p.url}" target="_self">{title}</a></h2>
{rating}
{_wh_price(p)}
<ul class="entry-meta" data-type="pill" data-id="default"><li class="meta-categories" data-type="pill"><a href="/product-category/candles/{slug(p.category)}/" rel="tag" class="ct-term-{term}">{esc(p.category)}</a></li></ul>
<div class="ct-woo-card-actions" data-add-to-cart="auto-hide" data-alignment="equal">{button}<span id="woocommerce_loop_add_to_cart_link_describedby_{p.id}" class="screen-reader-text">{describedby}</span></div>
</li>"""


WH_SVG_NEXT = '<svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M4.1,15c0.2,0,0.5-0.1,0.7-0.3l5.8-5.8c0.4-0.4,0.4-1,0-1.4L4.8,1.7c-0.4-0.4-1-0.4-1.4,0s-0.4,1,0,1.4L8.5,8.2l-5.1,5.1c-0.4,0.4-0.4,1,0,1.4C3.6,14.9,3.9,15,4.1,15z"/></svg>'
WH_SVG_PREV = '<svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M10.9,15c-0.2,0-0.5-0.1-0.7-0.3L4.4,8.9c-0.4-0.4-0.4-1,0-1.4l5.8-5.8c0.4-0.4,1-0.4,1.4,0s0.4,1,0,1.4L6.5,8.2l5.1,5.1c0.4,0.4,0.4,1,0,1.4C11.4,14.9,11.1,15,10.9,15z"/></svg>'
WH_SEPARATOR = '<svg class="ct-separator" fill="currentColor" width="8" height="8" viewBox="0 0 8 8" aria-hidden="true" focusable="false"><path d="M2,6.9L4.8,4L2,1.1L2.6,0l4,4l-4,4L2,6.9z"/></svg>'


def _wh_href(number: int) -> str:
    return WH_CAT if number == 1 else f"{WH_CAT}page/{number}/"


def _wh_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<a class="prev page-numbers" rel="prev" href="{_wh_href(number - 1)}">{WH_SVG_PREV}Prev</a>')
    numbers = "".join(
        f'<span aria-current="page" class="page-numbers current">{page}</span>'
        if page == number
        else f'<a class="page-numbers" href="{_wh_href(page)}">{page}</a>'
        for page in range(1, total + 1)
    )
    parts.append(f'<div class="ct-hidden-sm">{numbers}</div>')
    if number < total:
        parts.append(f'<a class="next page-numbers" rel="next" href="{_wh_href(number + 1)}">Next {WH_SVG_NEXT}</a>')
    return f'<nav class="ct-pagination" data-pagination="simple">{"".join(parts)}</nav>'


WH_MENU = [
    ("Shop", "/shop/", 41),
    ("Candles", WH_CAT, 42),
    ("Home Fragrance", "/product-category/home-fragrance/", 43),
    ("Gifts", "/product-category/gifts/", 44),
    ("Our Studio", "/our-studio/", 45),
    ("Stockists", "/stockists/", 46),
]


def _wh_page(number: int, total: int, products: list[WHProduct], start: int) -> str:
    cards = "".join(_wh_product(p, i) for i, p in enumerate(products))
    menu = "".join(
        f'<li id="menu-item-{mid}" class="menu-item menu-item-type-{"taxonomy" if "category" in href else "post_type"} menu-item-{mid}{" current-menu-item" if href == WH_CAT else ""}"><a href="{href}" class="ct-menu-link">{esc(name)}</a></li>'
        for name, href, mid in WH_MENU
    )
    counts = {}
    for p in WH_PRODUCTS:
        counts[p.category] = counts.get(p.category, 0) + 1
    tree = "".join(
        f'<li class="cat-item cat-item-{tid}"><a href="/product-category/candles/{slug(name)}/">{esc(name)}</a> <span class="count">({counts[name]})</span></li>'
        for name, tid in WH_TERMS.items()
    )
    best = [WH_PRODUCTS[i] for i in (1, 4, 9, 12)]
    best_items = "".join(
        f'<li><a href="{p.url}"><img width="100" height="100" src="/wp-content/uploads/2025/02/{p.slug}-100x100.jpg" class="attachment-woocommerce_gallery_thumbnail size-woocommerce_gallery_thumbnail" alt="{esc(p.title)}" decoding="async" loading="lazy"><span class="product-title">{esc(p.title)}</span></a>'
        + (
            f'<div class="star-rating" role="img" aria-label="Rated {p.rating:.2f} out of 5"><span style="width:{(p.rating / 5 * 100).quantize(Decimal("0.1"))}%">Rated <strong class="rating">{p.rating:.2f}</strong> out of 5</span></div>'
            if p.rating
            else ""
        )
        + _wh_price(p).removeprefix('<span class="price">').removesuffix("</span>")
        + "</li>"
        for p in best
    )
    end = start + len(products) - 1
    description = (
        '<div class="page-description ct-hidden-sm"><p>Every Wickhollow candle is poured by hand in our studio outside Holt, Norfolk, using rapeseed and soy wax, cotton or wood wicks and fragrance oils free from phthalates. Burn the first time for two to three hours so the melt pool reaches the edge.</p></div>'
        if number == 1
        else ""
    )
    title_suffix = "" if number == 1 else f" &#8211; Page {number}"
    prev_link = f'<link rel="prev" href="https://wickhollow.co.uk{_wh_href(number - 1)}">' if number > 1 else ""
    next_link = f'<link rel="next" href="https://wickhollow.co.uk{_wh_href(number + 1)}">' if number < total else ""
    return f"""<!doctype html>
<html lang="en-GB" data-color-mode="light">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'>
<title>Candles Archives{title_suffix} &#8211; Wickhollow</title>
<link rel="canonical" href="https://wickhollow.co.uk{_wh_href(number)}">
{prev_link}{next_link}
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="Candles Archives - Wickhollow">
<meta property="og:url" content="https://wickhollow.co.uk{_wh_href(number)}">
<meta property="og:site_name" content="Wickhollow">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"CollectionPage","@id":"https://wickhollow.co.uk{WH_CAT}","url":"https://wickhollow.co.uk{WH_CAT}","name":"Candles Archives - Wickhollow","isPartOf":{{"@id":"https://wickhollow.co.uk/#website"}},"breadcrumb":{{"@id":"https://wickhollow.co.uk{WH_CAT}#breadcrumb"}},"inLanguage":"en-GB"}},{{"@type":"WebSite","@id":"https://wickhollow.co.uk/#website","url":"https://wickhollow.co.uk/","name":"Wickhollow","description":"Hand-poured candles from Norfolk","inLanguage":"en-GB"}}]}}</script>
<link rel='stylesheet' id='wc-blocks-style-css' href='/wp-content/plugins/woocommerce/assets/client/blocks/wc-blocks.css?ver=wc-9.6.2' media='all'>
<link rel='stylesheet' id='ct-main-styles-css' href='/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.88' media='all'>
<link rel='stylesheet' id='ct-woocommerce-styles-css' href='/wp-content/themes/blocksy/static/bundle/woocommerce.min.css?ver=2.0.88' media='all'>
<link rel='stylesheet' id='ct-sidebar-styles-css' href='/wp-content/themes/blocksy/static/bundle/sidebar.min.css?ver=2.0.88' media='all'>
<link rel='stylesheet' id='blocksy-dynamic-global-css' href='/wp-content/uploads/blocksy/css/global.css?ver=41208' media='all'>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"View basket","cart_url":"https:\\/\\/wickhollow.co.uk\\/basket\\/","is_cart":"","cart_redirect_after_add":"no"}};</script>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.6.2" id="wc-add-to-cart-js" defer data-wp-strategy="defer"></script>
<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
<link rel="icon" href="/wp-content/uploads/2024/05/cropped-wickhollow-mark-32x32.png" sizes="32x32">
</head>
<body class="archive tax-product_cat term-candles term-20 wp-custom-logo wp-embed-responsive theme-blocksy woocommerce woocommerce-page woocommerce-no-js" data-link="type-2" data-prefix="woo_categories" data-header="type-1:sticky" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a class="skip-link show-on-focus" href="#main">Skip to content</a>
<div class="ct-drawer-canvas" data-location="start">
<div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Search modal" inert>
<div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close search modal"><svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg></button></div>
<div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="/" aria-haspopup="listbox" data-live-results="thumbs"><input type="search" class="modal-field" placeholder="Search" value="" name="s" autocomplete="off" title="Search for..." aria-label="Search for..."><div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="icon" aria-label="Search button"><svg class="ct-icon ct-search-button-content" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z M1.5,6.8c0-2.9,2.4-5.2,5.2-5.2S12,3.9,12,6.8S9.6,12,6.8,12S1.5,9.6,1.5,6.8z"/></svg></button><input type="hidden" name="post_type" value="product"><input type="hidden" value="d1f3a09c2b" class="ct-live-results-nonce"></div><div class="screen-reader-text" aria-live="polite" role="status">No results</div></form></div>
</div>
<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas modal" inert=""><div class="ct-panel-inner"><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close drawer">×</button></div><div class="ct-panel-content" data-device="mobile"><nav class="mobile-menu menu-container" data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" aria-label="Off Canvas Menu"><ul id="menu-main-menu-1">{menu}</ul></nav></div></div></div>
</div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
<div data-device="desktop"><div data-row="top" data-column-set="1"><div class="ct-container"><div data-column="middle"><div data-items=""><div class="ct-header-text" data-id="text"><div class="entry-content is-layout-flow"><p>Free UK delivery on orders over £45 &middot; Hand-poured in Norfolk</p></div></div></div></div></div></div>
<div class="ct-sticky-container"><div data-sticky="shrink"><div data-row="middle" data-column-set="2"><div class="ct-container">
<div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><a href="/" class="site-logo-container" rel="home" itemprop="url"><img width="180" height="48" src="/wp-content/uploads/2024/05/wickhollow-logo.svg" class="default-logo" alt="Wickhollow" decoding="async"></a></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary">
<nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu" data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-stretch data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement" aria-label="Main Menu"><ul id="menu-main-menu" class="menu">{menu}</ul></nav>
<button class="ct-header-search ct-toggle" data-toggle-panel="#search-modal" aria-controls="search-modal" aria-label="Search" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Search</span><svg class="ct-icon" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8"/></svg></button>
<div class="ct-header-account" data-id="account" data-state="out"><a href="/my-account/" class="ct-account-item" aria-label="Login"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Login</span><svg class="ct-icon" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M7.5,0C3.4,0,0,3.4,0,7.5S3.4,15,7.5,15S15,11.6,15,7.5S11.6,0,7.5,0z"/></svg></a></div>
<div class="ct-header-cart" data-id="cart"><a class="ct-cart-item" href="/basket/" data-label="left"><span class="screen-reader-text">Shopping cart</span><span class="ct-label ct-hidden-sm" data-label="left"><span class="ct-amount"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi></span></span></span><span class="ct-icon-container"><span class="ct-dynamic-count-cart" data-count="0">0</span><svg aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M11.2,3.5V1.8c0-1-0.8-1.8-1.8-1.8h-4c-1,0-1.8,0.8-1.8,1.8v1.8H0v9.8C0,14.3,0.7,15,1.5,15h12c0.8,0,1.5-0.7,1.5-1.5V3.5H11.2z"/></svg></span></a></div>
</div></div>
</div></div></div></div>
</div>
<div data-device="mobile"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo"><a href="/" class="site-logo-container" rel="home"><img width="180" height="48" src="/wp-content/uploads/2024/05/wickhollow-logo.svg" class="default-logo" alt="Wickhollow"></a></div></div></div><div data-column="end" data-placements="1"><div data-items="primary"><button class="ct-header-trigger ct-toggle" data-toggle-panel="#offcanvas" aria-controls="offcanvas" data-design="simple" data-label="right" aria-label="Menu" data-id="trigger"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Menu</span><svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" data-type="type-1"><rect y="0.00" width="18" height="1.7" rx="1"/><rect y="6.15" width="18" height="1.7" rx="1"/><rect y="12.3" width="18" height="1.7" rx="1"/></svg></button></div></div></div></div></div>
</header>
<main id="main" class="site-main hfeed">
<div class="ct-container" data-sidebar="left" data-vertical-spacing="top:bottom">
<section>
<div class="hero-section is-width-constrained" data-type="type-1">
<header class="entry-header">
<nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList"><span class="first-item" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="1"><a href="/" itemprop="item"><span itemprop="name">Home</span></a><meta itemprop="url" content="https://wickhollow.co.uk/">{WH_SEPARATOR}</span><span class="item-0" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="2"><a href="/shop/" itemprop="item"><span itemprop="name">Shop</span></a><meta itemprop="url" content="https://wickhollow.co.uk/shop/">{WH_SEPARATOR}</span><span class="last-item" aria-current="page" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="3"><span itemprop="name">Candles</span></span></nav>
<h1 class="page-title" title="Candles" itemprop="headline">Candles</h1>
{description}
</header>
</div>
<div class="woocommerce-notices-wrapper"></div>
<div class="woo-listing-top">
<p class="woocommerce-result-count" role="alert" aria-relevant="all" data-is-sorted-by="true">Showing {start}&ndash;{end} of {len(WH_PRODUCTS)} results<span class="screen-reader-text">Sorted by latest</span></p>
<form class="woocommerce-ordering" method="get"><select name="orderby" class="orderby" aria-label="Shop order"><option value="popularity">Sort by popularity</option><option value="rating">Sort by average rating</option><option value="date" selected='selected'>Sort by latest</option><option value="price">Sort by price: low to high</option><option value="price-desc">Sort by price: high to low</option></select><input type="hidden" name="paged" value="1"></form>
</div>
<ul class="products columns-3" data-products="type-1" data-hover="zoom-in">{cards}
</ul>
{_wh_pager(number, total)}
</section>
<aside class="ct-hidden-sm ct-hidden-md" data-type="type-1" id="sidebar" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">
<div class="ct-sidebar" data-sticky="sidebar" data-widgets="separated">
<div class="ct-widget woocommerce widget_product_categories" id="woocommerce_product_categories-2"><h3 class="widget-title">Categories</h3><ul class="product-categories"><li class="cat-item cat-item-20 current-cat cat-parent"><a href="{WH_CAT}">Candles</a> <span class="count">({len(WH_PRODUCTS)})</span><ul class='children'>{tree}</ul></li><li class="cat-item cat-item-30"><a href="/product-category/home-fragrance/">Home Fragrance</a> <span class="count">(18)</span></li><li class="cat-item cat-item-31"><a href="/product-category/gifts/">Gifts</a> <span class="count">(9)</span></li></ul></div>
<div class="ct-widget woocommerce widget_price_filter" id="woocommerce_price_filter-2"><h3 class="widget-title">Filter by price</h3><form method="get" action="{WH_CAT}"><div class="price_slider_wrapper"><div class="price_slider" style="display:none;"></div><div class="price_slider_amount" data-step="10"><label class="screen-reader-text" for="min_price">Min price</label><input type="text" id="min_price" name="min_price" value="0" data-min="0" placeholder="Min price"><label class="screen-reader-text" for="max_price">Max price</label><input type="text" id="max_price" name="max_price" value="50" data-max="50" placeholder="Max price"><button type="submit" class="button">Filter</button><div class="price_label" style="display:none;">Price: <span class="from"></span> &mdash; <span class="to"></span></div><div class="clear"></div></div></div></form></div>
<div class="ct-widget woocommerce widget_top_rated_products" id="woocommerce_top_rated_products-2"><h3 class="widget-title">Best sellers</h3><ul class="product_list_widget">{best_items}</ul></div>
</div>
</aside>
</div>
</main>
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter">
<div data-row="top"><div class="ct-container" data-columns-divider="md:sm"><div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block"><h2 class="wp-block-heading">Join the Wickhollow letter</h2><p>New scents, studio sales and the odd candle-care tip, once a month.</p><form class="ct-newsletter-subscribe-form" action="https://wickhollow.us21.list-manage.com/subscribe/post?u=3e1f&amp;id=9c0b" method="post" target="_blank" data-provider="mailchimp"><input type="email" name="EMAIL" placeholder="Your email" aria-label="Email address" required><button class="wp-element-button">Subscribe</button></form></div></div><div data-column="widget-area-2"><div class="ct-widget widget_nav_menu"><h3 class="widget-title">Help</h3><ul class="menu"><li><a href="/delivery-returns/">Delivery &amp; Returns</a></li><li><a href="/candle-care/">Candle care</a></li><li><a href="/trade/">Trade enquiries</a></li><li><a href="/contact/">Contact</a></li></ul></div></div><div data-column="widget-area-3"><div class="ct-widget widget_block"><p>Wickhollow Ltd, Unit 4 Letheringsett Mill Yard, Holt NR25 7YD. Company no. 11482903.</p><p class="payment-icons"><img src="/wp-content/uploads/2024/05/payment-icons.svg" alt="Visa, Mastercard, PayPal, Apple Pay, Klarna" width="220" height="24"></p></div></div></div></div>
<div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright &copy; 2025 Wickhollow &ndash; Powered by <a href="https://creativethemes.com/blocksy/">Blocksy</a></p></div></div><div data-column="socials"><div class="ct-footer-socials" data-id="socials"><div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple"><a href="https://www.instagram.com/wickhollowcandles/" data-network="instagram" aria-label="Instagram" target="_blank" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="3.3"/></svg></span></a></div></div></div></div></div>
</footer>
</div>
<div class="cookie-notification ct-fade-in-start" data-period="forever" data-type="type-1"><div class="container"><div class="ct-cookies-content"><p>We use cookies to keep your basket and to see which pages are read. See our <a href="/privacy-policy/">privacy policy</a>.</p></div><div class="ct-button-group"><button type="button" class="ct-button ct-cookies-accept-button">Accept</button><button type="button" class="ct-button ct-cookies-decline-button">Decline</button></div></div></div>
<script id="ct-scripts-js-extra">var ct_localizations = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","public_url":"\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/","rest_url":"\\/wp-json\\/","search_url":"\\/search\\/QUERY_STRING\\/","show_more_text":"Show more","more_text":"More","search_live_results":"Search results","search_live_no_result":"No results","search_live_one_result":"You got %s result. Please press Tab to select it.","search_live_many_results":"You got %s results. Please press Tab to select one.","expand_submenu":"Expand dropdown menu","collapse_submenu":"Collapse dropdown menu","dynamic_js_chunks":[],"dynamic_styles":{{"lazy_load":"\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/non-critical-styles.min.css","search_lazy":"\\/wp-content\\/themes\\/blocksy\\/static\\/bundle\\/non-critical-search-styles.min.css"}},"dynamic_styles_selectors":[]}};</script>
<script src="/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.88" id="ct-scripts-js"></script>
<script src="/wp-content/plugins/woocommerce/assets/js/sourcebuster/sourcebuster.min.js?ver=9.6.2" id="sourcebuster-js-js"></script>
<script src="/wp-content/plugins/woocommerce/assets/js/frontend/order-attribution.min.js?ver=9.6.2" id="wc-order-attribution-js"></script>
</body>
</html>
"""


@thirtyfirst_a
def build_wickhollow() -> None:
    s = Site(
        "wickhollow",
        kind="product catalogue (WooCommerce 9 on the Blocksy 2 theme 2024–25: ul.products[data-products=type-1] of li.product with figure > a.ct-media-container holding the image and a span.onsale[data-shape] 'Sale!' or span.out-of-stock-badge 'Out of stock', h2.woocommerce-loop-product__title > a, div.star-rating 'Rated 4.67 out of 5' on rated ones, span.price with del / ins and 'Original price was:' / 'Current price is:' screen-reader copies or a '£18.00 – £34.00' range, ul.entry-meta category pill, div.ct-woo-card-actions buttons; a 'Best sellers' sidebar widget of listed products; nav.ct-pagination 'Prev' / numbers / 'Next' over /page/N/)",
        start=WH_CAT.lstrip("/"),
        description=f"The product category 'Candles' of a Norfolk candle maker's WooCommerce 9.6 shop (wickhollow.co.uk) on the Blocksy 2 theme, {WH_CAT} then {WH_CAT}page/2/ and page/3/, as a logged-out visitor gets it in March 2025. The head (Yoast's CollectionPage graph, canonical and rel prev / next links, Blocksy's bundle CSS, jQuery and wc_add_to_cart_params), body data-link / data-prefix / data-header attributes, the ct-drawer-canvas (search modal, off-canvas menu), header#header.ct-header with a top text row 'Free UK delivery on orders over £45', the logo, the main menu of a.ct-menu-link, search, account and the cart '£0.00'. The hero: ct-breadcrumbs (BreadcrumbList microdata, svg separators), h1.page-title 'Candles', the category text on page 1; div.woo-listing-top with 'Showing 1–12 of 31 results' and the ordering select. ul.products.columns-3[data-products=type-1][data-hover=zoom-in] of li.product.type-product.post-N (first / last, instock / outofstock, product_cat-…, sale, product-type-simple / -variable classes): figure > a.ct-media-container[aria-label] with span.onsale[data-shape=type-2] 'Sale!' (on sale) or span.out-of-stock-badge 'Out of stock' and the lazy image with a srcset; h2.woocommerce-loop-product__title > a.woocommerce-LoopProduct-link; div.star-rating[role=img][aria-label='Rated 4.67 out of 5'] with 'Rated <strong>4.67</strong> out of 5' (on rated products); span.price: plain, del + ins with 'Original price was: £22.00.' / 'Current price is: £18.00.' screen-reader spans, or (variable products) '£18.00 – £34.00' with 'Price range: £18.00 through £34.00'; ul.entry-meta > li.meta-categories > a.ct-term-N category pill; div.ct-woo-card-actions with 'Add to basket' (?add-to-cart=N), 'Select options' or 'Read more' (out of stock) and a describedby span. nav.ct-pagination[data-pagination=simple]: a.prev 'Prev' (from page 2), numbers in div.ct-hidden-sm with span.current, a.next 'Next' + svg; rel=prev / next. The left sidebar: the category tree with counts, the price filter form, 'Best sellers' (ul.product_list_widget of four listed products with stars and prices: not records). The footer (newsletter, help menu, company address, payment icons, 'Powered by Blocksy'), a cookie notification, ct_localizations. 12 + 12 + 7 products. Written down: title, url (/product/<slug>/), price, currency (GBP), original_price (the struck price, where shown), price_max (the top of a range, where shown), category (the pill), rating (where shown), badge ('Sale!' or 'Out of stock', where shown).",
    )
    pages = chunks(WH_PRODUCTS, [WH_PER_PAGE, WH_PER_PAGE, len(WH_PRODUCTS) - 2 * WH_PER_PAGE])
    start = 1
    for number, products in enumerate(pages, 1):
        s.list_page(_wh_href(number).lstrip("/") + "index.html", _wh_page(number, len(pages), products, start))
        start += len(products)
    for p in WH_PRODUCTS:
        badge = "Out of stock" if p.out_of_stock else ("Sale!" if p.original is not None else None)
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "price": float(p.price),
                "currency": "GBP",
                "original_price": float(p.original) if p.original is not None else None,
                "price_max": float(p.top) if p.top is not None else None,
                "category": p.category,
                "rating": float(p.rating) if p.rating is not None else None,
                "badge": badge,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# reposeek: GitHub repository search (2024–25 React search UI), /search?q=tide+prediction&type=repositories, &p=N.
# ---------------------------------------------------------------------------------------------------

RS_QUERY = "tide prediction"
RS_SEARCH = "/search?q=tide+prediction&type=repositories"
RS_TODAY = date(2025, 3, 18)
RS_PER_PAGE = 10

#: owner/name | description ('' = none) | language ('' = none) | stars | updated | topics (comma-separated)
RS_ROWS = """
sealevel-lab/pytides2|Tidal analysis and prediction in Python: harmonic constituents, NOAA station data and tide tables|Python|1234|2025-03-09|tides,oceanography,harmonic-analysis,noaa
tidewise/tidewise|Fast tide prediction engine written in Rust with WebAssembly bindings for the browser|Rust|842|2025-03-14|tides,wasm,rust
kvaerne/utide-py|Python port of the MATLAB UTide package for tidal harmonic analysis and prediction|Python|611|2025-02-27|tides,utide,oceanography
oceancoder/tide-prediction-lstm|Tide level prediction with LSTM networks on UK National Tidegauge Network data|Jupyter Notebook|87|2024-06-11|deep-learning,lstm,time-series
harbourmaster-dev/tidetables|Generate printable tide tables (PDF) for any harmonic station|TypeScript|143|2025-01-30|tides,pdf
marinesoft/OpenTidePredictor|Open-source tide predictor for sailors, with offline harmonic constants for 3,000 ports|C#|56|2023-11-03|sailing,tides,xamarin
ljmoreau/marees-bretagne|Prédiction des marées pour les ports de Bretagne (données SHOM)||12|2025-03-02|
noaa-tools/coops-tide-client|Client for the NOAA CO-OPS API: water levels, tide predictions and currents|Go|298|2025-03-17|noaa,api-client,golang
tidalwave-ml/tide-prediction-transformer|Transformer models for multi-station tide prediction and storm surge residuals|Python|1871|2025-03-11|pytorch,transformers,storm-surge
pbrennan/tide|A tiny CLI that prints today's tide prediction for your nearest station|Shell|34|2024-08-22|cli
coastlines-io/tide-widget|Embeddable tide prediction widget for surf and fishing websites|JavaScript|76|2025-01-08|widget,surf,tides
hydro-uwa/tappy-revived|Tidal analysis program in Python (TAPPY), revived for Python 3|Python|49|2024-12-19|
estuarine/tide-prediction-benchmarks|Benchmarks of harmonic vs. machine-learning tide prediction on 40 gauges|Jupyter Notebook|22|2025-02-04|benchmark,tides
anchorwatch/tides-api|Self-hosted REST API for tide predictions built on FastAPI and SQLite|Python|167|2025-03-06|fastapi,rest-api,tides
mjolnir-hav/tidevann|Tidevannsprognoser for norske havner|Kotlin|9|2024-03-28|
sailorsdesk/TideClock|Tide clock and prediction watch face for Wear OS|Kotlin|213|2025-02-19|wear-os,android,tides
hkinoshita/chouseki|Tide prediction (潮汐推算) with JMA harmonic constants|Python|58|2025-01-21|japan,tides
grib-tools/tidal-currents|Tidal stream and tide prediction from harmonic constituents, exported as GRIB2|C++|31|2023-05-14|grib,sailing
dbarnes/tide-predictions-home-assistant|Home Assistant integration for tide predictions from NOAA and UKHO|Python|402|2025-03-16|home-assistant,hacs,tides
tidecast/tidecast-web|Web app for tide predictions with moon phases and sunrise times|Vue|65|2024-10-30|vue,pwa
pmel-labs/ttide|Tidal harmonic analysis and prediction with confidence intervals (t_tide in Python)|Python|1020|2024-11-12|tides,t-tide,oceanography
swellnet/tidepool||JavaScript|4|2022-09-07|
r-oce/tidepredict|R package for tide prediction from harmonic constituents|R|27|2025-02-11|r-package,cran
kelpforest/tide-prediction-esp32|Offline tide prediction on an ESP32 with an e-ink display|C++|118|2024-07-05|esp32,e-ink,arduino
uhslc/fast-tide|Vectorised tide prediction for global gauge networks (NumPy + Numba)|Python|73|2025-03-12|numba,sea-level
skipperjo/tide-bot|Discord bot that answers with the tide prediction for a port|TypeScript|15|2024-01-17|discord-bot
openseamap/tidal-prediction-layer|Tidal prediction overlay for OpenSeaMap|JavaScript|39|2023-08-29|openseamap,leaflet
"""

RS_COLOURS = {
    "Python": "#3572A5",
    "Rust": "#dea584",
    "Jupyter Notebook": "#DA5B0B",
    "TypeScript": "#3178c6",
    "C#": "#178600",
    "Go": "#00ADD8",
    "Shell": "#89e051",
    "JavaScript": "#f1e05a",
    "Kotlin": "#A97BFF",
    "C++": "#f34b7d",
    "Vue": "#41b883",
    "R": "#198CE7",
}
RS_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class RSRepo(NamedTuple):
    id: int
    full_name: str
    description: str
    language: str
    stars: int
    updated: date
    topics: list[str]

    @property
    def owner(self) -> str:
        return self.full_name.split("/")[0]

    @property
    def name(self) -> str:
        return self.full_name.split("/")[1]


def _rs_repos() -> list[RSRepo]:
    out = []
    for line in RS_ROWS.strip().splitlines():
        full, description, language, stars, updated, topics = line.split("|")
        out.append(
            RSRepo(
                id=100_000_000 + _num(full, 8) * 7 % 800_000_000,
                full_name=full,
                description=description,
                language=language,
                stars=int(stars),
                updated=date.fromisoformat(updated),
                topics=[t for t in topics.split(",") if t],
            )
        )
    return out


RS_REPOS = _rs_repos()


def _rs_stars(stars: int) -> str:
    """GitHub's compact count: 842, 1.2k, 1.9k."""
    if stars < 1000:
        return str(stars)
    return f"{stars / 1000:.1f}".removesuffix(".0") + "k"


def _rs_stars_shown(stars: int) -> int:
    """The number a reader takes from the compact count ('1.2k' → 1200)."""
    if stars < 1000:
        return stars
    return int(Decimal(f"{stars / 1000:.1f}") * 1000)


def _rs_highlight(text: str) -> str:
    """GitHub's search highlights: every word of the query in ``em`` (case-insensitive)."""
    words = RS_QUERY.split()
    pattern = re.compile(r"(" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
    return "".join(f"<em>{esc(part)}</em>" if pattern.fullmatch(part) else esc(part) for part in pattern.split(text))


def _rs_updated(day: date) -> str:
    if day.year == RS_TODAY.year:
        return f"{RS_MONTHS[day.month - 1]} {day.day}"
    return f"{RS_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _rs_moment(repo: RSRepo) -> str:
    hour = 6 + _num(repo.full_name, 2) % 14
    minute = _num(repo.full_name[::-1], 2) % 60
    return f"{repo.updated.isoformat()}T{hour:02d}:{minute:02d}:{_num(repo.name, 2) % 60:02d}.000Z"


def _rs_title_time(repo: RSRepo) -> str:
    hour = 6 + _num(repo.full_name, 2) % 14
    minute = _num(repo.full_name[::-1], 2) % 60
    suffix = "AM" if hour < 12 else "PM"
    shown = hour if hour <= 12 else hour - 12
    return f"{RS_MONTHS[repo.updated.month - 1]} {repo.updated.day}, {repo.updated.year}, {shown}:{minute:02d} {suffix} UTC"


def _rs_href(number: int) -> str:
    return RS_SEARCH if number == 1 else f"{RS_SEARCH}&p={number}"


def _rs_result(repo: RSRepo) -> str:
    description = (
        f'<div class="Box-sc-g0xbh4-0 LjnbQ"><span class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0 search-match">{_rs_highlight(repo.description)}</span></div>'
        if repo.description
        else ""
    )
    topics = ""
    if repo.topics:
        links = "".join(
            f'<a href="/topics/{t}" class="prc-Link-Link-85e08 Box-sc-g0xbh4-0 hFwKAk prc-Token-Token-wU0ix" data-size="medium" data-text-color="accent"><span class="prc-Token-Text-Dd6nW">{t}</span></a>'
            for t in repo.topics
        )
        topics = f'<div class="Box-sc-g0xbh4-0 jIjNsO"><div class="Box-sc-g0xbh4-0 kvhtbS" data-testid="topics-list">{links}</div></div>'
    meta = []
    if repo.language:
        meta.append(
            f'<li class="Box-sc-g0xbh4-0 iyzdzM" display="flex"><span class="Box-sc-g0xbh4-0 iaLQqt" style="background-color:{RS_COLOURS[repo.language]}"></span><span aria-label="{esc(repo.language)} language" class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0">{esc(repo.language)}</span></li>'
        )
    meta.append(
        f'<li class="Box-sc-g0xbh4-0 iyzdzM" display="flex"><a class="prc-Link-Link-85e08" href="/{repo.full_name}/stargazers" aria-label="{repo.stars} stars"><svg aria-hidden="true" focusable="false" class="octicon octicon-star" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" display="inline-block" overflow="visible" style="vertical-align:text-bottom"><path d="M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612a.75.75 0 0 1 .416 1.279l-3.046 2.97.719 4.192a.751.751 0 0 1-1.088.791L8 12.347l-3.766 1.98a.75.75 0 0 1-1.088-.79l.72-4.194L.818 6.374a.75.75 0 0 1 .416-1.28l4.21-.611L7.327.668A.75.75 0 0 1 8 .25Z"></path></svg><span class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0">{_rs_stars(repo.stars)}</span></a></li>'
    )
    meta.append(
        f'<li class="Box-sc-g0xbh4-0 iyzdzM" display="flex"><span class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0">Updated </span><div title="{_rs_title_time(repo)}" class="Box-sc-g0xbh4-0 bgvJQv">on {_rs_updated(repo.updated)}</div></li>'
    )
    dot = '<span class="Box-sc-g0xbh4-0 kKzsok" aria-hidden="true">·</span>'
    return f"""
<div class="Box-sc-g0xbh4-0 iwUbcA"><div class="Box-sc-g0xbh4-0 cSURfY"><div class="Box-sc-g0xbh4-0 gPrlij">
<h3 class="Box-sc-g0xbh4-0 cWHTvg prc-Heading-Heading-6CmGO"><div class="Box-sc-g0xbh4-0 kYLlPM"><div class="Box-sc-g0xbh4-0 fLCCqU"><img src="https://avatars.githubusercontent.com/u/{_num(repo.owner, 8)}?s=48&amp;v=4" alt="" data-component="Avatar" class="prc-Avatar-Avatar-ZRS-m" width="20" height="20" style="--avatarSize-regular:20px"></div><div class="Box-sc-g0xbh4-0 MHoGG search-title"><a href="/{repo.full_name}" class="prc-Link-Link-85e08"><span class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0 search-match">{_rs_highlight(repo.full_name)}</span></a></div></div></h3>
{description}
{topics}
<div class="Box-sc-g0xbh4-0 eXQoFa"><ul class="Box-sc-g0xbh4-0 bZkODq">{dot.join(meta)}</ul></div>
</div>
<div class="Box-sc-g0xbh4-0 jzBCgM"><div class="Box-sc-g0xbh4-0 dYiFxm"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2F{repo.owner}%2F{repo.name}" type="button" class="prc-Button-ButtonBase-c50BI" data-loading="false" data-size="small" data-variant="default" aria-label="Star {repo.full_name}"><span data-component="buttonContent" data-align="center" class="prc-Button-ButtonContent-HKbr-"><span data-component="leadingVisual" class="prc-Button-Visual-2epfX prc-Button-VisualWrap-Db-eB"><svg aria-hidden="true" focusable="false" class="octicon octicon-star" viewBox="0 0 16 16" width="16" height="16" fill="currentColor"><path d="M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612"></path></svg></span><span data-component="text" class="prc-Button-Label-pTQ3x">Star</span></span></a></div></div>
</div></div>"""


def _rs_payload(number: int, repos: list[RSRepo], total_pages: int) -> str:
    results = [
        {
            "id": str(r.id),
            "archived": False,
            "color": RS_COLOURS.get(r.language),
            "followers": r.stars,
            "has_funding_file": False,
            "hl_name": _rs_highlight(r.full_name),
            "hl_trunc_description": _rs_highlight(r.description) if r.description else None,
            "language": r.language or None,
            "mirror": False,
            "owned_by_organization": "-" in r.owner,
            "public": True,
            "repo": {
                "repository": {
                    "id": r.id,
                    "name": r.name,
                    "owner_id": _num(r.owner, 8),
                    "owner_login": r.owner,
                    "updated_at": _rs_moment(r),
                }
            },
            "sponsorable": False,
            "topics": r.topics,
            "type": "Public",
            "help_wanted_issues_count": 0,
            "good_first_issue_issues_count": _num(r.name, 1) % 3,
            "starred_by_current_user": False,
        }
        for r in repos
    ]
    payload = {
        "payload": {
            "header_redesign_enabled": False,
            "results": results,
            "type": "repositories",
            "page": number,
            "page_count": total_pages,
            "elapsed_millis": 92 + number * 7,
            "errors": [],
            "result_count": len(RS_REPOS),
            "facets": [],
            "protected_org_logins": [],
            "topics": None,
            "query_id": "",
            "logged_in": False,
            "sign_up_path": "/signup?source=code_search_results",
            "sign_in_path": "/login?return_to=https%3A%2F%2Fgithub.com%2Fsearch%3Fq%3Dtide%2Bprediction%26type%3Drepositories",
            "metadata": None,
            "warn_limited_results": False,
        },
        "title": f"Repository search results · {RS_QUERY}",
        "appPayload": {
            "helpUrl": "https://docs.github.com",
            "find_file_workers_feature": False,
            "findFileWorkerPath": "/assets-cdn/worker/find-file-worker-9f8a1a2e.js",
            "githubDevUrl": None,
            "enabled_features": {
                "code_nav_ui_events": False,
                "react_blob_overlay": True,
                "copilot_conversational_ux_embedding_update": False,
            },
        },
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _rs_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a href="{esc(_rs_href(number - 1))}" aria-label="Previous Page" rel="prev" class="prc-Pagination-Page-yoEQf" data-icon="previous">Previous</a>'
        )
    else:
        parts.append(
            '<span class="prc-Pagination-Page-yoEQf" aria-hidden="true" aria-disabled="true" data-icon="previous">Previous</span>'
        )
    for page in range(1, total + 1):
        if page == number:
            parts.append(
                f'<a href="#" aria-label="Page {page}" aria-current="page" class="prc-Pagination-Page-yoEQf">{page}</a>'
            )
        else:
            parts.append(
                f'<a href="{esc(_rs_href(page))}" aria-label="Page {page}" class="prc-Pagination-Page-yoEQf">{page}</a>'
            )
    if number < total:
        parts.append(
            f'<a href="{esc(_rs_href(number + 1))}" aria-label="Next Page" rel="next" class="prc-Pagination-Page-yoEQf" data-icon="next">Next</a>'
        )
    else:
        parts.append(
            '<span class="prc-Pagination-Page-yoEQf" aria-hidden="true" aria-disabled="true" data-icon="next">Next</span>'
        )
    return f'<nav class="prc-Pagination-PaginationContainer-bFh-c" aria-label="Pagination"><div class="prc-Pagination-TablePaginationSteps-uwINL" data-component="TablePaginationSteps">{"".join(parts)}</div></nav>'


def _rs_filters() -> str:
    kinds = [
        ("Code", "code", "0"),
        ("Repositories", "repositories", "27"),
        ("Issues", "issues", "143"),
        ("Pull requests", "pullrequests", "38"),
        ("Discussions", "discussions", "6"),
        ("Users", "users", "2"),
        ("More", "", ""),
    ]
    items = "".join(
        f'<li class="prc-ActionList-ActionListItem-uq6I7" data-active="{str(key == "repositories").lower()}"><a href="/search?q=tide+prediction&amp;type={key}" class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">{label}</span><span class="prc-ActionList-TrailingVisual-Xm7cd"><span class="prc-CounterLabel-CounterLabel-ZwXPe" data-variant="secondary">{count}</span></span></a></li>'
        for label, key, count in kinds
        if key
    )
    langs = ["Python", "Jupyter Notebook", "JavaScript", "TypeScript", "Kotlin", "C++", "Rust", "Go"]
    lang_items = "".join(
        f'<li class="prc-ActionList-ActionListItem-uq6I7"><a href="/search?q=tide+prediction+language%3A{esc(lang.replace(" ", "+"))}&amp;type=repositories&amp;l={esc(lang.replace(" ", "+"))}" class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-LeadingVisual-dxXxW"><span class="Box-sc-g0xbh4-0 iaLQqt" style="background-color:{RS_COLOURS[lang]}"></span></span><span class="prc-ActionList-ItemLabel-TmBhn">{esc(lang)}</span></a></li>'
        for lang in langs
    )
    return f"""<div class="Box-sc-g0xbh4-0 ipeRJx" data-testid="search-sidebar"><div class="Box-sc-g0xbh4-0 bSgtrc"><h2 class="prc-Heading-Heading-6CmGO">Filter by</h2><ul class="prc-ActionList-ActionList-X4RiC" data-dividers="false" data-variant="inset">{items}</ul></div>
<div class="Box-sc-g0xbh4-0 bSgtrc"><h3 class="prc-Heading-Heading-6CmGO">Languages</h3><ul class="prc-ActionList-ActionList-X4RiC">{lang_items}<li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">More languages...</span></button></li></ul></div>
<div class="Box-sc-g0xbh4-0 bSgtrc"><h3 class="prc-Heading-Heading-6CmGO">Advanced</h3><ul class="prc-ActionList-ActionList-X4RiC"><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Owner</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Size</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Number of followers</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Number of forks</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Number of stars</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Date created</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><button class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Date pushed</span></button></li><li class="prc-ActionList-ActionListItem-uq6I7"><a href="/search/advanced" class="prc-ActionList-ActionListContent-sg9-x"><span class="prc-ActionList-ItemLabel-TmBhn">Advanced search</span></a></li></ul></div></div>"""


def _rs_page(number: int, total: int, repos: list[RSRepo]) -> str:
    results = "".join(_rs_result(r) for r in repos)
    nonce = _hex(f"nonce{number}", 32)
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com">
<link rel="dns-prefetch" href="https://avatars.githubusercontent.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-0cfd1fd8509e.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-225433424a87.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/global-d9ef82ac4e1b.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-react.4d2c4a2e5b1f9e0a7c3d.module.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/ui-packages_search.ab12c9e0f4d3.module.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-6fcc8e1d4c5b.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/react-lib-f1bca44e0926.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/search-6b3a2f0d7e91.js"></script>
<title>Repository search results · GitHub</title>
<meta name="route-pattern" content="/search(.:format)" data-turbo-transient>
<meta name="route-controller" content="codesearch" data-turbo-transient>
<meta name="route-action" content="index" data-turbo-transient>
<meta name="current-catalog-service-hash" content="f3abb0cc802f3d7b95fc8762b94bdcb13bf39634c40c357301c4aa1d67a256fb">
<meta name="request-id" content="C2D4:3A1F2:1B0E9C4:1C4A7F2:67D9{number:04d}" data-pjax-transient="true">
<meta name="html-safe-nonce" content="{nonce}" data-pjax-transient="true">
<meta name="visitor-payload" content="eyJyZWZlcnJlciI6IiIsInJlcXVlc3RfaWQiOiJDMkQ0OjNBMUYyIn0=" data-pjax-transient="true">
<meta name="github-keyboard-shortcuts" content="" data-turbo-transient="true">
<meta name="selected-link" value="/search" data-turbo-transient>
<meta name="google-site-verification" content="Apib7-x98H0j5cPqHWwSMm6dNU4GmODRoqxLiDzdx9I">
<meta name="octolytics-url" content="https://collector.github.com/github/collect">
<meta name="user-login" content="">
<meta name="viewport" content="width=device-width">
<meta name="description" content="GitHub is where people build software. More than 150 million people use GitHub to discover, fork, and contribute to over 420 million projects.">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="GitHub">
<meta property="og:image" content="https://github.githubassets.com/assets/github-logo-55c5b9a1fe52.png">
<meta property="og:site_name" content="GitHub">
<meta property="og:type" content="object">
<meta property="og:title" content="Build software better, together">
<meta property="og:url" content="https://github.com">
<meta name="hostname" content="github.com">
<meta name="expected-hostname" content="github.com">
<meta name="turbo-cache-control" content="no-preview" data-turbo-transient="">
<meta name="turbo-body-classes" content="logged-out env-production page-responsive">
<meta name="browser-stats-url" content="https://api.github.com/_private/browser/stats">
<meta name="browser-errors-url" content="https://api.github.com/_private/browser/errors">
<link rel="mask-icon" href="https://github.githubassets.com/assets/pinned-octocat-093da3e6fa40.svg" color="#000000">
<link rel="alternate icon" class="js-site-favicon" type="image/png" href="https://github.githubassets.com/favicons/favicon.png">
<link rel="icon" class="js-site-favicon" type="image/svg+xml" href="https://github.githubassets.com/favicons/favicon.svg">
<meta name="theme-color" content="#1e2327">
<link rel="manifest" href="/manifest.json" crossOrigin="use-credentials">
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div data-turbo-body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"><span style="width: 0%;" data-view-component="true" class="Progress-item progress-pjax-loader-bar left-0 top-0 color-bg-accent-emphasis"></span></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode="light" data-light-theme="light" data-dark-theme="dark">
<h2 class="sr-only">Navigation Menu</h2>
<div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1">
<div class="d-flex flex-justify-between flex-items-center width-full width-lg-auto"><div class="flex-1"><button aria-label="Toggle navigation" aria-expanded="false" type="button" data-view-component="true" class="js-details-target js-nav-padding-recalculate js-header-menu-toggle Button--link Button--medium Button d-lg-none color-fg-inherit p-1"><span class="Button-content"><span class="Button-label"><div class="HeaderMenu-toggle-bar rounded my-1"></div><div class="HeaderMenu-toggle-bar rounded my-1"></div><div class="HeaderMenu-toggle-bar rounded my-1"></div></span></span></button></div>
<a class="mr-lg-3 color-fg-inherit flex-order-2 js-prevent-focus-on-mobile-nav" href="/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="32" data-view-component="true" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.025 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"></path></svg></a>
<div class="flex-1 flex-order-2 text-right"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fsearch%3Fq%3Dtide%2Bprediction%26type%3Drepositories" class="HeaderMenu-link HeaderMenu-button d-inline-flex d-lg-none flex-order-1 f5 no-underline border color-border-default rounded-2 px-2 py-1 color-fg-inherit js-prevent-focus-on-mobile-nav" data-analytics-event='{{"category":"Marketing nav","action":"click to Sign in","label":"Sign in"}}'>Sign in</a></div></div>
<div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><div class="HeaderMenu-wrapper d-flex flex-column flex-self-start flex-lg-row flex-auto rounded rounded-lg-0">
<nav class="HeaderMenu-nav" aria-label="Global"><ul class="d-lg-flex list-style-none"><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Product</button></li><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Solutions</button></li><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Resources</button></li><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Open Source</button></li><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">Enterprise</button></li><li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/pricing">Pricing</a></li></ul></nav>
<div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3"><qbsearch-input class="search-input" data-scope="" data-custom-scopes-path="/search/custom_scopes" data-delete-custom-scopes-csrf="" data-max-custom-scopes="10" data-header-redesign-enabled="false" data-initial-value="tide prediction" data-blackbird-suggestions-path="/search/suggestions" data-jump-to-suggestions-path="/_graphql/GetSuggestedNavigationDestinations" data-current-repository="" data-current-org="" data-current-owner="" data-logged-in="false" data-copilot-chat-enabled="false"><div class="search-input-container search-with-dialog position-relative d-flex flex-row flex-items-center mr-4 rounded" data-action="click:qbsearch-input#searchInputContainerClicked"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton" aria-label="Search or jump to…" aria-haspopup="dialog" placeholder="Search or jump to..." data-hotkey="s,/" autocapitalize="off" data-action="click:qbsearch-input#handleExpand"><div class="mr-2 color-fg-muted"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-search"><path d="M10.68 11.74a6 6 0 0 1-7.922-8.982 6 6 0 0 1 8.982 7.922l3.04 3.04a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215ZM11.5 7a4.499 4.499 0 1 0-8.997 0A4.499 4.499 0 0 0 11.5 7Z"></path></svg></div><span class="flex-1" data-target="qbsearch-input.inputButtonText">tide prediction</span></button></div></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fsearch%3Fq%3Dtide%2Bprediction%26type%3Drepositories" class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded rounded-lg-0 px-2 py-1">Sign in</a></div>
<a href="/signup?ref_cta=Sign+up&amp;ref_loc=header+logged+out&amp;ref_page=%2Fsearch&amp;source=header" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1">Sign up</a>
</div></div></div></div>
</header>
<div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full"><span class="js-stale-session-flash-signed-in" hidden>You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span></div>
</div>
<div id="start-of-content" class="show-on-focus"></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled data-project-hovercards-enabled>
<main>
<react-app app-name="search" initial-path="{esc(_rs_href(number))}" style="display: block; min-height: calc(100vh - 64px);" data-attempted-ssr="true" data-ssr="true" data-lazy="false" data-alternate="false" data-data-router-enabled="false" data-react-profiling="false">
<script type="application/json" data-target="react-app.embeddedData">{_rs_payload(number, repos, total)}</script>
<div data-target="react-app.reactRoot"><style data-styled="true" data-styled-version="5.3.11">.iwUbcA{{display:flex;padding:16px;border-bottom:1px solid var(--borderColor-muted)}}.cSURfY{{display:flex;justify-content:space-between;width:100%}}.gPrlij{{display:flex;flex-direction:column;gap:4px;min-width:0}}.MHoGG{{display:flex;min-width:0}}.iyzdzM{{display:flex;align-items:center;gap:4px;font-size:12px;color:var(--fgColor-muted)}}.iaLQqt{{width:10px;height:10px;border-radius:50%;display:inline-block}}.bZkODq{{display:flex;flex-wrap:wrap;align-items:center;gap:8px;list-style:none}}</style>
<div class="Box-sc-g0xbh4-0 hXxgcD"><div class="Box-sc-g0xbh4-0 gUkoLg">
{_rs_filters()}
<div class="Box-sc-g0xbh4-0 bXafCl" data-testid="search-results-container">
<div class="Box-sc-g0xbh4-0 eJkYal"><div class="Box-sc-g0xbh4-0 kIqbZA"><h2 class="prc-Heading-Heading-6CmGO sr-only" data-testid="search-results-heading">Search results</h2><div class="Box-sc-g0xbh4-0 dAiHXq"><div data-testid="result-count" class="Box-sc-g0xbh4-0 fYpNfm">{len(RS_REPOS)} results</div><span class="Text__StyledText-sc-17v1xeu-0 prc-Text-Text-0ima0 fhaFnj">({92 + number * 7} ms)</span></div></div>
<div class="Box-sc-g0xbh4-0 hvMZCg"><button type="button" aria-haspopup="true" aria-expanded="false" tabindex="0" class="prc-Button-ButtonBase-c50BI" data-size="small" data-variant="invisible" id=":R1j8l5:"><span data-component="buttonContent" class="prc-Button-ButtonContent-HKbr-"><span data-component="text" class="prc-Button-Label-pTQ3x">Sort by: Best match</span></span></button><button type="button" class="prc-Button-ButtonBase-c50BI" data-size="small" data-variant="invisible" aria-label="Save"><span data-component="text" class="prc-Button-Label-pTQ3x">Save</span></button></div></div>
<div data-testid="results-list" class="Box-sc-g0xbh4-0 bDnQCz">{results}
</div>
<div class="Box-sc-g0xbh4-0 jYdmBx">{_rs_pager(number, total)}</div>
</div>
</div></div>
</div>
</react-app>
</main>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center flex-shrink-0 mx-auto"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg aria-hidden="true" height="24" viewBox="0 0 24 24" version="1.1" width="24" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12"></path></svg></a><span>&copy; 2025 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading"><li class="mx-2"><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service" class="Link--secondary Link">Terms</a></li><li class="mx-2"><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement" class="Link--secondary Link">Privacy</a></li><li class="mx-2"><a href="https://github.com/security" class="Link--secondary Link">Security</a></li><li class="mx-2"><a href="https://www.githubstatus.com/" class="Link--secondary Link">Status</a></li><li class="mx-2"><a href="https://docs.github.com/" class="Link--secondary Link">Docs</a></li><li class="mx-2"><a href="https://support.github.com?tags=dotcom-footer" class="Link--secondary Link">Contact</a></li><li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement">Manage cookies</button></cookie-consent-link></li><li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement">Do not share my personal information</button></cookie-consent-link></li></ul></nav></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-initial-cookie-consent-allowed="" data-cookie-consent-required="true"></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-alert"><path d="M6.457 1.047c.659-1.234 2.427-1.234 3.086 0l6.082 11.378A1.75 1.75 0 0 1 14.082 15H1.918a1.75 1.75 0 0 1-1.543-2.575Z"></path></svg><button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error">×</button>You can’t perform that action at this time.</div>
</div>
</body>
</html>
"""


@thirtyfirst_a
def build_reposeek() -> None:
    s = Site(
        "reposeek",
        kind="repository search results (GitHub search 2024–25, logged out: react-app[app-name=search] with an embedded JSON payload and server-rendered Primer React markup in hashed Box-sc classes, div[data-testid=results-list] of result boxes: h3 with an avatar and div.search-title > a > span.search-match 'owner/name' with em highlights, a highlighted description, /topics/ token links on some, a ul of language (colour dot), stars link '842' / '1.2k' with aria-label '1234 stars', 'Updated on Mar 9' with the moment in a title, a 'Star' button; filter sidebar with counts, '27 results', Primer pager Previous / numbers / Next with rel over &p=N)",
        start=RS_SEARCH.lstrip("/"),
        description=f"A GitHub repository search for 'tide prediction' as a logged-out visitor gets it on {RS_TODAY.isoformat()}, {RS_SEARCH} then &p=2 and &p=3. The github.com head (githubassets CSS and the React bundles, route / request-id / visitor meta tags, og tags), the logged-out HeaderMktg (menu buttons Product / Solutions / Resources / Open Source / Enterprise, Pricing, qbsearch-input showing 'tide prediction', 'Sign in' / 'Sign up'), then react-app[app-name=search][data-ssr=true]: a script[type=application/json][data-target=react-app.embeddedData] payload (results with id, hl_name and hl_trunc_description with <em> highlights, language, color, followers — the star count —, topics, repo.repository {{name, owner_login, updated_at}}, page, page_count, result_count 27, elapsed_millis, sign-in paths) and the server-rendered root: the left 'Filter by' list (Code, Repositories 27, Issues 143, Pull requests 38, Discussions 6, Users 2), Languages with colour dots, Advanced (Owner, Size, …, Advanced search); '27 results' + '(99 ms)', 'Sort by: Best match', 'Save'; div[data-testid=results-list] of div.Box-sc-g0xbh4-0 boxes: h3.prc-Heading-Heading-6CmGO with the owner avatar img and div.search-title > a[href=/owner/name].prc-Link-Link-85e08 > span.search-match 'owner/name' with em around 'tide' / 'prediction'; the description in span.search-match with em (missing on one); div[data-testid=topics-list] of a[href=/topics/<t>] Token links (on most); a ul of li items joined by '·' spans: the language (an empty colour-dot span + span[aria-label='Python language'] 'Python', missing on two), the stars link a[href=/owner/name/stargazers][aria-label='1234 stars'] with the octicon and '1.2k' (exact under a thousand), 'Updated ' + div[title='Mar 9, 2025, 4:12 PM UTC'] 'on Mar 9' (with the year 'on Nov 3, 2023' when not this year); a 'Star' button (a login link). Under the list the Primer pager nav[aria-label=Pagination] (Previous as a disabled span on page 1 / a[rel=prev], a[aria-label='Page N'] numbers with aria-current, Next a[rel=next] or a disabled span), then the 'Sign in to search code on GitHub' box; the footer (Terms, Privacy, … 'Manage cookies'), ghcc-consent. 10 + 10 + 7 repositories. Written down: title ('owner/name' as shown), url (/owner/name), description (where shown), language (where shown), stars (the number shown, '1.2k' → 1200), updated (ISO day, or '--MM-DD' when the page leaves the year out), topics (as a list, where shown).",
    )
    pages = chunks(RS_REPOS, [RS_PER_PAGE, RS_PER_PAGE, len(RS_REPOS) - 2 * RS_PER_PAGE])
    for number, repos in enumerate(pages, 1):
        s.list_page(_rs_href(number).lstrip("/").replace("?", "@"), _rs_page(number, len(pages), repos))
    for r in RS_REPOS:
        updated = r.updated.isoformat() if r.updated.year != RS_TODAY.year else r.updated.strftime("--%m-%d")
        s.expect(
            {
                "title": r.full_name,
                "url": f"/{r.full_name}",
                "description": r.description or None,
                "language": r.language or None,
                "stars": _rs_stars_shown(r.stars),
                "updated": updated,
                "topics": r.topics or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# orchardly-jobs: a Lever hosted job board (jobs.lever.co/<company>), one page of every opening.
# ---------------------------------------------------------------------------------------------------

OJ_COMPANY = "orchardly"

#: team | sub-team ('' = none) | title | location | workplace | commitment ('' = none shown)
OJ_ROWS = """
Engineering|Platform|Senior Platform Engineer (Kubernetes)|Bristol, UK|Hybrid|Full-time
Engineering|Platform|Site Reliability Engineer|Remote – UK|Remote|Full-time
Engineering|Platform|Engineering Manager, Infrastructure|Bristol, UK|Hybrid|Full-time
Engineering|Product Engineering|Senior Full-Stack Engineer (TypeScript)|Bristol, UK|Hybrid|Full-time
Engineering|Product Engineering|Mobile Engineer (React Native)|Remote – Europe|Remote|Full-time
Engineering|Product Engineering|Frontend Engineer|London, UK|Hybrid|Full-time
Engineering|Product Engineering|Graduate Software Engineer 2025|Bristol, UK|On-site|Full-time
Engineering|Data|Staff Data Engineer|Bristol, UK|Hybrid|Full-time
Engineering|Data|Machine Learning Engineer, Crop Forecasting|Remote – UK|Remote|Full-time
Engineering|Data|Data Science Intern (Summer 2025)|Bristol, UK|On-site|Internship
Engineering|Embedded|Embedded Firmware Engineer (Sensors)|Bristol, UK|On-site|Full-time
Engineering|Embedded|Hardware Test Technician|Taunton, UK|On-site|Contract
Product||Senior Product Manager, Grower App|Bristol, UK|Hybrid|Full-time
Product||Product Designer|London, UK|Hybrid|Full-time
Product||UX Researcher (12-month contract)|Remote – UK|Remote|Contract
Field Operations|Agronomy|Field Agronomist – Kent|Maidstone, UK|On-site|Full-time
Field Operations|Agronomy|Field Agronomist – Herefordshire|Hereford, UK|On-site|Full-time
Field Operations|Agronomy|Seasonal Orchard Data Collector|Evesham, UK|On-site|Seasonal
Field Operations|Installations|Sensor Installation Lead|Taunton, UK|On-site|Full-time
Field Operations|Installations|Installation Technician (Weekend)|Maidstone, UK|On-site|Part-time
Go-to-market|Sales|Account Executive, Commercial Growers|Remote – UK|Remote|Full-time
Go-to-market|Sales|Business Development Representative|Bristol, UK|Hybrid|Full-time
Go-to-market|Sales|Regional Sales Manager, Benelux|Utrecht, Netherlands|Hybrid|
Go-to-market|Marketing|Content Marketing Manager|Bristol, UK|Hybrid|Part-time
Go-to-market|Marketing|Events & Partnerships Coordinator|Bristol, UK|Hybrid|Full-time
Customer Success||Customer Success Manager|Bristol, UK|Hybrid|Full-time
Customer Success||Technical Support Specialist (Dutch speaking)|Utrecht, Netherlands|Hybrid|
People & Finance||People Partner|Bristol, UK|Hybrid|Part-time
People & Finance||Financial Controller|Bristol, UK|Hybrid|
"""


class OJPosting(NamedTuple):
    id: str
    team: str
    sub: str
    title: str
    location: str
    workplace: str
    commitment: str

    @property
    def department(self) -> str:
        return f"{self.team} – {self.sub}" if self.sub else self.team

    @property
    def url(self) -> str:
        return f"/{OJ_COMPANY}/{self.id}"


def _oj_postings() -> list[OJPosting]:
    out = []
    for line in OJ_ROWS.strip().splitlines():
        team, sub, title, location, workplace, commitment = line.split("|")
        out.append(OJPosting(_uuid(title + location), team, sub, title, location, workplace, commitment))
    return out


OJ_POSTINGS = _oj_postings()


def _oj_posting(p: OJPosting) -> str:
    commitment = (
        f'<span href="#" class="sort-by-commitment posting-category small-category-label commitment">{esc(p.commitment)}</span>'
        if p.commitment
        else ""
    )
    return f"""
<div class="posting" data-qa-posting-id="{p.id}">
<div class="posting-apply" data-qa="btn-apply"><a href="{p.url}" class="posting-btn-submit template-btn-submit hex-color">Apply</a></div>
<a class="posting-title" href="{p.url}"><h5 data-qa="posting-name">{esc(p.title)}</h5><div class="posting-categories"><span href="#" class="sort-by-location posting-category small-category-label location">{esc(p.location)}</span><span href="#" class="display-inline-block small-category-label workplaceTypes">{esc(p.workplace)}</span><span href="#" class="sort-by-team posting-category small-category-label department">{esc(p.department)}</span>{commitment}</div></a>
</div>"""


def _oj_groups() -> str:
    out = []
    teams: dict[str, list[OJPosting]] = {}
    for p in OJ_POSTINGS:
        teams.setdefault(p.team, []).append(p)
    for team, postings in teams.items():
        body = []
        if postings[0].sub:
            body.append(f'<div class="large-category-header">{esc(team)}</div>')
            subs: dict[str, list[OJPosting]] = {}
            for p in postings:
                subs.setdefault(p.sub, []).append(p)
            for sub, items in subs.items():
                body.append(f'<div class="posting-category-title large-category-label">{esc(sub)}</div>')
                body.extend(_oj_posting(p) for p in items)
        else:
            body.append(f'<div class="posting-category-title large-category-label">{esc(team)}</div>')
            body.extend(_oj_posting(p) for p in postings)
        out.append(f'<div class="postings-group">{"".join(body)}\n</div>')
    return "\n".join(out)


def _oj_filter(label: str, param: str, values: list[str]) -> str:
    links = "".join(
        f'<li><a href="?{param}={esc(v.replace(" ", "%20").replace("&", "%26"))}" class="category-link">{esc(v)}</a></li>'
        for v in values
    )
    return f"""<div class="filter-button-wrapper" tabindex="0" aria-haspopup="true" aria-expanded="false"><div class="filter-button">{label}<svg class="caret" width="10" height="6" viewBox="0 0 10 6" aria-hidden="true"><path d="M0 0l5 6 5-6z"/></svg></div><div class="filter-popup"><ul><li><a href="/{OJ_COMPANY}" class="category-link">All</a></li>{links}</ul></div></div>"""


def _oj_page() -> str:
    locations = sorted({p.location for p in OJ_POSTINGS})
    teams = list(dict.fromkeys(p.team for p in OJ_POSTINGS))
    commitments = sorted({p.commitment for p in OJ_POSTINGS if p.commitment})
    filters = (
        _oj_filter("Location type", "workplaceType", ["On-site", "Hybrid", "Remote"])
        .replace("?workplaceType=On-site", "?workplaceType=onsite")
        .replace("?workplaceType=Hybrid", "?workplaceType=hybrid")
        .replace("?workplaceType=Remote", "?workplaceType=remote")
        + _oj_filter("Location", "location", locations)
        + _oj_filter("Team", "team", teams)
        + _oj_filter("Work type", "commitment", commitments)
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orchardly</title>
<meta name="twitter:card" value="summary">
<meta name="twitter:title" content="Orchardly">
<meta name="twitter:description" content="Job openings at Orchardly">
<meta name="twitter:image" content="https://lever-client-logos.s3.us-west-2.amazonaws.com/{_uuid("logo")}-1712745123456.png">
<meta property="og:title" content="Orchardly jobs">
<meta property="og:description" content="Job openings at Orchardly">
<meta property="og:url" content="https://jobs.lever.co/{OJ_COMPANY}">
<meta property="og:image" content="https://lever-client-logos.s3.us-west-2.amazonaws.com/{_uuid("logo")}-1712745123456.png">
<meta property="og:image:height" content="630">
<meta property="og:image:width" content="1200">
<link href="https://fonts.googleapis.com/css?family=Open+Sans:400,400i,600,600i,700,700i" rel="stylesheet">
<link href="/css/jobs-page.css?v=a3f9e1c" rel="stylesheet" type="text/css">
<link rel="icon" href="/img/favicon.ico">
<script>window.__LEVER_PAGE__ = {{"account": "{OJ_COMPANY}", "page": "list", "groupBy": "team"}};</script>
</head>
<body class="list-page">
<div class="content-wrapper list-page">
<div class="main-header page-full-width section-wrapper">
<div class="main-header-content page-centered narrow-section page-full-width">
<a class="main-header-logo" href="https://orchardly.farm"><img alt="Orchardly logo" src="https://lever-client-logos.s3.us-west-2.amazonaws.com/{_uuid("logo")}-1712745123456.png"></a>
</div>
</div>
<div class="content">
<div class="section-wrapper accent-section page-full-width">
<div class="section page-centered">
<p>We build sensors and software that help fruit growers predict frost, disease and harvest dates. About 70 of us work between our Bristol office, two field stations and home. Every role below is open to flexible hours; tell us what you need in your application.</p>
</div>
</div>
<div class="section-wrapper page-full-width">
<div class="section page-centered filter-bar" data-qa="filter-bar">
<div class="filter-bar-inner">
<span class="filter-by-label">Filter by:</span>
{filters}
</div>
</div>
</div>
<div class="section-wrapper page-full-width">
<div class="section page-centered">
<div class="postings-wrapper">
{_oj_groups()}
</div>
</div>
</div>
</div>
<div class="main-footer page-full-width">
<div class="main-footer-text page-centered">
<p><a href="https://orchardly.farm">Orchardly Home Page</a></p>
<a href="https://www.lever.co/job-seeker-support/" class="image-link"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a>
</div>
</div>
</div>
<script src="/js/vendor/jquery-3.7.1.min.js"></script>
<script src="/js/jobs-page.js?v=a3f9e1c"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-K2S1M9V7QX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-K2S1M9V7QX', {{ 'anonymize_ip': true }});</script>
</body>
</html>
"""


@thirtyfirst_a
def build_orchardly_jobs() -> None:
    s = Site(
        "orchardly-jobs",
        kind="job board (Lever hosted board 2024–25, jobs.lever.co/<company>: every opening on one page, div.postings-group per team with div.large-category-header + div.posting-category-title.large-category-label sub-teams, div.posting[data-qa-posting-id] with an 'Apply' a.posting-btn-submit and a.posting-title > h5[data-qa=posting-name] + div.posting-categories spans: location, workplaceTypes 'Hybrid', department 'Engineering – Data', commitment (missing on three); filter-bar popups of ?team= / ?location= links; no pager)",
        start=f"{OJ_COMPANY}/",
        description=f"The Lever hosted job board of Orchardly, a Bristol agritech company, /{OJ_COMPANY}/ (jobs.lever.co/{OJ_COMPANY}), as a visitor gets it in March 2025: every opening on one page, grouped by team — Lever has no pager. The head (title 'Orchardly', twitter / og tags with the lever-client-logos image, Open Sans, the jobs-page CSS, a small page config script), body.list-page > div.content-wrapper.list-page: div.main-header with a.main-header-logo to the company site, an accent section with the company's intro paragraph, the filter bar (div.filter-bar 'Filter by:' and four div.filter-button-wrapper popups — Location type, Location, Team, Work type — whose links are ?workplaceType= / ?location= / ?team= / ?commitment= filters of the same page, plus 'All'), then div.postings-wrapper of div.postings-group: teams with sub-teams open with div.large-category-header 'Engineering' followed by div.posting-category-title.large-category-label 'Platform' per sub-team, teams without one only with the label; div.posting[data-qa-posting-id=<uuid>] with div.posting-apply > a.posting-btn-submit 'Apply' (the posting's URL) and a.posting-title > h5[data-qa=posting-name] + div.posting-categories of span.sort-by-location.location 'Bristol, UK', span.workplaceTypes 'Hybrid' / 'Remote' / 'On-site', span.sort-by-team.department 'Engineering – Platform' (the team, or team – sub-team), span.sort-by-commitment.commitment 'Full-time' / 'Part-time' / 'Contract' / 'Internship' / 'Seasonal' (missing on three). The footer 'Orchardly Home Page' and 'Jobs powered by' + the Lever logo; jQuery, the jobs-page script, gtag. 29 openings. Written down: title, url (/{OJ_COMPANY}/<uuid>), location, workplace, department (as the card shows it), commitment (where shown).",
    )
    s.list_page(f"{OJ_COMPANY}/index.html", _oj_page())
    for p in OJ_POSTINGS:
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "location": p.location,
                "workplace": p.workplace,
                "department": p.department,
                "commitment": p.commitment or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYFIRST_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
