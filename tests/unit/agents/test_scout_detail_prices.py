"""The prices of a product or event page: the price itself, the struck price before a sale, a range.

The pages are written the way shop platforms write them (WooCommerce, Magento, Shopify,
BigCommerce): a struck or "Was" price is never the price, and a range gives the low end as the
price and keeps the high end where the page shows it in an element of its own.
"""

from __future__ import annotations

import pytest

from agents.scout import analyze_page

URL = "https://shop.example/p/item/"

WOO = """<!doctype html><html><head><title>Hoodie &ndash; Ridge Supply</title></head>
<body class="product-template-default single single-product woocommerce">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Ridge Supply</a></div>
<nav class="main-navigation"><ul><li><a href="/shop/">Shop</a></li>
<li><a href="/cart/">Cart</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<nav class="woocommerce-breadcrumb">
<a href="/">Home</a>&nbsp;/&nbsp;<a href="/c/clothing/">Clothing</a>&nbsp;/&nbsp;Hoodie</nav>
<div id="product-12"
class="product type-product status-publish has-post-thumbnail product_cat-hoodies first instock product-type-variable">
<div class="woocommerce-product-gallery images"><figure class="woocommerce-product-gallery__wrapper">
<div class="woocommerce-product-gallery__image"><a href="/wp-content/uploads/hoodie-2.jpg">
<img width="600" height="600" src="/wp-content/uploads/hoodie-2-600x600.jpg" class="wp-post-image" alt="Hoodie">
</a></div></figure></div>
<div class="summary entry-summary">
<h1 class="product_title entry-title">Hoodie</h1>
<div class="woocommerce-product-rating">
<div class="star-rating" role="img" aria-label="Rated 4.50 out of 5">
<span style="width:90%">Rated <strong class="rating">4.50</strong> out of 5 based on <span
class="rating">2</span> customer ratings</span>
</div>
<a href="#reviews" class="woocommerce-review-link" rel="nofollow">(<span
class="count">2</span> customer reviews)</a>
</div>
<!--price-->
<div class="woocommerce-product-details__short-description">
<p>A heavyweight cotton hoodie with a brushed fleece inside, a kangaroo pocket and a lined hood. Made in Portugal.</p>
</div>
<form class="variations_form cart" method="post"><table class="variations"><tr>
<th class="label"><label for="pa_color">Color</label></th><td class="value">
<select id="pa_color" name="attribute_pa_color"><option value="">Choose an option</option>
<option value="blue">Blue</option><option value="green">Green</option></select></td></tr></table>
<button type="submit" class="single_add_to_cart_button button alt">Add to cart</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">woo-hoodie</span>
</span> <span class="posted_in">Category: <a href="/c/hoodies/" rel="tag">Hoodies</a></span></div>
</div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs">
<li><a href="#tab-description">Description</a></li><li><a href="#tab-reviews">Reviews (2)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab"
id="tab-description">
<h2>Description</h2>
<p>Our heavyweight hoodie is cut from 400 gsm organic cotton loopback and brushed on the inside for warmth.
The hood is fully lined and the cuffs are ribbed to keep their shape wash after wash.</p>
</div></div>
<section class="related products"><h2>Related products</h2><ul class="products columns-4">
<li class="product"><a href="/p/beanie/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">Beanie</h2><span class="price"><del aria-hidden="true">
<span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>20.00</bdi></span></del> <ins>
<span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>18.00</bdi></span></ins></span></a></li>
<li class="product"><a href="/p/cap/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">Cap</h2><span class="price">
<span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>16.00</bdi></span></span></a></li>
<li class="product"><a href="/p/belt/" class="woocommerce-LoopProduct-link">
<h2 class="woocommerce-loop-product__title">Belt</h2><span class="price">
<span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>55.00</bdi></span></span></a></li>
</ul></section></div></main></div>
<footer id="colophon" class="site-footer">
<div class="site-info">&copy; Ridge Supply</div></footer></body></html>"""

