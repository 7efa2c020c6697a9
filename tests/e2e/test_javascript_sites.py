"""Pages whose records are data, not markup: read from the script or the endpoint, no browser."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import SITES, Site
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
QUOTES = json.loads((SITES / "jsquotes" / "expected.json").read_text(encoding="utf-8"))


def check_quotes(records: list[dict[str, Any]]) -> None:
    assert len(records) == len(QUOTES)
    by_text = {r["data"]["text"]: r["data"] for r in records}
    for want in QUOTES:
        got = by_text[want["text"]]
        assert got["author"] == want["author"]["name"]
        assert got["tags"] == want["tags"]


def test_records_inside_an_inline_script(quotes_site: Site) -> None:
    added = assert_ok(sdp("add", quotes_site.page("js/"), "--name", "jsquotes"))
    assert "✓ crawl" in added.out and "25 records from 3 page(s)" in added.out
    check_quotes(sdp("export", "jsquotes").json())
    assert "records read from JSON" in sdp("show", "jsquotes").out or "json" in sdp("show", "jsquotes", "--code").out


def test_records_behind_an_infinite_scroll_endpoint(quotes_site: Site) -> None:
    added = assert_ok(sdp("add", quotes_site.page("scroll/"), "--name", "scroll"))
    assert "✓ crawl" in added.out
    check_quotes(sdp("export", "scroll").json())
    code = sdp("show", "scroll", "--code").out
    assert "/api/quotes?page=1" in code and "'kind': 'page_param'" in code
