"""Two or more values of different kinds in one text, cut at the delimiters between them.

"4.34 avg rating — 9,385,123 ratings", "54 KB (6,123 words) - 10:52, 27 February 2024",
"4.92 (128)": each delimiter occurs once in every record, in the same order, and the values it
parts are of more than one kind (two prices or two dates side by side are a range, kept whole;
"Lyon (69)" qualifies a name). Each part is named by its kind where no caption names it
(``partkinds``), a fixed word before it is stripped as a caption, and a shared zone after a clock
is left out.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from agents.heuristics import values
from agents.heuristics.clockparts import shared_zone
from agents.heuristics.distanceparts import are_place_and_words
from agents.heuristics.joins import gaps, without_joins
from agents.heuristics.metalines import DOT_MARKS
from agents.heuristics.partkinds import KIND_NAMES, KIND_SHARE, kind_of
from agents.heuristics.phrases import are_scores, are_scores_with_counts, fixed_lead, is_placeholder
from agents.heuristics.placelines import place_line_column
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record, without_empty, without_records
from agents.heuristics.slots import Slot
from agents.heuristics.unitparts import BASE_QUANTITY_NAME, are_base_quantities, are_distinct_measures, measure_name

#: Delimiters between the values of one text (spaced, so that "Jean-Paul" and "4/5" hold none).
DELIMITERS = (" — ", " – ", " - ", *DOT_MARKS, " | ", " / ", " » ", " › ")
#: Delimiters whose mark also occurs inside values, so the spec keeps their spaces.
_INNER_MARKS = frozenset({"-", "/"})
#: A value in brackets after another ("54 KB (6,123 words)"), outside headings and links.
BRACKETS = (" (", ")")
#: The delimiters before and after one part ("(" and ")"); None at an end of the text.
Bounds = tuple[str | None, str | None]
#: The middle dot Japanese sets unspaced between two facts ("山田太郎・2025年3月12日"); it also joins
#: the parts of one name ("ジョン・スミス"), so it cuts only between values of different kinds.
UNSPACED_DOT = "・"
#: Values longer than this are prose, whose dashes join clauses, not values.
MAX_DELIMITED_CHARS = 80


def delimited_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "4.34 avg rating — 9,385,123 ratings", "54 KB (6,123 words) - 10:52, 27 February 2024":
    delimiters found once in every value, in the same order, between values of more than one kind
    (two prices or two dates side by side are a range, kept whole)."""
    if any(len(t) > MAX_DELIMITED_CHARS for t in texts):
        return None
    # A card drawn as one link holds its "4.8 (3512)" inside the link, yet no name is a bare score.
    bracketed = not names_the_record(slot) or are_scores_with_counts(texts)
    if bracketed and (parts := _cut_at(slot, texts, (*DELIMITERS, *BRACKETS))):
        return parts
    return _cut_at(slot, texts, DELIMITERS) or _unspaced_dot_parts(slot, texts)


def _unspaced_dot_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "quietfox・3日前": two values of different kinds on each side of one unspaced "・"; never
    the record's name, where the dot joins the words of one title."""
    if names_the_record(slot) or any(f" {UNSPACED_DOT} " in t for t in texts):
        return None
    return _cut_at(slot, texts, (UNSPACED_DOT,))


def _cut_at(slot: Slot, every: list[str], allowed: tuple[str, ...]) -> list[Slot] | None:
    texts = _shaped(every, allowed)
    if texts is None:
        return None
    order = sorted((d for d in allowed if all(t.count(d) == 1 for t in texts)), key=texts[0].index)
    if not order or any(sorted(order, key=t.index) != order for t in texts) or _overlapping(order, texts[0]):
        return None
    order = without_joins(order, texts)
    if not order:
        return None  # "Nov 3 – 8", "60.000 – 75.000 € / Jahr": one range, one value
    columns = list(zip(*(gaps(t, order) for t in texts), strict=True))
    cuts = [(order[i - 1] if i else None, order[i] if i < len(order) else None) for i in range(len(columns))]
    if any(any(column) and not all(column) for column in columns):
        return None  # a gap filled in some records only: the values do not line up
    kept = [(cut, [kind_of(list(column))]) for cut, column in zip(cuts, columns, strict=True) if all(column)]
    filled = [list(column) for column in columns if all(column)]
    kept = _scored(kept, filled)
    kinds = {kind for _cut, (kind,) in kept}
    # A slash or brackets between two measures convert one ("139 cm / 55 Zoll", "55 in (139 cm)").
    measures = kinds == {"number"} and not {" / ", " ("} & set(order) and are_distinct_measures(filled)
    # "渋谷駅 392m / ラーメン": words either side, yet a place with its distance beside words (``distanceparts``).
    placed = kinds == {"text"} and are_place_and_words(filled)
    # "Lisbon, Portugal — Full-time": words either side, yet a place line beside a word (``placelines``).
    located = place_line_column(filled) if kinds == {"text"} else None
    if len(kept) < 2 or (len(kinds) == 1 and not (measures or placed or located is not None)):
        return None  # one kind throughout: words, or a range of two like values; not "3 pièces · 68 m²"
    qualified = " (" in order and any(kind == "text" for (a, b), (kind,) in kept if " (" in (a, b))
    if qualified and not _measured_brackets(kept, filled):
        return None  # "Lyon (69)", "Apple (AAPL)": brackets qualify a name; only a value beside a value is cut
    names = [measure_name(c) if measures else KIND_NAMES.get(k) for c, (_cut, (k,)) in zip(filled, kept, strict=True)]
    if located is not None:
        names[located] = "location"
    for i, ((after, _before), _kind) in enumerate(kept):
        if i and after == " / " and are_base_quantities(filled[i - 1], filled[i]):
            names[i] = BASE_QUANTITY_NAME  # "15,80 € / 100 g": the price is for "100 g", kept as written
    bounds = [cut for cut, _kind in kept]
    named = zip(bounds, names, strict=True)
    parts = [cut_part(slot, after=_literal(a), before=_literal(b), name=n) for (a, b), n in named]
    shaped = set(texts)
    placeholders = {n for n, found in slot.per_record.items() if found and found[0].value not in shaped}
    if not all(is_filled(without_records(p, placeholders)) for p in parts):
        return None
    return [_without_zone(slot, without_lead(slot, without_empty(p), every)) for p in parts]


