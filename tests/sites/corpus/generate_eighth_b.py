"""Eighth wave of open corpus sites, part B (issue #3): copies of how four more well-known site
families mark up their pages: an Amazon product page without JSON-LD (``#productTitle``, a byline
"Visit the … Store", ``span.a-price`` with a screen-reader copy and the visible symbol / whole /
fraction split, a struck "List Price", ``#acrPopover``, feature bullets and the "Product
information" th/td tables), an IMDb title page (a partial JSON-LD Movie beside the hero's inline
lists, rating bar, interest chips, three responsive copies of the plot and the principal credits
twice), a Drupal 10 View of planning applications in *fields* row style (``div.views-row >
div.views-field-…``, an exposed filter form, a zero-based ``?page=N`` pager with "Last »") and a
Shopify collection whose "Load more" button fetches ``/collections/lamps/products.json`` pages
(``variants[0].price`` as a string, no link, only a ``handle``).

Run ``uv run python tests/sites/corpus/generate_eighth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, money

EIGHTH_B: dict[str, Callable[[], None]] = {}


def eighth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    EIGHTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _ld(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _long_date(day: date) -> str:
    """``date(2023, 8, 14)`` → ``August 14, 2023`` (US order, no leading zero)."""
    return f"{day:%B} {day.day}, {day.year}"


# ---------------------------------------------------------------------------------------------------
# boxriver: an Amazon product detail page with no JSON-LD at all. The title in span#productTitle
# padded with newlines, the byline link "Visit the Anker Store", "10K+ bought in past month", the
# core price block (an aok-offscreen sentence "$25.99 with 28 percent savings", "-28%", span.a-price
# with a-offscreen "$25.99" and the aria-hidden a-price-symbol / a-price-whole / a-price-decimal /
# a-price-fraction split, "List Price:" with a struck a-text-price), #acrPopover's title "4.5 out of
# 5 stars" beside a star icon, #acrCustomerReviewText "12,345 ratings", a twister of colour swatches
# with their own prices, the product overview table (td pairs), "About this item" bullets, the buy
# box (a second price, "In Stock", delivery, "Ships from / Sold by"), the "Product information"
# tables (Technical Details with U+200E marks before values, Additional Information with ASIN,
# Customer Reviews, Best Sellers Rank, Date First Available), hidden inputs, a-state scripts, a
# "Customers who bought this item also bought" carousel and a sponsored carousel of other products
# with their own prices and ratings, a review histogram and two top reviews.
# ---------------------------------------------------------------------------------------------------

ASIN = "B0CZ9QX1LM"
POWERBANK: dict[str, Any] = {
    "title": "Anker Power Bank, PowerCore 10K Portable Charger with 10000mAh Battery, 12W High-Speed Charging, Compact Battery Pack for iPhone 16/15/14 Series, Samsung Galaxy and More (Black)",
    "brand": "Anker",
    "price": 25.99,
    "currency": "USD",
    "original_price": 35.99,
    "rating": 4.5,
    "review_count": 12345,
    "availability": "In Stock",
    "features": [
        "The Juice You Need: A 10,000mAh capacity charges an iPhone 15 more than twice, a Galaxy S23 nearly twice, or an iPad mini once.",
        "High-Speed Charging: PowerIQ and VoltageBoost combine to deliver up to 12W to your phone, so it is back in action sooner.",
        "Pocket-Sized: About the size of a deck of cards and 30% lighter than the previous model, it slips into a jeans pocket or a small bag.",
        "Two at Once: Charge a phone from the USB-C port and earbuds from the USB-A port at the same time.",
        "What You Get: PowerCore 10K power bank, 2 ft USB-C to USB-C cable, welcome guide, 18-month warranty and friendly customer service.",
    ],
    "asin": ASIN,
    "model_number": "A1263",
    "item_weight": "6.4 ounces",
    "dimensions": "3.6 x 2.3 x 0.9 inches",
    "color": "Black",
    "date_first_available": "2023-08-14",
    "image": "https://m.media-amazon.com/images/I/61kQ2vHf3bL._AC_SX679_.jpg",
}
# (asin, title, rating, ratings, price) for the "also bought" carousel
ALSO_BOUGHT = [
    ("B0B6F8TY2K", "Anker USB C Charger, 20W Nano Fast Charger Block for iPhone 15/15 Pro", 4.7, 48211, 15.99),
    ("B09MT6XSFW", "Anker USB C to USB C Cable, 240W 6ft Braided Fast Charging Cord", 4.8, 23870, 12.99),
    ("B0C3RT6K2Q", "INIU Portable Charger, 10000mAh Slimmest Power Bank with LED Display", 4.5, 61502, 19.98),
    ("B0BZ8DP2V4", "Anker MagGo Power Bank (6.6K), Qi2 Certified 15W Magnetic Battery", 4.3, 3904, 39.99),
    ("B07QXV6N1B", "Anker PowerCore Slim 10000 PD, USB-C Portable Charger (Blue)", 4.6, 71230, 22.49),
    ("B0CHRYXW5G", "Belkin BoostCharge Pro 10K Magnetic Power Bank with Stand", 4.2, 1877, 49.99),
]
SPONSORED = [
    ("B0D1KX93PL", "Baseus Power Bank 20000mAh, 30W PD USB C Portable Charger", 4.4, 9021, 29.99, 39.99),
    ("B0CJ8V6ZTR", "Charmast Portable Charger 10400mAh Slim Power Bank, 3 Outputs", 4.3, 12054, 17.99, None),
    ("B0C5M2G7YH", "Miady 2-Pack 10000mAh Dual USB Portable Charger, Fast Charging", 4.5, 40112, 21.99, 25.99),
]


def _amz_price(amount: float, *, size: str = "xl", extra: str = "") -> str:
    whole, frac = f"{amount:.2f}".split(".")
    return f'<span class="a-price{extra}" data-a-size="{size}" data-a-color="base"><span class="a-offscreen">${amount:.2f}</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">{int(whole):,}<span class="a-price-decimal">.</span></span><span class="a-price-fraction">{frac}</span></span></span>'


def _amz_stars(rating: float, small: bool = True) -> str:
    star = f"{int(rating)}-5" if rating * 2 % 2 else f"{int(rating)}"
    size = "a-icon-star-small a-star-small-" if small else "a-icon-star a-star-"
    return f'<i class="a-icon {size}{star} aok-align-top"><span class="a-icon-alt">{rating} out of 5 stars</span></i>'


def _amz_card(
    asin: str, title: str, rating: float, count: int, price: float, was: float | None, n: int, sponsored: bool
) -> str:
    href = (
        f"/{title.split(',', maxsplit=1)[0].replace(' ', '-')}/dp/{asin}/ref=sspa_dk_detail_{n}"
        if sponsored
        else f"/dp/{asin}/ref=pd_ci_mcx_mh_mcx_views_0_image?pd_rd_w=Xk2pQ&amp;pd_rd_i={asin}&amp;psc=1"
    )
    label = (
        '<div class="a-row a-size-mini a-color-secondary sponsored-label">Sponsored<span class="a-declarative"><i class="a-icon a-icon-popover aok-align-center"></i></span></div>'
        if sponsored
        else ""
    )
    struck = (
        f' <span class="a-size-mini a-color-secondary">List: </span><span class="a-price a-text-price" data-a-size="mini" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">${was:.2f}</span><span aria-hidden="true">${was:.2f}</span></span>'
        if was
        else ""
    )
    return f"""<li class="a-carousel-card" role="listitem" aria-setsize="{6 if not sponsored else 3}" aria-posinset="{n}" style="margin-left: 0px;">
<div id="p13n-asin-index-{n - 1}" class="p13n-sc-uncoverable-faceout" data-asin="{asin}">{label}
<a class="a-link-normal aok-block" tabindex="-1" href="{href}" role="link"><div class="a-section a-spacing-mini _cDEzb_noop_3Xbw5"><img alt="{esc(title)}" src="https://m.media-amazon.com/images/I/{asin[-6:]}L._AC_UL160_SR160,160_.jpg" class="a-dynamic-image p13n-sc-dynamic-image p13n-product-image" height="160" width="160" data-a-dynamic-image="{{}}"></div></a>
<a class="a-link-normal aok-block" href="{href}" role="link"><span><div class="_cDEzb_p13n-sc-css-line-clamp-3_g3dy1">{esc(title)}</div></span></a>
<div class="a-icon-row"><a class="a-link-normal" title="{rating} out of 5 stars, {count:,} ratings" href="/product-reviews/{asin}/ref=pd_ci_mcx_mh_cr">{_amz_stars(rating)}<span class="a-size-small">{count:,}</span></a></div>
<div class="a-row"><a class="a-link-normal a-text-normal" href="{href}"><span class="a-size-base a-color-price"><span class="_cDEzb_p13n-sc-price_3mJ9Z">${price:.2f}</span></span></a>{struck}</div>
<div class="a-row a-size-small a-color-secondary"><span>Get it as soon as <span class="a-text-bold">Thursday, Mar 19</span></span></div>
</div></li>"""


def _boxriver_page() -> str:
    p = POWERBANK
    bullets = "".join(
        f'<li class="a-spacing-mini"><span class="a-list-item"> {esc(text)} </span></li>' for text in p["features"]
    )
    overview = "".join(
        f'<tr class="a-spacing-small po-{key}"><td class="a-span3" role="presentation"><span class="a-size-base a-text-bold">{label}</span></td><td class="a-span9" role="presentation"><span class="a-size-base po-break-word">{value}</span></td></tr>'
        for key, label, value in (
            ("brand", "Brand", "Anker"),
            ("color", "Color", "Black"),
            ("battery.capacity", "Battery Capacity", "10000 Milliamp Hours"),
            ("connector_type", "Connector Type", "USB Type C, USB Type A"),
            ("connectivity_technology", "Connectivity Technology", "USB"),
            ("special_feature", "Special Feature", "Fast Charging, Lightweight, Compact"),
        )
    )
    tech = "".join(
        f'<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> {label} </th><td class="a-size-base prodDetAttrValue"> \u200e{value} </td></tr>'
        for label, value in (
            ("Brand", "Anker"),
            ("Model Name", "PowerCore 10K"),
            ("Battery Capacity", "10000 Milliamp Hours"),
            ("Color", p["color"]),
            ("Connector Type", "USB Type C, USB Type A"),
            ("Item Weight", p["item_weight"]),
            ("Product Dimensions", p["dimensions"]),
            ("Item model number", p["model_number"]),
            ("Batteries", "1 Lithium Polymer batteries required. (included)"),
            ("Manufacturer", "Anker"),
        )
    )
    swatches = "".join(
        f"""<li id="color_name_{i}" data-csa-c-item-id="{sw_asin}" data-defaultasin="{sw_asin}" data-dp-url="{"" if i == 0 else f"/dp/{sw_asin}/ref=twister_{ASIN}?_encoding=UTF8&amp;psc=1"}" class="swatch-list-item-text {"swatchSelect" if i == 0 else "swatchAvailable"}" title="Click to select {colour}"><span class="a-list-item"><span class="a-button a-button-toggle{" a-button-selected" if i == 0 else ""}"><span class="a-button-inner"><button class="a-button-text" type="button"><div class="twisterTextDiv text"><p class="a-text-left a-size-base">{colour}</p></div><div class="twisterSlotDiv"><span class="a-size-base a-color-price twisterSwatchPrice"> ${price:.2f} </span></div></button></span></span></span></li>"""
        for i, (sw_asin, colour, price) in enumerate(
            (
                ("B0CZ9QX1LM", "Black", 25.99),
                ("B0CZ9R2D7T", "White", 25.99),
                ("B0CZ9RB8KW", "Blue", 27.99),
                ("B0CZ9QZ5VN", "Green", 27.99),
            )
        )
    )
    also = "".join(_amz_card(a, t, r, c, pr, None, n, False) for n, (a, t, r, c, pr) in enumerate(ALSO_BOUGHT, 1))
    sponsored = "".join(_amz_card(a, t, r, c, pr, w, n, True) for n, (a, t, r, c, pr, w) in enumerate(SPONSORED, 1))
    histogram = "".join(
        f'<li><span class="a-list-item"><a aria-disabled="false" class="a-link-normal 5star" title="{stars} stars represent {share}% of rating" href="/product-reviews/{ASIN}/ref=acr_dp_hist_{stars}?filterByStar={stars}_star"><div class="a-section a-spacing-none a-text-left aok-nowrap">{stars} star</div><div class="a-section a-spacing-none a-meter" role="progressbar" aria-valuenow="{share}%"><div class="a-meter-bar a-meter-filled" style="width: {share}%;"></div></div><div class="a-section a-spacing-none a-text-right aok-nowrap"><span class="_cr-ratings-histogram_style_histogram-column-space__RKUAd"></span>{share}%</div></a></span></li>'
        for stars, share in ((5, 74), (4, 14), (3, 5), (2, 2), (1, 5))
    )
    reviews = "".join(
        f"""<li data-hook="review" class="review aok-relative"><div id="{rid}" class="a-section review aok-relative"><div class="a-row a-spacing-mini"><a href="/gp/profile/amzn1.account.{rid}" class="a-profile"><div class="a-profile-content"><span class="a-profile-name">{who}</span></div></a></div>
<div class="a-row"><a class="a-link-normal" title="{stars}.0 out of 5 stars" href="/gp/customer-reviews/{rid}/ref=cm_cr_dp_d_rvw_ttl?ASIN={ASIN}"><i data-hook="review-star-rating" class="a-icon a-icon-star a-star-{stars} review-rating"><span class="a-icon-alt">{stars}.0 out of 5 stars</span></i></a><span class="a-letter-space"></span><a data-hook="review-title" class="a-size-base a-link-normal review-title a-color-base review-title-content a-text-bold" href="/gp/customer-reviews/{rid}"><span>{headline}</span></a></div>
<span data-hook="review-date" class="a-size-base a-color-secondary review-date">Reviewed in the United States on {when}</span>
<div class="a-row a-spacing-mini review-data review-format-strip"><span data-hook="format-strip-linkless" class="a-color-secondary">Color: Black</span><i class="a-icon a-icon-text-separator" role="img" aria-label="|"></i><span data-hook="avp-badge-linkless" class="a-size-mini a-color-state a-text-bold">Verified Purchase</span></div>
<div class="a-row a-spacing-small review-data"><span data-hook="review-body" class="a-size-base review-text"><div data-a-expander-name="review_text_read_more" class="a-expander-collapsed-height a-row a-expander-container a-expander-partial-collapse-container"><div class="a-expander-content reviewText review-text-content a-expander-partial-collapse-content"><span>{body}</span></div></div></span></div>
<span data-hook="helpful-vote-statement" class="a-size-base a-color-tertiary cr-vote-text">{helpful} people found this helpful</span></div></li>"""
        for rid, who, stars, headline, when, body, helpful in (
            (
                "R2KQ7ZL0P4X1",
                "Marcus T.",
                5,
                "Fits in my pocket, two full charges",
                "February 2, 2025",
                "I carry it every day. It takes my iPhone 15 from 5% to full twice with a bit left over, and it recharges overnight.",
                214,
            ),
            (
                "R1B9VX3MQ8T2",
                "J. Alvarez",
                4,
                "Good value, gets warm",
                "December 18, 2024",
                "Charges fast enough and the size is great. It gets a little warm when charging two devices at once.",
                57,
            ),
        )
    )
    state = _ld(
        {
            "asin": ASIN,
            "parentAsin": "B0CZ9QWXYZ",
            "isPrime": True,
            "price": 25.99,
            "currencyCode": "USD",
            "buyingOptionType": "NEW",
            "customerId": None,
        }
    )
    return f"""<!doctype html><html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><!-- sp:feature:head-start -->
