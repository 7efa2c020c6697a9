"""Put the pieces together: parse once, decide list or detail, then keys, samples and notes."""

from __future__ import annotations

from itertools import islice

from parsel import Selector

from agents.heuristics.dateorder import with_date_orders
from agents.heuristics.detail import DetailDesign, design_detail
from agents.heuristics.dom import (
    DomIndex,
    HtmlElement,
    analysing,
    build_index,
    child_elements,
    drop_comments,
    drop_malformed_addresses,
    full_text,
)
from agents.heuristics.droptrace import fields_narrowed
from agents.heuristics.filesizes import with_sizes_as_shown
from agents.heuristics.gridcolumns import with_columns_from_end
from agents.heuristics.identity import natural_key
from agents.heuristics.listing import ListDesign, design_list
from agents.heuristics.listmicrodata import without_list_bookkeeping
from agents.heuristics.localclocks import with_local_clocks
from agents.heuristics.microentity import design_from_microdata
from agents.heuristics.mixeddates import with_mixed_dates
from agents.heuristics.opengraph import design_from_meta
from agents.heuristics.otherlists import beside_rail
from agents.heuristics.pagecurrency import with_local_currency
from agents.heuristics.pagerrefusals import why_no_pager
from agents.heuristics.pagination import find_pagination
from agents.heuristics.pairedlists import with_pairs_split
from agents.heuristics.pairs import label_row
from agents.heuristics.parentrows import without_parent_rows
from agents.heuristics.programme import with_whole_programme
from agents.heuristics.records import MIN_LIST_SCORE, find_record_groups, in_preferred_order
from agents.heuristics.regroup import Group
from agents.heuristics.sideblocks import (
    are_items,
    holds_the_content,
    is_side_block,
    rail_block,
    side_blocks,
    tabulates_the_page,
)
from agents.heuristics.structured import StructuredData, read_structured
from agents.heuristics.thousandsdots import with_thousands_dots
from agents.heuristics.typefit import fit_types
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import Record, iter_records, make_selector
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec

#: Records shown back to the user as evidence of what the spec extracts.
SAMPLE_RECORDS = 5
#: Records whose fields are counted for confidence and keys: a sample, so huge lists stay fast.
CONFIDENCE_SAMPLE = 100


def build_profile(body: str | bytes, url: str, *, frames: bool = True) -> PageProfile:
    if not body.strip():
        raise ValueError(f"{url}: the page is empty")
    page = make_selector(body, url)
    drop_comments(page.root)
    drop_malformed_addresses(page.root)
    index = build_index(page.root)
    with analysing(index):
        return _profile(page, index, url, frames)


def _profile(page: Selector, index: DomIndex, url: str, frames: bool = True) -> PageProfile:
    structured = read_structured(page)
    notes: list[str] = []
    if index.truncated:
        notes.append(f"page is huge: only its first {len(index.elements)} elements were analysed")
    design = _choose_design(page, index, structured, notes, url, frames)
    if design is None:
        raise ValueError(_no_records_message(url, structured))
    selector, fields, mode, span = design
    pagination = find_pagination(page, url) if mode == "list" else None
    spec = ScraperSpec(
        start_url=url,
        mode=mode,
        record_selector=selector,
        record_span=span,
        fields=fields,
        pagination=pagination.spec if pagination else PaginationSpec(),
    )
    spec = with_mixed_dates(with_local_clocks(spec, page, url), [(page, url)])
    spec = with_date_orders(spec, [(page, url)])
    spec = with_local_currency(spec, page, url)
    records = list(islice(iter_records(page, spec, url=url), CONFIDENCE_SAMPLE))
    if not records:
        raise ValueError(f"{url}: no records could be extracted from the page")
    reshaped = with_pairs_split(without_parent_rows(spec, page, url), page, url, records)
    reshaped = with_sizes_as_shown(with_columns_from_end(reshaped, page), page, url)
    if reshaped is not spec:
        fields_narrowed("spec reshaped", spec.fields, reshaped.fields)
        spec, records = reshaped, list(islice(iter_records(page, reshaped, url=url), CONFIDENCE_SAMPLE))
    spec = with_thousands_dots(fit_types(spec, records, notes), page, url)
    confident = _with_confidence_and_keys(spec, records, notes)
    fields_narrowed("empty on the page", spec.fields, confident.fields)
    spec = confident
    records = list(islice(iter_records(page, spec, url=url), SAMPLE_RECORDS))
    if pagination and pagination.spec.kind == "none" and page.type == "html":
        notes.extend(why_no_pager(page, url, spec.record_selector))  # what was turned down, and why
    elif pagination:
        notes.append(pagination.note)
    return PageProfile(
        url=url,
        final_url=url,
        title=_page_title(page),
        spec=spec,
        sample_records=tuple(dict(r) for r in records[:SAMPLE_RECORDS]),
        record_count=sum(1 for _ in iter_records(page, spec, url=url)),
        notes=tuple(notes),
    )


