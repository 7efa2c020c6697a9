"""Design the spec of a list page: pick the record group, its selector and its fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsel import Selector

from agents.heuristics.adsections import section_ad_filters, section_ads, section_scopes
from agents.heuristics.anchors import build_selector, select_ids
from agents.heuristics.dayheading import day_heading_field
from agents.heuristics.dom import HtmlElement
from agents.heuristics.drawnratings import drawn_rating_field, with_drawn_rating
from agents.heuristics.droptrace import fields_narrowed
from agents.heuristics.featuredrail import without_featured_rail
from agents.heuristics.featuredsections import with_featured_section
from agents.heuristics.fieldnames import FieldDraft
from agents.heuristics.fields import SLOT_SAMPLE, propose_fields
from agents.heuristics.grouping import heading_field
from agents.heuristics.monthheadings import repeats_record_dates
from agents.heuristics.records import MIN_LIST_SCORE
from agents.heuristics.regroup import Group
from agents.heuristics.rowspan import find_span
from agents.heuristics.sponsored import without_sponsored
from agents.heuristics.twinentries import with_twin_entries
from pipeline.core.recordparts import record_parts, record_roots
from pipeline.core.schemas import FieldSpec

#: Groups tried, best first, before giving up on the page being a list.
MAX_GROUPS_TRIED = 5


@dataclass
class ListDesign:
    """A record selector, its fields and why they were chosen."""

    record_selector: str
    fields: tuple[FieldSpec, ...]
    group: Group
    notes: list[str] = field(default_factory=list)
    span: int = 1
    nodes: list[HtmlElement] = field(default_factory=list)

    def record_elements(self) -> list[HtmlElement]:
        """Every element of the page the records are read from: with a span, each record's node
        and the siblings it takes in (a paper's abstract after its title line)."""
        if self.span <= 1 or not self.nodes:
            return self.group.members
        return [part for parts in record_parts(self.nodes, self.span) for part in parts]


def design_list(
    page: Selector, groups: list[Group], hints: dict[str, str] | None = None, *, truncated: bool = False
) -> ListDesign | None:
    """The best list design for the page, or None when nothing repeats like records do."""
    for group in groups[:MAX_GROUPS_TRIED]:
        if group.score < MIN_LIST_SCORE:
            break
        design = _design_for(page, group, hints, truncated)
        if design is not None:
            return design
    return None


def _design_for(page: Selector, group: Group, hints: dict[str, str] | None, truncated: bool) -> ListDesign | None:
    members = without_sponsored(group.members)
    span = find_span(members, varying=True)
    if span is not None:
        built = build_selector(page, span.starts, truncated=truncated)
    else:
        built = build_selector(page, members, truncated=truncated) if members is not group.members else None
        built = built or build_selector(page, group.members, truncated=truncated)
    if built is None:
        return None
    css, _members = built
    size = span.size if span is not None else 1
    nodes = [node.root for node in page.css(css)]
    css, nodes, ad_notes = _without_section_ads(page, css, nodes, members)
    if size == 1:
        css, nodes = with_twin_entries(page, css, nodes)
    records = [Selector(root=root, type="html") for root in record_roots(nodes, size)]
    drafts: list[FieldDraft] = propose_fields(records, hints)
    if not drafts:
        return None
    fields = [d.spec for d in drafts]
    notes = [
        f"records: {len(records)} elements matching {css!r} (score {group.score:.1f}, likeness {group.similarity:.2f})",
        *group.reasons,
        *ad_notes,
    ]
    if size > 1:
        notes.append(f"each record spans {size} sibling elements (its first one and the next)")
    drawn = drawn_rating_field(records[:SLOT_SAMPLE], fields)
    if drawn is not None and drawn.drawn is not None:
        drawn_fields = with_drawn_rating(fields, drawn)
        fields_narrowed("renamed beside a drawn rating", fields, drawn_fields)
        fields = drawn_fields
        notes.append(f"rating drawn as {drawn.drawn.shape} ({drawn.selector!r}), counted or measured")
    heading = heading_field(page, nodes, size, {f.name for f in fields})
    if heading is not None and repeats_record_dates(page, css, size, fields, heading):
        heading = None  # "March 2025" above records dated in March 2025: their dates say it
    if heading is not None:
        fields.append(heading)
        notes.append(f"{heading.name} read from the heading above each group of records ({heading.selector!r})")
    elif (day := day_heading_field(page, nodes, size, fields)) is not None:
        fields.append(day)
        notes.append(f"{day.name} read from the one date heading above every record ({day.selector!r})")
    css, nodes, rail_notes = without_featured_rail(page, css, nodes, heading, size)
    notes += rail_notes
    if size == 1 and heading is None:
        css, nodes, fields, featured_notes = with_featured_section(page, css, nodes, fields)
        notes += featured_notes
    return ListDesign(css, tuple(fields), group, notes, size, nodes)


def _without_section_ads(
    page: Selector, css: str, nodes: list[HtmlElement], members: list[HtmlElement]
) -> tuple[str, list[HtmlElement], list[str]]:
    """The record selector without the ads listed under a "Sponsored Results" heading, when a
    selector leaves out exactly them; else every record is kept, and a note says why."""
    ads = set(section_ads(members))
    if not ads.intersection(nodes):
        return css, nodes, []
    regular = [n for n in nodes if n not in ads]
    wanted = [id(n) for n in regular]
    for extra in section_ad_filters([n for n in nodes if n in ads], regular):
        if select_ids(page, f"{css}{extra}") == wanted:
            note = f"{len(ads)} records under an ad heading left out ({extra!r})"
            return f"{css}{extra}", regular, [note]
    for scoped in section_scopes(css, [n for n in nodes if n in ads], regular):
        if select_ids(page, scoped) == wanted:
            note = f"{len(ads)} records under an ad heading left out: the others' block only ({scoped!r})"
            return scoped, regular, [note]
    note = f"{len(ads)} records under an ad heading kept: no selector tells them from the others"
    return css, nodes, [note]