<head><script>var aPageStart = (new Date()).getTime();</script><meta charset="utf-8"/>
<!-- sp:feature:cs-optimization -->
<meta http-equiv='x-dns-prefetch-control' content='on'>
<link rel='dns-prefetch' href='https://images-na.ssl-images-amazon.com'>
<link rel='dns-prefetch' href='https://m.media-amazon.com'>
<title>Amazon.com: {esc(p["title"])} : Electronics</title>
<meta name="description" content="Amazon.com: {esc(p["title"])} : Electronics" />
<meta name="title" content="Amazon.com: {esc(p["title"])} : Electronics" />
<meta name="keywords" content="Anker,Power Bank,PowerCore 10K,Portable Charger,A1263" />
<link rel="canonical" href="https://www.boxriver.test/Anker-PowerCore-Portable-Charger-10000mAh/dp/{ASIN}" />
<link rel="stylesheet" href="https://m.media-amazon.com/images/I/61xJcNKKLXL.css?AUIClients/AmazonUI" />
<script type="text/javascript">window.ue_ihb = (window.ue_ihb || window.ueinit || 0) + 1; if (window.ue_ihb === 1) {{ var ue_csm = window, ue_hob = +new Date(); (function(d){{var e=d.ue=d.ue||{{}},f=Date.now||function(){{return+new Date}};e.d=function(b){{return f()-(b?0:d.ue_t0)}};e.stub=function(b,a){{if(!b[a]){{var c=[];b[a]=function(){{c.push([c.slice.call(arguments),e.d(),d.ue_id])}};b[a].replay=function(b){{for(var a;a=c.shift();)b(a[0],a[1],a[2])}};b[a].isStub=1}}}}}})(ue_csm); }}</script>
</head>
<body class="a-m-us a-aui_72554-c a-aui_accordion_a11y_role_354025-c a-aui_killswitch_csa_logger_372963-c a-aui_pci_risk_banner_210084-c a-aui_preload_261698-c a-aui_rel_noreferrer_noopener_309527-c a-aui_template_weblab_cache_333406-c a-aui_tnr_v2_180836-c a-meter-animate">
<div id="a-page"><script type="a-state" data-a-state="{{&quot;key&quot;:&quot;a-wlab-states&quot;}}">{{"AUI_ACCORDION_A11Y_ROLE_354025":"C","AUI_PRELOAD_261698":"C"}}</script>
<a id="nav-top"></a>
<header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-us nav-lang-en nav-ssl nav-unrec nav-progressive-attribute" role="banner">
<div id="navbar" cel_widget_id="Navigation-desktop-navbar" role="navigation" class="nav-sprite-v1 celwidget nav-bluebeacon nav-a11y-t1 bold-focus-hover layout2 nav-flex layout3 layout3-alt nav-packard-glow hamburger nav-progressive-attribute">
<div id="nav-belt"><div class="nav-left"><div id="nav-logo"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link nav-progressive-attribute" aria-label="Boxriver"><span class="nav-sprite nav-logo-base"></span><span id="logo-ext" class="nav-sprite nav-logo-ext nav-progressive-content"></span><span class="nav-logo-locale">.us</span></a></div>
<div id="nav-global-location-slot"><span id="nav-global-location-data-modal-action" class="a-declarative nav-progressive-attribute"><a id="nav-global-location-popover-link" role="button" tabindex="0" class="nav-a nav-a-2 a-popover-trigger a-declarative nav-progressive-attribute"><div class="nav-sprite nav-progressive-attribute" id="nav-packard-glow-loc-icon"></div><div id="glow-ingress-block"><span class="nav-line-1 nav-progressive-content" id="glow-ingress-line1">Deliver to</span><span class="nav-line-2 nav-progressive-content" id="glow-ingress-line2">New York 10001&zwnj;</span></div></a></span></div></div>
<div class="nav-fill" id="nav-fill-search"><div id="nav-search"><form id="nav-search-bar-form" accept-charset="utf-8" action="/s/ref=nb_sb_noss" class="nav-searchbar nav-progressive-attribute" method="GET" name="site-search" role="search"><div class="nav-left"><div id="nav-search-dropdown-card"><div class="nav-search-scope nav-sprite"><div class="nav-search-facade" data-value="search-alias=aps"><span id="nav-search-label-id" class="nav-search-label nav-progressive-content">All</span><i class="nav-icon"></i></div><select aria-describedby="searchDropdownDescription" class="nav-search-dropdown searchSelect nav-progressive-attrubute nav-progressive-search-dropdown" data-nav-digest="Xa0GQ+pPQ/tdsV+GmRWeXB8PUD0=" data-nav-selected="0" id="searchDropdownBox" name="url" style="display: block; top: 2.5px;" tabindex="0" title="Search in"><option selected="selected" value="search-alias=aps">All Departments</option><option value="search-alias=arts-crafts-intl-ship">Arts &amp; Crafts</option><option value="search-alias=electronics-intl-ship">Electronics</option><option value="search-alias=computers-intl-ship">Computers</option></select></div></div></div><div class="nav-fill"><div class="nav-search-field "><label for="twotabsearchtextbox" style="display: none;">Search Boxriver</label><input type="text" id="twotabsearchtextbox" value="" name="field-keywords" autocomplete="off" placeholder="Search Boxriver" class="nav-input nav-progressive-attribute" dir="auto" tabindex="0" aria-label="Search Boxriver" role="searchbox" aria-autocomplete="list" aria-controls="sac-autocomplete-results-container" aria-expanded="false" aria-haspopup="grid" spellcheck="false"></div></div><div class="nav-right"><div class="nav-search-submit nav-sprite"><span id="nav-search-submit-text" class="nav-search-submit-text nav-sprite nav-progressive-attribute" aria-label="Go"><input id="nav-search-submit-button" type="submit" class="nav-input nav-progressive-attribute" value="Go" tabindex="0"></span></div></div></form></div></div>
<div class="nav-right"><div id="nav-tools" class="layoutToolbarPadding"><a href="/customer-preferences/edit?ie=UTF8&amp;preferencesReturnUrl=%2F&amp;ref_=topnav_lang" id="icp-nav-flyout" class="nav-a nav-a-2 icp-link-style-2" aria-label="Choose a language for shopping. Current selection is English. "><span class="icp-nav-link-inner"><span class="nav-line-1"></span><span class="nav-line-2"><span class="icp-nav-flag icp-nav-flag-us icp-nav-flag-lop" role="img" aria-label="United States"></span><div>EN</div></span></span></a>
<a href="/ap/signin?openid.pape.max_auth_age=0&amp;openid.return_to=https%3A%2F%2Fwww.boxriver.test%2Fdp%2F{ASIN}" class="nav-a nav-a-2 nav-truncate" data-nav-ref="nav_ya_signin" data-nav-role="signin" data-ux-jq-mouseenter="true" tabindex="0" data-csa-c-type="link" data-csa-c-slot-id="nav-link-accountList" id="nav-link-accountList"><div class="nav-line-1-container"><span id="nav-link-accountList-nav-line-1" class="nav-line-1 nav-progressive-content">Hello, sign in</span></div><span class="nav-line-2 ">Account &amp; Lists<span class="nav-icon nav-arrow" style="visibility: visible;"></span></span></a>
<a href="/gp/css/order-history?ref_=nav_orders_first" class="nav-a nav-a-2 nav-progressive-attribute" id="nav-orders" tabindex="0"><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders<span class="nav-icon nav-arrow"></span></span></a>
<a href="/gp/cart/view.html?ref_=nav_cart" aria-label="0 items in cart" class="nav-a nav-a-2 nav-progressive-attribute" id="nav-cart"><div id="nav-cart-count-container"><span id="nav-cart-count" aria-hidden="true" class="nav-cart-count nav-cart-0 nav-progressive-attribute nav-progressive-content">0</span><span class="nav-cart-icon nav-sprite"></span></div><div id="nav-cart-text-container" class=" nav-progressive-attribute"><span aria-hidden="true" class="nav-line-1"></span><span aria-hidden="true" class="nav-line-2">Cart<span class="nav-icon nav-arrow"></span></span></div></a></div></div></div>
<div id="nav-main" class="nav-sprite"><div class="nav-left"><a href="javascript: void(0)" id="nav-hamburger-menu" role="button" aria-label="Open All Categories Menu" data-csa-c-type="widget" data-csa-c-slot-id="HamburgerMenuDesktop" data-csa-c-interaction-events="click"><i class="hm-icon nav-sprite"></i><span class="hm-icon-label">All</span></a></div>
<div class="nav-fill" id="nav-xshop-container"><div id="nav-xshop" class="nav-progressive-content"><ul class="nav-ul"><li class="nav-li"><div class="nav-div"><a href="/gp/goldbox?ref_=nav_cs_gb" class="nav-a" data-csa-c-type="link" data-csa-c-slot-id="nav_cs_0">Today's Deals</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gp/help/customer/display.html?nodeId=508510&amp;ref_=nav_cs_customerservice" class="nav-a">Customer Service</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gp/browse.html?node=16115931011&amp;ref_=nav_cs_registry" class="nav-a">Registry</a></div></li><li class="nav-li"><div class="nav-div"><a href="/gift-cards/b/?ie=UTF8&amp;node=2238192011&amp;ref_=nav_cs_gc" class="nav-a">Gift Cards</a></div></li><li class="nav-li"><div class="nav-div"><a href="/b/?_encoding=UTF8&amp;ld=AZUSSOA-sell&amp;node=12766669011&amp;ref_=nav_cs_sell" class="nav-a">Sell</a></div></li></ul></div></div></div>
<div id="nav-subnav-container" class="nav-progressive-content"><div id="nav-subnav" data-category="electronics" data-digest="w8hmFrwFk2dpcMk2dyXsNj9jeeU=" class=" spacious"><a href="/electronics-store/b/?ie=UTF8&amp;node=172282&amp;ref_=topnav_storetab_e" class="nav-a nav-b"><span class="nav-a-content">Electronics</span></a><a href="/b/?_encoding=UTF8&amp;node=2407755011&amp;ref_=sv_e_1" class="nav-a"><span class="nav-a-content">Cell Phones &amp; Accessories</span></a><a href="/b/?_encoding=UTF8&amp;node=7073956011&amp;ref_=sv_e_2" class="nav-a"><span class="nav-a-content">Portable Power Banks</span></a><a href="/b/?_encoding=UTF8&amp;node=541966&amp;ref_=sv_e_3" class="nav-a"><span class="nav-a-content">Computers</span></a><a href="/b/?_encoding=UTF8&amp;node=667846011&amp;ref_=sv_e_4" class="nav-a"><span class="nav-a-content">Headphones</span></a></div></div>
</div></header>
<div id="dp" class="wireless en_US">
<div id="dp-container" class="a-container" role="main">
<div id="wayfinding-breadcrumbs_feature_div" class="celwidget" data-feature-name="wayfinding-breadcrumbs"><div id="wayfinding-breadcrumbs_container" class="a-section a-spacing-none a-padding-medium"><ul class="a-unordered-list a-horizontal a-size-small"><li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="/electronics-store/b/ref=dp_bc_aui_C_1?ie=UTF8&amp;node=172282"> Electronics </a></span></li><li class="a-breadcrumb-divider"><span class="a-list-item a-color-tertiary">›</span></li><li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="/b/ref=dp_bc_aui_C_2?ie=UTF8&amp;node=2407755011"> Cell Phones &amp; Accessories </a></span></li><li class="a-breadcrumb-divider"><span class="a-list-item a-color-tertiary">›</span></li><li><span class="a-list-item"><a class="a-link-normal a-color-tertiary" href="/b/ref=dp_bc_aui_C_3?ie=UTF8&amp;node=7073956011"> Portable Power Banks </a></span></li></ul></div></div>
<div id="ppd">
<div id="leftCol" class="celwidget">
<div id="imageBlock_feature_div" class="celwidget" data-feature-name="imageBlock"><div id="imageBlock" class="a-section imageBlockRearch"><div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner" style="padding-left:40px">
<div id="altImages" class="a-fixed-left-grid-col a-col-left" style="width:40px;margin-left:-40px;float:left;"><ul class="a-unordered-list a-nostyle a-button-list a-vertical a-spacing-top-micro regularAltImageViewLayout"><li class="a-spacing-small item imageThumbnail a-declarative"><span class="a-list-item"><span class="a-button a-button-thumbnail a-button-toggle a-button-selected"><span class="a-button-inner"><input class="a-button-input" type="submit" aria-labelledby="a-autoid-3-announce"><span class="a-button-text" aria-hidden="true" id="a-autoid-3-announce"><img alt="" src="https://m.media-amazon.com/images/I/41kQ2vHf3bL._AC_US40_.jpg"></span></span></span></span></li><li class="a-spacing-small item imageThumbnail a-declarative"><span class="a-list-item"><span class="a-button a-button-thumbnail a-button-toggle"><span class="a-button-inner"><input class="a-button-input" type="submit"><span class="a-button-text" aria-hidden="true"><img alt="" src="https://m.media-amazon.com/images/I/51c7Zp0yQML._AC_US40_.jpg"></span></span></span></span></li><li class="a-spacing-small item videoThumbnail a-declarative"><span class="a-list-item"><span class="a-button a-button-thumbnail a-button-toggle"><span class="a-button-inner"><input class="a-button-input" type="submit"><span class="a-button-text" aria-hidden="true"><img alt="" src="https://m.media-amazon.com/images/I/31vT9nQ2mKL.SS40_BG85,85,85_BR-120_PKdp-play-icon-overlay__.jpg"><span class="a-size-mini a-color-secondary video-count a-text-bold a-nowrap">2 VIDEOS</span></span></span></span></span></li></ul></div>
<div class="a-fixed-left-grid-col a-col-right" style="padding-left:0%;float:left;"><div id="main-image-container" class="a-dynamic-image-container"><ul class="a-unordered-list a-nostyle a-horizontal list maintain-height"><li class="image item itemNo0 maintain-height selected" data-csa-c-action="image-block-main-image-hover"><span class="a-list-item"><span class="a-declarative" data-action="main-image-click"><div id="imgTagWrapperId" class="imgTagWrapper" style="height: 500px;"><img alt="{esc(p["title"])}" src="{p["image"]}" data-old-hires="https://m.media-amazon.com/images/I/61kQ2vHf3bL._AC_SL1500_.jpg" onload="markFeatureRenderForImageBlock(); this.onload=''; if(typeof uet == 'function') {{ uet('af'); }}" class="a-dynamic-image a-stretch-vertical" id="landingImage" data-a-dynamic-image="{{&quot;https://m.media-amazon.com/images/I/61kQ2vHf3bL._AC_SX679_.jpg&quot;:[679,679],&quot;https://m.media-amazon.com/images/I/61kQ2vHf3bL._AC_SX466_.jpg&quot;:[466,466],&quot;https://m.media-amazon.com/images/I/61kQ2vHf3bL._AC_SL1500_.jpg&quot;:[1500,1500]}}" style="max-width:679px;max-height:500px;" data-a-manual-replacement="true"></div></span></span></li></ul></div></div>
</div></div></div></div>
</div>
<div id="centerCol" class="centerColAlign">
<div id="title_feature_div" class="celwidget" data-feature-name="title"><div id="titleSection" class="a-section a-spacing-none"><h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">        {esc(p["title"])}       </span></h1><div id="expandTitleToggle" class="a-section a-spacing-none expand aok-hidden"></div></div></div>
<div id="bylineInfo_feature_div" class="celwidget" data-feature-name="bylineInfo"><div class="a-section a-spacing-none"><a id="bylineInfo" class="a-link-normal" href="/stores/Anker/page/3FE5D9C2-7A91-4A7B-9C3F-1E0C4B3A6E21?ref_=ast_bln&amp;store_ref=bl_ast_dp_brandLogo_sto">Visit the Anker Store</a></div></div>
<div id="averageCustomerReviews_feature_div" class="celwidget" data-feature-name="averageCustomerReviews"><div id="averageCustomerReviews" class="a-spacing-none" data-asin="{ASIN}" data-ref="dpx_acr_pop_"><span class="a-declarative" data-action="acrStarsLink-click-metrics" data-csa-c-type="widget" data-csa-c-func-deps="aui-da-acrStarsLink-click-metrics"><span id="acrPopover" class="reviewCountTextLinkedHistogram noUnderline" title="{p["rating"]} out of 5 stars"><span class="a-declarative" data-action="a-popover" data-a-popover="{{&quot;closeButton&quot;:&quot;false&quot;,&quot;max-width&quot;:&quot;700&quot;,&quot;position&quot;:&quot;triggerBottom&quot;,&quot;url&quot;:&quot;/gp/customer-reviews/widgets/average-customer-review/popover/ref=dpx_acr_pop_?contextId=dpx&amp;asin={ASIN}&quot;}}"><a href="javascript:void(0)" role="button" class="a-popover-trigger a-declarative"><span class="a-size-base a-color-base"> {p["rating"]} </span><i class="a-icon a-icon-star a-star-4-5 cm-cr-review-stars-spacing-big"><span class="a-icon-alt">{p["rating"]} out of 5 stars</span></i><i class="a-icon a-icon-popover"></i></a></span><span class="a-letter-space"></span></span></span><span class="a-letter-space"></span><span class="a-declarative" data-action="acrLink-click-metrics" data-csa-c-type="widget"><a id="acrCustomerReviewLink" class="a-link-normal" href="#customerReviews"><span id="acrCustomerReviewText" class="a-size-base">{p["review_count"]:,} ratings</span></a></span><span class="a-letter-space"></span><span class="a-text-separator"></span><a class="a-link-normal" href="#Ask" id="askATFLink"><span class="a-size-base">Search this page</span></a></div></div>
<div id="zeitgeistBadge_feature_div" class="celwidget"><div class="a-section a-spacing-none"><a class="a-link-normal badge-link" href="/gp/bestsellers/wireless/7073956011/ref=zg_b_bs_7073956011_1" title="Portable Power Banks"><i class="a-icon a-icon-addon p13n-best-seller-badge">#1 Best Seller</i><span class="a-size-small cat-link">in Portable Power Banks</span></a></div></div>
<div id="socialProofingAsinFaceout_feature_div" class="celwidget"><div id="social-proofing-faceout-title-tk_bought" class="a-section social-proofing-faceout-title social-proofing-faceout-title-alignment-left"><span class="a-text-bold">10K+ bought</span><span> in past month</span></div></div>
<hr aria-hidden="true" class="a-spacing-small a-divider-normal"/>
<div id="apex_desktop" class="celwidget" data-csa-c-content-id="apex_desktop" data-csa-c-slot-id="apex_dp_center_column">
<div class="offersConsistencyEnabled"><div id="corePriceDisplay_desktop_feature_div" class="celwidget" data-feature-name="corePriceDisplay_desktop"><div class="a-section a-spacing-none aok-align-center aok-relative">
<span class="aok-offscreen"> ${p["price"]:.2f} with 28 percent savings </span>
<span aria-hidden="true" class="a-size-large a-color-price savingPriceOverride aok-align-center reinventPriceSavingsPercentageMargin savingsPercentage">-28%</span>
{_amz_price(p["price"], extra=" aok-align-center reinventPricePriceToPayMargin priceToPay")}<span id="taxInclusiveMessage" class="a-size-mini a-color-base aok-align-center aok-nowrap"></span></div>
<div class="a-section a-spacing-small aok-align-center"><span><span class="aok-relative"><span class="a-size-small aok-offscreen"> List Price: ${p["original_price"]:.2f} </span><span aria-hidden="true" class="a-size-small a-color-secondary aok-align-center basisPrice">List Price: <span class="a-price a-text-price" data-a-size="s" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">${p["original_price"]:.2f}</span><span aria-hidden="true">${p["original_price"]:.2f}</span></span></span><span class="a-declarative" data-action="a-popover"><a href="javascript:void(0)" role="button" class="a-popover-trigger a-declarative"><i class="a-icon a-icon-popover"></i></a></span></span></span></div></div>
<div id="promoPriceBlockMessage_feature_div" class="celwidget"><div class="a-section a-spacing-none"><span class="a-size-base a-color-secondary">Save 5% with coupon</span></div></div>
<div id="returnsInfoFeature_feature_div" class="celwidget"><span class="a-size-base">FREE Returns</span></div>
</div></div>
<div id="twister_feature_div" class="celwidget" data-feature-name="twister"><div id="twisterContainer" class="a-section a-spacing-small"><form id="twister" class="a-section a-spacing-none" method="get" action="/gp/product/handle-buy-box/ref=dp_start-bbf_1_glance"><div id="variation_color_name" class="a-section a-spacing-small"><div class="a-row"><label class="a-form-label">Color: </label><span class="selection">{p["color"]}</span></div><ul class="a-unordered-list a-nostyle a-button-list a-declarative a-button-toggle-group a-horizontal dimension-values-list" role="radiogroup">{swatches}</ul></div></form></div></div>
<div id="productOverview_feature_div" class="celwidget" data-feature-name="productOverview"><div class="a-section a-spacing-small a-spacing-top-small"><table class="a-normal a-spacing-micro">{overview}</table></div></div>
<hr aria-hidden="true" class="a-spacing-small a-divider-normal"/>
<div id="featurebullets_feature_div" class="celwidget" data-feature-name="featurebullets"><div id="feature-bullets" class="a-section a-spacing-medium a-spacing-top-small"><h1 class="a-size-base-plus a-text-bold"> About this item </h1><ul class="a-unordered-list a-vertical a-spacing-mini">{bullets}</ul><span class="caretnext">›</span> <a class="a-link-normal" href="#productDetails">See more product details</a></div></div>
</div>
<div id="rightCol" class="rightColumn">
<div id="buybox" class="celwidget"><div id="desktop_buybox" class="celwidget"><div class="a-box-group"><div class="a-box a-last"><div class="a-box-inner">
<div id="corePrice_feature_div" class="celwidget" data-feature-name="corePrice"><div class="a-section a-spacing-micro">{_amz_price(p["price"], extra=" aok-align-center")}</div></div>
<div id="mir-layout-DELIVERY_BLOCK" class="a-section a-spacing-none"><div id="deliveryBlockMessage" class="a-section"><div class="a-spacing-base" id="mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE_LARGE"><span data-csa-c-type="element" data-csa-c-delivery-price="FREE" data-csa-c-delivery-time="Thursday, March 19"> FREE delivery <span class="a-text-bold">Thursday, March 19</span> on orders shipped by Boxriver over $35 </span></div><div id="mir-layout-DELIVERY_BLOCK-slot-SECONDARY_DELIVERY_MESSAGE_LARGE"><span data-csa-c-delivery-time="Tomorrow, March 17"> Or fastest delivery <span class="a-text-bold">Tomorrow, March 17</span>. Order within <span id="ftCountdown" style="color: #067D62">4 hrs 12 mins</span></span></div></div></div>
<div id="availability_feature_div" class="celwidget"><div id="availability" class="a-section a-spacing-base"><span class="a-size-medium a-color-success"> {p["availability"]} </span><br></div></div>
<div id="addToCart_feature_div" class="celwidget"><form id="addToCart" method="post" action="/cart/add-to-cart/ref=dp_start-bbf_1_glance" class="a-content" accept-charset="utf-8"><input type="hidden" id="session-id" name="session-id" value="139-4827711-0938211"><input type="hidden" id="ASIN" name="ASIN" value="{ASIN}"><input type="hidden" id="offerListingID" name="offerListingID" value="Q6%2BzH0kR3%2FMvXy9oN1b4aT"><input type="hidden" id="attach-base-product-price" value="25.99"><input type="hidden" id="attach-base-product-currency-symbol" value="$"><input type="hidden" id="twister-plus-price-data-price" value="25.99"><input type="hidden" id="twister-plus-price-data-price-unit" value="$">
<div class="a-section a-spacing-none a-padding-none"><span class="a-dropdown-container"><label for="quantity" class="a-native-dropdown">Quantity:</label><select name="quantity" autocomplete="off" id="quantity" tabindex="0" class="a-native-dropdown a-declarative"><option value="1" selected>1</option><option value="2">2</option><option value="3">3</option></select></span></div>
<span id="submit.add-to-cart" class="a-button a-spacing-small a-button-primary a-button-icon natc-enabled"><span class="a-button-inner"><i class="a-icon a-icon-cart"></i><input id="add-to-cart-button" name="submit.add-to-cart" title="Add to Shopping Cart" data-hover="Select &lt;b&gt;__dims__&lt;/b&gt; from the left&lt;br&gt; to add to Shopping Cart" class="a-button-input" type="submit" value="Add to Cart" aria-labelledby="submit.add-to-cart-announce"><span id="submit.add-to-cart-announce" class="a-button-text" aria-hidden="true">Add to Cart</span></span></span>
<span id="submit.buy-now" class="a-button a-button-oneclick a-button-icon onml-buy-now-button"><span class="a-button-inner"><input id="buy-now-button" name="submit.buy-now" title="Buy Now" class="a-button-input" type="submit" value="Buy Now"><span class="a-button-text" aria-hidden="true">Buy Now</span></span></span></form></div>
<div id="tabular-buybox" class="a-section a-spacing-none"><div class="tabular-buybox-container"><div class="tabular-buybox-text" tabular-attribute-name="Ships from"><span class="a-size-small tabular-buybox-text-message">Boxriver.com</span></div><div class="tabular-buybox-text" tabular-attribute-name="Sold by"><span class="a-size-small tabular-buybox-text-message"><a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&amp;seller=A294P4X9EWVXLJ&amp;asin={ASIN}">AnkerDirect</a></span></div><div class="tabular-buybox-text" tabular-attribute-name="Returns"><span class="a-size-small tabular-buybox-text-message">30-day refund/replacement</span></div><div class="tabular-buybox-text" tabular-attribute-name="Payment"><span class="a-size-small tabular-buybox-text-message">Secure transaction</span></div></div></div>
</div></div></div></div></div>
<div id="addToWishlist_feature_div" class="celwidget"><form method="post" action="/hz/wishlist/add"><span class="a-button a-button-base"><span class="a-button-inner"><input class="a-button-input" type="submit" value="Add to List"><span class="a-button-text">Add to List</span></span></span></form></div>
</div>
</div>
<div id="sims-consolidated-2_feature_div" class="celwidget" data-feature-name="sims-consolidated-2"><div class="a-section a-spacing-large"><div class="a-begin a-carousel-container a-carousel-static a-carousel-display-swap a-carousel-transition-swap" data-a-carousel-options="{{&quot;name&quot;:&quot;desktop-dp-sims_session-similarities-sims-feature&quot;,&quot;set_size&quot;:6}}" data-a-display-strategy="swap" data-a-transition-strategy="swap"><div class="a-row a-carousel-header-row a-size-large"><div class="a-column a-span8"><h2 class="a-carousel-heading a-inline-block">Customers who bought this item also bought</h2></div><div class="a-column a-span4 a-span-last a-text-right"><span class="a-carousel-pagination a-size-base"><span class="a-carousel-page-count">Page <span class="a-carousel-page-current">1</span> of <span class="a-carousel-page-max">1</span></span></span></div></div>
<div class="a-row a-carousel-controller a-carousel-row a-carousel-has-buttons"><div class="a-carousel-row-inner"><div class="a-carousel-col a-carousel-left"><a class="a-button a-button-image a-carousel-button a-carousel-goto-prevpage" tabindex="0" href="#"><span class="a-button-inner"><span class="a-button-text"><i class="a-icon a-icon-previous"></i><span class="a-offscreen">Previous page</span></span></span></a></div><div class="a-carousel-col a-carousel-center"><div class="a-carousel-viewport" role="group"><ol class="a-carousel" role="list">{also}</ol></div></div><div class="a-carousel-col a-carousel-right"><a class="a-button a-button-image a-carousel-button a-carousel-goto-nextpage" tabindex="0" href="#"><span class="a-button-inner"><span class="a-button-text"><i class="a-icon a-icon-next"></i><span class="a-offscreen">Next page</span></span></span></a></div></div></div></div></div></div>
<div id="sp_detail" class="celwidget" data-feature-name="sp_detail"><div class="a-section a-spacing-large"><div class="a-carousel-container"><div class="a-row a-carousel-header-row"><h2 class="a-carousel-heading">Products related to this item</h2><span class="sp_desktop_sponsored_label">Sponsored <i class="a-icon a-icon-popover"></i></span></div><div class="a-carousel-viewport"><ol class="a-carousel" role="list">{sponsored}</ol></div></div></div></div>
<div id="productDetails_feature_div" class="celwidget" data-feature-name="productDetails"><div id="prodDetails" class="a-section"><h2>Product information</h2><div class="a-row a-spacing-top-base">
<div class="a-column a-span6"><div class="a-row a-spacing-base"><div id="productDetails_techSpec_section_1_wrapper"><h1 class="a-size-medium a-spacing-small secHeader"> Technical Details </h1><table id="productDetails_techSpec_section_1" class="a-keyvalue prodDetTable" role="presentation"><tbody>{tech}</tbody></table></div></div></div>
<div class="a-column a-span6 a-span-last"><div class="a-row a-spacing-base"><h1 class="a-size-medium a-spacing-small secHeader"> Additional Information </h1><table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable" role="presentation"><tbody>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> ASIN </th><td class="a-size-base prodDetAttrValue"> {ASIN} </td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> Customer Reviews </th><td><div id="averageCustomerReviews" class="a-spacing-none" data-asin="{ASIN}"><span class="a-declarative"><span id="acrPopover" class="reviewCountTextLinkedHistogram noUnderline" title="{p["rating"]} out of 5 stars"><a href="javascript:void(0)" role="button" class="a-popover-trigger a-declarative"><span class="a-size-base a-color-base"> {p["rating"]} </span><i class="a-icon a-icon-star a-star-4-5"><span class="a-icon-alt">{p["rating"]} out of 5 stars</span></i></a></span></span><span class="a-letter-space"></span><a id="acrCustomerReviewLink" class="a-link-normal" href="#customerReviews"><span id="acrCustomerReviewText" class="a-size-base">{p["review_count"]:,} ratings</span></a></div><br> {p["rating"]} out of 5 stars </td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> Best Sellers Rank </th><td><span><span>#312 in Electronics (<a href="/gp/bestsellers/electronics/ref=pd_zg_ts_electronics">See Top 100 in Electronics</a>)</span><br><span>#1 in <a href="/gp/bestsellers/wireless/7073956011/ref=pd_zg_hrsr_wireless">Portable Power Banks</a></span><br></span></td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry"> Date First Available </th><td class="a-size-base prodDetAttrValue"> {_long_date(date.fromisoformat(p["date_first_available"]))} </td></tr>
</tbody></table></div>
<div class="a-row a-spacing-base"><h1 class="a-size-medium a-spacing-small secHeader"> Warranty &amp; Support </h1><div class="a-section table-padding"><span class="a-text-bold">Product Warranty:</span> For warranty information about this product, please <a href="/gp/feature.html?docId=1002406021">click here</a></div></div>
<div class="a-row a-spacing-base"><h1 class="a-size-medium a-spacing-small secHeader"> Feedback </h1><div class="a-section table-padding"><span class="a-declarative"><a href="javascript:void(0)" class="a-link-normal">Would you like to <b>tell us about a lower price</b>?</a></span></div></div>
</div></div></div></div>
<div id="reviewsMedley" class="a-section celwidget"><div class="a-row"><div class="a-column a-span4"><h2 id="customerReviews" class="a-spacing-medium">Customer reviews</h2><div class="a-row a-spacing-medium averageStarRatingNumerical"><span data-hook="rating-out-of-text" class="a-size-medium a-color-base">{p["rating"]} out of 5</span></div><div class="a-row a-spacing-medium averageStarRatingNumerical"><span data-hook="total-review-count" class="a-size-base a-color-secondary">{p["review_count"]:,} global ratings</span></div><ul id="histogramTable" class="a-unordered-list a-nostyle a-vertical a-spacing-base histogram">{histogram}</ul></div>
<div class="a-column a-span8 a-span-last"><h3 data-hook="dp-local-reviews-header" class="a-spacing-medium a-spacing-top-large">Top reviews from the United States</h3><ul id="cm-cr-dp-review-list" class="a-unordered-list a-nostyle a-vertical">{reviews}</ul><a data-hook="see-all-reviews-link-foot" class="a-link-emphasis a-text-bold" href="/product-reviews/{ASIN}/ref=cm_cr_dp_d_show_all_btm?ie=UTF8&amp;reviewerType=all_reviews">See more reviews</a></div></div></div>
</div></div>
<script type="a-state" data-a-state="{{&quot;key&quot;:&quot;turbo-checkout-page-state&quot;}}">{state}</script>
<script type="text/javascript">P.when('A', 'ready').execute(function(A) {{ A.trigger('dp:ready', {{ asin: "{ASIN}", price: "25.99" }}); }});</script>
<footer class="nav-mobile nav-ftr-batmobile"><div id="navFooter" class="navLeftFooter nav-sprite-v1"><a href="#nav-top" id="navBackToTop"><div class="navFooterBackToTop"><span class="navFooterBackToTopText">Back to top</span></div></a>
<div class="navFooterVerticalColumn navAccessibility" role="presentation"><div class="navFooterLinkCol navAccessibility"><div class="navFooterColHead">Get to Know Us</div><ul><li class="nav_first"><a href="/careers?ref_=footer_careers" class="nav_a">Careers</a></li><li><a href="/blog?ref_=footer_blog" class="nav_a">Blog</a></li><li><a href="/about?ref_=footer_aboutamazon" class="nav_a">About Boxriver</a></li></ul></div><div class="navFooterLinkCol navAccessibility"><div class="navFooterColHead">Let Us Help You</div><ul><li class="nav_first"><a href="/gp/css/homepage.html?ref_=footer_ya" class="nav_a">Your Account</a></li><li><a href="/gp/css/returns/homepage.html?ref_=footer_hy_f_4" class="nav_a">Returns &amp; Replacements</a></li><li class="nav_last"><a href="/gp/help/customer/display.html?ie=UTF8&amp;nodeId=508510&amp;ref_=footer_gw_m_b_he" class="nav_a">Help</a></li></ul></div></div>
<div class="navFooterLine navFooterLinkLine navFooterDescLine"><ul><li><a href="/gp/help/customer/display.html?nodeId=508088&amp;ref_=footer_cou" class="nav_a">Conditions of Use</a></li><li><a href="/gp/help/customer/display.html?nodeId=468496&amp;ref_=footer_privacy" class="nav_a">Privacy Notice</a></li><li><span>© 1996-2025, Boxriver.com, Inc. or its affiliates</span></li></ul></div></div></footer>
</div></body></html>"""


@eighth_b
def build_boxriver() -> None:
    s = Site(
        "boxriver",
        kind="detail page (Amazon product, no JSON-LD: a-price splits, List Price, acrPopover, Product information tables)",
        start=f"Anker-PowerCore-Portable-Charger-10000mAh/dp/{ASIN}/",
        description="An Amazon product page with no structured data: span#productTitle, 'Visit the Anker Store', a-price with a screen-reader copy and the symbol/whole/fraction split, a struck List Price, '4.5 out of 5 stars' / '12,345 ratings', colour swatches with prices, 'About this item' bullets, the buy box, the Product information th/td tables, also-bought and sponsored carousels, reviews.",
    )
    s.list_page(f"Anker-PowerCore-Portable-Charger-10000mAh/dp/{ASIN}/index.html", _boxriver_page())
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>Boxriver</title></head><body><main><h1>Boxriver</h1><p><a href="/Anker-PowerCore-Portable-Charger-10000mAh/dp/{ASIN}/">Anker PowerCore 10K</a></p></main></body></html>',
    )
    s.expect(dict(POWERBANK))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# cinedex: an IMDb title page (2024–2025 Next.js design). A partial JSON-LD Movie (name, url, image,
# description, datePublished, aggregateRating, genre, director: no duration, certificate, writers or
# cast), the hero h1 > span.hero__primary-text, an unlabelled inline list of year link /
# certificate link / "2h 28m", the rating bar "8.8" + "/<!-- -->10" + "2.5M" (twice: the desktop
# and the mobile copy), popularity, interest chips a.ipc-chip (sub-genres beside genres), the plot
# three times in span[data-testid=plot-xs_to_m|plot-l|plot-xl], principal credits as
# li.ipc-metadata-list__item with a span or link label (Director / Writers / Stars), written twice
# (wide-screen and the one under the poster), "74 Metascore", user/critic review counts; below, a
# Top cast grid with characters, a "More like this" row of poster cards with their own ratings, a
# Details list (release date, countries, languages), Box office, Technical specs ("2 hours 28
# minutes"), a __NEXT_DATA__ blob, ads and the footer.
# ---------------------------------------------------------------------------------------------------

TT = "tt9104732"
FILM: dict[str, Any] = {
    "title": "Meridian Drift",
    "year": 2019,
    "certificate": "PG-13",
    "runtime": "2h 28m",
    "rating": 8.8,
    "votes": 2500000,
    "metascore": 74,
    "genres": ["Psychological Thriller", "Space Sci-Fi", "Action", "Adventure", "Sci-Fi", "Thriller"],
    "plot": "A salvage pilot stranded on a derelict ore hauler must rebuild its navigation core before the ship falls into a dying star, while the crew's recorded memories begin to rewrite her own.",
    "director": "Ilse Varga",
    "writers": ["Ilse Varga", "Tomás Reyes"],
    "stars": ["Dev Malhotra", "Sofia Lindqvist", "Oren Adebayo"],
}
# (nm id, name, character)
CAST = [
    ("nm4410237", "Dev Malhotra", "Captain Asha Roe"),
    ("nm2093381", "Sofia Lindqvist", "Kestrel"),
    ("nm5502716", "Oren Adebayo", "Tobias Wren"),
    ("nm0781145", "Hana Okafor", "Dr. Ilya Marsh"),
    ("nm3390012", "Lucas Brandt", "Quartermaster Hale"),
    ("nm6120454", "Maya Castell", "Young Asha"),
]
# (tt, title, rating, year)
MORE_LIKE = [
    ("tt8017715", "Hollow Orbit", 7.9, 2020),
    ("tt6632104", "The Quiet Lattice", 8.1, 2017),
    ("tt7451190", "Saltwater Engine", 7.4, 2018),
    ("tt9933402", "Nightjar Protocol", 7.7, 2021),
    ("tt5507821", "A Lantern for Ceres", 8.3, 2016),
]
PEOPLE = {"Ilse Varga": "nm1875502", "Tomás Reyes": "nm3027719"}


def _ipc_chip(text: str, n: int) -> str:
    return f'<a class="ipc-chip ipc-chip--on-baseAlt" tabindex="0" aria-disabled="false" href="/interest/in00000{n:02d}/?ref_=tt_ov_in_{n}"><span class="ipc-chip__text">{esc(text)}</span></a>'


def _pc_item(label: str, names: list[tuple[str, str]], role: str, link_label: bool) -> str:
    items = "".join(
        f'<li role="presentation" class="ipc-inline-list__item"><a class="ipc-metadata-list-item__list-content-item ipc-metadata-list-item__list-content-item--link" tabindex="0" aria-disabled="false" href="/name/{nm}/?ref_=tt_ov_{role}_{i}">{esc(name)}</a></li>'
        for i, (nm, name) in enumerate(names, 1)
    )
    head = (
        f'<a class="ipc-metadata-list-item__label ipc-metadata-list-item__label--link" role="button" tabindex="0" aria-label="See full cast and crew" aria-disabled="false" href="/title/{TT}/fullcredits/?ref_=tt_ov_{role}_sm">{label}</a>'
        if link_label
        else f'<span class="ipc-metadata-list-item__label ipc-btn--not-interactable" aria-disabled="false">{label}</span>'
    )
    icon = (
        f'<a class="ipc-metadata-list-item__icon-link" role="button" tabindex="0" aria-label="See full cast and crew" aria-disabled="false" href="/title/{TT}/fullcredits/?ref_=tt_ov_{role}_sm"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="ipc-icon ipc-icon--chevron-right" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path fill="none" d="M0 0h24v24H0V0z"></path><path d="M9.29 6.71a.996.996 0 0 0 0 1.41L13.17 12l-3.88 3.88a.996.996 0 1 0 1.41 1.41l4.59-4.59a.996.996 0 0 0 0-1.41L10.7 6.7c-.38-.38-1.02-.38-1.41.01z"></path></svg></a>'
        if link_label
        else ""
    )
    return f'<li role="presentation" class="ipc-metadata-list__item ipc-metadata-list__item--align-end" data-testid="title-pc-principal-credit">{head}<div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list ipc-inline-list--show-dividers ipc-inline-list--inline ipc-metadata-list-item__list-content baseAlt" role="presentation">{items}</ul></div>{icon}</li>'


def _detail_values(values: list[str]) -> str:
    return "".join(
        f'<li role="presentation" class="ipc-inline-list__item"><a class="ipc-metadata-list-item__list-content-item ipc-metadata-list-item__list-content-item--link" tabindex="0" aria-disabled="false" href="/search/title/?q={esc(v)}&amp;ref_=tt_dt">{esc(v)}</a></li>'
        for v in values
    )


def _principal_credits(testid: str) -> str:
    f = FILM
    stars = [(nm, name) for nm, name, _ in CAST if name in f["stars"]]
    rows = (
        _pc_item("Director", [(PEOPLE[f["director"]], f["director"])], "dr", False)
        + _pc_item("Writers", [(PEOPLE[w], w) for w in f["writers"]], "wr", True)
        + _pc_item("Stars", stars, "st", True)
    )
    return f'<div class="sc-70a366cc-3 iwmAVw" data-testid="{testid}"><ul class="ipc-metadata-list ipc-metadata-list--dividers-all title-pc-list ipc-metadata-list--baseAlt" role="presentation">{rows}</ul></div>'


def _rating_bar(extra: str) -> str:
    f = FILM
    return f"""<div data-testid="hero-rating-bar__aggregate-rating" class="sc-3a4309f8-0 fjGmSN sc-70a366cc-1 {extra}"><div class="sc-3a4309f8-1 dOjKRs">IMDb RATING</div><a class="ipc-btn ipc-btn--single-padding ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-baseAlt ipc-btn--theme-baseAlt ipc-btn--button-radius ipc-btn--on-textPrimary ipc-text-button sc-acdbf0f3-2 kIiPqb" role="button" tabindex="0" aria-label="View User Ratings" aria-disabled="false" href="/title/{TT}/ratings/?ref_=tt_ov_rat"><span class="ipc-btn__text"><div class="sc-acdbf0f3-3 ljrMwe"><div class="sc-acdbf0f3-4 hUHTgf"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" class="ipc-icon ipc-icon--star sc-acdbf0f3-5 dVRZbB" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path d="M12 17.27l4.15 2.51c.76.46 1.69-.22 1.49-1.08l-1.1-4.72 3.67-3.18c.67-.58.31-1.68-.57-1.75l-4.83-.41-1.89-4.46c-.34-.81-1.5-.81-1.84 0L9.19 8.63l-4.83.41c-.88.07-1.24 1.17-.57 1.75l3.67 3.18-1.1 4.72c-.2.86.73 1.54 1.49 1.08l4.14-2.5z"></path></svg></div><div class="sc-acdbf0f3-0 haeNWP rating-bar__base-button"><div class="sc-d541859f-0 klOwFB"><div data-testid="hero-rating-bar__aggregate-rating__score" class="sc-d541859f-2 kxphVf"><span class="sc-d541859f-1 imUuxf">{f["rating"]}</span><span>/<!-- -->10</span></div><div class="sc-d541859f-3 dwhNqC"></div><div class="sc-d541859f-3 dwhNqC">2.5M</div></div></div></div></span></a></div>"""


