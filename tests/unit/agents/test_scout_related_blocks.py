"""A product page without structured data, whose related items carry more text than its entity.

WooCommerce, Magento and Shopify put "Related products" below the product: cards with titles,
prices and images. Text shares cannot tell those cards from a shop's list, but the block's own
label can; a list page's records are never labelled as "related" or "you may also like".
"""

from __future__ import annotations

from agents.scout import analyze_page

URL = "https://kettle.example/product/stoneware-mug/"
CARD = """<li class="product type-product instock"><a href="/product/{slug}/" class="woocommerce-loop-product__link">
<img src="/img/{slug}.jpg" alt=""><h2 class="woocommerce-loop-product__title">{title}</h2>
<span class="price"><span class="woocommerce-Price-amount amount"><bdi>&pound;{price}</bdi></span></span></a>
<a href="?add-to-cart=1" class="button add_to_cart_button">Add to basket</a></li>"""
CARDS = "".join(
    CARD.format(slug=s, title=t, price=p)
    for s, t, p in [
        ("espresso-cup", "Espresso Cup", "14.00"),
        ("tea-bowl", "Tea Bowl", "18.00"),
        ("latte-mug", "Latte Mug", "24.00"),
        ("jug", "Milk Jug", "21.00"),
    ]
)


def _product(related: str) -> str:
    return f"""<!doctype html><html><head><title>Stoneware Mug</title></head><body>
<header class="site-header"><a href="/">Copper Kettle</a><nav><a href="/shop/">Shop</a></nav></header>
<main id="main" class="site-main"><div id="product-412" class="product type-product sale">
<img src="/img/mug-600.jpg" class="wp-post-image" alt="Stoneware mug">
<div class="summary entry-summary"><h1 class="product_title entry-title">Stoneware Mug</h1>
<div class="woocommerce-product-rating"><div class="star-rating" role="img" aria-label="Rated 4.50 out of 5">
<span>Rated <strong class="rating">4.50</strong> out of 5 based on <span class="rating">12</span> ratings</span></div>
<a href="#reviews" class="woocommerce-review-link">(<span class="count">12</span> customer reviews)</a></div>
<p class="price"><span class="woocommerce-Price-amount amount"><bdi>&pound;22.00</bdi></span></p>
<div class="woocommerce-product-details__short-description"><p>A 350 ml mug thrown in Devon.</p></div>
<form class="cart"><button type="submit" class="single_add_to_cart_button">Add to basket</button></form>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CK-MUG-350</span></span>
<span class="posted_in">Category: <a href="/product-category/mugs/" rel="tag">Mugs</a></span>
<span class="tagged_as">Tags: <a href="/tag/stoneware/">stoneware</a>,
<a href="/tag/handmade/">handmade</a></span></div>
</div><div class="woocommerce-tabs wc-tabs-wrapper"><div class="panel" id="tab-additional_information">
<h2>Additional information</h2><table class="shop_attributes">
<tr><th>Weight</th><td>0.4 kg</td></tr><tr><th>Colour</th><td><p>Oatmeal</p></td></tr></table></div></div>
</div>{related}</main></body></html>"""


def test_related_products_below_a_product_do_not_make_a_list() -> None:
    page = _product(
        f'<section class="related products"><h2>Related products</h2><ul class="products">{CARDS}</ul></section>'
    )
    profile = analyze_page(page, URL)
    assert profile.spec.mode == "detail"
    (record,) = profile.sample_records
    assert record["title"] == "Stoneware Mug"
    assert record["price"] == {"amount": 22.0, "currency": "GBP"}


def test_a_block_labelled_only_by_its_heading_is_related_items_too() -> None:
    page = _product(f'<div class="box"><h3>You may also like</h3><ul class="products">{CARDS}</ul></div>')
    assert analyze_page(page, URL).spec.mode == "detail"


def test_a_rating_block_gives_the_stars_not_its_sentence() -> None:
    page = _product(
        f'<section class="related products"><h2>Related products</h2><ul class="products">{CARDS}</ul></section>'
    )
    (record,) = analyze_page(page, URL).sample_records
    assert record["rating"] == 4.5  # "Rated 4.50 out of 5", not the sentence with the count of ratings


def test_a_shop_page_whose_records_follow_a_plain_heading_stays_a_list() -> None:
    page = f"""<!doctype html><html><body><header><a href="/">Copper Kettle</a></header>
<main id="main"><h1 class="page-title">Mugs</h1><p class="woocommerce-result-count">Showing all 4 results</p>
<ul class="products columns-4">{CARDS}</ul></main></body></html>"""
    profile = analyze_page(page, "https://kettle.example/product-category/mugs/")
    assert profile.spec.mode == "list"
    assert [r["title"] for r in profile.sample_records] == ["Espresso Cup", "Tea Bowl", "Latte Mug", "Milk Jug"]


