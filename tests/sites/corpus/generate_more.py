"""Second wave of open corpus sites (issue #3): page kinds the first wave did not cover.

Run ``uv run python tests/sites/corpus/generate_more.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**: it
may be used to tune the Scout. Written, and measured, before the heuristics were changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, money, slug

MORE: dict[str, Callable[[], None]] = {}


def more(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    MORE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def ordinal(day: int) -> str:
    """``3`` → ``3rd``."""
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# ---------------------------------------------------------------------------------------------------
# copperkettle: a WooCommerce shop on the Storefront theme. Sale prices in <del>/<ins> with
# screen-reader copies, "Rated 4.50 out of 5" star spans, variable products with a price range,
# lazy images (WP Rocket: data-lazy-src behind an SVG placeholder), prices over £1,000, a mini cart
# in the header and a "Top rated products" widget in the sidebar that look like records.
# ---------------------------------------------------------------------------------------------------

# (title, category, price or (low, high), was, rating, stock)
KITCHEN = [
    ("Hammered Copper Stovetop Kettle 1.6L", "Kettles", 89.00, 109.00, 4.75, "in"),
    ("Enamelled Cast Iron Casserole 24cm", "Cookware", 149.00, None, 4.90, "in"),
    ("Carbon Steel Wok 32cm", "Cookware", 54.95, None, 4.25, "in"),
    ("Dual Fuel Range Cooker 100cm", "Appliances", 1249.00, 1499.00, 4.50, "in"),
    ("Linen Tea Towels (Set of 3)", "Textiles", (18.00, 24.00), None, None, "in"),
    ("Walnut End-Grain Chopping Board", "Prep", 79.00, None, 5.00, "in"),
    ("Stoneware Pasta Bowls (Set of 4)", "Tableware", 42.00, None, 4.00, "in"),
    ("Bean-to-Cup Espresso Machine", "Appliances", 2189.00, None, 4.60, "in"),
    ("Japanese Santoku Knife 18cm", "Knives", 119.00, 139.00, 4.85, "in"),
    ("Glass Pour-Over Coffee Set", "Coffee & Tea", 36.50, None, None, "out"),
    ("Copper Measuring Cups", "Prep", 29.00, None, 3.50, "in"),
    ("Marble Pestle & Mortar", "Prep", 34.00, None, 4.40, "in"),
    ("Stainless Steel Stock Pot 9L", "Cookware", 68.00, None, 4.10, "in"),
    ("Hand-Thrown Mug", "Tableware", (16.00, 21.00), None, 4.70, "in"),
    ("Cast Iron Griddle Pan", "Cookware", 45.00, 59.00, 4.30, "in"),
    ("Oak Bread Bin", "Storage", 64.00, None, None, "in"),
    ("Electric Gooseneck Kettle", "Kettles", 99.00, None, 4.55, "out"),
    ("Ceramic Knife Block", "Knives", 49.00, None, 3.90, "in"),
    ("Stand Mixer 5.5L", "Appliances", 1049.00, 1199.00, 4.65, "in"),
    ("Copper Jam Pan 9L", "Cookware", 139.00, None, 4.95, "in"),
    ("Bamboo Steamer Basket 25cm", "Cookware", 19.50, None, 4.20, "in"),
    ("Loose Leaf Tea Caddy", "Coffee & Tea", (12.00, 18.00), None, None, "in"),
    ("Heavy Duty Roasting Tin", "Bakeware", 38.00, None, 4.35, "in"),
    ("Fluted Tart Tin 28cm", "Bakeware", 17.95, 22.95, 4.15, "in"),
    ("Olivewood Serving Spoons", "Tableware", 26.00, None, 4.80, "in"),
    ("Induction Hob Twin Zone", "Appliances", 329.00, None, 3.75, "in"),
    ("French Press 1L", "Coffee & Tea", 32.00, None, 4.45, "in"),
    ("Preserving Jars (Set of 6)", "Storage", 21.00, None, None, "out"),
    ("Whetstone 1000/6000", "Knives", 44.00, None, 4.60, "in"),
    ("Silicone Baking Mats (Pair)", "Bakeware", 14.99, None, 4.05, "in"),
]

_PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20324%20324'%3E%3C/svg%3E"
)


def _gbp(amount: float) -> str:
    return f'<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>{money(amount, "")}</bdi></span>'


def _kettle_image(title: str) -> str:
    return f"/wp-content/uploads/2025/11/{slug(title)}-324x324.jpg"


def _kettle_price(price: float | tuple[float, float], was: float | None) -> str:
    if isinstance(price, tuple):
        low, high = price
        return (
            f'<span class="price"><span class="woocommerce-Price-amount amount" aria-hidden="true"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>{money(low, "")}</bdi></span>'
            f' <span aria-hidden="true">&ndash;</span> <span class="screen-reader-text">Price range: &pound;{money(low, "")} through &pound;{money(high, "")}</span>'
            f'<span class="woocommerce-Price-amount amount" aria-hidden="true"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>{money(high, "")}</bdi></span></span>'
        )
    if was:
        return (
            f'<span class="price"><del aria-hidden="true">{_gbp(was)}</del> <span class="screen-reader-text">Original price was: &pound;{money(was, "")}.</span>'
            f'<ins aria-hidden="true">{_gbp(price)}</ins><span class="screen-reader-text">Current price is: &pound;{money(price, "")}.</span></span>'
        )
    return f'<span class="price">{_gbp(price)}</span>'


def _stars(rating: float | None) -> str:
    if rating is None:
        return ""
    return f'<div class="star-rating" role="img" aria-label="Rated {rating:.2f} out of 5"><span style="width:{rating * 20:.0f}%">Rated <strong class="rating">{rating:.2f}</strong> out of 5</span></div>'


def _kettle_card(index: int, item: tuple[Any, ...], position: str) -> str:
    title, category, price, was, rating, stock = item
    post_id = 3120 + index * 11
    handle = slug(title)
    image = _kettle_image(title)
    classes = f"product type-product post-{post_id} status-publish {position} {'instock' if stock == 'in' else 'outofstock'} product_cat-{slug(category)} has-post-thumbnail{' sale' if was else ''} shipping-taxable purchasable product-type-{'variable' if isinstance(price, tuple) else 'simple'}"
    if stock == "out":
        button = f'<a href="/product/{handle}/" data-quantity="1" class="button product_type_simple" data-product_id="{post_id}" data-product_sku="CK-{post_id}" aria-label="Read more about &ldquo;{esc(title)}&rdquo;" rel="nofollow">Read more</a>'
    elif isinstance(price, tuple):
        button = f'<a href="/product/{handle}/" data-quantity="1" class="button product_type_variable add_to_cart_button" data-product_id="{post_id}" data-product_sku="CK-{post_id}" aria-label="Select options for &ldquo;{esc(title)}&rdquo;" rel="nofollow">Select options</a>'
    else:
        button = f'<a href="?add-to-cart={post_id}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{post_id}" data-product_sku="CK-{post_id}" aria-label="Add to basket: &ldquo;{esc(title)}&rdquo;" rel="nofollow">Add to basket</a>'
    onsale = '<span class="onsale">Sale!</span>' if was else ""
    return f"""
<li class="{classes}">
	<a href="/product/{handle}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="324" height="324" src="{_PLACEHOLDER}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async" data-lazy-srcset="{image} 324w, {image.replace("324x324", "150x150")} 150w, {image.replace("324x324", "100x100")} 100w" data-lazy-sizes="(max-width: 324px) 100vw, 324px" data-lazy-src="{image}"><noscript><img width="324" height="324" src="{image}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async"></noscript>
	{onsale}
	<h2 class="woocommerce-loop-product__title">{esc(title)}</h2>
	{_stars(rating)}
	{_kettle_price(price, was)}
</a>{button}</li>"""


def _kettle_layout(number: int, pages: int, body: str, first: int, last: int) -> str:
    def page_href(n: int) -> str:
        return "/shop/" if n == 1 else f"/shop/page/{n}/"

    links = []
    if number > 1:
        links.append(f'<li><a class="prev page-numbers" href="{page_href(number - 1)}">&larr;</a></li>')
    for n in range(1, pages + 1):
        links.append(
            f'<li><span aria-current="page" class="page-numbers current">{n}</span></li>'
            if n == number
            else f'<li><a class="page-numbers" href="{page_href(n)}">{n}</a></li>'
        )
    if number < pages:
        links.append(f'<li><a class="next page-numbers" href="{page_href(number + 1)}">&rarr;</a></li>')
    pager = f'<nav class="woocommerce-pagination" aria-label="Product Pagination"><ul class="page-numbers">{"".join(links)}</ul></nav>'
    sorting = f"""<div class="storefront-sorting"><form class="woocommerce-ordering" method="get"><select name="orderby" class="orderby" aria-label="Shop order"><option value="menu_order" selected="selected">Default sorting</option><option value="popularity">Sort by popularity</option><option value="rating">Sort by average rating</option><option value="date">Sort by latest</option><option value="price">Sort by price: low to high</option><option value="price-desc">Sort by price: high to low</option></select><input type="hidden" name="paged" value="1"></form>
