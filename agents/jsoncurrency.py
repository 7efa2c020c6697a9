"""The currency of a JSON price that names none, read where the page shows that same amount.

Shops' data often writes a price as a bare amount (``"price": "295.99"``) and leaves the sign to
the template that draws the card ("$295.99"). The amount shown beside a sign or a code, for the
same records and always the same currency, says what the data means.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.jsonscout import path_value
from pipeline.core.numbertext import parse_price
from pipeline.core.schemas import FieldSpec

#: A sign or an ISO-like code, and a number right beside it ("$295.99", "12,50 €", "USD 1,200").
_MARK = r"(?:[A-Z]{1,3}\$|[$€£¥￥₹₽₩₺₪₫₴₦₱฿৳₵₨]|\b(?:F ?CFA|[A-Z]{3}|CHF|kr|zł|KSh|Ksh|TSh|USh|Rs|Rp|RM)\b\.?)"
#: Starting where no digit or separator is before it, and at most 15 characters long: a long run of
#: digits and commas is not tried from each of its places over again. Thousands grouped by plain
#: spaces ("87 900 FCFA", "1 299,00 zł") are so in groups of three only.
_AMOUNT = r"(?<![\d.,'])(?:\d{1,3}(?: \d{3}){1,4}(?:[.,]\d{1,2})?(?![\d.,])|\d(?:[\d.,'\u00a0\u202f]{0,15}\d)?)"
_PRICED = re.compile(rf"{_MARK}[ \u00a0]?{_AMOUNT}|{_AMOUNT}[ \u00a0]?{_MARK}")
#: Records whose amounts are looked for, at most.
MAX_RECORDS = 200


def shown_currency(
    fields: Sequence[FieldSpec], records: list[dict[str, Any]], shown: str, drawn: Sequence[int]
) -> tuple[FieldSpec, ...]:
    """``fields``, a price field naming no currency given the one ``shown`` writes beside the amounts
    of the ``drawn`` records (those the page shows), when it is one currency for at least two of them
    and for most of those whose amount is found at all."""
    priced = _priced_amounts(shown)
    if not priced:
        return tuple(fields)
    found = list(fields)
    for at, field in enumerate(fields):
        if field.type != "price" or field.currency is not None or not field.json_path or field.many:
            continue
        amounts = [a for i in list(drawn)[:MAX_RECORDS] if (a := _amount(path_value(records[i], field.json_path)))]
        codes = [priced.get(round(a, 2)) for a in amounts]
        named = [c for c in codes if c]
        if len(named) >= 2 and 2 * len(named) > len(amounts) and len(set().union(*named)) == 1:
            found[at] = field.model_copy(update={"currency": next(iter(named[0]))})
    return tuple(found)


def _amount(value: Any) -> float | None:
    """A price the data writes as a bare number ("295.99", 295.99), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if value > 0 else None
    if isinstance(value, str) and re.fullmatch(r"\d{1,9}(?:\.\d{1,2})?", value.strip()):
        return float(value) or None
    return None


def _priced_amounts(shown: str) -> dict[float, set[str]]:
    """Each amount the text shows beside a currency, and the currencies it is shown in."""
    priced: dict[float, set[str]] = {}
    for match in _PRICED.finditer(shown):
        price = parse_price(match.group())
        amount, code = (price or {}).get("amount"), (price or {}).get("currency")
        if isinstance(amount, float) and isinstance(code, str):
            priced.setdefault(round(amount, 2), set()).add(code)
    return priced
