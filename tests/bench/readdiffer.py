"""How a value the spec reads differs from the written one, when the field reads the very element showing it.

``readelsewhere`` says a field reads ``the value's own element, read otherwise``; this says how the read value
stands to the expected one, in shape only (no value is named):

* the form: ``a list where one value is written`` (``: one of its items`` — the list mixes several facts; ``: its
  items together`` — one text split up; ``: neither``), ``one value where a list is written``, ``a structured value``
  (an object: an amount and its currency read together; ``: the written text holds no number`` / ``one number`` /
  ``several numbers``);
* the type: ``a number made of a text`` (``"12 min"`` read as 12), ``a text where a number is written``,
  ``another number``; ``a date made of a text`` (``"Spring 2024"`` read as a day), ``a text where a date is
  written``, ``another date``; ``another address``;
* the cut, for two texts: ``a part of the written text`` (cut too short), ``the written text and more`` (cut
  too long: a label or a unit kept), or ``another text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from tests.bench.absentshape import Kind

Fold = Callable[[str], str]
#: The differences, in the order they are reported.
DIFFERENCES = (
    "a list where one value is written",
    "one value where a list is written",
    "a structured value",
    "a number made of a text",
    "a text where a number is written",
    "another number",
    "a date made of a text",
    "a text where a date is written",
    "another date",
    "another address",
    "a part of the written text",
    "the written text and more",
    "another text",
)

#: A list read where one value is written, the value one of its items (``itemlists`` says more).
ONE_OF_ITEMS = "one of its items"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_day(value: Any) -> bool:
    """An ISO day or moment, as the spec writes a date it parsed."""
    if not isinstance(value, str) or not value[:4].isdigit():
        return False
    try:
        date.fromisoformat(value[:10])
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def how_read_differs(expected: Any, read: Any, kind: Kind, fold: Fold) -> str:
    """How ``read`` (a value the spec's field gave) differs from ``expected`` (the written one, compared as
    ``kind`` tells): one of ``DIFFERENCES``."""
    written = kind(expected)
    if isinstance(read, list) != (written == "items"):
        return f"{DIFFERENCES[0]}: {_as_items(expected, read, fold)}" if isinstance(read, list) else DIFFERENCES[1]
    if isinstance(read, dict):
        numbers = len(re.findall(r"\d+(?:[.,]\d+)*", _joined(expected)))
        said = ("the written text holds no number", "one number")[numbers] if numbers < 2 else "several numbers"
        return f"{DIFFERENCES[2]}: {said}"
    if written == "number":
        return DIFFERENCES[5] if _is_number(read) else DIFFERENCES[4]
    if written in ("date", "month-day"):
        return DIFFERENCES[8] if _is_day(read) else DIFFERENCES[7]
    if written == "url":
        return DIFFERENCES[9]
    if _is_number(read):
        return DIFFERENCES[3]
    if _is_day(read):
        return DIFFERENCES[6]
    want, got = fold(_joined(expected)), fold(_joined(read))
    if got and got in want:
        return DIFFERENCES[10]
    if want and want in got:
        return DIFFERENCES[11]
    return DIFFERENCES[12]


def _as_items(expected: Any, read: list[Any], fold: Fold) -> str:
    """How one written value stands to a read list: one of its items, its items together, or neither."""
    want = fold(_joined(expected))
    items = [fold(str(item)) for item in read]
    if want in items:
        return ONE_OF_ITEMS
    if items and all(item in want for item in items):
        return "its items together"
    return "neither"


def _joined(value: Any) -> str:
    return " ".join(map(str, value)) if isinstance(value, list) else str(value)
