"""Pager shapes seen across the web that the Scout reads: next words with other arrows, abbreviated
or in East Asian pagers, a no-break space, an image or icon named "Next", a current page marked on
the pager's item or by a short class, page numbers under Java and ASP.NET names, "Next" buttons
naming their URL in an attribute or an ``onclick``, and jump menus of query addresses."""

from __future__ import annotations

import pytest
from parsel import Selector

from agents.heuristics.pagination import find_pagination
from pipeline.core.extract import next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec

URL = "https://shop.example/catalog/"
_RECORDS = "".join(f'<li class="item"><a href="/item/{n}">Item {n}</a></li>' for n in range(1, 9))


def _html(pager: str) -> str:
    return (
        "<html><body><nav class='menu'><a href='/'>Home</a><a href='/catalog/?sort=price'>By price</a></nav>"
        f"<main><ul class='items'>{_RECORDS}</ul>{pager}</main></body></html>"
    )


def _found(pager: str, url: str = URL) -> PaginationSpec:
    return find_pagination(Selector(text=_html(pager), base_url=url, type="html"), url).spec


def _next(pagination: PaginationSpec, pager: str, url: str) -> str | None:
    title = FieldSpec(name="title", type="title", selector="a")
    spec = ScraperSpec(start_url=URL, record_selector="li.item", fields=(title,), pagination=pagination)
    return next_page_url(_html(pager), url, spec, page_number=2)


@pytest.mark.parametrize(
    "text",
    [
        *("Next ▸", "Next ⇒", "» Next", "次へ＞", "次のページへ", "次の20件 &gt;", "后页&gt;"),
        *("Seguente", "Pagina seguente", "Suiv. »", "vor »"),
    ],
)
def test_next_words_with_other_arrows_and_in_other_pagers(text: str) -> None:
    found = _found(f'<div class="paging"><a href="/catalog/list/2">{text}</a></div>')
    assert found.kind == "next_link"


@pytest.mark.parametrize("text", ["Vorwort", "vor", "Next Level Hoodie"])
def test_a_word_only_starting_like_next_is_no_next_link(text: str) -> None:
    assert _found(f'<div class="paging"><a href="/catalog/list/2">{text}</a></div>').kind == "none"


def test_a_next_link_written_with_a_no_break_space_is_found_on_every_page() -> None:
    link = '<div class="pgn"><a href="/catalog/list/{n}">Next&nbsp;&raquo;</a></div>'
    found = _found(link.format(n=2))
    assert found.kind == "next_link"
    assert (
        _next(found, link.format(n=3), "https://shop.example/catalog/list/2") == "https://shop.example/catalog/list/3"
    )


@pytest.mark.parametrize(
    "icon",
    ['<img src="/img/next.png" alt="Next">', '<img src="/i/n.gif" alt="Suivant">', '<svg aria-label="Next"></svg>'],
)
def test_an_image_or_icon_named_next_is_the_next_link(icon: str) -> None:
    found = _found(f'<div class="x"><a href="/catalog/list/2">{icon}</a></div>')
    assert found.kind == "next_link"


def test_a_product_photo_whose_alt_starts_with_next_is_no_next_link() -> None:
    photo = '<div class="x"><a href="/item/9"><img src="/p/9.jpg" alt="Next Level Hoodie"></a></div>'
    assert _found(photo).kind == "none"


def _numbers(current: str, wrap: str = "ul class='pagination'", item: str = "li", close: str = "ul") -> str:
    rest = "".join(f"<{item}><a href='/catalog/list/{n}'>{n}</a></{item}>" for n in (2, 3, 4))
    return f"<{wrap}>{current}{rest}</{close}>"


@pytest.mark.parametrize(
    "current",
    [
        "<li aria-current='page'><a href='/catalog/list/1'>1</a></li>",
        "<li class='on'><a href='/catalog/list/1'>1</a></li>",
        "<li><a class='on' href='/catalog/list/1'>1</a></li>",
        "<li class='active-item'><a href='/catalog/list/1'>1</a></li>",
        "<li><a class='current-page' href='/catalog/list/1'>1</a></li>",
    ],
)
def test_the_current_page_marked_on_its_item_or_by_a_short_class(current: str) -> None:
    found = _found(_numbers(current))
    assert found.kind == "next_link"
    assert "/catalog/list/2" in (_next(found, _numbers(current), URL) or "")


def test_a_pager_drawn_in_a_table() -> None:
    pager = _numbers("<td><b>1</b></td>", wrap="table class='pager'><tr", item="td", close="tr></table")
    assert _found(pager).kind == "next_link"


def test_the_usual_current_mark_wins_over_a_loose_one() -> None:
    pager = (
        "<div class='pagination'><span class='current-label'>Page 1 of 3</span><ul>"
        "<li class='active'><a href='/catalog/list/1'>1</a></li><li><a href='/catalog/list/2'>2</a></li></ul></div>"
    )
    found = _found(pager)
    assert found.kind == "next_link"
    assert found.next_selector == "div.pagination li.active + li a"


@pytest.mark.parametrize("name", ["pageNo", "pagenumber", "currentPage", "page_no"])
def test_page_numbers_under_other_names_are_counted_as_written(name: str) -> None:
    links = "".join(f'<a href="/catalog/?{name}={n}">{n}</a>' for n in (2, 3))
    found = _found(f"<div class='x'>{links}</div>")
    assert (found.kind, found.param) == ("page_param", name)


@pytest.mark.parametrize(
    "button",
    [
        '<div class="pagination"><button data-href="/catalog/?page=0">Previous</button>'
        '<button data-href="/catalog/?page=2">Next</button></div>',
        '<nav class="pager"><span class="pager-next" data-href="/catalog/list/2">›</span></nav>',
        '<div class="pagination"><a href="#" data-url="/catalog/list/2" aria-label="Next page"><svg></svg></a></div>',
    ],
)
def test_a_next_button_naming_its_url_in_an_attribute(button: str) -> None:
    found = _found(button)
    assert found.kind == "next_link" and found.next_attribute in ("data-href", "data-url")
    assert "2" in (_next(found, button, URL) or "")


def test_a_next_buttons_onclick_moving_the_page_number_is_counted() -> None:
    button = "<div><button onclick=\"window.location.href='/catalog/?page=2'\">Next ›</button></div>"
    found = _found(button)
    assert (found.kind, found.param, found.start) == ("page_param", "page", 1)


def test_an_onclick_to_an_address_no_count_gives_is_left_to_the_probes() -> None:
    button = "<div><button onclick=\"location.href='/catalog/spring-sale'\">Next</button></div>"
    assert _found(button).kind == "none"


def test_a_jump_menu_of_query_addresses_is_followed() -> None:
    menu = (
        '<div class="pager"><select onchange="location=this.value">'
        '<option value="?page=1"{one}>1</option><option value="?page=2"{two}>2</option>'
        '<option value="?page=3">3</option></select></div>'
    )
    found = _found(menu.format(one=" selected", two=""))
    assert (found.kind, found.next_attribute) == ("next_link", "value")
    second = _next(found, menu.format(one="", two=" selected"), f"{URL}?page=2")
    assert second == f"{URL}?page=3"


def test_a_jump_menu_with_nothing_selected_counts_its_pages() -> None:
    options = "".join(f'<option value="/catalog/?page={n}">Page {n}</option>' for n in range(1, 5))
    found = _found(f'<div class="pager"><select onchange="location=this.value">{options}</select></div>')
    assert (found.kind, found.param, found.start, found.max_pages) == ("page_param", "page", 1, 4)
