"""Records spanning sibling elements: a story's title row and its subtext row, a dt and its dd.

When the elements chosen as records are followed, record after record, by the same run of other
siblings carrying text (a subtext row, a ``<dd>``), those siblings belong to the record before
them; when the run's tail also sits before the first record of each parent (each ``<dd>`` after
its ``<dt>``), the record starts there instead. Runs without text (spacer rows, ``<hr>``) are left
out.

Rows built from one bare template (``<tr><td>`` without classes) can still take turns: the quote
row, then its "Tags:" row of links. Their kind is then read from their content, whether they hold
links and the label they open with, and counts only when it repeats with a fixed period.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from agents.heuristics.classtokens import anchor_classes
from agents.heuristics.dom import HtmlElement, full_text, has_link, tag_of
from agents.heuristics.shapes import consensus, jaccard, shape_of

#: A record spans at most this many elements; longer runs are sections, not records.
MAX_SPAN = 4
#: Share of the gaps between records that must hold the same run for it to be part of them.
RUN_SHARE = 0.8
#: Gaps needed before a run counts as a pattern.
MIN_GAPS = 2
#: Gaps looked at: a list's template shows in its first records.
SAMPLE_GAPS = 60
#: Likeness to the members above which the elements between them are records of their own.
SAME_TEMPLATE = 0.85

#: A label opening a row's text: "Tags:", "Posted by:" (a clock time "10:30" is no label).
_LEADING_LABEL = re.compile(r"^\s*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}):(?:\s|$)")

#: Elements that title what comes after them.
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: A sibling's tag, first class and whether it shows text (then, for bare rows, what it holds).
Signature = tuple[str | bool, ...]


@dataclass(frozen=True)
class Span:
    """The first element of each record and how many sibling elements each record spans."""

    starts: list[HtmlElement]
    size: int


def find_span(members: list[HtmlElement], *, varying: bool = False) -> Span | None:
    """How ``members`` extend over their siblings, or None when each is a whole record.

    Members of two kinds in turn (title rows and subtext rows chosen together) are first narrowed
    to the kind that comes first; bare rows, to the first kind that comes back with a period (a
    header row may come before the records). ``varying``: runs that differ only in a record's
    optional parts are spans too (asked of a group already chosen as the records, never to score
    one: an article's sections run so as well).
    """
    span = _span_of(members, varying=varying)
    if span is not None:
        return span
    kinds: list[tuple[str, ...]] = [_kind(m) for m in members]
    by_content = len(set(kinds)) < 2
    leader: tuple[str, ...] | None = kinds[0]
    if by_content:
        kinds = [_content_kind(m) for m in members]
        leader = next((k for k in dict.fromkeys(kinds[: MAX_SPAN + 1]) if _periodic(kinds, k)), None)
        if leader is None:
            return None
    leaders = [m for m, kind in zip(members, kinds, strict=True) if kind == leader]
    # Runs holding members of the group are no optional parts of one record: their spans are fixed.
    return _span_of(leaders, by_content=by_content) if MIN_GAPS < len(leaders) < len(members) else None


def _span_of(members: list[HtmlElement], *, by_content: bool = False, varying: bool = False) -> Span | None:
    """The span of ``members``; ``by_content``: their rows share one bare template, so a row's
    kind is also what it holds (a header row of links is no "Tags:" row); ``varying``: see
    ``find_span``."""
    signature = _content_signature if by_content else _signature
    by_parent: dict[int, list[HtmlElement]] = defaultdict(list)
    for member in members:
        by_parent[id(member.getparent())].append(member)
    pairs = [(a, b) for group in by_parent.values() for a, b in itertools.pairwise(group)]
    runs = [_between(a, b) for a, b in pairs[:SAMPLE_GAPS]]
    if len(runs) < MIN_GAPS:
        return None
    signed = [tuple(signature(e) for e in run) for run in runs]
    typical, count = Counter(signed).most_common(1)[0]
    # A spacer closing the run (an ``<hr>`` between posts) is no part of the record's span.
    if not typical or len(_without_spacer_tail(typical)) >= MAX_SPAN:
        return None
    if count < RUN_SHARE * len(runs) and not varying:
        return None
    if _same_template(members, runs):
        return None  # zebra-striped rows: each one a record of the same template
    firsts = [group[0] for group in by_parent.values()]
    if count < RUN_SHARE * len(runs):
        return _varying_span(members, signed, firsts, signature)
    shift = _leading_share(typical, firsts, signature)
    after = typical[: len(typical) - shift]
    textual = [i for i, sign in enumerate(after) if sign[2]]
    size = shift + 1 + (textual[-1] + 1 if textual else 0)
    if size == 1:
        return None
    starts = [start for m in members if (start := _back(m, shift)) is not None]
    return Span(starts, size) if len(starts) == len(members) else None


def _varying_span(
    members: list[HtmlElement],
    runs: list[tuple[Signature, ...]],
    firsts: list[HtmlElement],
    signature: Callable[[HtmlElement], Signature],
) -> Span | None:
    """The span of records whose runs differ only in optional parts: a job's heading, its facts,
    and on some a tags line or an excerpt. Every run must close on the same parts that also stand
    before each parent's first member (the heading a record opens with: it starts there) or open
    on the same parts (the block every record has after its first element); the parts that vary
    belong to the record before them, and a record stops where the next one starts (``recordparts``)."""
    if any(len(run) >= MAX_SPAN for run in runs):
        return None  # a long run is a section
    if any(not run for run in runs):
        return _optional_companion(members, runs, firsts, signature)
    closing = _common_start([run[::-1] for run in runs])[::-1]
    shift = _leading_share(closing, firsts, signature) if closing else 0
    afters = [run[: len(run) - shift] for run in runs]
    if not shift and not any(sign[2] for sign in _common_start(afters)):
        return None  # nothing every record holds beside its first element: no run of one template
    size = shift + 1 + max(len(_without_spacer_tail(after)) for after in afters)
    starts = [start for m in members if (start := _back(m, shift)) is not None]
    return Span(starts, size) if size > 1 and len(starts) == len(members) else None


def _optional_companion(
    members: list[HtmlElement],
    runs: list[tuple[Signature, ...]],
    firsts: list[HtmlElement],
    signature: Callable[[HtmlElement], Signature],
) -> Span | None:
    """The span of records followed by one optional companion: a paper's line and, after most
    papers, its abstract in a block of its own. Members right after one another are whole records
    unless every other run is the same block showing text, no heading alone, and it never stands before a
    parent's first member (a heading over each group of records opens a group, it follows none)."""
    shown = [run for run in runs if run]
    if not shown or 2 * len(shown) < len(runs):
        return None  # no companion at all, or after too few records to be theirs
    companion = shown[0]
    if any(run != companion for run in shown):
        return None
    if not any(sign[2] for sign in companion) or _leading_share(companion, firsts, signature):
        return None
    if len(companion) == 1 and companion[0][0] in _HEADINGS:
        # A heading alone opens what follows it (a day's events), it closes no record before it; a
        # heading opening a block with more (``<h4>Requirements</h4><ul>…``) titles the companion.
        return None
    return Span(members, 1 + len(_without_spacer_tail(companion)))


def _common_start(runs: list[tuple[Signature, ...]]) -> tuple[Signature, ...]:
    """The parts every run opens with."""
    common: list[Signature] = []
    for parts in zip(*runs, strict=False):
        if any(p != parts[0] for p in parts):
            break
        common.append(parts[0])
    return tuple(common)


def _without_spacer_tail(run: tuple[Signature, ...]) -> tuple[Signature, ...]:
    """``run`` without the elements showing no text at its end."""
    end = len(run)
    while end and not run[end - 1][2]:
        end -= 1
    return run[:end]


def _same_template(members: list[HtmlElement], runs: list[list[HtmlElement]]) -> bool:
    """Whether the elements between members are built like the members themselves."""
    template = consensus([shape_of(m) for m in members[:SAMPLE_GAPS]])
    followers = [shape_of(run[0]) for run in runs if run and full_text(run[0])]
    return bool(followers) and sum(jaccard(s, template) for s in followers) / len(followers) >= SAME_TEMPLATE


def _kind(element: HtmlElement) -> tuple[str, str]:
    classes = anchor_classes(element)
    return tag_of(element), classes[0] if classes else ""


def _content_kind(element: HtmlElement) -> tuple[str, ...]:
    """What a bare row holds: links or none, and the label its text opens with."""
    label = leading_label(element)
    return ("link" if has_link(element) else "", label.casefold() if label else "")


def leading_label(element: HtmlElement) -> str | None:
    """The label ``element``'s text opens with ("Tags", of "Tags: humor, simile"), if any."""
    label = _LEADING_LABEL.match(full_text(element))
    return label.group(1) if label else None


def _periodic(kinds: list[tuple[str, ...]], leader: tuple[str, ...]) -> bool:
    """Whether ``leader`` comes back every n-th member (2 <= n <= MAX_SPAN), as a record's first
    row does, in most gaps; a list whose members differ at random has no period."""
    at = [i for i, kind in enumerate(kinds) if kind == leader]
    gaps = [b - a for a, b in itertools.pairwise(at)]
    if len(gaps) < MIN_GAPS:
        return False
    period, count = Counter(gaps).most_common(1)[0]
    return 2 <= period <= MAX_SPAN and count >= RUN_SHARE * len(gaps)


def _signature(element: HtmlElement) -> Signature:
    return (*_kind(element), bool(full_text(element)))


def _content_signature(element: HtmlElement) -> Signature:
    """``_signature`` of a bare row, with what it holds: its links and its leading label."""
    return (*_signature(element), *_content_kind(element))


def _siblings_before(element: HtmlElement, limit: int) -> list[HtmlElement]:
    found: list[HtmlElement] = []
    for sibling in element.itersiblings(preceding=True):
        if len(found) >= limit:
            break
        if isinstance(sibling.tag, str):
            found.append(sibling)
    return found


def _between(first: HtmlElement, second: HtmlElement) -> list[HtmlElement]:
    run: list[HtmlElement] = []
    for sibling in first.itersiblings():
        if sibling is second or len(run) > MAX_SPAN:
            break
        if isinstance(sibling.tag, str):
            run.append(sibling)
    return run


def _leading_share(
    typical: tuple[Signature, ...], firsts: list[HtmlElement], signature: Callable[[HtmlElement], Signature]
) -> int:
    """How many of the run's last elements also come right before each parent's first record
    (``<dt>`` before the first ``<dd>``): the records start that many elements earlier."""
    for shift in range(len(typical), 0, -1):
        if not typical[-shift][2]:
            continue  # a record never starts with a spacer
        tail = list(typical[-shift:])
        if all([signature(e) for e in reversed(_siblings_before(f, shift))] == tail for f in firsts):
            return shift
    return 0


def _back(member: HtmlElement, shift: int) -> HtmlElement | None:
    if shift == 0:
        return member
    before = _siblings_before(member, shift)
    return before[shift - 1] if len(before) >= shift else None
