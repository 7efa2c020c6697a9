"""Fields the first page shows too rarely to be told apart from noise, found on the sample pages.

The Scout reads one page: a stock status on one card of twelve is an accident of that card, yet
the next pages show it on two more, and a price range on none of the first page's products is a
field on the second. The Builder fetches the following pages anyway, to check the selectors; their
records are put after the first page's own, in the same list, and the Scout reads that pooled page
with its usual rules and thresholds. What it then proposes beyond the first page's fields, under
the same record selector, is a field of every page: its selectors are read from the pooled
records, and the Builder measures them on each sample page as it does the others.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence

from lxml import etree  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.assemble import build_profile
from agents.heuristics.dom import HtmlElement
from pipeline.core.extract import iter_records, make_selector
from pipeline.core.schemas import FieldSpec, ScraperSpec

#: Records read from the pooled page at most: enough for three pages of a big list, and the
#: Scout's reading of a page stays fast.
MAX_POOLED_RECORDS = 300
#: The Scout's bar for a slot of the template (``usefulslots``): a place filled in fewer of the
#: first page's records than this share, or than this many, may be a field only more records show.
RARE_SHARE = 0.2
RARE_RECORDS = 2

#: A place in a record: the steps from its root (tag, classes, rank among same-tag siblings).
Place = tuple[tuple[str, str, int], ...]


def later_fields(spec: ScraperSpec, pages: Sequence[tuple[str | bytes, str]]) -> tuple[FieldSpec, ...]:
    """The fields the Scout finds on the records of all ``pages`` (body, url; the first page
    first) that ``spec``, read from the first page alone, lacks: no field of ``spec`` has their
    name or reads their place. Empty for one page, a JSON source or a record spanning siblings."""
    if spec.mode != "list" or spec.json_source is not None or spec.record_span > 1 or len(pages) < 2:
        return ()
    pooled = _pooled_page(spec.record_selector, pages)
    if pooled is None:
        return ()
    first, later = pooled[1]
    if not _shows_rare_places(first, later):
        return ()  # the later records hold nothing the first page holds rarely: the Scout would read the same
    try:
        profile = build_profile(pooled[0], pages[0][1])
    except (ValueError, etree.LxmlError):
        return ()
    if profile.spec.mode != "list" or profile.spec.record_selector != spec.record_selector:
        return ()  # the pooled page read as another list: its fields are not this spec's
    names = {f.name for f in spec.fields}
    places = {_place(f) for f in spec.fields}
    new = [f for f in profile.spec.fields if f.name not in names and _place(f) not in places]
    if not new:
        return ()
    body, url = pages[0]
    page = make_selector(body, url)  # parsed once for every new field
    bar = max(RARE_RECORDS, RARE_SHARE * len(page.css(spec.record_selector)))
    return tuple(f for f in new if _first_page_count(f, spec, page, body, url) < bar)


def _first_page_count(field: FieldSpec, spec: ScraperSpec, page: Selector, body: str | bytes, url: str) -> int:
    """In how many of the first page's records ``field`` holds a value: a place the first page
    fills often was judged there and refused (the records' running position, which reads as no
    count in the pooled order), and more records tell nothing new about it."""
    records = iter_records(page, spec.model_copy(update={"fields": (field,)}), url=url, body=body)
    return sum(1 for r in records if r.get(field.name) not in (None, "", []))


def _place(field: FieldSpec) -> tuple[str, str | None, str]:
    return field.selector, field.attribute, field.scope


def _pooled_page(
    record_selector: str, pages: Sequence[tuple[str | bytes, str]]
) -> tuple[str, tuple[list[HtmlElement], list[HtmlElement]]] | None:
    """The first page with the later pages' records put among its own, and the records of the
    first page and of the later ones; None when a later page adds none (a page repeated, an empty
    last page). The n-th record of each later page follows the first page's n-th (the rest after its
    last): the Scout learns the template from the first records of a list (``SLOT_SAMPLE``), which
    then come from every page, as many from each, not from the first page alone."""
    first = make_selector(*pages[0])
    own: list[HtmlElement] = [node.root for node in first.css(record_selector)]
    if not own:
        return None
    seen = {_markup(e) for e in own}
    columns: list[list[HtmlElement]] = []
    for body, url in pages[1:]:
        column = []
        for node in make_selector(body, url).css(record_selector):
            markup = _markup(node.root)
            if markup not in seen:
                seen.add(markup)
                column.append(node.root)
        columns.append(column)
    later: list[HtmlElement] = []
    for rank in range(max(map(len, columns), default=0)):
        if len(own) + len(later) >= MAX_POOLED_RECORDS:
            break  # the pool is full (the first page may fill it alone): nothing more is placed
        anchor = own[rank] if rank < len(own) else later[-1]
        for column in columns:
            if rank < len(column) and len(own) + len(later) < MAX_POOLED_RECORDS:
                placed = copy.deepcopy(column[rank])
                placed.tail = anchor.tail
                anchor.addnext(placed)
                anchor = placed
                later.append(placed)
    if not later:
        return None
    return str(etree.tostring(first.root, encoding="unicode", method="html")), (own, later)


def _shows_rare_places(first: list[HtmlElement], later: list[HtmlElement]) -> bool:
    """Whether a place holding something in a later record is filled in too few of the first
    page's records to be a slot there: only then can the pooled records make a new field."""
    counts, added = _place_counts(first), _place_counts(later)
    bar = max(RARE_RECORDS, RARE_SHARE * len(first))
    return any(counts.get(p, 0) < bar and counts.get(p, 0) + n >= RARE_RECORDS for p, n in added.items())


def _place_counts(records: list[HtmlElement]) -> dict[Place, int]:
    """In how many of ``records`` each place holds a text, a link or a picture."""
    counts: dict[Place, int] = {}
    for record in records:
        ranks = _ranks(record)
        for place in {_path(record, e, ranks) for e in record.iter() if _holds_something(e)}:
            counts[place] = counts.get(place, 0) + 1
    return counts


def _holds_something(element: HtmlElement) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.get("href") is not None or element.get("src") is not None:
        return True
    return any(t.strip() for t in (element.text or "", *(c.tail or "" for c in element)))


def _ranks(record: HtmlElement) -> dict[HtmlElement, int]:
    """Each element's rank among its same-tag siblings, for every element under ``record``: one
    pass over each parent's children, not a scan of the siblings per element and step."""
    ranks: dict[HtmlElement, int] = {}
    for parent in record.iter():
        seen: dict[str, int] = {}
        for child in parent:
            if isinstance(child.tag, str):
                ranks[child] = seen.get(child.tag, 0)
                seen[child.tag] = ranks[child] + 1
    return ranks


def _path(record: HtmlElement, element: HtmlElement, ranks: dict[HtmlElement, int]) -> Place:
    steps: list[tuple[str, str, int]] = []
    while element is not record and element is not None:
        parent = element.getparent()
        rank = ranks.get(element, 0) if parent is not None else 0
        steps.append((element.tag, " ".join(sorted((element.get("class") or "").split())), rank))
        element = parent
    return tuple(reversed(steps))


def _markup(element: HtmlElement) -> str:
    return str(etree.tostring(element, encoding="unicode", method="html", with_tail=False))