<p class="woocommerce-result-count">Showing {first}&ndash;{last} of {len(KITCHEN)} results</p>
{pager}</div>"""
    top = sorted(KITCHEN, key=lambda k: -(k[4] or 0))[:4]
    top_rated = "".join(
        f'<li><a href="/product/{slug(t[0])}/"><img width="324" height="324" src="{_kettle_image(t[0])}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" decoding="async"><span class="product-title">{esc(t[0])}</span></a>{_stars(t[4])}{_gbp(t[2] if not isinstance(t[2], tuple) else t[2][0])}</li>'
        for t in top
    )
    categories = sorted({k[1] for k in KITCHEN})
    cat_items = "".join(
        f'<li class="cat-item cat-item-{20 + i}"><a href="/product-category/{slug(c)}/">{esc(c)}</a> <span class="count">({sum(1 for k in KITCHEN if k[1] == c)})</span></li>'
        for i, c in enumerate(categories)
    )
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-product_cat"><a href="/product-category/{slug(c)}/">{esc(c)}</a></li>'
        for c in categories
    )
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shop{"" if number == 1 else f" &#8211; Page {number} of {pages}"} &#8211; Copper Kettle Kitchenware</title>
<meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='storefront-style-css' href='/wp-content/themes/storefront/style.css?ver=4.6.0' media='all'>
<link rel='stylesheet' id='storefront-woocommerce-style-css' href='/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=4.6.0' media='all'>
{f'<link rel="prev" href="{page_href(number - 1)}">' if number > 1 else ""}
{f'<link rel="next" href="{page_href(number + 1)}">' if number < pages else ""}
</head>
<body class="archive post-type-archive post-type-archive-product wp-embed-responsive theme-storefront woocommerce-shop woocommerce woocommerce-page woocommerce-js storefront-align-wide right-sidebar woocommerce-active">
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header" role="banner">
		<div class="col-full">
			<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
			<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
			<div class="site-branding"><p class="site-title"><a href="/" rel="home">Copper Kettle Kitchenware</a></p><p class="site-description">Cookware that lasts a lifetime, since 1974</p></div>
			<div class="site-search"><div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/"><label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label><input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s"><button type="submit" value="Search">Search</button><input type="hidden" name="post_type" value="product"></form></div></div>
		</div>
		<div class="storefront-primary-navigation"><div class="col-full">
			<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
				<button id="site-navigation-menu-toggle" class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
				<div class="primary-navigation"><ul id="menu-primary" class="menu"><li class="menu-item current-menu-item"><a href="/shop/" aria-current="page">Shop</a></li>{menu}<li class="menu-item"><a href="/journal/">Journal</a></li><li class="menu-item"><a href="/visit-us/">Visit us</a></li></ul></div>
			</nav>
			<ul id="site-header-cart" class="site-header-cart menu">
				<li class=""><a class="cart-contents" href="/basket/" title="View your shopping basket"><span class="woocommerce-Price-amount amount">&pound;126.95</span> <span class="count">2 items</span></a></li>
				<li><div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content">
					<ul class="woocommerce-mini-cart cart_list product_list_widget">
						<li class="woocommerce-mini-cart-item mini_cart_item"><a href="/basket/?remove_item=a1b2" class="remove remove_from_cart_button" aria-label="Remove Carbon Steel Wok 32cm from basket" data-product_id="3142">&times;</a><a href="/product/carbon-steel-wok-32cm/"><img width="324" height="324" src="{_kettle_image("Carbon Steel Wok 32cm")}" alt="">Carbon Steel Wok 32cm</a><span class="quantity">1 &times; {_gbp(54.95)}</span></li>
						<li class="woocommerce-mini-cart-item mini_cart_item"><a href="/basket/?remove_item=c3d4" class="remove remove_from_cart_button" aria-label="Remove Copper Measuring Cups from basket" data-product_id="3230">&times;</a><a href="/product/copper-measuring-cups/"><img width="324" height="324" src="{_kettle_image("Copper Measuring Cups")}" alt="">Copper Measuring Cups</a><span class="quantity">2 &times; {_gbp(29.00)}</span></li>
					</ul>
					<p class="woocommerce-mini-cart__total total"><strong>Subtotal:</strong> {_gbp(112.95)}</p>
					<p class="woocommerce-mini-cart__buttons buttons"><a href="/basket/" class="button wc-forward">View basket</a><a href="/checkout/" class="button checkout wc-forward">Checkout</a></p>
				</div></div></li>
			</ul>
		</div></div>
	</header>
	<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb" aria-label="breadcrumbs"><a href="/">Home</a><span class="breadcrumb-separator"> / </span>Shop</nav></div></div>
	<div id="content" class="site-content" tabindex="-1">
		<div class="col-full">
			<div class="woocommerce"></div>
			<div id="primary" class="content-area">
				<main id="main" class="site-main" role="main">
					<header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">Shop</h1></header>
					{sorting}
					<ul class="products columns-3">
{body}
					</ul>
					{sorting}
				</main>
			</div>
			<div id="secondary" class="widget-area" role="complementary">
				<div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Product categories</span><ul class="product-categories">{cat_items}</ul></div>
				<div id="woocommerce_top_rated_products-2" class="widget woocommerce widget_top_rated_products"><span class="gamma widget-title">Top rated products</span><ul class="product_list_widget">{top_rated}</ul></div>
				<div id="block-7" class="widget widget_block"><p>Free UK delivery on orders over &pound;60. Order by 2pm for next-day dispatch.</p></div>
			</div>
		</div>
	</div>
	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="col-full">
			<div class="footer-widgets row-1 col-3 fix">
				<div class="block footer-widget-1"><div class="widget widget_nav_menu"><span class="gamma widget-title">Customer service</span><ul class="menu"><li><a href="/delivery/">Delivery</a></li><li><a href="/returns/">Returns</a></li><li><a href="/care-guides/">Care guides</a></li><li><a href="/contact/">Contact</a></li></ul></div></div>
				<div class="block footer-widget-2"><div class="widget widget_nav_menu"><span class="gamma widget-title">About</span><ul class="menu"><li><a href="/our-story/">Our story</a></li><li><a href="/workshop/">The workshop</a></li><li><a href="/trade/">Trade accounts</a></li><li><a href="/careers/">Careers</a></li></ul></div></div>
				<div class="block footer-widget-3"><div class="widget widget_text"><span class="gamma widget-title">Visit</span><div class="textwidget"><p>14 Foundry Lane, Sheffield S3 8RA<br>Mon&ndash;Sat 9:30&ndash;17:30</p></div></div></div>
			</div>
			<div class="site-info">&copy; Copper Kettle Kitchenware Ltd 2026<br><a href="https://woocommerce.test" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="noreferrer nofollow">Built with WooCommerce</a>.</div>
		</div>
	</footer>
	<div class="storefront-handheld-footer-bar"><ul class="columns-3"><li class="my-account"><a href="/my-account/">My Account</a></li><li class="search"><a href="">Search</a></li><li class="cart"><a class="footer-cart-contents" href="/basket/">Cart <span class="count">2</span></a></li></ul></div>
</div>
<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
</body>
</html>"""


