"""The finders of a detail page's well-known fields: date, author, image, rating, description.

Each looks inside the entity's container, away from repeated blocks (``blocked``) and from the
page's chrome, and returns the element holding the value and the attribute to read (None: its text).
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, in_chrome, innermost, tag_of

#: What a finder returns: the element holding the value, and the attribute to read (None: its text).
Found = tuple[HtmlElement, str | None]
#: An article body or product description is at least this long; shorter blocks are blurbs.
MIN_DESCRIPTION_CHARS = 80
#: Icons and tracking pixels declare tiny sizes; a product or article image never does.
MIN_IMAGE_SIZE = 60
#: A line saying when the entity was listed ("Added on 14/03/2026") is this short.
MAX_DATE_LINE_CHARS = 40
_DATE_SAID = re.compile(r"^(?:added|listed|posted|published|first listed|date added)(?: on)?:? \S", re.IGNORECASE)
#: A stock line ("In stock (22 available)") is this short.
MAX_AVAILABILITY_CHARS = 40
_AVAILABILITY = re.compile(r"\b(?:in stock|out of stock|sold out|available|unavailable|pre-?order|backorder)", re.I)
_DESCRIPTION_HINTS = (
    "[itemprop=description]",
    "[itemprop=articleBody]",
    ".description",
    ".product-description",
    ".article-body",
    ".entry-content",
    ".post-content",
    ".article-content",
    ".content-body",
    ".story-body",
    ".post-body",
    "#description",
)


def visible(container: HtmlElement, xpath: str, blocked: set[int]) -> list[HtmlElement]:
    """What ``xpath`` finds in the container outside the blocked blocks and the page's chrome."""
    return [e for e in container.xpath(xpath) if id(e) not in blocked and not in_chrome(e, container)]


def find_date(container: HtmlElement, blocked: set[int]) -> Found | None:
    for element in visible(container, ".//*[@itemprop='datePublished' or @itemprop='dateCreated']", blocked):
        return element, "content" if element.get("content") else "datetime" if element.get("datetime") else None
    for element in visible(container, ".//time", blocked):
        return element, "datetime" if element.get("datetime") else None
    for element in visible(container, ".//*[contains(@class, 'date') and not(*)]", blocked):
        if values.is_date(full_text(element)):
            return element, None
    # "Added on 14/03/2026" in a hashed-class div: the words before the date say what it is.
    short = f".//*[not(*) and string-length(normalize-space()) <= {MAX_DATE_LINE_CHARS}]"
    for element in visible(container, short, blocked):
        text = full_text(element)
        if _DATE_SAID.match(text) and values.is_date(text):
            return element, None
    return None


def find_author(container: HtmlElement, blocked: set[int]) -> Found | None:
    xpath = ".//*[@itemprop='author' or @rel='author' or contains(@class, 'author') or contains(@class, 'byline')]"
    matches = visible(container, xpath, blocked)
    inner = {id(e) for e in matches}
    for element in matches:
        if any(id(d) in inner for d in element.iterdescendants()):
            continue  # "By <a rel=author>Priya Shah</a>, correspondent": take the name itself
        names = element.xpath(".//*[@itemprop='name']")
        target = names[0] if names else element
        text = full_text(target)
        if 0 < len(text) <= 80:
            return target, None
    return None


def find_image(container: HtmlElement, blocked: set[int]) -> Found | None:
    for element in visible(container, ".//img[@src or @data-src]", blocked):
        sizes = [element.get("width"), element.get("height")]
        if any(s and s.isdigit() and int(s) < MIN_IMAGE_SIZE for s in sizes):
            continue
        src = (element.get("src") or "").strip()
        if src and not src.startswith("data:"):
            return element, "src"
        if element.get("data-src"):
            return element, "data-src"
    return None


def find_description(container: HtmlElement, heading: HtmlElement, blocked: set[int]) -> Found | None:
    for hint in _DESCRIPTION_HINTS:
        for element in Selector(root=container).css(hint):
            if id(element.root) not in blocked and len(full_text(element.root)) >= MIN_DESCRIPTION_CHARS:
                return element.root, None
    best: tuple[int, HtmlElement] | None = None
    for parent in visible(container, ".//*[p]", blocked):
        if heading in set(parent.iter()) and parent is not heading.getparent():
            continue
        size = sum(len(full_text(p)) for p in parent if tag_of(p) == "p")
        if size >= MIN_DESCRIPTION_CHARS and (best is None or size > best[0]):
            best = (size, parent)
    return (best[1], None) if best else None


def find_rating(container: HtmlElement, blocked: set[int]) -> Found | None:
    """Microdata's ratingValue, else a rating-classed element saying its stars in words or text."""
    for element in visible(container, ".//*[@itemprop='ratingValue']", blocked):
        return element, "content" if element.get("content") else None
    xpath = ".//*[contains(@class, 'rating') or contains(@class, 'stars')]"
    said: list[HtmlElement] = []
    for element in visible(container, xpath, blocked):
        words = str(element.get("class") or "").split()
        if any(values.RATING_WORD_CLASS.match(w) for w in words):
            return element, "class"  # <p class="star-rating Three">: the stars are drawn by CSS
        if values.is_rating(full_text(element)):
            said.append(element)
    # The innermost saying it: a rating block also holds the count of reviews ("(12 reviews)").
    inner = innermost(said)
    return (inner[0], None) if inner else None


def find_availability(container: HtmlElement, blocked: set[int]) -> Found | None:
    """ "In stock", "Out of stock", "Sold out" in an element classed or itemprop'd as the stock state."""
    xpath = ".//*[@itemprop='availability' or contains(@class, 'stock') or contains(@class, 'availab')]"
    said = [
        e
        for e in visible(container, xpath, blocked)
        if len(full_text(e)) <= MAX_AVAILABILITY_CHARS and _AVAILABILITY.search(full_text(e))
    ]
    inner = innermost(said)
    return (inner[0], None) if inner else None


def reads_lead(container: HtmlElement, body: HtmlElement) -> bool:
    """Whether a body found by its paragraphs opens with an infobox (a table of label rows) before
    them, as a wiki article does: then its first paragraph, the lead, is what a reader copies."""
    if any(e.root is body for hint in _DESCRIPTION_HINTS for e in Selector(root=container).css(hint)):
        return False  # a CMS's own body block (``.entry-content``) is read whole
    boxed = body.xpath("./table[count(.//tr[th and td]) >= 2]")
    lead = next((p for p in body if tag_of(p) == "p" and full_text(p)), None)
    return bool(boxed) and lead is not None and len(full_text(lead)) >= MIN_DESCRIPTION_CHARS
