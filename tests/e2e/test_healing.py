"""A site changes its markup: crawls fail, and after three in a row the Doctor rebuilds the spider."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow

BEFORE = """<!doctype html><html><head><title>Tea shop</title></head>
<body><main><ul class="teas">{items}</ul></main></body></html>"""
BEFORE_ITEM = """<li class="tea"><h2><a href="/t/{slug}.html">{name}</a></h2>
<span class="price">€{price}</span></li>"""
AFTER = """<!doctype html><html><head><title>Tea shop</title></head>
<body><main><div class="catalogue">{items}</div></main></body></html>"""
AFTER_ITEM = """<section class="product-tile"><div class="inner">
<h3 class="product-title"><a href="/t/{slug}.html">{name}</a></h3>
<p class="product-cost">€{price}</p></div></section>"""
TEAS = [
    ("Sencha", "sencha", "8.50"),
    ("Assam", "assam", "6.20"),
    ("Darjeeling", "darjeeling", "9.90"),
    ("Oolong", "oolong", "11.00"),
    ("Rooibos", "rooibos", "5.40"),
]


def write(root: Path, page: str, item: str) -> None:
    items = "\n".join(item.format(name=n, slug=s, price=p) for n, s, p in TEAS)
    (root / "index.html").write_text(page.format(items=items), encoding="utf-8")


def test_three_failures_trigger_a_rebuild_that_is_validated_and_promoted(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    write(root, BEFORE, BEFORE_ITEM)
    assert_ok(sdp("add", url, "--name", "tea"))
    write(root, AFTER, AFTER_ITEM)

    for attempt in (1, 2):
        failed = sdp("run", "--once", "--source", "tea")
        assert failed.code == 1, failed.out + failed.err
        assert sdp("list", "--json").json()[0]["consecutive_failures"] == attempt
    healed = assert_ok(sdp("run", "--once", "--source", "tea"))
    assert "promoted a new version" in healed.out and "tea: 5 records" in healed.out

    source = sdp("list", "--json").json()[0]
    assert (source["version"], source["consecutive_failures"], source["active"]) == (2, 0, True)
    records = sdp("export", "tea").json()
    assert len(records) == 5
    log = sdp("logs", "tea").out
    assert "rebuilt after repeated crawl failures" in log and "Version 2 of tea is now in production" in log


def test_a_page_that_turned_into_a_login_form_is_quarantined_not_healed(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    write(root, BEFORE, BEFORE_ITEM)
    assert_ok(sdp("add", url, "--name", "tea"))
    (root / "index.html").write_text(
        "<html><body><form><input name=user><input type=password name=pw><button>Log in</button></form></body></html>",
        encoding="utf-8",
    )
    for _ in range(3):
        assert sdp("run", "--once", "--source", "tea").code == 1
    source = sdp("list", "--json").json()[0]
    assert source["active"] is False and source["version"] == 1  # the old version stays; nothing promoted
    assert len(sdp("export", "tea").json()) == 5  # the data already collected is kept
    assert "quarantined" in sdp("logs", "tea").out
