"""Delimiters that join one value rather than part two: the dash of a range, the slash of a rate.

"Nov 3 – 8" is one stay, "60.000 – 75.000 € / Jahr" one salary: a text is cut (``compound``) only
at the delimiters left once these are set aside.
"""

from __future__ import annotations

import re

from agents.heuristics import values

#: Dashes, which join the ends of a range ("Nov 3 – 8") as well as two values.
_DASHES = frozenset({"—", "–", "-"})
#: The start of a counted range: a whole number ending the text before the dash ("Lieferzeit: 1").
_RANGE_START = re.compile(r"(?:^|\s)(\d{1,4})$")
#: Its end: a whole number and the unit word or two both ends share ("3 Werktage", "5 business days").
_RANGE_END = re.compile(r"^(\d{1,4})\s?[^\W\d_]+\.?(?: [^\W\d_]+\.?)?$")


def without_joins(order: list[str], texts: list[str]) -> list[str]:
    """``order`` (the delimiters every text holds once, in their order) less those joining the
    ends of a range of dates or of amounts, then less a slash joining an amount to its rate."""
    order = [d for d in order if not _joins_dates(d, order, texts)]
    order = [d for d in order if not _joins_amounts(d, order, texts)]
    order = [d for d in order if not _joins_counts(d, order, texts)]
    return [d for d in order if not _joins_rate(d, order, texts)]


def _joins_dates(delimiter: str, order: list[str], texts: list[str]) -> bool:
    """A dash between a date and the day it runs to ("Nov 3 – 8", "Oct 27 – Nov 1", "3 – 8 Nov"):
    booking sites and event listings print stays and runs so; the range is one value, as
    shown, not a date and a number."""
    if delimiter.strip() not in _DASHES:
        return False
    at = order.index(delimiter)
    return all(values.is_date_range(*gaps(t, order)[at : at + 2]) for t in texts)


def _joins_amounts(delimiter: str, order: list[str], texts: list[str]) -> bool:
    """A dash between two amounts ("60.000 – 75.000 €", "$80k - $120k"): a range of pay or of
    prices, one value as job boards and shops print it, whose currency may show at one end only."""
    if delimiter.strip() not in _DASHES:
        return False
    at = order.index(delimiter)
    return all(values.are_range_ends(*gaps(t, order)[at : at + 2]) for t in texts)


def _joins_counts(delimiter: str, order: list[str], texts: list[str]) -> bool:
    """A dash between two whole numbers, the unit written once after the second ("1 - 3 Werktage",
    "2–4 weeks", "3 - 6 years"): a delivery time or an age band, one range as shops print them,
    not a number and a measure. The end is the larger, as in any range."""
    if delimiter.strip() not in _DASHES:
        return False
    at = order.index(delimiter)
    for text in texts:
        start, end = gaps(text, order)[at : at + 2]
        low, high = _RANGE_START.search(start), _RANGE_END.match(end)
        if low is None or high is None or int(low.group(1)) >= int(high.group(1)):
            return False
    return True


def _joins_rate(delimiter: str, order: list[str], texts: list[str]) -> bool:
    """A slash between an amount and one word ("75.000 € / Jahr", "£4.50 / kg"): the unit the
    amount is paid per, part of the price. Read after the dashes of a range are dropped from
    ``order``, so that the amount before the slash is the whole range."""
    if delimiter.strip() != "/":
        return False
    at = order.index(delimiter)
    return all(values.is_per_unit(*gaps(t, order)[at : at + 2]) for t in texts)


def gaps(text: str, order: list[str]) -> list[str]:
    """The texts between the delimiters of ``order``, stripped."""
    found, rest = [], text
    for delimiter in order:
        head, _, rest = rest.partition(delimiter)
        found.append(head.strip())
    return [*found, rest.strip()]
