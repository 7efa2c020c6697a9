"""Filters that tell records from look-alikes by their structure rather than their classes.

A selector for the records (``main li``) often matches a few elements more: a pager's items, a
second list of other things, a day heading among table rows. When classes tell them apart,
``anchors`` filters on classes; on pages whose classes are all build hashes, nothing but the
structure does: each record holds a title heading (``li:has(h2)``) or a cell more than a heading
row (``tr:has(> td + td)``) or a link to a page of one kind (``div:has(a[href^="/incidents/"])``),
which the look-alikes do not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from agents.heuristics.dom import HEADING_TAGS, HtmlElement, css_ident, css_string, full_text, has_link, tag_of
from agents.heuristics.rowspan import leading_label
from agents.heuristics.selectorsteps import section_link, section_prefix

#: Descendants whose presence marks a record's template, most telling first: a title heading, then
#: the media and dates that pager items and menus lack.
_MARK_TAGS = (*sorted(HEADING_TAGS), "img", "time", "picture", "p", "dl", "address")
#: Rows opening with one label that make it the mark of the rows following the records.
MIN_LABELLED_ROWS = 2
#: Attributes a record element carries for the code that renders it (its id, its microdata item).
_MARK_ATTRIBUTES = frozenset({"id", "itemscope", "itemprop", "itemid", "role"})


@dataclass(frozen=True)
class RecordParts:
    """What every record holds: the attributes all carry, the tags found inside each and among
    each one's children, the fewest cells of a row when the records are table rows, and the kinds
    of same-site page each links to (``/incidents/``, ``item?``)."""

    attributes: frozenset[str]
    inner_tags: frozenset[str]
    child_tags: frozenset[str]
    fewest_cells: int | None
    link_sections: frozenset[str] = frozenset()


def record_parts(members: list[HtmlElement]) -> RecordParts:
    """The parts every one of ``members`` holds, read once for all the candidates they are
    narrowed from."""
    if not members:
        return RecordParts(frozenset(), frozenset(), frozenset(), None)
    inside = [{tag_of(d) for d in m.iterdescendants() if isinstance(d.tag, str)} for m in members]
    children = [{tag_of(c) for c in m if isinstance(c.tag, str)} for m in members]
    return RecordParts(
        attributes=frozenset(set.intersection(*(set(m.attrib) for m in members))),
        inner_tags=frozenset(set.intersection(*inside)),
        child_tags=frozenset(set.intersection(*children)),
        fewest_cells=min(_cells(m) for m in members) if all(tag_of(m) == "tr" for m in members) else None,
        link_sections=frozenset(set.intersection(*(_link_sections(m) for m in members))),
    )


def part_filters(parts: RecordParts, extras: list[HtmlElement]) -> list[str]:
    """``[data-id]``, ``:has(h2)`` or ``:has(> a)``: an attribute (of any value: each record's id)
    or a part every record holds (``parts``) and some extra lacks."""
    found = []
    for name in sorted(a for a in parts.attributes if a in _MARK_ATTRIBUTES or a.startswith(("data-", "aria-"))):
        if css_ident(name) and any(e.get(name) is None for e in extras):
            found.append(f"[{name}]")
    for tag in _MARK_TAGS:
        if tag in parts.inner_tags and any(not e.xpath(f".//{tag}") for e in extras):
            found.append(f":has({tag})")
    # Each record links to its own page of one kind, where a menu or a form beside them does not.
    for prefix in sorted(parts.link_sections, key=len, reverse=True):
        link = section_link(prefix)
        if any(not e.cssselect(link) for e in extras):
            found.append(f":has({link})")
    found += _cell_count_filters(parts.fewest_cells, extras)
    for tag in sorted(parts.child_tags):
        if css_ident(tag) and any(not e.xpath(f"./{tag}") for e in extras):
            found.append(f":has(> {tag})")
    return found


def row_filters(members: list[HtmlElement], extras: list[HtmlElement]) -> list[str]:
    """Rows told apart by their cells: a day heading ``<tr><td colspan="6">Saturday 7 March``
    spans the table in one cell, where each record has several."""
    if not all(tag_of(e) == "tr" for e in [*members, *extras]):
        return []
    found = []
    if all(_cells(e) == 1 for e in extras) and all(_cells(m) >= 2 for m in members):
        found.append(":has(> td + td)")
    if all(_cells(e) >= 2 for e in extras) and all(_cells(m) == 1 for m in members):
        found.append(":not(:has(> td + td))")  # the headings themselves, among the records
    if all(e.xpath("./td[@colspan]") for e in extras) and not any(m.xpath("./td[@colspan]") for m in members):
        found.append(":not(:has(> td[colspan]))")
    if all(m.xpath("./td[@colspan]") for m in members) and not any(e.xpath("./td[@colspan]") for e in extras):
        found.append(":has(> td[colspan])")
    # Bare rows taking turns (a quote row, then its row of tag links) differ only in their links.
    # Linkless records stay apart from every extra row holding a link, whatever its cells: the
    # header and footer rows around them (a site link, a login link, "Next") as much as the tag rows.
    if all(has_link(e) for e in extras) and not any(has_link(m) for m in members):
        found += [f":not(:has(a)){label}" for label in _label_filters(members, extras)]
        found.append(":not(:has(a))")
    # Linked records among linkless rows of their own layout; a header row differs by its cells
    # already, and is left to the selectors above.
    same_cells = len({_cell_tags(r) for r in [*members, *extras]}) == 1
    if same_cells and all(has_link(m) for m in members) and not any(has_link(e) for e in extras):
        found.append(":has(a)")
    return found


def _label_filters(members: list[HtmlElement], extras: list[HtmlElement]) -> list[str]:
    """``:not(:contains("Tags:"))``: the label opening the rows that follow records, which stays
    where their links may not (a quote without tags keeps its "Tags:" row), when no record says it."""
    labels = Counter(label for e in extras if (label := leading_label(e)))
    return [
        f":not(:contains({css_string(label + ':')}))"
        for label, count in labels.most_common()
        if count >= MIN_LABELLED_ROWS and not any(label + ":" in full_text(m) for m in members)
    ]


def _cell_count_filters(fewest: int | None, extras: list[HtmlElement]) -> list[str]:
    """``tr:has(> td + td + td)``: a story's row has three cells where the line of points and
    comments under it has two, and a spacer row none. ``fewest``: the records' fewest cells,
    None when they are no table rows."""
    if fewest is None or not all(tag_of(e) == "tr" for e in extras):
        return []
    if fewest >= 2 and any(_cells(e) < fewest for e in extras):
        return [":has(> " + " + ".join(["td"] * fewest) + ")"]
    return []


def _cell_tags(row: HtmlElement) -> tuple[str, ...]:
    return tuple(tag_of(c) for c in row if tag_of(c) in ("td", "th"))


def _cells(row: HtmlElement) -> int:
    return len(_cell_tags(row))


def _link_sections(member: HtmlElement) -> set[str]:
    """The page kinds ``member``'s links lead to (``/incidents/`` of ``/incidents/k31l``)."""
    return {prefix for a in member.iter("a") if (prefix := section_prefix(a))}
