"""A text followed by its shortened copy: one value shown twice, not a list of two.

Result pages print a snippet or an author line in full and again cut short, one of the two shown
per screen size (PubMed's full and short snippets). With classes that name the two, each has its
own place; with hashed classes they are look-alike siblings that would read as a list, or as two
fields of which one is a truncated copy. The first and longest text is the value.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text

#: A shortened copy keeps at least this much of the text: "A" starts "Apple" without copying it.
MIN_COPY_CHARS = 20


def are_shortened_copies(runs: list[list[HtmlElement]], share: float) -> bool:
    """Whether the later siblings of ``share`` of the runs of two or more are shortened copies of
    the first, and some copy is shorter (the same text twice is no shortened copy)."""
    paired = [[_copy_text(e) for e in run] for run in runs if len(run) > 1]
    if not paired:
        return False
    copies = [all(_shortens(run[0], later) for later in run[1:]) for run in paired]
    shorter = any(len(later) < len(run[0]) for run in paired for later in run[1:])
    return shorter and values.share(copies) >= share


def _copy_text(element: HtmlElement) -> str:
    """The text as a copy shows it, without the ellipsis or stop a shortened copy ends in."""
    return full_text(element).rstrip(" .…")


def _shortens(full: str, copy: str) -> bool:
    return len(copy) >= MIN_COPY_CHARS and full.startswith(copy)
