"""The add-to-cart control of a product card: its attributes and its address are no fields.

WooCommerce's loop button (``<a href="?add-to-cart=123" class="button add_to_cart_button"
data-product_sku="ABC-1" aria-label="Add “X” to your cart">Add to cart</a>``), Magento's
``<form data-role="tocart-form" data-product-sku="WJ12" action="/checkout/cart/add/…">``, Shopify's
``form[action="/cart/add"]``, nopCommerce's ``/addproducttocart/catalog/18``: the cart's script
keeps the product's id and SKU on the control to send with the order. A shopper never reads them
there; a SKU the page does show ("SKU: ABC-1") is a text of its own and stays. The control is told
by what it does (its address adds to a cart), by its class (``add_to_cart_button``, ``tocart``)
or by its name ("Add to basket", "In den Warenkorb", aria-label "Add “X” to your cart"). Where
most records' control at a place is one, the place is ("Read more" on a sold-out card sits where
the others' "Add to cart" does).
"""

from __future__ import annotations

import re
from itertools import islice

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.slots import Slot

#: Share of a slot's records whose element is (inside) a cart control for the slot to be one.
CART_SHARE = 0.5
#: Longest address or name read (bounds the matches on a hostile page).
MAX_READ_CHARS = 2000
#: Slot kinds read from a control's attributes rather than shown: its ``data-*``, its address, its
#: tooltip or accessible name.
_ATTRIBUTE_KINDS = frozenset({"data", "href", "title", "tooltip"})
#: Tags that may be the control itself; only a link or a button is one around a value inside it
#: (a form may wrap the whole card, title and price included).
_CONTROL_TAGS = frozenset({"a", "button", "form", "input"})
_WRAPPING_TAGS = frozenset({"a", "button"})
#: Addresses that put a product in the cart: ``?add-to-cart=123``, ``/cart/add``,
#: ``/checkout/cart/add/…``, ``/addproducttocart/catalog/18``, ``add_to_cart.php``, ``/cart?add=1``.
_CART_ADDRESS = re.compile(
    r"(?:^|[/?&;=._-])add[-_]?(?:[a-z]{1,16}[-_]?)?to[-_]?(?:cart|basket|bag|trolley)(?:$|[/?&;=#._-])"
    r"|/(?:cart|basket|bag|trolley)/add(?:$|[/?&;#._-])"
    r"|/(?:cart|basket)\?(?:[^#&]{0,200}&){0,10}add=",
    re.IGNORECASE,
)
#: Class names of a cart control, their words joined: ``add_to_cart_button``, ``ajax_add_to_cart``,
#: ``js-add-to-bag``, Magento's ``tocart``, ``btn-addtocart``.
_CART_CLASS = re.compile(r"addto(?:cart|basket|bag|trolley)|^tocart$")
#: The nouns of a cart in the calls to act of ``values.ACTION_TEXT`` ("Add to basket",
#: "In den Warenkorb", "Ajouter au panier", "Dodaj do koszyka", "カートに入れる").
_CART_NOUN = re.compile(
    r"\b(?:cart|basket|bag|carrito|cesta|carrinho|sacola|panier|warenkorb|einkaufswagen|carrello|"
    r"winkelwagen|winkelmandje|koszyka|varukorg(?:en)?|kurv(?:en)?|handlekurv(?:en)?|ostoskoriin|sepete|"
    r"корзин\w*|keranjang|giỏ)\b|カート|買い物かご|购物车|購物車|장바구니|कार्ट",
    re.IGNORECASE,
)
#: An accessible name saying what the control adds: "Add “Linen Apron” to your cart", "Add to
#: basket: “Linen Apron”".
_ADDS_TO_CART = re.compile(
    r"^add\b.{0,200}?\bto\s+(?:your\s+|the\s+|my\s+)?(?:cart|basket|bag|trolley)\b", re.IGNORECASE | re.DOTALL
)


def without_cart_attributes(slots: list[Slot], mains: list[Slot]) -> list[Slot]:
    """``slots`` less the attributes and addresses of the records' add-to-cart controls (a
    WooCommerce button's ``data-product_sku``, ``?add-to-cart=`` link, Magento's form's
    ``data-product-sku``); the record's own title and link stay, and so does a price."""
    return [s for s in slots if s in mains or not _is_cart_attribute(s)]


def _is_cart_attribute(slot: Slot) -> bool:
    if slot.kind not in _ATTRIBUTE_KINDS or not slot.key or not slot.per_record:
        return False  # the record's own element is the card, whatever it wraps
    if slot.kind == "data" and "price" in (slot.attribute or "").lower():
        return False  # an amount is the product's price wherever it is kept
    levels = len(slot.key) - 1
    inside = [in_cart_control(occ[0].element, levels) for occ in slot.per_record.values() if occ]
    return values.share(inside) >= CART_SHARE


def in_cart_control(element: HtmlElement, levels: int = 0) -> bool:
    """Whether ``element`` is a cart control, or lies inside a link or button that is one, at most
    ``levels`` wrappers up."""
    if is_cart_control(element):
        return True
    for wrapper in islice(element.iterancestors(), max(levels, 0)):
        if tag_of(wrapper) in _WRAPPING_TAGS and is_cart_control(wrapper):
            return True
    return False


def is_cart_control(element: HtmlElement) -> bool:
    """A link, button, form or input that puts the product in a cart: by its address, its class
    or its name."""
    tag = tag_of(element)
    if tag not in _CONTROL_TAGS:
        return False
    for attribute in ("href", "action", "formaction"):
        if _CART_ADDRESS.search((element.get(attribute) or "")[:MAX_READ_CHARS]):
            return True
    if any(_CART_CLASS.search(re.sub(r"[-_]+", "", t.lower())) for t in (element.get("class") or "").split()):
        return True
    if tag == "form":
        return False  # a form's text is all it holds, not its name
    names = [full_text(element), element.get("value") or "", element.get("title") or ""]
    if any(_is_cart_call(n[:MAX_READ_CHARS]) for n in names):
        return True
    return bool(_ADDS_TO_CART.match((element.get("aria-label") or "").strip()[:MAX_READ_CHARS]))


def _is_cart_call(text: str) -> bool:
    """ "Add to cart", "In den Warenkorb": a call to act that names a cart."""
    text = " ".join(text.split())
    return bool(text) and bool(values.ACTION_TEXT.match(text)) and bool(_CART_NOUN.search(text))
