"""Request URLs a script names by reference: ``fetch(Site.config.moreUrl + '?page=' + page)``.

A careers page shows its first jobs and a "Show more" button whose script fetches the next batch
from a URL kept in a settings object another inline script sets. The reference is read back to the
string literal it is given (never by running the script), and the counter's first value from the
button's ``data-page``; the fragments then become the list's following pages.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from parsel import Selector

from agents.pageprobe import probe_param_pages
from agents.scriptcalls import MAX_REFERENCES, called_urls
from agents.scriptpaging import paged_calls
from agents.scriptrefs import attribute_number, reference_literal
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages, crawl

SITE = "https://jobs.test"
PAGE = f"{SITE}/acme/"
SETTINGS = """<script>
  window.Site = window.Site || {};
  Site.config = {"company": "acme", "moreUrl": "/acme/more", "group": {"by": "team"}, "tracking": null};
</script>"""
MORE_SCRIPT = """<script>
(function () {
  var button = document.querySelector('.more');
  var list = document.querySelector('.jobs');
  button.addEventListener('click', function () {
    var page = parseInt(button.getAttribute('data-page'), 10);
    fetch(Site.config.moreUrl + '?page=' + page).then(function (r) { return r.text(); })
      .then(function (html) {
        if (!html.trim()) { button.remove(); return; }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        list.append(holder);
        button.setAttribute('data-page', page + 1);
      });
  });
})();
</script>"""


def _job(n: int) -> str:
    return f'<li class="job"><a href="/acme/jobs/{n}"><h4 class="name">Driver {n}</h4></a><span>Leeds</span></li>'


def _page(script: str = MORE_SCRIPT) -> str:
    jobs = "".join(_job(n) for n in range(10))
    button = '<button class="more" data-page="1">Show more jobs</button>'
    return f'<html><body><h1>Jobs</h1><ul class="jobs">{jobs}</ul>{button}{SETTINGS}{script}</body></html>'


SPEC = ScraperSpec(
    start_url=PAGE,
    record_selector="ul.jobs > li.job",
    fields=(
        FieldSpec(name="title", type="title", selector="h4.name"),
        FieldSpec(name="url", type="url", selector="a", attribute="href"),
    ),
    key_fields=("url",),
)


@pytest.mark.parametrize(
    ("scripts", "reference", "literal"),
    [
        (['Site.config = {"moreUrl": "/acme/more"};'], "Site.config.moreUrl", "/acme/more"),
        (["window.Site.config.moreUrl = '/acme/more';"], "Site.config.moreUrl", "/acme/more"),
        (["var moreUrl = '/acme/more';"], "moreUrl", "/acme/more"),
        (["var Site = {config: {other: 'x', moreUrl: '/acme/more'}};"], "window.Site.config.moreUrl", "/acme/more"),
        (['App.urls = {"more": "\\/acme\\/more"};'], "App.urls.more", "/acme/more"),
        # Members of nested objects are not the reference's own.
        (["Site.config = {inner: {moreUrl: '/no'}, moreUrl: '/acme/more'};"], "Site.config.moreUrl", "/acme/more"),
    ],
)
def test_a_reference_is_read_back_to_the_literal_a_script_gives_it(
    scripts: list[str], reference: str, literal: str
) -> None:
    assert reference_literal(scripts, reference) == literal


@pytest.mark.parametrize(
    "scripts",
    [
        ["var moreUrl = base + '/more';"],  # joined: known only when the script runs
        ["var moreUrl = '/a';", "var moreUrl = '/b';"],  # two literals: which one is not known
        ["Site.config = {inner: {moreUrl: '/no'}};"],
        ["var moreUrl = `${base}/more`;"],
        ["Site.config = window.Site.config || {};"],
    ],
)
def test_a_reference_given_no_single_literal_stands_for_nothing(scripts: list[str]) -> None:
    assert reference_literal(scripts, "Site.config.moreUrl" if "Site" in scripts[0] else "moreUrl") is None


def test_a_counter_read_from_a_data_attribute_starts_at_the_page_s_value() -> None:
    page = Selector(text=_page())
    assert attribute_number(page, MORE_SCRIPT, "page") == 1
    assert attribute_number(page, "var page = +button.dataset.page;", "page") == 1
    two = Selector(text=_page() + '<button data-page="4">Other</button>')
    assert attribute_number(two, MORE_SCRIPT, "page") is None  # two values: which one is not known


def test_a_fetch_by_reference_is_a_paged_call_at_the_button_s_page() -> None:
    [call] = paged_calls(Selector(text=_page()), PAGE)
    assert (call.url, call.param, call.start, call.counts_pages) == (f"{SITE}/acme/more?page=1", "page", 1, True)
    template = MORE_SCRIPT.replace("Site.config.moreUrl + '?page=' + page", "`${Site.config.moreUrl}?page=${page}`")
    [call] = paged_calls(Selector(text=_page(template)), PAGE)
    assert call.url == f"{SITE}/acme/more?page=1"
    assert f"{SITE}/acme/more?page=1" in called_urls(Selector(text=_page()), PAGE)


def test_a_reference_without_a_literal_is_no_call() -> None:
    script = MORE_SCRIPT.replace("Site.config.moreUrl", "Site.config.nextUrl")
    assert paged_calls(Selector(text=_page(script)), PAGE) == []


def test_a_hostile_page_s_references_are_read_within_bounds() -> None:
    """Hundreds of references into a huge settings object: only the first few are looked up, and a
    member beyond the walk's budget is not found (the page builds, just without that guess)."""
    huge = "{" + ",".join(f"k{i}: [{i}, '{i}']" for i in range(20_000)) + ", moreUrl: '/far/more'}"
    calls = "".join(f"fetch(Big.s{j} + '?page=' + page); el.innerHTML = html;\n" for j in range(40))
    settings = "".join(f"Big.s{j} = '/u{j}';" for j in range(40))
    script = f"<script>{settings}</script><script>{calls}</script>"
    urls = called_urls(Selector(text=f"<html><body>{script}</body></html>"), PAGE)
    assert {urlsplit(u).path for u in urls} == {f"/u{j}" for j in range(MAX_REFERENCES)}
    assert reference_literal([f"Big = {huge};"], "Big.moreUrl") is None


def test_the_fragments_a_reference_names_follow_the_list_page_until_an_empty_one() -> None:
    pages = {PAGE: _page().encode(), f"{SITE}/acme/more?page=3": b""}
    pages[f"{SITE}/acme/more?page=1"] = "".join(_job(n) for n in range(10, 18)).encode()
    pages[f"{SITE}/acme/more?page=2"] = "".join(_job(n) for n in range(18, 23)).encode()
    site = ServedPages(pages)
    found = probe_param_pages(site.fetch(PAGE), SPEC, site)  # type: ignore[arg-type]
    assert found is not None
    assert (found.spec.kind, found.spec.param, found.spec.start) == ("page_param", "page", 0)
    assert found.spec.endpoint == f"{SITE}/acme/more?page=1"
    spec = SPEC.model_copy(update={"pagination": found.spec, "record_selector": "li.job"})
    assert [r["title"] for r in crawl(spec, site)] == [f"Driver {n}" for n in range(23)]
