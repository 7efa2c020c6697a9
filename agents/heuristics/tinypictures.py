"""Leave out a record's second picture when it is drawn tiny beside its own picture.

A recipe card shows the dish and, by the cook's name, a 20-pixel face; a story card shows its
cover and the writer's round avatar; a listing its photo and the agent's logo. The page declares
how small it draws them (``width="20" height="20"``, ``class="h-6 w-6 rounded-full"``): a face or
a badge, the same for every record's person or brand, never the record's picture. Once the record
has a picture of its own declared larger (or responsive, with a ``srcset``), the tiny one is left out. A record
whose only picture is tiny keeps it: it may be all the picture there is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.heuristics.dom import HtmlElement
from agents.heuristics.slots import Slot

#: The largest side, in CSS pixels, of a picture drawn as a face or an icon.
MAX_TINY_PX = 48
#: Share of a slot's records whose picture is declared tiny.
TINY_SHARE = 0.8
#: Utility classes sizing a box in quarter-rems (``w-6`` is 24 px): width then height.
_SIZE_CLASS = re.compile(r"^(?:[a-z]+:)?(w|h|size)-(\d+(?:\.5)?)$")
_REM_QUARTER_PX = 4


def without_tiny_pictures(slots: list[Slot]) -> list[Slot]:
    """``slots`` without the picture addresses drawn tiny in most records, when another picture
    address of the record is declared larger."""
    pictures = [s for s in slots if s.kind == "src" and not s.many]
    tiny = [s for s in pictures if _mostly(s, _is_tiny)]
    if not tiny or not any(_mostly(s, _is_large) for s in pictures if s not in tiny):
        return slots
    return [s for s in slots if s not in tiny]


def _mostly(slot: Slot, drawn_so: Callable[[HtmlElement], bool]) -> bool:
    drawn = [drawn_so(occurrences[0].element) for occurrences in slot.per_record.values() if occurrences]
    return bool(drawn) and sum(drawn) >= TINY_SHARE * len(drawn)


def _is_large(element: HtmlElement) -> bool:
    """Whether the picture is declared larger than a face (a side above it) or responsive (``srcset``):
    a picture of no declared size may be a logo the page draws small by its stylesheet."""
    if element.get("srcset") or element.get("data-srcset") or element.get("sizes"):
        return True
    sides = _declared_sides(element)
    return any(side is not None and side > MAX_TINY_PX for side in sides)


def _is_tiny(element: HtmlElement) -> bool:
    """Whether the picture's declared width and height (attributes, else utility classes) are both small."""
    sides = _declared_sides(element)
    return all(side is not None and side <= MAX_TINY_PX for side in sides)


def _declared_sides(element: HtmlElement) -> list[float | None]:
    """The picture's declared width and height: its attributes, else its utility classes."""
    sides = [_pixels(element.get("width")), _pixels(element.get("height"))]
    return _class_sides(element.get("class") or "") if None in sides else sides


def _pixels(value: str | None) -> float | None:
    text = (value or "").strip().removesuffix("px")
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _class_sides(classes: str) -> list[float | None]:
    width: float | None = None
    height: float | None = None
    for token in classes.split():
        if match := _SIZE_CLASS.match(token):
            px = float(match.group(2)) * _REM_QUARTER_PX
            if match.group(1) in ("w", "size"):
                width = px
            if match.group(1) in ("h", "size"):
                height = px
    return [width, height]
