"""Narrow a record selector that matches more than the records: ``li`` minus the ad cards.

A candidate (``ul.results > li``) often matches a few elements beside the records: an ad card, a
promotion tile, a totals row, the pager's items. The extras' own marks (a class, an attribute, an
"Ad" caption inside) give ``:not(…)`` filters; where every class is a build hash, a part only the
records hold (``:has(h2)``, ``[data-id]``) narrows instead (``structurefilters``). A big page
answers each selector in tens of milliseconds and the same extras come back candidate after
candidate (hundreds of them, a YouTube results page's shelves), so one ``Narrowing`` remembers the
page's answers and each extra's marks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from parsel import Selector

from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HtmlElement, css_ident
from agents.heuristics.extrablocks import RecordBlocks
from agents.heuristics.sponsored import ad_hook_selectors, ad_mark_selectors
from agents.heuristics.structurefilters import RecordParts, part_filters, record_parts, row_filters

#: Narrowed selectors asked of the page, at most, for one set of records: past it a page of
#: thousands of look-alike elements would take minutes, and no filter has helped so far. (The
#: corpus needs fewer than 50; a YouTube results page asks hundreds.)
MAX_QUERIES = 120
#: Filters added one by one, at most: a selector of forty ``:not``s describes one page, not records.
MAX_STEPS = 6


@dataclass(frozen=True)
class ExtraMarks:
    """What may tell one extra from the records: its classes, its attributes, its test hooks
    naming an ad, its ad captions and badges, the blocks around it that hold no record."""

    classes: frozenset[str]
    attributes: frozenset[str]
    hooks: frozenset[str]
    ads: frozenset[str]
    blocks: frozenset[str]


class Narrowing:
    """The narrowing of candidate selectors down to one set of records on one page."""

    def __init__(self, page: Selector, members: list[HtmlElement]) -> None:
        self.page = page
        self.members = members
        self.wanted = {id(m) for m in members}
        self._answers: dict[str, list[HtmlElement] | None] = {}
        # The extras themselves, not their ids: lxml hands out new proxies once old ones are gone.
        self._marks: dict[HtmlElement, ExtraMarks] = {}
        self._narrowed = 0

    @cached_property
    def _blocks(self) -> RecordBlocks:
        """The blocks around the records, read once: a look-alike outside all of them is left out by its own."""
        return RecordBlocks(self.members)

    @cached_property
    def _parts(self) -> RecordParts:
        """The parts every record holds, read once: each candidate's extras are checked against them."""
        return record_parts(self.members)

    def select(self, css: str) -> list[HtmlElement] | None:
        """The elements ``css`` matches (None when the selector is not valid CSS), asked once."""
        if css not in self._answers:
            self._answers[css] = select_nodes(self.page, css)
        return self._answers[css]

    def matches(self, css: str) -> set[int]:
        """What a narrowed ``css`` matches; nothing once the narrowing has asked enough."""
        if css not in self._answers and self._narrowed >= MAX_QUERIES:
            return set()
        self._narrowed += css not in self._answers
        return {id(n) for n in self.select(css) or []}

    def without_extras(self, css: str, nodes: list[HtmlElement], by_parts: bool) -> str | None:
        """``tr:has(> td):not(.sortbottom)``: the candidate minus a class that only its extra
        matches carry (a totals row, an ad card), when that leaves exactly the records. Extras of
        different kinds (ad cards and a promotion tile) share no mark: each ``:not`` that leaves
        every record in and some extras out is then added in turn, until none is left. With
        ``by_parts``, a part only the records hold (``:has(h2)``) may narrow too."""
        extras = [node for node in nodes if id(node) not in self.wanted]
        marks = [self._marks_of(e) for e in extras]
        shared = _extra_nots(self.members, extras, marks, set.intersection)
        parts = part_filters(self._parts, extras) if by_parts else []
        for extra in parts or shared:
            if self.matches(f"{css}{extra}") == self.wanted:
                return f"{css}{extra}"
        either = _extra_nots(self.members, extras, marks, set.union)
        return self._in_steps(css, [*shared, *either, *parts])

    def _in_steps(self, css: str, nots: list[str]) -> str | None:
        """``css`` with each of ``nots`` that keeps every wanted element and drops some extra
        still matched, in turn, when the extras are all gone in the end."""
        hits = self.matches(css)
        steps = 0
        for extra in nots:
            if hits == self.wanted or steps == MAX_STEPS:
                break
            fewer = self.matches(f"{css}{extra}")
            if self.wanted <= fewer < hits:
                css, hits, steps = f"{css}{extra}", fewer, steps + 1
        return css if hits == self.wanted else None

    def _marks_of(self, extra: HtmlElement) -> ExtraMarks:
        if extra not in self._marks:
            self._marks[extra] = ExtraMarks(
                classes=frozenset(anchor_classes(extra)),
                attributes=frozenset(extra.attrib),
                hooks=frozenset(ad_hook_selectors(extra)),
                ads=frozenset(ad_mark_selectors(extra, self.members)),
                blocks=frozenset(self._blocks.nots(extra)),
            )
        return self._marks[extra]


def select_nodes(page: Selector, css: str) -> list[HtmlElement] | None:
    try:
        return [node.root for node in page.css(css)]
    except Exception:
        return None


def _extra_nots(
    members: list[HtmlElement],
    extras: list[HtmlElement],
    marks: list[ExtraMarks],
    combine: Callable[..., set[str]],
) -> list[str]:
    """``:not(...)`` filters from the ``marks`` of the ``extras`` (one each), ``combine``d across
    them: those all of them carry (``set.intersection``), or those any of them carries
    (``set.union``). An extra's ad captions and badges are ``sponsored.ad_mark_selectors``; its
    blocks lie outside those around the records (a carousel's cards lie outside all of them)."""
    member_classes = {c for m in members for c in (m.get("class") or "").split()}
    shared = combine(*(set(mark.classes) for mark in marks)) - member_classes
    shared = {c for c in shared if not any(ch.isdigit() for ch in c)}  # "id-t3_1bf9k2x" names one post
    nots = [f":not(.{cls})" for cls in sorted(shared)]
    # An ad card marked by an attribute alone (``data-ad-unit="native_1"``).
    member_attributes = {a for m in members for a in m.attrib}
    marked = combine(*(set(mark.attributes) for mark in marks)) - member_attributes
    nots += [f":not([{a}])" for a in sorted(marked) if css_ident(a)]
    # ...or by a test hook naming an ad (``data-testid="ad-card"`` beside the records' ``"card"``).
    hooks = combine(*(set(mark.hooks) for mark in marks))
    nots += [f":not({hook})" for hook in sorted(hooks)]
    nots += row_filters(members, extras)
    # An ad card like the records but for an "Ad" caption or a promo badge inside it.
    nots += [f":not(:has({ad}))" for ad in sorted(combine(*(set(mark.ads) for mark in marks)))]
    # ...or like the records in every way, in a block of its own (a carousel cut into the grid).
    nots += sorted(combine(*(set(mark.blocks) for mark in marks)))
    return list(dict.fromkeys(nots))
