"""Siblings that share a step but are different fields: told apart by a class or a link.

Sibling elements with the same tag and first class are one place of the template (a list, or
positions). Two marks say otherwise: a class extending the shared one (Drupal's ``views-field
views-field-title``, BEM's ``meta-item meta-item--location``) names each sibling's own place, and
links alike but for the section of the site they lead to (``/company/…`` beside ``/tag/…``) are
a value and a list, not one list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from agents.heuristics.dom import HtmlElement, tag_of
from agents.heuristics.variants import Marker

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


def by_link_section(
    children: list[HtmlElement], steps: list[Step], marked: Mapping[Step, Marker] | None = None
) -> list[Step]:
    """``<a href=/company/acme>`` beside ``<a href=/tag/python>`` links: siblings alike but for
    the section of the site they lead to are different fields (a company, then a tag list).
    Siblings that the marks of a ``marked`` step already tell apart keep the step their marks
    extend: the same link alone in another record gets its mark, never the section, and the two
    must read as one place."""
    sections = [_link_section(c) for c in children]
    out = list(steps)
    for step in {s for s in steps if steps.count(s) > 1}:
        if (
            marked
            and step in marked
            and _told_apart([c for c, s in zip(children, steps, strict=True) if s == step], marked[step])
        ):
            continue
        found = {sections[i] for i, s in enumerate(steps) if s == step}
        if len(found) > 1 and None not in found:
            out = [f"{s}@{sections[i]}" if s == step else s for i, s in enumerate(out)]
    return out


def _told_apart(siblings: list[HtmlElement], marker: Marker) -> bool:
    identities = [m.identity for e in siblings if (m := marker(e)) is not None]
    return len(identities) == len(siblings) and len(set(identities)) == len(siblings)


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
