"""Collect the "slots" of a record template: the places that hold text, a link, an image or a date.

Each record is walked once. A node's slot key is its path from the record, one step per level
(``tag.firstclass``, ``tag[itemprop]``, ``tag[test-id]``, or ``tag{Label}`` when a label names
it: see ``slotsteps``), so the same slot in different records gets the same key even when optional elements come and
go. Siblings with the same step are a list (tags, authors: one multi-valued slot) or positions
(table cells, "3 bd · 2 ba": one slot each): ``siblings`` decides; rows of a card without
usable classes are placed by their inner shape when an optional row shifts them. Besides text, a node may hold
a link, an image, a datetime, an exact tooltip, a microdata ``content`` or ``data-*`` values.
"""

from __future__ import annotations

from agents.heuristics import droptrace, values
from agents.heuristics.attributes import data_values
from agents.heuristics.badgedtexts import text_before_badge
from agents.heuristics.brokenlines import line_before_break
from agents.heuristics.builtitems import joined_item_pieces
from agents.heuristics.dom import HtmlElement, full_text, tag_of
from agents.heuristics.fullvalues import full_value
from agents.heuristics.labels import Labeller
from agents.heuristics.leadingids import leading_identifier
from agents.heuristics.leadins import cut_lead_ins
from agents.heuristics.nodevalues import (
    Found,
    attribute_values,
    exact_tooltip,
    link_values,
    own_number,
    rating_caption,
    tail_value,
)
from agents.heuristics.paragraphboxes import join_paragraph_boxes
from agents.heuristics.placevariants import joined_place_variants
from agents.heuristics.roundedcounts import labelled_figure
from agents.heuristics.slotkeys import SlotNode, merge_optional_links, resolve_positions, walk_record
from agents.heuristics.slots import Key, Occurrence, Slot
from agents.heuristics.slotsteps import marked_steps, stable_classes
from agents.heuristics.splitowners import merge_split_owners
from agents.heuristics.spokendates import spoken_date
from agents.heuristics.stateclasses import StableClasses
from agents.heuristics.textowner import is_noise, visible_value
from pipeline.core.numbertext import parse_rating

#: Kinds read from an attribute that may differ from place to place: one slot per attribute.
_BY_ATTRIBUTE = ("data", "tooltip")
#: A caption must come back in this share of the records to be a label rather than content.
MIN_LABEL_SHARE = 0.3


def collect_slots(records: list[HtmlElement]) -> list[Slot]:
    """Every slot found in ``records``, in template order."""
    survey = Labeller(None)
    for record in records:
        walk_record(record, survey)
    needed = max(2.0, MIN_LABEL_SHARE * len(records)) if len(records) > 2 else 1.0
    badges = survey.badge_places()
    labeller = Labeller({place for place, count in survey.seen.items() if count >= needed and place not in badges})
    stable = stable_classes(records)
    marked = marked_steps(records, stable)
    walks = [walk_record(r, labeller, marked, stable) for r in records]
    resolve_positions(walks)
    merge_optional_links(walks)
    slots: dict[tuple[Key, str, str | None], Slot] = {}
    for number, nodes in enumerate(walks):
        for order, node in enumerate(nodes):
            for kind, attribute, value in _values_of(node):
                place = (node.key, kind, attribute if kind in _BY_ATTRIBUTE else None)
                slot = slots.get(place)
                if slot is None:
                    slot = Slot(key=node.key, kind=kind, attribute=attribute, order=order)
                    slot.label = node.label
                    slot.strip_label = node.label if node.strip else None
                    slot.many = any(step.endswith("*") for step in node.key)
                    slots[place] = slot
                slot.per_record.setdefault(number, []).append(Occurrence(node.element, value))
            for prefix, value in _family_values(node.element, stable):
                slot = slots.get((node.key, "variant", prefix))
                if slot is None:
                    # read from the class attribute: the part after the prefix, up to the next word
                    slot = Slot(key=node.key, kind="variant", attribute="class", order=order)
                    slot.label, slot.text_after, slot.text_before = prefix.rstrip("-_"), prefix, " "
                    slots[(node.key, "variant", prefix)] = slot
                slot.per_record.setdefault(number, []).append(Occurrence(node.element, value))
    every = droptrace.begin(records, list(slots.values()))
    kept = droptrace.narrowed("role word", every, [s for s in every if not _is_role_word(s, len(records))])
    cut_lead_ins(kept, records, survey.lead_in_places())
    merged = droptrace.staged(
        kept,
        ("split owners merged", merge_split_owners),
        ("place variants joined", joined_place_variants),
        ("item pieces joined", joined_item_pieces),
    )
    join_paragraph_boxes(merged)
    # data-* attributes sit on the record's own element but read after what the page shows.
    return sorted(merged, key=lambda s: (s.kind == "data", s.order, s.kind))


