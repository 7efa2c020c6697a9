"""Nineteenth wave, part B: three list sites built on common shop / CMS platforms as they rendered in
2024–25, written and measured before any heuristic was changed for them (a Wix Stores gallery, a German
WooCommerce shop archive and a Drupal 10 Views events listing).

* **wixgallery** — a small candle and ceramics brand's Wix Stores "Shop" page: Wix's generated shell
  (``SITE_CONTAINER`` / ``masterPage`` / ``comp-lq8x2k1a`` ids, ``data-mesh-id`` wrappers, the "This site
  was designed with Wix" ad bar, the consent banner), a gallery section with a categories / price filter
  sidebar and a sort select, then ``ul[data-hook=product-list-wrapper]`` of ``li`` items, each a
  ``div[data-hook=product-item-root]`` with an image link ``a[data-hook=product-item-container]`` (``aria-
  hidden``) holding ``wow-image`` elements (the image in a JSON ``data-image-info`` attribute, an ``img``
  inside), a ribbon "Sale" / "New" / "Best Seller" on some, a "Quick View" button, a details link with the
  ``h3[data-hook=product-item-name]`` and the price: screen-reader "Price" + ``price-to-pay``, or "Regular
  Price" + struck ``price-before-discount`` + "Sale Price" + ``price-to-pay``; "Add to Cart" buttons or an
  "Out of stock" span; a "Load More" button with a crawlable ``/shop?page=2`` link beside it (and ``rel=next``
  in the head); the warmup-data JSON holding the page's products. Written down: title, url, price,
  currency, original_price, ribbon, stock (where shown).
* **woohaus** — a German coffee and tea roastery on WooCommerce with Storefront and Germanized (de_DE):
  ``ul.products.columns-4`` of ``li.product.type-product.post-N…`` items with
  ``a.woocommerce-LoopProduct-link``, ``h2.woocommerce-loop-product__title``, ``span.onsale`` "Angebot!",
  ``div.star-rating[role=img][aria-label="Bewertet mit 4.50 von 5"]``, ``span.price`` "12,90 €" / ``del`` +
  ``ins`` with screen-reader "Ursprünglicher Preis war: …" / "Aktueller Preis ist: …" / variable ranges
  "8,90 € – 24,90 €", Germanized "Grundpreis" unit prices, tax and delivery-time lines, buttons "In den
  Warenkorb" / "Ausführung wählen" / "Weiterlesen" (sold out) with data-product_id / data-product_sku,
  result count, orderby select, ``/shop/page/2/`` pagination, sidebar widgets (price filter, categories
  with counts, "Bestbewertete Produkte" with the same price markup), a cookie notice. Written down:
  title, url, price, price_max (ranges), currency, original_price, rating.
* **viewsboard** — a US university's Drupal 10 events listing (Olivero sub-theme, Views):
  ``div.view.view-events.view-id-events.view-display-id-page_1`` with an exposed filter form, a view header
  "Displaying 1 - 10 of 28", ``div.views-row`` rows each an ``article.node--type-event.node--view-mode-teaser``
  with the title link, a daterange field of two ``time[datetime]`` in UTC (evening events fall on the next
  UTC day), an inline "Location" entity-reference link, "Event type" taxonomy term links, the trimmed body,
  an inline "Cost" "Free" / "$10"; a "Read more" link with hidden text; ``nav.pager`` with zero-based
  ``?page=1`` / ``?page=2`` links, "Last »"; breadcrumb, skip link, contextual-link placeholders, the
  drupal-settings JSON. Written down: title, url, date (local day), time (local start), location,
  event_type (list), summary, price + currency (where a cost other than "Free" is shown).

Run ``uv run python tests/sites/corpus/generate_nineteenth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

NINETEENTH_B: dict[str, Callable[[], None]] = {}


def nineteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 8, letters: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    """A stable pseudo-random token of ``letters`` (ids, media names, hashed classes)."""
    number = zlib.crc32(text.encode())
    out = []
    for _ in range(length):
        number, rest = divmod(number * 7919 + 13, len(letters))
        out.append(letters[rest])
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# wixgallery: a Wix Stores product gallery with "Load More".
# ---------------------------------------------------------------------------------------------------

# (name, price, before-discount price or None, ribbon or None, in stock)
WX_PRODUCTS: list[tuple[str, float, float | None, str | None, bool]] = [
    ("Saltmarsh Soy Candle – Sea Fennel", 28.0, None, "Best Seller", True),
    ("Tidepool Ceramic Mug", 34.0, None, None, True),
    ("Driftwood & Amber Candle 8oz", 24.0, 30.0, "Sale", True),
    ("Speckled Stoneware Bud Vase", 42.0, None, "New", True),
    ("Low Tide Reed Diffuser", 36.0, None, None, False),
    ("Harbor Fog Travel Tin", 14.0, None, None, True),
    ("Kelp Green Serving Bowl", 68.0, 85.0, "Sale", True),
    ("Beeswax Taper Pair – Natural", 18.0, None, None, True),
    ("Sea Salt & Sage Wax Melts", 12.0, None, "New", True),
    ("Handthrown Pour-Over Dripper", 56.0, None, None, False),
    ("Cedar Wick Candle – Campfire", 32.0, None, None, True),
    ("Matte White Espresso Cups (Set of 2)", 38.0, 46.0, "Sale", True),
    ("Coastal Linen Spray 4oz", 22.0, None, None, True),
    ("Oyster Shell Trinket Dish", 16.0, None, "Best Seller", True),
    ("Storm Blue Planter – Large", 74.0, None, None, True),
    ("Wick Trimmer – Brushed Brass", 19.0, None, None, True),
    ("Seaglass Tumbler Candle", 30.0, 36.0, "Sale", False),
    ("Dune Grass Incense Cones", 11.0, None, "New", True),
    ("Ash Glaze Dinner Plate", 44.0, None, None, True),
    ("Harbour Lights Gift Set", 89.0, 110.0, "Sale", True),
    ("Candle Snuffer – Blackened Steel", 24.0, None, None, True),
    ("Rope & Tide Hand Soap", 20.0, None, None, True),
    ("Sandbar Ceramic Lantern", 58.0, None, "New", True),
    ("Fig Leaf & Cassis Candle 12oz", 38.0, None, None, True),
    ("Pebble Incense Holder", 22.0, None, None, False),
    ("Lighthouse Matches (Set of 3)", 15.0, None, None, True),
    ("Marram Glaze Pasta Bowl", 48.0, 56.0, "Sale", True),
    ("Gift Card", 50.0, None, None, True),
    ("Rockpool Salt Cellar", 26.0, None, None, True),
    ("Northern Shore Candle Trio", 64.0, None, "Best Seller", True),
    ("Cobalt Rim Side Plate", 29.0, None, None, True),
    ("Refill Pouch – Linen Spray", 17.0, None, "New", True),
]
WX_PAGES = [12, 12, 8]
WX_COMP = "comp-lq8x2k1a"
WX_TPA = "TPAMultiSection_lq8x2k1a"
WX_SITE = "https://www.saltmarshcandle.co"
# Stylable classes the way Wix Stores ships them: a hashed namespace, then state/variant classes.
WX_NAME_CLASS = "sHGZ4zO oDs3Hm3---typography-11-runningText oDs3Hm3---priority-7-primary syHtuvM FzO_a9"
WX_PRICE_CLASS = "cfpn1d"
WX_SR = "sr-only"


def _wx_href(number: int) -> str:
    return "/shop" if number == 1 else f"/shop?page={number}"


def _wx_price(value: float) -> str:
    return f"${value:,.2f}"


def _wx_media(name: str) -> str:
    return f"9d1b7e_{_hash(name, 32, '0123456789abcdef')}~mv2.jpg"


def _wx_item(index: int, row: tuple[Any, ...], s: Site) -> str:
    name, price, before, ribbon, in_stock = row
    url = f"/product-page/{slug(name)}"
    s.expect(
        {
            "title": name,
            "url": url,
            "price": price,
            "currency": "USD",
            "original_price": before,
            "ribbon": ribbon,
            "stock": None if in_stock else "Out of stock",
        }
    )
    media = _wx_media(name)
    info = {
        "containerId": f"{_hash(name, 10)}",
        "alignType": "center",
        "displayMode": "fill",
        "targetWidth": 320,
        "targetHeight": 320,
        "isLQIP": False,
        "imageData": {"width": 1500, "height": 1500, "uri": media, "name": "", "displayMode": "fill"},
    }
    img_src = f"https://static.wixstatic.com/media/{media}/v1/fill/w_320,h_320,al_c,q_80,usm_0.66_1.00_0.01,enc_avif,quality_auto/{media.split('~')[0]}.jpg"
    second = _wx_media(name + " alt")
    info2 = {**info, "imageData": {"width": 1500, "height": 1500, "uri": second, "name": "", "displayMode": "fill"}}
    img2 = f"https://static.wixstatic.com/media/{second}/v1/fill/w_320,h_320,al_c,q_80,usm_0.66_1.00_0.01,enc_avif,quality_auto/{second.split('~')[0]}.jpg"
    ribbon_html = (
        f'<div class="s6Kq9bS oGz6ZvE---type-8-ribbon" data-hook="product-item-ribbon-new"><span data-hook="product-item-ribbon" class="sv4JS8R">{esc(ribbon)}</span></div>'
        if ribbon
        else ""
    )
    if before is not None:
        price_html = f"""<div data-hook="product-item-price-with-discount" class="s5r2MWc"><span data-hook="sr-product-item-price-before-discount" class="{WX_SR}">Regular Price</span><span data-hook="product-item-price-before-discount" class="sqnZH9Q oFZ5Jnr---typography-11-runningText oFZ5Jnr---priority-8-secondary {WX_PRICE_CLASS}">{_wx_price(before)}</span><span data-hook="sr-product-item-price-to-pay" class="{WX_SR}">Sale Price</span><span data-hook="product-item-price-to-pay" data-wix-price="{_wx_price(price)}" class="s0rnXBa oFZ5Jnr---typography-11-runningText oFZ5Jnr---priority-7-primary {WX_PRICE_CLASS}">{_wx_price(price)}</span></div>"""
    else:
        price_html = f"""<div data-hook="product-item-price-to-pay-wrapper" class="s5r2MWc"><span data-hook="sr-product-item-price-to-pay" class="{WX_SR}">Price</span><span data-hook="product-item-price-to-pay" data-wix-price="{_wx_price(price)}" class="s0rnXBa oFZ5Jnr---typography-11-runningText oFZ5Jnr---priority-7-primary {WX_PRICE_CLASS}">{_wx_price(price)}</span></div>"""
    action = (
        '<div class="s6zsUy2" data-hook="product-item-add-to-cart-wrapper"><button aria-disabled="false" data-hook="product-item-add-to-cart-button" class="sdi9Bs0 oWHc2Ch---priority-6-basicSecondary oWHc2Ch---size-6-medium oWHc2Ch---fullWidth-4-true sTpeD8U" type="button" tabindex="0"><span class="sK8a1Ar">Add to Cart</span></button></div>'
        if in_stock
        else '<span data-hook="product-item-out-of-stock" class="sSBPVNO oCGvzJq---typography-11-runningText oCGvzJq---priority-7-primary">Out of stock</span>'
    )
    product_id = f"{_hash(name, 8, '0123456789abcdef')}-{_hash(name + '1', 4, '0123456789abcdef')}-{_hash(name + '2', 4, '0123456789abcdef')}-{_hash(name + '3', 4, '0123456789abcdef')}-{_hash(name + '4', 12, '0123456789abcdef')}"
    return f"""<li data-hook="product-list-grid-item" class="sF3ApwS"><div data-slug="{slug(name)}" data-hook="product-item-root" class="sHY9lYb oZgqY2S---imageRatio-5-1-1 oZgqY2S---mediaHover-7-swapImage" role="group" aria-label="{esc(name)} gallery" data-product-id="{product_id}"><div class="s0nbHRc"><a href="{url}" tabindex="-1" aria-hidden="true" class="sp9tOkq" data-hook="product-item-container"><div class="sEaCQUM" data-hook="product-item-images"><div class="syvuYaW" data-hook="ProductMediaDataHook.Images"><wow-image id="img_{_hash(name, 8)}" class="HlRz5e BI8PVQ" data-image-info="{esc(json.dumps(info, separators=(",", ":")))}" data-has-ssr-src="" data-is-svg="false" data-bg-effect-name="" style="width:100%;height:100%"><img src="{img_src}" alt="{esc(name)}" style="width:320px;height:320px;object-fit:cover" width="320" height="320" srcset="{img_src} 1x" fetchpriority="{"high" if index < 4 else "auto"}"/></wow-image><wow-image id="img_{_hash(name + "h", 8)}" class="HlRz5e BI8PVQ sbG0rr8" data-image-info="{esc(json.dumps(info2, separators=(",", ":")))}" data-has-ssr-src="" data-is-svg="false" data-bg-effect-name=""><img src="{img2}" alt="{esc(name)}" width="320" height="320" loading="lazy"/></wow-image></div></div>{ribbon_html}</a><div class="sUd6uRF" data-hook="product-item-quick-view-wrapper"><button class="s2Pq0ZM oqAAtGm---priority-6-basicPrimary sbdrlFh" data-hook="product-item-quick-view-button" type="button" aria-haspopup="dialog" tabindex="0">Quick View</button></div></div><div class="sGI0kGy" data-hook="not-image-container"><a href="{url}" class="sA1e5ZH" data-hook="product-item-product-details-link" tabindex="0"><div data-hook="product-item-product-details" class="sT4zYsH"><div data-hook="product-item-name-and-price-layout" class="sZ8qPZQ"><h3 class="{WX_NAME_CLASS}" aria-hidden="false" data-hook="product-item-name">{esc(name)}</h3><div class="sPhrQwk" aria-hidden="true" data-hook="product-item-separator"></div><div data-hook="product-item-price-wrapper" class="sp5jg7t">{price_html}</div></div></div></a><div data-hook="product-item-product-options" class="sb1xuNv"></div>{action}</div></div></li>"""


def _wx_page(number: int, total: int, rows: list[tuple[Any, ...]], first: int, s: Site) -> str:
    items = "".join(_wx_item(first + i, r, s) for i, r in enumerate(rows))
    shown = first + len(rows)
    more = (
        f'<div class="sVtbd0g" data-hook="load-more-button-container"><button data-hook="load-more-button" class="sYy0wA6 oWHc2Ch---priority-6-basicSecondary oWHc2Ch---size-5-large sn4OsTx" type="button" aria-label="Load More" tabindex="0"><span class="sK8a1Ar">Load More</span></button><a class="{WX_SR}" data-hook="next-page-link" href="{_wx_href(number + 1)}" rel="next" tabindex="-1">Next page</a></div>'
        if number < total
        else ""
    )
    prev_link = (
        f'<a class="{WX_SR}" data-hook="prev-page-link" href="{_wx_href(number - 1)}" rel="prev" tabindex="-1">Previous page</a>'
        if number > 1
        else ""
    )
    head_links = (f'<link rel="prev" href="{WX_SITE}{_wx_href(number - 1)}"/>' if number > 1 else "") + (
        f'<link rel="next" href="{WX_SITE}{_wx_href(number + 1)}"/>' if number < total else ""
    )
    warmup = {
        "appsWarmupData": {
            "1380b703-ce81-ff05-f115-39571d94dfcd": {
                f"{WX_TPA}_galleryData": {
                    "appSettings": {"galleryRowsPerPage": 4, "galleryColumns": 3},
                    "catalog": {
                        "category": {
                            "id": "00000000-000000-000000-000000000001",
                            "name": "All Products",
                            "numOfProducts": len(WX_PRODUCTS),
                        },
                        "products": [
                            {
                                "id": f"{_hash(r[0], 8, '0123456789abcdef')}",
                                "name": r[0],
                                "urlPart": slug(r[0]),
                                "price": r[2] if r[2] is not None else r[1],
                                "comparePrice": r[1] if r[2] is not None else 0,
                                "formattedPrice": _wx_price(r[2] if r[2] is not None else r[1]),
                                "formattedComparePrice": _wx_price(r[1]) if r[2] is not None else "",
                                "ribbon": r[3] or "",
                                "isInStock": r[4],
                                "media": [
                                    {"url": _wx_media(r[0]), "mediaType": "PHOTO", "width": 1500, "height": 1500}
                                ],
                            }
                            for r in rows
                        ],
                    },
                    "currentPage": number,
                    "totalProducts": len(WX_PRODUCTS),
                }
            }
        }
    }
    cats = "".join(
        f'<li class="sXlQ8tq" data-hook="category-tree-item"><a href="/shop/{slug(c)}" class="s1tNcXR {"sxyM6TD" if c == "All Products" else ""}" data-hook="category-tree-link">{esc(c)}</a></li>'
        for c in ("All Products", "Candles", "Ceramics", "Home Fragrance", "Accessories", "Gift Sets")
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="" dir="ltr"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="generator" content="Wix.com Website Builder"/>
<title>Shop | Saltmarsh Candle Co.</title>
<meta name="description" content="Hand-poured soy candles and small-batch ceramics from the Maine coast."/>
<link rel="canonical" href="{WX_SITE}{_wx_href(number)}"/>{head_links}
<meta property="og:title" content="Shop | Saltmarsh Candle Co."/><meta property="og:url" content="{WX_SITE}/shop"/><meta property="og:site_name" content="Saltmarsh Candle Co."/><meta property="og:type" content="website"/>
<link rel="preconnect" href="https://static.wixstatic.com" crossorigin=""/>
<script>window.viewerModel = {{"site":{{"metaSiteId":"6a2e3f7c-8f1d-4c11-9a3b-5e8f0d2c7b41","isHttps":true,"externalBaseUrl":"{WX_SITE}"}},"language":{{"userLanguage":"en"}},"requestUrl":"{WX_SITE}{_wx_href(number)}","fleetConfig":{{"fleetName":"wix-thunderbolt","type":"GA"}}}};</script>
<style id="css_masterPage">#SITE_HEADER{{z-index:50;--above-all-in-container:10000}}.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}</style>
</head>
<body class="responsive">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_c1dmp" data-media-height-override-type="" class="MW5IWV"><div id="bgLayers_pageBackground_c1dmp" data-hook="bgLayers" class="LWbAav Kv1aVt"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div></div></div></div>
<div id="WIX_ADS" class="VczJcB ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;orig_msid=6a2e3f7c" target="_blank" rel="nofollow" class="LvU7aD"><span class="DTfc5v"><span>This site was designed with the <b>Wix</b> .com website builder. Create your website today.</span><span class="e8dCK9">Start Now</span></span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBgCenter"></div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kx9f2a1b" class="MazNVa comp-kx9f2a1b wixui-image"><a data-testid="linkElement" href="/" class="j7pOnl"><img src="https://static.wixstatic.com/media/9d1b7e_logo~mv2.png/v1/fill/w_180,h_48,al_c/logo.png" alt="Saltmarsh Candle Co." width="180" height="48"/></a></div>
<nav id="comp-kx9f2a2c" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu"><li class="itemDepth02233374943__root"><a data-testid="linkElement" href="/" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">Home</span></a></li><li class="itemDepth02233374943__root" data-selected="true"><a data-testid="linkElement" href="/shop" aria-current="page" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">Shop</span></a></li><li class="itemDepth02233374943__root"><a data-testid="linkElement" href="/our-story" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">Our Story</span></a></li><li class="itemDepth02233374943__root"><a data-testid="linkElement" href="/stockists" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">Stockists</span></a></li><li class="itemDepth02233374943__root"><a data-testid="linkElement" href="/contact" class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">Contact</span></a></li></ul></nav>
<div id="comp-kx9f2a3d" class="comp-kx9f2a3d"><div data-hook="cart-icon-button" class="sTN9JgD"><a href="/cart-page" aria-label="Cart with 0 items" data-hook="cart-icon-link"><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M5 7h14l-1 13H6z"></path></svg><span data-hook="items-count" class="sYkS6bD">0</span></a></div></div>
<div id="comp-kx9f2a4e" class="comp-kx9f2a4e"><div class="s_6Tr1H"><a href="/account/my-account" data-hook="login-button" class="sF2bx5n"><span>Log In</span></a></div></div>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq8x2j0z" tabindex="-1" class="Oqnisf comp-lq8x2j0z wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq8x2j0z" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf"><div id="comp-lq8x2j11" class="comp-lq8x2j11 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8x2j11inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq8x2j11inlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-lq8x2j13" class="HcOXKn SxM0TO QxJLC3 comp-lq8x2j13 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text" style="font-size:42px;">Shop</h1></div><div id="comp-lq8x2j15" class="HcOXKn SxM0TO QxJLC3 comp-lq8x2j15 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Free shipping on US orders over $75. Every candle is poured by hand in small batches in Rockland, Maine.</p></div></div></div></div></div></section>
<section id="{WX_COMP}" tabindex="-1" class="Oqnisf {WX_COMP} wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_{WX_COMP}" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf"><div id="comp-lq8x2k1c" class="comp-lq8x2k1c YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq8x2k1cinlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq8x2k1cinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="{WX_TPA}" class="{WX_TPA} YzqVVZ"><div class="s__8ZzOU3 oqGy9kU--responsive" data-hook="tpa-component"><div data-hook="gallery-app-root" class="sJx1z1U oAqS8wF---layout-6-filter">
<aside class="sMZz4Cj" data-hook="sidebar"><div data-hook="filters" class="s5XnUAA"><h2 class="sw1iOGd" data-hook="filters-title">Browse by</h2><ul class="sYbLBsl" data-hook="category-tree">{cats}</ul>
<div data-hook="filter-type-PRICE" class="sHmGJcZ"><button type="button" aria-expanded="true" data-hook="filter-title" class="s3q2F7p">Filter by<span class="sr-only"> Price</span></button><div data-hook="price-range-filter" class="sOsNV_A"><span data-hook="price-filter-label">Price</span><input type="range" aria-label="Minimum price" min="0" max="110" value="0"/><input type="range" aria-label="Maximum price" min="0" max="110" value="110"/><div class="sU0V2XK"><span data-hook="min-price">$0.00</span><span data-hook="max-price">$110.00</span></div></div></div></div></aside>
<section class="sMC_QZN" data-hook="gallery-products-section" aria-label="All Products"><header class="soYfIWU" data-hook="product-list-header"><h2 class="sAdfIXZ" data-hook="product-list-title">All Products</h2><div class="sVbyeR8" data-hook="sort"><label data-hook="sort-label" for="sort-{WX_COMP}">Sort by:</label><select id="sort-{WX_COMP}" data-hook="sort-select"><option value="">Recommended</option><option value="dateCreated:desc">Newest</option><option value="price:asc">Price (low to high)</option><option value="price:desc">Price (high to low)</option><option value="name:asc">Name A-Z</option></select></div><p class="s_Ks2aU" data-hook="product-count" aria-live="polite">{len(WX_PRODUCTS)} products</p></header>
<div data-hook="product-list" class="sT9c1De" aria-label="Product Gallery"><ul class="sBnB6sh oZN8NvU---layout-4-grid" data-hook="product-list-wrapper" aria-label="Product Gallery" style="--itemsPerRow:3">{items}</ul>
{prev_link}{more}<p class="{WX_SR}" aria-live="polite" data-hook="products-counter">{shown} out of {len(WX_PRODUCTS)} products shown</p></div></section>
</div></div></div>
</div></div></div></div></section>
<section id="comp-lq8x2m5g" tabindex="-1" class="Oqnisf comp-lq8x2m5g wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq8x2m5i" class="comp-lq8x2m5i YzqVVZ"><div data-mesh-id="comp-lq8x2m5iinlineContent" data-testid="inline-content"><div id="comp-lq8x2m5k" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Join the tide</h2><p class="font_8 wixui-rich-text__text">Get 10% off your first order and early access to seasonal scents.</p></div><form id="comp-lq8x2m5m" class="wixui-form" data-testid="form"><label for="input_comp-lq8x2m5n">Email</label><input id="input_comp-lq8x2m5n" type="email" placeholder="Email address"/><button type="submit" data-testid="buttonElement" class="wixui-button"><span class="wixui-button__label">Subscribe</span></button></form></div></div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kx9f3b1a" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_9"><a href="/shipping-returns">Shipping &amp; Returns</a></p><p class="font_9"><a href="/store-policy">Store Policy</a></p><p class="font_9"><a href="/faq">FAQ</a></p></div>
<div id="comp-kx9f3b2b" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_9">Saltmarsh Candle Co.<br/>412 Main Street, Rockland, ME 04841<br/>hello@saltmarshcandle.co</p></div>
<div id="comp-kx9f3b3c" class="comp-kx9f3b3c"><ul class="hY2ZQ7 wixui-social-bar" aria-label="Social Bar"><li class="jl4eXL"><a data-testid="linkElement" href="https://www.instagram.com/saltmarshcandle" target="_blank" aria-label="Instagram"><img src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png" alt="Instagram" width="24" height="24"/></a></li><li class="jl4eXL"><a data-testid="linkElement" href="https://www.pinterest.com/saltmarshcandle" target="_blank" aria-label="Pinterest"><img src="https://static.wixstatic.com/media/8f6f59264a094af0b46e9f6c77dff83e.png" alt="Pinterest" width="24" height="24"/></a></li></ul></div>
<div id="comp-kx9f3b4d" class="HcOXKn SxM0TO QxJLC3 wixui-rich-text" data-testid="richTextElement"><p class="font_9">© 2025 by Saltmarsh Candle Co. Powered and secured by <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix</a></p></div>
</div></div></div></footer>
</div></div>
<div id="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner-root" class="cmkYvi" role="region" aria-label="Cookie Consent Banner"><div data-hook="ccsu-banner-wrapper" class="sH1aZC"><p data-hook="consent-banner-text" class="jgAiW5">This website uses cookies. We use cookies to improve your experience and for marketing. Read our <a href="/cookie-policy" data-hook="consent-banner-policy-link">Cookie Policy</a>.</p><div class="cp3BQn"><button data-hook="consent-banner-settings-button" class="sJYZC8">Settings</button><button data-hook="consent-banner-decline-button" class="sJYZC8">Decline</button><button data-hook="consent-banner-apply-button" class="a5hmTi">Accept</button></div></div></div></div>
</div></div>
<script type="application/json" id="wix-warmup-data">{json.dumps(warmup, ensure_ascii=False, separators=(",", ":"))}</script>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.c3a7e0a2.bundle.min.js" async></script>
</body></html>"""


