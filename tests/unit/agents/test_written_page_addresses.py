"""A pager whose numbers name no URL is paged at the address its script writes: the list's own address
in the site's form (another order of the same parameters), the page number joined where the script puts it."""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.writtenpages import written_page_base
from agents.pageprobe import probe_param_pages
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages, crawl

START = "http://shop.test/catalog/?q=ear+buds&src=ss&from=input"
#: The site's own form of the list's address, page N: the parameters in the script's order.
SITE_FORM = "http://shop.test/catalog/?src=ss&from=input&page={n}&q=ear+buds"
SPEC = ScraperSpec(
    start_url=START,
    record_selector="div.item",
    fields=(
        FieldSpec(name="title", type="title", selector="a.title"),
        FieldSpec(name="url", type="url", selector="a.title", attribute="href"),
    ),
    key_fields=("url",),
)
SCRIPT = """<script>(function () {
  var base = "/catalog/?src=ss&from=input&q=ear+buds";
  function go(n) { window.location.href = base.replace("&q=", "&page=" + n + "&q="); }
  document.addEventListener("click", function (e) {
    var li = e.target.closest(".pagination li");
    if (li) go(parseInt(li.getAttribute("title"), 10));
  });
})();</script>"""


def _page(items: list[str], current: int, script: str = SCRIPT) -> bytes:
    cards = "".join(
        f'<div class="item"><a class="title" href="/p/{i}">Buds {i}</a><span>Rs. 99</span></div>' for i in items
    )
    pager = "".join(
        f'<li title="{n}" class="pagination-item{" active" if n == current else ""}" tabindex="0"><a>{n}</a></li>'
        for n in (1, 2, 3)
    )
    return f'<html><body><main>{cards}</main><ul class="pagination">{pager}</ul>{script}</body></html>'.encode()


def _site(script: str = SCRIPT) -> ServedPages:
    return ServedPages(
        {
            START: _page(["a", "b", "c"], 1, script),
            SITE_FORM.format(n=2): _page(["d", "e", "f"], 2, script),
            SITE_FORM.format(n=3): _page(["g", "h"], 3, script),
        }
    )


def test_the_script_names_the_address_form_and_where_the_page_number_goes() -> None:
    page = Selector(text=_page(["a"], 1).decode())
    assert written_page_base(page, START) == ("page", SITE_FORM.format(n=1))


def test_the_page_buttons_page_the_list_at_the_address_the_script_writes() -> None:
    site = _site()
    found = probe_param_pages(site.fetch(START), SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.param, found.spec.start) == ("page_param", "page", 1)
    assert site.asked[-1] == SITE_FORM.format(n=2)
    titles = [r["title"] for r in crawl(SPEC.model_copy(update={"pagination": found.spec}), site)]
    assert titles == [f"Buds {i}" for i in "abcdefgh"]


def test_a_value_joined_last_goes_last() -> None:
    script = (
        '<script>var base = "/catalog/?src=ss&from=input&q=ear+buds";'
        ' function go(n) { location.href = base + "&page=" + n; }</script>'
    )
    page = Selector(text=_page(["a"], 1, script).decode())
    assert written_page_base(page, START) == ("page", "http://shop.test/catalog/?src=ss&from=input&q=ear+buds&page=1")


def test_nothing_is_learnt_from_the_page_own_form_or_another_list() -> None:
    same = '<script>var base = "/catalog/?q=ear+buds&src=ss&from=input"; go = n => base + "&page=" + n;</script>'
    other = '<script>var base = "/catalog/?q=head+phones&from=input&src=ss"; go = n => base + "&page=" + n;</script>'
    unpaged = '<script>var base = "/catalog/?src=ss&from=input&q=ear+buds"; go = n => base + "&sort=" + n;</script>'
    for script in (same, other, unpaged):
        assert written_page_base(Selector(text=_page(["a"], 1, script).decode()), START) is None


def test_where_the_site_answers_its_own_form_only_the_page_address_is_still_tried() -> None:
    # no script writes the address: ?page=2 appended to the page's own, as before
    site = _site(script="")
    assert probe_param_pages(site.fetch(START), SPEC, site) is None  # type: ignore[arg-type]
    assert site.asked[-1] == START + "&page=2"


def test_a_literal_naming_the_page_parameter_places_it() -> None:
    script = (
        '<script>var first = "/catalog/?page=1&q=ear+buds&src=ss&from=input";'
        ' go = n => first.replace(/page=\\d+/, "page=" + n);</script>'
    )
    page = Selector(text=_page(["a"], 1, script).decode())
    assert written_page_base(page, START) == ("page", "http://shop.test/catalog/?page=1&q=ear+buds&src=ss&from=input")
