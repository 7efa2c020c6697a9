"""Twentieth wave, part B: three pages of a public web-scraping sandbox (scrapingcourse.com, 2024–25),
replicated under the name CourseCart, written and measured before any heuristic was changed for them.

* **coursecart-shop** — the sandbox's ``/ecommerce/`` shop: WooCommerce on Storefront. The Storefront
  header (skip links, custom logo, product search, primary and secondary menus, the header cart
  "$0.00 0 items" with a hidden mini cart), the breadcrumb, ``h1`` "Shop", the sorting bar twice
  (orderby select, "Showing 1–16 of 40 results", ``nav.woocommerce-pagination`` with ``/ecommerce/page/N/``
  and → / ← links), ``ul.products.columns-4`` of ``li.product.type-product.post-N…`` items, each an
  ``a.woocommerce-LoopProduct-link`` wrapping ``span.onsale`` "Sale!" (on sale), the 324×324 ``img`` with
  a ``srcset``, ``h2.woocommerce-loop-product__title.product-name`` and ``span.price`` (the amount in
  ``bdi`` after a ``woocommerce-Price-currencySymbol`` "$"; on sale ``del aria-hidden`` + screen-reader
  "Original price was: $74.00." + ``ins`` + "Current price is: $59.20."), then the "Select options" /
  "Add to cart" / "Read more" button with ``data-product_id`` and ``data-product_sku`` (and the
  screen-reader ``describedby`` text of variable products); 16, 16 and 8 products; the Storefront
  footer and the handheld footer bar. Written down: title, url, price, currency, original_price.
* **coursecart-scroll** — the sandbox's ``/infinite-scrolling`` page: a Laravel/Tailwind page (the
  navbar with the split brand name, ``h1`` "Infinite Scroll", a "Challenge" box) whose
  ``div#product-grid`` holds the first 12 ``div.product-item`` cards (an ``a`` to the shop's product on
  the bare domain, not this page's ``www`` host, an ``img.product-image``, ``span.product-name``, a
  ``br`` and ``span.product-price`` "$52" without cents); a script fetches
  ``/ajax/products?offset=${offset}`` as you scroll, starting at 10 and adding 10, and appends the HTML
  answer (bare ``div.product-item`` cards, twelve from the offset: each batch repeats the previous one's
  last two products) until an answer is empty. 12 + 12 + 10 cards, 30 products. Written down: title,
  url, price, currency (each product once).
* **coursecart-js** — the sandbox's ``/javascript-rendering`` page: the same layout, ``h1`` "JavaScript
  Rendering", and a grid of empty ``div.product-item[data-testid=product-item]`` templates (schema.org
  Product microdata, ``a.product-link`` with ``href=""``, an empty ``img``, ``span.product-name``,
  ``span.product-price[data-content=product-price]``, ``meta[itemprop=sku]``); a script fetches
  ``/ajax/products/json?offset=0`` — an array of products in WooCommerce's import shape (``id``, ``type``,
  ``sku``, ``name``, ``short_description``, HTML ``description``, ``stock``, ``sale_price`` ("" when
  none), ``regular_price``, ``categories`` "A>B|C", ``images`` comma-separated, ``attr_N_name`` /
  ``attr_N_value``…) — and fills one card per product, building the link from the name (lower case,
  spaces to hyphens) and showing a sale as a struck regular price beside the sale price. 24 products,
  one request. Written down: title, price, currency, original_price (the link exists only as the
  script builds it from the name, so it is not written down).

Run ``uv run python tests/sites/corpus/generate_twentieth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTIETH_B: dict[str, Callable[[], None]] = {}


def twentieth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


UPLOADS = "/ecommerce/wp-content/uploads/2024/03"


def _woo_amount(amount: float) -> str:
    return f'<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>{amount:,.2f}</bdi></span>'


# ---------------------------------------------------------------------------------------------------
# coursecart-shop: WooCommerce (Storefront) shop archive, /ecommerce/page/N/.
# ---------------------------------------------------------------------------------------------------

# (name, price, sku, type, image, categories, sale price or None, in stock)
SHOP: list[tuple[str, float, str, str, str, list[str], float | None, bool]] = [
    (
        "Abominable Hoodie",
        69.0,
        "MH09",
        "variable",
        "mh09-blue_main",
        ["hoodies-sweatshirts", "men", "tops"],
        None,
        True,
    ),
    ("Adrienne Trek Jacket", 57.0, "WJ08", "variable", "wj08-gray_main", ["jackets", "tops", "women"], None, True),
    ("Aeon Capri", 48.0, "WP07", "variable", "wp07-black_main", ["bottoms", "pants", "women"], None, True),
    ("Aero Daily Fitness Tee", 24.0, "MS01", "variable", "ms01-black_main", ["men", "tees", "tops"], None, True),
    ("Aether Gym Pant", 74.0, "MP11", "variable", "mp11-brown_main", ["bottoms", "men", "pants"], 59.2, True),
    ("Affirm Water Bottle", 7.0, "24-UG06", "simple", "ug06-lb-0", ["fitness-equipment", "gear"], None, True),
    ("Aim Analog Watch", 45.0, "24-MG04", "simple", "mg04-bk-0", ["gear", "watches"], None, True),
    (
        "Ajax Full-Zip Sweatshirt",
        69.0,
        "MH12",
        "variable",
        "mh12-green_main",
        ["hoodies-sweatshirts", "men", "tops"],
        None,
        True,
    ),
    ("Ana Running Short", 40.0, "WSH10", "variable", "wsh10-orange_main", ["bottoms", "shorts", "women"], 32.0, True),
    (
        "Angel Light Running Short",
        42.0,
        "WSH07",
        "variable",
        "wsh07-black_main",
        ["bottoms", "shorts", "women"],
        None,
        True,
    ),
    ("Antonia Racer Tank", 34.0, "WT08", "variable", "wt08-black_main", ["tanks", "tops", "women"], None, True),
    ("Apollo Running Short", 32.5, "MSH03", "variable", "msh03-black_main", ["bottoms", "men", "shorts"], None, True),
    ("Arcadio Gym Short", 20.0, "MSH11", "variable", "msh11-blue_main", ["bottoms", "men", "shorts"], None, True),
    ("Argus All-Weather Tank", 22.0, "MT07", "variable", "mt07-gray_main", ["men", "tanks", "tops"], None, True),
    (
        "Ariel Roll Sleeve Sweatshirt",
        39.0,
        "WH09",
        "variable",
        "wh09-green_main",
        ["hoodies-sweatshirts", "tops", "women"],
        None,
        True,
    ),
    (
        "Artemis Running Short",
        45.0,
        "WSH04",
        "variable",
        "wsh04-black_main",
        ["bottoms", "shorts", "women"],
        None,
        True,
    ),
    ("Astrid Running Jacket", 84.0, "WJ04", "variable", "wj04-white_main", ["jackets", "tops", "women"], 67.2, True),
    ("Atlas Fitness Tank", 18.0, "MT11", "variable", "mt11-blue_main", ["men", "tanks", "tops"], None, True),
    (
        "Atomic Endurance Running Tee (Crew-Neck)",
        29.0,
        "MS03",
        "variable",
        "ms03-green_main",
        ["men", "tees", "tops"],
        None,
        True,
    ),
    (
        "Atomic Endurance Running Tee (V-neck)",
        28.0,
        "MS07",
        "variable",
        "ms07-black_main",
        ["men", "tees", "tops"],
        None,
        True,
    ),
    ("Augusta Pullover Jacket", 57.0, "WJ11", "variable", "wj11-blue_main", ["jackets", "tops", "women"], None, True),
    (
        "Autumn Pullie",
        57.0,
        "WH02",
        "variable",
        "wh02-green_main",
        ["hoodies-sweatshirts", "tops", "women"],
        None,
        True,
    ),
    ("Balboa Persistence Tee", 29.0, "MS09", "variable", "ms09-black_main", ["men", "tees", "tops"], None, True),
    ("Beaumont Summit Kit", 42.0, "MJ01", "variable", "mj01-orange_main", ["jackets", "men", "tops"], None, True),
    ("Bella Tank", 29.0, "WT01", "variable", "wt01-black_main", ["tanks", "tops", "women"], None, False),
    ("Bolo Sport Watch", 49.0, "24-WG01", "simple", "wg01-bk-0", ["gear", "watches"], None, True),
    ("Breathe-Easy Tank", 34.0, "WT09", "variable", "wt09-white_main", ["tanks", "tops", "women"], None, True),
    (
        "Bruno Compete Hoodie",
        63.0,
        "MH03",
        "variable",
        "mh03-black_main",
        ["hoodies-sweatshirts", "men", "tops"],
        None,
        True,
    ),
    ("Caesar Warm-Up Pant", 35.0, "MP01", "variable", "mp01-gray_main", ["bottoms", "men", "pants"], None, True),
    ("Carina Basic Capri", 32.0, "WP11", "variable", "wp11-blue_main", ["bottoms", "pants", "women"], None, True),
    (
        "Cassia Funnel Sweatshirt",
        48.0,
        "WH08",
        "variable",
        "wh08-white_main",
        ["hoodies-sweatshirts", "tops", "women"],
        38.4,
        True,
    ),
    ("Cassius Sparring Tank", 18.0, "MT12", "variable", "mt12-blue_main", ["men", "tanks", "tops"], None, True),
    ("Celeste Sports Bra", 39.0, "WB03", "variable", "wb03-red_main", ["bras-tanks", "tops", "women"], None, True),
    (
        "Chaz Kangeroo Hoodie",
        52.0,
        "MH01",
        "variable",
        "mh01-gray_main",
        ["hoodies-sweatshirts", "men", "tops"],
        None,
        True,
    ),
    ("Chloe Compete Tank", 39.0, "WT07", "variable", "wt07-yellow_main", ["tanks", "tops", "women"], None, True),
    (
        "Circe Hooded Ice Fleece",
        68.0,
        "WH11",
        "variable",
        "wh11-green_main",
        ["hoodies-sweatshirts", "tops", "women"],
        None,
        True,
    ),
    ("Clamber Watch", 54.0, "24-WG03", "simple", "wg03-gr-0", ["gear", "watches"], 46.0, True),
    (
        "Cobalt CoolTech™ Fitness Short",
        44.0,
        "MSH06",
        "variable",
        "msh06-gray_main",
        ["bottoms", "men", "shorts"],
        None,
        True,
    ),
    ("Compete Track Tote", 32.0, "24-WB02", "simple", "wb02-bk-0", ["bags", "gear"], 24.0, True),
    ("Cronus Yoga Pant", 48.0, "MP04", "variable", "mp04-black_main", ["bottoms", "men", "pants"], None, True),
]
SHOP_TOTAL = len(SHOP)


def _shop_price(price: float, sale: float | None) -> str:
    if sale is None:
        return f'<span class="price">{_woo_amount(price)}</span>'
    return (
        f'<span class="price"><del aria-hidden="true">{_woo_amount(price)}</del> <span class="screen-reader-text">Original price was: &#036;{price:,.2f}.</span>'
        f'<ins aria-hidden="true">{_woo_amount(sale)}</ins><span class="screen-reader-text">Current price is: &#036;{sale:,.2f}.</span></span>'
    )


def _shop_item(index: int, position: int, item: tuple[str, float, str, str, str, list[str], float | None, bool]) -> str:
    name, price, sku, kind, image, cats, sale, stock = item
    post = 246 + index * 17 if kind == "variable" else 2740 + index
    url = f"/ecommerce/product/{slug(name)}/"
    edge = " first" if position % 4 == 0 else " last" if position % 4 == 3 else ""
    classes = (
        f"product type-product post-{post} status-publish{edge} {'instock' if stock else 'outofstock'} "
        + " ".join(f"product_cat-{c}" for c in cats)
        + (" sale" if sale is not None else "")
        + f" has-post-thumbnail taxable shipping-taxable purchasable product-type-{kind}"
    )
    src = f"{UPLOADS}/{image}"
    srcset = ", ".join(f"{src}-{w}x{w}.jpg {w}w" for w in (324, 100, 150, 300)) + f", {src}.jpg 600w"
    onsale = '<span class="onsale">Sale!</span>\n\t' if sale is not None else ""
    quoted = f"&ldquo;{esc(name)}&rdquo;"
    if not stock:
        button = f'<a href="{url}" data-quantity="1" class="button product_type_{kind}" data-product_id="{post}" data-product_sku="{sku}" aria-label="Read more about {quoted}" rel="nofollow">Read more</a>'
    elif kind == "variable":
        button = (
            f'<a href="{url}" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{post}" data-quantity="1" class="button product_type_variable add_to_cart_button" data-product_id="{post}" data-product_sku="{sku}" aria-label="Select options for {quoted}" rel="nofollow">Select options</a>'
            f'\t<span id="woocommerce_loop_add_to_cart_link_describedby_{post}" class="screen-reader-text">\n\t\tThis product has multiple variants. The options may be chosen on the product page\t</span>'
        )
    else:
        button = f'<a href="?add-to-cart={post}" aria-describedby="woocommerce_loop_add_to_cart_link_describedby_{post}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{post}" data-product_sku="{sku}" aria-label="Add to cart: {quoted}" rel="nofollow" data-success_message="{quoted} has been added to your cart">Add to cart</a>\t<span id="woocommerce_loop_add_to_cart_link_describedby_{post}" class="screen-reader-text">\n\t\t\t</span>'
    loading = 'fetchpriority="high"' if position < 4 else 'loading="lazy"'
    return f"""<li class="{classes}" data-products="item">
	<a href="{url}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">{onsale}<img width="324" height="324" src="{src}-324x324.jpg" class="product-image attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async" {loading} srcset="{srcset}" sizes="(max-width: 324px) 100vw, 324px" data-testid="product-image" /><h2 class="woocommerce-loop-product__title product-name" data-testid="product-name">{esc(name)}</h2>
	{_shop_price(price, sale)}
