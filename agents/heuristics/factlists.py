"""A row of a record's facts shown as look-alike items, read as one field per fact, not one list.

Job boards, property, car and recipe cards print a row of facts as items of one class: a job's
``<li>Berlin</li><li>Full-time</li><li>€60k</li>``, a car's "2019", "48,000 km", "Diesel",
"Manual", a recipe's "25 min" and "Easy" badges, a product's "Blue" and "XL" chips. Alike in
markup, they are not a list: each place holds its own kind of fact. Tags are a list: words of one
vocabulary that turn up at any place, as many as the record has.

The kind of an item is its shape (a price, a date, a year, a number with its unit word) or, for
plain words, the word itself. Where runs have their full length, the place is the column; a
shorter run (a job without a salary) is lined up with the columns by those kinds, keeping its
order. The row is facts when no kind turns up at two places, two places vary, and the places
differ in kind, or at least two of them repeat words of their own (a vocabulary per place). Words
alone ("bug", "cli") or a list its classes call one (``keyFacts``, ``span.tags``) are facts only
where every place is named by what its values are (a contract type, a fuel, a colour), or where
each place keeps a small set of words of its own (``placewords``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import islice

from agents.heuristics import values
from agents.heuristics.besideheading import shape_name
from agents.heuristics.classmarks import figure_marks
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.contextnames import unit_name
from agents.heuristics.dom import HtmlElement
from agents.heuristics.factwords import word_fact, words_name
from agents.heuristics.itemicons import ItemIcon, icon_fact_name, item_icon
from agents.heuristics.placewords import names_by_place
from agents.heuristics.siblings import LIST_WORDS, container_names_list
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.unitparts import measure_name

#: Records that must show the row before its places say anything.
MIN_RECORDS = 4
#: Runs of the full length needed to learn the columns from.
MIN_FULL_RUNS = 2
#: A row of facts has two to this many items.
MAX_FACTS = 6
#: A fact is short; a longer item is a bullet point or a sentence.
MAX_FACT_CHARS = 40
#: Words after a figure that say what it counts ("48,000 km", "3 beds", "2 bedrooms ensuite").
MAX_UNIT_WORDS = 3
#: Share of a column's items that must be of its kind.
KIND_SHARE = 0.8
#: A number first: "48,000 km", "3 beds", "€60k" is caught as a price before.
_LEADING_FIGURE = re.compile(r"^\d")
_FIGURES = re.compile(r"\d[\d.,\s]*")
#: Unit words of a distance travelled: a vehicle's mileage.
_MILEAGE_UNITS = frozenset({"km", "kms", "mi", "miles", "kilometres", "kilometers", "kilometer", "kilometre"})
Token = str


def split_fact_lists(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each list slot holding a row of facts replaced by one slot per fact."""
    out: list[Slot] = []
    for slot in slots:
        out.extend(fact_slots(slot) or [slot])
    return out


def fact_slots(slot: Slot, max_facts: int = MAX_FACTS) -> list[Slot] | None:
    """One slot per place of ``slot``'s items, or None when they are a list (or too few to say)."""
    return fact_verdict(slot, max_facts)[0]


def fact_verdict(slot: Slot, max_facts: int = MAX_FACTS) -> tuple[list[Slot] | None, str]:
    """``fact_slots``'s answer with why: ``split``, or the first guard that turned the items down;
    ``max_facts``: the longest row taken for facts."""
    if slot.kind != "text":
        return None, "not a text slot"
    if not slot.many:
        return None, "one element, not a list"
    if slot.label or slot.strip_label or slot.part_name or slot.parts:
        return None, "labelled or a part"
    if slot.text_after or slot.text_before or "[" in _list_step(slot):
        return None, "one property"  # items each under one itemprop or test hook ("job-item-employment-type")
    numbers = [n for n, occurrences in slot.per_record.items() if occurrences]
    if len(numbers) < MIN_RECORDS:
        return None, "too few records"
    runs = [slot.per_record[n] for n in numbers]
    texts = [[" ".join(o.value.split()) for o in run] for run in runs]
    if any(not t or len(t) > MAX_FACT_CHARS for run in texts for t in run):
        return None, "an item too long"
    marks = figure_marks([[o.element for o in run] for run in runs])  # an icon drawn by the item's own class
    icons = {id(o): icon for run in runs for o in run if (icon := item_icon(o.element) or marks.get(id(o.element)))}
    tokens = [
        [_token(t, icons.get(id(o))) for t, o in zip(run, found, strict=True)]
        for run, found in zip(texts, runs, strict=True)
    ]
    if any(t is None for run in tokens for t in run):
        return None, "a figure before a phrase"
    plain = [[t for t in run if t is not None] for run in tokens]
    places, why = place_verdict(plain, max_facts)
    if places is None:
        return None, why
    width = 1 + max(p for run in places for p in run)
    columns: list[dict[int, list[Occurrence]]] = [{} for _ in range(width)]
    for number, run, placed in zip(numbers, runs, places, strict=True):
        for occurrence, place in zip(run, placed, strict=True):
            columns[place][number] = [occurrence]
    names = _column_names([[o[0].value for o in column.values()] for column in columns])
    names = [
        _icon_name([icons.get(id(o[0])) for o in column.values()]) or name
        for name, column in zip(names, columns, strict=True)
    ]
    words_only = all(_kind(t) == "words" for run in plain for t in run)
    elements = [[o.element for o in run] for run in runs]
    # "bug", "cli" or "Over-Ear", "Bluetooth 5.3" in a ``keyFacts`` list: labels and features whose
    # places no shape tells apart are facts only where each place's words say what they are, or
    # each place keeps a set of words of its own.
    by_place = None in names and words_only
    cells = [[o[0].element for o in column.values()] for column in columns]
    named = names_by_place(names, plain, places, cells, elements) if by_place else names
    if named is None:
        return None, "words without names"
    if None in named and not by_place and _named_list(slot, elements):
        return None, "named a list by its classes"
    return [
        replace(slot, many=False, part_name=name, order=slot.order + place, per_record=column)
        for place, (name, column) in enumerate(zip(named, columns, strict=True))
    ], "split"


