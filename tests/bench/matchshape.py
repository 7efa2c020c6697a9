"""Why most of a list's records went unmatched: what was exported, where the titles are, what the Scout read.

For a site whose export matches under half of its expected records (``score``'s record matching), in shape only
(no site, value or address is named), three parts joined by ``; ``:

* the export: ``nothing exported``, ``none matching`` or ``under half matching``, with its size against the
  expected records' (``fewer``, ``as many``, ``more``);
* where the expected titles are on the first page as served (``pagetext.locate``): ``titles visible``, ``… in an
  attribute``, ``… in a script``, ``… nowhere on page 1`` (drawn from an API, or on later pages only);
* what the Scout makes of that page in process (``agents.scout.analyze_page``, no browser): ``Scout: a detail
  page``, ``Scout: refused`` or ``Scout: a list of N`` (``1``, ``2-4``, ``5+``) whose records show the titles or
  ``show none of the titles`` (another list read).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from parsel import Selector

from agents.scout import analyze_page
from pipeline.core.extract import iter_records
from tests.bench.absentshape import Kind, Record, title_key
from tests.bench.pagetext import locate, page_of, spellings

Fold = Callable[[str], str]
#: A site is told here when fewer than this share of its expected records matched.
UNDER = 0.5


def match_shape(
    expected: Sequence[Record], exported: int, matched: int, first_page: tuple[str, str], kind: Kind, fold: Fold
) -> str:
    """The shape of a site matching under ``UNDER`` of its records (see the module docstring); "" otherwise."""
    if not expected or matched >= UNDER * len(expected):
        return ""
    size = "fewer" if exported < len(expected) else "as many" if exported == len(expected) else "more"
    read = "nothing exported" if not exported else f"{'none' if not matched else 'under half'} matching, {size}"
    key = title_key(expected, kind)
    titles = {t for r in expected if key and key in r for t in spellings(r[key], "text", fold) if t}
    body, url = first_page
    where = locate(sorted(titles), [page_of(body, fold)], fold=fold).place if titles else "nowhere"
    return f"{read}; {_PLACES[where]}; Scout: {_scout(body, url, titles, fold)}"


_PLACES = {
    "visible": "titles visible",
    "attribute": "titles in an attribute",
    "script": "titles in a script",
    "nowhere": "titles nowhere on page 1",
}


def _scout(body: str, url: str, titles: set[str], fold: Fold) -> str:
    try:
        profile = analyze_page(body, url)
    except ValueError:
        return "refused"
    if profile.spec.mode != "list":
        return "a detail page"
    records = list(iter_records(Selector(text=body, base_url=url), profile.spec, url=url))
    count = len(records)
    size = "1" if count <= 1 else "2-4" if count < 5 else "5+"
    shown = any(fold(str(v)) in titles for r in records for v in _values(r))
    return f"a list of {size} {'showing the titles' if shown else 'showing none of the titles'}"


def _values(record: Record) -> list[Any]:
    return [i for v in record.values() for i in (v if isinstance(v, list) else [v])]


def describe(shapes: Sequence[str]) -> str:
    """One report line: the sites matching under half their records, by shape, counts only."""
    told = Counter(s for s in shapes if s)
    if not told:
        return "every list matched half its records or more"
    return f"{sum(told.values())} sites: " + ", ".join(f"{k} {n}" for k, n in sorted(told.items(), key=lambda p: -p[1]))
