"""Twenty-second wave, part B: three e-commerce category pages, each platform's real 2024–25 product-card and
pagination markup on page 1, page 2 and the last page, written before any heuristic was changed for them.

* **harbourline-apparel** — a Magento 2.4 (Luma theme) category page, ``/women/outerwear.html`` and ``?p=2`` /
  ``?p=3``: ``ol.products.list.items.product-items > li.item.product.product-item`` cards (``div.product-item-info``,
  a lazy photo, ``strong.product-item-name > a.product-item-link``, a reviews summary ``div.rating-result[title=
  "80%"]`` with a "3 Reviews" link — nothing on unreviewed items —, ``div.price-box`` with ``data-price-amount`` and
  ``span.price`` "$45.00": "As low as" on configurable jackets, ``span.special-price`` / ``span.old-price`` pairs
  ("Special Price" / "Regular Price") on sale items, the swatch renderer's size and colour options as it leaves
  them in the page, add-to-cart forms with ``form_key``, wish-list / compare links with ``data-post`` JSON); the
  2.4 toolbars above (view modes, "Items 13-24 of 30", sorter) and below (``div.pages > ul.items.pages-items`` with
  ``li.item.pages-item-previous`` / ``li.item.current strong.page`` / ``li.item.pages-item-next > a.action.next``,
  limiter); layered navigation with counts, the compare and wish-list sidebar blocks, the cookie notice.
  ``?p=1`` (page 2's "Previous" and page-1 links) is a second address of page 1.
  Written down: title, url, price, currency, original_price, rating (percent), review_count.
* **verdant-potting** — a BigCommerce Stencil store on the Cornerstone theme, ``/planters-pots/`` and ``?page=2`` /
  ``?page=3``: ``ul.productGrid > li.product > article.card`` (``figure.card-figure`` with a sale sash, the image
  link, the hover ``figcaption`` of Quick view / Compare / Add to Cart; ``div.card-body`` with ``p.card-text[data-
  test-info-type=brandName]``, ``h3.card-title > a``, star icons in ``p.card-text[data-test-info-type=
  productRating]`` on reviewed items, and the price block: "MSRP:" ``span.price.price--rrp`` or "Was:" ``span.price.
  price--non-sale`` above ``span.price.price--withoutTax``); ``nav.pagination > ul.pagination-list`` with ``li.
  pagination-item--previous`` / ``--next`` links (chevron icon + "Previous" / "Next") and ``li.pagination-item--
  current``; faceted search with counts, a sort bar, the consent banner, footer brand list.
  ``?page=1`` is a second address of page 1. Written down: title, url, brand, price, currency, original_price
  (the stars are icons only, so the rating is not written down).
* **maison-atelier** — a PrestaShop 8.1 store on the classic theme, ``/9-home-decor`` and ``?page=2`` /
  ``?page=3``: ``div#js-product-list > div.products > div.js-product > article.product-miniature[data-id-product]``
  (``div.thumbnail-container``, ``a.thumbnail.product-thumbnail`` picture, "Quick view", ``h2.h3.product-title > a``,
  ``div.product-price-and-shipping`` with ``span.regular-price`` / ``span.discount-percentage`` or ``discount-
  amount`` / ``span.price``, the empty product-comments placeholder, ``ul.product-flags``); ``nav.pagination`` with
  "Showing 13-24 of 31 item(s)" and ``ul.page-list`` (``a.previous.js-search-link[rel=prev]``, ``li.current``,
  ``a.next.js-search-link[rel=next]`` "Next"; no Previous on page 1, no Next on the last page); the faceted-search
  column, subcategory tiles, the sort dropdown, a cookie banner module.
  Written down: title, url, price, currency, original_price.

Run ``uv run python tests/sites/corpus/generate_twentysecond_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSECOND_B: dict[str, Callable[[], None]] = {}


def twentysecond_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSECOND_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, size: int = 10) -> str:
    """A stable id derived from ``text`` (the real sites use random ones)."""
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _usd(amount: float) -> str:
    return f"${amount:,.2f}"


def _amount(amount: float) -> str:
    """How Magento writes ``data-price-amount``: no trailing zeros."""
    return f"{amount:.2f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------------
# harbourline-apparel: Magento 2.4 Luma category, ?p=N.
# ---------------------------------------------------------------------------------------------------

MAGENTO_HOST = "https://www.harbourline.com"
MAGENTO_CATEGORY = "/women/outerwear.html"
MAGENTO_FORM_KEY = "q7RkW2nXb9LmTz4e"
MAGENTO_HOST_JSON = MAGENTO_HOST.replace("/", "\\/")

#: (name, sku, price, old price, rating percent, reviews, colours); colours mean a configurable product.
MAGENTO_ITEMS: list[tuple[str, str, float, float | None, int | None, int | None, list[str]]] = [
    ("Olivia 1/4 Zip Light Jacket", "WJ12", 77.00, None, 80, 3, ["Black", "Blue", "Purple"]),
    ("Nadia Elements Shell", "WJ10", 69.00, None, 67, 3, ["Black", "Orange", "Yellow"]),
    ("Harbour Waxed Field Jacket", "WJ21", 129.00, None, 93, 14, ["Green", "Brown"]),
    ("Coastline Packable Rain Poncho", "WA03", 36.00, 45.00, 75, 2, []),
    ("Ingrid Running Jacket", "WJ04", 84.00, None, None, None, ["Orange", "Red", "White"]),
    ("Riona Full Zip Jacket", "WJ06", 60.00, None, 87, 6, ["Gray", "Green", "Purple"]),
    ("Breeze Merino Gilet", "WJ22", 58.50, 78.00, 90, 1, []),
    ("Juno Jacket", "WJ08", 77.00, None, 73, 4, ["Blue", "Green", "Purple"]),
    ("Stellar Solar Jacket", "WJ01", 75.00, None, 100, 2, ["Blue", "Red", "Yellow"]),
    ("Inez Full Zip Jacket", "WJ03", 59.00, None, 60, 5, ["Green", "Orange", "Red"]),
    ("Tidal Storm Overtrousers", "WP31", 49.00, None, 85, 11, []),
    ("Neve Studio Dance Jacket", "WJ11", 69.00, None, None, None, ["Black", "Blue", "Orange"]),
    ("Josie Yoga Jacket", "WJ02", 56.25, None, 80, 3, ["Black", "Blue", "Gray"]),
    ("Adrienne Trek Jacket", "WJ07", 57.00, None, 93, 3, ["Gray", "Orange", "Purple"]),
    ("Quayside Quilted Jacket", "WJ23", 89.00, 119.00, 88, 9, []),
    ("Augusta Pullover Jacket", "WJ09", 57.00, None, 53, 3, ["Blue", "Green", "Red"]),
    ("Jade Yoga Jacket", "WJ05", 32.00, None, 80, 2, ["Blue", "Gray", "Green"]),
    ("Saltmarsh Fleece Hoodie", "WH20", 54.00, None, 95, 19, ["Gray", "Green", "White"]),
    ("Estuary Insulated Vest", "WV14", 42.00, 60.00, None, None, []),
    ("Mistral Windproof Smock", "WJ24", 72.00, None, 70, 1, ["Blue", "Yellow"]),
    ("Lighthouse Reflective Shell", "WJ25", 95.00, None, 84, 5, ["Orange", "Yellow"]),
    ("Pebble Beach Borg Fleece", "WH21", 48.00, 64.00, 91, 7, []),
    ("Tern Lightweight Down Jacket", "WJ26", 119.00, None, 96, 27, ["Black", "Blue", "Red"]),
    ("Harbour Wool Duffle Coat", "WC02", 149.00, None, 100, 4, ["Blue", "Brown"]),
    ("Fjord 3-in-1 Parka", "WC03", 189.00, 229.00, 82, 13, []),
    ("Cove Cropped Rain Jacket", "WJ27", 64.00, None, None, None, ["Green", "White", "Yellow"]),
    ("Drift Softshell Jacket", "WJ28", 79.00, None, 76, 8, ["Black", "Gray"]),
    ("Kittiwake Hooded Anorak", "WJ29", 66.00, None, 89, 2, ["Orange", "Purple"]),
    ("Sandbar Recycled Puffer", "WJ30", 99.00, 139.00, 87, 16, []),
    ("Gull Wing Running Vest", "WV15", 39.00, None, 80, 1, ["Black", "Yellow"]),
]

MAGENTO_COLOURS = {
    "Black": ("49", "#000000"),
    "Blue": ("50", "#1857f7"),
    "Brown": ("51", "#945454"),
    "Gray": ("52", "#8f8f8f"),
    "Green": ("53", "#53a828"),
    "Orange": ("56", "#eb6703"),
    "Purple": ("57", "#ef3dff"),
    "Red": ("58", "#ff0000"),
    "White": ("59", "#ffffff"),
    "Yellow": ("60", "#ffd500"),
}
MAGENTO_SIZES = [("XS", "166"), ("S", "167"), ("M", "168"), ("L", "169"), ("XL", "170")]


def _magento_url(name: str) -> str:
    return f"/{slug(name)}.html"


def _uenc(url: str) -> str:
    return base64.b64encode(url.encode()).decode().replace("=", ",").replace("+", "-").replace("/", "_")


def _magento_price_box(pid: int, price: float, old: float | None, configurable: bool) -> str:
    if old is not None:
        return f"""<div class="price-box price-final_price" data-role="priceBox" data-product-id="{pid}" data-price-box="product-id-{pid}">
<span class="special-price">
    <span class="price-container price-final_price tax weee">
        <span class="price-label">Special Price</span>
        <span id="product-price-{pid}" data-price-amount="{_amount(price)}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{_usd(price)}</span></span>
    </span>
</span>
<span class="old-price">
    <span class="price-container price-final_price tax weee">
        <span class="price-label">Regular Price</span>
        <span id="old-price-{pid}" data-price-amount="{_amount(old)}" data-price-type="oldPrice" class="price-wrapper "><span class="price">{_usd(old)}</span></span>
    </span>
</span>
</div>"""
    label = '\n        <span class="price-label">As low as</span>' if configurable else ""
    return f"""<div class="price-box price-final_price" data-role="priceBox" data-product-id="{pid}" data-price-box="product-id-{pid}">
<span class="normal-price">
    <span class="price-container price-final_price tax weee">{label}
        <span id="product-price-{pid}" data-price-amount="{_amount(price)}" data-price-type="finalPrice" class="price-wrapper "><span class="price">{_usd(price)}</span></span>
    </span>
