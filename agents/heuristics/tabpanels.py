"""Tab panels of one entity: a product's "Description | Reviews", a package's "Readme | Versions | Files".

The page's heading names the entity above its tab set, and only the panel whose tab is selected is
what the page shows; the other panels hold the entity's secondary parts, which may repeat like
records (reviews, releases, downloadable files) without making the page a list. A tab marks its
selection with ``aria-selected="true"`` or an active class; where none says which, the first panel
is the one shown at load. Repeated cards in the selected panel are the page's list: a package page
opened on its "Release history" tab lists releases.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, is_inside

#: Class words of the selected tab or the shown panel ("tab--is-active", "selected", "current").
_SELECTED_WORDS = frozenset({"active", "selected", "current"})
_CLASS_WORDS = re.compile(r"[-_\s]+")
#: Tabs pointing at a panel: by its id (``aria-controls``, ``href="#id"``) or named by its ``aria-labelledby``.
_TABS_OF = (
    "//*[@aria-controls=$id or @href=concat('#', $id)]"
    " | //*[@id and contains(concat(' ', $labels, ' '), concat(' ', @id, ' '))]"
)


#: Tab panels side by side whose tabs are looked up; more is no tab bar a reader uses.
MAX_PANELS = 24


def in_secondary_tab_panel(members: list[HtmlElement], heading: HtmlElement) -> bool:
    """Whether all ``members`` sit in one tab panel that is not the one the page shows, away from ``heading``."""
    panels = {id(p): p for p in (_panel_of(m) for m in members) if p is not None}
    if len(panels) != 1 or any(_panel_of(m) is None for m in members):
        return False
    (panel,) = panels.values()
    if is_inside(heading, panel):
        return False
    parent = panel.getparent()
    siblings = [p for p in (parent if parent is not None else [panel]) if _is_panel(p)]
    # Each panel's tab is looked up in the whole document: a real tab bar has a few.
    shown = [p for p in siblings if _is_selected(p)] if len(siblings) <= MAX_PANELS else []
    if len(shown) == 1:
        return shown[0] is not panel
    return any(_is_panel(s) for s in panel.itersiblings(preceding=True))


def _is_selected(panel: HtmlElement) -> bool:
    """Whether the page shows ``panel``: its tab is selected, or it is classed as the active one."""
    if _has_selected_class(panel):
        return True
    panel_id = (panel.get("id") or "").strip()
    labels = (panel.get("aria-labelledby") or "").strip()
    if not panel_id and not labels:
        return False
    tabs = panel.getroottree().getroot().xpath(_TABS_OF, id=panel_id or " ", labels=labels)
    return any(_is_selected_tab(t) for t in tabs if isinstance(t, HtmlElement) and not is_inside(t, panel))


def _is_selected_tab(tab: HtmlElement) -> bool:
    return (tab.get("aria-selected") or "").strip().lower() == "true" or _has_selected_class(tab)


def _has_selected_class(element: HtmlElement) -> bool:
    return bool(_SELECTED_WORDS & set(_CLASS_WORDS.split((element.get("class") or "").lower())))


def _panel_of(element: HtmlElement) -> HtmlElement | None:
    return next((a for a in element.iterancestors() if _is_panel(a)), None)


def _is_panel(element: HtmlElement) -> bool:
    return (element.get("role") or "").strip().lower() == "tabpanel"
