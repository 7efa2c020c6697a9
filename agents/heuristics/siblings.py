"""Tell a list of like items (tags, authors, bullet points) from fixed positions (cells, stats).

Sibling elements that share a step (``li``, ``a.tag``, ``td``) either hold one kind of value
repeated (tasting notes, categories: one list field) or a different value per position (table
cells, "3 bd · 2 ba · 1,640 sqft": one field per position). When the number of siblings varies
between records they are a list; when it is the same in every record, their values decide.
"""

from __future__ import annotations

import re
from collections import Counter

from agents.heuristics import values
from agents.heuristics.classtokens import class_tokens
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.labelclasses import are_spelled_labels
from agents.heuristics.leadruns import is_lead_then_list
from agents.heuristics.linkfolders import link_folder, links_into_one_folder
from agents.heuristics.madelists import are_items_made_alike
from agents.heuristics.moduleclasses import HUMP
from agents.heuristics.oldprices import marks_old_price
from agents.heuristics.pictureruns import are_hover_pairs, are_slides
from agents.heuristics.placeforms import places_differ_in_form
from agents.heuristics.priceranges import are_range_runs
from agents.heuristics.proseruns import are_body_paragraphs, are_bullet_points, are_spec_bullets
from agents.heuristics.shortcopies import are_shortened_copies
from pipeline.core.numbertext import parse_number

