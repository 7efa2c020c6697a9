from __future__ import annotations

from pipeline.core.extract import extract_records, next_page_url, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec

PAGE = """<html><head><base href="/shop/"></head><body>
<div class="item"><a href="p/1">One</a><span class="price">$1.50</span><script>var x = "not text";</script></div>
<div class="item"><a href="p/2">Two</a><span class="price">$2.00</span></div>
<div class="item"><a href="p/3">Three</a></div>
<a rel="next" href="?page=2">Next</a>
</body></html>"""

SPEC = ScraperSpec(
    start_url="http://shop.test/shop/",
    record_selector="div.item",
    fields=(
        FieldSpec(name="title", type="title", selector="a"),
        FieldSpec(name="url", type="url", selector="a", attribute="href"),
        FieldSpec(name="price", type="price", selector=".price"),
    ),
    key_fields=("url",),
    pagination=PaginationSpec(kind="next_link", next_selector="a[rel=next]", max_pages=5),
)


def test_records_are_extracted_typed_and_absolute() -> None:
    records = extract_records(PAGE, "http://shop.test/shop/index.html", SPEC)
    assert records == [
        {"title": "One", "url": "http://shop.test/shop/p/1", "price": {"amount": 1.5, "currency": "USD"}},
        {"title": "Two", "url": "http://shop.test/shop/p/2", "price": {"amount": 2.0, "currency": "USD"}},
        {"title": "Three", "url": "http://shop.test/shop/p/3", "price": None},
    ]


def test_script_text_never_becomes_a_value() -> None:
    spec = SPEC.model_copy(update={"fields": (FieldSpec(name="text", selector=""),)})
    texts = [r["text"] for r in extract_records(PAGE, "http://shop.test/", spec)]
    assert all("not text" not in str(t) for t in texts)


HIDDEN_LEAVES = """<html><body>
<noscript><h2>Hidden day</h2><div class="card"><b>no-js</b></div></noscript>
<h2>Monday</h2>
<div class="card"><b>Talk</b><noscript><b>enable js</b></noscript><template><b>slot</b></template></div>
<p class="more"><b>Room 1</b></p>
</body></html>"""


def test_leaves_inside_noscript_or_template_are_never_read() -> None:
    # One leaf at a time: a record's own fields, a spanning record's copies, and the heading above it.
    fields = (FieldSpec(name="bold", selector="b", many=True), FieldSpec(name="day", selector="h2", scope="preceding"))
    spec = ScraperSpec(start_url="http://x.test/", record_selector=".card", fields=fields)
    # The card inside <noscript> shows nothing, so it is no record.
    assert extract_records(HIDDEN_LEAVES, "http://x.test/", spec) == [{"bold": ["Talk"], "day": "Monday"}]
    spanning = spec.model_copy(update={"record_span": 2})
    assert extract_records(HIDDEN_LEAVES, "http://x.test/", spanning)[-1] == {
        "bold": ["Talk", "Room 1"],
        "day": "Monday",
    }


def test_next_page_follows_the_link_and_stops_at_the_cap() -> None:
    assert next_page_url(PAGE, "http://shop.test/shop/", SPEC, page_number=1) == "http://shop.test/shop/?page=2"
    assert next_page_url(PAGE, "http://shop.test/shop/", SPEC, page_number=5) is None


def test_page_param_pagination_rewrites_the_query() -> None:
    spec = SPEC.model_copy(update={"pagination": PaginationSpec(kind="page_param", param="p", start=1)})
    # The page number keeps its place: a static site or a cache keys on the exact query.
    assert next_page_url("", "http://x.test/l?p=1&q=a", spec, page_number=1) == "http://x.test/l?p=2&q=a"


def test_record_key_uses_the_natural_key_else_the_content() -> None:
    one, two, _ = extract_records(PAGE, "http://shop.test/shop/", SPEC)
    changed_price = {**one, "price": {"amount": 9.0, "currency": "USD"}}
    assert record_key(one, SPEC) == record_key(changed_price, SPEC)
    assert record_key(one, SPEC) != record_key(two, SPEC)
    no_key = SPEC.model_copy(update={"key_fields": ()})
    assert record_key(one, no_key) != record_key(changed_price, no_key)


def test_pages_are_decoded_by_their_declared_charset() -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body><div class="item"><a href="/x">Crème brûlée</a>'
    body += '<span class="price">€3</span></div></body></html>'
    spec = SPEC.model_copy(update={"pagination": SPEC.pagination.model_copy(update={"kind": "none"})})
    [record] = extract_records(body.encode("cp1252"), "http://shop.test/", spec)
    assert record["title"] == "Crème brûlée" and record["price"] == {"amount": 3.0, "currency": "EUR"}


def _text_field(selector: str) -> ScraperSpec:
    return SPEC.model_copy(update={"record_selector": "li", "fields": (FieldSpec(name="v", selector=selector),)})


def test_a_screen_reader_copy_inside_a_value_is_left_out() -> None:
    page = """<ul>
    <li><span class="time"><b>20</b> minutes<span class="sr-only">mins</span></span></li>
    <li><span class="time"><span class="u-visually-hidden">Posted</span>Posted 3 days ago</span></li>
    </ul>"""
    values = [r["v"] for r in extract_records(page, "http://shop.test/", _text_field("span.time"))]
    assert values == ["20 minutes", "Posted 3 days ago"]


def test_a_screen_reader_copy_that_is_all_the_text_is_the_value() -> None:
    page = """<ul>
    <li><span class="stars"><i class="icon-star"></i><span class="sr-only">4.5 out of 5 stars</span></span></li>
    <li><span class="a-offscreen">$25.99</span></li>
    </ul>"""
    values = [r["v"] for r in extract_records(page, "http://shop.test/", _text_field("span"))]
    assert values == ["4.5 out of 5 stars", "$25.99"]


def test_a_text_listing_several_values_is_split_into_a_list() -> None:
    page = """<ul><li><span class="authors">Flanagan A, Bechtold DA, Pot GK.</span></li>
    <li><span class="authors">Okafor CN</span></li></ul>"""
    spec = _text_field("span.authors")
    spec = spec.model_copy(update={"fields": (spec.fields[0].model_copy(update={"split": ", ", "type": "tags"}),)})
    values = [r["v"] for r in extract_records(page, "http://shop.test/", spec)]
    assert values == [["Flanagan A", "Bechtold DA", "Pot GK"], ["Okafor CN"]]


def test_a_list_cut_short_loses_its_ellipsis() -> None:
    from pipeline.core.textparts import split_text

    assert split_text(["HR Ottersen, JM Bates, SK Lindqvist…"], ", ") == ["HR Ottersen", "JM Bates", "SK Lindqvist"]
    assert split_text(["rock / pop / jazz"], " / ") == ["rock", "pop", "jazz"]
