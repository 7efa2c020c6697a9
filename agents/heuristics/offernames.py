"""The names of the offers in a purchase form: a hotel's room types, a product's bundles.

Booking's availability table lists one room per row, each named by a heading ("Standard Double
Room") beside its price and a "Select rooms" box, all in the form that books them. The rows are
the entity's offers, not other items; their names are one list field of the entity.
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import HtmlElement, css_ident, full_text, tag_of
from agents.heuristics.names import unique_name
from agents.heuristics.purchaseforms import is_purchase_form
from pipeline.core.schemas import FieldSpec

#: Headings that name a row's offer.
_ROW_HEADINGS = ("h2", "h3", "h4")
#: A purchase form lists at least this many offers to make a list field of them.
MIN_OFFERS = 2


def offer_names(record: Selector, container: HtmlElement, taken: set[str]) -> FieldSpec | None:
    """A list field of the headings naming the rows of the entity's purchase form, if it has one."""
    for form in container.xpath(".//form[@id]"):
        ident = form.get("id") or ""
        if not css_ident(ident) or not is_purchase_form(form):
            continue
        for row_tag in ("tr", "li"):
            for heading_tag in _ROW_HEADINGS:
                names = [_first(row, heading_tag) for row in form.iter(row_tag)]
                shown = [n for n in names if n is not None and full_text(n)]
                if len(shown) < MIN_OFFERS or len(shown) != len(set(map(full_text, shown))):
                    continue
                css = f"form#{ident} {row_tag} {heading_tag}"
                if len(record.css(css)) == len(shown):
                    return FieldSpec(name=unique_name("offers", taken), type="tags", selector=css, many=True)
    return None


def _first(row: HtmlElement, heading_tag: str) -> HtmlElement | None:
    found = [h for h in row.iter(heading_tag) if tag_of(h) == heading_tag]
    return found[0] if len(found) == 1 else None
