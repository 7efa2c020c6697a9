"""Records right under the page's heading, before any prose: a list page with a text of its own.

A shop's or a blog's category names itself in a heading and shows its cards right below it; its
long text (how to brew a green tea, what the section covers) comes under the grid, where a
reader scrolls past the records to find it. A detail page reads the other way round: under its
heading come the entity's own price and its body text, and the cards of other items (related
products, more stories) follow them. So the cards that stand first under the heading, before
any long paragraph or price of the page's own, are the page's records even when a long text
follows them.

Many categories open with a short text of their own instead ("Our green teas come from…", one to
three paragraphs) and show their grid under it. An entity's body reads otherwise: a story carries
its date or byline, a product its price, a recipe its list of ingredients, a wiki article its
tables, and an article runs longer than a few paragraphs. So a short, plain intro before many
cards still leaves the cards first.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.bodytext import BODY_TEXT_CHARS, prose_text
from agents.heuristics.detail import MAX_PRICE_LINE_CHARS
from agents.heuristics.dom import HtmlElement, full_text, is_element, is_inside, own_text, tag_of
from agents.heuristics.pagination import find_pagination
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.sitenotices import is_site_notice

#: Elements of the main content looked through for a price of its own.
MAX_PRICE_WALK = 10_000
#: A list page shows at least this many cards; a rail of other items beside one entity fewer.
MIN_LEADING_CARDS = 6
#: Headings that title a card ("<h2><a>Sencha Fukamushi</a></h2>").
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A price split into parts has this many children at most (sign, amount, cents, currency).
MAX_PRICE_PARTS = 4
#: A category opening with an intro shows at least this many cards under it, and pages on to more
#: of them; a rail after an entity's short body shows fewer and never pages.
MIN_INTRO_CARDS = 8
#: Or it shows this many, all of its items on one page.
MIN_UNPAGED_INTRO_CARDS = 12
#: An intro is short: this many paragraphs at most (of a sentence or more), and this many
#: characters of prose in all.
MAX_INTRO_PARAGRAPHS = 3
MIN_PARAGRAPH_CHARS = 80
MAX_INTRO_CHARS = 1_500
#: A list of this many lines, none linking anywhere, is the entity's own (ingredients, features).
MIN_PLAIN_LINES = 3
#: Cards that come first under the heading come within this many elements of it; the walk stops
#: there, so a deep or hostile page costs a bounded look.
MAX_ELEMENTS_BEFORE = 10_000


def lead_the_page(content: HtmlElement, heading: HtmlElement, members: list[HtmlElement], url: str) -> bool:
    """Whether ``members`` are cards (each titled by a heading or showing a price) that come
    first under ``heading``: no long paragraph and no price of the page's own stands between
    them, outside the site's chrome, or only a short plain intro before many cards. The caller
    knows each card links to a page of its own."""
    if len(members) < MIN_LEADING_CARDS or not all(_is_card(m) for m in members):
        return False
    if _in_one_article(heading, members[0]):
        return False  # the cards are a part of the article the heading titles (a "Trending" strip)
    between = _between(content, heading, members[0])
    if between is None or between.price or between.dated:
        return False
    if between.long_paragraphs == 0:
        return True
    return (
        len(members) >= MIN_INTRO_CARDS
        and not between.body_parts
        and between.paragraphs <= MAX_INTRO_PARAGRAPHS
        and between.prose_chars <= MAX_INTRO_CHARS
        and (len(members) >= MIN_UNPAGED_INTRO_CARDS or _is_paged(content, url))
    )


def _is_paged(content: HtmlElement, url: str) -> bool:
    page = Selector(root=content.getroottree().getroot(), type="html")
    return find_pagination(page, url).spec.kind != "none"


@dataclass
class _Between:
    """What stands between the page's heading and its first card, outside the site's chrome."""

    long_paragraphs: int = 0  # an intro's, or an entity's body
    paragraphs: int = 0
    prose_chars: int = 0
    price: bool = False
    dated: bool = False  # a date or a byline: a story's
    body_parts: bool = False  # a table, a list of plain lines: an entity's body


def _between(content: HtmlElement, heading: HtmlElement, first: HtmlElement) -> _Between | None:
    """A tally of the content between ``heading`` and ``first``; None when ``first`` does not come
    after the heading within the bounded walk."""
    passed = [*first.iterancestors(), *heading.iter()]  # wrappers of the records, the heading's words
    skip = {id(e) for e in passed}  # ids are stable while ``passed`` holds the elements
    after_heading = False
    tally = _Between()
    for seen, element in enumerate(content.iter()):
        if seen >= MAX_ELEMENTS_BEFORE:
            return None
        if element is first:
            return tally if after_heading else None
        if element is heading:
            after_heading = True
        elif after_heading and is_element(element) and id(element) not in skip:
            _count(element, content, tally)
    return None


def _count(element: HtmlElement, content: HtmlElement, tally: _Between) -> None:
    tag = tag_of(element)
    if tag in ("p", "div", "section"):
        text = prose_text(element)
        if text and not is_site_notice(text) and not in_chrome(element, stop=content):
            tally.prose_chars += len(text)
            tally.paragraphs += len(text) >= MIN_PARAGRAPH_CHARS
            tally.long_paragraphs += len(text) >= BODY_TEXT_CHARS
    if is_price_line(element):
        tally.price = tally.price or not in_chrome(element, stop=content)
    elif _is_dated(element) and not in_chrome(element, stop=content):
        tally.dated = True
    elif _is_body_part(element) and not in_chrome(element, stop=content):
        tally.body_parts = True


def _is_dated(element: HtmlElement) -> bool:
    """A date or a byline: a story's own, never a category's."""
    if tag_of(element) == "time" or "author" in (element.get("rel") or "").lower().split():
        return True
    if any(word in (element.get("itemprop") or "").lower() for word in ("date", "author")):
        return True
    line = own_text(element)
    return bool(line) and values.is_date(line)


def _is_body_part(element: HtmlElement) -> bool:
    """A table (a wiki article's) or a list of plain lines (a recipe's ingredients, a product's
    features): parts of one entity's body, not of an intro."""
    tag = tag_of(element)
    if tag == "table":
        return True
    if tag in ("ul", "ol"):
        lines = [c for c in element if tag_of(c) == "li"]
        return len(lines) >= MIN_PLAIN_LINES and not any(next(li.iter("a"), None) is not None for li in lines)
    return False


