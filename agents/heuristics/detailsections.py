"""The sections of a detail page: the description a heading announces, a section's own heading,
a list of features under its heading, and the lead paragraph of a wiki article's body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics.classtokens import stable_id
from agents.heuristics.datamarkers import test_id
from agents.heuristics.detailfields import MIN_DESCRIPTION_CHARS, reads_lead
from agents.heuristics.detailparts import MIN_SENTENCE_ITEMS, is_item_list, marks_after
from agents.heuristics.dom import HEADING_TAGS, HtmlElement, css_ident, css_string, full_text, tag_of
from agents.heuristics.fieldcss import best_selector
from agents.heuristics.names import name_from_element, slugify
from agents.heuristics.slots import Occurrence, Slot
from pipeline.core.schemas import FieldSpec

#: A test id longer than this is generated, not a name the page keeps.
MAX_HOOK_CHARS = 40
#: Named wrappers of a listed value tried, nearest first.
MAX_HOOKS = 4

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
        if is_item_list(sibling) and len([li for li in sibling if tag_of(li) == "li"]) >= MIN_SENTENCE_ITEMS:
            return None  # bullet points under the heading are a list of their own ("About this item")
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
    """Every item of the list after ``heading``, or after the wrapper holding it alone, as one list
    value ("Key features", "Related topics")."""
    said = _heading_saying(heading)
    block = listed.getprevious()
    if block is not None and block is not heading:
        said = f"{tag_of(block)}:has(> {said})" if heading.getparent() is block else f"{tag_of(block)}:has({said})"
    selector = f"{said} + {tag_of(listed)} > li"
    items = [li for li in listed if tag_of(li) == "li"]
    if [e.root for e in record.css(selector)] != items:
        return None
    return FieldSpec(name="list", type="tags", selector=selector, many=True)


def chips_field(record: Selector, chip: str | None, links: list[HtmlElement]) -> FieldSpec | None:
    """A row of chips as one list, named by its wrappers: ``[data-testid="interests"] a.ipc-chip``,
    the chips by their class inside the nearest wrapper the page names that holds these only; chips
    no class names (hashed), by where they lead: ``[data-testid="interests"] a[href*="/interest/"]``."""
    hooks = list(islice(_hooks(links[0], record.root), MAX_HOOKS))
    if chip is None:
        section = css_string("/" + next(p for p in urlsplit(links[0].get("href") or "").path.split("/") if p) + "/")
        ways = [*(f"{h} a[href*={section}]" for h in hooks), *(f"{h} a" for h in hooks), f"a[href*={section}]"]
    else:
        ways = [f"{h} a.{chip}" for h in hooks] if css_ident(chip) else []
    selector = _reading(record, links, ways)
    return FieldSpec(name=_chips_name(links[0]), type="tags", selector=selector, many=True) if selector else None


def _chips_name(link: HtmlElement) -> str:
    """The chips' name: what their wrappers' ids or test ids call them ("interests"), else
    their classes ("post-tags"), else tags."""
    wrappers = list(islice(link.iterancestors(), MAX_HOOKS))
    for wrapper in wrappers:
        hook = test_id(wrapper)
        if (named := slugify(hook[1] if hook else stable_id(wrapper) or "")) and len(named) <= MAX_HOOK_CHARS:
            return named
    return next((n for w in wrappers[:1] if (n := name_from_element(w))), "tags")


def listed_value_field(record: Selector, label: str, value: HtmlElement, items: list[HtmlElement]) -> FieldSpec | None:
    """The items of a labelled value that lists several ("Writers": two linked names), read after
    their label; a page writing the value twice (for wide and narrow screens) is read in its first
    copy, inside the nearest wrapper the page names (an id, a test id)."""
    before = value.getprevious()
    said = (
        []
        if before is None
        else [f"{tag_of(before)}:contains({css_string(label)}) + {tag_of(value)} {tag_of(items[0])}"]
    )
    hooks = islice(_hooks(value, record.root), MAX_HOOKS)
    selector = _reading(record, items, [*said, *(f"{h} {css}" for h in hooks for css in said)])
    return FieldSpec(name="list", type="tags", selector=selector, many=True) if selector else None


def _reading(record: Selector, items: list[HtmlElement], selectors: list[str]) -> str | None:
    """The first of ``selectors`` that finds exactly ``items``, else one checked like any field's."""
    for css in selectors:
        if [e.root for e in record.css(css)] == items:
            return css
    slot = Slot(key=(), kind="text", many=True)
    slot.per_record[0] = [Occurrence(item, full_text(item)) for item in items]
    return best_selector([record], slot)


def _hooks(element: HtmlElement, record: HtmlElement) -> Iterator[str]:
    """Selectors of the element's ancestors that the page names by an id or a test id."""
    for ancestor in element.iterancestors():
        if ancestor is record:
            return
        ident, hook = stable_id(ancestor) or "", test_id(ancestor)
        if ident and css_ident(ident):
            yield f"#{ident}"
        elif hook and len(hook[1]) <= MAX_HOOK_CHARS:
            yield f"[{hook[0]}={css_string(hook[1])}]"


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