@more
def build_copperkettle() -> None:
    s = Site(
        "copperkettle",
        kind="product catalogue (WooCommerce)",
        start="shop/",
        description="Kitchenware shop on WooCommerce's Storefront theme: <del>/<ins> sale prices, star ratings, price ranges, lazy images, a mini cart and a top-rated widget.",
    )
    sizes = [12, 12, 6]
    pages = chunks(list(enumerate(KITCHEN)), sizes)
    first = 1
    for number, items in enumerate(pages, 1):
        cards = []
        for position, (i, item) in enumerate(items):
            column = "first" if position % 3 == 0 else "last" if position % 3 == 2 else ""
            cards.append(_kettle_card(i, item, column))
        last = first + len(items) - 1
        path = "shop/index.html" if number == 1 else f"shop/page/{number}/index.html"
        s.list_page(path, _kettle_layout(number, len(pages), "".join(cards), first, last))
        first = last + 1
    for title, _category, price, was, rating, _stock in KITCHEN:
        s.expect(
            {
                "title": title,
                "url": f"/product/{slug(title)}/",
                "price": price[0] if isinstance(price, tuple) else price,
                "currency": "GBP",
                "original_price": was,
                "rating": rating,
                "image": _kettle_image(title),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tinkerers-bench: a XenForo 2 forum's thread list. Each thread is a div.structItem of cells; dates
# are <time> elements showing "Yesterday at 8:41 AM" or "Wednesday at 7:03 PM" with the exact moment
# in datetime; views shown rounded ("2.3K"), replies and views as <dl> pairs; sticky threads in their
# own group; thread prefixes as labels; a "Latest posts" sidebar block and forum statistics.
# ---------------------------------------------------------------------------------------------------

FORUM_NOW = datetime(2026, 3, 6, 10, 30)

# (title, prefix, author, hours since start, replies, views, last poster, hours since last post, sticky)
THREADS = [
    (
        "Read this first: posting rules and how to ask for help",
        "Announcement",
        "bench_admin",
        2150,
        4,
        18400,
        "bench_admin",
        1100,
        True,
    ),
    (
        "Community printer profiles – share your tuned slicer settings",
        None,
        "layerlines",
        1500,
        187,
        9600,
        "nozzle_nina",
        3,
        True,
    ),
    ("First layer not sticking on textured PEI", "Help", "maker_jo", 88, 23, 1400, "filament_fred", 26, False),
    ("Klipper input shaper results on a stock Ender 3 V3", None, "resonance_rob", 40, 15, 612, "maker_jo", 2, False),
    ("Best glue for PETG to aluminium?", "Help", "bracket_bea", 30, 9, 288, "epoxy_ed", 5, False),
    ("My first enclosure build (lots of photos)", "Build log", "woodshop_wes", 150, 41, 2300, "layerlines", 20, False),
    ("Hardened steel nozzle: worth it for PLA-CF?", None, "carbon_cat", 60, 12, 540, "nozzle_nina", 30, False),
    ("Bambu AMS jams on cardboard spools", "Help", "spoolman", 25, 7, 199, "resonance_rob", 8, False),
    (
        "Printed a replacement dishwasher wheel – 6 months later",
        "Showcase",
        "fixit_fran",
        200,
        28,
        3100,
        "bracket_bea",
        50,
        False,
    ),
    ("Stringing with TPU even after drying", "Help", "flexi_flo", 72, 18, 705, "filament_fred", 55, False),
    ("Laser cutter fume extraction on a budget", None, "beam_ben", 110, 14, 830, "woodshop_wes", 70, False),
    ("CNC spindle runout – how much is too much?", "Help", "millhouse", 260, 22, 1100, "beam_ben", 99, False),
    ("Resin printer FEP replacement walkthrough", "Guide", "vat_victor", 320, 6, 2700, "flexi_flo", 120, False),
    ("Anyone going to the Leeds maker faire?", None, "meetup_mo", 180, 33, 950, "maker_jo", 125, False),
    ("PLA vs PETG for outdoor planters", None, "garden_gus", 340, 19, 1200, "epoxy_ed", 130, False),
    ("Wiring a 24V heated bed safely", "Help", "volt_val", 400, 27, 1900, "resonance_rob", 150, False),
    (
        "Designing snap fits that survive more than five clips",
        "Guide",
        "caddy_cam",
        520,
        38,
        5400,
        "caddy_cam",
        160,
        False,
    ),
    ("Octoprint or Mainsail in 2026?", None, "pi_pete", 430, 44, 2600, "pi_pete", 170, False),
    ("Warping on long ABS parts", "Help", "abs_abby", 470, 16, 640, "carbon_cat", 180, False),
    ("Show us your cable management", "Showcase", "tidy_tom", 600, 52, 4100, "spoolman", 190, False),
    ("Calibrating e-steps vs flow – which first?", "Help", "newbie_nat", 700, 11, 470, "layerlines", 200, False),
    ("Cheap digital calipers that are actually accurate", None, "measure_mel", 760, 25, 1500, "millhouse", 215, False),
    ("Converting a 3018 CNC to a pen plotter", "Build log", "plotter_pam", 820, 13, 880, "beam_ben", 240, False),
    ("Filament dryer roundup", "Guide", "spoolman", 900, 20, 3300, "abs_abby", 250, False),
    ("Layer shift every 30 mm", "Help", "shifty_sam", 960, 8, 310, "volt_val", 270, False),
    ("Printing gears in nylon – tips?", None, "gear_gwen", 1010, 17, 720, "caddy_cam", 300, False),
    (
        "Wooden toy train track adapters (free STL)",
        "Showcase",
        "woodshop_wes",
        1100,
        29,
        2100,
        "fixit_fran",
        330,
        False,
    ),
    (
        "Is a direct drive upgrade worth it on an i3 clone?",
        None,
        "clone_cleo",
        1180,
        21,
        990,
        "nozzle_nina",
        360,
        False,
    ),
    ("Heat-set inserts: soldering iron or press?", "Help", "insert_ivy", 1260, 15, 1300, "millhouse", 400, False),
    ("Workshop dust collection ducting", None, "beam_ben", 1320, 10, 560, "tidy_tom", 430, False),
]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _clock(moment: datetime) -> str:
    return f"{(moment.hour % 12) or 12}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def _xf_date(moment: datetime) -> str:
    """How XenForo shows a moment: relative within a week, else "Feb 27, 2026"."""
    days = (FORUM_NOW.date() - moment.date()).days
    if days == 0:
        return f"Today at {_clock(moment)}"
    if days == 1:
        return f"Yesterday at {_clock(moment)}"
    if days < 7:
        return f"{_WEEKDAY_NAMES[moment.weekday()]} at {_clock(moment)}"
    return f"{moment:%b} {moment.day}, {moment.year}"


def _xf_time(moment: datetime, css: str = "u-dt") -> str:
    stamp = int((moment - datetime(1970, 1, 1)).total_seconds())
    return f'<time class="{css}" dir="auto" datetime="{moment:%Y-%m-%dT%H:%M:%S}+0000" data-timestamp="{stamp}" data-date-string="{moment:%b} {moment.day}, {moment.year}" data-time-string="{_clock(moment)}" title="{moment:%b} {moment.day}, {moment.year} at {_clock(moment)}">{_xf_date(moment)}</time>'


def _views(views: int) -> str:
    return str(views) if views < 1000 else f"{views / 1000:.1f}K".replace(".0K", "K")


def _user_id(name: str) -> int:
    return 1000 + sum(ord(c) for c in name) * 7 % 8000


def _thread_item(index: int, thread: tuple[Any, ...]) -> str:
    title, prefix, author, started, replies, views, last_poster, last, sticky = thread
    thread_id = 4821 - index * 13
    url = f"/threads/{slug(title)}.{thread_id}/"
    start = FORUM_NOW - timedelta(hours=started, minutes=index * 7 % 60)
    latest = FORUM_NOW - timedelta(hours=last, minutes=index * 11 % 60)
    label = (
        f'<a href="/forums/3d-printing.12/?prefix_id={len(prefix)}" class="labelLink" rel="nofollow"><span class="label label--{"blue" if prefix == "Help" else "green"}" dir="auto">{esc(prefix)}</span></a><span class="label-append">&nbsp;</span>'
        if prefix
        else ""
    )
    status = (
        '<ul class="structItem-statuses"><li><i class="structItem-status structItem-status--sticky" aria-hidden="true" title="Sticky"></i><span class="u-srOnly">Sticky</span></li></ul>'
        if sticky
        else ""
    )
    pages = 1 + replies // 20
    jump = (
        '<li><span class="structItem-pageJump">'
        + "".join(f'<a href="{url}page-{p}">{p}</a>' for p in range(2, min(pages, 4) + 1))
        + "</span></li>"
        if pages > 1
        else ""
    )
    author_id, last_id = _user_id(author), _user_id(last_poster)
    return f"""
<div class="structItem structItem--thread{" is-unread" if index % 3 == 0 else ""} js-inlineModContainer js-threadListItem-{thread_id}" data-author="{esc(author)}">
	<div class="structItem-cell structItem-cell--icon">
		<div class="structItem-iconContainer">
			<a href="/members/{slug(author)}.{author_id}/" class="avatar avatar--s avatar--default avatar--default--dynamic" data-user-id="{author_id}" data-xf-init="member-tooltip" style="background-color: #a3c2e0; color: #2e5c8a"><span class="avatar-u{author_id}-s" role="img" aria-label="{esc(author)}">{esc(author[0].upper())}</span></a>
		</div>
	</div>
	<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
		{status}
		<div class="structItem-title">{label}<a href="{url}" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="{url}preview">{esc(title)}</a></div>
		<div class="structItem-minor">
			<ul class="structItem-parts">
				<li><a href="/members/{slug(author)}.{author_id}/" class="username " dir="auto" data-user-id="{author_id}" data-xf-init="member-tooltip">{esc(author)}</a></li>
				<li class="structItem-startDate"><a href="{url}" rel="nofollow">{_xf_time(start)}</a></li>
				{jump}
			</ul>
		</div>
	</div>
	<div class="structItem-cell structItem-cell--meta" title="First message reaction score: {replies * 3 % 41}">
		<dl class="pairs pairs--justified"><dt>Replies</dt><dd>{replies}</dd></dl>
		<dl class="pairs pairs--justified structItem-minor"><dt>Views</dt><dd>{_views(views)}</dd></dl>
	</div>
	<div class="structItem-cell structItem-cell--latest">
		<a href="{url}latest" rel="nofollow">{_xf_time(latest, "structItem-latestDate u-dt")}</a>
		<div class="structItem-minor"><a href="/members/{slug(last_poster)}.{last_id}/" class="username " dir="auto" data-user-id="{last_id}" data-xf-init="member-tooltip">{esc(last_poster)}</a></div>
	</div>
	<div class="structItem-cell structItem-cell--icon structItem-cell--iconEnd">
		<div class="structItem-iconContainer"><a href="/members/{slug(last_poster)}.{last_id}/" class="avatar avatar--xxs avatar--default avatar--default--dynamic" data-user-id="{last_id}" data-xf-init="member-tooltip" style="background-color: #e0c2a3; color: #8a5c2e"><span class="avatar-u{last_id}-s" role="img" aria-label="{esc(last_poster)}">{esc(last_poster[0].upper())}</span></a></div>
	</div>
</div>"""


def _forum_layout(number: int, pages: int, sticky: str, body: str) -> str:
    def href(n: int) -> str:
        return "/forums/3d-printing.12/" if n == 1 else f"/forums/3d-printing.12/page-{n}/"

    nav_pages = "".join(
        f'<li class="pageNav-page{" pageNav-page--current" if n == number else ""}"><a href="{href(n)}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    prev = f'<a href="{href(number - 1)}" class="pageNav-jump pageNav-jump--prev">Prev</a>' if number > 1 else ""
    nxt = f'<a href="{href(number + 1)}" class="pageNav-jump pageNav-jump--next">Next</a>' if number < pages else ""
    page_nav = f'<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed"><div class="pageNav">{prev}<ul class="pageNav-main">{nav_pages}</ul>{nxt}</div><div class="pageNavSimple">{prev}<a class="pageNavSimple-el pageNavSimple-el--current">{number} of {pages}</a>{nxt}</div></nav></div></div>'
    latest = "".join(
        f"""<li class="block-row">
			<div class="contentRow">
				<div class="contentRow-figure"><a href="/members/{slug(t[6])}.{_user_id(t[6])}/" class="avatar avatar--xxs avatar--default" data-user-id="{_user_id(t[6])}"><span class="avatar-u{_user_id(t[6])}-s" role="img" aria-label="{esc(t[6])}">{esc(t[6][0].upper())}</span></a></div>
				<div class="contentRow-main contentRow-main--close">
					<a href="/threads/{slug(t[0])}.{4821 - i * 13}/post-{88100 + i}">{esc(t[0])}</a>
					<div class="contentRow-minor contentRow-minor--hideLinks"><ul class="listInline listInline--bullet"><li>Latest: {esc(t[6])}</li><li>{_xf_time(FORUM_NOW - timedelta(hours=t[7], minutes=i * 11 % 60))}</li></ul></div>
					<div class="contentRow-minor contentRow-minor--hideLinks"><a href="/forums/3d-printing.12/">3D printing</a></div>
				</div>
			</div>
		</li>"""
        for i, t in sorted(enumerate(THREADS), key=lambda p: p[1][7])[:5]
    )
    online = "".join(
        f'<li><a href="/members/{slug(n)}.{_user_id(n)}/" class="username " dir="auto" data-user-id="{_user_id(n)}">{esc(n)}</a></li>'
        for n in ("nozzle_nina", "maker_jo", "resonance_rob", "spoolman", "beam_ben", "tidy_tom")
    )
    return f"""<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-xf="2.2" data-app="public" data-template="forum_view" data-container-key="node-12" data-content-key="" data-logged-in="false" class="has-no-js template-forum_view">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=Edge">
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>3D printing{"" if number == 1 else f" | Page {number}"} | Tinkerer's Bench</title>
	<link rel="canonical" href="{href(number)}">
	{f'<link rel="next" href="{href(number + 1)}">' if number < pages else ""}
	<link rel="alternate" type="application/rss+xml" title="RSS feed for 3D printing" href="/forums/3d-printing.12/index.rss">
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1709800000&amp;k=0a1b2c">
	<script src="/js/xf/preamble.min.js?_v=4a7c2f10"></script>
</head>
<body data-template="forum_view">
<div class="p-pageWrapper" id="top">
	<header class="p-header" id="header">
		<div class="p-header-inner"><div class="p-header-content">
			<div class="p-header-logo p-header-logo--image"><a href="/"><img src="/styles/bench/logo.png" alt="Tinkerer's Bench" width="180" height="36"></a></div>
		</div></div>
	</header>
	<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
		<nav class="p-nav"><div class="p-nav-inner">
			<div class="p-nav-scroller hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">
				<li><div class="p-navEl is-selected" data-has-children="true"><a href="/" class="p-navEl-link p-navEl-link--splitMenu" data-nav-id="forums">Forums</a></div></li>
				<li><div class="p-navEl" data-has-children="true"><a href="/whats-new/" class="p-navEl-link p-navEl-link--splitMenu" data-nav-id="whatsNew">What's new</a></div></li>
				<li><div class="p-navEl"><a href="/media/" class="p-navEl-link" data-nav-id="xfmg">Media</a></div></li>
				<li><div class="p-navEl"><a href="/resources/" class="p-navEl-link" data-nav-id="xfrm">STL library</a></div></li>
				<li><div class="p-navEl"><a href="/members/" class="p-navEl-link" data-nav-id="members">Members</a></div></li>
			</ul></div></div>
			<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Log in</span></a><a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" rel="nofollow" data-xf-click="overlay"><span class="p-navgroup-linkText">Register</span></a></div></div>
		</div></nav>
	</div>
	<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list">
		<li><div class="p-navEl"><a href="/whats-new/posts/" class="p-navEl-link" data-nav-id="newPosts">New posts</a></div></li>
		<li><div class="p-navEl"><a href="/search/?type=post" class="p-navEl-link" data-nav-id="searchForums">Search forums</a></div></li>
	</ul></div></div></div>
	<div class="p-body">
		<div class="p-body-inner">
			<div class="p-breadcrumbs--parent"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
				<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Forums</span></a><meta itemprop="position" content="1"></li>
				<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/#making.3" itemprop="item"><span itemprop="name">Making things</span></a><meta itemprop="position" content="2"></li>
			</ul></div>
			<div class="p-body-header"><div class="p-title"><h1 class="p-title-value">3D printing</h1></div><div class="p-description">Printers, slicers, materials and everything that comes off the build plate.</div></div>
			<div class="p-body-main p-body-main--withSidebar">
				<div class="p-body-content">
					<div class="p-body-pageContent">
						{page_nav}
						<div class="block block--messages" data-xf-init="" data-type="thread" data-href="/inline-mod/" data-search-target="*">
							<div class="block-outer"><div class="block-outer-opposite"><div class="buttonGroup"><a href="/forums/3d-printing.12/post-thread" class="button--cta button button--icon button--icon--write" rel="nofollow"><span class="button-text">Post thread</span></a></div></div></div>
							<div class="block-container">
								<div class="block-filterBar"><div class="filterBar"><a class="filterBar-menuTrigger" data-xf-click="menu" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">Filters</a></div></div>
								<div class="block-body">
									<div class="structItemContainer">
										{sticky}
										<div class="structItemContainer-group js-threadList">
{body}
										</div>
									</div>
								</div>
							</div>
						</div>
						{page_nav}
					</div>
				</div>
				<div class="p-body-sidebar">
					<div class="block" data-widget-id="7" data-widget-key="forum_overview_new_posts" data-widget-definition="new_posts">
						<div class="block-container">
							<h3 class="block-minorHeader"><a href="/whats-new/posts/?skip=1" rel="nofollow">Latest posts</a></h3>
							<ul class="block-body">{latest}</ul>
						</div>
					</div>
					<div class="block" data-widget-id="6" data-widget-key="forum_overview_forum_statistics" data-widget-definition="forum_statistics">
						<div class="block-container"><h3 class="block-minorHeader">Forum statistics</h3><div class="block-body block-row">
							<dl class="pairs pairs--justified count--threads"><dt>Threads</dt><dd>12,845</dd></dl>
							<dl class="pairs pairs--justified count--messages"><dt>Messages</dt><dd>164,220</dd></dl>
							<dl class="pairs pairs--justified count--users"><dt>Members</dt><dd>9,876</dd></dl>
							<dl class="pairs pairs--justified"><dt>Latest member</dt><dd><a href="/members/solder_sue.9981/" class="username " dir="auto" data-user-id="9981">solder_sue</a></dd></dl>
						</div></div>
					</div>
					<div class="block" data-widget-id="5" data-widget-key="forum_overview_members_online" data-widget-definition="members_online">
						<div class="block-container"><h3 class="block-minorHeader"><a href="/online/">Members online</a></h3><div class="block-body"><div class="block-row block-row--minor"><ul class="listInline listInline--comma">{online}</ul></div></div>
						<div class="block-footer">Total: 143 (members: 6, guests: 137)</div></div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="p-footer" id="footer">
		<div class="p-footer-inner">
			<div class="p-footer-row"><div class="p-footer-row-opposite"><ul class="p-footer-linkList">
				<li><a href="/misc/contact" data-xf-click="overlay">Contact us</a></li><li><a href="/help/terms/">Terms and rules</a></li><li><a href="/help/privacy-policy/">Privacy policy</a></li><li><a href="/help/">Help</a></li><li><a href="/" class="p-footer-homeLink" title="Home">Home</a></li><li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS">RSS</a></li>
			</ul></div></div>
			<div class="p-footer-copyright"><a href="https://xenforo.test" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2026 XenForo Ltd.</span></a></div>
		</div>
	</footer>
</div>
</body>
</html>"""


@more
def build_tinkerers_bench() -> None:
    s = Site(
        "tinkerers-bench",
        kind="forum thread list (XenForo)",
        start="forums/3d-printing.12/",
        description="Maker forum on XenForo 2: structItem thread rows, relative <time> dates, rounded view counts, sticky threads, prefixes, a latest-posts sidebar.",
    )
    indexed = list(enumerate(THREADS))
    stickies = [p for p in indexed if p[1][8]]
    normal = [p for p in indexed if not p[1][8]]
    pages = chunks(normal, [10, 10, 8])
    for number, threads in enumerate(pages, 1):
        sticky = (
            '<div class="structItemContainer-group structItemContainer-group--sticky">'
            + "".join(_thread_item(i, t) for i, t in stickies)
            + "</div>"
            if number == 1
            else ""
        )
        body = "".join(_thread_item(i, t) for i, t in threads)
        path = "forums/3d-printing.12/index.html" if number == 1 else f"forums/3d-printing.12/page-{number}/index.html"
        s.list_page(path, _forum_layout(number, len(pages), sticky, body))
    for index, (title, prefix, author, started, replies, views, last_poster, last, _sticky) in enumerate(THREADS):
        start = FORUM_NOW - timedelta(hours=started, minutes=index * 7 % 60)
        latest = FORUM_NOW - timedelta(hours=last, minutes=index * 11 % 60)
        s.expect(
            {
                "title": title,
                "url": f"/threads/{slug(title)}.{4821 - index * 13}/",
                "prefix": prefix,
                "author": author,
                "date": start.date().isoformat(),
                "replies": replies,
                "views": views,
                "last_poster": last_poster,
                "last_post_date": latest.date().isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# letbridge: homes to rent on a React site (hashed class names, data-testid hooks). Rent per month
# with the weekly figure beside it ("£1,850 pcm" / "£427 pw"), icon + "2 beds" spec items, "Available
# from 14th Apr 2026" or "Available now", the agent only as its logo's alt text, premium badges, a
# "similar homes" carousel after the results and a footer of SEO link lists.
# ---------------------------------------------------------------------------------------------------

# (beds, kind, street and area, postcode, pcm, baths, receptions, available, agent, listed, premium)
LETTINGS = [
    (
        2,
        "flat",
        "Alma Road, Clifton, Bristol",
        "BS8",
        1850,
        1,
        1,
        "2026-04-14",
        "Hollis & Reed Lettings",
        "2026-03-03",
        True,
    ),
    (
        1,
        "flat",
        "Whiteladies Road, Clifton, Bristol",
        "BS8",
        1275,
        1,
        None,
        "now",
        "Avon Key Lettings",
        "2026-03-03",
        False,
    ),
    (
        3,
        "terraced house",
        "Cotham Brow, Cotham, Bristol",
        "BS6",
        2400,
        2,
        2,
        "2026-05-01",
        "Hollis & Reed Lettings",
        "2026-03-02",
        False,
    ),
    (
        2,
        "maisonette",
        "Princess Victoria Street, Clifton, Bristol",
        "BS8",
        1995,
        1,
        1,
        "2026-04-01",
        "Cabot Residential",
        "2026-03-02",
        False,
    ),
    (
        4,
        "semi-detached house",
        "Pembroke Road, Clifton, Bristol",
        "BS8",
        3450,
        3,
        2,
        "2026-06-15",
        "Sion Hill Estates",
        "2026-03-01",
        True,
    ),
    (
        1,
        "apartment",
        "Hotwell Road, Hotwells, Bristol",
        "BS8",
        1150,
        1,
        None,
        "now",
        "Harbourside Homes",
        "2026-02-28",
        False,
    ),
    (
        2,
        "apartment",
        "Cumberland Road, Spike Island, Bristol",
        "BS1",
        1725,
        2,
        1,
        "2026-03-20",
        "Harbourside Homes",
        "2026-02-28",
        False,
    ),
    (
        3,
        "flat",
        "Royal York Crescent, Clifton, Bristol",
        "BS8",
        2650,
        2,
        1,
        "2026-04-04",
        "Sion Hill Estates",
        "2026-02-27",
        False,
    ),
    (
        1,
        "studio",
        "Queens Road, Clifton, Bristol",
        "BS8",
        950,
        1,
        None,
        "now",
        "Avon Key Lettings",
        "2026-02-27",
        False,
    ),
    (
        2,
        "flat",
        "Oakfield Road, Clifton, Bristol",
        "BS8",
        1625,
        1,
        1,
        "2026-03-28",
        "Cabot Residential",
        "2026-02-26",
        False,
    ),
    (
        5,
        "detached house",
        "Percival Road, Clifton, Bristol",
        "BS8",
        4950,
        3,
        3,
        "2026-07-01",
        "Sion Hill Estates",
        "2026-02-26",
        True,
    ),
    (
        2,
        "flat",
        "Worcester Terrace, Clifton, Bristol",
        "BS8",
        1790,
        1,
        1,
        "now",
        "Hollis & Reed Lettings",
        "2026-02-25",
        False,
    ),
    (
        1,
        "flat",
        "St Michael's Hill, Kingsdown, Bristol",
        "BS2",
        1095,
        1,
        1,
        "2026-04-10",
        "Kingsdown Property",
        "2026-02-25",
        False,
    ),
    (
        3,
        "end of terrace house",
        "Chandos Road, Redland, Bristol",
        "BS6",
        2295,
        1,
        2,
        "2026-05-09",
        "Kingsdown Property",
        "2026-02-24",
        False,
    ),
    (
        2,
        "apartment",
        "Canons Way, Harbourside, Bristol",
        "BS1",
        1950,
        2,
        1,
        "2026-03-31",
        "Harbourside Homes",
        "2026-02-24",
        False,
    ),
    (
        4,
        "town house",
        "Clifton Vale, Clifton, Bristol",
        "BS8",
        3200,
        2,
        2,
        "2026-06-01",
        "Cabot Residential",
        "2026-02-23",
        False,
    ),
    (
        1,
        "apartment",
        "Anchor Road, Canon's Marsh, Bristol",
        "BS1",
        1325,
        1,
        None,
        "now",
        "Harbourside Homes",
        "2026-02-22",
        False,
    ),
    (
        2,
        "flat",
        "Richmond Terrace, Clifton, Bristol",
        "BS8",
        1680,
        1,
        1,
        "2026-04-18",
        "Avon Key Lettings",
        "2026-02-21",
        False,
    ),
    (
        3,
        "maisonette",
        "Manilla Road, Clifton, Bristol",
        "BS8",
        2150,
        1,
        1,
        "2026-05-02",
        "Hollis & Reed Lettings",
        "2026-02-20",
        False,
    ),
    (
        6,
        "detached house",
        "Canynge Road, Clifton, Bristol",
        "BS8",
        6250,
        4,
        3,
        "2026-08-01",
        "Sion Hill Estates",
        "2026-02-19",
        True,
    ),
    (
        2,
        "flat",
        "Victoria Square, Clifton, Bristol",
        "BS8",
        2050,
        2,
        1,
        "now",
        "Cabot Residential",
        "2026-02-18",
        False,
    ),
    (
        1,
        "flat",
        "Jacobs Wells Road, Clifton, Bristol",
        "BS8",
        1050,
        1,
        1,
        "2026-03-25",
        "Kingsdown Property",
        "2026-02-17",
        False,
    ),
    (
        3,
        "terraced house",
        "Hampton Park, Redland, Bristol",
        "BS6",
        2550,
        2,
        2,
        "2026-04-25",
        "Kingsdown Property",
        "2026-02-16",
        False,
    ),
    (
        2,
        "apartment",
        "Wapping Wharf, Bristol",
        "BS1",
        1875,
        2,
        1,
        "2026-04-06",
        "Harbourside Homes",
        "2026-02-15",
        False,
    ),
]


def _letting_title(beds: int, kind: str) -> str:
    return f"Studio {kind.replace('studio', 'flat')} to rent" if kind == "studio" else f"{beds} bed {kind} to rent"


def _fmt_day(day: date) -> str:
    return f"{ordinal(day.day)} {day:%b} {day.year}"


def _spec_item(icon: str, text: str) -> str:
    return f'<li class="_1wmbmfq1"><svg aria-hidden="true" class="_1wmbmfq2" width="24" height="24"><use href="#{icon}-medium"></use></svg><p class="_1wmbmfq3">{text}</p></li>'


def _letting_card(index: int, home: tuple[Any, ...]) -> str:
    beds, kind, address, postcode, pcm, baths, receptions, available, agent, listed, premium = home
    listing_id = 62847193 - index * 3917
    href = f"/to-rent/details/{listing_id}/"
    image = f"https://lid.letbridge.test/u/480/360/{listing_id:x}.jpg"
    specs = [_spec_item("bedroom", f"{beds} bed{'s' if beds > 1 else ''}") if kind != "studio" else ""]
    specs.append(_spec_item("bathroom", f"{baths} bath{'s' if baths > 1 else ''}"))
    if receptions:
        specs.append(_spec_item("reception", f"{receptions} reception{'s' if receptions > 1 else ''}"))
    shown = "Available now" if available == "now" else f"Available from {_fmt_day(date.fromisoformat(available))}"
    badge = '<div class="_12bxhf74"><span class="_1ohlbaz0">Premium listing</span></div>' if premium else ""
    pw = round(pcm * 12 / 52)
    return f"""
<div id="listing_{listing_id}" class="dkr2t83">
	<div class="_1lw0o5c0" data-testid="listing-card-content">
		<a href="{href}" class="_1lw0o5c2 _1lw0o5c3" aria-label="View photos of this {esc(kind)}" tabindex="-1">
			<div class="_12bxhf70" data-testid="image-gallery">
				<picture><source type="image/webp" srcset="{image[:-4]}.webp 480w, {image[:-4].replace("480/360", "645/430")}.webp 645w" sizes="(min-width: 1024px) 30vw, 100vw"><img src="{image}" alt="" class="_12bxhf72" loading="{"eager" if index % 10 == 0 else "lazy"}" width="480" height="360"></picture>
				{badge}
				<span class="_12bxhf75" data-testid="gallery-counter"><svg aria-hidden="true" width="16" height="16"><use href="#camera-small"></use></svg>{8 + index % 9}</span>
			</div>
		</a>
		<div class="_1lw0o5c4">
			<a href="{href}" class="_1lw0o5c2">
				<div class="_1ankud50"><p class="_64if862 _194zg6t3 r4q9to0" data-testid="listing-price">£{pcm:,} pcm</p><p class="_64if863 _194zg6t7">£{pw:,} pw</p></div>
				<h2 class="_1ankud51" data-testid="listing-title">{esc(_letting_title(beds, kind))}</h2>
				<address class="m6hnz62 _194zg6t9">{esc(address)} {postcode}</address>
				<ul class="_1wmbmfq0" data-testid="listing-spec">{"".join(specs)}</ul>
				<p class="_1ankud53">{shown}</p>
			</a>
			<div class="_1ankud54">
				<img src="/agent-logos/{slug(agent)}.png" alt="{esc(agent)}" class="_1ankud55" width="88" height="36" loading="lazy">
				<p class="_1ankud56">Listed on {_fmt_day(date.fromisoformat(listed))}</p>
			</div>
			<div class="_1k7j3x50"><a href="tel:0117946{index:04d}" class="_1k7j3x51" data-testid="agent-phone">Call</a><a href="{href}contact/" class="_1k7j3x51" data-testid="agent-email">Email</a><button type="button" class="_1k7j3x52" aria-label="Save this home" data-testid="save-button"><svg aria-hidden="true" width="20" height="20"><use href="#heart-medium"></use></svg></button></div>
		</div>
	</div>
</div>"""


_SPRITE_LETTINGS = """<svg xmlns="http://www.w3.org/2000/svg" style="display:none">
<symbol id="bedroom-medium" viewBox="0 0 24 24"><title>Bedrooms</title><path d="M3 18v-6h18v6M5 12V7h14v5"/></symbol>
<symbol id="bathroom-medium" viewBox="0 0 24 24"><title>Bathrooms</title><path d="M4 12h16v3a4 4 0 01-4 4H8a4 4 0 01-4-4z"/></symbol>
<symbol id="reception-medium" viewBox="0 0 24 24"><title>Living rooms</title><path d="M4 13h16v5H4zM6 13V9h12v4"/></symbol>
<symbol id="camera-small" viewBox="0 0 16 16"><path d="M2 5h12v8H2z"/></symbol>
<symbol id="heart-medium" viewBox="0 0 24 24"><path d="M12 20l-8-8a5 5 0 017-7l1 1 1-1a5 5 0 017 7z"/></symbol>
</svg>"""


def _lettings_layout(number: int, pages: int, body: str) -> str:
    base = "/to-rent/property/bristol/clifton/"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    current = ' aria-current="page"'
    numbers = "".join(
        f'<li class="_14xj7k71"><a href="{href(n)}" class="_14xj7k72{" _14xj7k73" if n == number else ""}" aria-label="Page {n}"{current if n == number else ""}>{n}</a></li>'
        for n in range(1, pages + 1)
    )
    prev = (
        f'<a href="{href(number - 1)}" class="_14xj7k74"><svg aria-hidden="true"><use href="#chevron-left"></use></svg><span>Previous</span></a>'
        if number > 1
        else ""
    )
    nxt = (
        f'<a href="{href(number + 1)}" class="_14xj7k74"><span>Next</span><svg aria-hidden="true"><use href="#chevron-right"></use></svg></a>'
        if number < pages
        else ""
    )
    similar = "".join(
        f'<li class="_3e9d0a2"><a href="/to-rent/details/{63000000 + i * 811}/" class="_3e9d0a3"><img src="https://lid.letbridge.test/u/240/180/{63000000 + i * 811:x}.jpg" alt="" loading="lazy"><p class="_3e9d0a4">£{rent:,} pcm</p><p class="_3e9d0a5">{esc(t)}</p><p class="_3e9d0a6">{esc(a)}</p></a></li>'
        for i, (rent, t, a) in enumerate(
            [
                (1650, "2 bed flat", "Redland, Bristol BS6"),
                (1420, "1 bed flat", "Cotham, Bristol BS6"),
                (2300, "3 bed house", "Bishopston, Bristol BS7"),
                (1890, "2 bed apartment", "Temple Quay, Bristol BS1"),
            ]
        )
    )
    seo = "".join(
        f'<li><a href="/to-rent/property/bristol/{slug(area)}/">Property to rent in {esc(area)}</a></li>'
        for area in (
            "Bedminster",
            "Bishopston",
            "Clifton",
            "Cotham",
            "Easton",
            "Fishponds",
            "Henleaze",
            "Horfield",
            "Hotwells",
            "Kingsdown",
            "Montpelier",
            "Redland",
            "Southville",
            "St Andrews",
            "St Werburghs",
            "Totterdown",
            "Westbury Park",
            "Windmill Hill",
        )
    )
    price_options = "".join(f'<option value="{p}">£{p:,} pcm</option>' for p in range(500, 5001, 250))
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Property to rent in Clifton, Bristol{"" if number == 1 else f" - Page {number}"} | Letbridge</title>
<meta name="description" content="24 homes to rent in Clifton, Bristol from letting agents. Find the latest flats and houses to rent.">
<link rel="preload" href="/_next/static/css/8f2a1c.css" as="style">
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"searchId":"a8f3e2","page":{number},"resultCount":24}}}},"page":"/to-rent/property/[...slug]","buildId":"x7Hq2b"}}</script>
</head>
<body>
{_SPRITE_LETTINGS}
<div id="__next">
	<header class="_1vx5ha0" data-testid="site-header">
		<a href="/" class="_1vx5ha1" aria-label="Letbridge home"><svg width="120" height="28"><use href="#logo"></use></svg></a>
		<nav class="_1vx5ha2" aria-label="Main"><ul class="_1vx5ha3"><li><a href="/for-sale/">Buy</a></li><li><a href="/to-rent/">Rent</a></li><li><a href="/house-prices/">House prices</a></li><li><a href="/find-agents/">Find agents</a></li><li><a href="/discover/">Discover</a></li></ul></nav>
		<div class="_1vx5ha4"><a href="/signin/" class="_1vx5ha5">Sign in</a></div>
	</header>
	<main class="_2xl6jn0" id="main-content">
		<div class="_2xl6jn1" data-testid="search-filters">
			<form class="_9hm1nz0" action="/to-rent/property/bristol/clifton/" method="get">
				<input type="text" name="q" value="Clifton, Bristol" aria-label="Location">
				<select name="price_min" aria-label="Min price"><option value="">No min</option>{price_options}</select>
				<select name="price_max" aria-label="Max price"><option value="">No max</option>{price_options}</select>
				<select name="beds_min" aria-label="Min beds"><option value="">Any beds</option><option value="1">1+</option><option value="2">2+</option><option value="3">3+</option></select>
				<button type="submit" class="_9hm1nz1">Update results</button>
			</form>
		</div>
		<div class="_2xl6jn2"><h1 class="_2xl6jn3" data-testid="results-title">Property to rent in Clifton, Bristol</h1><p class="_2xl6jn4">{len(LETTINGS)} results</p>
			<div class="_2xl6jn5"><button type="button" class="_2xl6jn6">Create alert</button><label class="_2xl6jn7">Sort by <select name="results_sort"><option>Most recent</option><option>Highest price</option><option>Lowest price</option></select></label></div>
		</div>
		<div class="_1h0rz5r0">
			<div data-testid="regular-listings" class="dkr2t82">
{body}
			</div>
			<nav class="_14xj7k70" aria-label="pagination"><div class="_14xj7k75">{prev}</div><ol class="_14xj7k76">{numbers}</ol><div class="_14xj7k75">{nxt}</div></nav>
		</div>
		<section class="_3e9d0a0" data-testid="similar-listings"><h2 class="_3e9d0a7">Similar homes nearby</h2><ul class="_3e9d0a1">{similar}</ul></section>
	</main>
	<footer class="_8c2vhz0">
		<section class="_8c2vhz1"><h2 class="_8c2vhz2">Explore property to rent near Clifton</h2><ul class="_8c2vhz3">{seo}</ul></section>
		<section class="_8c2vhz1"><ul class="_8c2vhz4"><li><a href="/about/">About Letbridge</a></li><li><a href="/careers/">Careers</a></li><li><a href="/privacy/">Privacy notice</a></li><li><a href="/cookies/">Cookie settings</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/help/">Help</a></li></ul><p class="_8c2vhz5">&copy; Letbridge Property Group Ltd 2026</p></section>
	</footer>
