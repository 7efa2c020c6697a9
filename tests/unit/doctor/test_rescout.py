"""The Doctor's fallbacks when a field or a record moved: attributes, a second row, JSON in a script."""

from __future__ import annotations

import json

from agents.candidate import Page, check_candidate
from agents.doctor import diagnose
from agents.relocate import relocate
from agents.rescout import rescout
from config.settings import get_settings
from pipeline.core.extract import extract_records
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec
from tests.unit.doctor.test_relocate import KNOWN, SPEC, TEAS, URL, baseline, page


def passes(html: str) -> bool:
    best = diagnose(baseline(), [Page(URL, html.encode())], [], get_settings()).best
    return best is not None and extract_records(html, URL, best.spec) == KNOWN


def test_a_labelled_value_moved_into_a_content_attribute_is_read_from_there() -> None:
    new = page(
        "<li class='tea'><h2><a href='/t/{slug}.html'>{name}</a></h2><span class='price'>€{price}</span>"
        "<meta itemprop='origin' content='Origin: {origin}'></li>"
    )
    moved = relocate(SPEC, new, URL, KNOWN)
    assert moved.spec is not None
    origin = next(f for f in moved.spec.fields if f.name == "origin")
    assert (origin.attribute, origin.strip_label) == ("content", "Origin")
    assert extract_records(new, URL, moved.spec) == KNOWN
    assert check_candidate(
        moved.spec, [Page(URL, new.encode())], baseline(), min_items_ratio=0.5, min_field_coverage=0.5
    ).passed


def test_records_split_across_two_rows_are_joined_again() -> None:
    new = page(
        "<li class='row-main'><h2><a href='/t/{slug}.html'>{name}</a></h2></li>"
        "<li class='row-detail'><span class='price'>€{price}</span><p class='origin'>Origin: {origin}</p></li>",
        "<ul class='grid'>{}</ul>",
    )
    moved = relocate(SPEC, new, URL, KNOWN)
    assert moved.spec is not None and moved.spec.record_selector == "li.row-main"
    assert next(f for f in moved.spec.fields if f.name == "price").selector.startswith(":scope + li.row-detail")
    assert extract_records(new, URL, moved.spec) == KNOWN
    assert passes(new)


def js_page() -> str:
    items = [
        {"label": n, "href": f"/t/{s}.html", "displayPrice": f"€{p}", "grownIn": o, "stock": 3} for n, s, p, o in TEAS
    ]
    state = json.dumps({"shop": {"items": items}})
    return f"<html><body><div id='app'></div><script>window.__STATE__ = {state};</script></body></html>"


def test_a_javascript_redesign_is_read_from_its_json_under_the_sources_own_field_names() -> None:
    proposals = list(rescout(SPEC, Page(URL, js_page().encode()), KNOWN))
    assert proposals, "the JSON in the script was not proposed"
    spec = proposals[0].spec
    assert spec.json_source is not None and spec.json_source.records_path == "shop.items"
    assert [f.name for f in spec.fields] == ["name", "url", "price", "origin"] and spec.key_fields == ("url",)
    assert [f.type for f in spec.fields] == [f.type for f in SPEC.fields]
    assert proposals[0].unmapped == ()
    assert extract_records(js_page(), URL, spec) == KNOWN
    assert passes(js_page())


def test_json_that_reproduces_none_of_the_known_values_is_never_proposed() -> None:
    other = [{"label": f"Coffee {i}", "href": f"/c/{i}", "displayPrice": "$1"} for i in range(5)]
    html = f"<html><body><script>var data = {json.dumps(other)};</script></body></html>"
    assert not [p for p in rescout(SPEC, Page(URL, html.encode()), KNOWN) if p.spec.json_source is not None]
    assert diagnose(baseline(), [Page(URL, html.encode())], [], get_settings()).best is None


