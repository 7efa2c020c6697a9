"""Read dates out of text (absolute, relative like "3 days ago", yearless) as ISO 8601: in the offset
the text gives, else UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as date_parser

from pipeline.core.cleantext import clean_text
from pipeline.core.epochs import epoch_date
from pipeline.core.monthnames import in_english
from pipeline.core.relativedates import age_of, days_back
from pipeline.core.schemas import DateOrder
from pipeline.core.yearless import PLACEHOLDER_YEAR, find_yearless, with_year

# Fuzzy parsing turns any number into a date ("4.5 stars" → 4 May), so only text that looks like a
# date is parsed: a four-digit year, a month name, or a d/m/y pattern.
_DATE_LIKE = re.compile(
    r"\b(1[89]\d\d|2\d\d\d)\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b",
    re.IGNORECASE,
)


def parse_relative_date(text: str, *, now: datetime | None = None) -> str | None:
    """Resolve "3 days ago", "yesterday", "today" against ``now`` (the extraction time), and their
    like in other languages ("vor 3 Tagen", "Hier, 21:05", "hace 2 días": ``relativedates``)."""
    days = days_back(text)
    age = timedelta(days=days) if days is not None else age_of(text)
    if age is None:
        return None
    try:
        return ((now or utcnow()) - age).replace(microsecond=0).isoformat()
    except OverflowError:  # "5000 years ago": before year 1, which no date reaches
        return None


#: Bracketed asides after a date ("Thu, 5 Mar 2026 (12 entries)") that the date parser chokes on.
_ASIDES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _fuzzy_date(text: str, day_first: bool = False, default: datetime | None = None) -> datetime | None:
    try:
        return date_parser.parse(text, fuzzy=True, dayfirst=day_first, default=default)
    except (ValueError, OverflowError):
        return None


#: What the parser fills in where a yearless text says nothing: a year it returns only when the
#: text wrote none (the text's month and day replace the rest).
_PLACEHOLDER = datetime(PLACEHOLDER_YEAR, 1, 1)


#: "03/04/2026", "3.4.26", "3. 4. 2026" (Czech and Slovak pages set a space after each dot): a day and
#: a month in an order only the site knows (the Scout reads the two numbers to learn it,
#: ``agents.heuristics.dateorder``)...
NUMERIC_DAY_MONTH = re.compile(r"(?<![\d.:/-])(\d{1,2})(?:[./-]|\. )(\d{1,2})(?:[./-]|\. )\d{2,4}(?![\d.:/-]?\d)")
#: ...unlike "2026-03-04", which is always year, month, day.
_YEAR_FIRST = re.compile(r"\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b")


#: A month written in words, which a year beside it makes a month of that year ("March 2025").
_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
#: Numbers joined as a date's parts ("14.03.2025", "3/14", "2025-03", "14. 3. 2025"): a month is written.
_NUMERIC_PARTS = re.compile(r"\d(?:[./-]|\. )\d")


def _names_no_month(text: str) -> bool:
    """Whether ``text`` writes no month, in a name or in numbers: a year alone ("2025", "Spring
    2025"), or a day and a year around a month of a language without a table here ("3 Ekim 2024",
    where the parser would read "3" as March). The parser would make up what the page never gave."""
    return not (_MONTH_NAME.search(text) or _NUMERIC_PARTS.search(text))


#: Longer texts hold a date among other words, not a date (``agents.heuristics.values`` types them so too).
MAX_DATE_CHARS = 200


def parse_date(
    raw: str, *, now: datetime | None = None, order: DateOrder | None = None, past: bool = False
) -> str | None:
    """An ISO 8601 timestamp: in the offset the text gives ("2025-03-14T23:30:00+01:00" stays so),
    else in UTC; naive dates are taken as UTC (the original stays in Bronze).

    ``order`` says how an all-numeric date reads ("03/04/2026"): day first (3 April) or month first.
    ``past``: a date without a year is the nearest one not after ``now`` (a post's day), not the nearest.
    """
    text = clean_text(raw)
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    epoch = epoch_date(text)  # a unix time kept in an attribute: the instant itself
    if epoch is not None:
        return epoch
    relative = parse_relative_date(text, now=now)
    if relative is not None:
        return relative
    text = in_english(text)  # "7 maart 2026", "12 settembre": the parser reads English months
    if not _DATE_LIKE.search(text):
        return None
    day_first = order == "day_first" and bool(NUMERIC_DAY_MONTH.search(text)) and not _YEAR_FIRST.search(text)
    yearless = find_yearless(text)
    default = _PLACEHOLDER if yearless else None
    moment = _fuzzy_date(text, day_first, default) or _fuzzy_date(_ASIDES.sub(" ", text), day_first, default)
    if moment is None or (not yearless and _names_no_month(text)):
        return None
    if yearless and moment.year == PLACEHOLDER_YEAR:
        moment = with_year(moment, yearless.weekday, now or utcnow(), past=past)
    offset = moment.utcoffset()
    if offset is None:
        return moment.replace(tzinfo=UTC).isoformat()
    # The offset the text gives is kept: the same instant, read as the place it describes reads it.
    return moment.replace(tzinfo=timezone(offset) if offset else UTC).isoformat()


def utcnow() -> datetime:
    return datetime.now(UTC)
