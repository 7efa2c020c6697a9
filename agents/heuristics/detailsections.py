"""The sections of a detail page: the description a heading announces, a section's own heading,
a list of features under its heading, and the lead paragraph of a wiki article's body.
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.detailfields import MIN_DESCRIPTION_CHARS, reads_lead
from agents.heuristics.detailparts import marks_after
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, css_ident, css_string, full_text, tag_of
from pipeline.core.schemas import FieldSpec

#: A heading that announces the description below it ("Product Description", "About this item").
_DESCRIPTION_HEADING = re.compile(
    r"^(?:(?:product|item|book|job|property|course) )?(?:description|details|overview|synopsis|summary)$"
    r"|^about (?:this|the) \w+$|^beschreibung$|^description du produit$|^descripción$",
    re.IGNORECASE,
)
_HEADINGS_BELOW = " | ".join(f".//{h}" for h in sorted(HEADING_TAGS))
_HEADING_CHILDREN = " | ".join(f"./{h}" for h in sorted(HEADING_TAGS))


def announced_description(record: Selector, container: HtmlElement, blocked: set[int]) -> str | None:
    """A selector for the block after a "Description" heading, which may sit alone in a wrapper
    of its own: ``#product_description + p`` on ``<div id=product_description><h2>…</h2></div><p>``."""
    # Not visible(): section headings repeat ("Product Description", "Product Information" in
    # alike wrappers) and Oscar's sit in a "sub-header", which the chrome test takes for a page
    # header. The heading's words are the test here; only the block it announces must be clear.
    for heading in container.xpath(_HEADINGS_BELOW):
        if not _DESCRIPTION_HEADING.match(full_text(heading)):
            continue
        anchor = heading
        while anchor.getnext() is None and anchor.getparent() is not None and anchor.getparent() is not container:
            anchor = anchor.getparent()
        target = _section_body(anchor, blocked)
        if target is None:
            continue
        for css in _announcement_selectors(anchor, heading, target):
            found = record.css(css)
            if found and found[0].root is target:
                return css
    return None


def _section_body(anchor: HtmlElement, blocked: set[int]) -> HtmlElement | None:
    for sibling in anchor.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if tag_of(sibling) in HEADING_TAGS or sibling.xpath(_HEADING_CHILDREN):
            return None  # the next section began
        if id(sibling) not in blocked and len(full_text(sibling)) >= MIN_DESCRIPTION_CHARS:
            return sibling
    return None


def _announcement_selectors(anchor: HtmlElement, heading: HtmlElement, target: HtmlElement) -> list[str]:
    follows = f"{'+' if anchor.getnext() is target else '~'} {tag_of(target)}"
    said = _heading_saying(heading)
    found = []
    if (ident := anchor.get("id") or "") and css_ident(ident):
        found.append(f"#{ident} {follows}")
    found.append(f"{said} {follows}" if anchor is heading else f"{tag_of(anchor)}:has({said}) {follows}")
    return found


def _heading_saying(heading: HtmlElement) -> str:
    """A selector for ``heading`` by its words ("h2:contains('Key features')")."""
    return f"{tag_of(heading)}:contains({css_string(full_text(heading))})"


def section_heading(element: HtmlElement) -> str | None:
    """The heading that opens the element, when it announces the element's content
    (WooCommerce's ``#tab-description > h2`` "Description"): a label, not part of the text."""
    first = next((c for c in element if isinstance(c.tag, str)), None)
    if first is None or tag_of(first) not in HEADING_TAGS or (element.text or "").strip():
        return None
    text = full_text(first)
    return text if _DESCRIPTION_HEADING.match(text) else None


def list_field(record: Selector, heading: HtmlElement, listed: HtmlElement) -> FieldSpec | None:
    """Every item of the list after ``heading``, as one list value ("Key features")."""
    selector = f"{_heading_saying(heading)} + {tag_of(listed)} > li"
    items = [li for li in listed if tag_of(li) == "li"]
    if [e.root for e in record.css(selector)] != items:
        return None
    return FieldSpec(name="list", type="tags", selector=selector, many=True)


def lead_only(record: Selector, spec: FieldSpec, container: HtmlElement, body: HtmlElement) -> FieldSpec:
    """The body's paragraphs, of which the engine keeps the first that says something, where the
    body is mostly an infobox and references around them (a wiki article's lead)."""
    if "," in spec.selector or "::" in spec.selector or not reads_lead(container, body):
        return spec
    selector = f"{spec.selector} > p"
    lead = next((p.root for p in record.css(selector) if full_text(p.root)), None)
    if lead is None:
        return spec
    return spec.model_copy(update={"selector": selector, "text_before": marks_after(lead, full_text(lead))})