</a>{button}</li>"""


def _shop_pager(number: int, pages: int) -> str:
    def href(n: int) -> str:
        return "/ecommerce/" if n == 1 else f"/ecommerce/page/{n}/"

    items = []
    if number > 1:
        items.append(f'<li><a class="prev page-numbers" href="{href(number - 1)}">&larr;</a></li>')
    for n in range(1, pages + 1):
        if n == number:
            items.append(f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>')
        else:
            items.append(f'<li><a class="page-numbers" href="{href(n)}">{n}</a></li>')
    if number < pages:
        items.append(f'<li><a class="next page-numbers" href="{href(number + 1)}">&rarr;</a></li>')
    return (
        '<nav class="woocommerce-pagination" aria-label="Product Pagination">\n\t<ul class=\'page-numbers\'>\n\t'
        + "\n\t".join(items)
        + "\n</ul>\n</nav>"
    )


def _shop_sorting(first: int, last: int, pager: str) -> str:
    options = [
        ("menu_order", "Default sorting"),
        ("popularity", "Sort by popularity"),
        ("rating", "Sort by average rating"),
        ("date", "Sort by latest"),
        ("price", "Sort by price: low to high"),
        ("price-desc", "Sort by price: high to low"),
    ]
    selected = " selected='selected'"
    opts = "\n\t\t\t\t\t".join(
        f'<option value="{v}"{selected if v == "menu_order" else ""}>{t}</option>' for v, t in options
    )
    return f"""<div class="storefront-sorting"><form class="woocommerce-ordering" method="get">
		<select name="orderby" class="orderby" aria-label="Shop order">
					{opts}
			</select>
	<input type="hidden" name="paged" value="1" />
	</form>
