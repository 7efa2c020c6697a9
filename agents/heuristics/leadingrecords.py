"""Records right under the page's heading, before any prose: a list page with a text of its own.

A shop's or a blog's category names itself in a heading and shows its cards right below it; its
long text (how to brew a green tea, what the section covers) comes under the grid, where a
reader scrolls past the records to find it. A detail page reads the other way round: under its
heading come the entity's own price and its body text, and the cards of other items (related
products, more stories) follow them. So the cards that stand first under the heading, before
any long paragraph or price of the page's own, are the page's records even when a long text
follows them.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.bodytext import BODY_TEXT_CHARS, prose_text
from agents.heuristics.dom import HtmlElement, is_element, own_text, tag_of
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.sitenotices import is_site_notice

#: A list page shows at least this many cards; a rail of other items beside one entity fewer.
MIN_LEADING_CARDS = 6
#: Headings that title a card ("<h2><a>Sencha Fukamushi</a></h2>").
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A price line is this short ("18,32 €", "Now $12.99").
MAX_PRICE_LINE_CHARS = 40
#: Cards that come first under the heading come within this many elements of it; the walk stops
#: there, so a deep or hostile page costs a bounded look.
MAX_ELEMENTS_BEFORE = 10_000


def lead_the_page(content: HtmlElement, heading: HtmlElement, members: list[HtmlElement]) -> bool:
    """Whether ``members`` are cards (each titled by a heading or showing a price) that come
    first under ``heading``: no long paragraph and no price of the page's own stands between
    them, outside the site's chrome. The caller knows each card links to a page of its own."""
    if len(members) < MIN_LEADING_CARDS or not all(_is_card(m) for m in members):
        return False
    first = members[0]
    passed = [*first.iterancestors(), *heading.iter()]  # wrappers of the records, the heading's words
    skip = {id(e) for e in passed}  # ids are stable while ``passed`` holds the elements
    after_heading = False
    for seen, element in enumerate(content.iter()):
        if seen >= MAX_ELEMENTS_BEFORE:
            return False
        if element is first:
            return after_heading
        if element is heading:
            after_heading = True
        elif after_heading and is_element(element) and id(element) not in skip and _holds_own_content(element, content):
            return False
    return False


def _holds_own_content(element: HtmlElement, content: HtmlElement) -> bool:
    """A long paragraph (an article's body, a product's description) or a price line: the page's
    own entity, outside the site's chrome (a cart's total, a newsletter's notice)."""
    if tag_of(element) in ("p", "div", "section"):
        text = prose_text(element)
        if len(text) >= BODY_TEXT_CHARS and not is_site_notice(text):
            return not in_chrome(element, stop=content)
    line = own_text(element)
    if len(line) <= MAX_PRICE_LINE_CHARS and values.is_price(line):
        return not in_chrome(element, stop=content)
    return False


def _is_card(member: HtmlElement) -> bool:
    """A card names its item in a heading or shows its price; a table row of links, a comment or
    a file entry does neither."""
    if next(member.iter(*_CARD_HEADINGS), None) is not None:
        return True
    return any(_is_price_line(e) for e in member.iter() if is_element(e))


def _is_price_line(element: HtmlElement) -> bool:
    line = own_text(element)
    return len(line) <= MAX_PRICE_LINE_CHARS and values.is_price(line)
