"""Fields rare or absent on the first list page that the following sample pages show (``laterfields``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from agents.builder import build_spider
from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.laterfields import later_fields
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

BASE = "http://shop.test/candles/"
NAMES = [
    "Sea Salt Candle",
    "Fig Leaf Jar",
    "Beeswax Pillar",
    "Amber Votive",
    "Cedar Tin",
    "Rose Taper",
    "Linen Wick",
    "Moss Bowl",
    "Pine Lantern",
    "Honey Dome",
    "Sage Tumbler",
    "Peony Glass",
]


def _card(page: int, index: int, *, sold_out: bool = False, price_to: str = "") -> str:
    name = f"{NAMES[index % len(NAMES)]} {index // len(NAMES) or ''} No. {page}".replace("  ", " ")
    slug = name.lower().replace(" ", "-").replace(".", "")
    badge = '<span class="stock-badge">Out of stock</span>' if sold_out else ""
    to = f' <span aria-hidden="true">&ndash;</span> <span class="amount">&pound;{price_to}</span>' if price_to else ""
    return (
        f'<li class="product" data-ordinal="{index + 1}">'
        f'<a class="thumb" href="/product/{slug}/">{badge}<img src="/img/{slug}.jpg" alt=""></a>'
        f'<h2 class="title"><a class="product-link" href="/product/{slug}/">{name}</a></h2>'
        f'<span class="price"><span class="amount">&pound;{10 + index}.00</span>{to}</span></li>'
    )


def _page(page: int, cards: str, last: int = 3) -> str:
    pager = "".join(
        f'<a class="page-numbers" href="/candles/page/{n}/">{n}</a>' if n != page else f"<span>{n}</span>"
        for n in range(1, last + 1)
    )
    following = f'<a class="next" href="/candles/page/{page + 1}/">Next</a>' if page < last else ""
    return (
        '<html lang="en"><head><title>Candles</title></head><body><header><a href="/">Home</a></header>'
        f'<main><h1>Candles</h1><ul class="products">{cards}</ul>'
        f'<nav class="pagination">{pager}{following}</nav></main></body></html>'
    )


def _url(page: int) -> str:
    return BASE if page == 1 else f"{BASE}page/{page}/"


def _pages(sold_out: dict[int, set[int]], ranges: dict[int, set[int]] | None = None, cards: int = 12) -> dict[str, str]:
    """Three pages of ``cards`` cards; ``sold_out[page]`` (and ``ranges[page]``) the cards showing a badge (a range)."""
    ranges = ranges or {}
    return {
        _url(page): _page(
            page,
            "".join(
                _card(
                    page,
                    i,
                    sold_out=i in sold_out.get(page, set()),
                    price_to="40.00" if i in ranges.get(page, set()) else "",
                )
                for i in range(cards)
            ),
        )
        for page in (1, 2, 3)
    }


@dataclass
class _Site:
    """A fetcher serving the hand-made pages by address."""

    pages: dict[str, str]

    def fetch(self, url: str, render: bool = False) -> FetchedPage:
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=self.pages[url].encode())


def _build(pages: dict[str, str]) -> tuple[set[str], list[dict[str, object]]]:
    profile = analyze_page(pages[BASE], BASE)
    built = build_spider("candles", profile, cast(Fetcher, _Site(pages)))
    records = [dict(r) for url, body in pages.items() for r in extract_records(body, url, built.spec)]
    return {f.name for f in built.spec.fields}, records


def _badge_values(records: list[dict[str, object]]) -> list[object]:
    return [v for r in records for v in r.values() if v == "Out of stock"]


def test_a_stock_status_on_one_card_of_the_first_page_and_two_of_the_next_is_a_field() -> None:
    pages = _pages({1: {4}, 2: {2, 9}})
    first = analyze_page(pages[BASE], BASE)
    assert not _badge_values([dict(r) for r in extract_records(pages[BASE], BASE, first.spec)])  # one card: noise
    names, records = _build(pages)
    assert len(_badge_values(records)) == 3
    assert len(names) > len(first.spec.fields)


def test_a_stock_status_only_the_later_pages_show_is_a_field() -> None:
    _, records = _build(_pages({2: {1, 7}, 3: {5}}))
    assert len(_badge_values(records)) == 3


def test_a_price_range_absent_from_the_first_page_gets_its_top() -> None:
    pages = _pages({}, ranges={2: {0, 6}, 3: {3}})
    first = analyze_page(pages[BASE], BASE)
    names, records = _build(pages)
    assert "price_max" not in {f.name for f in first.spec.fields}
    assert "price_max" in names
    tops = [r["price_max"] for r in records if r.get("price_max") is not None]
    assert [t["amount"] if isinstance(t, dict) else t for t in tops] == [40.0, 40.0, 40.0]


def test_a_one_off_on_one_card_of_all_pages_stays_out() -> None:
    _, records = _build(_pages({2: {3}}))
    assert not _badge_values(records)


def test_pages_repeating_the_first_add_no_field() -> None:
    pages = _pages({1: {4}})
    spec = analyze_page(pages[BASE], BASE).spec
    assert later_fields(spec, [(pages[BASE], BASE), (pages[BASE], _url(2))]) == ()


def test_a_field_the_first_page_already_has_is_not_proposed_again() -> None:
    pages = _pages({1: {1, 4, 8}, 2: {2, 9}})
    spec = analyze_page(pages[BASE], BASE).spec
    assert later_fields(spec, [(body, url) for url, body in pages.items()]) == ()


def test_a_field_of_the_next_page_is_seen_though_the_first_page_alone_fills_the_scouts_sample() -> None:
    # 30 cards a page: the Scout learns the template from a list's first 30 records, which must
    # then hold the next pages' records too, not the first page's alone.
    _, records = _build(_pages({2: {2, 5}, 3: {4}}, cards=30))
    assert len(_badge_values(records)) == 3


def test_the_cards_running_position_stays_out_though_the_pooled_order_breaks_its_count() -> None:
    # data-ordinal 1..12 on every page: bookkeeping on the first page; interleaved pages read it
    # 1, 1, 1, 2, 2, 2..., no count any more, yet the first page judged that place already.
    pages = _pages({1: {4}, 2: {2, 9}})
    spec = analyze_page(pages[BASE], BASE).spec
    found = later_fields(spec, [(body, url) for url, body in pages.items()])
    assert found
    assert all(f.attribute != "data-ordinal" for f in found)