def _cinedex_page() -> str:
    f = FILM
    ld = {
        "@context": "https://schema.org",
        "@type": "Movie",
        "url": f"https://www.cinedex.test/title/{TT}/",
        "name": f["title"],
        "image": "https://m.media-amazon.com/images/M/MV5BZjE4Y2M1NzgtMDRjOS00YjE3LWE2ZTYtMjNhYzVkNGM0OTBjXkEyXkFqcGc@._V1_.jpg",
        "description": f["plot"],
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingCount": 2504871,
            "bestRating": 10,
            "worstRating": 1,
            "ratingValue": f["rating"],
        },
        "genre": ["Action", "Adventure", "Sci-Fi", "Thriller"],
        "datePublished": "2019-07-16",
        "director": [
            {"@type": "Person", "url": f"https://www.cinedex.test/name/{PEOPLE[f['director']]}/", "name": f["director"]}
        ],
    }
    next_data = {
        "props": {
            "pageProps": {
                "tconst": TT,
                "aboveTheFoldData": {
                    "id": TT,
                    "titleText": {"text": f["title"]},
                    "releaseYear": {"year": f["year"], "endYear": None},
                    "ratingsSummary": {"aggregateRating": f["rating"], "voteCount": 2504871},
                    "meterRanking": {"currentRank": 312, "rankChange": {"changeDirection": "UP", "difference": 41}},
                    "primaryImage": {"url": ld["image"], "width": 1382, "height": 2048},
                },
            }
        },
        "page": "/title/[tconst]",
        "query": {"tconst": TT},
        "buildId": "3TmYt2u0w9mZxkQp1vLrN",
    }
    chips = "".join(_ipc_chip(g, n) for n, g in enumerate(f["genres"], 1))
    plot_spans = "".join(
        f'<span role="presentation" data-testid="plot-{size}" class="sc-3ac15c8d-{i} {cls}">{esc(f["plot"])}</span>'
        for i, (size, cls) in enumerate((("xs_to_m", "gkeSEi"), ("l", "cyPhAf"), ("xl", "fNKwNU")))
    )
    cast = "".join(
        f"""<div data-testid="title-cast-item" class="sc-cd7dc4b7-2 eOvGIK"><div class="sc-cd7dc4b7-3 fKBmoH"><div class="ipc-avatar ipc-avatar--base ipc-avatar--dynamic-width" role="group"><div class="ipc-media ipc-media--avatar ipc-image-media-ratio--avatar ipc-media--base ipc-media--avatar-m ipc-media--avatar-circle ipc-avatar__avatar-image ipc-media__img" style="width:100%"><img alt="{esc(name)}" class="ipc-image" loading="lazy" src="https://m.media-amazon.com/images/M/{nm}._V1_QL75_UX140_CR0,1,140,140_.jpg" width="140"></div><a class="ipc-lockup-overlay ipc-focusable" href="/name/{nm}/?ref_=tt_cst_i_{i}" aria-label="{esc(name)}"><div class="ipc-lockup-overlay__screen"></div></a></div></div><div class="sc-cd7dc4b7-7 vCane"><a data-testid="title-cast-item__actor" href="/name/{nm}/?ref_=tt_cst_t_{i}" class="sc-cd7dc4b7-1 kVdWAO">{esc(name)}</a><div class="title-cast-item__characters-list"><ul class="ipc-inline-list ipc-inline-list--show-dividers ipc-inline-list--inline" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--base sc-cd7dc4b7-4 zVTic" data-testid="cast-item-characters-link" href="/title/{TT}/characters/{nm}?ref_=tt_cst_c_{i}"><span class="sc-cd7dc4b7-5 zZlxx">{esc(role)}</span></a></li></ul></div></div></div>"""
        for i, (nm, name, role) in enumerate(CAST, 1)
    )
    more = "".join(
        f"""<div class="ipc-poster-card ipc-poster-card--base ipc-poster-card--dynamic-width ipc-sub-grid-item ipc-sub-grid-item--span-2" role="group" data-testid="poster-card"><div class="ipc-poster ipc-poster--base ipc-poster--dynamic-width ipc-poster-card__poster ipc-sub-grid-item ipc-sub-grid-item--span-2" role="group"><div class="ipc-watchlist-ribbon ipc-focusable ipc-watchlist-ribbon--l ipc-watchlist-ribbon--base ipc-watchlist-ribbon--loading ipc-watchlist-ribbon--onImage ipc-poster__watchlist-ribbon" aria-label="add to watchlist" role="button" tabindex="0"><div class="ipc-watchlist-ribbon__icon" role="presentation"></div></div><div class="ipc-media ipc-media--poster-27x40 ipc-image-media-ratio--poster-27x40 ipc-media--base ipc-media--poster-l ipc-poster__poster-image ipc-media__img" style="width:100%"><img alt="{esc(title)} ({year})" class="ipc-image" loading="lazy" src="https://m.media-amazon.com/images/M/{tt}._V1_QL75_UX190_CR0,0,190,281_.jpg" width="190"></div><a class="ipc-lockup-overlay ipc-focusable" href="/title/{tt}/?ref_=tt_mlt_i_{i}" aria-label="View title page for {esc(title)}"><div class="ipc-lockup-overlay__screen"></div></a></div><div class="ipc-poster-card__rating-star-group" data-testid="title-rating"><span aria-label="IMDb rating: {rating}" class="ipc-rating-star ipc-rating-star--base ipc-rating-star--imdb ipc-rating-star-group--imdb" data-testid="ratingGroup--imdb-rating"><svg width="24" height="24" class="ipc-icon ipc-icon--star-inline" viewBox="0 0 24 24" fill="currentColor" role="presentation"><path d="M12 20.1l5.82 3.682c1.066.675 2.37-.322 2.09-1.584l-1.543-6.926 5.146-4.667c.94-.85.435-2.465-.799-2.567l-6.773-.602L13.29.89a1.38 1.38 0 0 0-2.581 0l-2.65 6.53-6.774.602C.052 8.126-.453 9.74.486 10.59l5.147 4.666-1.542 6.926c-.28 1.262 1.023 2.26 2.09 1.585L12 20.099z"></path></svg><span class="ipc-rating-star--rating">{rating}</span></span><button class="ipc-rate-button sc-f8507e90-0 ipc-rate-button--unrated ipc-rate-button--base" aria-label="Rate {esc(title)}" data-testid="rate-button"><span class="ipc-rating-star ipc-rating-star--base ipc-rating-star--rate"><svg class="ipc-icon ipc-icon--star-border-inline" viewBox="0 0 24 24"></svg></span></button></div><a class="ipc-poster-card__title ipc-poster-card__title--clamp-2 ipc-poster-card__title--clickable" aria-label="View title page for {esc(title)}" href="/title/{tt}/?ref_=tt_mlt_t_{i}"><span data-testid="title">{esc(title)}</span></a><div class="ipc-poster-card__actions"><button class="ipc-btn ipc-btn--full-width ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-base ipc-btn--theme-base ipc-btn--button-radius ipc-btn--on-accent2 ipc-secondary-button ipc-poster-card__watchlist" data-testid="poster-card-watchlist-button" tabindex="0" aria-disabled="false"><span class="ipc-btn__text">Watchlist</span></button><button class="ipc-btn ipc-btn--single-padding ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-base ipc-btn--theme-base ipc-btn--button-radius ipc-btn--on-accent2 ipc-text-button ipc-poster-card__trailer-btn" data-testid="poster-card-trailer-button" tabindex="0" aria-disabled="false" aria-label="Watch trailer for {esc(title)}"><span class="ipc-btn__text">Trailer</span></button></div></div>"""
        for i, (tt, title, rating, year) in enumerate(MORE_LIKE, 1)
    )
    details = "".join(
        f'<li role="presentation" class="ipc-metadata-list__item ipc-metadata-list__item--align-end" data-testid="{testid}">{label}<div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list ipc-inline-list--show-dividers ipc-inline-list--inline ipc-metadata-list-item__list-content base" role="presentation">{_detail_values(values)}</ul></div></li>'
        for testid, label, values in (
            (
                "title-details-releasedate",
                f'<a class="ipc-metadata-list-item__label ipc-metadata-list-item__label--link" href="/title/{TT}/releaseinfo/?ref_=tt_dt_rdat">Release date</a>',
                ["July 16, 2019 (United States)"],
            ),
            (
                "title-details-origin",
                '<span class="ipc-metadata-list-item__label" aria-disabled="false">Countries of origin</span>',
                ["United States", "United Kingdom"],
            ),
            (
                "title-details-languages",
                '<span class="ipc-metadata-list-item__label" aria-disabled="false">Languages</span>',
                ["English", "Swedish"],
            ),
            (
                "title-details-akas",
                '<span class="ipc-metadata-list-item__label" aria-disabled="false">Also known as</span>',
                ["Deriva Meridiana"],
            ),
            (
                "title-details-companies",
                f'<a class="ipc-metadata-list-item__label ipc-metadata-list-item__label--link" href="/title/{TT}/companycredits/?ref_=tt_dt_cmpy">Production companies</a>',
                ["Northbank Pictures", "Lodestar Films"],
            ),
        )
    )
    return f"""<!DOCTYPE html><html lang="en-US" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<script>if(typeof uet === 'function'){{ uet('bb', 'LoadTitle', {{wb: 1}}); }}</script>
<title>{f["title"]} ({f["year"]}) - Cinedex</title>
<meta name="description" content="{f["title"]}: Directed by {f["director"]}. With {", ".join(f["stars"])}, Hana Okafor. {esc(f["plot"])}"/>
<meta property="og:url" content="https://www.cinedex.test/title/{TT}/"/><meta property="og:site_name" content="Cinedex"/><meta property="og:title" content="{f["title"]} (2019) ⭐ 8.8 | Action, Adventure, Sci-Fi"/><meta property="og:description" content="2h 28m | PG-13"/><meta property="og:type" content="video.movie"/><meta property="og:image" content="{ld["image"]}"/>
<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:title" content="{f["title"]} (2019) ⭐ 8.8 | Action, Adventure, Sci-Fi"/>
<script type="application/ld+json">{_ld(ld)}</script>
<link rel="canonical" href="https://www.cinedex.test/title/{TT}/"/>
<link rel="preload" href="https://dqpnq362acqdi.cloudfront.net/_next/static/css/c6d1b2e0a4f7c9e1.css" as="style"/>
</head>
<body id="styleguide-v2" class="fixed">
<div id="__next"><main role="main" class="ipc-page-background ipc-page-background--base sc-b8d7bdc5-0 eDYtDd">
<div class="ipc-page-content-container ipc-page-content-container--full" role="presentation">
<nav id="imdbHeader" class="ipc-page-backdrop imdb-header imdb-header--sticky" aria-label="Main"><div class="ipc-page-content-container ipc-page-content-container--center navbar__inner" role="presentation"><label role="button" for="imdbHeader-navDrawer" class="ipc-responsive-button imdb-header__hamburger" aria-label="Open Navigation Drawer" tabindex="0"><span class="ipc-responsive-button__text">Menu</span></label><a class="imdb-header__logo-link" href="/?ref_=nv_home" aria-label="Home"><svg id="home_img" class="ipc-logo" xmlns="http://www.w3.org/2000/svg" width="64" height="32" viewBox="0 0 64 32" version="1.1"><g fill="#F5C518"><rect x="0" y="0" width="100%" height="100%" rx="4"></rect></g></svg></a>
<div class="nav__searchbar" role="search"><form id="nav-search-form" name="nav-search-form" method="get" action="/find/" class="sc-gVrasc" role="search"><div class="search-category-selector"><label class="ipc-btn ipc-btn--single-padding ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-base ipc-btn--theme-base ipc-btn--button-radius ipc-btn--on-textPrimary ipc-text-button" for="navbar-search-category-select"><span class="ipc-btn__text">All</span></label></div><div class="nav-search__search-input-container"><input type="text" autoComplete="off" placeholder="Search Cinedex" autoCapitalize="off" autoCorrect="off" name="q" id="suggestion-search" value="" aria-label="Search Cinedex"/></div><button id="suggestion-search-button" type="submit" aria-label="Submit Search" class="nav-search__search-submit"><svg class="ipc-icon ipc-icon--magnify" viewBox="0 0 24 24"></svg></button></form></div>
<div class="navbar__imdbpro"><a class="ipc-btn imdb-header__imdbpro-link" href="https://pro.cinedex.test/login/ap?ref_=nv_ip">CinedexPro</a></div><div class="imdb-header__watchlist-button"><a class="ipc-btn ipc-btn--single-padding imdb-header__watchlist-button" href="/list/watchlist/?ref_=nv_usr_wl_all_0" aria-label="Watchlist"><span class="ipc-btn__text">Watchlist</span></a></div><div class="_3x17Igk9XRXcaKrcG3_MXQ navbar__user sc-kAyceB"><a href="/registration/signin/?ref_=nv_generic_lgin" class="ipc-btn imdb-header__signin-text"><span class="ipc-btn__text">Sign In</span></a></div></div></nav>
<div class="sc-e5ba1bbc-0 bsFSgM"><div class="ipc-page-content-container ipc-page-content-container--center" role="presentation"><div class="inline20-page-wrapper"><div class="ad-container inline20-ad-container" data-testid="inline20-ad"><iframe title="Advertisement" name="inline20" data-testid="inline20" class="ad-slot" width="0" height="0" frameborder="0" scrolling="no"></iframe></div></div></div></div>
<section class="ipc-page-section ipc-page-section--baseAlt ipc-page-section--tp-none ipc-page-section--bp-xs sc-9a2a0028-1 hJvhfx"><div class="sc-9a2a0028-2 cWSHOt">
<div class="ipc-page-content-container ipc-page-content-container--center sc-9a2a0028-0 hNRkNE" role="presentation">
<div class="sc-1f50b7c-0 PUxFE"><div class="sc-1f50b7c-1 hscKCM"><ul class="ipc-inline-list ipc-inline-list--show-dividers ipc-inline-list--inline" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a href="/title/{TT}/fullcredits/?ref_=tt_ov_3" class="ipc-link ipc-link--baseAlt ipc-link--inherit-color">Cast &amp; crew</a></li><li role="presentation" class="ipc-inline-list__item"><a href="/title/{TT}/reviews/?ref_=tt_ov_4" class="ipc-link ipc-link--baseAlt ipc-link--inherit-color">User reviews</a></li><li role="presentation" class="ipc-inline-list__item"><a href="/title/{TT}/trivia/?ref_=tt_ov_5" class="ipc-link ipc-link--baseAlt ipc-link--inherit-color">Trivia</a></li><li role="presentation" class="ipc-inline-list__item"><a href="/title/{TT}/faq/?ref_=tt_ov_6" class="ipc-link ipc-link--baseAlt ipc-link--inherit-color">FAQ</a></li></ul><a class="ipc-link ipc-link--baseAlt ipc-link--inherit-color" href="https://pro.cinedex.test/title/{TT}/">CinedexPro</a><button class="ipc-icon-button ipc-icon-button--baseAlt" title="All topics" aria-label="All topics"><svg class="ipc-icon ipc-icon--view-grid" viewBox="0 0 24 24"></svg></button><button class="ipc-icon-button" title="Share on social media" aria-label="Share on social media"><svg class="ipc-icon ipc-icon--share-android" viewBox="0 0 24 24"></svg></button></div></div>
<div class="sc-70a366cc-0 bxYZmb"><div class="sc-ec65ba05-0 kLhJEG">
<h1 textlength="14" data-testid="hero__pageTitle" class="sc-ec65ba05-1 fUCCIx"><span class="hero__primary-text" data-testid="hero__primary-text">{f["title"]}</span></h1>
<ul class="ipc-inline-list ipc-inline-list--show-dividers sc-ec65ba05-2 joVhBE baseAlt" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--baseAlt ipc-link--inherit-color" tabindex="0" aria-disabled="false" href="/title/{TT}/releaseinfo/?ref_=tt_ov_rdat">{f["year"]}</a></li><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--baseAlt ipc-link--inherit-color" tabindex="0" aria-disabled="false" href="/title/{TT}/parentalguide/?ref_=tt_ov_pg#certificates">{f["certificate"]}</a></li><li role="presentation" class="ipc-inline-list__item">{f["runtime"]}</li></ul></div>
<div class="sc-3a4309f8-0 jJkxPn sc-70a366cc-1 kUfGfN"><div class="sc-3a4309f8-3 dwkrYz">{_rating_bar("jOlxka")}<div data-testid="hero-rating-bar__user-rating" class="sc-3a4309f8-0 fjGmSN sc-70a366cc-1 kUfGfN"><div class="sc-3a4309f8-1 dOjKRs">YOUR RATING</div><button class="ipc-btn ipc-btn--single-padding ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-baseAlt ipc-btn--theme-baseAlt ipc-btn--button-radius ipc-btn--on-accent2 ipc-text-button sc-acdbf0f3-2 kIiPqb" tabindex="0" aria-label="Rate {f["title"]}" aria-disabled="false"><span class="ipc-btn__text"><div class="sc-acdbf0f3-3 ljrMwe"><div class="sc-acdbf0f3-4 hUHTgf"><svg class="ipc-icon ipc-icon--star-border-inline" viewBox="0 0 24 24"></svg></div><div class="sc-acdbf0f3-0 haeNWP rating-bar__base-button"><div class="sc-acdbf0f3-1 kHkbYx">Rate</div></div></div></span></button></div>
<div data-testid="hero-rating-bar__popularity" class="sc-3a4309f8-0 fjGmSN sc-70a366cc-1 kUfGfN"><div class="sc-3a4309f8-1 dOjKRs">POPULARITY</div><a class="ipc-btn ipc-btn--single-padding ipc-btn--center-align-content ipc-btn--default-height ipc-btn--core-baseAlt ipc-btn--theme-baseAlt ipc-btn--button-radius ipc-btn--on-textPrimary ipc-text-button sc-acdbf0f3-2 kIiPqb" role="button" tabindex="0" aria-disabled="false" href="/chart/moviemeter/?ref_=tt_ov_pop"><span class="ipc-btn__text"><div class="sc-acdbf0f3-3 ljrMwe"><div class="sc-acdbf0f3-4 hUHTgf"><div data-testid="hero-rating-bar__popularity__up" class="sc-49c2e2a6-2 cvmtMb"><svg class="ipc-icon ipc-icon--arrow-drop-up" viewBox="0 0 24 24"></svg></div></div><div class="sc-acdbf0f3-0 haeNWP rating-bar__base-button"><div data-testid="hero-rating-bar__popularity__score" class="sc-49c2e2a6-1 dtuwOj">312</div><div class="sc-49c2e2a6-0 lfFgqg">41</div></div></div></span></a></div></div></div></div>
<div class="sc-9a2a0028-3 iDCNmM"><div class="sc-7ce5d9e3-0 kYYPnz"><div class="ipc-poster ipc-poster--baseAlt ipc-poster--dynamic-width sc-2b4ea2d3-0 eWmRTm celwidget ipc-sub-grid-item ipc-sub-grid-item--span-2" role="group" data-testid="hero-media__poster"><div class="ipc-media ipc-media--poster-27x40 ipc-image-media-ratio--poster-27x40 ipc-media--baseAlt ipc-media--poster-l ipc-poster__poster-image ipc-media__img" style="width:100%"><img alt="{f["title"]} ({f["year"]})" class="ipc-image" loading="eager" src="https://m.media-amazon.com/images/M/MV5BZjE4Y2M1NzgtMDRjOS00YjE3LWE2ZTYtMjNhYzVkNGM0OTBjXkEyXkFqcGc@._V1_QL75_UX190_CR0,0,190,281_.jpg" srcSet="https://m.media-amazon.com/images/M/MV5BZjE4Y2M1NzgtMDRjOS00YjE3LWE2ZTYtMjNhYzVkNGM0OTBjXkEyXkFqcGc@._V1_QL75_UX190_CR0,0,190,281_.jpg 190w, https://m.media-amazon.com/images/M/MV5BZjE4Y2M1NzgtMDRjOS00YjE3LWE2ZTYtMjNhYzVkNGM0OTBjXkEyXkFqcGc@._V1_QL75_UX285_CR0,0,285,422_.jpg 285w" sizes="50vw, (min-width: 480px) 34vw, (min-width: 600px) 26vw, (min-width: 1024px) 16vw, (min-width: 1280px) 16vw" width="190"/></div><a class="ipc-lockup-overlay ipc-focusable" href="/title/{TT}/mediaviewer/rm3426651905/?ref_=tt_ov_i" aria-label="View ’{f["title"]}’ Poster"><div class="ipc-lockup-overlay__screen"></div></a></div></div>
<div class="sc-9a2a0028-4 kffQAD"><div class="ipc-slate ipc-slate--baseAlt ipc-slate--dynamic-width sc-da6f7685-0 iMCWnR celwidget ipc-sub-grid-item ipc-sub-grid-item--span-4" data-testid="hero-media__slate"><div class="ipc-media ipc-media--slate-16x9 ipc-image-media-ratio--slate-16x9 ipc-media--baseAlt ipc-media--slate-m ipc-slate__slate-image ipc-media__img" style="width:100%"><img alt="Official Trailer" class="ipc-image" loading="eager" src="https://m.media-amazon.com/images/M/MV5BNzRiNDk1MjctZGM1Yy00ZTQ3LWE2MDQtZjdmNjM4YjE3MjgzXkEyXkFqcGc@._V1_QL75_UX500_CR0,0,500,281_.jpg" width="500"/></div><a class="ipc-lockup-overlay sc-5f0a904b-2 dmadHr Slate__Overlay ipc-focusable" href="/video/vi2959588889/?playlistId={TT}&amp;ref_=tt_ov_vi" aria-label="Trailer"><div class="ipc-lockup-overlay__screen"></div><div class="ipc-lockup-overlay__content"><div class="sc-5f0a904b-1 cJqdCQ"><svg class="ipc-icon ipc-icon--play-circle-outline-large-inline ipc-icon--inline ipc-lockup-overlay__icon" viewBox="0 0 24 24"></svg><span class="ipc-lockup-overlay__text ipc-lockup-overlay__text--clamp-none">Play trailer</span><span class="ipc-lockup-overlay__text ipc-lockup-overlay__text--clamp-none">2:31</span></div></div></a></div></div>
<div class="sc-9a2a0028-5 gsVRpx"><div class="sc-a82ca84b-0 jxYKQQ"><a class="ipc-lockup-overlay sc-a82ca84b-2 kBQcQD ipc-focusable" href="/title/{TT}/videogallery/?ref_=tt_ov_vi_sm" aria-label="99+ Videos"><div class="ipc-lockup-overlay__screen"></div><div class="ipc-lockup-overlay__content"><svg class="ipc-icon ipc-icon--video-library" viewBox="0 0 24 24"></svg><div class="sc-a82ca84b-1 hkBQCz">99+ <!-- -->VIDEOS</div></div></a><a class="ipc-lockup-overlay ipc-focusable" href="/title/{TT}/mediaindex/?ref_=tt_ov_mi_sm" aria-label="99+ Photos"><div class="ipc-lockup-overlay__content"><svg class="ipc-icon ipc-icon--collections" viewBox="0 0 24 24"></svg><div class="sc-a82ca84b-1 hkBQCz">99+ <!-- -->PHOTOS</div></div></a></div></div></div>
<div class="sc-9a2a0028-6 zHrZh"><div class="sc-9a2a0028-10 bcfuWX"><section class="sc-9a2a0028-4 jKKMaL"><div class="sc-9a2a0028-7 gXFoqK">
<div class="ipc-chip-list--baseAlt ipc-chip-list ipc-chip-list--nowrap sc-6b84a7b0-4 bBohNq" data-testid="interests"><div class="ipc-chip-list__arrow ipc-chip-list__arrow--left" role="presentation"><svg class="ipc-icon ipc-icon--chevron-left" viewBox="0 0 24 24"></svg></div><div class="ipc-chip-list__scroller">{chips}</div><div class="ipc-chip-list__arrow ipc-chip-list__arrow--right" role="presentation"><svg class="ipc-icon ipc-icon--chevron-right" viewBox="0 0 24 24"></svg></div></div>
<p data-testid="plot" class="sc-3ac15c8d-3 dUzJin">{plot_spans}</p>
<div class="sc-70a366cc-2 cLZzVz">{_principal_credits("title-pc-wide-screen")}</div></div>
<div class="sc-9a2a0028-8 dvXXyd"><div class="sc-3a4309f8-0 fjGmSN sc-9a2a0028-11 hHgnoj" data-testid="hero-rating-bar__aggregate-rating--mobile">{_rating_bar("hzcKmL")}</div>
<div data-testid="tm-box-wl-button" class="sc-a3e1eb11-0 jpOeuj"><button class="ipc-split-button__btn ipc-split-button__btn--button-radius" tabindex="0" data-testid="tm-box-wl-button" aria-disabled="false"><svg class="ipc-icon ipc-icon--add ipc-btn__icon ipc-btn__icon--pre" viewBox="0 0 24 24"></svg><div class="ipc-btn__text"><div class="sc-d6e5cbc6-1 bwLFNl"><div class="sc-d6e5cbc6-2 hNFdMr">Add to Watchlist</div><div class="sc-d6e5cbc6-3 fddJeC">Added by 1.9M users</div></div></div></button></div>
<div data-testid="reviewContent-all-reviews" class="sc-ee64acb1-0 hTmXvD"><ul class="ipc-inline-list sc-b782d6b9-0 fFmIPg baseAlt" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a class="isReview" href="/title/{TT}/reviews/?ref_=tt_ov_urv"><span class="three-Elements"><span class="score">4.5K</span><span class="label">User reviews</span></span></a></li><li role="presentation" class="ipc-inline-list__item"><a class="isReview" href="/title/{TT}/externalreviews/?ref_=tt_ov_crv"><span class="three-Elements"><span class="score">512</span><span class="label">Critic reviews</span></span></a></li><li role="presentation" class="ipc-inline-list__item"><a class="isReview" href="/title/{TT}/criticreviews/?ref_=tt_ov_msc"><span class="three-Elements"><span class="score"><span class="sc-b0901df4-0 bXIOoL metacritic-score-box" style="background-color:#54A72A">{f["metascore"]}</span></span><span class="label"><span class="metacritic-score-label">Metascore</span></span></span></a></li></ul></div></div></section></div>
<div class="sc-70a366cc-4 gpdsCD">{_principal_credits("title-pc-expanded")}</div>
<div data-testid="awards" class="sc-e6498a88-0 bHVkQS"><ul class="ipc-metadata-list ipc-metadata-list--dividers-none sc-e6498a88-1 ipc-metadata-list--base" role="presentation"><li role="presentation" class="ipc-metadata-list__item ipc-metadata-list__item--align-end ipc-metadata-list-item--link" data-testid="award_information"><a class="ipc-metadata-list-item__label ipc-metadata-list-item__label--link" href="/title/{TT}/awards/?ref_=tt_awd">Won 2 Oscars</a><div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list ipc-inline-list--show-dividers ipc-inline-list--inline ipc-metadata-list-item__list-content base" role="presentation"><li role="presentation" class="ipc-inline-list__item"><span class="ipc-metadata-list-item__list-content-item">94 wins &amp; 211 nominations total</span></li></ul></div></li></ul></div>
</div></div></section>
<div class="ipc-page-content-container ipc-page-content-container--center sc-b8d7bdc5-1 gjFNjY"><div class="ipc-page-grid ipc-page-grid--bias-left"><div class="ipc-page-grid__item ipc-page-grid__item--span-2">
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="title-cast"><div class="ipc-title ipc-title--base ipc-title--section-title ipc-title--on-textPrimary"><hgroup><h3 class="ipc-title__text">Top cast<span class="ipc-title__sub-text" id="title-cast-count">99+</span></h3></hgroup><a class="ipc-title-link-wrapper" tabindex="0" aria-label="See full cast and crew" href="/title/{TT}/fullcredits/?ref_=tt_cst_sm"></a></div><div class="ipc-shoveler ipc-shoveler--base ipc-shoveler--page0 title-cast__grid"><div class="ipc-sub-grid ipc-sub-grid--page-span-2 ipc-sub-grid--wraps-at-above-l ipc-shoveler__grid">{cast}</div></div></section>
<div class="ad-container" data-testid="inline40-ad"><iframe title="Advertisement" name="inline40" class="ad-slot" width="0" height="0"></iframe><span class="ad-feedback">Ad</span></div>
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="MoreLikeThis"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">More like this</h3></hgroup></div><div class="ipc-shoveler ipc-shoveler--base ipc-shoveler--page0"><div class="ipc-sub-grid ipc-sub-grid--page-span-2 ipc-sub-grid--nowrap ipc-shoveler__grid">{more}</div></div></section>
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="Storyline"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">Storyline</h3></hgroup></div><div data-testid="storyline-plot-summary" class="sc-b7c53eda-0 dsdjMu"><div class="ipc-html-content ipc-html-content--base"><div class="ipc-html-content-inner-div" role="presentation">Years after the collapse of the outer colonies, salvage pilot Asha Roe takes one last job on the ore hauler Meridian, adrift for a decade. When its reactor wakes, the ship begins falling toward a dying star, and the only map out is locked inside the memories of a crew that is no longer there.<span style="white-space:pre"> — </span><span>Anonymous</span></div></div></div><div class="ipc-metadata-list-item__label" data-testid="storyline-taglines">Tagline</div><div>Every map remembers who drew it.</div></section>
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="Details"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">Details</h3></hgroup></div><ul class="ipc-metadata-list ipc-metadata-list--dividers-all ipc-metadata-list--base" role="presentation">{details}</ul></section>
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="BoxOffice"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">Box office</h3></hgroup></div><ul class="ipc-metadata-list ipc-metadata-list--dividers-none ipc-metadata-list--compact ipc-metadata-list--base" role="presentation"><li role="presentation" class="ipc-metadata-list__item" data-testid="title-boxoffice-budget"><span class="ipc-metadata-list-item__label">Budget</span><div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list" role="presentation"><li role="presentation" class="ipc-inline-list__item"><span class="ipc-metadata-list-item__list-content-item">$160,000,000 (estimated)</span></li></ul></div></li><li role="presentation" class="ipc-metadata-list__item" data-testid="title-boxoffice-cumulativeworldwidegross"><span class="ipc-metadata-list-item__label">Gross worldwide</span><div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list" role="presentation"><li role="presentation" class="ipc-inline-list__item"><span class="ipc-metadata-list-item__list-content-item">$812,447,391</span></li></ul></div></li></ul></section>
<section class="ipc-page-section ipc-page-section--base celwidget" data-testid="TechSpecs"><div class="ipc-title ipc-title--base ipc-title--section-title"><hgroup><h3 class="ipc-title__text">Technical specs</h3></hgroup></div><ul class="ipc-metadata-list ipc-metadata-list--dividers-none ipc-metadata-list--compact ipc-metadata-list--base" role="presentation"><li role="presentation" class="ipc-metadata-list__item" data-testid="title-techspec_runtime"><span class="ipc-metadata-list-item__label">Runtime</span><div class="ipc-metadata-list-item__content-container">2<!-- --> <!-- -->hours<!-- --> <!-- -->28<!-- --> <!-- -->minutes</div></li><li role="presentation" class="ipc-metadata-list__item" data-testid="title-techspec_color"><span class="ipc-metadata-list-item__label">Color</span><div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a class="ipc-metadata-list-item__list-content-item--link" href="/search/title/?colors=color&amp;ref_=tt_spec_att">Color</a></li></ul></div></li><li role="presentation" class="ipc-metadata-list__item" data-testid="title-techspec_soundmix"><span class="ipc-metadata-list-item__label">Sound mix</span><div class="ipc-metadata-list-item__content-container"><ul class="ipc-inline-list ipc-inline-list--show-dividers" role="presentation"><li role="presentation" class="ipc-inline-list__item">Dolby Atmos</li><li role="presentation" class="ipc-inline-list__item">IMAX 6-Track</li></ul></div></li></ul></section>
</div><div class="ipc-page-grid__item ipc-page-grid__item--span-1"><div class="ad-container" data-testid="top_rhs-ad"><iframe title="Advertisement" name="top_rhs" class="ad-slot" width="300" height="250"></iframe></div><section class="ipc-page-section ipc-page-section--base" data-testid="right-rail-more-to-explore"><div class="ipc-title"><hgroup><h3 class="ipc-title__text">More to explore</h3></hgroup></div><div class="ipc-slate-card"><a href="/list/ls000039812/?ref_=tt_mte_1" class="ipc-slate-card__title"><span class="ipc-slate-card__title-text">Staff Picks: What to Watch in March</span></a></div></section></div></div></div>
<footer class="imdb-footer ipc-page-content-container ipc-page-content-container--center"><div class="imdb-footer__links"><ul class="ipc-inline-list ipc-inline-list--show-dividers" role="presentation"><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--baseAlt" href="https://help.cinedex.test/?ref_=ft_hlp">Help</a></li><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--baseAlt" href="/conditions?ref_=ft_cou">Conditions of Use</a></li><li role="presentation" class="ipc-inline-list__item"><a class="ipc-link ipc-link--baseAlt" href="/privacy?ref_=ft_pvc">Privacy Policy</a></li></ul></div><p class="imdb-footer__copyright">© 1990-2025 by Cinedex.com, Inc.</p></footer>
</div></main></div>
<script id="__NEXT_DATA__" type="application/json">{_ld(next_data)}</script>
</body></html>"""


