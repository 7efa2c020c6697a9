"""Score a group whose records have no wrapper of their own as the runs of siblings they are.

A blog archive printed as ``h3``, date line, excerpt, "Read more", again and again in one ``div``,
a catalogue of ``dt`` titles each with its ``dd`` details: each element alone is one line of a
record, too thin to score as a list, and the page seems to hold none. When no group reaches a
list's score, the groups whose members each lead the same run of siblings (``rowspan``) are scored
again as if each run were wrapped in an element of its own, so the page's records are found.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from agents.heuristics.dom import DomIndex, HtmlElement, build_index
from agents.heuristics.regroup import Group
from agents.heuristics.rowspan import find_span
from agents.heuristics.sitechrome import in_chrome

#: Groups looked at, best first: a run's leader is among a page's best few groups.
GROUPS_TRIED = 8

Scorer = Callable[[Group, DomIndex], Group]


def with_spans_scored(groups: list[Group], minimum: float, score: Scorer) -> list[Group]:
    """``groups`` (best first), with the best few scored as runs of siblings when none of them
    reaches ``minimum``; a run's score only ever raises its group's, and is kept only when it
    reaches ``minimum`` (then the groups are ranked again)."""
    if not groups or groups[0].score >= minimum:
        return groups
    raised = False
    for group in groups[:GROUPS_TRIED]:
        spanned = _span_score(group, score)
        if spanned >= minimum and spanned > group.score:
            group.score = spanned
            group.reasons.append("records run over sibling elements with no wrapper of their own")
            raised = True
    return sorted(groups, key=lambda g: -g.score) if raised else groups


def _span_score(group: Group, score: Scorer) -> float:
    members = group.members
    if len({id(m.getparent()) for m in members}) != 1 or in_chrome(members[0]):
        return 0.0
    span = find_span(members)
    if span is None or span.size < 2 or len(span.starts) != len(members):
        return 0.0
    holder = members[0].makeelement("div", {})
    wrappers = []
    for start in span.starts:
        wrapper = holder.makeelement("div", {})
        for part in _run(start, span.size):
            copied = deepcopy(part)
            copied.tail = None
            wrapper.append(copied)
        holder.append(wrapper)
        wrappers.append(wrapper)
    return score(Group(members=wrappers), build_index(holder)).score


def _run(start: HtmlElement, size: int) -> list[HtmlElement]:
    run = [start]
    for sibling in start.itersiblings():
        if len(run) >= size:
            break
        if isinstance(sibling.tag, str):
            run.append(sibling)
    return run
