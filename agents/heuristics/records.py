"""Find the repeated record container of a list page.

Candidates are groups of elements that share a tag (and optionally a class) under parents with
the same ancestry (``recordcandidates``), so a grid split over several rows is still one group, and
so are the records of an outline of nested sections (``nesting``). Each group is scored on how alike
its members are, how much they hold (text, links, images, prices, dates) and where it sits (content
or site chrome: ``recordscores``); the most frequent tag on the page never wins by count alone.
"""

from __future__ import annotations

from agents.heuristics.dom import DomIndex, HtmlElement, is_inside
from agents.heuristics.recordcandidates import candidate_groups
from agents.heuristics.recordscores import score_group
from agents.heuristics.regroup import (
    Group,
    prefer_inner_records,
    prefer_records_shown_once,
    prefer_whole_records,
    prefer_whole_template,
)
from agents.heuristics.sitechrome import in_chrome, text_outside_chrome
from agents.heuristics.spanscore import with_spans_scored
from agents.heuristics.twintables import repeated_tables, without_repeated_tables

#: Rows of tables with different header rows are one list only when nothing else can be selected.
MIXED_TABLES_PENALTY = 0.5
#: A score under this is noise: the page is not a list (it may be a detail page).
MIN_LIST_SCORE = 4.0


def find_record_groups(
    index: DomIndex, hint_texts: frozenset[str] = frozenset(), *, leaving_out: HtmlElement | None = None
) -> list[Group]:
    """Candidate record groups, best first. ``hint_texts`` are values known from structured data.

    ``leaving_out`` (a rail of other items' cards) is read as if the page did not have it: no group
    touches it and its text does not dilute the other groups' share of the page, no more than the
    site's chrome around it (menus, banner, footer, dialogs) does.
    """
    if leaving_out is None:
        body_text = max(1, index.text_of(index.root))
    else:
        # Read again beside a rail, a group's share is of the page's own content: a real page's mega-menu,
        # footer columns and cookie dialog around the rail would leave a short table too small a part.
        left_out = 0 if in_chrome(leaving_out) else index.text_of(leaving_out)
        body_text = max(1, text_outside_chrome(index.root, index) - left_out)
    candidates, mixed = candidate_groups(index)
    if leaving_out is not None:
        candidates = [g for g in candidates if not any(_touches(m, leaving_out) for m in g.members)]
    candidates = without_repeated_tables(candidates, repeated_tables(index.root))
    groups = [score_group(g, index, body_text, hint_texts) for g in candidates]
    for group in groups:
        if id(group) in mixed:
            # Kept only for pages whose tables no selector tells apart (one class, no anchor).
            group.score *= MIXED_TABLES_PENALTY
            group.reasons.append("rows of tables with different header rows (penalised)")
    ranked = sorted((g for g in groups if g.score > 0), key=lambda g: -g.score)
    ranked = with_spans_scored(ranked, MIN_LIST_SCORE, lambda g, own: score_group(g, own, body_text, hint_texts))
    return in_preferred_order(ranked, index)


def in_preferred_order(ranked: list[Group], index: DomIndex) -> list[Group]:
    """``ranked`` (best score first) with the group the best one stands for put first: the whole
    template, the elements wrapping each item, a record shown once. Asked again of the groups
    left once a rail of other items is set aside, whose best group was not the page's."""
    ranked = prefer_whole_template(ranked)
    ranked = prefer_whole_records(prefer_inner_records(ranked, index), index)
    return prefer_records_shown_once(ranked, index)


def _touches(member: HtmlElement, block: HtmlElement) -> bool:
    return member is block or is_inside(member, block) or is_inside(block, member)
