"""Audit the column names the Scout chose: which ones name a look rather than a value.

Reads one or more ``scout_corpus --json`` files (open sites only carry their exports) and lists every
column of every site, flagging names a person would not recognise as what the column holds:

* *presentational*: a word of typography, colour, position, layout or a CSS utility
  (``smallerfont``, ``bottom_left``, ``layouts``, ``dull``), a BEM modifier left in the name, or a
  token no one says (``aad``: a short code without a vowel pattern of a word);
* *misfit duplicate*: ``price_2``, ``date_2``… whose values are not of that type ("Versand möglich").

    python -m tests.bench.namecheck RUN.json [RUN2.json ...] [--all] [--compare OTHER.json ...]

The bench does not score names; this is the measure for naming work.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

#: Words of a look, a place on the screen or a stylesheet helper, never of what a value is.
_LOOK_WORDS = frozenset(
    {
        "font", "fonts", "small", "smaller", "smallest", "smalle", "smallfont", "smallerfont", "smallefont",
        "tiny", "big", "bigger", "large", "larger", "huge", "bold", "italic", "strong", "em", "underline",
        "red", "green", "blue", "grey", "gray", "black", "white", "orange", "yellow",
        "dull", "muted", "textcolor", "fontsize", "faded", "dim", "light", "lighter", "dark", "darker",
        "pale", "bright", "highlight",
        "left", "right", "top", "bottom", "center", "centre", "middle", "upper", "lower", "inner", "outer",
        "layout", "layouts", "float", "clear", "clearfix", "pad", "padding", "margin", "spacer", "gutter",
        "col", "cols", "column", "row", "rows", "flex", "grid", "wrap", "wrapper", "box", "span", "div",
        "inline", "block", "align", "aligned", "hidden", "visible", "sr", "only", "style", "styled", "primary",
        "secondary", "tertiary", "mobile", "desktop", "xs", "sm", "md",
        "lg", "xl", "xxl", "caps", "uppercase", "lowercase", "truncate", "clamp", "ellipsis", "nowrap", "fw", "fs",
    }
)  # fmt: skip
#: Short names that are real field names (not codes).
_SHORT_WORDS = frozenset(
    {"url", "sku", "age", "aum", "isbn", "pmid", "doi", "id", "pdf", "eta", "gtin", "year", "tag", "bid", "fee"}
)
_VOWEL = re.compile(r"[aeiouy]")
#: Generic names: not presentational, but saying nothing of the value either.
_GENERIC = re.compile(r"^(?:text|value|number|link|link_url|name|label|info|item|field|data|f)(?:_\d+)?$")
_PRICE = re.compile(r"\d")
_TYPE_CHECKS: dict[str, re.Pattern[str]] = {
    "price": re.compile(r"\d"),
    "date": re.compile(r"\d"),
    "rating": re.compile(r"^\s*\d"),
    "url": re.compile(r"^(?:https?:)?/"),
    "image": re.compile(r"^(?:https?:)?/|\.(?:jpe?g|png|webp|gif|svg)\b", re.I),
    "year": re.compile(r"\b\d{4}\b"),
}


def _words(name: str) -> list[str]:
    return [w for w in name.split("_") if w and not w.isdigit()]


def _texts(values: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for raw in values:
        value = raw.get("amount", next(iter(raw.values()), "")) if isinstance(raw, dict) else raw
        items = value if isinstance(value, list) else [value]
        out.extend(str(v) for v in items if v not in (None, ""))
    return out


def verdict(name: str, values: Sequence[Any]) -> str | None:
    """Why ``name`` is presentational, or None when it is not."""
    words = _words(name)
    looks = [w for w in words if w in _LOOK_WORDS]
    if looks and len(looks) == len(words):
        return f"look word ({'/'.join(looks)})"
    if len(words) == 1 and len(name) <= 3 and name not in _SHORT_WORDS:
        return "short code"
    if any(len(w) >= 4 and not _VOWEL.search(w) for w in words):
        return "hashed token"
    base, _, counter = name.rpartition("_")
    if counter.isdigit() and base in _TYPE_CHECKS:
        texts = _texts(values)
        fits = sum(1 for t in texts if _TYPE_CHECKS[base].search(t))
        if texts and fits < len(texts) / 2:
            return f"misfit duplicate ({base})"
    return None


def columns(record_list: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    """Each column of an export and its values, in first-seen order."""
    found: dict[str, list[Any]] = {}
    for record in record_list:
        for key, value in (record.get("data") or {}).items():
            found.setdefault(key, []).append(value)
    return found


def audit(paths: Sequence[Path]) -> dict[str, dict[str, tuple[str | None, list[Any]]]]:
    """Per site, per column: the verdict and the values."""
    result: dict[str, dict[str, tuple[str | None, list[Any]]]] = {}
    for path in paths:
        for run in json.loads(path.read_text(encoding="utf-8")):
            if run.get("export") is None:
                continue  # a frozen site keeps its export to itself
            result[run["site"]] = {name: (verdict(name, vals), vals) for name, vals in columns(run["export"]).items()}
    return result


def _sample(values: list[Any]) -> str:
    texts = _texts(values[:3])
    return " | ".join(t[:30] for t in texts[:3])


def main(argv: Sequence[str] | None = None) -> int:
    """Print the flagged columns and the counts."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.namecheck")
    parser.add_argument("runs", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="list every column, not only the flagged ones")
    args = parser.parse_args(argv)
    sites = audit(args.runs)
    total = flagged = generic = 0
    for site, cols in sorted(sites.items()):
        for name, (why, vals) in cols.items():
            total += 1
            generic += bool(_GENERIC.match(name))
            if why:
                flagged += 1
            if why or args.all:
                print(f"{site:24s} {name:28s} {why or '':26s} {_sample(vals)}")
    print(f"\n{len(sites)} sites, {total} columns: {flagged} presentational, {generic} generic (text, value…)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
