"""A list whose page also calls a JSON endpoint answering a first batch of the same records (more
than the page shows), with no way past it, while the page's pager ("Next" icons, ``?page=2``) leads
on: the markup's list wins, paged by its pager, instead of the endpoint's one answer with no pager
and no note."""

from __future__ import annotations

import json

import pytest

from agents.fetch import FetchedPage
from agents.survey import probed_pages, surveyed
from tests.unit.servedpages import ServedPages

SITE = "https://shop.test"
_SVG = '<svg viewBox="0 0 20 20"><path d="M7 14 12 10 7 5"></path></svg>'
PAGERS = {
    "svg-label": f'<nav aria-label="pagination"><a href="/lamps?page=2" aria-label="Next page">{_SVG}</a></nav>',
    "icon-font": (
        '<div class="pager"><a href="/lamps?page=2" aria-label="Go to next page">'
        '<i class="icon-chevron-right"></i></a></div>'
    ),
    "titled-img": '<div><a href="/lamps?page=2" title="Nächste Seite"><img src="/next.png" alt=""></a></div>',
    "prev-disabled": (
        '<nav aria-label="pagination"><span class="disabled" aria-label="Previous page">'
        f'{_SVG}</span><a href="/lamps?page=2" aria-label="Volgende pagina">{_SVG}</a></nav>'
    ),
}


def _cards(count: int) -> str:
    return "".join(
        f'<div class="card"><h3><a href="/items/lamp-{i}">Lamp {i} in brass</a></h3>'
        f'<span class="price">${i}.00</span></div>'
        for i in range(1, count + 1)
    )


class _Site(ServedPages):
    """The pages, and the endpoint their script calls: twelve records where the page shows eight."""

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        if url.endswith(".json"):
            self.asked.append(url)
            items = [{"id": i, "name": f"Lamp {i} in brass", "url": f"/items/lamp-{i}"} for i in range(1, 13)]
            return FetchedPage(
                url, url, 200, {"content-type": "application/json"}, json.dumps({"items": items}).encode()
            )
        return super().fetch(url, render=render)


@pytest.mark.parametrize("pager", PAGERS.values(), ids=PAGERS.keys())
def test_the_markups_pager_wins_over_an_unpaged_endpoint(pager: str) -> None:
    body = (
        f'<html><head><title>Lamps</title></head><body><main><div class="grid">{_cards(8)}</div>{pager}</main>'
        '<script>fetch("/api/lamps.json").then(r => r.json())</script></body></html>'
    ).encode()
    site = _Site({f"{SITE}/lamps": body})
    page = site.fetch(f"{SITE}/lamps")
    profile, _ = surveyed(page, site)  # type: ignore[arg-type]
    profile = probed_pages(page, profile, site)  # type: ignore[arg-type]
    assert f"{SITE}/api/lamps.json" in site.asked  # the endpoint was read, and weighed
    assert profile.spec.json_source is None
    assert profile.spec.pagination.kind in ("next_link", "page_param")
