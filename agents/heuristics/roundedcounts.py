"""Rounded counts ("1.2k", "3.1M") and the exact figures pages keep for them in an attribute.

GitHub's ``<span class="Counter" title="1,237">1.2k</span>``, a score's ``aria-label="15,234
points"`` over "15.2k": the attribute holds the figure the rounded text stands for.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement
from pipeline.core.numbertext import parse_number

#: A rounded count opening a text: "1.2k", "3,1 M", "15k".
ROUNDED = re.compile(r"^[-+]?(\d{1,4})(?:[.,](\d{1,2}))?\s?([kmb])\b", re.IGNORECASE)
_UNITS = {"k": 1e3, "m": 1e6, "b": 1e9}
#: Attributes that carry the exact figure of a rounded count.
TOOLTIP_ATTRIBUTES = ("title", "aria-label")


def exact_attribute(holder: HtmlElement, text: str) -> str | None:
    """The attribute of ``holder`` holding the exact figure of the rounded count ``text``."""
    rounded = ROUNDED.match(text)
    if rounded is None:
        return None
    for attribute in TOOLTIP_ATTRIBUTES:
        figure = parse_number(holder.get(attribute) or "")
        if figure is not None and _rounds_to(figure, rounded):
            return attribute
    return None


def _rounds_to(figure: float, rounded: re.Match[str]) -> bool:
    """Whether ``figure`` (1237) shows as ``rounded`` ("1.2k"), rounded or cut off; an exact
    figure has more digits than the rounded one."""
    unit = _UNITS[rounded.group(3).lower()]
    decimals = rounded.group(2) or ""
    step = unit / 10 ** len(decimals)
    shown = (int(rounded.group(1)) + (int(decimals) / 10 ** len(decimals) if decimals else 0)) * unit
    return shown - step / 2 <= figure < shown + step and figure != shown


def labelled_figure(element: HtmlElement, text: str) -> str | None:
    """The exact figure a rounded count keeps in its ``aria-label`` ("15,234 points" over "15.2k")."""
    return element.get("aria-label") if exact_attribute(element, text) == "aria-label" else None
