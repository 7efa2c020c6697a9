"""The mark a fact's own class gives it: ``<li class="fact fact--bed">3</li>`` counts bedrooms.

Cards often draw a fact's icon with CSS (``::before``) from the item's own class: ``<span
class="card__feature-bed__icon">3</span>``, ``<li class="feature-item feature-bath">2</li>``,
``<li class="has-icon garage">1</li>``. No ``<i>``, ``<img>`` or ``<svg>`` is in the markup, so
``itemicons`` reads nothing, yet the class tells the places apart as an icon would. The words of
the item's classes (split at ``__``, ``--``, ``-``, ``_``) that every item of the row carries name
the row (``feature``, ``item``); what is left names the item's place (``bed``, ``bath``). A word a
fact is known by (``bed``, ``area``, ``km``) names the fact; any other still tells the places
apart and names its column (``habitaciones``).

A list stays a list: items of one class leave no mark, and a mark seen twice in one record's run
(``tag tag--hot`` on two tags) or on one record only is a state or a value, not a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from agents.heuristics.classtokens import anchor_classes, class_tokens, is_utility, semantic_classes
from agents.heuristics.dom import HtmlElement, full_text, is_element, tag_of
from agents.heuristics.itemicons import ItemIcon, icon_fact_name
from agents.heuristics.names import slugify
from agents.heuristics.slots import Slot
from agents.heuristics.statewords import without_state_classes

#: Levels between a value and the item carrying its class, looked through at most (``li > span``).
MAX_ITEM_DEPTH = 2
#: A mark names a place only when this many records show it: one record's is its own value.
MIN_MARKED_RUNS = 2
#: Places a row must tell apart by their marks before the marks count.
MIN_MARKS = 2
#: A class word: letters only ("bed", "habitaciones"); a figure in a class is a counter or an id.
_WORD = re.compile(r"^[^\W\d_]{2,24}$")
_SEPARATORS = re.compile(r"[-_]+")
_BARE_FIGURE = re.compile(r"^\s*\d[\d.,\s]*$")
#: Words naming the drawing rather than what it shows (``icon-bed``, ``fa-bath``, ``bed-before``).
_DRAWING_WORDS = frozenset(
    {"icon", "icons", "ico", "ic", "fa", "fas", "far", "fal", "bi", "mdi", "glyph", "glyphicon", "svg", "img"}
    | {"before", "after", "pseudo", "sprite", "symbol", "has", "with", "item", "value", "label", "text"}
)
#: Mark words naming a fact by another word than its field's: a car's odometer, its gearbox.
_MARK_FACTS = {
    "km": "mileage",
    "kms": "mileage",
    "mileage": "mileage",
    "odometer": "mileage",
    "speedometer": "mileage",
    "gear": "transmission",
    "gearbox": "transmission",
    "gears": "transmission",
    "seat": "seats",
    "door": "doors",
}
#: Mark words for the kind of thing, not one fact ("feature", "spec"): skipped when another word is left.
_ROW_WORDS = frozenset({"feature", "features", "fact", "facts", "spec", "specs", "detail", "details", "meta", "info"})


def figure_marks(runs: Sequence[Sequence[HtmlElement]]) -> dict[int, ItemIcon]:
    """``class_marks`` of the items showing a figure alone ("3", "1,200"): what a word or a
    figure with its unit says of itself is not overruled by its class."""
    marks = class_marks(runs)
    return {id(e): marks[id(e)] for run in runs for e in run if id(e) in marks and _BARE_FIGURE.match(full_text(e))}


def class_marks(runs: Sequence[Sequence[HtmlElement]]) -> dict[int, ItemIcon]:
    """The place each item of a row marks by its own classes, by ``id`` of the value element,
    for ``runs`` (each record's items in order); empty when the classes tell no places apart."""
    depth = _item_depth(runs)
    words = {id(e): _class_words(e, depth) for run in runs for e in run}
    if len(words) < 2:
        return {}
    shared = set.intersection(*(set(w) for w in words.values()))
    left = {key: rest for key, found in words.items() if (rest := [w for w in found if w not in shared])}
    if len(left) < len(words):
        # "icoon-bed" beside "icoon-bath" and an unmarked item: "icoon" is the marked items' own row word
        common = set.intersection(*(set(rest) for rest in left.values())) if left else set()
        if all(set(rest) - common for rest in left.values()):
            left = {key: [w for w in rest if w not in common] for key, rest in left.items()}
    marks = {key: mark for key, rest in left.items() if (mark := _mark(rest))}
    seen: Counter[str] = Counter()
    for run in runs:
        own = [marks[id(e)] for e in run if id(e) in marks]
        if len(own) != len(set(own)):
            return {}  # a mark twice in one run: a state of some items (``tag--hot``), no place
        seen.update(own)
    kept = {mark for mark, runs_seen in seen.items() if runs_seen >= MIN_MARKED_RUNS}
    if len(kept) < MIN_MARKS:
        return {}
    # the word ``itemicons.icon_fact_name`` names the column by: "bed" → bedrooms, "kms" → mileage
    return {key: ItemIcon(f"class:{mark}", _MARK_FACTS.get(mark, mark)) for key, mark in marks.items() if mark in kept}


def mark_anchors(slot: Slot) -> list[str]:
    """``li.feature-bed``: one place of a split row of facts by the class holding its mark (see
    ``class_marks``) on its item in every record, carried by no other item of the row, before the
    row's shared class or a count of places, which read another fact where this one is missing;
    [] where no mark tells it."""
    if slot.kind != "text" or slot.many or not slot.part_name or not any(s.endswith("*") for s in slot.key):
        return []
    column = [o.element for _, run in sorted(slot.per_record.items()) for o in run[:1]]
    if len(column) < MIN_MARKED_RUNS:
        return []
    said = {w.casefold() for e in column for w in re.findall(r"[^\W\d_]+", full_text(e))}
    for depth in range(MAX_ITEM_DEPTH + 1):
        items = [_wrapper(e, depth) for e in column]
        found = [i for i in items if i is not None]
        if len(found) < len(items):
            break
        if (token := _marked_class(found)) is not None and not said & set(_SEPARATORS.split(token.casefold())):
            # not ``tag--remote`` on "Remote": the value's own class, gone with another value
            return [f"{tag_of(found[0])}.{token}{_path(column[0], found[0])}"]
    return []


def _marked_class(items: list[HtmlElement]) -> str | None:
    """The class of ``items`` (one place of a row, one per record) holding the mark they share,
    which no other item of their rows carries."""
    parents = [i.getparent() for i in items]
    if any(p is None for p in parents) or len({tag_of(i) for i in items}) != 1:
        return None
    marks = class_marks([[c for c in p if is_element(c)] for p in parents if p is not None])
    found = {marks[id(i)].identity if id(i) in marks else None for i in items}
    if len(found) != 1 or None in found:
        return None
    words = set(str(found.pop()).removeprefix("class:").split("_"))
    others = [
        c for i, p in zip(items, parents, strict=True) if p is not None for c in p if is_element(c) and c is not i
    ]
    for token in without_state_classes(anchor_classes(items[0])):
        if is_utility(token) or not words <= set(_SEPARATORS.split(token.lower())):
            continue
        if all(token in class_tokens(i) for i in items) and not any(token in class_tokens(o) for o in others):
            return token
    return None


def _wrapper(element: HtmlElement, depth: int) -> HtmlElement | None:
    """The wrapper ``depth`` levels above ``element`` showing nothing but its text, or None."""
    node: HtmlElement | None = element
    for _ in range(depth):
        node = node.getparent() if node is not None else None
    return node if node is not None and full_text(node) == full_text(element) else None


def _path(value: HtmlElement, item: HtmlElement) -> str:
    """`` > span``: the steps from the item down to the value (empty for the item itself)."""
    steps: list[str] = []
    node: HtmlElement | None = value
    while node is not None and node is not item:
        steps.append(tag_of(node))
        node = node.getparent()
    return "".join(f" > {t}" for t in reversed(steps))


def _mark(words: list[str]) -> str | None:
    """The mark of an item from its class words left after the row's: the word a fact is known
    by, else the words joined (``living_area``)."""
    left = [w for w in dict.fromkeys(words) if w not in _DRAWING_WORDS]
    if len(left) > 1:
        left = [w for w in left if w not in _ROW_WORDS] or left
    if not left:
        return None
    for word in left:
        if _known(word):
            return word
    return slugify("_".join(left)) or None


def _known(word: str) -> bool:
    return word in _MARK_FACTS or icon_fact_name(ItemIcon(word, word)) != slugify(word)


def _class_words(element: HtmlElement, depth: int) -> list[str]:
    """The words of the classes of ``element`` and of the wrappers up to its item (``depth``
    levels up, while they show nothing but its text), in order; of its semantic classes only."""
    text = full_text(element)
    found: list[str] = []
    node: HtmlElement | None = element
    for _ in range(depth + 1):
        if node is None or full_text(node) != text:
            break
        for token in semantic_classes(node):
            found.extend(w for w in (p.lower() for p in _SEPARATORS.split(token)) if _WORD.match(w))
        node = node.getparent()
    return found


def _item_depth(runs: Sequence[Sequence[HtmlElement]]) -> int:
    """Levels from a value up to its item, the child of the element holding the run, as the runs
    of two items or more show it (``ul > li > span``: one); 0 where none does."""
    depths: Counter[int] = Counter()
    for run in runs:
        if len(run) < 2:
            continue
        first, second = run[0], run[1]
        holders = set(second.iterancestors())
        for level, node in enumerate([first, *first.iterancestors()]):
            parent = node.getparent()
            if parent is None or level > MAX_ITEM_DEPTH:
                break
            if parent in holders:
                depths[level] += 1
                break
    return depths.most_common(1)[0][0] if depths else 0
