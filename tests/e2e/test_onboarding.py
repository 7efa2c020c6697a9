"""`sdp add` end to end against the bundled demo site, checked record by record."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SITES, Site, serve, use_home
from tests.e2e.conftest import Result, assert_ok, sdp, shared_home

pytestmark = pytest.mark.slow
EXPECTED = json.loads((SITES / "demo" / "expected.json").read_text(encoding="utf-8"))


def values(data: dict[str, Any]) -> list[Any]:
    out: list[Any] = []
    for value in data.values():
        out.extend(value if isinstance(value, list) else [value])
    return out


def find(records: list[dict[str, Any]], name: str) -> dict[str, Any]:
    matches = [r for r in records if name in values(r["data"])]
    assert len(matches) == 1, f"{name!r} found {len(matches)} times"
    return matches[0]


def export_json(name: str) -> list[dict[str, Any]]:
    records = assert_ok(sdp("export", name, "--format", "json")).json()
    assert isinstance(records, list)
    return records


@pytest.fixture(scope="module")
def shared_demo_site() -> Iterator[Site]:
    yield from serve(SITES / "demo")


@pytest.fixture(scope="module")
def coffee_home(shared_demo_site: Site, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result, Path]:
    """One `sdp add` of the demo site: its home, for the tests that only read what it stored; its
    output; and a copy of the home as the add left it, for the tests that change it to start from."""
    with shared_home(tmp_path_factory.mktemp("coffee") / "home") as home:
        added = sdp(
            "add",
            shared_demo_site.url,
            "--name",
            "coffee",
            "--label",
            "team=beans",
            "--schedule",
            "6h",
            "--priority",
            "high",
        )
    pristine = tmp_path_factory.mktemp("coffee-as-added") / "home"
    shutil.copytree(home, pristine)
    return home, added, pristine


@pytest.fixture
def coffee(coffee_home: tuple[Path, Result, Path], monkeypatch: pytest.MonkeyPatch) -> Result:
    """The test runs in the home the demo site was added to (read only); the `sdp add`'s output."""
    home, added, _ = coffee_home
    use_home(monkeypatch, home)
    return added


@pytest.fixture
def coffee_copy(coffee_home: tuple[Path, Result, Path], sdp_home: Path) -> Result:
    """The test's own home is a copy of the home as that `sdp add` left it; the add's output."""
    _, added, pristine = coffee_home
    shutil.copytree(pristine, sdp_home)
    return added


def test_add_extracts_every_record_of_the_demo_site(coffee: Result, shared_demo_site: Site) -> None:
    demo_site = shared_demo_site
    added = assert_ok(coffee)
    for step in ("scout", "build", "validate", "deploy", "crawl"):
        assert f"✓ {step}" in added.out
    assert "Ethiopia Yirgacheffe" in added.out  # the sample shown to the user
    # The first records are shown as soon as the Scout has read the first page, before the build.
    first_record = added.out.index("Ethiopia Yirgacheffe")
    assert added.out.index("✓ scout") < first_record < added.out.index("✓ build")

    records = export_json("coffee")
    assert len(records) == len(EXPECTED)
    for want in EXPECTED:
        record = find(records, want["name"])
        data, flat = record["data"], values(record["data"])
        prices = [v for v in data.values() if isinstance(v, dict) and "amount" in v]
        assert prices == [{"amount": want["price"], "currency": "USD"}]
        assert any(want["origin"] in str(v) for v in flat)
        assert want["rating"] in flat or any(str(want["rating"]) in str(v) for v in flat)
        assert f"{want['roasted']}T00:00:00+00:00" in flat
        assert demo_site.page(want["url"]) in flat
        assert want["notes"] in data.values()  # tasting notes come as one list, not one column each
        assert record["source"] == "coffee"
        assert record["url"] == demo_site.page(want["url"])
        assert record["parser_version"] and record["extracted_at"].endswith("+00:00")
        assert record["quality"]["completeness"] > 0.8


