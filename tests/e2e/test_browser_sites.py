"""A page whose records exist only after its JavaScript runs: crawled with the system Chromium."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from config.settings import get_settings
from tests.conftest import SITES, Site, serve
from tests.e2e.conftest import assert_ok, sdp
from tests.unit.agents.test_render_clicked_pager import catalogue_page

pytestmark = pytest.mark.slow
EXPECTED = json.loads((SITES / "jsrendered" / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def gadget_site() -> Iterator[Site]:
    yield from serve(SITES / "jsrendered")


def test_a_javascript_built_catalogue_is_rendered_and_extracted(gadget_site: Site) -> None:
    added = assert_ok(sdp("add", gadget_site.url, "--name", "gadgets"))
    assert f"{len(EXPECTED)} records from 2 page(s)" in added.out
    records = sdp("export", "gadgets").json()
    got = {(r["url"], next(v["amount"] for v in r["data"].values() if isinstance(v, dict))) for r in records}
    assert got == {(gadget_site.page(e["url"]), e["price"]) for e in EXPECTED}
    assert "'render': 'browser'" in sdp("show", "gadgets", "--code").out
    assert_ok(sdp("run", "--once", "--source", "gadgets"))
    assert len(sdp("export", "gadgets").json()) == len(EXPECTED)


@pytest.fixture
def chatty_gadget_site(tmp_path: Path) -> Iterator[Site]:
    """The same catalogue on pages that never go network-idle: a beacon every 200 ms, forever."""
    root = tmp_path / "site"
    root.mkdir()
    beacon = "<script>setInterval(() => fetch('beacon.json', {cache: 'no-store'}), 200);</script>\n</body>"
    for page in (SITES / "jsrendered").glob("*.html"):
        (root / page.name).write_text(page.read_text(encoding="utf-8").replace("</body>", beacon), encoding="utf-8")
    (root / "beacon.json").write_text("{}", encoding="utf-8")
    yield from serve(root)


def test_a_javascript_catalogue_that_never_goes_network_idle_is_rendered(chatty_gadget_site: Site) -> None:
    fast = {"SDP_CRAWL_RENDER_TIMEOUT_S": "4"}  # the beacon never stops: every render takes its whole budget
    added = assert_ok(sdp("add", chatty_gadget_site.url, "--name", "chatty", env=fast))
    assert f"{len(EXPECTED)} records from 2 page(s)" in added.out
    records = sdp("export", "chatty").json()
    got = {(r["url"], next(v["amount"] for v in r["data"].values() if isinstance(v, dict))) for r in records}
    assert got == {(chatty_gadget_site.page(e["url"]), e["price"]) for e in EXPECTED}
    assert "'render': 'browser'" in sdp("show", "chatty", "--code").out


@pytest.fixture
def extensionless_gadget_site(tmp_path: Path) -> Iterator[Site]:
    """The same catalogue under names without an extension ("/catalogue", "/page2"): a static host
    serves them as application/octet-stream, which Chromium saves as a download instead of showing."""
    root = tmp_path / "site"
    root.mkdir()
    index = (SITES / "jsrendered" / "index.html").read_text(encoding="utf-8")
    assert 'href="page2.html"' in index
    (root / "catalogue").write_text(index.replace('href="page2.html"', 'href="page2"'), encoding="utf-8")
    (root / "page2").write_text((SITES / "jsrendered" / "page2.html").read_text(encoding="utf-8"), encoding="utf-8")
    yield from serve(root)


def test_a_javascript_catalogue_served_as_octet_stream_is_crawled_and_ejected(
    extensionless_gadget_site: Site, tmp_path: Path
) -> None:
    start = extensionless_gadget_site.page("catalogue")
    added = assert_ok(sdp("add", start, "--name", "octet"))
    assert f"{len(EXPECTED)} records from 2 page(s)" in added.out
    assert len(sdp("export", "octet").json()) == len(EXPECTED)
    # The ejected project crawls the same pages with its own copy of the spider base.
    project = tmp_path / "ejected"
    assert_ok(sdp("eject", "octet", str(project)))
    chromium = get_settings().crawl.chromium_executable()
    launch = json.dumps({"headless": True, "args": ["--no-sandbox", "--disable-gpu"], "executable_path": chromium})
    out = project / "out.json"
    crawled = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "octet", "-O", str(out), "-s", f"PLAYWRIGHT_LAUNCH_OPTIONS={launch}"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    assert len(json.loads(out.read_text(encoding="utf-8"))) == len(EXPECTED)


@pytest.fixture
def button_paged_gadget_site(tmp_path: Path) -> Iterator[Site]:
    """A catalogue drawn by its script at "/catalogue" (application/octet-stream), whose "Next" button's
    script loads "?pg=2": no page of this server answers the pager probe's "?page=2"."""
    root = tmp_path / "site"
    root.mkdir()
    for name in ("catalogue", "catalogue@pg=2", "catalogue@pg=3"):  # a query selects a file (tests.conftest)
        (root / name).write_bytes(catalogue_page("loads", drawn=False))
    yield from serve(root)


def test_a_rendered_catalogue_paged_by_a_scripted_button_is_crawled_to_its_last_page(
    button_paged_gadget_site: Site,
) -> None:
    added = assert_ok(sdp("add", button_paged_gadget_site.page("catalogue"), "--name", "buttons"))
    assert "12 records from 3 page(s)" in added.out
    assert len(sdp("export", "buttons").json()) == 12
