"""Encryption at rest through the CLI: keys stay secret, rotation, a wrong key, sensitive fields, retention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pipeline.core.keyring import new_key_line
from tests.conftest import SITES, Site
from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp

EXPECTED = json.loads((SITES / "demo" / "expected.json").read_text(encoding="utf-8"))


def _raw(database_url: str, query: str) -> str:
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            return " ".join(str(value) for value in connection.execute(text(query)).scalars())
    finally:
        engine.dispose()


@pytest.mark.timeout(1800)  # a crawl and eight CLI runs on a shared, busy machine
@pytest.mark.long_variant("sqlite")
def test_encrypted_crawl_rotation_and_sensitive_fields(demo_site: Site, database_url: str) -> None:
    old, new = new_key_line("k1"), new_key_line("k2")
    env = {"SDP_SECURITY_KEYS": old, "SDP_SECURITY_SENSITIVE_FIELDS": '["title"]'}
    added = assert_ok(sdp("-v", "add", demo_site.url, "--name", "coffee", env=env))
    shown = assert_ok(sdp("config", "show", env=env))
    status = assert_ok(sdp("encryption", "status", "--json", env=env)).json()
    for output in (added.out + added.err, shown.out + shown.err, json.dumps(status)):
        assert old.split(":")[1] not in output  # the key itself is never printed or logged
    assert status["active"] == "k1" and status["blobs"]["k1"] >= 1 and status["pending"] == 0

    names = {item["name"] for item in EXPECTED}
    stored = _raw(database_url, "SELECT data FROM silver_entities")
    assert not any(name in stored for name in names)  # the sensitive field is encrypted in the database
    pages = _raw(database_url, "SELECT data FROM bronze_blobs")
    assert "Open Data Coffee" not in pages
    exported = assert_ok(sdp("export", "coffee", env=env)).json()
    assert {record["data"]["title"] for record in exported} == names

    rotated_env = {**env, "SDP_SECURITY_KEYS": f"{new},{old}"}
    assert "Re-encrypted" in assert_ok(sdp("encryption", "rotate", env=rotated_env)).out
    after = assert_ok(sdp("encryption", "status", "--json", env=rotated_env)).json()
    assert set(after["blobs"]) == {"k2"} and after["pending"] == 0
    only_new = {**env, "SDP_SECURITY_KEYS": new}
    # Nothing needs k1 any more: Bronze and the sealed Silver fields are all under k2.
    assert_ok(sdp("encryption", "check", env=only_new))
    assert {r["data"]["title"] for r in assert_ok(sdp("export", "coffee", env=only_new)).json()} == names


def test_a_wrong_key_stops_every_command_with_one_line(demo_site: Site, sdp_home: Path) -> None:
    right = {"SDP_SECURITY_KEYS": new_key_line("prod1")}
    assert_ok(sdp("add", demo_site.url, "--name", "coffee", env=right))
    wrong = {"SDP_SECURITY_KEYS": new_key_line("prod1")}
    assert_one_line_error(sdp("export", "coffee", env=wrong), code=2, says="key 'prod1' cannot decrypt")
    assert_one_line_error(sdp("list", env={"SDP_SECURITY_KEYS": new_key_line("other")}), code=2, says="'prod1'")
    assert_one_line_error(sdp("encryption", "new-key", "bad id!", env=right), code=2, says="'bad id!'")
    assert_ok(sdp("list", env=right))


def test_retention_cli(coffee_added: Site) -> None:
    assert_one_line_error(sdp("retention", "set", "coffee", "soon"), code=2, says="'soon'")
    assert "kept for 7 days" in assert_ok(sdp("retention", "set", "coffee", "7")).out
    assert "coffee" in assert_ok(sdp("retention", "show")).out
    # Nothing is old yet: a dry run and the real run delete nothing.
    assert "0 page(s)" in assert_ok(sdp("retention", "apply", "--dry-run")).out
    assert "0 page(s)" in assert_ok(sdp("retention", "apply")).out
    assert "kept forever" in assert_ok(sdp("retention", "set", "coffee", "forever")).out
    assert len(assert_ok(sdp("export", "coffee")).json()) == len(EXPECTED)
