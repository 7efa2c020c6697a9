"""Dead letters are visible and can be re-driven: `sdp tasks list --state quarantined`, `sdp tasks retry ID`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

pytestmark = pytest.mark.slow


def test_a_failed_crawl_is_listed_and_retried_once_the_site_is_back(tea_added: tuple[Path, str]) -> None:
    root, _ = tea_added
    (root / "index.html").rename(root / "away.html")  # the site answers 404 for a while
    assert sdp("run", "--once", "--source", "tea").code == 1

    [dead] = sdp("tasks", "list", "--state", "quarantined", "--json").json()
    assert (dead["source"], dead["step"], dead["kind"]) == ("tea", "crawl", "crawl")
    assert "404" in dead["error"] or "no records" in dead["error"]
    assert_one_line_error(sdp("tasks", "retry", "999999"), code=2, says="No task with id 999999")

    (root / "away.html").rename(root / "index.html")
    retried = assert_ok(sdp("tasks", "retry", str(dead["id"])))
    assert "completed" in retried.out
    again = next(t for t in sdp("tasks", "list", "--json").json() if t["id"] == dead["id"])
    assert (again["state"], again["attempts"]) == ("COMPLETED", 2)
    assert sdp("tasks", "list", "--state", "quarantined", "--json").json() == []
    assert_one_line_error(sdp("tasks", "retry", str(dead["id"])), code=2, says="only FAILED or QUARANTINED")