@nineteenth_b
def build_wixgallery() -> None:
    s = Site(
        "wixgallery",
        kind="product catalogue (Wix Stores gallery 2024–25: generated comp-… ids and hashed Stylable classes, li > div[data-hook=product-item-root] with an aria-hidden image link of wow-image elements (JSON data-image-info) and a ribbon 'Sale' / 'New' / 'Best Seller', a 'Quick View' button, a details link with h3[data-hook=product-item-name] and screen-reader 'Price' / 'Regular Price' + struck price + 'Sale Price' labels, 'Add to Cart' or 'Out of stock'; a 'Load More' button beside a hidden crawlable /shop?page=N link, rel=next in the head, warmup-data JSON, Wix ad bar and consent banner)",
        start="shop",
        description="A small brand's Wix Stores shop page (Thunderbolt renderer, 2024–25): the 'designed with Wix' ad bar, SITE_HEADER with logo, a Stylable horizontal menu, cart icon and Log In; mesh-layout sections (comp-… ids, data-mesh-id wrappers), an intro rich-text section with h1 'Shop'; the TPA gallery section: a sidebar 'Browse by' category tree and a price range filter, a header 'All Products' with a 'Sort by:' select and '32 products', then ul[data-hook=product-list-wrapper] of li[data-hook=product-list-grid-item], each div[data-hook=product-item-root] (data-slug) holding a[data-hook=product-item-container] (aria-hidden, tabindex -1) around two wow-image elements (data-image-info JSON with the media uri, an img inside; the second is the hover image) and a ribbon span[data-hook=product-item-ribbon] 'Sale' / 'New' / 'Best Seller' on some, a 'Quick View' button, then a[data-hook=product-item-product-details-link] with h3[data-hook=product-item-name] and the price block: sr-only 'Price' + span[data-hook=product-item-price-to-pay] '$28.00', or sr-only 'Regular Price' + price-before-discount '$30.00' + sr-only 'Sale Price' + price-to-pay '$24.00'; an 'Add to Cart' button or span[data-hook=product-item-out-of-stock] 'Out of stock'; 12, 12 and 8 products, a 'Load More' button with a visually hidden a[rel=next] '/shop?page=N' beside it (and prev on later pages), link rel=prev/next in the head, a sr-only '12 out of 32 products shown'; a newsletter section, the footer, a consent banner and the wix-warmup-data JSON holding the page's products (name, urlPart, price, comparePrice, ribbon, isInStock). Written down: title, url, price, currency, original_price (on sale), ribbon (where shown), stock ('Out of stock', where shown).",
    )
    pages = chunks(WX_PRODUCTS, WX_PAGES)
    first = 0
    for number, rows in enumerate(pages, 1):
        path = "shop/index.html" if number == 1 else _wx_href(number).lstrip("/").replace("?", "@")
        s.list_page(path, _wx_page(number, len(pages), rows, first, s))
        first += len(rows)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# woohaus: a German WooCommerce shop archive (Storefront + Germanized).
