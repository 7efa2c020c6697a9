"""Anchors in a value's ``data-*`` words where its classes are build hashes.

A site built with CSS modules names nothing in its classes, yet its scripts often mark what an
element is in a data attribute of words: Magento's ``data-price-type="finalPrice"`` and
``"oldPrice"``, ``data-role="priceBox"``, ``data-field="location"``. Such a word names the value
or its wrapper for good; a number, an id or JSON there names one record only.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, css_string, tag_of

#: A word or two joined (``finalPrice``, ``price-box``, a link's ``stargazers``), not an id.
WORD_VALUE = re.compile(r"^[A-Za-z][A-Za-z_-]{2,30}$")
#: Attribute names worth anchoring on: words, no generated digits (``data-v-3f2a1b`` is Vue's scope id).
STABLE_ATTRIBUTE = re.compile(r"^[a-z][a-z-]{2,40}$")
#: The part after ``data-`` of such a name: a short one is a test hook too (StepStone's
#: ``data-at="job-item-title"``, ``data-qa``), its word value telling it from an id.
DATA_NAME = re.compile(r"^[a-z][a-z-]{1,40}$")
#: Wrappers of the value looked at, nearest first.
MAX_WRAPPERS = 4
#: Anchors offered at most: each is a selector run on every sampled record (a hostile page may put
#: a hundred word-valued attributes on each wrapper).
MAX_ATTRIBUTE_ANCHORS = 6


def attribute_anchors(chain: list[HtmlElement]) -> list[str]:
    """``span[data-price-type="finalPrice"] span``: the value found under its nearest wrappers
    (or itself) by a data attribute whose value is a word, then the tags down to it."""
    found: list[str] = []
    for depth in range(len(chain) - 1, max(-1, len(chain) - 2 - MAX_WRAPPERS), -1):
        node = chain[depth]
        below = " ".join(tag_of(e) for e in chain[depth + 1 :])
        for name, value in sorted(node.attrib.items()):
            data = name.startswith("data-") and DATA_NAME.match(name.removeprefix("data-"))
            if data and WORD_VALUE.match(value.strip()):
                anchor = f"{tag_of(node)}[{name}={css_string(value.strip())}]"
                found.append(f"{anchor} {below}".strip())
                if len(found) == MAX_ATTRIBUTE_ANCHORS:
                    return found
    return found
