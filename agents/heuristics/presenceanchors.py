"""Anchors in which attributes a value carries, whatever their values, where classes are hashes.

``<span title="Linux">Linux</span>`` items of a platform list, or a ``<time datetime=…>``: the
attribute's value changes from record to record, yet that the element carries it at all tells it
from the other elements of its tag in the record (the ``span``s of a stats line carry no title).
Such an anchor outlasts the places a hashed site's optional parts shift.
"""

from __future__ import annotations

from itertools import islice

from agents.heuristics.attributeanchors import STABLE_ATTRIBUTE
from agents.heuristics.dom import HtmlElement, tag_of

#: Attributes every element may carry, or that say how it looks or where it sits, not what it is.
_SAID_OF_ANY = frozenset({"class", "id", "style", "dir", "lang", "tabindex", "hidden", "role"})
#: Elements of a record compared with the value (a card holds a few dozen).
MAX_RECORD_ELEMENTS = 300


def presence_anchors(record: HtmlElement, element: HtmlElement) -> list[str]:
    """``span[title]``: the value's tag with an attribute no other element of that tag in the
    record carries, save the value's look-alike siblings (the other items of its list)."""
    tag = tag_of(element)
    parent = element.getparent()
    others = [
        e
        for e in islice(record.iter(element.tag), MAX_RECORD_ELEMENTS)
        if e is not element and not (e.getparent() is parent and tag_of(e) == tag)
    ]
    found = []
    for name in sorted(element.attrib):
        if name in _SAID_OF_ANY or name.startswith("data-v-") or not STABLE_ATTRIBUTE.match(name):
            continue
        if not any(name in e.attrib for e in others):
            found.append(f"{tag}[{name}]")
    return found
