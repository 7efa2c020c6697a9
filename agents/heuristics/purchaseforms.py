"""Purchase forms: the form around a product's or a stay's offers, which is content, not chrome.

A small form is usually site chrome (a search box, a filter panel, a newsletter sign-up). A form
whose button buys or books ("Add to cart", "I'll reserve", "Book now") and that shows amounts
to pay holds the entity's offers: Booking's room table, a shop's buy box with its price.
"""

from __future__ import annotations

import re
import weakref
from itertools import islice
from typing import TYPE_CHECKING

from agents.heuristics import values
from pipeline.core.cleantext import clean_text

if TYPE_CHECKING:
    from agents.heuristics.dom import HtmlElement  # dom asks this module whether a form is chrome

#: What a buying or booking button says, in the languages shops use.
_BUY_LABEL = re.compile(
    r"\b(?:add to (?:cart|bag|basket|trolley)|buy(?: (?:it )?now)?|reserve|book(?: now| this)?|"
    r"order(?: now)?|check ?out|purchase|pre-?order|rent now|in den warenkorb|jetzt kaufen|"
    r"ajouter au panier|réserver|acheter|añadir al carrito|comprar|reservar|aggiungi al carrello|"
    r"in winkelwagen)\b",
    re.IGNORECASE,
)
#: A button's label is this short; a longer text is a paragraph that mentions buying.
MAX_BUTTON_CHARS = 40
#: Buttons and text pieces read per form: a small form holds fewer.
MAX_BUTTONS = 30
MAX_TEXTS = 400

_VERDICTS: weakref.WeakKeyDictionary[HtmlElement, bool] = weakref.WeakKeyDictionary()


def is_purchase_form(form: HtmlElement) -> bool:
    """Whether ``form`` buys or books: a buying button and an amount to pay in it."""
    verdict = _VERDICTS.get(form)
    if verdict is None:
        verdict = _VERDICTS[form] = _buys(form) and _shows_amount(form)
    return verdict


def _buys(form: HtmlElement) -> bool:
    buttons = form.xpath(".//button | .//input[@type='submit' or @type='button' or @type='image']")
    for button in islice(buttons, MAX_BUTTONS):
        shown = button.text_content() if button.tag == "button" else ""
        for label in (shown, button.get("value"), button.get("aria-label"), button.get("alt")):
            text = clean_text(label or "")
            if text and len(text) <= MAX_BUTTON_CHARS and _BUY_LABEL.search(text):
                return True
    return False


def _shows_amount(form: HtmlElement) -> bool:
    texts = form.xpath(".//text()[not(ancestor::script or ancestor::style or ancestor::template)]")
    return any(values.is_price(clean_text(str(t))) for t in islice(texts, MAX_TEXTS))
