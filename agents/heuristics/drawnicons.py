"""An inline icon told apart by its drawing: ``<svg><path d="M3 7h2v6…"/></svg>`` before "2" is the bed.

Tailwind-era cards list facts as an icon and a bare figure ("78 m²", "2", "118 m²"), every item
classed alike, the icon drawn inline with no sprite reference, caption or class naming it. What a
person reads the figure by is the icon itself, and its drawing (its longest ``path``'s ``d``: Material
icons open with a blank frame, ``M0 0h24v24H0z``) is the
same on every card of the site. Placed by position instead, a fact moves as soon as an optional one
(a plot area, an energy label chip) comes or goes.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement, tag_of

#: A drawing longer than this is a picture rather than an icon: no selector should spell it.
MAX_DRAWING_CHARS = 400


def drawn_icon(icon: HtmlElement) -> str | None:
    """The drawing of an inline ``svg`` icon (its longest ``path``'s ``d``, not a blank frame
    drawn first), when short and quotable."""
    if tag_of(icon) != "svg":
        return None
    drawings = [p.get("d") or "" for p in icon.iter() if isinstance(p.tag, str) and tag_of(p) == "path"]
    drawing = max(drawings, key=len, default="")
    # An attribute selector matches the value exactly: one spelled over lines is left alone.
    if not drawing or drawing != " ".join(drawing.split()) or len(drawing) > MAX_DRAWING_CHARS:
        return None
    if '"' in drawing or "\\" in drawing:
        return None
    return drawing
