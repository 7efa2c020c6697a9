"""What one element of a record holds besides its text: a link, a picture and its caption, a
datetime, a microdata value, a rating caption or class, an icon's caption, an exact tooltip, a rank
written around other values. Each reader returns ``(kind, attribute or None, value)`` triples for ``slots``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.describedlinks import link_description
from agents.heuristics.dom import HIDDEN_TAGS, HtmlElement, full_text, is_element, tag_of
from agents.heuristics.iconstates import shows_icon
from agents.heuristics.ratingwords import SCALE_FIRST, SCALE_FIRST_SCORE, SCALE_OF, STAR_WORDS
from agents.heuristics.unshowndates import unshown_date
from pipeline.core.cleantext import clean_text
from pipeline.core.textparts import tail_text

Found = list[tuple[str, str | None, str]]

#: A number written beside other values in one element (a rank "12.") is this short.
MAX_OWN_NUMBER_CHARS = 6
#: Elements that draw a picture, never a word.
_ICON_TAGS = frozenset({"svg", "img", "i"})
#: A score's scale: "out of 5", "/10", "von 5", "sur 5".
_OF = rf"(?:/|out of|{SCALE_OF})"
#: "4.5 out of 5 stars", "8.7/10", "4 stars", "4,5 von 5 Sternen", "5点中4.41点" (the scale first); not "$35
#: of items" nor "3 of 12 photos".
_RATING_LABEL = re.compile(
    rf"(?<![\d.,$€£])\d(?:[.,]\d+)?\s*(?:{_OF}\s*(?:5|10|100)(?![\d.,])|{STAR_WORDS})|{SCALE_FIRST}\s*{SCALE_FIRST_SCORE}",
    re.IGNORECASE,
)
#: "1 of 5", "Photo 3 / 5", "Bild 1 von 5": two whole numbers and nothing else numeric, the place of a
#: slide in a carousel (Airbnb's card photos, Swiper's default "1 / 5" slide label), not a score.
#: ("4 out of 5" says a score: "out of" is no slide's word.)
_POSITION_LABEL = re.compile(rf"^[^\d.,]*\b\d+\s*(?:/|{SCALE_OF})\s*\d+\b[^\d.,]*$", re.IGNORECASE)
#: Words that make "4 of 5" a score after all: "Rated 4 of 5", "4/5 stars", "Bewertung: 4 von 5".
_RATING_WORDS = re.compile(
    rf"rat(?:ed|ing)|{STAR_WORDS}|score|review|points?\b|bewert|note\b|valora|puntua|beoordeling|valutazion|avalia",
    re.IGNORECASE,
)
#: A bare text after an element longer than this is running prose, not one value of a line.
MAX_TAIL_CHARS = 60
#: An alt text longer than this describes a photo rather than naming something.
MAX_ALT_CHARS = 60
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_LAZY_SRC = (
    "data-src",
    "data-lazy-src",
    "data-lazy",
    "data-original",
    "data-echo",
    "data-img",
    "data-image",
    "data-hi-res-src",
    "data-srcset",
    "srcset",
)
#: A ``src`` a lazy loader replaces: an inline placeholder or a named stand-in picture.
_PLACEHOLDER_SRC = re.compile(r"^data:|placeholder|blank|spacer|transparent|lazy|loading|1x1|pixel\.|empty\.", re.I)


def rating_caption(element: HtmlElement) -> Found:
    """A rating written in an attribute: ``aria-label="4.5 out of 5 stars"``, ``data-rating``; or
    the accessible name of an ``<svg>`` drawing the stars (see ``picture_name``)."""
    named = picture_name(element) if tag_of(element) == "svg" else None
    if named and _is_rating_label(named[1], element):
        return [("rating", *named)]
    for attribute in ("aria-label", "title", "data-rating"):
        caption = (element.get(attribute) or "").strip()
        shown = tag_of(element) != "a" or _draws_only(element)  # a link's tooltip names where it leads
        if caption and shown and (attribute == "data-rating" or _is_rating_label(caption, element)):
            return [("rating", attribute, caption)]
    return []


def _draws_only(link: HtmlElement) -> bool:
    """A link showing nothing but icons (JTL's ``a.rating[title="…: 4.7/5"]`` of five stars): its
    tooltip says what the icons draw, not where the link leads."""
    icons = [c for c in link if is_element(c)]
    return bool(icons) and not full_text(link) and all(tag_of(c) in _ICON_TAGS or shows_icon(c) for c in icons)


def value_children(element: HtmlElement) -> list[HtmlElement]:
    """``dom.child_elements`` and, in document order, the ``<svg>`` drawings whose accessible name
    is a rating ("4.5 of 5 bubbles"): the drawing is no text, but its name is the only written
    form of the score, as an image's alt is."""
    return [
        c
        for c in element
        if is_element(c) and (tag_of(c) not in HIDDEN_TAGS or (tag_of(c) == "svg" and bool(rating_caption(c))))
    ]


def picture_name(svg: HtmlElement) -> tuple[str | None, str] | None:
    """What an ``<svg>`` says to a screen reader, read like an image's alt: ``(attribute, name)``,
    the attribute None where the name is the drawing's own text (``<title>``), which the engine
    reads as the svg's text. Its ``aria-label``, else its ``<title>`` child, else the element its
    ``aria-labelledby`` names inside it (one outside is walked as text of its own), else its
    ``title`` attribute. A drawing hidden from screen readers (``aria-hidden``) names nothing."""
    if (svg.get("aria-hidden") or "").strip().lower() == "true":
        return None
    if label := clean_text(svg.get("aria-label") or ""):
        return "aria-label", label
    own = full_text(svg)
    if own and (_title_child(svg) or _labelled_inside(svg)):
        return None, own
    if title := clean_text(svg.get("title") or ""):
        return "title", title
    return None


def _title_child(svg: HtmlElement) -> str:
    title = next((c for c in svg if is_element(c) and tag_of(c) == "title"), None)
    return clean_text(title.text_content()) if title is not None else ""


def _labelled_inside(svg: HtmlElement) -> str:
    """The text of the elements inside ``svg`` that its ``aria-labelledby`` ids name."""
    wanted = set((svg.get("aria-labelledby") or "").split())
    named = [clean_text(e.text_content()) for e in svg.iterdescendants() if is_element(e) and e.get("id") in wanted]
    return " ".join(t for t in named if t)


def _is_rating_label(caption: str, element: HtmlElement) -> bool:
    """A score on a scale ("4.5 out of 5 stars", "Rated 4 of 5"), not the place of a slide in a
    carousel ("1 of 5") unless the element's class says it shows a rating."""
    if not _RATING_LABEL.search(caption):
        return False
    return not _is_position_label(caption) or _rating_class(element)


def _is_position_label(caption: str) -> bool:
    return bool(_POSITION_LABEL.match(caption)) and not _RATING_WORDS.search(caption)


def own_number(element: HtmlElement) -> Found:
    """``<td>1. <a>The Shawshank Redemption</a> <span>(1994)</span></td>``: the rank written in a
    cell around other values, read as the cell's own first text."""
    first = next((clean_text(t) for t in element.xpath("./text()") if clean_text(t)), "")
    return [("own", None, first)] if first and len(first) <= MAX_OWN_NUMBER_CHARS and values.is_number(first) else []


def tail_value(element: HtmlElement) -> str | None:
    """The bare text after ``element`` in a line of values nobody owns ("<svg/> 4.38M"), when it is
    short and says something (not a separator, not a whole sentence)."""
    text = tail_text(element)
    if not text or not re.search(r"\w", text):
        return None
    # A link's description after its mark is one value however long (``describedlinks``).
    return text if len(text) <= MAX_TAIL_CHARS or link_description(element) is not None else None


def link_values(element: HtmlElement) -> Found:
    """A link's target (and its ``title`` tooltip), when it leads to a page."""
    href = (element.get("href") or "").strip()
    if tag_of(element) != "a" or not href or href.startswith("#") or not _leads_to_a_page(href):
        return []
    title = (element.get("title") or "").strip()
    if unshown_date(element) is not None:
        title = ""  # an empty timeago link: its title is the record's date (``attribute_values``)
    return [("href", "href", href), *([("title", "title", title)] if len(title) > 3 else [])]


def _leads_to_a_page(href: str) -> bool:
    """Relative or http(s): ``tel:``, ``mailto:``, ``javascript:`` links are actions, not pages."""
    scheme = _SCHEME.match(href)
    return scheme is None or scheme.group(1).lower() in ("http", "https")


def attribute_values(element: HtmlElement) -> Found:
    """A picture and its alt text, a ``datetime`` (or the date titling an empty element), a
    microdata ``content``, a rating class."""
    found = _image_value(element) if tag_of(element) == "img" else []
    if moment := (element.get("datetime") or "").strip():
        found.append(("datetime", "datetime", moment))  # <time>, GitHub's <relative-time>
    elif dated := unshown_date(element):
        found.append(("datetime", *dated))  # an empty timeago element: the date only in its title
    if element.get("itemprop") and (content := (element.get("content") or "").strip()):
        found.append(("content", "content", content))
    if any(values.RATING_WORD_CLASS.match(t) for t in class_tokens(element)) and _rating_class(element):
        found.append(("class", "class", element.get("class") or ""))
    found.extend(icon_caption(element))
    return found


def icon_caption(element: HtmlElement) -> Found:
    """``<span role="img" aria-label="Vegan">``: an icon with no text whose accessible name is the
    only written form of what it shows (a dietary mark, an amenity, a feature), read as an image's
    alt is. A rating's name is read by ``rating_caption``; a hidden icon names nothing."""
    if tag_of(element) in ("img", "svg", "a", "button") or full_text(element):
        return []
    if element.get("role") != "img" and tag_of(element) != "i":
        return []
    if (element.get("aria-hidden") or "").strip().lower() == "true" or _before_a_value(element):
        return []  # an icon before a value marks that value ("<i title=Beds/> 3", a "Yes" tick before "Takeout")
    for attribute in ("aria-label", "title"):
        caption = clean_text(element.get(attribute) or "")
        if not caption:
            continue
        if _RATING_LABEL.search(caption) or _is_position_label(caption) or not 1 < len(caption) <= MAX_ALT_CHARS:
            return []
        return [("icon", attribute, caption)]
    return []


def _before_a_value(icon: HtmlElement) -> bool:
    """Whether bare text or an element with text follows ``icon`` right after it."""
    if tail_value(icon):
        return True
    following = icon.getnext()
    while following is not None and not is_element(following):
        following = following.getnext()
    return following is not None and bool(full_text(following))


def exact_tooltip(element: HtmlElement) -> str | None:
    """The ``title`` of a count or a date shown rounded ("1.2k", "2 mins ago") when it holds the
    exact value ("1,204 views", "2024-03-15 10:22:31Z")."""
    title = (element.get("title") or "").strip()
    text = full_text(element)
    if not title or not text:
        return None
    if (values.is_number(text) or values.is_compact_number(text)) and re.search(r"\d", title):
        return title
    if values.is_relative_date(text) and values.is_date(title):
        return title
    return None


def _image_value(element: HtmlElement) -> Found:
    src = (element.get("src") or "").strip()
    caption = _image_caption(element)
    for lazy in _LAZY_SRC:
        candidate = (element.get(lazy) or "").strip()
        if candidate and (not src or _PLACEHOLDER_SRC.search(src)):
            return [("src", lazy, candidate), *caption]
    return [("src", "src", src), *caption] if src and not src.startswith("data:") else caption


def _image_caption(element: HtmlElement) -> Found:
    """The picture's alt text; without one, its ``title`` or ``aria-label`` (an avatar saying who
    only there). A rating caption is read by ``rating_caption``."""
    for attribute in ("alt", "title", "aria-label"):
        caption = clean_text(element.get(attribute) or "")
        if not caption:
            continue
        if attribute != "alt" and (
            _RATING_LABEL.search(caption) or _is_position_label(caption) or _names_its_link(element, caption)
        ):
            return []  # a rating read by ``rating_caption``, a slide's place, the link's tooltip
        return [("alt", attribute, caption)] if 1 < len(caption) <= MAX_ALT_CHARS else []
    return []


def _names_its_link(element: HtmlElement, caption: str) -> bool:
    """A linked picture's tooltip naming the page the link leads to ("nullroute - Most Recent
    Poster" on a link to ``/u/nullroute``): the link's tooltip, saying what the link says."""
    link = next((a for a in element.iterancestors("a")), None)
    if link is None:
        return False
    segments = [s for s in unquote(urlsplit((link.get("href") or "").strip()).path).split("/") if s]
    name = caption.split(" - ", 1)[0].strip()
    return bool(segments) and segments[-1].casefold() == name.casefold()


def _rating_class(element: HtmlElement) -> bool:
    return any(re.search(r"rat|star|score", t, re.IGNORECASE) for t in class_tokens(element))
