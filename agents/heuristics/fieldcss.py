"""Relative CSS selectors for one slot of a record, checked on sample records through the engine."""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.classtokens import anchor_classes, test_id
from agents.heuristics.dom import HtmlElement, css_string, full_text, tag_of
from agents.heuristics.labels import label_of
from agents.heuristics.slots import Slot
from pipeline.core.extract import extract_field
from pipeline.core.normalize import clean_text
from pipeline.core.schemas import FieldSpec

#: Records used to check a selector; the template shows in a dozen, and each check costs a query.
VERIFY_SAMPLE = 12
#: The last segment of a link that names a kind of page ("stargazers", "forks", "reviews").
_LINK_WORD = re.compile(r"^[A-Za-z][A-Za-z_-]{2,30}$")
#: Candidates of each variant combined into ``a, b`` unions: the best few, as each costs a check.
UNION_CANDIDATES = 8
#: A selector right on this share of records is kept when no selector is right on all of them.
MIN_AGREEMENT = 0.8


def chain_from(record: HtmlElement, element: HtmlElement) -> list[HtmlElement]:
    """Elements from just below ``record`` down to ``element`` (empty when they are the same)."""
    chain: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None and node is not record:
        chain.append(node)
        node = node.getparent()
    return list(reversed(chain))


def _step(element: HtmlElement) -> str:
    classes = anchor_classes(element)
    return f"{tag_of(element)}.{classes[0]}" if classes else tag_of(element)


def _nth(element: HtmlElement) -> str:
    tag = tag_of(element)
    position = 1 + sum(1 for s in element.itersiblings(preceding=True) if tag_of(s) == tag)
    return f"{tag}:nth-of-type({position})"


def _label_css(element: HtmlElement) -> str | None:
    """A selector naming ``element`` by its caption: ``dt:contains("Origin") + dd``."""
    label, strip = label_of(element)
    if not label or '"' in label or "\\" in label:
        return None
    quoted = css_string(label)
    if strip:
        return f"{_step(element)}:contains({quoted})"
    if tag_of(element) == "dd":
        return f"dt:contains({quoted}) + dd"
    previous = element.getprevious()
    if previous is not None and isinstance(previous.tag, str) and clean_text(previous.text_content()) == label:
        return f"{tag_of(previous)}:contains({quoted}) + {_step(element)}"
    return f"{_step(element)}:contains({quoted})"


def _labelled(chain: list[HtmlElement]) -> str | None:
    """The nearest captioned node of ``chain``, by its caption, then the path below it."""
    for depth, node in enumerate(reversed(chain)):
        if labelled := _label_css(node):
            rest = chain[len(chain) - depth :]
            return " ".join([labelled, *(_step(e) for e in rest)])
    return None


