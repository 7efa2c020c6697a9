"""Detail-page wave of open corpus sites (issue #3): one entity per start URL, copied from how
well-known site families mark up a single item: a Magento 2 product page (microdata, a price box
with "Special Price" / "Regular Price", tabs, an attributes table, reviews), a WordPress recipe
post with WP Recipe Maker (a JSON-LD Recipe in a Yoast graph and the recipe card), a Greenhouse
job posting (JSON-LD JobPosting with a salary, a pay-transparency block), a Rightmove-like property
page (hashed classes, a key-facts ``dl`` with "×3", an agent box) and a Wikipedia-like article with
an infobox of label/value rows.

Run ``uv run python tests/sites/corpus/generate_detail.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before the heuristics were changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, esc

DETAIL: dict[str, Callable[[], None]] = {}


def detail(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    DETAIL[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _ld(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# ridgeway-outdoor: a Magento 2 (Luma) product page. Microdata Product scope with the name in
# span.base, a price box where the selling price is labelled "Special Price" and the struck one
# "Regular Price" (both span.price, amounts also in data-price-amount), the rating as "88%" of 100,
# "In stock" and SKU blocks, a short overview, tabs ("Details", "More Information" with the
# additional-attributes table, "Reviews (3)" with microdata reviews), a related-products block and
# an up-sell block of product cards with prices and ratings, a mini cart and a footer of links.
# ---------------------------------------------------------------------------------------------------

PACK = {
    "title": "Summit 45L Trekking Pack",
    "sku": "RW-SP45-FGR",
    "price": 119.0,
    "original_price": 149.0,
    "currency": "USD",
    "rating": 88,
    "review_count": 3,
    "availability": "In stock",
    "description": "A 45-litre top-loader for multi-day hut trips, with an adjustable back system, a stretch front pocket and a removable lid that turns into a hip pack.",
    "image": "/media/catalog/product/cache/7a1c3f/r/w/rw-sp45-fgr-main.jpg",
    "brand": "Ridgeway",
    "activity": "Trekking, Hiking",
    "material": "Recycled nylon ripstop",
    "volume": "45 L",
    "weight": "1.6 kg",
    "color": "Forest Green",
}
PACK_REVIEWS = [
    (
        "Carries well over long days",
        100,
        "The hip belt takes the weight off my shoulders even with food for four days.",
        "Dana R.",
        "2/11/26",
    ),
    (
        "Good, lid is fiddly",
        80,
        "Comfortable and roomy. Clipping the lid back on with gloves takes practice.",
        "Tomasz",
        "1/29/26",
    ),
    (
        "Solid value on sale",
        80,
        "Bought it at the special price and it has been up Snowdon twice already.",
        "Priya",
        "1/3/26",
    ),
]
PACK_RELATED = [
    ("Trailhead 22L Daypack", "trailhead-22l-daypack", 59.0, None, 90),
    ("Ridgeline Rain Cover M", "ridgeline-rain-cover-m", 24.0, None, 80),
    ("Alpine Hydration Bladder 2L", "alpine-hydration-bladder-2l", 32.0, 39.0, 100),
    ("Compression Dry Bag 20L", "compression-dry-bag-20l", 28.0, None, 70),
]


def _magento_card(title: str, slug: str, price: float, old: float | None, rating: int, n: int) -> str:
    box = (
        f'<span class="special-price"><span class="price-container price-final_price tax weee"><span class="price-label">Special Price</span><span id="product-price-{n}" data-price-amount="{price:g}" data-price-type="finalPrice" class="price-wrapper "><span class="price">${price:,.2f}</span></span></span></span><span class="old-price"><span class="price-container price-final_price tax weee"><span class="price-label">Regular Price</span><span id="old-price-{n}" data-price-amount="{old:g}" data-price-type="oldPrice" class="price-wrapper "><span class="price">${old:,.2f}</span></span></span></span>'
        if old
        else f'<span class="price-container price-final_price tax weee"><span id="product-price-{n}" data-price-amount="{price:g}" data-price-type="finalPrice" class="price-wrapper "><span class="price">${price:,.2f}</span></span></span>'
    )
    return f"""<li class="item product product-item">
<div class="product-item-info related-available">
<a href="https://ridgeway-outdoor.test/{slug}.html" class="product photo product-item-photo"><span class="product-image-container" style="width:152px;"><span class="product-image-wrapper" style="padding-bottom: 125%;"><img class="product-image-photo" src="/media/catalog/product/cache/3b9e0d/{slug}.jpg" width="152" height="190" alt="{esc(title)}"></span></span></a>
<div class="product details product-item-details">
<strong class="product name product-item-name"><a class="product-item-link" title="{esc(title)}" href="https://ridgeway-outdoor.test/{slug}.html">{esc(title)}</a></strong>
<div class="price-box price-final_price" data-role="priceBox" data-product-id="{n}" data-price-box="product-id-{n}">{box}</div>
<div class="product-reviews-summary short"><div class="rating-summary"><span class="label"><span>Rating:</span></span><div class="rating-result" title="{rating}%"><span style="width:{rating}%"><span>{rating}%</span></span></div></div></div>
<div class="actions-secondary"><a href="#" class="action towishlist" title="Add to Wish List" role="button"><span>Add to Wish List</span></a></div>
</div></div></li>"""


@detail
def build_ridgeway_outdoor() -> None:
    s = Site(
        "ridgeway-outdoor",
        kind="detail page (Magento 2 product: microdata, Special/Regular Price, tabs, attributes table)",
        start="summit-45l-trekking-pack.html",
        description="A Magento 2 Luma product page: price box with Special Price and Regular Price, a More Information table, reviews, related and up-sell products.",
    )
    p = PACK
    reviews = "".join(
        f"""<li class="item review-item" itemscope itemprop="review" itemtype="http://schema.org/Review">
