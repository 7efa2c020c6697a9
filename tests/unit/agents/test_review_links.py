"""A link around a record's stars, score and review count leads to its reviews: the score and the
count are fields, the reviews page's address is none."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://mall.example/search?q=mug"


def _page(extra: str = "") -> str:
    cards = "".join(
        f'<li class="item"><a class="name" href="/item/{n}">Stoneware mug model {chr(65 + n)}{n}</a>'
        f'<span class="price">${12 + n}.50</span>'
        f'<a class="review" href="https://reviews.mall.example/r/{9000 + n}_{31 * n}/">'
        f'<span class="stars">★★★★☆</span><span class="score">4.{n}</span>'
        f'<span class="count">({120 + 7 * n} reviews)</span>{extra}</a>'
        f'<a class="shop" href="/shop/s{n % 4}/">Shop number {n % 4}</a></li>'
        for n in range(10)
    )
    return list_page(f'<ul class="results">{cards}</ul>')


def _addresses(records: list[dict[str, object]]) -> set[object]:
    return {v for r in records for v in r.values() if isinstance(v, str) and "reviews.mall.example" in v}


def test_the_reviews_link_around_a_score_and_its_count_is_no_field() -> None:
    _, records = spec_and_records(_page(), URL)
    assert not _addresses(records)
    values = {str(v) for r in records for v in r.values()}
    assert any("4.3" in v for v in values)  # the score itself stays
    assert any("141" in v for v in values)  # and so does the count


def test_a_link_saying_more_than_its_values_keeps_its_address() -> None:
    # "Read all reviews" beside the score and the count: the link is no mere wrapper of values.
    _, records = spec_and_records(_page('<span class="more">Read all reviews</span>'), URL)
    assert _addresses(records)


def test_an_offer_link_of_a_price_and_a_shop_keeps_its_address() -> None:
    # A price comparison's offer: "£49.99 Amazon" leads to the offer, a page of its own.
    shops = ("Amazon", "Currys", "Argos", "John Lewis", "Very", "AO")
    cards = "".join(
        f'<li class="item"><h3><a class="title" href="/p/headphone-model-{n}">Headphone model {n} wireless</a></h3>'
        f'<p class="desc">Noise cancelling, {20 + n} h battery</p>'
        f'<a class="offer" href="/go/offer-{1000 + n}?shop={s.lower()}"><span class="price">£{49 + n}.99</span> '
        f'<span class="shop">{s}</span></a></li>'
        for n, s in enumerate(shops)
    )
    _, records = spec_and_records(list_page(f'<ul class="list">{cards}</ul>'), "https://compare.example/c/headphones")
    assert sum(1 for r in records for v in r.values() if isinstance(v, str) and "/go/offer-" in v) == len(shops)
