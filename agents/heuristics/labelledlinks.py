"""A run of short links whose texts are fixed labels: ``[PDF] [DOI] [Code] [Slides]``.

A publications list, a software catalogue or a dataset index ends each entry with a few links
named by what they lead to, and not every entry has every one. The texts say nothing of the
record (they are the same words everywhere); each label names a field, and the link's target is
its value: ``pdf`` holds the entry's PDF, ``doi`` its DOI link. Tag links are told apart by their
targets: a tag's link is the same page in every record that shows it, a label's link is the
record's own.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.dom import css_string, full_text, tag_of
from agents.heuristics.fieldcandidates import candidates
from agents.heuristics.fieldcss import VERIFY_SAMPLE, hits
from agents.heuristics.slots import Occurrence, Slot

#: A label is a word or two: "PDF", "Source code".
MAX_LABEL_WORDS = 2
MAX_LABEL_CHARS = 20
#: Labels a run names: a handful, each back in several records.
MAX_LABELS = 8
MIN_LABEL_RECORDS = 2
#: Records a run must span before its words count as fixed.
MIN_RECORDS = 3
#: A field's name from its label: letters and digits only ("BibTeX" -> "bibtex").
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
#: Targets that lead nowhere: a script toggle, the page itself.
_NO_TARGET = re.compile(r"^(?:javascript:|#|$)", re.IGNORECASE)


def labelled_links(slots: list[Slot], records: list[Selector]) -> tuple[list[Slot], dict[int, str]]:
    """``slots`` with each run of labelled links replaced by one link slot per label, and the
    selector of each new slot (by ``id``), which finds the link by its label."""
    kept: list[Slot] = []
    selectors: dict[int, str] = {}
    for slot in slots:
        fields = _label_fields(slot, records)
        if not fields:
            kept.append(slot)
            continue
        for field, css in fields:
            kept.append(field)
            selectors[id(field)] = css
    return kept, selectors


def _label_fields(slot: Slot, records: list[Selector]) -> list[tuple[Slot, str]]:
    """One (slot, selector) per label of ``slot``, when it is a run of labelled links."""
    if not slot.many or slot.kind != "text" or len(slot.per_record) < MIN_RECORDS:
        return []
    runs = {n: [o for o in found if tag_of(o.element) == "a"] for n, found in slot.per_record.items()}
    if any(len(run) != len(slot.per_record[n]) for n, run in runs.items()):
        return []
    labels = _labels(runs)
    if labels is None:
        return []
    fields = []
    for label in labels:
        field = _label_slot(slot, runs, label)
        css = _label_selector(records, field, label) if field is not None else None
        if field is not None and css is not None:
            fields.append((field, css))
    return fields


def _labels(runs: dict[int, list[Occurrence]]) -> list[str] | None:
    """The run's labels in page order: short words, few, each at most once in a record and back
    in several, and not every record showing the same ones (a fixed set of actions)."""
    sets = [[o.value for o in run] for run in runs.values()]
    if any(len(texts) != len(set(texts)) for texts in sets) or len({tuple(t) for t in sets}) < 2:
        return None
    labels = list(dict.fromkeys(t for texts in sets for t in texts))
    if not 2 <= len(labels) <= MAX_LABELS:
        return None
    for label in labels:
        if len(label) > MAX_LABEL_CHARS or len(label.split()) > MAX_LABEL_WORDS or not _name(label):
            return None
        if sum(label in texts for texts in sets) < MIN_LABEL_RECORDS:
            return None
    return labels


def _label_slot(slot: Slot, runs: dict[int, list[Occurrence]], label: str) -> Slot | None:
    """The targets of the links labelled ``label``, when they change from record to record."""
    per_record: dict[int, list[Occurrence]] = {}
    for number, run in runs.items():
        for occurrence in run:
            target = (occurrence.element.get("href") or "").strip()
            if occurrence.value == label and not _NO_TARGET.match(target):
                per_record[number] = [Occurrence(occurrence.element, target)]
    targets = [found[0].value for found in per_record.values()]
    if len(targets) < MIN_LABEL_RECORDS or len(set(targets)) < len(targets):
        return None  # a tag's page, the same wherever it shows: a list item, not a field
    return Slot(
        key=slot.key,
        kind="href",
        attribute="href",
        label=label,
        part_name=_name(label),
        order=slot.order,
        per_record=per_record,
    )


def _label_selector(records: list[Selector], field: Slot, label: str) -> str | None:
    """The first selector finding the link by its label that reads its target on every sample record."""
    number, found = next(iter(field.per_record.items()))
    element = found[0].element
    if full_text(element) != label:
        return None
    for css in candidates(records[number].root, element, [r.root for r in records[:VERIFY_SAMPLE]]):
        if not css:
            continue
        labelled = f"{css}:contains({css_string(label)})"
        checked = hits(records, field, labelled)
        if checked and all(checked):
            return labelled
    return None


def _name(label: str) -> str:
    """The field name a label gives: "Source code" -> "source_code"."""
    name = re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_")
    return name if _NAME.match(name) else ""