def _choose_design(
    page: Selector, index: DomIndex, structured: StructuredData, notes: list[str], url: str, frames: bool = True
) -> tuple[str, tuple[FieldSpec, ...], str, int] | None:
    groups = find_record_groups(index, structured.item_names())
    listing = design_list(page, groups, structured.value_hints(), truncated=index.truncated)
    if structured.items and listing is None:
        notes.append(
            f"JSON-LD lists {len(structured.items)} items the HTML does not show; CSS selectors "
            "cannot read JSON-LD, so only the DOM was used"
        )
    properties = listing is not None and _is_property_table(listing.group.members)
    if listing is not None and not properties and not is_side_block(index, listing, structured, groups, url):
        # A rail of other items read as the page's list (no entity beside it): the page's own list first.
        own = _own_list_beside_rail(page, index, structured, groups, listing, url)
        return _list_design(
            with_whole_programme(page, index, own or listing, structured.value_hints()), structured, notes
        )
    # A rail judged a side block (its heading says so): the page's own list, read as if the rail were not there.
    own = _list_beside_rail(page, index, structured, listing, groups, url) if listing is not None else None
    if own is not None:
        return _list_design(own, structured, notes)
    detail: DetailDesign | None = design_detail(page, index, side_blocks(index, groups), frames=frames)
    if detail is not None:
        notes.extend(detail.notes)
        if structured.entity_type:
            notes.append(f"JSON-LD describes one {structured.entity_type}")
        return detail.record_selector, detail.fields, "detail", 1
    if listing is not None and properties:
        return _list_design(listing, structured, notes)  # label rows with no entity around them
    entity = design_from_microdata(page)
    if entity is not None:
        notes.append("no heading names the page's entity: fields read from its microdata item (itemprop)")
        return (*entity, "detail", 1)
    meta = design_from_meta(page, structured)
    if meta is not None:
        notes.append("no entity in the HTML body: fields read from Open Graph meta tags")
        return (*meta, 1)
    return None


def _own_list_beside_rail(
    page: Selector, index: DomIndex, structured: StructuredData, groups: list[Group], rail: ListDesign | None, url: str
) -> ListDesign | None:
    """The page's own list when the best one, ``rail``, is labelled as other items ("You may also
    like") and another list stands beside it that is no part of one entity; else None. (Beside one
    entity the rail tells a detail page, ``is_side_block``: it is only asked for on a list page.)"""
    rest = beside_rail(groups, rail.group.members, MIN_LIST_SCORE / 2) if rail is not None else None
    if rest:
        rest = in_preferred_order(rest, index)  # the rail's cards led the ranking the preferences saw
    own = design_list(page, rest, structured.value_hints(), truncated=index.truncated) if rest else None
    if own is None or _is_property_table(own.group.members) or is_side_block(index, own, structured, groups, url):
        return None
    return own


def _list_beside_rail(
    page: Selector, index: DomIndex, structured: StructuredData, rail: ListDesign, groups: list[Group], url: str
) -> ListDesign | None:
    """The page's own list when the best one is a rail labelled as other items: the best list left
    without the rail, when its records link to pages of their own as the rail's cards do, hold most
    of the main content's text (a menu's dishes) or are the rows of a table naming its columns with no
    price of the page's own beside them, and it is no side block (a detail page's spec
    columns or reviews are not items)."""
    block = rail_block(index, rail, groups)
    if block is None:
        return None
    rest = find_record_groups(index, structured.item_names(), leaving_out=block)
    listing = design_list(page, rest, structured.value_hints(), truncated=index.truncated)
    if listing is None or _is_property_table(listing.group.members):
        return None
    members = listing.group.members
    # An entity's spec columns or reviews beside the rail are no list; a menu's dishes, a stats table are the page's.
    if not (
        are_items(members) or holds_the_content(index, members, block) or tabulates_the_page(index, members, block)
    ):
        return None
    return None if is_side_block(index, listing, structured, groups, url) else listing


def _list_design(
    listing: ListDesign, structured: StructuredData, notes: list[str]
) -> tuple[str, tuple[FieldSpec, ...], str, int]:
    notes.extend(listing.notes)
    if structured.items:
        notes.append(f"JSON-LD ItemList of {len(structured.items)} items used to find and name records")
    fields = without_list_bookkeeping(listing.fields, listing.group.members)
    fields_narrowed("list bookkeeping", listing.fields, fields)
    return listing.record_selector, fields, "list", listing.span


def _is_property_table(members: list[HtmlElement]) -> bool:
    """Rows of one label cell and one value cell (an infobox, a spec sheet) describe one entity.

    Rows of one spanning cell (the box's caption or image) may sit between them. A table with a
    header row of column names is a list even when its rows start with a ``th``.
    """
    if any(m.tag != "tr" for m in members):
        return False
    pairs = {id(m) for m in members if label_row(m)}
    if len(pairs) < 2 or any(id(m) not in pairs and len(child_elements(m)) > 1 for m in members):
        return False
    table = next((a for a in members[0].iterancestors("table")), None)
    return table is not None and not table.xpath(".//tr[count(th) >= 2 and not(td)]")


def _with_confidence_and_keys(spec: ScraperSpec, records: list[Record], notes: list[str]) -> ScraperSpec:
    total = len(records)
    fields = []
    for field in spec.fields:
        filled = sum(1 for r in records if r.get(field.name) not in (None, "", []))
        if filled:
            fields.append(field.model_copy(update={"confidence": round(filled / total, 2)}))
    keys = natural_key(fields, records) if spec.mode == "list" else ()
    if keys:
        notes.append(f"records are identified by {', '.join(keys)}")
    return spec.model_copy(update={"fields": tuple(fields), "key_fields": keys})


def _page_title(page: Selector) -> str:
    for xpath in ("//title", "//meta[@property='og:title']/@content", "//h1"):
        found = page.xpath(xpath)
        if found:
            node = found[0]
            text = clean_text(node.root) if isinstance(node.root, str) else full_text(node.root)
            if text:
                return text[:300]
    return ""


def _no_records_message(url: str, structured: StructuredData) -> str:
    if structured.items:
        return (
            f"{url}: the records only exist in JSON-LD data, which the CSS-based spec cannot "
            "read yet; no repeated records or main entity found in the HTML"
        )
    return f"{url}: no repeated records or main content found (empty page, login form or navigation only)"
