"""A month heading above records that carry their own full dates: it only sorts them by month.

Archives and tour pages group their records under "March 2025", "February 2025". Where each record
already has a date with its year (a unix time, "SAT 30 NOV 2024"), the heading says that date's
month again: no column of its own, as a person copying the records would not write it twice.
"""

from __future__ import annotations

import re

from parsel import Selector

from pipeline.core.extract import iter_records
from pipeline.core.monthnames import in_english
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.yearless import MONTH

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: "March 2025", "Mar. 2025", "mars 2025": a month and a year, nothing else.
_MONTH_YEAR = re.compile(rf"^({MONTH}),?\s+((?:19|20)\d\d)$", re.IGNORECASE)
#: Share of the dated records whose date must fall in the heading's month (a date in UTC may fall
#: in the next month where the page's zone is behind).
SAME_MONTH_SHARE = 0.8
MIN_DATED_RECORDS = 2


def repeats_record_dates(
    page: Selector, record_css: str, span: int, fields: list[FieldSpec], heading: FieldSpec
) -> bool:
    """Whether ``heading`` names the month and year of a date field of the records below it."""
    dates = [f for f in fields if f.type == "date" and f.scope == "record"]
    if not dates or heading.scope != "preceding":
        return False
    spec = ScraperSpec(
        start_url="https://page.invalid/", record_selector=record_css, record_span=span, fields=(*dates, heading)
    )
    records = list(iter_records(page, spec, url="https://page.invalid/"))
    return any(_same_months([(r.get(d.name), r.get(heading.name)) for r in records]) for d in dates)


def _same_months(pairs: list[tuple[object, object]]) -> bool:
    agreeing = total = 0
    for date, heading in pairs:
        if not isinstance(heading, str) or not isinstance(date, str) or len(date) < 10:
            continue
        month = month_of(heading)
        if month is None:
            return False  # a heading that is not a month: a group of another kind
        total += 1
        agreeing += date[:7] == month
    return total >= MIN_DATED_RECORDS and agreeing >= SAME_MONTH_SHARE * total


def month_of(heading: str) -> str | None:
    """ "March 2025" -> "2025-03"; None for any other text."""
    found = _MONTH_YEAR.match(in_english(heading.strip()))
    if found is None:
        return None
    return f"{found.group(2)}-{_MONTHS.index(found.group(1)[:3].lower()) + 1:02d}"
