"""Selectors that pass over the copies of a value the page hides in the records that lack it.

A theme may print a label in every card and hide it with an inline style where it does not apply:
``<div class="label" style="display:none;">Sem estoque</div>`` on the cards in stock, the same div
without the style on the sold-out ones. A person sees the label only where it is shown, so the
value is there and nowhere else; the slot already holds only the shown copies. The engine reads an
element's own text even when that element is hidden (a spec may mean a value kept in a hidden
span), so a selector for such a slot has to leave the hidden copies out itself: each candidate is
also tried with ``:not(…)`` conditions for the page's own hiding marks (``hidden``, an inline
``display:none``), right after the candidate as written.
"""

from __future__ import annotations

from collections.abc import Sequence

from agents.heuristics.dom import HtmlElement
from agents.heuristics.unshown import hides

#: The page's own hiding marks, as CSS conditions a shown element meets (an inline style is
#: written with or without the space).
SHOWN_ONLY = ':not([hidden]):not([style*="display:none"]):not([style*="display: none"])'
#: Elements looked at per record for a hidden one: a record is a card, not a page.
MAX_ELEMENTS_PER_RECORD = 500


def hides_some(records: Sequence[HtmlElement]) -> bool:
    """Whether any sampled record holds an element the page hides by a mark of its own."""
    for record in records:
        for count, element in enumerate(record.iterdescendants()):
            if count >= MAX_ELEMENTS_PER_RECORD:
                break
            if isinstance(element.tag, str) and hides(element):
                return True
    return False


def with_shown_only(found: list[str]) -> list[str]:
    """``found`` with each plain selector followed by its shown-only form (``div.label`` then
    ``div.label:not([hidden])…``); unions, pseudo-elements and the empty selector (the record
    itself) stay as they are."""
    out: list[str] = []
    for css in found:
        out.append(css)
        if css and "," not in css and "::" not in css and not css.endswith(SHOWN_ONLY):
            out.append(f"{css}{SHOWN_ONLY}")
    return out
