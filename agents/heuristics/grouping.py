"""Values a record inherits from the heading of its group: the day above a run of event cards.

Between two groups of records sits the next group's heading (``<h2>Monday 6 April</h2>``,
``<tr class="date"><th>…``). When the gaps between records hold an element of the same kind, and
its texts differ from gap to gap, each record takes the value of the last such element before it:
a field of scope ``preceding`` whose selector finds the headings in the page. Headings of two
levels (a department ``<h3>``, its teams' ``<h4>``) give the top level, which every record has.
"""

from __future__ import annotations

import itertools
from collections import Counter

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.anchors import build_selector
from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, tag_of
from agents.heuristics.linkindex import files_by_initial
from agents.heuristics.names import name_from_element, unique_name
from pipeline.core.datetext import parse_date
from pipeline.core.schemas import FieldSpec, FieldType

#: A heading is a caption, not a paragraph.
MAX_HEADING_CHARS = 80
#: Share of the gaps between groups that must hold the heading.
GAP_SHARE = 0.6
#: Share of heading texts that must be dates for the field to be the records' date.
DATE_SHARE = 0.8
#: Elements looked at in one gap: a heading sits right before its group.
MAX_GAP_ELEMENTS = 40
#: Headings of the kind, per heading above records, for a selector of them all to stand in
#: (groups holding no record, a coffee break's slot, keep their heading).
MAX_HEADING_SHARE = 2.0
#: Heading levels (``h3`` and ``h4``) in the gaps for them to be an outline.
MIN_OUTLINE_LEVELS = 2
#: Gaps the top level of an outline must stand in: one heading between records is an aside.
MIN_TOP_LEVEL_GAPS = 2

Kind = tuple[str, str]


def heading_field(page: Selector, starts: list[HtmlElement], span: int, taken: set[str]) -> FieldSpec | None:
    """The field a record takes from the heading above its group, or None when there is none."""
    if len(starts) < 2:
        return None
    apart = [(a, b) for a, b in itertools.pairwise(starts) if not _adjacent(a, b, span)]
    if not apart:
        return None  # records follow one another: nothing stands between them
    elements = list(page.root.iter())
    order = {e: i for i, e in enumerate(elements)}
    inside = {id(d) for s in starts for part in spanned_parts(s, span) for d in part.iter()}
    gaps = [_gap(elements, order, a, b, span, inside) for a, b in apart]
    gaps = [g for g in gaps if g]
    headings = _group_headings(order, starts, gaps, inside)
    texts = [full_text(h) for h in headings]
    if len(set(texts)) < 2 or files_by_initial(texts, [full_text(s) for s in starts]):
        return None
    if _one_mark_between(headings):
        return None
    selector = _heading_selector(page, order, starts, headings, inside)
    if selector is None:
        return None
    name, field_type = _name_and_type(texts, headings[0])
    if field_type != "date" and len(gaps) < 2:
        return None  # two sections of a page ("Featured", "All") are weak evidence of groups
    return FieldSpec(name=unique_name(name, taken), type=field_type, selector=selector, scope="preceding")


def _one_mark_between(headings: list[HtmlElement]) -> bool:
    """Whether every heading after the first group's says one same text: an "Anzeige" ad slot
    between runs of cards heads no group, though the toolbar above the first card differs from it."""
    later = list({id(h): full_text(h) for h in headings[1:] if h is not headings[0]}.values())
    return len(later) >= 2 and len(set(later)) == 1


def _heading_selector(
    page: Selector,
    order: dict[HtmlElement, int],
    starts: list[HtmlElement],
    headings: list[HtmlElement],
    inside: set[int],
) -> str | None:
    """A selector for the headings above the records (``headings``: one per record), else one for
    every heading of their kind when each record's last match before it is still its own: a time
    slot holding only a coffee break has a heading too, and no record takes it."""
    distinct = list({id(h): h for h in headings}.values())
    built = build_selector(page, distinct)
    if built is not None:
        return built[0]
    kind = _kind(headings[0])
    every = [e for e in order if isinstance(e.tag, str) and _kind(e) == kind and id(e) not in inside]
    if len(every) > MAX_HEADING_SHARE * len(distinct) or (built := build_selector(page, every)) is None:
        return None
    matched = [n.root for n in page.css(built[0]) if id(n.root) not in inside]
    ends = [(max(order.get(d, -1) for d in m.iter()), m) for m in matched]
    for start, heading in zip(starts, headings, strict=True):
        before = [m for end, m in ends if end < order[start]]
        if not before or before[-1] is not heading:
            return None
    return built[0]