<p class="woocommerce-result-count" role="alert" aria-relevant="all" data-is-sorted-by="false">
	Showing {first}&ndash;{last} of {SHOP_TOTAL} results</p>
{pager}</div>"""


def _shop_layout(number: int, pages: int, body: str) -> str:
    title = (
        "Ecommerce Test Site to Learn Web Scraping"
        if number == 1
        else f"Ecommerce Test Site to Learn Web Scraping &#8211; Page {number} of {pages}"
    )
    prev_link = (
        f'<link rel="prev" href="{"/ecommerce/" if number == 2 else f"/ecommerce/page/{number - 1}/"}" />\n'
        if number > 1
        else ""
    )
    next_link = f'<link rel="next" href="/ecommerce/page/{number + 1}/" />\n' if number < pages else ""
    menu = [
        ("/ecommerce/", "Shop"),
        ("/ecommerce/product-category/men/", "Men"),
        ("/ecommerce/product-category/women/", "Women"),
        ("/ecommerce/product-category/gear/", "Gear"),
        ("/ecommerce/product-category/training/", "Training"),
        ("/ecommerce/cart/", "Cart"),
        ("/ecommerce/checkout/", "Checkout"),
        ("/ecommerce/my-account/", "My account"),
    ]
    current, aria = " current-menu-item current_page_item", ' aria-current="page"'
    menu_html = "\n".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{40 + i}{current if href == "/ecommerce/" else ""}"><a href="{href}"{aria if href == "/ecommerce/" else ""}>{text}</a></li>'
        for i, (href, text) in enumerate(menu)
    )
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2.0">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="/ecommerce/xmlrpc.php">
<title>{title} &#8211; CourseCart</title>
<meta name='robots' content='max-image-preview:large' />
{prev_link}{next_link}<link rel="alternate" type="application/rss+xml" title="CourseCart &raquo; Feed" href="/ecommerce/feed/" />
<link rel="alternate" type="application/rss+xml" title="CourseCart &raquo; Products Feed" href="/ecommerce/shop/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/ecommerce/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<link rel='stylesheet' id='storefront-style-css' href='/ecommerce/wp-content/themes/storefront/style.css?ver=4.5.5' media='all' />
<link rel='stylesheet' id='storefront-woocommerce-style-css' href='/ecommerce/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.5.5' media='all' />
<script src="/ecommerce/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script id="wc-add-to-cart-js-extra">
var wc_add_to_cart_params = {{"ajax_url":"\\/ecommerce\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/ecommerce\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"View cart","cart_url":"\\/ecommerce\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"}};
</script>
<script src="/ecommerce/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=8.7.0" id="wc-add-to-cart-js" defer data-wp-strategy="defer"></script>
<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
</head>
<body class="archive post-type-archive post-type-archive-product wp-custom-logo wp-embed-responsive theme-storefront woocommerce-shop woocommerce woocommerce-page woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header" role="banner" style="">
		<div class="col-full">
		<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
		<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
		<div class="site-branding">
			<a href="/ecommerce/" class="custom-logo-link" rel="home"><img width="470" height="126" src="{UPLOADS}/coursecart-logo.svg" class="custom-logo" alt="CourseCart" decoding="async" /></a>
		</div>
			<div class="site-search">
				<div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/ecommerce/">
	<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
	<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
	<button type="submit" value="Search" class="">Search</button>
	<input type="hidden" name="post_type" value="product" />
</form>
</div>			</div>
			</div><div class="storefront-primary-navigation"><div class="col-full">
		<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
		<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
			<div class="primary-navigation"><ul id="menu-main" class="menu">
{menu_html}
</ul></div>
		</nav><!-- #site-navigation -->
				<ul id="site-header-cart" class="site-header-cart menu">
			<li class="">
							<a class="cart-contents" href="/ecommerce/cart/" title="View your shopping cart">
								<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&#036;</span>0.00</span> <span class="count">0 items</span>
			</a>
					</li>
			<li>
				<div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content">
	<p class="woocommerce-mini-cart__empty-message">No products in the cart.</p>
</div></div>			</li>
		</ul>
			</div></div>
	</header><!-- #masthead -->
	<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a><span class="breadcrumb-separator"> / </span>Shop</nav></div></div>
	<div id="content" class="site-content" tabindex="-1">
		<div class="col-full">
		<div class="woocommerce"></div>
	<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">
		<header class="woocommerce-products-header">
					<h1 class="woocommerce-products-header__title page-title">Shop</h1>
			</header>
{body}
		</main><!-- #main -->
	</div><!-- #primary -->

<div id="secondary" class="widget-area" role="complementary">
	<div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Product categories</span><ul class="product-categories"><li class="cat-item cat-item-21 cat-parent"><a href="/ecommerce/product-category/gear/">Gear</a> <span class="count">(46)</span></li>
<li class="cat-item cat-item-16 cat-parent"><a href="/ecommerce/product-category/men/">Men</a> <span class="count">(68)</span></li>
<li class="cat-item cat-item-34"><a href="/ecommerce/product-category/training/">Training</a> <span class="count">(6)</span></li>
<li class="cat-item cat-item-15 cat-parent"><a href="/ecommerce/product-category/women/">Women</a> <span class="count">(68)</span></li>
</ul></div><div id="woocommerce_price_filter-2" class="widget woocommerce widget_price_filter"><span class="gamma widget-title">Filter by price</span><div data-block-name="woocommerce/price-filter" class="wp-block-woocommerce-price-filter is-loading"><span aria-hidden="true" class="wc-block-product-categories__placeholder"></span></div></div></div><!-- #secondary -->

		</div><!-- .col-full -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="col-full">
		<div class="site-info">
			&copy; CourseCart 2024
							<br />
				<a href="https://woocommerce.example/" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.					</div><!-- .site-info -->
				<div class="storefront-handheld-footer-bar">
			<ul class="columns-3">
									<li class="my-account">
						<a href="/ecommerce/my-account/">My Account</a>					</li>
									<li class="search">
						<a href="">Search</a>			<div class="site-search">
				<div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/ecommerce/">
	<label class="screen-reader-text" for="woocommerce-product-search-field-1">Search for:</label>
	<input type="search" id="woocommerce-product-search-field-1" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
	<button type="submit" value="Search" class="">Search</button>
	<input type="hidden" name="post_type" value="product" />
</form>
</div>			</div>
							</li>
									<li class="cart">
									<a class="footer-cart-contents" href="/ecommerce/cart/">Cart				<span class="count">0</span>
			</a>
							</li>
							</ul>
		</div>
				</div><!-- .col-full -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<script type='text/javascript'>
	(function () {{
		var c = document.body.className;
		c = c.replace(/woocommerce-no-js/, 'woocommerce-js');
		document.body.className = c;
	}})();
</script>
<script src="/ecommerce/wp-content/themes/storefront/assets/js/navigation.min.js?ver=4.5.5" id="storefront-navigation-js"></script>
<script src="/ecommerce/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js?ver=8.7.0" id="wc-cart-fragments-js" defer data-wp-strategy="defer"></script>
</body>
</html>"""


