"""Selectors telling a value from the look-alikes in its record: elements of the same tag and class.

By the icon its wrapper shows, an attribute or classes it lacks beside its siblings, a class only it
carries among them, the classed sibling it follows, a link's section, a wrapper's second class.
``fieldcandidates`` offers them after the usual anchors and before plain positions.
"""

from __future__ import annotations

from itertools import islice

from agents.heuristics.attributeanchors import STABLE_ATTRIBUTE
from agents.heuristics.classtokens import anchor_classes, is_utility
from agents.heuristics.contentanchors import icon_anchors
from agents.heuristics.controlanchors import control_anchors
from agents.heuristics.dom import HtmlElement, css_ident, css_string, previous_element, tag_of
from agents.heuristics.selectorsteps import anchored as _anchored
from agents.heuristics.selectorsteps import section_prefix
from agents.heuristics.selectorsteps import step as _step

#: Look-alike elements of a record compared with a value's wrapper (see ``lacking_classes``).
MAX_LOOKALIKES = 50


def _after_anchor(element: HtmlElement) -> list[str]:
    """``a.event-card-link + p``: a value among alike siblings found by the classed sibling it
    follows, wherever an optional sibling before them shifts positions."""
    previous = previous_element(element)
    parent = element.getparent()
    if previous is None or parent is None or not _anchored(previous) or _step(previous) == _step(element):
        return []
    if not any(s is not element and _step(s) == _step(element) for s in parent):
        return []
    return [f"{_step(previous)} + {_step(element)}"]


def lacking_classes(record: HtmlElement, chain: list[HtmlElement]) -> list[str]:
    """``div.metadata:not(.salary-snippet-container) div``: a wrapper told from its look-alikes
    in the record (same tag and first class) by the extra classes they carry and it lacks."""
    found = []
    for i in range(len(chain) - 1, -1, -1):
        node = chain[i]
        classes = anchor_classes(node)
        if not classes:
            continue
        mine = set(classes)
        extra = sorted(
            {
                c
                for other in islice(record.iter(node.tag), MAX_LOOKALIKES)
                if other is not node and anchor_classes(other)[:1] == classes[:1]
                for c in anchor_classes(other)
                if c not in mine and css_ident(c)
            }
        )
        if extra:
            rest = " ".join(_step(e) for e in chain[i + 1 :])
            found.append(f"{tag_of(node)}.{classes[0]}" + "".join(f":not(.{c})" for c in extra[:3]) + f" {rest}")
    return [f.strip() for f in found]


def telling_apart(chain: list[HtmlElement], classed: list[HtmlElement]) -> list[str]:
    """Anchors for values that their first classes do not tell apart, tried after the usual ones
    (which the unions of two variants are built from) and before positions."""
    element = chain[-1]
    # "<li><svg><use href=#bed/></svg><p>2 beds</p></li>": the icon marks the wrapper, not the value.
    found = [f"{anchor} {' '.join(_step(e) for e in chain[i + 1 :])}" for i, anchor in _wrapper_icons(chain)]
    found.extend(_apart_from_siblings(chain))
    found.extend(_own_class(chain))
    found.extend(_after_anchor(element))
    found.extend(control_anchors(chain))  # "button[aria-label="Boost"] span": which of alike controls
    if prefix := section_prefix(element):  # "a[href^='item?']": the comments link, wherever it sits
        scope = f"{_step(classed[-1])} " if classed else ""
        found.append(f"{scope}{tag_of(element)}[href^={css_string(prefix)}]")
    # "span.a-text-price span": a wrapper's second class can be the one telling two prices apart.
    found.extend(
        f"{tag_of(ancestor)}.{c} {_step(element)}"
        for ancestor in reversed(classed)
        for c in anchor_classes(ancestor)[1:3]
    )
    return found


def _wrapper_icons(chain: list[HtmlElement]) -> list[tuple[int, str]]:
    """Icon anchors of the value's wrappers (nearest first) that have alike siblings."""
    found: list[tuple[int, str]] = []
    for i in range(len(chain) - 2, -1, -1):
        wrapper = chain[i]
        parent = wrapper.getparent()
        alike = parent is not None and any(s is not wrapper and _step(s) == _step(wrapper) for s in parent)
        if alike:
            found.extend((i, anchor) for anchor in icon_anchors(wrapper))
    return found


def _own_class(chain: list[HtmlElement]) -> list[str]:
    """``div.row > span.is-eta``: a value among siblings of one tag and first class (atomic CSS writes one
    soup of tokens on a delivery date and the note beside it) by a class it carries and none of them
    does, under its parent: the same class on a value nested deeper elsewhere in the card is not it. The
    sibling after such a value is found by it: ``div.row > span.is-eta + span``."""
    element = chain[-1]
    if len(chain) < 2:
        return []
    parent = _step(chain[-2])
    found = [f"{parent} > {tag_of(element)}.{c}" for c in _classes_only_here(element)[:2]]
    previous = previous_element(element)
    if previous is not None and tag_of(previous) == tag_of(element):
        found.extend(f"{parent} > {tag_of(previous)}.{c} + {_step(element)}" for c in _classes_only_here(previous)[:1])
    return found


def _classes_only_here(element: HtmlElement) -> list[str]:
    """The classes ``element`` carries that none of its siblings of the same tag and first class does; not a
    utility (``ml-1``, a colour): a margin or a shade is no role, and changes with the look."""
    parent = element.getparent()
    classes = anchor_classes(element)
    if parent is None or not classes:
        return []
    alike = [s for s in parent if s is not element and tag_of(s) == tag_of(element)]
    alike = [s for s in alike if anchor_classes(s)[:1] == classes[:1]]
    theirs = {c for s in alike for c in anchor_classes(s)}
    return [c for c in classes if c not in theirs and css_ident(c) and not is_utility(c)] if alike else []


def _apart_from_siblings(chain: list[HtmlElement]) -> list[str]:
    """An unclassed element told from its classed siblings of the same tag: by an attribute only it
    carries (``a[data-preview-url]``) or by the classes it lacks (``a:not(.labelLink)``)."""
    element = chain[-1]
    tag = tag_of(element)
    parent = element.getparent()
    if anchor_classes(element) or parent is None:
        return []
    siblings = [s for s in parent if s is not element and tag_of(s) == tag]
    if not siblings:
        return []
    scope = next((_step(e) for e in reversed(chain[:-1]) if anchor_classes(e)), "")
    prefix = f"{scope} " if scope else ""
    found = []
    theirs = {name for s in siblings for name in s.attrib}
    for name in element.attrib:
        if name.startswith(("data-", "aria-")) and name not in theirs and STABLE_ATTRIBUTE.match(name):
            found.append(f"{prefix}{tag}[{name}]")
    classes = sorted({c for s in siblings for c in anchor_classes(s)[:1]})
    if classes:
        found.append(f"{prefix}{tag}" + "".join(f":not(.{c})" for c in classes))
    return found
