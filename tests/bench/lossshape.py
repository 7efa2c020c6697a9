"""Where a lost value went, in a shape that names no site and no field (``scout_corpus`` sums it).

The bench's losses say *that* values were lost (records missed, fields no column answers, wrong
values); this says *why*, one level down, so that a held-out set can point the next round at a
cause without anyone reading one of its sites:

* a field no column answers: its value sits **inside** a longer extracted text of the same record
  (the Scout found it but never cut it out), or it is **absent** from the record altogether;
* an answered field that is wrong: the column is **empty** for that record, or holds another value;
* a missed record: its site yielded **no record** at all, about **one page's** worth of a list of
  several pages (the pagination was not followed), otherwise **fewer** records than expected (a page
  or a group not reached), or enough records of which this one is not among the matches (the wrong
  group).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Record = dict[str, Any]
Agree = Callable[[Any, Any], float]
Fold = Callable[[str], str]

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

#: The kinds of detail ``loss_detail`` counts, in values, in the order the report prints them.
LOSS_DETAILS = (
    "no_column_inside_text",
    "no_column_absent",
    "wrong_empty",
    "wrong_other_value",
    "missed_no_records",
    "missed_first_page_only",
    "missed_fewer_records",
    "missed_unmatched",
)


def loss_detail(
    expected: Sequence[Record],
    got: Sequence[Record],
    matches: Mapping[int, int],
    mapping: Mapping[str, str],
    agree: Agree,
    fold: Fold,
    pages: int = 1,
) -> dict[str, float]:
    """Count each lost expected value under one ``LOSS_DETAILS`` kind; ``pages`` is how many list
    pages the expected records come from."""
    out = dict.fromkeys(LOSS_DETAILS, 0.0)
    for i, j in matches.items():
        have = got[j]
        for key, value in expected[i].items():
            if key not in mapping:
                out["no_column_inside_text" if inside_text(value, have, fold) else "no_column_absent"] += 1
                continue
            column = mapping[key]
            credit = agree(value, have.get(column))
            if credit < 1:
                out["wrong_empty" if column not in have else "wrong_other_value"] += 1 - credit
    missed = float(sum(len(r) for i, r in enumerate(expected) if i not in matches))
    if not matches:
        out["missed_no_records"] = missed
    elif pages > 1 and len(got) <= len(expected) / pages + 2:  # a page's worth, give or take a stray card
        out["missed_first_page_only"] = missed
    elif len(got) < len(expected):
        out["missed_fewer_records"] = missed
    else:
        out["missed_unmatched"] = missed
    return out


def inside_text(value: Any, record: Record, fold: Fold) -> bool:
    """Whether the expected value's text occurs within a longer extracted text of the record."""
    if value is None or isinstance(value, list | bool):
        return False
    if isinstance(value, int | float):
        return any(_holds_number(item, float(value)) for got in record.values() for item in _items(got))
    needle = fold(str(value))
    if len(needle) < 2:
        return False
    for got in record.values():
        for item in _items(got):
            text = fold(item)
            if len(text) > len(needle) and needle in text:
                return True
    return False


def _items(value: Any) -> list[str]:
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]


def _holds_number(text: str, number: float) -> bool:
    """Whether the text holds the number among others (a lone number would have agreed already)."""
    found = [float(n.replace(",", "")) for n in _NUMBER.findall(text)]
    return len(found) > 1 and any(abs(n - number) <= abs(number) * 0.005 for n in found)


#: The F1 bands of ``spread``, lowest first: (label, lower bound).
F1_BANDS = (("below 0.5", 0.0), ("0.5-0.7", 0.5), ("0.7-0.9", 0.7), ("0.9 and up", 0.9))


def main_loss(details: Mapping[str, float], precision_side: Mapping[str, float]) -> str:
    """The kind of loss that cost a site the most values: a ``LOSS_DETAILS`` kind or a precision-side one."""
    kind, lost = max({**details, **precision_side}.items(), key=lambda pair: pair[1], default=("none", 0.0))
    return kind if lost else "none"


def spread(sites: Sequence[tuple[float, str]]) -> str:
    """How ``(F1, main loss)`` pairs spread over ``F1_BANDS``: per band the sites, the macro F1 they cost (what
    the mean would gain were they all perfect) and their main losses by count; never a site."""
    parts = []
    for index, (label, low) in enumerate(F1_BANDS):
        high = F1_BANDS[index + 1][1] if index + 1 < len(F1_BANDS) else 1.01
        band = [(f1, loss) for f1, loss in sites if low <= f1 < high]
        if not band:
            continue
        cost = sum(1 - f1 for f1, _ in band) / len(sites)
        losses = ", ".join(f"{k} {n}" for k, n in Counter(loss for _, loss in band).most_common())
        parts.append(f"{label}: {len(band)} sites costing {cost:.3f} ({losses})")
    return "; ".join(parts) or "no site"
