"""Attributes that name the parts of a record, whatever the site calls them.

Sites whose classes are hashed (``styles--1vo9F``) often name a card's parts in an attribute of
their own: ``data-ui="job-title"``, ``data-role="price"``, ``data-part="location"``. Such an
attribute is told by how its values behave, not by its name: they are words (``job-department``,
not ``0B340D1AF2``), they differ between the parts of one record (title, location, type; each part
its own name, where a style attribute says "bold" on two of them), and the same set of them comes
back in record after record. An attribute carrying a value of its own
(``data-category="engineering"`` on each card) shows one value per card: only the list around all
the cards holds several, and only once, so it names no part.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import islice, pairwise

from agents.heuristics.dom import HtmlElement

#: A part name: words joined by hyphens or underscores, no digits (``job-title``, ``priceBox``).
_PART_NAME = re.compile(r"[A-Za-z]{2,30}(?:[-_]{1,2}[A-Za-z]{1,30}){0,5}")
#: Attributes whose words are the site's code, not names of parts: ids, states, scripts' wiring.
_CODE_ATTRIBUTE = re.compile(
    r"^data-(?:.*[-_])?(?:id|key|index|state|action|controller|target|toggle|track|tracking|analytics|"
    r"gtm|src|srcset|href|url|lazy|bs-[a-z-]{1,30}|original|size|sizes|width|height|type)$"
)
#: Words of attributes wiring scripts and effects (``data-xf-init``, ``data-animation-role``): they
#: name what a script does to an element, not which part it is.
_SCRIPT_WORDS = frozenset({"init", "animation", "animations", "aos", "parallax", "click", "ga", "hotjar"})
_WORD_SPLIT = re.compile(r"[-_]+")
#: The same set of part names, each on one part, must come back in this many records...
MIN_RECORDS = 3
#: ...and name this many parts of each (a title, a place, a type).
MIN_PARTS = 3
#: Share of an attribute's values that must read as part names.
MIN_NAME_SHARE = 0.9
#: Levels above a part looked through for the record holding its sibling parts.
MAX_RECORD_DEPTH = 6
#: Elements of a page and attributes per page looked at: a bound on hostile pages.
MAX_ELEMENTS = 20_000
MAX_ELEMENTS_PER_ATTRIBUTE = 2_000
#: Documents whose part attributes are remembered (each analysis reads one page at a time).
_CACHE_SIZE = 4


def part_attribute(element: HtmlElement) -> tuple[str, str] | None:
    """(attribute, value) of the element's part-naming attribute (``data-ui="job-title"``), if any."""
    if not any(a.startswith("data-") for a in element.attrib):
        return None
    for attribute in part_attributes(element.getroottree().getroot()):
        value = (element.get(attribute) or "").strip()
        if value and _PART_NAME.fullmatch(value):
            return attribute, value
    return None


@functools.lru_cache(maxsize=_CACHE_SIZE)  # an element hashes by identity; the cache keeps it alive
def part_attributes(root: HtmlElement) -> tuple[str, ...]:
    """The attributes naming records' parts in the document under ``root``, most used first."""
    carriers: dict[str, list[HtmlElement]] = defaultdict(list)
    for element in islice(root.iter(), MAX_ELEMENTS):
        if not isinstance(element.tag, str):
            continue
        for attribute in element.attrib:
            if attribute.startswith("data-") and not _is_code_attribute(attribute):
                carriers[attribute].append(element)
    named = [(a, len(e)) for a, e in carriers.items() if len(e) >= 2 * MIN_RECORDS and _names_parts(a, e)]
    return tuple(a for a, _ in sorted(named, key=lambda pair: -pair[1]))


def _is_code_attribute(attribute: str) -> bool:
    return bool(_CODE_ATTRIBUTE.match(attribute)) or bool(_SCRIPT_WORDS & set(_WORD_SPLIT.split(attribute)))


def _names_parts(attribute: str, elements: list[HtmlElement]) -> bool:
    """Whether ``attribute``'s values are words that several records show as one same set."""
    elements = elements[:MAX_ELEMENTS_PER_ATTRIBUTE]
    values = [(e.get(attribute) or "").strip() for e in elements]
    if sum(1 for v in values if _PART_NAME.fullmatch(v)) < MIN_NAME_SHARE * len(values) or len(set(values)) < 2:
        return False
    # The values each element holds within a few levels below it, itself included.
    held: dict[int, set[str]] = defaultdict(set)
    carried: Counter[int] = Counter()
    paths: list[list[HtmlElement]] = []
    for element, value in zip(elements, values, strict=True):
        path = [element, *islice(element.iterancestors(), MAX_RECORD_DEPTH)]
        paths.append(path)
        for holder in path:
            held[id(holder)].add(value)
            carried[id(holder)] += 1
    # A record is the innermost holder of its set: a wrapper holding no more than a child is no record.
    wrappers = {id(outer) for path in paths for inner, outer in _steps(path) if held[id(outer)] == held[id(inner)]}
    records = Counter(
        frozenset(held[key])
        for key in {id(outer) for path in paths for _, outer in _steps(path)} - wrappers
        if len(held[key]) >= MIN_PARTS and carried[key] == len(held[key])
    )
    return any(count >= MIN_RECORDS for count in records.values())


def _steps(path: list[HtmlElement]) -> Iterator[tuple[HtmlElement, HtmlElement]]:
    """(child, parent) pairs up a path of ancestors."""
    return pairwise(path)
