"""Twentieth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

Three local replicas of the public demo shops people practise scraping on (their 2024–25 markup):

* **pokeshop-demo** — a WooCommerce + Storefront shop of Pokémon (scrapeme.live/shop-like), ``/shop/page/N/``.
* **toolshop-demo** — an Angular single-page shop (practicesoftwaretesting.com "Toolshop"-like): the served shell
  is an empty ``<app-root>``; the grid is rendered in the browser from ``/api/products?page=N``.
* **autoexercise-shop** — a Bootstrap 3 "Eshopper" shop (automationexercise.com/products-like): every product on
  one page, each card written twice (the card and its hover overlay).

Run ``uv run python tests/sites/corpus/generate_held_out_twentieth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"pokeshop-demo", "toolshop-demo", "autoexercise-shop"}

TWENTIETH: dict[str, Callable[[], None]] = {}


def twentieth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTIETH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, fingerprints)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _num(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in ``[low, high]``."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


# ---------------------------------------------------------------------------------------------------
# pokeshop-demo (FROZEN): WooCommerce 3.x on Storefront 2.x, the /shop/ archive (scrapeme.live-like)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mon:
    """One product of the shop: a Pokémon with its national dex number and species class."""

    dex: int
    name: str
    species: str
    types: tuple[str, ...]

    @property
    def url(self) -> str:
        return f"/shop/{self.name}/"

    @property
    def image(self) -> str:
        return f"/wp-content/uploads/2018/08/{self.dex:03d}-350x350.png"

    @property
    def post_id(self) -> int:
        return 700 + self.dex * 3 + _num(self.name, 0, 2)

    @property
    def sku(self) -> int:
        return _num("sku" + self.name, 1000, 9999)

    @property
    def price(self) -> float:
        return float(PK_KNOWN.get(self.name, _num("price" + self.name, 18, 170)))


PK_MONS = [
    Mon(1, "Bulbasaur", "seed", ("grass", "poison")),
    Mon(2, "Ivysaur", "seed", ("grass", "poison")),
    Mon(3, "Venusaur", "seed", ("grass", "poison")),
    Mon(4, "Charmander", "lizard", ("fire",)),
    Mon(5, "Charmeleon", "flame", ("fire",)),
    Mon(6, "Charizard", "flame", ("fire", "flying")),
    Mon(7, "Squirtle", "tiny-turtle", ("water",)),
    Mon(8, "Wartortle", "turtle", ("water",)),
    Mon(9, "Blastoise", "shellfish", ("water",)),
    Mon(10, "Caterpie", "worm", ("bug",)),
    Mon(11, "Metapod", "cocoon", ("bug",)),
    Mon(12, "Butterfree", "butterfly", ("bug", "flying")),
    Mon(13, "Weedle", "hairy-bug", ("bug", "poison")),
    Mon(14, "Kakuna", "cocoon", ("bug", "poison")),
    Mon(15, "Beedrill", "poison-bee", ("bug", "poison")),
    Mon(16, "Pidgey", "tiny-bird", ("normal", "flying")),
    Mon(17, "Pidgeotto", "bird", ("normal", "flying")),
    Mon(18, "Pidgeot", "bird", ("normal", "flying")),
    Mon(19, "Rattata", "mouse", ("normal",)),
    Mon(20, "Raticate", "mouse", ("normal",)),
    Mon(21, "Spearow", "tiny-bird", ("normal", "flying")),
    Mon(22, "Fearow", "beak", ("normal", "flying")),
    Mon(23, "Ekans", "snake", ("poison",)),
    Mon(24, "Arbok", "cobra", ("poison",)),
    Mon(25, "Pikachu", "mouse", ("electric",)),
    Mon(26, "Raichu", "mouse", ("electric",)),
    Mon(27, "Sandshrew", "mouse", ("ground",)),
    Mon(28, "Sandslash", "mouse", ("ground",)),
    Mon(35, "Clefairy", "fairy", ("fairy",)),
    Mon(36, "Clefable", "fairy", ("fairy",)),
    Mon(37, "Vulpix", "fox", ("fire",)),
    Mon(38, "Ninetales", "fox", ("fire",)),
    Mon(39, "Jigglypuff", "balloon", ("normal", "fairy")),
    Mon(40, "Wigglytuff", "balloon", ("normal", "fairy")),
    Mon(41, "Zubat", "bat", ("poison", "flying")),
    Mon(42, "Golbat", "bat", ("poison", "flying")),
]
PK_KNOWN = {
    "Bulbasaur": 63,
    "Ivysaur": 87,
    "Venusaur": 105,
    "Charmander": 48,
    "Charmeleon": 165,
    "Charizard": 156,
    "Squirtle": 130,
    "Wartortle": 123,
    "Blastoise": 76,
    "Caterpie": 73,
    "Metapod": 148,
    "Butterfree": 162,
    "Weedle": 25,
    "Kakuna": 148,
    "Beedrill": 168,
    "Pidgey": 159,
}
PK_SIZES = [12, 12, 12]
PK_TOTAL = len(PK_MONS)
PK_PER_PAGE = 12


def _pk_href(number: int) -> str:
    return "/shop/" if number == 1 else f"/shop/page/{number}/"


def _pk_amount(amount: float) -> str:
    return f'<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>{amount:,.2f}</span>'


def _pk_item(m: Mon, position: int, page: int) -> str:
    first_last = " first" if position % 4 == 0 else (" last" if position % 4 == 3 else "")
    cats = " ".join(f"product_cat-{c}" for c in ("pokemon", m.species))
    tags = " ".join(f"product_tag-{t}" for t in (m.name.lower(), *m.types))
    src = m.image
    here = _pk_href(page)
    return f"""<li class="post-{m.post_id} product type-product status-publish has-post-thumbnail {cats} {tags}{first_last} instock sold-individually taxable shipping-taxable purchasable product-type-simple">
	<a href="{m.url}" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img width="324" height="324" src="{src}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail wp-post-image" alt="" srcset="{src} 350w, {src.replace("-350x350", "-150x150")} 150w, {src.replace("-350x350", "-300x300")} 300w, {src.replace("-350x350", "-100x100")} 100w" sizes="(max-width: 324px) 100vw, 324px" /><h2 class="woocommerce-loop-product__title">{esc(m.name)}</h2>
	<span class="price">{_pk_amount(m.price)}</span>
</a><a href="{here}?add-to-cart={m.post_id}" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" data-product_id="{m.post_id}" data-product_sku="{m.sku}" aria-label="Add &ldquo;{esc(m.name)}&rdquo; to your basket" rel="nofollow">Add to basket</a></li>"""


