"""Labelled groups of values read as lists: the options of a ``<select>`` a label names ("Size":
16 inches, 18 inches, 20 inches, without the "Select an option" placeholder), and the chips of a
``div[role=group]`` its ``aria-label`` names ("Job type": Full-time, Permanent).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from parsel import Selector

from agents.heuristics.dom import HtmlElement, css_ident, css_string, full_text
from agents.heuristics.names import name_from_label, unique_name
from agents.heuristics.sitechrome import in_chrome
from pipeline.core.schemas import FieldSpec

#: A label or a group's name is this short; a group holds this many values, each this short.
MAX_GROUP_LABEL_CHARS = 30
MIN_GROUP_VALUES = 1
MAX_GROUP_VALUES = 30
MAX_VALUE_CHARS = 60
MAX_GROUPS = 10


def labelled_groups(
    record: Selector, container: HtmlElement, blocked: set[int], taken: set[str]
) -> Iterator[FieldSpec]:
    """One list field for each labelled ``select`` and each named ``role=group`` in the container."""
    found = 0
    for selector, label in islice(_groups(container, blocked), MAX_GROUPS * 4):
        name = name_from_label(label)
        if not name or name in taken or found >= MAX_GROUPS:
            continue
        values = [full_text(m.root) for m in record.css(selector)]
        if MIN_GROUP_VALUES <= len(values) <= MAX_GROUP_VALUES and all(0 < len(v) <= MAX_VALUE_CHARS for v in values):
            found += 1
            yield FieldSpec(name=unique_name(name, taken), type="tags", selector=selector, many=True)


def _groups(container: HtmlElement, blocked: set[int]) -> Iterator[tuple[str, str]]:
    for select in container.iter("select"):
        ident = (select.get("id") or "").strip()
        if id(select) in blocked or not css_ident(ident) or in_chrome(select, container):
            continue
        labels = container.xpath(".//label[@for=$ident]", ident=ident)
        label = full_text(labels[0]) if labels else ""
        if 0 < len(label) <= MAX_GROUP_LABEL_CHARS:
            yield f'select#{ident} > option:not([value=""])', label
    for group in container.xpath(".//*[@role='group' and @aria-label]"):
        label = " ".join((group.get("aria-label") or "").split())
        if id(group) in blocked or not 0 < len(label) <= MAX_GROUP_LABEL_CHARS or in_chrome(group, container):
            continue
        items = [e for e in group.iter("button", "li") if full_text(e) and not e.xpath(".//button | .//li")]
        if items:
            kind = items[0].tag
            yield f"[role=group][aria-label={css_string(label)}] {kind}", label
