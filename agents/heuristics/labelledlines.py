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
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.pairs import label_row
from agents.heuristics.rowspan import leading_label

#: Lines per holder, and holders, for labels to tell lines from records.
MIN_LINES = 2
MIN_HOLDERS = 2
#: Share of holders showing the same labels.
SAME_LABELS_SHARE = 0.8
#: Parts of the day a timetable keys its sessions by ("Morning: Yoga with Ana"): times, not labels.
_PARTS_OF_DAY = frozenset(
    {
        "morning",
        "midmorning",
        "late morning",
        "noon",
        "midday",
        "lunch",
        "lunchtime",
        "afternoon",
        "evening",
        "night",
        "late night",
        "overnight",
        "dawn",
        "dusk",
        "am",
        "pm",
        "morgens",
        "vormittag",
        "vormittags",
        "mittag",
        "mittags",
        "nachmittag",
        "nachmittags",
        "abend",
        "abends",
        "nacht",
        "nachts",
        "matin",
        "midi",
        "après-midi",
        "soir",
        "soirée",
        "nuit",
        "mañana",
        "tarde",
        "noche",
        "mattina",
        "pomeriggio",
        "sera",
    }
)
#: Wrappers between a line's parent and the record holding the lines (a table's body, a list).
_LINE_WRAPPERS = frozenset({"table", "tbody", "thead", "tfoot", "ul", "ol", "dl"})


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
    if _link_own_pages(members, list(by_parent)):
        return False
    shown = [labels for labels in by_parent.values() if len(labels) >= MIN_LINES]
    if len(shown) < MIN_HOLDERS or any(len(set(labels)) != len(labels) for labels in shown):
        return False
    common, _ = Counter(frozenset(labels) for labels in shown).most_common(1)[0]
    return values.share([frozenset(labels) == common for labels in shown]) >= SAME_LABELS_SHARE


def _label(member: HtmlElement) -> str | None:
    """The label ``member`` opens with: a word, not a time ("07:00") nor a part of the day
    ("Morning"), which key a timetable's sessions, records of their own."""
    cells = label_row(member)
    label = (full_text(cells[0]) or None) if cells is not None else leading_label(member)
    if label is None or not label[:1].isalpha():
        return None
    return None if label.rstrip(":").strip().casefold() in _PARTS_OF_DAY else label


def _link_own_pages(members: list[HtmlElement], parents: list[HtmlElement]) -> bool:
    """Whether every member links to a page of its own (a class's page in each timetable row)
    while no holder links anywhere outside them: the members are then the records, their holder
    only a group (a day), where a record's lines link at most beside its own title link."""
    links = [next(iter(m.xpath(".//a/@href")), None) if tag_of(m) != "a" else m.get("href") for m in members]
    if any(not link for link in links) or len(set(links)) != len(links):
        return False
    inside = {a for m in members for a in m.iter("a")}
    for parent in parents:
        holder = parent
        while tag_of(holder) in _LINE_WRAPPERS and holder.getparent() is not None:
            holder = holder.getparent()
        if any(a not in inside for a in holder.iter("a") if a.get("href")):
            return False
    return True