<div class="review-title" itemprop="name">{esc(title)}</div>
<div class="review-ratings"><div class="rating-summary item" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><span class="label rating-label"><span>Rating</span></span><div class="rating-result" title="{stars}%"><meta itemprop="worstRating" content="1"/><meta itemprop="bestRating" content="100"/><span style="width:{stars}%"><span itemprop="ratingValue">{stars}%</span></span></div></div></div>
<div class="review-content" itemprop="description">{esc(text)}</div>
<div class="review-details"><p class="review-author"><span class="review-details-label">Review by</span> <strong class="review-details-value" itemprop="author">{esc(who)}</strong></p><p class="review-date"><span class="review-details-label">Posted on</span> <time class="review-details-value" itemprop="datePublished" datetime="{when}">{when}</time></p></div>
</li>"""
        for title, stars, text, who, when in PACK_REVIEWS
    )
    related = "".join(_magento_card(t, sl, pr, old, r, 2200 + i) for i, (t, sl, pr, old, r) in enumerate(PACK_RELATED))
    upsell = "".join(
        _magento_card(t, sl, pr, old, r, 2300 + i)
        for i, (t, sl, pr, old, r) in enumerate(
            [
                ("Summit 55L Expedition Pack", "summit-55l-expedition-pack", 169.0, 189.0, 90),
                ("Summit 45L Women's Fit", "summit-45l-womens-fit", 149.0, None, 100),
            ]
        )
    )
    attributes = "".join(
        f'<tr><th class="col label" scope="row">{label}</th><td class="col data" data-th="{label}">{esc(value)}</td></tr>'
        for label, value in (
            ("Brand", p["brand"]),
            ("Activity", p["activity"]),
            ("Material", p["material"]),
            ("Volume", p["volume"]),
            ("Weight", p["weight"]),
            ("Color", p["color"]),
        )
    )
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>{p["title"]} | Ridgeway Outdoor</title>
<meta name="description" content="{esc(p["description"])}"/>
<meta property="og:type" content="product"/>
<meta property="og:title" content="{esc(p["title"])}"/>
<meta property="og:image" content="https://ridgeway-outdoor.test{p["image"]}"/>
<meta property="product:price:amount" content="119"/>
<meta property="product:price:currency" content="USD"/>
<link rel="stylesheet" type="text/css" media="all" href="/static/version1711980000/frontend/Magento/luma/en_US/css/styles-m.css"/>
<script type="text/x-magento-init">{{"*": {{"Magento_Customer/js/section-config": {{"sections": {{"stores/store/switch": ["*"]}}}}}}}}</script>
</head>
<body data-container="body" class="catalog-product-view product-summit-45l-trekking-pack page-layout-1column" itemtype="http://schema.org/Product" itemscope="itemscope">
<div class="page-wrapper">
<header class="page-header"><div class="panel wrapper"><div class="panel header"><ul class="header links"><li class="greet welcome"><span class="not-logged-in">Default welcome msg!</span></li><li class="authorization-link"><a href="/customer/account/login/">Sign In</a></li><li><a href="/customer/account/create/">Create an Account</a></li></ul></div></div>
<div class="header content"><a class="logo" href="/" title="Ridgeway Outdoor"><img src="/static/frontend/logo.svg" alt="Ridgeway Outdoor" width="148" height="43"/></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span class="text">My Cart</span><span class="counter qty empty"><span class="counter-number">0</span></span></a></div>
<div class="block block-search"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get"><label class="label" for="search">Search</label><input id="search" type="text" name="q" placeholder="Search entire store here..." class="input-text"/><button type="submit" title="Search" class="action search"><span>Search</span></button></form></div></div></header>
<div class="sections nav-sections"><nav class="navigation" data-action="navigation"><ul><li class="level0 nav-1 category-item first level-top"><a href="/packs.html" class="level-top"><span>Packs</span></a></li><li class="level0 nav-2 category-item level-top"><a href="/tents.html" class="level-top"><span>Tents</span></a></li><li class="level0 nav-3 category-item level-top"><a href="/clothing.html" class="level-top"><span>Clothing</span></a></li><li class="level0 nav-4 category-item last level-top"><a href="/sale.html" class="level-top"><span>Sale</span></a></li></ul></nav></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Go to Home Page">Home</a></li><li class="item category"><a href="/packs.html">Packs</a></li><li class="item product"><strong>{p["title"]}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><div class="product-info-main"><div class="page-title-wrapper product">
<h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" itemprop="name">{p["title"]}</span></h1>
</div>
<div class="product-reviews-summary" itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
<div class="rating-summary"><span class="label"><span>Rating:</span></span><div class="rating-result" title="{p["rating"]}%"><span style="width:{p["rating"]}%"><span><span itemprop="ratingValue">{p["rating"]}</span>% of <span itemprop="bestRating">100</span></span></span></div></div>
<div class="reviews-actions"><a class="action view" href="https://ridgeway-outdoor.test/summit-45l-trekking-pack.html#reviews"><span itemprop="reviewCount">{p["review_count"]}</span>&nbsp;<span>Reviews</span></a><a class="action add" href="https://ridgeway-outdoor.test/summit-45l-trekking-pack.html#review-form">Add Your Review</a></div>
</div>
<div class="product-info-price"><div class="price-box price-final_price" data-role="priceBox" data-product-id="1432" data-price-box="product-id-1432">
<span class="special-price"><span class="price-container price-final_price tax weee" itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span class="price-label">Special Price</span><span id="product-price-1432" data-price-amount="119" data-price-type="finalPrice" class="price-wrapper "><span class="price">$119.00</span></span><meta itemprop="price" content="119"/><meta itemprop="priceCurrency" content="USD"/></span></span>
<span class="old-price"><span class="price-container price-final_price tax weee"><span class="price-label">Regular Price</span><span id="old-price-1432" data-price-amount="149" data-price-type="oldPrice" class="price-wrapper "><span class="price">$149.00</span></span></span></span>
</div>
<div class="product-info-stock-sku"><div class="stock available" title="Availability"><span>{p["availability"]}</span></div>
<div class="product attribute sku"><strong class="type">SKU</strong><div class="value" itemprop="sku">{p["sku"]}</div></div></div></div>
<div class="product-add-form"><form data-product-sku="{p["sku"]}" action="/checkout/cart/add/product/1432/" method="post" id="product_addtocart_form"><input type="hidden" name="product" value="1432"/>
<div class="box-tocart"><div class="fieldset"><div class="field qty"><label class="label" for="qty"><span>Qty</span></label><div class="control"><input type="number" name="qty" id="qty" min="0" value="1" title="Qty" class="input-text qty"/></div></div>
<div class="actions"><button type="submit" title="Add to Cart" class="action primary tocart" id="product-addtocart-button"><span>Add to Cart</span></button></div></div></div></form></div>
<div class="product-social-links"><div class="product-addto-links" data-role="add-to-links"><a href="#" class="action towishlist"><span>Add to Wish List</span></a><a href="#" class="action tocompare"><span>Add to Compare</span></a></div><div class="product-social-links"><a href="/sendfriend/product/send/id/1432/" class="action mailto friend"><span>Email</span></a></div></div>
<div class="product attribute overview"><div class="value" itemprop="description">{esc(p["description"])}</div></div>
</div>
<div class="product media"><a id="gallery-prev-area" tabindex="-1"></a><div class="action-skip-wrapper"><a class="action skip gallery-next-area" href="#gallery-next-area"><span>Skip to the end of the images gallery</span></a></div>
<div class="gallery-placeholder _block-content-loading" data-gallery-role="gallery-placeholder"><img alt="main product photo" class="gallery-placeholder__image" src="{p["image"]}" itemprop="image"/></div>
<script type="text/x-magento-init">{{"[data-gallery-role=gallery-placeholder]": {{"mage/gallery/gallery": {{"data": [{{"thumb": "/media/catalog/product/cache/1b2a/r/w/rw-sp45-fgr-main.jpg", "img": "{p["image"]}", "caption": "{p["title"]}", "position": "1", "isMain": true}}, {{"thumb": "/media/catalog/product/cache/1b2a/r/w/rw-sp45-fgr-back.jpg", "img": "/media/catalog/product/cache/7a1c3f/r/w/rw-sp45-fgr-back.jpg", "caption": "Back system", "position": "2", "isMain": false}}]}}}}}}</script>
<a id="gallery-next-area" tabindex="-1"></a></div>
<div class="product info detailed"><div class="product data items" data-mage-init='{{"tabs":{{"openedState":"active"}}}}'>
<div class="data item title" data-role="collapsible" id="tab-label-description"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#description" id="tab-label-description-title">Details</a></div>
<div class="data item content" aria-labelledby="tab-label-description-title" id="description" data-role="content"><div class="product attribute description"><div class="value"><p>Built for hut-to-hut trekking, the Summit 45L carries a week of kit without feeling like a week of kit. The back length adjusts in a few seconds with the pack on, and the aluminium frame sheet moves the load onto a padded hip belt with two zipped pockets.</p>
<ul><li>Adjustable back length (S–L)</li><li>Stretch front pocket for a wet shell</li><li>Removable lid doubles as a hip pack</li><li>Hydration sleeve and hose port</li></ul></div></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-additional"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#additional" id="tab-label-additional-title">More Information</a></div>
<div class="data item content" aria-labelledby="tab-label-additional-title" id="additional" data-role="content"><div class="additional-attributes-wrapper table-wrapper"><table class="data table additional-attributes" id="product-attribute-specs-table"><caption class="table-caption">More Information</caption><tbody>{attributes}</tbody></table></div></div>
<div class="data item title" data-role="collapsible" id="tab-label-reviews"><a class="data switch" tabindex="-1" data-toggle="trigger" href="#reviews" id="tab-label-reviews-title">Reviews <span class="counter">{p["review_count"]}</span></a></div>
<div class="data item content" aria-labelledby="tab-label-reviews-title" id="reviews" data-role="content"><div id="product-review-container" data-role="product-review"><div class="block review-list" id="customer-reviews"><div class="block-title"><strong>Customer Reviews</strong></div><div class="block-content"><ol class="items review-items">{reviews}</ol></div></div></div>
<div class="block review-add"><div class="block-title"><strong>You're reviewing:</strong></div><div class="block-content"><form action="/review/product/post/id/1432/" class="review-form" method="post" id="review-form"><fieldset class="fieldset review-fieldset"><legend class="legend review-legend"><span>You're reviewing:</span><strong>{p["title"]}</strong></legend><div class="field review-field-nickname required"><label for="nickname_field" class="label"><span>Nickname</span></label><div class="control"><input type="text" name="nickname" id="nickname_field" class="input-text"/></div></div><div class="field review-field-summary required"><label for="summary_field" class="label"><span>Summary</span></label><div class="control"><input type="text" name="title" id="summary_field" class="input-text"/></div></div></fieldset><div class="actions-toolbar review-form-actions"><div class="primary actions-primary"><button type="submit" class="action submit primary"><span>Submit Review</span></button></div></div></form></div></div></div>
</div></div>
<div class="block related" data-mage-init='{{"relatedProducts":{{"relatedCheckbox":".related.checkbox"}}}}' data-limit="0" data-shuffle="0"><div class="block-title title"><strong id="block-related-heading" role="heading" aria-level="2">Related Products</strong></div>
<div class="block-content content" aria-labelledby="block-related-heading"><div class="products wrapper grid products-grid products-related"><ol class="products list items product-items">{related}</ol></div></div></div>
<div class="block upsell" data-mage-init='{{"upsellProducts":{{}}}}' data-limit="0" data-shuffle="0"><div class="block-title title"><strong id="block-upsell-heading" role="heading" aria-level="2">We found other products you might like!</strong></div>
<div class="block-content content" aria-labelledby="block-upsell-heading"><div class="products wrapper grid products-grid products-upsell"><ol class="products list items product-items">{upsell}</ol></div></div></div>
</div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><form class="form subscribe" action="/newsletter/subscriber/new/" method="post"><input name="email" type="email" id="newsletter" placeholder="Enter your email address"/><button class="action subscribe primary" title="Subscribe" type="submit"><span>Subscribe</span></button></form></div>
<ul class="footer links"><li class="nav item"><a href="/about-us">About us</a></li><li class="nav item"><a href="/customer-service">Customer Service</a></li><li class="nav item"><a href="/privacy-policy-cookie-restriction-mode">Privacy and Cookie Policy</a></li><li class="nav item"><a href="/search/term/popular/">Search Terms</a></li><li class="nav item"><a href="/contact/">Contact Us</a></li></ul></div></footer>
<small class="copyright"><span>Copyright © 2013-present Ridgeway Outdoor, Inc. All rights reserved.</span></small>
</div>
</body>
</html>"""
    s.list_page("summit-45l-trekking-pack.html", page)
    s.write(
        "index.html",
        '<!doctype html><html><head><title>Ridgeway Outdoor</title></head><body><main><h1>Ridgeway Outdoor</h1><p><a href="/summit-45l-trekking-pack.html">Summit 45L Trekking Pack</a></p></main></body></html>',
    )
    s.expect({k: PACK[k] for k in PACK})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# thyme-and-ember: a WordPress food blog post with a WP Recipe Maker card. A Yoast JSON-LD graph