</div>
</body>
</html>"""


@more
def build_letbridge() -> None:
    s = Site(
        "letbridge",
        kind="homes to rent (React, hashed classes)",
        start="to-rent/property/bristol/clifton/",
        description="Lettings search on a React site: rent per month beside rent per week, icon + text spec items, availability, the agent as a logo's alt text, a similar-homes carousel.",
    )
    pages = chunks(list(enumerate(LETTINGS)), [10, 10, 4])
    for number, homes in enumerate(pages, 1):
        body = "".join(_letting_card(i, h) for i, h in homes)
        path = (
            "to-rent/property/bristol/clifton/index.html"
            if number == 1
            else f"to-rent/property/bristol/clifton/page-{number}/index.html"
        )
        s.list_page(path, _lettings_layout(number, len(pages), body))
    for index, (beds, kind, address, postcode, pcm, baths, receptions, available, agent, listed, _premium) in enumerate(
        LETTINGS
    ):
        s.expect(
            {
                "title": _letting_title(beds, kind),
                "url": f"/to-rent/details/{62847193 - index * 3917}/",
                "price": pcm,
                "currency": "GBP",
                "address": f"{address} {postcode}",
                "bedrooms": beds if kind != "studio" else None,
                "bathrooms": baths,
                "receptions": receptions,
                "available": "Available now" if available == "now" else available,
                "agent": agent,
                "date": listed,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kiln-journal: a magazine on a WordPress block theme. The main Query Loop is a two-column grid of
# li.wp-block-post; a second Query Loop in the right-hand column ("Popular this month") uses the very
# same classes. Featured images are lazy (lazysizes: data-src/data-srcset behind an SVG placeholder)
# inside <figure>; some posts have none. A mega menu and a footer of link lists around it.
# ---------------------------------------------------------------------------------------------------

# (title, category, author, day, minutes, excerpt, has image)
POSTS = [
    (
        "Why your celadon crazes, and what to do about it",
        "Glazes",
        "Mara Okafor",
        "2026-03-04",
        7,
        "Crazing is a fit problem between glaze and clay body. We walk through the expansion numbers and three recipe changes that fixed it in our studio",
        True,
    ),
    (
        "A week at the Mashiko pottery fair",
        "Travel",
        "Ken Ito",
        "2026-03-02",
        11,
        "Five hundred stalls, one rainy Tuesday and a bowl I still cannot stop thinking about. Notes from the spring fair",
        True,
    ),
    (
        "Centring without fighting the clay",
        "Technique",
        "Ruth Adeyemi",
        "2026-02-27",
        5,
        "Most beginners centre with their arms. Brace your elbow on your thigh and let the wheel do the work instead",
        True,
    ),
    (
        "Reclaiming trimmings: a no-mess bucket system",
        "Studio",
        "Mara Okafor",
        "2026-02-25",
        4,
        "Two buckets, a plaster bat and a pillowcase are all you need to turn trimmings back into throwable clay within a week",
        False,
    ),
    (
        "The case for cone 6 oxidation",
        "Firing",
        "Tom Pelling",
        "2026-02-23",
        9,
        "Electric kilns at mid-fire are cheaper to run and kinder to elements, and the glaze palette is wider than people think",
        True,
    ),
    (
        "Interview: the potter behind Saltmarsh Ware",
        "People",
        "Ken Ito",
        "2026-02-20",
        12,
        "Jess Holloway left architecture to fire a wood kiln on the Essex coast. She told us about ash, tides and patience",
        True,
    ),
    (
        "Handles that stay on",
        "Technique",
        "Ruth Adeyemi",
        "2026-02-18",
        6,
        "Pulled or slab-built, a handle cracks when it dries faster than the mug. Wrap it, score deep and wait a day",
        True,
    ),
    (
        "Testing five commercial shinos",
        "Glazes",
        "Tom Pelling",
        "2026-02-16",
        8,
        "We fired five ready-made shinos on three clay bodies. Two carbon-trapped beautifully, one ran off the pot",
        True,
    ),
    (
        "Setting up a garage studio for under £1,000",
        "Studio",
        "Mara Okafor",
        "2026-02-13",
        10,
        "A second-hand wheel, a shelving unit and a careful look at ventilation. Our full parts list with prices",
        False,
    ),
    (
        "What pyrometric cones actually measure",
        "Firing",
        "Tom Pelling",
        "2026-02-11",
        6,
        "Cones measure heat work, not temperature. Here is why a slow firing bends a cone at a lower reading",
        True,
    ),
    (
        "Slip trailing with a kitchen syringe",
        "Technique",
        "Ruth Adeyemi",
        "2026-02-09",
        3,
        "A cheap syringe and a thick slip give crisp lines. Practise on newspaper before you touch a leather-hard pot",
        True,
    ),
    (
        "Book review: The Glaze Atlas",
        "Reviews",
        "Ken Ito",
        "2026-02-06",
        5,
        "Six hundred tested recipes with photographs on three clay bodies. Heavy, expensive and worth every gram",
        True,
    ),
    (
        "Raku at the seaside: a weekend workshop",
        "Travel",
        "Mara Okafor",
        "2026-02-04",
        7,
        "Sawdust, newspaper and a gas kiln on a Cornish beach. What we learned about reduction and wind",
        True,
    ),
    (
        "Choosing a first kiln",
        "Firing",
        "Tom Pelling",
        "2026-02-02",
        13,
        "Top-loader or front-loader, single phase or three phase. A buyer's guide with the questions to ask a seller",
        False,
    ),
    (
        "Decals on stoneware: a third firing",
        "Glazes",
        "Ruth Adeyemi",
        "2026-01-30",
        6,
        "Waterslide decals fire on at cone 018. We show the soak, the ramp and the mistakes that blistered our first batch",
        True,
    ),
    (
        "The people who run community studios",
        "People",
        "Ken Ito",
        "2026-01-28",
        9,
        "Membership fees, kiln rotas and the washing up. Four studio managers on keeping shared spaces going",
        True,
    ),
    (
        "Wedging: ram's head or spiral?",
        "Technique",
        "Ruth Adeyemi",
        "2026-01-26",
        4,
        "Both work. Ram's head is easier to learn, spiral wedging handles larger amounts of clay",
        True,
    ),
    (
        "Ash glazes from your wood burner",
        "Glazes",
        "Mara Okafor",
        "2026-01-23",
        8,
        "Sieved, washed and mixed with feldspar and clay, stove ash makes a runny green glaze with character",
        True,
    ),
    (
        "Kiln shelves: care and kiln wash",
        "Firing",
        "Tom Pelling",
        "2026-01-21",
        5,
        "A thin coat of kiln wash on the top surface only. Never wash the underside and never let glaze touch the shelf",
        False,
    ),
    (
        "Visiting the Leach Pottery",
        "Travel",
        "Ken Ito",
        "2026-01-19",
        10,
        "The climbing kiln, the museum and the standard ware still thrown in St Ives a century later",
        True,
    ),
    (
        "Photographing pots for your online shop",
        "Studio",
        "Ruth Adeyemi",
        "2026-01-16",
        7,
        "A sheet of card, a window and a phone on a tripod beat most lightboxes. Our settings and a sample shot list",
        True,
    ),
    (
        "Underglaze pencils, tested",
        "Reviews",
        "Mara Okafor",
        "2026-01-14",
        4,
        "We drew on bisque with six brands and fired to cone 6 and cone 10. Only three kept their colour at stoneware",
        True,
    ),
    (
        "The science of bloating",
        "Firing",
        "Tom Pelling",
        "2026-01-12",
        9,
        "Blisters under the surface come from gases trapped by over-firing or a fast bisque. Slow down through 900 degrees",
        True,
    ),
    (
        "A potter's year: January",
        "People",
        "Ken Ito",
        "2026-01-09",
        6,
        "Stocktaking, test tiles and the annual kiln element check. The quiet month in a working studio",
        False,
    ),
    (
        "Throwing large platters",
        "Technique",
        "Ruth Adeyemi",
        "2026-01-07",
        8,
        "Use a bat, compress the floor three times and leave extra weight at the rim. Then dry it slowly, upside down",
        True,
    ),
    (
        "Glaze safety basics",
        "Glazes",
        "Mara Okafor",
        "2026-01-05",
        6,
        "Mask, wet cleaning and no dry sweeping. What a studio needs to handle silica and metal oxides safely",
        True,
    ),
]
POPULAR = [5, 0, 8, 13, 2]


def _post_url(title: str, day: str) -> str:
    d = date.fromisoformat(day)
    return f"/{d:%Y/%m/%d}/{slug(title)}/"


def _post_image(title: str, day: str) -> str:
    d = date.fromisoformat(day)
    return f"/wp-content/uploads/{d:%Y/%m}/{slug(title)[:40]}-1024x683.jpg"


_SVG_PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%201024%20683%22%3E%3C/svg%3E"
)


def _figure(title: str, day: str) -> str:
    image = _post_image(title, day)
    small = image.replace("1024x683", "300x200")
    return f'<figure class="wp-block-post-featured-image"><a href="{_post_url(title, day)}" target="_self"><img width="1024" height="683" src="{_SVG_PLACEHOLDER}" data-src="{image}" data-srcset="{image} 1024w, {small} 300w, {image.replace("1024x683", "768x512")} 768w" data-sizes="auto" class="attachment-post-thumbnail size-post-thumbnail wp-post-image lazyload" alt="" style="object-fit:cover;" decoding="async"><noscript><img width="1024" height="683" src="{image}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></noscript></a></figure>'


def _post_item(index: int, post: tuple[Any, ...]) -> str:
    title, category, author, day, minutes, excerpt, has_image = post
    d = date.fromisoformat(day)
    url = _post_url(title, day)
    post_id = 2210 - index * 9
    return f"""
