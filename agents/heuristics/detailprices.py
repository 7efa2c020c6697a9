"""The prices of a detail page: the selling price, the struck price before a sale, a range's high end.

A shop shows several amounts beside the product: the price, the price before the sale (struck
out, classed ``old-price`` / ``price--compare``, or labelled "Was", "RRP", "Regular Price"), and
for a product with variants a range ("£42.00 – £45.00", Magento's "From … To …"). Each amount is
read from the element that shows it, so every value is on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from agents.heuristics import values
from agents.heuristics.detailfields import Found, visible
from agents.heuristics.dom import HtmlElement, full_text, innermost, tag_of, text_before_child
from agents.heuristics.oldprices import marks_old_price
from agents.heuristics.payranges import is_pay_range
from agents.heuristics.textowner import is_noise
from pipeline.core.numbertext import parse_number

#: Ancestors of an amount that may mark it as the price before a sale (``span.old-price > … > span.price``).
OLD_MARK_DEPTH = 4
#: Ancestors whose text before an amount may label it ("Regular Price", "Was:").
LABEL_DEPTH = 3
#: ...and the caption naming a figure that is no price ("Budget" above a list of one amount).
FIGURE_LABEL_DEPTH = 5
#: A price shown by itself, outside any price-classed element, is this short ("£12 – £18").
MAX_BARE_PRICE_CHARS = 40
#: Captions of the price before a sale, in the languages shops use: "Was", "RRP", "Previous price".
OLD_PRICE_CAPTIONS = (
    r"(?:previous(?: price)?|was|original(?:ly| price)?|before|old price|regular price|normal price|"
    r"usual price|reg\.?|list price|rrp|msrp|compare at|uvp|statt|avant|antes)"
)
#: ...ending the words before an amount ("Regular Price", "Was:").
_OLD_LABEL = re.compile(rf"\b{OLD_PRICE_CAPTIONS}\s*:?\s*$", re.IGNORECASE)
#: Words before an amount that make it another figure than the entity's price: a film's budget,
#: its takings, a company's revenue.
_OTHER_FIGURE = re.compile(
    r"\b(?:budget|gross(?: worldwide| us & canada)?|box office|opening weekend|revenue|turnover|"
    r"market cap(?:italization)?)\s*:?\s*$",
    re.IGNORECASE,
)
_NO_PRICE_TAGS = frozenset({"option", "select", "script", "style"})


@dataclass(frozen=True)
class Prices:
    """The price, and where the page shows them: the high end of a range and the price before a sale."""

    price: Found | None = None
    price_max: Found | None = None
    original_price: Found | None = None


@dataclass(frozen=True)
class _Amount:
    element: HtmlElement
    old: bool
    tier: int  # 0: microdata price, 1: inside a price-classed element, 2: a short text of its own


def find_prices(container: HtmlElement, blocked: set[int]) -> Prices:
    """The entity's prices; a struck or "Was" price is never taken for the price itself."""
    amounts = _amounts(container, blocked)
    if not amounts:
        return Prices()
    current = [a for a in amounts if not a.old]
    # Only "Regular price" amounts (Shopify's label when nothing is on sale): the first is the price.
    selling = min(current, key=lambda a: a.tier) if current else amounts[0]
    selling = _shown_copy(selling, current)
    at = amounts.index(selling)
    olds = [a for a in amounts if a.old and a is not selling and _amount_text(a) != _amount_text(selling)]
    # The struck price beside the price, not the RRP above it ("MSRP: $149 Was: $129 Now: $99").
    original = min(olds, key=lambda a: abs(amounts.index(a) - at), default=None)
    return Prices(
        price=_read(selling.element),
        price_max=_range_end(selling, amounts, container),
        original_price=(original.element, None) if original is not None else None,
    )


def _shown_copy(selling: _Amount, current: list[_Amount]) -> _Amount:
    """The amount shown with its currency ("$119.00") where the price is a bare microdata
    ``<meta itemprop=price content=119>`` beside it (Magento): the same price, read with its currency."""
    if _read(selling.element)[1] != "content":
        return selling
    amount = parse_number(selling.element.get("content") or "")
    for other in current:
        text = full_text(other.element)
        if other is not selling and other.tier <= 1 and values.is_price(text) and parse_number(text) == amount:
            return other
    return selling


def _read(element: HtmlElement) -> Found:
    # The shown "£99.99" carries its currency; a microdata content attribute is the bare amount.
    bare = element.get("itemprop") == "price" and element.get("content") and not values.is_price(full_text(element))
    return element, "content" if bare else None