@eighth_b
def build_cinedex() -> None:
    s = Site(
        "cinedex",
        kind="detail page (IMDb title: partial JSON-LD Movie, hero inline list, rating bar, interest chips, principal credits)",
        start=f"title/{TT}/",
        description="An IMDb title page: a JSON-LD Movie with only name, date, rating, genres and director; the hero's year / certificate / '2h 28m' list, '8.8/10' and '2.5M', interest chips, the plot three times, Director / Writers / Stars credits twice, Metascore; Top cast, 'More like this' posters with ratings, Details, Box office, Technical specs, __NEXT_DATA__.",
    )
    s.list_page(f"title/{TT}/index.html", _cinedex_page())
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>Cinedex</title></head><body><main><h1>Cinedex</h1><p><a href="/title/{TT}/">{FILM["title"]}</a></p></main></body></html>',
    )
    s.expect(dict(FILM))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# harrowfield-council: a district council's planning applications on Drupal 10, a View in *fields*
# row style: div.view-content > div.views-row > div.views-field.views-field-… with span/div
# .field-content; the title field links the site address, "Reference: " / "Ward: " / "Status: " /
# "Received: " / "Decision: " views labels (the decision date only on decided applications), the
# proposal as a trimmed body (two cut with "…"), dates as datetime fields (<time datetime="…T12:00:00Z">
# "4 Nov 2024"); above it an exposed filter form whose selects list every ward and status, a
# "Showing 1 to 10 of 26 applications" header; below, Drupal's zero-based full pager (?page=1 is the
# second page; "First", "Previous", "Next ›", "Last »"; ?page=0 is a second address of page 1), an
# RSS feed icon; around it LocalGov-like chrome: an alert banner, a service menu sidebar, "Was this
# page helpful?", a cookie-compliance popup, drupalSettings JSON and a footer.
# ---------------------------------------------------------------------------------------------------

