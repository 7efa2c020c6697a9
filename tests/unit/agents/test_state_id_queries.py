"""A record link's query naming an id of the page's JSON state selects the record: it is kept.

``/p/trail-shoe/_/P-4411?model=7730021&colour=red`` over a state saying ``"modelId": "7730021"``
names the model shown; a query whose values the state keeps under a click's key, or the same on
every card, or not at all, still only tracks the click and is dropped.
"""

from __future__ import annotations

import json

from lxml import html

from agents.heuristics.stateids import page_state_ids
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://sport.example/c/running-shoes"
NAMES = ["Trail Shoe", "Road Racer", "Fell Runner", "Track Spike", "Marathon Trainer", "Hill Climber"]
COLOURS = ["red", "blue", "red", "black", "blue", "grey"]


def _model(i: int) -> str:
    return f"77300{21 + i * 7}"


def _page(query: str, state_key: str | None, *, context: str = "") -> str:
    """A product grid whose links carry ``query`` (formatted per card) over a JSON state keeping
    each card's model under ``state_key`` (no state when None) and the list's ``context``."""
    cards = "".join(
        f'<div class="tile" data-group="{4400 + i}">'
        f'<a class="tile-link" href="/p/{n.lower().replace(" ", "-")}/_/P-{4400 + i}'
        f'?{query.format(model=_model(i), colour=COLOURS[i], i=i)}"><h2 class="tile-name">{n}</h2></a>'
        f'<span class="tile-price">£{40 + i}.99</span></div>'
        for i, n in enumerate(NAMES)
    )
    items = [{state_key: _model(i), "label": n} for i, n in enumerate(NAMES)] if state_key else []
    state = f"<script>window.__SHOP__ = {json.dumps({'items': items})};{context}</script>" if state_key else ""
    return list_page(cards + "</div></main>" + state, '<main><div class="grid">{}')


def _urls(page: str) -> list[str]:
    _spec, records = spec_and_records(page, URL)
    assert len(records) == len(NAMES)
    return [str(r["url"]) for r in records]


def test_a_query_naming_a_model_of_the_pages_state_is_kept() -> None:
    urls = _urls(_page("model={model}&colour={colour}", "modelId"))
    assert urls[0] == f"https://sport.example/p/trail-shoe/_/P-4400?model={_model(0)}&colour=red"


def test_a_query_the_state_does_not_name_still_tracks_the_click() -> None:
    assert _urls(_page("model={model}&colour={colour}", None))[0] == "https://sport.example/p/trail-shoe/_/P-4400"


def test_an_impression_id_of_the_state_names_no_record() -> None:
    urls = _urls(_page("imp={model}&pos={i}", "impressionId"))
    assert urls[0] == "https://sport.example/p/trail-shoe/_/P-4400"


def test_an_id_on_every_card_names_the_lists_context_not_the_record() -> None:
    page = _page("store=55120&pos={i}", "modelId", context='var shop = {"storeId": "55120"};')
    assert _urls(page)[0] == "https://sport.example/p/trail-shoe/_/P-4400"


def test_page_state_ids_reads_id_keys_of_json_and_object_literals() -> None:
    doc = html.fromstring(
        "<html><body><p>x</p><script>var a = {productId: 123456, sku: 'x', 'variant_id': \"VX-9921\","
        ' "name": "Shoe 2024", "trackingId": "TRK88812", "searchId": "99812345", "id": "A1B2C3"};</script>'
        '<script type="application/ld+json">{"sku": "SKU-4421", "price": "1999"}</script></body></html>'
    )
    assert page_state_ids(doc.find(".//p")) == {"123456", "VX-9921", "A1B2C3", "SKU-4421"}