</span>
</div>"""


def _magento_swatches(pid: int, colours: list[str]) -> str:
    if not colours:
        return ""
    sizes = "\n".join(
        f'<div class="swatch-option text" id="option-label-size-144-item-{oid}" index="{i}" aria-checked="false" aria-describedby="option-label-size-144" tabindex="0" data-option-type="0" data-option-id="{oid}" data-option-label="{label}" aria-label="{label}" role="option" data-thumb-width="110" data-thumb-height="90" data-option-tooltip-value="{label}" style="">{label}</div>'
        for i, (label, oid) in enumerate(MAGENTO_SIZES)
    )
    swatches = "\n".join(
        f'<div class="swatch-option color" id="option-label-color-93-item-{MAGENTO_COLOURS[c][0]}" index="{i}" aria-checked="false" aria-describedby="option-label-color-93" tabindex="0" data-option-type="1" data-option-id="{MAGENTO_COLOURS[c][0]}" data-option-label="{c}" aria-label="{c}" role="option" data-thumb-width="110" data-thumb-height="90" data-option-tooltip-thumb="" data-option-tooltip-value="{MAGENTO_COLOURS[c][1]}" style="background: {MAGENTO_COLOURS[c][1]} no-repeat center; background-size: initial;"></div>'
        for i, c in enumerate(colours)
    )
    return f"""<div class="swatch-opt-{pid}" data-role="swatch-option-{pid}"><div class="swatch-attribute size" data-attribute-code="size" data-attribute-id="144"><div aria-activedescendant="" tabindex="0" aria-invalid="false" aria-required="true" role="listbox" aria-label="Size" class="swatch-attribute-options clearfix">
{sizes}
</div><input class="swatch-input super-attribute-select" name="super_attribute[144]" type="text" value="" data-selector="super_attribute[144]" data-validate="{{required: true}}" aria-required="true" aria-invalid="false" data-attr-name="size"></div><div class="swatch-attribute color" data-attribute-code="color" data-attribute-id="93"><div aria-activedescendant="" tabindex="0" aria-invalid="false" aria-required="true" role="listbox" aria-label="Color" class="swatch-attribute-options clearfix">
{swatches}
</div><input class="swatch-input super-attribute-select" name="super_attribute[93]" type="text" value="" data-selector="super_attribute[93]" data-validate="{{required: true}}" aria-required="true" aria-invalid="false" data-attr-name="color"></div></div>"""


def _magento_item(index: int, item: tuple[str, str, float, float | None, int | None, int | None, list[str]]) -> str:
    name, sku, price, old, rating, reviews, colours = item
    pid = 1380 + index * 16
    url = _magento_url(name)
    uenc = _uenc(MAGENTO_HOST + url)
    reviews_html = ""
    if rating is not None and reviews is not None:
        word = "Review" if reviews == 1 else "Reviews"
        reviews_html = f"""
            <div class="product-reviews-summary short">
                <div class="rating-summary">
                    <span class="label"><span>Rating:</span></span>
                    <div class="rating-result" id="rating-result_{pid}" title="{rating}%">
                        <span style="width:{rating}%"><span>{rating}%</span></span>
                    </div>
                </div>
                <div class="reviews-actions">
                    <a class="action view" href="{url}#reviews">{reviews}&nbsp;<span>{word}</span></a>
                </div>
            </div>"""
    post_wish = esc(
        json.dumps({"action": f"{MAGENTO_HOST}/wishlist/index/add/", "data": {"product": pid, "uenc": uenc}}).replace(
            "/", "\\/"
        )
    )
    post_compare = esc(
        json.dumps(
            {"action": f"{MAGENTO_HOST}/catalog/product_compare/add/", "data": {"product": str(pid), "uenc": uenc}}
        ).replace("/", "\\/")
    )
    image = f"{MAGENTO_HOST}/media/catalog/product/cache/{_hex('img', 32)}/{sku[0].lower()}/{sku[1].lower()}/{sku.lower()}-{slug(colours[0]) if colours else 'main'}_main_1.jpg"
    return f"""<li class="item product product-item">
    <div class="product-item-info" id="product-item-info_{pid}" data-container="product-grid">
        <a href="{url}" class="product photo product-item-photo" tabindex="-1">
            <span class="product-image-container product-image-container-{pid}">
                <span class="product-image-wrapper">
                    <img class="product-image-photo" src="{image}" loading="lazy" width="240" height="300" alt="{esc(name)}"></span>
            </span>
            <style>.product-image-container-{pid} {{ width: 240px; }} .product-image-container-{pid} span.product-image-wrapper {{ padding-bottom: 125%; }}</style>
        </a>
        <div class="product details product-item-details">
            <strong class="product name product-item-name">
                <a class="product-item-link" href="{url}">
                    {esc(name)}                </a>
            </strong>{reviews_html}
            {_magento_price_box(pid, price, old, bool(colours))}
            {_magento_swatches(pid, colours)}
            <div class="product-item-inner">
                <div class="product actions product-item-actions">
                    <div class="actions-primary">
                        <form data-role="tocart-form" data-product-sku="{sku}" action="{MAGENTO_HOST}/checkout/cart/add/uenc/{uenc}/product/{pid}/" data-mage-init='{{"catalogAddToCart": {{}}}}' method="post">
                            <input type="hidden" name="product" value="{pid}">
                            <input type="hidden" name="uenc" value="{uenc}">
                            <input name="form_key" type="hidden" value="{MAGENTO_FORM_KEY}">
                            <button type="submit" title="Add to Cart" class="action tocart primary">
                                <span>Add to Cart</span>
                            </button>
                        </form>
                    </div>
                    <div data-role="add-to-links" class="actions-secondary">
                        <a href="#" class="action towishlist" title="Add to Wish List" aria-label="Add to Wish List" data-post="{post_wish}" data-action="add-to-wishlist" role="button">
                            <span>Add to Wish List</span>
                        </a>
                        <a href="#" class="action tocompare" title="Add to Compare" aria-label="Add to Compare" data-post="{post_compare}" role="button">
                            <span>Add to Compare</span>
                        </a>
                    </div>
                </div>
            </div>
        </div>
    </div>
</li>"""


def _magento_pager(number: int, last: int) -> str:
    def href(page: int) -> str:
        return f"{MAGENTO_CATEGORY}?p={page}"

    items = []
    if number > 1:
        items.append(
            f"""        <li class="item pages-item-previous">
            <a class="action  previous" href="{href(number - 1)}" title="Previous">
                <span class="label">Page</span>
                <span>Previous</span>
            </a>
        </li>"""
        )
    for page in range(1, last + 1):
        if page == number:
            items.append(
                f"""        <li class="item current">
            <strong class="page">
                <span class="label">You're currently reading page</span>
                <span>{page}</span>
            </strong>
        </li>"""
            )
        else:
            items.append(
                f"""        <li class="item">
            <a href="{href(page)}" class="page">
                <span class="label">Page</span>
                <span>{page}</span>
            </a>
        </li>"""
            )
    if number < last:
        items.append(
            f"""        <li class="item pages-item-next">
            <a class="action  next" href="{href(number + 1)}" title="Next">
                <span class="label">Page</span>
                <span>Next</span>
            </a>
        </li>"""
        )
    body = "\n".join(items)
    return f"""<div class="pages">
    <strong class="label pages-label" id="paging-label">Page</strong>
    <ul class="items pages-items" aria-labelledby="paging-label">
{body}
    </ul>
</div>"""


def _magento_toolbar(number: int, last: int, first: int, shown: int, total: int, bottom: bool) -> str:
    mage_init = esc(
        json.dumps(
            {
                "productListToolbarForm": {
                    "mode": "product_list_mode",
                    "direction": "product_list_dir",
                    "order": "product_list_order",
                    "limit": "product_list_limit",
                    "modeDefault": "grid",
                    "directionDefault": "asc",
                    "orderDefault": "position",
                    "limitDefault": 12,
                    "url": f"{MAGENTO_HOST}{MAGENTO_CATEGORY}",
                    "formKey": MAGENTO_FORM_KEY,
                    "post": False,
                }
            }
        ).replace("/", "\\/")
    )
    if bottom:
        inner = f"""{_magento_pager(number, last)}
<div class="field limiter">
    <label class="label" for="limiter">
        <span>Show</span>
    </label>
    <div class="control">
        <select id="limiter" data-role="limiter" class="limiter-options">
            <option value="12" selected="selected">12</option>
            <option value="24">24</option>
            <option value="36">36</option>
        </select>
    </div>
    <span class="limiter-text">per page</span>
</div>"""
    else:
        inner = f"""<div class="modes">
    <strong class="modes-label" id="modes-label">View as</strong>
    <strong title="Grid" class="modes-mode active mode-grid" data-value="grid">
        <span>Grid</span>
    </strong>
    <a class="modes-mode mode-list" title="List" href="#" data-role="mode-switcher" data-value="list" id="mode-list" aria-labelledby="modes-label mode-list">
        <span>List</span>
    </a>
</div>
<p class="toolbar-amount" id="toolbar-amount">
    Items <span class="toolbar-number">{first}</span>-<span class="toolbar-number">{first + shown - 1}</span> of <span class="toolbar-number">{total}</span>
</p>
<div class="toolbar-sorter sorter">
    <label class="sorter-label" for="sorter">Sort By</label>
    <select id="sorter" data-role="sorter" class="sorter-options">
        <option value="position" selected="selected">Position</option>
        <option value="name">Product Name</option>
        <option value="price">Price</option>
    </select>
    <a title="Set Descending Direction" href="#" class="action sorter-action sort-asc" data-role="direction-switcher" data-value="desc">
        <span>Set Descending Direction</span>
    </a>
</div>"""
    return f"""<div class="toolbar toolbar-products" data-mage-init="{mage_init}">
{inner}
</div>"""


def _magento_filters() -> str:
    prices = [("30-40", "$30.00 - $39.99", 3), ("40-50", "$40.00 - $49.99", 4), ("50-60", "$50.00 - $59.99", 6),
              ("60-70", "$60.00 - $69.99", 4), ("70-80", "$70.00 - $79.99", 5), ("80-90", "$80.00 - $89.99", 2),
              ("90-", "$90.00 and above", 6)]  # fmt: skip
    price_items = "\n".join(
        f'                <li class="item"><a href="{MAGENTO_CATEGORY}?price={v}" rel="nofollow"><span class="price">{label.split(" - ")[0].split(" and")[0]}</span>{esc(label[label.find(" ") :])}<span class="count">{n}<span class="filter-count-label">items</span></span></a></li>'
        for v, label, n in prices
    )
    colours = "\n".join(
        f'                <a href="{MAGENTO_CATEGORY}?color={oid}" rel="nofollow" aria-label="{c}"><div class="swatch-option color " tabindex="-1" data-option-type="1" data-option-id="{oid}" data-option-label="{c}" data-option-tooltip-thumb="" data-option-tooltip-value="{hexv}" style="background: {hexv} no-repeat center; background-size: initial;"></div></a>'
        for c, (oid, hexv) in MAGENTO_COLOURS.items()
    )
    styles = [("Insulated", 7), ("Jacket", 14), ("Lightweight", 12), ("Rain Coat", 6), ("Soft Shell", 5), ("Vest", 3)]
    style_items = "\n".join(
        f'                <li class="item"><a href="{MAGENTO_CATEGORY}?style_general={120 + i}" rel="nofollow">{label}<span class="count">{n}<span class="filter-count-label">items</span></span></a></li>'
        for i, (label, n) in enumerate(styles)
    )
    return f"""<div class="block filter" id="layered-filter-block" data-mage-init='{{"collapsible":{{"openedState": "active", "collapsible": true, "active": false, "collateral": {{ "openedState": "filter-active", "element": "body" }} }}}}'>
    <div class="block-title filter-title" data-count="0">
        <strong data-role="title">Shop By</strong>
    </div>
    <div class="block-content filter-content">
        <strong role="heading" aria-level="2" class="block-subtitle filter-subtitle">Shopping Options</strong>
        <div class="filter-options" id="narrow-by-list" data-role="content" data-mage-init='{{"accordion":{{"openedState": "active", "collapsible": true, "active": false, "multipleCollapsible": false}}}}'>
            <div data-role="collapsible" class="filter-options-item">
                <div data-role="title" class="filter-options-title">Style</div>
                <div data-role="content" class="filter-options-content">
            <ol class="items">
{style_items}
            </ol>
                </div>
            </div>
            <div data-role="collapsible" class="filter-options-item">
                <div data-role="title" class="filter-options-title">Price</div>
                <div data-role="content" class="filter-options-content">
            <ol class="items">
{price_items}
            </ol>
                </div>
            </div>
            <div data-role="collapsible" class="filter-options-item">
                <div data-role="title" class="filter-options-title">Color</div>
                <div data-role="content" class="filter-options-content">
            <div class="swatch-attribute swatch-layered color" data-attribute-code="color" data-attribute-id="93">
                <div class="swatch-attribute-options clearfix">
{colours}
                </div>
            </div>
                </div>
            </div>
            <div data-role="collapsible" class="filter-options-item">
                <div data-role="title" class="filter-options-title">Eco Collection</div>
                <div data-role="content" class="filter-options-content">
            <ol class="items">
                <li class="item"><a href="{MAGENTO_CATEGORY}?eco_collection=0" rel="nofollow">No<span class="count">24<span class="filter-count-label">items</span></span></a></li>
                <li class="item"><a href="{MAGENTO_CATEGORY}?eco_collection=1" rel="nofollow">Yes<span class="count">6<span class="filter-count-label">items</span></span></a></li>
            </ol>
                </div>
            </div>
        </div>
    </div>
</div>"""


def _magento_page(number: int, last: int, items: list[str], first: int, total: int) -> str:
    canonical = f"{MAGENTO_HOST}{MAGENTO_CATEGORY}" + (f"?p={number}" if number > 1 else "")
    listing = "\n".join(items)
    nav = [
        ("What's New", "/what-is-new.html", []),
        ("Women", "/women.html", ["Outerwear", "Tops", "Bottoms", "Knitwear"]),
        ("Men", "/men.html", ["Outerwear", "Tops", "Bottoms"]),
        ("Gear", "/gear.html", ["Bags", "Hats & Gloves", "Watches"]),
        ("Sale", "/sale.html", []),
    ]
    nav_html = "\n".join(
        f"""<li class="level0 nav-{i + 1} category-item{" first" if i == 0 else ""} level-top{" parent" if subs else ""}"><a href="{href}" class="level-top"><span>{esc(label)}</span></a>"""
        + (
            """<ul class="level0 submenu">"""
            + "".join(
                f'<li class="level1 nav-{i + 1}-{j + 1} category-item"><a href="{href[:-5]}/{slug(sub)}.html"><span>{esc(sub)}</span></a></li>'
                for j, sub in enumerate(subs)
            )
            + "</ul>"
            if subs
            else ""
        )
        + "</li>"
        for i, (label, href, subs) in enumerate(nav)
    )
    return f"""<!doctype html>
