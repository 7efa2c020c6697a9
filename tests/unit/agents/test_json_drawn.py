"""Records a bundle draws a few at a time from JSON the page carries: the page is rendered, the link
share is measured over the cards drawn, and a bare price takes the currency the cards show."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from parsel import Selector

from agents.fetch import FetchedPage, RenderedFetch
from agents.jsoncurrency import shown_currency
from agents.jsondrawn import MAX_SHOWN_CHARS, MAX_TEXTS, shown_records
from agents.jsonlinks import linked_field
from agents.jsonscout import propose_fields, script_candidates
from agents.jsonshown import drawn_by_script, shown_candidate
from agents.survey import survey_page
from pipeline.core.exceptions import FetchFailed
from pipeline.core.schemas import FieldSpec

URL = "http://kettles.test/shop/kettles"
MODELS = ["Brass", "Copper", "Enamel", "Steel", "Glass", "Cast Iron", "Gooseneck", "Camping", "Whistling", "Electric"]


def _records() -> list[dict[str, Any]]:
    return [
        {
            "id": 500 + i,
            "title": f"{model} Kettle 1.5 L",
            "description": f"A {model.lower()} kettle for the stove, model {700 + i}",
            "price": f"{40 + i}.95",
        }
        for i, model in enumerate(MODELS)
    ]


def _escaped(value: object) -> str:
    return json.dumps(value).replace("&", "&amp;").replace('"', "&quot;")


def _fetched(records: list[dict[str, Any]]) -> str:
    return (
        '<html><body><nav><a href="/shop/kettles">Kettles</a><a href="/shop/pans">Pans</a></nav>'
        f'<div class="items" data-kind="kettle" data-items="{_escaped(records)}"></div>'
        '<a href="javascript:" class="more">More</a><script src="/js/shop.js"></script></body></html>'
    )


def _rendered(records: list[dict[str, Any]], drawn: int = 4, sign: str = "€") -> str:
    cards = "".join(
        f'<div class="card"><span class="price">{sign}{r["price"]}</span>'
        f'<h4><a href="/shop/kettle/item/{r["id"]}" title="{r["title"]}">{r["title"][:9]}...</a></h4>'
        f'<p class="description">{r["description"]}</p><p>{3 + i % 3} reviews</p></div>'
        for i, r in enumerate(records[:drawn])
    )
    return _fetched(records).replace("></div>", f">{cards}</div>", 1)


def test_a_link_is_measured_over_the_cards_the_page_has_drawn() -> None:
    records = _records()
    fields = propose_fields(records)
    shown = Selector(text=_rendered(records))
    hrefs = shown.css("a::attr(href)").getall()
    drawn = shown_records(records, shown.css("body").xpath("string()").get() or "")
    assert drawn == [0, 1, 2, 3]
    assert linked_field(fields, records, URL, hrefs, []) is None  # 4 of 10: too few of them all
    link = linked_field(fields, records, URL, hrefs, [], drawn)
    assert link is not None and (link.json_path, link.url_template) == ("id", "/shop/kettle/item/{}")


def test_one_drawn_card_is_too_few_to_take_a_template_from() -> None:
    records = _records()
    shown = Selector(text=_rendered(records, drawn=1))
    hrefs = shown.css("a::attr(href)").getall()
    assert linked_field(propose_fields(records), records, URL, hrefs, [], [0]) is None


def test_an_empty_list_filled_by_a_bundle_is_drawn_by_script() -> None:
    records = _records()
    page = _fetched(records)
    [candidate] = script_candidates(page, URL)
    assert drawn_by_script(candidate, page.encode(), Selector(text=page))
    shown = _rendered(records)  # once drawn, the cards show the records: nothing to render for
    assert not drawn_by_script(candidate, shown.encode(), Selector(text=shown))
    no_ids = [{k: v for k, v in r.items() if k != "id"} for r in records]
    bare = _fetched(no_ids)
    [unnamed] = script_candidates(bare, URL)
    assert not drawn_by_script(unnamed, bare.encode(), Selector(text=bare))


def test_a_bare_price_takes_the_currency_shown_beside_the_same_amount() -> None:
    records = _records()
    price = FieldSpec(name="price", type="price", json_path="price")
    [read] = shown_currency([price], records, Selector(text=_rendered(records)).xpath("string()").get() or "", [0, 1])
    assert read.currency == "EUR"
    mixed = _rendered(records[:1], sign="$") + _rendered(records[1:2], sign="£")
    text = Selector(text=mixed).xpath("string()").get() or ""
    assert shown_currency([price], records, text, [0, 1]) == (price,)  # not one currency
    other = Selector(text=_rendered(_records()[:0])).xpath("string()").get() or ""
    assert shown_currency([price], records, other + " €12.00 €13.00", [0, 1]) == (price,)  # other amounts


def test_the_shown_candidate_of_a_drawn_list_links_and_prices_its_records() -> None:
    records = _records()
    page = _fetched(records)
    [candidate] = script_candidates(page, URL)
    found = shown_candidate(candidate, page.encode(), Selector(text=page), URL, _rendered(records))
    by_name = {f.name: f for f in found.fields}
    assert by_name["url"].url_template == "/shop/kettle/item/{}"
    assert by_name["price"].currency == "EUR"


@dataclass
class _Fetcher:
    rendered: str | None
    asked: list[str] = field(default_factory=list)

    def render(self, url: str) -> RenderedFetch:
        self.asked.append(url)
        if self.rendered is None:
            raise FetchFailed("Chromium failed")
        return RenderedFetch(url, url, 200, {"content-type": "text/html"}, self.rendered.encode())


def _page(text: str) -> FetchedPage:
    return FetchedPage(URL, URL, 200, {"content-type": "text/html"}, text.encode())


def test_the_survey_renders_a_list_its_bundle_draws_and_reads_the_links_drawn() -> None:
    records = _records()
    fetcher = _Fetcher(_rendered(records))
    profile = survey_page(_page(_fetched(records)), fetcher)  # type: ignore[arg-type]
    assert fetcher.asked == [URL]
    first = profile.sample_records[0]
    assert first["url"] == "http://kettles.test/shop/kettle/item/500"
    assert first["price"] == {"amount": 40.95, "currency": "EUR"}


def test_a_page_that_shows_its_records_or_cannot_be_rendered_is_read_as_before() -> None:
    records = _records()
    shown = _fetched(records).replace(
        "></div>", '><p class="description">A brass kettle for the stove, model 700</p></div>', 1
    )
    fetcher = _Fetcher(_rendered(records))
    survey_page(_page(shown), fetcher)  # type: ignore[arg-type]
    assert fetcher.asked == []
    failing = _Fetcher(None)
    profile = survey_page(_page(_fetched(records)), failing)  # type: ignore[arg-type]
    assert failing.asked == [URL] and "url" not in profile.sample_records[0]


def test_a_record_is_shown_by_its_nested_texts_and_not_by_texts_other_records_share() -> None:
    records = [
        {"api_id": "e-1", "event": {"name": "Founders Pitch Night", "kind": "meetup party"}},
        {"api_id": "e-2", "event": {"name": "Intro to Rust", "kind": "meetup party"}},
    ]
    assert shown_records(records, "Today · Founders Pitch Night · 6:00 PM") == [0]
    assert shown_records(records, "Every meetup party in town") == []


def test_only_a_record_s_first_texts_are_looked_for_in_the_first_of_the_shown_text() -> None:
    """Each text is a search of the page's text: a record's first MAX_TEXTS, in its first MAX_SHOWN_CHARS."""
    records = [{f"note{n}": f"Record {i} remark number {n}." for n in range(MAX_TEXTS + 5)} for i in range(3)]
    late = f"record 0 remark number {MAX_TEXTS + 1}."  # past the texts looked for
    first = "record 1 remark number 0."
    assert shown_records(records, f"<p>{late}</p><p>{first}</p>") == [1]
    far = "x " * MAX_SHOWN_CHARS + "record 2 remark number 0."  # past the text searched
    assert shown_records(records, far) == []
    nested = [{"event": {"name": "Concert in the park"}}, {"event": {"name": "Film night"}}]
    assert shown_records(nested, "film night") == [1]
