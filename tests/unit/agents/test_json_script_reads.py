"""JSON records read as the page's own script shows them: the keys it reads, the sign it writes before
a price, a sale price beside the regular one, a flag the API sets only where true."""

from __future__ import annotations

from typing import Any

import pytest

from agents import jsoncopies
from agents.builder import sets_only_true
from agents.jsonreads import read_fields
from agents.jsonscout import propose_fields
from agents.jsonsigns import signed_prices
from pipeline.core.jsondata import field_value
from pipeline.core.schemas import FieldSpec

ENDPOINT = "https://hikes.test/api/routes?page=1"
NAMES = ["Cliff Path Loop", "Old Mill Walk", "Heron Marsh Trail", "Beacon Hill Climb", "Larch Wood Circuit"]


def _routes() -> list[dict[str, Any]]:
    return [
        {
            "id": 9100 + i,
            "name": name,
            "slug": name.lower().replace(" ", "-"),
            "region": "North Downs" if i % 2 else "Weald",
            "length_km": 4.5 + i,
            "geo": {"lat": 51.2 + i / 10, "lon": 0.4 + i / 10},
            "author": {"name": f"Ranger {i}", "profile": f"/people/show/{300 + i}.Ranger_{i}"},
        }
        for i, name in enumerate(NAMES)
    ]


RENDERER = """
  function card(r) {
    return '<h3>' + r.name + '</h3><p>' + r['region'] + ' · ' + r.length_km.toFixed(1) + ' km</p>' +
      '<small>by ' + r.author.name + '</small>';
  }
  fetch('/api/routes?page=' + page).then(function (x) { return x.json(); })
    .then(function (data) { data.items.forEach(function (r) { list.appendChild(card(r)); }); });
"""


def test_the_leaves_the_pages_script_never_reads_are_left_out() -> None:
    records = _routes()
    fields = propose_fields(records)
    assert {"id", "geo.lat", "author.profile"} <= {f.json_path for f in fields}
    kept = {f.json_path for f in read_fields(fields, records, [RENDERER])}
    assert kept == {"name", "region", "length_km", "author.name"}


def test_without_a_script_reading_the_records_every_field_stays() -> None:
    records = _routes()
    fields = propose_fields(records)
    analytics = "gtag('config', 'G-1'); window.dataLayer.push(event.detail);"
    assert read_fields(fields, records, [analytics]) == fields
    assert read_fields(fields, records, []) == fields


def test_a_leaf_the_page_shows_stays_though_no_script_reads_it() -> None:
    records = _routes()
    fields = propose_fields(records)
    shown = " ".join(f"{r['name']} (#{r['id']})" for r in records)
    kept = {f.json_path for f in read_fields(fields, records, [RENDERER], shown)}
    assert "id" in kept and "geo.lat" not in kept


def _products() -> list[dict[str, Any]]:
    prices = [(57, ""), (42, 33.6), (59, ""), (84, 67.2), (30, "")]
    return [
        {"sku": f"WH0{i}", "name": f"Hoodie {i}", "regular_price": regular, "sale_price": sale, "stock": 0}
        for i, (regular, sale) in enumerate(prices)
    ]


def test_a_sale_price_beside_the_regular_one_is_the_shown_price_where_set() -> None:
    records = _products()
    by_name = {f.name: f for f in propose_fields(records)}
    price, original = by_name["price"], by_name["original_price"]
    assert [field_value(r, price, ENDPOINT) for r in records[:2]] == [
        {"amount": 57.0, "currency": None},
        {"amount": 33.6, "currency": None},
    ]
    assert field_value(records[0], original, ENDPOINT) is None
    assert field_value(records[1], original, ENDPOINT) == {"amount": 42.0, "currency": None}


