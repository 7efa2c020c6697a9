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

With the Scout's spec and the served markup (``junktrace.Trace``), each column is also traced to the field that
made it: what the field reads, the role and tag of the element it selects, its type, cut and name, and how its
values look (``junktrace``'s groups).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tests.bench.absentshape import DENSE_SHARE, locate_value
from tests.bench.junktrace import Trace, column_detail, column_trace
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
#: The trace groups (``junktrace``) the report prints, each bucket it holds, most columns first.
TRACE_GROUPS = ("target", "role", "tag", "type", "look", "cut", "name")


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


def junk_columns(
    got: Sequence[Record],
    extras: Mapping[str, int],
    pages: Sequence[Page],
    kind: Kind,
    fold: Fold,
    trace: Trace | None = None,
) -> dict[str, list[str]]:
    """Each junk column's ``group:bucket`` names: ``column_buckets``, then its trace when ``trace`` is given."""
    out: dict[str, list[str]] = {}
    if not pages:
        return out
    for column in sorted(extras):
        values = [r[column] for r in got if column in r]
        if values:
            traced = column_trace(column, values, trace, kind) if trace is not None else []
            out[column] = column_buckets(values, len(got), pages, kind, fold) + traced
    return out


def shape_of(columns: Mapping[str, Sequence[str]], extras: Mapping[str, int]) -> dict[str, int]:
    """Junk columns and their junk values by bucket: ``columns``, ``values``, ``columns_<group>:<bucket>``
    and ``values_<group>:<bucket>``."""
    out: Counter[str] = Counter()
    for column, names in columns.items():
        out["columns"] += 1
        out["values"] += extras[column]
        for name in names:
            out[f"columns_{name}"] += 1
            out[f"values_{name}"] += extras[column]
    return dict(out)


def junk_shape(
    got: Sequence[Record],
    extras: Mapping[str, int],
    pages: Sequence[Page],
    kind: Kind,
    fold: Fold,
    trace: Trace | None = None,
) -> dict[str, int]:
    """``shape_of`` the ``junk_columns``."""
    return shape_of(junk_columns(got, extras, pages, kind, fold, trace), extras)


def details_of(
    columns: Mapping[str, Sequence[str]], got: Sequence[Record], trace: Trace | None, examples: int = 3
) -> dict[str, str]:
    """An open site's junk columns one by one: the field behind it, its buckets and a few of its values."""
    out = {}
    for column, names in columns.items():
        seen = list({_key(r[column]): r[column] for r in got if column in r}.values())[:examples]
        shown = ", ".join(repr(v)[:60] for v in seen)
        out[column] = f"{column_detail(column, trace)} | {' '.join(names)} | e.g. {shown}"
    return out


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
    for group in TRACE_GROUPS:
        buckets = sorted(
            ((k.split(":", 1)[1], int(n)) for k, n in shape.items() if k.startswith(f"columns_{group}:") and n),
            key=lambda p: (-p[1], p[0]),
        )
        if buckets:
            shown = [f"{b} {n}/{int(shape.get(f'values_{group}:{b}', 0))}" for b, n in buckets]
            groups.append(f"{group}: {', '.join(shown)}")
    return f"junk columns/values {int(shape['columns'])}/{int(shape.get('values', 0))}; " + "; ".join(groups)