def _pk_pager(number: int, pages: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li><a class="prev page-numbers" href="{_pk_href(number - 1)}">&larr;</a></li>')
    for n in range(1, pages + 1):
        if n == number:
            items.append(f"<li><span aria-current='page' class='page-numbers current'>{n}</span></li>")
        else:
            items.append(f"<li><a class='page-numbers' href='{_pk_href(n)}'>{n}</a></li>")
    if number < pages:
        items.append(f'<li><a class="next page-numbers" href="{_pk_href(number + 1)}">&rarr;</a></li>')
    return (
        f"<nav class=\"woocommerce-pagination\">\n\t<ul class='page-numbers'>\n\t{chr(10).join(items)}\n</ul>\n</nav>"
    )


def _pk_sorting(number: int, pages: int, first: int, last: int) -> str:
    options = [
        ("menu_order", "Default sorting"),
        ("popularity", "Sort by popularity"),
        ("rating", "Sort by average rating"),
        ("date", "Sort by latest"),
        ("price", "Sort by price: low to high"),
        ("price-desc", "Sort by price: high to low"),
    ]
    opts = "".join(
        f"""<option value="{v}" {"selected='selected'" if v == "menu_order" else ""}>{label}</option>"""
        for v, label in options
    )
    return f"""<div class="storefront-sorting"><form class="woocommerce-ordering" method="get">
	<select name="orderby" class="orderby">
					{opts}
			</select>
	<input type="hidden" name="paged" value="1" />
	</form>
<p class="woocommerce-result-count">
	Showing {first}&ndash;{last} of {PK_TOTAL} results</p>
{_pk_pager(number, pages)}
</div>"""


def _pk_widget_item(m: Mon) -> str:
    return f"""<li>
	<a href="{m.url}">
		<img width="324" height="324" src="{m.image}" class="attachment-woocommerce_thumbnail size-woocommerce_thumbnail" alt="" />		<span class="product-title">{esc(m.name)}</span>
	</a>
				{_pk_amount(m.price)}
	</li>"""


def _pk_page(number: int, pages: int, mons: list[Mon]) -> str:
    first = (number - 1) * PK_PER_PAGE + 1
    last = first + len(mons) - 1
    items = "\n".join(_pk_item(m, i, number) for i, m in enumerate(mons))
    by_name = {m.name: m for m in PK_MONS}
    widget = "\n".join(_pk_widget_item(by_name[n]) for n in ("Pikachu", "Charizard", "Jigglypuff"))
    title = "Products &#8211; ScrapeMe" if number == 1 else f"Products &#8211; Page {number} &#8211; ScrapeMe"
    prev_link = f'<link rel="prev" href="{_pk_href(number - 1)}" />\n' if number > 1 else ""
    next_link = f'<link rel="next" href="{_pk_href(number + 1)}" />\n' if number < pages else ""
    crumb = (
        "Products"
        if number == 1
        else f'<a href="/shop/">Products</a><span class="breadcrumb-separator"> / </span>Page {number}'
    )
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2.0">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="/xmlrpc.php">

<title>{title}</title>
{prev_link}{next_link}<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="ScrapeMe &raquo; Feed" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="ScrapeMe &raquo; Comments Feed" href="/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="ScrapeMe &raquo; Products Feed" href="/shop/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/11\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/11\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=4.9.8"}}}};
!function(a,b,c){{var d,e,f,g=b.createElement("canvas"),h=g.getContext&&g.getContext("2d");function i(a,c){{var d=String.fromCharCode;h.clearRect(0,0,g.width,g.height),h.fillText(d.apply(this,a),0,0);var e=g.toDataURL();return h.clearRect(0,0,g.width,g.height),h.fillText(d.apply(this,c),0,0),e===g.toDataURL()}}}}(window,document,window._wpemojiSettings);
</script>
<style type="text/css">
img.wp-smiley,img.emoji{{display:inline !important;border:none !important;box-shadow:none !important;height:1em !important;width:1em !important;margin:0 .07em !important;vertical-align:-0.1em !important;background:none !important;padding:0 !important;}}
</style>
<link rel='stylesheet' id='storefront-style-css'  href='/wp-content/themes/storefront/style.css?ver=2.3.3' type='text/css' media='all' />
<link rel='stylesheet' id='storefront-icons-css'  href='/wp-content/themes/storefront/assets/css/base/icons.css?ver=2.3.3' type='text/css' media='all' />
<link rel='stylesheet' id='storefront-fonts-css'  href='https://fonts.googleapis.com/css?family=Source+Sans+Pro:400,300,300italic,400italic,600,700,900&#038;subset=latin%2Clatin-ext' type='text/css' media='all' />
<link rel='stylesheet' id='storefront-woocommerce-style-css'  href='/wp-content/themes/storefront/assets/css/woocommerce/woocommerce.css?ver=2.3.3' type='text/css' media='all' />
<style id='storefront-woocommerce-style-inline-css' type='text/css'>
a.cart-contents,.site-header-cart .widget_shopping_cart a{{color:#333333;}}
table.cart td.product-remove,table.cart td.actions{{border-top-color:#ffffff;}}
.woocommerce-tabs ul.tabs li.active a,ul.products li.product .price,.onsale,.widget_search form:before,.widget_product_search form:before{{color:#6d6d6d;}}
</style>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery-migrate.min.js?ver=1.4.1'></script>
<link rel='https://api.w.org/' href='/wp-json/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 4.9.8" />
<meta name="generator" content="WooCommerce 3.4.5" />
	<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>
	</head>

<body class="archive post-type-archive post-type-archive-product{"" if number == 1 else " paged paged-" + str(number) + " post-type-paged-" + str(number)} woocommerce woocommerce-page woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active">


<div id="page" class="hfeed site">

	<header id="masthead" class="site-header" role="banner" style="">

		<div class="col-full">		<a class="skip-link screen-reader-text" href="#site-navigation">Skip to navigation</a>
		<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
				<div class="site-branding">
			<div class="beta site-title"><a href="/" rel="home">ScrapeMe</a></div>			</div>
					<div class="site-search">
				<div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
	<label class="screen-reader-text" for="woocommerce-product-search-field-0">Search for:</label>
	<input type="search" id="woocommerce-product-search-field-0" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
	<button type="submit" value="Search">Search</button>
	<input type="hidden" name="post_type" value="product" />
</form>
</div>			</div>
			</div><div class="storefront-primary-navigation"><div class="col-full">		<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
		<button class="menu-toggle" aria-controls="site-navigation" aria-expanded="false"><span>Menu</span></button>
			<div class="primary-navigation"><ul class="menu nav-menu" aria-expanded="false">
<li class="page_item page-item-2"><a href="/">Home</a></li>
<li class="page_item page-item-6"><a href="/cart/">Cart</a></li>
<li class="page_item page-item-7"><a href="/checkout/">Checkout</a></li>
<li class="page_item page-item-8"><a href="/my-account/">My account</a></li>
<li class="page_item page-item-5 current_page_item"><a href="/shop/">Shop</a></li>
<li class="page_item page-item-3"><a href="/sample-page/">Sample Page</a></li>
</ul></div>
<div class="handheld-navigation"><ul class="menu" aria-expanded="false">
<li class="page_item page-item-2"><a href="/">Home</a></li>
<li class="page_item page-item-6"><a href="/cart/">Cart</a></li>
<li class="page_item page-item-7"><a href="/checkout/">Checkout</a></li>
<li class="page_item page-item-8"><a href="/my-account/">My account</a></li>
<li class="page_item page-item-5 current_page_item"><a href="/shop/">Shop</a></li>
<li class="page_item page-item-3"><a href="/sample-page/">Sample Page</a></li>
</ul></div>		</nav><!-- #site-navigation -->
				<ul id="site-header-cart" class="site-header-cart menu">
			<li class="">
							<a class="cart-contents" href="/cart/" title="View your shopping basket">
				<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</span> <span class="count">0 items</span>
			</a>
					</li>
			<li>
				<div class="widget woocommerce widget_shopping_cart"><div class="widget_shopping_cart_content">

	<p class="woocommerce-mini-cart__empty-message">No products in the basket.</p>


</div></div>			</li>
		</ul>
			</div></div>
	</header><!-- #masthead -->

	<div class="storefront-breadcrumb"><div class="col-full"><nav class="woocommerce-breadcrumb"><a href="/">Home</a><span class="breadcrumb-separator"> / </span>{crumb}</nav></div></div>
	<div id="content" class="site-content" tabindex="-1">
		<div class="col-full">

		<div class="woocommerce"></div>		<div id="primary" class="content-area">
			<main id="main" class="site-main" role="main">
		<header class="woocommerce-products-header">
			<h1 class="woocommerce-products-header__title page-title">Shop</h1>

	</header>
{_pk_sorting(number, pages, first, last)}
<ul class="products columns-4">
{items}
</ul>
{_pk_sorting(number, pages, first, last)}
			</main><!-- #main -->
		</div><!-- #primary -->


<div id="secondary" class="widget-area" role="complementary">
	<div id="woocommerce_product_search-2" class="widget woocommerce widget_product_search"><span class="gamma widget-title">Search</span><form role="search" method="get" class="woocommerce-product-search" action="/">
	<label class="screen-reader-text" for="woocommerce-product-search-field-1">Search for:</label>
	<input type="search" id="woocommerce-product-search-field-1" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
	<button type="submit" value="Search">Search</button>
	<input type="hidden" name="post_type" value="product" />
</form>
</div><div id="woocommerce_products-2" class="widget woocommerce widget_products"><span class="gamma widget-title">Products</span><ul class="product_list_widget">{widget}</ul></div><div id="woocommerce_product_categories-2" class="widget woocommerce widget_product_categories"><span class="gamma widget-title">Product categories</span><ul class="product-categories"><li class="cat-item cat-item-16"><a href="/product-category/pokemon/">Pokemon</a></li>
<li class="cat-item cat-item-15"><a href="/product-category/uncategorized/">Uncategorized</a></li>
</ul></div><div id="meta-2" class="widget widget_meta"><span class="gamma widget-title">Meta</span>			<ul>
						<li><a href="/wp-login.php">Log in</a></li>
			<li><a href="/feed/">Entries <abbr title="Really Simple Syndication">RSS</abbr></a></li>
			<li><a href="/comments/feed/">Comments <abbr title="Really Simple Syndication">RSS</abbr></a></li>
			<li><a href="https://wordpress.org/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress.org</a></li>			</ul>
			</div></div><!-- #secondary -->

		</div><!-- .col-full -->
	</div><!-- #content -->


	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="col-full">

					<div class="site-info">
			&copy; ScrapeMe 2025
							<br /> <a href="https://woocommerce.com" target="_blank" title="WooCommerce - The Best eCommerce Platform for WordPress" rel="author">Built with Storefront &amp; WooCommerce</a>.					</div><!-- .site-info -->
				<div class="storefront-handheld-footer-bar">
			<ul class="columns-3">
									<li class="my-account">
						<a href="/my-account/">My Account</a>					</li>
									<li class="search">
						<a href="">Search</a>			<div class="site-search">
				<div class="widget woocommerce widget_product_search"><form role="search" method="get" class="woocommerce-product-search" action="/">
	<label class="screen-reader-text" for="woocommerce-product-search-field-2">Search for:</label>
	<input type="search" id="woocommerce-product-search-field-2" class="search-field" placeholder="Search products&hellip;" value="" name="s" />
	<button type="submit" value="Search">Search</button>
	<input type="hidden" name="post_type" value="product" />
</form>
</div>			</div>
							</li>
									<li class="cart">
									<a class="footer-cart-contents" href="/cart/" title="View your shopping basket">
				<span class="count">0</span>
			</a>
							</li>
							</ul>
		</div>

		</div><!-- .col-full -->
	</footer><!-- #colophon -->


</div><!-- #page -->

<script type="application/ld+json">{{"@context":"https:\\/\\/schema.org\\/","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"name":"Home","@id":"\\/"}}}},{{"@type":"ListItem","position":2,"item":{{"name":"Products","@id":"\\/shop\\/"}}}}]}}</script>				<script type="text/javascript">
		var c = document.body.className;
		c = c.replace(/woocommerce-no-js/, 'woocommerce-js');
		document.body.className = c;
	</script>
	<script type='text/javascript'>
/* <![CDATA[ */
var wc_add_to_cart_params = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","wc_ajax_url":"\\/?wc-ajax=%%endpoint%%","i18n_view_cart":"View basket","cart_url":"\\/cart\\/","is_cart":"","cart_redirect_after_add":"no"}};
/* ]]> */
</script>
<script type='text/javascript' src='/wp-content/plugins/woocommerce/assets/js/frontend/add-to-cart.min.js?ver=3.4.5'></script>
<script type='text/javascript' src='/wp-content/plugins/woocommerce/assets/js/jquery-blockui/jquery.blockUI.min.js?ver=2.70'></script>
<script type='text/javascript' src='/wp-content/plugins/woocommerce/assets/js/frontend/woocommerce.min.js?ver=3.4.5'></script>
<script type='text/javascript' src='/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js?ver=3.4.5'></script>
<script type='text/javascript' src='/wp-content/themes/storefront/assets/js/navigation.min.js?ver=2.3.3'></script>
<script type='text/javascript' src='/wp-content/themes/storefront/assets/js/skip-link-focus-fix.min.js?ver=20130115'></script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>

</body>
</html>"""


@twentieth
def build_pokeshop_demo() -> None:
    s = Site(
        "pokeshop-demo",
        kind="product catalogue (WooCommerce 3 + Storefront 2 shop archive: li.product cards of one link holding image, h2 title and £ price, Add to basket buttons, sorting / result count / pager written above and below the grid, /shop/page/N/)",
        start="shop/",
        description=(
            "A demo shop of Pokémon (scrapeme.live/shop-like) on WordPress 4.9 + WooCommerce 3.4 + the Storefront theme, the "
            "product archive over three pages of twelve. Each product is an li.product (post-N, product_cat-* and product_tag-* "
            "classes, first / last on every fourth) holding one a.woocommerce-LoopProduct-link around a 324x324 lazy thumbnail "
            "with an empty alt and a srcset, h2.woocommerce-loop-product__title and span.price > woocommerce-Price-amount with a "
            "£ currencySymbol span ('£63.00'), then an 'Add to basket' button to ?add-to-cart=N with data-product_sku and an "
            "aria-label repeating the name. Noise: the Storefront header (site title, product search, page menu written twice for "
            "desktop and handheld, a '£0.00 0 items' mini cart), breadcrumbs, h1 'Shop', the storefront-sorting block (orderby "
            "select, 'Showing 1–12 of 36 results', the pager) written above AND below the grid, a right sidebar (product search, "
            "a 'Products' widget repeating three products with their prices, product categories, Meta links), the footer with "
            "a handheld footer bar, emoji and add-to-cart scripts, a BreadcrumbList JSON-LD. Pagination: ul.page-numbers with "
            "numbers and ←/→ links to /shop/page/N/. Written down: title, url, price, currency, image."
        ),
    )
    pages = chunks(PK_MONS, PK_SIZES)
    for number, mons in enumerate(pages, 1):
        s.list_page(_pk_href(number).lstrip("/") + "index.html", _pk_page(number, len(pages), mons))
    for m in PK_MONS:
        s.expect({"title": m.name, "url": m.url, "price": m.price, "currency": "GBP", "image": m.image})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# toolshop-demo (FROZEN): an Angular 19 SPA (practicesoftwaretesting.com "Toolshop" v5-like). The server
# sends an empty <app-root>; the bundle fetches /api/products?page=N (a Laravel-style paginator) and renders
# a.card links with data-test hooks.
# ---------------------------------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _ulid(seed: str) -> str:
    """A stable ULID-looking id (26 Crockford base-32 characters, a 2025 time prefix)."""
    number = int(_hex(seed, 32), 16)
    tail = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in range(20))
    return "01JQ" + _hex("t" + seed, 2).upper().replace("0", "G")[:2] + tail


@dataclass(frozen=True)
class Tool:
    """One product of the tool shop as its API returns it."""

    name: str
    price: float
    image: str
    category: str
    brand: str
    co2: str
    in_stock: bool = True

    @property
    def id(self) -> str:
        return _ulid(self.name)

    @property
    def url(self) -> str:
        return f"/product/{self.id}"

    @property
    def eco(self) -> bool:
        return self.co2 in {"A", "B"}

    @property
    def image_title(self) -> str:
        return self.name[0] + self.name[1:].lower()


TS_FORGE, TS_MIGHTY = "ForgeFlex Tools", "MightyCraft Hardware"
TS_TOOLS = [
    Tool("Combination Pliers", 14.15, "pliers01.avif", "Pliers", TS_FORGE, "D"),
    Tool("Pliers", 12.01, "pliers02.avif", "Pliers", TS_FORGE, "B"),
    Tool("Bolt Cutters", 48.41, "pliers03.avif", "Pliers", TS_MIGHTY, "C"),
    Tool("Long Nose Pliers", 14.24, "pliers04.avif", "Pliers", TS_MIGHTY, "E", in_stock=False),
    Tool("Slip Joint Pliers", 9.17, "pliers05.avif", "Pliers", TS_FORGE, "A"),
    Tool("Claw Hammer with Shock Reduction Grip", 13.41, "hammer01.avif", "Hammer", TS_FORGE, "C"),
    Tool("Hammer", 12.58, "hammer02.avif", "Hammer", TS_MIGHTY, "B"),
    Tool("Claw Hammer", 11.48, "hammer03.avif", "Hammer", TS_FORGE, "D"),
    Tool("Thor Hammer", 11.14, "hammer04.avif", "Hammer", TS_MIGHTY, "A"),
    Tool("Sledgehammer", 17.75, "hammer05.avif", "Hammer", TS_FORGE, "E"),
    Tool("Claw Hammer with Fiberglass Handle", 20.14, "hammer06.avif", "Hammer", TS_MIGHTY, "C"),
    Tool("Court Hammer", 18.63, "hammer07.avif", "Hammer", TS_FORGE, "B"),
    Tool("Wood Saw", 12.18, "saw01.avif", "Hand Saw", TS_MIGHTY, "C"),
    Tool("Adjustable Wrench", 20.33, "wrench01.avif", "Wrench", TS_FORGE, "D"),
    Tool("Angled Spanner", 14.14, "wrench02.avif", "Wrench", TS_MIGHTY, "B", in_stock=False),
    Tool("Open-end Spanners (Set)", 38.51, "wrench03.avif", "Wrench", TS_FORGE, "C"),
    Tool("Phillips Screwdriver", 4.92, "screwdriver01.avif", "Screwdriver", TS_MIGHTY, "A"),
    Tool("Mini Screwdriver", 13.96, "screwdriver02.avif", "Screwdriver", TS_FORGE, "B"),
    Tool("Chisels Set", 12.96, "chisels01.avif", "Chisels", TS_FORGE, "D"),
    Tool("Wood Carving Chisels", 45.23, "chisels02.avif", "Chisels", TS_MIGHTY, "C"),
    Tool("Swiss Woodcarving Chisels", 22.96, "chisels03.avif", "Chisels", TS_FORGE, "E"),
    Tool("Tape Measure 7.5m", 7.23, "measure01.avif", "Measures", TS_MIGHTY, "B"),
    Tool("Measuring Tape", 10.07, "measure02.avif", "Measures", TS_FORGE, "A"),
    Tool("Tape Measure 5m", 12.91, "measure03.avif", "Measures", TS_MIGHTY, "C", in_stock=False),
    Tool("Square Ruler", 15.75, "measure04.avif", "Measures", TS_FORGE, "D"),
    Tool("Safety Goggles", 24.26, "goggles01.avif", "Safety Gear", TS_MIGHTY, "B"),
]
TS_PER_PAGE = 9
TS_SIZES = [9, 9, 8]
TS_TREE = {
    "Hand Tools": ["Hammer", "Hand Saw", "Wrench", "Screwdriver", "Pliers", "Chisels", "Measures"],
    "Power Tools": ["Grinder", "Sander", "Saw", "Drill"],
    "Other": ["Tool Belts", "Storage Solutions", "Workbench", "Safety Gear", "Fasteners"],
}
TS_PHOTOGRAPHERS = [
    ("Helinton Fantin", "https://unsplash.com/@fantin"),
    ("Michael Dziedzic", "https://unsplash.com/@lazycreekimages"),
    ("Barn Images", "https://unsplash.com/@barnimages"),
    ("Eugen Str", "https://unsplash.com/@eugen_str"),
]
TS_BUNDLE = "main-7MQZ4XKD.js"
TS_POLYFILLS = "polyfills-FFHMD2TL.js"
TS_STYLES = "styles-5INURTSO.css"


def _ts_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def _ts_category(name: str) -> dict[str, object]:
    parent = next((p for p, kids in TS_TREE.items() if name in kids), None)
    return {
        "id": _ulid("cat" + name),
        "parent_id": _ulid("cat" + parent) if parent else None,
        "name": name,
        "slug": _ts_slug(name),
    }


def _ts_brand(name: str) -> dict[str, object]:
    return {"id": _ulid("brand" + name), "name": name, "slug": _ts_slug(name)}


def _ts_product(t: Tool) -> dict[str, object]:
    by_name, by_url = TS_PHOTOGRAPHERS[_num("photo" + t.name, 0, len(TS_PHOTOGRAPHERS) - 1)]
    return {
        "id": t.id,
        "name": t.name,
        "description": f"{t.name} from the {t.brand} range. Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nunc vitae feugiat lectus, vel tristique magna. Praesent at sapien nisl.",
        "price": t.price,
        "is_location_offer": False,
        "is_rental": False,
        "co2_rating": t.co2,
        "in_stock": t.in_stock,
        "is_eco_friendly": t.eco,
        "product_image": {
            "id": _ulid("img" + t.name),
            "by_name": by_name,
            "by_url": by_url,
            "source_name": "Unsplash",
            "source_url": f"https://unsplash.com/photos/{_hex('u' + t.name, 11)}",
            "file_name": t.image,
            "title": t.image_title,
        },
        "category": _ts_category(t.category),
        "brand": _ts_brand(t.brand),
    }


def _ts_api_page(number: int, pages: int, tools: list[Tool]) -> str:
    first = (number - 1) * TS_PER_PAGE + 1
    body = {
        "current_page": number,
        "data": [_ts_product(t) for t in tools],
        "from": first,
        "last_page": pages,
        "per_page": TS_PER_PAGE,
        "to": first + len(tools) - 1,
        "total": len(TS_TOOLS),
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def _ts_tree() -> str:
    tree = []
    for parent, kids in TS_TREE.items():
        node = {**_ts_category(parent), "sub_categories": [{**_ts_category(k), "sub_categories": []} for k in kids]}
        tree.append(node)
    return json.dumps(tree, ensure_ascii=False, separators=(",", ":"))


def _ts_brands() -> str:
    return json.dumps([_ts_brand(b) for b in (TS_FORGE, TS_MIGHTY)], separators=(",", ":"))


TS_SHELL = """<!doctype html>
<html lang="en" data-beasties-container>
<head>
  <meta charset="utf-8">
  <title>Practice Software Testing - Toolshop - v5.0</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Toolshop: a demo web shop for practising test automation, API testing and web scraping.">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <style>:root{--bs-blue:#0d6efd;--bs-body-font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}*,:after,:before{box-sizing:border-box}body{margin:0;font-family:var(--bs-body-font-family);font-size:1rem;font-weight:400;line-height:1.5;color:#212529;background-color:#fff}</style><link rel="stylesheet" href="__STYLES__" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="__STYLES__"></noscript>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-Q2W1N6B8KJ"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-Q2W1N6B8KJ', { 'anonymize_ip': true });
  </script>
</head>
<body>
  <app-root></app-root>
<script src="__POLYFILLS__" type="module"></script><script src="__BUNDLE__" type="module"></script></body>
</html>"""

TS_POLYFILLS_JS = """var ce=globalThis;function te(e){return(ce.__Zone_symbol_prefix||"__zone_symbol__")+e}
/* zone.js 0.15.0: patches timers, promises and XHR so that change detection runs after async work */
(function(){"use strict";var e=globalThis;e.Zone||(e.Zone={current:{name:"<root>",run:function(t){return t()}},__symbol__:te})})();"""

# The compiled application, as the Angular CLI emits it (esbuild, minified names): the environment, the
# services, the overview page and the pagination component. Content attribute suffixes are the
# component ids Angular derives from each template.
TS_MAIN_JS = r"""var Ve={production:!0,apiUrl:"/api",baseUrl:"/",stripePk:"",gaTrackingId:"G-Q2W1N6B8KJ",version:"v5.0"};
var Wt="_ngcontent-ng-c2987452018",Bt="_nghost-ng-c2987452018",Ht="_ngcontent-ng-c3410203787",Pt="_ngcontent-ng-c1650186913",Ft="_ngcontent-ng-c2473715431";
function He(e){return String(e).replace(/[&<>"']/g,function(t){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[t]})}
var Ge=new Intl.NumberFormat("en-US",{style:"currency",currency:"USD"});
var Xn=(()=>{class e{constructor(){this.apiURL=Ve.apiUrl}getProducts(t){return fetch(`${this.apiURL}/products?page=${t}`,{headers:{Accept:"application/json"}}).then(n=>n.json())}getProductsByCategory(t,n){return fetch(`${this.apiURL}/products?by_category=${t}&page=${n}`).then(r=>r.json())}}return e})();
var Yn=(()=>{class e{getCategoriesTree(){return fetch(`${Ve.apiUrl}/categories/tree`).then(t=>t.json())}}return e})();
var Zn=(()=>{class e{getBrands(){return fetch(`${Ve.apiUrl}/brands`).then(t=>t.json())}}return e})();
function Ja(e){let t=["A","B","C","D","E"].map(n=>`<span ${Wt}="" class="co2-letter${n===e.co2_rating?" active":""}">${n}</span>`).join("");return`<div ${Wt}="" class="co2-rating-badge" data-test="co2-rating-badge" title="CO&#8322; rating: ${e.co2_rating}"><span ${Wt}="" class="co2-rating-scale">${t}</span><span ${Wt}="" class="co2-label">CO&#8322;</span></div>`}
function Ka(e){return`<a ${Wt}="" class="card" style="text-decoration: none; color: black;" data-test="product-${e.id}" href="/product/${e.id}"><div ${Wt}="" class="card-img-wrapper"><img ${Wt}="" class="card-img-top" src="assets/img/products/${He(e.product_image.file_name)}" alt="${He(e.product_image.title)}"></div><div ${Wt}="" class="card-body"><h5 ${Wt}="" data-test="product-name" class="card-title"> ${He(e.name)} </h5></div><div ${Wt}="" class="card-footer">${e.in_stock?"<!---->":`<span ${Wt}="" data-test="out-of-stock" class="float-start text-danger">Out of stock</span><!---->`}<span ${Wt}="" class="float-end text-muted"><span ${Wt}="" data-test="product-price">${Ge.format(e.price)}</span></span>${Ja(e)}${e.is_eco_friendly?`<span ${Wt}="" class="badge eco-badge" data-test="eco-badge"><i ${Wt}="" class="fa fa-leaf"></i> ECO</span>`:""}<!----></div></a>`}
function Qa(e){let t=[];t.push(`<li ${Pt}="" class="page-item${e.current_page===1?" disabled":""}"><a ${Pt}="" class="page-link" aria-label="Previous" data-page="${e.current_page-1}">&laquo;</a></li>`);for(let n=1;n<=e.last_page;n++)t.push(`<li ${Pt}="" class="page-item${n===e.current_page?" active":""}"><a ${Pt}="" class="page-link" aria-label="Page-${n}"${n===e.current_page?' aria-current="page"':""} data-page="${n}">${n}</a></li>`);t.push(`<li ${Pt}="" class="page-item${e.current_page===e.last_page?" disabled":""}"><a ${Pt}="" class="page-link" aria-label="Next" data-page="${e.current_page+1}">&raquo;</a></li>`);return`<app-pagination ${Wt}="" _nghost-ng-c1650186913=""><nav ${Pt}="" aria-label="pagination"><ul ${Pt}="" class="pagination">${t.join("")}</ul></nav></app-pagination>`}
function Xa(e,t){return e.map(n=>`<li ${Wt}=""><div ${Wt}="" class="checkbox"><label ${Wt}=""><input ${Wt}="" type="checkbox" name="${t}_id" data-test="${t}-${n.id}" value="${n.id}"> ${He(n.name)} </label></div>${(n.sub_categories||[]).length?`<ul ${Wt}="" class="list-unstyled ms-3">${Xa(n.sub_categories,t)}</ul>`:""}</li>`).join("")}
function Ya(){return`<app-header ${Ht}="" _nghost-ng-c3410203787=""><nav ${Ht}="" class="navbar navbar-expand-lg navbar-light bg-light"><div ${Ht}="" class="container"><a ${Ht}="" class="navbar-brand" href="/" title="Practice Software Testing - Toolshop"><svg ${Ht}="" id="Layer_1" viewBox="0 0 200 80" width="133" height="53" aria-hidden="true"><path ${Ht}="" d="M12 60 L40 20 L68 60 Z" fill="#e8532a"></path></svg></a><button ${Ht}="" type="button" class="navbar-toggler" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span ${Ht}="" class="navbar-toggler-icon"></span></button><div ${Ht}="" id="navbarSupportedContent" class="collapse navbar-collapse"><ul ${Ht}="" role="menubar" aria-label="Main menu" class="navbar-nav ms-auto"><li ${Ht}="" class="nav-item"><a ${Ht}="" data-test="nav-home" class="nav-link active" aria-current="page" href="/">Home</a></li><li ${Ht}="" class="nav-item dropdown"><a ${Ht}="" data-test="nav-categories" role="button" data-bs-toggle="dropdown" aria-expanded="false" class="nav-link dropdown-toggle">Categories</a><ul ${Ht}="" class="dropdown-menu"><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="nav-hand-tools" href="/category/hand-tools">Hand Tools</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="nav-power-tools" href="/category/power-tools">Power Tools</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="nav-other" href="/category/other">Other</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="nav-special-tools" href="/category/special-tools">Special Tools</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="nav-rentals" href="/rentals">Rentals</a></li></ul></li><li ${Ht}="" class="nav-item"><a ${Ht}="" data-test="nav-contact" class="nav-link" href="/contact">Contact</a></li><li ${Ht}="" class="nav-item"><a ${Ht}="" data-test="nav-sign-in" class="nav-link" href="/auth/login">Sign in</a></li><li ${Ht}="" class="nav-item dropdown"><button ${Ht}="" id="language" data-test="language-select" data-bs-toggle="dropdown" aria-expanded="false" class="btn btn-outline-info btn-sm dropdown-toggle">EN</button><ul ${Ht}="" id="dropdown-animated" class="dropdown-menu"><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-de">DE</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-en">EN</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-es">ES</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-fr">FR</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-nl">NL</a></li><li ${Ht}=""><a ${Ht}="" class="dropdown-item" data-test="lang-tr">TR</a></li></ul></li></ul></div></div></nav></app-header>`}
function Za(){return`<app-footer _nghost-ng-c2473715431=""><div ${Ft}="" class="container-fluid footer"><p ${Ft}="">This is a DEMO application (<a ${Ft}="" href="https://github.com/testsmith-io/practice-software-testing" target="_blank">GitHub repo</a>), used for software testing training purpose. | <a ${Ft}="" href="https://www.bestpractice.academy/" target="_blank">Support this project</a> | <a ${Ft}="" href="/privacy">Privacy Policy</a> | Banner photo by <a ${Ft}="" href="https://unsplash.com/@barnimages" target="_blank">Barn Images</a> on <a ${Ft}="" href="https://unsplash.com/photos/t5YUoHW6zRo" target="_blank">Unsplash</a>.</p></div></app-footer>`}
function es(){return`<app-overview ${Bt}=""><div ${Wt}="" class="col-md-12"><img ${Wt}="" src="assets/img/Barn-Images-t5YUoHW6zRo-unsplash.avif" alt="Banner" class="img-fluid w-100" style="height: 300px; object-fit: cover;"></div><div ${Wt}="" class="row mt-3"><div ${Wt}="" class="col-md-3"><h4 ${Wt}="" class="grid-title"><i ${Wt}="" class="fa fa-th-list"></i> Sort</h4><form ${Wt}="" novalidate><div ${Wt}="" class="input-group mb-3"><select ${Wt}="" data-test="sort" aria-label="sort" class="form-select"><option ${Wt}="" value=""></option><option ${Wt}="" value="name,asc">Name (A - Z)</option><option ${Wt}="" value="name,desc">Name (Z - A)</option><option ${Wt}="" value="price,desc">Price (High - Low)</option><option ${Wt}="" value="price,asc">Price (Low - High)</option><option ${Wt}="" value="co2_rating,asc">CO&#8322; Rating (A - E)</option><option ${Wt}="" value="co2_rating,desc">CO&#8322; Rating (E - A)</option></select></div></form><h4 ${Wt}="" class="grid-title">Price Range</h4><div ${Wt}="" class="custom-slider"><ngx-slider ${Wt}="" class="ngx-slider" aria-label="ngx-slider"><span class="ngx-slider-span ngx-slider-bar-wrapper ngx-slider-full-bar"><span class="ngx-slider-span ngx-slider-bar"></span></span><span role="slider" tabindex="0" aria-orientation="horizontal" aria-valuenow="1" aria-valuemin="0" aria-valuemax="200" class="ngx-slider-span ngx-slider-pointer ngx-slider-pointer-min"></span><span role="slider" tabindex="0" aria-orientation="horizontal" aria-valuenow="100" aria-valuemin="0" aria-valuemax="200" class="ngx-slider-span ngx-slider-pointer ngx-slider-pointer-max"></span><span class="ngx-slider-span ngx-slider-bubble ngx-slider-limit ngx-slider-floor">0</span><span class="ngx-slider-span ngx-slider-bubble ngx-slider-limit ngx-slider-ceil">200</span><span class="ngx-slider-span ngx-slider-bubble ngx-slider-model-value">1</span><span class="ngx-slider-span ngx-slider-bubble ngx-slider-model-high">100</span></ngx-slider></div><h4 ${Wt}="" class="grid-title">Search</h4><form ${Wt}="" data-test="search-form" novalidate><div ${Wt}="" class="input-group mb-3"><input ${Wt}="" id="search-query" data-test="search-query" type="text" placeholder="Search" aria-label="Search" class="form-control"><button ${Wt}="" type="reset" data-test="search-reset" class="btn btn-outline-secondary">X</button><button ${Wt}="" type="submit" data-test="search-submit" class="btn btn-secondary">Search</button></div></form><h4 ${Wt}="" class="grid-title">Filters</h4><h4 ${Wt}="" class="grid-title" style="font-size: 16px;">By category:</h4><fieldset ${Wt}=""><ul ${Wt}="" class="list-unstyled" id="filters-categories"></ul></fieldset><h4 ${Wt}="" class="grid-title" style="font-size: 16px;">By brand:</h4><fieldset ${Wt}=""><ul ${Wt}="" class="list-unstyled" id="filters-brands"></ul></fieldset><h4 ${Wt}="" class="grid-title" style="font-size: 16px;">Sustainability:</h4><div ${Wt}="" class="checkbox"><label ${Wt}=""><input ${Wt}="" type="checkbox" data-test="eco-friendly-filter"> Show only eco-friendly products </label></div></div><div ${Wt}="" class="col-md-9"><div ${Wt}="" class="container" data-test="" id="product-grid"><div ${Wt}="" class="spinner-border" role="status"><span ${Wt}="" class="visually-hidden">Loading...</span></div></div><div ${Wt}="" class="mt-3" id="pager"></div></div></div></app-overview>`}
var Ue=(()=>{class e{constructor(t){this.root=t,this.products=new Xn,this.categories=new Yn,this.brands=new Zn}init(){this.root.setAttribute("ng-version","19.2.14"),this.root.innerHTML=`${Ya()}<div class="container"><router-outlet></router-outlet>${es()}</div>${Za()}`,this.categories.getCategoriesTree().then(t=>{document.getElementById("filters-categories").innerHTML=Xa(t,"category")}),this.brands.getBrands().then(t=>{document.getElementById("filters-brands").innerHTML=Xa(t,"brand")}),document.getElementById("pager").addEventListener("click",t=>{let n=t.target.closest("a.page-link");if(!n||n.parentElement.classList.contains("disabled"))return;this.load(Number(n.dataset.page))}),this.load(1)}load(t){this.products.getProducts(t).then(n=>{document.getElementById("product-grid").innerHTML=n.data.map(Ka).join("")+"<!---->",document.getElementById("pager").innerHTML=n.last_page>1?Qa(n):""})}}return e})();
new Ue(document.querySelector("app-root")).init();"""


@twentieth
def build_toolshop_demo() -> None:
    s = Site(
        "toolshop-demo",
        kind="JS-rendered product catalogue (Angular SPA demo shop: an empty app-root shell, products from a paginated JSON API /api/products?page=N, a.card links with data-test hooks, CO₂ rating scales, click-only pagination)",
        start="",
        description=(
            "A test-automation demo tool shop (practicesoftwaretesting.com 'Toolshop' v5-like) built with Angular 19. The "
            "server sends only the CLI shell: <base href='/'>, inline critical CSS, Google Analytics, an empty <app-root> and "
            "two hashed module scripts. The main bundle (minified) holds the environment (apiUrl '/api') and renders the page "
            "in the browser: the navbar (Home, Categories dropdown, Contact, Sign in, a language menu), a banner, a filter "
            "column (Sort select, an ngx-slider price range, a search form, category checkboxes from /api/categories/tree, "
            "brand checkboxes from /api/brands, an eco-friendly filter) and a grid of nine a.card links a page from "
            "/api/products?page=N, a Laravel-style paginator {current_page, data, from, last_page, per_page, to, total}. Each "
            "product object holds id (a ULID), name, description, price (a number), co2_rating, in_stock, is_eco_friendly, "
            "product_image {file_name, title, photographer…}, category and brand. Each rendered card: "
            "data-test='product-<id>', href /product/<id>, img src assets/img/products/<file_name> with the image title as "
            "alt, h5[data-test=product-name] with padded text, span[data-test=product-price] '$14.15', an 'Out of stock' "
            "span on three, a CO₂ scale of five letters A–E with the product's letter marked 'active' (and a CO₂ label), an "
            "ECO badge on A/B products; _ngcontent-ng-c… attributes and <!----> comments everywhere. Pagination: "
            "ul.pagination of « / 1 2 3 / » links with no href (aria-label Page-N), handled by a click listener that "
            "fetches the next API page. Written down: title, url, price, currency, co2_rating, image."
        ),
    )
    s.write(
        "index.html",
        TS_SHELL.replace("__STYLES__", TS_STYLES)
        .replace("__POLYFILLS__", TS_POLYFILLS)
        .replace("__BUNDLE__", TS_BUNDLE),
    )
    s.write(TS_BUNDLE, TS_MAIN_JS)
    s.write(TS_POLYFILLS, TS_POLYFILLS_JS)
    s.write("api/categories/tree", _ts_tree())
    s.write("api/brands", _ts_brands())
    pages = chunks(TS_TOOLS, TS_SIZES)
    for number, tools in enumerate(pages, 1):
        s.list_page(f"api/products@page={number}", _ts_api_page(number, len(pages), tools))
    for t in TS_TOOLS:
        s.expect(
            {
                "title": t.name,
                "url": t.url,
                "price": t.price,
                "currency": "USD",
                "co2_rating": t.co2,
                "image": f"/assets/img/products/{t.image}",
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# autoexercise-shop (FROZEN): a Django-served Bootstrap 3 "Eshopper" template (automationexercise.com-like),
# /products with every product on one page; category pages /category_products/N hold subsets of the same cards.
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Garment:
    """One product of the clothes shop."""

    id: int
    name: str
    price: int
    category: int
    brand: str

    @property
    def url(self) -> str:
        return f"/product_details/{self.id}"

    @property
    def image(self) -> str:
        return f"/get_product_picture/{self.id}"


AE_CATEGORIES = {
    1: ("Women", "Dress"),
    2: ("Women", "Tops"),
    7: ("Women", "Saree"),
    3: ("Men", "Tshirts"),
    6: ("Men", "Jeans"),
    4: ("Kids", "Dress"),
    5: ("Kids", "Tops & Shirts"),
}
AE_BRANDS = ["Polo", "H&M", "Madame", "Mast & Harbour", "Babyhug", "Allen Solly Junior", "Kookie Kids", "Biba"]
AE_PRODUCTS = [
    Garment(1, "Blue Top", 500, 2, "Polo"),
    Garment(2, "Men Tshirt", 400, 3, "H&M"),
    Garment(3, "Sleeveless Dress", 1000, 1, "Madame"),
    Garment(4, "Stylish Dress", 1500, 1, "Madame"),
    Garment(5, "Winter Top", 600, 2, "Mast & Harbour"),
    Garment(6, "Summer White Top", 400, 2, "H&M"),
    Garment(7, "Madame Top For Women", 1000, 2, "Madame"),
    Garment(8, "Fancy Green Top", 700, 2, "Polo"),
    Garment(11, "Sleeves Printed Top - White", 499, 2, "Mast & Harbour"),
    Garment(12, "Half Sleeves Top Schiffli Detailing - Pink", 359, 2, "Mast & Harbour"),
    Garment(13, "Frozen Tops For Kids", 278, 5, "Allen Solly Junior"),
    Garment(14, "Full Sleeves Top Cherry - Pink", 679, 5, "Kookie Kids"),
    Garment(15, "Printed Off Shoulder Top - White", 315, 5, "Allen Solly Junior"),
    Garment(16, "Sleeves Top and Short - Blue & Pink", 478, 4, "Babyhug"),
    Garment(18, "Little Girls Mr. Panda Shirt", 543, 5, "Allen Solly Junior"),
    Garment(19, "Sleeveless Unicorn Patch Gown - Pink", 1050, 4, "Kookie Kids"),
    Garment(20, "Cotton Mull Embroidered Dress", 1100, 4, "Babyhug"),
    Garment(21, "Blue Cotton Indie Mickey Dress", 1530, 4, "Babyhug"),
    Garment(22, "Long Maxi Tulle Fancy Dress Up Outfits -Pink", 1440, 4, "Kookie Kids"),
    Garment(23, "Sleeveless Unicorn Print Fit & Flare Net Dress - Multi", 1100, 4, "Babyhug"),
    Garment(24, "Colour Blocked Shirt – Sky Blue", 1389, 3, "H&M"),
    Garment(28, "Pure Cotton V-Neck T-Shirt", 1299, 3, "Polo"),
    Garment(29, "Green Side Placket Detail T-Shirt", 1000, 3, "Polo"),
    Garment(30, "Premium Polo T-Shirts", 1500, 3, "Polo"),
    Garment(31, "Pure Cotton Neon Green Tshirt", 850, 3, "H&M"),
    Garment(33, "Soft Stretch Jeans", 799, 6, "Polo"),
    Garment(35, "Regular Fit Straight Jeans", 1200, 6, "H&M"),
    Garment(37, "Grunt Blue Slim Fit Jeans", 1400, 6, "Allen Solly Junior"),
    Garment(38, "Rose Pink Embroidered Maxi Dress", 1800, 1, "Biba"),
    Garment(39, "Cotton Silk Hand Block Print Saree", 3000, 7, "Biba"),
    Garment(40, "Rust Red Linen Saree", 3500, 7, "Biba"),
    Garment(41, "Beautiful Peacock Blue Cotton Linen Saree", 5000, 7, "Biba"),
    Garment(42, "Lace Top For Women", 1400, 2, "Mast & Harbour"),
    Garment(43, "GRAPHIC DESIGN MEN T SHIRT - BLUE", 1389, 3, "Polo"),
]
AE_AD_CLIENT = "ca-pub-1677597403311019"


def _ae_card(g: Garment) -> str:
    add = f'<a href="#" data-product-id="{g.id}" class="btn btn-default add-to-cart"><i class="fa fa-shopping-cart"></i>Add to cart</a>'
    return f"""
				<div class="col-sm-4">
					<div class="product-image-wrapper">
						<div class="single-products">
								<div class="productinfo text-center">
									<img src="{g.image}" alt="ecommerce website products" />
									<h2>Rs. {g.price}</h2>
									<p>{esc(g.name)}</p>
									{add}
								</div>
								<div class="product-overlay">
									<div class="overlay-content">
										<h2>Rs. {g.price}</h2>
										<p>{esc(g.name)}</p>
										{add}
									</div>
								</div>
						</div>
						<div class="choose">
							<ul class="nav nav-pills nav-justified">
								<li><a href="{g.url}"><i class="fa fa-plus-square"></i>View Product</a></li>
							</ul>
						</div>
					</div>
				</div>
				"""


def _ae_sidebar() -> str:
    panels = []
    for section in ("Women", "Men", "Kids"):
        links = "".join(
            f'\n\t\t\t\t\t\t\t\t\t\t\t<li><a href="/category_products/{n}">{esc(sub)} </a></li>'
            for n, (top, sub) in AE_CATEGORIES.items()
            if top == section
        )
        panels.append(f"""
						<div class="panel panel-default">
							<div class="panel-heading">
								<h4 class="panel-title">
									<a data-toggle="collapse" data-parent="#accordian" href="#{section}">
										<span class="badge pull-right"><i class="fa fa-plus"></i></span>
										{section}
									</a>
								</h4>
							</div>
							<div id="{section}" class="panel-collapse collapse">
								<div class="panel-body">
									<ul>{links}
									</ul>
								</div>
							</div>
						</div>""")
    counts = {b: sum(g.brand == b for g in AE_PRODUCTS) for b in AE_BRANDS}
    brands = "".join(
        f'\n\t\t\t\t\t\t\t\t<li><a href="/brand_products/{esc(b)}"> <span class="pull-right">({n})</span>{esc(b)}</a></li>'
        for b, n in counts.items()
    )
    return f"""<div class="col-sm-3">
					<div class="left-sidebar">
						<h2>Category</h2>
						<div class="panel-group category-products" id="accordian"><!--category-productsr-->{"".join(panels)}
						</div><!--/category-products-->

						<div class="brands_products"><!--brands_products-->
							<h2>Brands</h2>
							<div class="brands-name">
								<ul class="nav nav-pills nav-stacked">{brands}
								</ul>
							</div>
						</div><!--/brands_products-->
					</div>
				</div>"""


def _ae_page(title: str, heading: str, products: list[Garment], *, advert: bool) -> str:
    cards = "".join(_ae_card(g) for g in products)
    advertisement = (
        """
	<section id="advertisement">
		<div class="container">
			<img src="/static/images/shop/advertisement.jpg" alt="" />
		</div>
	</section>
	<section>
		<div class="container">
			<div class="row">
				<input type="text" class="form-control input-lg" placeholder="Search Product" name="search" id="search_product" required>
				<button type="button" class="btn btn-default btn-lg" id="submit_search"><i class="fa fa-search"></i></button>
			</div>
		</div>
	</section>"""
        if advert
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="description" content="">
    <meta name="author" content="">
    <title>{title}</title>
    <!-- Google tag (gtag.js) -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-ZWW6NL1PPF"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){{dataLayer.push(arguments);}}
      gtag('js', new Date());
      gtag('config', 'G-ZWW6NL1PPF');
    </script>
    <script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client={AE_AD_CLIENT}" crossorigin="anonymous"></script>
    <link href="/static/css/bootstrap.min.css" rel="stylesheet">
    <link href="/static/css/font-awesome.min.css" rel="stylesheet">
    <link href="/static/css/prettyPhoto.css" rel="stylesheet">
    <link href="/static/css/price-range.css" rel="stylesheet">
    <link href="/static/css/animate.css" rel="stylesheet">
	<link href="/static/css/main.css" rel="stylesheet">
	<link href="/static/css/responsive.css" rel="stylesheet">
    <link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">
    <!--[if lt IE 9]>
    <script src="/static/js/html5shiv.js"></script>
    <script src="/static/js/respond.min.js"></script>
    <![endif]-->
    <link rel="shortcut icon" href="/static/images/home/favicon.ico">
</head><!--/head-->

<body>
	<header id="header"><!--header-->
		<div class="header-middle"><!--header-middle-->
			<div class="container">
				<div class="row">
					<div class="col-sm-4">
						<div class="logo pull-left">
							<a href="/"><img src="/static/images/home/logo.png" alt="Website for automation practice" /></a>
						</div>
					</div>
					<div class="col-sm-8">
						<div class="shop-menu pull-right">
							<ul class="nav navbar-nav">
								<li><a href="/"><i class="fa fa-home"></i> Home</a></li>
								<li><a href="/products" style="color: orange;"><i class="material-icons card_travel">&#xe8f8;</i> Products</a></li>
								<li><a href="/view_cart"><i class="fa fa-shopping-cart"></i> Cart</a></li>
								<li><a href="/login"><i class="fa fa-lock"></i> Signup / Login</a></li>
								<li><a href="/test_cases"><i class="fa fa-list"></i> Test Cases</a></li>
								<li><a href="/api_list"><i class="fa fa-list"></i> API Testing</a></li>
								<li><a href="https://www.youtube.com/c/AutomationExercise"><i class="fa fa-youtube-play"></i> Video Tutorials</a></li>
								<li><a href="/contact_us"><i class="fa fa-envelope"></i> Contact us</a></li>
							</ul>
						</div>
					</div>
				</div>
			</div>
		</div><!--/header-middle-->
	</header><!--/header-->
{advertisement}
	<section>
		<div class="container">
			<div class="row">
				{_ae_sidebar()}

				<div class="col-sm-9 padding-right">
					<div class="features_items"><!--features_items-->
						<h2 class="title text-center">{heading}</h2>
						<ins class="adsbygoogle" style="display:block" data-ad-client="{AE_AD_CLIENT}" data-ad-slot="8547295104" data-ad-format="auto" data-full-width-responsive="true"></ins>
						<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
						{cards}
					</div><!--features_items-->
				</div>
			</div>
		</div>
	</section>

	<div class="modal fade" id="cartModal" role="dialog">
		<div class="modal-dialog modal-confirm">
			<div class="modal-content">
				<div class="modal-header">
					<div class="icon-box"><i class="material-icons">&#xE876;</i></div>
					<h4 class="modal-title w-100">Added!</h4>
				</div>
				<div class="modal-body">
					<p class="text-center">Your product has been added to cart.</p>
					<p class="text-center"><a href="/view_cart"><u>View Cart</u></a></p>
				</div>
				<div class="modal-footer">
					<button class="btn btn-success close-modal btn-block" data-dismiss="modal">Continue Shopping</button>
				</div>
			</div>
		</div>
	</div>

	<footer id="footer"><!--Footer-->
		<div class="footer-widget">
			<div class="container">
				<div class="row">
					<div class="col-sm-3 col-sm-offset-1">
						<div class="single-widget">
							<h2>Subscription</h2>
							<form action="#" class="searchform" method="post">
								<input type="hidden" name="csrfmiddlewaretoken" value="{_hex("csrf" + heading, 64)}">
								<input type="email" required id="susbscribe_email" placeholder="Your email address" />
								<button type="submit" class="btn btn-default" id="subscribe"><i class="fa fa-arrow-circle-o-right"></i></button>
								<p>Get the most recent updates from <br />our site and be updated your self...</p>
							</form>
						</div>
					</div>
				</div>
			</div>
		</div>
		<div class="footer-bottom">
			<div class="container">
				<div class="row">
					<p class="pull-left">Copyright © 2021 All rights reserved</p>
				</div>
			</div>
		</div>
	</footer><!--/Footer-->

    <script src="/static/js/jquery.js"></script>
	<script src="/static/js/bootstrap.min.js"></script>
	<script src="/static/js/jquery.scrollUp.min.js"></script>
	<script src="/static/js/price-range.js"></script>
    <script src="/static/js/jquery.prettyPhoto.js"></script>
    <script src="/static/js/main.js"></script>
    <script src="/static/js/cart.js"></script>
</body>
</html>"""


@twentieth
def build_autoexercise_shop() -> None:
    s = Site(
        "autoexercise-shop",
        kind="product catalogue (Bootstrap 3 'Eshopper' template: every card written twice (productinfo and a hover overlay), 'Rs. 500' h2 prices above p names, a separate 'View Product' link, all products on one page)",
        start="products",
        description=(
            "A test-automation practice clothes shop (automationexercise.com/products-like): a Django-served Bootstrap 3 "
            "'Eshopper' template with every product on one page and no pager. Each product is a div.col-sm-4 > "
            "div.product-image-wrapper > div.single-products holding div.productinfo (img /get_product_picture/N whose alt is "
            "'ecommerce website products' on every card, h2 'Rs. 500', p name, an 'Add to cart' a href='#' with "
            "data-product-id) and div.product-overlay > div.overlay-content repeating the same h2, p and button, then "
            "div.choose with the only product link, 'View Product' to /product_details/N (ids with gaps). Noise: the header "
            "menu (Home, Products, Cart, Signup / Login, Test Cases, API Testing, Video Tutorials, Contact us), an "
            "advertisement image, a product search input, a left sidebar (a Category accordion of Women / Men / Kids with "
            "links to /category_products/N, a Brands list with '(6)' counts), h2 'All Products', an AdSense ins slot, the "
            "'Added!' cart modal, a Subscription form, 'Copyright © 2021'. Seven /category_products/N pages exist with the "
            "same layout ('Women - Tops Products') and subsets of the same cards; they are not list pages of the records "
            "(the sidebar links to them, nothing pages through them). Written down: title, url, price, currency (INR), image."
        ),
    )
    s.list_page("products", _ae_page("Automation Exercise - All Products", "All Products", AE_PRODUCTS, advert=True))
    for number, (top, sub) in AE_CATEGORIES.items():
        subset = [g for g in AE_PRODUCTS if g.category == number]
        s.write(
            f"category_products/{number}",
            _ae_page(
                f"Automation Exercise - {top} {sub} Products", f"{top} - {esc(sub)} Products", subset, advert=False
            ),
        )
    for g in AE_PRODUCTS:
        s.expect({"title": g.name, "url": g.url, "price": float(g.price), "currency": "INR", "image": g.image})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTIETH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