def _family_values(element: HtmlElement, stable: frozenset[str]) -> list[tuple[str, str]]:
    """``impact-major`` -> (``impact-``, ``major``): the value a class word of a family says."""
    families = stable.families if isinstance(stable, StableClasses) else {}
    return [(families[t], t[len(families[t]) :]) for t in (element.get("class") or "").split() if t in families]


def _is_role_word(slot: Slot, records: int) -> bool:
    """``avatar-stack`` on every record's element: a class word reading the same on every record
    names the element's role in the template, not a value of the record."""
    if slot.kind != "variant" or records < 2 or len(slot.per_record) < records:
        return False
    return len({o.value for occurrences in slot.per_record.values() for o in occurrences}) == 1


def _values_of(node: SlotNode) -> Found:
    """What one node holds: (kind, attribute or None for its text, value)."""
    element = node.element
    if node.text_owner and is_noise(element):
        if (spoken := spoken_date(element)) is not None:
            return [("text", None, spoken)]  # "Sun Oct 12 2025" beside a badge showing "OCT 12"
        return [("rating", None, full_text(element))]  # eBay's "4.5 out of 5 stars." for screen readers
    found = rating_caption(element)
    if node.text_owner:
        shown = _text_values(node)
        if found and values.STAR_GLYPHS.match(full_text(element) or "x"):
            shown = [v for v in shown if v[0] != "text"]  # "★★★★☆" rounds the "5点中4.41点" it is named
        found.extend(shown)
    elif node.text_free and (lead := text_before_badge(element)) is not None:
        found.append(("text", None, lead))  # the same slot as on records showing no badge
    elif node.text_free and (line := line_before_break(element)) is not None:
        found.append(("text", None, line))  # "03-12-2025<br><a>…</a>": the line before the break
    elif node.text_free:
        found.extend(own_number(element) or leading_identifier(element))
    if node.text_free and node.key and (tail := tail_value(element)):
        found.append(("tail", None, tail))  # "<svg/> 4.38M": a bare value in a line nobody owns
    found.extend(link_values(element))
    found.extend(attribute_values(element))
    found.extend(("data", attribute, value) for attribute, value in data_values(element, on_record=not node.key))
    return found


def _text_values(node: SlotNode) -> Found:
    element, found, text = node.element, Found(), ""
    # A row of glyphs all alike is a backdrop another element fills; "★★★★☆" says its rating.
    if not values.STAR_GLYPHS.match(full_text(element) or "x") or parse_rating(full_text(element)) is not None:
        text = visible_value(element)
        if node.strip and node.label and text.lower().startswith(node.label.lower()):
            text = text[len(node.label) :].lstrip(" :\u00a0-–—").strip()
        if text:
            found.append(("text", None, text))
    if tag_of(element) != "a" and (exact := exact_tooltip(element)):
        found.append(("tooltip", "title", exact))
    elif tag_of(element) != "a" and (figure := labelled_figure(element, full_text(element))):
        found.append(("tooltip", "aria-label", figure))  # "15.2k" over aria-label="15,234 points"
    elif tag_of(element) != "a" and text and (whole := full_value(element, text)):
        found.append(("tooltip", *whole))  # "CONF" over title="CONFIRMED", "3 weeks" over a whole date
    return found
