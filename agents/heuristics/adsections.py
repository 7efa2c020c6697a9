"""Ads listed under a heading of their own: "Sponsored Results" before the ad cards of a list.

The cards after an ad caption heading a section of the list, up to the next heading, are ads even
when nothing in them says so. They are left out of the record selector by what they share and the
regular records lack: a link through a click redirect (``/aclk?…&adurl=…``).
"""

from __future__ import annotations

from agents.heuristics.adredirects import redirect_keys
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, is_element, tag_of
from agents.heuristics.sponsored import MAX_SPONSORED_SHARE, MIN_REGULAR, is_ad_caption


def section_ads(members: list[HtmlElement]) -> list[HtmlElement]:
    """The members listed under an ad-captioned heading of their list ("Sponsored Results" in
    the item before the ad cards, not inside them), up to the next other heading; none when they
    would be too many to be ads among the list.

    Only headings between the records count, never one inside a record; and a heading before
    nearly every record is the record's own title, not a section's.
    """
    sections = _sections(members)
    ads = [m for caption, group in sections if is_ad_caption(caption) for m in group]
    if not ads or len(sections) > len(members) / 2:
        return []
    if len(ads) > MAX_SPONSORED_SHARE * len(members) or len(members) - len(ads) < MIN_REGULAR:
        return []
    return ads


def _sections(members: list[HtmlElement]) -> list[tuple[str, list[HtmlElement]]]:
    """The runs of members after each heading of their list (and before the first one), with the
    heading's text; runs without a member are left out."""
    container = _common_ancestor(members)
    if container is None:
        return []
    # Sets of the elements themselves, not of their ids: lxml's proxies must stay alive.
    wanted = set(members)
    inside = {d for m in members for d in m.iterdescendants()}
    sections: list[tuple[str, list[HtmlElement]]] = [("", [])]
    for node in container.iterdescendants():
        if not is_element(node) or node in inside:
            continue
        if node in wanted:
            sections[-1][1].append(node)
        elif _is_heading(node):
            sections.append((full_text(node).strip(), []))
    return [(caption, group) for caption, group in sections if group]


def _common_ancestor(members: list[HtmlElement]) -> HtmlElement | None:
    """The innermost element holding every member."""
    if not members:
        return None
    shared = [members[0], *members[0].iterancestors()]
    for member in members[1:]:
        around = set(member.iterancestors())
        shared = [a for a in shared if a in around]
    return shared[0] if shared else None


def _is_heading(node: HtmlElement) -> bool:
    return tag_of(node) in HEADING_TAGS or (node.get("role") or "").lower() == "heading"


def section_ad_filters(ads: list[HtmlElement], regular: list[HtmlElement]) -> list[str]:
    """``:not(:has(…))`` selectors leaving out ``ads`` by what they all share and no ``regular``
    record has: a link through a click redirect whose query carries the target
    (``/adredir?…&redirect_url=https%3A…``, ``/aclk?…&adurl=…``)."""
    if not ads:
        return []
    shared = set.intersection(*(redirect_keys(a) for a in ads))
    return [f":not(:has({css}))" for css in sorted(shared - set().union(*(redirect_keys(r) for r in regular)))]
