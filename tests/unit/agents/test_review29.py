"""Review of round 29's Scout rules: defects found on small hand-made pages (expected to fail until mended)."""

from __future__ import annotations

from agents.heuristics.assemble import build_profile
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