def _shaped(texts: list[str], allowed: tuple[str, ...]) -> list[str] | None:
    """The texts a split is read from: all of them, less a few placeholders ("New" where the
    others read "4.92 (128)": Airbnb's unrated homes; "—", "TBD" elsewhere) that hold
    none of the delimiters. Those records get no value in the parts that the cut leaves empty."""
    shaped = [t for t in texts if not (is_placeholder(t) and not any(d in t for d in allowed))]
    return shaped if len(shaped) >= max(2, KIND_SHARE * len(texts)) else None


def without_lead(slot: Slot, part: Slot, texts: list[str]) -> Slot:
    """ "published 4.1.0" in every record (npm's "published 4.1.0 • 6 months ago"): the fixed
    word before each value is a caption, stripped by the engine. A first part strips it as a
    label; a later one is cut after the word instead, where the word occurs once in each text."""
    lead = fixed_lead(part.first_values())
    if lead is None:
        return part
    if part.text_after is None:
        return replace(part, strip_label=lead)
    if all(t.lower().count(lead.lower()) == 1 for t in texts):
        return without_empty(cut_part(slot, after=lead, before=part.text_before, name=part.part_name))
    return part


def _without_zone(slot: Slot, part: Slot) -> Slot:
    """ "6:30 PM GMT" in every record, the text's last part: the clock without its zone word."""
    if part.part_name != "time" or part.text_before is not None or (zone := shared_zone(part.first_values())) is None:
        return part
    return without_empty(cut_part(slot, after=part.text_after, before=f" {zone}", name="time"))


def _scored(kept: list[tuple[Bounds, list[str]]], columns: list[list[str]]) -> list[tuple[Bounds, list[str]]]:
    """ "4.92 (128)", "4.5 (1,234)": a score before a count in brackets, as Airbnb, Google Maps and
    app stores show ratings; the decimal is the rating, though alone it is any number."""
    out = list(kept)
    for i, ((cut, _kind), (next_cut, (next_kind,))) in enumerate(pairwise(kept)):
        bracketed = cut[1] == BRACKETS[0] and next_cut == BRACKETS and next_kind == "number"
        if bracketed and are_scores(columns[i]) and all(values.is_number(t) and "." not in t for t in columns[i + 1]):
            out[i], out[i + 1] = (cut, ["score"]), (next_cut, ["score_count"])
    return out


def _measured_brackets(kept: list[tuple[Bounds, list[str]]], columns: list[list[str]]) -> bool:
    """ "Chicago, IL (3 mi.)", "Harbour Café (1.2 km)": brackets holding a number with one unit word
    in every record are a measure beside the words, not a qualifier of them as "Lyon (69)" or
    "Apple (AAPL)" are; the words are then a value of their own."""
    for (cut, _kind), column in zip(kept, columns, strict=True):
        if cut == BRACKETS:
            units = {values.unit_of(t) for t in column}
            return len(units) == 1 and None not in units and all(values.is_number(t) for t in column)
    return False


def _overlapping(order: list[str], text: str) -> bool:
    """Two delimiters sharing characters where they occur: no clean cut between them."""
    spans = sorted((text.index(d), text.index(d) + len(d)) for d in order)
    return any(b[0] < a[1] for a, b in pairwise(spans))


def _literal(delimiter: str | None) -> str | None:
    """The cut as the spec stores it: a dash or a bullet without its spaces ("—"), as such marks
    never occur inside a value; a hyphen or a slash keeps them (" - "), since the next page may
    hold "Spider-Man" or "1/2" where the sample held none."""
    if delimiter is None:
        return None
    return delimiter if delimiter.strip() in _INNER_MARKS else delimiter.strip()
