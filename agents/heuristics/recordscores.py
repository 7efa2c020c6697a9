"""Score a candidate record group: how alike its members are, how much they hold (text, links,
images, prices, dates) and where it sits (content, or site chrome, a pager, a filter's choices).
"""

from __future__ import annotations

import math

from agents.heuristics import values
from agents.heuristics.barecells import without_bare_cells
from agents.heuristics.chromelinks import is_chrome_link_column
from agents.heuristics.classtokens import semantic_classes
from agents.heuristics.dom import DomIndex, HtmlElement, full_text, tag_of
from agents.heuristics.featuredcards import with_featured_first
from agents.heuristics.filterchoices import are_filter_choices
from agents.heuristics.flatindex import is_flat_index
from agents.heuristics.linkindex import is_letter_index
from agents.heuristics.recordcandidates import MIN_RECORDS
from agents.heuristics.regroup import Group
from agents.heuristics.shapes import consensus, jaccard, shape_of, slot_count
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.sparserecords import readmitted
from agents.heuristics.tableheads import data_table_bonus, is_drawn_header
from agents.heuristics.totalrows import without_total_rows

#: Shapes are computed on at most this many members: a list's template shows in its first rows.
SHAPE_SAMPLE = 40
#: Members less alike than this to the group template are outliers (header rows, ads).
OUTLIER_SIMILARITY = 0.3
#: Pager links read "2", "»", "1024": texts longer than this are not page numbers.
MAX_PAGE_LABEL_CHARS = 6
#: A ``<dd>`` holding this many slots is an entry (a paper's title, authors, subjects), not a value.
RICH_DD_SLOTS = 3
#: Entries filed under letter headings are an index, the surest sign of a list of pages; its
#: entries being bare links otherwise leaves it far behind a few richer blocks beside it.
LETTER_INDEX_BONUS = 2.5
#: A filter's checkbox options ("Brand 3 (4)") are as alike as records, never records themselves.
CHOICES_PENALTY = 0.15


def _sample(members: list[HtmlElement]) -> list[HtmlElement]:
    if len(members) <= SHAPE_SAMPLE:
        return members
    step = len(members) / SHAPE_SAMPLE
    return [members[int(i * step)] for i in range(SHAPE_SAMPLE)]


def score_group(group: Group, index: DomIndex, body_text: int, hints: frozenset[str]) -> Group:
    sample = _sample(group.members)
    shapes = [shape_of(m) for m in sample]
    group.template = consensus(shapes)
    likeness = [jaccard(s, group.template) for s in shapes]
    group.similarity = sum(likeness) / len(likeness)
    if len(group.members) <= SHAPE_SAMPLE and len(group.members) > 3:
        kept = [m for m, sim in zip(sample, likeness, strict=True) if sim >= OUTLIER_SIMILARITY]
        kept = readmitted(sample, kept) if len(kept) >= MIN_RECORDS else kept
        kept = with_featured_first(sample, kept, group.template)
        if len(kept) >= MIN_RECORDS:
            group.members = kept
    if len(rows := _without_odd_rows(group.members)) >= MIN_RECORDS:
        group.members = rows
    group.members = without_bare_cells(group.members, index)
    slots = slot_count(group.template)
    if slots == 0:
        return group
    if is_chrome_link_column(group.members[0], index):
        group.reasons.append("link columns of the site's navigation, never records")
        return group  # scored 0
    texts = [index.text_of(m) for m in group.members]
    avg_text = sum(texts) / len(texts)
    link_share = sum(index.link_len.get(m, 0) for m in group.members) / max(1, sum(texts))
    repetition = math.log2(1 + min(group.size, 60))
    richness = 1 + min(slots, 8)
    text_factor = min(1.6, max(0.15, math.log1p(avg_text) / math.log1p(40)))
    coverage = 0.6 + min(0.8, sum(texts) / body_text)
    score = repetition * group.similarity**2 * richness * text_factor * coverage
    score *= _content_bonus(group, sample, hints, index)
    score *= _chrome_penalty(group, index, slots, avg_text, link_share)
    if (bonus := data_table_bonus(group.members)) > 1:
        score *= bonus
        group.reasons.append("rows under a header row naming their columns")
    if group.size == MIN_RECORDS:
        score *= 0.6  # a pair is weak evidence of a list
    group.score = score
    return group