def spanned_parts(start: HtmlElement, span: int) -> list[HtmlElement]:
    """The elements of a record starting at ``start`` and spanning ``span`` sibling elements."""
    parts = [start]
    for sibling in start.itersiblings():
        if len(parts) >= span:
            break
        if isinstance(sibling.tag, str):
            parts.append(sibling)
    return parts


def _adjacent(first: HtmlElement, second: HtmlElement, span: int) -> bool:
    """Whether ``second`` is the element right after ``first``'s record (whitespace aside)."""
    last = spanned_parts(first, span)[-1]
    following = last.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following is second


def _kind(element: HtmlElement) -> Kind:
    classes = anchor_classes(element)
    return tag_of(element), classes[0] if classes else ""


def _gap(
    elements: list[HtmlElement],
    order: dict[HtmlElement, int],
    first: HtmlElement,
    second: HtmlElement,
    span: int,
    inside: set[int],
) -> list[HtmlElement]:
    """Elements after ``first``'s record and before ``second`` starts, neither in a record nor
    around one, that hold a short text."""
    end = max(order.get(e, -1) for part in spanned_parts(first, span) for e in part.iter())
    begin = order.get(second, -1)
    ancestors = {id(a) for a in second.iterancestors()}
    found = []
    for element in elements[end + 1 : max(end + 1, begin)]:
        if not isinstance(element.tag, str) or id(element) in inside or id(element) in ancestors:
            continue
        text = full_text(element)
        if text and len(text) <= MAX_HEADING_CHARS:
            found.append(element)
    return found[-MAX_GAP_ELEMENTS:]


def _heading_kind(gaps: list[list[HtmlElement]]) -> Kind | None:
    """The kind of element found in most gaps: a heading tag first, then the outermost."""
    if not gaps:
        return None
    counts: Counter[Kind] = Counter()
    depth: dict[Kind, int] = {}
    for gap in gaps:
        kinds = {_kind(e): e for e in gap}
        counts.update(kinds.keys())
        for kind, element in kinds.items():
            depth.setdefault(kind, sum(1 for _ in element.iterancestors()))
    common = [k for k, n in counts.items() if n >= GAP_SHARE * len(gaps)]
    if not common:
        return None
    return min(common, key=lambda k: (k[0] not in HEADING_TAGS, depth[k], -counts[k]))


def _group_headings(
    order: dict[HtmlElement, int], starts: list[HtmlElement], gaps: list[list[HtmlElement]], inside: set[int]
) -> list[HtmlElement]:
    """The heading above each record: of the kind found in most gaps, else of the top level of an
    outline of headings; none unless every record has one."""
    for kind in (_heading_kind(gaps), _outline_top(gaps)):
        if kind is not None and len(headings := _headings_before(order, starts, kind, inside)) == len(starts):
            return headings
    return []


def _outline_top(gaps: list[list[HtmlElement]]) -> Kind | None:
    """The top level of an outline: headings of two levels or more that together stand in most
    gaps (a department's ``<h3>``, its teams' ``<h4>``). No level need be in most gaps alone, and
    records right under a department have no team heading, but every record has a department."""
    levels = [{_kind(e) for e in gap if tag_of(e) in HEADING_TAGS} for gap in gaps]
    if not gaps or sum(1 for held in levels if held) < GAP_SHARE * len(gaps):
        return None
    counts = Counter(kind for held in levels for kind in held)
    if len({tag for tag, _class in counts}) < MIN_OUTLINE_LEVELS:
        return None
    top = min(counts, key=lambda kind: (kind[0], -counts[kind]))  # "h3" ranks above "h4"
    return top if counts[top] >= MIN_TOP_LEVEL_GAPS else None


def _headings_before(
    order: dict[HtmlElement, int], starts: list[HtmlElement], kind: Kind, inside: set[int]
) -> list[HtmlElement]:
    """For each record, the last element of ``kind`` that ends before it starts, records aside:
    a day row and the match rows under it may both be plain ``<tr>``."""
    candidates = [e for e in order if isinstance(e.tag, str) and _kind(e) == kind and id(e) not in inside]
    ends = [(max(order[d] for d in c.iter()), c) for c in candidates]
    found = []
    for start in starts:
        begin = order[start]
        before = [c for end, c in ends if end < begin]
        if before:
            found.append(before[-1])
    return found


def _name_and_type(texts: list[str], sample: HtmlElement) -> tuple[str, FieldType]:
    dated = [values.is_date(t) and parse_date(t) is not None for t in texts]
    if values.share(dated) >= DATE_SHARE:
        return "date", "date"
    return name_from_element(sample) or "group", "text"