MAGENTO = """<!doctype html><html lang="en"><head><title>Driven Backpack</title></head>
<body class="catalog-product-view product-driven-backpack page-layout-1column">
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<ul class="header links"><li><a href="/customer/account/">My Account</a></li></ul></div></div>
<div class="header content"><a class="logo" href="/" title="Luma">
<img src="/static/logo.svg" alt="Luma" width="148" height="43"></a>
<div class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/">
<span class="text">My Cart</span></a></div></div></header>
<main id="maincontent" class="page-main"><div class="columns"><div class="column main">
<div class="product-info-main">
<div class="page-title-wrapper product">
<h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper" itemprop="name">Driven Backpack</span>
</h1></div>
<div class="product-reviews-summary" itemprop="aggregateRating" itemscope
itemtype="http://schema.org/AggregateRating">
<div class="rating-summary"><span class="label"><span>Rating:</span></span>
<div class="rating-result" title="80%"><span style="width:80%"><span>
<span itemprop="ratingValue">80</span>% of <span itemprop="bestRating">100</span></span></span></div></div>
<div class="reviews-actions"><a class="action view" href="#reviews">
<span itemprop="reviewCount">3</span>&nbsp;<span>Reviews</span></a></div></div>
<div class="product-info-price">
<div class="price-box price-final_price" data-role="priceBox" data-product-id="26">
<span class="special-price"><span class="price-container price-final_price tax weee">
<span class="price-label">Special Price</span>
<span id="product-price-26" data-price-amount="29" data-price-type="finalPrice" class="price-wrapper ">
<span class="price">$29.00</span></span></span></span>
<span class="old-price"><span class="price-container price-final_price tax weee">
<span class="price-label">Regular Price</span>
<span id="old-price-26" data-price-amount="36" data-price-type="oldPrice" class="price-wrapper ">
<span class="price">$36.00</span></span></span></span>
</div>
<div class="product-info-stock-sku">
<div class="stock available" title="Availability"><span>In stock</span></div>
<div class="product attribute sku"><strong class="type">SKU</strong>
<div class="value" itemprop="sku">24-WB03</div></div></div></div>
<div class="product-add-form"><form id="product_addtocart_form"><div class="box-tocart">
<button type="submit" class="action primary tocart" id="product-addtocart-button"><span>Add to Cart</span>
</button></div></form></div>
<div class="product attribute overview">
<div class="value"
itemprop="description">With a sleek, streamlined design, the Driven Backpack is perfect for work, school and
weekend adventures alike.</div>
</div>
</div>
<div class="product media"><div class="gallery-placeholder">
<img alt="main product photo" class="gallery-placeholder__image"
src="/media/catalog/product/m/b/mb05-black-0.jpg">
</div></div>
<div class="product info detailed"><div class="product data items">
<div class="data item title" id="tab-label-description"><a class="data switch" href="#description">Details</a>
</div>
<div class="data item content" id="description"><div class="product attribute description"><div class="value">
<p>The Driven Backpack has a padded laptop sleeve, a quick-access front pocket and breathable mesh shoulder
straps for long commutes.</p>
</div></div></div>
<div class="data item title" id="tab-label-additional">
<a class="data switch" href="#additional">More Information</a></div>
<div class="data item content" id="additional">
<table class="data table additional-attributes" id="product-attribute-specs-table"><tbody>
<tr><th class="col label" scope="row">Activity</th>
<td class="col data" data-th="Activity">Urban, Travel</td></tr>
<tr><th class="col label" scope="row">Material</th>
<td class="col data" data-th="Material">Nylon, Polyester</td></tr>
</tbody></table></div></div></div>
</div></div></main>
<footer class="page-footer">
<div class="footer content"><small class="copyright"><span>Copyright &copy; 2013-present Magento, Inc.</span>
</small></div></footer></div></body></html>"""