# ---------------------------------------------------------------------------------------------------

# (name, category slug, price, price before sale or None, range top for variable products or None,
#  rating or None, in stock, unit: (grams or millilitres, "g"/"ml") for a Grundpreis or None)
WH_PRODUCTS: list[tuple[str, str, float, float | None, float | None, float | None, bool, tuple[int, str] | None]] = [
    ("Espresso Milano", "kaffee", 12.90, None, None, 4.75, True, (250, "g")),
    ("Hausröstung Nr. 7", "kaffee", 8.90, None, 24.90, 4.5, True, None),
    ("Äthiopien Yirgacheffe Filterkaffee", "kaffee", 14.50, 16.90, None, 4.86, True, (250, "g")),
    ("Entkoffeiniert Schwarzwald", "kaffee", 11.90, None, None, None, True, (250, "g")),
    ("Colombia Huila Bio", "kaffee", 13.90, None, None, 4.25, False, (250, "g")),
    ("Kaffeemühle Handmühle Comandante C40", "zubehoer", 1249.00, 1349.00, None, 5.0, True, None),
    ("Earl Grey Bergamotte", "tee", 7.50, None, None, 4.0, True, (100, "g")),
    ("Sencha Japan Bio", "tee", 9.90, None, 27.90, 4.67, True, None),
    ("Rooibos Vanille", "tee", 5.90, 6.90, None, None, True, (100, "g")),
    ("Chai Gewürzmischung", "tee", 8.40, None, None, 3.5, True, (100, "g")),
    ("Kenia Kiambu AA", "kaffee", 15.90, None, None, None, True, (250, "g")),
    ("V60 Handfilter Keramik", "zubehoer", 24.00, None, None, 4.5, True, None),
    ("Filterpapier V60 (100 Stück)", "zubehoer", 6.50, None, None, None, True, None),
    ("Brasil Cerrado Crema", "kaffee", 10.90, None, 36.90, 4.33, True, None),
    ("Matcha Ceremonial Grade", "tee", 29.90, 34.90, None, 4.9, True, (30, "g")),
    ("Cold Brew Set", "zubehoer", 39.00, None, None, None, False, None),
    ("Guatemala Huehuetenango", "kaffee", 14.90, None, None, 4.6, True, (250, "g")),
    ("Pfefferminze Marokko", "tee", 4.90, None, None, 4.0, True, (100, "g")),
    ("Milchkännchen Edelstahl 350 ml", "zubehoer", 17.50, None, None, 3.67, True, None),
    ("Espresso Decaf Crema", "kaffee", 13.50, None, None, None, True, (250, "g")),
    ("Darjeeling First Flush 2025", "tee", 12.90, None, None, None, True, (100, "g")),
    ("Probierpaket Espresso (4 × 100 g)", "geschenke", 19.90, 22.90, None, 4.8, True, (400, "g")),
    ("Geschenkgutschein", "geschenke", 10.00, None, 100.00, None, True, None),
    ("Peru Cajamarca Fairtrade", "kaffee", 12.50, None, None, 4.25, True, (250, "g")),
    ("Kräutertee Abendruhe", "tee", 6.20, None, None, None, True, (100, "g")),
    ("AeroPress Clear", "zubehoer", 44.90, None, None, 4.75, True, None),
    ("Indien Monsooned Malabar", "kaffee", 13.90, None, None, 3.8, False, (250, "g")),
    ("Oolong Milky Taiwan", "tee", 11.40, None, None, 4.5, True, (100, "g")),
    ("Siebträger-Reinigungstabletten", "zubehoer", 9.90, None, None, None, True, None),
    ("Weihnachtsröstung", "kaffee", 9.90, 13.90, None, 4.4, True, (250, "g")),
    ("Grüner Tee Jasmin", "tee", 7.90, None, None, None, True, (100, "g")),
    ("Tasse „Röstwerk“ Steingut", "geschenke", 16.00, None, None, 5.0, True, None),
    ("Honduras Marcala", "kaffee", 12.90, None, 34.90, None, True, None),
    ("Teedose Washi 150 g", "zubehoer", 14.90, None, None, None, True, None),
    ("Ruanda Huye Mountain", "kaffee", 15.50, None, None, 4.67, True, (250, "g")),
    ("Ingwer Zitrone", "tee", 6.90, None, None, 4.2, True, (100, "g")),
    ("Barista Thermometer", "zubehoer", 12.90, None, None, None, False, None),
    ("Espresso Napoli Forte", "kaffee", 11.90, None, None, 4.1, True, (250, "g")),
    ("Weißer Tee Pai Mu Tan", "tee", 13.90, None, None, None, True, (100, "g")),
    ("Kaffee-Abo Probierbox", "geschenke", 27.90, None, None, 4.95, True, None),
]
WH_PAGES = [16, 16, 8]
WH_CATS = {"kaffee": "Kaffee", "tee": "Tee", "zubehoer": "Zubehör", "geschenke": "Geschenke"}