def _in_one_article(heading: HtmlElement, first: HtmlElement) -> bool:
    """Whether an ``article`` around the heading holds the first card too."""
    article = next((a for a in heading.iterancestors() if tag_of(a) == "article"), None)
    return article is not None and is_inside(first, article)


def _is_card(member: HtmlElement) -> bool:
    """A card names its item in a heading or shows its price; a table row of links, a comment or
    a file entry does neither."""
    if next(member.iter(*_CARD_HEADINGS), None) is not None:
        return True
    return any(is_price_line(e) for e in member.iter() if is_element(e))


def is_price_line(element: HtmlElement) -> bool:
    """A short line reading a price, in the element's own words or across a few children
    (``<span>$</span><span>64</span>``, WooCommerce's ``<bdi><span>$</span>64.00</bdi>``)."""
    line = own_text(element)
    if len(line) <= MAX_PRICE_LINE_CHARS and values.is_price(line):
        return True
    if not 0 < len(element) <= MAX_PRICE_PARTS:
        return False
    line = full_text(element)
    return len(line) <= MAX_PRICE_LINE_CHARS and values.is_price(line)


def price_beside(content: HtmlElement, parts: list[HtmlElement]) -> bool:
    """Whether a price line of the content stands outside ``parts`` and the site's chrome (bounded walk)."""
    held = {id(part) for part in parts}  # ``parts`` keeps them alive, so the ids stay theirs
    for seen, element in enumerate(content.iter()):
        if seen >= MAX_PRICE_WALK:
            return False
        if not isinstance(element.tag, str) or not is_price_line(element):
            continue
        lineage = takewhile(lambda a: a is not content, (element, *element.iterancestors()))
        if not any(id(a) in held for a in lineage) and not in_chrome(element, stop=content):
            return True
    return False
