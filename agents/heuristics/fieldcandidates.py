"""Candidate CSS selectors for one value inside a record, most robust first.

Anchors in meaning come first (itemprop, test ids, the value's own classes, where its link leads,
the icon or caption before it: ``contentanchors``), then paths from its classed wrappers, then ways
to tell it from look-alike siblings (``lookalikes``), and plain positions last. ``fieldcss``
checks them on sample records.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from agents.heuristics.attributeanchors import attribute_anchors
from agents.heuristics.classtokens import anchor_classes, module_classes, stable_id
from agents.heuristics.contentanchors import content_anchors, icon_anchors
from agents.heuristics.datamarkers import test_id
from agents.heuristics.dom import HtmlElement, css_ident, css_string, previous_element, tag_of
from agents.heuristics.labels import label_of
from agents.heuristics.leadruns import after_lead
from agents.heuristics.lookalikes import MAX_LOOKALIKES, lacking_classes, telling_apart
from agents.heuristics.moduleclasses import module_step
from agents.heuristics.placeselectors import GENERIC_TAGS, caption_run, wrapper_places
from agents.heuristics.presenceanchors import presence_anchors
from agents.heuristics.selectorsteps import anchored as _anchored
from agents.heuristics.selectorsteps import nth as _nth
from agents.heuristics.selectorsteps import nth_last as _nth_last
from agents.heuristics.selectorsteps import step as _step
from agents.heuristics.splitcaptions import caption_before
from agents.heuristics.statewords import state_steps, without_state_classes
from agents.heuristics.unitanchors import named_places, unit_anchors
from pipeline.core.cleantext import clean_text


def chain_from(record: HtmlElement, element: HtmlElement) -> list[HtmlElement]:
    """Elements from just below ``record`` down to ``element`` (empty when they are the same)."""
    chain: list[HtmlElement] = []
    node: HtmlElement | None = element
    while node is not None and node is not record:
        chain.append(node)
        node = node.getparent()
    return list(reversed(chain))


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
    caption = caption_before(element)
    if caption is not None and clean_text(caption.text_content()) == label:
        # "span:contains("Level") + span + span.value": across the colon written between them.
        before = previous_element(element)
        colon = caption if before is None else before
        between = "" if colon is caption else f" + {tag_of(colon)}"
        return f"{tag_of(caption)}:contains({quoted}){between} + {_step(element)}"
    if previous is not None and isinstance(previous.tag, str) and clean_text(previous.text_content()) == label:
        return f"{tag_of(previous)}:contains({quoted}) + {_step(element)}"
    return f"{_step(element)}:contains({quoted})"


def _caption_before_class(record: HtmlElement, element: HtmlElement, labelled: str | None) -> list[str]:
    """``labelled`` where the value's own class also names the values of other pairs in the record
    ("Level: Beginner", "Fee: £149.00" in spans of one class): the caption tells them apart
    wherever a pair before it is missing, the class reads the first pair. Cells keep their place."""
    if not labelled or tag_of(element) in ("dd", "td"):
        return []
    step = _step(element)
    others = islice(record.iter(element.tag), MAX_LOOKALIKES)
    return [labelled] if any(o is not element and _step(o) == step for o in others) else []


def _labelled(chain: list[HtmlElement]) -> str | None:
    """The nearest captioned node of ``chain``, by its caption, then the path below it."""
    for depth, node in enumerate(reversed(chain)):
        if labelled := _label_css(node):
            rest = chain[len(chain) - depth :]
            return " ".join([labelled, *(_step(e) for e in rest)])
    return None


def candidates(record: HtmlElement, element: HtmlElement, records: Sequence[HtmlElement] = ()) -> list[str]:
    """Selectors for ``element`` inside ``record``, most robust first; ``records`` (the sampled
    records, ``record`` among them) tell an anchor all of them share from one record's own value."""
    chain = chain_from(record, element)
    if not chain:
        return [""]
    found: list[str] = []
    if itemprop := (element.get("itemprop") or "").split():
        found.append(f"[itemprop={css_string(itemprop[0])}]")
    if hook := test_id(element):
        found.append(f"[{hook[0]}={css_string(hook[1])}]")
    if (ident := stable_id(element)) and css_ident(ident):
        found.append(f"{tag_of(element)}#{ident}")  # a hand-written id names one element for good
    found.extend(_caption_before_class(record, element, labelled := _labelled(chain)))
    classes = without_state_classes(anchor_classes(element))
    if any(_step(s) == _step(element) for s in element.itersiblings(preceding=True)) or any(
        _step(s) == _step(element) for s in element.itersiblings()
    ):
        # Alike siblings: the icon tells them apart, not the class, or the unit of each one's fact ("54,3 m²").
        found.extend([*icon_anchors(element), *unit_anchors(element)])
    found.extend(f"{tag_of(element)}.{c}" for c in classes[:2])
    if len(classes) > 1:
        found.append(tag_of(element) + "".join(f".{c}" for c in classes[:3]))
    found.extend(module_step(tag_of(element), m) for m in module_classes(element)[:1])
    found.extend(content_anchors(element, records))
    if labelled and tag_of(element) in ("dd", "td"):
        found.append(labelled)  # a value found by its caption survives reordered pairs
    classed = [e for e in chain[:-1] if _anchored(e)]
    found.extend(f"{_step(ancestor)} {_step(element)}" for ancestor in reversed(classed))
    if labelled:
        found.append(labelled)
    found.extend(caption_run(element))  # "~" reads every item of a captioned run, "+" the first
    steps = [_step(e) for e in chain]
    # A bare "a" or "span" breaks as soon as the site adds one before it: scope short paths.
    lengths = [*range(2, len(steps) + 1), 1] if "." not in steps[-1] else range(1, len(steps) + 1)
    found.extend(" ".join(steps[-k:]) for k in lengths)
    found.extend([*_under_parent(chain), " > ".join(steps)])
    found.extend(telling_apart(chain, classed))
    found.extend(lacking_classes(record, chain))
    found.extend([*attribute_anchors(chain), *presence_anchors(record, element)])
    if _anchored(element) and classed:
        # Cells of one class told apart by position: "the second stats item of the stats box".
        found.append(f"{_step(classed[-1])} > {_step(element)}:{_nth(element).split(':', 1)[1]}")
    mixed = [_step(e) if _anchored(e) else _nth(e) for e in chain]
    classed_at = [i for i, e in enumerate(chain[:-1]) if _anchored(e)]
    if classed_at:
        found.append(" > ".join(mixed[classed_at[-1] :]))
    # "h3 > span:nth-last-of-type(1)" outlasts a path from the top; so does a fact's place under its named list.
    found.extend([*_short_positions(chain), *named_places(element)])
    found.append(" > ".join(mixed))
    found.append(" > ".join(_nth(e) for e in chain))
    # The same paths counted from the end: an optional first sibling shifts only the count from the start.
    last = [_step(e) if _anchored(e) else _nth_last(e) for e in chain]
    if _anchored(element) and classed:
        found.append(f"{_step(classed[-1])} > {_step(element)}:{_nth_last(element).split(':', 1)[1]}")
    if classed_at:
        found.append(" > ".join(last[classed_at[-1] :]))
    found.append(" > ".join(last))
    # "ul:nth-of-type(2) > li": a card's second list; "div > span:nth-of-type(n+2)": the tags after a lead value
    found.extend([*wrapper_places(chain), *after_lead(chain)])
    found.extend(_from_record(record, chain, [" > ".join(mixed), " > ".join(_nth(e) for e in chain), " > ".join(last)]))
    return list(dict.fromkeys([*found, *state_steps(element)]))  # a record state's class: the last resort