<html lang="en">
    <head>
<meta charset="utf-8"/>
<meta name="title" content="Women's Outerwear | Harbourline"/>
<meta name="description" content="Waterproof shells, quilted jackets and fleeces for the coast. Free UK returns."/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>Women's Outerwear | Harbourline</title>
<link  rel="stylesheet" type="text/css"  media="all" href="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/mage/calendar.css" />
<link  rel="stylesheet" type="text/css"  media="all" href="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/css/styles-m.css" />
<link  rel="stylesheet" type="text/css"  media="screen and (min-width: 768px)" href="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/css/styles-l.css" />
<script type="text/javascript" src="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/requirejs/require.js"></script>
<script type="text/javascript" src="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/mage/requirejs/mixins.js"></script>
<script type="text/javascript" src="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/requirejs-config.js"></script>
<link rel="canonical" href="{canonical}" />
<link  rel="icon" type="image/x-icon" href="{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/Magento_Theme/favicon.ico" />
    </head>
    <body data-container="body" data-mage-init='{{"loaderAjax": {{}}, "loader": {{ "icon": "{MAGENTO_HOST}/static/version1732620148/frontend/Magento/luma/en_US/images/loader-2.gif"}}}}' id="html-body" class="page-with-filter page-products categorypath-women-outerwear category-outerwear catalog-category-view page-layout-2columns-left">
<div class="cookie-status-message" id="cookie-status">The store will not work correctly when cookies are disabled.</div>
<script type="text/x-magento-init">{{"*": {{"cookieStatus": {{}}}}}}</script>
<script type="text/x-magento-init">{{"*": {{"mage/cookies": {{"expires": null, "path": "\\u002F", "domain": ".www.harbourline.com", "secure": true, "lifetime": "3600"}}}}}}</script>
    <noscript>
        <div class="message global noscript">
            <div class="content">
                <p>
                    <strong>JavaScript seems to be disabled in your browser.</strong>
                    <span>For the best experience on our site, be sure to turn on Javascript in your browser.</span>
                </p>
            </div>
        </div>
    </noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block">
    <div role="document" class="content" tabindex="0">
        <p>
            <strong>We use cookies to make your experience better.</strong>
            <span>To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.</span>
            <a href="{MAGENTO_HOST}/privacy-policy-cookie-restriction-mode/">Learn more</a>.
        </p>
        <div class="actions">
            <button id="btn-cookie-allow" class="action allow primary">
                <span>Allow Cookies</span>
            </button>
        </div>
    </div>
</div>
<script type="text/x-magento-init">{{"#notice-cookie-block": {{"cookieNotices": {{"cookieAllowButtonSelector": "#btn-cookie-allow", "cookieName":"user_allowed_save_cookie", "cookieValue":{{"1":1}}, "cookieLifetime":31536000, "noCookiesUrl": "{MAGENTO_HOST_JSON}\\/cookie\\/index\\/noCookies\\/"}}}}}}</script>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea" href="#contentarea"><span>Skip to Content</span></a>
<ul class="header links">    <li class="greet welcome" data-bind="scope: 'customer'">
        <span class="not-logged-in" data-bind="html: 'Free delivery on orders over $75'"></span>
    </li>
<li class="link authorization-link" data-label="or"><a href="{MAGENTO_HOST}/customer/account/login/referer/{_uenc(canonical)}/">Sign In</a></li>
<li><a href="{MAGENTO_HOST}/customer/account/create/" id="idAbCdE1f2">Create an Account</a></li></ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span>
<a class="logo" href="{MAGENTO_HOST}/" title="Harbourline" aria-label="store logo">
    <img src="{MAGENTO_HOST}/media/logo/stores/1/harbourline-logo.svg" title="Harbourline" alt="Harbourline" width="170" height="41" />
</a>
<div data-block="minicart" class="minicart-wrapper">
    <a class="action showcart" href="{MAGENTO_HOST}/checkout/cart/" data-bind="scope: 'minicart_content'">
        <span class="text">My Cart</span>
        <span class="counter qty empty" data-bind="css: {{ empty: !!getCartParam('summary_count') == false && !isLoading() }}, blockLoader: isLoading">
            <span class="counter-number"><!-- ko text: getCartParam('summary_count') --><!-- /ko --></span>
            <span class="counter-label"><!-- ko i18n: 'items' --><!-- /ko --></span>
        </span>
    </a>
</div>
<div class="block block-search">
    <div class="block block-title"><strong>Search</strong></div>
    <div class="block block-content">
        <form class="form minisearch" id="search_mini_form" action="{MAGENTO_HOST}/catalogsearch/result/" method="get">
            <div class="field search">
                <label class="label" for="search" data-role="minisearch-label"><span>Search</span></label>
                <div class="control">
                    <input id="search" type="text" name="q" value="" placeholder="Search&#x20;entire&#x20;store&#x20;here..." class="input-text" maxlength="128" role="combobox" aria-haspopup="false" aria-autocomplete="both" autocomplete="off" aria-expanded="false"/>
                    <div id="search_autocomplete" class="search-autocomplete"></div>
                </div>
            </div>
            <div class="actions">
                <button type="submit" title="Search" class="action search" aria-label="Search"><span>Search</span></button>
            </div>
        </form>
    </div>
</div>
</div></header>    <div class="sections nav-sections">
        <div class="section-items nav-sections-items" data-mage-init='{{"tabs":{{"openedState":"active"}}}}'>
            <div class="section-item-title nav-sections-item-title" data-role="collapsible"><a class="nav-sections-item-switch" data-toggle="switch" href="#store.menu">Menu</a></div>
            <div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content">
<nav class="navigation" data-action="navigation">
    <ul data-mage-init='{{"menu":{{"responsive":true, "expanded":true, "position":{{"my":"left top","at":"left bottom"}}}}}}'>
        {nav_html}
    </ul>
</nav>
            </div>
        </div>
    </div>
<div class="breadcrumbs">
    <ul class="items">
        <li class="item home"><a href="{MAGENTO_HOST}/" title="Go to Home Page">Home</a></li>
        <li class="item category3"><a href="{MAGENTO_HOST}/women.html" title="">Women</a></li>
        <li class="item category25"><strong>Outerwear</strong></li>
    </ul>
</div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
<div class="page-title-wrapper">
    <h1 class="page-title" id="page-title-heading" aria-labelledby="page-title-heading toolbar-amount">
        <span class="base" data-ui-id="page-title-wrapper" >Outerwear</span>    </h1>
</div>
<div class="page messages"><div data-placeholder="messages"></div>
<div data-bind="scope: 'messages'"></div></div><div class="category-view"><div class="category-description"><p>From packable rain shells to waxed field jackets — layers built for salt air, sideways drizzle and long walks on the sand.</p></div>
</div><div class="columns"><div class="column main"><input name="form_key" type="hidden" value="{MAGENTO_FORM_KEY}" /><div id="authenticationPopup" data-bind="scope:'authenticationPopup', style: {{display: 'none'}}"></div>
{_magento_toolbar(number, last, first, len(items), total, bottom=False)}
<div class="products wrapper grid products-grid">
    <ol class="products list items product-items">
{listing}
    </ol>
</div>
{_magento_toolbar(number, last, first, len(items), total, bottom=True)}
<script type="text/x-magento-init">
    {{
        "[data-role=tocart-form], .form.map.checkout": {{
            "catalogAddToCart": {{
                "product_sku": ""
            }}
        }}
    }}
</script>
</div><div class="sidebar sidebar-main">
{_magento_filters()}
</div><div class="sidebar sidebar-additional"><div class="block block-compare" data-bind="scope: 'compareProducts'" data-role="compare-products-sidebar">
    <div class="block-title">
        <strong id="block-compare-heading" role="heading" aria-level="2">Compare Products</strong>
        <span class="counter qty no-display" data-bind="text: compareProducts().countCaption, css: {{'no-display': !compareProducts().count}}"></span>
    </div>
    <div class="empty">You have no items to compare.</div>
</div>
<div class="block block-wishlist" data-bind="scope: 'wishlist'">
    <div class="block-title">
        <strong role="heading" aria-level="2">My Wish List</strong>
    </div>
    <div class="block-content">
        <div class="empty">You have no items in your wish list.</div>
    </div>
</div>
</div></div></main><div class="page-bottom"><div class="content"><div class="widget block block-static-block">
    <div class="promo-strip"><p><strong>Free returns within 60 days.</strong> Order by 2pm for next-day delivery.</p></div></div>
</div></div><footer class="page-footer"><div class="footer content"><div class="block newsletter">
    <div class="title"><strong>Newsletter</strong></div>
    <div class="content">
        <form class="form subscribe" novalidate action="{MAGENTO_HOST}/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail">
            <div class="field newsletter">
                <div class="control">
                    <label for="newsletter">
                        <span class="label">Sign Up for Our Newsletter:</span>
                        <input name="email" type="email" id="newsletter" placeholder="Enter your email address" data-mage-init='{{"mage/trim-input":{{}}}}' data-validate="{{required:true, 'validate-email':true}}"/>
                    </label>
                </div>
            </div>
            <div class="actions">
                <button class="action subscribe primary" title="Subscribe" type="submit" aria-label="Subscribe"><span>Subscribe</span></button>
            </div>
        </form>
    </div>
