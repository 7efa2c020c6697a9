"""Review of round 29's Scout rules: defects found on small hand-made pages (expected to fail until mended)."""

from __future__ import annotations

import pytest
from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.nodevalues import rating_caption
from pipeline.core.extract import extract_records

URL = "https://shop.example/list/"
PRODUCTS = [
    ("Roborock", "Q7 Max+", 299),
    ("Dreame", "L10s Ultra", 549),
    ("Roborock", "S8 Pro", 899),
    ("Ecovacs", "Deebot T20", 649),
    ("Dreame", "D10 Plus", 399),
]


def _columns(cards: list[str]) -> dict[str, list[object]]:
    page = f'<html><body><main><h1>Items</h1><ul class="items">{"".join(cards)}</ul></main></body></html>'
    records = extract_records(page, URL, build_profile(page, URL).spec)
    return {name: [r.get(name) for r in records] for name in records[0]}


def _values(columns: dict[str, list[object]]) -> list[object]:
    return [v for values in columns.values() for v in values]


def test_review29_by_join_author_stops_at_the_next_fact() -> None:
    # byjoins._is_name takes "admin | 3 Comments" for a name; before the round the count was a column.
    posts = [("March 12, 2025", "admin", 3), ("March 9, 2025", "jane", 0), ("February 28, 2025", "admin", 12)]
    posts.append(("February 2, 2025", "bob", 5))
    columns = _columns(
        [
            f'<li class="post"><h2><a href="/p/{i}">Post title {i} here</a></h2><div class="meta">{d} by {a} | {c}'
            f" Comments</div><p>Some excerpt text of the post number {i} that runs on for a while.</p></li>"
            for i, (d, a, c) in enumerate(posts)
        ]
    )
    values = _values(columns)
    assert not any(isinstance(v, str) and "Comments" in v for v in values)
    assert any(col == [3, 0, 12, 5] for col in columns.values())


def test_review29_a_dotted_product_name_keeps_its_whole_text() -> None:
    # factlines cuts a name shown in a div ("Apple · iPhone 15 · 128 GB") into places; the title is "Apple".
    names = ["Apple · iPhone 15 · 128 GB", "Samsung · Galaxy S24 · 256 GB", "Google · Pixel 8 · 128 GB"]
    names.append("Apple · iPhone 14 · 64 GB")
    columns = _columns(
        [
            f'<li class="p"><a href="/p/{i}"><img src="/i/{i}.jpg"></a><div class="name">{n}</div>'
            f'<span class="price">${100 + i * 7}.99</span></li>'
            for i, n in enumerate(names)
        ]
    )
    assert names[0] in _values(columns)


def test_review29_a_word_and_its_level_stay_two_lists() -> None:
    # builtitems joins <span.skill>Python</span> <span.level>Expert</span> into "Python Expert".
    people = [
        ("Ann Lee", [("Python", "Expert"), ("Go", "Beginner")]),
        ("Bo Chan", [("Rust", "Advanced"), ("Python", "Beginner")]),
        ("Cy Dee", [("Java", "Expert"), ("SQL", "Advanced")]),
    ]
    cards = [
        f'<li class="person"><h3><a href="/u/{i}">{n}</a></h3><ul class="skills">'
        + "".join(f'<li><span class="skill">{s}</span> <span class="level">{lv}</span></li>' for s, lv in skills)
        + "</ul></li>"
        for i, (n, skills) in enumerate(people)
    ]
    values = _values(_columns(cards))
    assert ["Python", "Go"] in values
    assert ["Expert", "Beginner"] in values


@pytest.mark.parametrize(
    ("attribute", "shown"),
    [
        ("data-user", ["quietfox", "jdoe", "mary_k", "samwise", "tbone"]),
        ("data-language", ["en", "de", "fr", "es", "it"]),
    ],
)
def test_review29_a_real_data_value_in_lower_case_stays(attribute: str, shown: list[str]) -> None:
    # listpositions.holds_script_codes drops any lower-case slug the card does not show: usernames, languages.
    columns = _columns(
        [
            f'<li class="p" {attribute}="{shown[i]}"><h3><a href="/p/{i}">{b} {m}</a></h3>'
            f'<span class="price">${p}.00</span></li>'
            for i, (b, m, p) in enumerate(PRODUCTS)
        ]
    )
    assert shown in columns.values()


def test_review29_texts_inside_a_datetime_wrapper_stay() -> None:
    # clockparts.without_datetime_copies now drops every text slot below an element with a datetime.
    events = [("Jazz Jam", "2025-03-14", "Vortex Club"), ("Folk Night", "2025-03-15", "Cecil House")]
    events += [("Gin Fest", "2025-03-20", "Tobacco Dock"), ("Print Fair", "2025-04-02", "Print Club")]
    columns = _columns(
        [
            f'<li class="event"><relative-time class="card" datetime="{d}T19:00:00Z"><h3><a href="/e/{i}">{t}</a>'
            f'</h3><div class="venue">{v}</div></relative-time></li>'
            for i, (t, d, v) in enumerate(events)
        ]
    )
    assert [v for _, _, v in events] in columns.values()


def test_review29_a_japanese_item_count_is_no_rating() -> None:
    # "全25点中 1〜20点を表示" is "showing 1-20 of 25 items": 点 counts items; SCALE_FIRST matches "5点中1".
    assert rating_caption(html.fromstring('<div title="全25点中 1〜20点を表示"><b>x</b></div>')) == []


def test_review29_a_posts_more_link_is_no_next_page() -> None:
    # pathsteps: a card's "More" (LOAD_MORE_TEXT) to post 2 ("/blog/2/") passes for page 2 of "/blog/".
    from parsel import Selector

    from agents.heuristics.steplinks import step_link

    cards = "".join(f'<li><h2>Post {k}</h2><p>Text {k}</p><a href="/blog/{k}/">More</a></li>' for k in (5, 4, 3, 2, 1))
    page = Selector(text=f"<html><body><main><ul>{cards}</ul></main></body></html>")
    assert step_link(page, "https://site.test/blog/") is None