<li class="wp-block-post post-{post_id} post type-post status-publish format-standard{" has-post-thumbnail" if has_image else ""} hentry category-{slug(category)}">
	{_figure(title, day) if has_image else ""}
	<div class="taxonomy-category has-link-color wp-block-post-terms has-small-font-size"><a href="/category/{slug(category)}/" rel="tag">{esc(category)}</a></div>
	<h2 class="wp-block-post-title has-x-large-font-size"><a href="{url}" target="_self">{esc(title)}</a></h2>
	<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(excerpt)}&hellip; </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{url}">Continue reading</a></p></div>
	<div class="wp-block-group is-nowrap is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">
		<div class="wp-block-post-author-name has-small-font-size"><a href="/author/{slug(author)}/" target="_self" class="wp-block-post-author-name__link">{esc(author)}</a></div>
		<div class="wp-block-post-date has-small-font-size"><time datetime="{day}T{8 + index % 10:02d}:30:00+00:00"><a href="{url}">{d:%B} {d.day}, {d.year}</a></time></div>
		<p class="reading-time has-small-font-size">{minutes} min read</p>
	</div>
</li>"""


def _popular_item(index: int, post: tuple[Any, ...]) -> str:
    title, _category, _author, day, _minutes, _excerpt, has_image = post
    d = date.fromisoformat(day)
    url = _post_url(title, day)
    return f"""