def _wh_href(number: int) -> str:
    return "/shop/" if number == 1 else f"/shop/page/{number}/"


def _wh_num(value: float) -> str:
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


def _wh_amount(value: float, hidden: bool = False) -> str:
    aria = ' aria-hidden="true"' if hidden else ""
    return f'<span class="woocommerce-Price-amount amount"{aria}><bdi>{_wh_num(value)}&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></bdi></span>'


def _wh_price_html(price: float, before: float | None, top: float | None) -> str:
    if before is not None:
        return f'<span class="price"><del aria-hidden="true">{_wh_amount(before)}</del> <span class="screen-reader-text">Ursprünglicher Preis war: {_wh_num(before)}&nbsp;&euro;.</span><ins aria-hidden="true">{_wh_amount(price)}</ins><span class="screen-reader-text">Aktueller Preis ist: {_wh_num(price)}&nbsp;&euro;.</span></span>'
    if top is not None:
        return f'<span class="price">{_wh_amount(price, True)} <span aria-hidden="true">&ndash;</span> {_wh_amount(top, True)}<span class="screen-reader-text">Preisspanne: {_wh_num(price)}&nbsp;&euro; bis {_wh_num(top)}&nbsp;&euro;</span></span>'
    return f'<span class="price">{_wh_amount(price)}</span>'


def _wh_stars(rating: float) -> str:
    return f'<div class="star-rating" role="img" aria-label="Bewertet mit {rating:.2f} von 5"><span style="width:{rating / 5 * 100:g}%">Bewertet mit <strong class="rating">{rating:.2f}</strong> von 5</span></div>'


def _wh_ids(index: int) -> tuple[int, str]:
    return 2107 + index * 13, f"RW-{1040 + index * 7}"