def _named_list(slot: Slot, runs: list[list[HtmlElement]]) -> bool:
    """Whether the items' container, or a class of the items or of their wrappers within the
    record, calls them a list (``keyFacts``, ``span.tags > a > span.tag``)."""
    if container_names_list(runs):
        return True
    for run in runs[:3]:
        chain = [run[0], *islice(run[0].iterancestors(), max(len(slot.key) - 1, 0))]
        if any(LIST_WORDS.search(" ".join(class_tokens(e))) for e in chain):
            return True
    return False


def _list_step(slot: Slot) -> str:
    """The step of the key whose siblings make the list (``span.badge*``)."""
    return next((step for step in reversed(slot.key) if step.endswith("*")), "")


def _icon_name(icons: list[ItemIcon | None]) -> str | None:
    """The name the icon shown with most of a column's bare figures gives it ("bed" → bedrooms)."""
    found = Counter(icon for icon in icons if icon is not None).most_common(1)
    return icon_fact_name(found[0][0]) if found and found[0][1] >= KIND_SHARE * len(icons) else None


def _token(text: str, icon: ItemIcon | None = None) -> Token | None:
    """A fact's kind by its shape, or the word itself for plain words; None for no fact (a figure
    followed by a phrase). A bare figure is of the kind its item's icon shows ("3" by a bed)."""
    if values.is_price(text):
        return "price"
    if values.is_date(text) or values.is_relative_date(text):
        return "date"
    if shaped := shape_name(text):
        return shaped
    if _LEADING_FIGURE.match(text):
        words = _FIGURES.sub(" ", text).casefold().split()
        if len(words) > MAX_UNIT_WORDS:
            return None
        if not words and icon is not None:
            return "icon:" + icon.identity
        return "count:" + " ".join(w.removesuffix("s") if len(w) > 2 else w for w in words)
    return "w:" + text.casefold()


def _kind(token: Token) -> str:
    return "words" if token.startswith("w:") else token


def fact_places(tokens: list[list[Token]]) -> list[list[int]] | None:
    """The place of each item by its kind, for runs of item tokens (``_token``); None unless the
    runs are a row of facts."""
    return place_verdict(tokens)[0]


def place_verdict(tokens: list[list[Token]], max_facts: int = MAX_FACTS) -> tuple[list[list[int]] | None, str]:
    """``fact_places``'s answer with why: ``lined up``, or the first check the runs failed."""
    width = max(len(run) for run in tokens)
    full = [run for run in tokens if len(run) == width]
    if width > max_facts:
        return None, f"more than {max_facts} items"
    if width < 2:
        return None, "one item"
    if len(full) < MIN_FULL_RUNS:
        return None, "too few full-length runs"
    if any(len(set(run)) < len(run) for run in tokens):
        return None, "a fact twice in a run"
    kinds = _column_kinds(full, width)
    if kinds is None:
        return None, "places of mixed kinds"
    known: dict[Token, int] = {}
    for run in full:
        for place, token in enumerate(run):
            if known.setdefault(token, place) != place:
                return None, "a fact at two places"  # a tag seen first here, then there
    places = [list(range(width)) if len(run) == width else _lined_up(run, kinds, known, full) for run in tokens]
    if any(p is None for p in places):
        return None, "not lined up"
    placed = [p for p in places if p is not None]
    columns: list[list[Token]] = [[] for _ in range(width)]
    for run, where in zip(tokens, placed, strict=True):
        for token, place in zip(run, where, strict=True):
            columns[place].append(token)
    refused = _not_facts(columns, kinds, len(full))
    return (None, refused) if refused else (placed, "lined up")