</div>
<ul class="footer links"><li class="nav item"><a href="{MAGENTO_HOST}/about-us/">About us</a></li><li class="nav item"><a href="{MAGENTO_HOST}/customer-service/">Customer Service</a></li><li class="nav item"><a href="{MAGENTO_HOST}/search/term/popular/">Search Terms</a></li><li class="nav item"><a href="{MAGENTO_HOST}/privacy-policy-cookie-restriction-mode/">Privacy and Cookie Policy</a></li><li class="nav item"><a href="{MAGENTO_HOST}/catalogsearch/advanced/" data-action="advanced-search">Advanced Search</a></li><li class="nav item"><a href="{MAGENTO_HOST}/sales/guest/form/">Orders and Returns</a></li><li class="nav item"><a href="{MAGENTO_HOST}/contact/">Contact Us</a></li></ul></div></footer><div class="copyright"><span>Copyright © 2013-present Harbourline Ltd. All rights reserved.</span></div>
<script type="text/x-magento-init">{{"*": {{"Magento_Ui/js/core/app": {{"components": {{"storage-manager": {{"component": "Magento_Catalog/js/storage-manager", "appendTo": "", "storagesConfiguration": {{"recently_viewed_product": {{"requestConfig": {{"syncUrl": "{MAGENTO_HOST_JSON}\\/catalog\\/product\\/frontend_action_synchronize\\/"}}, "lifetime": "1000", "allowToSendRequest": null}}}}}}}}}}}}}}</script>
</div>    </body>
</html>"""


@twentysecond_b
def build_harbourline_apparel() -> None:
    s = Site(
        "harbourline-apparel",
        kind="product catalogue (Magento 2.4 Luma category: ol.product-items > li.product-item cards, div.price-box with data-price-amount, Special Price / Regular Price pairs, As low as, rating-result title='80%' + '3 Reviews', rendered size/colour swatches, add-to-cart forms; 2.4 toolbars above (amount, sorter) and below (pages, limiter), ?p=N)",
        start="women/outerwear.html",
        description="A Magento 2.4 store on the Luma theme, category 'Outerwear' (/women/outerwear.html, then ?p=2 and ?p=3), as served in 2024–25: the cookie-restriction notice, the header panel (welcome text, Sign In, Create an Account), logo, minicart, mini search, the level0/level1 navigation, breadcrumbs, h1 span.base 'Outerwear', the category description; then the 2.4 toolbar above the list (view modes, p.toolbar-amount 'Items 1-12 of 30', the sorter) and div.products.wrapper.grid > ol.products.list.items.product-items of li.item.product.product-item cards: div.product-item-info with a lazy img in product-image-container, strong.product-item-name > a.product-item-link (absolute URL), a reviews summary on reviewed items (div.rating-result title='80%' with a width style and '3 Reviews' / '1 Review' link to #reviews), div.price-box: 'As low as' + span.price on configurable jackets, span.special-price ('Special Price') + span.old-price ('Regular Price') on sale items, data-price-amount on each price wrapper; the swatch renderer's rendered size (XS–XL text) and colour swatches on configurables; a tocart form with product, uenc and form_key inputs, wish-list / compare links with data-post JSON. The toolbar below holds div.pages > ul.items.pages-items (li.item.pages-item-previous 'Previous' from page 2, li.item.current strong.page, li.item > a.page numbers, li.item.pages-item-next > a.action.next 'Next', absent on the last page) and the limiter (12/24/36). ?p=1 links (page 2's Previous and the '1' links) are a second address of page 1. Sidebar: layered navigation with Style / Price ranges / Color swatches / Eco Collection and counts, compare and wish-list blocks; footer newsletter and links. 12 + 12 + 6 products. Written down: title, url (site-relative), price, currency (USD), original_price (the Regular Price of sale items), rating (the percent), review_count.",
    )
    pages = chunks(list(enumerate(MAGENTO_ITEMS)), [12, 12, 6])
    first = 1
    for number, batch in enumerate(pages, 1):
        path = "women/outerwear.html" if number == 1 else f"women/outerwear.html@p={number}"
        page = _magento_page(
            number, len(pages), [_magento_item(i, item) for i, item in batch], first, len(MAGENTO_ITEMS)
        )
        s.list_page(path, page)
        if number == 1:
            s.write("women/outerwear.html@p=1", page)
        first += len(batch)
        for _i, (name, _sku, price, old, rating, reviews, _colours) in batch:
            s.expect(
                {
                    "title": name,
                    "url": _magento_url(name),
                    "price": price,
                    "currency": "USD",
                    "original_price": old,
                    "rating": rating,
                    "review_count": reviews,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# verdant-potting: BigCommerce Stencil, Cornerstone theme category, ?page=N.
# ---------------------------------------------------------------------------------------------------

BC_HOST = "https://www.verdantpotting.com"
BC_STORE_HASH = "s-7q4zk2m9xa"
BC_CATEGORY = "/planters-pots/"

#: (name, brand, price, was price (sale), MSRP, stars or None).
BC_ITEMS: list[tuple[str, str, float, float | None, float | None, int | None]] = [
    ('Terracotta Rim Planter 8"', "Bloomfield", 18.00, None, None, 5),
    ("Glazed Ceramic Pot – Ocean Blue", "Kiln & Co", 34.00, None, 42.00, 4),
    ('Self-Watering Window Box 24"', "Greenhaven", 29.95, 39.95, None, 4),
    ("Hanging Macramé Planter Set of 3", "Loom & Leaf", 24.50, None, None, None),
    ("Fibreclay Tall Cylinder Planter", "Urbanstone", 89.00, None, None, 5),
    ('Concrete Bowl Planter 12"', "Urbanstone", 46.00, None, 58.00, 4),
    ("Galvanised Trough Planter", "Greenhaven", 52.00, 65.00, None, 3),
    ("Woven Seagrass Basket Planter", "Loom & Leaf", 27.00, None, None, 5),
    ("Recycled Plastic Nursery Pots (10 pack)", "Greenhaven", 9.99, None, None, 4),
    ("Speckled Stoneware Pot with Saucer", "Kiln & Co", 22.00, None, None, None),
    ("Cedar Raised Garden Bed 4' x 2'", "Timberline", 149.00, 179.00, None, 5),
    ("Matte Black Plant Stand Duo", "Urbanstone", 64.00, None, None, 4),
    ("Hand-Thrown Orchid Pot", "Kiln & Co", 28.00, None, None, 5),
    ("Self-Watering Herb Planter Trio", "Greenhaven", 39.00, None, None, 4),
    ("Terracotta Strawberry Jar", "Bloomfield", 32.00, 40.00, None, None),
    ('Lightweight Resin Urn 20"', "Urbanstone", 74.00, None, 95.00, 3),
    ("Jute Rope Plant Hanger", "Loom & Leaf", 12.50, None, None, 4),
    ("Fabric Grow Bags 5 Gallon (5 pack)", "Greenhaven", 19.99, None, None, 5),
    ("Fluted Ceramic Planter – Sage", "Kiln & Co", 38.00, None, None, 5),
    ("Zinc Window Box with Liner", "Bloomfield", 44.00, 55.00, None, 4),
    ("Acacia Wood Planter Box", "Timberline", 58.00, None, None, None),
    ("Bamboo Fibre Pot Set of 4", "Greenhaven", 26.00, None, 32.00, 4),
    ('Glazed Pot – Forest Green 14"', "Kiln & Co", 49.00, None, None, 5),
    ("Wall-Mounted Pocket Planter", "Loom & Leaf", 21.00, 28.00, None, 3),
    ('Square Fibreglass Planter 16"', "Urbanstone", 96.00, None, None, 4),
    ("Terracotta Seed Tray", "Bloomfield", 14.00, None, None, None),
    ("Corten Steel Round Planter", "Urbanstone", 129.00, None, 159.00, 5),
    ("Railing Planter Pair", "Greenhaven", 34.50, None, None, 4),
    ("Rattan-Effect Tall Planter", "Timberline", 69.00, 89.00, None, 4),
    ("Mini Succulent Pots (6 pack)", "Kiln & Co", 16.00, None, None, 5),
    ('Self-Watering Floor Planter 18"', "Greenhaven", 59.00, None, None, None),
    ("Olive Jar Planter – Antique White", "Bloomfield", 112.00, None, None, 5),
    ("Pot Feet Set (Set of 3)", "Bloomfield", 8.50, None, None, 4),
]


def _bc_url(name: str) -> str:
    return f"/{slug(name.replace(chr(39), ''))}/"


def _bc_stars(stars: int) -> str:
    icons = "\n".join(
        f"""                    <span class="icon icon--rating{"Full" if i <= stars else "Empty"}">
                        <svg>
                            <use href="#icon-star" />
                        </svg>
                    </span>"""
        for i in range(1, 6)
    )
    return f"""            <p class="card-text" data-test-info-type="productRating">
                <span class="rating--small">
{icons}
<!-- snippet location product_rating -->
                </span>
            </p>"""


def _bc_card(position: int, pid: int, item: tuple[str, str, float, float | None, float | None, int | None]) -> str:
    name, brand, price, was, msrp, stars = item
    url = _bc_url(name)
    label = esc(f"{name}, {_usd(price)}")
    if was is not None or msrp is not None:
        sash = """            <div class="sale-flag-sash">
                <span class="sale-text">On Sale!</span>
            </div>
"""
    else:
        sash = ""
    rrp_class = "" if msrp is not None else " price-none"
    non_sale_class = "" if was is not None else " price-none"
    image = f"https://cdn11.bigcommerce.com/{BC_STORE_HASH}/images/stencil/500x659/products/{pid}/{pid + 211}/{slug(name)}__{_hex(name, 5)}.1718274091.jpg?c=1"
    srcset = ", ".join(
        f"https://cdn11.bigcommerce.com/{BC_STORE_HASH}/images/stencil/{w}w/products/{pid}/{pid + 211}/{slug(name)}__{_hex(name, 5)}.1718274091.jpg?c=1 {w}w"
        for w in (80, 160, 320, 640, 960)
    )
    return f"""<li class="product">
    <article
    class="card
    "
    data-test="card-{pid}"
    data-event-type="list"
    data-entity-id="{pid}"
    data-position="{position}"
    data-name="{esc(name)}"
    data-product-category="
            Planters &amp; Pots
    "
    data-product-brand="{esc(brand)}"
    data-product-price="
            {_amount(price)}
    "
>
    <figure class="card-figure">
{sash}        <a href="{url}"
           class="card-figure__link"
           aria-label="{label}"
           data-event-type="product-click"
        >
            <div class="card-img-container">
                <img src="{image}" alt="{esc(name)}" title="{esc(name)}" data-sizes="auto" srcset="{srcset}" data-srcset="{srcset}" class="card-image lazyautosizes lazyloaded" sizes="263px" />
            </div>
        </a>

        <figcaption class="card-figcaption">
            <div class="card-figcaption-body">
                        <button type="button" class="button button--small card-figcaption-button quickview" data-event-type="product-click" data-product-id="{pid}">Quick view</button>
                        <label class="button button--small card-figcaption-button" for="compare-{pid}">
                            Compare <input type="checkbox" name="products[]" value="{pid}" id="compare-{pid}" data-compare-id="{pid}">
                        </label>
                        <a href="{BC_HOST}/cart.php?action=add&amp;product_id={pid}" data-event-type="product-click" data-button-type="add-cart" class="button button--small card-figcaption-button">
                            Add to Cart
                        </a>
                        <span class="product-status-message aria-description--hidden">The item has been added</span>
            </div>
        </figcaption>
    </figure>
    <div class="card-body">
            <p class="card-text" data-test-info-type="brandName">{esc(brand)}</p>
        <h3 class="card-title">
            <a aria-label="{label}"
               href="{url}"
               data-event-type="product-click"
            >
                {esc(name)}
            </a>
        </h3>

{_bc_stars(stars) if stars is not None else ""}
        <div class="card-text" data-test-info-type="price">
                <div class="price-section price-section--withoutTax rrp-price--withoutTax{rrp_class}">
                    <span>
                        MSRP:
                    </span>
                    <span data-product-rrp-price-without-tax class="price price--rrp">
                        {_usd(msrp) if msrp is not None else ""}
                    </span>
                </div>
                <div class="price-section price-section--withoutTax non-sale-price--withoutTax{non_sale_class}">
                    <span>
                        Was:
                    </span>
                    <span data-product-non-sale-price-without-tax class="price price--non-sale">
                        {_usd(was) if was is not None else ""}
                    </span>
                </div>
                <div class="price-section price-section--withoutTax">
                    <span class="price-label">

                    </span>
                    <span class="price-now-label" style="display: none;">
                        Now:
                    </span>
                    <span data-product-price-without-tax class="price price--withoutTax">{_usd(price)}</span>
                </div>
        </div>
            </div>
</article>
</li>"""


def _bc_pagination(number: int, last: int) -> str:
    def href(page: int) -> str:
        return f"{BC_CATEGORY}?page={page}"

    items = []
    if number > 1:
        items.append(
            f"""            <li class="pagination-item pagination-item--previous">
                <a class="pagination-link" href="{href(number - 1)}" data-faceted-search-facet aria-label="Previous">
                    <i class="icon" aria-hidden="true">
                        <svg>
                            <use href="#icon-chevron-left" />
                        </svg>
                    </i>
                    Previous
                </a>
            </li>"""
        )
    for page in range(1, last + 1):
        current = " pagination-item--current" if page == number else ""
        items.append(
            f"""                <li class="pagination-item{current}">
                    <a class="pagination-link" href="{href(page)}" data-faceted-search-facet aria-label="Page {page} of {last}">{page}</a>
                </li>"""
        )
    if number < last:
        items.append(
            f"""            <li class="pagination-item pagination-item--next">
                <a class="pagination-link" href="{href(number + 1)}" data-faceted-search-facet aria-label="Next">
                    Next
                    <i class="icon" aria-hidden="true">
                        <svg>
                            <use href="#icon-chevron-right" />
                        </svg>
                    </i>
                </a>
            </li>"""
        )
    body = "\n".join(items)
    return f"""<nav class="pagination" aria-label="pagination">
    <ul class="pagination-list">
{body}
    </ul>