def _wh_item(index: int, column: int, row: tuple[Any, ...], s: Site) -> str:
    name, cat, price, before, top, rating, in_stock, unit = row
    post, sku = _wh_ids(index)
    url = f"/produkt/{slug(name)}/"
    s.expect(
        {
            "title": name,
            "url": url,
            "price": price,
            "price_max": top,
            "currency": "EUR",
            "original_price": before,
            "rating": rating,
        }
    )
    kind = "variable" if top is not None else "simple"
    classes = [
        "product",
        "type-product",
        f"post-{post}",
        "status-publish",
        "first" if column == 0 else "last" if column == 3 else "",
        "instock" if in_stock else "outofstock",
        f"product_cat-{cat}",
        "has-post-thumbnail",
        "sale" if before is not None else "",
        "featured" if index % 11 == 3 else "",
        "taxable",
        "shipping-taxable",
        "purchasable" if in_stock else "",
        f"product-type-{kind}",
    ]
    image = f"/wp-content/uploads/2025/02/{slug(name)}-324x324.jpg"
    flash = '<span class="onsale">Angebot!</span>' if before is not None else ""
    stars = _wh_stars(rating) if rating is not None else ""
    unit_html = ""
    if unit is not None:
        amount, symbol = unit
        base = 100 if amount >= 100 else 10
        per = price / amount * base
        unit_html = f'<p class="price price-unit smaller wc-gzd-additional-info">Grundpreis: {_wh_amount(per)} / <span class="unit">{base} {symbol}</span></p>'
    tax = "7" if cat in ("kaffee", "tee") else "19"
    delivery = (
        '<p class="wc-gzd-additional-info delivery-time-info">Lieferzeit: <span class="delivery-time-inner delivery-time-1-3-werktage">1-3 Werktage</span></p>'
        if in_stock
        else '<p class="wc-gzd-additional-info delivery-time-info">Lieferzeit: <span class="delivery-time-inner delivery-time-derzeit-nicht-lieferbar">derzeit nicht lieferbar</span></p>'
    )
    if not in_stock:
        button = f'<a href="{url}" data-quantity="1" class="button wp-element-button product_type_simple" data-product_id="{post}" data-product_sku="{sku}" aria-label="Lese mehr über „{esc(name)}“" aria-describedby="" rel="nofollow">Weiterlesen</a>'
    elif kind == "variable":
        button = f'<a href="{url}" data-quantity="1" class="button wp-element-button product_type_variable add_to_cart_button" data-product_id="{post}" data-product_sku="{sku}" aria-label="Wähle Optionen für „{esc(name)}“" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{post}" rel="nofollow">Ausführung wählen</a><span id="woocommerce_loop_add_to_cart_link_describedby_{post}" class="screen-reader-text">Dieses Produkt weist mehrere Varianten auf. Die Optionen können auf der Produktseite gewählt werden</span>'
    else:
        button = f'<a href="?add-to-cart={post}" data-quantity="1" class="button wp-element-button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{post}" data-product_sku="{sku}" aria-label="In den Warenkorb legen: „{esc(name)}“" aria-describedby="" rel="nofollow">In den Warenkorb</a>'
    return f"""<li class="{" ".join(c for c in classes if c)}">
	<a href="{url}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">{flash}<img width="324" height="324" src="{image}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async" loading="lazy" srcset="{image} 324w, {image.replace("-324x324", "-150x150")} 150w, {image.replace("-324x324", "-600x600")} 600w" sizes="(max-width: 324px) 100vw, 324px"/><h2 class="woocommerce-loop-product__title">{esc(name)}</h2>{stars}
	{_wh_price_html(price, before, top)}
	{unit_html}
</a><div class="wc-gzd-additional-info-loop"><p class="wc-gzd-additional-info tax-info">inkl. {tax} % MwSt.</p><p class="wc-gzd-additional-info shipping-costs-info">zzgl. <a href="/versand-und-zahlung/" target="_blank">Versandkosten</a></p>{delivery}</div>{button}</li>"""


def _wh_widget_price(row: tuple[Any, ...]) -> str:
    """A widget's price: the loop's price markup without its span.price wrapper."""
    return _wh_price_html(row[2], row[3], row[4]).removeprefix('<span class="price">').removesuffix("</span>")


def _wh_sidebar() -> str:
    counts = {c: sum(1 for p in WH_PRODUCTS if p[1] == c) for c in WH_CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{17 + i}"><a href="/produkt-kategorie/{c}/">{esc(label)}</a> <span class="count">({counts[c]})</span></li>'
        for i, (c, label) in enumerate(WH_CATS.items())
    )
    top = sorted((p for p in WH_PRODUCTS if p[5] is not None), key=lambda p: -float(p[5] or 0))[:4]
    top_html = "".join(
        f'<li><a href="/produkt/{slug(p[0])}/"><img width="324" height="324" src="/wp-content/uploads/2025/02/{slug(p[0])}-324x324.jpg" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" loading="lazy"/><span class="product-title">{esc(p[0])}</span></a>{_wh_stars(float(p[5] or 0))}{_wh_widget_price(p)}</li>'
        for p in top
    )
    return f"""<div id="secondary" class="widget-area" role="complementary">
<div id="woocommerce_price_filter-2" class="widget woocommerce widget_price_filter"><span class="gamma widget-title">Nach Preis filtern</span><form method="get" action="/shop/"><div class="price_slider_wrapper"><div class="price_slider" style="display:none;"></div><div class="price_slider_amount" data-step="10"><label class="screen-reader-text" for="min_price">Mindestpreis</label><input type="text" id="min_price" name="min_price" value="0" data-min="0" placeholder="Mindestpreis"/><label class="screen-reader-text" for="max_price">Höchstpreis</label><input type="text" id="max_price" name="max_price" value="1350" data-max="1350" placeholder="Höchstpreis"/><button type="submit" class="button wp-element-button">Filter</button><div class="price_label" style="display:none;">Preis: <span class="from"></span> &mdash; <span class="to"></span></div><div class="clear"></div></div></div></form></div>
<div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Produktkategorien</span><ul class="product-categories">{cats}</ul></div>
<div id="woocommerce_top_rated_products-2" class="widget woocommerce widget_top_rated_products"><span class="gamma widget-title">Bestbewertete Produkte</span><ul class="product_list_widget">{top_html}</ul></div>
</div>"""