def test_list_status_and_both_entry_points_agree(coffee: Result) -> None:
    assert_ok(coffee)
    listed = assert_ok(sdp("list", "--json")).json()
    assert [
        (s["name"], s["active"], s["ready"], s["version"], s["entities"], s["schedule"], s["priority"]) for s in listed
    ] == [("coffee", True, True, 1, len(EXPECTED), "6h", "high")]
    console_script = str(Path(sys.executable).parent / "sdp")
    import subprocess

    via_script = subprocess.run([console_script, "list", "--json"], capture_output=True, text=True, check=True)
    assert json.loads(via_script.stdout) == listed
    status = assert_ok(sdp("status", "--json")).json()
    assert status["database"]["ok"] and status["broker"]["ok"]
    assert status["tasks"]["COMPLETED"] == 5 and status["tasks"]["FAILED"] == 0
    assert status["sources"][0]["last_crawl"]["status"] == "succeeded"


def test_exports_in_every_format_with_time_filters(coffee: Result, tmp_path: Path) -> None:
    assert_ok(coffee)
    jsonl = assert_ok(sdp("export", "coffee", "--format", "jsonl")).out.splitlines()
    assert len(jsonl) == len(EXPECTED) and all(json.loads(line)["data"] for line in jsonl)

    target = tmp_path / "coffee.csv"
    assert_ok(sdp("export", "coffee", "--format", "csv", "--output", str(target)))
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == len(EXPECTED)
    assert {"entity_id", "source", "url", "extracted_at"} <= set(rows[0])
    price_columns = [c for c in rows[0] if c.endswith(".amount")]
    assert sorted(float(r[price_columns[0]]) for r in rows) == sorted(w["price"] for w in EXPECTED)
    assert not list(tmp_path.glob(".*partial"))

    assert sdp("export", "coffee", "--since", "2999-01-01").json() == []
    assert sdp("export", "coffee", "--until", "2000-01-01T00:00:00Z").json() == []
    assert len(sdp("export", "coffee", "--since", "2000-01-01").json()) == len(EXPECTED)


def test_run_once_recrawls_without_duplicates(coffee_copy: Result) -> None:
    assert_ok(coffee_copy)
    before = {r["entity_id"]: r["extracted_at"] for r in export_json("coffee")}
    ran = assert_ok(sdp("run", "--once", "--source", "coffee"))
    assert f"coffee: {len(EXPECTED)} records" in ran.out
    after = {r["entity_id"]: r["extracted_at"] for r in export_json("coffee")}
    assert after.keys() == before.keys()
    assert all(after[k] > before[k] for k in before)
    assert "Nothing is due" in assert_ok(sdp("run", "--once")).out
    logs = assert_ok(sdp("logs", "coffee")).out
    assert "Onboarding of coffee completed" in logs and logs.count("crawl completed") == 2


def test_remove_keeps_data_activate_resumes_purge_deletes(coffee_copy: Result, shared_demo_site: Site) -> None:
    demo_site = shared_demo_site
    assert_ok(coffee_copy)
    assert_ok(sdp("remove", "coffee"))
    listed = sdp("list", "--json").json()
    assert listed[0]["active"] is False and listed[0]["entities"] == len(EXPECTED)
    assert "Nothing is due" in sdp("run", "--once").out
    assert_ok(sdp("activate", "coffee"))
    assert sdp("list", "--json").json()[0]["active"] is True

    refused: Result = sdp("remove", "coffee", "--purge")  # stdin is closed: no confirmation
    assert refused.code != 0 and sdp("list", "--json").json() != []
    assert_ok(sdp("remove", "coffee", "--purge", "--yes"))
    assert sdp("list", "--json").json() == []
    again = assert_ok(sdp("add", demo_site.url, "--name", "coffee"))  # the name is free again
    assert "✓ crawl" in again.out


def _all_commands() -> list[list[str]]:
    import click

    from pipeline.cli.main import cli

    found: list[list[str]] = [[]]

    def walk(group: click.Group, prefix: list[str]) -> None:
        for name, command in group.commands.items():
            found.append([*prefix, name])
            if isinstance(command, click.Group):
                walk(command, [*prefix, name])

    walk(cli, [])
    return found


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "sdp")
def test_every_command_has_help(command: list[str]) -> None:
    from click.testing import CliRunner

    from pipeline.cli.main import cli

    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 3
