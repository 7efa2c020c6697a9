"""Ratings said in words, and the two figures a stay's page shows: the guests' score and the
class of stars.

Where no class names the rating (hashed by a build), the first element whose text, tooltip or
accessible name is a rating and nothing else is it: "4.5 out of 5 stars" in Amazon's ``title``,
"8.8/10" in IMDb's score box. A hotel's page says two figures: the class, stars drawn as icons
beside the name with an accessible name ("4 out of 5"), and the guests' score, a badge of
separate lines ("8.7", "Fabulous", "1,234 reviews"). Where the page shows such a badge, the
drawn stars are the class, not the rating.
"""

from __future__ import annotations

import re
from itertools import islice

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.ratingwords import SAID_SCORE
from agents.heuristics.sitechrome import in_chrome

#: What a finder returns: the element holding the value, and the attribute to read (None: its text).
Found = tuple[HtmlElement, str | None]
#: A rating said in full ("4.5 out of 5 stars", "8.8/10", "Rated 4 out of 5"): a figure and its scale;
#: a sentence may name it first ("Company rating 4.1 out of 5 stars") and count reviews after it
#: ("4.9 out of 5 stars, 1,234 reviews").
SAID_RATING = re.compile(
    rf"^(?:{SAID_SCORE}|(?:rated\s+|(?:[^\W\d_]{{1,20}}\s){{0,2}}rating:?\s+)?\d(?:[.,]\d{{1,2}})?\s*"
    r"(?:/\s*(?:5|10)|out of\s+(?:5|10)))"
    r"(?:\.0)?(?:\s*stars?)?(?:,?\s{0,2}\(?\d[\d,.]{0,12}\s(?:reviews?|ratings?)\)?)?$",
    re.IGNORECASE,
)
MAX_RATING_CHARS = 48
#: A count of reviews said in words: "1,234 reviews", "(87 verified ratings)".
_COUNT = re.compile(
    r"^\(?\d[\d,.]{0,12}[KkMm]?\+? (?:verified |guest |global |customer |user )?(?:ratings?|reviews?|opinions?)\)?$",
    re.IGNORECASE,
)
#: A score out of five or ten: "8.7", "4.5", "9".
_SCORE = re.compile(r"^(?:10|\d)(?:[.,]\d{1,2})?$")
#: The score's word: one or two words, the first capitalised ("Fabulous", "Very good").
_SCORE_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{1,15}(?: [a-zà-ÿ]{2,15})?$")
#: Wrappers climbed from the count to find the badge; elements of a badge looked at.
MAX_BADGE_DEPTH = 3
MAX_BADGE_ELEMENTS = 40
#: A badge says little: "8.7 Scored 8.7 Fabulous 1,234 reviews".
MAX_BADGE_CHARS = 60
MAX_SCAN = 20_000
#: A class of stars is a whole number ("4 out of 5"), drawn by icons.
_WHOLE_STARS = re.compile(r"^[1-5]\s*(?:(?:out of|of|/)\s*5(?:\s*stars?)?|stars?)$", re.IGNORECASE)
_DRAWN = "descendant::*[self::svg or self::img or self::i or self::span]"


def rating_said(container: HtmlElement, blocked: set[int]) -> Found | None:
    """The first element saying a rating and nothing else, in its text or its tooltip or accessible
    name; a histogram's "5 star" rows say no scale. Stars drawn as a hotel's class are passed over
    where a score badge gives the guests' score."""
    short = f".//*[@title or @aria-label or string-length(normalize-space()) <= {MAX_RATING_CHARS}]"
    badge: bool | None = None
    for element in container.xpath(short):
        if id(element) in blocked or in_chrome(element, container):
            continue
        for attribute in ("title", "aria-label"):
            if SAID_RATING.match((element.get(attribute) or "").strip()):
                if is_drawn_class(element, attribute):
                    badge = find_badge(container, blocked) is not None if badge is None else badge
                    if badge:
                        break
                return element, attribute
        else:
            if SAID_RATING.match(full_text(element)) and not any(
                SAID_RATING.match(full_text(c)) for c in element if isinstance(c.tag, str)
            ):
                return element, None
    return None


def is_drawn_class(element: HtmlElement, attribute: str) -> bool:
    """Icons with no text whose accessible name counts whole stars ("4 out of 5"): a class."""
    said = (element.get(attribute) or "").strip()
    return not full_text(element) and bool(_WHOLE_STARS.match(said)) and bool(element.xpath(_DRAWN))


def find_badge(container: HtmlElement, blocked: set[int]) -> tuple[HtmlElement, HtmlElement, HtmlElement] | None:
    """(score, count, word) of the first block holding a bare score, one short word and a count of
    reviews, each a line of its own, outside the blocked blocks (other items' cards)."""
    for element in islice(container.iter(), MAX_SCAN):
        if not isinstance(element.tag, str) or len(element) or id(element) in blocked:
            continue
        if not _COUNT.match(full_text(element)) or in_chrome(element, container):
            continue
        block = element
        for _ in range(MAX_BADGE_DEPTH):
            parent = block.getparent()
            if parent is None or parent is container or id(parent) in blocked:
                break
            block = parent
            if len(full_text(block)) > MAX_BADGE_CHARS:
                break
            lines = [e for e in islice(block.iter(), MAX_BADGE_ELEMENTS) if isinstance(e.tag, str) and not len(e)]
            scores = [e for e in lines if _SCORE.match(full_text(e))]
            words = [e for e in lines if _SCORE_WORD.match(full_text(e))]
            if len(scores) == 1 and len(words) == 1:
                return scores[0], element, words[0]
    return None
