"""Relative CSS selectors for one slot of a record, checked on sample records through the engine."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import HtmlElement, css_string, tag_of
from agents.heuristics.names import anchor_classes
from agents.heuristics.slots import Slot, label_of
from pipeline.core.extract import extract_field
from pipeline.core.normalize import clean_text
from pipeline.core.schemas import FieldSpec

#: Records used to check a selector; the template shows in a dozen, and each check costs a query.
VERIFY_SAMPLE = 12
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


def candidates(record: HtmlElement, element: HtmlElement) -> list[str]:
    """Selectors for ``element`` inside ``record``, most robust first."""
    chain = chain_from(record, element)
    if not chain:
        return [""]
    found: list[str] = []
    if itemprop := (element.get("itemprop") or "").split():
        found.append(f"[itemprop={css_string(itemprop[0])}]")
    classes = anchor_classes(element)
    found.extend(f"{tag_of(element)}.{c}" for c in classes[:2])
    if len(classes) > 1:
        found.append(tag_of(element) + "".join(f".{c}" for c in classes[:3]))
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


def agreement(records: list[Selector], slot: Slot, css: str) -> float:
    """Share of sample records on which ``css`` yields exactly the slot's value (or nothing)."""
    probe = FieldSpec(
        name="probe",
        type="text",
        selector=css,
        attribute=slot.attribute,
        many=slot.many,
        strip_label=slot.strip_label,
    )
    checked = records[:VERIFY_SAMPLE]
    right = 0
    for number, record in enumerate(checked):
        try:
            got = extract_field(record, probe, "")
        except Exception:
            return 0.0
        right += got == expected(slot, number)
    return right / len(checked) if checked else 0.0


def best_selector(records: list[Selector], slot: Slot) -> str | None:
    """The first candidate right on every sample record, else the best one above the bar."""
    number, element = next((n, occ[0].element) for n, occ in sorted(slot.per_record.items()) if occ)
    best: tuple[float, str] | None = None
    for css in candidates(records[number].root, element):
        score = agreement(records, slot, css)
        if score == 1.0:
            return css
        if score >= MIN_AGREEMENT and (best is None or score > best[0]):
            best = (score, css)
    return best[1] if best else None