SHOPIFY = """<!doctype html><html class="no-js" lang="en"><head><title>Linen Shirt &ndash; Fieldhouse</title>
<script
type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Linen Shirt",
"url":"https://fieldhouse.example/products/linen-shirt",
"image":["https://fieldhouse.example/cdn/shop/files/linen-shirt.jpg"],
"description":"Relaxed shirt in washed European linen.","sku":"FH-LS-01","brand":{"@type":"Brand",
"name":"Fieldhouse"},"offers":[{"@type":"Offer","availability":"http://schema.org/InStock","price":79.0,
"priceCurrency":"USD","url":"https://fieldhouse.example/products/linen-shirt?variant=1"}]}</script>
</head><body class="gradient">
<div class="shopify-section shopify-section-group-header-group section-header">
<header class="header header--middle-left"><a href="/" class="header__heading-link">
<span class="h2">Fieldhouse</span></a>
<nav class="header__inline-menu"><ul class="list-menu">
<li><a href="/collections/all" class="header__menu-item">Catalog</a></li></ul></nav></header></div>
<main id="MainContent" class="content-for-layout" role="main">
<section id="shopify-section-template--main" class="shopify-section section">
<section class="page-width section-template--main-padding">
<div class="product product--large product--left grid grid--1-col grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><div class="product__media media">
<img src="//fieldhouse.example/cdn/shop/files/linen-shirt.jpg?v=1&width=1946" alt="Linen Shirt" width="1946"
height="1946">
</div></div>
<div class="product__info-wrapper grid__item">
<div id="ProductInfo-template--main" class="product__info-container">
<p class="product__text inline-richtext caption-with-letter-spacing">Fieldhouse</p>
<div class="product__title"><h1>Linen Shirt</h1></div>
<div class="no-js-hidden" id="price-template--main" role="status">
<div class="price price--large price--on-sale price--show-badge"><div class="price__container">
<div class="price__regular"><span class="visually-hidden visually-hidden--inline">Regular price</span>
<span class="price-item price-item--regular">$99.00 USD</span></div>
<div class="price__sale"><span class="visually-hidden visually-hidden--inline">Regular price</span><span>
<s class="price-item price-item--regular">$99.00 USD</s></span>
<span class="visually-hidden visually-hidden--inline">Sale price</span>
<span class="price-item price-item--sale price-item--last">$79.00 USD</span></div>
</div><span class="badge price__badge-sale color-scheme-4">Sale</span></div></div>
<div class="product__description rte quick-add-hidden">
<p>Relaxed shirt in washed European linen. Garment-dyed for a soft hand and a lived-in look from the first
wear; mother-of-pearl buttons.</p>
</div>
<product-form class="product-form"><form method="post" action="/cart/add">
<button type="submit" name="add" class="product-form__submit button button--full-width button--secondary">
<span>Add to cart</span></button></form></product-form>
</div></div></div></section></section></main>
<footer class="footer"><p>&copy; 2026, Fieldhouse Powered by Shopify</p></footer></body></html>"""

