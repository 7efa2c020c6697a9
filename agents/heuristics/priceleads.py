"""A price's lead-in word in an element of its own: "ab", "od", "from" before every price.

Shops and comparison sites write the lowest of several prices as "ab 5,90 €" (Germany), "od
1 598,99 zł" (Poland), "From £8.00", and often style the word apart:
``<span class="price-from">od </span><span class="price">1 598,99 zł</span>``. The word says the
price is a lower bound; alone it is no value, the same word on every card, whatever the product.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, next_element
from agents.heuristics.slots import Slot

#: Words saying "from" before a price, in the languages shops write them.
PRICE_LEADS = frozenset(
    {"from", "from only", "starting at", "starting from", "as low as", "ab", "ab nur", "od", "desde", "dès"}
    | {"à partir de", "a partir de", "vanaf", "fra", "från", "da", "a partire da", "от", "już od", "alkaen"}
)  # fmt: skip
#: Share of the records whose lead-in must stand before a price.
PRICE_SHARE = 0.8


def is_price_lead(slot: Slot) -> bool:
    """Whether ``slot`` holds one same lead-in word in every record, each time in an element of its
    own followed by a price (in the next element, or the text after it)."""
    if slot.kind != "text" or slot.many or not slot.per_record:
        return False
    words = {" ".join(o.value.split()).lower().rstrip(":") for found in slot.per_record.values() for o in found}
    if len(words) != 1 or not words <= PRICE_LEADS:
        return False
    priced = [_price_follows(found[0].element) for found in slot.per_record.values()]
    return values.share(priced) >= PRICE_SHARE


def _price_follows(element: HtmlElement) -> bool:
    following = next_element(element)
    after = (element.tail or "").strip()
    text = after or (" ".join(full_text(following).split()) if following is not None else "")
    return bool(text) and values.is_price(text)
