"""Rows that are the labelled lines of one record, not records: a job's "Company", "Date" and
"Place" rows in a small table of its own under its heading, one table per job.

Records of a list differ in what they open with (a title, a name); the lines of one record open
with a label, and every record shows the same labels once each. So elements whose every one opens
with a label (a ``th`` beside a ``td``, "Company:"), that no holder shows twice and that most
holders show alike, are lines of the records their holders are.
"""

from __future__ import annotations

from collections import Counter

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.pairs import label_row
from agents.heuristics.rowspan import leading_label

#: Lines per holder, and holders, for labels to tell lines from records.
MIN_LINES = 2
MIN_HOLDERS = 2
#: Share of holders showing the same labels.
SAME_LABELS_SHARE = 0.8


def are_labelled_lines(members: list[HtmlElement]) -> bool:
    """Whether ``members`` each open with a label, shown once per parent and alike in most parents."""
    # The parents themselves, not their ids: lxml hands out new proxies once old ones are gone.
    by_parent: dict[HtmlElement, list[str]] = {}
    for member in members:
        label = _label(member)
        parent = member.getparent()
        if label is None or parent is None:
            return False
        by_parent.setdefault(parent, []).append(label.casefold())
    shown = [labels for labels in by_parent.values() if len(labels) >= MIN_LINES]
    if len(shown) < MIN_HOLDERS or any(len(set(labels)) != len(labels) for labels in shown):
        return False
    common, _ = Counter(frozenset(labels) for labels in shown).most_common(1)[0]
    return values.share([frozenset(labels) == common for labels in shown]) >= SAME_LABELS_SHARE


def _label(member: HtmlElement) -> str | None:
    cells = label_row(member)
    if cells is not None:
        return full_text(cells[0]) or None
    return leading_label(member)
