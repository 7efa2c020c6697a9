"""What a junk column is: the unmapped columns whose values appear nowhere in the matched expected
record (``score``'s extras), described without naming one.

Per junk column, counted once as a column and once per junk value it holds:

* its **kind**: the most common ``value_kind`` of its values (``image``, ``url``, ``number``, ``date``,
  ``text``…, a bool apart);
* its **fill**: the share of extracted records holding it (**dense** at 80 % or more, else **sparse**);
* its **distinctness**: distinct values / values (**constant** below 0.2, **unique** at 0.9 or more,
  else **repeated**) — a constant column is a label or a page-wide value, a unique one a record's own;
* for texts, their mean **length** (**short**: 3 words or fewer, else **long**);
* **where** its values are in the served pages (``pagetext.locate``, over up to ``SAMPLE`` distinct
  values, the most common place): visible text, only attributes or scripts, or nowhere as written
  (a value the Scout derived).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tests.bench.absentshape import DENSE_SHARE, locate_value
from tests.bench.pagetext import Page, majority

Record = dict[str, Any]
Fold = Callable[[str], str]
Kind = Callable[[Any], str]

SAMPLE = 12
CONSTANT_SHARE = 0.2
UNIQUE_SHARE = 0.9
SHORT_WORDS = 3
#: The buckets the report prints, in order.
GROUPS = (
    ("kind", ("text", "number", "url", "image", "items", "date", "month-day", "bool")),
    ("fill", ("dense", "sparse")),
    ("distinct", ("constant", "repeated", "unique")),
    ("length", ("short", "long")),
    ("where", ("visible", "attribute", "script", "nowhere")),
)


def _key(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else value


def column_buckets(values: Sequence[Any], records: int, pages: Sequence[Page], kind: Kind, fold: Fold) -> list[str]:
    """The ``group:bucket`` names one column falls in; ``values`` are its non-empty values, one a record."""
    kinds = Counter("bool" if isinstance(v, bool) else kind(v) for v in values)
    main = kinds.most_common(1)[0][0]
    distinct = len({_key(v) for v in values}) / len(values)
    spread = "constant" if distinct < CONSTANT_SHARE else "unique" if distinct >= UNIQUE_SHARE else "repeated"
    out = [
        f"kind:{main}",
        f"fill:{'dense' if len(values) >= DENSE_SHARE * records else 'sparse'}",
        f"distinct:{spread}",
    ]
    if main == "text":
        words = sum(len(str(v).split()) for v in values) / len(values)
        out.append(f"length:{'short' if words <= SHORT_WORDS else 'long'}")
    sample = list({_key(v): v for v in values}.values())[:SAMPLE]
    out.append(f"where:{majority([locate_value(v, kind, pages, fold) for v in sample]).place}")
    return out


def junk_shape(
    got: Sequence[Record], extras: Mapping[str, int], pages: Sequence[Page], kind: Kind, fold: Fold
) -> dict[str, int]:
    """Junk columns and their junk values by bucket: ``columns``, ``values``, ``columns_<group>:<bucket>``
    and ``values_<group>:<bucket>``."""
    out: Counter[str] = Counter()
    if not pages:
        return {}
    for column, junk in sorted(extras.items()):
        values = [r[column] for r in got if column in r]
        if not values:
            continue
        out["columns"] += 1
        out["values"] += junk
        for name in column_buckets(values, len(got), pages, kind, fold):
            out[f"columns_{name}"] += 1
            out[f"values_{name}"] += junk
    return dict(out)


def describe(shape: Mapping[str, float]) -> str:
    """One report line: junk columns/values by each group's buckets."""
    if not shape.get("columns"):
        return "no junk column"
    groups = []
    for group, buckets in GROUPS:
        shown = [
            f"{b} {int(shape.get(f'columns_{group}:{b}', 0))}/{int(shape.get(f'values_{group}:{b}', 0))}"
            for b in buckets
            if shape.get(f"columns_{group}:{b}")
        ]
        groups.append(f"{group}: {', '.join(shown) or 'none'}")
    return f"junk columns/values {int(shape['columns'])}/{int(shape.get('values', 0))}; " + "; ".join(groups)
