"""The REST API over the real database: keys and roles, every endpoint's answer and its main errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select, update

from config.settings import get_settings
from pipeline.api.app import create_app
from pipeline.cli.main import cli
from pipeline.core import apikeys, breakers, knowledge, registry
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ApiKey, AuditEvent, SilverEntity, Source, Task, TaskState
from pipeline.core.sources import create_source
from tests.conftest import Site
from tests.e2e.conftest import Result, assert_ok, sdp


def run(*args: str) -> Result:
    """The CLI in this process (the subprocess form is tested in tests/e2e)."""
    outcome = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return Result(outcome.exit_code, outcome.stdout, outcome.stderr)


def make_key(role: str, name: str | None = None, **options: Any) -> tuple[int, str]:
    with session_scope() as session:
        key, secret = apikeys.create_key(session, name=name or role, role=role, created_by="test", **options)
        return key.id, secret


def client(**options: Any) -> TestClient:
    get_settings.cache_clear()
    return TestClient(create_app(get_settings()), **options)


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def error_of(response: Any) -> dict[str, str]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    return dict(body["error"])


def audit_rows() -> list[AuditEvent]:
    with session_scope() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all())


def test_keys_authenticate_and_roles_decide(database_url: str) -> None:
    api = client()
    keys: dict[str, str] = {role: make_key(role)[1] for role in apikeys.ROLES}

    missing = api.get("/sources")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"] == "Bearer"
    assert error_of(missing)["code"] == "api:unauthenticated"
    wrong = api.get("/sources", headers=bearer("sdp_" + "x" * 43))
    assert wrong.status_code == 401 and "not recognised" in error_of(wrong)["message"]
    assert api.get("/sources", headers={"X-API-Key": keys["read-only"]}).json() == []

    # read-only reads, operator changes sources, developer reads the audit log, admin does all.
    expected = {
        ("read-only", "/sources"): 200,
        ("read-only", "/audit"): 403,
        ("operator", "/audit"): 403,
        ("developer", "/audit"): 200,
        ("admin", "/audit"): 200,
    }
    for (role, path), status in expected.items():
        assert api.get(path, headers=bearer(keys[role])).status_code == status, (role, path)
    refused = api.post("/sources", json={"url": "https://example.com/"}, headers=bearer(keys["read-only"]))
    assert refused.status_code == 403
    assert error_of(refused) == {
        "code": "api:forbidden",
        "message": "API key 'read-only' has role read-only; this needs operator or admin.",
    }
    for role in ("developer", "read-only"):
        assert api.post("/kb/1/approve", headers=bearer(keys[role])).status_code == 403

    # Only the hash is stored: no column of any key holds a secret.
    with session_scope() as session:
        rows = session.scalars(select(ApiKey)).all()
        stored = json.dumps([[str(getattr(r, c.name)) for c in ApiKey.__table__.columns] for r in rows])
    assert not any(secret in stored or secret[12:] in stored for secret in keys.values())
    assert all(secret.startswith("sdp_") and len(secret) == 47 for secret in keys.values())


def test_expiry_revocation_and_rotation(database_url: str) -> None:
    api = client()
    key_id, secret = make_key("read-only", "dashboard", expires_at=datetime.now(UTC) + timedelta(days=1))
    assert api.get("/sources", headers=bearer(secret)).status_code == 200
    with session_scope() as session:  # a day goes by
        session.execute(
            update(ApiKey).where(ApiKey.id == key_id).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    expired = api.get("/sources", headers=bearer(secret))
    assert expired.status_code == 401 and "is expired" in error_of(expired)["message"]

    key_id, secret = make_key("operator", "deploy")
    rotated = run("keys", "rotate", str(key_id), "--grace", "3600")
    new_secret = assert_ok(rotated).out.split("only:\n")[1].split()[0]
    assert new_secret != secret and "stops working in 3600s" in rotated.out
    # During the grace period both secrets work; the new one has the same name and role.
    assert api.get("/sources", headers=bearer(secret)).status_code == 200
    assert api.get("/sources", headers=bearer(new_secret)).status_code == 200
    listed = {row["id"]: row for row in assert_ok(run("keys", "list", "--json")).json()}
    new_row = next(row for row in listed.values() if row["rotated_from"] == key_id)
    assert (new_row["name"], new_row["role"], new_row["state"]) == ("deploy", "operator", "active")
    assert listed[key_id]["state"] == "retiring"
    assert not any(s in json.dumps(listed) for s in (secret, new_secret))

    assert_ok(run("keys", "revoke", str(key_id)))
    revoked = api.get("/sources", headers=bearer(secret))
    assert revoked.status_code == 401 and "is revoked" in error_of(revoked)["message"]
    assert api.get("/sources", headers=bearer(new_secret)).status_code == 200

    rotate_now = assert_ok(run("keys", "rotate", str(new_row["id"])))
    assert "stops working now" in rotate_now.out
    assert api.get("/sources", headers=bearer(new_secret)).status_code == 401

    unknown = run("keys", "revoke", "999")
    assert unknown.code == 2 and "No API key with id 999" in unknown.err
    bad_role = run("keys", "create", "x", "--role", "root")
    assert bad_role.code == 2 and "root" in bad_role.err
    past = run("keys", "create", "x", "--role", "admin", "--expires", "2001-01-01")
    assert past.code == 2 and "in the past" in past.err


def test_rate_limit_per_key(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_API_RATE_LIMIT_BURST", "3")
    monkeypatch.setenv("SDP_API_RATE_LIMIT_PER_MINUTE", "1")
    api = client()
    _, busy = make_key("read-only", "busy")
    _, calm = make_key("read-only", "calm")
    answers = [api.get("/sources", headers=bearer(busy)) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert int(answers[3].headers["Retry-After"]) >= 1
    assert error_of(answers[3])["code"] == "api:rate-limited"
    assert api.get("/sources", headers=bearer(calm)).status_code == 200  # one key's limit is its own


def test_every_request_is_audited_by_key_name_never_by_secret(
    database_url: str, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    api = client()
    _, secret = make_key("operator", "ci-bot")
    api.get("/sources", headers=bearer(secret))
    api.get("/audit", headers=bearer(secret))
    api.get("/sources", headers=bearer(secret + "tampered"))
    requests = [e for e in audit_rows() if e.action.startswith("api.")]
    assert [(e.actor, e.action, e.message) for e in requests] == [
        ("ci-bot", "api.request", "GET /sources -> 200"),
        (
            "ci-bot",
            "api.denied",
            "GET /audit -> 403: API key 'ci-bot' has role operator; this needs admin or developer.",
        ),
        (
            "anonymous",
            "api.denied",
            "GET /sources -> 401: The API key is not recognised; check it or ask an admin for a new one.",
        ),
    ]
    everything = json.dumps([[e.message, e.details] for e in audit_rows()]) + capsys.readouterr().err + caplog.text
    assert secret not in everything and secret[4:20] not in everything


def test_https_is_required_outside_development(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_ENV", "staging")
    monkeypatch.setenv("SDP_PRIVACY_REQUIRE_CONSENT", "false")
    _, secret = make_key("read-only")
    plain = client().get("/sources", headers=bearer(secret))
    assert plain.status_code == 403 and error_of(plain)["code"] == "api:https-required"
    assert client().get("/healthz").status_code == 200  # probes stay on plain HTTP
    assert client(base_url="https://testserver").get("/sources", headers=bearer(secret)).status_code == 200
    forwarded = {**bearer(secret), "X-Forwarded-Proto": "https"}
    # Believed from a trusted proxy only.
    assert client(client=("127.0.0.1", 40000)).get("/sources", headers=forwarded).status_code == 200
    assert client(client=("203.0.113.9", 40000)).get("/sources", headers=forwarded).status_code == 403
    monkeypatch.setenv("SDP_API_TRUSTED_PROXIES", '["10.0.0.0/8"]')
    assert client(client=("10.1.2.3", 40000)).get("/sources", headers=forwarded).status_code == 200


@pytest.mark.slow
def test_data_endpoints_over_an_onboarded_source(database_url: str, demo_site: Site) -> None:
    assert_ok(sdp("add", demo_site.url, "--name", "coffee"))
    api = client()
    read = bearer(make_key("read-only")[1])
    operate = bearer(make_key("operator")[1])
    admin = bearer(make_key("admin")[1])
    with session_scope() as session:
        total = session.scalar(select(func.count()).select_from(SilverEntity)) or 0
    assert total >= 5

    listed = api.get("/sources", headers=read).json()
    assert [(s["name"], s["active"], s["ready"], s["version"], s["entities"]) for s in listed] == [
        ("coffee", True, True, 1, total)
    ]
    assert api.get("/sources/coffee", headers=read).json() == listed[0]

    # Pages of 2 walk every entity exactly once; filters apply to the extraction time.
    seen: list[int] = []
    cursor: str | None = None
    while True:
        page = api.get("/sources/coffee/entities", params={"limit": 2, "cursor": cursor or ""}, headers=read).json()
        seen += [item["entity_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == total and len(set(seen)) == total
    empty = api.get("/sources/coffee/entities", params={"until": "2001-01-01"}, headers=read).json()
    assert empty == {"items": [], "next_cursor": None}
    bad = api.get("/sources/coffee/entities", params={"since": "yesterday"}, headers=read)
    assert bad.status_code == 400 and "since='yesterday'" in error_of(bad)["message"]

    # Exports carry the same records as `sdp export`.
    cli_records = assert_ok(run("export", "coffee", "--format", "json")).json()
    as_json = api.get("/sources/coffee/export", headers=read)
    assert as_json.headers["content-type"] == "application/json" and as_json.json() == cli_records
    lines = api.get("/sources/coffee/export", params={"format": "jsonl"}, headers=read).text.splitlines()
    assert [json.loads(line) for line in lines] == cli_records
    as_csv = api.get("/sources/coffee/export", params={"format": "csv"}, headers=read).text
    cli_csv = assert_ok(run("export", "coffee", "--format", "csv")).out
    assert list(csv.reader(io.StringIO(as_csv))) == list(csv.reader(io.StringIO(cli_csv)))
    assert len(list(csv.DictReader(io.StringIO(as_csv)))) == total
    assert api.get("/sources/coffee/export", params={"format": "xml"}, headers=read).status_code == 400

    lineage = api.get(f"/entities/{seen[0]}/lineage", headers=read).json()
    assert lineage == assert_ok(run("lineage", str(seen[0]))).json()
    missing = api.get("/entities/999999/lineage", headers=read)
    assert missing.status_code == 404 and error_of(missing)["code"] == "silver:entity-not-found"

    # A second version, then a rollback through the API.
    with session_scope() as session:
        source = session.scalars(select(Source)).one()
        current = registry.production_version(session, source)
        assert current is not None
        second = registry.add_version(
            session, source, code=current.code, spec=registry.spec_of(current), actor="test", reason="same code"
        )
        registry.promote(session, second, actor="test")
    versions = api.get("/sources/coffee/versions", headers=read).json()
    assert [(v["number"], v["status"]) for v in versions] == [(1, "retired"), (2, "production")]
    assert api.post("/sources/coffee/rollback", headers=read).status_code == 403
    rolled = api.post("/sources/coffee/rollback", headers=operate)
    assert rolled.json() == {"source": "coffee", "version": 1, "status": "production"}
    no_such = api.post("/sources/coffee/rollback", json={"version": 9}, headers=operate)
    assert no_such.status_code == 400 and "has no version 9" in error_of(no_such)["message"]

    status = api.get("/status", headers=read).json()
    assert status["tasks"]["COMPLETED"] == 5 and status["broker"]["ok"] and status["database"]["ok"]
    assert status["sources"][0]["entities"] == total and "today" in status["llm"]
    families = {f.name: f for f in text_string_to_metric_families(api.get("/metrics", headers=read).text)}
    entities = {s.labels["source"]: s.value for s in families["sdp_entities"].samples}
    assert entities == {"coffee": total}
    tasks = {s.labels["state"]: s.value for s in families["sdp_tasks"].samples}
    assert tasks["COMPLETED"] == 5 and tasks["QUARANTINED"] == 0
    assert api.get("/metrics").status_code == 401

    def open_breakers() -> float:
        families = {f.name: f for f in text_string_to_metric_families(api.get("/metrics", headers=read).text)}
        return sum(s.value for s in families["sdp_circuit_breakers_open"].samples)

    assert open_breakers() == 0
    with session_scope() as session:  # the site failed often enough for its breaker to open
        breakers.record_failure(session, "domain:127.0.0.1", threshold=1, error="connection refused")
    assert open_breakers() == 1

    done = api.get("/tasks", params={"state": "completed"}, headers=read).json()
    assert len(done) == 5 and {t["step"] for t in done} == {"scout", "build", "validate", "deploy", "crawl"}
    not_failed = api.post(f"/tasks/{done[0]['id']}/retry", headers=operate)
    assert not_failed.status_code == 400 and "only FAILED or QUARANTINED" in error_of(not_failed)["message"]
    assert api.post("/tasks/424242/retry", headers=operate).status_code == 404

    # Remove keeps the data; purge is for admins and deletes it.
    assert api.delete("/sources/coffee", headers=operate).json() == {
        "source": "coffee",
        "active": False,
        "purged": False,
    }
    assert api.post("/sources/coffee/activate", headers=operate).json()["active"] is True
    assert api.delete("/sources/coffee", params={"purge": "true"}, headers=operate).status_code == 403
    assert api.delete("/sources/coffee", params={"purge": "true"}, headers=admin).json()["purged"] is True
    gone = api.get("/sources/coffee", headers=read)
    assert gone.status_code == 404 and error_of(gone)["code"] == "source:not-found"
    actors = {(e.actor, e.action) for e in audit_rows()}
    assert {("operator", "source.deactivated"), ("operator", "version.promoted"), ("admin", "source.purged")} <= actors


def test_bad_requests_get_one_clear_error(database_url: str) -> None:
    api = client()
    operate = bearer(make_key("operator")[1])
    with session_scope() as session:
        create_source(session, url="https://example.com/shop", name="shop")
    duplicate = api.post("/sources", json={"url": "https://example.com/shop", "name": "shop"}, headers=operate)
    assert duplicate.status_code == 409 and error_of(duplicate)["code"] == "source:exists"
    bad_url = api.post("/sources", json={"url": "ftp://example.com/"}, headers=operate)
    assert bad_url.status_code == 400 and "ftp://example.com/" in error_of(bad_url)["message"]
    no_url = api.post("/sources", json={"name": "x"}, headers=operate)
    assert no_url.status_code == 400 and error_of(no_url)["code"] == "request:invalid"
    assert "url" in error_of(no_url)["message"]
    nowhere = api.get("/nowhere", headers=operate)
    assert nowhere.status_code == 404 and error_of(nowhere)["code"] == "http:404"
    bad_state = api.get("/tasks", params={"state": "sleeping"}, headers=operate)
    assert bad_state.status_code == 400 and "QUARANTINED" in error_of(bad_state)["message"]
    bad_cursor = api.get("/sources/shop/entities", params={"cursor": "abc"}, headers=operate)
    assert bad_cursor.status_code == 400
    assert api.get("/sources/shop/entities", headers=operate).json() == {"items": [], "next_cursor": None}
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Task).where(Task.state == TaskState.PENDING)) == 0


def test_knowledge_base_endpoints(database_url: str) -> None:
    api = client()
    read = bearer(make_key("read-only")[1])
    operate = bearer(make_key("operator")[1])
    with session_scope() as session:
        lesson = knowledge.learn(
            session,
            change="class renamed",
            transform={"replace": [[".price", ".cost"]]},
            description="price moved to .cost",
            error_type="site_changed",
            url="https://shop.example.com/",
            source_name="shop",
            evidence={},
        )
        lesson_id = lesson.id
    listed = api.get("/kb", headers=read).json()
    assert [(item["id"], item["status"]) for item in listed] == [(lesson_id, "proposed")]
    assert api.get(f"/kb/{lesson_id}", headers=read).json() == listed[0]
    assert api.get("/kb", params={"status": "approved"}, headers=read).json() == []
    assert api.post(f"/kb/{lesson_id}/approve", headers=read).status_code == 403
    assert api.post(f"/kb/{lesson_id}/approve", headers=operate).json()["status"] == "approved"
    assert api.post(f"/kb/{lesson_id}/reject", headers=operate).json()["status"] == "rejected"
    edited = api.patch(f"/kb/{lesson_id}", json={"description": "renamed price class"}, headers=operate)
    assert edited.json()["description"] == "renamed price class"
    refused = api.patch(f"/kb/{lesson_id}", json={"successes": 99}, headers=operate)
    assert refused.status_code == 400 and "cannot be edited" in error_of(refused)["message"]
    assert api.delete(f"/kb/{lesson_id}", headers=operate).json() == {"id": lesson_id, "deleted": True}
    gone = api.get(f"/kb/{lesson_id}", headers=read)
    assert gone.status_code == 404 and error_of(gone)["code"] == "kb:lesson-not-found"
    assert api.post(f"/kb/{lesson_id}/promote", headers=operate).status_code == 400
    actions = [e.action for e in audit_rows() if e.actor == "operator"]
    assert actions[:4] == ["kb.lesson.approved", "api.request", "kb.lesson.rejected", "api.request"]
