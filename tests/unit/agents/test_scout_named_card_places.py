# ruff: noqa: E501
"""A blog card with its cover picture beside the div holding its words, and marks the template
names for themselves ("Featured", "Members only") on a few cards."""

from __future__ import annotations

from agents.heuristics.templateslots import collect_slots
from pipeline.core.extract import make_selector
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://notes.example/tag/platform/"

TITLES = [
    "Sharding without a proxy",
    "Our on-call handbook",
    "Halving CI time",
    "Reviewing the March outage",
    "A year of Rust",
    "Flags that clean up",
    "Postgres upgrades, calmly",
    "Queues we regret",
    "Tracing on a budget",
    "The cost of retries",
    "Schema changes at noon",
    "Caching, again",
    "Load tests that lie",
    "Paging less",
]
FEATURED = {0, 4, 9}
ACCESS = {3: "Members only", 10: "Paid-members only"}
WITHOUT_PICTURE = {5, 12}


def _card(number: int, title: str) -> str:
    slug = title.lower().replace(" ", "-").replace(",", "")
    picture = (
        ""
        if number in WITHOUT_PICTURE
        else f'<a class="entry-image-link" href="/{slug}/"><img class="entry-image" src="/images/{slug}.jpg" alt="{title}"></a>'
    )
    marks = '<span class="entry-primary-tag">Platform</span>'
    if number in FEATURED:
        marks += (
            '<span class="entry-featured"><svg width="16" height="16"><path d="M1 1h9"></path></svg> Featured</span>'
        )
    if number in ACCESS:
        marks += f'<span class="entry-access"><svg width="16" height="16"><path d="M2 2h9"></path></svg> {ACCESS[number]}</span>'
    return (
        f'<article class="entry tag-platform{" featured" if number in FEATURED else ""}">{picture}<div class="entry-content">'
        f'<a class="entry-content-link" href="/{slug}/"><div class="entry-tags">{marks}</div>'
        f'<h2 class="entry-title">{title}</h2><p class="entry-excerpt">Notes on {title.lower()} from the platform team.</p></a>'
        f'<footer class="entry-meta"><a class="author-avatar" href="/author/maya/"><img src="/images/maya.jpg" alt="Maya Lind"></a>'
        f'<span class="entry-author">Maya Lind</span>'
        f'<time class="entry-date" datetime="2025-03-{number + 1:02d}">{number + 1} Mar 2025</time>'
        f'<span class="entry-length">{number + 3} min read</span></footer></div></article>'
    )


def _page() -> str:
    cards = "".join(_card(n, t) for n, t in enumerate(TITLES))
    return list_page(cards, '<main><div class="post-feed">{}</div></main>')


def _column(records: list[dict[str, object]], value: str) -> str:
    return next(name for name in records[0] if any(r.get(name) == value for r in records))


def test_the_cover_picture_beside_the_content_makes_the_card_the_record() -> None:
    _spec, records = spec_and_records(_page(), URL)
    assert len(records) == len(TITLES)
    image = _column(records, "https://notes.example/images/sharding-without-a-proxy.jpg")
    assert sum(1 for r in records if r.get(image)) == len(TITLES) - len(WITHOUT_PICTURE)


def test_two_places_the_template_names_apart_are_not_one_field() -> None:
    records = [r.root for r in make_selector(_page(), URL).css("article.entry")]
    slots = [s for s in collect_slots(records) if s.kind == "text" and not s.many]
    featured = next(s for s in slots if "Featured" in s.first_values())
    assert set(featured.first_values()) == {"Featured"}
    assert sorted(featured.per_record) == sorted(FEATURED)


def test_rare_named_marks_are_fields_of_their_own() -> None:
    _spec, records = spec_and_records(_page(), URL)
    featured = _column(records, "Featured")
    access = _column(records, "Members only")
    assert featured != access
    assert [r.get(featured) for r in records] == ["Featured" if n in FEATURED else None for n in range(len(TITLES))]
    assert [r.get(access) for r in records] == [ACCESS.get(n) for n in range(len(TITLES))]


def test_a_generic_badge_class_names_no_place_of_its_own() -> None:
    page = _page().replace('class="entry-featured"', 'class="badge"')
    _spec, records = spec_and_records(page, URL)
    assert all(v != "Featured" for r in records for v in r.values())


def _product(number: int) -> str:
    on_sale = number in (2, 6, 9)
    badge = '<span class="product-sale">Sale</span>' if on_sale else ""
    old = f'<del class="was">£{40 + number}.00</del>' if on_sale else ""
    return (
        f'<li class="product">{badge}<a class="product-link" href="/p/lamp-{number}">'
        f'<h3 class="product-name">Desk lamp no. {number}</h3></a>'
        f'<div class="product-price">{old}<span class="now">£{30 + number}.00</span></div></li>'
    )


def test_a_named_mark_on_exactly_the_records_of_another_field_repeats_it() -> None:
    page = list_page("".join(_product(n) for n in range(12)), '<main><ul class="products">{}</ul></main>')
    _spec, records = spec_and_records(page, "https://shop.example/lamps/")
    assert {"amount": 42.0, "currency": "GBP"} in records[2].values()
    assert all(v != "Sale" for r in records for v in r.values())


def test_a_placeholder_dash_in_a_named_slot_is_no_mark() -> None:
    page = _page().replace("Featured</span>", "–</span>")
    _spec, records = spec_and_records(page, URL)
    assert all(v != "–" for r in records for v in r.values())
