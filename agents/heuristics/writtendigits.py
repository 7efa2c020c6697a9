"""Numbers written as labels rather than quantities: versions, glued codes, phone numbers, long ids.

A column holding them is text (``valuetypes``): a number would drop the letters, the leading zero,
the grouping or the last digits the page shows.
"""

from __future__ import annotations

import re

from agents.heuristics import values

#: Version numbers and addresses ("2.4.1", "10.0.0.1") are labels, not quantities.
DOTTED = re.compile(r"^v?\d+(?:\.\d+){2,}")
#: A code opening with letters, digits glued after them: "US2", "B12", "T5", "SW1A".
_GLUED_CODE = re.compile(r"^[A-Za-z]{1,4}\d{1,4}[A-Za-z0-9]{0,3}$")
#: Digits a number would lose: a leading zero ("02139", "007") or a long fraction ("2411.09690"
#: is an arXiv id, "52.5200" a reading): identifiers and exact readings, kept as written.
_WRITTEN_DIGITS = re.compile(r"^0\d+$|(?<![\d.,])\d+\.\d{4,}(?![\d.,])")
#: The largest whole number a float holds exactly: longer runs of digits ("7308815527164401932",
#: a post's id) would come back rounded ("7.308815527164402e+18").
MAX_EXACT_WHOLE = 2**53
#: Digits in groups a space sets apart ("0345 677 9540", "+44 20 7946 0958", "06 12 34 56 78").
_SPACED_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[ \u00a0\u202f]\d+)+")


def is_glued_code(text: str) -> bool:
    """ "US2", "B12", "A3", "SW1A": letters with digits glued after them, one token: a gate, a
    seat, a grid square, a postcode's part. A number would keep the digits and drop the letters
    the page shows. A unit or magnitude comes after its figure ("12km", "3M") and stays a number."""
    return bool(_GLUED_CODE.match(text.strip())) and not values.is_price(text)


def is_digit_string(text: str) -> bool:
    """A phone number, a card or account number: digits spaced as a person reads them out, not a
    quantity. Thousands are grouped by threes after a lead of one to three ("1 234", "12 500 €"),
    so a leading zero ("0345 677 9540") or any other grouping ("20 7946 0958") is written digits;
    so is an id longer than a number holds exactly ("7308815527164401932")."""
    if _WRITTEN_DIGITS.search(text) or _is_long_id(text.strip()):
        return True
    for run in _SPACED_DIGITS.findall(text):
        lead, *groups = run.split()
        if lead.startswith("0") or len(lead) > 3 or any(len(group) != 3 for group in groups):
            return True
    return False


def _is_long_id(text: str) -> bool:
    """Bare digits beyond what a float holds exactly: typed as a number, the last ones would change."""
    if not (text.isascii() and text.isdigit()):
        return False
    width = len(str(MAX_EXACT_WHOLE))
    return len(text) > width or (len(text) == width and int(text) > MAX_EXACT_WHOLE)
