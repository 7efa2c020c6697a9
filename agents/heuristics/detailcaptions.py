"""Captions that only their place marks as labels, where the page's classes say nothing.

Sites built with CSS modules, styled-components or utility classes (IMDb's credits, a recipe
card's "Prep Time 20 mins", a store's "4.5K User reviews") write a label and its value as two
sibling elements with no colon and no class word to tell them apart. Two shapes say it anyway:

* a run of sibling rows, each a short caption followed by its value ("Director" + a name,
  "Writers" + two names): the captions differ, they hold words only, and they are not all links
  (a menu's or a list of cards' rows are). A table row is left to its cells: a ``th`` says which
  is the label, and two ``td`` side by side are as often a two-column list;
* a figure beside a caption of words ("74" + "Metascore", "512" + "Critic reviews"): a count
  named by the words after it, as stat blocks write it.

A label cell may hold an icon beside the caption, which sits in a block of its own (Booking's
house rules: ``div > (span.icon, div "Check-in")``); a value cell may open with a short line
before a sentence about it ("From 15:00" + "Guests are required to show…"), the line being the
value.

A run of rows that each draw the same icon and whose values all share one unit ("Moulsecoomb" +
"0.9 miles", "Preston Park" + "1.1 miles" beside a train icon) is a measured list of alike named
items (the nearest stations, schools), not the entity's labelled facts.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, full_text, tag_of

#: A caption longer than this is a sentence, not a label; it has at most this many words.
MAX_CAPTION_CHARS = 30
MAX_CAPTION_WORDS = 4
#: A value a caption row labels is this short: a longer one is a section of prose.
MAX_VALUE_CHARS = 200
#: A figure a caption follows: "74", "4.5K", "1,284", "(12)", "#3", "98%".
FIGURE = re.compile(r"^[#(]?\d[\d.,]{0,12}[%KkMm+]?\)?$")
#: A row of stats ("4.5K User reviews", "512 Critic reviews", "74 Metascore") is this short.
MAX_STATS = 6
#: A unit after an amount: the two are one value ("20 mins", "512 kcal", "45 L").
_UNIT = re.compile(
    r"^(?:[a-zµ°%]{1,3}|[A-Z]{1,2}|mins?|minutes?|hrs?|hours?|secs?|seconds?|days?|weeks?|months?|years?|"
    r"kcal|cals?|calories|lbs?|pounds?|ounces?|grams?|litres?|liters?|servings?|portions?|pieces?)\.?$"
)
#: A run of caption rows holds at least this many; this many siblings are looked at each side.
MIN_RUN = 2
MAX_RUN_SCAN = 30
#: Words only: a letter first, no digit anywhere, no sentence end ("Prep Time", "Also known as").
_CAPTION_TEXT = re.compile(r"^[^\W\d_][^\d.!?]*:?$")
#: Wrappers a caption may have inside it: text styles, not structure.
_NOT_INLINE = (
    "descendant::*[not(self::span or self::b or self::strong or self::em or self::i or self::small or self::abbr)]"
)
_CONTROLS = "descendant-or-self::*[self::select or self::input or self::textarea or self::button]"
#: Wrappers looked through for a caption in a block of its own beside an icon.
MAX_CAPTION_DEPTH = 2
#: The first line of a value cell is the value, before a sentence of this many words at least.
MAX_FIRST_LINE_CHARS = 40
MIN_NOTE_WORDS = 6
#: A time said with the word before it ("From 15:00", "Until 11:00", "after 3 PM"): the time is the value.
_SAID_TIME = re.compile(
    r"^(?P<word>from|after|until|till|before|by|ab|bis|dès|jusqu'à)\s+"
    r"(?:\d{1,2}(?:[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?)|noon|midday|midnight)$",
    re.IGNORECASE,
)


def captioned_pair_at(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    """(label, value) when ``element`` is a row of a caption and its value that a run of alike rows
    around it confirms, or a figure and the caption naming it ("74 Metascore")."""
    halves = _halves(element)
    if halves is None:
        return None
    first, second = halves
    if _is_figure_pair(element, first, second) and _alike_rows_agree(element):
        return caption_text(second), first
    caption = caption_of(first) if tag_of(element) != "tr" else None
    if caption is not None and _labels(second) and _in_caption_run(element, caption) and not _is_measured_list(element):
        return caption_text(caption), first_line(second)
    return None


def caption_of(cell: HtmlElement) -> HtmlElement | None:
    """The element saying a label cell's caption: the cell itself ("Prep Time"), or the one block
    inside it that says something, beside icons that say nothing (``span.icon`` + ``div "Check-in"``)."""
    node = cell
    for _ in range(MAX_CAPTION_DEPTH + 1):
        if is_word_caption(node):
            return node
        if tag_of(node) in HEADING_TAGS or (node.text or "").strip() or node.xpath(_CONTROLS):
            return None
        children = [c for c in node if isinstance(c.tag, str)]
        said = [c for c in children if full_text(c)]
        if len(said) != 1 or any((c.tail or "").strip() for c in children):
            return None
        node = said[0]
    return None


def first_line(cell: HtmlElement) -> HtmlElement:
    """The value of a value cell: its first line when a sentence about it follows ("From 15:00"
    before "Guests are required to show a photo identification…"), else the whole cell."""
    children = [c for c in cell if isinstance(c.tag, str)]
    said = [c for c in children if full_text(c)]
    if len(said) < MIN_RUN or (cell.text or "").strip() or any((c.tail or "").strip() for c in children):
        return cell
    first, rest = said[0], said[1:]
    text = full_text(first)
    if (
        len(text) <= MAX_FIRST_LINE_CHARS
        and not text.endswith((".", "!", "?", ":"))
        and not first.xpath(_NOT_INLINE)
        and all(tag_of(c) in ("div", "p") for c in said)
        and all(len(full_text(c).split()) >= MIN_NOTE_WORDS for c in rest)
    ):
        return first
    return cell


def said_time_word(text: str) -> str | None:
    """ "From" in "From 15:00", "Until" in "Until 11:00": the word before a time that is the value."""
    match = _SAID_TIME.match(text.strip())
    return match["word"] if match else None


def _is_measured_list(row: HtmlElement) -> bool:
    """Whether ``row`` is one of a run of alike rows (same tag, side by side) that each draw the
    same icon beside a name and a measure in one unit ("0.8 miles", "0.9 miles"): items of one
    kind measured alike, where labelled facts draw an icon each (a bed, a bath) or say different
    units. Two rows at least make a run."""
    rows = [row]
    for side in (row.itersiblings(preceding=True), row.itersiblings()):
        for count, sibling in enumerate(side):
            if count >= MAX_RUN_SCAN or not isinstance(sibling.tag, str) or tag_of(sibling) != tag_of(row):
                break
            rows.append(sibling)
    if len(rows) < MIN_RUN:
        return False
    units, icons = set(), set()
    for each in rows:
        halves = _halves(each)
        icon = _icon_of(each)
        unit = values.unit_of(full_text(halves[1])) if halves else None
        if unit is None or icon is None:
            return False
        units.add(unit.lower())
        icons.add(icon)
    return len(units) == 1 and len(icons) == 1


def is_word_caption(element: HtmlElement) -> bool:
    """A short element of words said in one piece, maybe in inline wrappers: "Prep Time",
    "Countries of origin"; not two texts side by side ("Course" + "Main Course")."""
    if tag_of(element) in HEADING_TAGS or tag_of(element) in ("button", "select", "input", "textarea"):
        return False
    if element.xpath(_NOT_INLINE) or len([t for t in element.xpath(".//text()") if t.strip()]) != 1:
        return False
    text = full_text(element)
    return (
        0 < len(text) <= MAX_CAPTION_CHARS
        and len(text.split()) <= MAX_CAPTION_WORDS
        and bool(_CAPTION_TEXT.match(text))
    )


def caption_text(element: HtmlElement) -> str:
    return full_text(element).rstrip(":").strip()


def _is_figure_pair(element: HtmlElement, figure: HtmlElement, caption: HtmlElement) -> bool:
    """A figure and the words naming it ("74" + "Metascore"); not an amount and its unit ("20" +
    "mins", "512" + "kcal"), which are one value, nor a day and its month ("12" + "March")."""
    return (
        bool(FIGURE.match(full_text(figure)))
        and is_word_caption(caption)
        and not _UNIT.match(full_text(caption))
        and not values.is_date(full_text(element))
    )


def _alike_rows_agree(element: HtmlElement) -> bool:
    """A figure pair among alike siblings (items of one list) stands for them all only when they
    are all figure pairs, a short row of stats: "2" + "bay leaves" is one line of a list of
    ingredients whose other lines say more."""
    alike = [s for s in (*element.itersiblings(preceding=True), *element.itersiblings()) if s.tag == element.tag]
    if not alike:
        return True
    if len(alike) >= MAX_STATS:
        return False
    for sibling in alike:
        halves = _halves(sibling)
        if halves is None or not _is_figure_pair(sibling, *halves):
            return False
    return True


def _halves(element: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The element's two children that say something, when it has exactly two and no text of its own."""
    if not isinstance(element.tag, str) or tag_of(element) in HEADING_TAGS or (element.text or "").strip():
        return None
    children = [c for c in element if isinstance(c.tag, str) and full_text(c)]
    if len(children) != 2 or any((c.tail or "").strip() for c in children):
        return None
    return children[0], children[1]


