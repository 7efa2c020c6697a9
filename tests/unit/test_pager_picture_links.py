"""A pager whose only way forward is a picture with a label no word table reads ("Weitere Hotels
anzeigen", "Continuar", an image named "forward"), leading off the list's path to a numbered address
(``/hotel-search/paris/21-40/page-2`` from ``/hotels/paris/``): asked once, followed when it answers
new records of the list's shape."""

from __future__ import annotations

import pytest

from agents.survey import probed_pages, survey_page
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages, crawl

SITE = "https://travel.example"
START = f"{SITE}/hotels/paris/"
PER_PAGE = 20
PAGES = 3


def _card(k: int) -> str:
    return (
        f'<article class="hotel"><h2><a href="/hotel/paris/grand-{k}-opera">Hotel Grand {k} Opera</a></h2>'
        f'<span class="stars">{k % 5 + 1} stars</span><span class="rate">€{80 + k}</span>'
        f"<p>Quiet rooms near the opera house, number {k}.</p></article>"
    )


def _next(number: int) -> str:
    """Page ``number + 1``'s address, as the search engine behind the list writes it."""
    return f"/hotel-search/paris/{number * PER_PAGE + 1}-{number * PER_PAGE + PER_PAGE}/page-{number + 1}"


def _page(number: int, pager: str) -> bytes:
    cards = "".join(_card(k) for k in range((number - 1) * PER_PAGE + 1, number * PER_PAGE + 1))
    return (
        '<html><body><header><a href="/">Home</a><a href="/deals/">Deals</a></header><main><h1>Hotels in Paris</h1>'
        f'<section class="results">{cards}</section>{pager}</main><footer><a href="/imprint">Imprint</a></footer>'
        "</body></html>"
    ).encode()


def _site(pager: str, answer: str | None = None) -> ServedPages:
    pages = {}
    for number in range(1, PAGES + 1):
        url = START if number == 1 else SITE + _next(number - 1)
        shown = pager.format(next=_next(number), back=_next(number - 2)) if number < PAGES else ""
        pages[url] = _page(number, shown) if answer is None or number == 1 else answer.encode()
    return ServedPages(pages)


def _scouted(site: ServedPages) -> PageProfile:
    first = site.fetch(START)
    return probed_pages(first, survey_page(first, site), site)


@pytest.mark.parametrize(
    "pager",
    [
        '<div class="pagination"><span>1–20 von 60</span><a href="{next}" aria-label="Weitere Hotels anzeigen">'
        '<img src="/img/arrow.svg" alt=""></a></div>',
        '<nav class="paging"><a href="{next}" title="Mehr"><svg viewBox="0 0 8 8"><path d="M0 0"/></svg></a></nav>',
        '<ul class="pager"><li><a href="{back}" aria-label="Anterior"><i class="ico ico-l"></i></a></li>'
        '<li><a href="{next}" aria-label="Continuar"><i class="ico ico-r"></i></a></li></ul>',
        '<div class="pages"><a href="{next}"><img src="/img/fwd.png" alt="forward"></a></div>',
    ],
)
def test_the_only_picture_link_of_a_pager_leads_to_page_two(pager: str) -> None:
    site = _site(pager)
    profile = _scouted(site)
    names = {r["title"] for r in crawl(profile.spec, site)}
    assert len(names) == PER_PAGE * PAGES  # all sixty hotels, not the first twenty
    assert any("picture labelled" in note for note in profile.notes)


def test_a_picture_link_answering_other_things_is_refused_with_a_note() -> None:
    pager = '<div class="pagination"><a href="{next}" aria-label="Mehr"><img src="/a.svg" alt=""></a></div>'
    site = _site(pager, answer="<html><body><h1>Sign in</h1><form><input name='user'></form></body></html>")
    profile = _scouted(site)
    assert len(crawl(profile.spec, site)) == PER_PAGE
    assert any("[page2-empty]" in note for note in profile.notes)


@pytest.mark.parametrize(
    "pager",
    [
        # two picture links, neither saying "previous": which one leads on is not known
        '<div class="pagination"><a href="{next}" aria-label="Weiter zu"><img src="/a.svg"></a>'
        '<a href="/hotel-search/paris/41-60/page-3" aria-label="Ende"><img src="/b.svg"></a></div>',
        # a picture link outside any pager: a banner, a deal
        '<div class="promo"><a href="{next}" aria-label="Angebote"><img src="/deal.jpg"></a></div>',
        # a pager's picture link to an address holding no page number
        '<div class="pagination"><a href="/hotel-search/paris/more" aria-label="Mehr"><img src="/a.svg"></a></div>',
    ],
)
def test_no_picture_link_is_asked_where_it_is_not_the_pagers_one_way_on(pager: str) -> None:
    site = _site(pager)
    profile = _scouted(site)
    assert profile.spec.pagination.kind == "none"
    assert site.asked == [START]
