"""Twentieth wave, part E: the category pages of three self-hosted shop platforms as their public demo stores
served them in 2024–25, written and measured before any heuristic was changed for them.

* **nopstore** — nopCommerce 4.70 (default theme): ``div.product-grid > div.item-grid > div.item-box >
  div.product-item[data-productid]`` with ``div.picture a img``, ``div.details h2.product-title a``,
  ``div.product-rating-box[title="2 review(s)"] > div.rating > div[style="width: 80%"]``, a
  ``div.description`` (hidden in grid view), ``div.add-info > div.prices`` (``span.price.old-price`` before
  ``span.price.actual-price``) and the three ``button-2`` buttons; the view-mode / sort / page-size
  selectors, the ``div.pager`` with ``li.current-page`` / ``li.next-page`` and ``?pagenumber=N``. Written
  down: title, url, price, currency, original_price, rating (stars out of five; none when unreviewed).
* **opencartshop** — OpenCart 4.0.2 default theme: ``div#product-list > div.col > div.product-thumb`` with
  ``div.image a img``, ``div.content div.description h4 a``, a ``p`` teaser cut at 100 characters + ``..``,
  ``div.price`` (``span.price-new`` / ``span.price-old`` / ``span.price-tax`` "Ex Tax: $98.00"), star
  ``span.fa-stack`` icons, the form button group; "Showing 1 to 10 of 27 (3 Pages)" and
  ``ul.pagination`` on ``index.php?route=product/category&…&page=N``. Written down: title, url, price,
  currency, original_price, price_ex_tax, rating (filled stars).
* **prestaboutique** — PrestaShop 8.1 classic theme: ``div#js-product-list div.products > div.js-product >
  article.product-miniature[data-id-product]`` with ``div.thumbnail-container``, ``a.thumbnail img``,
  ``div.highlighted-informations`` "Quick view" + colour ``variant-links``, ``div.product-description
  h2.product-title a`` (names cut at 30 characters with "..."), ``div.product-price-and-shipping``
  (``span.regular-price`` / ``span.discount-percentage`` / ``span.price``), productcomments stars,
  ``ul.product-flags`` "New" / "-20%" / "Out-of-Stock"; the faceted-search sidebar; ``nav.pagination``
  with ``?page=N`` and ``rel=next``. Written down: title (the full name), url (with the combination
  anchor), price, currency, original_price, rating, rating_count, badges.

Run ``uv run python tests/sites/corpus/generate_twentieth_e.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTIETH_E: dict[str, Callable[[], None]] = {}


def twentieth_e(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_E[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def usd(amount: float) -> str:
    """``1234.5`` → ``$1,234.50``."""
    return f"${amount:,.2f}"


def eur(amount: float) -> str:
    """``1234.5`` → ``€1,234.50`` (PrestaShop's en-US pattern)."""
    return f"€{amount:,.2f}"


# ---------------------------------------------------------------------------------------------------
# nopstore: nopCommerce 4.70, the Apparel category of the demo store (page size 9).
# ---------------------------------------------------------------------------------------------------

# title, price, old price, rating percent (None: no review), reviews, short description
NOP_ITEMS: list[tuple[str, float, float | None, int | None, int, str]] = [
    (
        "Nike Floral Roshe Customized Running Shoes",
        40.00,
        None,
        80,
        2,
        "When you ran across these shoes, you will immediately fell in love and needed a pair of these customized beauties.",
    ),
    (
        "adidas Consortium Campus 80s Running Shoes",
        27.56,
        None,
        100,
        1,
        "This comfortable version of the Campus is a tribute to the classic shoe, in pony hair with nubuck overlays.",
    ),
    (
        'Nike SB Zoom Stefan Janoski "Medium Mint"',
        30.00,
        None,
        None,
        0,
        "Nike SB Zoom Stefan Janoski Dark Grey Medium Mint Teal ...",
    ),
    (
        "Nike Tailwind Loose Short-Sleeve Running Shirt",
        15.00,
        None,
        60,
        3,
        "Boost your adrenaline with the Nike Women's Tailwind Running Shirt.",
    ),
    ("Custom T-Shirt", 15.00, None, None, 0, "T-Shirt - Add Your Content"),
    (
        "Oversized Women T-Shirt",
        24.00,
        None,
        80,
        1,
        "This oversized women t-Shirt needs minimum ironing. It is a great product at a great value!",
    ),
    ("Levi's 511 Jeans", 43.50, 55.00, 100, 4, "Levi's Faded Black 511 Jeans"),
    (
        "Obey Propaganda Hat",
        30.00,
        None,
        None,
        0,
        "Printed poplin 5 panel camp hat with debossed leather patch and web closure",
    ),
    (
        "Ray Ban Aviator Sunglasses",
        25.00,
        None,
        80,
        2,
        "Since 1937, Ray-Ban can genuinely claim the title as the world's leading sunglasses and optical eyewear brand.",
    ),
    (
        "Reebok Classic Leather Trainers",
        74.95,
        89.95,
        80,
        5,
        "Soft garment leather upper for comfort and a low-cut design for a classic look.",
    ),
    (
        "Converse Chuck Taylor All Star Hi",
        55.00,
        None,
        100,
        12,
        "The canvas high-top that started it all, with a vulcanized rubber sole.",
    ),
    ("New Balance 574 Core Sneakers", 84.99, None, 60, 2, "A suede and mesh upper on ENCAP midsole cushioning."),
    (
        "Columbia Watertight II Rain Jacket",
        89.00,
        110.00,
        80,
        7,
        "Waterproof, breathable nylon with a packable hood that stows in the collar.",
    ),
    (
        "Patagonia Better Sweater Fleece Vest",
        119.00,
        None,
        None,
        0,
        "Warm, low-bulk vest made of 100% recycled polyester fleece.",
    ),
    (
        "Champion Reverse Weave Hoodie",
        60.00,
        None,
        100,
        3,
        "Heavyweight fleece cut on the cross-grain to resist shrinking.",
    ),
    (
        "Carhartt Acrylic Watch Hat",
        19.99,
        None,
        100,
        21,
        "Rib-knit stretchable acrylic beanie with the Carhartt patch.",
    ),
    (
        "Dickies 874 Original Fit Work Pants",
        32.99,
        39.99,
        80,
        9,
        "Stain-release, wrinkle-resistant polyester-cotton twill.",
    ),
    (
        "Hanes ComfortSoft Crewneck T-Shirt 4-Pack",
        22.00,
        None,
        40,
        2,
        "Pre-shrunk cotton tees with a tagless neck label.",
    ),
    (
        "Timberland 6-Inch Premium Waterproof Boots",
        198.00,
        None,
        100,
        6,
        "Seam-sealed waterproof nubuck with a padded collar for comfort.",
    ),
    ("The North Face Resolve 2 Jacket", 100.00, None, 80, 4, "Two-layer DryVent shell with an adjustable hood."),
    ("Adidas Tiro 23 Track Pants", 45.00, 50.00, None, 0, "Slim tapered training pants with ankle zips."),
    ("Fossil Neutra Chronograph Watch", 149.00, None, 80, 3, "A 42 mm stainless steel case on a brown leather strap."),
    (
        "Herschel Little America Backpack",
        109.99,
        None,
        100,
        8,
        "A mountaineering-style backpack with a padded laptop sleeve.",
    ),
    ("Vans Old Skool Classic Skate Shoes", 65.00, None, 80, 11, "Suede and canvas uppers with the iconic sidestripe."),
    (
        "Ralph Lauren Classic Fit Polo Shirt",
        98.50,
        110.00,
        100,
        2,
        "Soft cotton mesh with the signature embroidered pony.",
    ),
]

NOP_CATEGORY_NAV = [
    ("Computers", "computers", []),
    ("Electronics", "electronics", []),
    ("Apparel", "apparel", [("Shoes", "shoes"), ("Clothing", "clothing"), ("Accessories", "accessories")]),
    ("Digital downloads", "digital-downloads", []),
    ("Books", "books", []),
    ("Jewelry", "jewelry", []),
    ("Gift Cards", "gift-cards", []),
]


def _nop_head() -> str:
    return """<!DOCTYPE html>
<html lang="en" dir="ltr" class="html-category-page">
<head>
    <title>nopCommerce demo store. Apparel</title>
    <meta http-equiv="Content-type" content="text/html;charset=UTF-8" />
    <meta name="description" content="" />
    <meta name="keywords" content="" />
    <meta name="generator" content="nopCommerce" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=2.0" />
    <link rel="stylesheet" type="text/css" href="/Themes/DefaultClean/Content/css/styles.css?v=4iQYtwNpbNhodzcr1xLYbPk5jrU" />
    <link rel="stylesheet" type="text/css" href="/lib_npm/jquery-ui-dist/jquery-ui.min.css" />
    <link rel="canonical" href="/apparel" />
    <link rel="shortcut icon" href="/icons/icons_0/favicon.ico">
    <script src="/lib_npm/jquery/jquery.min.js"></script>
</head>"""


def _nop_header() -> str:
    menu = []
    for name, href, subs in NOP_CATEGORY_NAV:
        sub = ""
        if subs:
            sub = (
                '<div class="sublist-toggle"></div><ul class="sublist first-level">'
                + "".join(f'<li><a href="/{h}">{n}</a></li>' for n, h in subs)
                + "</ul>"
            )
        menu.append(f'<li><a href="/{href}">{name}</a>{sub}</li>')
    return f"""<div class="ajax-loading-block-window" style="display: none"></div>
    <div id="dialog-notifications-success" role="status" aria-live="polite" aria-atomic="true" title="Notification" style="display:none;"></div>
    <div id="dialog-notifications-error" role="alert" aria-live="assertive" aria-atomic="true" title="Error" style="display:none;"></div>
    <div id="dialog-notifications-warning" role="alert" aria-live="assertive" aria-atomic="true" title="Warning" style="display:none;"></div>
    <div id="bar-notification" class="bar-notification-container" role="status" aria-live="polite" aria-atomic="true" data-close="Close"></div>
    <div class="master-wrapper-page">
        <div class="header">
            <div class="header-upper">
                <div class="header-selectors-wrapper">
                    <div class="currency-selector">
                        <select id="customerCurrency" name="customerCurrency" onchange="setLocation(this.value);" aria-label="Currency selector"><option selected="selected" value="https://demo.nopcommerce.com/changecurrency/1?returnUrl=%2Fapparel">US Dollar</option>
<option value="https://demo.nopcommerce.com/changecurrency/6?returnUrl=%2Fapparel">Euro</option>
</select>
                    </div>
                </div>
                <div class="header-links-wrapper">
                    <div class="header-links">
                        <ul>
                            <li><a href="/register?returnUrl=%2Fapparel" class="ico-register">Register</a></li>
                            <li><a href="/login?returnUrl=%2Fapparel" class="ico-login">Log in</a></li>
                            <li><a href="/wishlist" class="ico-wishlist"><span class="wishlist-label">Wishlist</span> <span class="wishlist-qty">(0)</span></a></li>
                            <li id="topcartlink"><a href="/cart" class="ico-cart"><span class="cart-label">Shopping cart</span> <span class="cart-qty">(0)</span></a></li>
                        </ul>
                    </div>
                    <div id="flyout-cart" class="flyout-cart">
                        <div class="mini-shopping-cart">
                            <div class="count">You have no items in your shopping cart.</div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="header-lower">
                <div class="header-logo">
                    <a href="/"><img alt="nopCommerce demo store" src="https://demo.nopcommerce.com/Themes/DefaultClean/Content/images/logo.png"></a>
                </div>
                <div class="search-box store-search-box">
                    <form method="get" id="small-search-box-form" action="/search">
                        <input type="text" class="search-box-text ui-autocomplete-input" id="small-searchterms" autocomplete="off" name="q" placeholder="Search store" aria-label="Search store">
                        <button type="submit" class="button-1 search-box-button">Search</button>
                    </form>
                </div>
            </div>
        </div>
        <div class="header-menu">
            <ul class="top-menu notmobile">
{"".join(menu)}
            </ul>
            <div class="menu-toggle">Categories</div>
            <ul class="top-menu mobile">
{"".join(menu)}
            </ul>
        </div>"""


def _nop_item(number: int, item: tuple[str, float, float | None, int | None, int, str]) -> str:
    title, price, old, percent, reviews, desc = item
    pid = 24 + number * 3 % 41 + number
    href = "/" + slug(title)
    old_html = f'\n                    <span class="price old-price">{usd(old)}</span>' if old else ""
    return f"""<div class="item-box">
<div class="product-item" data-productid="{pid}">
    <div class="picture">
        <a href="{href}" title="Show details for {esc(title)}">
            <img alt="Picture of {esc(title)}" src="https://demo.nopcommerce.com/images/thumbs/{pid:07d}_{slug(title)}_415.jpeg" title="Show details for {esc(title)}" />
        </a>
    </div>
    <div class="details">
        <h2 class="product-title">
            <a href="{href}">{esc(title)}</a>
        </h2>
        <div class="product-rating-box" title="{reviews} review(s)">
            <div class="rating">
                <div style="width: {percent or 0}%">
                </div>
            </div>
        </div>
        <div class="description" data-short-description=none>
            {esc(desc)}
        </div>
        <div class="add-info">
            <div class="prices">{old_html}
                <span class="price actual-price">{usd(price)}</span>
            </div>
            <div class="buttons">
                <button type="button" class="button-2 product-box-add-to-cart-button" onclick="AjaxCart.addproducttocart_catalog('/addproducttocart/catalog/{pid}/1/1');return false;">Add to cart</button>
                <button type="button" class="button-2 add-to-compare-list-button" title="Add to compare list" onclick="AjaxCart.addproducttocomparelist('/compareproducts/add/{pid}');return false;">Add to compare list</button>
                <button type="button" class="button-2 add-to-wishlist-button" title="Add to wishlist" onclick="AjaxCart.addproducttocart_catalog('/addproducttocart/catalog/{pid}/2/1');return false;">Add to wishlist</button>
            </div>
        </div>
    </div>
</div>
</div>"""


def _nop_pager(number: int, count: int) -> str:
    def href(n: int) -> str:
        return "/apparel" if n == 1 else f"/apparel?pagenumber={n}"

    lis = []
    if number > 1:
        lis.append(f'<li class="previous-page"><a data-page="{number - 1}" href="{href(number - 1)}">Previous</a></li>')
    for n in range(1, count + 1):
        if n == number:
            lis.append(f'<li class="current-page"><span>{n}</span></li>')
        else:
            lis.append(f'<li class="individual-page"><a data-page="{n}" href="{href(n)}">{n}</a></li>')
    if number < count:
        lis.append(f'<li class="next-page"><a data-page="{number + 1}" href="{href(number + 1)}">Next</a></li>')
    return '<div class="pager">\n    <ul>\n        ' + "\n        ".join(lis) + "\n    </ul>\n</div>"


def _nop_page(
    number: int, count: int, rows: list[tuple[str, float, float | None, int | None, int, str]], first: int
) -> str:
    items = "\n".join(_nop_item(first + i, item) for i, item in enumerate(rows))
    subcats = "".join(
        f"""<div class="item-box"><div class="sub-category-item"><h2 class="title"><a href="/{h}" title="Show products in category {n}">{n}</a></h2><div class="picture"><a href="/{h}" title="Show products in category {n}"><img alt="Picture for category {n}" src="https://demo.nopcommerce.com/images/thumbs/00000{i}_{h}_450.jpeg" title="Show products in category {n}" /></a></div></div></div>"""
        for i, (n, h) in enumerate([("Shoes", "shoes"), ("Clothing", "clothing"), ("Accessories", "accessories")], 28)
    )
    cats = []
    for name, href, subs in NOP_CATEGORY_NAV:
        if href == "apparel":
            inner = "".join(f'<li class="inactive"><a href="/{h}">{n}</a></li>' for n, h in subs)
            cats.append(f'<li class="active last"><a href="/{href}">{name}</a><ul class="sublist">{inner}</ul></li>')
        else:
            cats.append(f'<li class="inactive"><a href="/{href}">{name}</a></li>')
    return f"""{_nop_head()}
<body>
    <div class="eu-cookie-bar-notification" id="eu-cookie-bar-notification" role="dialog">
        <div class="content">
            <div class="text">We use cookies to offer you a better browsing experience, analyze site traffic and personalize content. By using this site or clicking I agree, you consent to our use of cookies.</div>
            <div class="buttons-more">
                <button type="button" class="ok-button button-1" id="eu-cookie-ok">I agree</button>
                <a class="learn-more" href="/privacy-notice">Learn more</a>
            </div>
        </div>
    </div>
    {_nop_header()}
        <div class="master-wrapper-content" id="main" role="main">
            <div class="master-column-wrapper">
                <div class="side-2">
                    <div class="block block-category-navigation">
                        <div class="title"><strong>Categories</strong></div>
                        <div class="listbox">
                            <ul class="list">
                                {"".join(cats)}
                            </ul>
                        </div>
                    </div>
                    <div class="block block-manufacturer-navigation">
                        <div class="title"><strong>Manufacturers</strong></div>
                        <div class="listbox">
                            <ul class="list">
                                <li class="inactive"><a href="/apple">Apple</a></li>
                                <li class="inactive"><a href="/hp">HP</a></li>
                                <li class="inactive"><a href="/nike">Nike</a></li>
                            </ul>
                            <div class="view-all"><a href="/manufacturer/all">View all</a></div>
                        </div>
                    </div>
                    <div class="block block-popular-tags">
                        <div class="title"><strong>Popular tags</strong></div>
                        <div class="listbox">
                            <div class="tags">
                                <ul>
                                    <li><a href="/apparel-2" style="font-size:120%;">apparel</a></li>
                                    <li><a href="/awesome" style="font-size:90%;">awesome</a></li>
                                    <li><a href="/cool" style="font-size:150%;">cool</a></li>
                                    <li><a href="/jeans" style="font-size:90%;">jeans</a></li>
                                    <li><a href="/nice" style="font-size:100%;">nice</a></li>
                                    <li><a href="/shirt" style="font-size:100%;">shirt</a></li>
                                    <li><a href="/shoes" style="font-size:100%;">shoes</a></li>
                                </ul>
                            </div>
                            <div class="view-all"><a href="/producttag/all">View all</a></div>
                        </div>
                    </div>
                </div>
                <div class="center-2">
                    <div class="page category-page">
                        <div class="breadcrumb">
                            <ul itemscope itemtype="http://schema.org/BreadcrumbList">
                                <li><a href="/" title="Home">Home</a><span class="delimiter">/</span></li>
                                <li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><strong class="current-item" itemprop="name">Apparel</strong><span itemprop="item" itemscope itemtype="http://schema.org/Thing" id="/apparel"></span><meta itemprop="position" content="1" /></li>
                            </ul>
                        </div>
                        <div class="page-title"><h1>Apparel</h1></div>
                        <div class="page-body">
                            <div class="category-grid sub-category-grid">
                                <div class="item-grid">{subcats}</div>
                            </div>
                            <div class="products-container">
                                <div class="ajax-products-busy"></div>
                                <div class="products-wrapper">
                                    <div class="product-selectors">
                                        <div class="product-viewmode">
                                            <span>View as</span>
                                            <a role="button" class="viewmode-icon grid selected" data-viewmode="grid" title="Grid" tabindex="0" href="#">Grid</a>
                                            <a role="button" class="viewmode-icon list" data-viewmode="list" title="List" tabindex="0" href="#">List</a>
                                        </div>
                                        <div class="product-sorting">
                                            <span>Sort by</span>
                                            <select aria-label="Select product sort order" id="products-orderby" name="products-orderby"><option selected="selected" value="0">Position</option>
<option value="5">Name: A to Z</option>
<option value="6">Name: Z to A</option>
<option value="10">Price: Low to High</option>
<option value="11">Price: High to Low</option>
<option value="15">Created on</option>
</select>
                                        </div>
                                        <div class="product-page-size">
                                            <span>Display</span>
                                            <select aria-label="Select number of products per page" id="products-pagesize" name="products-pagesize"><option value="3">3</option>
<option value="6">6</option>
<option selected="selected" value="9">9</option>
</select>
                                            <span>per page</span>
                                        </div>
                                    </div>
                                    <div class="product-filters">
                                        <div class="product-filter price-range-filter">
                                            <div class="filter-title"><strong>Filter by price</strong></div>
                                            <div class="filter-content">
                                                <div id="price-range-slider"></div>
                                                <div class="selected-price-range"><span class="from">$0</span><span class="to">$200</span></div>
                                            </div>
                                        </div>
                                    </div>
                                    <div class="product-grid">
                                        <div class="item-grid">
{items}
                                        </div>
                                    </div>
                                    {_nop_pager(number, count)}
                                </div>
                            </div>
                            <script>
                                $(function() {{
                                    CatalogProducts.init({{
                                        ajax: true,
                                        browserPath: '/apparel',
                                        fetchUrl: '/category/products?categoryId=3'
                                    }});
                                }});
                            </script>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="footer">
            <div class="footer-upper">
                <div class="footer-block information">
                    <div class="title"><strong>Information</strong></div>
                    <ul class="list">
                        <li><a href="/sitemap">Sitemap</a></li>
                        <li><a href="/shipping-returns">Shipping &amp; returns</a></li>
                        <li><a href="/privacy-notice">Privacy notice</a></li>
                        <li><a href="/conditions-of-use">Conditions of Use</a></li>
                        <li><a href="/about-us">About us</a></li>
                        <li><a href="/contactus">Contact us</a></li>
                    </ul>
                </div>
                <div class="footer-block customer-service">
                    <div class="title"><strong>Customer service</strong></div>
                    <ul class="list">
                        <li><a href="/search">Search</a></li>
                        <li><a href="/news">News</a></li>
                        <li><a href="/blog">Blog</a></li>
                        <li><a href="/recentlyviewedproducts">Recently viewed products</a></li>
                        <li><a href="/compareproducts">Compare products list</a></li>
                        <li><a href="/newproducts">New products</a></li>
                    </ul>
                </div>
                <div class="footer-block my-account">
                    <div class="title"><strong>My account</strong></div>
                    <ul class="list">
                        <li><a href="/customer/info">My account</a></li>
                        <li><a href="/order/history">Orders</a></li>
                        <li><a href="/customer/addresses">Addresses</a></li>
                        <li><a href="/cart">Shopping cart</a></li>
                        <li><a href="/wishlist">Wishlist</a></li>
                        <li><a href="/vendor/apply">Apply for vendor account</a></li>
                    </ul>
                </div>
                <div class="footer-block follow-us">
                    <div class="social">
                        <div class="title"><strong>Follow us</strong></div>
                        <ul class="networks">
                            <li class="facebook"><a href="https://www.facebook.com/nopCommerce" target="_blank" rel="noopener noreferrer">Facebook</a></li>
                            <li class="twitter"><a href="https://twitter.com/nopCommerce" target="_blank" rel="noopener noreferrer">Twitter</a></li>
                            <li class="rss"><a href="/news/rss/1">RSS</a></li>
                            <li class="youtube"><a href="https://www.youtube.com/user/nopCommerce" target="_blank" rel="noopener noreferrer">YouTube</a></li>
                        </ul>
                    </div>
                    <div class="newsletter">
                        <div class="title"><strong>Newsletter</strong></div>
                        <div class="newsletter-subscribe" id="newsletter-subscribe-block">
                            <div class="newsletter-email">
                                <input id="newsletter-email" class="newsletter-subscribe-text" placeholder="Enter your email here..." aria-label="Sign up for our newsletter" type="email" name="NewsletterEmail" value="" />
                                <button type="button" id="newsletter-subscribe-button" class="button-1 newsletter-subscribe-button">Subscribe</button>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="footer-lower">
                <div class="footer-info">
                    <span class="footer-disclaimer">Copyright &copy; 2025 nopCommerce demo store. All rights reserved.</span>
                </div>
                <div class="footer-powered-by">
                    Powered by <a href="https://www.nopcommerce.com/" target="_blank" rel="nofollow">nopCommerce</a>
                </div>
            </div>
        </div>
    </div>
    <script src="/js/public.common.js"></script>
    <script src="/js/public.ajaxcart.js"></script>
    <script src="/js/public.catalogproducts.js"></script>
    <script>
        $(function() {{
            AjaxCart.init(false, '.header-links .cart-qty', '.header-links .wishlist-qty', '#flyout-cart', 'Close');
        }});
    </script>
</body>
</html>"""


@twentieth_e
def build_nopstore() -> None:
    s = Site(
        "nopstore",
        kind="product grid (nopCommerce 4.70 default theme category page: div.product-grid > div.item-grid > div.item-box > div.product-item[data-productid] with div.picture a img, div.details h2.product-title a, div.product-rating-box[title='2 review(s)'] > div.rating > div[style='width: 80%'] (0% when unreviewed), a hidden-in-grid div.description, div.add-info > div.prices with span.price.old-price before span.price.actual-price, three button-2 buttons; view-mode / sort / page-size selectors, a sub-category grid of the same item-box markup, div.pager with li.current-page / li.next-page and ?pagenumber=N)",
        start="apparel/",
        description="The Apparel category of a nopCommerce 4.70 store (the public demo store's DefaultClean theme, 2024–25): notification dialogs, header-upper with the currency select and header links (Register, Log in, Wishlist (0), Shopping cart (0), flyout cart), logo, 'Search store' box, the top menu twice (desktop and mobile); a side-2 column (Categories tree, Manufacturers, Popular tags); the page: breadcrumb with schema.org BreadcrumbList microdata, h1 'Apparel', a sub-category grid (Shoes / Clothing / Accessories in item-box > sub-category-item), the product-selectors (view as Grid / List links, 'Sort by' select, 'Display 3 / 6 / 9 per page'), a 'Filter by price' block, then div.product-grid > div.item-grid of div.item-box > div.product-item[data-productid] cards: div.picture link + img ('Picture of …' alt, 'Show details for …' title), div.details > h2.product-title > a, div.product-rating-box[title='N review(s)'] > div.rating > div[style='width: 80%'] (width 0% and '0 review(s)' when unreviewed), div.description (the short description; hidden by CSS in grid view), div.add-info > div.prices (span.price.old-price '$55.00' before span.price.actual-price '$43.50' on discounted items) and buttons 'Add to cart' / 'Add to compare list' / 'Add to wishlist' with AjaxCart onclick calls; div.pager (Previous / individual pages / li.current-page span / Next with data-page and /apparel?pagenumber=N hrefs); the CatalogProducts.init script; footer blocks, newsletter, 'Powered by nopCommerce'; the EU cookie bar. 9, 9 and 7 products. Written down: title, url, price, currency, original_price (struck old price), rating (the star bar's width / 20; none when unreviewed).",
    )
    pages = chunks(NOP_ITEMS, [9, 9, 7])
    first = 0
    for number, rows in enumerate(pages, 1):
        path = "apparel/index.html" if number == 1 else f"apparel@pagenumber={number}"
        s.list_page(path, _nop_page(number, len(pages), rows, first))
        first += len(rows)
        for title, price, old, percent, _reviews, _desc in rows:
            s.expect(
                {
                    "title": title,
                    "url": "/" + slug(title),
                    "price": price,
                    "currency": "USD",
                    "original_price": old,
                    "rating": percent / 20 if percent else None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# opencartshop: OpenCart 4.0.2 default theme, the Laptops & Notebooks category (limit 10).
# ---------------------------------------------------------------------------------------------------

OC = "https://shop.example.test/index.php"
OC_LOCAL = "/index.php"

# title, model, price (incl. tax), special price, rating (stars), description
OC_ITEMS: list[tuple[str, float, float | None, int, str]] = [
    (
        "HP LP3065",
        122.00,
        None,
        0,
        "Stop your co-workers in their tracks with the stunning new 30-inch diagonal HP LP3065 Flat Panel Monitor. This flagship monitor features best-in-class performance and presentation features on a huge wide-aspect screen while letting you work as comfortably as possible - you might even forget you're at the office",
    ),
    (
        "MacBook",
        602.00,
        None,
        0,
        "Intel Core 2 Duo processor Powered by an Intel Core 2 Duo processor at speeds up to 2.16GHz, the new MacBook is the fastest ever. 1GB memory, larger hard drives The new MacBook now comes with 1GB of memory standard and larger hard drives for the entire line perfect for running more of your favorite applications",
    ),
    (
        "MacBook Air",
        1202.00,
        1000.00,
        4,
        "MacBook Air is ultrathin, ultraportable, and ultra unlike anything else. But you don't lose inches and pounds overnight. It's the result of rethinking conventions. Of multiple wireless innovations. And of breakthrough design. With MacBook Air, mobile computing suddenly has a new standard.",
    ),
    (
        "MacBook Pro",
        2000.00,
        None,
        0,
        "Latest Intel mobile architecture Powered by the most advanced mobile processors from Intel, the new Core 2 Duo MacBook Pro is over 50% faster than the original Core Duo MacBook Pro and now supports up to 4GB of RAM.",
    ),
    (
        "Sony VAIO",
        1202.00,
        None,
        0,
        "Unprecedented power. The next generation of processing technology has arrived. Built into the newest VAIO notebooks lies Intel's latest, most powerful innovation yet: Intel Centrino 2 processor technology.",
    ),
    (
        "Dell XPS 13 9340",
        1399.00,
        1259.00,
        5,
        "The thinnest and lightest XPS 13 yet, with an Intel Core Ultra 7 processor, a 13.4-inch InfinityEdge display and an edge-to-edge keyboard with a seamless glass touchpad.",
    ),
    (
        "Lenovo ThinkPad X1 Carbon Gen 12",
        1889.00,
        None,
        5,
        "Ultralight business laptop with a 14-inch 2.8K OLED display, Intel Core Ultra processors, a 1080p camera with privacy shutter and MIL-STD 810H durability.",
    ),
    (
        "ASUS ZenBook 14 OLED",
        949.99,
        None,
        4,
        "A 14-inch 3K OLED touchscreen, AMD Ryzen 7 processor, 16GB of LPDDR5X memory and a 1TB SSD in a 1.2 kg all-metal chassis.",
    ),
    (
        "Acer Aspire 5 A515",
        549.00,
        499.00,
        3,
        "Everyday laptop with a 15.6-inch Full HD IPS display, Intel Core i5 processor, backlit keyboard and fingerprint reader for quick sign-ins.",
    ),
    (
        "HP Pavilion 15",
        679.00,
        None,
        4,
        "Do more from anywhere with a 15.6-inch micro-edge display, AMD Ryzen 5 processor, dual speakers tuned by B&O and fast charge.",
    ),
    (
        "Microsoft Surface Laptop 6",
        1199.00,
        None,
        0,
        "Sleek and light with a 13.5-inch PixelSense touchscreen, Intel Core Ultra 5, Windows 11 Pro and all-day battery life for business.",
    ),
    (
        "Razer Blade 15",
        2499.99,
        2199.99,
        5,
        "Gaming laptop with an NVIDIA GeForce RTX 4070, a 240Hz QHD display, vapor chamber cooling and a CNC aluminum unibody.",
    ),
    (
        "MSI Katana 15",
        1099.00,
        None,
        3,
        "Sharpen your gaming with a 13th Gen Intel Core i7, GeForce RTX 4060 graphics, a 144Hz display and a four-zone RGB keyboard.",
    ),
    (
        "Samsung Galaxy Book4 Pro",
        1449.99,
        None,
        4,
        "A 14-inch Dynamic AMOLED 2X touchscreen with Vision Booster, Intel Core Ultra 7 and seamless Galaxy ecosystem connectivity.",
    ),
    (
        "LG gram 16",
        1299.00,
        1099.00,
        4,
        "A 16-inch 2560x1600 display in a laptop that weighs just 1.19 kg, with an 80Wh battery and Thunderbolt 4 ports.",
    ),
    (
        "Apple MacBook Pro 14 M3",
        1599.00,
        None,
        5,
        "The M3 chip brings even greater capabilities to the 14-inch MacBook Pro, with a Liquid Retina XDR display and up to 22 hours of battery life.",
    ),
    (
        "Chromebook Plus 514",
        399.00,
        None,
        0,
        "Google's Chromebook Plus with a 14-inch Full HD display, Intel Core i3, 8GB RAM and 128GB storage, with built-in Google AI tools.",
    ),
    (
        "Framework Laptop 13",
        1049.00,
        None,
        5,
        "Thin, light, high-performance and built to be upgraded and repaired, with swappable expansion cards and a 13.5-inch 3:2 display.",
    ),
    (
        "Lenovo IdeaPad Slim 3",
        459.99,
        399.99,
        3,
        "A slim 15.6-inch laptop with AMD Ryzen 5 7520U, 8GB memory, a 512GB SSD and Dolby Audio speakers, ready for work and play.",
    ),
    (
        "HP Spectre x360 14",
        1649.99,
        None,
        0,
        "A 2-in-1 convertible with a 2.8K OLED touchscreen, Intel Core Ultra 7, a tilt pen and a 9MP camera with presence detection.",
    ),
    (
        "Dell Inspiron 16 Plus",
        1149.00,
        None,
        4,
        "Creator-ready 16-inch laptop with a 16:10 display, Intel Core i7-13620H, NVIDIA GeForce RTX 4060 and a large precision touchpad.",
    ),
    (
        "ASUS ROG Zephyrus G14",
        1999.99,
        1799.99,
        5,
        "An ultra-slim 14-inch gaming laptop with a 3K 120Hz OLED Nebula display, AMD Ryzen 9 8945HS and GeForce RTX 4070.",
    ),
    (
        "Acer Swift Go 14",
        799.99,
        None,
        0,
        "Go further with an Intel Core Ultra 5, a 14-inch 2.8K OLED display, a QHD webcam and a lightweight aluminum design.",
    ),
    (
        "Gigabyte AORUS 15",
        1599.00,
        None,
        4,
        "A 15.6-inch 165Hz QHD gaming laptop with Intel Core i7-13700H, GeForce RTX 4070 and WINDFORCE Infinity cooling.",
    ),
    (
        "Toshiba Dynabook Tecra A40",
        989.00,
        None,
        3,
        "A business notebook with 14-inch Full HD display, Intel vPro, an IR camera for Windows Hello and a spill-resistant keyboard.",
    ),
    (
        "Panasonic Toughbook 40",
        4299.00,
        None,
        0,
        "Fully rugged 14-inch laptop with modular expansion areas, a 1200-nit display and MIL-STD-810H and IP66 ratings for the field.",
    ),
    (
        "Huawei MateBook D 16",
        749.00,
        649.00,
        4,
        "A 16-inch FullView display, 13th Gen Intel Core i5, a 70Wh battery and Huawei Share for seamless multi-screen collaboration.",
    ),
]


def _oc_ex_tax(price: float) -> float:
    """The demo's tax class: 20% VAT on (price - $2.00 eco tax)."""
    return round((price - 2.0) / 1.2, 2)


def _oc_href(route: str, extra: str = "") -> str:
    return f"{OC_LOCAL}?route={route}&amp;language=en-gb{extra}"


def _oc_page_href(number: int) -> str:
    extra = "&amp;path=18" + (f"&amp;page={number}" if number > 1 else "")
    return _oc_href("product/category", extra)


def _oc_item(pid: int, item: tuple[str, float, float | None, int, str]) -> str:
    title, price, special, rating, desc = item
    href = _oc_href("product/product", f"&amp;product_id={pid}&amp;path=18")
    shown = special if special is not None else price
    if special is not None:
        price_html = f'<span class="price-new">{usd(special)}</span> <span class="price-old">{usd(price)}</span>'
    else:
        price_html = f'<span class="price-new">{usd(price)}</span>'
    stars = ""
    if rating:
        icons = []
        for i in range(1, 6):
            if rating < i:
                icons.append('<span class="fa-stack"><i class="fa-regular fa-star fa-stack-1x"></i></span>')
            else:
                icons.append(
                    '<span class="fa-stack"><i class="fa-solid fa-star fa-stack-1x"></i><i class="fa-regular fa-star fa-stack-1x"></i></span>'
                )
        stars = '\n        <div class="rating">\n          ' + "\n          ".join(icons) + "\n        </div>"
    image = slug(title).replace("-", "_")
    return f"""<div class="col mb-3"><div class="product-thumb">
  <div class="image"><a href="{href}"><img src="https://shop.example.test/image/cache/catalog/demo/{image}_1-200x200.jpg" alt="{esc(title)}" title="{esc(title)}" class="img-fluid"/></a></div>
  <div class="content">
    <div class="description">
      <h4><a href="{href}">{esc(title)}</a></h4>
      <p>{esc(desc[:100])}..</p>
              <div class="price">
          {price_html}
                    <span class="price-tax">Ex Tax: {usd(_oc_ex_tax(shown))}</span>
                  </div>{stars}
          </div>
    <form method="post" data-oc-toggle="ajax" data-oc-load="{_oc_href("common/cart.info")}" data-oc-target="#header-cart">
      <div class="button-group">
        <button type="submit" formaction="{_oc_href("checkout/cart.add")}" data-bs-toggle="tooltip" title="Add to Cart"><i class="fa-solid fa-shopping-cart"></i></button>
        <button type="submit" formaction="{_oc_href("account/wishlist.add")}" data-bs-toggle="tooltip" title="Add to Wish List"><i class="fa-solid fa-heart"></i></button>
        <button type="submit" formaction="{_oc_href("product/compare.add")}" data-bs-toggle="tooltip" title="Compare this Product"><i class="fa-solid fa-arrow-right-arrow-left"></i></button>
      </div>
      <input type="hidden" name="product_id" value="{pid}"/> <input type="hidden" name="quantity" value="1"/>
    </form>
  </div>
</div></div>"""


OC_MENU = [
    ("Desktops", 20, ["PC (0)", "Mac (1)"]),
    ("Laptops &amp; Notebooks", 18, ["Macs (0)", "Windows (0)"]),
    ("Components", 25, ["Mice and Trackballs (0)", "Monitors (2)", "Printers (0)", "Scanners (0)", "Web Cameras (0)"]),
    ("Tablets", 57, []),
    ("Software", 17, []),
    ("Phones &amp; PDAs", 24, []),
    ("Cameras", 33, []),
    ("MP3 Players", 34, []),
]


def _oc_menu() -> str:
    out = []
    for name, path, subs in OC_MENU:
        if subs:
            inner = "".join(
                f'<li><a href="{_oc_href("product/category", f"&amp;path={path}_{26 + i}")}" class="nav-link">{sub}</a></li>'
                for i, sub in enumerate(subs)
            )
            out.append(
                f"""<li class="nav-item dropdown"><a href="{_oc_href("product/category", f"&amp;path={path}")}" class="nav-link dropdown-toggle" data-bs-toggle="dropdown">{name}</a>
            <div class="dropdown-menu">
              <div class="dropdown-inner"><ul class="list-unstyled">{inner}</ul></div>
              <a href="{_oc_href("product/category", f"&amp;path={path}")}" class="see-all">Show All {name}</a>
            </div></li>"""
            )
        else:
            out.append(
                f'<li class="nav-item"><a href="{_oc_href("product/category", f"&amp;path={path}")}" class="nav-link">{name}</a></li>'
            )
    return "\n          ".join(out)


def _oc_pagination(number: int, count: int, total: int, limit: int) -> str:
    lis = []
    if number > 1:
        lis.append(f'<li class="page-item"><a href="{_oc_page_href(1)}" class="page-link">|&lt;</a></li>')
        lis.append(f'<li class="page-item"><a href="{_oc_page_href(number - 1)}" class="page-link">&lt;</a></li>')
    for n in range(1, count + 1):
        if n == number:
            lis.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            lis.append(f'<li class="page-item"><a href="{_oc_page_href(n)}" class="page-link">{n}</a></li>')
    if number < count:
        lis.append(f'<li class="page-item"><a href="{_oc_page_href(number + 1)}" class="page-link">&gt;</a></li>')
        lis.append(f'<li class="page-item"><a href="{_oc_page_href(count)}" class="page-link">&gt;|</a></li>')
    start = (number - 1) * limit + 1
    end = min(number * limit, total)
    return f"""<div class="row">
        <div class="col-sm-6 text-start"><ul class="pagination">{"".join(lis)}</ul></div>
        <div class="col-sm-6 text-end">Showing {start} to {end} of {total} ({count} Pages)</div>
      </div>"""


def _oc_page(number: int, count: int, rows: list[tuple[int, tuple[str, float, float | None, int, str]]]) -> str:
    items = "\n        ".join(_oc_item(pid, item) for pid, item in rows)
    sorts = [
        ("p.sort_order", "ASC", "Default"),
        ("pd.name", "ASC", "Name (A - Z)"),
        ("pd.name", "DESC", "Name (Z - A)"),
        ("p.price", "ASC", "Price (Low &gt; High)"),
        ("p.price", "DESC", "Price (High &gt; Low)"),
        ("rating", "DESC", "Rating (Highest)"),
        ("rating", "ASC", "Rating (Lowest)"),
        ("p.model", "ASC", "Model (A - Z)"),
        ("p.model", "DESC", "Model (Z - A)"),
    ]
    sort_options = "\n".join(
        f'              <option value="{_oc_href("product/category", f"&amp;path=18&amp;sort={key}&amp;order={order}")}"{" selected" if i == 0 else ""}>{label}</option>'
        for i, (key, order, label) in enumerate(sorts)
    )
    limits = "\n".join(
        f'              <option value="{_oc_href("product/category", f"&amp;path=18&amp;limit={n}")}"{" selected" if n == 10 else ""}>{n}</option>'
        for n in (10, 25, 50, 75, 100)
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en">
<head>
  <meta charset="UTF-8"/>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>Laptops &amp; Notebooks</title>
  <script src="/catalog/view/javascript/jquery/jquery-3.7.1.min.js" type="text/javascript"></script>
  <link href="/catalog/view/stylesheet/bootstrap.css" type="text/css" rel="stylesheet"/>
  <link href="/catalog/view/stylesheet/fonts/fontawesome/css/all.min.css" type="text/css" rel="stylesheet"/>
  <link href="/catalog/view/stylesheet/stylesheet.css" type="text/css" rel="stylesheet"/>
  <script type="text/javascript" src="/catalog/view/javascript/jquery/datetimepicker/moment.min.js"></script>
  <script src="/catalog/view/javascript/common.js" type="text/javascript"></script>
</head>
<body>
<div id="alert" class="toast-container position-fixed top-0 end-0 p-3"></div>
<nav id="top">
  <div class="container">
    <div class="row">
      <div class="col">
        <ul class="list-inline">
          <li class="list-inline-item">
            <form action="{_oc_href("common/currency.save")}" method="post" enctype="multipart/form-data" id="form-currency">
              <div class="dropdown">
                <a href="#" data-bs-toggle="dropdown" class="dropdown-toggle"><strong>$</strong> <span class="d-none d-md-inline">Currency</span> <i class="fa-solid fa-caret-down"></i></a>
                <ul class="dropdown-menu">
                  <li><a href="EUR" class="dropdown-item">€ Euro</a></li>
                  <li><a href="GBP" class="dropdown-item">£ Pound Sterling</a></li>
                  <li><a href="USD" class="dropdown-item">$ US Dollar</a></li>
                </ul>
              </div>
              <input type="hidden" name="code" value=""/> <input type="hidden" name="redirect" value="{_oc_page_href(number)}"/>
            </form>
          </li>
        </ul>
      </div>
      <div class="col text-end">
        <ul class="list-inline">
          <li class="list-inline-item"><a href="{_oc_href("information/contact")}"><i class="fa-solid fa-phone"></i></a> <span class="d-none d-md-inline">123456789</span></li>
          <li class="list-inline-item">
            <div class="dropdown">
              <a href="" class="dropdown-toggle" data-bs-toggle="dropdown"><i class="fa-solid fa-user"></i> <span class="d-none d-md-inline">My Account</span> <i class="fa-solid fa-caret-down"></i></a>
              <ul class="dropdown-menu dropdown-menu-right">
                <li><a href="{_oc_href("account/register")}" class="dropdown-item">Register</a></li>
                <li><a href="{_oc_href("account/login")}" class="dropdown-item">Login</a></li>
              </ul>
            </div>
          </li>
          <li class="list-inline-item"><a href="{_oc_href("account/wishlist")}" id="wishlist-total" title="Wish List (0)"><i class="fa-solid fa-heart"></i> <span class="d-none d-md-inline">Wish List (0)</span></a></li>
          <li class="list-inline-item"><a href="{_oc_href("checkout/cart")}" title="Shopping Cart"><i class="fa-solid fa-cart-shopping"></i> <span class="d-none d-md-inline">Shopping Cart</span></a></li>
          <li class="list-inline-item"><a href="{_oc_href("checkout/checkout")}" title="Checkout"><i class="fa-solid fa-share"></i> <span class="d-none d-md-inline">Checkout</span></a></li>
        </ul>
      </div>
    </div>
  </div>
</nav>
<header>
  <div class="container">
    <div class="row">
      <div class="col-md-3 col-lg-4">
        <div id="logo"><a href="{_oc_href("common/home")}"><img src="https://shop.example.test/image/catalog/opencart-logo.png" title="Your Store" alt="Your Store" class="img-fluid"/></a></div>
      </div>
      <div class="col-md-5"><div id="search" class="input-group mb-3">
  <input type="text" name="search" value="" data-oc-target="{_oc_href("product/search")}" placeholder="Search" class="form-control form-control-lg"/>
  <button type="button" data-lang="en-gb" class="btn btn-light btn-lg"><i class="fa-solid fa-magnifying-glass"></i></button>
</div></div>
      <div id="header-cart" class="col-md-4 col-lg-3 mb-2"><div class="dropdown d-grid">
  <button type="button" data-bs-toggle="dropdown" class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa-solid fa-cart-shopping"></i> 0 item(s) - $0.00</button>
  <ul class="dropdown-menu dropdown-menu-end p-2">
    <li><p class="text-center">Your shopping cart is empty!</p></li>
  </ul>
</div></div>
    </div>
  </div>
</header>
<main>
  <div class="container">
    <nav id="menu" class="navbar navbar-expand-lg navbar-light bg-primary">
      <div id="category" class="d-block d-sm-block d-lg-none">Categories</div>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#narbar-menu"><i class="fa-solid fa-bars"></i></button>
      <div class="collapse navbar-collapse" id="narbar-menu">
        <ul class="nav navbar-nav">
          {_oc_menu()}
        </ul>
      </div>
    </nav>
  </div>
<div id="product-category" class="container">
  <ul class="breadcrumb">
    <li class="breadcrumb-item"><a href="{_oc_href("common/home")}"><i class="fa-solid fa-house"></i></a></li>
    <li class="breadcrumb-item"><a href="{_oc_page_href(1)}">Laptops &amp; Notebooks</a></li>
  </ul>
  <div class="row"><aside id="column-left" class="col-3 d-none d-md-block">
    <div class="list-group mb-3">
      <a href="{_oc_href("product/category", "&amp;path=20")}" class="list-group-item">Desktops (13)</a>
      <a href="{_oc_page_href(1)}" class="list-group-item active">Laptops &amp; Notebooks (27)</a>
      <a href="{_oc_href("product/category", "&amp;path=18_46")}" class="list-group-item">&nbsp;&nbsp;&nbsp;- Macs (0)</a>
      <a href="{_oc_href("product/category", "&amp;path=18_45")}" class="list-group-item">&nbsp;&nbsp;&nbsp;- Windows (0)</a>
      <a href="{_oc_href("product/category", "&amp;path=25")}" class="list-group-item">Components (2)</a>
      <a href="{_oc_href("product/category", "&amp;path=57")}" class="list-group-item">Tablets (1)</a>
      <a href="{_oc_href("product/category", "&amp;path=17")}" class="list-group-item">Software (0)</a>
      <a href="{_oc_href("product/category", "&amp;path=24")}" class="list-group-item">Phones &amp; PDAs (3)</a>
      <a href="{_oc_href("product/category", "&amp;path=33")}" class="list-group-item">Cameras (2)</a>
      <a href="{_oc_href("product/category", "&amp;path=34")}" class="list-group-item">MP3 Players (4)</a>
    </div>
    <div id="carousel-banner-0" class="carousel slide mb-3" data-bs-ride="carousel">
      <div class="carousel-inner">
        <div class="carousel-item active"><a href="{_oc_href("product/product", "&amp;product_id=49")}"><img src="https://shop.example.test/image/cache/catalog/demo/banners/iPhone6-1140x380.jpg" alt="iPhone 6" class="d-block w-100"/></a></div>
      </div>
    </div>
  </aside>
    <div id="content" class="col">
      <h2>Laptops &amp; Notebooks</h2>
      <div class="row">
        <div class="col-sm-2"><img src="https://shop.example.test/image/cache/catalog/demo/hp_2-80x80.jpg" alt="Laptops &amp; Notebooks" title="Laptops &amp; Notebooks" class="img-thumbnail"/></div>
        <div class="col-sm-10"><p>Shop laptop feature only the best laptop deals on the market. By comparing laptop deals from the likes of PC World, Comet, Dixons, The Link and Carphone Warehouse, Shop Laptop has the most comprehensive selection of laptops on the internet.</p></div>
      </div>
      <hr/>
      <h3>Refine Search</h3>
      <div class="row">
        <div class="col-sm-3">
          <ul>
            <li><a href="{_oc_href("product/category", "&amp;path=18_46")}">Macs (0)</a></li>
            <li><a href="{_oc_href("product/category", "&amp;path=18_45")}">Windows (0)</a></li>
          </ul>
        </div>
      </div>
      <div id="display-control" class="row">
        <div class="col-md-3">
          <div class="mb-3"><a href="{_oc_href("product/compare")}" id="compare-total" class="btn btn-primary d-block"><i class="fa-solid fa-arrow-right-arrow-left"></i> <span class="d-none d-xl-inline">Product Compare (0)</span></a></div>
        </div>
        <div class="col-md-1 d-none d-md-block">
          <div class="btn-group w-100">
            <button type="button" id="button-list" class="btn btn-light" data-bs-toggle="tooltip" title="List"><i class="fa-solid fa-table-list"></i></button>
            <button type="button" id="button-grid" class="btn btn-light" data-bs-toggle="tooltip" title="Grid"><i class="fa-solid fa-table-cells"></i></button>
          </div>
        </div>
        <div class="col-md-4 offset-md-1 col-6">
          <div class="input-group mb-3">
            <label for="input-sort" class="input-group-text">Sort By</label> <select id="input-sort" class="form-select" onchange="location = this.value;">
{sort_options}
            </select>
          </div>
        </div>
        <div class="col-md-3 col-6">
          <div class="input-group mb-3">
            <label for="input-limit" class="input-group-text">Show</label> <select id="input-limit" class="form-select" onchange="location = this.value;">
{limits}
            </select>
          </div>
        </div>
      </div>
      <div id="product-list" class="row row-cols-1 row-cols-sm-2 row-cols-md-3 row-cols-xl-4">
        {items}
      </div>
      <br/>
      {_oc_pagination(number, count, len(OC_ITEMS), 10)}
    </div>
  </div>
</div>
</main>
<footer>
  <div class="container">
    <div class="row">
      <div class="col-sm-3">
        <h5>Information</h5>
        <ul class="list-unstyled">
          <li><a href="{_oc_href("information/information", "&amp;information_id=1")}">About Us</a></li>
          <li><a href="{_oc_href("information/information", "&amp;information_id=2")}">Terms &amp; Conditions</a></li>
          <li><a href="{_oc_href("information/information", "&amp;information_id=4")}">Delivery Information</a></li>
          <li><a href="{_oc_href("information/information", "&amp;information_id=3")}">Privacy Policy</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Customer Service</h5>
        <ul class="list-unstyled">
          <li><a href="{_oc_href("information/contact")}">Contact Us</a></li>
          <li><a href="{_oc_href("account/returns.add")}">Returns</a></li>
          <li><a href="{_oc_href("information/sitemap")}">Site Map</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>Extras</h5>
        <ul class="list-unstyled">
          <li><a href="{_oc_href("product/manufacturer")}">Brands</a></li>
          <li><a href="{_oc_href("checkout/voucher")}">Gift Certificates</a></li>
          <li><a href="{_oc_href("affiliate/login")}">Affiliate</a></li>
          <li><a href="{_oc_href("product/special")}">Specials</a></li>
        </ul>
      </div>
      <div class="col-sm-3">
        <h5>My Account</h5>
        <ul class="list-unstyled">
          <li><a href="{_oc_href("account/account")}">My Account</a></li>
          <li><a href="{_oc_href("account/order")}">Order History</a></li>
          <li><a href="{_oc_href("account/wishlist")}">Wish List</a></li>
          <li><a href="{_oc_href("account/newsletter")}">Newsletter</a></li>
        </ul>
      </div>
    </div>
    <hr>
    <p>Powered By <a href="https://www.opencart.com">OpenCart</a><br/> Your Store &copy; 2025</p>
  </div>
</footer>
<div id="cookie" class="toast-container position-fixed bottom-0 start-0 p-3">
  <div class="toast show" role="alert" aria-live="assertive" aria-atomic="true">
    <div class="toast-body">
      <p>This website uses cookies. For more information <a href="{_oc_href("information/information", "&amp;information_id=3")}" class="alert-link">click here</a>.</p>
      <div class="text-end"><button type="button" value="yes" class="btn btn-primary">Yes</button> <button type="button" value="no" class="btn btn-secondary">No</button></div>
    </div>
  </div>
</div>
<script type="text/javascript"><!--
$('#cookie button').on('click', function() {{
    var element = this;
    $.ajax({{
        url: 'index.php?route=common/cookie.confirm&language=en-gb&agree=' + $(element).val(),
        dataType: 'json',
        success: function(json) {{ $('#cookie').fadeOut(); }}
    }});
}});
//--></script>
<script src="/catalog/view/javascript/bootstrap/js/bootstrap.bundle.min.js" type="text/javascript"></script>
</body>
</html>"""


@twentieth_e
def build_opencartshop() -> None:
    s = Site(
        "opencartshop",
        kind="product grid (OpenCart 4.0.2 default theme category: div#product-list > div.col > div.product-thumb with div.image a img, div.content div.description h4 a, a p teaser cut at 100 characters + '..', div.price with span.price-new / span.price-old / span.price-tax 'Ex Tax: $98.00', star span.fa-stack icons (fa-solid filled + fa-regular outline), a form button group of icon-only buttons; 'Showing 1 to 10 of 27 (3 Pages)' and ul.pagination on index.php?route=product/category&language=en-gb&path=18&page=N, root-relative links)",
        start="index.php?route=product/category&language=en-gb&path=18",
        description="The 'Laptops & Notebooks' category of an OpenCart 4.0.2 store on the default theme (as the public demo store served it in 2024–25): links as root-relative index.php?route=…&amp;language=en-gb URLs, nav#top with the currency dropdown, phone, My Account, 'Wish List (0)', Shopping Cart, Checkout; logo, search, the header cart '0 item(s) - $0.00'; the navbar menu with dropdowns 'Show All …'; breadcrumb (a house icon + the category); aside#column-left with the category list-group 'Laptops & Notebooks (27)' and a banner carousel; h2, category image + description, 'Refine Search' links, div#display-control (Product Compare (0), list / grid buttons, Sort By and Show selects whose option values are URLs); div#product-list.row.row-cols-* of div.col > div.product-thumb: div.image a img (alt/title the name), div.content > div.description > h4 > a, p teaser (the description's first 100 characters + '..'), div.price with span.price-new (the special price, or the price) + span.price-old (struck, specials only) + span.price-tax 'Ex Tax: $833.33' (20% VAT after a $2.00 eco tax), then div.rating of five span.fa-stack stars (filled = fa-solid + fa-regular, empty = fa-regular only; absent when unrated), a form with Add to Cart / Add to Wish List / Compare this Product icon buttons (tooltips only) and hidden product_id; the pagination row (|< < 1 2 3 > >|, li.page-item.active span) and 'Showing 11 to 20 of 27 (3 Pages)'; the four-column footer, 'Powered By OpenCart', the cookie toast. 10, 10 and 7 products. Written down: title, url, price (price-new), currency, original_price (price-old), price_ex_tax, rating (the filled stars; none when no stars are shown).",
    )
    numbered = [(28 + i * 3, item) for i, item in enumerate(OC_ITEMS)]
    pages = chunks(numbered, [10, 10, 7])
    for number, rows in enumerate(pages, 1):
        path = _oc_page_href(number).replace("&amp;", "&").lstrip("/").replace("?", "@")
        s.list_page(path, _oc_page(number, len(pages), rows))
        for pid, (title, price, special, rating, _desc) in rows:
            shown = special if special is not None else price
            s.expect(
                {
                    "title": title,
                    "url": f"/index.php?route=product/product&language=en-gb&product_id={pid}&path=18",
                    "price": shown,
                    "currency": "USD",
                    "original_price": price if special is not None else None,
                    "price_ex_tax": _oc_ex_tax(shown),
                    "rating": rating or None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# prestaboutique: PrestaShop 8.1 classic theme, the Clothes category (12 per page).
# ---------------------------------------------------------------------------------------------------

COLOURS = {
    "White": "#ffffff",
    "Black": "#434A54",
    "Grey": "#AAB2BD",
    "Blue": "#5D9CEC",
    "Red": "#E84C3D",
    "Beige": "#f5f5dc",
    "Green": "#A0D468",
    "Pink": "#FCCACD",
}

# name, category rewrite, regular price, discount (0.2 = -20%, 5.0 = -€5.00, 0 none), flags (n new, o out of stock, w online only), colours
PS_ITEMS: list[tuple[str, str, float, float, str, list[str]]] = [
    ("Hummingbird printed t-shirt", "men", 23.90, 0.2, "n", ["White", "Black"]),
    ("Hummingbird printed sweater", "men", 35.90, 0.2, "n", []),
    ("Brown bear printed sweater", "women", 35.90, 0, "n", []),
    ("Organic cotton crew neck t-shirt in heather grey", "men", 19.90, 0, "", ["Grey", "Black", "White"]),
    ("Linen shirt", "men", 49.00, 0, "n", ["White", "Blue"]),
    ("Merino wool roll-neck jumper", "women", 79.00, 0.3, "", ["Beige", "Black"]),
    ("Slim-fit chino trousers", "men", 59.90, 0, "", ["Beige", "Blue", "Black"]),
    ("Floral wrap midi dress with short sleeves", "women", 69.00, 10.0, "n", ["Pink", "Blue"]),
    ("Denim jacket", "women", 89.00, 0, "o", ["Blue"]),
    ("Striped Breton top", "women", 29.90, 0, "", ["White", "Red"]),
    ("Quilted puffer jacket", "men", 129.00, 0.25, "w", ["Black", "Green"]),
    ("Cashmere beanie", "accessories", 45.00, 0, "n", ["Grey", "Pink", "Black"]),
    ("Relaxed-fit hoodie", "men", 54.90, 0, "", ["Grey", "Black"]),
    ("Pleated satin midi skirt in champagne", "women", 64.00, 0.15, "", ["Beige"]),
    ("Oxford button-down shirt", "men", 44.90, 0, "o", ["White", "Blue"]),
    ("Wide-leg high-waisted jeans with front pleats", "women", 74.90, 0, "n", ["Blue", "Black"]),
    ("Cable-knit cardigan", "women", 84.00, 5.0, "", ["Beige", "Grey"]),
    ("Lightweight rain parka", "men", 99.00, 0, "", ["Green", "Black"]),
    ("Silk scarf", "accessories", 39.00, 0, "", []),
    ("Leather belt", "accessories", 34.90, 0, "n", ["Black"]),
    ("Ribbed tank top", "women", 17.90, 0.2, "", ["White", "Black", "Pink"]),
    ("Corduroy overshirt", "men", 62.00, 0, "", ["Beige", "Green"]),
    ("Wool blend double-breasted coat", "women", 189.00, 0, "o", ["Grey", "Black"]),
    ("Jogger sweatpants", "men", 39.90, 0, "", ["Grey", "Black"]),
    ("Broderie anglaise blouse", "women", 42.00, 0.1, "n", ["White"]),
    ("Canvas tote bag", "accessories", 24.90, 0, "", []),
    ("Polo shirt in piqué cotton", "men", 34.90, 0, "", ["White", "Blue", "Red"]),
    ("Organic cotton pyjama set", "women", 49.90, 0, "w", ["Pink", "Blue"]),
]


def _ps_discount(regular: float, discount: float) -> tuple[float, str]:
    """The price after a discount and its label ('-20%' for a rate, '-€5.00' for an amount)."""
    if discount >= 1:
        return round(regular - discount, 2), f"-{eur(discount)}"
    return round(regular * (1 - discount), 2), f"-{round(discount * 100)}%"


def _ps_url(pid: int, item: tuple[str, str, float, float, str, list[str]], colour: str | None = None) -> str:
    name, category, _regular, _discount, _flags, colours = item
    if not colours:
        return f"/{category}/{pid}-{slug(name)}.html"
    colour = colour or colours[0]
    attr = pid * 10 + colours.index(colour) + 1
    return (
        f"/{category}/{pid}-{attr}-{slug(name)}.html#/1-size-s/{list(COLOURS).index(colour) + 8}-color-{colour.lower()}"
    )


def _ps_flags(item: tuple[str, str, float, float, str, list[str]]) -> list[tuple[str, str]]:
    _name, _category, regular, discount, flags, _colours = item
    out = []
    if "w" in flags:
        out.append(("online-only", "Online only"))
    if discount:
        out.append(("discount", _ps_discount(regular, discount)[1]))
    if "n" in flags:
        out.append(("new", "New"))
    if "o" in flags:
        out.append(("out_of_stock", "Out-of-Stock"))
    return out


def _ps_item(pid: int, item: tuple[str, str, float, float, str, list[str]]) -> str:
    name, _category, regular, discount, _flags, colours = item
    url = _ps_url(pid, item)
    shown = name if len(name) <= 30 else name[:27].rstrip() + "..."
    attr = pid * 10 + 1 if colours else 0
    if discount:
        price, label = _ps_discount(regular, discount)
        kind = "discount-amount" if discount >= 1 else "discount-percentage"
        prices = f"""
                              <span class="regular-price" aria-label="Regular price">{eur(regular)}</span>
                                      <span class="{kind} discount-product">{label}</span>
                                  """
    else:
        price, prices = regular, ""
    variants = ""
    if colours:
        links = "\n".join(
            f'            <a href="{_ps_url(pid, item, c)}" class="color" title="{c}" aria-label="{c}" style="background-color: {COLOURS[c]}"></a>'
            for c in colours
        )
        variants = f"""
                      <div class="variant-links">
{links}
            <span class="js-count count"></span>
</div>
                  """
    flags = "\n".join(
        f'                    <li class="product-flag {kind}">{label}</li>' for kind, label in _ps_flags(item)
    )
    image = pid * 2
    return f"""<div class="js-product product col-xs-12 col-sm-6 col-xl-4">
  <article class="product-miniature js-product-miniature" data-id-product="{pid}" data-id-product-attribute="{attr}">
    <div class="thumbnail-container">
      <div class="thumbnail-top">
        <a href="{url}" class="thumbnail product-thumbnail">
          <picture>
            <source srcset="/{image}-home_default/{slug(name)}.webp" type="image/webp">
            <img
              src="/{image}-home_default/{slug(name)}.jpg"
              alt="{esc(name)}"
              loading="lazy"
              data-full-size-image-url="/{image}-large_default/{slug(name)}.jpg"
              width="250"
              height="250"
            />
          </picture>
        </a>

        <div class="highlighted-informations{"" if colours else " no-variants"}">
            <a class="quick-view js-quick-view" href="#" data-link-action="quickview">
              <i class="material-icons search">&#xE8B6;</i> Quick view
            </a>
{variants}
        </div>
      </div>

      <div class="product-description">
          <h2 class="h3 product-title"><a href="{url}" content="{url}">{esc(shown)}</a></h2>

          <div class="product-price-and-shipping">{prices}
              <span class="price" aria-label="Price">
                                                  {eur(price)}
                              </span>

          </div>

<div class="product-list-reviews" data-id="{pid}" data-url="/module/productcomments/CommentGrade">
  <div class="grade-stars small-stars"></div>
  <div class="comments-nb"></div>
</div>

      </div>

          <ul class="product-flags js-product-flags">
{flags}
            </ul>
    </div>
  </article>
</div>"""


def _ps_href(number: int) -> str:
    return "/3-clothes" if number == 1 else f"/3-clothes?page={number}"


def _ps_pagination(number: int, count: int, total: int) -> str:
    lis = []
    if number > 1:
        lis.append(
            f'<li>\n            <a rel="prev" href="{_ps_href(number - 1)}" class="previous js-search-link">\n              <i class="material-icons">&#xE314;</i>Previous\n            </a>\n          </li>'
        )
    for n in range(1, count + 1):
        if n == number:
            lis.append(
                f'<li  class="current" >\n            <a rel="nofollow" href="{_ps_href(n)}" class="disabled js-search-link">\n              {n}\n            </a>\n          </li>'
            )
        else:
            lis.append(
                f'<li >\n            <a rel="nofollow" href="{_ps_href(n)}" class="js-search-link">\n              {n}\n            </a>\n          </li>'
            )
    if number < count:
        lis.append(
            f'<li >\n            <a rel="next" href="{_ps_href(number + 1)}" class="next js-search-link">\n              Next<i class="material-icons">&#xE315;</i>\n            </a>\n          </li>'
        )
    first = (number - 1) * 12 + 1
    last = min(number * 12, total)
    joined = "\n          ".join(lis)
    return f"""<nav class="pagination">
  <div class="col-md-4">
    Showing {first}-{last} of {total} item(s)
  </div>
  <div class="col-md-6 offset-md-2 pr-0">
    <ul class="page-list clearfix text-sm-center">
          {joined}
    </ul>
  </div>
</nav>"""


def _ps_facets() -> str:
    def checkbox(label: str, count: int, query: str, colour: str | None = None) -> str:
        box = (
            f'<span class="color" style="background-color:{COLOURS[colour]}"></span>'
            if colour
            else '<span class="ps-shown-by-js"><i class="material-icons rtl-no-flip checkbox-checked">&#xE5CA;</i></span>'
        )
        return f"""<li>
                  <label class="facet-label" for="facet_input_{slug(query)}">
                    <span class="custom-checkbox">
                      <input id="facet_input_{slug(query)}" data-search-url="/3-clothes?q={query}" type="checkbox">
                      {box}
                    </span>
                    <a href="/3-clothes?q={query}" class="_gray-darker search-link js-search-link" rel="nofollow">
                      {label}
                      <span class="magnitude">({count})</span>
                    </a>
                  </label>
                </li>"""

    def section(title: str, rows: str) -> str:
        return f"""<section class="facet clearfix">
            <p class="h6 facet-title hidden-sm-down">{title}</p>
            <div class="title hidden-md-up" data-target="#facet_{slug(title)}" data-toggle="collapse"><p class="h6 facet-title">{title}</p></div>
            <ul id="facet_{slug(title)}" class="collapse">
                {rows}
            </ul>
          </section>"""

    cats = checkbox("Men", 14, "Categories-Men") + checkbox("Women", 14, "Categories-Women")
    stock = checkbox("In stock", 25, "Availability-In+stock") + checkbox("Out of stock", 3, "Availability-Out+of+stock")
    colours = "".join(
        checkbox(c, n, f"Color-{c}", c)
        for c, n in [("White", 10), ("Black", 12), ("Grey", 7), ("Blue", 8), ("Beige", 5)]
    )
    sizes = "".join(checkbox(size, 28, f"Size-{size}") for size in ("S", "M", "L", "XL"))
    return f"""<div id="search_filters_wrapper" class="hidden-sm-down">
  <div id="search_filter_controls" class="hidden-md-up">
      <span id="_mobile_search_filters_clear_all"></span>
      <button class="btn btn-secondary ok"><i class="material-icons rtl-no-flip">&#xE876;</i> OK</button>
  </div>
  <div id="search_filters">
    <p class="text-uppercase h6 hidden-sm-down">Filter By</p>
    {section("Categories", cats)}
    {section("Availability", stock)}
    {section("Color", colours)}
    {section("Size", sizes)}
    <section class="facet clearfix">
      <p class="h6 facet-title hidden-sm-down">Price</p>
      <ul id="facet_price" class="faceted-slider" data-slider-min="17" data-slider-max="189" data-slider-id="27113" data-slider-values="null" data-slider-unit="€" data-slider-label="Price" data-slider-specifications='{{"symbol":"\\u20ac","currencyCode":"EUR","positivePattern":"\\u00a4#,##0.00","negativePattern":"-\\u00a4#,##0.00","maxFractionDigits":2,"minFractionDigits":2,"groupingUsed":true,"primaryGroupSize":3,"secondaryGroupSize":3}}' data-slider-encoded-url="/3-clothes">
        <li>
          <p id="facet_label_27113">€17.00 - €189.00</p>
          <div id="slider-range_27113"></div>
        </li>
      </ul>
    </section>
  </div>
</div>"""


def _ps_page(number: int, count: int, rows: list[tuple[int, tuple[str, str, float, float, str, list[str]]]]) -> str:
    items = "\n".join(_ps_item(pid, item) for pid, item in rows)
    jsonld = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": item[0], "url": _ps_url(pid, item)}
            for i, (pid, item) in enumerate(rows, 1)
        ],
    }
    breadcrumb = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://boutique.example.test/"},
            {"@type": "ListItem", "position": 2, "name": "Clothes", "item": "https://boutique.example.test/3-clothes"},
        ],
    }
    prestashop = {
        "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "iso_code_num": "978", "sign": "€"},
        "customer": {"lastname": None, "firstname": None, "email": None, "is_logged": False, "is_guest": False},
        "language": {
            "name": "English (English)",
            "iso_code": "en",
            "locale": "en-US",
            "language_code": "en-us",
            "is_rtl": "0",
        },
        "page": {
            "title": "",
            "canonical": "https://boutique.example.test/3-clothes",
            "meta": {
                "title": "Clothes",
                "description": "Discover our favorites fashionable discoveries, a selection of cool items to integrate in your wardrobe.",
            },
            "page_name": "category",
            "body_classes": {"lang-en": True, "category-id-3": True, "category-Clothes": True},
        },
        "shop": {"name": "Maison Lin", "logo": "/img/logo-17012400.jpg"},
        "urls": {
            "base_url": "https://boutique.example.test/",
            "current_url": "https://boutique.example.test" + _ps_href(number),
            "pages": {
                "cart": "https://boutique.example.test/cart",
                "category": "https://boutique.example.test/index.php?controller=category",
            },
        },
        "configuration": {
            "display_taxes_label": False,
            "display_prices_tax_incl": True,
            "is_catalog": False,
            "show_prices": True,
            "opt_in": {"partner": True},
            "quantity_discount": {"type": "discount", "label": "Unit discount"},
        },
        "field_required": [],
        "static_token": "0f3c2a59bd6e1c1f7f0f9c2d3e4a5b6c",
        "token": "7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
    }
    rel = ""
    if number > 1:
        rel += f'\n  <link rel="prev" href="{_ps_href(number - 1)}">'
    if number < count:
        rel += f'\n  <link rel="next" href="{_ps_href(number + 1)}">'
    return f"""<!doctype html>
<html lang="en-US">
  <head>
  <meta charset="utf-8">
  <meta http-equiv="x-ua-compatible" content="ie=edge">
  <title>Clothes</title>
  <script data-keepinline="true">var prestashop = {json.dumps(prestashop, ensure_ascii=False)};</script>
  <meta name="description" content="Discover our favorites fashionable discoveries, a selection of cool items to integrate in your wardrobe.">
  <link rel="canonical" href="https://boutique.example.test{_ps_href(number)}">{rel}
  <script type="application/ld+json">
{json.dumps(breadcrumb, indent=2)}
  </script>
  <script type="application/ld+json">
{json.dumps(jsonld, indent=2, ensure_ascii=False)}
  </script>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/vnd.microsoft.icon" href="/img/favicon.ico?1701240000">
  <link rel="stylesheet" href="/themes/classic/assets/cache/theme-c2a4f61.css" type="text/css" media="all">
  </head>
  <body id="category" class="lang-en country-us currency-eur layout-left-column page-category tax-display-enabled category-id-3 category-clothes category-id-parent-2 category-depth-level-2">
    <main>
      <header id="header">
  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link">
  <div id="contact-link">
          <a href="/contact-us">Contact us</a>
      </div>
</div>
          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_currency_selector">
  <div class="currency-selector dropdown js-dropdown">
    <span id="currency-selector-label">Currency:</span>
    <button data-toggle="dropdown" class="hidden-sm-down btn-unstyle" aria-haspopup="true" aria-expanded="false" aria-label="Currency dropdown">
      <span class="expand-more _gray-darker">EUR €</span>
      <i class="material-icons expand-more">&#xE5C5;</i>
    </button>
    <ul class="dropdown-menu hidden-sm-down" aria-labelledby="currency-selector-label">
      <li  class="current" ><a title="Euro" rel="nofollow" href="/3-clothes?SubmitCurrency=1&amp;id_currency=1" class="dropdown-item">EUR €</a></li>
      <li ><a title="US Dollar" rel="nofollow" href="/3-clothes?SubmitCurrency=1&amp;id_currency=2" class="dropdown-item">USD $</a></li>
    </ul>
  </div>
</div>
<div id="_desktop_user_info">
  <div class="user-info">
      <a href="/login?back=https%3A%2F%2Fboutique.example.test%2F3-clothes" title="Log in to your customer account" rel="nofollow">
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Sign in</span>
      </a>
  </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="/module/ps_shoppingcart/ajax">
    <div class="header">
        <i class="material-icons shopping-cart" aria-hidden="true">shopping_cart</i>
        <span class="hidden-sm-down">Cart</span>
        <span class="cart-products-count">(0)</span>
    </div>
  </div>
</div>
          </div>
        </div>
      </div>
    </div>
  </nav>
  <div class="header-top">
    <div class="container">
       <div class="row">
        <div class="col-md-2 hidden-sm-down" id="_desktop_logo">
            <a href="/"><img class="logo img-fluid" src="/img/logo-17012400.jpg" alt="Maison Lin" width="175" height="49"></a>
        </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">
<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">
    <ul class="top-menu" id="top-menu" data-depth="0">
      <li class="category current " id="category-3">
        <a class="dropdown-item" href="/3-clothes" data-depth="0">Clothes</a>
        <div class="popover sub-menu js-sub-menu collapse" id="top_sub_menu_29418">
          <ul class="top-menu" data-depth="1">
            <li class="category" id="category-4"><a class="dropdown-item dropdown-submenu" href="/4-men" data-depth="1">Men</a></li>
            <li class="category" id="category-5"><a class="dropdown-item dropdown-submenu" href="/5-women" data-depth="1">Women</a></li>
          </ul>
        </div>
      </li>
      <li class="category" id="category-6"><a class="dropdown-item" href="/6-accessories" data-depth="0">Accessories</a></li>
      <li class="category" id="category-9"><a class="dropdown-item" href="/9-sale" data-depth="0">Sale</a></li>
    </ul>
    <div class="clearfix"></div>
</div>
<div id="search_widget" class="search-widgets" data-search-controller-url="/search">
  <form method="get" action="/search">
    <input type="hidden" name="controller" value="search">
    <i class="material-icons search" aria-hidden="true">search</i>
    <input type="text" name="s" value="" placeholder="Search our catalog" aria-label="Search">
    <i class="material-icons clear" aria-hidden="true">clear</i>
  </form>
</div>
        </div>
      </div>
    </div>
  </div>
      </header>
      <section id="wrapper">
        <aside id="notifications">
          <div class="notifications-container container"></div>
        </aside>
        <div class="container">
          <nav data-depth="2" class="breadcrumb">
  <ol>
        <li><a href="/"><span>Home</span></a></li>
        <li><span>Clothes</span></li>
  </ol>
</nav>
          <div class="row">
          <div id="left-column" class="col-xs-12 col-md-4 col-lg-3">
<div class="block-categories">
  <ul class="category-top-menu">
    <li><a class="text-uppercase h6" href="/3-clothes">Clothes</a></li>
    <li>
  <ul class="category-sub-menu"><li data-depth="0"><a href="/4-men">Men</a></li><li data-depth="0"><a href="/5-women">Women</a></li></ul></li>
  </ul>
</div>
{_ps_facets()}
          </div>
          <div id="content-wrapper" class="js-content-wrapper left-column col-xs-12 col-md-8 col-lg-9">
  <section id="main">
    <div id="js-product-list-header">
        <div class="block-category card card-block">
            <h1 class="h1">Clothes</h1>
            <div class="block-category-inner">
                <div id="category-description" class="text-muted"><p>Discover our favorites fashionable discoveries, a selection of cool items to integrate in your wardrobe. Compose a unique style with personality which matches your own.</p></div>
            </div>
        </div>
    </div>
    <section id="products">
        <div id="js-product-list-top" class="row products-selection">
  <div class="col-lg-5 hidden-sm-down total-products">
      <p>There are 28 products.</p>
  </div>
  <div class="col-lg-7">
    <div class="row sort-by-row">
<span class="col-sm-3 col-md-5 hidden-sm-down sort-by">Sort by:</span>
<div class="col-xs-12 col-sm-12 col-md-9 products-sort-order dropdown">
  <button class="btn-unstyle select-title" rel="nofollow" data-toggle="dropdown" aria-label="Sort by selection" aria-haspopup="true" aria-expanded="false">
    Relevance    <i class="material-icons float-xs-right">arrow_drop_down</i>
  </button>
  <div class="dropdown-menu">
          <a rel="nofollow" href="/3-clothes?order=product.sales.desc" class="select-list js-search-link">Best sellers</a>
          <a rel="nofollow" href="/3-clothes?order=product.position.asc" class="select-list current js-search-link">Relevance</a>
          <a rel="nofollow" href="/3-clothes?order=product.name.asc" class="select-list js-search-link">Name, A to Z</a>
          <a rel="nofollow" href="/3-clothes?order=product.name.desc" class="select-list js-search-link">Name, Z to A</a>
          <a rel="nofollow" href="/3-clothes?order=product.price.asc" class="select-list js-search-link">Price, low to high</a>
          <a rel="nofollow" href="/3-clothes?order=product.price.desc" class="select-list js-search-link">Price, high to low</a>
          <a rel="nofollow" href="/3-clothes?order=reference.asc" class="select-list js-search-link">Reference, A to Z</a>
          <a rel="nofollow" href="/3-clothes?order=reference.desc" class="select-list js-search-link">Reference, Z to A</a>
  </div>
</div>
        <div class="col-xs-4 col-sm-3 hidden-md-up filter-button">
          <button id="search_filter_toggler" class="btn btn-secondary js-search-toggler">Filter</button>
        </div>
    </div>
  </div>
  <div class="col-sm-12 hidden-md-up text-sm-center showing">
    Showing {(number - 1) * 12 + 1}-{min(number * 12, len(PS_ITEMS))} of {len(PS_ITEMS)} item(s)
  </div>
</div>
        <div class="hidden-sm-down">
          <section id="js-active-search-filters" class="hide">
              <p class="h6 hidden-xs-up">Active filters</p>
          </section>
        </div>
        <div id="js-product-list">
<div class="products row">
{items}
</div>
{_ps_pagination(number, count, len(PS_ITEMS))}
<div class="hidden-md-up text-xs-right up">
  <a href="#header" class="btn btn-secondary">
    Back to top
    <i class="material-icons">&#xE316;</i>
  </a>
</div>
        </div>
        <div id="js-product-list-bottom"></div>
    </section>
  </section>
          </div>
          </div>
        </div>
      </section>
      <footer id="footer" class="js-footer">
<div class="container">
  <div class="row">
<div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore">
  <div class="row">
    <p id="block-newsletter-label" class="col-md-5 col-xs-12">Get our latest news and special sales</p>
    <div class="col-md-7 col-xs-12">
      <form action="/3-clothes#blockEmailSubscription_displayFooterBefore" method="post">
        <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Subscribe">
        <div class="input-wrapper"><input name="email" type="email" value="" placeholder="Your email address" aria-labelledby="block-newsletter-label" required></div>
        <input type="hidden" name="blockHookName" value="displayFooterBefore" />
        <input type="hidden" name="action" value="0">
      </form>
      <p>You may unsubscribe at any moment. For that purpose, please find our contact info in the legal notice.</p>
    </div>
  </div>
</div>
  <div class="block-social col-lg-4 col-md-12 col-sm-12">
    <ul>
      <li class="facebook"><a href="https://www.facebook.com/maisonlin" target="_blank" rel="noopener noreferrer">Facebook</a></li>
      <li class="instagram"><a href="https://www.instagram.com/maisonlin" target="_blank" rel="noopener noreferrer">Instagram</a></li>
    </ul>
  </div>
  </div>
</div>
<div class="footer-container">
  <div class="container">
    <div class="row">
<div class="col-md-6 links">
  <div class="row">
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Products</p>
      <ul id="footer_sub_menu_1" class="collapse">
          <li><a id="link-product-page-prices-drop-1" class="cms-page-link" href="/prices-drop" title="Our special products">Prices drop</a></li>
          <li><a id="link-product-page-new-products-1" class="cms-page-link" href="/new-products" title="Our new products">New products</a></li>
          <li><a id="link-product-page-best-sales-1" class="cms-page-link" href="/best-sales" title="Our best sales">Best sales</a></li>
      </ul>
    </div>
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Our company</p>
      <ul id="footer_sub_menu_2" class="collapse">
          <li><a id="link-cms-page-1-2" class="cms-page-link" href="/content/1-delivery" title="Our terms and conditions of delivery">Delivery</a></li>
          <li><a id="link-cms-page-2-2" class="cms-page-link" href="/content/2-legal-notice" title="Legal notice">Legal Notice</a></li>
          <li><a id="link-cms-page-3-2" class="cms-page-link" href="/content/3-terms-and-conditions-of-use" title="Our terms and conditions of use">Terms and conditions of use</a></li>
          <li><a id="link-cms-page-4-2" class="cms-page-link" href="/content/4-about-us" title="Learn more about us">About us</a></li>
          <li><a id="link-cms-page-5-2" class="cms-page-link" href="/content/5-secure-payment" title="Our secure payment method">Secure payment</a></li>
          <li><a id="link-static-page-contact-2" class="cms-page-link" href="/contact-us" title="Use our form to contact us">Contact us</a></li>
          <li><a id="link-static-page-sitemap-2" class="cms-page-link" href="/sitemap" title="Lost ? Find what your are looking for">Sitemap</a></li>
          <li><a id="link-static-page-stores-2" class="cms-page-link" href="/stores" title="">Stores</a></li>
      </ul>
    </div>
  </div>
</div>
<div id="block_myaccount_infos" class="col-md-3 links wrapper">
  <p class="h3 myaccount-title hidden-sm-down"><a class="text-uppercase" href="/my-account" rel="nofollow">Your account</a></p>
  <ul class="account-list collapse" id="footer_account_list">
    <li><a href="/identity" title="Personal info" rel="nofollow">Personal info</a></li>
    <li><a href="/order-history" title="Orders" rel="nofollow">Orders</a></li>
    <li><a href="/credit-slip" title="Credit slips" rel="nofollow">Credit slips</a></li>
    <li><a href="/addresses" title="Addresses" rel="nofollow">Addresses</a></li>
  </ul>
</div>
<div class="block-contact col-md-3 links wrapper">
  <div class="title clearfix hidden-md-up" data-target="#contact-infos" data-toggle="collapse"><span class="h3">Store information</span></div>
  <p class="h4 text-uppercase block-contact-title hidden-sm-down">Store information</p>
  <div id="contact-infos" class="collapse">
    Maison Lin<br />12 rue des Tisserands<br />69002 Lyon<br />France
    <br>Email us: <a href="mailto:bonjour@maisonlin.example">bonjour@maisonlin.example</a>
  </div>
</div>
    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">
            <a href="https://www.prestashop-project.org/" target="_blank" rel="noopener noreferrer nofollow">© 2025 - Ecommerce software by PrestaShop™</a>
        </p>
      </div>
    </div>
  </div>
</div>
      </footer>
    </main>
    <script type="text/javascript" src="/themes/core.js"></script>
    <script type="text/javascript" src="/themes/classic/assets/js/theme.js"></script>
    <script type="text/javascript" src="/modules/productcomments/views/js/list-comments.js"></script>
    <script type="text/javascript" src="/modules/ps_facetedsearch/views/dist/front.js"></script>
  </body>
</html>"""


@twentieth_e
def build_prestaboutique() -> None:
    s = Site(
        "prestaboutique",
        kind="product grid (PrestaShop 8.1 classic theme category: div#js-product-list div.products > div.js-product > article.product-miniature[data-id-product] with div.thumbnail-container, a.thumbnail picture img (alt the full name), div.highlighted-informations 'Quick view' + colour variant-links, div.product-description h2.product-title a (names cut at 30 characters with '...'), div.product-price-and-shipping span.regular-price / span.discount-percentage or discount-amount / span.price, empty productcomments placeholders, ul.product-flags 'Online only' / '-20%' / 'New' / 'Out-of-Stock'; ps_facetedsearch sidebar with counts; nav.pagination ?page=N with rel=next; ItemList JSON-LD)",
        start="3-clothes/",
        description="The Clothes category of a small French fashion boutique on PrestaShop 8.1 with the classic theme (en-US, euros; 2024–25): the inline 'var prestashop = {…}' settings, canonical and rel prev/next links, BreadcrumbList and ItemList JSON-LD (position, name + url of each product on the page; the copy writes the urls root-relative so that they stay on the served host); header nav (Contact us, currency dropdown 'EUR €', Sign in, Cart (0)), logo, top menu, 'Search our catalog'; breadcrumb; left column with the category tree and the ps_facetedsearch 'Filter By' block (Categories / Availability / Color / Size checkboxes with '(14)' magnitudes and ?q= links, a price slider); the block-category card (h1 'Clothes' + description); js-product-list-top ('There are 28 products.', 'Sort by: Relevance' dropdown of js-search-link anchors, 'Showing 1-12 of 28 item(s)'); div#js-product-list > div.products.row of div.js-product.product > article.product-miniature.js-product-miniature[data-id-product][data-id-product-attribute]: div.thumbnail-container > div.thumbnail-top (a.thumbnail.product-thumbnail with a picture/webp source + lazy img whose alt is the full name; div.highlighted-informations with a.quick-view 'Quick view' (material icon) and div.variant-links of empty colour swatch anchors titled 'White' / 'Black' to each combination's URL), div.product-description (h2.h3.product-title > a[content] with the name cut to 30 characters + '...', div.product-price-and-shipping with span.regular-price[aria-label='Regular price'] '€23.90' + span.discount-percentage '-20%' or span.discount-amount '-€10.00' on discounted products, then span.price[aria-label=Price] '€19.12' in whitespace; empty productcomments div.product-list-reviews placeholders filled by an AJAX call), ul.product-flags of li.product-flag online-only / discount / new / out_of_stock ('Online only', '-20%', 'New', 'Out-of-Stock'); nav.pagination ('Showing 13-24 of 28 item(s)', ul.page-list with li.current, rel=prev 'Previous' / rel=nofollow page numbers / rel=next 'Next' with material icons, /3-clothes?page=N); 'Back to top'; newsletter block, footer link lists, store information, '© 2025 - Ecommerce software by PrestaShop™'. Product URLs carry the default combination's anchor (/men/1-11-hummingbird-printed-t-shirt.html#/1-size-s/8-color-white) when the product has colours. 12, 12 and 4 products. Written down: title (the full name, from the image alt / JSON-LD, where the link text is cut), url (as the title link gives it, anchor included), price, currency, original_price (regular price when discounted), badges (the flag labels, in order).",
    )
    numbered = [(i + 1, item) for i, item in enumerate(PS_ITEMS)]
    pages = chunks(numbered, [12, 12, 4])
    for number, rows in enumerate(pages, 1):
        path = "3-clothes/index.html" if number == 1 else f"3-clothes@page={number}"
        s.list_page(path, _ps_page(number, len(pages), rows))
        for pid, item in rows:
            name, _category, regular, discount, _flags, _colours = item
            price = _ps_discount(regular, discount)[0] if discount else regular
            s.expect(
                {
                    "title": name,
                    "url": _ps_url(pid, item),
                    "price": price,
                    "currency": "EUR",
                    "original_price": regular if discount else None,
                    "badges": [label for _kind, label in _ps_flags(item)] or None,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_E.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
