"""Exact counts behind rounded ones: "1.2k" shown, "1,237" in a ``title`` or an ``aria-label``.

GitHub, YouTube and Reddit show a count rounded ("1.2k stars", "3.1M views") and keep the exact
figure in a tooltip, on the element, on its parent, or on another copy of the same rounded count
(GitHub's Star button, ``span.Counter[title="1,237"]``, beside the sidebar's "1.2k stars"). The
exact figure is the value.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.roundedcounts import ROUNDED, exact_attribute
from pipeline.core.numbertext import parse_number
from pipeline.core.schemas import FieldSpec

#: Elements with a tooltip looked through for another copy of the count.
MAX_COPIES = 200


def exact_reading(element: HtmlElement, scope: HtmlElement) -> tuple[HtmlElement, str] | None:
    """Where the exact figure of the rounded count ``element`` shows is kept: an attribute of the
    element or of its parent, else of another element in ``scope`` showing the same rounded count."""
    text = full_text(element)
    rounded = ROUNDED.match(text)
    if rounded is None:
        return None
    for holder in (element, element.getparent()):
        if holder is not None and (attribute := exact_attribute(holder, text)):
            return holder, attribute
    copies = scope.xpath(".//*[(@title or @aria-label) and normalize-space() = $shown]", shown=rounded.group())
    found = [(c, a) for c in copies[:MAX_COPIES] if c is not element and (a := exact_attribute(c, text))]
    figures = {parse_number(c.get(a) or "") for c, a in found}
    return found[0] if len(figures) == 1 else None  # copies disagreeing: other counts


def with_exact_counts(record: Selector, fields: list[FieldSpec]) -> list[FieldSpec]:
    """The fields, each reading a rounded count moved to where its exact figure is kept."""
    names = {f.name for f in fields}
    result = []
    for spec in fields:
        result.append(_exact_spec(record, spec, names) or spec)
    return result


def _exact_spec(record: Selector, spec: FieldSpec, names: set[str]) -> FieldSpec | None:
    if spec.attribute is not None or not spec.selector or spec.type not in ("text", "number", "rating"):
        return None
    shown = record.css(spec.selector)
    if not shown or not isinstance(shown[0].root, HtmlElement):
        return None
    where = exact_reading(shown[0].root, record.root)
    if where is None:
        return None
    taken = names - {spec.name}
    return field_spec(record, where, spec.name, "number", taken)
