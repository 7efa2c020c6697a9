"""A featured section beside the list: a few records pinned above it in a block of their own.

Job boards pin paid listings in a "Featured jobs" block above the list, blogs a hero post, shops
a "Staff picks" strip: cards built like the list's rows (a ring, a badge, a tint aside) or in a
template of their own (``heroslots``), in another container, so the group the records were chosen
from leaves them out. A card before the first record, in the records' content column, around a
link of the records' address shape, that shows a third of the values every record shows through
the records' own selectors and four fifths once its own elements are named, is a record too.
Related items and recommendations (labelled so, or after the list), sidebars, menus and footers
(site chrome), ads (an ad mark, an ad heading), blocks picked for the reader ("Trending this week",
"Continue where you left off") and category tiles (another kind of address, or none of the records'
values beyond a name, a link and a picture) stay out. A card linking to a record of the list, or to
another card's item (a slider's clone), is a copy of it, whatever its click-tracking query or
trailing slash: the first is read. Repeated on every page, a card is one item: records are keyed by address.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from parsel import Selector

from agents.heuristics.adwords import is_ad_caption
from agents.heuristics.anchors import build_selector, select_ids
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, is_element, is_inside, tag_of
from agents.heuristics.heroslots import with_card_slots
from agents.heuristics.relatedlists import labelled_as_related
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.sponsored import is_placeholder, is_sponsored
from agents.heuristics.trackingquery import is_tracking_parameter
from pipeline.core.extract import extract_field
from pipeline.core.schemas import FieldSpec

#: A list this long at least, so that its template and its values are known.
MIN_RECORDS = 3
#: A featured section is a few cards: at most this many, and at most this share of the list.
MAX_FEATURED = 6
MAX_SHARE = 0.5
#: Links of the records' address shape before the list read at most: past them the block is a list of
#: its own, not a few pinned records (and a hostile page's thousands of links cost no more).
MAX_LINKS = 8 * MAX_FEATURED
#: Fields the records nearly all fill, the link among them: fewer say too little to know a card by.
MIN_USUAL = 3
#: Share of those a card fills through the records' own selectors: parts of their template (a hero
#: post shares the cards' category, author and date parts, not their title's markup).
OWN_SHARE = 1 / 3
#: Fields filled on this share of the records are the template's, and a card must fill this share of them.
FILLED_SHARE = 0.8
#: Levels above the records' parent where the featured block and the list meet: the page's main
#: content (a builder's section wrappers run deep), never past ``main``.
MAX_LEVELS = 8
#: Records read to learn the fields' fill and the address shape.
SAMPLE = 30
#: Types of a record's own link.
_LINK_TYPES = frozenset({"url"})
#: Types of fields that only name an item: a category tile shows these too.
_NAMING_TYPES = frozenset({"title", "url", "image"})
#: A section heading of items picked for this reader or by the crowd, not pinned by the site (the
#: "Featured", "Staff picks" and "Editor's picks" blocks this rule is for say none of these).
_PICKED_FOR_READER = re.compile(
    r"\b(?:trending|popular|most (?:read|viewed|popular|shared|commented|watched|recent)|top stories"
    r"|continue (?:watching|reading|listening|where)|pick up where|jump back in|hot right now|what'?s hot)\b",
    re.IGNORECASE,
)
#: Longest heading looked at for such words (a heading longer than this is no section's label).
MAX_HEADING_CHARS = 80
#: Class tokens of a slider's copy of a slide, made so that the slides loop.
_CLONE_CLASSES = frozenset({"slick-cloned", "swiper-slide-duplicate", "cloned", "glide__slide--clone"})


def with_featured_section(
    page: Selector, css: str, nodes: list[HtmlElement], fields: list[FieldSpec]
) -> tuple[str, list[HtmlElement], list[FieldSpec], list[str]]:
    """The record selector, records and fields with a featured section's cards added (the cards
    named beside the records, each field naming a card's own element where its template differs),
    when the page has such a section above the list; else all unchanged."""
    unchanged: tuple[str, list[HtmlElement], list[FieldSpec], list[str]] = (css, nodes, fields, [])
    own = [f for f in fields if f.scope == "record" and f.selector and not f.json_path and f.paired is None]
    link = next((f for f in own if f.type in _LINK_TYPES), None)
    if len(nodes) < MIN_RECORDS or link is None or nodes[0].getparent() is None:
        return unchanged
    sample = nodes[:SAMPLE]
    rows = [_values(n, own) for n in sample]
    usual = {f.name for f in own if sum(_filled(r.get(f.name)) for r in rows) >= FILLED_SHARE * len(rows)}
    # Every record's address, not the sample's: a copy of the 36th record is a copy too.
    addresses = {a for n in nodes if isinstance(a := _values(n, [link]).get(link.name), str)}
    shapes = {_address_shape(a) for a in addresses}
    taken = {_address_key(a) for a in addresses}
    telling = usual - _naming(own, link)
    if link.name not in usual or len(usual) < MIN_USUAL or not telling:
        return unchanged
    read = own
    cards = []
    for card in _cards_before(nodes[0], shapes, taken):
        shown = {name for name, value in _values(card, read).items() if _filled(value)}
        if len(shown & usual) < OWN_SHARE * len(usual):
            continue  # too little of the records' own markup: another kind of card
        # A card whose link the records' selectors read is of their template: what it lacks, it lacks.
        mapped = read if link.name in shown else with_card_slots(card, sample, read, usual - shown)
        values = _values(card, mapped)
        address = values.get(link.name)
        if not isinstance(address, str) or _address_key(address) in taken or _address_shape(address) not in shapes:
            continue
        if not any(_filled(values.get(n)) for n in telling):
            continue  # a name, a link and a picture: a category tile, not a record
        if sum(_filled(values.get(n)) for n in usual) >= FILLED_SHARE * len(usual) and not is_sponsored(card):
            cards.append(card)
            taken.add(_address_key(address))
            read = mapped
    if not cards or len(cards) > min(MAX_FEATURED, MAX_SHARE * len(nodes)) or labelled_as_related(cards):
        return unchanged
    if [_values(n, read) for n in sample] != rows:
        return unchanged
    selector = _selector(page, css, [*cards, *nodes], cards)
    if selector is None:
        return unchanged
    renamed = {f.name: f for f in read}
    note = f"{len(cards)} cards of a featured section before the list read as records too ({selector!r})"
    return selector, [*cards, *nodes], [renamed.get(f.name, f) for f in fields], [note]


def _cards_before(
    first: HtmlElement, shapes: set[tuple[str, int, str]], taken: set[tuple[str, str, str]]
) -> list[HtmlElement]:
    """The cards around links of the records' address shape before the first record, in the
    records' content column and outside site chrome and sliders' clones, once each."""
    parent = first.getparent()
    column = _column(parent)
    cards: list[HtmlElement] = []
    links = 0
    for anchor in column.iter():
        if anchor is first:
            break
        if tag_of(anchor) != "a":
            continue
        href = (anchor.get("href") or "").strip()
        if not href or _address_key(href) in taken or _address_shape(href) not in shapes or in_chrome(anchor):
            continue
        if _in_clone(anchor, column):
            continue
        links += 1
        if links > MAX_LINKS:
            return []
        card = _card_of(anchor, href, column, shapes)
        if card is not None and not is_inside(first, card) and not any(c is card for c in cards):
            cards.append(card)
    outer = [c for c in cards if not any(o is not c and is_inside(c, o) for o in cards)]
    headings = _headings_before(outer, column)
    # Beside the list, never in it: a row the records' selector left out of their own parent is an
    # outlier it meant to leave (an ad, a placeholder).
    return [
        c
        for c, (last, section) in zip(outer, headings, strict=True)
        if c.getparent() is not parent
        and not is_placeholder(c)
        and not is_ad_caption(last)
        and not (len(section) <= MAX_HEADING_CHARS and _PICKED_FOR_READER.search(section))
    ]


def _headings_before(cards: list[HtmlElement], column: HtmlElement) -> list[tuple[str, str]]:
    """For each card, in one walk of the column, the text of the last heading before it (an ad
    section's "Sponsored", wherever it stands) and of the last one outside every card: its block's
    title ("Trending this week"), never the card before's own title."""
    found: dict[HtmlElement, tuple[str, str]] = {}
    wanted = set(cards)
    last = section = ""
    for element in column.iter():
        if element in wanted:
            found.setdefault(element, (last, section))
        elif is_element(element) and tag_of(element) in HEADING_TAGS:
            last = full_text(element)
            if not any(is_inside(element, c) for c in cards):
                section = last
    return [found.get(c, ("", "")) for c in cards]


def _in_clone(anchor: HtmlElement, column: HtmlElement) -> bool:
    """Whether ``anchor`` is in a slider's copy of a slide (``slick-cloned``)."""
    for element in (anchor, *anchor.iterancestors()):
        if element is column:
            return False
        if _CLONE_CLASSES & set((element.get("class") or "").split()):
            return True
    return False


def _card_of(
    anchor: HtmlElement, href: str, column: HtmlElement, shapes: set[tuple[str, int, str]]
) -> HtmlElement | None:
    """The largest element around ``anchor`` that is one card: up to a list item, never past a
    heading of its own (a section's title) or a link to another record."""
    card = anchor
    while not _is_list_item(card):
        up = card.getparent()
        if up is None or up is column:
            return None
        if any(tag_of(h) in HEADING_TAGS and not _within(h, card) for h in up.iterdescendants() if is_element(h)):
            break
        others = ((a.get("href") or "").strip() for a in up.iter("a"))
        if any(o and o != href and _address_shape(o) in shapes for o in others):
            break
        card = up
    return card


def _within(element: HtmlElement, card: HtmlElement) -> bool:
    return element is card or is_inside(element, card)


def _is_list_item(element: HtmlElement) -> bool:
    parent = element.getparent()
    return (
        tag_of(element) == "li"
        or element.get("role") == "listitem"
        or (parent is not None and (tag_of(parent) in ("ul", "ol") or parent.get("role") == "list"))
    )


def _selector(page: Selector, css: str, records: list[HtmlElement], cards: list[HtmlElement]) -> str | None:
    """One selector naming exactly the cards and the records, or the records' own in a union with
    one naming exactly the cards: whichever leaves fewer elements out by name (a ``:not()`` that
    holds on this page only), the one selector on a tie."""
    found = []
    whole = build_selector(page, records)
    if whole is not None:
        found.append(whole[0])
    built = build_selector(page, cards)
    if built is not None and select_ids(page, built[0]) == [id(c) for c in cards]:
        found.append(f"{css}, {built[0]}")
    wanted = [id(r) for r in records]
    exact = [c for c in found if select_ids(page, c) == wanted]
    return min(exact, key=lambda c: c.count(":not("), default=None)


def _column(parent: HtmlElement) -> HtmlElement:
    """The page's ``main`` around the records, else the ancestor ``MAX_LEVELS`` above their parent."""
    column = parent
    for _ in range(MAX_LEVELS):
        if tag_of(column) == "main" or column.get("role") == "main":
            break
        up = column.getparent()
        if up is None or tag_of(up) in ("body", "html"):
            break
        column = up
    return column


def _values(node: HtmlElement, fields: list[FieldSpec]) -> dict[str, object]:
    record = Selector(root=node, type="html")
    return {f.name: extract_field(record, f, "") for f in fields}


def _filled(value: object) -> bool:
    return value not in (None, "", [])


def _naming(fields: list[FieldSpec], link: FieldSpec) -> set[str]:
    """The fields that only name an item: its title, link and picture, and text read from the link."""
    return {
        f.name
        for f in fields
        if f.type in _NAMING_TYPES
        or f.selector == link.selector
        or f.selector.startswith(link.selector + " ")
        or link.selector.startswith(f.selector + " ")
    }


def _address_key(address: str) -> tuple[str, str, str]:
    """Where an address leads: without its fragment, a trailing slash or click-tracking parameters
    (``/jobs/x-100/?ref=featured`` is ``/jobs/x-100``); a query picking the page (``?id=7``) stays."""
    parts = urlsplit(address.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_parameter(k)]
    return parts.netloc.lower(), parts.path.rstrip("/"), urlencode(query)


def _address_shape(address: str) -> tuple[str, int, str]:
    """``/jobs/senior-dev-1432`` -> ('', 2, 'jobs'): host, depth and first step of a record's link."""
    parts = urlsplit(address)
    steps = [s for s in parts.path.split("/") if s]
    return parts.netloc, len(steps), steps[0] if len(steps) > 1 else ""
