"""Columns nobody writing down the records keeps: another view of the record's own page (a fixed
query or section added to its link), a tiny face or logo beside the record's own picture; and a
"-6%" badge on a thumbnail link, which is a discount, never a picture's address."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://shop.example/list/"
NAMES = ["Brass Lamp", "Oak Stool", "Linen Throw", "Clay Vase", "Wool Rug", "Cane Chair", "Tin Tray", "Ash Bowl"]


def _values(records: list[dict[str, object]], name: str) -> list[object]:
    return [r.get(name) for r in records]


def test_a_link_to_the_records_page_with_a_fixed_query_or_section_is_no_column() -> None:
    cards = "".join(
        f'<article class="item"><h2><a href="/p/{slug}/2.{i}/">{name}</a></h2>'
        f'<span class="maker">Maker {i}</span>'
        f'<a class="chart" href="/p/{slug}/2.{i}/?period=7d">7d chart</a>'
        f'<a class="hist" href="/p/{slug}/#history">history</a></article>'
        for i, (name, slug) in enumerate((n, n.lower().replace(" ", "-")) for n in NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    addresses = {str(v) for f in spec.fields for v in _values(records, f.name)}
    assert not any("period=7d" in a or "#history" in a for a in addresses)
    assert _values(records, "url")[0] == "https://shop.example/p/brass-lamp/2.0/"


def test_a_tiny_face_beside_the_records_picture_is_no_column() -> None:
    cards = "".join(
        f'<article class="card"><a href="/r/{i}"><img src="/photos/dish-{i}.jpg" width="360" height="240" alt=""></a>'
        f'<h3><a href="/r/{i}">{name}</a></h3>'
        f'<span class="cook"><img src="/faces/user-{i}.jpg" width="20" height="20" alt="">Cook {i}</span></article>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    pictures = [f.name for f in spec.fields if f.type == "image"]
    assert pictures and all("/photos/" in str(r[p]) for r in records for p in pictures)


def test_a_tiny_picture_that_is_the_records_only_one_stays() -> None:
    cards = "".join(
        f'<article class="card"><img class="h-8 w-8 rounded-full" src="/faces/user-{i}.jpg" alt="">'
        f'<h3><a href="/u/{i}">{name}</a></h3><span class="role">Role {i % 3}</span></article>'
        for i, name in enumerate(NAMES)
    )
    spec, _records = spec_and_records(list_page(cards), URL)
    assert any(f.type == "image" for f in spec.fields)


def test_a_tiny_picture_beside_one_of_no_declared_size_stays() -> None:
    # The other picture may be a logo the stylesheet draws small: the tiny one may be the record's.
    cards = "".join(
        f'<article class="card"><img src="/thumbs/item-{i}.jpg" width="40" height="40" alt="">'
        f'<h3><a href="/r/{i}">{name}</a></h3><img class="maker" src="/makers/m-{i % 4}.png" alt=""></article>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    pictures = [f.name for f in spec.fields if f.type == "image"]
    assert any("/thumbs/" in str(r[p]) for r in records for p in pictures)


def test_a_percent_badge_on_a_thumbnail_link_is_a_discount_not_a_picture() -> None:
    cards = "".join(
        f'<li class="product"><a class="thumb" href="/p/{i}.html"><img src="/img/{i}.jpg" alt="{name}">'
        + (f'<span class="badge">-{i + 3}%</span>' if i % 2 == 0 else "")
        + f'</a><h3><a href="/p/{i}.html">{name}</a></h3><span class="price">{10 + i},99 €</span></li>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards, "<main><ul>{}</ul></main>"), URL)
    images = [f.name for f in spec.fields if f.type == "image"]
    assert all("%" not in str(r[name]) for r in records for name in images)
    discount = next(f for f in spec.fields if f.name == "discount")
    assert discount.type == "number"
    assert _values(records, "discount")[:3] == [-3, None, -5]


def test_one_picture_under_two_size_folders_is_one_column() -> None:
    cards = "".join(
        f'<div class="box" itemscope itemtype="https://schema.org/Product">'
        f'<a href="/p/{i}"><img src="/media/product/{i}/sm/item-{i}.webp" alt="{name}" width="200" height="200"></a>'
        f'<meta itemprop="image" content="https://cdn.shop.example/media/product/{i}/md/item-{i}.webp">'
        f'<a class="name" href="/p/{i}">{name}</a><span class="price">{20 + i},00 €</span></div>'
        for i, name in enumerate(NAMES)
    )
    spec, records = spec_and_records(list_page(cards), URL)
    pictures = [f.name for f in spec.fields if f.type == "image" or "/media/" in str(records[0].get(f.name))]
    assert len(pictures) == 1
