"""The finders of a detail page's well-known fields: date, author, image, rating, description.

Each looks inside the entity's container, away from repeated blocks (``blocked``) and from the
page's chrome, and returns the element holding the value and the attribute to read (None: its text).
"""

from __future__ import annotations

import re
from itertools import islice

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, innermost, tag_of
from agents.heuristics.ratingbadges import rating_said
from agents.heuristics.sitechrome import in_chrome

#: What a finder returns: the element holding the value, and the attribute to read (None: its text).
Found = tuple[HtmlElement, str | None]
#: An article body or product description is at least this long; shorter blocks are blurbs.
MIN_DESCRIPTION_CHARS = 80
#: Icons and tracking pixels declare tiny sizes; a product or article image never does.
MIN_IMAGE_SIZE = 60
#: A line saying when the entity was listed ("Added on 14/03/2026") is this short.
MAX_DATE_LINE_CHARS = 40
_DATE_SAID = re.compile(r"^(?:added|listed|posted|published|first listed|date added)(?: on)?:? \S", re.IGNORECASE)
#: A byline naming the author ("By Ana Reis", "von Jana Roth") is this short; the name is capitalised.
MAX_BYLINE_CHARS = 60
_BYLINE = re.compile(r"^(?:[Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]oor)\s+(?P<names>.+)$")
#: Words of a byline's names: capitalised names, and the words joining or particling them.
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*,?|and|&|und|et|y|e|de|da|van|von|der|del)$")
MAX_BYLINE_WORDS = 6
_BLOCK_INSIDE = "descendant::*[self::div or self::p or self::li or self::ul or self::section]"
#: A stock line ("In stock (22 available)") is this short.
MAX_AVAILABILITY_CHARS = 40
_AVAILABILITY = re.compile(r"\b(?:in stock|out of stock|sold out|available|unavailable|pre-?order|backorder)", re.I)
#: A line saying only the stock state, which needs no class to be read as one.
_STOCK_LINE = re.compile(
    r"^(?:in stock|out of stock|sold out|currently unavailable|temporarily out of stock|available now|"
    r"pre-?order(?: now)?|back-?ordered|only \d{1,4} left(?: in stock)?)(?:[.!]| \(.{1,30}\))?$",
    re.IGNORECASE,
)
#: An attribute lower-cased in XPath 1.0.
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
#: A count of reviews beside a rating: "12,345 ratings", "(1,234)", "2,310 global ratings", "(87 reviews)".
_REVIEW_COUNT = re.compile(
    r"^\(?\d[\d,.]{0,12}[KkMm]?\+? (?:global |customer |user )?(?:ratings?|reviews?|votes?)\)?$"
    r"|^\((?:\d{1,3}(?:[,.]\d{3})*|\d{1,3}(?:[.,]\d)?[KkMm])\+?\)$",
    re.IGNORECASE,
)
#: Wrappers of a rating climbed to find the count of reviews that goes with it.
REVIEW_COUNT_DEPTH = 6
MAX_REVIEW_COUNT_SCAN = 500
#: Blocks beside a lone paragraph that hold components (chips, credits, buttons), not prose.
_COMPONENT_TAGS = frozenset({"div", "section", "nav", "aside", "form"})
#: Children saying the same text this many times are copies of one value.
MIN_COPIES = 2
#: Classes and ids of a gallery's small copies, which come before the main picture.
_THUMBNAIL = re.compile(r"thumb", re.IGNORECASE)
#: Words of an id or class marking the main picture; wrappers this far up are looked at.
_MAIN_IMAGE = re.compile(r"(?:^|[-_\s])(?:landing|main|primary|hero|featured)(?:$|[-_\s])", re.IGNORECASE)
MAIN_IMAGE_DEPTH = 3
#: Attributes only a gallery's main picture carries: its zoom copy, its responsive copies.
_MAIN_IMAGE_ATTRIBUTES = ("data-old-hires", "data-a-dynamic-image", "data-zoom-image", "data-large-image")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
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
    # "By Ana Reis" in a hashed-class line: the word before the name says what it is.
    short = f".//*[string-length(normalize-space()) <= {MAX_BYLINE_CHARS}]"
    for element in visible(container, short, blocked):
        if _is_byline(full_text(element)) and not element.xpath(_BLOCK_INSIDE):
            return element, None
    return None


def _is_byline(text: str) -> bool:
    """ "By Ana Reis", "By Ana Reis and Tom Wu", "von Jana Roth"; not "By clicking here"."""
    match = _BYLINE.match(text)
    words = match["names"].split() if match else []
    return 0 < len(words) <= MAX_BYLINE_WORDS and words[0][0].isupper() and all(_NAME_WORD.match(w) for w in words)


def find_image(container: HtmlElement, blocked: set[int]) -> Found | None:
    """The entity's picture: the one marked as the main one, else the first big enough; a
    gallery's thumbnails (in buttons, in a strip classed as thumbnails) come before it in the page
    and are taken only when there is nothing else."""
    pictures: list[Found] = []
    thumbnails: list[Found] = []
    for element in visible(container, ".//img[@src or @data-src]", blocked):
        sizes = [element.get("width"), element.get("height")]
        if any(s and s.isdigit() and int(s) < MIN_IMAGE_SIZE for s in sizes):
            continue
        src = (element.get("src") or "").strip()
        attribute = "src" if src and not src.startswith("data:") else "data-src" if element.get("data-src") else None
        if attribute is not None:
            (thumbnails if _is_thumbnail(element, container) else pictures).append((element, attribute))
    shared = _shared_image(container)
    titled = {id(a) for h1 in container.iter("h1") for a in h1.iterancestors()}
    marked = [p for p in pictures if _is_main_image(p[0], container, shared, titled)]
    chosen = marked or pictures or thumbnails
    return chosen[0] if chosen else None