def _content_anchors(element: HtmlElement) -> list[str]:
    """Anchors in what an element holds rather than how it looks: where its link leads
    (``a[href$="/forks"]``) and which icon it shows (``span:has(> svg.octicon-law)``)."""
    found = []
    href = (element.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
    last = href.rsplit("/", 1)[-1] if "/" in href else ""
    if tag_of(element) == "a" and _LINK_WORD.match(last):
        found.append(f"a[href$={css_string('/' + last)}]")
    found.extend(_icon_anchors(element))
    for child in element:
        if isinstance(child.tag, str) and tag_of(child) in ("svg", "i") and (icons := anchor_classes(child)):
            icon = next((c for c in icons if "-" in c), icons[0])
            found.append(f"{tag_of(element)}:has(> {tag_of(child)}.{icon})")
            break
    return found


def _icon_anchors(element: HtmlElement) -> list[str]:
    """``li.fact:has(use[href="#i-bed"])``: a value named only by the icon before it, found by
    the icon's sprite reference, alt text or caption rather than by its position."""
    icon = next((c for c in element if isinstance(c.tag, str)), None)
    if icon is None or tag_of(icon) not in ("svg", "img", "i", "span") or full_text(icon):
        return []
    step = _step(element)
    found = []
    for use in icon.iter("use"):
        if (ref := (use.get("href") or "").strip()) and '"' not in ref:
            found.append(f"{step}:has(use[href={css_string(ref)}])")
    for attribute in ("aria-label", "alt", "title"):
        if (caption := (icon.get(attribute) or "").strip()) and '"' not in caption:
            found.append(f"{step}:has(> {tag_of(icon)}[{attribute}={css_string(caption)}])")
    return found


def candidates(record: HtmlElement, element: HtmlElement) -> list[str]:
    """Selectors for ``element`` inside ``record``, most robust first."""
    chain = chain_from(record, element)
    if not chain:
        return [""]
    found: list[str] = []
    if itemprop := (element.get("itemprop") or "").split():
        found.append(f"[itemprop={css_string(itemprop[0])}]")
    if hook := test_id(element):
        found.append(f"[{hook[0]}={css_string(hook[1])}]")
    classes = anchor_classes(element)
    if any(_step(s) == _step(element) for s in element.itersiblings(preceding=True)) or any(
        _step(s) == _step(element) for s in element.itersiblings()
    ):
        found.extend(_icon_anchors(element))  # alike siblings: the icon tells them apart, not the class
    found.extend(f"{tag_of(element)}.{c}" for c in classes[:2])
    if len(classes) > 1:
        found.append(tag_of(element) + "".join(f".{c}" for c in classes[:3]))
    found.extend(_content_anchors(element))
    labelled = _labelled(chain)
    if labelled and tag_of(element) in ("dd", "td"):
        found.append(labelled)  # a value found by its caption survives reordered pairs
    classed = [e for e in chain[:-1] if anchor_classes(e)]
    found.extend(f"{_step(ancestor)} {_step(element)}" for ancestor in reversed(classed))
    if labelled:
        found.append(labelled)
    steps = [_step(e) for e in chain]
    # A bare "a" or "span" breaks as soon as the site adds one before it: scope short paths.
    lengths = [*range(2, len(steps) + 1), 1] if "." not in steps[-1] else range(1, len(steps) + 1)
    found.extend(" ".join(steps[-k:]) for k in lengths)
    found.append(" > ".join(steps))
    if anchor_classes(element) and classed:
        # Cells of one class told apart by position: "the second stats item of the stats box".
        found.append(f"{_step(classed[-1])} > {_step(element)}:{_nth(element).split(':', 1)[1]}")
    mixed = [_step(e) if anchor_classes(e) else _nth(e) for e in chain]
    classed_at = [i for i, e in enumerate(chain[:-1]) if anchor_classes(e)]
    if classed_at:
        found.append(" > ".join(mixed[classed_at[-1] :]))
    found.append(" > ".join(mixed))
    found.append(" > ".join(_nth(e) for e in chain))
    return list(dict.fromkeys(found))


def expected(slot: Slot, number: int) -> str | list[str] | None:
    occurrences = slot.per_record.get(number)
    if not occurrences:
        return None
    cleaned = [clean_text(o.value) for o in occurrences]
    return cleaned if slot.many else cleaned[0]


def hits(records: list[Selector], slot: Slot, css: str) -> list[bool] | None:
    """Per sample record, whether ``css`` yields exactly the slot's value (or nothing where it has
    none); None when the selector cannot run."""
    probe = FieldSpec(
        name="probe",
        type="text",
        selector=css,
        attribute=slot.attribute,
        many=slot.many,
        strip_label=slot.strip_label,
    )
    found = []
    for number, record in enumerate(records[:VERIFY_SAMPLE]):
        try:
            got = extract_field(record, probe, "")
        except Exception:
            return None
        found.append(got == expected(slot, number))
    return found


def agreement(records: list[Selector], slot: Slot, css: str) -> float:
    """Share of sample records on which ``css`` yields exactly the slot's value (or nothing)."""
    found = hits(records, slot, css)
    return sum(found) / len(found) if found else 0.0


def best_selector(records: list[Selector], slot: Slot) -> str | None:
    """The first candidate right on every sample record, else a union of two candidates for two
    variants of the template (a plain price, a sale price in ``<ins>``), else the best one above
    the bar."""
    number, element = _first_occurrence(slot)
    best: tuple[float, str, list[bool]] | None = None
    for css in _slot_candidates(records[number].root, element, slot):
        found = hits(records, slot, css)
        if not found:
            continue
        score = sum(found) / len(found)
        if score == 1.0:
            return css
        if best is None or score > best[0]:
            best = (score, css, found)
    if best is None:
        return None
    union = _union_selector(records, slot, best[2])
    if union is not None:
        return union
    return best[1] if best[0] >= MIN_AGREEMENT else None


def _slot_candidates(record: HtmlElement, element: HtmlElement, slot: Slot) -> list[str]:
    """Candidates for the slot's element; reading only its own first text (``::text``) where a
    value leaves out something inside it: "4 Comments" without "on <title>" for screen readers,
    a title without the "New Listing" badge before it."""
    found = candidates(record, element)
    return [f"{css}::text" for css in found if css] if _reads_own_text(slot) else found


def _reads_own_text(slot: Slot) -> bool:
    if slot.kind not in ("text", "own") or slot.strip_label:
        return False
    return any(o.value != full_text(o.element) for occ in slot.per_record.values() for o in occ)


def _first_occurrence(slot: Slot) -> tuple[int, HtmlElement]:
    return next((n, occ[0].element) for n, occ in sorted(slot.per_record.items()) if occ)


def _union_selector(records: list[Selector], slot: Slot, found: list[bool]) -> str | None:
    """``a, b``: ``a`` written for a record the best single selector reads right, ``b`` for one it
    reads wrong, each variant's candidates in their usual order (most robust first)."""
    held = [n for n in range(len(found)) if slot.per_record.get(n)]
    right = next((n for n in held if found[n]), None)
    wrong = next((n for n in held if not found[n]), None)
    if right is None or wrong is None:
        return None
    mine = _slot_candidates(records[right].root, slot.per_record[right][0].element, slot)[:UNION_CANDIDATES]
    theirs = _slot_candidates(records[wrong].root, slot.per_record[wrong][0].element, slot)[:UNION_CANDIDATES]
    for first in mine:
        for second in theirs:
            if first != second and agreement(records, slot, f"{first}, {second}") == 1.0:
                return f"{first}, {second}"
    return None