<li class="wp-block-post post-{2210 - index * 9} post type-post status-publish format-standard{" has-post-thumbnail" if has_image else ""} hentry">
	{_figure(title, day) if has_image else ""}
	<h3 class="wp-block-post-title has-medium-font-size"><a href="{url}" target="_self">{esc(title)}</a></h3>
	<div class="wp-block-post-date has-small-font-size"><time datetime="{day}T12:00:00+00:00"><a href="{url}">{d:%B} {d.day}, {d.year}</a></time></div>
</li>"""


def _journal_layout(number: int, pages: int, body: str) -> str:
    def href(n: int) -> str:
        return "/" if n == 1 else f"/page/{n}/"

    numbers = "".join(
        f'<span aria-current="page" class="page-numbers current">{n}</span>'
        if n == number
        else f'<a class="page-numbers" href="{href(n)}">{n}</a>'
        for n in range(1, pages + 1)
    )
    prev = (
        f'<a href="{href(number - 1)}" class="wp-block-query-pagination-previous">Previous Page</a>'
        if number > 1
        else ""
    )
    nxt = f'<a href="{href(number + 1)}" class="wp-block-query-pagination-next">Next Page</a>' if number < pages else ""
    popular = "".join(_popular_item(i, POSTS[i]) for i in POPULAR)
    sections = {
        "Learn": ["Technique", "Glazes", "Firing", "Studio", "Beginners' guides", "Video lessons"],
        "Read": ["People", "Travel", "Reviews", "Opinion", "History", "Letters"],
        "Shop": ["Print magazine", "Gift subscriptions", "Back issues", "Books", "Tools", "Gift cards"],
        "Community": ["Events", "Studio directory", "Open studios", "Classifieds", "Forum", "Newsletter"],
    }
    mega = "".join(
        f'<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="/{slug(name)}/">{name}</a><button class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false" aria-label="{name} submenu"></button><ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">'
        + "".join(
            f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/{slug(name)}/{slug(item)}/"><span class="wp-block-navigation-item__label">{esc(item)}</span></a></li>'
            for item in items
        )
        + "</ul></li>"
        for name, items in sections.items()
    )
    footer_columns = "".join(
        f'<div class="wp-block-column is-layout-flow"><h3 class="wp-block-heading has-small-font-size">{name}</h3><ul class="wp-block-list">'
        + "".join(f'<li><a href="/{slug(name)}/{slug(item)}/">{esc(item)}</a></li>' for item in items)
        + "</ul></div>"
        for name, items in sections.items()
    )
    categories = sorted({p[1] for p in POSTS})
    cat_list = "".join(
        f'<li class="cat-item cat-item-{3 + i}"><a href="/category/{slug(c)}/">{esc(c)}</a> ({sum(1 for p in POSTS if p[1] == c) * 4 + i})</li>'
        for i, c in enumerate(categories)
    )
    tags = "".join(
        f'<a href="/tag/{slug(t)}/" class="tag-cloud-link tag-link-{40 + i} tag-link-position-{i + 1}" style="font-size: {10 + i % 8}pt;" aria-label="{esc(t)} ({3 + i * 2} items)">{esc(t)}</a>'
        for i, t in enumerate(
            [
                "ash",
                "celadon",
                "cone 6",
                "cone 10",
                "crackle",
                "handles",
                "kilns",
                "porcelain",
                "raku",
                "reduction",
                "shino",
                "slip",
                "stoneware",
                "tenmoku",
                "wood firing",
            ]
        )
    )
    hero = (
        '<div class="wp-block-cover is-light has-custom-content-position" style="min-height:320px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><div class="wp-block-cover__inner-container"><p class="has-text-align-center has-large-font-size">Clay, glaze and fire &mdash; stories from the wheel since 2009.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/subscribe/">Subscribe to the print edition</a></div></div></div></div>'
        if number == 1
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiln Journal{"" if number == 1 else f" &#8211; Page {number}"} &#8211; Clay, glaze and fire</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all'>
<style id='wp-block-post-template-inline-css'>.wp-block-post-template{{list-style:none;margin:0;padding:0}}</style>
<script src="/wp-content/plugins/lazysizes/lazysizes.min.js?ver=5.3.2" async></script>
</head>
<body class="home blog wp-embed-responsive">
<div class="wp-site-blocks">
	<header class="wp-block-template-part">
		<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
			<p class="wp-block-site-title"><a href="/" target="_self" rel="home">Kiln Journal</a></p>
			<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main menu">
				<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button>
				<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{mega}<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/subscribe/"><span class="wp-block-navigation-item__label">Subscribe</span></a></li></ul></div></div>
			</nav>
		</div>
	</header>
	{hero}
	<main class="wp-block-group is-layout-constrained">
		<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1">
			<div class="wp-block-column is-layout-flow" style="flex-basis:66.66%">
				<h1 class="wp-block-heading screen-reader-text">Latest stories</h1>
				<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">
					<ul class="columns-2 wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">
{body}
					</ul>
					<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" aria-label="Pagination">{prev}<div class="wp-block-query-pagination-numbers">{numbers}</div>{nxt}</nav>
				</div>
			</div>
			<div class="wp-block-column is-layout-flow" style="flex-basis:33.33%">
				<div class="wp-block-group has-base-2-background-color is-layout-flow">
					<h2 class="wp-block-heading has-medium-font-size">Popular this month</h2>
					<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">
						<ul class="wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">{popular}</ul>
					</div>
				</div>
				<div class="wp-block-group is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Topics</h2><ul class="wp-block-categories-list wp-block-categories">{cat_list}</ul></div>
				<div class="wp-block-group is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">Tags</h2><p class="wp-block-tag-cloud">{tags}</p></div>
			</div>
		</div>
	</main>
	<footer class="wp-block-template-part">
		<div class="wp-block-group has-contrast-background-color is-layout-constrained">
			<div class="wp-block-columns alignwide is-layout-flex">{footer_columns}</div>
			<div class="wp-block-group alignwide is-layout-flex"><ul class="wp-block-archives-list wp-block-archives"><li><a href="/2026/03/">March 2026</a></li><li><a href="/2026/02/">February 2026</a></li><li><a href="/2026/01/">January 2026</a></li><li><a href="/2025/12/">December 2025</a></li></ul><p class="has-small-font-size">&copy; 2026 Kiln Journal Ltd &middot; Designed with WordPress</p></div>
		</div>
	</footer>
</div>
</body>
</html>"""


