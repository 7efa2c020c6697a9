"""Where absent values are and what junk columns are (``absentshape``, ``junkshape``, ``pagetext``):
counted over a set of sites, and a frozen site's shapes kept to the report's sums."""

from __future__ import annotations

from tests.bench.absentshape import absent_shape, title_key
from tests.bench.junkshape import junk_shape
from tests.bench.pagetext import locate, page_of, spellings
from tests.bench.scout_corpus import (
    WITHHELD_SCORE_PARTS,
    SiteResult,
    expected_type,
    fold,
    public_result,
    report,
    score,
    value_kind,
)

CARDS = "".join(
    f'<li class="card"><h2><a href="/item/{n}" title="Shelf {n}">Walnut Shelf {n}</a></h2>'
    f'<span class="price">$1,2{n}9.00</span><p>Added 1{n} März 2025 by Ann {n}</p>'
    f'<img src="/img/{n}.jpg" alt="Oak finish {n}"><span data-sku="SKU-{n}"></span></li>\n'
    for n in range(1, 4)
)
PAGE = (
    '<html><head><script>window.state={"ids":["Q-1","Q-2","Q-3"]}</script></head>'
    f"<body><ul>\n{CARDS}</ul><footer>Free delivery</footer></body></html>"
)
EXPECTED = [
    {
        "title": f"Walnut Shelf {n}",
        "url": f"/item/{n}",
        "price": 1209.0 + 10 * n,
        "added": f"2025-03-1{n}",
        "seller": f"Ann {n}",
        "finish": f"Oak finish {n}",
        "sku": f"SKU-{n}",
        "ref": f"Q-{n}",
        "stock": 3 + n,
        "sale": True,
    }
    for n in range(1, 4)
]


def where(value: object) -> tuple[str, str, bool, bool]:
    found = locate(spellings(value, expected_type(value), fold), [page_of(PAGE, fold)], "walnut shelf 2", fold)
    return found.place, found.bucket, found.whole, found.near_title


def test_a_value_is_found_where_the_page_holds_it_in_its_usual_spellings() -> None:
    assert where(1229.0) == ("visible", "", True, True)  # "$1,229.00": the element's whole text, signs aside
    assert where("2025-03-12") == ("visible", "", False, True)  # "12 März 2025" inside a longer text
    assert where("Ann 2")[:3] == ("visible", "", False)
    assert where("Oak finish 2")[:2] == ("attribute", "title/alt")
    assert where("SKU-2")[:2] == ("attribute", "data-*")
    assert where("Q-2")[0] == "script"
    assert where(4.0)[0] == "nowhere"  # a count nobody wrote on the page
    assert where("2025-04-01")[0] == "nowhere"
    assert where(1.0)[0] == "visible"  # "1" is written: a bounded spelling, not a digit within "1,219.00"
    assert where(2.0)[0] == "visible" and where(9.0)[0] == "nowhere"


def test_the_title_is_the_field_named_so_else_the_most_distinct_short_text() -> None:
    assert title_key(EXPECTED, expected_type) == "title"
    untitled = [{k: v for k, v in r.items() if k != "title"} for r in EXPECTED]
    assert title_key(untitled, expected_type) in {"finish", "seller"}


def test_absent_fields_and_values_are_counted_by_kind_density_and_place() -> None:
    got = [{"title": r["title"], "url": r["url"], "price": r["price"]} for r in EXPECTED]
    matches = {i: i for i in range(3)}
    mapping = {"title": "title", "url": "url", "price": "price"}
    shape = absent_shape(EXPECTED, got, matches, mapping, [page_of(PAGE, fold)], expected_type, fold)
    assert (
        shape["fields"] == 7
        and shape["values_visible"] + shape["values_nowhere"] + shape["values_attribute"] + shape["values_script"] == 21
    )
    assert shape["fields_bool"] == shape["fields_bool_dense"] == 1 and shape["fields_date_dense"] == 1
    assert shape["fields_attribute_title/alt"] == shape["fields_attribute_data-*"] == 1
    assert shape["fields_script"] == 1 and shape["fields_visible"] == 2  # the day and the seller
    assert shape["fields_nowhere"] == 2  # the stock count and the bool
    assert shape["values_visible_near_title"] == 6
    assert absent_shape(EXPECTED, got, matches, mapping, [], expected_type, fold) == {}