def _wh_pagination(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<li><a class="prev page-numbers" href="{_wh_href(number - 1)}">&larr;</a></li>')
    for n in range(1, total + 1):
        parts.append(
            f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>'
            if n == number
            else f'<li><a class="page-numbers" href="{_wh_href(n)}">{n}</a></li>'
        )
    if number < total:
        parts.append(f'<li><a class="next page-numbers" href="{_wh_href(number + 1)}">&rarr;</a></li>')
    return f'<nav class="woocommerce-pagination" aria-label="Produkt-Seitennummerierung"><ul class="page-numbers">{"".join(parts)}</ul></nav>'


def _wh_page(number: int, total: int, rows: list[tuple[Any, ...]], first: int, s: Site) -> str:
    items = "\n".join(_wh_item(first + i, i % 4, r, s) for i, r in enumerate(rows))
    last = first + len(rows)
    sorting = f"""<div class="storefront-sorting"><form class="woocommerce-ordering" method="get"><select name="orderby" class="orderby" aria-label="Shop-Bestellung"><option value="menu_order" selected="selected">Standardsortierung</option><option value="popularity">Nach Beliebtheit sortiert</option><option value="rating">Nach Durchschnittsbewertung sortiert</option><option value="date">Nach Aktualität sortieren</option><option value="price">Nach Preis sortiert: niedrig nach hoch</option><option value="price-desc">Nach Preis sortiert: hoch nach niedrig</option></select><input type="hidden" name="paged" value="1"/></form>
<p class="woocommerce-result-count" role="alert" aria-relevant="all" data-is-sorted-by="false">Zeige {first + 1}&ndash;{last} von {len(WH_PRODUCTS)} Ergebnissen</p>
{_wh_pagination(number, total)}</div>"""
    title = "Shop – Röstwerk Haus" if number == 1 else f"Shop – Seite {number} von {total} – Röstwerk Haus"
    return f"""<!doctype html>
<html lang="de-DE"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title}</title>
<meta name="robots" content="index, follow, max-image-preview:large"/>
<link rel="canonical" href="https://woohaus.example{_wh_href(number)}"/>
{f'<link rel="prev" href="https://woohaus.example{_wh_href(number - 1)}"/>' if number > 1 else ""}{f'<link rel="next" href="https://woohaus.example{_wh_href(number + 1)}"/>' if number < total else ""}
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": "https://woohaus.example/shop/", "url": "https://woohaus.example/shop/", "name": "Shop – Röstwerk Haus", "isPartOf": {"@id": "https://woohaus.example/#website"}, "breadcrumb": {"@id": "https://woohaus.example/shop/#breadcrumb"}, "inLanguage": "de"}, {"@type": "BreadcrumbList", "@id": "https://woohaus.example/shop/#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Startseite", "item": "https://woohaus.example/"}, {"@type": "ListItem", "position": 2, "name": "Shop"}]}, {"@type": "WebSite", "@id": "https://woohaus.example/#website", "url": "https://woohaus.example/", "name": "Röstwerk Haus", "inLanguage": "de"}]}, ensure_ascii=False)}</script>
<link rel="stylesheet" id="storefront-style-css" href="/wp-content/themes/storefront/style.css?ver=4.6.0" media="all"/>
<link rel="stylesheet" id="woocommerce-gzd-layout-css" href="/wp-content/plugins/woocommerce-germanized/build/static/layout-styles.css?ver=3.18.5" media="all"/>
<script type="text/javascript" id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"Warenkorb anzeigen","cart_url":"\\/warenkorb\\/","is_cart":"","cart_redirect_after_add":"no"}};</script>
</head>
<body class="archive post-type-archive post-type-archive-product wp-embed-responsive theme-storefront woocommerce-shop woocommerce woocommerce-page woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header" role="banner"><div class="col-full">
<a class="skip-link screen-reader-text" href="#site-navigation">Zur Navigation springen</a><a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<div class="site-branding"><div class="beta site-title"><a href="/" rel="home">Röstwerk Haus</a></div><p class="site-description">Kaffeerösterei &amp; Teehandel seit 1998</p></div>
<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Suche nach:</label><input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Produkte suchen …" value="" name="s"/><button type="submit" value="Suche" class="wp-element-button">Suche</button><input type="hidden" name="post_type" value="product"/></form></div></div>
</div><div class="storefront-primary-navigation"><div class="col-full">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primäre Navigation"><button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menü</span></button><div class="primary-navigation"><ul id="menu-hauptmenue" class="menu"><li class="menu-item"><a href="/">Startseite</a></li><li class="menu-item current-menu-item"><a href="/shop/" aria-current="page">Shop</a></li><li class="menu-item"><a href="/produkt-kategorie/kaffee/">Kaffee</a></li><li class="menu-item"><a href="/produkt-kategorie/tee/">Tee</a></li><li class="menu-item"><a href="/ueber-uns/">Über uns</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></div></nav>
<ul id="site-header-cart" class="site-header-cart menu"><li class=""><a class="cart-contents" href="/warenkorb/" title="Deinen Warenkorb anzeigen"><span class="woocommerce-Price-amount amount">0,00&nbsp;<span class="woocommerce-Price-currencySymbol">&euro;</span></span> <span class="count">0 Artikel</span></a></li><li><div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content"><p class="woocommerce-mini-cart__empty-message">Es befinden sich keine Produkte im Warenkorb.</p></div></div></li></ul>
</div></div></header>
<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="Brotkrümelnavigation"><a href="/">Startseite</a><span class="breadcrumb-separator"> / </span>Shop</nav></div></div>
<div class="woocommerce-store-notice demo_store" data-notice-id="3c1e" style="display:none;">Kostenloser Versand ab 39 € innerhalb Deutschlands <a href="#" class="woocommerce-store-notice__dismiss-link">Ausblenden</a></div>
<div id="content" class="site-content" tabindex="-1"><div class="col-full"><div class="woocommerce"></div>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">Shop</h1></header>
<div class="woocommerce-notices-wrapper"></div>
{sorting}
<ul class="products columns-4">
{items}
</ul>
{sorting}
</main></div>
{_wh_sidebar()}
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="col-full">
<div class="footer-widgets row-1 col-3 fix"><div class="block footer-widget-1"><div class="widget widget_text"><span class="gamma widget-title">Röstwerk Haus</span><div class="textwidget"><p>Rösterei &amp; Laden<br/>Lindenstraße 14<br/>79098 Freiburg im Breisgau</p></div></div></div><div class="block footer-widget-2"><div class="widget widget_nav_menu"><span class="gamma widget-title">Rechtliches</span><ul class="menu"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutzerklärung</a></li><li><a href="/agb/">AGB</a></li><li><a href="/widerrufsbelehrung/">Widerrufsbelehrung</a></li><li><a href="/versand-und-zahlung/">Versand &amp; Zahlung</a></li></ul></div></div><div class="block footer-widget-3"><div class="widget widget_text"><span class="gamma widget-title">Newsletter</span><div class="textwidget"><p>Neue Ernten und Röstungen zuerst erfahren.</p><p><a href="/newsletter/">Jetzt anmelden</a></p></div></div></div></div>
<div class="site-info">&copy; Röstwerk Haus 2025<br/><a class="privacy-policy-link" href="/datenschutz/" rel="privacy-policy">Datenschutzerklärung</a><span role="separator" aria-hidden="true"></span><a href="https://woocommerce.com" target="_blank" title="WooCommerce – die beste eCommerce-Plattform für WordPress" rel="noreferrer nofollow">Gebaut mit WooCommerce</a>.</div>
</div></footer>
<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/mein-konto/">Mein Konto</a></li><li class="search"><a href="">Suche</a></li><li class="cart"><a class="footer-cart-contents" href="/warenkorb/">Warenkorb <span class="count">0</span></a></li></ul></div>
</div>
<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-modal="true"><div class="bottom-center" style="display:none;"><div class="_brlbs-box-wrap"><div class="_brlbs-box _brlbs-box-advanced"><div class="cookie-box"><div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div><p id="CookieBoxTextDescription"><span class="_brlbs-paragraph _brlbs-text-description">Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</span></p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>Alle akzeptieren</a></p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-cursor" data-cookie-accept>Nur essenzielle Cookies akzeptieren</a></p><p class="_brlbs-manage"><a href="#" class="_brlbs-cursor" data-cookie-individual>Individuelle Datenschutzeinstellungen</a></p><p class="_brlbs-legal"><a href="/impressum/" class="_brlbs-cursor">Impressum</a><span class="_brlbs-separator"></span><a href="/datenschutz/" class="_brlbs-cursor">Datenschutzerklärung</a></p></div></div></div></div></div></div></div></div></div>
<script type="text/javascript" src="/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=9.6.1" defer></script>
</body></html>"""


@nineteenth_b
def build_woohaus() -> None:
    s = Site(
        "woohaus",
        kind="product catalogue (WooCommerce 9 on Storefront with Germanized, de_DE: ul.products.columns-4 > li.product.type-product.post-N.instock.product_cat-… with a.woocommerce-LoopProduct-link, h2.woocommerce-loop-product__title, span.onsale 'Angebot!', div.star-rating[aria-label='Bewertet mit 4.50 von 5'], span.price '12,90 €' / del + ins with screen-reader 'Ursprünglicher Preis war' / variable ranges '8,90 € – 24,90 €' with 'Preisspanne', a Germanized 'Grundpreis: 5,16 € / 100 g' p.price-unit, tax and delivery-time lines; 'In den Warenkorb' / 'Ausführung wählen' / 'Weiterlesen' buttons; /shop/page/2/ pagination; a top-rated widget in the same price markup)",
        start="shop/",
        description="A German coffee and tea roastery's WooCommerce shop archive (Storefront 4.6, WooCommerce 9, Germanized; 2024–25): Storefront header with skip links, site title, product search, primary menu and the header cart '0,00 € 0 Artikel'; breadcrumb 'Startseite / Shop', h1 'Shop', the storefront-sorting bar twice (orderby select 'Standardsortierung…', 'Zeige 1–16 von 40 Ergebnissen', pagination nav ul.page-numbers with /shop/page/N/ and ← / → links); ul.products.columns-4 of li.product.type-product.post-N.status-publish.first/last.instock/outofstock.product_cat-….sale.product-type-simple/variable items: a.woocommerce-LoopProduct-link wrapping span.onsale 'Angebot!' (sale only), a 324×324 img, h2.woocommerce-loop-product__title, div.star-rating[role=img][aria-label='Bewertet mit 4.75 von 5'] with 'Bewertet mit <strong class=rating>4.75</strong> von 5' (rated products only), span.price ('12,90 €' in bdi with the € symbol span after a nbsp; sale: del aria-hidden + sr 'Ursprünglicher Preis war: 16,90 €.' + ins + sr 'Aktueller Preis ist: 14,50 €.'; variable: '8,90 € – 24,90 €' + sr 'Preisspanne: 8,90 € bis 24,90 €'), Germanized div.wc-gzd-additional-info-loop with p.price.price-unit 'Grundpreis: 5,16 € / 100 g' (packaged coffee and tea), 'inkl. 7 % MwSt.', 'zzgl. Versandkosten', 'Lieferzeit: 1-3 Werktage' / 'derzeit nicht lieferbar'; then a.button 'In den Warenkorb' (?add-to-cart=N) / 'Ausführung wählen' (+ sr describedby text) / 'Weiterlesen' (out of stock), with data-product_id and data-product_sku; 16, 16 and 8 products including a '1.249,00 €' grinder; a right sidebar: price filter, 'Produktkategorien' with '(15)' counts and 'Bestbewertete Produkte' (four products of the list again with stars and prices); footer widgets, a Borlabs cookie box, Yoast JSON-LD with only the CollectionPage and breadcrumbs. Written down: title, url, price (the sale price, or the low end of a range), price_max (the top of a range), currency, original_price (on sale), rating (where shown).",
    )
    pages = chunks(WH_PRODUCTS, WH_PAGES)
    first = 0
    for number, rows in enumerate(pages, 1):
        s.list_page(_wh_href(number).lstrip("/") + "index.html", _wh_page(number, len(pages), rows, first, s))
        first += len(rows)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# viewsboard: a Drupal 10 Views events listing (Olivero sub-theme) with a zero-based pager.
# ---------------------------------------------------------------------------------------------------

# (title, start "YYYY-MM-DD HH:MM" local, end "HH:MM" same day or "YYYY-MM-DD HH:MM", location, event types, summary, cost)
VB_EVENTS: list[tuple[str, str, str, str, list[str], str, str]] = [
    (
        "Spring Lecture Series: Rivers and the Making of the Midwest",
        "2025-03-18 19:00",
        "20:30",
        "Hartley Hall, Room 120",
        ["Lecture"],
        "Historian Dana Whitlock traces how the Mississippi and its tributaries shaped trade, settlement and conflict across two centuries.",
        "Free",
    ),
    (
        "Graduate Research Poster Session",
        "2025-03-19 13:00",
        "16:00",
        "Student Union Ballroom",
        ["Academic", "Exhibition"],
        "More than 80 graduate students present current research from every college. Light refreshments provided.",
        "Free",
    ),
    (
        "Wind Ensemble in Concert",
        "2025-03-20 19:30",
        "21:00",
        "Lindqvist Concert Hall",
        ["Performance", "Music"],
        "The Ridgemont Wind Ensemble performs works by Grainger, Ticheli and a premiere by faculty composer Ana Ortiz.",
        "$10",
    ),
    (
        "Career Fair: Engineering and Technology",
        "2025-03-21 10:00",
        "15:00",
        "Recreation Center Gym B",
        ["Career"],
        "Meet recruiters from more than 60 employers hiring interns and new graduates. Bring copies of your résumé.",
        "Free",
    ),
    (
        "Prairie Restoration Volunteer Day",
        "2025-03-22 09:00",
        "2025-03-22 13:00",
        "Oak Savanna Field Station",
        ["Community", "Outdoors"],
        "Help remove invasive brush and collect seed on the university's 40-acre restored prairie. Gloves and tools provided.",
        "Free",
    ),
    (
        "Women in STEM Panel",
        "2025-03-24 17:30",
        "19:00",
        "Science Library, Innovation Commons",
        ["Panel", "Academic"],
        "Alumnae working in aerospace, biotech and data science talk about their paths and take questions.",
        "Free",
    ),
    (
        "International Food Festival",
        "2025-03-26 11:00",
        "14:00",
        "Central Quad",
        ["Community", "Food"],
        "Student organizations from over 30 countries share home cooking. Tasting tickets sold at the entrance.",
        "$5",
    ),
    (
        "Faculty Recital: Brahms Cello Sonatas",
        "2025-03-27 19:30",
        "21:00",
        "Lindqvist Concert Hall",
        ["Performance", "Music"],
        "Professor Miriam Sato and pianist Owen Brandt perform both Brahms sonatas for cello and piano.",
        "$15",
    ),
    (
        "Writing Center Workshop: Thesis Statements",
        "2025-03-28 15:00",
        "16:00",
        "Whitman Library, Room 204",
        ["Workshop"],
        "A hands-on session on drafting and revising arguable thesis statements for research papers.",
        "Free",
    ),
    (
        "Regional Science Olympiad",
        "2025-03-29 08:00",
        "2025-03-29 17:00",
        "Engineering Quad",
        ["Competition"],
        "Teams from 42 high schools compete in 23 events across biology, chemistry, physics and engineering.",
        "Free",
    ),
    (
        "Planetarium Show: Spring Skies",
        "2025-03-31 19:00",
        "20:00",
        "Hollis Planetarium",
        ["Outreach", "Science"],
        "A guided tour of the constellations visible this spring, followed by telescope viewing if skies are clear.",
        "$6",
    ),
    (
        "Distinguished Alumni Awards Dinner",
        "2025-04-02 18:00",
        "21:00",
        "Alumni Center, Grand Hall",
        ["Alumni"],
        "Celebrate this year's honorees. Registration required; business attire.",
        "$65",
    ),
    (
        "Open Mic Night",
        "2025-04-03 20:00",
        "22:30",
        "The Commons Coffeehouse",
        ["Community", "Music"],
        "Poetry, comedy and acoustic sets from students and staff. Sign-up sheet opens at 7:30 p.m.",
        "Free",
    ),
    (
        "Data Science Symposium 2025",
        "2025-04-04 09:00",
        "2025-04-05 16:00",
        "Innovation Hall Auditorium",
        ["Conference", "Academic"],
        "Two days of talks on responsible AI, agricultural data and public health modeling, with a student hackathon.",
        "$25",
    ),
    (
        "Theatre: The Importance of Being Earnest",
        "2025-04-05 19:30",
        "22:00",
        "Kessler Theatre",
        ["Performance", "Theatre"],
        "The Department of Theatre presents Oscar Wilde's comedy of manners in a new 1920s staging.",
        "$12",
    ),
    (
        "Blood Drive",
        "2025-04-07 10:00",
        "16:00",
        "Student Union, Room 210",
        ["Community", "Health"],
        "Donate with the regional blood center. Walk-ins welcome; appointments recommended.",
        "Free",
    ),
    (
        "Study Abroad Info Session",
        "2025-04-08 12:00",
        "13:00",
        "Global Engagement Office",
        ["Information Session"],
        "Learn about semester and summer programs in 28 countries, scholarships and how credits transfer.",
        "Free",
    ),
    (
        "Jazz Combo Night",
        "2025-04-09 19:00",
        "21:00",
        "Lindqvist Concert Hall",
        ["Performance", "Music"],
        "Student jazz combos play standards and originals in an informal club setting.",
        "$8",
    ),
    (
        "Sustainability Fair",
        "2025-04-10 11:00",
        "15:00",
        "Central Quad",
        ["Community", "Exhibition"],
        "Campus groups and local businesses show composting, solar and transit projects. Bring a bottle for free refills.",
        "Free",
    ),
    (
        "Visiting Writer: Reading by Teju Morales",
        "2025-04-11 19:00",
        "20:30",
        "Whitman Library, Reading Room",
        ["Lecture", "Literature"],
        "The National Book Award finalist reads from her new novel, followed by a signing.",
        "Free",
    ),
    (
        "Spring Football Scrimmage",
        "2025-04-12 13:00",
        "15:30",
        "Founders Field",
        ["Athletics"],
        "The first look at the 2025 Ridgemont Hawks. Gates open at noon.",
        "Free",
    ),
    (
        "Mental Health First Aid Training",
        "2025-04-14 09:00",
        "17:00",
        "Counseling Center, Training Room",
        ["Workshop", "Health"],
        "An eight-hour certification course for staff and students. Lunch included; space is limited.",
        "$20",
    ),
    (
        "Chemistry Magic Show",
        "2025-04-15 18:30",
        "19:30",
        "Hartley Hall, Room 120",
        ["Outreach", "Science"],
        "Color changes, flames and liquid nitrogen for curious minds of all ages.",
        "Free",
    ),
    (
        "Undergraduate Research Day",
        "2025-04-16 09:00",
        "16:00",
        "Student Union Ballroom",
        ["Academic", "Exhibition"],
        "Oral and poster presentations by undergraduates from all departments.",
        "Free",
    ),
    (
        "Choir and Orchestra: Mozart Requiem",
        "2025-04-18 19:30",
        "21:30",
        "St. Brendan's Cathedral",
        ["Performance", "Music"],
        "The University Choir and Symphony Orchestra join for Mozart's final work.",
        "$18",
    ),
    (
        "Earth Day Campus Cleanup",
        "2025-04-22 08:00",
        "11:00",
        "Central Quad",
        ["Community", "Outdoors"],
        "Meet at the flagpole for gloves, bags and coffee, then fan out across campus.",
        "Free",
    ),
    (
        "Senior Art Exhibition Opening",
        "2025-04-24 17:00",
        "19:00",
        "Marlow Gallery",
        ["Exhibition", "Art"],
        "Graduating BFA students present their capstone work. The exhibition runs through May 16.",
        "Free",
    ),
    (
        "Commencement Rehearsal",
        "2025-04-30 14:00",
        "15:30",
        "Founders Field",
        ["Academic"],
        "Required for all graduating students walking in the May ceremony. Caps and gowns are picked up here.",
        "Free",
    ),
]
VB_PAGES = [10, 10, 8]
VB_OFFSET = timedelta(hours=-5)  # America/Chicago in daylight time (from 9 March 2025)


def _vb_href(page: int) -> str:
    return "/events" if page == 0 else f"/events?page={page}"


def _vb_local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _vb_time(local: datetime) -> str:
    utc = (local - VB_OFFSET).replace(tzinfo=UTC)
    return f'<time datetime="{utc:%Y-%m-%dT%H:%M:%SZ}" class="datetime">{local:%a, %m/%d/%Y - %H:%M}</time>'


def _vb_row(index: int, row: tuple[Any, ...], s: Site) -> str:
    title, start, end, location, types, summary, cost = row
    local = _vb_local(start)
    end_local = _vb_local(end) if len(end) > 5 else _vb_local(f"{start[:10]} {end}")
    url = f"/events/{slug(title)}"
    price = float(cost.lstrip("$")) if cost.startswith("$") else None
    s.expect(
        {
            "title": title,
            "url": url,
            "date": local.date().isoformat(),
            "time": f"{local:%H:%M}",
            "location": location,
            "event_type": types,
            "summary": summary,
            "price": price,
            "currency": "USD" if price is not None else None,
        }
    )
    nid = 1412 + index * 3
    terms = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{31 + sorted({t for e in VB_EVENTS for t in e[4]}).index(t)}" hreflang="en">{esc(t)}</a></div>'
        for t in types
    )
    return f"""<div class="views-row">
<article data-history-node-id="{nid}" class="node node--type-event node--view-mode-teaser">
  <div data-contextual-id="node:node={nid}:changed=1739{nid}&amp;langcode=en" data-contextual-token="{_hash(title, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")}" data-drupal-ledger-id="{nid}"></div>
  <header class="node__header">
    <h2 class="node__title"><a href="{url}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></a></h2>
  </header>
  <div class="node__content">
    <div class="field field--name-field-event-date field--type-daterange field--label-hidden field__item">{_vb_time(local)} - {_vb_time(end_local)}</div>
    <div class="field field--name-field-location field--type-entity-reference field--label-inline clearfix">
      <div class="field__label">Location</div>
      <div class="field__item"><a href="/locations/{slug(location)}" hreflang="en">{esc(location)}</a></div>
    </div>
    <div class="field field--name-field-event-type field--type-entity-reference field--label-inline clearfix">
      <div class="field__label">Event type</div>
      <div class="field__items">{terms}</div>
    </div>
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(summary)}</p></div>
    <div class="field field--name-field-cost field--type-string field--label-inline clearfix">
      <div class="field__label">Cost</div>
      <div class="field__item">{esc(cost)}</div>
    </div>
    <ul class="links inline"><li class="node-readmore"><a href="{url}" rel="tag" title="{esc(title)}" hreflang="en">Read more<span class="visually-hidden"> about {esc(title)}</span></a></li></ul>
  </div>
</article>
</div>"""


