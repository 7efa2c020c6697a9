"""A site changes its markup: crawls fail, and after three in a row the Doctor repairs the spider;
a site that turns into a login page is alerted on and quarantined, never "healed"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import assert_ok, sdp

# Each test drives several real crawls through the CLI: give them room on a loaded machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

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


def test_three_changed_site_failures_trigger_a_repair_that_is_validated_promoted_and_learnt(
    site_dir: tuple[Path, str],
) -> None:
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
    assert "judged site_changed" in log and "Version 2 of tea is now in production" in log
    assert "repair candidate: " in log and "validated and promoted" in log

    lessons = sdp("kb", "list", "--json").json()
    assert len(lessons) == 1 and lessons[0]["status"] == "proposed" and lessons[0]["successes"] == 1
    assert_ok(sdp("kb", "approve", str(lessons[0]["id"])))
    assert sdp("kb", "show", str(lessons[0]["id"])).json()["status"] == "approved"
    assert "nothing to repair" in assert_ok(sdp("heal", "tea")).out  # the promoted version works


def test_a_pinned_source_gets_a_proposal_in_staging_never_a_promotion(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    write(root, BEFORE, BEFORE_ITEM)
    assert_ok(sdp("add", url, "--name", "tea"))
    assert_ok(sdp("pin", "tea"))
    write(root, AFTER, AFTER_ITEM)
    healed = assert_ok(sdp("heal", "tea"))
    assert "candidate relocation by last known values: 5 records" in healed.out
    assert "Source is pinned: version 2 proposed in staging" in healed.out
    versions = sdp("versions", "tea").out
    assert "staging" in versions and "Staging (proposed, not in production): 2" in versions
    assert sdp("list", "--json").json()[0]["version"] == 1


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
    log = sdp("logs", "tea").out
    assert "quarantined" in log and "ALERT tea: the site serves a login page" in log
    assert "tested on the live page" not in log  # classified and alerted on: the Doctor never tried to repair it