# (reference, site address, proposal, ward, status, received, decision date or None)
PLANNING: list[tuple[str, str, str, str, str, date, date | None]] = [
    (
        "25/00071/HOU",
        "14 Mill Lane, Harrowfield, HF4 7QT",
        "Single-storey rear extension and loft conversion with rear dormer window.",
        "Riverside",
        "Awaiting decision",
        date(2025, 1, 20),
        None,
    ),
    (
        "25/00064/FUL",
        "Land Adjacent to 3 Orchard Close, Little Benning, HF8 2LD",
        "Erection of one detached two-storey dwelling with associated parking and landscaping.",
        "Westfield",
        "Awaiting decision",
        date(2025, 1, 17),
        None,
    ),
    (
        "25/00058/TPO",
        "The Old Rectory, Church Street, Harrowfield, HF1 3AB",
        "Crown reduction by 2m of one Beech tree (T3) protected by TPO 14/1998.",
        "St Mary's",
        "Approved",
        date(2025, 1, 15),
        date(2025, 2, 3),
    ),
    (
        "25/00049/ADV",
        "Unit 4, Castle Retail Park, Harrowfield, HF2 9XY",
        "Display of two internally illuminated fascia signs and one totem sign.",
        "Castle",
        "Awaiting decision",
        date(2025, 1, 13),
        None,
    ),
    (
        "25/00041/LBC",
        "Harrowfield Corn Exchange, Market Place, Harrowfield, HF1 1AA",
        "Listed building consent for replacement of rear sash windows like for like and repairs to the roof lantern.",
        "Abbey",
        "Awaiting decision",
        date(2025, 1, 10),
        None,
    ),
    (
        "25/00033/HOU",
        "27 Beacon Road, Northgate, HF3 5PW",
        "Two-storey side extension and single-storey front porch.",
        "Northgate",
        "Approved with conditions",
        date(2025, 1, 8),
        date(2025, 2, 28),
    ),
    (
        "25/00027/FUL",
        "Former Dairy Depot, Station Approach, Harrowfield, HF2 4EE",
        "Demolition of existing depot buildings and erection of 24 dwellings, including 8 affordable homes, with new access from Station Approach, public open space and sustainable drainage…",
        "Castle",
        "Awaiting decision",
        date(2025, 1, 6),
        None,
    ),
    (
        "25/00019/PRIOR",
        "Hollins Farm, Moor Lane, Little Benning, HF8 6RS",
        "Prior approval for change of use of agricultural building to one dwelling (Class Q).",
        "Westfield",
        "Refused",
        date(2025, 1, 3),
        date(2025, 2, 26),
    ),
    (
        "24/02211/HOU",
        "6 Willow Walk, Harrowfield, HF4 2NN",
        "Replacement of existing conservatory with a single-storey rear extension.",
        "Riverside",
        "Approved",
        date(2024, 12, 20),
        date(2025, 2, 11),
    ),
    (
        "24/02198/FUL",
        "The Crown Inn, 2 High Street, Harrowfield, HF1 2CD",
        "Change of use of first floor from public house accommodation to two flats.",
        "Abbey",
        "Withdrawn",
        date(2024, 12, 18),
        None,
    ),
    (
        "24/02183/HOU",
        "41 Kestrel Drive, Northgate, HF3 8JB",
        "Installation of air source heat pump to side elevation.",
        "Northgate",
        "Approved",
        date(2024, 12, 16),
        date(2025, 1, 30),
    ),
    (
        "24/02170/OUT",
        "Land North of Ridgeway Farm, Harrowfield, HF5 1TU",
        "Outline application for up to 120 dwellings with all matters reserved except access.",
        "Westfield",
        "Appeal lodged",
        date(2024, 12, 12),
        date(2025, 2, 20),
    ),
    (
        "24/02156/HOU",
        "9 St Mary's Close, Harrowfield, HF1 4GH",
        "Single-storey rear extension following demolition of existing outbuilding.",
        "St Mary's",
        "Approved with conditions",
        date(2024, 12, 10),
        date(2025, 1, 28),
    ),
    (
        "24/02141/FUL",
        "Riverside Surgery, Quay Street, Harrowfield, HF4 1QS",
        "Two-storey extension to provide four consulting rooms and a pharmacy, with alterations to the car park and cycle storage…",
        "Riverside",
        "Awaiting decision",
        date(2024, 12, 6),
        None,
    ),
    (
        "24/02133/TPO",
        "12 The Paddocks, Little Benning, HF8 3BZ",
        "Fell one Ash tree (T1) affected by ash dieback.",
        "Westfield",
        "Approved",
        date(2024, 12, 4),
        date(2025, 1, 9),
    ),
    (
        "24/02120/HOU",
        "88 Castle Hill, Harrowfield, HF2 2KL",
        "Raising of roof ridge height to form rooms in the roof with front and rear dormers.",
        "Castle",
        "Refused",
        date(2024, 12, 2),
        date(2025, 1, 24),
    ),
    (
        "24/02104/ADV",
        "Harrowfield Leisure Centre, Abbey Road, Harrowfield, HF1 6LC",
        "Display of one non-illuminated banner sign on the north elevation.",
        "Abbey",
        "Approved",
        date(2024, 11, 28),
        date(2025, 1, 14),
    ),
    (
        "24/02097/FUL",
        "Plot 2, Northgate Business Park, Harrowfield, HF3 9BP",
        "Erection of a storage and distribution unit (Use Class B8) with ancillary offices.",
        "Northgate",
        "Awaiting decision",
        date(2024, 11, 26),
        None,
    ),
    (
        "24/02085/HOU",
        "3 Quarry Cottages, Stone Lane, Little Benning, HF8 5QC",
        "Detached garden room in the rear garden.",
        "Westfield",
        "Approved",
        date(2024, 11, 22),
        date(2025, 1, 10),
    ),
    (
        "24/02072/LBC",
        "St Mary's Church Hall, Church Street, Harrowfield, HF1 3AD",
        "Internal alterations to form an accessible toilet and kitchen.",
        "St Mary's",
        "Approved with conditions",
        date(2024, 11, 20),
        date(2025, 1, 8),
    ),
    (
        "24/02061/HOU",
        "19 Heron Way, Harrowfield, HF4 6HW",
        "First floor rear extension over existing garage.",
        "Riverside",
        "Withdrawn",
        date(2024, 11, 18),
        None,
    ),
    (
        "24/02049/FUL",
        "Castle Garage, 1 Bridge Street, Harrowfield, HF2 1BS",
        "Change of use from vehicle repair garage to a café with outdoor seating.",
        "Castle",
        "Approved with conditions",
        date(2024, 11, 14),
        date(2025, 1, 6),
    ),
    (
        "24/02036/HOU",
        "52 Northgate Avenue, Northgate, HF3 2NA",
        "Dropped kerb and hardstanding for off-road parking.",
        "Northgate",
        "Approved",
        date(2024, 11, 12),
        date(2024, 12, 19),
    ),
    (
        "24/02022/PRIOR",
        "Telecoms Mast, Abbey Road Roundabout, Harrowfield, HF1 6RR",
        "Prior approval for a 20m telecommunications monopole with three equipment cabinets.",
        "Abbey",
        "Refused",
        date(2024, 11, 8),
        date(2024, 12, 30),
    ),
    (
        "24/02010/HOU",
        "7 Mill Lane, Harrowfield, HF4 7QS",
        "Replacement windows and front door in the conservation area.",
        "Riverside",
        "Approved",
        date(2024, 11, 6),
        date(2024, 12, 17),
    ),
    (
        "24/01998/FUL",
        "Westfield Primary School, School Lane, Harrowfield, HF5 3SL",
        "Erection of a single-storey modular classroom building for a temporary period of five years.",
        "Westfield",
        "Approved with conditions",
        date(2024, 11, 4),
        date(2024, 12, 23),
    ),
]
WARDS = {"Abbey": 41, "Castle": 42, "Northgate": 43, "Riverside": 44, "St Mary's": 45, "Westfield": 46}
STATUSES = ["Awaiting decision", "Approved", "Approved with conditions", "Refused", "Withdrawn", "Appeal lodged"]


