"""Structure marks only where look-alike siblings meet: a lone element keeps its plain step.

Where every class is hashed, ``variants`` tells look-alike siblings apart by what they are made
of (``span%structure:a``, ``span%structure:strong``: the thread's title beside its "[Solved]"
prefix). The mark belongs to the step, so it also lands on every other element of that step, even
one that stands alone under its parent in every record: a forum row's title wrapper holding a
"jump to new post" link on some threads, its last-post cell holding a date, a line break and two
links on others. The children of such a lone element change from record to record, and so would
its mark, splitting one field into a column per shape. Alone at its place, the element needs no
telling apart: its structure mark is dropped there, while marks that name a value (an icon's
caption, a modifier class) stay.
"""

from __future__ import annotations

from agents.heuristics.dom import HtmlElement
from agents.heuristics.variants import Mark, Marker

_STRUCTURE = "structure:"


def at_run_places(marker: Marker, places: dict[HtmlElement, str], run_places: set[str]) -> Marker:
    """``marker`` giving no structure mark to an element whose place (``places``: the path of its
    parent in its record) holds no run of two or more siblings of its step in any record
    (``run_places``). Elements the sample never placed keep their mark."""

    def marked(element: HtmlElement) -> Mark | None:
        mark = marker(element)
        if mark is None or not mark.identity.startswith(_STRUCTURE):
            return mark
        place = places.get(element)
        return mark if place is None or place in run_places else None

    return marked