BIGC = """<!DOCTYPE html><html class="no-js" lang="en"><head>
<title>Orbit Coffee Grinder - Cornerstone Store</title></head>
<body><header class="header" role="banner">
<h2 class="header-logo"><a href="/"><span class="header-logo-text">Cornerstone Store</span></a></h2>
<nav class="navUser"><ul class="navUser-section">
<li class="navUser-item"><a class="navUser-action" href="/cart.php">Cart</a></li></ul></nav></header>
<main class="body" id="main-content" role="main"><div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs">
<li class="breadcrumb"><a href="/" class="breadcrumb-label">Home</a></li>
<li class="breadcrumb is-active"><span class="breadcrumb-label">Orbit Coffee Grinder</span></li></ol></nav>
<div class="productView">
<section class="productView-images"><figure class="productView-image"><div class="productView-img-container">
<img src="/product_images/orbit-grinder__1.jpg" alt="Orbit Coffee Grinder"
title="Orbit Coffee Grinder" data-main-image>
</div></figure></section>
<section class="productView-details product-data"><div class="productView-product">
<h2 class="productView-brand"><a href="/brands/Orbit.html"><span>Orbit</span></a></h2>
<h1 class="productView-title">Orbit Coffee Grinder</h1>
<div class="productView-price">
<div
class="price-section price-section--withoutTax rrp-price--withoutTax">MSRP: <span data-product-rrp-price-without-tax
class="price price--rrp">$149.00</span>
</div>
<div
class="price-section price-section--withoutTax non-sale-price--withoutTax">Was: <span
data-product-non-sale-price-without-tax
class="price price--non-sale">$129.00</span>
</div>
<div class="price-section price-section--withoutTax"><span class="price-label">Now:</span>
<span data-product-price-without-tax class="price price--withoutTax">$99.00 - $119.00</span></div>
</div>
<div class="productView-rating"><span class="icon icon--ratingFull"></span><span class="productView-reviewLink">
<a href="#product-reviews">4 reviews</a></span></div>
<dl class="productView-info"><dt class="productView-info-name">SKU:</dt>
<dd class="productView-info-value" data-product-sku>ORB-GR-2</dd>
<dt class="productView-info-name">Weight:</dt><dd class="productView-info-value">2.10 KGS</dd></dl>
</div></section>
<article class="productView-description"><ul class="tabs">
<li class="tab is-active"><a class="tab-title" href="#tab-description">Description</a></li></ul>
<div class="tab-content is-active" id="tab-description">
<p>The Orbit grinder has 40 stepped settings and conical steel burrs, from espresso fine to French-press
coarse, with a quiet geared motor.</p>
</div></article>
</div></div></main><footer class="footer">
<p class="powered-by">&copy; Cornerstone Store</p></footer></body></html>"""

EVENT = """<!doctype html><html lang="en"><head><title>Folk Night at the Mill | Millhouse Arts</title></head>
<body>
<header class="site-header"><a class="logo" href="/">Millhouse Arts</a>
<nav><a href="/whats-on/">What's on</a></nav></header>
<main id="content"><article class="event">
<h1 class="event-title">Folk Night at the Mill</h1>
<div class="event-meta">
<p class="event-date"><time datetime="2026-12-12T19:30:00+00:00">Sat 12 Dec 2026, 7.30pm</time></p>
<p class="event-venue">The Long Barn</p>
<p class="event-tickets">£12 – £18</p></div>
<div class="event-body">
<p>An evening of traditional and new folk music with three local bands and a floor spot for anyone brave
enough to bring an instrument. Bar open from 6.30pm.</p>
</div>
</article></main><footer><p>Millhouse Arts, registered charity</p></footer></body></html>"""

WOO_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org/","@graph":[{"@type":"Product",'
    '"name":"Hoodie","sku":"woo-hoodie","offers":[{"@type":"AggregateOffer","lowPrice":"42.00",'
    '"highPrice":"45.00","priceCurrency":"GBP"}]}]}</script>'
)
_AMOUNT = (
    '<span class="woocommerce-Price-amount amount"><bdi>'
    '<span class="woocommerce-Price-currencySymbol">&pound;</span>{}</bdi></span>'
)
#: A variable product: the cheapest and the dearest variation.
WOO_RANGE = WOO.replace(
    "<!--price-->", f'<p class="price">{_AMOUNT.format("42.00")} &ndash; {_AMOUNT.format("45.00")}</p>'
).replace('<footer id="colophon"', WOO_LD + '<footer id="colophon"')
#: A sale: WooCommerce 8 writes screen-reader sentences beside the struck and the current price.
WOO_SALE = WOO.replace(
    "<!--price-->",
    f'<p class="price"><del aria-hidden="true">{_AMOUNT.format("45.00")}</del> '
    '<span class="screen-reader-text">Original price was: &pound;45.00.</span>'
    f'<ins aria-hidden="true">{_AMOUNT.format("42.00")}</ins>'
    '<span class="screen-reader-text">Current price is: &pound;42.00.</span></p>',
).replace('<footer id="colophon"', WOO_LD + '<footer id="colophon"')


