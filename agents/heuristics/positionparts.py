"""A line of two facts in fixed places, "M · Very good", named by the card's own summary.

Marketplaces print a card's size and condition (a car's year and mileage, a flat's floor and
area) on one line joined by a dot. Both parts are words, so ``compound``'s split by kinds sees one
kind and keeps the line whole. The card often says the same facts again with their labels, for
screen readers, in an empty link's ``title`` or an image's ``alt``: "Levi's jacket, brand: Levi's,
condition: Very good, size: M, £18.00". Where the same mark parts every record's line in two and
the summary gives the very value of a part under one label, the line is a compound of places, and
the label names each place. Without such a summary the line is kept whole: two words side by side
may be one phrase ("Historic Sites · Churches" is a list, ``listtexts``).
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics.cardlinks import labelled_facts
from agents.heuristics.slots import Slot

#: Marks joining the facts of one line; never part of a value, so the spec keeps them unspaced.
PLACE_DELIMITERS = (" · ", " • ", " | ")
#: Slot kinds that hold a card's spoken summary (an empty link's ``title``, an image's ``alt``).
SUMMARY_KINDS = frozenset({"title", "alt"})
#: Share of the summarised records whose part must equal one label's value for the label to name it.
NAMED_SHARE = 0.8
#: Labelled facts of each record, by record number.
Facts = dict[int, dict[str, str]]
#: One place of the line: the literal it comes after, the literal it comes before, and its name.
PlaceCut = tuple[str | None, str | None, str | None]


def summary_facts(slots: list[Slot]) -> Facts:
    """The labelled facts (``cardlinks.labelled_facts``) each record's summary slots hold."""
    facts: Facts = {}
    for slot in slots:
        if slot.kind not in SUMMARY_KINDS:
            continue
        for number, found in slot.per_record.items():
            for occurrence in found:
                for label, value in labelled_facts(occurrence.value).items():
                    facts.setdefault(number, {}).setdefault(label, value)
    return facts


def place_cuts(slot: Slot, facts: Facts) -> list[PlaceCut] | None:
    """The two places of ``slot``'s line, named after the summary's labels (None for a place no
    label names), or None when the line is not such a compound or no label names either place.
    Only two places: the engine cuts at the first mark, so a third would hold the second's tail."""
    lines = {n: found[0].value for n, found in slot.per_record.items() if found}
    if len(lines) < 2 or not facts:
        return None
    for delimiter in PLACE_DELIMITERS:
        if any(line.count(delimiter) != 1 for line in lines.values()):
            continue
        halves = {n: [part.strip() for part in line.split(delimiter)] for n, line in lines.items()}
        if not all(all(parts) for parts in halves.values()):
            return None
        names = [_place_name([(parts[i], facts.get(n, {})) for n, parts in halves.items()]) for i in (0, 1)]
        if not any(names) or names[0] == names[1]:
            return None
        mark = delimiter.strip()
        return [(None, mark, names[0]), (mark, None, names[1])]
    return None


def _place_name(column: list[tuple[str, dict[str, str]]]) -> str | None:
    """The label whose value is this place's part in most records, as a field name."""
    summarised = [(part, facts) for part, facts in column if facts]
    if len(summarised) < NAMED_SHARE * len(column):
        return None
    votes = Counter(
        label for part, facts in summarised for label, value in facts.items() if value.casefold() == part.casefold()
    )
    if not votes:
        return None
    label, count = votes.most_common(1)[0]
    name = re.sub(r"[^a-z0-9]+", "_", label.casefold()).strip("_")
    return name if count >= NAMED_SHARE * len(summarised) and re.match(r"[a-z]", name) else None