def test_junk_columns_are_counted_by_kind_fill_distinctness_length_and_place() -> None:
    got = [{"title": f"Walnut Shelf {n}", "badge": "Free delivery", "thumb": f"http://x/img/{n}.jpg"} for n in range(5)]
    got.append({"title": "Walnut Shelf 3", "badge": "Free delivery", "note": "a long made up sentence nobody wrote"})
    shape = junk_shape(got, {"badge": 6, "thumb": 5, "note": 1}, [page_of(PAGE, fold)], value_kind, fold)
    assert shape["columns"] == 3 and shape["values"] == 12
    assert shape["columns_kind:image"] == 1 and shape["columns_where:attribute"] == 1
    assert shape["columns_kind:text"] == 2 and shape["columns_length:short"] == shape["columns_length:long"] == 1
    assert shape["columns_distinct:constant"] == 1 and shape["values_distinct:unique"] == 6
    assert shape["columns_where:visible"] == 1 and shape["columns_where:nowhere"] == 1
    assert shape["columns_fill:dense"] == 2 and shape["values_fill:sparse"] == 1


def test_a_frozen_sites_shapes_are_withheld_and_only_summed_in_the_report() -> None:
    expected = [dict(r, secretfield=f"Oak finish {i + 1}") for i, r in enumerate(EXPECTED)]
    export = [{"data": {"title": r["title"], "url": r["url"], "blurb": "Hidden gem"}} for r in expected]
    result = score(expected, export, "http://127.0.0.1:1/", served=[page_of(PAGE, fold)])
    assert result.absent_shape["fields_attribute_title/alt"] == 2 and result.junk_shape["columns"] == 1
    held_out = SiteResult("held-out-site", "(held out)", True, result, 1.0)
    public = public_result(held_out, export)
    assert {"absent_shape", "junk_shape"} <= WITHHELD_SCORE_PARTS
    assert not set(public["score"]) & WITHHELD_SCORE_PARTS
    table = report([held_out])
    assert "Where absent values are, frozen: absent fields 9" in table
    assert "What junk columns are, frozen: junk columns/values 1/3" in table
    for secret in ("held-out-site", "secretfield", "blurb", "oak finish", "Oak finish", "Hidden gem", "Walnut"):
        assert secret not in table


LAMPS = [("Arc Lamp", "Free shipping", "Last one"), ("Bell Lamp", "Free shipping", "")]
LAMPS += [(f"{name} Lamp", "Free shipping", "") for name in ("Cone", "Dome", "Edge", "Fern", "Glow", "Halo")]
LAMP_PAGE = (
    "<html><head><title>Lamps</title></head><body><main><ul class='grid'>"
    + "".join(
        f"<li class='card'><h2 class='name'><a href='/lamp/{i}'>{name}</a></h2><span class='price'>${i}9.00</span>"
        f" <span class='ship'>{ship}</span> <em class='note'>{note}</em></li>\n"
        for i, (name, ship, note) in enumerate(LAMPS)
    )
    + "</ul><p class='more'>Also: <b>Kite Lamp</b> <i>In stock</i></p></main></body></html>"
)


def test_the_scout_stage_losing_an_absent_value_near_the_title_is_named() -> None:
    expected = [
        {"name": name, "price": float(f"{i}9"), "shipping": ship, **({"note": note} if note else {})}
        for i, (name, ship, note) in enumerate(LAMPS)
    ]
    expected.append({"name": "Kite Lamp", "price": 99.0, "shipping": "In stock"})  # shown outside every card
    expected.append({"name": "Moon Lamp", "price": 5.0, "shipping": "Free shipping"})  # on another page
    export = [{"data": {"name": name, "price": f"${i}9.00"}} for i, (name, _, _) in enumerate(LAMPS)]
    export.append({"data": {"name": "Kite Lamp", "price": "$99.00"}})
    export.append({"data": {"name": "Moon Lamp", "price": "$5.00"}})
    url = "http://127.0.0.1/lamps/"
    result = score(expected, export, url, served=[page_of(LAMP_PAGE, fold)], first_page=(LAMP_PAGE, url))
    # Shipping's values are mostly on cards, where the same words on each say nothing of a lamp; a note
    # on one card of eight is an accident of that card.
    assert result.drop_shape == {"dropped: not useful: constant badge": 1, "dropped: not useful: sparse": 1}
    details = dict(line.split(": ", 1) for line in result.drop_details)
    beside = "title outside the records: beside the list: above or below the records"
    lost = f"dropped: not useful: constant badge 8, {beside} 1, not on the first page 1"
    assert details["shipping"].endswith(f"({lost})")
    assert details["note"] == "dropped: not useful: sparse (dropped: not useful: sparse 1)"
    no_page = score(expected, export, url, served=[page_of(LAMP_PAGE, fold)])
    assert no_page.drop_shape == {} and no_page.absent_shape == result.absent_shape