@more
def build_kiln_journal() -> None:
    s = Site(
        "kiln-journal",
        kind="magazine index (WordPress blocks, two Query Loops)",
        start="/",
        description="Pottery magazine on a WordPress block theme: a two-column post grid beside a popular-posts Query Loop of the same classes, lazy <figure> images, a mega menu and link-list footer.",
    )
    pages = chunks(list(enumerate(POSTS)), [10, 10, 6])
    for number, posts in enumerate(pages, 1):
        body = "".join(_post_item(i, p) for i, p in posts)
        s.list_page(
            "index.html" if number == 1 else f"page/{number}/index.html", _journal_layout(number, len(pages), body)
        )
    for title, category, author, day, minutes, excerpt, has_image in POSTS:
        s.expect(
            {
                "title": title,
                "url": _post_url(title, day),
                "image": _post_image(title, day) if has_image else None,
                "category": category,
                "author": author,
                "date": day,
                "reading_time": minutes,
                "summary": f"{excerpt}…",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# townhall-events: a town's "What's on" list with a "Load more events" button (htmx): the button's
# hx-get returns an HTML *fragment* — the next ten <li> records and the next button, no page around
# them, no <ol>. schema.org microdata on some fields only (name, startDate, url); venue and price are
# plain text ("£8.50", "From £12.00", "Free", "Sold out"). A "Don't miss" strip repeats three events.
# ---------------------------------------------------------------------------------------------------

# (title, category, venue, local start "YYYY-MM-DD HH:MM", price or None, shown price text)
EVENTS = [
    ("Lantern Parade Workshop", "Family", "Market Hall", "2026-03-07 10:30", None, "Free"),
    ("Stand-up at the Exchange", "Comedy", "The Corn Exchange", "2026-03-07 20:00", 14.00, "£14.00"),
    ("Brass Band Spring Concert", "Music", "St Mary's Church", "2026-03-08 15:00", 8.50, "£8.50"),
    ("Repair Café", "Community", "Market Hall", "2026-03-09 10:00", None, "Free"),
    ("Local History Talk: The Old Mill", "Talks", "Town Library", "2026-03-10 19:00", 3.00, "£3.00"),
    ("Jazz Night with the Riverside Trio", "Music", "The Anchor Rooms", "2026-03-11 20:00", 12.00, "From £12.00"),
    ("Beginners' Life Drawing", "Workshops", "Arts Centre Studio 2", "2026-03-12 18:30", 18.00, "£18.00"),
    ("Quiz for the Lifeboats", "Community", "The Anchor Rooms", "2026-03-13 19:30", 2.00, "£2.00"),
    ("The Tempest (Riverside Players)", "Theatre", "Town Hall Theatre", "2026-03-14 19:30", 16.50, "From £16.50"),
    ("Farmers' Market", "Markets", "Market Square", "2026-03-14 09:00", None, "Free"),
    ("Film Club: Local Hero", "Film", "Arts Centre Cinema", "2026-03-15 17:00", 6.00, "£6.00"),
    ("Chamber Choir: Spring Songs", "Music", "St Mary's Church", "2026-03-17 19:30", 10.00, "£10.00"),
    ("Pottery Taster Session", "Workshops", "Arts Centre Studio 1", "2026-03-18 18:00", 25.00, "£25.00"),
    ("Author Talk: Coastlines", "Talks", "Town Library", "2026-03-19 19:00", 5.00, "£5.00"),
    ("Comedy Improv Jam", "Comedy", "The Corn Exchange", "2026-03-20 20:00", None, "Sold out"),
    ("Spring Craft Fair", "Markets", "Market Hall", "2026-03-21 10:00", None, "Free"),
    ("Folk Session", "Music", "The Anchor Rooms", "2026-03-21 20:30", None, "Free"),
    ("Kids' Science Show", "Family", "Town Hall Theatre", "2026-03-22 11:00", 7.50, "£7.50"),
    ("Wildlife Photography Walk", "Outdoors", "Riverside Park gates", "2026-03-24 07:30", 12.00, "£12.00"),
    ("Swing Dance Social", "Music", "Market Hall", "2026-03-27 19:30", 9.00, "£9.00"),
    ("Easter Egg Trail", "Family", "Riverside Park", "2026-04-03 10:00", 3.50, "£3.50"),
    ("Shakespeare in the Garden", "Theatre", "Abbey Gardens", "2026-04-04 18:30", 20.00, "From £20.00"),
    ("Open Mic Poetry", "Talks", "Arts Centre Café", "2026-04-07 19:30", None, "Free"),
    ("Orchestra of the Vale: Dvořák 8", "Music", "Town Hall Theatre", "2026-04-10 19:30", 24.00, "From £24.00"),
    ("Bike Maintenance Basics", "Workshops", "Market Hall", "2026-04-11 10:00", 15.00, "£15.00"),
    ("Film Club: The Railway Children", "Film", "Arts Centre Cinema", "2026-04-12 14:00", 6.00, "£6.00"),
    ("Charity Fun Run", "Outdoors", "Riverside Park", "2026-04-18 09:30", 10.00, "£10.00"),
    ("Vintage Fair", "Markets", "The Corn Exchange", "2026-04-19 10:00", 2.50, "£2.50"),
]


def _event_moment(local: str) -> tuple[str, str]:
    """The ISO moment with its UK offset, and the way the page shows it ("Sat 14 Mar, 7.30pm")."""
    moment = datetime.fromisoformat(local)
    offset = "+01:00" if moment.date() >= date(2026, 3, 29) else "+00:00"
    hour = moment.hour % 12 or 12
    clock = f"{hour}{'' if moment.minute == 0 else f'.{moment.minute:02d}'}{'am' if moment.hour < 12 else 'pm'}"
    return f"{moment:%Y-%m-%dT%H:%M}:00{offset}", f"{moment:%a} {moment.day} {moment:%b}, {clock}"


def _event_url(title: str, local: str) -> str:
    return f"/whats-on/{local[:4]}/{local[5:7]}/{slug(title)}/"


def _event_item(event: tuple[Any, ...]) -> str:
    title, category, venue, local, _price, shown = event
    moment, when = _event_moment(local)
    kind = (
        " event-item__price--free" if shown == "Free" else " event-item__price--soldout" if shown == "Sold out" else ""
    )
    return f"""<li class="event-item" itemscope itemtype="https://schema.org/Event">
	<a class="event-item__link" href="{_event_url(title, local)}" itemprop="url">
		<div class="event-item__media"><img src="/media/events/{slug(title)}-400x300.webp" alt="" width="400" height="300" loading="lazy"></div>
		<div class="event-item__body">
			<p class="event-item__kicker">{esc(category)}</p>
			<h3 class="event-item__title" itemprop="name">{esc(title)}</h3>
			<p class="event-item__when"><svg class="icon" aria-hidden="true"><use href="#icon-calendar"></use></svg><time itemprop="startDate" datetime="{moment}">{when}</time></p>
			<p class="event-item__where"><svg class="icon" aria-hidden="true"><use href="#icon-pin"></use></svg>{esc(venue)}</p>
			<p class="event-item__price{kind}">{esc(shown)}</p>
		</div>
	</a>
</li>"""


def _more_button(page: int) -> str:
    return f'<li class="event-list__more" id="more-{page}"><button class="btn btn--secondary" type="button" hx-get="/whats-on/more/{page}/" hx-target="#more-{page}" hx-swap="outerHTML" hx-indicator="#events-spinner">Load more events</button></li>'


def _events_page(items: str) -> str:
    featured = "".join(
        f'<article class="featured-card"><a href="{_event_url(e[0], e[3])}"><img src="/media/events/{slug(e[0])}-800x450.webp" alt="" width="800" height="450"><h3 class="featured-card__title">{esc(e[0])}</h3><p class="featured-card__when">{_event_moment(e[3])[1]}</p></a></article>'
        for e in (EVENTS[8], EVENTS[5], EVENTS[23])
    )
    categories = sorted({e[1] for e in EVENTS})
    options = "".join(
        f'<label class="chip"><input type="checkbox" name="category" value="{slug(c)}"> {esc(c)}</label>'
        for c in categories
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What's on | Abbeyford Town Council</title>
<link rel="stylesheet" href="/static/css/site.4f1e2a.css">
<script src="/static/js/htmx.min.js" defer></script>
</head>
<body hx-boost="true">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="icon-calendar" viewBox="0 0 24 24"><title>Date</title><path d="M4 6h16v14H4zM8 3v4M16 3v4"/></symbol><symbol id="icon-pin" viewBox="0 0 24 24"><title>Venue</title><path d="M12 21s7-6 7-11a7 7 0 00-14 0c0 5 7 11 7 11z"/></symbol></svg>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
	<div class="container"><a class="site-header__logo" href="/">Abbeyford Town Council</a>
	<nav class="site-nav" aria-label="Main"><ul><li><a href="/council/">Your council</a></li><li><a href="/services/">Services</a></li><li><a href="/whats-on/" aria-current="page">What's on</a></li><li><a href="/venues/">Venues for hire</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav></div>
</header>
<main id="main" class="container">
	<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>What's on</li></ol></nav>
	<h1>What's on in Abbeyford</h1>
	<p class="lead">Concerts, markets, talks and family days across town. Listings are added by venues and community groups.</p>
	<section class="featured" aria-labelledby="featured-title"><h2 id="featured-title">Don't miss</h2><div class="featured__track">{featured}</div></section>
	<form class="filters" action="/whats-on/" method="get" hx-get="/whats-on/" hx-target="#event-list"><fieldset><legend>Categories</legend>{options}</fieldset><button class="btn" type="submit">Filter</button></form>
	<h2 class="visually-hidden">Upcoming events</h2>
	<ol class="event-list" id="event-list" aria-live="polite">
{items}
	</ol>
	<div id="events-spinner" class="htmx-indicator" role="status">Loading&hellip;</div>
	<aside class="submit-event"><h2>List your event</h2><p>Community groups can add events for free. <a href="/whats-on/submit/">Submit an event</a></p></aside>
</main>
<footer class="site-footer"><div class="container">
	<ul class="site-footer__links"><li><a href="/accessibility/">Accessibility</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/foi/">Freedom of information</a></li></ul>
	<p>Abbeyford Town Council, Town Hall, High Street, Abbeyford AB1 2CD &middot; 01632 960 000</p>
</div></footer>
</body>
</html>"""


@more
def build_townhall_events() -> None:
    s = Site(
        "townhall-events",
        kind="events list with a 'load more' button (htmx fragments)",
        start="whats-on/",
        description="A town's what's-on list: a 'Load more events' button whose hx-get returns an HTML fragment of the next records and the next button; microdata on some fields only.",
    )
    pages = chunks(EVENTS, [10, 10, 8])
    for number, events in enumerate(pages, 1):
        items = "\n".join(_event_item(e) for e in events)
        tail = (
            _more_button(number + 1)
            if number < len(pages)
            else '<li class="event-list__end">That&rsquo;s everything for now &mdash; check back soon.</li>'
        )
        if number == 1:
            s.list_page("whats-on/index.html", _events_page(f"{items}\n{tail}"))
        else:
            s.list_page(f"whats-on/more/{number}/index.html", f"{items}\n{tail}")
    for title, category, venue, local, price, _shown in EVENTS:
        s.expect(
            {
                "title": title,
                "url": _event_url(title, local),
                "date": local[:10],
                "venue": venue,
                "category": category,
                "price": price,
                "currency": "GBP" if price is not None else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# forgehub: a code host's "Trending" page (GitHub-like): article.Box-row records whose title link
# reads "owner / name" (after a repo icon), counts behind octicon links (stars, forks) with thousands separators, a
# language with a colour dot (missing on some), "Built by" avatar links and "1,234 stars today".
# One page; the language menu and the date-range tabs are links but not pagination.
# ---------------------------------------------------------------------------------------------------

# (owner, name, description, language, stars, forks, stars today)
REPOS = [
    ("quillstack", "tern", "A fast, typed build system for monorepos with remote caching.", "Rust", 18423, 712, 1204),
    (
        "northwind-labs",
        "pgsieve",
        "Find slow queries in PostgreSQL logs and explain them in plain English.",
        "Go",
        6310,
        245,
        688,
    ),
    (
        "mara-k",
        "tiny-diffusion",
        "Train a small image diffusion model on one GPU in an afternoon.",
        "Python",
        12877,
        1403,
        655,
    ),
    (
        "harbourline",
        "wharf",
        "Self-hosted container registry with garbage collection that actually works.",
        "Go",
        4521,
        311,
        402,
    ),
    ("lumenhealth", "fhir-lint", "Validate FHIR resources against profiles in CI.", "TypeScript", 987, 64, 377),
    ("openkiln", "glazecalc", None, "JavaScript", 2214, 198, 310),
    (
        "parcelly",
        "routeplan",
        "Vehicle routing with time windows, in pure Python with optional Rust speedups.",
        "Python",
        3890,
        402,
        298,
    ),
    (
        "sedgewick-dev",
        "awesome-terminal-tools",
        "A curated list of command-line tools for everyday work.",
        None,
        25410,
        2011,
        287,
    ),
    (
        "kestrel-io",
        "flightdeck",
        "Feature flags with a local-first SDK and no vendor lock-in.",
        "TypeScript",
        7702,
        389,
        254,
    ),
    ("bytebarn", "zigsqlite", "SQLite bindings for Zig with comptime-checked statements.", "Zig", 1345, 57, 241),
    ("riverside-ml", "tabby-eval", "Benchmarks for tabular foundation models.", "Python", 842, 73, 219),
    ("cobaltcloud", "terraform-provider-cobalt", "Terraform provider for Cobalt Cloud.", "Go", 356, 88, 205),
    ("ana-lopes", "dotfiles", "My dotfiles: zsh, neovim, tmux and a very long README.", "Shell", 3120, 870, 198),
    ("quarry-db", "quarry", "An embeddable columnar database for analytics on the edge.", "C++", 14098, 633, 187),
    ("fernweh", "tripsheet", "Plan trips in a spreadsheet-like UI that syncs offline.", "Kotlin", 2675, 141, 176),
    (
        "glasshouse",
        "ssr-bench",
        "Server-side rendering benchmarks for twelve web frameworks.",
        "JavaScript",
        1502,
        96,
        165,
    ),
    ("tessellate", "meshkit", "Procedural mesh generation for game engines.", "C#", 5230, 410, 151),
    (
        "owlpost",
        "mailroom",
        "Transactional email API with templates and a local preview server.",
        "Ruby",
        2987,
        233,
        140,
    ),
    ("brightline", "pdfslicer", None, "Java", 690, 52, 133),
    ("mossy-oak", "elixir-queue", "Durable job queue for Elixir built on PostgreSQL.", "Elixir", 1876, 77, 128),
    (
        "datadune",
        "dune-notebooks",
        "Reproducible notebooks with pinned environments.",
        "Jupyter Notebook",
        4410,
        521,
        119,
    ),
    (
        "signalpath",
        "swift-telemetry",
        "OpenTelemetry instrumentation for Swift on server and iOS.",
        "Swift",
        1120,
        68,
        112,
    ),
    ("copperfield", "ledger-cli-web", "A web UI for plain-text accounting files.", "Vue", 3345, 214, 104),
    ("halcyon-sec", "secretscan", "Scan git history for leaked credentials, fast.", "Rust", 9876, 502, 98),
    ("pixelfern", "retro-css", "A CSS framework that looks like 1995.", "CSS", 6654, 377, 91),
]

_LANGUAGE_COLOURS = {
    "Rust": "#dea584",
    "Go": "#00ADD8",
    "Python": "#3572A5",
    "TypeScript": "#3178c6",
    "JavaScript": "#f1e05a",
    "Zig": "#ec915c",
    "Shell": "#89e051",
    "C++": "#f34b7d",
    "Kotlin": "#A97BFF",
    "C#": "#178600",
    "Ruby": "#701516",
    "Java": "#b07219",
    "Elixir": "#6e4a7e",
    "Jupyter Notebook": "#DA5B0B",
    "Swift": "#F05138",
    "Vue": "#41b883",
    "CSS": "#563d7c",
}
_STAR = '<svg aria-label="star" role="img" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-star"><path d="M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612z"></path></svg>'
_FORK = '<svg aria-label="fork" role="img" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-repo-forked"><path d="M5 5.372v.878c0 .414.336.75.75.75h4.5a.75.75 0 0 0 .75-.75v-.878z"></path></svg>'


def _repo_row(index: int, repo: tuple[Any, ...]) -> str:
    owner, name, description, language, stars, forks, today = repo
    builders = "".join(
        f'<a class="d-inline-block" data-hovercard-type="user" data-hovercard-url="/users/{b}/hovercard" href="/{b}"><img class="avatar mb-1 avatar-user" src="https://avatars.forgehub.test/u/{900 + index * 5 + k}?s=40&amp;v=4" width="20" height="20" alt="@{b}"></a>'
        for k, b in enumerate([owner, f"{name[:4]}-bot", f"contrib{index % 7}"][: 1 + index % 3])
    )
    lang = (
        f'<span class="d-inline-block ml-0 mr-3"><span class="repo-language-color" style="background-color: {_LANGUAGE_COLOURS[language]}"></span> <span itemprop="programmingLanguage">{esc(language)}</span></span>'
        if language
        else ""
    )
    desc = f'<p class="col-9 color-fg-muted my-1 pr-4">{esc(description)}</p>' if description else ""
    return f"""
    <article class="Box-row">
      <div class="float-right d-flex">
        <div data-view-component="true" class="BtnGroup d-flex"><a href="/login?return_to=%2F{owner}%2F{name}" rel="nofollow" data-view-component="true" class="tooltipped tooltipped-sw btn-sm btn BtnGroup-item" aria-label="You must be signed in to star a repository"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-star d-inline-block mr-2"><path d="M8 .25z"></path></svg>Star</a></div>
      </div>
      <h2 class="h3 lh-condensed">
        <a data-hydro-click="{{&quot;event_type&quot;:&quot;explore.click&quot;,&quot;payload&quot;:{{&quot;click_context&quot;:&quot;TRENDING_REPOSITORIES_PAGE&quot;}}}}" href="/{owner}/{name}" data-view-component="true" class="Link">
          <svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-repo mr-1 color-fg-muted"><path d="M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75z"></path></svg>
          {esc(owner)} / {esc(name)}
        </a>
      </h2>
      {desc}
      <div class="f6 color-fg-muted mt-2">
        {lang}
        <a href="/{owner}/{name}/stargazers" data-view-component="true" class="Link Link--muted d-inline-block mr-3">{_STAR}
          {stars:,}</a>
        <a href="/{owner}/{name}/forks" data-view-component="true" class="Link Link--muted d-inline-block mr-3">{_FORK}
          {forks:,}</a>
        <span data-view-component="true" class="d-inline-block mr-3">Built by {builders}</span>
        <span class="d-inline-block float-sm-right"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-star"><path d="M8 .25z"></path></svg>
          {today:,} stars today</span>
      </div>
    </article>"""


@more
def build_forgehub() -> None:
    s = Site(
        "forgehub",
        kind="trending repositories (GitHub-like)",
        start="trending/",
        description="A code host's trending page: 'owner / name' title links, star and fork counts behind octicons, languages, built-by avatars, stars today.",
    )
    languages = [*sorted(_LANGUAGE_COLOURS), "Assembly", "Dart", "Haskell", "Lua", "OCaml", "PHP", "R", "Scala"]
    menu = "".join(
        f'<a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/trending/{slug(lang)}?since=daily"><span class="select-menu-item-text" data-menu-button-text>{esc(lang)}</span></a>'
        for lang in languages
    )
    rows = "".join(_repo_row(i, r) for i, r in enumerate(REPOS))
    page = f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark">
<head>
  <meta charset="utf-8">
  <title>Trending repositories on ForgeHub today · ForgeHub</title>
  <meta name="description" content="See what the ForgeHub community is most excited about today.">
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://assets.forgehub.test/assets/primer-9a2c1e.css">
</head>
<body class="logged-out env-production page-responsive">
  <div class="position-relative js-header-wrapper">
    <a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
    <header class="HeaderMktg header-logged-out js-details-container js-header Details position-relative f4 py-3" role="banner">
      <div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
        <a class="mr-lg-3 color-fg-inherit flex-order-2" href="/" aria-label="Homepage">ForgeHub</a>
        <nav aria-label="Global" class="mt-5 mb-3 mb-lg-0 mt-lg-0 ml-lg-auto">
          <ul class="d-lg-flex list-style-none">
            <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/features">Product</a></li>
            <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/solutions">Solutions</a></li>
            <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/explore">Open Source</a></li>
            <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/pricing">Pricing</a></li>
          </ul>
        </nav>
        <div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3"><a href="/login?return_to=%2Ftrending" class="HeaderMenu-link HeaderMenu-link--sign-in flex-shrink-0 no-underline d-block d-lg-inline-block border border-lg-0 rounded rounded-lg-0 p-2 p-lg-0">Sign in</a><a href="/signup?source=header" class="HeaderMenu-link HeaderMenu-link--sign-up flex-shrink-0 d-none d-lg-inline-block no-underline border color-border-default rounded px-2 py-1">Sign up</a></div>
      </div>
    </header>
  </div>
  <div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
    <main>
      <div class="border-bottom color-border-muted color-bg-subtle">
        <div class="container-lg p-responsive text-center py-6"><h1 class="h1">Trending</h1><p class="f4 color-fg-muted col-md-6 mx-auto">See what the ForgeHub community is most excited about today.</p></div>
      </div>
      <div class="position-relative container-lg p-responsive pt-6">
        <div class="Box">
          <div class="Box-header d-md-flex flex-items-center flex-justify-between">
            <nav class="subnav mb-0" aria-label="Trending"><a class="js-selected-navigation-item selected subnav-item" aria-current="page" href="/trending">Repositories</a><a class="js-selected-navigation-item subnav-item" href="/trending/developers">Developers</a></nav>
            <div class="d-sm-flex flex-items-center flex-md-justify-end mt-3 mt-md-0 table-list-header-toggle ml-n2 ml-md-0">
              <div class="position-relative mb-3 mb-sm-0"><details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm"><summary class="btn-link select-menu-button" aria-haspopup="menu">Spoken Language: <span class="text-bold">Any</span></summary><details-menu class="select-menu-modal position-absolute right-0" role="menu"><div class="select-menu-list"><a class="select-menu-item" role="menuitemradio" href="/trending?spoken_language_code=en">English</a><a class="select-menu-item" role="menuitemradio" href="/trending?spoken_language_code=zh">Chinese</a><a class="select-menu-item" role="menuitemradio" href="/trending?spoken_language_code=es">Spanish</a></div></details-menu></details></div>
              <div class="position-relative mb-3 mb-sm-0"><details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm"><summary class="btn-link select-menu-button" aria-haspopup="menu">Language: <span class="text-bold">Any</span></summary><details-menu class="select-menu-modal position-absolute right-0" role="menu"><div class="select-menu-filters"><input type="text" id="text-filter-field" class="form-control" placeholder="Filter languages" aria-label="Filter languages"></div><div class="select-menu-list" data-filterable-for="text-filter-field">{menu}</div></details-menu></details></div>
              <div class="position-relative"><details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm"><summary class="btn-link select-menu-button" aria-haspopup="menu">Date range: <span class="text-bold">Today</span></summary><details-menu class="select-menu-modal position-absolute right-0" role="menu"><div class="select-menu-list"><a class="select-menu-item" role="menuitemradio" aria-checked="true" href="/trending?since=daily">Today</a><a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/trending?since=weekly">This week</a><a class="select-menu-item" role="menuitemradio" aria-checked="false" href="/trending?since=monthly">This month</a></div></details-menu></details></div>
            </div>
          </div>
          <div data-hpc>
{rows}
          </div>
        </div>
      </div>
    </main>
  </div>
  <footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo">
    <h2 class="sr-only">Footer</h2>
    <div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
      <nav aria-label="Footer"><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0"><li class="mx-2"><a href="/terms">Terms</a></li><li class="mx-2"><a href="/privacy">Privacy</a></li><li class="mx-2"><a href="/security">Security</a></li><li class="mx-2"><a href="https://status.forgehub.test/">Status</a></li><li class="mx-2"><a href="https://docs.forgehub.test/">Docs</a></li><li class="mx-2"><a href="/contact">Contact</a></li></ul></nav>
      <div class="d-flex flex-items-center flex-shrink-0 mx-2"><span>&copy; 2026 ForgeHub, Inc.</span></div>
    </div>
  </footer>
</body>
</html>"""
    s.list_page("trending/index.html", page)
    for owner, name, description, language, stars, forks, today in REPOS:
        s.expect(
            {
                "title": f"{owner} / {name}",
                "url": f"/{owner}/{name}",
                "description": description,
                "language": language,
                "stars": stars,
                "forks": forks,
                "stars_today": today,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave (the first wave is ``generate.py``'s)."""
    for name, build in MORE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:58} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
