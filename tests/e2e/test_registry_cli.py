"""The scraper registry by hand: show, versions, edit, pin, rollback, eject."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Site
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp
from tests.e2e.teashop import AFTER, AFTER_ITEM, write

pytestmark = pytest.mark.slow


def test_show_explains_the_spider_and_its_code_is_checked_python(coffee_added: Site) -> None:
    coffee = coffee_added
    shown = assert_ok(sdp("show", "coffee")).out
    assert "version 1 (production)" in shown and "pagination: next_link" in shown
    assert "price" in shown and "100%" in shown
    code = assert_ok(sdp("show", "coffee", "--code")).out
    compile(code, "spider.py", "exec")
    assert "class CoffeeSpider(GeneratedSpider)" in code and f"@url {coffee.url}" in code


def test_an_edit_becomes_a_validated_version_and_rollback_returns(coffee_added: Site, tmp_path: Path) -> None:
    field = "'name': 'price'"
    assert field in sdp("show", "coffee", "--code").out
    editor = f"sed -i \"s/{field}/'name': 'cost'/\""
    edited = assert_ok(sdp("edit", "coffee", env={"EDITOR": editor}))
    assert "Version 2 of coffee validated and promoted" in edited.out
    assert_ok(sdp("run", "--once", "--source", "coffee"))
    assert all("cost" in r["data"] for r in sdp("export", "coffee").json())

    listed = assert_ok(sdp("versions", "coffee")).out
    assert "1  retired" in listed and "2  production" in listed and "edited by hand" in listed
    assert "back on version 1" in assert_ok(sdp("rollback", "coffee")).out
    assert "version 1 (production)" in sdp("show", "coffee").out


def test_an_edit_that_imports_os_is_refused(coffee_added: Site) -> None:
    editor = "sed -i '1i import os'"
    assert_one_line_error(sdp("edit", "coffee", env={"EDITOR": editor}), says="Import of 'os'")
    rows = assert_ok(sdp("versions", "coffee")).out.splitlines()[1:]
    assert [row.split()[0] for row in rows if row.strip()] == ["1"]  # no version 2 was stored


def test_a_pinned_source_gets_proposals_not_promotions(tea_added: tuple[Path, str]) -> None:
    root, _ = tea_added
    assert_ok(sdp("pin", "tea"))
    write(root, AFTER, AFTER_ITEM)
    # The Doctor after the first failure: the three-in-a-row rule is tests/e2e/test_healing.py's.
    assert sdp("run", "--once", "--source", "tea", env={"SDP_CRAWL_FAILURES_BEFORE_HEAL": "1"}).code == 1
    assert sdp("list", "--json").json()[0]["version"] == 1
    assert "2  staging" in sdp("versions", "tea").out
    assert "proposed, not promoted" in sdp("logs", "tea").out


def test_eject_gives_a_scrapy_project_that_runs_and_checks(coffee_added: Site, tmp_path: Path) -> None:
    project = tmp_path / "ejected"
    assert_ok(sdp("eject", "coffee", str(project)))
    env = {**os.environ, "PYTHONPATH": str(project)}
    out = project / "out.json"
    subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "coffee", "-O", str(out)],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    import json

    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == 11 and all("_sdp" not in r for r in records)
    checked = subprocess.run(
        [sys.executable, "-m", "scrapy", "check", "coffee"],
        check=False,
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert "OK" in checked.stderr
    assert_one_line_error(sdp("eject", "coffee", str(project)), code=2, says="is not empty")
