"""A SPA's JSON read as its page shows it: slug links, flag labels, optional sale prices."""

from __future__ import annotations

import json
from typing import Any

from parsel import Selector

from agents.jsonflags import labelled_flags, parse_rendered
from agents.jsonlinks import linked_field, prefixed_paths
from agents.jsonscout import JsonCandidate, endpoint_candidate, propose_fields
from agents.jsonshown import shown_candidate
from pipeline.core.jsondata import field_value
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

BASE = "https://shop.test/shop/"
ENDPOINT = "https://shop.test/api/v2/products?page=1"
NAMES = ["Pour-Over Dripper", "Linen Tea Towels", "Walnut Board", "Glass Carafe", "Oak Spoon Set", "Clay Mug Duo"]


def _records() -> list[dict[str, Any]]:
    return [
        {
            "id": 400 + i,
            "name": name,
            "slug": name.lower().replace(" ", "-"),
            "price": {"amount": 20.0 + i, "currency": "EUR"},
            "compareAtPrice": {"amount": 30.0 + i, "currency": "EUR"} if i in (1, 4) else None,
            "note": "gift" if i in (2, 5) else None,
            "inStock": i % 3 != 2,
        }
        for i, name in enumerate(NAMES)
    ]


def _rendered(records: list[dict[str, Any]]) -> str:
    cards = "".join(
        f'<li class="item"><article><a href="/products/{r["slug"]}"><img alt="{r["name"]}"></a>'
        f'<h3><a href="/products/{r["slug"]}">{r["name"]}</a></h3>'
        f'<p class="stock">{"In stock" if r["inStock"] else "Out of stock"}</p>'
        f"<button>{'Add to cart' if r['inStock'] else 'Notify me'}</button></article></li>"
        for r in records
    )
    return f'<html><body><ul class="grid">{cards}</ul><a href="/shop/?page=2">2</a></body></html>'


def test_an_optional_sale_price_is_a_field_and_an_optional_note_is_not() -> None:
    records = _records() * 2  # 4 of 12 records on sale: under the shared-key share
    names = {f.json_path for f in propose_fields(records)}
    assert "compareAtPrice" in names
    assert "note" not in names


def test_the_record_link_is_the_rendered_hrefs_template_around_the_slug() -> None:
    records = _records()
    fields = propose_fields(records)
    hrefs = Selector(text=_rendered(records)).css("a::attr(href)").getall()
    link = linked_field(fields, records, BASE, hrefs, [])
    assert link is not None and link.json_path == "slug" and link.url_template == "/products/{}"
    assert field_value(records[0], link, ENDPOINT) == "https://shop.test/products/pour-over-dripper"


def test_without_a_rendered_page_a_script_literal_gives_the_template() -> None:
    records = _records()
    fields = propose_fields(records)
    scripts = ['h("a",{href:"/items/"+p.slug},p.name); const u=`/p/${item.id}/view`']
    link = linked_field(fields, records, BASE, None, scripts)
    assert link is not None and (link.json_path, link.url_template) == ("slug", "/items/{}")
    assert linked_field(fields, records, BASE, None, ["x = '/' + p.slug"]) is None


def test_a_flag_reads_the_label_its_card_shows_and_not_the_button() -> None:
    records = _records()
    fields = propose_fields(records)
    labelled = labelled_flags(fields, records, parse_rendered(_rendered(records)))
    flag = next(f for f in labelled if f.json_path == "inStock")
    assert flag.flag_labels == ("In stock", "Out of stock")
    assert field_value(records[2], flag, ENDPOINT) == "Out of stock"
    assert field_value(records[0], flag, ENDPOINT) == "In stock"


def test_flag_labels_survive_the_specs_round_trip() -> None:
    field = FieldSpec(name="in_stock", json_path="inStock", flag_labels=("In stock", "Out of stock"))
    spec = ScraperSpec(
        start_url=BASE, fields=(field,), json_source=JsonSourceSpec(location="endpoint", endpoint=ENDPOINT)
    )
    again = ScraperSpec.model_validate(json.loads(spec.model_dump_json()))
    assert again.fields[0].flag_labels == ("In stock", "Out of stock")


