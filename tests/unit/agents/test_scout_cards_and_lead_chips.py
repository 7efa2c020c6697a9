"""Cards the Scout used to misread: star rows of one or two filled stars, avatar cards taken for an
entity's bullet lines, and a lead chip (a format) before the chips of a list (its genres)."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.siblings import sibling_mode
from tests.unit.agents.conftest import spec_and_records

URL = "http://127.0.0.1:8000/reviews/"
QUOTES = (
    "Delivery was quick and the tent survived a storm on the first night.",
    "Good value, though the zip sticks a little in the cold.",
    "The poles snapped on day two and nobody answered my emails.",
    "Light enough to carry all day, roomy enough for two and a dog.",
    "Fine for summer weekends, too draughty for anything else.",
    "Leaked at every seam. I would not buy it again.",
)
STAR = '<svg class="ico ico-star-solid" viewBox="0 0 16 16"><path d="M8 0l2 6h6l-5 4 2 6-5-4-5 4 2-6-5-4h6z"/></svg>'


def _review_page(stars: list[int] | None) -> str:
    cards = []
    for number, quote in enumerate(QUOTES):
        row = f'<span class="review-rating">{STAR * stars[number]}</span>' if stars else ""
        cards.append(
            f'<div class="review"><user-avatar seed="u{number}"></user-avatar>'
            f'<div class="review-body">{row}<p class="review-text">{quote}</p></div></div>'
        )
    return (
        '<html><body><header class="site"><a href="/">Home</a></header><main><h1>Customer reviews</h1>'
        f'<p class="intro">What campers say about our tents.</p><div class="reviews">{"".join(cards)}</div>'
        "</main></body></html>"
    )


def test_one_or_two_filled_stars_in_the_lists_rating_widget_are_counted() -> None:
    spec, records = spec_and_records(_review_page([5, 4, 1, 5, 3, 2]), URL)

    assert spec.mode == "list"
    field = next(f for f in spec.fields if f.name == "rating")
    assert field.drawn is not None and field.drawn.full == "ico-star-solid"
    assert [r["rating"] for r in records] == [5.0, 4.0, 1.0, 5.0, 3.0, 2.0]


def test_avatar_cards_with_their_text_in_a_nested_block_are_records() -> None:
    spec, records = spec_and_records(_review_page(None), URL)

    assert spec.mode == "list"
    assert [next(iter(r.values())) for r in records] == list(QUOTES)


RECORDS = [
    ("Blue Train", "12-inch LP", ["Jazz", "Hard Bop"]),
    ("Kind of Blue", "2x CD", ["Jazz", "Modal", "Cool Jazz"]),
    ("What's Going On", "Cassette", ["Soul", "Funk"]),
    ("Songs in the Key of Life", "2x LP", ["Soul", "Funk", "Pop"]),
    ("Maiden Voyage", "12-inch LP", ["Jazz", "Post Bop", "Modal"]),
    ("Innervisions", "CD", ["Soul", "Pop", "Funk"]),
]


def _chips(fmt: str, genres: list[str]) -> str:
    return f'<span class="css-9fk2la eq1x0a1">{fmt}</span>' + "".join(
        f'<span class="css-7hq0zd eq1x0a0">{g}</span>' for g in genres
    )


def test_a_lead_chip_before_moving_tags_is_a_field_then_a_list() -> None:
    runs = [list(lxml_html.fromstring(f"<div>{_chips(f, g)}</div>")) for _, f, g in RECORDS]
    assert sibling_mode(runs) == "lead-list"

    cards = "".join(
        f'<div class="record-card"><h3 class="record-title"><a href="/r/{n}">{title}</a></h3>'
        f'<div class="chips">{_chips(fmt, genres)}</div><p class="record-price">£{20 + n}.00</p></div>'
        for n, (title, fmt, genres) in enumerate(RECORDS)
    )
    page = f"<html><body><main><h1>New arrivals</h1><section class='grid'>{cards}</section></main></body></html>"
    spec, records = spec_and_records(page, URL)

    lists = [f.name for f in spec.fields if f.many]
    assert len(lists) == 1
    assert [r[lists[0]] for r in records] == [g for _, _, g in RECORDS]
    assert any([r[f.name] for r in records] == [f for _, f, _ in RECORDS] for f in spec.fields if not f.many)


def test_tags_whose_first_value_shows_later_elsewhere_stay_one_list() -> None:
    rows = [["Jazz", "Soul"], ["Soul", "Funk", "Jazz"], ["Pop", "Soul"], ["Funk", "Jazz", "Pop"], ["Modal", "Jazz"]]
    runs = [list(lxml_html.fromstring(f"<div>{''.join(f'<span>{t}</span>' for t in row)}</div>")) for row in rows]
    assert sibling_mode(runs) == "list"


def test_link_rows_and_identifier_rows_are_no_lead_then_list() -> None:
    from lxml import html as lxml_html

    from agents.heuristics.dom import HtmlElement
    from agents.heuristics.leadruns import is_lead_then_list

    def runs(rows: list[list[str]]) -> list[list[HtmlElement]]:
        return [list(lxml_html.fromstring(f"<div>{''.join(row)}</div>")) for row in rows]

    chips = [["<span>PS5</span>", "<span>Action</span>", "<span>Open-World</span>"],
             ["<span>Switch</span>", "<span>Puzzle</span>", "<span>Action</span>", "<span>Co-op</span>"],
             ["<span>PC</span>", "<span>Open-World</span>", "<span>RPG</span>"],
             ["<span>Xbox</span>", "<span>Racing</span>"]]  # fmt: skip
    assert is_lead_then_list(runs(chips))
    linked = [[c.replace("<span>", "<a href='/x'>").replace("</span>", "</a>") for c in row] for row in chips]
    assert not is_lead_then_list(runs(linked))
    ids = [["<span>GHSA-1</span>", "<span>npm</span>", "<span>CVE-2024-1234</span>"],
           ["<span>GHSA-2</span>", "<span>CVE-2024-2222</span>", "<span>pip</span>"],
           ["<span>GHSA-3</span>", "<span>npm</span>"],
           ["<span>GHSA-4</span>", "<span>pip</span>", "<span>CVE-2023-9999</span>"]]  # fmt: skip
    assert not is_lead_then_list(runs(ids))