def _labels(value: HtmlElement) -> bool:
    """Whether a caption can label ``value``: a short value, no form control."""
    return 0 < len(full_text(value)) <= MAX_VALUE_CHARS and not value.xpath(_CONTROLS)


def _is_link(element: HtmlElement) -> bool:
    return tag_of(element) == "a" or bool(element.xpath("ancestor-or-self::a | descendant::a"))


def _in_caption_run(row: HtmlElement, caption: HtmlElement) -> bool:
    """Whether ``row`` stands in a run of alike sibling rows (same tag, next to each other) that
    are caption rows too, with other captions, and whether the run's captions are not all links:
    rows of a menu or of linked cards ("Product name" + its price) have a link in every caption."""
    said = {caption_text(caption)}
    unlinked = not _is_link(caption)
    for side in (row.itersiblings(preceding=True), row.itersiblings()):
        for count, sibling in enumerate(side):
            if count >= MAX_RUN_SCAN or not isinstance(sibling.tag, str) or tag_of(sibling) != tag_of(row):
                break
            halves = _halves(sibling)
            other = caption_of(halves[0]) if halves is not None else None
            if halves is None or other is None or not _labels(halves[1]):
                break
            said.add(caption_text(other))
            unlinked = unlinked or not _is_link(other)
            if len(said) >= MIN_RUN and unlinked:
                return True
    return False


def _icon_of(row: HtmlElement) -> str | None:
    """The tags and attributes of the icon a row draws before its texts (an ``svg``, an ``img``,
    an empty ``i``), to compare rows by; None when it draws none."""
    for child in row:
        if not isinstance(child.tag, str) or full_text(child):
            break
        if tag_of(child) in ("svg", "img", "i"):
            return " ".join(f"{tag_of(e)}{sorted(e.attrib.items())}" for e in child.iter() if isinstance(e.tag, str))
    return None
