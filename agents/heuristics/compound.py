"""Two values written as one text, split into one slot each.

Pages often print two facts in one text node: a rank before a title ("1. The Shawshank
Redemption"), a rating before its count ("4.34 avg rating — 9,385,123 ratings"), a byline after
a quote ("“…” Author: André Gide"). Each part becomes a slot read with ``FieldSpec.text_after``
/ ``text_before``, so the spider cuts the text exactly as the Scout did. A slot is split only
when every sampled record holds the same shape, and each part is checked like any other value
(``fieldcss``): nothing is cut that the engine would not cut the same way. A citation line is
the exception to the same shape: its identifiers (a DOI, an ISBN) are found by their own pattern
and may be missing from some records (``identifiers``); so is a detail some records lack after a
category ("Krimi | S3 E4" beside "Krimi": ``optionaltails``). A place line is cut by its country
(``placelines``), a list after "with" loses the word (``joinedlists``), and a badge nested at the
end of a value is left out first (``trailingbadges``). A card's meta line ("March 3, 2024 · 4 min ·
Author") is cut by what its facts are, not by their place (``metalines``); a name link and the
fact after its mark ("Sold by <a>bea</a> · Leeds") by the link itself, though both are words
(``linkedtails``). A text of labelled runs ("导演: …   主演: …") or of lines, one a place line
("1994 / 美国 / 犯罪 剧情"), is cut by its captions and its lines (``textlines``); a line of three or more
facts at fixed places ("2019 · 84,000 km · Diesel · Manual") by its places (``factlines``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from agents.heuristics import values
from agents.heuristics.byjoins import by_joined_parts
from agents.heuristics.bylines import source_line_cuts
from agents.heuristics.clockparts import shared_zone
from agents.heuristics.datedtails import COMMA, declared_whole, name_and_date
from agents.heuristics.dateranges import date_range_parts
from agents.heuristics.factlines import fact_line_parts, line_name
from agents.heuristics.identifiers import Cut, citation_cuts, identifier_cuts
from agents.heuristics.joinedlists import with_list_leads
from agents.heuristics.joins import gaps, without_joins
from agents.heuristics.kindnames import is_ranking
from agents.heuristics.leadins import joined_lead_cut, place_lead_cut
from agents.heuristics.linkedtails import linked_tail_parts
from agents.heuristics.metalines import DOT_MARKS, meta_line_parts
from agents.heuristics.optionaltails import head_and_tail
from agents.heuristics.partkinds import KIND_NAMES, KIND_SHARE, kind_of
from agents.heuristics.phrases import are_scores, are_scores_with_counts, fixed_lead, is_placeholder
from agents.heuristics.placelines import city_and_country
from agents.heuristics.positionparts import Facts, place_cuts, summary_facts
from agents.heuristics.slotparts import cut_part, held_part, is_filled, names_the_record, without_empty, without_records
from agents.heuristics.slots import Slot
from agents.heuristics.textlines import lined_parts
from agents.heuristics.trailingbadges import without_trailing_badges
from agents.heuristics.unitparts import BASE_QUANTITY_NAME, are_base_quantities, are_distinct_measures, measure_name
from agents.heuristics.yearcaptions import CLOSE, OPEN, name_and_year
from pipeline.core.textparts import text_part

#: "1. Title", "12) Title": a whole number, its mark, a space, then words.
_RANK_PREFIX = re.compile(r"^(\d{1,5})([.)])\s+\S")
#: "… Author: Name": a caption of one to three words after the text it follows.
_INNER_LABEL = re.compile(r"\s((?:[A-Z][\w'-]*)(?: [\w'-]+){0,2}):\s+\S")
#: Delimiters between the values of one text (spaced, so that "Jean-Paul" and "4/5" hold none).
DELIMITERS = (" — ", " – ", " - ", *DOT_MARKS, " | ", " / ", " » ", " › ")
#: Delimiters whose mark also occurs inside values, so the spec keeps their spaces.
_INNER_MARKS = frozenset({"-", "/"})
#: A value in brackets after another ("54 KB (6,123 words)"), outside headings and links.
BRACKETS = (" (", ")")
#: The delimiters before and after one part ("(" and ")"); None at an end of the text.
Bounds = tuple[str | None, str | None]
#: Values longer than this are prose, whose dashes join clauses, not values.
MAX_COMPOUND_CHARS = 80
#: A citation line runs longer ("Journal. 2024 Nov 8;16(22):3812. doi: …. Epub …"); an abstract more still.
MAX_CITATION_CHARS = 300
#: Class words calling a citation's leading name a journal ("docsum-journal-citation", "venue").
_JOURNAL_CLASS = re.compile(r"journal|venue|publication", re.IGNORECASE)


def split_compounds(slots: list[Slot]) -> list[Slot]:
    """``slots`` with each single text that holds two values replaced by one slot per value."""
    out: list[Slot] = []
    facts = summary_facts(slots)
    slots = without_trailing_badges(slots)
    name = line_name(slots)
    for slot in slots:
        whole = slot.kind != "text" or slot.many or bool(slot.strip_label)
        out.extend([slot] if whole else _parts(slot, facts, named=slot is name))
    return out


def _parts(slot: Slot, facts: Facts, *, named: bool) -> list[Slot]:
    """``slot`` cut into its values; the record's name (``named``) is never read as a line of facts."""
    texts = slot.first_values()
    if len(texts) < 2:
        return [slot]
    for split in (
        date_range_parts,
        with_list_leads,
        _ranked,
        _year_captioned,
        _dated,
        place_lead_cut,
        _located,
        _cited,
        lined_parts,
        _labelled_tail,
        meta_line_parts,
        _fact_line,
        by_joined_parts,
        _source_line,
        _delimited,
        linked_tail_parts,
        joined_lead_cut,
    ):
        parts = None if named and split is _fact_line else split(slot, texts)
        if parts:
            return parts
    return _placed(slot, texts, facts) or head_and_tail(slot, texts) or [slot]


