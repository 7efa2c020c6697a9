"""A crawl counting ``?page=N`` past a pager that shows no last page (a window: "1 2 3 …") asks for
the page after the last one: whatever the server answers there (a 404, an empty list, the last page again),
the crawl ends cleanly, with every record once and nothing stored from that page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import assert_ok, sdp

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

PAGES = 3
PER_PAGE = 5
NAMES = [f"Brass desk lamp model {n}" for n in range(1, PAGES * PER_PAGE + 1)]


def _page(number: int, names: list[str]) -> str:
    cards = "".join(
        f'<article class="product"><h2><a href="/lamps/{name.split()[-1]}.html">{name}</a></h2>'
        f'<span class="price">£{20 + NAMES.index(name)}.00</span></article>'
        for name in names
    )
    numbers = " ".join(
        f'<a href="/lamps/?page={n}">{n}</a>' if n != number else f'<span class="current">{n}</span>'
        for n in range(1, PAGES + 1)
    )
    return (
        "<!doctype html><html><head><title>Lamps</title></head><body><main><h1>Lamps</h1>"
        f'<section class="grid">{cards}</section><nav class="pagination">{numbers} <span>…</span></nav>'
        "</main></body></html>"
    )


def _write(root: Path, past_last: str | None) -> None:
    """Pages 1-3 at /lamps/?page=N (the test server's ``lamps/@page=N`` files) and, unless
    ``past_last`` is None (a 404), the answer to ?page=4."""
    lamps = root / "lamps"
    lamps.mkdir()
    for number in range(1, PAGES + 1):
        body = _page(number, NAMES[(number - 1) * PER_PAGE : number * PER_PAGE])
        (lamps / f"@page={number}").write_text(body, encoding="utf-8")
    (lamps / "index.html").write_text(_page(1, NAMES[:PER_PAGE]), encoding="utf-8")
    if past_last is not None:
        (lamps / f"@page={PAGES + 1}").write_text(past_last, encoding="utf-8")


@pytest.mark.parametrize(
    "past_last",
    [
        None,  # 404
        _page(PAGES + 1, []),  # an empty list
        _page(PAGES, NAMES[-PER_PAGE:]),  # the server clamps the number to its last page
    ],
    ids=["not-found", "empty", "last-again"],
)
def test_the_page_after_the_last_ends_the_crawl(site_dir: tuple[Path, str], past_last: str | None) -> None:
    root, url = site_dir
    _write(root, past_last)
    assert_ok(sdp("add", f"{url}lamps/", "--name", "lamps"))
    assert "pagination: page_param page (max 50 pages)" in assert_ok(sdp("show", "lamps")).out
    ran = assert_ok(sdp("run", "--once", "--source", "lamps"))
    assert "failed" not in ran.out.lower(), ran.out
    records = assert_ok(sdp("export", "lamps", "--format", "json")).json()
    assert sorted(r["data"]["title"] for r in records) == sorted(NAMES)
    source = sdp("list", "--json").json()[0]
    assert source["consecutive_failures"] == 0 and source["active"] is True