def _without_odd_rows(members: list[HtmlElement]) -> list[HtmlElement]:
    """Table rows with header cells among rows of data cells are a header or a totals row."""
    if not members or tag_of(members[0]) != "tr":
        return members
    members = without_total_rows([m for m in members if not is_drawn_header(m)] or members)
    headed = [any(tag_of(c) == "th" for c in m) for m in members]
    if sum(headed) * 2 >= len(members):
        # Rows headed by a <th scope="row"> are the data themselves; a row of header cells alone
        # is still the header (MediaWiki puts it in the tbody, beside the data).
        with_data = [m for m in members if any(tag_of(c) == "td" for c in m)]
        return with_data or members
    return [m for m, has_th in zip(members, headed, strict=True) if not has_th]


def _content_bonus(group: Group, sample: list[HtmlElement], hints: frozenset[str], index: DomIndex) -> float:
    bonus = 1.0
    texts = [index.text_head(m) for m in sample[:12]]
    if values.share([values.holds_price(t) for t in texts]) >= 0.5:
        bonus *= 1.4
        group.reasons.append("records show prices")
    if values.share([bool(m.xpath(".//img")) for m in sample[:12]]) >= 0.5:
        bonus *= 1.15
    if values.share([_has_title(m) for m in sample[:12]]) >= 0.6:
        bonus *= 1.3
    dated = [bool(m.xpath(".//time")) or values.is_date(t) for m, t in zip(sample, texts, strict=False)]
    if values.share(dated) >= 0.5:
        bonus *= 1.1
    shared = semantic_classes(sample[0])[:1]
    if shared and all(semantic_classes(m)[:1] == shared for m in sample):
        bonus *= 1.1  # a class naming the record ("product", "job-card") marks a template
    itemtypes = {m.get("itemtype") for m in sample}
    if len(itemtypes) == 1 and None not in itemtypes:
        bonus *= 1.6
        group.reasons.append(f"records carry microdata {itemtypes.pop()}")
    if hints and sum(1 for t in texts if any(h in t for h in hints)) >= max(2, len(texts) // 2):
        bonus *= 2.0
        group.reasons.append("records hold the items of the page's JSON-LD list")
    return bonus


def _has_title(member: HtmlElement) -> bool:
    if member.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"):
        return True
    return any(len(full_text(a)) >= 12 for a in member.xpath(".//a[@href]")[:4])


def _chrome_penalty(group: Group, index: DomIndex, slots: int, avg_text: float, link_share: float) -> float:
    penalty = 1.0
    first = group.members[0]
    if in_chrome(first) or _mostly_in_chrome(group.members):
        penalty *= 0.15
        group.reasons.append("inside navigation, header, footer or sidebar (penalised)")
    if link_share > 0.85 and slots <= 3 and avg_text < 40:
        if is_letter_index(group.members, index):
            # An A–Z index of the page's content (a category page): the links are the records.
            penalty *= LETTER_INDEX_BONUS
            group.reasons.append("entries of an index filed under letter headings")
        elif is_flat_index(group.members, index):
            # An all-pages list, a tag list: the page's content, not a menu around it.
            group.reasons.append("entries of a flat index of pages that is the page's content")
        else:
            penalty *= 0.3  # a list of short single links is a menu
    if tag_of(first) in ("td", "dd", "dt", "option") and not (tag_of(first) == "dd" and slots >= RICH_DD_SLOTS):
        penalty *= 0.5  # cells are fields of a row, rarely records (a dd holding a whole entry is one)
    if _is_pager(group, index):
        penalty *= 0.05
    if are_filter_choices(group.members):
        penalty *= CHOICES_PENALTY
        group.reasons.append("choices of a filter form (penalised)")
    if tag_of(first) == "p" and slots <= 1:
        penalty *= 0.3  # paragraphs of one text are prose, not records
    return penalty


def _mostly_in_chrome(members: list[HtmlElement]) -> bool:
    """Whether half the members (first, middle and last) sit in site chrome: a promotion bar and a
    cookie dialog side by side under ``body`` are no list, whichever comes first."""
    sample = list(dict.fromkeys((members[0], members[len(members) // 2], members[-1])))
    return 2 * sum(1 for m in sample if in_chrome(m)) >= len(sample)


def _is_pager(group: Group, index: DomIndex) -> bool:
    return values.share([_reads_like_page_number(m, index) for m in group.members[:20]]) >= 0.6


def _reads_like_page_number(member: HtmlElement, index: DomIndex) -> bool:
    """ "2", "10", "»": a page link. Long texts are ruled out before their text is even read."""
    if index.text_of(member) > MAX_PAGE_LABEL_CHARS:
        return False
    text = index.full_text(member)
    return text.isdigit() or len(text) <= 2