def _day(day: date) -> str:
    """Drupal's "j M Y" date format: ``4 Nov 2024``."""
    return f"{day.day} {day:%b %Y}"


def _planning_slug(reference: str) -> str:
    return reference.replace("/", "-").lower()


def _planning_row(app: tuple[str, str, str, str, str, date, date | None]) -> str:
    ref, address, proposal, ward, status, received, decided = app
    decision = (
        f'\n  <div class="views-field views-field-field-decision-date"><span class="views-label views-label-field-decision-date">Decision: </span><div class="field-content"><time datetime="{decided.isoformat()}T12:00:00Z" class="datetime">{_day(decided)}</time>\n</div></div>'
        if decided
        else ""
    )
    return f"""<div class="views-row">
  <div class="views-field views-field-title"><span class="field-content"><a href="/planning/applications/{_planning_slug(ref)}" hreflang="en">{esc(address)}</a></span></div>
  <div class="views-field views-field-field-reference"><span class="views-label views-label-field-reference">Reference: </span><div class="field-content">{ref}</div></div>
  <div class="views-field views-field-body"><div class="field-content"><p>{esc(proposal)}</p></div></div>
  <div class="views-field views-field-field-ward"><span class="views-label views-label-field-ward">Ward: </span><div class="field-content"><a href="/taxonomy/term/{WARDS[ward]}" hreflang="en">{esc(ward)}</a></div></div>
  <div class="views-field views-field-field-application-status"><span class="views-label views-label-field-application-status">Status: </span><div class="field-content">{status}</div></div>
  <div class="views-field views-field-field-date-received"><span class="views-label views-label-field-date-received">Received: </span><div class="field-content"><time datetime="{received.isoformat()}T12:00:00Z" class="datetime">{_day(received)}</time>
</div></div>{decision}
</div>"""


def _drupal_pager(current: int, last: int) -> str:
    items = []
    if current > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Go to first page"><span class="visually-hidden">First page</span><span aria-hidden="true">« First</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={current - 1}" title="Go to previous page" rel="prev"><span class="visually-hidden">Previous page</span><span aria-hidden="true">‹ Previous</span></a></li>'
        )
    for page in range(last + 1):
        if page == current:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={page}" title="Current page" aria-current="page"><span class="visually-hidden">\n              Current page\n            </span>{page + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={page}" title="Go to page {page + 1}"><span class="visually-hidden">\n              Page\n            </span>{page + 1}</a></li>'
            )
    if current < last:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={current + 1}" title="Go to next page" rel="next"><span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={last}" title="Go to last page"><span class="visually-hidden">Last page</span><span aria-hidden="true">Last »</span></a></li>'
        )
    joined = "\n      ".join(items)
    return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
    <ul class="pager__items js-pager__items">
      {joined}
    </ul>
  </nav>"""


def _planning_page(
    current: int, last: int, apps: list[tuple[str, str, str, str, str, date, date | None]], first: int, total: int
) -> str:
    rows = "\n".join(_planning_row(a) for a in apps)
    ward_options = "".join(f'<option value="{tid}">{esc(name)}</option>' for name, tid in WARDS.items())
    status_options = "".join(f'<option value="{s.lower().replace(" ", "_")}">{s}</option>' for s in STATUSES)
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": "planning/applications",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "en",
            "currentQuery": {"page": str(current)} if current else [],
        },
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "eu_cookie_compliance": {
            "cookie_policy_version": "1.0.0",
            "popup_enabled": True,
            "popup_agreed_enabled": False,
            "popup_position": False,
            "fixed_top_position": True,
            "cookie_name": "",
            "method": "categories",
        },
        "views": {
            "ajax_path": "/views/ajax",
            "ajaxViews": {
                "views_dom_id:5b0d9c8e2f1a7c43e6b9a0d2f8c1e7a4b3d6f9e2c5a8b1d4e7f0a3c6b9d2e5f8": {
                    "view_name": "planning_applications",
                    "view_display_id": "page_1",
                    "view_args": "",
                    "view_path": "/planning/applications",
                    "view_base_path": "planning/applications",
                    "view_dom_id": "5b0d9c8e2f1a7c43e6b9a0d2f8c1e7a4b3d6f9e2c5a8b1d4e7f0a3c6b9d2e5f8",
                    "pager_element": 0,
                }
            },
        },
        "user": {"uid": 0, "permissionsHash": "9f3c1b7e0d2a4c6e8f1b3d5a7c9e0f2b4d6a8c1e3f5b7d9a0c2e4f6b8d1a3c5e"},
    }
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<noscript><style>form.antibot * :not(.antibot-message) {{ display: none !important; }}</style></noscript>
<link rel="canonical" href="https://www.harrowfield.gov.test/planning/applications" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/harrowfield/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>Planning applications | Harrowfield District Council</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qd8Jk2mT0rXvB4yN7pL1sW6eH9cA3fG5iU0oZ2nE8k.css?delta=0&amp;language=en&amp;theme=harrowfield&amp;include=eJx1jEEOwjAMBD_kkidZXtekqRw7igui3xcViqu3A" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="path-planning page-view-planning-applications">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>

      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="page-wrapper">
  <header class="site-header" role="banner">
    <div class="region region-header">
      <div id="block-harrowfield-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/harrowfield/logo.svg" alt="Home" fetchpriority="high" /></a><div class="site-name"><a href="/" rel="home">Harrowfield District Council</a></div></div>
      <div class="views-exposed-form block block-views block-views-exposed-filter-blocksitewide-search-page-1" data-drupal-selector="views-exposed-form-sitewide-search-page-1" id="block-harrowfield-sitewide-search"><form action="/search" method="get" id="views-exposed-form-sitewide-search-page-1" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search-api-autocomplete form-item-s js-form-item-s form-no-label"><label for="edit-s" class="visually-hidden">Search</label><input placeholder="Search this site" data-drupal-selector="edit-s" type="text" id="edit-s" name="s" value="" size="30" maxlength="128" class="form-text" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit-sitewide-search" type="submit" id="edit-submit-sitewide-search" value="Search" class="button js-form-submit form-submit" /></div></form></div>
      <nav role="navigation" aria-labelledby="block-harrowfield-main-menu-menu" id="block-harrowfield-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-harrowfield-main-menu-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/bins-and-recycling" data-drupal-link-system-path="node/112">Bins and recycling</a></li><li class="menu-item"><a href="/council-tax" data-drupal-link-system-path="node/87">Council tax</a></li><li class="menu-item menu-item--active-trail"><a href="/planning" data-drupal-link-system-path="node/204">Planning and building control</a></li><li class="menu-item"><a href="/housing" data-drupal-link-system-path="node/95">Housing</a></li><li class="menu-item"><a href="/parking" data-drupal-link-system-path="node/133">Parking and travel</a></li></ul></nav>
    </div>
  </header>
  <div class="region region-alert"><div class="localgov-alert-banner localgov-alert-banner--minor" role="alert" data-dismiss-alert-token="a1b2c3"><div class="localgov-alert-banner__content"><h2 class="localgov-alert-banner__title">Christmas bin collections</h2><p>Collections after Christmas Day move by one day. <a href="/bins-and-recycling/christmas">Check your new collection day</a>.</p></div><button class="js-localgov-alert-banner__close localgov-alert-banner__close" aria-label="Hide alert">Hide</button></div></div>
  <div class="region region-breadcrumb"><div id="block-harrowfield-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/planning">Planning and building control</a></li><li>Planning applications</li></ol></nav></div></div>
  <main role="main" class="main-content">
    <a id="main-content" tabindex="-1"></a>
    <div class="layout-content">
      <div class="region region-content">
        <div data-drupal-messages-fallback class="hidden"></div>
        <div id="block-harrowfield-page-title" class="block block-core block-page-title-block"><h1 class="page-title">Planning applications</h1></div>
        <div id="block-harrowfield-content" class="block block-system block-system-main-block">
          <div class="views-element-container"><div class="view view-planning-applications view-id-planning_applications view-display-id-page_1 js-view-dom-id-5b0d9c8e2f1a7c43e6b9a0d2f8c1e7a4b3d6f9e2c5a8b1d4e7f0a3c6b9d2e5f8">
  <div class="view-filters">
      <form class="views-exposed-form" data-drupal-selector="views-exposed-form-planning-applications-page-1" action="/planning/applications" method="get" id="views-exposed-form-planning-applications-page-1" accept-charset="UTF-8">
  <div class="form--inline clearfix">
  <div class="js-form-item form-item js-form-type-textfield form-item-search js-form-item-search">
      <label for="edit-search">Reference, address or keyword</label>
        <input data-drupal-selector="edit-search" type="text" id="edit-search" name="search" value="" size="30" maxlength="128" class="form-text" />
        </div>
<div class="js-form-item form-item js-form-type-select form-item-ward js-form-item-ward">
      <label for="edit-ward">Ward</label>
        <select data-drupal-selector="edit-ward" id="edit-ward" name="ward" class="form-select"><option value="All" selected="selected">- Any -</option>{ward_options}</select>
        </div>
<div class="js-form-item form-item js-form-type-select form-item-status js-form-item-status">
      <label for="edit-status">Status</label>
        <select data-drupal-selector="edit-status" id="edit-status" name="status" class="form-select"><option value="All" selected="selected">- Any -</option>{status_options}</select>
        </div>
<fieldset data-drupal-selector="edit-received-wrapper" id="edit-received-wrapper--wrapper" class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper">
      <legend><span class="fieldset-legend">Received between</span></legend>
  <div class="fieldset-wrapper"><div class="js-form-item form-item js-form-type-date form-item-received-min js-form-item-received-min"><label for="edit-received-min">From</label><input type="date" data-drupal-selector="edit-received-min" id="edit-received-min" name="received[min]" value="" class="form-date" /></div><div class="js-form-item form-item js-form-type-date form-item-received-max js-form-item-received-max"><label for="edit-received-max">To</label><input type="date" data-drupal-selector="edit-received-max" id="edit-received-max" name="received[max]" value="" class="form-date" /></div></div>
</fieldset>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-planning-applications" type="submit" id="edit-submit-planning-applications" value="Apply" class="button js-form-submit form-submit" />
<input data-drupal-selector="edit-reset" type="submit" id="edit-reset" name="op" value="Reset" class="button js-form-submit form-submit" />
</div>
</div>
</form>
    </div>
      <div class="view-header">
      <p>Showing {first} to {first + len(apps) - 1} of {total} applications</p>
    </div>
      <div class="view-content">
{rows}
    </div>
    {_drupal_pager(current, last)}
            <div class="feed-icons">
      <a href="/planning/applications/rss.xml" class="feed-icon">
  Subscribe to Planning applications
</a>

    </div>
  </div>
</div>
        </div>
        <div id="block-harrowfield-helpful" class="block block-localgov-page-feedback"><form class="page-feedback" action="/feedback" method="post"><fieldset><legend>Was this page helpful?</legend><input type="radio" id="helpful-yes" name="helpful" value="yes" /><label for="helpful-yes">Yes</label><input type="radio" id="helpful-no" name="helpful" value="no" /><label for="helpful-no">No</label></fieldset><input type="submit" value="Send" class="button" /></form></div>
      </div>
    </div>
    <aside class="layout-sidebar-second" role="complementary">
      <div class="region region-sidebar-second">
        <nav role="navigation" aria-labelledby="block-harrowfield-planning-menu-menu" id="block-harrowfield-planning-menu" class="block block-menu navigation menu--planning"><h2 id="block-harrowfield-planning-menu-menu">Planning</h2><ul class="menu"><li class="menu-item"><a href="/planning/apply">Apply for planning permission</a></li><li class="menu-item menu-item--active-trail"><a href="/planning/applications" class="is-active" aria-current="page">Planning applications</a></li><li class="menu-item"><a href="/planning/comment">Comment on an application</a></li><li class="menu-item"><a href="/planning/appeals">Planning appeals</a></li><li class="menu-item"><a href="/planning/local-plan">Local Plan 2020 to 2040</a></li><li class="menu-item"><a href="/planning/enforcement">Report a breach of planning control</a></li></ul></nav>
        <div id="block-harrowfield-weekly-list" class="block block-block-content"><h2>Weekly lists</h2><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Every Monday we publish the applications received and decided in the previous week. <a href="/media/4471/download?inline">Weekly list w/c 13 January 2025 (PDF, 182 KB)</a></p></div></div>
      </div>
    </aside>
  </main>
  <footer class="site-footer" role="contentinfo"><div class="region region-footer"><nav role="navigation" aria-labelledby="block-harrowfield-footer-menu" id="block-harrowfield-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-harrowfield-footer-menu">Footer</h2><ul class="menu"><li class="menu-item"><a href="/accessibility-statement">Accessibility statement</a></li><li class="menu-item"><a href="/privacy">Privacy notice</a></li><li class="menu-item"><a href="/cookies">Cookies</a></li><li class="menu-item"><a href="/contact-us">Contact us</a></li></ul></nav><p class="copyright">© Harrowfield District Council 2025</p></div></footer>
</div>

  </div>

    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-popup" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--categories"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking any link on this page you are giving your consent for us to set cookies.</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div><div id="eu-cookie-compliance-categories" class="eu-cookie-compliance-categories"><div class="eu-cookie-compliance-category"><input type="checkbox" name="cookie-categories" class="eu-cookie-compliance-category-checkbox" id="cookie-category-essential" value="essential" checked disabled><label for="cookie-category-essential">Essential</label><div class="eu-cookie-compliance-category-description">Needed for the site to work.</div></div><div class="eu-cookie-compliance-category"><input type="checkbox" name="cookie-categories" class="eu-cookie-compliance-category-checkbox" id="cookie-category-analytics" value="analytics"><label for="cookie-category-analytics">Analytics</label><div class="eu-cookie-compliance-category-description">Help us improve the website.</div></div></div><div id="popup-buttons" class="eu-cookie-compliance-buttons eu-cookie-compliance-has-categories"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button><button type="button" class="eu-cookie-compliance-save-preferences-button">Save preferences</button><button type="button" class="decline-button eu-cookie-compliance-default-button">Reject optional cookies</button></div></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{_ld(settings)}</script>
<script src="/sites/default/files/js/js_x7B2dN9kQ4rT1vY6mP0sW3eH8cA5fG2iU7oZ1nE4k.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=harrowfield&amp;include=eJx1jEEOwjAMBD_kkidZXtekqRw7igui3xcViqu3A"></script>
  </body>
</html>"""


