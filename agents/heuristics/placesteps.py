"""Siblings that share a step but are different fields: told apart by a class or a link.

Sibling elements with the same tag and first class are one place of the template (a list, or
positions). Two marks say otherwise: a class extending the shared one (Drupal's ``views-field
views-field-title``, BEM's ``meta-item meta-item--location``) names each sibling's own place, and
links alike but for the section of the site they lead to (``/company/…`` beside ``/tag/…``) are
a value and a list, not one list.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, tag_of

Step = str


def place_class(classes: list[str], stable: frozenset[str] | None) -> str:
    """For siblings sharing their first class, the class naming each one's place:
    ``views-field-title`` rather than ``views-field`` when a class extends the first one (Drupal's
    ``views-field views-field-title``, ``field field--name-body``): the siblings are then different
    fields, not a list. Only an extension most records carry counts; a rarer one is a state
    (``tag--featured``), and a lone element's modifier (``avail--missing``) is its state too."""
    first = classes[0]
    for token in classes[1:]:
        if token.startswith((f"{first}-", f"{first}_")) and stable is not None and token in stable:
            return token
    return first


def by_link_section(children: list[HtmlElement], steps: list[Step]) -> list[Step]:
    """``<a href=/company/acme>`` beside ``<a href=/tag/python>`` links: siblings alike but for
    the section of the site they lead to are different fields (a company, then a tag list)."""
    sections = [_link_section(c) for c in children]
    out = list(steps)
    for step in {s for s in steps if steps.count(s) > 1}:
        found = {sections[i] for i, s in enumerate(steps) if s == step}
        if len(found) > 1 and None not in found:
            out = [f"{s}@{sections[i]}" if s == step else s for i, s in enumerate(out)]
    return out


def _link_section(element: HtmlElement) -> str | None:
    """The first folder of a relative link's path (``/company/acme`` -> ``company``); None when
    the element is no such link or the link sits at the top of the site."""
    if tag_of(element) != "a":
        return None
    href = (element.get("href") or "").strip()
    if not href.startswith("/") or href.startswith("//"):
        return None
    folders = [p for p in href.split("?")[0].split("#")[0].split("/") if p]
    return re.sub(r"[^a-z0-9-]", "-", folders[0].lower()) if len(folders) > 1 else None