# (Article, WebPage, Person, Recipe) whose Recipe has ISO durations, recipeIngredient strings,
# HowToStep instructions, nutrition and an aggregate rating; the post's long story above the card,
# a "Jump to Recipe" button, ads between paragraphs, the card's times as "15 mins" / "1 hr 10 mins"
# (numbers and units in separate spans with screen-reader copies), ingredients split into amount,
# unit, name and notes spans, a comment list and a "You might also like" grid below.
# ---------------------------------------------------------------------------------------------------

RECIPE = {
    "title": "Slow-Braised Beef Ragù",
    "author": "Marta Keane",
    "date": "2026-02-18",
    "description": "A rich, slow-cooked beef ragù with red wine and tomatoes that turns a cheap cut into a silky pasta sauce.",
    "prep_time": "20 mins",
    "cook_time": "3 hrs",
    "total_time": "3 hrs 20 mins",
    "servings": 6,
    "course": "Main Course",
    "cuisine": "Italian",
    "calories": "512 kcal",
    "rating": 4.86,
    "rating_count": 37,
}
RAGU_IMAGE = "/wp-content/uploads/2026/02/beef-ragu-1200x1200.jpg"
# (amount, unit, name, notes)
RAGU_INGREDIENTS = [
    ("1", "kg", "beef chuck", "cut into 4 cm pieces"),
    ("2", "tbsp", "olive oil", ""),
    ("1", "", "onion", "finely diced"),
    ("2", "", "carrots", "finely diced"),
    ("3", "cloves", "garlic", "crushed"),
    ("250", "ml", "red wine", ""),
    ("800", "g", "chopped tomatoes", "two tins"),
    ("2", "", "bay leaves", ""),
]
RAGU_STEPS = [
    "Heat the oven to 150°C. Season the beef and brown it in the oil in batches, then set aside.",
    "Soften the onion and carrots in the same pot for 10 minutes, then add the garlic for a minute.",
    "Pour in the wine and let it bubble until reduced by half, scraping up the browned bits.",
    "Add the tomatoes, bay leaves and beef, cover and braise in the oven for 3 hours.",
    "Shred the beef with two forks, stir it back into the sauce and season to taste.",
]


def _ingredient_text(amount: str, unit: str, name: str, notes: str) -> str:
    return " ".join(part for part in (amount, unit, name, notes) if part)


def _wprm_time(kind: str, label: str, hours: int, minutes: int) -> str:
    parts = []
    if hours:
        parts.append(
            f'<span class="wprm-recipe-details wprm-recipe-details-hours wprm-recipe-{kind}_time wprm-recipe-{kind}_time-hours">{hours}<span class="sr-only screen-reader-text wprm-screen-reader-text"> hours</span></span> <span class="wprm-recipe-details-unit wprm-recipe-details-unit-hours wprm-recipe-{kind}_time-unit wprm-recipe-{kind}_timeunit-hours" aria-hidden="true">hrs</span>'
        )
    if minutes:
        parts.append(
            f'<span class="wprm-recipe-details wprm-recipe-details-minutes wprm-recipe-{kind}_time wprm-recipe-{kind}_time-minutes">{minutes}<span class="sr-only screen-reader-text wprm-screen-reader-text"> minutes</span></span> <span class="wprm-recipe-details-unit wprm-recipe-details-minutes wprm-recipe-{kind}_time-unit wprm-recipe-{kind}_timeunit-minutes" aria-hidden="true">mins</span>'
        )
    return f'<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-time-container wprm-recipe-{kind}-time-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-time-label wprm-recipe-{kind}-time-label">{label} </span><span class="wprm-recipe-time wprm-block-text-normal">{" ".join(parts)}</span></div>'


