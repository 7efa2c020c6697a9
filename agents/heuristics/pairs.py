"""Label:value pairs of a detail page: ``<dl>`` lists, spec tables and ``Label: value`` lines."""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, child_elements, full_text, leading_text, tag_of
from agents.heuristics.phonelinks import phone_pair

#: Spec tables can be long; past this many pairs the extra fields are noise for a first spec.
MAX_PAIRS = 25
#: A caption longer than this is a sentence, not a label.
MAX_LABEL_CHARS = 30
#: A section under its own heading holds one value when its text is this short.
MAX_SECTION_VALUE_CHARS = 120
#: A sentence this long, full stop included, is prose.
PROSE_WORDS = 6
#: A link naming an entity (an agent, a seller, a brand) is this short; a longer one is a headline.
MAX_LINK_VALUE_CHARS = 60
#: A section holding this many fields to fill in is a tool (a calculator, a form), not a value.
MIN_TOOL_FIELDS = 2
_CONTROLS = "descendant-or-self::*[self::select or self::input or self::textarea or self::button]"
_FILLED_FIELDS = (
    "descendant-or-self::*[self::select or self::textarea"
    " or self::input[not(@type) or not(contains(' hidden submit button image reset ', concat(' ', @type, ' ')))]]"
)
#: A line saying its label and its value in one text: "Tenure: Freehold", "EPC rating: D"; the
#: colon is followed by a space, so a time ("10:30"), a ratio or a URL ("https://…") is none.
_SAID_PAIR = re.compile(r"^([A-Za-zÀ-ÿ][\w ./&()'À-ÿ-]{0,28}(?<!\d):)(?=\s)\s*\S")


def label_value_pairs(container: HtmlElement, blocked: set[int]) -> list[tuple[str, HtmlElement]]:
    """(label, value element) pairs inside ``container``, in document order, labels unique."""
    pairs: list[tuple[str, HtmlElement]] = []
    seen: set[str] = set()
    for element in container.iter():
        if len(pairs) >= MAX_PAIRS:
            break
        if not isinstance(element.tag, str) or id(element) in blocked:
            continue
        found = _pair_at(element) or _said_pair(element) or phone_pair(element, container)
        if found is None:
            continue
        label, value = found
        key = label.rstrip(":").strip().lower()
        if key and key not in seen and full_text(value):
            seen.add(key)
            pairs.append((label, value))
    return pairs


def is_label_pair(element: HtmlElement) -> bool:
    """Whether ``element`` is one labelled value ("SKU: <span>CK-350</span>", a ``th``+``td`` row)."""
    return _pair_at(element) is not None


def _pair_at(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    tag = tag_of(element)
    if tag == "dt":
        value = element.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        if value is not None and tag_of(value) == "dd":
            return _caption(full_text(element), value)
        return None
    if tag == "tr":
        cells = label_row(element)
        return _caption(full_text(cells[0]), cells[1]) if cells else None
    if tag in ("li", "p", "div", "span"):
        return _inline_pair(element)
    if tag in ("h2", "h3", "h4", "h5", "h6"):
        return _heading_pair(element)
    return None


def label_row(row: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """(label, value) of ``<tr><th>SKU</th><td>VDC-02W</td></tr>``: one label cell, one value cell."""
    cells = child_elements(row)
    if tag_of(row) == "tr" and len(cells) == 2 and tag_of(cells[0]) == "th" and tag_of(cells[1]) == "td":
        return cells[0], cells[1]
    return None


def _heading_pair(heading: HtmlElement) -> tuple[str, HtmlElement] | None:
    """``<h2>Location</h2><div>The Blue Room, 42 Harbour St</div>``: a section of one short value.

    A section of prose (an article's "Origin") is text, not a field.
    """
    value = _next_element(heading)
    if value is None or heading.xpath(".//a") or _heads_tool(heading):
        return None
    if tag_of(value) == "a":
        return _linked_value(heading, value)
    if tag_of(value) not in ("div", "p", "span", "address", "time"):
        return None
    text = full_text(value)
    if not text or len(text) > MAX_SECTION_VALUE_CHARS or (text.endswith(".") and len(text.split()) >= PROSE_WORDS):
        return None
    return _caption(full_text(heading), value)


def _next_element(element: HtmlElement) -> HtmlElement | None:
    after = element.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    return after


def _linked_value(heading: HtmlElement, link: HtmlElement) -> tuple[str, HtmlElement] | None:
    """``<h2>Marketed by</h2><a href="/agents/…">Coastline Estates</a>``: a short link after a
    heading names who the section is about (an agent, a seller, a brand); an action ("See all")
    or a run of links (a menu, "Follow us" + networks) is none."""
    text = full_text(link)
    after = _next_element(link)
    if not text or len(text) > MAX_LINK_VALUE_CHARS or values.ACTION_TEXT.match(text):
        return None
    if after is not None and tag_of(after) == "a":
        return None
    return _caption(full_text(heading), link)


def _heads_tool(heading: HtmlElement) -> bool:
    """Whether the heading's section (what follows it up to the next heading) holds fields to fill
    in: "Mortgage calculator" heads a tool, and the line under it ("Monthly repayment") is none of
    the entity's values."""
    fields = 0
    after = _next_element(heading)
    while after is not None and tag_of(after) not in HEADING_TAGS:
        fields += len(after.xpath(_FILLED_FIELDS))
        if fields >= MIN_TOOL_FIELDS:
            return True
        after = _next_element(after)
    return False


def _said_pair(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    """``<p>Tenure: Freehold</p>``: a leaf saying its label and its short value in one text, as a
    detail page's key facts do; the value is the leaf, read after its label. A link's text is a
    title, whose colon is a headline's ("Staff Picks: What to Watch")."""
    if tag_of(element) not in ("li", "p", "div", "span") or child_elements(element) or element.xpath("ancestor::a"):
        return None
    text = full_text(element)
    match = _SAID_PAIR.match(text)
    if match is None:
        return None
    rest = text[match.end(1) :].strip()
    if len(rest) > MAX_SECTION_VALUE_CHARS or (rest.endswith(".") and len(rest.split()) >= PROSE_WORDS):
        return None
    return _caption(match.group(1), element)


def _inline_pair(element: HtmlElement) -> tuple[str, HtmlElement] | None:
    children = child_elements(element)
    lead = leading_text(element)
    if lead and values.is_label(lead) and len(children) == 1 and not (children[0].tail or "").strip():
        return _caption(lead, children[0])
    if children and not lead and tag_of(children[0]) in ("b", "strong", "span", "label", "em"):
        caption = full_text(children[0])
        if values.is_label(caption) and (children[0].tail or "").strip():
            return _caption(caption, element)
    return None


def _caption(label: str, value: HtmlElement) -> tuple[str, HtmlElement] | None:
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    if value.xpath(_CONTROLS):
        return None  # "Color: <select>Choose an option, Blue, Green": a variant picker, not a value
    return label, value
