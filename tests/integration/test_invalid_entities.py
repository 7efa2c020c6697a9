"""Records kept aside as invalid: encrypted at rest, rotated with the keys, found and erased for a data subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Text as SQLText
from sqlalchemy import cast, func, select

from config.settings import get_settings
from pipeline.core import privacy
from pipeline.core.crypto import is_sealed, sealed_key_id
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import InvalidEntity, Source
from pipeline.core.encryption import rotate_all
from pipeline.core.export import iter_invalid
from pipeline.core.keyring import new_key_line
from pipeline.core.quality import recent_invalid
from pipeline.core.schema_registry import FieldRule, Schema
from pipeline.core.sources import create_source
from pipeline.core.validation import keep_invalid, validate_record

EMAIL = "q.zabrowski@example.org"
SCHEMA = Schema(1, {"name": FieldRule("title", required=True), "homepage": FieldRule("url")}, ())


def _keep(source_id: int, key: str, record: dict[str, object]) -> None:
    with session_scope() as session:
        problems = validate_record(record, SCHEMA)
        assert problems
        keep_invalid(
            session,
            source_id=source_id,
            entity_key=key,
            url=f"http://people.test/{key}",
            data=record,
            problems=problems,
            schema=SCHEMA,
            crawl_id=None,
            bronze_page_id=None,
            version_id=None,
        )


def _seed() -> int:
    with session_scope() as session:
        source_id = create_source(session, url="http://people.test/", name="people").id
    _keep(source_id, "q", {"name": "Quentin", "homepage": f"mailto:{EMAIL}"})  # the reason quotes the address
    _keep(source_id, "b", {"name": "", "homepage": "http://people.test/bruno"})
    return source_id


def _plain_hits(needle: str) -> int:
    """Rows of invalid_entities whose stored text holds ``needle``, as the database itself sees it."""
    with session_scope() as session:
        return sum(
            session.scalar(
                select(func.count()).where(func.lower(cast(column, SQLText)).contains(needle.lower(), autoescape=True))
            )
            or 0
            for column in (InvalidEntity.data, InvalidEntity.reasons)
        )


def _use_keys(monkeypatch: pytest.MonkeyPatch, keys: str) -> None:
    monkeypatch.setenv("SDP_SECURITY_KEYS", keys)
    get_settings.cache_clear()


def test_invalid_records_are_encrypted_at_rest_and_rotated(
    database_url: str, sdp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = new_key_line("k1"), new_key_line("k2")
    _use_keys(monkeypatch, old)
    source_id = _seed()
    assert _plain_hits(EMAIL) == 0 and _plain_hits("Quentin") == 0
    if database_url.startswith("sqlite"):
        raw = b"".join(p.read_bytes() for p in sdp_home.glob("sdp.db*"))
        assert EMAIL.encode() not in raw and b"Quentin" not in raw
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        exported = {row["url"]: row for row in iter_invalid(session, source)}
        shown = recent_invalid(session, source_id)
    quentin = exported["http://people.test/q"]
    assert quentin["data"] == {"name": "Quentin", "homepage": f"mailto:{EMAIL}"}
    assert quentin["reasons"] == [f"homepage: 'mailto:{EMAIL}' is not an absolute http(s) URL"]
    assert exported["http://people.test/b"]["reasons"] == [
        "name: required, but the page gave no title (empty or unreadable)"
    ]
    assert [row.reasons for row in shown] == [exported[u]["reasons"] for u in ("http://people.test/b", quentin["url"])]

    # A row written before invalid records were sealed whole: rotation seals it too.
    with session_scope() as session:
        session.add(
            InvalidEntity(
                source_id=source_id, entity_key="legacy", url="http://people.test/legacy",
                data={"name": "Legacy Person"}, reasons=["name: legacy"],
            )
        )  # fmt: skip
    assert _plain_hits("Legacy Person") == 1

    _use_keys(monkeypatch, f"{new},{old}")
    rotation = rotate_all(get_settings())
    assert rotation.resealed >= 6  # data and reasons of three rows
    _use_keys(monkeypatch, new)  # k1 is gone: everything must be readable under k2 alone
    with session_scope() as session:
        rows = session.scalars(select(InvalidEntity).order_by(InvalidEntity.id)).all()
        assert all(is_sealed(r.data) and is_sealed(r.reasons) for r in rows)
        assert {sealed_key_id(r.data) for r in rows} == {sealed_key_id(r.reasons) for r in rows} == {"k2"}
        source = session.get(Source, source_id)
        assert source is not None
        after = {row["url"]: row for row in iter_invalid(session, source)}
    assert after["http://people.test/q"]["data"] == quentin["data"]
    assert after["http://people.test/legacy"]["data"] == {"name": "Legacy Person"}
    assert after["http://people.test/legacy"]["reasons"] == ["name: legacy"]
    assert _plain_hits("Legacy Person") == 0


def test_a_data_subject_is_found_and_erased_inside_invalid_records(database_url: str) -> None:
    source_id = _seed()
    settings = get_settings()
    with session_scope() as session:
        report = privacy.export_subject(session, EMAIL.upper(), settings)
    assert [(r["url"], r["data"]["name"]) for r in report["invalid_records"]] == [("http://people.test/q", "Quentin")]
    assert report["invalid_records"][0]["reasons"] == [f"homepage: 'mailto:{EMAIL}' is not an absolute http(s) URL"]
    assert report["other_records"] == []

    with session_scope() as session:
        done = privacy.delete_subject(session, EMAIL, settings)
    assert (done.invalid, done.entities, done.pages) == (1, 0, 0) and done.remaining == []
    with session_scope() as session:
        assert privacy.find_subject(session, EMAIL).invalid == []
        left = session.scalars(select(InvalidEntity)).all()
        assert [row.entity_key for row in left] == ["b"] and left[0].source_id == source_id
    assert _plain_hits(EMAIL) == 0
