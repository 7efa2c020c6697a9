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
facts at fixed places ("2019 · 84,000 km · Diesel · Manual") by its places (``factlines``). What no
such shape claims is cut at the delimiters between values of different kinds (``delimited``), or at
marks between facts each opened by caption words of its own ("Sold by X · Ships from Y":
``phrasecaptions``). A login glued to its age after "by" ("Posted by u/x 5 hours ago") is cut by its
place (``agedbylines``), a workplace in brackets after a place ("Berlin, Germany (Remote)") by the
brackets (``placeasides``). Facts joined by small words instead of marks ("by Ana Ruiz on 12 March 2025",
"12 March 2025 in Travel") are cut at those words (``wordjoins``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.agedbylines import aged_byline_parts
from agents.heuristics.byjoins import by_joined_parts
from agents.heuristics.bylines import source_line_cuts
from agents.heuristics.datedtails import dated_parts
from agents.heuristics.dateranges import date_range_parts
from agents.heuristics.delimited import delimited_parts, without_lead
from agents.heuristics.factlines import fact_line_parts, line_name
from agents.heuristics.identifiers import Cut, citation_cuts, identifier_cuts
from agents.heuristics.joinedlists import with_list_leads
from agents.heuristics.kindnames import is_ranking
from agents.heuristics.leadins import joined_lead_cut, place_lead_cut
from agents.heuristics.linkedtails import linked_tail_parts
from agents.heuristics.metalines import meta_line_parts
from agents.heuristics.nestedcuts import recut
from agents.heuristics.optionaltails import head_and_tail
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.phrasecaptions import captioned_fact_parts
from agents.heuristics.placeasides import place_aside_parts
from agents.heuristics.placelines import city_and_country
from agents.heuristics.positionparts import Facts, place_cuts, summary_facts
from agents.heuristics.slotparts import cut_part, held_part, is_filled, names_the_record, without_empty
from agents.heuristics.slots import Slot
from agents.heuristics.textlines import lined_parts
from agents.heuristics.trailingbadges import without_trailing_badges
from agents.heuristics.wordjoins import word_joined_parts
from agents.heuristics.yearcaptions import CLOSE, OPEN, name_and_year, year_with_aside
from pipeline.core.textparts import text_part

#: "1. Title", "12) Title": a whole number, its mark, a space, then words.
_RANK_PREFIX = re.compile(r"^(\d{1,5})([.)])\s+\S")
#: "… Author: Name": a caption of one to three words after the text it follows.
_INNER_LABEL = re.compile(r"\s((?:[A-Z][\w'-]*)(?: [\w'-]+){0,2}):\s+\S")
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
        year_with_aside,
        dated_parts,
        word_joined_parts,
        place_lead_cut,
        place_aside_parts,
        _located,
        _cited,
        lined_parts,
        _labelled_tail,
        _meta_line,
        _fact_line,
        by_joined_parts,
        aged_byline_parts,
        _source_line,
        delimited_parts,
        linked_tail_parts,
        captioned_fact_parts,
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
    the year, a value even where this page's records share it (a list of one year's films); a text
    beside the name ("Sean Baker (2024)") keeps the name its classes give it."""
    naming = names_the_record(slot)
    if not name_and_year(slot, texts, naming=naming):
        return None
    name = cut_part(slot, before=OPEN, name="title" if naming else None)
    year = cut_part(slot, after=OPEN, before=CLOSE, name="year")
    return [name, replace(year, label=year.part_name)]


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
        return None  # "Paperback. 2019 · 320 pages": a data line, which ``delimited`` reads better
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


def _meta_line(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "12 answers · 340 views · asked Mar 12 at 14:00": the facts of a meta line (``metalines``),
    a fact of free text less the fixed word that captions its value ("asked"), then named by it."""
    parts = meta_line_parts(slot, texts)
    if not parts:
        return parts
    return [_captioned(slot, p, texts) if p.part_name is None and p is not slot else p for p in parts]


def _captioned(slot: Slot, part: Slot, texts: list[str]) -> Slot:
    """``part`` less the fixed word before its values, named by their kind; else ``part`` itself."""
    cut = without_lead(slot, part, texts)
    if cut is part:
        return part
    name = KIND_NAMES.get(kind_of(cut.first_values()))
    return replace(cut, part_name=name, label=name) if name else cut


def _fact_line(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "Python · ★ 1.2k · Updated Mar 12": a fact at each place (``factlines``), less a fixed word before
    it; a fact of two values ("4.6 (1,203)", "Penguin, 2019") cut again (``nestedcuts``)."""
    parts = fact_line_parts(slot, texts)
    if not parts:
        return None
    return recut(slot, [without_lead(slot, p, texts) for p in parts], (year_with_aside, delimited_parts, dated_parts))


def _source_line(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """ "A Smith, B Jones… - Journal of X, 2014 - publisher.com": the parts by their place
    (``bylines``), "Journal of X, 2014" cut again (``nestedcuts``), and the whole line beside them
    while a part has no cut, so that none is lost."""
    if any(len(t) > MAX_CITATION_CHARS for t in texts) or names_the_record(slot):
        return None
    line = source_line_cuts(texts)
    if line is None:
        return None
    parts = [cut_part(slot, after=c.after, before=c.before, name=c.name) for c in line.cuts]
    parts = recut(slot, [replace(p, label=p.part_name) if p.part_name else p for p in parts], (dated_parts,))
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
