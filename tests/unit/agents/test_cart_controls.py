"""The add-to-cart control of a shop's card: its attributes and address are no record fields.

WooCommerce keeps the SKU and id on its loop button (``data-product_sku``), Magento on its
``tocart-form``: the cart's script sends them, a shopper never reads them there. A SKU the card
does show ("SKU: CK-100") stays, and so do the product's own link, title and price.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from agents.heuristics.cartcontrols import is_cart_control
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://shop.example/shop/"


def _woo_button(n: int) -> str:
    """WooCommerce's loop button: "Add to cart", or "Read more" on a sold-out product."""
    sku = f'data-product_id="{100 + n}" data-product_sku="CK-{100 + n}"'
    if n == 4:
        return (
            f'<a href="/product/p-{n}/" data-quantity="1" class="button product_type_simple" {sku} '
            f'aria-label="Read more about &ldquo;{PRODUCT_NAMES[n]}&rdquo;" rel="nofollow">Read more</a>'
        )
    return (
        f'<a href="?add-to-cart={100 + n}" data-quantity="1" class="button product_type_simple '
        f'add_to_cart_button ajax_add_to_cart" {sku} aria-label="Add &ldquo;{PRODUCT_NAMES[n]}&rdquo; '
        f'to your cart" rel="nofollow">Add to cart</a>'
    )


def _woo_page(shown_sku: bool = False) -> str:
    cards = "".join(
        f'<li class="product"><a class="woocommerce-LoopProduct-link" href="/product/p-{n}/">'
        f'<img src="/img/{n}.jpg" alt=""><h2 class="woocommerce-loop-product__title">{name}</h2>'
        f'<span class="price"><span class="amount"><bdi>${12 + n}.00</bdi></span></span></a>'
        + (f'<span class="sku_wrapper">SKU: <span class="sku">CK-{100 + n}</span></span>' if shown_sku else "")
        + f"{_woo_button(n)}</li>"
        for n, name in enumerate(PRODUCT_NAMES)
    )
    return list_page(cards, '<main><ul class="products">{}</ul></main>')


def _magento_page() -> str:
    cards = "".join(
        f'<li class="item product product-item"><div class="product-item-info">'
        f'<a class="product-item-photo" href="/p-{n}.html"><img src="/img/{n}.jpg" alt=""></a>'
        f'<strong class="product-item-name"><a class="product-item-link" href="/p-{n}.html">{name}</a></strong>'
        f'<div class="price-box"><span class="price">${20 + n}.00</span></div>'
        f'<div class="actions-primary"><form data-role="tocart-form" data-product-sku="WJ{10 + n}" '
        f'action="/checkout/cart/add/uenc/aHR0cHM6Ly9zaG9w/product/{n}/" method="post">'
        f'<input type="hidden" name="product" value="{n}">'
        f'<button type="submit" title="Add to Cart" class="action tocart primary"><span>Add to Cart</span></button>'
        f"</form></div></div></li>"
        for n, name in enumerate(PRODUCT_NAMES)
    )
    return list_page(cards, '<main><ol class="products list items product-items">{}</ol></main>')


def _values(records: list[dict[str, object]]) -> set[str]:
    return {str(v) for r in records for v in r.values()}


def test_the_sku_kept_only_on_the_add_to_cart_button_is_no_field() -> None:
    spec, records = spec_and_records(_woo_page(), URL)
    assert len(records) == len(PRODUCT_NAMES)
    assert [r["title"] for r in records] == PRODUCT_NAMES
    assert records[0]["url"] == "https://shop.example/product/p-0/"
    assert records[0]["price"] == {"amount": 12.0, "currency": "USD"}
    assert "sku" not in spec.field_names()
    values = _values(records)
    assert not any(v.startswith("CK-") or "add-to-cart" in v or "your cart" in v for v in values)


def test_a_magento_add_to_cart_form_gives_no_sku_field() -> None:
    spec, records = spec_and_records(_magento_page(), URL)
    assert [r["title"] for r in records] == PRODUCT_NAMES
    assert records[2]["url"] == "https://shop.example/p-2.html"
    assert "sku" not in spec.field_names()
    assert not any(v.startswith("WJ") or "/checkout/cart/add" in v for v in _values(records))


def test_a_sku_the_card_shows_stays_a_field() -> None:
    spec, records = spec_and_records(_woo_page(shown_sku=True), URL)
    skus = [f.name for f in spec.fields if all(str(r[f.name]).startswith("CK-") for r in records)]
    assert len(skus) == 1  # the shown "SKU: CK-100", once
    assert [r[skus[0]] for r in records] == [f"CK-{100 + n}" for n in range(len(PRODUCT_NAMES))]


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="?add-to-cart=70" class="button">Buy</a>',
        '<a href="/shop/?add_to_cart=70">Buy</a>',
        '<form action="/cart/add" method="post"><input name="id" value="4"></form>',
        '<form action="https://s.example/checkout/cart/add/uenc/x/product/9/"></form>',
        '<button onclick="x()" formaction="/addproducttocart/catalog/18/1/1">Buy</button>',
        '<a href="/cart?action=x&amp;add=1&amp;id_product=5">Buy</a>',
        '<button type="submit" class="action tocart primary"><span>Go</span></button>',
        '<button class="btn js-add-to-bag">Go</button>',
        '<button type="button">Add to basket</button>',
        '<a href="/p/1" class="btn">In den Warenkorb</a>',
        '<input type="submit" value="Ajouter au panier">',
        '<a href="/p/1" aria-label="Add &ldquo;Oak Ladle&rdquo; to your cart">Go</a>',
    ],
)
def test_cart_controls_are_told_by_address_class_or_name(markup: str) -> None:
    assert is_cart_control(_element(markup))


@pytest.mark.parametrize(
    "markup",
    [
        '<a href="/product/leather-bag/">Leather Bag</a>',
        '<a href="/cart/">View cart</a>',
        '<a href="/p/1" class="button">Add to wishlist</a>',
        '<a href="/address/to-cartagena/">Cartagena</a>',
        '<form action="/search"><button>Add to cart</button></form>',
        '<div class="add-to-cart" data-sku="X1">Add to cart</div>',
        '<li class="product add_to_cart_button"><a href="/p/1">Oak Ladle</a></li>',
    ],
)
def test_look_alikes_are_no_cart_controls(markup: str) -> None:
    assert not is_cart_control(_element(markup))
