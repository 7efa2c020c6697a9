"""The values of a detail page's entity that the page names: a microdata property, a label
before a value ("Prep Time: 20 mins"), a heading above a list, a run of linked chips; and those
its place names: the stars and the address beside the title, a score badge's parts, the section
label and the author's role around the byline, the lead picture's caption and credit.

Each is read as a field named by the page's own word, unless it is already read as another
field, sits inside a value read whole, or belongs to the page's navigation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.detailbyline import byline_fields
from agents.heuristics.detailcaptions import said_time_word
from agents.heuristics.detailfigures import figure_fields
from agents.heuristics.detailparts import (
    COUNT_MARK,
    chip_runs,
    classed_pairs,
    listed_under_headings,
    marks_after,
    value_items,
)
from agents.heuristics.detailsections import chips_field, list_field, listed_value_field
from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text, is_inside, tag_of
from agents.heuristics.itemprops import item_properties
from agents.heuristics.labelledruns import captioned_runs, linked_run
from agents.heuristics.names import name_from_label, slugify, unique_name
from agents.heuristics.pairs import label_value_pairs
from agents.heuristics.phonelinks import is_phone_link
from agents.heuristics.scorebadge import score_badge
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.structured import detail_scope
from agents.heuristics.titlemarks import title_marks
from pipeline.core.schemas import FieldSpec, FieldType

#: A count written short: "4.5K", "2.5M" (a capital letter: "2.5 m" is a length).
_COMPACT_COUNT = re.compile(r"^\d{1,3}(?:\.\d{1,2})?[KMB]$")
#: Label/value pairs read as fields, at most: a long spec sheet has a few dozen; a page of thousands
#: (a hostile or generated one) would cost a selector search each.
MAX_LABELLED_PAIRS = 80
#: ...of which lists ("Writers": two linked names), whose selector search reads the whole page.
MAX_LABELLED_LISTS = 12
#: A section heading's "[edit]" link (MediaWiki), "[show]", "[hide]": an action, not a value.
_ACTION_MARK = re.compile(r"^\[[^\[\]]{1,20}\]$")


def named_fields(
    record: Selector,
    container: HtmlElement,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    read: dict[int, FieldType],
) -> Iterator[FieldSpec]:
    """The entity's other values, each named by the page: a microdata property, a label. A labelled
    value already read ("Tickets: £12 – £18" as the price) is not read twice."""
    scope = container if container.get("itemscope") is not None else detail_scope(heading)
    for name, element, attribute, field_type in item_properties(scope, blocked) if scope is not None else ():
        if name not in taken and (spec := field_spec(record, (element, attribute), name, field_type, taken)):
            yield spec
    shown: list[HtmlElement] = []  # values read whole: chips inside them are no list of their own
    pairs = [*label_value_pairs(container, blocked), *classed_pairs(container, blocked)][:MAX_LABELLED_PAIRS]
    lists = 0
    for label, element in pairs:
        items = (value_items(element) or linked_run(element)) if lists < MAX_LABELLED_LISTS else []
        lists += bool(items)
        # A list is named as the page words it: "Stars" lists people, it rates nothing.
        base = (slugify(label) if items else None) or name_from_label(label)
        if (
            not _read_already(element, read)
            and not any(is_inside(element, v) for v in shown)  # "20" + "mins" inside "Prep Time 20 mins"
            and label != full_text(heading)  # the recipe card's own "<h2>title</h2>" above its rating
            and not _in_navigation(element, container)  # a navbox's "Hebrides: <links>" row
            and not _ACTION_MARK.match(full_text(element))
            and base
            and base not in taken
            and (
                spec := (_listed(record, label, element, items, base, taken) if items else None)
                or field_spec(record, (element, None), base, _pair_type(element), taken, label)
            )
        ):
            shown.append(element)
            yield _time_only(spec, element)
    for label, line, items in captioned_runs(container):
        base = slugify(label)
        if (
            base
            and base not in taken
            and id(line) not in blocked
            and not _in_navigation(line, container)
            and (spec := _listed(record, label, line, items, base, taken))
        ):
            shown.append(line)
            yield spec.model_copy(update={"text_before": ","})  # "bank," is the keyword "bank"
    for label, titled, listed in listed_under_headings(container, blocked, heading):
        if any(is_inside(v, listed) for v in shown):
            continue  # rows of labelled values ("Budget", "Gross worldwide"), each read already
        if (base := name_from_label(label)) and base not in taken and (spec := list_field(record, titled, listed)):
            shown.append(listed)
            yield spec.model_copy(update={"name": unique_name(base, taken)})
    for chip, links in chip_runs(container, blocked):
        first = links[0]
        if in_chrome(first, container) or _in_navigation(first, container) or any(is_inside(first, v) for v in shown):
            continue
        if spec := chips_field(record, chip, links):
            yield spec.model_copy(update={"name": unique_name(spec.name, taken)})
    # Values no label names, known by their place: beside the title, in the byline, under the picture.
    yield from title_marks(record, container, heading, blocked, taken, read)
    yield from score_badge(record, container, blocked, taken, read)
    yield from byline_fields(record, container, heading, blocked, taken, read)
    yield from figure_fields(record, container, taken, read)


def _time_only(spec: FieldSpec, value: HtmlElement) -> FieldSpec:
    """A time said with the word before it ("From 15:00" after "Check-in") is read as the time."""
    word = said_time_word(full_text(value)) if spec.type == "text" and not spec.strip_label else None
    return spec.model_copy(update={"strip_label": word}) if word else spec


def _pair_type(element: HtmlElement) -> FieldType:
    """The type of a labelled value, by what its text looks like; a ``tel:`` link's is text
    ("01273 918442" keeps its leading zero and its spacing)."""
    if is_phone_link(element):
        return "text"
    text = full_text(element)
    if (mark := marks_after(element, text)) is not None:
        text = text[: text.index(mark)].strip()  # "1844 [1]": a year and a reference mark
    if values.is_price(text) and not values.is_price_range(text):
        return "price"  # a range ("€62,000 - €78,000 a year") is copied whole
    if values.is_date(text):
        return "date"
    if COUNT_MARK.match(text) or _COMPACT_COUNT.match(text):
        return "number"  # "×3" beside a bed icon, "4.5K" user reviews
    # "45 L", "1.6 kg": a measure is copied with its unit, as text; "1,284" and "12%" are numbers.
    return "number" if values.is_number(text) and not re.search(r"[^\W\d_]", text) else "text"


def _listed(
    record: Selector, label: str, value: HtmlElement, items: list[HtmlElement], name: str, taken: set[str]
) -> FieldSpec | None:
    """A labelled value that lists several ("Writers" and two linked names), as a list of them."""
    spec = listed_value_field(record, label, value, items)
    return spec.model_copy(update={"name": unique_name(name, taken)}) if spec is not None else None


def _in_navigation(element: HtmlElement, container: HtmlElement) -> bool:
    """Inside a ``nav`` or a ``role=navigation`` block below the container (a wiki's navbox); tab
    panels, which the chrome test takes for site chrome by their class, hold the entity's values."""
    for ancestor in (element, *element.iterancestors()):
        if ancestor is container:
            return False
        if tag_of(ancestor) == "nav" or (ancestor.get("role") or "").lower() == "navigation":
            return True
    return False


def _read_already(element: HtmlElement, read: dict[int, FieldType]) -> bool:
    """Whether a labelled value holds one read as such ("Regular Price $149.00", the original
    price); a range labelled "Pay range" is still copied whole beside its low end read as a price."""
    if id(element) in read:
        return True
    kind = _pair_type(element)
    return any(read.get(id(e)) == kind for e in element.iterdescendants())
