"""Junk columns traced to the Scout's field (``junktrace``, ``junkshape``): the spec as ``sdp show`` prints it,
what the field reads, the element's role, the values' look and the field's name."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from tests.bench.junkshape import describe, details_of, junk_columns, junk_shape
from tests.bench.junktrace import (
    Documents,
    Trace,
    element_role,
    field_elements,
    is_code,
    name_bucket,
    parse_show,
    tag_bucket,
    target_bucket,
    value_look,
)
from tests.bench.pagetext import page_of
from tests.bench.scout_corpus import fold, value_kind

SHOW = """shop  http://127.0.0.1:1/
  active; schedule 1d, priority normal
  version 1 (production), code sha256 b8c55a90fcb9
  list records: li.card
    title              title           100%  h2 a
    url                url             100%  h2 a @href
    image_2            image           100%  img.icon @src
    code               text             90%  (record) @data-sku
    label              text            100%  button.add
    sizes              tags    (list)  100%  select > option
    rating             rating          100%  span.stars (icons counted)
    seller             text            100%  p after 'by ' before ' ·'
    an_exceptionally_long_name text            100%  span.sr-only
    pointer            text            100%  svg.arrow
  key: content fingerprint
  pagination: none  (max 50 pages)
"""
CARD = (
    '<li class="card" data-sku="SKU-{n}"><h2><a href="/item/{n}" title="Shelf {n}">Walnut Shelf {n}</a></h2>'
    '<img class="icon" src="/static/cart-icon.svg" width="16"><p>by Ann {n} · today</p>'
    '<button class="add">Add to cart</button><span class="sr-only">Opens a dialog</span>'
    '<select><option>S</option><option>M</option></select><span class="stars"><i></i></span>'
    '<svg class="arrow"></svg></li>'
)
PAGE = "<html><body><ul>" + "".join(CARD.format(n=n) for n in range(1, 5)) + "</ul></body></html>"


def _trace() -> Trace:
    return Trace.of(SHOW, {Path("/site/index.html"): PAGE, Path("/site/data.json"): '{"a": 1}'})


def test_the_spec_is_read_from_sdp_shows_lines() -> None:
    spec = parse_show(SHOW)
    assert spec is not None and spec.mode == "list" and spec.record_selector == "li.card"
    assert spec.fields["url"].selector == "h2 a" and spec.fields["url"].attribute == "href"
    assert spec.fields["code"].selector == "" and spec.fields["code"].attribute == "data-sku"
    assert spec.fields["sizes"].many and spec.fields["sizes"].type == "tags"
    assert spec.fields["rating"].selector == "span.stars" and spec.fields["rating"].cut == "drawn"
    assert spec.fields["seller"].selector == "p" and spec.fields["seller"].cut == "cut"
    assert spec.fields["an_exceptionally_long_name"].selector == "span.sr-only"
    assert parse_show("Error: no source named x") is None


def test_what_a_field_reads_is_bucketed_by_attribute_family() -> None:
    spec = parse_show(SHOW)
    assert spec is not None
    buckets = {name: target_bucket(spec, f) for name, f in spec.fields.items()}
    assert buckets["title"] == "text" and buckets["url"] == "href" and buckets["image_2"] == "src/srcset"
    assert buckets["code"] == "data-*"
    json_spec = parse_show("  list records: \n    title              title           100%  (record)\n")
    assert json_spec is not None and target_bucket(json_spec, json_spec.fields["title"]) == "json"
    assert target_bucket(None, None) == "unknown"


def _element(markup: str, selector: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(markup).cssselect(selector)[0]


def test_an_elements_role_reads_it_and_its_near_ancestors() -> None:
    assert element_role(_element("<button><span class='t'>Add</span></button>", "span.t")) == "button"
    assert element_role(_element("<a role='button'><b>Buy</b></a>", "b")) == "button"
    assert element_role(_element("<div style='display:none'><p>x</p></div>", "p")) == "hidden"
    assert element_role(_element("<span class='visually-hidden'>x</span>", "span")) == "hidden"
    assert element_role(_element("<div class='overflow-hidden'><p>x</p></div>", "p")) == "text"
    assert element_role(_element("<nav class='breadcrumbs'><a>Home</a></nav>", "a")) == "breadcrumb"
    assert element_role(_element("<img src='/i/star.svg'>", "img")) == "icon"
    assert element_role(_element("<img src='/p/1.jpg' width='400'>", "img")) == "picture"
    assert element_role(_element("<span class='badge-new'>New</span>", "span")) == "badge"
    assert element_role(_element("<dl><dt>Colour</dt></dl>", "dt")) == "label"
    assert element_role(_element("<a href='/x'><span>More</span></a>", "span")) == "link"
    assert element_role(_element("<select><option>S</option></select>", "option")) == "control"
    assert element_role(_element("<p>Plain</p>", "p")) == "text"
    assert tag_bucket(_element("<h3>x</h3>", "h3")) == "h" and tag_bucket(_element("<em>x</em>", "em")) == "other"


def test_a_fields_elements_are_found_inside_the_records_of_the_served_markup() -> None:
    trace = _trace()
    assert trace.spec is not None
    fields = trace.spec.fields
    assert [element_role(e) for e in field_elements(trace.spec, fields["label"], trace.documents)][:1] == ["button"]
    assert len(field_elements(trace.spec, fields["code"], trace.documents)) == 4  # the record itself
    assert field_elements(trace.spec, fields["title"], Documents({Path("/a.json"): PAGE})) == []


def test_values_look_like_codes_a_constant_text_or_icons() -> None:
    assert all(is_code(v) for v in ("SKU-1", "8841203", "3f2a9c0d1e", "0b1c6f8e-2d2a-4c3b-9a6e-1f2e3d4c5b6a", 123456))
    assert not any(is_code(v) for v in ("Walnut Shelf", "12.99", 12.99, 1999, "/item/3", "2025-03-14T10:00", True))
    assert value_look(["/static/cart-icon.svg"] * 4, value_kind) == "icon"
    assert value_look(["Add to cart"] * 3 + ["Sold out"], value_kind) == "constant"
    assert value_look(["A-1", "A-2"], value_kind) == "code"  # two records: too few to call constant
    assert value_look(["SKU-1", "SKU-2", "SKU-3"], value_kind) == "code"
    assert value_look(["red shelf", "oak table", "pine desk"], value_kind) == "plain"


def test_only_generic_field_names_are_kept_so_a_page_word_never_shows() -> None:
    assert name_bucket("image_2") == "image_N" and name_bucket("label") == "label" and name_bucket("code3") == "code_N"
    assert name_bucket("add_your_personalisation") == "other" and name_bucket("blurb") == "other"


def test_junk_columns_are_counted_by_their_trace_and_detailed_one_by_one() -> None:
    got = [
        {"title": f"Walnut Shelf {n}", "label": "Add to cart", "image_2": "/static/cart-icon.svg", "code": f"SKU-{n}"}
        for n in range(1, 5)
    ]
    extras = {"label": 4, "image_2": 4, "code": 4}
    pages = [page_of(PAGE, fold)]
    trace = _trace()
    shape = junk_shape(got, extras, pages, value_kind, fold, trace)
    assert shape["columns"] == 3 and shape["values_role:button"] == 4 and shape["columns_role:icon"] == 1
    assert shape["columns_look:constant"] == shape["columns_look:icon"] == shape["columns_look:code"] == 1
    assert shape["columns_target:data-*"] == shape["columns_target:src/srcset"] == shape["columns_target:text"] == 1
    assert shape["columns_name:image_N"] == shape["columns_name:label"] == shape["columns_name:code"] == 1
    assert shape["columns_tag:button"] == 1 and shape["columns_type:text"] == 2
    assert "role: button 1/4, icon 1/4, text 1/4" in describe(shape)
    columns = junk_columns(got, extras, pages, value_kind, fold, trace)
    detail = details_of(columns, got, trace)
    assert detail["label"].startswith("text button.add | ") and "e.g. 'Add to cart'" in detail["label"]
    assert junk_shape(got, extras, pages, value_kind, fold)["columns"] == 3  # no trace: the first groups only
    assert "columns_role:unknown" in junk_shape(got, extras, pages, value_kind, fold, Trace.of("", {}))


def test_a_link_hidden_from_screen_readers_is_still_shown() -> None:
    markup = "<a aria-hidden='true' tabindex='-1' href='/p'><img src='/p/1.jpg'></a>"
    assert element_role(_element(markup, "img")) == "picture"


def test_a_pictures_drawn_size_decides_an_icon_before_its_lazy_placeholder_address() -> None:
    lazy = "<img src='data:image/gif;base64,R0lGOD' data-srcset='/p/1.jpg 640w' width='640'>"
    assert element_role(_element(lazy, "img")) == "picture"
    assert element_role(_element("<img src='/p/flag_of_peru.png' width='23' height='15'>", "img")) == "icon"
    assert element_role(_element("<img src='data:image/svg+xml,%3Csvg' data-src='/p/2.jpg'>", "img")) == "picture"
