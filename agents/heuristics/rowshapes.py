"""Places of a card's rows by their inner shape, where an optional row shifts the rows after it.

Cards without usable classes still repeat their rows' shapes (a rating line, a price line) in one
order; ``shape_places`` gives each row its place in that order and ``template_order`` the order.
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, child_elements, tag_of
from agents.heuristics.siblings import LIST_TAGS

#: Inline tags a row's shape leaves out: emphasis comes and goes with the text (a highlighted word).
_SHAPELESS_TAGS = frozenset({"b", "strong", "em", "i", "u", "mark", "br", "wbr", "sup", "sub", "abbr"})
#: Attributes whose presence is part of a row's shape (a link, a picture of stars, a hidden mark).
_SHAPE_ATTRIBUTES = ("role", "aria-hidden", "href", "src", "datetime")
#: Levels below a row that make its shape.
SHAPE_DEPTH = 3

Shape = str


def shape_places(runs: list[list[HtmlElement]]) -> list[list[int]] | None:
    """The place of each sibling in rows of a card without usable classes, by each row's inner
    shape (``div(div(span(div[role]),span))`` for a rating line), where an optional row (an ad's
    missing status line, a "Hot and New" badge) shifts the rows after it; None when the runs do
    not vary in length, when every row has one shape, or when the shapes do not keep one order.

    Rows whose shapes never meet in one card and that nothing orders apart are one place
    (a title with or without its rank, a snippet with or without a highlighted word); of two such
    pairs as alike in shape, the one whose classes are more alike (``_row_classes``)."""
    if len({len(run) for run in runs}) < 2 or tag_of(runs[0][0]) not in LIST_TAGS:
        return None
    keyed = [_shape_keys(run) for run in runs]
    if len({key.partition("#")[0] for keys in keyed for key in keys}) < 2:
        return None
    group = {key: key for keys in keyed for key in keys}
    classes: dict[Shape, set[str]] = {}
    for run, keys in zip(runs, keyed, strict=True):
        for element, key in zip(run, keys, strict=True):
            classes.setdefault(key, set()).update(_row_classes(element))
    while (pair := _mergeable(keyed, group, classes)) is not None:
        kept, gone = pair
        group = {key: kept if g == gone else g for key, g in group.items()}
    order = template_order([[group[k] for k in keys] for keys in keyed])
    if order is None:
        return None
    return [[order[group[k]] for k in keys] for keys in keyed]


def _shape_keys(run: list[HtmlElement]) -> list[Shape]:
    """``shape#n``: the n-th row of that shape in the card."""
    seen: Counter[Shape] = Counter()
    keys = []
    for element in run:
        shape = row_shape(element)
        seen[shape] += 1
        keys.append(f"{shape}#{seen[shape]}")
    return keys


def row_shape(element: HtmlElement, depth: int = SHAPE_DEPTH) -> Shape:
    """``div(span,span[aria-hidden],span)``: tags and telling attributes, not text or classes."""
    head = tag_of(element) + "".join(f"[{a}]" for a in _SHAPE_ATTRIBUTES if element.get(a) is not None)
    if depth == 0 or tag_of(element) == "svg":
        return head
    parts: list[Shape] = []
    for child in child_elements(element):
        if tag_of(child) not in _SHAPELESS_TAGS:
            parts.append(row_shape(child, depth - 1))
    return f"{head}({','.join(parts)})" if parts else head


def _row_classes(element: HtmlElement) -> set[str]:
    """The class tokens of a row and of its children: what tells a row's variants (a delivery line
    with or without its icon) from another row of the same tags (the struck price line), where atomic
    CSS writes one layout token on every row."""
    return {token for e in (element, *child_elements(element)) for token in class_tokens(e)}


def _mergeable(
    keyed: list[list[Shape]], group: dict[Shape, Shape], classes: dict[Shape, set[str]]
) -> tuple[Shape, Shape] | None:
    """The two most alike places that never meet in one card and that no third place sits
    between, by their inner tags, then by their classes; None when there are none."""
    found: dict[Shape, set[int]] = {}
    before: set[tuple[Shape, Shape]] = set()
    for number, keys in enumerate(keyed):
        places = [group[k] for k in keys]
        for i, place in enumerate(places):
            found.setdefault(place, set()).add(number)
            before.update((place, later) for later in places[i + 1 :])
    held = {place: set[str]() for place in found}
    for key, place in group.items():
        held[place] |= classes.get(key, set())
    best: tuple[tuple[float, float], Shape, Shape] | None = None
    for first, in_first in found.items():
        for second, in_second in found.items():
            if first >= second or in_first & in_second or _ordered_apart(first, second, before):
                continue
            alike = (_likeness(first, second), _shared(held[first], held[second]))
            if alike[0] > 0 and (best is None or alike > best[0]):
                # The place seen in more cards stays; the rarer shape joins it.
                best = (alike, first, second) if len(in_first) >= len(in_second) else (alike, second, first)
    return None if best is None else (best[1], best[2])


def _shared(first: set[str], second: set[str]) -> float:
    """The share of two sets' members they have in common (0 for two empty sets)."""
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def _ordered_apart(first: Shape, second: Shape, before: set[tuple[Shape, Shape]]) -> bool:
    """Whether some card shows a place after one of the two and another card shows it before
    the other: then they are two places (a tagline after the price, a badge before it)."""
    between = {b for a, b in before if a == first} & {a for a, b in before if b == second}
    between |= {b for a, b in before if a == second} & {a for a, b in before if b == first}
    return bool(between)


def _likeness(first: Shape, second: Shape) -> float:
    """The share of inner tags two shapes have in common (the row's own tag left out)."""
    inner = [
        set(re.findall(r"[a-z0-9]+(?:\[[a-z-]+\])*", key.partition("#")[0].partition("(")[2]))
        for key in (first, second)
    ]
    return _shared(inner[0], inner[1])


def template_order(runs: list[list[Shape]]) -> dict[Shape, int] | None:
    """Each place's index in the one order all cards keep, or None when two cards disagree."""
    before: dict[Shape, set[Shape]] = {}
    mean: dict[Shape, list[int]] = {}
    for places in runs:
        for i, place in enumerate(places):
            before.setdefault(place, set()).update(places[:i])
            mean.setdefault(place, []).append(i)
    if any(place in before[earlier] for place in before for earlier in before[place]):
        return None
    order: dict[Shape, int] = {}
    while len(order) < len(before):
        ready = [p for p in before if p not in order and before[p] <= order.keys()]
        if not ready:
            return None
        first = min(ready, key=lambda p: sum(mean[p]) / len(mean[p]))
        order[first] = len(order)
    return order
