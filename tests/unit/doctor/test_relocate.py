"""Relocation finds each field again by the values it held, through the one extraction engine."""

from __future__ import annotations

from parsel import Selector

from agents.candidate import Baseline, Page, check_candidate
from agents.relocate import relocate
from pipeline.core.extract import extract_records
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec

URL = "http://tea.test/"
TEAS = [
    ("Sencha", "sencha", "8.50", "Japan"),
    ("Assam", "assam", "6.20", "India"),
    ("Oolong", "oolong", "11.00", "Taiwan"),
]
BEFORE = "<html><body><ul class='teas'>{}</ul><a class='next' href='?p=2'>Next</a></body></html>".format(
    "".join(
        f"<li class='tea'><h2><a href='/t/{s}.html'>{n}</a></h2><span class='price'>€{p}</span>"
        f"<p class='origin'>Origin: {o}</p></li>"
        for n, s, p, o in TEAS
    )
)
SPEC = ScraperSpec(
    start_url=URL,
    record_selector="li.tea",
    fields=(
        FieldSpec(name="name", type="title", selector="h2 a"),
        FieldSpec(name="url", type="url", selector="h2 a", attribute="href"),
        FieldSpec(name="price", type="price", selector="span.price"),
        FieldSpec(name="origin", type="text", selector="p.origin", strip_label="Origin"),
    ),
    key_fields=("url",),
    pagination=PaginationSpec(kind="next_link", next_selector="a.next"),
)
KNOWN = extract_records(BEFORE, URL, SPEC)


def page(item: str, wrapper: str = "<div class='grid'>{}</div>") -> str:
    items = "".join(item.format(name=n, slug=s, price=p, origin=o) for n, s, p, o in TEAS)
    return "<html><body>" + wrapper.format(items) + "<a class='pager-next' href='?p=2'>Next</a></body></html>"


def baseline() -> Baseline:
    return Baseline(SPEC, (Page(URL, BEFORE.encode()),), tuple(KNOWN), 3.0, {f.name: 1.0 for f in SPEC.fields})


def passes(spec: ScraperSpec, html: str) -> bool:
    check = check_candidate(spec, [Page(URL, html.encode())], baseline(), min_items_ratio=0.5, min_field_coverage=0.5)
    return check.passed


def test_renamed_classes_and_tags_are_followed_to_the_same_records() -> None:
    new = page(
        "<section class='product-tile'><h3 class='title'><a href='/t/{slug}.html'>{name}</a></h3>"
        "<p class='cost'>€{price}</p><div class='meta'>Origin: {origin}</div></section>"
    )
    moved = relocate(SPEC, new, URL, KNOWN)
    assert moved.spec is not None and moved.missing == []
    assert extract_records(new, URL, moved.spec) == KNOWN
    assert moved.spec.pagination.next_selector == "a.pager-next"
    assert passes(moved.spec, new)


def test_a_value_moved_into_an_attribute_and_a_reworded_label_are_found() -> None:
    new = page(
        "<article class='card' data-price='€{price}'><a class='name' href='/t/{slug}.html'>{name}</a>"
        "<small>Grown in: {origin}</small></article>"
    )
    moved = relocate(SPEC, new, URL, KNOWN)
    assert moved.spec is not None
    fields = {f.name: f for f in moved.spec.fields}
    assert fields["price"].attribute == "data-price"
    assert fields["origin"].strip_label == "Grown in"
    assert extract_records(new, URL, moved.spec) == KNOWN


def test_a_login_page_gives_no_candidate() -> None:
    login = "<html><body><form><input name=u><input type=password name=p><button>Log in</button></form></body></html>"
    moved = relocate(SPEC, login, URL, KNOWN)
    assert moved.spec is None
    assert not passes(SPEC, login)


def test_a_candidate_reading_the_wrong_values_fails_the_check() -> None:
    new = page(
        "<div class='row'><a href='/t/{slug}.html'>{name}</a><s class='was'>€99.00</s>"
        "<b class='now'>€{price}</b><i>Origin: {origin}</i></div>"
    )
    right = relocate(SPEC, new, URL, KNOWN).spec
    assert right is not None and passes(right, new)
    wrong = right.model_copy(
        update={
            "fields": tuple(
                f.model_copy(update={"selector": "s.was"}) if f.name == "price" else f for f in right.fields
            )
        }
    )
    check = check_candidate(wrong, [Page(URL, new.encode())], baseline(), min_items_ratio=0.5, min_field_coverage=0.5)
    assert not check.passed and any("other values than before: price" in p for p in check.problems)


def test_a_pager_forms_renamed_next_button_is_found_again() -> None:
    old = SPEC.model_copy(update={"pagination": PaginationSpec(kind="next_form", next_selector="button.next-page")})
    new = page(
        "<li class='result'><h2><a href='/t/{slug}.html'>{name}</a></h2><span class='price'>€{price}</span>"
        "<p class='origin'>Origin: {origin}</p></li>",
        "<ol class='results'>{}</ol><form action='/search' method='get'><input type='hidden' name='s' value='20'>"
        "<button type='submit' class='nav-forward'>Next page</button></form>",
    )
    moved = relocate(old, new, URL, KNOWN)
    assert moved.spec is not None
    assert moved.spec.pagination.kind == "next_form"
    found = Selector(text=new).css(moved.spec.pagination.next_selector or "button.next-page")
    assert [b.xpath("string()").get() for b in found] == ["Next page"]
