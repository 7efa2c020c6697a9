"""Privacy end to end: real crawls of a local staff directory full of e-mails and phone numbers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import serve
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp, shared_home

pytestmark = pytest.mark.slow

PEOPLE = [
    ("Quentin Zabrowski", "Editor", "q.zabrowski@example.org", "+44 20 7946 0958"),
    ("Alice Marchetti", "Reporter", "alice.marchetti@example.org", "(555) 123-4567"),
    ("Bruno Okafor", "Photographer", "bruno@okafor.example.net", "020 7946 0321"),
    ("Chiara Lindqvist", "Designer", "chiara.l@example.com", "+1-555-987-6543"),
    ("Dmitri Varga", "Developer", "dmitri.varga@example.org", "555.867.5309"),
]
SECRETS = [p[2] for p in PEOPLE] + [p[3] for p in PEOPLE]
CONSENT = ["--by", "Data Protection Officer", "--basis", "legitimate_interests", "--scope", "public staff directory"]


def write_directory(root: Path, *, robots: str | None = None) -> None:
    cards = "".join(
        f"""
      <article class="member">
        <h3 class="member-name"><a href="/people/{name.lower().replace(" ", "-")}.html">{name}</a></h3>
        <div class="member-role">{role}</div>
        <div class="member-contact">Write to {email} or call {phone}</div>
        <div class="member-joined">Joined <time datetime="2024-03-0{i + 1}">2024-03-0{i + 1}</time></div>
      </article>"""
        for i, (name, role, email, phone) in enumerate(PEOPLE)
    )
    (root / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom staff</title></head>'
        f'<body><main><h1>Our staff</h1><section class="directory">{cards}</section></main></body></html>',
        encoding="utf-8",
    )
    if robots is not None:
        (root / "robots.txt").write_text(robots, encoding="utf-8")


def export(name: str) -> list[dict[str, Any]]:
    records = assert_ok(sdp("export", name)).json()
    assert isinstance(records, list)
    return records


@pytest.fixture(scope="module")
def _staff_added_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("staff-site")
    write_directory(root)
    for site in serve(root):
        with shared_home(tmp_path_factory.mktemp("staff") / "home") as home:
            assert_ok(sdp("add", site.url, "--name", "staff"))
        yield site.url, home


@pytest.fixture
def staff_added(_staff_added_once: tuple[str, Path], sdp_home: Path) -> str:
    """The staff directory's address just after `sdp add ... --name staff`, in this test's home: a
    copy of the home of one `sdp add` the tests that only change the home share (the site is left as is)."""
    url, added_home = _staff_added_once
    shutil.copytree(added_home, sdp_home)
    return url


def test_emails_and_phones_are_redacted_before_silver_and_lineage_says_so(staff_added: str) -> None:
    records = export("staff")
    assert len(records) == 5
    text = json.dumps(records)
    assert not [secret for secret in SECRETS if secret in text]
    assert text.count("[redacted:email]") == 5 and text.count("[redacted:phone]") == 5
    assert "Quentin Zabrowski" in text and "2024-03-01" in text  # names and dates are not personal data rules

    entity = next(r for r in records if "Quentin Zabrowski" in json.dumps(r))
    chain = assert_ok(sdp("lineage", str(entity["entity_id"])))
    assert "q.zabrowski" not in chain.out and "7946" not in chain.out  # counts, never values
    redaction = chain.json()["redaction"]
    contact = next(name for name, counts in redaction["fields"].items() if counts.get("email"))
    assert redaction["fields"][contact] == {"email": 1, "phone": 1}

    # The source's own rules: drop a field, blank another, a custom pattern; replay applies them.
    role = next(k for k, v in entity["data"].items() if v == "Editor")
    joined = next(k for k, v in entity["data"].items() if str(v).startswith("2024-03"))
    assert_ok(
        sdp(
            "policy",
            "set",
            "staff",
            "--drop-field",
            joined,
            "--redact-field",
            role,
            "--redact-pattern",
            "surname=Zabrowski",
        )
    )
    assert f"drop_fields    {joined}" in assert_ok(sdp("policy", "show", "staff")).out
    assert "5 changed" in assert_ok(sdp("replay", "staff")).out
    after = {r["entity_id"]: r["data"] for r in export("staff")}
    quentin = after[entity["entity_id"]]
    assert joined not in quentin and quentin[role] == "[redacted]"
    assert "[redacted:surname]" in json.dumps(quentin) and "Zabrowski" not in json.dumps(quentin)
    rules = assert_ok(sdp("lineage", str(entity["entity_id"]))).json()["redaction"]["rules"]
    assert rules == {"email": 1, "phone": 1, "field": 1, "dropped": 1, "surname": 1}

    bad = sdp("policy", "set", "staff", "--redact-pattern", "broken=(unclosed")
    assert_one_line_error(bad, code=2, says="'broken'")
    unsafe = sdp("policy", "show", "staff", env={"SDP_PRIVACY_REDACT_PATTERNS": '{"oops": "[a-"}'})
    assert_one_line_error(unsafe, code=2, says="privacy.redact_patterns")


def test_without_valid_consent_nothing_is_crawled(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    write_directory(root)
    required = {"SDP_PRIVACY_REQUIRE_CONSENT": "true"}

    refused = sdp("add", url, "--name", "staff", env=required)
    assert_one_line_error(refused, code=1, says="staff has no consent record")
    assert "sdp consent set staff --by WHO" in refused.err
    assert "No sources yet" in assert_ok(sdp("list")).out  # nothing half-created

    expired = assert_ok(sdp("consent", "set", "staff", *CONSENT, "--expires", "2020-01-01", env=required))
    assert "expired" in expired.err
    assert_one_line_error(sdp("add", url, "--name", "staff", env=required), code=1, says="consent for staff expired")

    assert_ok(sdp("consent", "set", "staff", *CONSENT, "--expires", "2999-12-31T00:00:00Z", env=required))
    shown = assert_ok(sdp("consent", "show", "staff", "--json", env=required)).json()
    assert shown["valid"] is True and shown["consent"]["legal_basis"] == "legitimate_interests"
    assert_ok(sdp("add", url, "--name", "staff", env=required))
    assert len(export("staff")) == 5

    assert_ok(sdp("consent", "set", "staff", *CONSENT, "--expires", "2021-06-30", env=required))
    (root / "index.html").write_text("<html><body>changed</body></html>", encoding="utf-8")
    crawl = sdp("run", "--once", "--source", "staff", env=required)
    assert crawl.code == 1 and "Traceback" not in crawl.err
    assert "consent for staff expired on 2021-06-30" in crawl.out + crawl.err
    assert len(export("staff")) == 5  # the page was not fetched: nothing changed
    bad_basis = sdp("consent", "set", "staff", "--by", "x", "--basis", "whim", "--scope", "y")
    assert bad_basis.code == 2 and "'whim' is not one of" in bad_basis.err


def test_robots_txt_is_obeyed_unless_the_sources_policy_says_ignore(site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    write_directory(root, robots="User-agent: *\nDisallow: /\n")

    refused = sdp("add", url, "--name", "staff")
    assert refused.code == 1
    assert "robots.txt" in refused.out + refused.err

    assert_ok(sdp("policy", "set", "staff", "--robots", "ignore"))
    assert_ok(sdp("add", url, "--name", "staff"))
    assert len(export("staff")) == 5

    assert_ok(sdp("policy", "set", "staff", "--robots", "obey"))
    blocked = sdp("run", "--once", "--source", "staff")
    assert blocked.code == 1  # robots.txt stopped every request: the crawl brought back nothing
    assert "no page could be fetched" in blocked.out or "extracted no records" in blocked.out

    assert_ok(sdp("policy", "set", "staff", "--robots", "ignore", "--delay", "0"))
    assert "5 records" in assert_ok(sdp("run", "--once", "--source", "staff")).out


def test_a_data_subject_is_exported_then_deleted_down_to_the_last_byte(
    staff_added: str, sdp_home: Path, tmp_path: Path
) -> None:
    url = staff_added
    database = sdp_home / "sdp.db"

    report_path = tmp_path / "subject.json"
    assert_ok(sdp("privacy", "export", "Q.Zabrowski@Example.org", "--output", str(report_path)))
    by_email = json.loads(report_path.read_text(encoding="utf-8"))
    assert by_email["entities"] == []  # redacted before Silver: only the raw page holds the address
    assert [p["url"] for p in by_email["pages"]] == [url] * len(by_email["pages"]) and by_email["pages"]
    assert all(p["fetched_at"] for p in by_email["pages"])
    assert oct(report_path.stat().st_mode & 0o777) == "0o600"

    by_name = assert_ok(sdp("privacy", "export", "quentin zabrowski")).json()
    assert [e["data"]["title"] for e in by_name["entities"]] == ["Quentin Zabrowski"]
    assert b"Quentin Zabrowski" in database.read_bytes() + _wal(database)

    for subject in ("Quentin Zabrowski", "q.zabrowski@example.org"):
        done = assert_ok(sdp("privacy", "delete", subject, "--yes"))
        assert done.out.startswith("Deleted ")
    raw = database.read_bytes() + _wal(database)
    for variant in (b"Quentin Zabrowski", b"quentin zabrowski", b"Zabrowski", b"q.zabrowski@example.org"):
        assert variant not in raw, variant
    left = export("staff")
    assert len(left) == 4 and "Zabrowski" not in json.dumps(left)
    slug = assert_ok(sdp("privacy", "export", "zabrowski")).json()  # derived forms, e.g. in URL slugs
    assert slug["entities"] == [] and slug["pages"] == []
    assert_ok(sdp("privacy", "delete", "zabrowski", "--yes"))
    assert b"zabrowski" not in (database.read_bytes() + _wal(database)).lower()
    again = assert_ok(sdp("privacy", "export", "Zabrowski")).json()
    assert again["entities"] == [] and again["pages"] == [] and again["other_records"] == []

    declined = sdp("privacy", "delete", "Alice Marchetti")  # no --yes and nobody to confirm
    assert declined.code == 1 and len(export("staff")) == 4


def _wal(database: Path) -> bytes:
    wal = database.with_name(database.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""
