"""Which description of a detail page wins: its JSON-LD or its markup.

A news site's JSON-LD names the headline, the date and the author, and seldom the article itself;
the markup shows the body, which is what the reader came for. A product's JSON-LD carries its
description, and stays the steadier source.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import cast

from agents.fetch import FetchedPage, Fetcher
from agents.survey import survey_page

BODY = (
    "A plan to redevelop the town's harbour has been approved by the council's planning committee after "
    "a meeting that lasted more than five hours. The scheme includes 120 homes, a new fish market and a "
    "marina with 80 berths. Fishermen said the plans would push them out of the inner harbour."
)


def _page(entity: Mapping[str, object], body: str) -> FetchedPage:
    html = f"""<!doctype html><html><head><title>Harbour plan approved - Coastal Gazette</title>
    <script type="application/ld+json">{json.dumps(entity)}</script></head><body>
    <header class="site-header"><a href="/">Coastal Gazette</a></header>
    <main><article class="article"><h1 class="article__headline">Harbour plan approved</h1>
    <div class="byline">By <a rel="author" href="/authors/megan-rhys">Megan Rhys</a>
    <time datetime="2026-11-20T18:42:00+00:00">20 November 2026</time></div>
    <figure><img src="/img/harbour.jpg" alt="The harbour"></figure>
    <div class="article__body"><p>{body}</p></div></article></main></body></html>"""
    url = "https://gazette.example/news/harbour-plan/"
    return FetchedPage(url=url, final_url=url, status=200, headers={}, body=html.encode())


class _NoNetwork:
    def fetch(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey fetched {url}")

    def render(self, url: str) -> FetchedPage:
        raise AssertionError(f"the survey rendered {url}")


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Harbour plan approved",
    "datePublished": "2026-11-20T18:42:00+00:00",
    "dateModified": "2026-11-21T08:05:00+00:00",
    "author": {"@type": "Person", "name": "Megan Rhys"},
    "image": "https://gazette.example/img/harbour.jpg",
    "articleSection": "Local politics",
}


def test_an_articles_body_in_the_markup_beats_json_ld_without_it() -> None:
    profile = survey_page(_page(ARTICLE, BODY), cast(Fetcher, _NoNetwork()))

    assert profile.spec.json_source is None  # read from the markup
    [record] = profile.sample_records
    assert record["title"] == "Harbour plan approved"
    assert record["author"] == "Megan Rhys"
    assert record["text"] == BODY


def test_json_ld_with_its_own_description_stays_the_source() -> None:
    described = {**ARTICLE, "description": "Councillors voted 7-4 for the scheme."}

    profile = survey_page(_page(described, BODY), cast(Fetcher, _NoNetwork()))

    assert profile.spec.fields[0].json_path is not None  # JSON-LD leads; the markup adds the body
    [record] = profile.sample_records
    assert record["description"] == "Councillors voted 7-4 for the scheme."
    assert record["date_modified"] == "2026-11-21T08:05:00+00:00"
