"""Label:value pairs of a detail page: ``<dl>`` lists, spec tables and ``Label: value`` lines."""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import (
    HEADING_TAGS,
    HtmlElement,
    child_elements,
    full_text,
    leading_text,
    next_element,
    tag_of,
)
from agents.heuristics.payranges import PAY_LABEL, find_pay
from agents.heuristics.phonelinks import phone_pair
from agents.heuristics.prosebody import in_prose_body

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
#: A small-print line between a heading and its list ("Pulled from the full job description") is this short.
MAX_CAPTION_LINE_CHARS = 80
#: A section holding this many fields to fill in is a tool (a calculator, a form), not a value.
MIN_TOOL_FIELDS = 2
#: Tags of a line that says a label and its value.
_LINE_TAGS = frozenset({"li", "p", "div", "span"})
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
        if found is None or (tag_of(element) in _LINE_TAGS and in_prose_body(element, container)):
            continue  # "Work location: Hybrid" in a job ad's text is part of the text, not a fact
        label, value = found
        key = label.rstrip(":").strip().lower()
        if key and key not in seen and full_text(value):
            seen.add(key)
            pairs.append((label, value))
    # An unlabelled pay range ("£45,000 – £55,000 a year" under a job's title) is its salary.
    if len(pairs) < MAX_PAIRS and PAY_LABEL.lower() not in seen and (pay := find_pay(container, blocked)) is not None:
        pairs.append((PAY_LABEL, pay))
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
    value = next_element(heading)
    if value is None or heading.xpath(".//a") or _heads_tool(heading):
        return None
    if (listed := _list_after_caption(value)) is not None:
        return _caption(full_text(heading), listed)
    if tag_of(value) == "a":
        return _linked_value(heading, value)
    if any(_pair_at(e) or _said_pair(e) for e in value.iterdescendants() if isinstance(e.tag, str)):
        return None  # "Delivery" over "Cost to deliver: Free", "Dispatches from: UK": facts, each its own
    if tag_of(value) not in ("div", "p", "span", "address", "time"):
        return None
    text = full_text(value)
    if not text or len(text) > MAX_SECTION_VALUE_CHARS or (text.endswith(".") and len(text.split()) >= PROSE_WORDS):
        return None
    return _caption(full_text(heading), value)


def _list_after_caption(line: HtmlElement) -> HtmlElement | None:
    """The list under a section's small print: ``<h2>Benefits</h2><div>Pulled from the full job
    description</div><div><ul>…</ul></div>``. The line captions the list; the list is the value."""
    body = next_element(line)
    text = full_text(line)
    if body is None or child_elements(line) or not text or len(text) > MAX_CAPTION_LINE_CHARS:
        return None
    if text.endswith(":") or next_element(body) is not None:
        return None  # a label ("Benefits:"), or a section of several blocks
    inner = body
    while tag_of(inner) not in ("ul", "ol"):
        kids = child_elements(inner)
        if len(kids) != 1 or (inner.text or "").strip() or (kids[0].tail or "").strip():
            return None
        inner = kids[0]
    return body if full_text(inner) == full_text(body) and len(child_elements(inner)) > 1 else None


def _linked_value(heading: HtmlElement, link: HtmlElement) -> tuple[str, HtmlElement] | None:
    """``<h2>Marketed by</h2><a href="/agents/…">Coastline Estates</a>``: a short link after a
    heading names who the section is about (an agent, a seller, a brand); an action ("See all")
    or a run of links (a menu, "Follow us" + networks) is none."""
    text = full_text(link)
    after = next_element(link)
    if not text or len(text) > MAX_LINK_VALUE_CHARS or values.ENGLISH_ACTION_TEXT.match(text):
        return None
    if after is not None and tag_of(after) == "a":
        return None
    return _caption(full_text(heading), link)


def _heads_tool(heading: HtmlElement) -> bool:
    """Whether the heading's section (what follows it up to the next heading) holds fields to fill
    in: "Mortgage calculator" heads a tool, and the line under it ("Monthly repayment") is none of
    the entity's values."""
    fields = 0
    after = next_element(heading)
    while after is not None and tag_of(after) not in HEADING_TAGS:
        fields += len(after.xpath(_FILLED_FIELDS))
        if fields >= MIN_TOOL_FIELDS:
            return True
        after = next_element(after)
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
        if values.is_label(caption) and len(children) == 2 and not (element.text or "").strip():
            # "<span>Dispatches from: </span><span>United Kingdom</span>": the value is the next span
            value = children[1]
            if not (children[0].tail or "").strip() and not (value.tail or "").strip() and full_text(value):
                return _caption(caption, value)
    return None


def _caption(label: str, value: HtmlElement) -> tuple[str, HtmlElement] | None:
    if not label or len(label) > MAX_LABEL_CHARS:
        return None
    if value.xpath(_CONTROLS):
        return None  # "Color: <select>Choose an option, Blue, Green": a variant picker, not a value
    return label, value
