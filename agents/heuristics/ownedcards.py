"""Cards an owner offers: a hotel's rooms, a restaurant's dishes, a product group's variants.

A page declaring one entity reads as that entity's detail page, and its lists as side blocks. Some
entities own things rather than being one: a lodging, a shop, a restaurant, an organisation, a place,
a page Open Graph calls a ``product.group`` or JSON-LD a ``CollectionPage``. When such a page holds a
strong group of cards (three or more, each titled, most of them priced) that stay with the page (no
link, a booking form, a variant of this very page, or pages under its address), the cards are what a
reader wants from it: the page is their list. Cards each leading to a page elsewhere (hotels nearby,
the same room on other booking sites) are other items beside the entity, unless the page calls itself
a group and shows no price of its own (its cards are then its members, each on a page of its own);
a Product's, an Article's or an Event's page stays one entity whatever it lists. Cards holding nearly
all of the page's text are its list whatever they lead to or cost (a chain's "our hotels", an
operator's tours): a rail of hotels nearby beside the entity's own description holds a small share.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from agents.heuristics import values
from agents.heuristics.dom import DomIndex, HtmlElement, full_text
from agents.heuristics.leadingrecords import price_beside
from agents.heuristics.sitechrome import text_outside_chrome
from agents.heuristics.structured import StructuredData

#: schema.org kinds of an entity that offers or holds things (rooms, dishes, products, events) rather
#: than being one thing on sale: lodgings, businesses, organisations and places.
OWNER_TYPES = frozenset(
    {
        "lodgingbusiness",
        "hotel",
        "hostel",
        "motel",
        "resort",
        "bedandbreakfast",
        "campground",
        "vacationrental",
        "localbusiness",
        "foodestablishment",
        "restaurant",
        "cafeorcoffeeshop",
        "barorpub",
        "bakery",
        "store",
        "organization",
        "corporation",
        "place",
        "eventvenue",
        "touristattraction",
    }
)
#: JSON-LD kinds a page gives itself (or its catalogue) when it is a collection of things.
COLLECTION_TYPES = frozenset({"collectionpage", "offercatalog", "productcollection"})
#: Last part of an Open Graph type naming a group of things (``product.group``).
GROUP_OG_KINDS = frozenset({"group", "collection", "catalog"})
#: Fewer cards than this are a couple of options beside the entity, not its list.
MIN_OFFERS = 3
#: Share of the main content's text (the site's chrome left out) the cards must hold between them.
OFFERS_SHARE = 0.35
#: Share of the main content's text past which the cards are the page's list though unpriced or leading
#: elsewhere (not both priced and elsewhere): the entity's own description and facilities fit in the rest.
DOMINANT_SHARE = 0.8
#: Share of the cards that must show a price: what an owner offers has one (a room may be sold out).
PRICED_SHARE = 0.6
#: Share of the cards whose titles must differ (each card is a thing of its own), and of those that
#: lead to pages of their own elsewhere for the cards to be other items.
DISTINCT_SHARE = 0.8
#: Elements looked at per card for its title (bounded work on hostile pages).
MAX_CARD_ELEMENTS = 200
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def says_owner(structured: StructuredData, heading: HtmlElement | None = None) -> bool:
    """Whether the page's one entity owns things: its JSON-LD entity's (or the microdata item's around
    the ``heading``) kind is a business, organisation or place, or the page calls itself a group."""
    return (structured.entity_type or "").lower() in OWNER_TYPES or _owner_scope(heading) or says_group(structured)


def says_group(structured: StructuredData) -> bool:
    """Whether the page calls itself a group of things: a JSON-LD ``CollectionPage`` or ``OfferCatalog``,
    an Open Graph ``product.group``."""
    if any(kind.lower() in COLLECTION_TYPES for kind in structured.types):
        return True
    og_type = structured.open_graph.get("og:type", "").lower()
    return "." in og_type and og_type.rsplit(".", 1)[1] in GROUP_OG_KINDS


def offers_of_owner(
    index: DomIndex,
    structured: StructuredData,
    heading: HtmlElement | None,
    members: list[HtmlElement],
    content: HtmlElement,
    url: str,
) -> bool:
    """Whether ``members`` are the cards the page's owning entity offers, which makes the page their list:
    enough of them, each titled, and either nearly all of the ``content``'s text (unless priced and
    leading elsewhere: places on sale nearby), or a good part of it with most of them priced and none
    leading to a page of its own elsewhere (or the page a group with no price of its own)."""
    if len(members) < MIN_OFFERS or not says_owner(structured, heading):
        return False
    # A booking site's page of one hotel shows its rooms as one panel among its description, facilities,
    # reviews and rules: the hotel is the record there. The owner's own page is mostly its rooms.
    share = sum(index.text_of(m) for m in members) / max(1, text_outside_chrome(content, index))
    if share < OFFERS_SHARE:
        return False
    if not _distinct(members):
        return False
    priced = values.share([values.holds_price(full_text(m)) for m in members]) >= PRICED_SHARE
    elsewhere = _lead_elsewhere(members, url)
    # No description of the owner's own beside them: they are what the page is about, unless they are
    # other places on sale (a booking site's priced hotels nearby under a hotel's short blurb).
    if share >= DOMINANT_SHARE and not (priced and elsewhere):
        return True
    if not priced:
        return False
    if not elsewhere:
        return True
    # A group's page with no buy box of its own sells only through its cards: they are its members.
    return says_group(structured) and not price_beside(content, members)


def _distinct(members: list[HtmlElement]) -> bool:
    """Whether each card is titled, and most titles differ: read as their headings or first words, else
    as their first links' words (a brand or a "New" badge before each product's name repeats)."""
    for titles in ([_title(m) for m in members], [_link_words(m) for m in members]):
        if all(titles) and len(set(titles)) >= DISTINCT_SHARE * len(members):
            return True
    return False


def _link_words(member: HtmlElement) -> str:
    """The words of the card's first link holding any (an image link before the name link holds none)."""
    for seen, link in enumerate(member.iter("a")):
        if seen >= MAX_CARD_ELEMENTS:
            break
        words = full_text(link)
        if any(c.isalpha() for c in words):
            return words.casefold()
    return ""


