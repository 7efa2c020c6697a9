"""Servers label pages wrongly: an HTML page sent as ``application/json`` or ``text/plain`` is still
a page. Scrapy picks a JSON or text response by the label, whose selector finds nothing with CSS;
the crawl reads the body as HTML instead of storing a crawl of zero records."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import sdp
from tests.integration.fleet_helpers import PAGE, deployed_source, misbehaving_site

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("content_type", ["application/json", "text/plain; charset=utf-8"])
def test_a_page_sent_with_the_wrong_content_type_is_read_as_html(
    content_type: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDP_CRAWL_OBEY_ROBOTS_TXT", "false")  # only the page under test is fetched
    with misbehaving_site() as (url, site):
        site.routes["/"] = (200, {"Content-Type": content_type}, PAGE)
        deployed_source("teas", f"{url}/", due=True)

        ran = sdp("run", "--once")

    assert ran.code == 0, ran.out + ran.err
    assert "✓ teas: 3 records" in ran.out, ran.out
    exported = sdp("export", "teas").json()
    assert sorted(record["data"]["name"] for record in exported) == ["Matcha", "Oolong", "Sencha"]
