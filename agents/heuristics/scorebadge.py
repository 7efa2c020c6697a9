"""A review score badge: a score, the word saying it, and the count of reviews, as separate lines.

Travel and booking sites show the guests' score as a badge: "8.7" in a box, then "Fabulous" and
"1,234 reviews" (Booking.com, Hotels.com, Expedia, Agoda). No label names the parts; the count's
words say what the badge is, the bare figure is the score, and the one short word beside them
is the score's word. The badge may be read whole elsewhere ("8.7 Scored 8.7 Fabulous 1,234
reviews"); here each part is a field of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from parsel import Selector

from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement
from agents.heuristics.ratingbadges import find_badge
from pipeline.core.schemas import FieldSpec, FieldType


def score_badge(
    record: Selector, container: HtmlElement, blocked: set[int], taken: set[str], read: dict[int, FieldType]
) -> Iterator[FieldSpec]:
    """``rating``, ``review_count`` and ``rating_text`` from the first score badge of the entity;
    a part already read, or a name already taken, is passed over."""
    badge = find_badge(container, blocked)
    if badge is None:
        return
    score, count, word = badge
    parts: tuple[tuple[str, FieldType, HtmlElement], ...] = (
        ("rating", "rating", score),
        ("review_count", "number", count),
        ("rating_text", "text", word),
    )
    for name, field_type, element in parts:
        fresh = name not in taken and id(element) not in read
        if fresh and (spec := field_spec(record, (element, None), name, field_type, taken)):
            yield spec
