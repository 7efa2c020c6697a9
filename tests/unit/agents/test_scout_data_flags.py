"""Pages whose records are also data: flags in the data, ads the markup leaves out, minified classes."""

from __future__ import annotations

import json
from typing import cast

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.classtokens import is_hashed
from agents.jsonscout import propose_fields
from agents.survey import survey_page
from pipeline.core.extract import extract_records
from pipeline.core.schemas import ScraperSpec
from pipeline.core.specparts import JsonSourceSpec
from pipeline.core.validation_rules import FieldCheck, value_problem

URL = "https://market.example/search?q=skillet"
ITEMS = [(f"Cast iron skillet model {n}", 10 + n, n in (2, 5)) for n in range(8)]


class _NoNetwork:
    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey rendered {url}")


def _page() -> str:
    cards = "".join(
        f'<div class="tile" data-item-id="{n}"><a class="tile-link" href="/ip/{n}">{title}</a>'
        f"{'<span class=badge>Sponsored</span>' if ad else ''}<span class='cost'>${price}.99</span></div>"
        for n, (title, price, ad) in enumerate(ITEMS)
    )
    data = {
        "props": {
            "items": [
                {"name": title, "id": n, "price": f"{price}.99", "isSponsoredFlag": ad, "inStock": True}
                for n, (title, price, ad) in enumerate(ITEMS)
            ]
        }
    }
    return (
        f'<html><body><main><div class="grid">{cards}</div></main>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>'
    )


def test_the_markup_wins_when_the_data_holds_only_the_ads_more() -> None:
    html = _page()
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    profile = survey_page(page, cast(Fetcher, _NoNetwork()))
    assert profile.spec.json_source is None  # what the visitor sees: the six products, no ads
    assert profile.record_count == 6


def test_a_flag_in_the_data_is_text_and_every_record_stays_valid() -> None:
    records = [{"name": t, "price": p, "isSponsoredFlag": ad, "inStock": True} for t, p, ad in ITEMS]
    fields = propose_fields(records)
    flag = next(f for f in fields if f.json_path == "isSponsoredFlag")
    assert flag.type == "text"
    spec = ScraperSpec(
        start_url=URL, fields=fields, json_source=JsonSourceSpec(location="endpoint", endpoint=URL, records_path="@")
    )
    extracted = extract_records(json.dumps(records), URL, spec)
    assert [r[flag.name] for r in extracted][:3] == ["false", "false", "true"]
    assert not [p for r in extracted for f in fields if (p := value_problem(FieldCheck(f.type), r.get(f.name)))]


def test_a_minified_class_behind_a_prefix_is_no_name() -> None:
    assert is_hashed("w_iUH7") and is_hashed("w_yTSq")
    assert not is_hashed("is_active") and not is_hashed("price_main")
