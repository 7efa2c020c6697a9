"""Put the pieces together: parse once, decide list or detail, then keys, samples and notes."""

from __future__ import annotations

from itertools import islice, takewhile

from parsel import Selector

from agents.heuristics.articlebody import is_article_body
from agents.heuristics.bodytext import are_page_parts, has_body_text
from agents.heuristics.dateorder import with_date_orders
from agents.heuristics.detail import DetailDesign, design_detail
from agents.heuristics.detailheading import main_heading
from agents.heuristics.detailparts import classed_pair_at
from agents.heuristics.dom import (
    DomIndex,
    HtmlElement,
    analysing,
    build_index,
    child_elements,
    drop_comments,
    full_text,
    is_inside,
)
from agents.heuristics.identity import natural_key
from agents.heuristics.listing import ListDesign, design_list
from agents.heuristics.listmicrodata import without_list_bookkeeping
from agents.heuristics.microentity import design_from_microdata
from agents.heuristics.opengraph import design_from_meta
from agents.heuristics.pagination import find_pagination
from agents.heuristics.pairs import is_label_pair, label_row
from agents.heuristics.records import MIN_LIST_SCORE, find_record_groups
from agents.heuristics.regroup import Group
from agents.heuristics.relatedlists import PageLists, labelled_as_related, others_block
from agents.heuristics.structured import StructuredData, detail_scope, read_structured
from agents.heuristics.typefit import fit_types
from pipeline.core.cleantext import clean_text
from pipeline.core.extract import Record, iter_records, make_selector
from pipeline.core.schemas import FieldSpec, PageProfile, PaginationSpec, ScraperSpec

#: Records shown back to the user as evidence of what the spec extracts.
SAMPLE_RECORDS = 5
#: Records whose fields are counted for confidence and keys: a sample, so huge lists stay fast.
CONFIDENCE_SAMPLE = 100
#: A list whose records hold less than this share of the main content is a side block
#: (related products, comments) of a detail page.
SIDE_BLOCK_SHARE = 0.5
#: A block labelled as other items ("Customers also bought") is left out whole, label included,
#: when its records hold this share of its text; else only the records are.
LABELLED_SHARE = 0.6


def build_profile(body: str | bytes, url: str) -> PageProfile:
    if not body.strip():
        raise ValueError(f"{url}: the page is empty")
    page = make_selector(body, url)
    drop_comments(page.root)
    index = build_index(page.root)
    with analysing(index):
        return _profile(page, index, url)


def _profile(page: Selector, index: DomIndex, url: str) -> PageProfile:
    structured = read_structured(page)
    notes: list[str] = []
    if index.truncated:
        notes.append(f"page is huge: only its first {len(index.elements)} elements were analysed")
    design = _choose_design(page, index, structured, notes, url)
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
    spec = with_date_orders(spec, [(page, url)])
    records = list(islice(iter_records(page, spec, url=url), CONFIDENCE_SAMPLE))
    if not records:
        raise ValueError(f"{url}: no records could be extracted from the page")
    spec = fit_types(spec, records, notes)
    spec = _with_confidence_and_keys(spec, records, notes)
    records = list(islice(iter_records(page, spec, url=url), SAMPLE_RECORDS))
    if pagination:
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
    page: Selector, index: DomIndex, structured: StructuredData, notes: list[str], url: str
) -> tuple[str, tuple[FieldSpec, ...], str, int] | None:
    groups = find_record_groups(index, structured.item_names())
    listing = design_list(page, groups, structured.value_hints(), truncated=index.truncated)
    if structured.items and listing is None:
        notes.append(
            f"JSON-LD lists {len(structured.items)} items the HTML does not show; CSS selectors "
            "cannot read JSON-LD, so only the DOM was used"
        )
    properties = listing is not None and _is_property_table(listing.group.members)
    if listing is not None and not properties and not _is_side_block(index, listing, structured, groups, url):
        return _list_design(listing, structured, notes)
    detail: DetailDesign | None = design_detail(page, index, _side_blocks(index, groups))
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


def _list_design(
    listing: ListDesign, structured: StructuredData, notes: list[str]
) -> tuple[str, tuple[FieldSpec, ...], str, int]:
    notes.extend(listing.notes)
    if structured.items:
        notes.append(f"JSON-LD ItemList of {len(structured.items)} items used to find and name records")
    fields = without_list_bookkeeping(listing.fields, listing.group.members)
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


