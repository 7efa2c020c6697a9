"""Cells of a result grid that hold no offer: a "Results" caption cell, a "Need help?" box.

Marketplaces write every cell of their result grid in one markup (``div.s-result-item``), the
caption above the results and the help box below them included. Their shape may still be near the
template (a heading and a line of text), so likeness keeps them; what they lack is what makes an
offer one: a link to its page and a price. Where nearly every member shows both, a member showing
neither is no record.
"""

from __future__ import annotations

from agents.heuristics import values
from agents.heuristics.dom import DomIndex, HtmlElement

#: Share of the members that must link to a page and show a price for the rule to apply.
OFFER_SHARE = 0.8
#: Members a grid needs before some of its cells can be told to hold no offer.
MIN_CELLS = 4
#: Members looked at to tell a grid of offers.
CELL_SAMPLE = 12


def without_bare_cells(members: list[HtmlElement], index: DomIndex) -> list[HtmlElement]:
    """``members`` without those holding neither a link to a page nor a price, when nearly all
    the others hold both (judged on the first members: a grid shows its make in its first rows)."""
    if len(members) < MIN_CELLS:
        return members
    sample = members[:CELL_SAMPLE]
    linked = [_links_to_a_page(m) for m in sample]
    if values.share(linked) < OFFER_SHARE:
        return members  # most members link nowhere: no grid of offers, and no price need be read
    offers = [a and values.holds_price(index.text_head(m)) for m, a in zip(sample, linked, strict=True)]
    if values.share(offers) < OFFER_SHARE:
        return members
    return [m for m in members if _links_to_a_page(m) or values.holds_price(index.text_head(m))]


def _links_to_a_page(member: HtmlElement) -> bool:
    hrefs = ((a.get("href") or "").strip() for a in member.iter("a"))
    return any(h and not h.startswith(("#", "javascript:")) for h in hrefs)
