"""A bullet list named by its item in the singular (``featureList``) is one list field, even where
its runs vary in length and some items hold figures ("Invite 10 guests")."""

from __future__ import annotations

from lxml import html

from agents.heuristics.dom import HtmlElement
from agents.heuristics.siblings import sibling_mode

FEATURES = [
    ["Shared workspace", "Connect your chat tools", "Basic page analytics", "7 day page history", "Invite 10 guests"],
    ["Unlimited blocks", "Unlimited file uploads", "30 day page history", "Invite 100 guests", "Custom sites", "Forms"],
    ["Private spaces", "Bulk export", "Advanced analytics", "90 day page history", "Invite 250 guests", "SAML"],
    ["User provisioning", "Audit log", "Advanced security", "Unlimited history", "Invite 500 guests", "Admin", "SLA"],
]


def _runs(list_class: str) -> list[list[HtmlElement]]:
    cards = "".join(
        f'<div class="Card_card__a1"><ul class="{list_class}">'
        + "".join(
            f'<li class="Card_feature__c3"><span class="Card_check__d4"></span><span>{f}</span></li>' for f in items
        )
        + "</ul></div>"
        for items in FEATURES
    )
    root = html.fromstring(f"<html><body>{cards}</body></html>")
    return [list(ul.iterchildren("li")) for ul in root.iter("ul")]


def test_a_list_named_by_its_singular_item_is_a_list() -> None:
    assert sibling_mode(_runs("Card_featureList__b2")) == "list"


def test_a_details_list_keeps_its_places() -> None:
    assert sibling_mode(_runs("Card_detailsList__b2")) != "list"
