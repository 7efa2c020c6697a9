"""A list the page labels as other items gives way to the page's own list.

List pages carry rails of other items beside their records too: "You may also like",
"Customers also viewed", "Recommended for you", under the results or after a table. Such a rail
is built to be looked at (a picture, a title link and a price per card), so it can outscore a plain
table or a list of short results by its looks alone. The page names the rail as other items
(``relatedlists``) and never names its own records that way: when the best list is such a rail
and no entity stands beside it, the best list apart from the rail (and its cards' parts) is tried
first (``assemble``). Beside a product the rail keeps telling a detail page (``sideblocks``).
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, is_inside
from agents.heuristics.regroup import Group
from agents.heuristics.relatedlists import PageLists, related_block


def beside_rail(groups: list[Group], members: list[HtmlElement], floor: float) -> list[Group] | None:
    """``groups`` without the rail ``members`` are and its cards' parts, when the page labels
    ``members`` as other items; else None. Groups scored under ``floor`` bound no rail."""
    where = PageLists([g.members for g in groups if g.score >= floor], None)
    if related_block(members, where.fence(members), one_per_wrapper=True) is None:
        return None
    return [g for g in groups if not _within(g.members[0], members)]


def _within(element: HtmlElement, members: list[HtmlElement]) -> bool:
    """Whether ``element`` is one of ``members``, inside one, or holds one (the rail's slides)."""
    return any(element is m or is_inside(element, m) or is_inside(m, element) for m in members)