def _vb_pager(page: int, total: int) -> str:
    items = []
    if page > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Go to first page"><span class="visually-hidden">First page</span><span aria-hidden="true">« First</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" title="Go to previous page" rel="prev"><span class="visually-hidden">Previous page</span><span aria-hidden="true">‹ Previous</span></a></li>'
        )
    for n in range(total):
        if n == page:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={n}" title="Current page" aria-current="page"><span class="visually-hidden">Current page</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={n}" title="Go to page {n + 1}"><span class="visually-hidden">Page</span>{n + 1}</a></li>'
            )
    if page < total - 1:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={total - 1}" title="Go to last page"><span class="visually-hidden">Last page</span><span aria-hidden="true">Last »</span></a></li>'
        )
    return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
  <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
  <ul class="pager__items js-pager__items">{"".join(items)}</ul>
</nav>"""


def _vb_page(page: int, total: int, rows: list[tuple[Any, ...]], first: int, s: Site) -> str:
    body = "\n".join(_vb_row(first + i, r, s) for i, r in enumerate(rows))
    types = sorted({t for e in VB_EVENTS for t in e[4]})
    options = "".join(f'<option value="{31 + i}">{esc(t)}</option>' for i, t in enumerate(types))
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": "events",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "en",
            "currentQuery": {"page": str(page)} if page else [],
        },
        "pluralDelimiter": "\u0003",
        "ajaxPageState": {
            "libraries": "eJx1jkEOwjAMBD-U4idFbuKkUZ0YxW7V_J6CuHDgMlrtXDYohahqBtgRr-5m2Ug",
            "theme": "ridgemont_olivero",
            "theme_token": None,
        },
        "views": {
            "ajax_path": "/views/ajax",
            "ajaxViews": {
                f"views_dom_id:{_hash('events' + str(page), 64, '0123456789abcdef')}": {
                    "view_name": "events",
                    "view_display_id": "page_1",
                    "view_args": "",
                    "view_path": "/events",
                    "view_base_path": "events",
                    "pager_element": 0,
                }
            },
        },
        "user": {"uid": 0, "permissionsHash": _hash("perm", 64, "0123456789abcdef")},
    }
    shown_to = first + len(rows)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:212;--color--primary-saturation:62%;--color--primary-lightness:31">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/ridgemont_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="https://events.ridgemont.example{_vb_href(page)}" />
<title>Events | Ridgemont State University</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Jq3b8Wv1v2x.css?delta=0&amp;language=en&amp;theme=ridgemont_olivero&amp;include=eJx1jkEO" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, separators=(",", ":"))}</script>
</head>
<body class="path-events">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
  <div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
  <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
    <div id="block-ridgemont-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/ridgemont_olivero/logo.svg" alt="Home" fetchpriority="high" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ridgemont State University</a></div></div></div></div>
    <div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
    <div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
    <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
      <div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-ridgemont-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span><span class="visually-hidden">Search</span></button></div></form></div></div>
      <nav id="block-ridgemont-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-ridgemont-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-ridgemont-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Home</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1 primary-nav__menu-item--active-trail"><a href="/events" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 primary-nav__menu-link--active-trail is-active" data-drupal-link-system-path="events" aria-current="page"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Events</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/news" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="news"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">News</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/visit" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Visit Campus</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/calendar/submit" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">Submit an Event</span></a></li></ul></nav>
    </div>
  </div></div></div>
</header>
<div id="main-wrapper" class="layout-main-wrapper layout-container">
<div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-ridgemont-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li></ol></div></nav>
</div></div>
<div class="main-content__container container">
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-ridgemont-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">Events</h1></div></div>
<section class="section"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-ridgemont-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<div class="views-element-container"><div class="view view-events view-id-events view-display-id-page_1 js-view-dom-id-{_hash("events" + str(page), 64, "0123456789abcdef")}">
  <div data-contextual-id="entity.view.edit_form:view=events:location=page&amp;name=events&amp;display_id=page_1&amp;langcode=en&amp;destination=/events" data-contextual-token="sH4v0QFRq3_lcTjK9xMsdfC1Uw8VbX2oN5yRZaEiPmg" data-drupal-ledger-id="3"></div>
  <div class="view-header"><p>Displaying {first + 1} - {shown_to} of {len(VB_EVENTS)}</p></div>
  <div class="view-filters">
<form class="views-exposed-form" data-drupal-selector="views-exposed-form-events-page-1" action="/events" method="get" id="views-exposed-form-events-page-1" accept-charset="UTF-8">
  <div class="form--inline clearfix">
  <div class="js-form-item form-item js-form-type-select form-item-field-event-type-target-id js-form-item-field-event-type-target-id"><label for="edit-field-event-type-target-id" class="form-item__label">Event type</label><select data-drupal-selector="edit-field-event-type-target-id" id="edit-field-event-type-target-id" name="field_event_type_target_id" class="form-select form-element form-element--type-select"><option value="All" selected="selected">- Any -</option>{options}</select></div>
  <div class="js-form-item form-item js-form-type-date form-item-start js-form-item-start"><label for="edit-start" class="form-item__label">From</label><input data-drupal-selector="edit-start" type="date" id="edit-start" name="start" value="" size="30" class="form-date form-element form-element--type-date" /></div>
  <div class="js-form-item form-item js-form-type-textfield form-item-title js-form-item-title"><label for="edit-title" class="form-item__label">Keyword</label><input data-drupal-selector="edit-title" type="text" id="edit-title" name="title" value="" size="30" maxlength="128" class="form-text form-element form-element--type-text form-element--api-textfield" /></div>
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit-events" type="submit" id="edit-submit-events" value="Apply" class="button js-form-submit form-submit" /></div>
</div>
</form>
</div>
  <div class="view-content">
{body}
  </div>
  {_vb_pager(page, total)}
  <div class="view-footer"><p><a href="/events/ical" class="feed-icon">Subscribe to the events calendar (iCal)</a></p></div>
</div></div>
</div></div>
</div></section>
<div class="region region--sidebar"><div id="block-ridgemont-olivero-eventsubmission" class="block block-block-content block-block-content3a9e1d72"><h2 class="block__title">Hosting an event?</h2><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>University departments and registered student organizations can <a href="/calendar/submit">submit events</a> for review. Allow three business days.</p></div></div></div></div>
</div>
</div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-ridgemont-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block-content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium"><div id="block-ridgemont-olivero-footer" class="block block-block-content"><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Ridgemont State University · 1200 University Avenue · Ridgemont, IL 61820 · (217) 555-0100</p><p>Event times are Central Time. For accessibility accommodations, contact the event organizer at least five business days in advance.</p></div></div></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><nav role="navigation" aria-labelledby="block-ridgemont-olivero-footer-menu" id="block-ridgemont-olivero-footer-menu" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-ridgemont-olivero-footer-menu">Footer</h2><ul class="menu"><li class="menu__item"><a href="/contact" class="menu__link">Contact</a></li><li class="menu__item"><a href="/accessibility" class="menu__link">Accessibility</a></li><li class="menu__item"><a href="/privacy" class="menu__link">Privacy</a></li></ul></nav><div id="block-ridgemont-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div>
</div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div>
</div>
<script src="/sites/default/files/js/js_Pz6b9jA2cR1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=ridgemont_olivero&amp;include=eJx1jkEO"></script>
</body>
</html>"""