def test_the_shown_candidate_adds_the_link_and_the_labels() -> None:
    records = _records()
    body = json.dumps({"data": records}).encode()
    found = endpoint_candidate(body, ENDPOINT)
    assert isinstance(found, JsonCandidate)
    shell = Selector(text="<html><body><div id='app'></div></body></html>", base_url=BASE)
    shown = shown_candidate(found, body, shell, BASE, _rendered(records))
    by_name = {f.name: f for f in shown.fields}
    assert (by_name["url"].json_path, by_name["url"].url_template) == ("slug", "/products/{}")
    assert by_name["in_stock"].flag_labels == ("In stock", "Out of stock")


JOBS = [
    {
        "title": "Senior Data Engineer",
        "externalPath": "/job/Gdansk/Senior-Data-Engineer_R-10238",
        "postedOn": "Posted 3 Days Ago",
    },
    {
        "title": "HSEQ Coordinator",
        "externalPath": "/job/Singapore/HSEQ-Coordinator_R-10271",
        "postedOn": "Posted Today",
    },
    {
        "title": "Product Manager",
        "externalPath": "/job/Aberdeen/Product-Manager_R-10251",
        "postedOn": "Posted Yesterday",
    },
    {
        "title": "Service Technician",
        "externalPath": "/job/Oslo/Service-Technician_R-10241",
        "postedOn": "Posted 30+ Days Ago",
    },
]


def test_a_path_the_page_shows_behind_its_base_path_takes_that_base_as_template() -> None:
    fields = propose_fields(JOBS)
    rows = "".join(f'<li><a href="/en-US/careers{j["externalPath"]}">{j["title"]}</a></li>' for j in JOBS)
    hrefs = Selector(text=f'<a href="/en-US/careers">Home</a><ul>{rows}</ul>').css("a::attr(href)").getall()
    link = next(f for f in prefixed_paths(fields, JOBS, BASE, hrefs) if f.json_path == "externalPath")
    assert link.url_template == "/en-US/careers{}"
    assert (
        field_value(JOBS[0], link, ENDPOINT)
        == "https://shop.test/en-US/careers/job/Gdansk/Senior-Data-Engineer_R-10238"
    )
    shown_as_is = Selector(text="".join(f'<a href="{j["externalPath"]}">x</a>' for j in JOBS)).css("a::attr(href)")
    assert prefixed_paths(fields, JOBS, BASE, shown_as_is.getall()) == fields  # the path is the link already


def test_dates_relative_to_the_visit_stay_as_the_api_writes_them() -> None:
    posted = next(f for f in propose_fields(JOBS) if f.json_path == "postedOn")
    assert posted.type == "text"
    assert field_value(JOBS[0], posted, ENDPOINT) == "Posted 3 Days Ago"


def _job_links(prefix: str, jobs: list[dict[str, Any]]) -> list[str]:
    return [f"{prefix}{j['externalPath']}" for j in jobs]


def test_a_nested_path_shown_behind_the_base_path_takes_it_as_template() -> None:
    nested = [{"title": j["title"], "links": {"path": j["externalPath"]}} for j in JOBS]
    fields = propose_fields(nested)
    link = next(f for f in prefixed_paths(fields, nested, BASE, _job_links("/en-US/careers", JOBS)) if f.type == "url")
    assert (link.json_path, link.url_template) == ("links.path", "/en-US/careers{}")


def test_a_prefix_with_a_query_or_fragment_is_no_template() -> None:
    fields = propose_fields(JOBS)
    for prefix in ("/careers?lang=en&to=", "/careers#"):
        assert prefixed_paths(fields, JOBS, BASE, _job_links(prefix, JOBS)) == fields


def test_a_path_with_a_dot_segment_is_no_path_of_the_site() -> None:
    climbing = [{**j, "externalPath": f"/a/..{j['externalPath']}"} for j in JOBS]
    fields = propose_fields(climbing)
    shown = [link.replace("/../", "/%2e%2e/") for link in _job_links("/en-US/careers", climbing)]  # kept by urljoin
    assert prefixed_paths(fields, climbing, BASE, shown) == fields


def test_the_share_of_shown_paths_is_measured_on_the_first_records() -> None:
    many = [{"title": f"Job {i}", "externalPath": f"/job/Oslo/Role_R-{i}"} for i in range(260)]
    fields = propose_fields(many)
    link = next(f for f in prefixed_paths(fields, many, BASE, _job_links("/careers", many[:200])) if f.type == "url")
    assert link.url_template == "/careers{}"