@twentieth_b
def build_coursecart_shop() -> None:
    s = Site(
        "coursecart-shop",
        kind="product catalogue (WooCommerce on Storefront, a scraping sandbox's shop 2024–25: ul.products.columns-4 > li.product.type-product.post-N with a.woocommerce-LoopProduct-link, img.product-image, h2.woocommerce-loop-product__title.product-name, span.price '$69.00' in bdi after the currencySymbol span, sale prices as del/ins with screen-reader 'Original price was:' / 'Current price is:' copies and span.onsale 'Sale!', 'Select options' / 'Add to cart' / 'Read more' buttons, the sorting bar and pager twice, /ecommerce/page/N/)",
        start="ecommerce/",
        description="A scraping sandbox's demo shop (scrapingcourse.com /ecommerce/ 2024–25, WooCommerce 8 on Storefront 4.5): skip links, custom logo, product search, primary menu, the header cart '$0.00 0 items' with a hidden empty mini cart; breadcrumb 'Home / Shop', h1 'Shop'; the storefront-sorting bar (orderby select, 'Showing 1–16 of 40 results', nav.woocommerce-pagination with /ecommerce/page/N/ and ←/→) before and after ul.products.columns-4 of li.product.type-product.post-N.status-publish.first/last.instock/outofstock.product_cat-….sale.product-type-variable/simple[data-products=item] items: a.woocommerce-LoopProduct-link wrapping span.onsale 'Sale!' (on sale), a 324×324 img.product-image with srcset, h2.woocommerce-loop-product__title.product-name[data-testid=product-name] and span.price ('$69.00': the '$' in span.woocommerce-Price-currencySymbol inside bdi; sale: del aria-hidden + sr 'Original price was: $74.00.' + ins + sr 'Current price is: $59.20.'), then a.button 'Select options' (+ sr describedby 'This product has multiple variants…') / 'Add to cart' (?add-to-cart=N) / 'Read more' (out of stock) with data-product_id and data-product_sku; 16, 16 and 8 products (A–C of the alphabet, six on sale, one out of stock); a sidebar with product categories and counts and a price-filter block placeholder, the Storefront footer ('Built with WooCommerce') and the handheld footer bar. Written down: title, url, price (the sale price on sale), currency, original_price (on sale).",
    )
    items = sorted(SHOP, key=lambda item: item[0].casefold())
    pages = chunks(items, [16, 16, 8])
    first = 1
    for number, page in enumerate(pages, start=1):
        cards = "\n".join(_shop_item(items.index(item), position, item) for position, item in enumerate(page))
        last = first + len(page) - 1
        pager = _shop_pager(number, len(pages))
        body = (
            '<div class="woocommerce-notices-wrapper"></div>'
            + _shop_sorting(first, last, pager)
            + f'\n<ul class="products columns-4" id="product-list" data-testid="product-list">\n{cards}\n</ul>\n'
            + _shop_sorting(first, last, pager)
        )
        path = "ecommerce/index.html" if number == 1 else f"ecommerce/page/{number}/index.html"
        s.list_page(path, _shop_layout(number, len(pages), body))
        for name, price, _sku, _kind, _image, _cats, sale, _stock in page:
            s.expect(
                {
                    "title": name,
                    "url": f"/ecommerce/product/{slug(name)}/",
                    "price": sale if sale is not None else price,
                    "currency": "USD",
                    "original_price": price if sale is not None else None,
                }
            )
        first = last + 1
    s.finish()