def _is_thumbnail(image: HtmlElement, container: HtmlElement) -> bool:
    """An image inside a button (a gallery's selector) or in a block classed as thumbnails."""
    for element in (image, *image.iterancestors()):
        if element is container:
            return False
        if tag_of(element) == "button" or _THUMBNAIL.search(_marks(element)):
            return True
    return False


def _is_main_image(image: HtmlElement, container: HtmlElement, shared: str, titled: set[int]) -> bool:
    """An image the page marks as its main one: by id or class (``landingImage``, ``hero-image``,
    ``product-main-image``), by a zoom or responsive copy beside it, or as the one it shares."""
    if any(image.get(a) for a in _MAIN_IMAGE_ATTRIBUTES):
        return True
    source = (image.get("src") or image.get("data-src") or "").strip()
    if shared and source and (source == shared or shared.endswith(source) or source.endswith(shared)):
        return True
    for depth, element in enumerate((image, *image.iterancestors())):
        if element is container or depth > MAIN_IMAGE_DEPTH or id(element) in titled:
            return False  # a wrapper holding the title is the whole entity, not its picture
        if _MAIN_IMAGE.search(_marks(element)):
            return True
    return False


def _shared_image(container: HtmlElement) -> str:
    """The picture the page gives for sharing (``og:image``): the entity's own."""
    found = container.getroottree().getroot().xpath("//meta[@property='og:image']/@content")
    return str(found[0]).strip() if found else ""


def _marks(element: HtmlElement) -> str:
    """The element's id and classes, words split at camel case: "landingImage" -> "landing Image"."""
    marks = f"{element.get('id') or ''} {element.get('class') or ''}"
    return _CAMEL.sub(" ", marks)


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
    return (_one_copy(_lone_paragraph(best[1])), None) if best else None


def _lone_paragraph(body: HtmlElement) -> HtmlElement:
    """The one paragraph of a block whose other parts are components, not prose (a row of genre
    chips, a box of credits beside a plot): those hold values of their own, not the text."""
    paragraphs = [c for c in body if tag_of(c) == "p" and full_text(c)]
    others = [c for c in body if isinstance(c.tag, str) and tag_of(c) != "p" and full_text(c)]
    if len(paragraphs) != 1 or not others or (body.text or "").strip():
        return body
    components = all(tag_of(c) in _COMPONENT_TAGS and not c.xpath(".//p") for c in others)
    return paragraphs[0] if components else body


def _one_copy(element: HtmlElement) -> HtmlElement:
    """The first of the element's children when each says the same (a plot written once per
    screen size, two of them hidden by CSS): one copy is what a reader sees."""
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) < MIN_COPIES or (element.text or "").strip():
        return element
    first = full_text(children[0])
    if first and all(full_text(c) == first and not (c.tail or "").strip() for c in children):
        return children[0]
    return element


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
    return (inner[0], None) if inner else rating_said(container, blocked)


def find_review_count(rating: HtmlElement, container: HtmlElement, blocked: set[int]) -> Found | None:
    """The count of reviews in the rating's own block: "12,345 ratings", "(1,234)" beside the stars,
    the nearest one first; a count beside another rating (a review's, a related item's) is not it."""
    block = rating
    for _ in range(REVIEW_COUNT_DEPTH):
        parent = block.getparent()
        if parent is None or block is container or id(parent) in blocked:
            return None
        block = parent
        said = [
            e
            for e in islice(block.iterdescendants(), MAX_REVIEW_COUNT_SCAN)
            if isinstance(e.tag, str)
            and not len(e)  # the count is a line of its own: "12,345 ratings" in a span
            and id(e) not in blocked
            and e is not rating
            and _REVIEW_COUNT.match(full_text(e))
            and not in_chrome(e, container)
        ]
        if said:
            return said[0], None
    return None


def find_availability(container: HtmlElement, blocked: set[int]) -> Found | None:
    """ "In stock", "Out of stock", "Sold out" in an element classed, named (id, tooltip) or
    itemprop'd as the stock state (``div#availability > span``, Magento's ``title="Availability"``);
    else a line saying only that (a page of hashed classes)."""
    xpath = (
        ".//*[@itemprop='availability' or contains(@class, 'stock') or contains(@class, 'availab')"
        " or contains(@id, 'stock') or contains(@id, 'availab')"
        f" or contains({_LOWER.format('@title')}, 'availab') or contains({_LOWER.format('@aria-label')}, 'availab')]"
    )
    said = [
        e
        for e in visible(container, xpath, blocked)
        if len(full_text(e)) <= MAX_AVAILABILITY_CHARS and _AVAILABILITY.search(full_text(e))
    ]
    inner = innermost(said)
    if inner:
        return inner[0], None
    short = f".//*[not(*) and string-length(normalize-space()) <= {MAX_AVAILABILITY_CHARS}]"
    for element in visible(container, short, blocked):
        if _STOCK_LINE.match(full_text(element)) and not element.xpath("ancestor::select or ancestor::label"):
            return element, None
    return None


def reads_lead(container: HtmlElement, body: HtmlElement) -> bool:
    """Whether a body found by its paragraphs opens with an infobox (a table of label rows) before
    them, as a wiki article does: then its first paragraph, the lead, is what a reader copies."""
    if any(e.root is body for hint in _DESCRIPTION_HINTS for e in Selector(root=container).css(hint)):
        return False  # a CMS's own body block (``.entry-content``) is read whole
    boxed = body.xpath("./table[count(.//tr[th and td]) >= 2]")
    lead = next((p for p in body if tag_of(p) == "p" and full_text(p)), None)
    return bool(boxed) and lead is not None and len(full_text(lead)) >= MIN_DESCRIPTION_CHARS