@nineteenth_b
def build_viewsboard() -> None:
    s = Site(
        "viewsboard",
        kind="events list (Drupal 10 Views on an Olivero sub-theme, a US university: div.view.view-events.view-display-id-page_1 > div.view-content > div.views-row > article.node--type-event.node--view-mode-teaser with the h2 title link, a daterange field of two time[datetime] in UTC ('Tue, 03/18/2025 - 19:00', evening events on the next UTC day), inline 'Location' entity link, 'Event type' term links, trimmed body, inline 'Cost' 'Free' / '$10', 'Read more' with hidden text; exposed filters, 'Displaying 1 - 10 of 28', nav.pager with zero-based ?page=N and 'Last »', contextual-link placeholders)",
        start="events",
        description="A US university's Drupal 10 events listing (Olivero sub-theme 'ridgemont_olivero', Views page display, 2024–25): skip link, Olivero header with branding, narrow search form and primary nav, a breadcrumb (Home), h1 'Events'; div.view.view-events.view-id-events.view-display-id-page_1.js-view-dom-id-… with a data-contextual-id placeholder, a view-header 'Displaying 1 - 10 of 28', an exposed filter form (Event type select, From date, Keyword, Apply), div.view-content of div.views-row, each an article.node.node--type-event.node--view-mode-teaser (data-history-node-id, contextual placeholder) holding h2.node__title > a > span.field--name-title, div.field--name-field-event-date.field--type-daterange with '<time datetime=\"2025-03-19T00:00:00Z\">Tue, 03/18/2025 - 19:00</time> - <time …>' (Central daylight time, so 7 pm starts fall on the next UTC day; two multi-day events end on another date), field--name-field-location (label inline 'Location', an entity reference link /locations/…), field--name-field-event-type ('Event type' + one or two /taxonomy/term/N links in field__items), field--name-body trimmed summary, field--name-field-cost (inline 'Cost', 'Free' or '$10'), ul.links.inline 'Read more' + visually-hidden ' about <title>'; nav.pager (h4 visually-hidden 'Pagination', ul.pager__items with « First / ‹ Previous / numbered / Next › / Last » links over zero-based ?page=0..2, visually-hidden labels); a view footer iCal link, a sidebar block, the social bar, footer, drupal-settings-json. 10, 10 and 8 events. Written down: title, url, date (the local day shown), time (local start), location, event_type (list), summary, price + currency (where the cost is an amount; 'Free' is none).",
    )
    pages = chunks(VB_EVENTS, VB_PAGES)
    first = 0
    for page, rows in enumerate(pages):
        # The site answers /events; the test server redirects it to /events/, so the pager's relative
        # "?page=N" links land on events/@page=N (and "?page=0", the first page again, on a copy).
        path = "events/index.html" if page == 0 else f"events/@page={page}"
        html = _vb_page(page, len(pages), rows, first, s)
        s.list_page(path, html)
        if page == 0:
            s.write("events/@page=0", html)
        first += len(rows)
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
