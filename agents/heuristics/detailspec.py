"""The field spec of one value found on a detail page: its selector, checked through the engine.

A value is read as the engine will read it: a caption before it ("Prep Time 20 mins") is
stripped, a reference mark or a separator after it ("1844 [1]", "Lisbon, Portugal /") is cut
off. Where the selector found is a bare tag path (hashed classes), the value's caption or a named
wrapper makes a steadier one.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.authorroles import role_after_name
from agents.heuristics.detailanchors import anchored_selector, is_anchored
from agents.heuristics.detailfields import Found
from agents.heuristics.detailparts import marks_after
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.names import unique_name
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.schemas import FieldSpec, FieldType

#: A separator left at the end of a value ("Lisbon, Portugal /"): the next value's, not this one's.
_TRAILING_SEPARATOR = re.compile(r" [/|·•]$")


def field_spec(
    record: Selector,
    found: Found,
    name: str,
    field_type: FieldType,
    taken: set[str],
    label: str | None = None,
) -> FieldSpec | None:
    """The spec reading ``found`` (an element, or one of its attributes) in ``record``, named
    ``name`` (made unique among ``taken``); None when it reads nothing or no selector finds it.
    ``label``: the caption the page writes before the value, stripped from it."""
    element, attribute = found
    value = (element.get(attribute) or "").strip() if attribute else full_text(element)
    said = label if label and attribute is None and _opens_with(element, label) else None
    if said:
        value = value[len(said) :].lstrip(" :\u00a0-–—").strip()
    before = marks_after(element, value) if attribute is None else None
    if before is None and attribute is None and (separator := _TRAILING_SEPARATOR.search(value)):
        before = separator.group()
    if before is None and field_type == "author" and attribute is None and role_after_name(value):
        before = ","  # "By Jane Smith, Political correspondent": the role is a field of its own
    if before is not None:
        value = value[: value.index(before)].strip()
    if not value:
        return None
    slot = Slot(key=(), kind="text" if attribute is None else attribute, attribute=attribute, text_before=before)
    slot.per_record[0] = [Occurrence(element, value)]
    if said:
        slot.strip_label = said
    css = best_selector([record], slot)
    if css is None:
        return None
    if not is_anchored(css):  # a bare path (hashed classes): a caption or a named wrapper holds better
        css = (label and _caption_selector(record, label, element)) or anchored_selector(record, element) or css
    if field_type == "author" and values.BYLINE.match(value) and not slot.strip_label:
        slot.strip_label = value.split()[0]
    return FieldSpec(
        name=unique_name(name, taken),
        type=field_type,
        selector=css,
        attribute=attribute,
        strip_label=slot.strip_label,
        text_before=before,
    )


def _opens_with(element: HtmlElement, label: str) -> bool:
    """Whether the element's text opens with its caption ("Prep Time" in ``<span>Prep Time</span> 20
    mins``, "Call now" in a call link); a sentence after its caption's own element that happens to
    start with the caption's word ("Pets" + "Pets are not allowed.") keeps the word."""
    caption = label.rstrip(":").strip().lower()
    if not full_text(element).lower().startswith(label.lower()):
        return False
    first = next((t.strip() for t in element.xpath(".//text()") if t.strip()), "")
    if first.rstrip(":").strip().lower() == caption:
        return True  # the caption's own text, inside the element
    before = next((s for s in element.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    return before is None or full_text(before).rstrip(":").strip().lower() != caption


def _caption_selector(record: Selector, label: str, value: HtmlElement) -> str | None:
    """``span:contains("Prep Time") + span``, ``span:has(+ span:contains("Metascore"))``: a
    labelled value found by its caption, which holds on the site's other pages where a row
    before it may be missing, and needs no class."""
    said = label.rstrip(":").strip()
    before = next((s for s in value.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    after = next((s for s in value.itersiblings() if isinstance(s.tag, str)), None)
    ways = []
    if before is not None and full_text(before).rstrip(":").strip() == said:
        ways.append(f"{tag_of(before)}:contains({css_string(full_text(before))}) + {tag_of(value)}")
    if after is not None and full_text(after) == said:  # "74" before its caption "Metascore"
        ways.append(f"{tag_of(value)}:has(+ {tag_of(after)}:contains({css_string(said)}))")
    cell = value.getparent()
    caption_cell = cell.getprevious() if cell is not None and before is None else None
    if cell is not None and caption_cell is not None and full_text(caption_cell).rstrip(":").strip() == said:
        # The first line of a value cell after its caption cell ("Check-in" + "From 15:00 / Guests are…").
        caption = f"{tag_of(caption_cell)}:contains({css_string(said)})"
        ways.append(f"{caption} + {tag_of(cell)} > {tag_of(value)}:first-child")
    for css in ways:
        found = record.css(css)
        if found and found[0].root is value:
            return css
    return None