</nav>"""


def _bc_sidebar() -> str:
    brands: dict[str, int] = {}
    for _name, brand, *_rest in BC_ITEMS:
        brands[brand] = brands.get(brand, 0) + 1
    brand_items = "\n".join(
        f"""                    <li class="navList-item">
                        <a href="{BC_CATEGORY}?brand={40 + i}" class="navList-action navList-action--checkbox" rel="nofollow" data-id="{40 + i}" data-faceted-search-facet>
                            {esc(brand)}
                                <span>({count})</span>
                        </a>
                    </li>"""
        for i, (brand, count) in enumerate(sorted(brands.items()))
    )
    materials = [
        ("Ceramic", 8),
        ("Concrete & Fibreclay", 6),
        ("Metal", 4),
        ("Natural Fibre", 6),
        ("Plastic", 5),
        ("Terracotta", 5),
        ("Wood", 3),
    ]
    material_items = "\n".join(
        f"""                    <li class="navList-item">
                        <a href="{BC_CATEGORY}?Material={slug(m)}" class="navList-action navList-action--checkbox" rel="nofollow" data-faceted-search-facet>
                            {esc(m)}
                                <span>({n})</span>
                        </a>
                    </li>"""
        for m, n in materials
    )
    subcats = ["Indoor Pots", "Outdoor Planters", "Hanging Planters", "Window Boxes", "Raised Beds", "Accessories"]
    subcat_items = "\n".join(
        f"""                <li class="navList-item">
                    <a class="navList-action" href="{BC_CATEGORY}{slug(c)}/" alt="{esc(c)}" title="{esc(c)}">{esc(c)}</a>
                </li>"""
        for c in subcats
    )
    return f"""<aside class="page-sidebar" id="faceted-search-container">
    <nav>
        <div class="sidebarBlock">
            <h2 class="sidebarBlock-heading">Planters &amp; Pots</h2>
            <ul class="navList">
{subcat_items}
            </ul>
        </div>
        <div id="facetedSearch" class="facetedSearch sidebarBlock">
            <div class="facetedSearch-refineFilters sidebarBlock">
                <h2 class="sidebarBlock-heading">Refine by</h2>
                <p>No filters applied</p>
            </div>
            <a href="#facetedSearch-navList" role="button" class="facetedSearch-toggle toggleLink is-open" data-collapsible>
                <span class="facetedSearch-toggle-text">Browse by Brand, Price &amp; more</span>
                <span class="facetedSearch-toggle-indicator">
                    <span class="toggleLink-text toggleLink-text--off">Show Filters</span>
                    <span class="toggleLink-text toggleLink-text--on">Hide Filters</span>
                </span>
            </a>
            <div id="facetedSearch-navList" class="facetedSearch-navList blocker-container is-open">
                <div class="accordion accordion--navList">
            <div class="accordion-block">
                <div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--brand">
                    <h2 class="accordion-title">Brand</h2>
                    <div class="accordion-navigation-actions"></div>
                </div>
                <div id="facetedSearch-content--brand" class="accordion-content is-open">
                    <ul id="facet-brands" class="navList" data-facet="brand" data-has-more-results="false">
{brand_items}
                    </ul>
                </div>
            </div>
            <div class="accordion-block">
                <div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--Material">
                    <h2 class="accordion-title">Material</h2>
                </div>
                <div id="facetedSearch-content--Material" class="accordion-content is-open">
                    <ul id="facet-Material" class="navList" data-facet="Material" data-has-more-results="false">
{material_items}
                    </ul>
                </div>
            </div>
            <div class="accordion-block">
                <div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--price">
                    <h2 class="accordion-title">Price</h2>
                </div>
                <div id="facetedSearch-content--price" class="accordion-content is-open">
                    <form id="facet-range-form" class="form" method="get" data-faceted-search-range novalidate>
                        <input type="hidden" name="search_query" value="">
                        <fieldset class="form-fieldset">
                            <div class="form-minMaxRow">
                                <div class="form-field">
                                    <input name="min_price" placeholder="Min." min="0" class="form-input form-input--small" required type="number" value="">
                                </div>
                                <div class="form-field">
                                    <input name="max_price" placeholder="Max." min="0" class="form-input form-input--small" required type="number" value="">
                                </div>
                                <div class="form-field">
                                    <button class="button button--small" type="submit">Update</button>
                                </div>
                            </div>
                        </fieldset>
                    </form>
                </div>
            </div>
            <div class="accordion-block">
                <div class="accordion-navigation toggleLink is-open" role="button" data-collapsible="#facetedSearch-content--rating">
                    <h2 class="accordion-title">Rating</h2>
                </div>
                <div id="facetedSearch-content--rating" class="accordion-content is-open">
                    <ul class="navList" data-facet="rating">
                        <li class="navList-item"><a href="{BC_CATEGORY}?rating=5" class="navList-action" rel="nofollow" data-faceted-search-facet><span class="rating--small"><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span></span> <span>(11)</span></a></li>
                        <li class="navList-item"><a href="{BC_CATEGORY}?rating=4" class="navList-action" rel="nofollow" data-faceted-search-facet><span class="rating--small"><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingFull"><svg><use href="#icon-star" /></svg></span><span class="icon icon--ratingEmpty"><svg><use href="#icon-star" /></svg></span></span> &amp; Up <span>(23)</span></a></li>
                    </ul>
                </div>
            </div>
                </div>
                <div class="blocker" style="display: none;"></div>
            </div>
        </div>
    </nav>
</aside>"""


def _bc_page(number: int, last: int, cards: list[str]) -> str:
    grid = "\n".join(cards)
    canonical = f"{BC_HOST}{BC_CATEGORY}" + (f"?page={number}" if number > 1 else "")
    prev_link = f'\n<link rel="prev" href="{BC_HOST}{BC_CATEGORY}?page={number - 1}">' if number > 1 else ""
    next_link = f'\n<link rel="next" href="{BC_HOST}{BC_CATEGORY}?page={number + 1}">' if number < last else ""
    brands = sorted({brand for _n, brand, *_r in BC_ITEMS})
    footer_brands = "\n".join(
        f'                    <li><a href="{BC_HOST}/brands/{slug(b)}.html">{esc(b)}</a></li>' for b in brands
    )
    nav = ["Planters & Pots", "Seeds & Bulbs", "Tools", "Watering", "Outdoor Living", "Sale"]
    nav_items = "\n".join(
        f"""                <li class="navPages-item">
                    <a class="navPages-action{" activePage" if i == 0 else ""}" href="{BC_HOST}/{slug(label)}/" aria-label="{esc(label)}">{esc(label)}</a>
                </li>"""
        for i, label in enumerate(nav)
    )
    context = json.dumps(
        {
            "categoryProductsPerPage": 12,
            "zoomSize": "1280x1280",
            "productSize": "500x659",
            "genericError": "Oops! Something went wrong.",
            "urls": {"home": BC_HOST + "/", "cart": BC_HOST + "/cart.php", "search": BC_HOST + "/search.php"},
            "secureBaseUrl": BC_HOST,
            "template": "pages/category",
            "validationDictionaryJSON": {"locale": "en"},
            "carousel": {"arrowAndDot": "Slide [NUMBER] of [SLIDES_LENGTH]"},
        }
    )
    return f"""<!DOCTYPE html>
<html class="no-js" lang="en">
    <head>
        <title>Planters &amp; Pots - Verdant Potting Co.</title>
        <link rel="dns-prefetch preconnect" href="https://cdn11.bigcommerce.com/{BC_STORE_HASH}" crossorigin><link rel="dns-prefetch preconnect" href="https://fonts.googleapis.com/" crossorigin><link rel="dns-prefetch preconnect" href="https://fonts.gstatic.com/" crossorigin>
        <meta name="keywords" content="planters, plant pots, terracotta, window boxes"><meta name="description" content="Indoor pots and outdoor planters in terracotta, ceramic, fibreclay and wood."><link rel='canonical' href='{canonical}' /><meta name='platform' content='bigcommerce.stencil' />{prev_link}{next_link}
        <link href="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/product_images/favicon.png?t=1696512307" rel="shortcut icon">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <script>
            document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
        </script>
        <script>window.consentManagerTranslations = `{{"locale":"en","locales":{{"consent_manager.data_collection_warning":"en"}},"translations":{{"en":{{"consent_manager.data_collection_warning":"We use cookies (and other similar technologies) to collect data to improve your shopping experience."}}}}}}`;</script>
        <link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/stencil/7a0f35b0-4c61-013d-88a1-2e8b3c1f2a6e/e/c40e1b10-8d2a-013d-5b2f-6e1c7e1fe0d2/css/theme-0f6e4b70-8d2b-013d-1d49-0a3c55c2f3c0.css" rel="stylesheet">
        <script type="text/javascript">
            var BCData = {{}};
        </script>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"item":{{"@id":"{BC_HOST}/","name":"Home"}}}},{{"@type":"ListItem","position":2,"item":{{"@id":"{BC_HOST}{BC_CATEGORY}","name":"Planters & Pots"}}}}]}}</script>
    </head>
    <body>
        <svg data-src="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/stencil/7a0f35b0-4c61-013d-88a1-2e8b3c1f2a6e/e/c40e1b10-8d2a-013d-5b2f-6e1c7e1fe0d2/img/icon-sprite.svg" class="icons-svg-sprite"></svg>

        <a href="#main-content" class="skip-to-main-link">Skip to main content</a>
<header class="header" role="banner">
    <a href="#" class="mobileMenu-toggle" data-mobile-menu-toggle="menu">
        <span class="mobileMenu-toggleIcon">Toggle menu</span>
    </a>
    <nav class="navUser">
    <ul class="navUser-section navUser-section--alt">
        <li class="navUser-item">
            <a class="navUser-action navUser-item--compare" href="{BC_HOST}/compare" data-compare-nav aria-label="Compare">Compare <span class="countPill countPill--positive countPill--alt"></span></a>
        </li>
        <li class="navUser-item">
            <a class="navUser-action" href="{BC_HOST}/giftcertificates.php" aria-label="Gift Certificates">Gift Certificates</a>
        </li>
        <li class="navUser-item">
            <button class="navUser-action navUser-action--quickSearch" type="button" id="quick-search-expand" data-search="quickSearch" aria-controls="quickSearch" aria-label="Search">Search</button>
        </li>
        <li class="navUser-item navUser-item--account">
            <a class="navUser-action" href="{BC_HOST}/login.php" aria-label="Sign in">Sign in</a>
                <span class="navUser-or">or</span>
                <a class="navUser-action" href="{BC_HOST}/login.php?action=create_account" aria-label="Register">Register</a>
        </li>
        <li class="navUser-item navUser-item--cart">
            <a class="navUser-action" data-cart-preview data-dropdown="cart-preview-dropdown" data-options="align:right" href="{BC_HOST}/cart.php" aria-label="Cart with 0 items">
                <span class="navUser-item-cartLabel">Cart</span>
                <span class="countPill cart-quantity"></span>
            </a>
            <div class="dropdown-menu" id="cart-preview-dropdown" data-dropdown-content aria-hidden="true"></div>
        </li>
    </ul>
    <div class="dropdown dropdown--quickSearch" id="quickSearch" aria-hidden="true" data-prevent-quick-search-close>
        <div class="container">
    <form class="form" data-url="/search.php" data-quick-search-form action="/search.php">
        <fieldset class="form-fieldset">
            <div class="form-field">
                <label class="is-srOnly" for="nav-quick-search">Search</label>
                <input class="form-input" data-search-quick name="nav-quick-search" id="nav-quick-search" data-error-message="Search field cannot be empty." placeholder="Search the store" autocomplete="off">
            </div>
        </fieldset>
    </form>
    <section class="quickSearchResults" data-bind="html: results"></section>
    <p role="status" aria-live="polite" class="aria-description--hidden" data-search-aria-message-predefined-text="product results for"></p>
        </div>
    </div>
</nav>

        <div class="header-logo header-logo--center">
            <a href="{BC_HOST}/" class="header-logo__link" data-header-logo-link>
        <div class="header-logo-image-container">
            <img class="header-logo-image" src="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/images/stencil/250x100/verdant-logo_1696512188__51937.original.png" srcset="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/images/stencil/250x100/verdant-logo_1696512188__51937.original.png" alt="Verdant Potting Co." title="Verdant Potting Co.">
        </div>
</a>
        </div>
    <div class="navPages-container" id="menu" data-menu>
        <nav class="navPages">
    <div class="navPages-quickSearch">
    </div>
    <ul class="navPages-list">
{nav_items}
    </ul>
    <ul class="navPages-list navPages-list--user">
            <li class="navPages-item">
                <a class="navPages-action" href="{BC_HOST}/giftcertificates.php">Gift Certificates</a>
            </li>
    </ul>
        </nav>
    </div>
</header>
<div data-content-region="header_bottom--global"><div data-layout-id="3f1c8d0e-0c7a-4f5e-9a77-1b1d2c3e4f50"><div data-sub-layout-container="5b1a7f0b-2a41-4d6e-8f1c-9e0d3c2b1a70" data-layout-name="Layout"><div data-sub-layout="b3c5d7e9-1f2a-4b6c-8d0e-2f4a6b8c0d1e"><div data-widget-id="c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f" data-placement-id="d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a" data-placement-status="ACTIVE"><div class="announcement-bar" style="background-color:#2f4f3a;color:#ffffff;text-align:center;padding:8px;">Free UK delivery on orders over £50 · Spring bulbs now shipping</div></div></div></div></div></div>
<div data-content-region="header_bottom"></div>
        <main class="body" id="main-content" role="main" data-currency-code="USD">

    <div class="container">

<nav aria-label="Breadcrumb">
    <ol class="breadcrumbs">
                <li class="breadcrumb ">
                    <a class="breadcrumb-label" href="{BC_HOST}/">
                        <span>Home</span>
                    </a>
                </li>
                <li class="breadcrumb is-active">
                    <a class="breadcrumb-label" href="{BC_HOST}{BC_CATEGORY}" aria-current="page">
                        <span>Planters &amp; Pots</span>
                    </a>
                </li>
    </ol>