def _placed(slot: Slot, texts: list[str], facts: Facts) -> list[Slot] | None:
    """ "M · Very good" where the card's summary reads "…, condition: Very good, size: M"
    (``positionparts``); a place no label names is named by its values' kind, if at all."""
    cuts = None if any(len(t) > MAX_COMPOUND_CHARS for t in texts) else place_cuts(slot, facts)
    if cuts is None or names_the_record(slot):
        return None
    named = [(a, b, name or KIND_NAMES.get(kind_of([text_part(t, a, b) for t in texts]))) for a, b, name in cuts]
    return [without_empty(cut_part(slot, after=a, before=b, name=name)) for a, b, name in named]


def _ranked(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "1. Title": the rank (counting down the page, ``is_ranking``) and the rest."""
    matches = [_RANK_PREFIX.match(t) for t in texts]
    if not all(matches):
        return None
    marks = {m.group(2) for m in matches if m}
    ranks = {number: float(m.group(1)) for m, number in zip(matches, slot.per_record, strict=True) if m}
    if len(marks) != 1 or not is_ranking(ranks) or any(values.is_date(t) for t in texts):
        return None  # "1. März 2024" is a date; the same "1." everywhere is no rank
    cut = f"{marks.pop()} "
    # The name first: where the whole text was named the title (``a[data-test=post-name]``), the
    # first of its parts takes that place, and it is the name, not the rank.
    return [cut_part(slot, after=cut), cut_part(slot, before=cut, name="rank")]


def _year_captioned(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Anora (2024)" where the record names "Anora" bare (``yearcaptions``): the title, and
    the year, a value even where this page's records share it (a list of one year's films)."""
    if not name_and_year(slot, texts):
        return None
    name = cut_part(slot, before=OPEN, name="title")
    year = cut_part(slot, after=OPEN, before=CLOSE, name="year")
    return [name, replace(year, label=year.part_name)]


def _dated(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Jacob Matham, after Hendrick Goltzius, 1617": the maker and the date (``datedtails``),
    cut at the last comma; a caption that is a date alone has no maker."""
    if any(len(t) > MAX_COMPOUND_CHARS for t in texts) or names_the_record(slot) or not name_and_date(texts):
        return None
    if declared_whole([occ[0].element for occ in slot.per_record.values() if occ]):
        return None
    name = without_empty(cut_part(slot, before=COMMA, from_end=True))
    date = cut_part(slot, after=COMMA, name="date", from_end=True)
    return [name, replace(date, label=date.part_name)]


def _located(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Chicago, IL, United States": the city and the country (``placelines``)."""
    return city_and_country(slot, texts)


def _cited(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Nutrients. 2024 Nov 8;16(22):3812. doi: 10.3390/nu16223812.": the journal and the year
    of a citation line, and each identifier it holds (``identifiers``). An identifier no literal
    cut reads exactly keeps the whole text beside the parts, so that it is not lost."""
    if any(len(t) > MAX_CITATION_CHARS for t in texts) or names_the_record(slot):
        return None
    found = identifier_cuts(texts)
    journal_named = bool(_JOURNAL_CLASS.search(slot.sample_element().get("class") or ""))
    citation = citation_cuts(texts, journal_named=journal_named)
    if citation and citation.more and not (found.cuts or found.uncut):
        return None  # "Paperback. 2019 · 320 pages": a data line, which ``_delimited`` reads better
    lead = citation.cuts if citation else []
    left_whole = bool(found.uncut) or bool(citation and (citation.more or not citation.has_year))
    caption = found.cuts[0].after if found.cuts else None
    if not lead and caption and any(c.isalpha() for c in caption):
        lead = [Cut(None, None, caption)]  # "Hardcover, ISBN 978-…": the text before the caption
    parts = [cut_part(slot, after=c.after, before=c.before, name=c.name) for c in lead]
    parts = [p for p in parts if is_filled(p)]
    parts += [held_part(slot, c) for c in found.cuts]
    # A part named by its place ("year") is a value even when this page's records share it (a
    # search filtered to one year), as a value under a caption is: never a constant badge.
    parts = [replace(p, label=p.part_name) if p.part_name else p for p in parts]
    return [*parts, slot] if parts and left_whole else parts or None


def _fact_line(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Python · ★ 1.2k · Updated Mar 12": a fact at each place (``factlines``), less a fixed word before it."""
    parts = fact_line_parts(slot, texts)
    return [_without_lead(slot, p, texts) for p in parts] if parts else None


def _source_line(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "A Smith, B Jones… - Journal of X, 2014 - publisher.com": the parts by their place
    (``bylines``), and the whole line beside them while a part has no cut, so that none is lost."""
    if any(len(t) > MAX_CITATION_CHARS for t in texts) or names_the_record(slot):
        return None
    line = source_line_cuts(texts)
    if line is None:
        return None
    parts = [cut_part(slot, after=c.after, before=c.before, name=c.name) for c in line.cuts]
    parts = [replace(p, label=p.part_name) if p.part_name else p for p in parts]
    return [*parts, slot] if line.uncut else parts


def _labelled_tail(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "“…” Author: André Gide": the text, and the value its inner caption names."""
    labels = [m.group(1) if (m := _INNER_LABEL.search(t)) else None for t in texts]
    if None in labels or len({label.lower() for label in labels if label}) != 1:
        return None
    cut = f"{labels[0]}:"
    head = cut_part(slot, before=cut)
    tail = replace(cut_part(slot, after=cut), label=labels[0])
    return [head, tail] if is_filled(head) and is_filled(tail) else None


def _delimited(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "4.34 avg rating — 9,385,123 ratings", "54 KB (6,123 words) - 10:52, 27 February 2024":
    delimiters found once in every value, in the same order, between values of more than one kind
    (two prices or two dates side by side are a range, kept whole)."""
    if any(len(t) > MAX_COMPOUND_CHARS for t in texts):
        return None
    # A card drawn as one link holds its "4.8 (3512)" inside the link, yet no name is a bare score.
    bracketed = not names_the_record(slot) or are_scores_with_counts(texts)
    if bracketed and (parts := _cut_at(slot, texts, (*DELIMITERS, *BRACKETS))):
        return parts
    return _cut_at(slot, texts, DELIMITERS)


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
    if len(kept) < 2 or (len(kinds) == 1 and not measures):
        return None  # one kind throughout: words, or a range of two like values; not "3 pièces · 68 m²"
    qualified = " (" in order and any(kind == "text" for (a, b), (kind,) in kept if " (" in (a, b))
    if qualified and not _measured_brackets(kept, filled):
        return None  # "Lyon (69)", "Apple (AAPL)": brackets qualify a name; only a value beside a value is cut
    names = [measure_name(c) if measures else KIND_NAMES.get(k) for c, (_cut, (k,)) in zip(filled, kept, strict=True)]
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
    return [_without_zone(slot, _without_lead(slot, without_empty(p), every)) for p in parts]


def _shaped(texts: list[str], allowed: tuple[str, ...]) -> list[str] | None:
    """The texts a split is read from: all of them, less a few placeholders ("New" where the
    others read "4.92 (128)": Airbnb's unrated homes; "—", "TBD" elsewhere) that hold
    none of the delimiters. Those records get no value in the parts that the cut leaves empty."""
    shaped = [t for t in texts if not (is_placeholder(t) and not any(d in t for d in allowed))]
    return shaped if len(shaped) >= max(2, KIND_SHARE * len(texts)) else None


def _without_lead(slot: Slot, part: Slot, texts: list[str]) -> Slot:
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
