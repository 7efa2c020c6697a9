"""The choices of a filter form: "Brand 3 (4)" beside a checkbox, never a record of the list.

A shop's or a job board's facets list brand, size or location as a checkbox (or radio) label with a
count, one ``li`` each, fifteen of them beside two results: as many, as alike and as wordy as
records, they would outscore a short list of products. A record may carry a checkbox too (a
"Compare" box on a card, an inbox's row selector), but then it links to a page of its own; a
filter choice only ticks a box. A choice is a short label and its count, never a table row nor a
row of several texts: a data grid's rows (a tender list, an export table) carry a select box each
and link nowhere, yet hold a record's cells.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, tag_of

#: Share of the members that must each be a choice for the group to be a filter's options.
CHOICE_SHARE = 0.8
#: Members looked at: a facet list shows its make in its first items.
CHOICE_SAMPLE = 12
#: Texts of one choice at most: its label, its count and a note ("Brand 3", "(4)", "new").
MAX_CHOICE_TEXTS = 3


def are_filter_choices(members: list[HtmlElement]) -> bool:
    """Whether most of ``members`` each hold a checkbox or radio button and no link to a page."""
    return values.share([_is_choice(m) for m in members[:CHOICE_SAMPLE]]) >= CHOICE_SHARE


def _is_choice(member: HtmlElement) -> bool:
    if tag_of(member) == "tr" or len([t for t in member.itertext() if t.strip()]) > MAX_CHOICE_TEXTS:
        return False  # a row of cells is a record that may be selected, not a label to tick
    boxes = member.xpath(".//input[@type='checkbox' or @type='radio']")
    if len(boxes) != 1:
        return False  # a row of several boxes is a form of its own, a table of settings
    links = [(a.get("href") or "").strip() for a in member.iter("a")]
    return not any(href and not href.startswith(("#", "javascript:")) for href in links)
