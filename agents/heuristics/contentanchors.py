"""Anchors in what a value holds rather than how it looks: where its link leads, which icon it shows.

``fieldcandidates`` offers them after the value's own classes; ``lookalikes`` finds a wrapper by
the icon it shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from agents.heuristics.attributeanchors import WORD_VALUE
from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.drawnicons import drawn_icon
from agents.heuristics.selectorsteps import step as _step

#: An icon font's glyph class (``fa-bed``, ``icon-bath``, ``bi-car-front``), not a layout utility (``inset-0``).
_ICON_FONT = re.compile(r"^(?:fa[srlbd]?|icon|bi|mdi|glyphicon|ti|ri|la|octicon|ion|ico)-[a-z]")
#: Share of the sampled records that must hold a link ending alike for the ending to anchor one.
SHARED_ANCHOR_SHARE = 0.5
#: Links of one record compared with a link ending (a record holds a few; a page section, more).
MAX_RECORD_LINKS = 100


def content_anchors(element: HtmlElement, records: Sequence[HtmlElement]) -> list[str]:
    """Anchors in what an element holds rather than how it looks: where its link leads
    (``a[href$="/forks"]``) and which icon it shows (``span:has(> svg.octicon-law)``)."""
    found = []
    href = (element.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
    last = href.rsplit("/", 1)[-1] if "/" in href else ""
    if tag_of(element) == "a" and WORD_VALUE.match(last) and _shared_ending("/" + last, records):
        found.append(f"a[href$={css_string('/' + last)}]")
    found.extend(icon_anchors(element))
    for child in element:
        if isinstance(child.tag, str) and tag_of(child) in ("svg", "i") and (icons := anchor_classes(child)):
            icon = next((c for c in icons if "-" in c), icons[0])
            found.append(f"{tag_of(element)}:has(> {tag_of(child)}.{icon})")
            break
    return found


def _shared_ending(ending: str, records: Sequence[HtmlElement]) -> bool:
    """Whether most ``records`` hold a link ending in ``ending``: "/forks" on every repository
    card is where such links lead; "/marginalia", one seller's own page, is a value of the few
    records that seller listed, and anchors nothing on the next page. With no records to compare,
    the ending is taken as it is."""
    if not records:
        return True
    holding = sum(
        any((a.get("href") or "").rstrip("/").endswith(ending) for a in islice(r.iter("a"), MAX_RECORD_LINKS))
        for r in records
    )
    return holding >= SHARED_ANCHOR_SHARE * len(records)


def icon_anchors(element: HtmlElement) -> list[str]:
    """``li.fact:has(use[href="#i-bed"])``: a value named only by the icon before it, found by
    the icon's sprite reference, alt text or caption rather than by its position."""
    icon = next((c for c in element if isinstance(c.tag, str)), None)
    if icon is None or tag_of(icon) not in ("svg", "img", "i", "span") or full_text(icon):
        return []
    step = _step(element)
    found = []
    for use in icon.iter("use"):
        for attribute in ("href", "xlink:href"):  # SVG 1.1 sprites still say xlink:href
            if (ref := (use.get(attribute) or "").strip()) and '"' not in ref:
                found.append(f"{step}:has(use[{attribute.replace(':', chr(92) + ':')}={css_string(ref)}])")
    for attribute in ("aria-label", "alt", "title"):
        if (caption := (icon.get(attribute) or "").strip()) and '"' not in caption:
            found.append(f"{step}:has(> {tag_of(icon)}[{attribute}={css_string(caption)}])")
    if (
        not found
        and tag_of(icon) in ("i", "span")
        and (names := [c for c in anchor_classes(icon) if _ICON_FONT.match(c)])
    ):
        found.append(f"{step}:has(> {tag_of(icon)}.{names[0]})")  # an icon font's glyph: ``i.fa-bed``
    svg = next(icon.iter("svg"), None)
    if not found and svg is not None and (drawn := drawn_icon(svg)):
        found.append(
            f"{step}:has(svg path[d={css_string(drawn)}])"
            if svg is not icon
            else f"{step}:has(> svg path[d={css_string(drawn)}])"
        )
    return found