def _amount_text(amount: _Amount) -> str:
    return re.sub(r"\s+", "", full_text(amount.element))


def _amounts(container: HtmlElement, blocked: set[int]) -> list[_Amount]:
    """Every innermost element showing one amount, in page order, with its tier and whether it is old."""
    # is_price() reads at most 60 characters: longer texts are filtered in C, not in Python.
    short = visible(container, ".//*[string-length(normalize-space()) <= 60]", blocked)
    priced = [
        e
        for e in short
        if tag_of(e) not in _NO_PRICE_TAGS
        and not _hidden(e, container)
        and not is_pay_range(full_text(e))  # "£45,000 – £55,000 a year": a salary, not a price
        and (values.is_price(full_text(e)) or (e.get("itemprop") == "price" and e.get("content")))
    ]
    found: list[_Amount] = []
    for element in innermost(priced):  # "£24.00", not "£24.00 £28.00 (was)"
        tier = _tier(element, container)
        if tier is not None and not _OTHER_FIGURE.search(_label_before(element, container, FIGURE_LABEL_DEPTH)):
            found.append(_Amount(element, _is_old(element, container), tier))
    return found


def _lineage(element: HtmlElement, container: HtmlElement, depth: int) -> list[HtmlElement]:
    """``element`` and up to ``depth`` ancestors, never above the container."""
    chain = [element]
    for ancestor in element.iterancestors():
        if ancestor is container or len(chain) > depth:
            break
        chain.append(ancestor)
    return chain


def _hidden(element: HtmlElement, container: HtmlElement) -> bool:
    # Screen-reader copies ("Original price was: £45.00.") repeat an amount shown elsewhere.
    return any(is_noise(e) for e in _lineage(element, container, OLD_MARK_DEPTH))


def _tier(element: HtmlElement, container: HtmlElement) -> int | None:
    chain = _lineage(element, container, OLD_MARK_DEPTH)
    if any(e.get("itemprop") == "price" for e in chain):
        return 0
    if any("price" in (e.get("class") or "").lower() or _names_price(e) for e in chain):
        return 1
    return 2 if len(full_text(element)) < MAX_BARE_PRICE_CHARS else None


def _names_price(element: HtmlElement) -> bool:
    """An id or a data attribute naming a price (Magento's ``id="product-price-1432"``,
    ``data-price-amount``): it says so where the classes are hashed."""
    return "price" in (element.get("id") or "").lower() or any(
        "price" in name.lower() for name in element.attrib if name.startswith("data-")
    )


def _is_old(element: HtmlElement, container: HtmlElement) -> bool:
    """Struck out, classed as the price before the sale, or labelled so ("Was:", "Regular Price")."""
    if any(marks_old_price(e) for e in _lineage(element, container, OLD_MARK_DEPTH)):
        return True
    return bool(_OLD_LABEL.search(_label_before(element, container)))


def _label_before(element: HtmlElement, container: HtmlElement, depth: int = LABEL_DEPTH) -> str:
    """The text just before ``element`` inside its nearest ancestor that has any, up to the
    previous amount: "Regular Price" in ``<span class=price-label>Regular Price</span><span>$36.00``."""
    node = element
    for _ in range(depth):
        parent = node.getparent()
        if parent is None or node is container:
            break
        before = text_before_child(parent, node)
        if before.strip():
            last = list(values.PRICE.finditer(before))
            return before[last[-1].end() :] if last else before
        node = parent
    return ""


def _range_end(selling: _Amount, amounts: list[_Amount], container: HtmlElement) -> Found | None:
    """The next amount when only a dash or "to" stands between it and the price: a range's high end."""
    after = [a for a in amounts if not a.old]
    index = next((i for i, a in enumerate(after) if a is selling), -1)
    if index < 0 or index + 1 >= len(after):
        return None
    following = after[index + 1].element
    between = _text_from_to(selling.element, following, container)
    return (following, None) if values.RANGE_JOINER.match(between) else None


def _text_from_to(first: HtmlElement, second: HtmlElement, root: HtmlElement) -> str:
    """The page's text after ``first`` ends and before ``second`` starts."""
    parts: list[str] = []
    collecting = False
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if element is second:
                break
            if collecting and isinstance(element.tag, str):
                parts.append(element.text or "")
        else:
            if element is first:
                collecting = True
            if collecting:
                parts.append(element.tail or "")
        if collecting and sum(map(len, parts)) > MAX_BARE_PRICE_CHARS:
            return "…"  # a sentence between two amounts: no range
    return " ".join(parts).strip()