#: Tags whose siblings can be items of one list; cells, rows and headings are always positions.
LIST_TAGS = frozenset(
    {"li", "a", "span", "div", "p", "img", "button", "dd", "small", "strong", "b", "em", "i", "label", "time"}
)
#: Class words saying that a container holds a list of like items.
LIST_WORDS = re.compile(
    r"(?:^|[-_\s])(?:tags?|tag-?list|categories|genres?|topics?|keywords?|labels|chips|notes|authors|"
    r"features|facts|skills|badges|bullets|highlights|amenities|credits|cast|artists|list|items)(?:$|[-_\s])",
    re.IGNORECASE,
)
#: A list named by its item in the singular: ``featureList``, ``tag-list``, ``skill_list``.
_ITEM_LIST = re.compile(
    r"(?:feature|tag|skill|highlight|bullet|amenity|keyword|topic|category|genre|author|credit|artist|benefit|perk)"
    r"[-_]?list(?:$|[-_]|(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: When this share of records show the same text (or nearly the same number) in all their
#: siblings, the siblings are state variants of one value (old Reddit's three score boxes for
#: voted up, down or not), not a list.
VARIANT_SHARE = 0.9

#: Numbers this close within a record are one value shown in several states (15233/15234/15235).
VARIANT_TOLERANCE = 0.01

#: Records needed before items that never change places are taken for columns, not a list.
MIN_COLUMN_RECORDS = 4

#: Records that must show a place of a varying run before its kind of value counts.
MIN_PLACE_RUNS = 2
#: Sibling runs starting with a price this often are price ranges, not lists of values.
PRICE_RUN_SHARE = 0.8
#: Tailwind utilities of a list's or a row's layout (``list-none``, ``items-center``), no content word.
_LAYOUT_UTILITY = re.compile(r"^(?:[a-z0-9]+:)*(?:list|items)-")
#: Bootstrap's flex alignment utilities (``align-items-start``): how children line up, not what they are.
_FLEX_ALIGNMENT = re.compile(r"^(?:[a-z0-9]+:)*(?:align|justify|place)-(?:items|content|self)-")
CELL_TAGS = frozenset({"td", "th"})

Signature = tuple[str, ...]


def is_repeated_list(per_record: list[list[HtmlElement]]) -> bool:
    """Whether siblings present in the same number in every record are items of one list.

    ``per_record`` holds one run of siblings per parent element (and so per record, or more when
    the siblings sit in a repeated block), in document order.
    """
    if are_slides(per_record):
        return True  # five photos of a card's carousel are one field, not five columns
    first = per_record[0][0]
    if tag_of(first) not in LIST_TAGS:
        return False
    positions = list(zip(*per_record, strict=True))
    if len({_majority([_signature(e) for e in column]) for column in positions}) > 1:
        return False  # each position holds its own kind of value: "3 bd", "2 ba", "1,640 sqft"
    if _are_variants(per_record):
        return False
    if _parent_names_list(per_record):
        return True
    if _values_cross_positions(positions):
        return True
    if tag_of(first) == "li" and _own_columns(positions) and not are_spec_bullets(per_record):
        return False  # "Berlin · Full-time" in every job: a place, then a contract type
    return tag_of(first) == "li" or (link_folder(first) is not None and links_into_one_folder(first))


def place_alignment(runs: list[list[HtmlElement]]) -> str | None:
    """How runs of varying length line up when their places hold different kinds of value:
    ``left`` (an optional last item), ``right`` (an optional first item: an urgency badge before
    the date, a missing salary chip before the job type) or None (a list). Lined up the wrong
    way, one place mixes the optional item with the value after it; the purer alignment wins."""
    found = {side: _place_purity(runs, side == "right") for side in ("left", "right")}
    return max((side for side in found if found[side] is not None), key=lambda s: found[s] or 0.0, default=None)


def _place_purity(runs: list[list[HtmlElement]], from_right: bool) -> float | None:
    """The share of siblings whose kind is their place's usual one, when runs lined up from that
    side hold more than one kind of value; None when every place holds the same kind."""
    lined = [list(reversed(run)) if from_right else run for run in runs]
    longest = max(len(run) for run in lined)
    columns = [[run[i] for run in lined if len(run) > i] for i in range(longest)]
    # The kind of value and the children, not where links lead: "/tag/love/page/1/" names the tag.
    kinds = [[_place_kind(e) for e in column] for column in columns if len(column) >= MIN_PLACE_RUNS]
    majorities = [_majority(column) for column in kinds]
    if len(set(majorities)) < 2:
        return None
    usual = sum(column.count(majority) for column, majority in zip(kinds, majorities, strict=True))
    return usual / sum(len(column) for column in kinds)


def _place_kind(element: HtmlElement) -> Signature:
    """The kind of value at a place: "Going fast" (words) and "Sat, Mar 14 • 7:30 PM" (with
    figures) are both text, yet not the same kind of value."""
    kind, unit, shape = _signature(element)[:3]
    if kind == "text" and re.search(r"\d", full_text(element)):
        kind = "figures"
    return (kind, unit, shape)


def _signature(element: HtmlElement) -> Signature:
    """What kind of value an element holds, independent of the value itself."""
    text = full_text(element)
    kind = next(
        (
            name
            for name, check in (
                ("price-level", values.is_price_level),
                ("price", values.is_price),
                ("date", values.is_date),
                ("rating", values.is_rating),
                ("number", values.is_number),
            )
            if text and check(text)
        ),
        "text" if text else "empty",
    )
    shape = ",".join(tag_of(c) for c in child_elements(element))
    return (kind, values.unit_of(text) or "", shape, link_folder(element) or "")


def _majority(signatures: list[Signature]) -> Signature:
    return Counter(signatures).most_common(1)[0][0]


def _are_variants(per_record: list[list[HtmlElement]]) -> bool:
    """Each record's siblings read the same, or the same number give or take a vote."""
    return values.share([_alike(siblings) for siblings in per_record]) >= VARIANT_SHARE


def _alike(siblings: list[HtmlElement]) -> bool:
    if len({full_text(e) for e in siblings}) == 1:
        return True
    shown = [full_text(e) for e in siblings]
    if not all(values.is_number(t) or values.is_compact_number(t) for t in shown):
        return False
    numbers = [parse_number(e.get("title") or t) for e, t in zip(siblings, shown, strict=True)]
    if any(n is None for n in numbers):
        return False
    low, high = min(n for n in numbers if n is not None), max(n for n in numbers if n is not None)
    return high - low <= VARIANT_TOLERANCE * max(abs(high), 1.0)


def _values_cross_positions(positions: list[tuple[HtmlElement, ...]]) -> bool:
    """A value seen at one position in a record and at another in a different record."""
    seen = [{full_text(e) for e in column} - {""} for column in positions]
    return any(seen[i] & seen[j] for i in range(len(seen)) for j in range(i + 1, len(seen)))


def _own_columns(positions: list[tuple[HtmlElement, ...]]) -> bool:
    """Items whose number never changes, where a value comes back in other records but always at
    its own place ("Full-time" second, after the town): each place is a field of its own. Tags
    shuffle between places; a short sample says too little."""
    if len(positions[0]) < MIN_COLUMN_RECORDS:
        return False
    texts = [[full_text(e) for e in column] for column in positions]
    return any(len(set(column)) < len(column) for column in texts)


def _parent_names_list(per_record: list[list[HtmlElement]], *, layout: bool = True) -> bool:
    """Whether the siblings' container says it holds a list (``tag-list``, a CSS module's
    ``keyFacts_ZU4fZ`` read by its camel-case humps too); without ``layout``, Tailwind's
    ``items-center`` and ``list-none`` say nothing, nor does a hump "List" ending a component's
    name (``HomeDetailsList``: its items are "3 bds", "2 ba", "1,640 sqft", each its own kind)."""
    for parent in _parents(per_record):
        tokens = [
            t for t in class_tokens(parent) if (layout or not _LAYOUT_UTILITY.match(t)) and not _FLEX_ALIGNMENT.match(t)
        ]
        humps = {h.lower() for t in tokens for h in HUMP.findall(t)}
        if not layout:
            humps -= {"list", "items"}
        if LIST_WORDS.search(" ".join(tokens)) or LIST_WORDS.search(" ".join(sorted(humps))):
            return True
    return False


def container_names_list(runs: list[list[HtmlElement]]) -> bool:
    """Whether the items' container calls them a list by a content word (``keyFacts``,
    ``job-tags``), Tailwind's layout utilities aside (see ``_parent_names_list``)."""
    return _parent_names_list(runs, layout=False)


def _named_item_list(runs: list[list[HtmlElement]]) -> bool:
    """Items of a ``ul``/``ol`` whose class says it holds a list (``keyFacts``, ``tag-list``, or
    its item in the singular before "list": ``featureList``); a ``div`` row is no list element."""
    parents = _parents(runs)
    if not all(tag_of(p) in ("ul", "ol") for p in parents):
        return False
    return _parent_names_list(runs, layout=False) or all(
        any(_ITEM_LIST.search(t) for t in class_tokens(p)) for p in parents
    )


def _parents(per_record: list[list[HtmlElement]]) -> list[HtmlElement]:
    return [p for siblings in per_record[:3] if (p := siblings[0].getparent()) is not None]


def sibling_mode(runs: list[list[HtmlElement]]) -> str:
    """``single`` (one per parent), ``positional`` (cells), ``from-right`` (places counted from the
    last sibling: an optional first one), ``list`` (tags) or ``lead-list`` (a first value, then
    tags) for a sibling group."""
    counts = {len(run) for run in runs}
    if counts == {1} or are_shortened_copies(runs, VARIANT_SHARE):
        return "single"
    if tag_of(runs[0][0]) in CELL_TAGS:
        return "positional"  # cells are columns, even where a row spans some of them
    if _are_prices(runs) and are_range_runs(runs):
        return "positional"  # "8,90 € – 24,90 €": a range's top end is a column of its own
    if are_hover_pairs(runs):
        return "single"  # a product photo and the one swapped in on hover: one picture, the first
    if are_spelled_labels(runs):
        return "list"  # "New", "-15%", "Sold out" flags, each classed by its label: one list
    if len(counts) > 1:
        # "$18.00" beside "From $24.00 $36.00": a second price neither joined as a range's end nor
        # struck through (then it is the price before the sale) is read from its start.
        if _are_prices(runs):
            return "positional" if any(marks_old_price(e) for run in runs for e in run[1:]) else "single"
        if (icon_side := _icon_beside_text(runs)) is not None:
            return icon_side
        if are_body_paragraphs(runs):
            return "single"  # one paragraph here, three there: the entry's text, led by its first
        if are_bullet_points(runs):
            return "list"  # "Fixed a bug …", "Improved loading by 30%": points, not columns
        if _named_item_list(runs):
            return "list"  # "Over-Ear, Bluetooth 5.3, ANC" in a keyFacts list: items, whatever their kinds
        if are_items_made_alike(runs):
            return "list"  # a check icon and a phrase, five to a card: features, whatever figures they say
        return _by_places(runs)
    return "list" if is_repeated_list(runs) else "positional"


def _by_places(runs: list[list[HtmlElement]]) -> str:
    """Runs of varying length whose items are no bullet points nor alike items: a list unless
    their places hold values of their own kinds or forms."""
    alignment = place_alignment(runs)
    if alignment is None and not places_differ_in_form(runs):
        return "list"
    if is_lead_then_list(runs):
        return "lead-list"  # a platform chip, then genre chips that move between places
    if alignment is None:
        return "positional"  # venue, "City, Country", "with …": words of one kind, forms of their own
    return "from-right" if alignment == "right" else "positional"


def _icon_beside_text(runs: list[list[HtmlElement]]) -> str | None:
    """A name link alone in most records, followed in some by a link or badge showing only an
    icon (npm's "DefinitelyTyped" link after a package name, a verified tick after a user name):
    the icon is an optional place of its own, not a second item of a list, so the named sibling
    keeps its one place. ``positional`` when the icon comes after the text, ``from-right`` when
    before; None unless every run is one sibling with text and at most one without."""
    if any(len(run) > 2 for run in runs):
        return None
    texted = [[bool(full_text(e)) for e in run] for run in runs]
    if any(marks.count(True) != 1 for marks in texted):
        return None
    extras = [marks for marks in texted if len(marks) == 2]
    if all(marks[0] for marks in extras):
        return "positional"
    if not any(marks[0] for marks in extras):
        return "from-right"
    return None


def _are_prices(runs: list[list[HtmlElement]]) -> bool:
    return values.share([values.is_price(full_text(run[0])) for run in runs]) >= PRICE_RUN_SHARE
