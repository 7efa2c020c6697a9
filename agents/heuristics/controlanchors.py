"""Anchors for a value inside one of several look-alike controls or wrappers.

An action bar's counters (reply, boost, favourite), a row of stat chips, the like and dislike
buttons of a comment share one markup: only what each control is called tells them apart. Its
accessible name (``button[aria-label="Boost"] span``), the icon it shows
(``button:has(> svg.icon-retweet) span``), and last the place of the nearest classed wrapper
among its look-alike siblings (``div.action:nth-of-type(2) span``), which optional blocks
elsewhere in the record (a "boosted by" line, a picture, a preview card) do not shift.
"""

from __future__ import annotations

import re

from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HtmlElement, css_string, is_element, tag_of
from agents.heuristics.selectorsteps import anchored, nth, nth_last, step

#: A control's name that is a word or a few ("Boost", "Add to favourites"), not a sentence nor a
#: name carrying the count itself ("12 boosts", which changes from record to record).
_CONTROL_NAME = re.compile(r"^[^\W\d_][^\d\"\\]{0,30}$")
#: Words a control's name holds at most.
MAX_NAME_WORDS = 4
#: Wrappers of the value looked at, nearest first.
MAX_WRAPPERS = 6


def control_anchors(chain: list[HtmlElement]) -> list[str]:
    """Anchors for ``chain[-1]`` through the nearest of its wrappers (or itself) that has
    look-alike siblings or sits in one that has: by name and icon first, by place last."""
    found: list[str] = []
    places: list[str] = []
    lowest = max(0, len(chain) - 1 - MAX_WRAPPERS)
    for depth in range(len(chain) - 1, lowest - 1, -1):
        node = chain[depth]
        if not _among_lookalikes(chain, depth):
            continue
        below = " ".join(step(e) for e in chain[depth + 1 :])
        for anchor in [*_named(node), *_by_icon(node)]:
            found.append(f"{anchor} {below}".strip())
        if not places and anchored(node) and _has_lookalike_siblings(node):
            places = [f"{step(node)}:{place.split(':', 1)[1]} {below}".strip() for place in (nth(node), nth_last(node))]
    return list(dict.fromkeys([*found, *places]))


def _among_lookalikes(chain: list[HtmlElement], depth: int) -> bool:
    """Whether ``chain[depth]`` or one of its wrappers up to ``MAX_WRAPPERS`` above the value has
    siblings of the same step: a control inside one of several alike wrappers."""
    lowest = max(0, len(chain) - 1 - MAX_WRAPPERS)
    return any(_has_lookalike_siblings(chain[i]) for i in range(depth, lowest - 1, -1))


def _has_lookalike_siblings(node: HtmlElement) -> bool:
    parent = node.getparent()
    return parent is not None and any(s is not node and is_element(s) and step(s) == step(node) for s in parent)


def _named(node: HtmlElement) -> list[str]:
    """``button[aria-label="Boost"]``: the node by its accessible name, when that is a short name."""
    found = []
    for attribute in ("aria-label", "title"):
        name = (node.get(attribute) or "").strip()
        if _CONTROL_NAME.match(name) and len(name.split()) <= MAX_NAME_WORDS:
            found.append(f"{tag_of(node)}[{attribute}={css_string(name)}]")
    return found


def _by_icon(node: HtmlElement) -> list[str]:
    """``button:has(> svg.icon-retweet)``: the node by the class of the icon it shows first."""
    for child in node:
        if is_element(child) and tag_of(child) in ("svg", "i") and (icons := anchor_classes(child)):
            icon = next((c for c in icons if "-" in c), icons[0])
            return [f"{tag_of(node)}:has(> {tag_of(child)}.{icon})"]
    return []