def test_the_products_meta_lines_and_its_attribute_tab_are_its_fields() -> None:
    """The summary's "SKU:"/"Category:" lines and the tab beside it repeat in form, like records,
    but they are the product's own properties, not blocks of other items."""
    page = _product(
        f'<section class="related products"><h2>Related products</h2><ul class="products">{CARDS}</ul></section>'
    )
    (record,) = analyze_page(page, URL).sample_records
    assert (record["sku"], record["category"]) == ("CK-MUG-350", "Mugs")
    assert (record["weight"], record["colour"]) == ("0.4 kg", "Oatmeal")


RAIL_CARD = """<li class="slide"><article class="tile"><a href="/item/{slug}" aria-hidden="true" tabindex="-1">
<img src="/cdn/{slug}.jpg" alt="" width="300" height="300"></a>
<h3 class="tile__name"><a href="/item/{slug}">{title}</a></h3>
<p class="tile__price"><span class="amount">${price}</span></p><p class="tile__note">{note}</p></article></li>"""
RAIL = "".join(
    RAIL_CARD.format(slug=t.lower().replace(" ", "-"), title=t, price=p, note=n)
    for t, p, n in [
        ("Linen Apron", "32.00", "Free delivery over $50"),
        ("Oak Spoon Set", "18.50", "Only 3 left"),
        ("Enamel Colander", "41.99", "New season"),
        ("Cotton Tea Towels", "12.99", "Rated 4.6 by 210 buyers"),
        ("Walnut Board", "64.00", "Back in stock"),
        ("Glass Storage Jar", "9.50", "Ships within 24 hours"),
    ]
)


def test_a_you_may_also_like_rail_after_a_list_leaves_the_list_the_records() -> None:
    # The rail's cards (picture, title link, price, note) outscore the page's plain rows; labelled as
    # other items, they send the Scout to the page's own list, not to a detail page of the list's heading.
    rows = "".join(
        f'<li class="result"><a href="/books/{n}"><span class="name">{t}</span></a>'
        f'<span class="by">{a}</span><span class="count">{d} downloads</span></li>'
        for n, t, a, d in [
            (11, "The Salt Road", "Ada Merrow", 4120),
            (12, "Harbour Lights", "Tom Keel", 3907),
            (13, "A Winter Voyage", "Jane Fathom", 2288),
            (14, "Tides and Tallies", "Ruth Brine", 1954),
            (15, "The Lighthouse Keeper", "Owen Gale", 1760),
        ]
    )
    page = f"""<!doctype html><html><head><title>Books: sea</title></head><body>
<header><a href="/">Bookhold</a></header>
<main><h1>Books: sea</h1><ul class="results">{rows}</ul></main>
<section class="recommendations"><h2>You may also like</h2><div class="carousel"><ul class="track">{RAIL}</ul></div>
</section></body></html>"""
    profile = analyze_page(page, "https://bookhold.example/search?q=sea")
    assert profile.spec.mode == "list"
    assert [r["title"] for r in profile.sample_records][:2] == ["The Salt Road", "Harbour Lights"]


def test_a_product_page_with_a_rail_and_a_plain_list_of_its_own_stays_a_detail_page() -> None:
    # Beside the rail, a product page's own repeated parts (its spec rows) are no list of records.
    page = _product(
        f'<section class="recommendations"><h2>You may also like</h2><ul class="track">{RAIL}</ul></section>'
    )
    assert analyze_page(page, URL).spec.mode == "detail"


def test_beside_a_rail_the_records_are_still_the_wrappers_around_each_body() -> None:
    # Each product's link wraps its picture beside its name and price: the wrapper is the record,
    # chosen among the page's groups once the rail is left out, as it is on the page without the rail.
    items = "".join(
        f'<div class="product-item flex flex-col items-center"><a href="/shop/{t.lower().replace(" ", "-")}">'
        f'<img class="product-image" src="/img/{n}.jpg" alt="{t}" width="200" height="260">'
        f'<div class="product-info self-start w-full"><span class="product-name">{t}</span><br>'
        f'<span class="product-price">${p}</span></div></a></div>'
        for n, (t, p) in enumerate(
            [("Ridge Hoodie", "52"), ("Drift Tee", "24.99"), ("Tor Jacket", "96"), ("Fell Shorts", "31.50")]
        )
    )
    page = f"""<!doctype html><html><body><header><a href="/">Fellshop</a></header>
<main><h1>New in</h1><div id="grid" class="grid">{items}</div></main>
<section class="recommendations"><h2>You may also like</h2><ul class="track">{RAIL}</ul></section>
</body></html>"""
    profile = analyze_page(page, "https://fellshop.example/new")
    assert profile.spec.mode == "list"
    first = profile.sample_records[0]
    assert first["url"] == "https://fellshop.example/shop/ridge-hoodie"
