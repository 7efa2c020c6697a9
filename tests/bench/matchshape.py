"""Why most of a list's records went unmatched: what was exported, where the titles are, what the Scout read.

For a site whose export matches under half of its expected records (``score``'s record matching), in shape only
(no site, value or address is named), three parts joined by ``; ``:

* the export: ``nothing exported``, ``none matching`` or ``under half matching``, with its size against the
  expected records' (``fewer``, ``as many``, ``more``);
* where the expected titles are on the first page as served (``pagetext.locate``): ``titles visible``, ``… in an
  attribute``, ``… in a script``, ``… nowhere on page 1`` (drawn from an API, or on later pages only), then where
  they are instead (``titlesource``: another page, a JSON or JS file, and whether Chromium shows them);
  a failed ``add`` says why in a fixed word (``scout_corpus._failure_kind``);
* what the Scout makes of that page in process (``agents.scout.analyze_page``, no browser): ``Scout: a detail
  page`` (``with`` or ``without structured data``: JSON-LD, microdata), ``Scout: refused`` or ``Scout: a list of N``
  (``1``, ``2-4``, ``5+``) whose records show the titles or ``show none of the titles`` — another list read, told by
  where its records sit (``in the titles' block``, ``in site chrome``: a nav, header, footer or aside, or
  ``elsewhere``) and how the titles sit (``in like cards``, ``in unlike blocks``, ``side by side``: no card each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from lxml.html import HtmlElement
from parsel import Selector

from agents.scout import analyze_page
from pipeline.core.extract import iter_records
from tests.bench.absentshape import Kind, Record, title_key
from tests.bench.detailwhy import detail_why
from tests.bench.pagetext import child_holding, locate, page_of, spellings
from tests.bench.titlegroup import says_detail, titles_group

Fold = Callable[[str], str]
#: A site is told here when fewer than this share of its expected records matched.
UNDER = 0.5


def match_shape(
    expected: Sequence[Record],
    exported: int,
    matched: int,
    first_page: tuple[str, str],
    kind: Kind,
    fold: Fold,
    source: Callable[[set[str]], str] | None = None,
    failure: str = "",
) -> str:
    """The shape of a site matching under ``UNDER`` of its records (see the module docstring); "" otherwise.
    ``source`` says where titles that page 1 lacks are (``titlesource``); ``failure``, why ``add`` failed."""
    if not expected or matched >= UNDER * len(expected):
        return ""
    size = "fewer" if exported < len(expected) else "as many" if exported == len(expected) else "more"
    read = "nothing exported" if not exported else f"{'none' if not matched else 'under half'} matching, {size}"
    read += f" ({failure})" if failure else ""
    key = title_key(expected, kind)
    titles = {t for r in expected if key and key in r for t in spellings(r[key], "text", fold) if t}
    body, url = first_page
    where = locate(sorted(titles), [page_of(body, fold)], fold=fold).place if titles else "nowhere"
    place = _PLACES[where]
    if where == "nowhere" and titles and source is not None:
        place += f": {source(titles)}"
    return f"{read}; {place}; Scout: {_scout(body, url, titles, fold)}"


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
    page = Selector(text=body, base_url=url)
    if profile.spec.mode != "list":
        structured = page.css('script[type="application/ld+json"], [itemscope]')
        group = titles_group(body, url, titles, fold)
        try:
            why = detail_why(body, url, titles, fold)
        except Exception as exc:  # a bench line's failure is reported as its shape
            why = f"detail_why failed ({type(exc).__name__})"
        said = says_detail(body, url)
        return f"a detail page {'with' if structured else 'without'} structured data; {said}; {group}; {why}"
    records = list(iter_records(page, profile.spec, url=url))
    count = len(records)
    size = "1" if count <= 1 else "2-4" if count < 5 else "5+"
    if any(fold(str(v)) in titles for r in records for v in _values(r)):
        return f"a list of {size} showing the titles"
    nodes = [n.root for n in page.css(profile.spec.record_selector) if isinstance(n.root, HtmlElement)]
    another = _another_list(page.root, nodes, titles, fold)
    return f"a list of {size} showing none of the titles, {another}; {titles_group(body, url, titles, fold)}"


_CHROME = frozenset({"nav", "header", "footer", "aside"})


def _another_list(root: HtmlElement, records: Sequence[HtmlElement], titles: set[str], fold: Fold) -> str:
    """Where the Scout's records sit against the elements showing the titles, and how those sit."""
    shown = [e for e in root.iter() if isinstance(e.tag, str) and fold(e.text_content()) in titles][:_MAX_SHOWN]
    # The innermost element showing each title (a link inside a heading shows it too).
    shown = [e for e in shown if not any(d is not e and d in shown for d in e.iterdescendants())]
    if len(shown) < 2:
        return "titles shown once or less"
    block = _common(shown)
    where = (
        "in the titles' block"
        if any(block in r.iterancestors() for r in records)
        else "in site chrome"
        if any(a.tag in _CHROME for r in records for a in r.iterancestors())
        else "elsewhere"
    )
    cards = [child_holding(e, block) for e in shown]
    if any(c is e for c, e in zip(cards, shown, strict=True)):
        layout = "side by side"
    else:
        layout = "in like cards" if len({(c.tag, c.get("class")) for c in cards}) == 1 else "in unlike blocks"
    return f"records {where}, titles {layout}"


#: Elements showing a title looked at (a hostile page may repeat them).
_MAX_SHOWN = 200


def _common(elements: Sequence[HtmlElement]) -> HtmlElement:
    """The innermost element holding all of ``elements``."""
    chain = [elements[0], *elements[0].iterancestors()]
    for candidate in chain:
        if all(e is candidate or candidate in e.iterancestors() for e in elements[1:]):
            return candidate
    return chain[-1]


def _values(record: Record) -> list[Any]:
    return [i for v in record.values() for i in (v if isinstance(v, list) else [v])]


def describe(shapes: Sequence[str]) -> str:
    """One report line: the sites matching under half their records, by shape, counts only."""
    told = Counter(s for s in shapes if s)
    if not told:
        return "every list matched half its records or more"
    return f"{sum(told.values())} sites: " + ", ".join(f"{k} {n}" for k, n in sorted(told.items(), key=lambda p: -p[1]))
