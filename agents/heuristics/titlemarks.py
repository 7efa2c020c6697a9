"""Values written right beside a detail page's title with no label: a class of stars drawn as
icons, and the address line under the name.

A hotel's stars are icons with an accessible name ("4 out of 5") beside its name, a figure of
its own apart from the guests' review score; its address is a line of comma-separated parts
right under the name. Both sit in the title's own block, which a class such as ``pp-header`` may
make look like the page's header: the title's block is the entity's, whatever its classes say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.sitechrome import in_chrome
from pipeline.core.schemas import FieldSpec, FieldType

#: The title's block holds the title and this much more (a badge, the stars).
MAX_BLOCK_EXTRA_CHARS = 80
MAX_BLOCK_DEPTH = 4
#: Elements after the title's block looked at for the address line.
MAX_LINES_AFTER = 2
#: Stars said in words: "4 out of 5", "3/5", "5 stars".
_STARS_SAID = re.compile(r"^(?P<n>[1-5](?:[.,]5)?)\s*(?:(?:out of|of|/)\s*5(?:\s*stars?)?|stars?)$", re.IGNORECASE)
#: An address line: three to six comma-separated parts, a number among them.
MIN_ADDRESS_PARTS = 3
MAX_ADDRESS_PARTS = 6
MAX_ADDRESS_CHARS = 120
MAX_ADDRESS_PART_CHARS = 40
#: Icons drawing the stars.
_DRAWN = "descendant::*[self::svg or self::img or self::i or self::span]"


def title_marks(
    record: Selector,
    container: HtmlElement,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    read: dict[int, FieldType],
) -> Iterator[FieldSpec]:
    """``stars`` drawn beside the title and ``address`` in the line under it."""
    block = title_block(heading)
    stars = drawn_stars(block, heading)
    if stars is not None and id(stars[0]) not in read:
        whole = float(stars[1].replace(",", ".")).is_integer()
        name = "stars" if whole or "rating" in taken else "rating"
        if name not in taken and (spec := field_spec(record, (stars[0], stars[2]), name, "rating", taken)):
            yield spec
    address = address_line(block, heading, container, blocked)
    fresh = address is not None and id(address) not in read and "address" not in taken
    if fresh and address is not None and (spec := field_spec(record, (address, None), "address", "text", taken)):
        yield spec


def title_block(heading: HtmlElement) -> HtmlElement:
    """The widest wrapper of the title that says little more than it: the title's own block."""
    block, most = heading, len(full_text(heading)) + MAX_BLOCK_EXTRA_CHARS
    for _ in range(MAX_BLOCK_DEPTH):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html", "main", "article") or len(full_text(parent)) > most:
            break
        block = parent
    return block


def drawn_stars(block: HtmlElement, heading: HtmlElement) -> tuple[HtmlElement, str, str] | None:
    """(element, count, attribute) for icons in the title's block that say nothing but whose
    accessible name or tooltip counts stars ("4 out of 5")."""
    for element in block.iterdescendants():
        if not isinstance(element.tag, str) or element is heading or full_text(element):
            continue
        for attribute in ("aria-label", "title"):
            match = _STARS_SAID.match((element.get(attribute) or "").strip())
            if match and element.xpath(_DRAWN):
                return element, match["n"], attribute
    return None


def address_line(
    block: HtmlElement, heading: HtmlElement, container: HtmlElement, blocked: set[int]
) -> HtmlElement | None:
    """The innermost element right after the title (in its block, or in the next lines) whose text
    is an address: comma-separated parts, a number among them ("Rua do Limoeiro 12, Santa Maria
    Maior, 1100-338 Lisbon, Portugal")."""
    after = [s for s in block.itersiblings() if isinstance(s.tag, str)][:MAX_LINES_AFTER]
    titled = set(heading.iter())
    inside = [e for e in block.iterdescendants() if e not in titled]
    within = {id(e) for e in inside}
    for line in (*inside, *after):
        stop = block if id(line) in within else block.getparent()  # the title's block is no chrome
        if not isinstance(line.tag, str) or id(line) in blocked or in_chrome(line, stop):
            continue
        found = [e for e in line.iter() if isinstance(e.tag, str) and is_address(full_text(e))]
        inner = [e for e in found if not any(d is not e and d in found for d in e.iterdescendants())]
        if inner:
            return inner[0]
    return None


def is_address(text: str) -> bool:
    """ "Rua do Limoeiro 12, Santa Maria Maior, 1100-338 Lisbon, Portugal"; not a price, a date,
    a sentence or a list of words."""
    if not 0 < len(text) <= MAX_ADDRESS_CHARS or not any(c.isdigit() for c in text) or text.endswith("."):
        return False
    parts = [p.strip() for p in text.split(",")]
    if not MIN_ADDRESS_PARTS <= len(parts) <= MAX_ADDRESS_PARTS:
        return False
    if any(not p or len(p) > MAX_ADDRESS_PART_CHARS or not p[0].isalnum() for p in parts):
        return False
    return not values.is_price(text) and not values.is_date(text) and not text[0].islower()
