"""Mends of the twenty-fourth round's review: a "Next" button leading elsewhere or to a malformed
address is no pager, a name before a colon that changes record by record is the record's value,
and a tooltip going on from a whole phrase is not the phrase's full value."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.fullvalues import is_cut_of
from agents.heuristics.pagination import find_pagination
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://quotes.example/"
_QUOTES = "".join(
    f'<div class="quote"><a href="/q/{n}">Quote number {n} about patience</a><span class="by">Author {n}</span></div>'
    for n in range(1, 9)
)


def _pagination_kind(control: str) -> str:
    page = Selector(text=f"<html><body><main>{_QUOTES}</main>{control}</body></html>", base_url=URL, type="html")
    return find_pagination(page, URL).spec.kind


def test_a_sliders_or_forms_next_button_leading_elsewhere_is_no_pager() -> None:
    assert _pagination_kind('<button class="carousel-next" data-href="/featured/autumn">Next</button>') == "none"
    assert _pagination_kind('<button data-url="/signup/step-2">Next</button>') == "none"
    assert _pagination_kind('<button class="pager-next" data-href="/?page=2">Next</button>') == "next_link"


def test_a_next_button_with_a_malformed_address_leaves_the_list_alone() -> None:
    assert _pagination_kind("<button data-href='http://[bad/?page=2'>Next</button>") == "none"
    assert _pagination_kind("<button onclick=\"location.href='http://[bad/'\">Next</button>") == "none"


def test_a_name_before_a_colon_changing_record_by_record_is_a_value() -> None:
    names = ["Alice Walker", "Bram Osei", "Chiara Lupo", "Dev Patel", "Erin Moss", "Farid Haddad"]
    comments = "".join(
        f'<li class="comment"><span class="author">{name}</span>: '
        f'<span class="text">Comment {n} says the chapter on tides was the best part of the book.</span></li>'
        for n, name in enumerate(names)
    )
    _, records = spec_and_records(list_page(f"<ul>{comments}</ul>"), "https://blog.example/post/tides")
    assert names[0] in {str(v) for v in records[0].values()}
    assert {str(v) for r in records for v in r.values()} >= set(names)


def test_a_tooltip_going_on_from_a_whole_phrase_is_no_full_value() -> None:
    assert not is_cut_of("In stock", "In stock - ships in 2 days")
    assert not is_cut_of("Free shipping", "Free shipping on orders over $50")
    assert is_cut_of("Packagin", "Packaging")
    assert is_cut_of("CONF", "CONFIRMED")
    assert is_cut_of("kemi.adebayo@tid…", "kemi.adebayo@tidemark.example")