def _side_blocks(index: DomIndex, groups: list[Group]) -> list[HtmlElement]:
    """Records of repeated blocks (reviews, related items) whose content is not the entity's.

    Key:value rows (``<tr><th>SKU</th><td>…``) repeat too, but they describe the entity; and a
    "block" holding most of the page's text is its content (a wiki's body beside its tagline).
    On pages built of utility classes everything repeats (price boxes, bullets, spec columns): a
    block is other items only when its members link to pages of their own or when the page
    labels it as related items, reviews or comments.
    """
    heading = main_heading(index)
    page_text = index.text_of(_content_root(index, heading) if heading is not None else index.root)
    lists = _ranked(groups)
    where = PageLists([g.members for g in lists], heading)
    blocks = []
    for number, group in enumerate(lists):
        first = group.members[0]
        if first.tag in ("tr", "dt", "dd") and first.xpath("self::dt or self::dd or ./th"):
            continue
        if heading is not None and any(is_inside(heading, m) for m in group.members):
            continue  # the entity's own panels (gallery, summary, tabs), one of them holding its title
        if _are_label_pairs(group.members):
            continue  # "SKU: …", "Category: …": the entity's properties, repeated in form only
        if any(index.text_of(m) >= SIDE_BLOCK_SHARE * page_text for m in group.members):
            continue
        if _are_labelled_sections(group.members):
            continue
        labelled = others_block(group.members, where.fence(group.members))
        if labelled is not None and sum(index.text_of(m) for m in group.members) >= LABELLED_SHARE * index.text_of(
            labelled
        ):
            blocks.append(labelled)  # with its heading and its "Sponsored" or "Page 1 of 2" beside it
        elif labelled is not None or _are_other_items(number, group.members, where):
            blocks.extend(group.members)
    return blocks


def _are_other_items(number: int, members: list[HtmlElement], where: PageLists) -> bool:
    """Cards of other items: each links to a page of its own, and none is a region of the page
    holding a whole list of its own (the entity's overview column with its genre chips)."""
    return _link_own_pages(members) and not any(where.holds_a_list(m, number) for m in members)


def _ranked(groups: list[Group]) -> list[Group]:
    """The groups that may be lists of records (ranked best first)."""
    return list(takewhile(lambda g: g.score >= MIN_LIST_SCORE / 2, groups))


def _link_own_pages(members: list[HtmlElement]) -> bool:
    """Whether each member links to a page of its own: other items (cards, posts), not parts."""
    urls = set()
    for member in members:
        url = _first_url(member)
        if url is None or url in urls:
            return False
        urls.add(url)
    return True


def _first_url(member: HtmlElement) -> str | None:
    for link in member.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            return href.split("#", 1)[0]
    return None


def _are_label_pairs(members: list[HtmlElement]) -> bool:
    """Mostly ``Label: value`` lines ("SKU: …", "Category: …"; "Tags:" with its links may differ),
    or rows of a caption classed as a label and its value ("Director" + a link to the person)."""
    # A heading before a short line is a pair too, but repeated headings title other items (reviews).
    pairs = sum(
        1
        for m in members
        if m.tag not in ("h2", "h3", "h4", "h5", "h6") and (is_label_pair(m) or classed_pair_at(m) is not None)
    )
    return pairs >= 2 and 2 * pairs >= len(members)


def _are_plain_lines(listing: ListDesign) -> bool:
    """Bullet points of one text and no link ("What you'll do") are lines of the entity's text."""
    return len(listing.fields) == 1 and listing.fields[0].type == "text" and listing.fields[0].attribute is None


def _are_labelled_sections(members: list[HtmlElement]) -> bool:
    """Sections under headings of their own ("Date and time", "Location", "About this event") are
    parts of the entity: their headings label them, they do not name other items."""
    headings = []
    for member in members:
        first = next((c for c in member if isinstance(c.tag, str)), None)
        if first is None or first.tag not in ("h2", "h3", "h4") or first.xpath(".//a"):
            return False
        headings.append(full_text(first).lower())
    return len(set(headings)) == len(headings)


def _is_side_block(
    index: DomIndex, listing: ListDesign, structured: StructuredData, groups: list[Group], url: str
) -> bool:
    """A list beside one main entity (related items, reviews) does not make a list page."""
    heading = main_heading(index)
    if heading is None:
        return False
    members = listing.group.members
    if any(is_inside(heading, m) for m in members):
        return False
    fence = PageLists([g.members for g in _ranked(groups)], heading).fence(members)
    content = _content_root(index, heading)
    list_text = sum(index.text_of(m) for m in members)
    if _are_plain_lines(listing) or labelled_as_related(members, fence):
        return True
    if structured.says_detail and not is_article_body(index, structured, members, fence, content, SIDE_BLOCK_SHARE):
        return True
    scope = detail_scope(heading)
    if scope is not None and not any(is_inside(m, scope) for m in members):
        return True  # the heading names the page's one microdata Product, Article…
    # Prose opening with a link or a bold name counts beside the entity's own parts (a repository's
    # files); beside a list of other pages (a "List of…" article's table) only plain prose does.
    inline_openings = are_page_parts(members, url)
    return list_text < SIDE_BLOCK_SHARE * max(1, index.text_of(content)) and has_body_text(
        content, members, inline_openings=inline_openings
    )


def _content_root(index: DomIndex, heading: HtmlElement) -> HtmlElement:
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("main", "article") or ancestor.get("role") == "main":
            return ancestor
    return index.root


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
