"""Indexes of links as content: a category page's A–Z list of pages is its records, though each
entry is one short link as a menu's are; a site menu under letter headings stays chrome; and the
"next page" link of a pager whose previous link carries the same title is found by its words."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.dom import build_index
from agents.heuristics.linkindex import files_by_initial, is_letter_index
from agents.heuristics.pagination import find_pagination
from pipeline.core.extract import next_page_url
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.agents.conftest import spec_and_records

SITE = "https://ferns.test"
FILED = {
    "A": ["Adder's-tongue", "Alpine woodsia", "Asplenium marinum"],
    "B": ["Bracken", "Brittle bladder-fern", "Broad buckler-fern"],
    "C": ["Common polypody", "Crested buckler-fern"],
    "H": ["Hard fern", "Hart's-tongue", "Holly fern", "Hay-scented fern"],
}
NAMES = [name for names in FILED.values() for name in names]


def _slug(name: str) -> str:
    return name.replace(" ", "_").replace("'", "")


def _letter_groups(filed: dict[str, list[str]]) -> str:
    return "".join(
        f'<div class="letter-group"><h3>{letter}</h3><ul>'
        + "".join(f'<li><a href="/wiki/{_slug(n)}" title="{n}">{n}</a></li>' for n in names)
        + "</ul></div>"
        for letter, names in filed.items()
    )


def _gallery() -> str:
    """A few richer blocks beside the index: files with a picture, a name and a size each."""
    return (
        '<ul class="gallery">'
        + "".join(
            f'<li class="gallerybox"><a href="/wiki/File:Frond_{n}.jpg"><img src="/img/frond{n}.jpg" alt=""></a>'
            f'<div class="gallerytext"><a href="/wiki/File:Frond_{n}.jpg">Frond {n}.jpg</a><br>1,600 × 1,200; {n}12 KB'
            "</div></li>"
            for n in range(1, 5)
        )
        + "</ul>"
    )


def _category_page(pager: str = "") -> str:
    menu = "".join(f'<li><a href="/wiki/{p}">{p}</a></li>' for p in ("Main_page", "Recent_changes", "Random", "Help"))
    return (
        '<html lang="en"><head><title>Category:Ferns</title></head><body>'
        f'<header><nav class="main-menu"><ul>{menu}</ul></nav></header>'
        '<main id="content"><h1>Category:Ferns</h1><div class="body">'
        "<p>This category holds one page per fern of the islands.</p>"
        f'<div id="pages"><h2>Pages in category "Ferns"</h2>{pager}'
        f'<div class="columns">{_letter_groups(FILED)}</div>{pager}</div>'
        f'<div id="media"><h2>Media in category "Ferns"</h2>{_gallery()}</div>'
        "</div></main><footer><p>Text is available under a licence.</p></footer></body></html>"
    )


def test_a_category_pages_letter_index_is_its_records_without_the_letter() -> None:
    spec, records = spec_and_records(_category_page(), f"{SITE}/wiki/Category:Ferns")
    assert [r["title"] for r in records] == NAMES
    assert records[0]["url"] == f"{SITE}/wiki/Adders-tongue"
    # The letter an entry is filed under repeats its title's initial: no field of its own.
    assert {f.name for f in spec.fields} == {"title", "url"}


def test_a_menu_under_letter_headings_in_the_sidebar_is_no_index() -> None:
    aside = f"<aside>{_letter_groups(FILED)}</aside>"
    page = Selector(text=f"<html><body><main><h1>Ferns</h1></main>{aside}</body></html>", type="html")
    index = build_index(page.root)
    entries = page.root.xpath("//aside//li")
    assert not is_letter_index(entries, index)
    # In the content, the same list is an index; filed under section names, it is not.
    page = Selector(text=f"<html><body><main><h1>Ferns</h1>{_letter_groups(FILED)}</main></body></html>", type="html")
    assert is_letter_index(page.root.xpath("//main//li"), build_index(page.root))
    sections = {"Reading": NAMES[:6], "Community": NAMES[6:]}
    page = Selector(
        text=f"<html><body><main><h1>Ferns</h1>{_letter_groups(sections)}</main></body></html>", type="html"
    )
    assert not is_letter_index(page.root.xpath("//main//li"), build_index(page.root))


def test_a_letter_is_a_filing_key_only_over_records_it_begins() -> None:
    assert files_by_initial(["A", "A", "B cont.", "0–9"], ["Adder", "alpine", "Bracken", "3 ferns"])
    assert not files_by_initial(["Tue", "Wed"], ["Quiz night", "Open mic"])
    assert not files_by_initial(["A", "B"], ["Bracken", "Adder"])


def _pager(previous: str | None, following: str) -> str:
    """MediaWiki's category pager: both links carry the category's title, a missing one is a word."""
    back = (
        f'<a href="/w/index.php?title=Category:Ferns&amp;pageuntil={previous}" title="Category:Ferns">previous page</a>'
        if previous
        else "previous page"
    )
    on = f'<a href="/w/index.php?title=Category:Ferns&amp;pagefrom={following}" title="Category:Ferns">next page</a>'
    return f"<p>({back}) ({on})</p>"


def test_a_next_link_sharing_its_title_with_the_previous_link_is_found_by_its_words() -> None:
    url = f"{SITE}/wiki/Category:Ferns"
    first = Selector(text=_category_page(_pager(None, "Hard+fern")), base_url=url, type="html")
    found = find_pagination(first, url)
    assert found.spec.kind == "next_link", found.note
    title = FieldSpec(name="title", type="title", selector="a")
    spec = ScraperSpec(start_url=url, record_selector="li", fields=(title,), pagination=found.spec)
    second_url = f"{SITE}/w/index.php?title=Category:Ferns&pagefrom=Hard+fern"
    second = Selector(text=_category_page(_pager("Hard+fern", "Lady+fern")), base_url=second_url, type="html")
    assert next_page_url(second, second_url, spec, page_number=2) == (
        f"{SITE}/w/index.php?title=Category:Ferns&pagefrom=Lady+fern"
    )