@detail
def build_thyme_and_ember() -> None:
    s = Site(
        "thyme-and-ember",
        kind="detail page (WordPress recipe post, WP Recipe Maker card + Yoast JSON-LD Recipe)",
        start="slow-braised-beef-ragu/",
        description="A food blog post: the story, ads, a WP Recipe Maker card (times, servings, ingredients, steps, nutrition) and a JSON-LD Recipe in a Yoast graph.",
    )
    r = RECIPE
    base = "https://thymeandember.test"
    url = f"{base}/slow-braised-beef-ragu/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": r["author"], "@id": f"{base}/#/schema/person/5c1e"},
                "headline": r["title"],
                "datePublished": "2026-02-18T08:30:00+00:00",
                "dateModified": "2026-03-02T17:12:45+00:00",
                "wordCount": 1284,
                "commentCount": 4,
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": f"{base}{RAGU_IMAGE}",
                "articleSection": ["Beef", "Dinner", "Pasta"],
                "inLanguage": "en-US",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": f"{r['title']} - Thyme & Ember",
                "isPartOf": {"@id": f"{base}/#website"},
                "datePublished": "2026-02-18T08:30:00+00:00",
                "breadcrumb": {"@id": f"{url}#breadcrumb"},
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": "Dinner", "item": f"{base}/category/dinner/"},
                    {"@type": "ListItem", "position": 3, "name": r["title"]},
                ],
            },
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": "Thyme & Ember",
                "description": "Slow food for busy weeks",
            },
            {"@type": "Person", "@id": f"{base}/#/schema/person/5c1e", "name": r["author"], "url": f"{base}/about/"},
            {
                "@type": "Recipe",
                "name": r["title"],
                "author": {"@type": "Person", "name": r["author"], "url": f"{base}/about/"},
                "description": r["description"],
                "datePublished": "2026-02-18T08:30:00+00:00",
                "image": [
                    f"{base}{RAGU_IMAGE}",
                    f"{base}/wp-content/uploads/2026/02/beef-ragu-500x500.jpg",
                    f"{base}/wp-content/uploads/2026/02/beef-ragu-500x375.jpg",
                ],
                "recipeYield": ["6", "6 servings"],
                "prepTime": "PT20M",
                "cookTime": "PT180M",
                "totalTime": "PT200M",
                "recipeIngredient": [_ingredient_text(*i) for i in RAGU_INGREDIENTS],
                "recipeInstructions": [
                    {"@type": "HowToStep", "text": step, "name": step, "url": f"{url}#wprm-recipe-8812-step-0-{n}"}
                    for n, step in enumerate(RAGU_STEPS)
                ],
                "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.86", "ratingCount": "37"},
                "recipeCategory": [r["course"]],
                "recipeCuisine": [r["cuisine"]],
                "keywords": "beef ragu, braised beef, pasta sauce",
                "nutrition": {
                    "@type": "NutritionInformation",
                    "calories": "512 kcal",
                    "carbohydrateContent": "14 g",
                    "proteinContent": "48 g",
                    "fatContent": "26 g",
                    "servingSize": "1 serving",
                },
                "@id": f"{url}#recipe",
                "isPartOf": {"@id": f"{url}#article"},
                "mainEntityOfPage": url,
            },
        ],
    }
    ingredients = "".join(
        f'<li class="wprm-recipe-ingredient" style="list-style-type: disc;" data-uid="{n}">'
        + (f'<span class="wprm-recipe-ingredient-amount">{a}</span> ' if a else "")
        + (f'<span class="wprm-recipe-ingredient-unit">{u}</span> ' if u else "")
        + f'<span class="wprm-recipe-ingredient-name">{esc(nm)}</span>'
        + (
            f' <span class="wprm-recipe-ingredient-notes wprm-recipe-ingredient-notes-faded">{esc(nt)}</span>'
            if nt
            else ""
        )
        + "</li>"
        for n, (a, u, nm, nt) in enumerate(RAGU_INGREDIENTS)
    )
    steps = "".join(
        f'<li id="wprm-recipe-8812-step-0-{n}" class="wprm-recipe-instruction" style="list-style-type: decimal;"><div class="wprm-recipe-instruction-text" style="margin-bottom: 5px;"><span style="display: block;">{esc(step)}</span></div></li>'
        for n, step in enumerate(RAGU_STEPS)
    )
    ad = '<div class="adthrive-ad adthrive-content" data-google-query-id="CKb1"><div id="google_ads_iframe_/18190176,22529162201/AdThrive_Content_{n}/5d3f_0__container__"><span class="ad-label">Advertisement</span></div></div>'
    comments = "".join(
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.test/avatar/{cid}?s=50" class="avatar avatar-50 photo" height="50" width="50"/><b class="fn">{who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when}">{label}</time></a></div></footer><div class="comment-content"><div class="wprm-comment-rating"><img src="/wp-content/plugins/wp-recipe-maker/assets/icons/rating/stars-5.svg" alt="5 stars" width="80" height="16"/></div><p>{text}</p></div></article></li>'
        for cid, who, when, label, text in [
            (
                4412,
                "Jen",
                "2026-02-21T19:02:11+00:00",
                "February 21, 2026 at 7:02 pm",
                "Made this on Sunday and the whole family went quiet. Used pappardelle, perfect.",
            ),
            (
                4419,
                "Oliver B.",
                "2026-02-24T12:40:03+00:00",
                "February 24, 2026 at 12:40 pm",
                "Can this be done in a slow cooker? I am out most of the day.",
            ),
            (
                4431,
                "Sofia",
                "2026-03-01T09:15:48+00:00",
                "March 1, 2026 at 9:15 am",
                "Swapped the wine for stock with a splash of balsamic and it was still lovely.",
            ),
        ]
    )
    more = "".join(
        f'<article class="post-{pid} post type-post status-publish entry"><a class="entry-image-link" href="{base}/{sl}/"><img width="300" height="300" src="/wp-content/uploads/2026/01/{sl}-300x300.jpg" alt="{esc(t)}"/></a><h3 class="entry-title"><a class="entry-title-link" href="{base}/{sl}/">{esc(t)}</a></h3></article>'
        for pid, sl, t in [
            (8701, "chicken-cacciatore", "Chicken Cacciatore"),
            (8655, "mushroom-stroganoff", "Creamy Mushroom Stroganoff"),
            (8590, "lamb-shank-stew", "Red Wine Lamb Shank Stew"),
            (8544, "easy-lasagne", "Easy Weeknight Lasagne"),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{r["title"]} - Thyme &amp; Ember</title>
<meta name="description" content="{esc(r["description"])}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(r["title"])}" />
<meta property="og:url" content="{url}" />
<meta property="article:published_time" content="2026-02-18T08:30:00+00:00" />
<meta property="og:image" content="{base}{RAGU_IMAGE}" />
<meta name="author" content="{r["author"]}" />
<script type="application/ld+json" class="yoast-schema-graph">{_ld(graph)}</script>
<link rel='stylesheet' id='wprm-public-css' href='/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.2.1' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-8812 single-format-standard wp-embed-responsive header-full-width content-sidebar">
<div class="site-container">
<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="{base}/">Thyme &amp; Ember</a></p></div>
<nav class="nav-primary" aria-label="Main"><ul id="menu-main" class="menu genesis-nav-menu"><li class="menu-item"><a href="{base}/recipes/">Recipes</a></li><li class="menu-item"><a href="{base}/category/dinner/">Dinner</a></li><li class="menu-item"><a href="{base}/category/baking/">Baking</a></li><li class="menu-item"><a href="{base}/about/">About</a></li></ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-8812 post type-post status-publish format-standard has-post-thumbnail category-beef category-dinner entry" aria-label="{esc(r["title"])}">
<header class="entry-header"><h1 class="entry-title">{r["title"]}</h1>
<p class="entry-meta">By <span class="entry-author"><a href="{base}/about/" class="entry-author-link" rel="author"><span class="entry-author-name">{r["author"]}</span></a></span> &middot; Published: <time class="entry-time" datetime="2026-02-18T08:30:00+00:00">February 18, 2026</time> &middot; Updated: <time class="entry-modified-time" datetime="2026-03-02T17:12:45+00:00">March 2, 2026</time> &middot; <span class="entry-comments-link"><a href="{url}#comments">4 Comments</a></span></p>
<div class="wprm-recipe-snippet wprm-recipe-snippet-container" data-recipe-id="8812"><a href="#recipe" data-recipe="8812" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode">Jump to Recipe</a> <a href="{base}/wprm_print/slow-braised-beef-ragu" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
</header>
<div class="entry-content">
<p>This post may contain affiliate links. Please read our <a href="{base}/disclosure/">disclosure policy</a>.</p>
<p>There is a particular kind of quiet that falls over a kitchen when a pot of ragù has been in the oven for two hours. The windows fog, the dog gives up begging, and everyone starts asking when dinner is. This is that recipe: a cheap cut of beef, a bottle of decent red and an afternoon you were going to spend at home anyway.</p>
{ad.format(n=1)}
<h2>Why this recipe works</h2>
<p>Chuck has enough connective tissue to melt into the sauce over three hours, which gives you the glossy, clinging texture of a restaurant ragù without any butter or cream. Browning in batches matters: crowd the pot and the meat steams instead of caramelising.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/02/beef-ragu-process-1024x683.jpg" alt="Browning beef chuck in a cast iron pot"/></figure>
<h2>Ingredient notes</h2>
<ul><li><strong>Beef chuck</strong> – brisket or short rib work too.</li><li><strong>Red wine</strong> – anything you would drink; stock with a splash of balsamic if you prefer.</li></ul>
{ad.format(n=2)}
<div id="recipe"></div><div id="wprm-recipe-container-8812" class="wprm-recipe-container" data-recipe-id="8812" data-servings="6"><div class="wprm-recipe wprm-recipe-template-thymeember"><div class="wprm-container-float-right"><div class="wprm-recipe-image wprm-block-image-rounded"><img style="border-width: 0px;border-style: solid;border-color: #666666;" width="200" height="200" src="{RAGU_IMAGE.replace("1200x1200", "200x200")}" class="attachment-200x200 size-200x200" alt="{esc(r["title"])}" decoding="async"/></div></div>
<h2 class="wprm-recipe-name wprm-block-text-bold">{r["title"]}</h2>
<div class="wprm-recipe-rating wprm-recipe-rating-recipe-8812"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24"><polygon points="12,2.6 15,9 21.4,9 16.7,13.9 18.6,21.4 12,17.6 5.4,21.4 7.3,13.9 2.6,9 9,9"></polygon></svg><div class="wprm-recipe-rating-details wprm-block-text-normal"><span class="wprm-recipe-rating-average">4.86</span> from <span class="wprm-recipe-rating-count">37</span> votes</div></div>
<div class="wprm-recipe-summary wprm-block-text-normal"><span style="display: block;">{esc(r["description"])}</span></div>
<div class="wprm-recipe-meta-container wprm-recipe-times-container wprm-recipe-details-container wprm-recipe-details-container-columns wprm-block-text-normal">
{_wprm_time("prep", "Prep Time", 0, 20)}
{_wprm_time("cook", "Cook Time", 3, 0)}
{_wprm_time("total", "Total Time", 3, 20)}
</div>
<div class="wprm-recipe-meta-container wprm-recipe-tags-container wprm-recipe-details-container wprm-recipe-details-container-columns wprm-block-text-normal"><div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-tag-container wprm-recipe-course-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-tag-label wprm-recipe-course-label">Course </span><span class="wprm-recipe-course wprm-block-text-normal">{r["course"]}</span></div><div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-tag-container wprm-recipe-cuisine-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-tag-label wprm-recipe-cuisine-label">Cuisine </span><span class="wprm-recipe-cuisine wprm-block-text-normal">{r["cuisine"]}</span></div></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-servings-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-servings-label">Servings </span><span class="wprm-recipe-servings-with-unit"><span class="wprm-recipe-servings wprm-recipe-details wprm-recipe-servings-8812 wprm-recipe-servings-adjustable-tooltip wprm-block-text-normal" data-recipe="8812" aria-label="Adjust recipe servings">6</span> <span class="wprm-recipe-servings-unit wprm-recipe-details-unit wprm-block-text-normal">servings</span></span></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-nutrition-container wprm-recipe-calories-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-nutrition-label wprm-recipe-calories-label">Calories </span><span class="wprm-recipe-nutrition-with-unit"><span class="wprm-recipe-details wprm-recipe-nutrition wprm-recipe-calories wprm-block-text-normal">512</span><span class="wprm-recipe-details-unit wprm-recipe-nutrition-unit wprm-recipe-calories-unit wprm-block-text-normal">kcal</span></span></div>
<div class="wprm-recipe-block-container wprm-recipe-block-container-columns wprm-block-text-normal wprm-recipe-author-container"><span class="wprm-recipe-details-label wprm-block-text-uppercase wprm-recipe-author-label">Author </span><span class="wprm-recipe-details wprm-recipe-author wprm-block-text-normal"><a href="{base}/about/" target="_self">{r["author"]}</a></span></div>
<div class="wprm-recipe-ingredients-container wprm-recipe-8812-ingredients-container wprm-block-text-normal" data-recipe="8812" data-servings="6"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header wprm-block-text-uppercase wprm-align-left wprm-header-decoration-none">Ingredients</h3><div class="wprm-recipe-ingredient-group"><ul class="wprm-recipe-ingredients">{ingredients}</ul></div></div>
<div class="wprm-recipe-instructions-container wprm-recipe-8812-instructions-container wprm-block-text-normal" data-recipe="8812"><h3 class="wprm-recipe-header wprm-recipe-instructions-header wprm-block-text-uppercase wprm-align-left wprm-header-decoration-none">Instructions</h3><div class="wprm-recipe-instruction-group"><ul class="wprm-recipe-instructions">{steps}</ul></div></div>
<h3 class="wprm-recipe-header wprm-recipe-nutrition-header wprm-block-text-uppercase">Nutrition</h3><div class="wprm-nutrition-label-container wprm-nutrition-label-container-simple wprm-block-text-normal"><span class="wprm-nutrition-label-text-nutrition-container wprm-nutrition-label-text-nutrition-container-calories"><span class="wprm-nutrition-label-text-nutrition-label">Calories: </span><span class="wprm-nutrition-label-text-nutrition-value">512</span><span class="wprm-nutrition-label-text-nutrition-unit">kcal</span></span><span style="color: #777777"> | </span><span class="wprm-nutrition-label-text-nutrition-container wprm-nutrition-label-text-nutrition-container-protein"><span class="wprm-nutrition-label-text-nutrition-label">Protein: </span><span class="wprm-nutrition-label-text-nutrition-value">48</span><span class="wprm-nutrition-label-text-nutrition-unit">g</span></span></div>
</div></div>
<p>If you make this, leave a rating and a comment below – it helps other readers more than you would think.</p>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="{base}/category/beef/" rel="category tag">Beef</a>, <a href="{base}/category/dinner/" rel="category tag">Dinner</a></span></p></footer>
</article>
<section class="related-posts"><h2 class="related-posts-title">You might also like</h2><div class="related-posts-grid">{more}</div></section>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list">{comments}</ol></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar"><section class="widget widget_text"><h3 class="widgettitle widget-title">Hi, I'm Marta!</h3><div class="textwidget"><p>I cook slow food for busy weeks from a small kitchen in Bristol.</p></div></section></aside>
</div></div>
<footer class="site-footer"><div class="wrap"><p>Copyright &copy; 2026 Thyme &amp; Ember &middot; <a href="{base}/privacy-policy/">Privacy Policy</a></p></div></footer>
</div>
</body>
</html>"""
    s.list_page("slow-braised-beef-ragu/index.html", page)
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>Thyme &amp; Ember</title></head><body><main><h1>Thyme &amp; Ember</h1><p><a href="{base}/slow-braised-beef-ragu/">{r["title"]}</a></p></main></body></html>',
    )
    s.expect(
        {
            **r,
            "ingredients": [_ingredient_text(*i) for i in RAGU_INGREDIENTS],
            "instructions": RAGU_STEPS,
        }
    )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# fernwave-jobs: a Lever-hosted job posting. The headline's categories are divs whose text ends in
# " /" (the separator is part of the text), the company only in the logo's alt and the page title, a
# JSON-LD JobPosting with a baseSalary range (minValue / maxValue) and an HTML-escaped description,
# sections of lists under h3 headings, a pay-transparency block "€62,000 - €78,000 a year", an
# "Apply for this job" button, and the application form below (labelled inputs, selects).
# ---------------------------------------------------------------------------------------------------

JOB = {
    "title": "Senior Data Engineer, Payments",
    "company": "Fernwave",
    "location": "Lisbon, Portugal",
    "department": "Engineering – Data Platform",
    "employment_type": "Full-time",
    "workplace": "Hybrid",
    "salary": "€62,000 - €78,000 a year",
}


@detail
def build_fernwave_jobs() -> None:
    s = Site(
        "fernwave-jobs",
        kind="detail page (Lever job posting: JSON-LD JobPosting with baseSalary, categories ending in ' /')",
        start="fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa/",
        description="A Lever job posting: headline categories (location, team, commitment, workplace), sections, a pay range and an application form, with a JSON-LD JobPosting.",
    )
    j = JOB
    body_html = (
        "<p>Fernwave moves money for 40,000 small businesses across Europe.</p>"
        "<p><b>What you will do</b></p><ul><li>Own the pipelines that reconcile card and SEPA payments.</li><li>Design our next event store on Kafka and Iceberg.</li></ul>"
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "JobPosting",
        "title": j["title"],
        "description": body_html,
        "datePosted": "2026-03-09",
        "validThrough": "2026-05-09",
        "employmentType": "FULL_TIME",
        "hiringOrganization": {
            "@type": "Organization",
            "name": j["company"],
            "sameAs": "https://fernwave.test",
            "logo": "https://lever-client-logos.test/fernwave-logo.png",
        },
        "jobLocation": {
            "@type": "Place",
            "address": {"@type": "PostalAddress", "addressLocality": "Lisbon", "addressCountry": "PT"},
        },
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {"@type": "QuantitativeValue", "minValue": 62000, "maxValue": 78000, "unitText": "YEAR"},
        },
    }
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Fernwave - {esc(j["title"])}</title>
<meta name="twitter:card" value="summary">
<meta property="og:title" content="Fernwave - {esc(j["title"])}">
<meta property="og:description" content="Fernwave moves money for 40,000 small businesses across Europe.">
<meta property="og:url" content="https://jobs.lever.test/fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa">
<meta property="og:image" content="https://lever-client-logos.test/fernwave-logo.png">
<link rel="stylesheet" href="/css/jobs-page.css">
<script type="application/ld+json">{_ld(ld)}</script>
</head>
<body class="show">
<div class="main-header page-full-width section-wrapper"><div class="main-header-content page-centered narrow-section page-full-width"><a class="main-header-logo" href="https://fernwave.test"><img alt="Fernwave logo" src="https://lever-client-logos.test/fernwave-logo.png"></a></div></div>
<div class="content-wrapper posting-page"><div class="content">
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header"><div class="posting-headline"><h2>{esc(j["title"])}</h2>
<div class="posting-categories"><div href="#" class="sort-by-time posting-category medium-category-label width-full capitalize-labels location">{j["location"]} /</div><div href="#" class="sort-by-team posting-category medium-category-label capitalize-labels department">{j["department"]} /</div><div href="#" class="sort-by-commitment posting-category medium-category-label capitalize-labels commitment">{j["employment_type"]} /</div><div href="#" class="sort-by-time posting-category medium-category-label capitalize-labels workplaceTypes">{j["workplace"]}</div></div></div>
<div class="postings-btn-wrapper"><a class="postings-btn template-btn-submit hex-color" data-qa="btn-apply" href="https://jobs.lever.test/fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa/apply">Apply for this job</a></div></div></div>
<div class="section-wrapper page-full-width">
<div class="section page-centered" data-qa="job-description"><div>Fernwave moves money for 40,000 small businesses across Europe. Our Data Platform team builds the ledgers, pipelines and models that every payout depends on, and we are looking for a senior engineer to own reconciliation for card and SEPA payments.</div><div><br></div><div>You will join a team of six in Lisbon and Berlin, working with product, finance and risk.</div></div>
<div class="section page-centered"><div><h3>What you will do</h3><ul class="posting-requirements plain-list"><ul><li>Own the pipelines that reconcile card and SEPA payments, end to end.</li><li>Design our next event store on Kafka and Apache Iceberg.</li><li>Mentor two mid-level engineers and review their designs.</li></ul></ul></div></div>
<div class="section page-centered"><div><h3>What we are looking for</h3><ul class="posting-requirements plain-list"><ul><li>Five or more years building data systems in Python or Scala.</li><li>Hands-on experience with streaming (Kafka, Flink or Spark Streaming).</li><li>Comfort talking to accountants about double-entry bookkeeping.</li></ul></ul></div></div>
<div class="section page-centered" data-qa="salary-range"><div><h3>Pay range</h3><div class="posting-requirements"><div>{j["salary"]}</div></div><div>The range depends on experience and location. You will also receive equity, 25 days of holiday and a learning budget.</div></div></div>
<div class="section page-centered" data-qa="closing-description"><div>Fernwave is an equal opportunity employer. We welcome applications from people of every background.</div></div>
<div class="section page-centered last-section-apply"><a class="postings-btn template-btn-submit hex-color" data-qa="show-page-apply" href="https://jobs.lever.test/fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa/apply">Apply for this job</a></div>
</div>
<div class="section-wrapper page-full-width application-page"><form id="application-form" method="POST" enctype="multipart/form-data" action="/fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa/apply"><div class="section page-centered application-form"><h4>Submit your application</h4><ul>
<li class="application-question resume"><label><div class="application-label">Resume/CV<span class="required">✱</span></div><div class="application-field"><input type="file" name="resume" id="resume-upload-input"></div></label></li>
<li class="application-question"><label><div class="application-label">Full name<span class="required">✱</span></div><div class="application-field"><input type="text" name="name"></div></label></li>
<li class="application-question"><label><div class="application-label">Email<span class="required">✱</span></div><div class="application-field"><input type="email" name="email"></div></label></li>
<li class="application-question"><label><div class="application-label">Current location</div><div class="application-field"><input type="text" name="location" placeholder="Lisbon, Portugal"></div></label></li>
<li class="application-question"><label><div class="application-label">LinkedIn URL</div><div class="application-field"><input type="text" name="urls[LinkedIn]"></div></label></li>
</ul><button type="submit" class="template-btn-submit hex-color">Submit application</button></div></form></div>
</div></div>
<div class="main-footer page-full-width"><div class="main-footer-text page-centered"><p><a href="https://fernwave.test">Fernwave Home Page</a></p><a class="image-link" href="https://lever.test/job-seeker-support/"><span>Jobs powered by </span><img alt="Lever logo" src="/img/lever-logo-full.svg"></a></div></div>
</body>
</html>"""
    s.list_page("fernwave/7c1d2e4f-93b8-4d71-a0e2-5f8c3b19d6aa/index.html", page)
    s.expect(dict(j))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# brickmove: a Rightmove-like property page (React, hashed classes). The address is the h1, the
# price "£625,000" beside a "Guide Price" qualifier, "Added on 14/03/2026" (day first), a key-facts
# reel of dt/dd pairs whose labels are upper-case ("PROPERTY TYPE", "BEDROOMS") and whose values are
# "×3" beside an icon, "1,184 sq ft" with "110 sq m" behind a toggle, a key-features list, a
# description, the agent box ("Marketed by"), a mortgage calculator full of numbers and a "Similar
# properties" carousel with prices; the PAGE_MODEL JSON blob in a script.
# ---------------------------------------------------------------------------------------------------

HOME = {
    "title": "Ferndale Road, Brixton, London, SW9",
    "price": 625000.0,
    "currency": "GBP",
    "date": "2026-03-14",
    "property_type": "Terraced",
    "bedrooms": 3,
    "bathrooms": 2,
    "size": "1,184 sq ft",
    "tenure": "Freehold",
    "agent": "Foxtons, Brixton",
    "key_features": [
        "Victorian terrace",
        "Three double bedrooms",
        "South-facing garden",
        "Loft conversion potential",
        "Chain free",
    ],
}


@detail
def build_brickmove() -> None:
    s = Site(
        "brickmove",
        kind="detail page (Rightmove-like property: hashed classes, key-facts dt/dd, agent box)",
        start="properties/148213374/",
        description="A property for sale: address heading, guide price, key facts as upper-case dt/dd pairs with ×N values, key features, agent box, mortgage calculator, similar properties.",
    )
    h = HOME
    facts = "".join(
        f'<div class="_3gIoc-NFXILAOZEaEjJi1n"><dt class="IXkFvLy8-4DdLI1TIYXc"><span>{label}</span></dt><dd class="_1hV1kqpVceE9m-QrX_hWDN"><span class="ZBWaPR-rIda6ikyKpB_E2">{icon}</span><span><p class="_1hV1kqpVceE9m-QrX_hWDN ">{value}</p></span></dd></div>'
        for label, icon, value in (
            (
                "PROPERTY TYPE",
                '<svg width="24" height="24" aria-hidden="true"><use href="#house"></use></svg>',
                h["property_type"],
            ),
            (
                "BEDROOMS",
                '<svg width="24" height="24" aria-hidden="true"><use href="#bed"></use></svg>',
                f"×{h['bedrooms']}",
            ),
            (
                "BATHROOMS",
                '<svg width="24" height="24" aria-hidden="true"><use href="#bath"></use></svg>',
                f"×{h['bathrooms']}",
            ),
            (
                "SIZE",
                '<svg width="24" height="24" aria-hidden="true"><use href="#ruler"></use></svg>',
                f'{h["size"]}<span class="_2xKK0XyWC6t0m6J8zbbKLi"> (110 sq m)</span>',
            ),
            ("TENURE", '<svg width="24" height="24" aria-hidden="true"><use href="#key"></use></svg>', h["tenure"]),
        )
    )
    features = "".join(f'<li class="lIhZ24u1NHMa5Y6gDH90A">{f}</li>' for f in h["key_features"])
    similar = "".join(
        f'<li class="_3dFx9L3Yk2pqJ1cGuZ8C0h"><a href="/properties/{pid}#/?channel=RES_BUY" class="_2QlEiaUDxcsZsbnxIh7x0S"><img src="https://media.brickmove.test/dir/crop/10:9-16:9/{pid}_IMG_00_0000_max_296x197.jpeg" alt="" width="296" height="197"><div class="_1O0ZH6fKxbEbwIzEnkHbYQ"><div class="_1hV1kqpVceE9m-QrX_hWDN">£{price:,}</div><div class="_2vPmdd5ZCrwTpTqSgAx6QX">{beds} bedroom {kind} for sale</div><address class="_1FZpgSAMKK0hoFfJ1YPV5C">{addr}</address></div></a></li>'
        for pid, price, beds, kind, addr in [
            (147900211, 650000, 3, "terraced house", "Mayall Road, London, SE24"),
            (148120456, 595000, 2, "flat", "Brixton Water Lane, London, SW2"),
            (147655102, 700000, 4, "end of terrace house", "Railton Road, London, SE24"),
        ]
    )
    model = {
        "propertyData": {
            "id": "148213374",
            "bedrooms": 3,
            "bathrooms": 2,
            "prices": {"primaryPrice": "£625,000", "displayPriceQualifier": "Guide Price"},
            "address": {"displayAddress": h["title"], "outcode": "SW9", "incode": "8PS"},
            "tenure": {"tenureType": "FREEHOLD"},
            "customer": {"branchDisplayName": "Foxtons, Brixton", "companyName": "Foxtons"},
            "listingHistory": {"listingUpdateReason": "Added on 14/03/2026"},
        }
    }
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>3 bedroom terraced house for sale in Ferndale Road, Brixton, London, SW9, SW9</title>
<meta name="description" content="3 bedroom terraced house for sale in Ferndale Road, Brixton, London, SW9 for £625,000. Marketed by Foxtons, Brixton">
<meta property="og:title" content="Check out this 3 bedroom terraced house for sale on Brickmove">
<meta property="og:image" content="https://media.brickmove.test/dir/crop/10:9-16:9/148213374_IMG_00_0000_max_656x437.jpeg">
<link rel="stylesheet" href="/static/css/property-details.3f9a2c.css">
</head>
<body>
<div id="root">
<header class="_3r6ZqDTLmcHdSBn0D-9YPp"><a href="/" class="_2bXlmK8hmHfXDEVBTxlQkJ"><img src="/static/images/logo.svg" alt="Brickmove" width="120" height="28"></a><nav><ul><li><a href="/property-for-sale.html">Buy</a></li><li><a href="/property-to-rent.html">Rent</a></li><li><a href="/house-prices.html">House prices</a></li><li><a href="/find-an-agent.html">Find agent</a></li><li><a href="/login">Sign in</a></li></ul></nav></header>
<main class="_1kck3jRw2PGQSOEy3Lihgp">
<nav class="_2b0LGuXiCkYQ1fcR8lSs-0" aria-label="breadcrumb"><a href="/property-for-sale/London.html">Back to search results</a></nav>
<article class="_2fFy6nQs_hX4a6WEDR-B-6">
<div class="_2uGNfP4v5SSYyfx3rZngKM"><a href="/properties/148213374#/media?id=media0&amp;ref=photoCollage&amp;channel=RES_BUY"><img src="https://media.brickmove.test/dir/crop/10:9-16:9/148213374_IMG_00_0000_max_656x437.jpeg" alt="Picture No. 1" width="656" height="437"></a><a href="/properties/148213374#/media?id=media1&amp;ref=photoCollage&amp;channel=RES_BUY"><img src="https://media.brickmove.test/dir/crop/10:9-16:9/148213374_IMG_01_0000_max_296x197.jpeg" alt="Picture No. 2" width="296" height="197"></a><span class="_2T9tC8Z7ZO5tbJ1TsOhIF_">1/18</span></div>
<div class="_3Wb4KjX0dW3Pzj1v7RzJt6"><div class="_1KCWj_-6e8-7_oJv_prX0H"><div class="_1gfnqJ3Vtd1z40MlC0MzXu"><span>£625,000</span></div><div class="_2zqDfY3EjEJBvO-yW5HSg9"><small class="_2hzqXsgsYX-YS4u8YVXyG0">Guide Price</small></div></div>
<a href="/mortgage-in-principle?propertyId=148213374" class="_1Gg6S2UCzVsCZkKkIPPZiZ">Get a mortgage in principle</a></div>
<div class="_2Ww8f_ZE8X-Nc3sIxRVAd9"><h1 class="_2uQQ3SV0eMHL1P6t5ZDo2q" itemprop="streetAddress">{h["title"]}</h1></div>
<div class="_2nk2x6QhNB1UrxdI5KpvaF">Added on 14/03/2026</div>
<div class="_1AheaMsa8GbYKvoZe5J0JS"><span>This property is currently available. It may be removed from the website if it is sold.</span></div>
<div class="_4hBezflLdgDMdFtURKTWh" data-test="infoReel"><dl class="_3gIoc-NFXILAOZEaEjJi1n">{facts}</dl></div>
<div class="_1u12RxIYGx3c84eaGxI6_b"><h2 class="_1X5RVwL8udm8h0OpUdsxUT">Key features</h2><ul class="_1uI3IvdF5sIuBtRIvKrreQ">{features}</ul></div>
<div class="OD0O7FWw1TjbTD4sdRi1_"><h2 class="_1X5RVwL8udm8h0OpUdsxUT">Property description</h2><div class="STw8udCxUaBUMfOOZu0iL"><div>A handsome three-bedroom Victorian terrace on one of Brixton's best-loved roads, a short walk from the Tube, the market and Brockwell Park. The house keeps its original fireplaces and sash windows, and the kitchen opens onto a 50 ft south-facing garden.<br><br>Upstairs are three double bedrooms and a family bathroom; a second shower room sits off the principal bedroom. The loft offers room to extend (subject to the usual consents). Offered chain free.</div></div></div>
<div class="_2CdMEPuAVXHxzb5evl1Rb8"><h2 class="_1X5RVwL8udm8h0OpUdsxUT">Council tax</h2><dl><dt>Council tax band</dt><dd>D</dd></dl></div>
<section class="_3I8P4fy6mABi4qvaPzM4ql" data-test="mortgageCalculator"><h2 class="_1X5RVwL8udm8h0OpUdsxUT">Mortgage calculator</h2><form><label for="mc-price">Property price</label><input id="mc-price" value="£625,000"><label for="mc-deposit">Deposit</label><input id="mc-deposit" value="£62,500"><label for="mc-term">Repayment period</label><input id="mc-term" value="25 years"></form><p class="_2Sc-Z_0l63n1Tf2ERfEiAr">Monthly repayments <span>£3,215</span></p></section>
</article>
<aside class="_3OGW_s5TH6aUqi4uHum5Gy"><div class="_2_7FjuhBa1WCXkMIlLSjqu" data-test="agentDetails"><h3 class="_3PpywCmRYxC0B-ShkoE5mD">Marketed by</h3><div class="_3GFQqi4YqVTvtFkm1U9dN-"><a href="/estate-agents/agent/Foxtons/Brixton-12345.html" class="_2rTPddC0I7R3r-UCEtyqUv"><img src="https://media.brickmove.test/company/clogo_foxtons.png" alt="Foxtons, Brixton" width="144" height="60"></a><h3 class="_3PpywCmRYxC0B-ShkoE5mD">Foxtons, Brixton</h3><p class="_2wZhI-_P5Um6nJ8KsMFTBa">400 Brixton Road, London, SW9 7AW</p><a href="tel:02037888000" class="_3E1fAHUmQ27HFUFIBdrW0u">020 3788 8000</a></div><button type="button" class="_2-rrtEfCeVw6shB2Zr-GXX">Request details</button></div></aside>
<section class="_2y9MaSm79ZtUVNvlvs1qcv" data-test="similarProperties"><h2 class="_1X5RVwL8udm8h0OpUdsxUT">Similar properties</h2><ul class="_3wJtbCFd_rtJTqBwMuqJbH">{similar}</ul></section>
</main>
<footer class="_1zM4UPjpVnZr7B0zBmG-kM"><ul><li><a href="/about">About Brickmove</a></li><li><a href="/privacy-policy.html">Privacy</a></li><li><a href="/cookies.html">Cookies</a></li></ul><p>&copy; Brickmove Group Ltd 2026</p></footer>
</div>
<script>window.PAGE_MODEL = {json.dumps(model)}</script>
<script src="/static/js/property-details.8b1e0f.js" defer></script>
</body>
</html>"""
    s.list_page("properties/148213374/index.html", page)
    s.expect(dict(h))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# lumenpedia: a MediaWiki (Vector 2022) article about a lighthouse: h1#firstHeading with
# span.mw-page-title-main, an infobox table (caption above, image row, th.infobox-label /
# td.infobox-data rows, a full-width header row, values with reference superscripts "[2]" and
# coordinates written three ways), the lead paragraph with reference marks, a table of contents,
# sections, a references list, navboxes (tables of links) and the site's sidebar and footer.
# ---------------------------------------------------------------------------------------------------

LIGHT = {
    "title": "Skerrymore Lighthouse",
    "location": "Skerrymore, Inner Hebrides, Scotland",
    "constructed": 1844,
    "construction": "granite tower",
    "height": "48 m (157 ft)",
    "shape": "tapered cylindrical tower with balcony and lantern",
    "operator": "Northern Lighthouse Board",
    "focal_height": "46 m (151 ft)",
    "range": "18 nmi (33 km; 21 mi)",
    "characteristic": "Fl W 10s",
    "summary": "Skerrymore Lighthouse is an active lighthouse on the skerry of Skerrymore, 12 miles south-west of Tiree in the Inner Hebrides of Scotland. Completed in 1844 to a design by Alan Stevenson, it is the tallest lighthouse in Scotland.",
    "image": "//upload.lumenpedia.test/thumb/a/a3/Skerrymore_Lighthouse_2019.jpg/250px-Skerrymore_Lighthouse_2019.jpg",
    "coordinates": "56°19′24″N 7°06′45″W",
    "markings": "unpainted tower, black lantern",
    "heritage": "category A listed building",
    "first_lit": 1844,
    "automated": 1988,
}


@detail
def build_lumenpedia() -> None:
    s = Site(
        "lumenpedia",
        kind="detail page (MediaWiki article: infobox of label/value rows with reference marks)",
        start="wiki/Skerrymore_Lighthouse/",
        description="A wiki article about a lighthouse: an infobox table of th/td rows (with [n] reference marks), the lead paragraph, sections, references and navboxes.",
    )
    L = LIGHT
    ref = '<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}"><span class="cite-bracket">&#91;</span>{n}<span class="cite-bracket">&#93;</span></a></sup>'
    rows = [
        (
            "Location",
            '<a href="/wiki/Skerrymore" title="Skerrymore">Skerrymore</a>, <a href="/wiki/Inner_Hebrides" title="Inner Hebrides">Inner Hebrides</a>, <a href="/wiki/Scotland" title="Scotland">Scotland</a>',
        ),
        (
            "Coordinates",
            '<span class="plainlinks nourlexpansion"><a class="external text" href="https://geohack.test/geohack.php?pagename=Skerrymore_Lighthouse&amp;params=56_19_24_N_7_06_45_W_type:landmark"><span class="geo-default"><span class="geo-dms" title="Maps, aerial photos, and other data for this location"><span class="latitude">56°19′24″N</span> <span class="longitude">7°06′45″W</span></span></span><span class="geo-multi-punct">&#xfeff; / &#xfeff;</span><span class="geo-nondefault"><span class="geo-dec" title="Maps, aerial photos, and other data for this location">56.32333°N 7.11250°W</span></span></a></span>',
        ),
        None,
        ("Constructed", f"1844{ref.format(n=1)}"),
        ("Construction", L["construction"]),
        ("Height", f"{L['height']}{ref.format(n=2)}"),
        ("Shape", L["shape"]),
        ("Markings", L["markings"]),
        (
            "Operator",
            f'<a href="/wiki/Northern_Lighthouse_Board" title="Northern Lighthouse Board">{L["operator"]}</a>{ref.format(n=3)}',
        ),
        ("Heritage", f'<a href="/wiki/Listed_building" title="Listed building">{L["heritage"]}</a>'),
        "Light",
        ("First lit", "1844"),
        ("Automated", "1988"),
        ("Focal height", L["focal_height"]),
        ("Range", L["range"]),
        ("Characteristic", f"{L['characteristic']}{ref.format(n=3)}"),
    ]
    body_rows = []
    for row in rows:
        if row is None:
            body_rows.append('<tr><th colspan="2" class="infobox-header">Tower</th></tr>')
        elif isinstance(row, str):
            body_rows.append(f'<tr><th colspan="2" class="infobox-header">{row}</th></tr>')
        else:
            body_rows.append(
                f'<tr><th scope="row" class="infobox-label">{row[0]}</th><td class="infobox-data">{row[1]}</td></tr>'
            )
    infobox = f"""<table class="infobox"><caption class="infobox-title fn org">{L["title"]}</caption><tbody>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Skerrymore_Lighthouse_2019.jpg" class="mw-file-description"><img alt="Skerrymore Lighthouse in 2019" src="{L["image"]}" decoding="async" width="250" height="375" class="mw-file-element"></a></span><div class="infobox-caption">Skerrymore Lighthouse in 2019</div></td></tr>
{"".join(body_rows)}
</tbody></table>"""
    refs = "".join(
        f'<li id="cite_note-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{n}">^</a></b></span> <span class="reference-text"><cite class="citation web cs1">{text}</cite></span></li>'
        for n, text in [
            (1, '"Skerrymore". <i>Northern Lighthouse Board</i>. Retrieved 4 May 2025.'),
            (
                2,
                'Rowlett, Russ. "Lighthouses of Western Scotland". <i>The Lighthouse Directory</i>. Retrieved 4 May 2025.',
            ),
            (3, "<i>List of Lights, Pub. 114</i>. United States National Geospatial-Intelligence Agency. 2025."),
        ]
    )
    nav = "".join(
        f'<li><a href="/wiki/{n.replace(" ", "_")}" title="{n}">{n}</a></li>'
        for n in [
            "Ardnamurchan Lighthouse",
            "Bell Rock Lighthouse",
            "Dubh Artach",
            "Hynish",
            "Muckle Flugga",
            "Sula Sgeir Lighthouse",
            "Barra Head Lighthouse",
            "Cape Wrath Lighthouse",
        ]
    )
    page = f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{L["title"]} - Lumenpedia</title>
<meta property="og:title" content="{L["title"]} - Lumenpedia">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
</head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Skerrymore_Lighthouse rootpage-Skerrymore_Lighthouse skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/lumenpedia.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container">Lumenpedia</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="Search Lumenpedia" aria-label="Search Lumenpedia" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner">
<div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu" aria-label="Site"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><ul class="vector-menu-content-list"><li id="n-mainpage-description"><a href="/wiki/Main_Page"><span>Main page</span></a></li><li id="n-contents"><a href="/wiki/Lumenpedia:Contents"><span>Contents</span></a></li><li id="n-currentevents"><a href="/wiki/Portal:Current_events"><span>Current events</span></a></li><li id="n-randompage"><a href="/wiki/Special:Random"><span>Random article</span></a></li></ul></div></nav></div></div>
<div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container"><div id="vector-toc" class="vector-toc"><div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li><li class="vector-toc-list-item"><a class="vector-toc-link" href="#History"><div class="vector-toc-text"><span class="vector-toc-numb">1</span> <span>History</span></div></a></li><li class="vector-toc-list-item"><a class="vector-toc-link" href="#Design"><div class="vector-toc-text"><span class="vector-toc-numb">2</span> <span>Design</span></div></a></li><li class="vector-toc-list-item"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span class="vector-toc-numb">3</span> <span>References</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main">
<header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{L["title"]}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" class="vector-dropdown-checkbox" aria-label="Go to an article in another language. Available in 4 languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">4 languages</span></label></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Skerrymore_Lighthouse" title="View the content page [c]" accesskey="c"><span>Article</span></a></li><li id="ca-talk"><a href="/wiki/Talk:Skerrymore_Lighthouse" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a href="/wiki/Skerrymore_Lighthouse"><span>Read</span></a></li><li id="ca-edit"><a href="/w/index.php?title=Skerrymore_Lighthouse&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history"><a href="/w/index.php?title=Skerrymore_Lighthouse&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading">
<div id="siteSub" class="noprint">From Lumenpedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Lighthouse in the Inner Hebrides, Scotland</div>
<p class="mw-empty-elt"></p>
{infobox}
<p><b>Skerrymore Lighthouse</b> is an active <a href="/wiki/Lighthouse" title="Lighthouse">lighthouse</a> on the <a href="/wiki/Skerry" title="Skerry">skerry</a> of Skerrymore, 12 miles south-west of <a href="/wiki/Tiree" title="Tiree">Tiree</a> in the <a href="/wiki/Inner_Hebrides" title="Inner Hebrides">Inner Hebrides</a> of Scotland. Completed in 1844 to a design by <a href="/wiki/Alan_Stevenson" title="Alan Stevenson">Alan Stevenson</a>, it is the tallest lighthouse in Scotland.{ref.format(n=2)}</p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Skerrymore_Lighthouse&amp;action=edit&amp;section=1" title="Edit section: History"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>Work began in 1838 from a barracks on Tiree, where the stone was dressed before being shipped to the rock. The granite came from the Ross of Mull. The light was first exhibited on 1 February 1844.{ref.format(n=1)}</p>
<p>The station was automated in 1988, after a fire in 1984 had damaged the tower's interior and put the light out of action for several years.</p>
<div class="mw-heading mw-heading2"><h2 id="Design">Design</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Skerrymore_Lighthouse&amp;action=edit&amp;section=2" title="Edit section: Design"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>The tower follows a hyperbolic curve, with walls 2.9 m thick at the base narrowing to 0.6 m at the top, so that its weight keeps it standing against Atlantic storms.</p>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">{refs}</ol></div></div>
<div role="navigation" class="navbox" aria-labelledby="Lighthouses_in_Scotland"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Lighthouses_in_Scotland">Lighthouses in Scotland</div></th></tr><tr><th scope="row" class="navbox-group">Hebrides</th><td class="navbox-list navbox-odd"><div><ul>{nav}</ul></div></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Lighthouses_completed_in_1844" title="Category:Lighthouses completed in 1844">Lighthouses completed in 1844</a></li><li><a href="/wiki/Category:Category_A_listed_buildings_in_Argyll_and_Bute" title="Category:Category A listed buildings in Argyll and Bute">Category A listed buildings in Argyll and Bute</a></li></ul></div></div>
</div>
</main></div></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2 March 2026, at 11:04<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="nofollow" href="//creativecommons.test/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike 4.0 License</a>.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/Lumenpedia:About">About Lumenpedia</a></li></ul></footer>
</body>
</html>"""
    s.list_page("wiki/Skerrymore_Lighthouse/index.html", page)
    s.expect(dict(L))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in DETAIL.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} {meta['kind']:90} pages={meta['list_pages']} records={meta['records']}")


if __name__ == "__main__":
    main()
