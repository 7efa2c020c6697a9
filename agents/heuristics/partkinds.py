"""What kind of value one part of a compound text holds (``compound``): a price, a rating, a date,
a clock time, a number, or words; and the field name a kind gives a part no caption names."""

from __future__ import annotations

import re
from collections.abc import Callable

from agents.heuristics import values
from agents.heuristics.clockparts import is_zoned_clock
from agents.heuristics.phrases import is_rating_phrase
from agents.heuristics.valuetypes import CLOCK

#: A part's kind that names it better than the classes around the whole text can ("Sat, Mar 14").
KIND_NAMES = {"date": "date", "time": "time", "score": "rating", "score_count": "review_count"}
#: A count with the unit Japanese and Chinese write right after it, unspaced: "2019年", "352ページ", "5階".
_CJK_COUNT = re.compile(r"^\d[\d.,]{0,12}[\u3040-\u30ff\u3400-\u9fff]{1,4}$")
#: Share of a part's values that must be of one kind for the part to be of that kind.
KIND_SHARE = 0.8


def kind_of(texts: list[str]) -> str:
    """What most values of one part are: a price, a rating, a date, a time, a number, or text."""
    kinds = [_kind(t) for t in texts]
    if "date" in kinds:  # "3 Days Ago" beside "Today": ages and day words are dates of one part
        kinds = ["date" if kind == "relative" else kind for kind in kinds]
    top = max(set(kinds), key=kinds.count)
    return top if kinds.count(top) >= KIND_SHARE * len(kinds) else "text"


def _kind(text: str) -> str:
    checks: tuple[tuple[str, Callable[[str], bool]], ...] = (
        ("price", values.is_price),
        ("rating", lambda t: values.is_rating(t) or is_rating_phrase(t)),
        ("date", lambda t: values.is_date(t) or values.is_yearless_date(t)),
        ("relative", values.is_relative_date),
        ("time", lambda t: bool(CLOCK.match(t)) or is_zoned_clock(t)),  # "6:30 PM GMT" too
        ("number", lambda t: values.is_number(t) or values.is_compact_number(t) or bool(_CJK_COUNT.match(t))),
    )
    return next((kind for kind, check in checks if check(text)), "text")
