"""Why the fact-row rule (``agents.heuristics.factlists``) left a row of facts as one list, in shape only.

``itemlists`` says how a list read where one value is written looks; this says, for the same field, which guard of
``factlists.fact_verdict`` turned its items down (the first that failed: ``too few records``, ``an item too long``,
``more than 6 items``, ``not lined up``, ``a fact at two places``, ``under two places vary``, ``one kind, no
vocabulary per place``, ``named a list by its classes``, ``words without names`` …), ``one text split at
separators`` (one element's text cut into items, never a list of elements), ``split, then dropped later`` (the rule
split it, the field is a list all the same) or ``no slot seen`` (no slot the rule saw reads the field); and what the
items are: ``bare items`` (a figure or a word alone, no unit or label word) or ``worded items``, the bare ones with
``icons differ by place`` (an svg ``use``, an empty ``i``/``span``'s class, an img alt, an aria-label or title that
tells the places apart), ``icons alike`` or ``no icon``; icons differing by place are followed by their markup in shape
(``iconmarkup``: ``[i[class=aa aa-aaa] ::before via class only child, known word ×6]``).

The verdicts are caught as the Scout makes them (``watching``: the slots the rule is handed in the run, with its
verdict on each), so no rule is copied here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from lxml.html import HtmlElement

import agents.heuristics.fields as scout_fields
from agents.heuristics.droptrace import Run
from agents.heuristics.factlists import fact_verdict
from agents.heuristics.slots import Slot
from tests.bench.iconmarkup import icon_markup

#: The slots handed to the rule, by id, with its verdict (the slot kept so that its id stays its own).
Verdicts = dict[int, tuple[Slot, str]]
#: Marks a row's verdict in a ``dropshape`` class, after ``itemlists``' shape.
MARK = " · fact rule: "
_BARE_FIGURE = re.compile(r"^[\d.,\s/+½¼¾-]+$")


@contextmanager
def watching() -> Iterator[Verdicts]:
    """The fact-row rule's verdict on each slot handed to it while the block runs."""
    verdicts: Verdicts = {}
    rule = scout_fields.split_fact_lists

    def watched(slots: list[Slot]) -> list[Slot]:
        for slot in slots:
            verdicts[id(slot)] = (slot, fact_verdict(slot)[1])
        return rule(slots)

    scout_fields.split_fact_lists = watched
    try:
        yield verdicts
    finally:
        scout_fields.split_fact_lists = rule


def row_verdict(kept: Sequence[Slot], run: Run, verdicts: Verdicts, split: bool) -> str:
    """Why the rule left the field read from ``kept`` (its slots) a list, and what its items are; ``split``: the
    field cuts one text into items."""
    seen = {id(s) for s in run.seen}
    handed = [verdicts[id(s)] for s in kept if id(s) in verdicts]
    if not handed:  # a later stage remade the slot: the one handed to the rule at its place
        keys = {(s.key, s.kind) for s in kept}
        handed = [v for i, v in verdicts.items() if i in seen and (v[0].key, v[0].kind) in keys]
        handed.sort(key=lambda v: not v[0].many)
    if not handed:
        return "no slot seen"
    slot, why = handed[0]
    if why == "split":
        why = "split, then dropped later"
    elif why == "one element, not a list" and split:
        why = "one text split at separators"
    return f"{why}, {_items(slot)}" if slot.many else why


def _items(slot: Slot) -> str:
    runs = [[o for o in occurrences] for occurrences in slot.per_record.values() if occurrences]
    texts = [" ".join(o.value.split()) for run in runs for o in run]
    if not texts or sum(map(_bare, texts)) * 2 <= len(texts):
        return "worded items"
    told = [[_icon(o.element) for o in run if _bare(" ".join(o.value.split()))] for run in runs]
    told = [run for run in told if len(run) > 1]
    if not told or sum(all(run) for run in told) * 2 <= len(told):
        return "bare items, no icon"
    apart = sum(all(run) and len(set(run)) == len(run) for run in told)
    if apart * 2 <= len(told):
        return "bare items, icons alike"
    bare = [o.element for run in runs for o in run if _bare(" ".join(o.value.split()))]
    return f"bare items, icons differ by place [{_markups(bare)}]"


def _markups(elements: Sequence[HtmlElement]) -> str:
    """The icons' markup over the items, in shape (``iconmarkup``): the commonest few, each with its count."""
    try:
        counts = Counter(icon_markup(e) for e in elements)
    except Exception as exc:  # a bench line's failure is reported as its shape
        return f"markup not read ({type(exc).__name__})"
    return " | ".join(f"{k} ×{n}" for k, n in sorted(counts.items(), key=lambda p: (-p[1], p[0]))[:3])


def _bare(text: str) -> bool:
    """A figure alone ("3", "1,200") or one word: nothing says what it counts."""
    return bool(_BARE_FIGURE.match(text)) or (len(text.split()) == 1 and not any(c.isdigit() for c in text))


def _icon(element: HtmlElement) -> str:
    """What marks the item's place: an icon in it or just before it (its sign, never shown), else ""."""
    before = element.getprevious()
    around = [element, *([before] if before is not None and not (before.text_content() or "").strip() else [])]
    for top in around:
        for e in top.iter():
            if not isinstance(e.tag, str):
                continue
            for name in ("aria-label", "title"):
                if e.get(name):
                    return f"{name}={e.get(name)}"
            if e.tag == "use":
                return "use=" + (e.get("href") or e.get("{http://www.w3.org/1999/xlink}href") or "")
            if e.tag == "img" and e.get("alt"):
                return "img=" + str(e.get("alt"))
            if e is not element and e.tag in ("i", "span", "svg") and e.get("class") and not e.text_content().strip():
                return f"{e.tag}.{e.get('class')}"
    return ""


def verdict_of(name: str) -> str | None:
    """The rule's verdict part of a ``dropshape`` class, if it has one."""
    return name.split(MARK, 1)[1].rstrip(")") if MARK in name else None


def describe(shape: Mapping[str, float]) -> str:
    """One report line: the rows of facts read as one list, by the rule's verdict and their items, counts only."""
    counts = Counter[str]()
    for name, n in shape.items():
        if (said := verdict_of(name)) is not None:
            counts[said] += int(n)
    if not counts:
        return "no row of facts read as one list"
    ranked = sorted(counts.items(), key=lambda p: (-p[1], p[0]))
    return f"{sum(counts.values())} fields: " + "; ".join(f"{k} {n}" for k, n in ranked)
