"""A detail value found from the nearest wrapper the page names, where no class can name it.

On a page of hashed classes the plain path to a value (``div > div > span``) is all the
candidate selectors have left, and it breaks as soon as another page of the site adds a block
before it. Pages still name their parts in ways a build does not hash: a hand-written id
(Amazon's ``#corePriceDisplay_desktop_feature_div``), a test id, microdata, a tooltip or an
accessible name of words (Magento's ``title="Availability"``), a data attribute of words
(``data-price-type="finalPrice"``). The value is found below the nearest such wrapper.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.classtokens import stable_id
from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, css_ident, css_string, tag_of

#: Wrappers climbed from the value to find one the page names.
MAX_ANCHOR_DEPTH = 6
#: A selector that names its element somehow (a class, an id, an attribute, a caption, an icon,
#: a pseudo-element), not only by its place.
ANCHORED = re.compile(r"[.#\[]|:contains\(|:has\(|::")
#: A name of words ("Availability", "finalPrice"): no digits, which ids of records carry.
_WORDS = re.compile(r"^[A-Za-z][A-Za-z _-]{2,40}$")
#: Attributes of tools, not content, whose values say nothing of the value below.
_TOOLING = re.compile(r"^data-(?:csa|action|ref|track|analytics|gtm|hydrate|reactid|v-)")


def is_anchored(selector: str) -> bool:
    return bool(ANCHORED.search(selector))


def anchored_selector(record: Selector, element: HtmlElement) -> str | None:
    """``#corePriceDisplay_desktop_feature_div span > span``: the nearest named wrapper of
    ``element`` and the tags below it, when the first element it finds in the record is ``element``."""
    if own := own_name(record, element):
        return own
    below: list[HtmlElement] = [element]
    for ancestor in element.iterancestors():
        if ancestor is record.root or len(below) > MAX_ANCHOR_DEPTH:
            return None
        for name in _names(ancestor):
            for tail in (tag_of(element), " > ".join(tag_of(e) for e in reversed(below))):
                css = f"{name} {tail}"
                found = record.css(css)
                if found and found[0].root is element:
                    return css
        below.append(ancestor)
    return None


def own_name(record: Selector, element: HtmlElement) -> str | None:
    """``div[title="Availability"]``: the element by a name it carries itself."""
    for name in _names(element):
        found = record.css(name)
        if found and found[0].root is element:
            return name
    return None


def _names(element: HtmlElement) -> list[str]:
    """Selectors naming ``element`` by what the page wrote to name it, most lasting first."""
    tag = tag_of(element)
    found = []
    if (ident := stable_id(element)) and css_ident(ident):
        found.append(f"{tag}#{ident}")
    if hook := test_id(element):
        found.append(f"[{hook[0]}={css_string(hook[1])}]")
    if itemprop := (element.get("itemprop") or "").split():
        found.append(f"[itemprop={css_string(itemprop[0])}]")
    for attribute in ("title", "aria-label"):
        if _WORDS.match(value := (element.get(attribute) or "").strip()):
            found.append(f"{tag}[{attribute}={css_string(value)}]")
    for attribute, value in element.attrib.items():
        if attribute.startswith("data-") and not _TOOLING.match(attribute) and _WORDS.match(value.strip()):
            found.append(f"{tag}[{attribute}={css_string(value.strip())}]")
    return found