@eighth_b
def build_harrowfield_council() -> None:
    s = Site(
        "harrowfield-council",
        kind="planning applications (Drupal 10 Views fields, zero-based ?page=N pager)",
        start="planning/applications/",
        description="A district council's planning applications: a Drupal 10 View in fields row style (views-row > views-field-* > field-content) with views labels, datetime fields, a trimmed body, a decision date on decided applications only; an exposed filter form listing every ward and status, a zero-based ?page=N full pager with First/Previous/Next/Last, LocalGov-like chrome.",
    )
    pages = chunks(PLANNING, [10, 10, 6])
    last = len(pages) - 1
    first = 1
    for number, apps in enumerate(pages):
        text = _planning_page(number, last, apps, first, len(PLANNING))
        s.list_page(
            "planning/applications/index.html" if number == 0 else f"planning/applications/@page={number}", text
        )
        if number == 0:  # Drupal answers ?page=0 (the "First" and "1" links) with page 1
            s.write("planning/applications/@page=0", text)
        first += len(apps)
    for ref, address, proposal, ward, status, received, decided in PLANNING:
        s.expect(
            {
                "title": address,
                "url": f"/planning/applications/{_planning_slug(ref)}",
                "reference": ref,
                "proposal": proposal,
                "ward": ward,
                "status": status,
                "date": received.isoformat(),
                "decision_date": decided.isoformat() if decided else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lanternhouse: a Shopify (Dawn-based) collection with a "Load more" button instead of pagination.
# The first 12 products are server-rendered Dawn cards (card-wrapper > card > card__content, the title
# link /products/<handle>, a visually-hidden "Vendor:" before the vendor, price__sale with "Sale
# price" / "Regular price" screen-reader labels and a struck compare-at price, "From $…" on products
# whose variants differ, "Sold out" badges); the button carries data-next-url
# "/collections/lamps/products.json?limit=12&page=2" and a theme asset fetches Shopify's public
# products.json (no links: only handle; vendor; variants[0].price as a string "49.00";
# compare_at_price; images[0].src on the CDN) and renders more cards, bumping page until a short
# page; ?page=4 answers {"products": []}. Around it: an announcement bar, a header with a country /
# currency selector, facets (availability, price range, product type, vendor with counts), a sort
# select, the ShopifyAnalytics meta blob with prices in cents, a newsletter block and the footer.
# ---------------------------------------------------------------------------------------------------

# (title, vendor, product type, price, compare-at or None, other variant (title, price) or None, sold out)
LAMPS: list[tuple[str, str, str, float, float | None, tuple[str, float] | None, bool]] = [
    ("Orbit Brass Table Lamp", "Ferro Studio", "Table Lamp", 149.00, None, None, False),
    ("Linen Drum Floor Lamp", "Hale & Wick", "Floor Lamp", 219.00, 259.00, None, False),
    ("Mushroom Glass Lamp", "Norrland Light", "Table Lamp", 89.00, None, ("Large", 129.00), False),
    ("Arc Marble Floor Lamp", "Ferro Studio", "Floor Lamp", 389.00, None, None, False),
    ("Pleat Ceramic Table Lamp", "Oakum", "Table Lamp", 119.00, 139.00, None, False),
    ("Swing Arm Wall Sconce", "Hale & Wick", "Wall Light", 95.00, None, ("Pair", 180.00), False),
    ("Globe Opal Pendant", "Pellucid", "Pendant", 135.00, None, None, True),
    ("Cordless Rechargeable Mini Lamp", "Norrland Light", "Table Lamp", 59.00, None, None, False),
    ("Rattan Cone Pendant", "Tallow Co.", "Pendant", 112.00, 149.00, None, False),
    ("Anglepoised Desk Lamp", "Ferro Studio", "Desk Lamp", 165.00, None, None, False),
    ("Tripod Walnut Floor Lamp", "Oakum", "Floor Lamp", 245.00, None, None, False),
    ("Fluted Alabaster Sconce", "Pellucid", "Wall Light", 178.00, None, None, False),
    ("Bauhaus Mushroom Lamp", "Norrland Light", "Table Lamp", 129.00, None, None, False),
    ("Paper Lantern Pendant 60cm", "Tallow Co.", "Pendant", 48.00, None, ("80cm", 64.00), False),
    ("Smoked Glass Bedside Lamp", "Pellucid", "Table Lamp", 76.00, 95.00, None, False),
    ("Industrial Cage Pendant", "Hale & Wick", "Pendant", 69.00, None, None, False),
    ("Stone Base Task Lamp", "Oakum", "Desk Lamp", 139.00, None, None, True),
    ("Pleated Silk Floor Lamp", "Hale & Wick", "Floor Lamp", 298.00, None, None, False),
    ("Twin Globe Wall Light", "Pellucid", "Wall Light", 154.00, None, None, False),
    ("Woven Seagrass Table Lamp", "Tallow Co.", "Table Lamp", 84.00, 105.00, None, False),
    ("Chrome Dome Desk Lamp", "Ferro Studio", "Desk Lamp", 99.00, None, None, False),
    ("Portable Lantern Lamp", "Norrland Light", "Table Lamp", 72.00, None, ("Set of 2", 132.00), False),
    ("Ribbed Amber Pendant", "Pellucid", "Pendant", 126.00, None, None, False),
    ("Oak Stick Floor Lamp", "Oakum", "Floor Lamp", 210.00, 240.00, None, False),
    ("Picture Light Brass 40cm", "Ferro Studio", "Wall Light", 88.00, None, None, False),
    ("Clay Cylinder Lamp", "Tallow Co.", "Table Lamp", 66.00, None, None, False),
    ("Opal Tube Wall Light", "Norrland Light", "Wall Light", 118.00, None, None, True),
    ("Scalloped Shade Table Lamp", "Hale & Wick", "Table Lamp", 142.00, None, None, False),
    ("Cluster Bubble Chandelier", "Pellucid", "Pendant", 465.00, 545.00, None, False),
    ("Travertine Column Lamp", "Oakum", "Table Lamp", 320.00, None, None, False),
]
LAMP_PAGE = 12


def _handle(title: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in title.lower()).replace("--", "-").strip("-")


def _lamp_id(index: int) -> int:
    return 8_012_447_391_000 + index * 173


def _lamp_image(index: int, title: str) -> str:
    return f"https://cdn.shopify.com/s/files/1/0634/5521/8371/files/{_handle(title)}-1.jpg?v={1726150000 + index * 911}"


def _dawn_lamp_card(index: int, lamp: tuple[str, str, str, float, float | None, tuple[str, float] | None, bool]) -> str:
    title, vendor, _kind, price, was, other, sold_out = lamp
    handle = _handle(title)
    pid = _lamp_id(index)
    img = f"//lanternhouse.test/cdn/shop/files/{handle}-1.jpg?v={1726150000 + index * 911}"
    shown = f"From {money(price)}" if other else money(price)
    if was:
        price_html = f"""<div class="price  price--on-sale ">
  <div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">{shown}</span></div>
    <div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular">{money(was)}</s></span><span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">{shown}</span></div>
    <small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span><span class="price-item price-item--last"><span></span><span aria-hidden="true">/</span><span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div>
</div>"""
    else:
        price_html = f"""<div class="price {"price--sold-out " if sold_out else ""}">
  <div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span><span class="price-item price-item--regular">{shown}</span></div>
    <div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span><s class="price-item price-item--regular"></s></span><span class="visually-hidden visually-hidden--inline">Sale price</span><span class="price-item price-item--sale price-item--last">{shown}</span></div>
    <small class="unit-price caption hidden"><span class="visually-hidden">Unit price</span><span class="price-item price-item--last"><span></span><span aria-hidden="true">/</span><span class="visually-hidden">&nbsp;per&nbsp;</span><span></span></span></small></div>
</div>"""
    badge = (
        f'<div class="card__badge bottom left"><span id="NoMediaStandardBadge-template--2271__product-grid-{pid}" class="badge badge--bottom-left color-scheme-3">Sold out</span></div>'
        if sold_out
        else (
            f'<div class="card__badge bottom left"><span id="NoMediaStandardBadge-template--2271__product-grid-{pid}" class="badge badge--bottom-left color-scheme-4">Sale</span></div>'
            if was
            else ""
        )
    )
    button = (
        f'<button id="quick-add-template--2271__product-grid{pid}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog" disabled>Sold out</button>'
        if sold_out
        else (
            f'<modal-opener data-modal="#QuickAdd-{pid}"><button id="{pid}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog" data-product-url="/products/{handle}">Choose options</button></modal-opener>'
            if other
            else f'<button id="quick-add-template--2271__product-grid{pid}-submit" type="submit" name="add" class="quick-add__submit button button--full-width button--secondary" aria-haspopup="dialog" aria-labelledby="quick-add-template--2271__product-grid{pid}-submit title-template--2271__product-grid-{pid}"><span>Add to cart</span><div class="loading__spinner hidden"><svg class="spinner" viewBox="0 0 66 66" xmlns="http://www.w3.org/2000/svg"><circle stroke-width="6" cx="33" cy="33" r="30" fill="none" class="path"></circle></svg></div></button>'
        )
    )
    return f"""<li class="grid__item scroll-trigger animate--slide-in" data-cascade style="--animation-order: {index + 1};">
<div class="card-wrapper product-card-wrapper underline-links-hover">
    <div class="card card--standard card--media" style="--ratio-percent: 125.0%;">
      <div class="card__inner color-scheme-2 gradient ratio" style="--ratio-percent: 125.0%;">
          <div class="card__media"><div class="media media--transparent media--hover-effect"><img srcset="{img}&amp;width=165 165w, {img}&amp;width=360 360w, {img}&amp;width=533 533w, {img}&amp;width=720 720w" src="{img}&amp;width=533" sizes="(min-width: 1200px) 267px, (min-width: 990px) calc((100vw - 130px) / 4), (min-width: 750px) calc((100vw - 120px) / 3), calc((100vw - 35px) / 2)" alt="{esc(title)}" class="motion-reduce" loading="lazy" width="1600" height="2000"></div></div>
        <div class="card__content"><div class="card__information"><h3 class="card__heading"><a href="/products/{handle}" id="StandardCardNoMediaLink-template--2271__product-grid-{pid}" class="full-unstyled-link" aria-labelledby="StandardCardNoMediaLink-template--2271__product-grid-{pid} NoMediaStandardBadge-template--2271__product-grid-{pid}">{esc(title)}</a></h3></div><div class="card__badge bottom left"></div></div>
      </div>
      <div class="card__content">
        <div class="card__information">
          <h3 class="card__heading h5" id="title-template--2271__product-grid-{pid}"><a href="/products/{handle}" id="CardLink-template--2271__product-grid-{pid}" class="full-unstyled-link" aria-labelledby="CardLink-template--2271__product-grid-{pid} Badge-template--2271__product-grid-{pid}">{esc(title)}</a></h3>
          <div class="card-information"><span class="visually-hidden">Vendor:</span>
              <div class="caption-with-letter-spacing light">{esc(vendor)}</div>
            <span class="caption-large light"></span>
{price_html}
          </div>
        </div>
        <div class="quick-add no-js-hidden"><product-form data-section-id="template--2271__product-grid"><form method="post" action="/cart/add" id="quick-add-template--2271__product-grid{pid}" accept-charset="UTF-8" class="form" enctype="multipart/form-data" novalidate="novalidate" data-type="add-to-cart-form"><input type="hidden" name="form_type" value="product"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="id" value="{pid + 41}" class="product-variant-id">{button}</form></product-form></div>
        {badge}
      </div>
    </div>
  </div>
</li>"""


def _lamp_json(
    index: int, lamp: tuple[str, str, str, float, float | None, tuple[str, float] | None, bool]
) -> dict[str, Any]:
    title, vendor, kind, price, was, other, sold_out = lamp
    pid = _lamp_id(index)
    stamp = f"2024-{9 + index % 3:02d}-{10 + index % 17:02d}T10:{index % 60:02d}:37-04:00"
    first_title = {"Large": "Small", "80cm": "60cm"}.get(other[0], "Single") if other else "Default Title"
    variants = [
        {
            "id": pid + 41,
            "title": first_title,
            "option1": first_title,
            "option2": None,
            "option3": None,
            "sku": f"LH-{pid % 100000:05d}-1",
            "requires_shipping": True,
            "taxable": True,
            "featured_image": None,
            "available": not sold_out,
            "price": f"{price:.2f}",
            "grams": 2400,
            "compare_at_price": f"{was:.2f}" if was else None,
            "position": 1,
            "product_id": pid,
            "created_at": stamp,
            "updated_at": stamp,
        }
    ]
    if other:
        variants.append(
            {
                **variants[0],
                "id": pid + 42,
                "title": other[0],
                "option1": other[0],
                "sku": f"LH-{pid % 100000:05d}-2",
                "price": f"{other[1]:.2f}",
                "position": 2,
            }
        )
    return {
        "id": pid,
        "title": title,
        "handle": _handle(title),
        "body_html": f"<p>The {esc(title.lower())} by {esc(vendor)}: hand-finished, supplied with a 2 m braided flex and an E27 bulb holder.</p>",
        "published_at": stamp,
        "created_at": stamp,
        "updated_at": stamp,
        "vendor": vendor,
        "product_type": kind,
        "tags": [kind.split()[0].lower(), "lighting", "new-in" if index > 24 else "core"],
        "variants": variants,
        "images": [
            {
                "id": pid + 900,
                "created_at": stamp,
                "position": 1,
                "updated_at": stamp,
                "product_id": pid,
                "variant_ids": [],
                "src": _lamp_image(index, title),
                "width": 1600,
                "height": 2000,
            }
        ],
        "options": [{"name": "Size" if other else "Title", "position": 1, "values": [v["title"] for v in variants]}],
    }


LOAD_MORE_JS = """class CollectionLoadMore extends HTMLElement {
  constructor() {
    super();
    this.button = this.querySelector('[data-next-url]');
    this.grid = document.getElementById('product-grid');
    this.button.addEventListener('click', this.onClick.bind(this));
  }

  async onClick() {
    const url = this.button.dataset.nextUrl;
    this.button.setAttribute('aria-busy', 'true');
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const { products } = await response.json();
    products.forEach((product) => this.grid.insertAdjacentHTML('beforeend', this.card(product)));
    const shown = this.grid.children.length;
    this.querySelector('[data-count]').textContent = shown;
    if (products.length < Number(this.button.dataset.pageSize)) {
      this.button.remove();
      return;
    }
    const next = new URL(url, window.location.origin);
    next.searchParams.set('page', Number(next.searchParams.get('page')) + 1);
    this.button.dataset.nextUrl = next.pathname + next.search;
    this.button.removeAttribute('aria-busy');
  }

  money(amount) {
    return Shopify.currency.active === 'USD' ? '$' + amount : amount + ' ' + Shopify.currency.active;
  }

  card(product) {
    const variant = product.variants[0];
    const varies = product.variants.some((v) => v.price !== variant.price);
    const price = (varies ? 'From ' : '') + this.money(variant.price);
    const sale = variant.compare_at_price && Number(variant.compare_at_price) > Number(variant.price);
    const image = product.images[0] ? product.images[0].src : '';
    return `<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media">
      <div class="card__inner ratio"><div class="card__media"><div class="media media--transparent"><img src="${image}&width=533" alt="${product.title}" loading="lazy" width="1600" height="2000"></div></div></div>
      <div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/${product.handle}" class="full-unstyled-link">${product.title}</a></h3>
      <div class="card-information"><span class="visually-hidden">Vendor:</span><div class="caption-with-letter-spacing light">${product.vendor}</div>
      <div class="price ${sale ? 'price--on-sale' : ''}"><div class="price__container">${sale ? `<span class="visually-hidden">Regular price</span><s class="price-item price-item--regular">${this.money(variant.compare_at_price)}</s><span class="visually-hidden">Sale price</span><span class="price-item price-item--sale">${price}</span>` : `<span class="visually-hidden">Regular price</span><span class="price-item price-item--regular">${price}</span>`}</div></div>
      </div></div>${variant.available || product.variants.some((v) => v.available) ? '' : '<div class="card__badge bottom left"><span class="badge badge--bottom-left">Sold out</span></div>'}</div></div></div></li>`;
  }
}

customElements.define('collection-load-more', CollectionLoadMore);
"""


def _lanternhouse_page(first: list[tuple[str, str, str, float, float | None, tuple[str, float] | None, bool]]) -> str:
    cards = "\n".join(_dawn_lamp_card(i, lamp) for i, lamp in enumerate(first))
    vendors: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for _t, vendor, kind, *_ in LAMPS:
        vendors[vendor] = vendors.get(vendor, 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1

    def facet(name: str, param: str, counts: dict[str, int]) -> str:
        items = "".join(
            f'<li class="list-menu__item facets__item"><label for="Filter-{param}-{i}" class="facet-checkbox"><input type="checkbox" name="filter.p.{param}" value="{esc(value)}" id="Filter-{param}-{i}"><svg width="1.6rem" height="1.6rem" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect width="16" height="16" stroke="currentColor" fill="none" stroke-width="1"></rect></svg><svg aria-hidden="true" class="icon icon-checkmark" width="1.1rem" height="0.7rem" viewBox="0 0 11 7" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M1.5 3.5L2.83333 4.75L4.16667 6L9.5 1" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"></path></svg><span aria-hidden="true">{esc(value)} ({count})</span><span class="visually-hidden">{esc(value)} ({count} products)</span></label></li>'
            for i, (value, count) in enumerate(sorted(counts.items()), 1)
        )
        return f'<details id="Details-{param}-template--2271__product-grid" class="disclosure-has-popup facets__disclosure js-filter" data-index="{param}"><summary class="facets__summary caption-large focus-offset" aria-label="{name} (0 selected)"><div><span>{name}</span><svg aria-hidden="true" focusable="false" class="icon icon-caret" viewBox="0 0 10 6"><path fill-rule="evenodd" clip-rule="evenodd" d="M9.354.646a.5.5 0 00-.708 0L5 4.293 1.354.646a.5.5 0 00-.708.708l4 4a.5.5 0 00.708 0l4-4a.5.5 0 000-.708z" fill="currentColor"></path></svg></div></summary><div class="parent-display facets__display"><fieldset class="facets-wrap parent-wrap"><legend class="visually-hidden">{name}</legend><ul class="facets-layout facets-layout-list facets__list list-unstyled" role="list">{items}</ul></fieldset></div></details>'

    meta = {
        "products": [
            {
                "id": _lamp_id(i),
                "gid": f"gid://shopify/Product/{_lamp_id(i)}",
                "vendor": vendor,
                "type": kind,
                "variants": [
                    {
                        "id": _lamp_id(i) + 41,
                        "price": round(price * 100),
                        "name": title,
                        "public_title": None,
                        "sku": f"LH-{_lamp_id(i) % 100000:05d}-1",
                    }
                ],
            }
            for i, (title, vendor, kind, price, *_r) in enumerate(first)
        ],
        "page": {"pageType": "collection", "resourceType": "collection", "resourceId": 412118679771},
    }
    return f"""<!doctype html>
<html class="no-js" lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="https://lanternhouse.test/collections/lamps">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <title>Lamps &ndash; Lanternhouse</title>
    <meta name="description" content="Table, floor, desk and wall lamps from independent makers. Free UK and US delivery over $150.">
<meta property="og:site_name" content="Lanternhouse">
<meta property="og:url" content="https://lanternhouse.test/collections/lamps">
<meta property="og:title" content="Lamps">
<meta property="og:type" content="website">
    <script src="//lanternhouse.test/cdn/shop/t/12/assets/constants.js?v=132983761750457495441721924041" defer="defer"></script>
    <script src="//lanternhouse.test/cdn/shop/t/12/assets/pubsub.js?v=158357773527763999511721924041" defer="defer"></script>
    <script src="//lanternhouse.test/cdn/shop/t/12/assets/global.js?v=88558128918567037191721924041" defer="defer"></script>
    <script src="/cdn/shop/t/12/assets/collection-load-more.js?v=41722031894412" defer="defer"></script>
    <script>window.Shopify = window.Shopify || {{}};
Shopify.shop = "lanternhouse.myshopify.com";
Shopify.locale = "en";
Shopify.currency = {{"active":"USD","rate":"1.0"}};
Shopify.country = "US";
Shopify.theme = {{"name":"Dawn","id":139202052315,"schema_name":"Dawn","schema_version":"15.0.0","theme_store_id":887,"role":"main"}};
Shopify.routes = Shopify.routes || {{}};
Shopify.routes.root = "/";</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {{}};
window.ShopifyAnalytics.meta.currency = 'USD';
var meta = {_ld(meta)};
for (var attr in meta) {{
  window.ShopifyAnalytics.meta[attr] = meta[attr];
}}</script>
    <link href="//lanternhouse.test/cdn/shop/t/12/assets/base.css?v=144968985024194912401721924040" rel="stylesheet" type="text/css" media="all" />
    <link href="//lanternhouse.test/cdn/shop/t/12/assets/component-card.css?v=120341546515895839841721924040" rel="stylesheet" type="text/css" media="all" />
  </head>
  <body class="gradient animate--hover-default">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<!-- BEGIN sections: header-group -->
<div id="shopify-section-sections--2270__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5"><span>Free delivery on orders over $150 &middot; 30-day returns</span></p></div></div></div></div>
<div id="shopify-section-sections--2270__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">
<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container"><summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="Menu"><span><svg class="icon icon-hamburger" aria-hidden="true" focusable="false" viewBox="0 0 18 16"></svg></span></summary></details></header-drawer>
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><div class="header__heading-logo-wrapper"><img src="//lanternhouse.test/cdn/shop/files/lanternhouse-logo.svg?v=1713350042&amp;width=600" alt="Lanternhouse" width="160" height="40" class="header__heading-logo motion-reduce"></div></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/new-in" class="header__menu-item list-menu__item link link--text focus-inset"><span>New in</span></a></li><li><a href="/collections/lamps" class="header__menu-item list-menu__item link link--text focus-inset" aria-current="page"><span class="header__active-menu-item">Lamps</span></a></li><li><a href="/collections/pendants" class="header__menu-item list-menu__item link link--text focus-inset"><span>Ceiling &amp; pendants</span></a></li><li><a href="/collections/bulbs" class="header__menu-item list-menu__item link link--text focus-inset"><span>Bulbs</span></a></li><li><a href="/pages/trade" class="header__menu-item list-menu__item link link--text focus-inset"><span>Trade</span></a></li></ul></nav>
<div class="header__icons header__icons--localization header-localization"><div class="desktop-localization-wrapper"><localization-form class="small-hide medium-hide"><form method="post" action="/localization" id="HeaderCountryForm" accept-charset="UTF-8" class="localization-form" enctype="multipart/form-data"><input type="hidden" name="form_type" value="localization"><div><h2 class="visually-hidden" id="HeaderCountryLabel">Country/region</h2><div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link link--text caption-large" aria-expanded="false" aria-controls="HeaderCountryList" aria-describedby="HeaderCountryLabel"><span>United States | USD $</span></button><div class="disclosure__list-wrapper country-selector" hidden><ul id="HeaderCountry-country-results" role="list" class="list-unstyled countries"><li class="disclosure__item" tabindex="-1"><a class="link link--text disclosure__link caption-large focus-inset" href="#" data-value="GB"><span class="localization-form__currency motion-reduce hidden">GBP £</span>United Kingdom</a></li><li class="disclosure__item" tabindex="-1"><a class="link link--text disclosure__link caption-large focus-inset" href="#" aria-current="true" data-value="US"><span class="localization-form__currency motion-reduce hidden">USD $</span>United States</a></li></ul></div></div><input type="hidden" name="country_code" value="US"></div></form></localization-form></div>
<a href="/search" class="header__icon header__icon--search link focus-inset"><span class="visually-hidden">Search</span></a><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<!-- END sections: header-group -->
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <div id="shopify-section-template--2271__banner" class="shopify-section section"><div class="collection-hero color-scheme-1 gradient"><div class="collection-hero__inner page-width"><div class="collection-hero__text-wrapper"><h1 class="collection-hero__title"><span class="visually-hidden">Collection: </span>Lamps</h1><div class="collection-hero__description rte">Table, floor, desk and wall lamps from independent makers, wired for US and UK sockets.</div></div></div></div></div>
<div id="shopify-section-template--2271__product-grid" class="shopify-section section"><div class="section-template--2271__product-grid-padding gradient color-scheme-1">
<div class="facets-container facets-container-drawer page-width"><aside aria-labelledby="verticalTitle" class="facets-wrapper" id="main-collection-filters" data-id="template--2271__product-grid"><facet-filters-form class="facets small-hide"><form id="FacetFiltersForm" class="facets__form"><div class="facets__wrapper medium-hide large-up-hide"><h2 class="facets__heading caption-large text-body" id="verticalTitle" tabindex="-1">Filter:</h2>
<details id="Details-availability-template--2271__product-grid" class="disclosure-has-popup facets__disclosure js-filter"><summary class="facets__summary caption-large focus-offset"><div><span>Availability</span></div></summary><div class="facets__display"><ul class="facets__list list-unstyled" role="list"><li class="list-menu__item facets__item"><label for="Filter-availability-1" class="facet-checkbox"><input type="checkbox" name="filter.v.availability" value="1" id="Filter-availability-1"><span aria-hidden="true">In stock (27)</span><span class="visually-hidden">In stock (27 products)</span></label></li><li class="list-menu__item facets__item"><label for="Filter-availability-2" class="facet-checkbox"><input type="checkbox" name="filter.v.availability" value="0" id="Filter-availability-2"><span aria-hidden="true">Out of stock (3)</span><span class="visually-hidden">Out of stock (3 products)</span></label></li></ul></div></details>
<details id="Details-price-template--2271__product-grid" class="disclosure-has-popup facets__disclosure js-filter"><summary class="facets__summary caption-large focus-offset"><div><span>Price</span></div></summary><div class="facets__display"><div class="facets__header"><span class="facets__selected">The highest price is $465.00</span></div><price-range class="facets__price"><div class="field"><span class="field__currency">$</span><input class="field__input" name="filter.v.price.gte" id="Filter-Price-GTE" type="text" inputmode="decimal" placeholder="0" data-pattern="\\d| |,|\\." data-min="0" data-max="465.00"><label class="field__label" for="Filter-Price-GTE">From</label></div><div class="field"><span class="field__currency">$</span><input class="field__input" name="filter.v.price.lte" id="Filter-Price-LTE" type="text" inputmode="decimal" placeholder="465.00" data-min="0" data-max="465.00"><label class="field__label" for="Filter-Price-LTE">To</label></div></price-range></div></details>
{facet("Product type", "product_type", kinds)}
{facet("Brand", "vendor", vendors)}
</div>
<div class="facet-filters sorting caption"><div class="facet-filters__field"><h2 class="facet-filters__label caption-large text-body"><label for="SortBy">Sort by:</label></h2><div class="select"><select name="sort_by" class="facet-filters__sort select__select caption-large" id="SortBy" aria-describedby="a11y-refresh-page-message"><option value="manual">Featured</option><option value="best-selling" selected="selected">Best selling</option><option value="title-ascending">Alphabetically, A-Z</option><option value="price-ascending">Price, low to high</option><option value="price-descending">Price, high to low</option><option value="created-descending">Date, new to old</option></select></div></div><div class="product-count-vertical light" role="status"><h2 class="product-count__text text-body"><span id="ProductCountDesktop">{len(LAMPS)} products</span></h2></div></div>
</form></facet-filters-form></aside></div>
<div class="product-grid-container scroll-trigger animate--slide-in" id="ProductGridContainer">
  <div class="collection page-width">
    <div class="loading-overlay gradient"></div>
    <ul id="product-grid" data-id="template--2271__product-grid" class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop">
{cards}
    </ul>
    <collection-load-more class="collection-load-more center">
      <p class="collection-load-more__count caption">Showing <span data-count>{len(first)}</span> of {len(LAMPS)} products</p>
      <button type="button" class="button button--secondary collection-load-more__button" data-next-url="/collections/lamps/products.json?limit={LAMP_PAGE}&amp;page=2" data-page-size="{LAMP_PAGE}">Load more</button>
    </collection-load-more>
  </div>
</div>
</div></div>
<div id="shopify-section-template--2271__newsletter" class="shopify-section section"><div class="newsletter center"><div class="newsletter__wrapper color-scheme-2 gradient content-container isolate content-container--full-width section-template--2271__newsletter-padding"><h2 class="inline-richtext h2">Subscribe to our emails</h2><div class="newsletter__subheading rte"><p>Be the first to know about new makers and restocks.</p></div><form method="post" action="/contact#contact_form" id="contact_form" accept-charset="UTF-8" class="newsletter-form"><input type="hidden" name="form_type" value="customer"><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--template--2271__newsletter" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="Email" required><label class="field__label" for="NewsletterForm--template--2271__newsletter">Email</label><button type="submit" class="newsletter-form__button field__button" name="commit" aria-label="Subscribe"><svg class="icon icon-arrow" viewBox="0 0 14 10"></svg></button></div></div></form></div></div></div>
    </main>
<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--2269__footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient section-sections--2269__footer-padding"><div class="footer__content-top page-width"><div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet"><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Shop</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/collections/lamps" class="link link--text list-menu__item list-menu__item--link list-menu__item--active">Lamps</a></li><li><a href="/collections/pendants" class="link link--text list-menu__item list-menu__item--link">Ceiling &amp; pendants</a></li><li><a href="/collections/bulbs" class="link link--text list-menu__item list-menu__item--link">Bulbs</a></li></ul></div><div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled"><li><a href="/policies/shipping-policy" class="link link--text list-menu__item list-menu__item--link">Shipping</a></li><li><a href="/policies/refund-policy" class="link link--text list-menu__item list-menu__item--link">Returns</a></li><li><a href="/pages/contact" class="link link--text list-menu__item list-menu__item--link">Contact</a></li></ul></div></div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Lanternhouse</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">Powered by Shopify</a></small></div></div></footer></div>
<!-- END sections: footer-group -->
  </body>
</html>"""


@eighth_b
def build_lanternhouse() -> None:
    s = Site(
        "lanternhouse",
        kind="product catalogue with a 'load more' button over Shopify's products.json",
        start="collections/lamps/",
        description="A Shopify (Dawn) collection of lamps: 12 server-rendered cards, then a 'Load more' button whose data-next-url fetches /collections/lamps/products.json?limit=12&page=N (handles, vendors, variants[0].price as a string, compare_at_price, image src), page bumped until a short page.",
    )
    pages = chunks(list(enumerate(LAMPS)), [LAMP_PAGE, LAMP_PAGE, len(LAMPS) - 2 * LAMP_PAGE])
    s.list_page("collections/lamps/index.html", _lanternhouse_page([lamp for _, lamp in pages[0]]))
    for number, page in enumerate(pages[1:], 2):
        s.list_page(
            f"collections/lamps/products.json@limit={LAMP_PAGE}&page={number}",
            json.dumps(
                {"products": [_lamp_json(i, lamp) for i, lamp in page]}, ensure_ascii=False, separators=(",", ":")
            ),
        )
    # Shopify answers every page: page 1 again (never linked) and an empty page after the last.
    s.write(
        f"collections/lamps/products.json@limit={LAMP_PAGE}&page=1",
        json.dumps(
            {"products": [_lamp_json(i, lamp) for i, lamp in pages[0]]}, ensure_ascii=False, separators=(",", ":")
        ),
    )
    s.write(
        f"collections/lamps/products.json@limit={LAMP_PAGE}&page={len(pages) + 1}",
        json.dumps({"products": []}, separators=(",", ":")),
    )
    s.write("cdn/shop/t/12/assets/collection-load-more.js", LOAD_MORE_JS)
    for title, vendor, _kind, price, was, _other, _sold_out in LAMPS:
        s.expect(
            {
                "title": title,
                "url": f"/products/{_handle(title)}",
                "vendor": vendor,
                "price": price,
                "currency": "USD",
                "original_price": was,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in EIGHTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
