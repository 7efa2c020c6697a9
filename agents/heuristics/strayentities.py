"""A JSON-LD entity of a detail type that is not what the page shows.

A hotel search's results page carries one ``Hotel`` in its head (the featured hotel, or the site
itself), a category page one ``Product``: the entity is one of the records, or nobody on the page,
while the page's main heading names the list ("Lisbon: 642 properties found"). Such an entity does
not make the page a detail page; the cards below it, each linking to a page of its own, are its
records. A product page names its entity in its heading, whatever list of other items stands beside.

Open Graph says ``product`` of a product group's or a category's page as well (the platform's one
template for every shop page): a page showing no price of its own, whose priced cards each link to a
product page of their own, lists products rather than selling one.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.structured import StructuredData

#: Cards of other items each linking to a page of its own: this many make a list of records, where a
#: detail page's rail of "You may also like" shows a few.
MIN_STRAY_RECORDS = 5
#: A name this short ("Home", "Hotel") says nothing about which thing the page is about.
MIN_NAME_CHARS = 4
#: Share of either's words a heading and an entity's name hold in common when the heading names it.
MIN_SHARED_WORDS = 0.5
_WORD = re.compile(r"\w+")
#: Cards of products show a price, most of them at least (one may say "Sold out").
PRICED_SHARE = 0.6


def entity_elsewhere(structured: StructuredData, heading: HtmlElement, members: list[HtmlElement]) -> bool:
    """Whether the page's one JSON-LD entity is not the one its main heading names, and ``members``
    are enough records to be the page's list: the entity is one of them (a featured hotel) or the site.

    Only asked of members that each link to a page of their own (``sideblocks.are_items``).
    """
    entity = structured.entity
    if entity is None or structured.items or len(members) < MIN_STRAY_RECORDS:
        return False
    name = _folded(entity.get("name") or entity.get("headline") or "")
    title = _folded(full_text(heading))
    if len(name) < MIN_NAME_CHARS or not title:
        return False  # no name to compare: the entity is taken at its word
    return not _names(name, title)


def products_listed(structured: StructuredData, members: list[HtmlElement], price_of_its_own: bool) -> bool:
    """Whether a page Open Graph calls a ``product`` (no JSON-LD entity) lists products: ``members``,
    cards each linking to a page of their own, are enough records and show prices, and the page shows
    no ``price_of_its_own`` outside them (a product page's price stands beside its title)."""
    if structured.entity is not None or price_of_its_own or len(members) < MIN_STRAY_RECORDS:
        return False
    if structured.open_graph.get("og:type", "").lower() not in ("product", "og:product"):
        return False
    return values.share([values.holds_price(full_text(m)) for m in members]) >= PRICED_SHARE


def _names(name: str, title: str) -> bool:
    """Whether a heading names the entity: either holds the other (a brand or a model number beside
    it), or they share half the words of each ("iPhone 15 Pro Max – 256 GB" of "Apple iPhone 15
    Pro Max 256GB")."""
    if name in title or title in name:
        return True
    name_words, title_words = _words(name), _words(title)
    if not name_words or not title_words:
        return False
    shared = name_words & title_words
    return len(shared) >= MIN_SHARED_WORDS * max(len(name_words), len(title_words))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text) if len(w) >= 3}


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())