def test_a_candidate_reading_an_attribute_is_checked_against_that_attribute() -> None:
    new = page(
        "<li class='tea' data-origin='{origin}'><h2><a href='/t/{slug}.html'>{name}</a></h2>"
        "<span class='price'>€{price}</span></li>"
    )
    moved = relocate(SPEC, new, URL, KNOWN)
    assert moved.spec is not None
    assert next(f for f in moved.spec.fields if f.name == "origin").attribute == "data-origin"
    check = check_candidate(
        moved.spec, [Page(URL, new.encode())], baseline(), min_items_ratio=0.5, min_field_coverage=0.5
    )
    assert check.passed, check.problems


def test_the_anchor_is_a_field_that_tells_records_apart_not_one_they_share() -> None:
    spec = SPEC.model_copy(
        update={"fields": (*SPEC.fields, FieldSpec(name="logo", type="image", selector="img", attribute="src"))}
    )
    before = page(
        "<li class='tea'><img src='/brand.png'><h2><a href='/t/{slug}.html'>{name}</a></h2>"
        "<span class='price'>€{price}</span><p class='origin'>Origin: {origin}</p></li>",
        "<ul class='teas'>{}</ul>",
    )
    known = extract_records(before, URL, spec)
    # Records from the source's second page share the brand's logo with every record here.
    elsewhere = [{**known[0], "name": f"Other {i}", "url": f"{URL}t/other-{i}.html"} for i in range(4)]
    after = before.replace("<li class='tea'>", "<div class='card'>").replace("</li>", "</div>")
    moved = relocate(spec, after, URL, [*known, *elsewhere])
    assert moved.spec is not None and moved.spec.record_selector == "div.card"
    assert extract_records(after, URL, moved.spec) == known


def endpoint_page(path: str) -> Page:
    return Page(URL, f"<html><body><div id='app'></div><script>fetch('{path}')</script></body></html>".encode())


def api_answer(cursor: str | None) -> bytes:
    items = [{"label": n, "href": f"/t/{s}.html", "displayPrice": f"€{p}", "grownIn": o} for n, s, p, o in TEAS]
    return json.dumps({"data": {"items": items, "pageInfo": {"endCursor": cursor}}}).encode()


def test_an_endpoint_redesign_pages_by_what_its_url_names() -> None:
    answers = {f"{URL}api/teas?page=1&per_page=3": api_answer(None)}
    page = endpoint_page("/api/teas?page=1&per_page=3")
    proposals = list(rescout(SPEC, page, KNOWN, fetch=lambda url: Page(url, answers[url])))
    spec = next(p.spec for p in proposals if p.spec.json_source is not None)
    assert (spec.pagination.kind, spec.pagination.param, spec.pagination.start) == ("page_param", "page", 1)
    assert spec.pagination.max_pages == SPEC.pagination.max_pages


def test_an_endpoint_keeps_the_sources_cursor_while_its_answer_still_names_the_next_page() -> None:
    cursor = PaginationSpec(kind="cursor", cursor_path="data.pageInfo.endCursor", param="after", max_pages=7)
    old = ScraperSpec(  # the source read the same API under other keys before
        start_url=URL,
        fields=tuple(f.model_copy(update={"selector": None, "json_path": f"old_{f.name}"}) for f in SPEC.fields),
        json_source=JsonSourceSpec(location="endpoint", endpoint=f"{URL}api/v1/teas", records_path="teas"),
        key_fields=("url",),
        pagination=cursor,
    )
    answers = {f"{URL}api/teas": api_answer("c2")}
    proposals = list(rescout(old, endpoint_page("/api/teas"), KNOWN, fetch=lambda url: Page(url, answers[url])))
    spec = next(p.spec for p in proposals if p.spec.json_source is not None)
    assert spec.pagination == cursor
    answers[f"{URL}api/teas"] = api_answer(None)  # a token no longer there: the cursor is not kept blindly
    proposals = list(rescout(old, endpoint_page("/api/teas"), KNOWN, fetch=lambda url: Page(url, answers[url])))
    assert next(p.spec for p in proposals if p.spec.json_source is not None).pagination.kind == "none"