def _owner_scope(heading: HtmlElement | None) -> bool:
    """Whether the nearest microdata item around the heading is of an owning kind (``itemtype=…/Hotel``)."""
    for scope in heading.iterancestors() if heading is not None else ():
        if scope.get("itemscope") is not None:
            kind = (scope.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()
            return kind in OWNER_TYPES
    return False


def _title(member: HtmlElement) -> str:
    """The card's title: its first heading's text, else its first words that are not a price."""
    first_words = ""
    for seen, element in enumerate(member.iter()):
        if seen >= MAX_CARD_ELEMENTS:
            break
        if not isinstance(element.tag, str):
            continue
        if element.tag in _HEADINGS:
            return full_text(element).casefold()
        text = " ".join((element.text or "").split())
        if not first_words and any(c.isalpha() for c in text) and not values.holds_price(text):
            first_words = text.casefold()
    return first_words


def _lead_elsewhere(members: list[HtmlElement], url: str) -> bool:
    """Whether the cards each lead to a page of their own outside this page's address: other items.

    A booking form's or a shared action's link (``/book?room=2``) is one path for every card, a
    variant's (``?variant=123``) is this page's, a room's page under the hotel's path is the hotel's.
    """
    here = _path(url)
    paths = []
    for member in members:
        target = _first_target(member, url)
        if target is not None and target != here and not target.startswith(here.rstrip("/") + "/"):
            paths.append(target)
    return len(set(paths)) >= DISTINCT_SHARE * len(members)


def _first_target(member: HtmlElement, url: str) -> str | None:
    for link in member.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            return _path(urljoin(url, href))
    return None


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc.lower()}{parts.path or '/'}"
