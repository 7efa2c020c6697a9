"""The full date a screen reader hears where the page shows it cut short.

``<div aria-hidden="true">OCT 12</div> … <span class="VisuallyHidden">Sun Oct 12 2025 7:30 PM …</span>``:
the calendar badge a sighted reader sees has no year, and the accessible copy beside it says the whole
date. Text kept for screen readers is no value in general (it repeats what is shown), but a date with
its year that the badge leaves out is the record's date, so that copy is read.
"""

from __future__ import annotations

from functools import lru_cache

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from pipeline.core.datetext import parse_date
from pipeline.core.screenreader import for_screen_readers

#: An accessible summary of a card is a sentence, not a paragraph.
MAX_SPOKEN_CHARS = 200


def spoken_date(element: HtmlElement) -> str | None:
    """The text of a screen-reader-only ``element`` when it says a date with its year; else None."""
    if not for_screen_readers(element):
        return None
    text = full_text(element)
    return text if _says_dated(text) else None


@lru_cache(maxsize=4096)
def _says_dated(text: str) -> bool:
    """Whether ``text`` is a short date with its year. Cached: the Scout asks of the same copy when it
    walks a record's elements and again when it reads their values, and a date parse is dear."""
    return len(text) <= MAX_SPOKEN_CHARS and bool(values.YEAR.search(text)) and parse_date(text) is not None