def _entity(html: str) -> dict[str, object]:
    profile = analyze_page(html, URL)
    assert profile.spec.mode == "detail"
    [record] = profile.sample_records
    return record


def test_a_woocommerce_variable_product_gives_its_range_low_and_high() -> None:
    record = _entity(WOO_RANGE)

    assert record["price"] == {"amount": 42.0, "currency": "GBP"}
    assert record["price_max"] == {"amount": 45.0, "currency": "GBP"}
    assert "original_price" not in record
    assert not any("Choose an option" in str(v) for v in record.values())  # the variation picker is no value


def test_a_woocommerce_sale_reads_the_ins_price_and_keeps_the_del_price() -> None:
    record = _entity(WOO_SALE)

    assert record["price"] == {"amount": 42.0, "currency": "GBP"}
    assert record["original_price"] == {"amount": 45.0, "currency": "GBP"}
    assert "price_max" not in record  # a struck price and a price are no range


def test_magentos_regular_price_after_the_special_price_is_the_original() -> None:
    record = _entity(MAGENTO)

    assert record["price"] == {"amount": 29.0, "currency": "USD"}
    assert record["original_price"] == {"amount": 36.0, "currency": "USD"}


def test_shopifys_sale_price_wins_over_the_regular_price_shown_first() -> None:
    record = _entity(SHOPIFY.replace('<script type="application/ld+json">', '<script type="text/x-none">'))

    assert record["price"] == {"amount": 79.0, "currency": "USD"}
    assert record["original_price"] == {"amount": 99.0, "currency": "USD"}


def test_shopify_without_a_sale_reads_its_regular_price() -> None:
    plain = (
        SHOPIFY.replace('<script type="application/ld+json">', '<script type="text/x-none">')
        .replace(
            '<span><s class="price-item price-item--regular">$99.00 USD</s></span>',
            '<span><s class="price-item"></s></span>',
        )
        .replace("$79.00 USD", "$99.00 USD")
    )

    record = _entity(plain)

    assert record["price"] == {"amount": 99.0, "currency": "USD"}
    assert "original_price" not in record


def test_bigcommerce_was_and_msrp_labels_leave_the_now_price() -> None:
    record = _entity(BIGC)

    assert record["price"] == {"amount": 99.0, "currency": "USD"}  # the low end of "$99.00 - $119.00"
    assert record["original_price"] == {"amount": 129.0, "currency": "USD"}  # "Was:", beside it; not the MSRP
    assert record["reviews"] == 4  # "4 reviews" in div.productView-rating: a count, not a rating


@pytest.mark.parametrize(
    ("shown", "price"),
    [
        ('<p class="event-tickets"><strong>Tickets:</strong> £12 – £18</p>', (12.0, "GBP")),
        (
            "<dl><dt>Venue</dt><dd>The Long Barn</dd>"
            "<dt>Tickets</dt><dd>£12 – £18 <small>(concessions)</small></dd></dl>",
            (12.0, "GBP"),
        ),
        ('<div class="tickets"><span class="from">From</span> €9</div>', (9.0, "EUR")),
        ('<ul class="meta"><li><svg></svg> Sat 12 Dec</li><li><svg></svg> £12 – £18</li></ul>', (12.0, "GBP")),
    ],
)
def test_a_ticket_price_outside_any_price_class_gives_its_low_end(shown: str, price: tuple[float, str]) -> None:
    record = _entity(EVENT.replace('<p class="event-tickets">£12 – £18</p>', shown))

    assert record["price"] == {"amount": price[0], "currency": price[1]}
    assert record["title"] == "Folk Night at the Mill"
    assert [v for v in record.values() if isinstance(v, dict)] == [record["price"]]  # read once, as the price
