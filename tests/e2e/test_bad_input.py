"""Bad input gets one clear line, the right exit code, and nothing half-written."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Site, dead_port
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

pytestmark = pytest.mark.slow

LOGIN_PAGE = """<!doctype html><html><head><title>Sign in</title></head><body>
<form action="/login" method="post"><label>Email <input name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
</body></html>"""


def assert_nothing_stored() -> None:
    assert sdp("list", "--json").json() == []
    assert sdp("status", "--json").json()["tasks"] == {
        "PENDING": 0,
        "IN_PROGRESS": 0,
        "COMPLETED": 0,
        "FAILED": 0,
        "QUARANTINED": 0,
    }


def test_not_a_url() -> None:
    assert_one_line_error(sdp("add", "not-a-url"), code=2, says="'not-a-url' is not a web address")
    assert_nothing_stored()


def test_unreachable_host_keeps_only_the_log() -> None:
    url = f"http://127.0.0.1:{dead_port()}/"
    assert_one_line_error(sdp("add", url, "--name", "gone"), code=1, says="connection refused")
    assert_nothing_stored()
    log = assert_ok(sdp("logs", "gone")).out
    assert "scout failed" in log and "Onboarding failed" in log


def test_a_page_without_records(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    (root / "index.html").write_text(LOGIN_PAGE, encoding="utf-8")
    result = sdp("add", url, "--name", "login")
    assert_one_line_error(result, code=1)
    assert_nothing_stored()
    assert "Onboarding failed" in sdp("logs", "login").out


def test_http_errors_are_named(site_dir: tuple[Path, str]) -> None:
    _, url = site_dir
    assert_one_line_error(sdp("add", url + "missing.html", "--name", "missing"), code=1, says="HTTP 404")
    assert_nothing_stored()


@pytest.mark.parametrize(
    "command",
    [["export", "nope"], ["remove", "nope"], ["activate", "nope"], ["run", "--once", "--source", "nope"]],
)
def test_unknown_source(command: list[str]) -> None:
    assert_one_line_error(sdp(*command), code=2, says="No source named 'nope'")


def test_unknown_source_logs() -> None:
    assert_one_line_error(sdp("logs", "nope"), says="No log for 'nope'")


def test_duplicate_name(coffee_added: Site) -> None:
    assert_one_line_error(sdp("add", coffee_added.url, "--name", "coffee"), code=2, says="already exists")
    assert len(sdp("list", "--json").json()) == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["add", "http://x.test/", "--schedule", "sometimes"], "neither an interval nor a cron"),
        (["add", "http://x.test/", "--label", "novalue"], "KEY=VALUE"),
        (["add", "http://x.test/", "--name", "Bad Name!"], "not valid"),
        (["export", "x", "--since", "yesterday"], "not an ISO 8601"),
        (["run", "--source", "x"], "only applies with --once"),
    ],
)
def test_bad_options(args: list[str], says: str) -> None:
    assert_one_line_error(sdp(*args), code=2, says=says)
    assert_nothing_stored()


def test_corrupt_config_value() -> None:
    result = sdp("list", env={"SDP_CRAWL_TIMEOUT_S": "abc"})
    assert_one_line_error(result, code=2, says="SDP_CRAWL_TIMEOUT_S")
    assert "'abc'" in result.err


def test_corrupt_settings_file(sdp_home: Path) -> None:
    sdp_home.mkdir(parents=True, exist_ok=True)
    (sdp_home / "settings.yaml").write_text("worker:\n  concurrency: -4\n", encoding="utf-8")
    assert_one_line_error(sdp("config", "validate"), code=2, says="worker.concurrency")


def test_database_that_does_not_answer() -> None:
    url = f"postgresql+psycopg://sdp:s3cret@127.0.0.1:{dead_port()}/sdp"
    result = sdp("list", env={"SDP_DATABASE_URL": url})
    assert_one_line_error(result, code=3, says="does not answer")
    assert "s3cret" not in result.err


def test_broker_that_does_not_answer(demo_site: Site) -> None:
    broker = f"redis://:s3cret@127.0.0.1:{dead_port()}/0"
    result = sdp("add", demo_site.url, "--name", "coffee", env={"SDP_BROKER_URL": broker})
    assert_one_line_error(result, code=3, says="Broker")
    assert "s3cret" not in result.err
    assert_nothing_stored()
    status = sdp("status", "--json", env={"SDP_BROKER_URL": broker})
    assert status.code == 3 and status.json()["broker"]["ok"] is False


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 400 KiB filesystem: too small for the database (needs root, as CI runs)."""
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=True)


def test_a_full_disk_is_one_clear_line(full_disk: Path, demo_site: Site) -> None:
    result = sdp("add", demo_site.url, "--name", "coffee", env={"SDP_HOME": str(full_disk / "home")})
    assert_one_line_error(result, code=1, says="Out of disk space")