</nav>

<div data-content-region="category_above_title"></div>
    <h1 class="page-heading">Planters &amp; Pots</h1>
<div data-content-region="category_below_header"></div>
<div class="category-description">
<p>From hand-thrown stoneware to frost-proof fibreclay: pots and planters for every windowsill, balcony and border.</p>
</div>

<div class="page">
{_bc_sidebar()}

    <main class="page-content" id="product-listing-container">


    <form class="actionBar" method="get" data-sort-by="product">
    <fieldset class="form-fieldset actionBar-section">
    <div class="form-field">
        <label class="form-label" for="sort">Sort By:</label>
        <select class="form-select form-select--small " name="sort" id="sort" role="listbox">
            <option value="featured" selected>Featured Items</option>
            <option value="newest" >Newest Items</option>
            <option value="bestselling" >Best Selling</option>
            <option value="alphaasc" >A to Z</option>
            <option value="alphadesc" >Z to A</option>
            <option value="avgcustomerreview" >By Review</option>
            <option value="priceasc" >Price: Ascending</option>
            <option value="pricedesc" >Price: Descending</option>
        </select>
    </div>
</fieldset>
</form>

<div class="category-products" data-list-name="Category: Planters &amp; Pots">
            <form action="{BC_HOST}/compare" method='POST'  data-product-compare>
                    <ul class="productGrid">
{grid}
                    </ul>
            </form>
</div>

{_bc_pagination(number, last)}
<div data-content-region="category_below_content"></div>

    </main>
</div>

    </div>
    <div id="modal" class="modal" data-reveal data-prevent-quick-search-close>
    <button class="modal-close" type="button" title="Close">
        <span class="aria-description--hidden">Close</span>
        <span aria-hidden="true">&#215;</span>
    </button>
    <div class="modal-content"></div>
    <div class="loadingOverlay"></div>
</div>
    <div id="alert-modal" class="modal modal--alert modal--small" data-reveal data-prevent-quick-search-close>
    <div class="alert-icon error-icon">
        <span class="icon-content">
            <span class="line line-left"></span>
            <span class="line line-right"></span>
        </span>
    </div>
    <div class="modal-content"></div>
    <div class="button-container"><button type="button" class="confirm button" data-reveal-close>OK</button></div>
</div>
</main>
<footer class="footer" role="contentinfo">
    <h2 class="footer-title-sr-only">Footer Start</h2>
    <div class="container">
        <section class="footer-info">
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-webPages">
                <h3 class="footer-info-heading">Navigate</h3>
                <ul class="footer-info-list">
                    <li><a href="{BC_HOST}/shipping-returns/">Shipping &amp; Returns</a></li>
                    <li><a href="{BC_HOST}/contact-us/">Contact Us</a></li>
                    <li><a href="{BC_HOST}/blog/">Growing Guides</a></li>
                    <li><a href="{BC_HOST}/sitemap.php">Sitemap</a></li>
                </ul>
            </article>
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-categories">
                <h3 class="footer-info-heading">Categories</h3>
                <ul class="footer-info-list">
{chr(10).join(f'                    <li><a href="{BC_HOST}/{slug(label)}/">{esc(label)}</a></li>' for label in nav)}
                </ul>
            </article>
            <article class="footer-info-col footer-info-col--small" data-section-type="footer-brands">
                <h3 class="footer-info-heading">Popular Brands</h3>
                <ul class="footer-info-list">
{footer_brands}
                    <li><a href="{BC_HOST}/brands/">View All</a></li>
                </ul>
            </article>
            <article class="footer-info-col footer-info-col--small" data-section-type="storeInfo">
                <h3 class="footer-info-heading">Info</h3>
                <address>Unit 4, Millbrook Nursery<br>
Tewkesbury GL20 7AB<br>
United Kingdom</address>
            </article>
            <article class="footer-info-col" data-section-type="newsletterSubscription">
                <h3 class="footer-info-heading">Subscribe to our newsletter</h3>
<p>Get the latest updates on new products and upcoming sales</p>
<form class="form" action="/subscribe.php" method="post">
    <fieldset class="form-fieldset">
        <input type="hidden" name="action" value="subscribe">
        <input type="hidden" name="nl_first_name" value="bc">
        <input type="hidden" name="check" value="1">
        <div class="form-field">
            <label class="form-label is-srOnly" for="nl_email">Email Address</label>
            <div class="form-prefixPostfix wrap">
                <input class="form-input" id="nl_email" name="nl_email" type="email" value="" placeholder="Your email address" aria-describedby="alertBox-message-text">
                <input class="button button--primary form-prefixPostfix-button--postfix" type="submit" value="Subscribe">
            </div>
        </div>
    </fieldset>
</form>
            </article>
        </section>
            <div class="footer-copyright">
                <p class="powered-by">&copy; 2025 Verdant Potting Co. </p>
            </div>
            <div class="footer-copyright">
                <p class="powered-by">Powered by <a href="https://www.bigcommerce.com?utm_source=merchant&amp;utm_medium=poweredbyBC" rel="nofollow">BigCommerce</a></p>
            </div>
    </div>
    <div data-content-region="ssl_site_seal--global"></div>
</footer>

        <script>window.__webpack_public_path__ = "https://cdn11.bigcommerce.com/{BC_STORE_HASH}/stencil/7a0f35b0-4c61-013d-88a1-2e8b3c1f2a6e/e/c40e1b10-8d2a-013d-5b2f-6e1c7e1fe0d2/dist/";</script>
        <script src="https://cdn11.bigcommerce.com/{BC_STORE_HASH}/stencil/7a0f35b0-4c61-013d-88a1-2e8b3c1f2a6e/e/c40e1b10-8d2a-013d-5b2f-6e1c7e1fe0d2/dist/theme-bundle.main.js"></script>
        <script>
            window.stencilBootstrap("category", {json.dumps(context)}).load();
        </script>
<div id="consent-manager"><div class="consent-banner" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>We use cookies (and other similar technologies) to collect data to improve your shopping experience. By using our website, you're agreeing to the collection of data as described in our <a href="{BC_HOST}/privacy-policy/">Privacy Policy</a>.</p><button type="button" class="consent-banner__manage">Manage Preferences</button><button type="button" class="consent-banner__decline">Decline All</button><button type="button" class="consent-banner__accept">Accept All</button></div></div>
    </body>
</html>"""


@twentysecond_b
def build_verdant_potting() -> None:
    s = Site(
        "verdant-potting",
        kind="product catalogue (BigCommerce Stencil Cornerstone category: ul.productGrid > li.product > article.card, brand p.card-text, h3.card-title > a, MSRP price--rrp / Was: price--non-sale above price--withoutTax, star icons, On Sale! sash, Quick view / Compare / Add to Cart figcaption; nav.pagination > ul.pagination-list with Previous / Next, ?page=N)",
        start="planters-pots/",
        description="A BigCommerce Stencil store on the Cornerstone theme, category 'Planters & Pots' (/planters-pots/, then ?page=2 and ?page=3), as served in 2024–25: the SVG sprite, skip link, navUser (Compare, Gift Certificates, Search, Sign in or Register, Cart), the quick-search dropdown, the centred logo, navPages links, an announcement-bar widget in a Page Builder content region, breadcrumbs, h1.page-heading, the category description; aside.page-sidebar#faceted-search-container with sub-category links and faceted search (Brand and Material facets as navList-action--checkbox links with '(7)' counts, a price range form, rating facets drawn with star icons); main.page-content#product-listing-container with the 'Sort By' actionBar form, div.category-products > form[data-product-compare] > ul.productGrid of li.product > article.card (data-entity-id, data-name, data-product-brand, data-product-price): figure.card-figure with a 'On Sale!' sale-flag-sash on discounted items, the card-figure__link image (aria-label 'Name, $18.00'), figcaption buttons Quick view / Compare checkbox / Add to Cart; div.card-body with p.card-text[data-test-info-type=brandName], h3.card-title > a, on reviewed items p.card-text[data-test-info-type=productRating] of five icon--ratingFull / icon--ratingEmpty svg spans (no number, no count), and the price block: an 'MSRP:' price--rrp section and a 'Was:' price--non-sale section (each hidden with price-none when empty), then span.price.price--withoutTax. Below, nav.pagination > ul.pagination-list: li.pagination-item--previous > a.pagination-link (chevron icon + 'Previous') from page 2, numbered li.pagination-item (li.pagination-item--current on the page shown, links ?page=1 … ?page=3), li.pagination-item--next ('Next' + chevron) except on the last page. ?page=1 is a second address of page 1. Footer (Navigate, Categories, Popular Brands naming every brand, Info address, newsletter), a stencilBootstrap script, a consent-manager cookie banner. 12 + 12 + 9 products. Written down: title, url (site-relative), brand, price, currency (USD), original_price (the MSRP or 'Was:' price of discounted items). The stars are icons without a number, so no rating is written down.",
    )
    pages = chunks(list(enumerate(BC_ITEMS)), [12, 12, 9])
    for number, batch in enumerate(pages, 1):
        cards = [_bc_card(position, 77 + 3 * i, item) for position, (i, item) in enumerate(batch, 1)]
        page = _bc_page(number, len(pages), cards)
        path = "planters-pots/index.html" if number == 1 else f"planters-pots/@page={number}"
        s.list_page(path, page)
        if number == 1:
            s.write("planters-pots/@page=1", page)
        for _i, (name, brand, price, was, msrp, _stars) in batch:
            s.expect(
                {
                    "title": name,
                    "url": _bc_url(name),
                    "brand": brand,
                    "price": price,
                    "currency": "USD",
                    "original_price": was if was is not None else msrp,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# maison-atelier: PrestaShop 8.1 classic theme category, ?page=N.
# ---------------------------------------------------------------------------------------------------

PS_HOST = "https://www.maison-atelier.eu"
PS_CATEGORY = "/9-home-decor"

#: (name, price, regular price, discount as shown, flags besides the discount, reviews, colours).
PS_ITEMS: list[tuple[str, float, float | None, str | None, list[str], int | None, list[tuple[str, str]]]] = [
    ("Stoneware bud vase", 24.00, None, None, ["New"], 4, []),
    (
        "Linen cushion cover",
        27.20,
        34.00,
        "-20%",
        [],
        12,
        [("Natural", "#d8cbb5"), ("Sage", "#9caf88"), ("Rust", "#b7410e")],
    ),
    ("Rattan wall mirror", 89.00, None, None, [], 7, []),
    ("Hand-poured soy candle", 18.00, None, None, ["New"], None, []),
    ("Wool throw blanket", 79.00, None, None, [], 21, [("Oatmeal", "#e0d6c3"), ("Charcoal", "#36454f")]),
    ("Ceramic table lamp", 119.00, 149.00, "-€30.00", [], 3, []),
    ("Jute round rug 120 cm", 65.00, None, None, ["Online only"], 9, []),
    ("Oak picture frame A4", 29.00, None, None, [], None, [("Natural oak", "#c19a6b"), ("Black oak", "#2b2b2b")]),
    ("Glass hurricane lantern", 34.20, 38.00, "-10%", [], 5, []),
    ("Terrazzo coaster set", 22.00, None, None, ["Out-of-Stock"], 2, []),
    ("Macramé wall hanging", 45.00, None, None, [], 6, []),
    ("Brass candle holders (pair)", 36.00, None, None, ["New"], None, []),
    ("Seagrass storage basket", 32.00, None, None, [], 14, [("Natural", "#d8cbb5")]),
    (
        "Velvet cushion cover",
        23.92,
        29.90,
        "-20%",
        [],
        8,
        [("Mustard", "#e1ad01"), ("Teal", "#008080"), ("Blush", "#de5d83")],
    ),
    ("Reclaimed wood shelf", 69.00, None, None, [], 4, []),
    ("Hammered copper vase", 54.00, None, None, ["Online only"], None, []),
    ("Cotton waffle throw", 59.00, None, None, [], 11, [("Ecru", "#f3efe0"), ("Clay", "#b66a50")]),
    ("Marble bookends (pair)", 49.00, 59.00, "-€10.00", [], 3, []),
    ("Linen table runner", 26.00, None, None, [], None, [("Natural", "#d8cbb5"), ("Indigo", "#3f4a8a")]),
    ("Ceramic diffuser & oil", 32.00, None, None, ["New"], 1, []),
    ("Arched floor mirror", 249.00, None, None, [], 18, []),
    ("Woven pendant shade", 84.15, 99.00, "-15%", [], 6, []),
    ("Stoneware fruit bowl", 38.00, None, None, [], None, []),
    ("Printed art poster 50x70", 35.00, None, None, [], 9, []),
    ("Faux olive tree 150 cm", 139.00, None, None, ["Out-of-Stock"], 22, []),
    ("Enamel wall clock", 42.00, None, None, [], 5, [("Cream", "#fffdd0"), ("Forest", "#228b22")]),
    ("Recycled glass carafe", 28.00, None, None, [], None, []),
    ("Linen lampshade 35 cm", 33.75, 45.00, "-25%", [], 2, []),
    ("Ribbed ceramic planter", 31.00, None, None, ["New"], 7, []),
    ("Boucle footstool", 129.00, None, None, [], 4, []),
    ("Cane tray with handles", 39.00, None, None, [], None, []),
]


def _euro(amount: float) -> str:
    return f"€{amount:,.2f}"


def _ps_url(index: int, name: str, colours: list[tuple[str, str]]) -> str:
    pid = 31 + index
    if colours:
        return f"/home-decor/{pid}-{pid * 3 + 40}-{slug(name)}.html#/{14 + index}-colour-{slug(colours[0][0])}"
    return f"/home-decor/{pid}-{slug(name)}.html"


def _ps_miniature(
    index: int, item: tuple[str, float, float | None, str | None, list[str], int | None, list[tuple[str, str]]]
) -> str:
    name, price, regular, discount, flags, reviews, colours = item
    pid = 31 + index
    url = _ps_url(index, name, colours)
    image_id = 120 + index * 2
    image = f"{PS_HOST}/{image_id}-home_default/{slug(name)}.jpg"
    variants = ""
    if colours:
        links = "\n".join(
            f'        <a href="{url.split("#")[0]}#/{14 + index + j}-colour-{slug(label)}" class="color" title="{esc(label)}" aria-label="{esc(label)}" style="background-color: {hexv}"></a>'
            for j, (label, hexv) in enumerate(colours)
        )
        variants = f"""
            <div class="variant-links">
{links}
    <span class="js-count count"></span>
