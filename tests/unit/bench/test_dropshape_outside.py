"""How the spec's records stand to a title none of them holds (``dropshape._outside``): the bench's held-out
aggregate names the way a record's bounds miss the title, so that open look-alikes can be written for it."""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring

from tests.bench.dropshape import _Found, _outside

CARDS = fromstring(
    "<html><body><main><div><div><h2 class='group'>Lamps</h2><ul>"
    + "".join(
        f'<li class="card"><h3 class="name">Lamp {n}</h3><div class="body"><span class="price">€{n}0</span>'
        f'<span class="city">Town {n}</span></div></li>'
        for n in range(1, 4)
    )
    + "</ul></div></div></main>"
    + '<aside><ol><li class="tip">Tip one</li><li class="tip">Tip two</li></ol></aside></body></html>'
)


def _one(css: str) -> HtmlElement:
    found: list[HtmlElement] = CARDS.cssselect(css)
    return found[0]


def _all(css: str) -> list[list[HtmlElement]]:
    return [[e] for e in CARDS.cssselect(css)]


def test_records_narrower_than_the_card_hold_the_value_but_not_the_title() -> None:
    found = _Found([_one(".city")], None, _one("h3.name"))
    assert _outside(found, _all("div.body")) == "value in a record"


def test_a_heading_left_out_of_the_record_beside_it_is_named_as_such() -> None:
    found = _Found([_one(".card h3")], None, _one("h3.name"))
    assert _outside(found, _all("div.body")) == "heading beside a record"


def test_a_plain_title_beside_a_record_is_not_called_a_heading() -> None:
    found = _Found([_one(".city")], None, _one(".price"))
    assert _outside(found, _all("li.card h3")) == "beside a record"


def test_records_of_another_list_are_elsewhere() -> None:
    found = _Found([_one(".city")], None, _one("h3.name"))
    assert _outside(found, _all("li.tip")) == "records elsewhere"


def test_a_title_above_several_records_is_beside_the_list() -> None:
    found = _Found([_one("h2.group")], None, _one("h2.group"))
    assert _outside(found, _all("li.card")) == "beside the list: above or below the records"


FLAT = fromstring(
    "<html><body><div class='list'><h2>All lamps</h2>"
    + "".join(
        f'<h3 class="name">Lamp {n}</h3><div class="body"><span class="city">Town {n}</span></div>' for n in (1, 2, 3)
    )
    + "".join(f'<div class="body promoted"><b class="name">Lamp {n}</b></div>' for n in (4, 5))
    + "</div></body></html>"
)


def _flat(css: str) -> HtmlElement:
    found: list[HtmlElement] = FLAT.cssselect(css)
    return found[0]


def test_a_heading_run_before_each_record_and_a_card_the_selector_misses_are_told_apart() -> None:
    bodies = [[e] for e in FLAT.cssselect("div.body:not(.promoted)")]
    heading = _flat("h3.name")
    assert _outside(_Found([heading], None, heading), bodies) == "beside the list: a heading before a record"
    promoted = _flat("b.name")
    assert _outside(_Found([promoted], None, promoted), bodies) == "beside the list: a card the selector misses"
    top = _flat("h2")
    assert _outside(_Found([top], None, top), bodies) == "beside the list: above or below the records"


def test_a_hero_copy_of_a_listed_record_is_named_with_its_copy() -> None:
    from tests.bench.dropshape import classify, read_page
    from tests.bench.scout_corpus import expected_type, fold

    cards = "".join(
        f'<li class="card"><h3><a href="/lamp/{n}">Brass lamp model {n}</a></h3><span class="price">€{n}9.00</span>'
        f'<span class="city">Town {n}</span></li>'
        for n in range(1, 9)
    )
    hero = '<div class="hero"><h2>Brass lamp model 1</h2><p class="summary">A bright brass lamp for the desk</p></div>'
    grid = f"<div class='a'><div class='b'><div class='c'><ul class='grid'>{cards}</ul></div></div></div>"
    body = f"<html><body><main>{hero}{grid}</main></body></html>"
    view = read_page(body, "http://site.invalid/lamps/", fold)
    where = classify(view, "A bright brass lamp for the desk", fold("Brass lamp model 1"), expected_type, fold)
    assert where == "title outside the records: beside the list: above or below the records, its title also in a record"