def _column_kinds(full: list[list[Token]], width: int) -> list[str] | None:
    """Each column's kind (``words`` for plain words), where most of its items are of it."""
    kinds = []
    for place in range(width):
        column = Counter(_kind(run[place]) for run in full)
        kind, count = column.most_common(1)[0]
        if count < KIND_SHARE * len(full):
            return None
        kinds.append(kind)
    return kinds


def _lined_up(run: list[Token], kinds: list[str], known: dict[Token, int], full: list[list[Token]]) -> list[int] | None:
    """The columns of a shorter run's items, in order: a word seen in a column goes there, a
    shape to a column of that shape, an unseen word to the words column of its vocabulary (a
    contract type's), else rather one of varied words (a town) than one of a few recurring ones."""
    said = [words_name([r[place][2:] for r in full]) if kind == "words" else None for place, kind in enumerate(kinds)]
    cost: list[list[float | None]] = []
    for token in run:
        kind = _kind(token)
        word = word_fact(token[2:]) if kind == "words" else None
        row: list[float | None] = []
        for place, column_kind in enumerate(kinds):
            if token in known:
                row.append(0.0 if known[token] == place else None)
            elif column_kind != kind:
                row.append(None)
            elif word is not None and word == said[place]:
                row.append(0.0)  # "Part-time", unseen in full runs, beside "Full-time" and "Contract"
            else:
                seen = [r[place] for r in full]
                price = 0.0 if kind != "words" else 1.0 - len(set(seen)) / len(seen)
                row.append(price + 1.0 if word is not None or said[place] is not None else price)
        cost.append(row)
    return _cheapest(cost, len(kinds))


def _cheapest(cost: list[list[float | None]], width: int) -> list[int] | None:
    """The increasing columns for the items with the least cost (None where none fits)."""
    best: dict[int, tuple[float, list[int]]] = {-1: (0.0, [])}
    for row in cost:
        step: dict[int, tuple[float, list[int]]] = {}
        for last, (total, path) in best.items():
            for place in range(last + 1, width):
                if (price := row[place]) is not None and (place not in step or total + price < step[place][0]):
                    step[place] = (total + price, [*path, place])
        if not step:
            return None
        best = step
    return min(best.values())[1]


def _not_facts(columns: list[list[Token]], kinds: list[str], full: int) -> str:
    """Why the columns are no row of facts, "" when they are: no word at two places, two places
    that vary, and places of different kinds or at least two places each repeating a word of their
    own (a vocabulary per place)."""
    seen: dict[Token, int] = {}
    for place, column in enumerate(columns):
        for token in column:
            if seen.setdefault(token, place) != place:
                return "a fact at two places"
    varying = sum(_kind(column[0]) != "words" or len(set(column)) > 1 for column in columns if column)
    if varying < 2:
        return "under two places vary"
    if len(set(kinds)) > 1:
        return ""
    repeating = [column for column in columns if len(set(column)) < len(column)]
    # words only: a few rows may keep tags apart by chance
    return "" if len(repeating) >= 2 and full >= MIN_RECORDS else "one kind, no vocabulary per place"


def _column_names(columns: list[list[str]]) -> list[str | None]:
    """A name for each column by what its facts are; None where the values say nothing (the
    slot's classes name it then)."""
    names = [_name(column) for column in columns]
    if "price" in names and "employment_type" in names:
        names = ["salary" if n == "price" else n for n in names]
    context = set(names)
    for place, column in enumerate(columns):
        if names[place] is None and _are_names(column):
            if context & {"employment_type", "workplace", "salary", "level", "property_type"}:
                names[place] = "location"  # a town beside a contract type, a district beside a flat
            elif "date" in context:
                names[place] = "venue"  # a hall beside the day of the event
    return names


def _name(column: list[str]) -> str | None:
    texts = [" ".join(t.split()) for t in column]
    token = Counter(_token(t) or "" for t in texts).most_common(1)[0][0]
    if token in ("price", "date"):
        return token
    if not token.startswith(("w:", "count:")) and token:
        return token  # a shape: year, duration, size, certificate
    if token.startswith("count:"):
        unit = token.removeprefix("count:")
        if unit in _MILEAGE_UNITS or unit.removesuffix("s") in _MILEAGE_UNITS:
            return "mileage"
        return measure_name(texts) or unit_name(texts)
    return words_name(texts)


def _are_names(column: list[str]) -> bool:
    """Capitalised words, mostly different from record to record: names of places."""
    capitalised = all(t[:1].isupper() and not any(c.isdigit() for c in t) for t in column)
    return capitalised and len(set(column)) >= 0.5 * len(column)