</div>"""
    discount_html = ""
    if regular is not None and discount is not None:
        kind = "discount-percentage" if discount.endswith("%") else "discount-amount"
        discount_html = f"""

                  <span class="regular-price" aria-label="Regular price">{_euro(regular)}</span>
                                      <span class="{kind} discount-product">{esc(discount)}</span>
                                  """
    reviews_html = ""
    if reviews is not None:
        grade = 3.5 + (index % 4) * 0.5
        reviews_html = f"""
            <div class="product-list-reviews" data-id="{pid}" data-url="{PS_HOST}/module/productcomments/CommentGrade">
    <div class="grade-stars small-stars" data-grade="{grade}"></div>
    <div class="comments-nb">({reviews})</div>
  </div>
"""
    flag_items = []
    if discount is not None:
        flag_items.append(("discount", discount))
    for flag in flags:
        flag_items.append(({"New": "new", "Online only": "online-only", "Out-of-Stock": "out_of_stock"}[flag], flag))
    flags_html = "\n".join(f'            <li class="product-flag {cls}">{esc(text)}</li>' for cls, text in flag_items)
    return f"""<div class="js-product product col-xs-12 col-sm-6 col-xl-4">
  <article class="product-miniature js-product-miniature" data-id-product="{pid}" data-id-product-attribute="{pid * 3 + 40 if colours else 0}">
    <div class="thumbnail-container">
      <div class="thumbnail-top">

                      <a href="{url}" class="thumbnail product-thumbnail">
              <picture>
                <source srcset="{PS_HOST}/{image_id}-home_default/{slug(name)}.avif" type="image/avif">
                <source srcset="{PS_HOST}/{image_id}-home_default/{slug(name)}.webp" type="image/webp">
                <img
                  src="{image}"
                  alt="{esc(name)}"
                  loading="lazy"
                  data-full-size-image-url="{PS_HOST}/{image_id}-large_default/{slug(name)}.jpg"
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

                      <h2 class="h3 product-title"><a href="{url}" content="{url}">{esc(name)}</a></h2>



                      <div class="product-price-and-shipping">{discount_html}


              <span class="price" aria-label="Price">
                                                  {_euro(price)}
                              </span>




            </div>


        {reviews_html}
      </div>


    <ul class="product-flags js-product-flags">
{flags_html}
            </ul>

    </div>
  </article>
</div>"""


def _ps_pagination(number: int, last: int, first: int, shown: int, total: int) -> str:
    def href(page: int) -> str:
        return PS_CATEGORY if page == 1 else f"{PS_CATEGORY}?page={page}"

    items = []
    if number > 1:
        items.append(
            f"""                      <li >
                              <a
                  rel="prev"
                  href="{href(number - 1)}"
                  class="previous js-search-link"
                >
                                      <i class="material-icons">&#xE314;</i>Previous
                                  </a>
                          </li>"""
        )
    for page in range(1, last + 1):
        current = page == number
        items.append(
            f"""                      <li {'class="current"' if current else ""}>
                              <a
                  rel="nofollow"
                  href="{href(page)}"
                  class="{"disabled " if current else ""}js-search-link"
                >
                                      {page}
                                  </a>
                          </li>"""
        )
    if number < last:
        items.append(
            f"""                      <li >
                              <a
                  rel="next"
                  href="{href(number + 1)}"
                  class="next js-search-link"
                >
                                      Next<i class="material-icons">&#xE315;</i>
                                  </a>
                          </li>"""
        )
    body = "\n".join(items)
    return f"""<nav class="pagination">
  <div class="col-md-4">

      Showing {first}-{first + shown - 1} of {total} item(s)

  </div>

  <div class="col-md-6 offset-md-2 pr-0">

              <ul class="page-list clearfix text-sm-center">
{body}
                  </ul>

  </div>

</nav>"""


def _ps_facets() -> str:
    def facet(title: str, key: str, values: list[tuple[str, int]]) -> str:
        rows = "\n".join(
            f"""                  <li>
                    <label class="facet-label" for="facet_input_{key}_{i}">
                                              <span class="custom-checkbox">
                          <input id="facet_input_{key}_{i}" data-search-url="{PS_CATEGORY}?q={esc(title)}-{esc(value.replace(" ", "+"))}" type="checkbox">
                                                      <span  class="ps-shown-by-js" ><i class="material-icons rtl-no-flip checkbox-checked">&#xE5CA;</i></span>
                                                  </span>
                      <a href="{PS_CATEGORY}?q={esc(title)}-{esc(value.replace(" ", "+"))}" class="_gray-darker search-link js-search-link" rel="nofollow">
                        {esc(value)}
                                                  <span class="magnitude">({count})</span>
                                              </a>
                    </label>
                  </li>"""
            for i, (value, count) in enumerate(values)
        )
        return f"""          <section class="facet clearfix">
            <p class="h6 facet-title hidden-sm-down">{esc(title)}</p>
            <ul id="facet_{key}" class="collapse">
{rows}
            </ul>
          </section>"""

    facets = "\n".join(
        [
            facet(
                "Categories",
                "cat",
                [("Vases", 4), ("Textiles", 8), ("Lighting", 4), ("Mirrors & Frames", 4), ("Candles", 3)],
            ),
            facet("Availability", "avail", [("Available", 29), ("Not available", 2)]),
            facet("Selections", "sel", [("New product", 5), ("On sale", 7)]),
            facet("Colour", "col", [("Natural", 3), ("Sage", 1), ("Charcoal", 1), ("Mustard", 1), ("Indigo", 1)]),
            facet(
                "Material", "mat", [("Ceramic", 6), ("Cotton", 2), ("Glass", 3), ("Linen", 4), ("Wood", 4), ("Wool", 1)]
            ),
        ]
    )
    return f"""<div id="search_filters_wrapper" class="hidden-sm-down">
  <div id="search_filter_controls" class="hidden-md-up">
      <span id="_mobile_search_filters_clear_all"></span>
      <button class="btn btn-secondary ok">
        <i class="material-icons rtl-no-flip">&#xE876;</i>
        OK
      </button>
  </div>
    <div id="search_filters">
    <p class="text-uppercase h6 hidden-sm-down">Filter By</p>
{facets}
  </div>
</div>"""


def _ps_page(number: int, last: int, minis: list[str], first: int, total: int) -> str:
    products = "\n".join(minis)
    canonical = f"{PS_HOST}{PS_CATEGORY}" + (f"?page={number}" if number > 1 else "")
    subcats = [("10", "Vases"), ("11", "Textiles"), ("12", "Lighting"), ("13", "Mirrors & Frames"), ("14", "Candles")]
    subcat_html = "\n".join(
        f"""          <li>
            <div class="subcategory-image">
              <a href="/{cid}-{slug(label)}" title="{esc(label)}" class="img">
                                  <picture>
                    <img class="img-fluid" src="{PS_HOST}/c/{cid}-small_default/{slug(label)}.jpg" alt="{esc(label)}" loading="lazy" width="141" height="180"/>
                  </picture>
                              </a>
            </div>

            <h5>
              <a class="subcategory-name" href="/{cid}-{slug(label)}">
                {esc(label)}
              </a>
            </h5>
                      </li>"""
        for cid, label in subcats
    )
    menu = [("3", "Furniture"), ("9", "Home Decor"), ("6", "Kitchen"), ("7", "Gifts"), ("8", "Sale")]
    menu_html = "\n".join(
        f"""                  <li class="category{" current" if cid == "9" else ""}" id="category-{cid}">
                          <a class="dropdown-item" href="/{cid}-{slug(label)}" data-depth="0">{esc(label)}</a>
                      </li>"""
        for cid, label in menu
    )
    prestashop = json.dumps(
        {
            "cart": {
                "products": [],
                "totals": {"total": {"type": "total", "label": "Total", "amount": 0, "value": "€0.00"}},
            },
            "currency": {"id": 1, "name": "Euro", "iso_code": "EUR", "sign": "€"},
            "customer": {"is_logged": False, "is_guest": False},
            "language": {"id": 1, "iso_code": "en", "locale": "en-US"},
            "page": {"page_name": "category", "body_classes": {"page-category": True, "category-id-9": True}},
            "shop": {"name": "Maison Atelier", "domain": "www.maison-atelier.eu"},
            "urls": {"base_url": PS_HOST + "/", "pages": {"category": PS_HOST + "/index.php?controller=category"}},
            "static_token": "4f1e9b2c7d0a3e6f5b8c1d2e3f4a5b6c",
        },
        ensure_ascii=False,
    )
    return f"""<!doctype html>
<html lang="en-US">

  <head>


  <meta charset="utf-8">


  <meta http-equiv="x-ua-compatible" content="ie=edge">



  <title>Home Decor</title>



  <meta name="description" content="Vases, cushions, lamps and mirrors made by small European workshops.">
  <meta name="keywords" content="">
        <link rel="canonical" href="{canonical}">

                  <link rel="alternate" href="{PS_HOST}/en{PS_CATEGORY}" hreflang="en-us">
              <link rel="alternate" href="{PS_HOST}/fr/9-decoration" hreflang="fr-fr">



<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/vnd.microsoft.icon" href="{PS_HOST}/img/favicon.ico?1701789012">
    <link rel="stylesheet" href="{PS_HOST}/themes/classic/assets/cache/theme-2f1d6e140.css" type="text/css" media="all">
  <script type="text/javascript">
        var prestashop = {prestashop};
        var psemailsubscription_subscription = "{PS_HOST}\\/module\\/ps_emailsubscription\\/subscription";
      </script>

  </head>

  <body id="category" class="lang-en country-fr currency-eur layout-left-column page-category tax-display-enabled category-id-9 category-home-decor category-id-parent-2 category-depth-level-2">





    <main>



      <header id="header">


  <div class="header-banner">

  </div>



  <nav class="header-nav">
    <div class="container">
      <div class="row">
        <div class="hidden-sm-down">
          <div class="col-md-5 col-xs-12">
            <div id="_desktop_contact_link">
  <div id="contact-link">
                <a href="{PS_HOST}/contact-us">Contact us</a>
      </div>
</div>

          </div>
          <div class="col-md-7 right-nav">
              <div id="_desktop_user_info">
  <div class="user-info">
          <a
        href="{PS_HOST}/login?back={PS_HOST.replace(":", "%3A").replace("/", "%2F")}%2F9-home-decor"
        title="Log in to your customer account"
        rel="nofollow"
      >
        <i class="material-icons">&#xE7FF;</i>
        <span class="hidden-sm-down">Sign in</span>
      </a>
      </div>
