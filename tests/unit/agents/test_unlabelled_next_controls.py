"""Next controls that say nothing a pager's words read: a chevron link marked only by a state class
(``a.is-next``) among bare page links in a table cell, and a "Next" button with no URL on a page
whose address names its page number."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.pagination import find_pagination
from agents.pageprobe import probe_param_pages, scripted_paging
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

SCREENER = "http://quotes.test/screen.aspx?v=1&f=tech"


def _screener(current: int) -> str:
    """A table-cell pager: the current page is a link too, the next control an icon in ``a.is-next``."""
    pages = [(1, SCREENER), (2, f"{SCREENER}&r=21"), (3, f"{SCREENER}&r=41")]
    links = "".join(
        f'<a href="{href}" class="pages{" is-selected" if n == current else ""}">{n}</a>' for n, href in pages
    )
    nxt = f'<a href="{pages[current][1]}" class="pages is-next"><span><svg></svg></span></a>' if current < 3 else ""
    rows = "".join(f"<tr><td>{current}-{i}</td><td>Stock {i}</td></tr>" for i in range(5))
    return f'<table><tbody>{rows}</tbody></table><table><tr><td id="paging">{links}{nxt}</td></tr></table>'


def test_a_chevron_marked_only_by_a_state_class_is_the_next_link() -> None:
    found = find_pagination(Selector(text=_screener(1)), SCREENER)
    assert (found.spec.kind, found.spec.next_selector) == ("next_link", "a.is-next")
    # page 2 links its previous page first: the selector still finds the way on, and none on page 3
    assert Selector(text=_screener(2)).css("a.is-next::attr(href)").get() == f"{SCREENER}&r=41"
    assert Selector(text=_screener(3)).css("a.is-next").get() is None


COMMUNITY = "http://forum.test/c/ferns?type=Post&page=1&sort=Active"
SPEC = ScraperSpec(
    start_url=COMMUNITY,
    record_selector="div.post",
    fields=(FieldSpec(name="title", type="title", selector="a.title"),),
    key_fields=("title",),
)


def _community(names: list[str], pager: str) -> bytes:
    posts = "".join(f'<div class="post"><a class="title" href="/post/{n}">{n}</a></div>' for n in names)
    return f"<html><body><main>{posts}<div>{pager}</div></main></body></html>".encode()


BUTTONS = '<button type="button" class="btn" disabled>Prev</button><button type="button" class="btn">Next</button>'


def test_a_next_button_without_a_url_is_probed_one_page_on_from_the_address() -> None:
    site = ServedPages(
        {
            COMMUNITY: _community(["A", "B", "C"], BUTTONS),
            "http://forum.test/c/ferns?type=Post&page=2&sort=Active": _community(["D", "E", "F"], BUTTONS),
        }
    )
    found = probe_param_pages(site.fetch(COMMUNITY), SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.param, found.spec.start) == ("page_param", "page", 1)
    assert site.asked[-1] == "http://forum.test/c/ferns?type=Post&page=2&sort=Active"


def test_the_page_parameter_the_address_names_is_the_one_counted() -> None:
    url = "http://forum.test/threads?p=1"
    site = ServedPages(
        {url: _community(["A", "B"], BUTTONS), "http://forum.test/threads?p=2": _community(["C", "D"], BUTTONS)}
    )
    found = probe_param_pages(site.fetch(url), SPEC.model_copy(update={"start_url": url}), site)  # type: ignore[arg-type]
    assert found is not None and (found.spec.param, found.spec.start) == ("p", 1)


def test_a_next_button_is_no_pager_where_nothing_names_pages() -> None:
    # a carousel's "Next" on a page whose address names no page, outside any pager
    page = _community(["A", "B", "C"], '<button class="slide-arrow">Next</button>').decode()
    assert scripted_paging(Selector(text=page), "http://forum.test/c/ferns") is None
    # a disabled "Next" (the last page) leads nowhere
    disabled = _community(["A"], '<button class="btn" disabled>Next</button>').decode()
    assert scripted_paging(Selector(text=disabled), COMMUNITY) is None
    # in a pager it is one, whatever the address
    paged = _community(["A"], '<div class="paginator"><button>Next</button></div>').decode()
    assert scripted_paging(Selector(text=paged), "http://forum.test/c/ferns") is not None


def test_a_next_button_whose_page_answers_nothing_new_gives_no_pagination() -> None:
    same = _community(["A", "B", "C"], BUTTONS)
    site = ServedPages({COMMUNITY: same, "http://forum.test/c/ferns?type=Post&page=2&sort=Active": same})
    assert probe_param_pages(site.fetch(COMMUNITY), SPEC, site) is None  # type: ignore[arg-type]
