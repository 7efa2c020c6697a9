"""Lineage of an entity, and replay of stored pages with a newer parser — with the site gone."""

from __future__ import annotations

import contextlib
import http.server
from collections.abc import Iterator

import pytest

from tests.conftest import Site
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

pytestmark = pytest.mark.slow


@contextlib.contextmanager
def site_gone(site: Site) -> Iterator[list[str]]:
    """The (shared) site answers every request with 503 while the block runs; yields the paths asked.

    The session's other tests need the server afterwards: it is not shut down, only its handler swapped.
    """
    asked: list[str] = []

    class Gone(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_error(503)

        do_HEAD = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = site.server.RequestHandlerClass
    site.server.RequestHandlerClass = Gone
    try:
        yield asked
    finally:
        site.server.RequestHandlerClass = handler


def test_lineage_then_replay_a_new_version_without_fetching(coffee_added: Site) -> None:
    first = sdp("export", "coffee").json()[0]
    chain = assert_ok(sdp("lineage", str(first["entity_id"]))).json()
    assert chain["entity"]["data"] == first["data"]
    assert chain["scraper_version"]["number"] == 1 and len(chain["scraper_version"]["code_sha256"]) == 64
    assert chain["bronze_page"]["url"] == coffee_added.url and chain["bronze_page"]["status"] == 200
    assert chain["crawl"]["status"] == "succeeded" and chain["source"]["name"] == "coffee"
    assert_one_line_error(sdp("lineage", "999999"), code=2, says="No entity with id 999999")

    editor = "sed -i \"s/'name': 'price'/'name': 'cost'/\""
    assert_ok(sdp("edit", "coffee", env={"EDITOR": editor}))
    with site_gone(coffee_added) as asked:  # from here on nothing can be fetched
        preview = assert_ok(sdp("replay", "coffee", "--dry-run")).out
        assert "Re-parsed 3 page(s), 11 record(s): 0 new, 11 would change" in preview and '"cost"' in preview
        assert all("price" in r["data"] for r in sdp("export", "coffee").json())  # a dry run writes nothing

        done = assert_ok(sdp("replay", "coffee")).out
        assert "11 changed" in done
        records = sdp("export", "coffee").json()
        assert len(records) == 11 and all("cost" in r["data"] and "price" not in r["data"] for r in records)
        # Replay re-dates nothing: an entity counts as extracted when its page was fetched.
        replayed = sdp("lineage", str(records[0]["entity_id"])).json()
        assert records[0]["extracted_at"] == replayed["bronze_page"]["fetched_at"]
        assert replayed["scraper_version"]["number"] == 2
        again = assert_ok(sdp("replay", "coffee")).out
        assert "11 unchanged" in again
    assert asked == []  # replay read the stored pages only
