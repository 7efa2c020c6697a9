"""Tab panels of one entity: a product's "Description | Reviews", a package's "Readme | Versions | Files".

The page's heading names the entity above its tab set, and only the first panel is what the page
is about at load; the panels after it hold the entity's secondary parts, which may repeat like
records (reviews, releases, downloadable files) without making the page a list.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, is_inside


def in_later_tab_panel(members: list[HtmlElement], heading: HtmlElement) -> bool:
    """Whether all ``members`` sit in one tab panel that follows another, away from ``heading``."""
    panels = {id(p): p for p in (_panel_of(m) for m in members) if p is not None}
    if len(panels) != 1 or any(_panel_of(m) is None for m in members):
        return False
    (panel,) = panels.values()
    if is_inside(heading, panel):
        return False
    return any(_is_panel(s) for s in panel.itersiblings(preceding=True))


def _panel_of(element: HtmlElement) -> HtmlElement | None:
    return next((a for a in element.iterancestors() if _is_panel(a)), None)


def _is_panel(element: HtmlElement) -> bool:
    return (element.get("role") or "").strip().lower() == "tabpanel"