</div>
<div id="_desktop_cart">
  <div class="blockcart cart-preview inactive" data-refresh-url="//www.maison-atelier.eu/module/ps_shoppingcart/ajax">
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

  <a href="{PS_HOST}/">
    <img
      class="logo img-fluid"
      src="{PS_HOST}/img/logo-1701789012.jpg"
      alt="Maison Atelier"
      width="220"
      height="60">
  </a>

                              </div>
        <div class="header-top-right col-md-10 col-sm-12 position-static">


<div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu">

          <ul class="top-menu" id="top-menu" data-depth="0">
{menu_html}
              </ul>

    <div class="clearfix"></div>
</div>
<div id="search_widget" class="search-widgets" data-search-controller-url="//www.maison-atelier.eu/search">
  <form method="get" action="//www.maison-atelier.eu/search">
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
  <div class="notifications-container container">




  </div>
</aside>



        <div class="container">

            <nav data-depth="2" class="breadcrumb hidden-sm-down">
  <ol>


          <li>
                          <a href="{PS_HOST}/"><span>Home</span></a>
                      </li>


          <li>
                          <span>Home Decor</span>
                      </li>


  </ol>
</nav>


          <div class="row">

              <div id="left-column" class="col-xs-12 col-sm-4 col-md-3">


<div class="block-categories">
  <ul class="category-top-menu">
    <li><a class="text-uppercase h6" href="{PS_HOST}{PS_CATEGORY}">Home Decor</a></li>
    <li>
  <ul class="category-sub-menu">
{chr(10).join(f'<li data-depth="0"><a href="/{cid}-{slug(label)}">{esc(label)}</a></li>' for cid, label in subcats)}
  </ul>
</li>
  </ul>
</div>
{_ps_facets()}

                              </div>



  <div id="content-wrapper" class="js-content-wrapper left-column col-xs-12 col-sm-8 col-md-9">


  <section id="main">


    <div id="js-product-list-header">
            <div class="block-category card card-block">
            <h1 class="h1">Home Decor</h1>
            <div class="block-category-inner">
                                    <div id="category-description" class="text-muted"><p>Objects for slow living — made in small batches by workshops in Portugal, France and the Baltic.</p></div>
                                                    <div class="category-cover">
                        <picture>
                            <img src="{PS_HOST}/c/9-category_default/home-decor.jpg" alt="Home Decor" loading="lazy" width="141" height="180">
                        </picture>
                    </div>
                            </div>
        </div>
    </div>



          <div id="subcategories" class="card card-block">
        <h2 class="subcategory-heading">Subcategories</h2>

        <ul class="subcategories-list">
{subcat_html}
                  </ul>
      </div>




    <section id="products">


          <div id="js-product-list-top" class="row products-selection">
  <div class="col-md-6 hidden-sm-down total-products">
          <p>There are {total} products.</p>
      </div>
  <div class="col-md-6">
    <div class="row sort-by-row">


        <span class="col-sm-3 col-md-3 hidden-sm-down sort-by">Sort by:</span>
<div class="col-xs-12 col-sm-12 col-md-9 products-sort-order dropdown">
  <button
    class="btn-unstyle select-title"
    rel="nofollow"
    data-toggle="dropdown"
    aria-label="Sort by selection"
    aria-haspopup="true"
    aria-expanded="false">
    Relevance    <i class="material-icons float-xs-right">arrow_drop_down</i>
  </button>
  <div class="dropdown-menu">
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.sales.desc" class="select-list js-search-link">Best sellers</a>
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.position.asc" class="select-list current js-search-link">Relevance</a>
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.name.asc" class="select-list js-search-link">Name, A to Z</a>
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.name.desc" class="select-list js-search-link">Name, Z to A</a>
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.price.asc" class="select-list js-search-link">Price, low to high</a>
          <a rel="nofollow" href="{PS_CATEGORY}?order=product.price.desc" class="select-list js-search-link">Price, high to low</a>
      </div>
</div>


              <div class="col-sm-3 col-xs-4 hidden-md-up filter-button">
          <button id="search_filter_toggler" class="btn btn-secondary js-search-toggler">
            Filter
          </button>
        </div>
          </div>
  </div>
  <div class="col-sm-12 hidden-md-up text-sm-center showing">
    Showing {first}-{first + len(minis) - 1} of {total} item(s)
  </div>
</div>




        <div class="hidden-sm-down">
          <section id="js-active-search-filters" class="hide">

    <p class="h6 hidden-xs-up">Active filters</p>


  </section>

        </div>


      <div>

          <div id="js-product-list">

<div class="products row">
{products}
</div>


    {_ps_pagination(number, last, first, len(minis), total)}


  <div class="hidden-md-up text-xs-right up">
    <a href="#header" class="btn btn-secondary">
      Back to top
      <i class="material-icons">&#xE316;</i>
    </a>
  </div>
</div>

      </div>

      <div id="js-product-list-bottom">

          <div id="js-product-list-bottom"></div>

      </div>

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
      <form action="{PS_HOST}/#blockEmailSubscription_displayFooterBefore" method="post">
        <div class="row">
          <div class="col-xs-12">
            <input class="btn btn-primary float-xs-right hidden-xs-down" name="submitNewsletter" type="submit" value="Subscribe">
            <div class="input-wrapper">
              <input name="email" type="email" value="" placeholder="Your email address" aria-labelledby="block-newsletter-label" required>
            </div>
            <input type="hidden" name="blockHookName" value="displayFooterBefore">
            <input type="hidden" name="action" value="0">
            <div class="clearfix"></div>
          </div>
          <div class="col-xs-12">
                              <p>You may unsubscribe at any moment. For that purpose, please find our contact info in the legal notice.</p>
                                      </div>
        </div>
      </form>
    </div>
  </div>
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
                  <li><a id="link-product-page-prices-drop-1" class="cms-page-link" href="{PS_HOST}/prices-drop" title="Our special products">Prices drop</a></li>
                  <li><a id="link-product-page-new-products-1" class="cms-page-link" href="{PS_HOST}/new-products" title="Our new products">New products</a></li>
                  <li><a id="link-product-page-best-sales-1" class="cms-page-link" href="{PS_HOST}/best-sales" title="Our best sales">Best sales</a></li>
              </ul>
    </div>
      <div class="col-md-6 wrapper">
      <p class="h3 hidden-sm-down">Our company</p>
      <ul id="footer_sub_menu_2" class="collapse">
                  <li><a id="link-cms-page-1-2" class="cms-page-link" href="{PS_HOST}/content/1-delivery" title="Our terms and conditions of delivery">Delivery</a></li>
                  <li><a id="link-cms-page-2-2" class="cms-page-link" href="{PS_HOST}/content/2-legal-notice" title="Legal notice">Legal Notice</a></li>
                  <li><a id="link-cms-page-3-2" class="cms-page-link" href="{PS_HOST}/content/3-terms-and-conditions-of-use" title="Our terms and conditions of use">Terms and conditions of use</a></li>
                  <li><a id="link-cms-page-4-2" class="cms-page-link" href="{PS_HOST}/content/4-about-us" title="Learn more about us">About us</a></li>
                  <li><a id="link-static-page-contact-2" class="cms-page-link" href="{PS_HOST}/contact-us" title="Use our form to contact us">Contact us</a></li>
              </ul>
    </div>
    </div>
</div>
<div id="block_myaccount_infos" class="col-md-3 links wrapper">
  <p class="h3 myaccount-title hidden-sm-down">
    <a class="text-uppercase" href="{PS_HOST}/my-account" rel="nofollow">Your account</a>
  </p>
  <ul class="account-list collapse" id="footer_account_list">
            <li><a href="{PS_HOST}/guest-tracking" title="Order tracking" rel="nofollow">Order tracking</a></li>
        <li><a href="{PS_HOST}/my-account" title="Log in to your customer account" rel="nofollow">Sign in</a></li>
        <li><a href="{PS_HOST}/registration" title="Create account" rel="nofollow">Create account</a></li>
  </ul>
</div>
<div class="block-contact col-md-3 links wrapper">
  <p class="h4 text-uppercase block-contact-title hidden-sm-down">Store information</p>
  <div id="contact-infos" class="collapse">
    Maison Atelier<br />12 rue des Tanneurs<br />67000 Strasbourg<br />France
  </div>
</div>


    </div>
    <div class="row">
      <div class="col-md-12">
        <p class="text-sm-center">

            <a href="https://www.prestashop-project.org/" target="_blank" rel="noopener noreferrer nofollow">
              © 2025 - Ecommerce software by PrestaShop™
            </a>

        </p>
      </div>
    </div>
  </div>
</div>

      </footer>

    </main>


      <script type="text/javascript" src="{PS_HOST}/themes/classic/assets/cache/bottom-8a4c2f140.js" ></script>



      <div id="lgcookieslaw_banner" class="lgcookieslaw-banner lgcookieslaw-banner-bottom" style="display: block;">
  <div class="lgcookieslaw-banner-message">
    <p>We use our own and third-party cookies to improve our services and show you advertising related to your preferences by analysing your browsing habits.</p>
    <div class="lgcookieslaw-link-container"><a class="lgcookieslaw-info-link" href="{PS_HOST}/content/6-cookies-policy" target="_blank">Cookie policy</a></div>
  </div>
  <div class="lgcookieslaw-button-container">
    <button class="lgcookieslaw-button lgcookieslaw-reject-button">Reject all</button>
    <button class="lgcookieslaw-button lgcookieslaw-partial-accept-button">Configure</button>
    <button class="lgcookieslaw-button lgcookieslaw-accept-button">Accept all</button>
  </div>
</div>

  </body>

</html>"""


@twentysecond_b
def build_maison_atelier() -> None:
    s = Site(
        "maison-atelier",
        kind="product grid (PrestaShop 8.1 classic theme category: div.js-product > article.product-miniature, h2.product-title > a, span.regular-price + discount-percentage / discount-amount + span.price, product-comments '(12)', product-flags; nav.pagination 'Showing 13-24 of 31 item(s)' with a.previous / a.next.js-search-link rel=prev/next, ?page=N)",
        start="9-home-decor/",
        description="A PrestaShop 8.1 store on the classic theme, category 'Home Decor' (/9-home-decor, then ?page=2 and ?page=3), as served in 2024–25: header nav (Contact us, Sign in, Cart (0)), logo, ps_mainmenu top menu, search widget, breadcrumb; left column with the category block and ps_facetedsearch (#search_filters: Categories, Availability, Selections, Colour, Material facets of checkbox labels with '(12)' magnitudes); div#js-product-list-header (h1 'Home Decor', description, cover), div#subcategories tiles (five subcategory pictures and names), div#js-product-list-top ('There are 31 products.', the Sort by dropdown of js-search-link options, 'Showing 1-12 of 31 item(s)'), then div#js-product-list > div.products.row of div.js-product.product > article.product-miniature.js-product-miniature[data-id-product][data-id-product-attribute]: div.thumbnail-container > div.thumbnail-top (a.thumbnail.product-thumbnail with picture avif/webp sources and img, div.highlighted-informations with 'Quick view' and, on products with colours, div.variant-links of colour links), div.product-description (h2.h3.product-title > a, div.product-price-and-shipping with span.regular-price + span.discount-percentage '-20%' or span.discount-amount '-€30.00' on discounted items, then span.price '€27.20'; the productcomments div.product-list-reviews with data-grade and '(12)' on reviewed items), ul.product-flags (discount, New, Online only, Out-of-Stock). nav.pagination under the list: 'Showing 13-24 of 31 item(s)' and ul.page-list: a.previous.js-search-link rel=prev 'Previous' (absent on page 1), numbered links (li.current with a.disabled on the page shown; page 1 is the bare category URL), a.next.js-search-link rel=next 'Next' (absent on the last page). Footer newsletter, link lists, store information, an lgcookieslaw cookie banner, the prestashop JS object. 12 + 12 + 7 products. Written down: title, url (site-relative, with the combination anchor as linked), price, currency (EUR), original_price (the regular price of discounted items), review_count.",
    )
    pages = chunks(list(enumerate(PS_ITEMS)), [12, 12, 7])
    first = 1
    for number, batch in enumerate(pages, 1):
        path = "9-home-decor/index.html" if number == 1 else f"9-home-decor@page={number}"
        s.list_page(
            path, _ps_page(number, len(pages), [_ps_miniature(i, item) for i, item in batch], first, len(PS_ITEMS))
        )
        first += len(batch)
        for i, (name, price, regular, _discount, _flags, reviews, colours) in batch:
            s.expect(
                {
                    "title": name,
                    "url": _ps_url(i, name, colours),
                    "price": price,
                    "currency": "EUR",
                    "original_price": regular,
                    "review_count": reviews,
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSECOND_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
