"""The full date a screen reader hears where the page shows it cut short.

``<div aria-hidden="true">OCT 12</div> … <span class="VisuallyHidden">Sun Oct 12 2025 7:30 PM …</span>``:
the calendar badge a sighted reader sees has no year, and the accessible copy beside it says the whole
date. Text kept for screen readers is no value in general (it repeats what is shown), but a date with
its year that the badge leaves out is the record's date, so that copy is read.
"""

from __future__ import annotations

import re

from agents.heuristics.dom import HtmlElement, full_text
from pipeline.core.datetext import parse_date
from pipeline.core.screenreader import for_screen_readers

#: A year as a date writes it: four digits, this century or the last.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: An accessible summary of a card is a sentence, not a paragraph.
MAX_SPOKEN_CHARS = 200


def spoken_date(element: HtmlElement) -> str | None:
    """The text of a screen-reader-only ``element`` when it says a date with its year; else None."""
    if not for_screen_readers(element):
        return None
    text = full_text(element)
    if len(text) > MAX_SPOKEN_CHARS or not _YEAR.search(text) or parse_date(text) is None:
        return None
    return text