def _from_record(record: HtmlElement, chain: list[HtmlElement], paths: list[str]) -> list[str]:
    """``:scope > div:nth-of-type(2)``: a path of places read from the record itself. A selector
    matches the record as well as what it holds, so where the record is a ``div`` among ``div``s
    (every class a build hash), the second record of a list is itself "the second ``div``" and
    reads its whole text for the field. Elsewhere the plain path from the record tells a value
    right under it from its tag's other uses deeper down (a card link's ``p`` of downloads below
    the ``span`` holding the description ``p``), where no class names either."""
    if tag_of(record) != tag_of(chain[0]):
        return [":scope > " + " > ".join(_step(e) for e in chain)]
    return [f":scope > {path}" for path in paths]


def _under_parent(chain: list[HtmlElement]) -> list[str]:
    """``p.container > span.price__``: the value as a child of its classed parent, not its copy of
    the same class nested deeper (the old price's ``span.originalPrice > span.price__``)."""
    if len(chain) < 2 or not _anchored(chain[-2]):
        return []
    return [f"{_step(chain[-2])} > {_step(chain[-1])}"]


def _short_positions(chain: list[HtmlElement]) -> list[str]:
    """``h3 > span:nth-last-of-type(1)``: the value by its place under its parent alone, counted
    from the end first. Where classes are hashed, a headline after an optional kicker in the same
    heading (the Guardian's, the BBC's and the NYT's cards) has no class, and the path down from the
    record differs between card sizes; its place among its siblings does not. Under a bare ``div``
    or ``span`` the place is no anchor at all (the first ``div`` of the record with two ``span``s
    anywhere), so none is offered there."""
    if len(chain) < 2 or _step(chain[-2]) in GENERIC_TAGS:
        return []
    parent, element = _step(chain[-2]), chain[-1]
    return [f"{parent} > {_nth_last(element)}", f"{parent} > {_nth(element)}"]
