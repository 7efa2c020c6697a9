"""A static host's job list (real Chromium, ``sdp add``): ``/jobs`` and its pages are files without an
extension, served as ``application/octet-stream``; each page's script draws its jobs from its own JSON
file (``/data/jobs-2.json``), which no page parameter moves, under a pager of links (``?page=2`` or
``/jobs-2``). The list is read rendered and every page crawled, page 2 and 3 as page 1."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import Site, serve
from tests.e2e.conftest import assert_ok, sdp

pytestmark = pytest.mark.slow
PAGES = 3
PER_PAGE = 6
CITIES = ("Berlin", "Lisbon", "Oslo", "Porto")
TITLES = [f"Backend engineer no. {k}" for k in range(1, PAGES * PER_PAGE + 1)]


def _page(number: int, link: Callable[[int], str]) -> str:
    items = "".join(
        f"<a href='{link(k)}'>{k}</a>" if k != number else f"<span class='current'>{k}</span>"
        for k in range(1, PAGES + 1)
    )
    onward = f"<a class='next' href='{link(number + 1)}'>Next</a>" if number < PAGES else ""
    return (
        "<!doctype html><html><head><title>Careers</title></head><body><h1>Open positions</h1>"
        f"<ul class='jobs'></ul><nav class='pagination'>{items}{onward}</nav>"
        f"<script>fetch('/data/jobs-{number}.json').then(r => r.json()).then(d => {{"
        " const list = document.querySelector('ul.jobs');"
        " for (const j of d.jobs) { const li = document.createElement('li'); li.className = 'job';"
        ' li.innerHTML = "<h2><a href=\'/job/" + j.id + "\'>" + j.title + "</a></h2><span class=\'city\'>"'
        " + j.city + '</span>'; list.appendChild(li); } });</script></body></html>"
    )


def _site(root: Path, link: Callable[[int], str], file: Callable[[int], str]) -> Iterator[Site]:
    (root / "data").mkdir(parents=True)
    for number in range(1, PAGES + 1):
        first = (number - 1) * PER_PAGE
        jobs = [{"id": k + 1, "title": TITLES[k], "city": CITIES[k % 4]} for k in range(first, first + PER_PAGE)]
        (root / "data" / f"jobs-{number}.json").write_text(json.dumps({"jobs": jobs}), encoding="utf-8")
        (root / file(number)).write_text(_page(number, link), encoding="utf-8")  # no extension: octet-stream
    yield from serve(root)


@pytest.mark.parametrize(
    ("link", "file"),
    [
        (lambda n: f"/jobs?page={n}" if n > 1 else "/jobs", lambda n: f"jobs@page={n}" if n > 1 else "jobs"),
        (lambda n: f"/jobs-{n}" if n > 1 else "/jobs", lambda n: f"jobs-{n}" if n > 1 else "jobs"),
    ],
    ids=["query", "extensionless"],
)
def test_a_static_hosts_rendered_list_is_crawled_past_page_one(
    tmp_path: Path, link: Callable[[int], str], file: Callable[[int], str]
) -> None:
    for site in _site(tmp_path / "site", link, file):
        added = assert_ok(sdp("add", site.page("jobs"), "--name", "jobs"))
        assert f"{len(TITLES)} records from {PAGES} page(s)" in added.out
        assert sorted(r["data"]["title"] for r in sdp("export", "jobs").json()) == sorted(TITLES)
        assert "'render': 'browser'" in sdp("show", "jobs", "--code").out