# ---------------------------------------------------------------------------------------------------
# The sandbox's challenge pages: a Laravel / Tailwind layout (coursecart-scroll, coursecart-js).
# ---------------------------------------------------------------------------------------------------

PRODUCT_HOST = "https://coursecart.example"
ASSETS = "https://www.coursecart.example"


def _challenge_layout(title: str, heading: str, challenge: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>{title}   - CourseCart.com</title>

    <!-- Bootstrap CSS -->
    <link href="https://stackpath.bootstrapcdn.example/bootstrap/4.5.2/css/bootstrap.min.css" rel="stylesheet">
    <script src="https://challenges.cloudflare.example/turnstile/v0/api.js" async defer></script>
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.example/gtag/js?id=G-4QK7C2XR9D"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){{dataLayer.push(arguments);}}
        gtag('js', new Date());
        gtag('config', 'G-4QK7C2XR9D');
    </script>
    <link rel="preload" as="style" href="{ASSETS}/build/assets/app-c2PwjGxE.css" /><link rel="modulepreload" href="{ASSETS}/build/assets/app-D2jpX1vH.js" /><link rel="stylesheet" href="{ASSETS}/build/assets/app-c2PwjGxE.css" /><script type="module" src="{ASSETS}/build/assets/app-D2jpX1vH.js"></script>
</head>
<body itemscope itemtype="http://schema.org/WebPage">
    <header itemscope itemtype="http://schema.org/WPHeader">
        <!-- Navigation bar -->
        <nav id="main-navigation" class="navbar" data-testid="main-navigation" data-nav="main">
            <div class="container" id="nav-container" data-testid="nav-container" data-nav="container">
                <a href="/" class="logo-link flex items-center pt-4 pb-12" id="logo-link" data-testid="logo-link" data-nav="logo-link">
                    <img width="12" height="18" src="{ASSETS}/assets/images/logo.svg" class="logo-image inline-block" data-testid="logo-image" data-nav="logo-image">
                    <span class="brand-name font-bold text-lg leading-6 ml-2 highlight" data-testid="brand-name-1" data-nav="brand-name-1">Course</span>
                    <span class="brand-name text-lg leading-6 ml-1 highlight" data-testid="brand-name-2" data-nav="brand-name-2">Cart</span>
                </a>
            </div>
        </nav>
    </header>

    <main class="page-content py-4" id="main-content" data-testid="main-content" data-content="main">
        <div class="container" id="content-container" data-testid="content-container" data-content="container">
            <div class="catalog" id="catalog" data-testid="catalog">

    <h1 id="page-title" class="page-title text-4xl font-bold mb-2 text-left gradient-text highlight gradient-text leading-10" data-testid="page-title" data-content="title">
    {heading}
</h1>

<div class="challenge-info bg-[#EDF1FD] rounded-md p-4 mb-8 mt-5" id="challenge-info" data-testid="challenge-info" data-content="challenge-info">
    <div class="info-header flex items-center gap-2 pb-2" id="info-header" data-testid="info-header" data-content="info-header">
        <img width="25" height="15" src="{ASSETS}/assets/images/challenge.svg" data-testid="challenge-image" data-content="challenge-image">
        <h2 class="challenge-title text-xl font-bold" id="challenge-title" data-testid="challenge-title" data-content="challenge-title">Challenge</h2>
    </div>
    <p class="challenge-description flex" id="challenge-description" data-testid="challenge-description" data-content="challenge-description">
        {challenge}
    </p>
</div>
{body}
        </div>
    </main>

    <!-- Bootstrap and jQuery libraries -->
    <script src="https://code.jquery.example/jquery-3.5.1.slim.min.js"></script>
    <script src="https://cdn.jsdelivr.example/npm/@popperjs/core@2.5.2/dist/umd/popper.min.js"></script>
    <script src="https://stackpath.bootstrapcdn.example/bootstrap/4.5.2/js/bootstrap.min.js"></script>


</body>
</html>"""


# ---------------------------------------------------------------------------------------------------
# coursecart-scroll: /infinite-scrolling + /ajax/products?offset=N HTML fragments.
# ---------------------------------------------------------------------------------------------------

# (name as stored, price, image); the order of the shop's product ids.
SCROLL: list[tuple[str, float, str]] = [
    ("Chaz Kangeroo Hoodie", 52, "mh01-gray_main"),
    ("Teton Pullover Hoodie", 70, "mh02-black_main"),
    ("Bruno Compete Hoodie", 63, "mh03-black_main"),
    ("Frankie  Sweatshirt", 60, "mh04-green_main"),
    ("Hollister Backyard Sweatshirt", 52, "mh05-white_main"),
    ("Stark Fundamental Hoodie", 42, "mh06-blue_main"),
    ("Hero Hoodie", 54, "mh07-gray_main"),
    ("Oslo Trek Hoodie", 42, "mh08-brown_main"),
    ("Abominable Hoodie", 69, "mh09-blue_main"),
    ("Mach Street Sweatshirt", 62, "mh10-blue_main"),
    ("Grayson Crewneck Sweatshirt", 64, "mh11-white_main"),
    ("Ajax Full-Zip Sweatshirt", 69, "mh12-green_main"),
    ("Marco Lightweight Active Hoodie", 74, "mh13-green_main"),
    ("Beaumont Summit Kit", 42, "mj01-orange_main"),
    ("Hyperion Elements Jacket", 51, "mj02-green_main"),
    ("Montana Wind Jacket", 49, "mj03-black_main"),
    ("Kenobi Trail Jacket", 47, "mj04-black_main"),
    ("Jupiter All-Weather Trainer ", 56.99, "mj06-blue_main"),
    ("Orion Two-Tone Fitted Jacket", 72, "mj07-black_main"),
    ("Lando Gym Jacket", 99, "mj08-gray_main"),
    ("Taurus Elements Shell", 65, "mj09-white_main"),
    ("Mars HeatTech&trade; Pullover", 66, "mj10-black_main"),
    ("Typhon Performance Fleece-lined Jacket", 60, "mj11-black_main"),
    ("Proteus Fitness Jackshirt", 45, "mj12-black_main"),
    ("Gobi HeatTec&reg; Tee", 29, "ms01-black_main"),
    ("Helios EverCool&trade; Tee", 24, "ms02-gray_main"),
    ("Strike Endurance Tee", 39, "ms03-red_main"),
    ("Aero Daily Fitness Tee", 24, "ms04-black_main"),
    ("Logan  HeatTec&reg; Tee", 24, "ms05-blue_main"),
    ("Zoltan Gym Tee", 29, "ms06-blue_main"),
]
SCROLL_FIRST = 12
SCROLL_BATCH = 12
SCROLL_STEP = 10


def _plain_name(stored: str) -> str:
    return " ".join(stored.replace("&trade;", "™").replace("&reg;", "®").split())


def _scroll_slug(stored: str) -> str:
    # The sandbox makes its links from the stored name: lower case, each space a hyphen (so
    # "Frankie  Sweatshirt" links to frankie--sweatshirt), symbols kept.
    return stored.replace("&trade;", "™").replace("&reg;", "®").strip().lower().replace(" ", "-")


def _scroll_price(price: float) -> str:
    return f"${price:g}"


def _scroll_card(item: tuple[str, float, str]) -> str:
    name, price, image = item
    return f"""<div class="product-item flex flex-col items-center rounded-lg">

        <a href="{PRODUCT_HOST}/ecommerce/product/{_scroll_slug(name)}">
                        <img class="product-image rounded-lg" width="200" height="240" decoding="async" fetchpriority="high" src="{PRODUCT_HOST}/ecommerce/wp-content/uploads/2024/03/{image}.jpg" alt="{name.strip()}">
            <div class="product-info self-start text-left w-full">
                <span class="product-name">{name.strip()}</span>
                <br>
                <span class="product-price text-slate-600">{_scroll_price(price)}</span>
            </div>
        </a>
    </div>"""


SCROLL_SCRIPT = """<script>
    let offset = 10;
    let loading = false;
    let finished = false;
    const grid = document.getElementById('product-grid');
    const loader = document.getElementById('loading-indicator');

    function loadMoreProducts() {
        if (loading || finished) return;
        loading = true;
        loader.classList.remove('hidden');

        fetch(`/ajax/products?offset=${offset}`)
            .then(response => response.text())
            .then(html => {
                if (!html.trim()) {
                    finished = true;
                    loader.classList.add('hidden');
                    document.getElementById('end-of-list').classList.remove('hidden');
                    return;
                }
                grid.insertAdjacentHTML('beforeend', html);
                offset += 10;
                loader.classList.add('hidden');
            })
            .catch(error => console.error('Error loading more items:', error))
            .finally(() => { loading = false; });
    }

    window.addEventListener('scroll', () => {
        if (window.innerHeight + window.scrollY >= document.body.offsetHeight - 300) {
            loadMoreProducts();
        }
    });
</script>"""


@twentieth_b
def build_coursecart_scroll() -> None:
    s = Site(
        "coursecart-scroll",
        kind="infinite scroll over HTML fragments (a scraping sandbox's /infinite-scrolling 2024–25: Tailwind div.product-item cards with span.product-name and span.product-price '$52', links to the shop on the bare domain; a scroll listener fetches /ajax/products?offset=${offset} from 10 by 10, each answer twelve bare cards from the offset, so two repeat per batch, until an empty answer)",
        start="infinite-scrolling",
        description="A scraping sandbox's infinite-scroll challenge page (scrapingcourse.com /infinite-scrolling 2024–25, Laravel + Tailwind, Bootstrap and jQuery from CDNs, gtag, Turnstile): the navbar (logo + 'Course' / 'Cart' brand spans), h1 'Infinite Scroll', a 'Challenge' box, then div#product-grid.product-grid.grid with the first 12 div.product-item.flex.flex-col.items-center.rounded-lg cards: an a linking to https://coursecart.example/ecommerce/product/<name lower-cased, spaces to hyphens> (the shop on the bare domain, not the page's www host; 'Frankie  Sweatshirt' with two spaces links to frankie--sweatshirt), an img.product-image with the name as alt, div.product-info > span.product-name, br, span.product-price.text-slate-600 ('$52', '$56.99': no cents on whole prices); a hidden loading indicator and end-of-list note; an inline script that, near the bottom of the page, fetches `/ajax/products?offset=${offset}` (offset starts at 10, +10 after each answer) and appends the answer with insertAdjacentHTML until an answer is empty. Each answer (served from ajax/products@offset=N) is bare div.product-item cards, twelve from the offset, so the first two of a batch repeat the previous batch's last two; offset=0 answers the page's own first twelve again (ajax/products@offset=0), offset=30 nothing. 12 + 12 + 10 cards, 30 products. Written down: title (whitespace collapsed), url, price, currency, each product once.",
    )
    grid = "\n    ".join(_scroll_card(item) for item in SCROLL[:SCROLL_FIRST])
    body = f"""
<div id="product-grid" class="product-grid grid grid-cols-2 sm:grid-cols-3 lg:grid-cols-4 gap-4 mb-8" data-testid="product-grid">
    {grid}
</div>

<div id="loading-indicator" class="hidden flex justify-center py-6" data-testid="loading-indicator">
    <div class="spinner-border text-indigo-500" role="status"><span class="sr-only">Loading...</span></div>
</div>
<p id="end-of-list" class="hidden text-center text-slate-500 py-6" data-testid="end-of-list">You've reached the end of the list.</p>
</div>

{SCROLL_SCRIPT}
"""
    s.list_page(
        "infinite-scrolling/index.html",
        _challenge_layout(
            "Infinite Scroll Challenge to Learn Web Scraping",
            "Infinite Scroll",
            "Scroll down to load more products",
            body,
        ),
    )
    # The endpoint answers any offset: 0 gives the page's own first twelve again.
    s.write("ajax/products@offset=0", "\n    ".join(_scroll_card(item) for item in SCROLL[:SCROLL_BATCH]))
    offset = SCROLL_STEP
    while offset < len(SCROLL):
        batch = SCROLL[offset : offset + SCROLL_BATCH]
        s.list_page(f"ajax/products@offset={offset}", "\n    ".join(_scroll_card(item) for item in batch))
        offset += SCROLL_STEP
    s.write(f"ajax/products@offset={offset}", "")
    for name, price, _image in SCROLL:
        s.expect(
            {
                "title": _plain_name(name),
                "url": f"{PRODUCT_HOST}/ecommerce/product/{_scroll_slug(name)}",
                "price": price,
                "currency": "USD",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# coursecart-js: /javascript-rendering, empty templates filled from /ajax/products/json.
# ---------------------------------------------------------------------------------------------------

# (id, sku, name, regular price, sale price or "", stock, categories, colours, sizes, description)
JS_PRODUCTS: list[tuple[int, str, str, float, float | str, str, str, str]] = [
    (
        1157,
        "WH01",
        "Mona Pullover Hoodlie",
        57,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Green|Orange|Purple",
        "Whether you're after energizing activity or eye-catching apparel, the Mona Pullover is what you want. You'll stay warm and look fashionable, wherever you are.",
    ),
    (
        1173,
        "WH02",
        "Autumn Pullie",
        57,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Green|Purple|Red",
        "The Autumn Pullie is constructed from a blend of soft and breathable cotton and polyester for comfortable wear.",
    ),
    (
        1189,
        "WH03",
        "Selene Yoga Hoodie",
        42,
        33.6,
        "Tops>Hoodies & Sweatshirts",
        "Orange|Purple|White",
        "Feel the burn without burning up in the Selene Yoga Hoodie. Its draped shape and soft, combed cotton make it perfect for the studio.",
    ),
    (
        1205,
        "WH04",
        "Daphne Full-Zip Hoodie",
        59,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Blue|Purple|Red",
        "The Daphne Full-Zip Hoodie keeps you cozy after a workout, with a full-length zipper and thumbholes on the cuffs.",
    ),
    (
        1221,
        "WH05",
        "Helena Hooded Fleece",
        55,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Blue|Gray",
        "Enjoy the outdoors in the Helena Hooded Fleece, with a soft, brushed inner face and a roomy front pocket.",
    ),
    (
        1237,
        "WH06",
        "Eos V-Neck Hoodie",
        54,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Blue|Green|Orange",
        "Make the most of your limited workout window with our Eos V-Neck Hoodie, soft and stretchy for hard-working days.",
    ),
    (
        1253,
        "WH07",
        "Phoebe Zipper Sweatshirt",
        59,
        47.2,
        "Tops>Hoodies & Sweatshirts",
        "Gray|Purple|White",
        "Kick off your workout or cool down afterwards in the Phoebe Zipper Sweatshirt, with a light brushed-back fleece.",
    ),
    (
        1269,
        "WH08",
        "Cassia Funnel Sweatshirt",
        48,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Orange|Purple|White",
        "For a completely modern style with moisture-wicking benefits, wear the Cassia Funnel Sweatshirt.",
    ),
    (
        1285,
        "WH09",
        "Ariel Roll Sleeve Sweatshirt",
        39,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Green|Purple|Red",
        "Soft and light, the Ariel Roll Sleeve Sweatshirt rolls up for the warm-down and stays put for the stretch.",
    ),
    (
        1301,
        "WH10",
        "Miko Pullover Hoodie",
        69,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Blue|Green|Red",
        "After a long, hard workout, the Miko Pullover Hoodie is a dream to slip on, with a relaxed fit and a kangaroo pocket.",
    ),
    (
        1317,
        "WH11",
        "Circe Hooded Ice Fleece",
        68,
        "",
        "Tops>Hoodies & Sweatshirts",
        "Gray|Green|Orange",
        "The Circe Hooded Ice Fleece wicks moisture and breathes freely, for training outdoors on cold mornings.",
    ),
    (
        1333,
        "WH12",
        "Hera Pullover Hoodie",
        48,
        36,
        "Tops>Hoodies & Sweatshirts",
        "Blue|Green|Purple",
        "The Hera Pullover Hoodie is as soft as it is warm, with a two-tone heather look and thumbholes.",
    ),
    (
        1349,
        "WJ01",
        "Stellar Solar Jacket",
        75,
        "",
        "Tops>Jackets",
        "Blue|Red|Yellow",
        "Ultra-lightweight and breathable, the Stellar Solar Jacket protects you from sun and light rain on long runs.",
    ),
    (
        1365,
        "WJ02",
        "Josie Yoga Jacket",
        56.25,
        "",
        "Tops>Jackets",
        "Black|Blue|Gray",
        "The Josie Yoga Jacket is a simple, stylish layer for before and after class, with a stand-up collar.",
    ),
    (
        1381,
        "WJ03",
        "Augusta Pullover Jacket",
        57,
        "",
        "Tops>Jackets",
        "Blue|Orange|Red",
        "The Augusta Pullover Jacket is cut for movement, with a half zip and a wind-resistant shell.",
    ),
    (
        1397,
        "WJ04",
        "Ingrid Running Jacket",
        84,
        67.2,
        "Tops>Jackets",
        "Orange|Red|White",
        "The Ingrid Running Jacket has reflective trim and a packable hood for runs that start before sunrise.",
    ),
    (
        1413,
        "WJ05",
        "Riona Full Zip Jacket",
        60,
        "",
        "Tops>Jackets",
        "Brown|Green|Red",
        "With a zippered chest pocket and soft brushed interior, the Riona Full Zip Jacket is made for chilly days outside.",
    ),
    (
        1429,
        "WJ06",
        "Juno Jacket",
        77,
        "",
        "Tops>Jackets",
        "Blue|Green|Purple",
        "On colder-than-comfortable mornings, you'll love warming up in the Juno All-Ways Performance Jacket.",
    ),
    (
        1445,
        "WJ07",
        "Inez Full Zip Jacket",
        59,
        "",
        "Tops>Jackets",
        "Orange|Purple|Red",
        "Phone-friendly pockets and a soft fleece lining make the Inez Full Zip Jacket an everyday favourite.",
    ),
    (
        1461,
        "WJ08",
        "Adrienne Trek Jacket",
        57,
        45.6,
        "Tops>Jackets",
        "Gray|Orange|Purple",
        "You're ready for a cross-country jog or a coffee on the patio in the Adrienne Trek Jacket.",
    ),
    (
        1477,
        "WJ09",
        "Jade Yoga Jacket",
        32,
        "",
        "Tops>Jackets",
        "Blue|Gray|Green",
        "The Jade Yoga Jacket has a slim cut and flatlock seams, so nothing rubs while you move.",
    ),
    (
        1493,
        "WJ10",
        "Nadia Elements Shell",
        69,
        "",
        "Tops>Jackets",
        "Black|Orange|Yellow",
        "Protect yourself from the elements in the Nadia Elements Shell, with a waterproof, breathable outer layer.",
    ),
    (
        1509,
        "WJ11",
        "Neve Studio Dance Jacket",
        69,
        "",
        "Tops>Jackets",
        "Black|Blue|Orange",
        "The Neve Studio Dance Jacket is a soft stretch layer for warming up, cooling down and everything in between.",
    ),
    (
        1525,
        "WJ12",
        "Olivia 1/4 Zip Light Jacket",
        77,
        "",
        "Tops>Jackets",
        "Black|Blue|Purple",
        "Running errands or headed to the gym, the Olivia 1/4 Zip Light Jacket is a light layer that goes everywhere.",
    ),
]


def _js_record(item: tuple[int, str, str, float, float | str, str, str, str]) -> dict[str, Any]:
    pid, sku, name, regular, sale, cats, colours, text = item
    image = f"{PRODUCT_HOST}/ecommerce/wp-content/uploads/2024/03/{sku.lower()}-{colours.split('|')[0].lower()}"
    return {
        "id": pid,
        "type": "variable",
        "sku": sku,
        "name": name,
        "short_description": f"This is a variable product called a {name}",
        "description": f"<p>{esc(text)}</p> <p>&bull; Relaxed fit.<br />&bull; Machine wash/dry.</p>",
        "stock": 0,
        "sale_price": sale,
        "regular_price": regular,
        "categories": f"Clothing>Women>{cats}|Clothing",
        "tags": "",
        "images": f"{image}_main.jpg,{image}_alt1.jpg,{image}_back.jpg",
        "parent": "",
        "grouped_products": "",
        "button_text": "",
        "attr_1_name": "Size",
        "attr_1_value": "XS|S|M|L|XL",
        "attr_2_name": "Color",
        "attr_2_value": colours,
        "attr_3_name": "",
        "attr_3_value": "",
        "attr_4_name": "",
        "attr_4_value": "",
        "attr_5_name": "",
        "attr_5_value": "",
    }


JS_TEMPLATE = """<div class="product-item flex flex-col items-center rounded-lg" data-testid="product-item" itemscope itemtype="https://schema.org/Product">
        <a href="" class="product-link" data-testid="product-link" itemprop="url">
            <img class="product-image rounded-lg" width="200" height="240" decoding="async" src="" alt="" data-testid="product-image" itemprop="image">
            <div class="product-info self-start text-left w-full">
                <span class="product-name" data-testid="product-name" itemprop="name"></span>
                <br>
                <span class="product-price text-slate-600" data-testid="product-price" data-content="product-price" itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="USD"></span>
            </div>
        </a>
        <meta itemprop="sku" content="">
    </div>"""

JS_SCRIPT = """<script>
    document.addEventListener('DOMContentLoaded', function () {
        const grid = document.getElementById('product-grid');
        const template = grid.querySelector('.product-item');

        fetch('/ajax/products/json?offset=0', { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
            .then(response => response.json())
            .then(products => {
                grid.innerHTML = '';
                products.forEach(product => {
                    const card = template.cloneNode(true);
                    const slug = product.name.toLowerCase().replace(/ /g, '-');
                    card.querySelector('.product-link').href = `https://coursecart.example/ecommerce/product/${slug}`;
                    const image = card.querySelector('.product-image');
                    image.src = product.images.split(',')[0];
                    image.alt = product.name;
                    card.querySelector('.product-name').textContent = product.name;
                    const price = card.querySelector('.product-price');
                    if (product.sale_price !== '') {
                        price.insertAdjacentHTML('beforeend', `<del class="text-slate-400 mr-1">$${product.regular_price}</del><ins class="no-underline text-red-600">$${product.sale_price}</ins>`);
                    } else {
                        price.insertAdjacentHTML('beforeend', `$${product.regular_price}`);
                    }
                    card.querySelector('meta[itemprop="sku"]').content = product.sku;
                    grid.appendChild(card);
                });
                document.getElementById('js-notice').remove();
            })
            .catch(error => console.error('Error loading products:', error));
    });
</script>"""


@twentieth_b
def build_coursecart_js() -> None:
    s = Site(
        "coursecart-js",
        kind="JS-rendered product grid (a scraping sandbox's /javascript-rendering 2024–25: empty div.product-item[data-testid=product-item] templates with schema.org microdata and a.product-link href=''; a script fetches /ajax/products/json?offset=0, an array in WooCommerce's product-import shape with sale_price '' or a number beside regular_price, and clones one card per product, the link built from the lower-cased name, a sale as del + ins)",
        start="javascript-rendering",
        description="A scraping sandbox's JavaScript-rendering challenge page (scrapingcourse.com /javascript-rendering 2024–25, the Laravel + Tailwind layout of its challenge pages): navbar, h1 'JavaScript Rendering', a 'Challenge' box, a notice that products load with JavaScript, and div#product-grid holding 12 empty templates div.product-item[data-testid=product-item][itemscope itemtype=Product] (a.product-link[href=''], img.product-image[src=''], span.product-name, br, span.product-price[data-content=product-price] with an Offer priceCurrency meta, meta[itemprop=sku][content='']). On DOMContentLoaded an inline script fetches /ajax/products/json?offset=0 (X-Requested-With; served from ajax/products/json@offset=0) — an array of 24 products in WooCommerce's CSV-import shape: id, type, sku, name, short_description, an HTML description, stock, sale_price ('' or a number), regular_price (a number), categories 'Clothing>Women>Tops>Jackets|Clothing', tags, comma-separated images, parent, grouped_products, button_text, attr_1..5 name/value — empties the grid and clones the first template per product: href https://coursecart.example/ecommerce/product/<name lower-cased, spaces to hyphens>, the first image, the name, '$57' or, on sale, del '$84' + ins '$67.2' (the numbers as JavaScript prints them), the sku meta. One request, 24 products. Written down: title, price (the sale price on sale), currency, original_price (on sale); the link is not written down, since it exists only as the script builds it from the name.",
    )
    templates = "\n    ".join(JS_TEMPLATE for _ in range(12))
    body = f"""
<p id="js-notice" class="text-slate-500 mb-4" data-testid="js-notice">Enable JavaScript to see products. The product grid below is rendered in your browser.</p>
<div id="product-grid" class="product-grid grid grid-cols-2 sm:grid-cols-3 lg:grid-cols-4 gap-4 mb-8" data-testid="product-grid">
    {templates}
</div>
</div>

{JS_SCRIPT}
"""
    s.write(
        "javascript-rendering/index.html",
        _challenge_layout(
            "JS Rendering Challenge to Learn Web Scraping",
            "JavaScript Rendering",
            "Scrape the products rendered by JavaScript",
            body,
        ),
    )
    s.list_page(
        "ajax/products/json@offset=0", json.dumps([_js_record(item) for item in JS_PRODUCTS], ensure_ascii=False)
    )
    for _pid, _sku, name, regular, sale, _cats, _colours, _text in JS_PRODUCTS:
        on_sale = not isinstance(sale, str)
        s.expect(
            {
                "title": name,
                "price": sale if on_sale else regular,
                "currency": "USD",
                "original_price": regular if on_sale else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