def test_a_sale_price_equal_to_the_regular_one_is_no_sale_and_wholesale_is_no_sale_word() -> None:
    records = [
        {"name": f"Mug {i}", "sale_price": "12.00", "regular_price": "12.00", "wholesale_price": "8.00"}
        for i in range(5)
    ]
    records[0]["sale_price"] = "9.50"
    by_name = {f.name: f for f in propose_fields(records)}
    price, original = by_name["price"], by_name["original_price"]
    assert [field_value(r, price, ENDPOINT)["amount"] for r in records[:2]] == [9.5, 12.0]
    assert [field_value(r, original, ENDPOINT) for r in records[:2]] == [{"amount": 12.0, "currency": None}, None]
    assert "wholesale_price" not in (price.json_path or "") + (original.json_path or "")


def test_the_sign_the_script_writes_before_a_price_is_its_currency() -> None:
    fields = propose_fields(_products())
    written = "price.insertAdjacentHTML('beforeend', `<del>$${p.regular_price}</del><ins>$${p.sale_price}</ins>`);"
    by_name = {f.name: f for f in signed_prices(fields, [written])}
    assert by_name["price"].currency == "USD" and by_name["original_price"].currency == "USD"
    after = {f.name: f for f in signed_prices(fields, ["el.textContent = item.regular_price + ' €';"])}
    assert after["price"].currency == "EUR"
    both = "a = '$' + p.sale_price; b = '£' + p.regular_price;"
    assert all(f.currency is None for f in signed_prices(fields, [both]))


def test_a_flag_the_api_sets_only_where_true_is_a_field_though_one_record_has_it() -> None:
    films = [{"title": f"Film {i}", "year": 2015, "awards": i % 4, "nominations": 3 + i} for i in range(16)]
    films[0]["best_picture"] = True
    flag = next(f for f in propose_fields(films) if f.json_path == "best_picture")
    assert field_value(films[0], flag, ENDPOINT) == "true" and field_value(films[1], flag, ENDPOINT) is None
    films[1]["note"] = "restored print"  # a text set once is still no field
    assert "note" not in {f.json_path for f in propose_fields(films)}


def test_a_field_list_of_fewer_than_two_reads_is_kept_whole() -> None:
    records = _routes()
    fields = (FieldSpec(name="name", type="title", json_path="name"), FieldSpec(name="id", json_path="id"))
    script = "x = r.slug + r.region + r.length_km;"
    assert read_fields(fields, records, [script]) == fields


def test_a_slug_of_the_name_beside_it_is_no_field() -> None:
    quotes = [
        {"text": f"Quote {i}", "author": {"name": name, "slug": slug, "born": f"18{70 + i}"}}
        for i, (name, slug) in enumerate(
            [("Albert Einstein", "Albert-Einstein"), ("J.K. Rowling", "J-K-Rowling"), ("Émile Zola", "Emile_Zola")]
        )
    ]
    paths = {f.json_path for f in propose_fields(quotes)}
    assert "author.slug" not in paths and {"text", "author.name", "author.born"} <= paths
    routes = _routes()
    routes[0]["slug"] = "cliff-path-loop-2"  # a slug with more than the name is kept: it may tell records apart
    assert "slug" in {f.json_path for f in propose_fields(routes)}


def test_slugs_are_told_by_a_lookup_not_by_comparing_every_pair_of_leaves(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hundreds of leaves: each value's words are read once or twice, not once per other leaf."""
    words = jsoncopies._words
    calls: list[str] = []
    monkeypatch.setattr(jsoncopies, "_words", lambda text: calls.append(text) or words(text))
    paths = [f"k{j}" for j in range(200)]
    records = [{p: f"value {i} {j}" if j % 2 else f"value-{i}-{j}" for j, p in enumerate(paths)} for i in range(10)]
    assert jsoncopies.copied_paths(paths, records, lambda r, p: r.get(p)) == set()  # no slug repeats a name
    assert len(calls) <= 2 * len(paths) * len(records)


def test_the_builder_keeps_a_flag_set_on_one_record_of_many() -> None:
    flag = FieldSpec(name="best_picture", type="text", json_path="best_picture")
    records: list[dict[str, object]] = [{"title": f"Film {i}"} for i in range(15)] + [{"best_picture": "true"}]
    assert sets_only_true(flag, records)
    assert not sets_only_true(flag, [*records, {"best_picture": "false"}])
    assert not sets_only_true(FieldSpec(name="best_picture", type="text", selector="b.flag"), records)
