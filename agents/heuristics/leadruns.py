"""A lead item, then a list: a platform chip before a game's genre chips, all of one step.

Where class names are hashed, the chip naming a card's platform and the chips naming its genres
are siblings of one tag, two to five of them. Lined up as columns, each genre place becomes a
field of its own. The lead is another field when its values never show at a later place, while
the later items are one list when a value shows at one place in a record and at another place in
another ("Open-World" third here, fourth there): tags move, a field keeps its place.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.selectorsteps import step

#: Records needed before a lead that never repeats among the later items is taken for a field.
MIN_RUNS = 4
#: Records whose later items must number two or more: a list shows as one.
MIN_LISTS = 2


def is_lead_then_list(runs: list[list[HtmlElement]]) -> bool:
    """Whether each run is one value at its first place, then items of one list."""
    if len(runs) < MIN_RUNS:
        return False
    if any(tag_of(e) == "a" or e.get("href") is not None for run in runs for e in run):
        return False  # links lead to pages of their own: the places of a link row are its fields
    texts = [[full_text(e) for e in run] for run in runs]
    if any(not text for run in texts for text in run):
        return False
    rest = [run[1:] for run in texts]
    if sum(len(items) >= 2 for items in rest) < MIN_LISTS:
        return False
    places: dict[str, set[int]] = {}
    for items in rest:
        for place, text in enumerate(items):
            places.setdefault(text, set()).add(place)
    if {run[0] for run in texts} & places.keys():
        return False  # a lead value among the later items: the lead is an item of the list too
    if not all(_is_word_item(text) for text in places):
        return False  # prices, dates and counts at later places are fields of their own
    return any(len(seen) > 1 for seen in places.values())


def _is_word_item(text: str) -> bool:
    checks = (values.is_price, values.is_date, values.is_rating, values.is_number)
    # A run of three digits or more is an identifier's ("CVE-2024-1234"), not a tag's ("3D").
    return not any(check(text) for check in checks) and not re.search(r"\d{3}", text)


def after_lead(chain: list[HtmlElement]) -> list[str]:
    """``div.category > span:nth-of-type(n+2)``: the items of a list after its lead value, where
    no class tells the lead from the items (every one a build hash)."""
    element = chain[-1]
    parent = element.getparent()
    if len(chain) < 2 or parent is None:
        return []
    tag = tag_of(element)
    place = 1 + sum(1 for s in element.itersiblings(preceding=True) if tag_of(s) == tag)
    return [f"{step(parent)} > {tag}:nth-of-type(n+{place})"] if place > 1 else []
