"""Replay's batched merge stores exactly what merging one record at a time stores, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select, text

from config.settings import get_settings
from pipeline.core.crypto import is_sealed, open_silver
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import SilverEntity
from pipeline.core.export import iter_records
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import history, merge_entity
from pipeline.core.silver_batch import Pending, SilverBatch
from pipeline.core.sources import get_source
from tests.stored_pages import add_source

SPEC = ScraperSpec(start_url="http://people.test/", record_selector="li", fields=(FieldSpec(name="name"),))
#: Fetched at 10:30 in a zone two hours ahead of UTC: 08:30 UTC.
FETCHED = datetime(2026, 11, 2, 10, 30, 15, 250_000, tzinfo=timezone(timedelta(hours=2)))
PEOPLE: dict[str, dict[str, Any]] = {
    "ada": {"name": "Ada", "email": "ada@example.org", "tags": ["math", "é"], "price": {"amount": 1.5}},
    "bob": {"name": "Bob", "email": None, "tags": [], "price": None},
}
_STORED = (
    "entity_key, url, data, content_hash, revision, parser_version, labels, "
    "first_seen_at, last_seen_at, changed_at, extracted_at"
)


def _one_by_one(source_id: int, people: dict[str, dict[str, Any]], seen: datetime) -> None:
    with session_scope() as session:
        for key, data in people.items():
            merge_entity(
                session,
                source_id=source_id,
                entity_key=key,
                url=f"http://people.test/{key}",
                data=data,
                bronze_page_id=None,
                version_id=None,
                crawl_id=None,
                parser_version="1",
                seen_at=seen,
            )


def _batched(source_id: int, people: dict[str, dict[str, Any]], seen: datetime) -> list[str]:
    with session_scope() as session:
        batch = SilverBatch(session, source_id)
        for key, data in people.items():
            batch.add(Pending(key, f"http://people.test/{key}", data, None, None, None, "1", seen))
        return [merged.outcome for merged in batch.flush()]


def _stored(source_id: int) -> list[tuple[Any, ...]]:
    """The source's entities as the database holds them (sealed fields opened: their nonces differ)."""
    with session_scope() as session:
        dialect = session.get_bind().dialect.name
        rows = session.execute(
            text(f"SELECT {_STORED} FROM silver_entities WHERE source_id = :s ORDER BY entity_key"), {"s": source_id}
        ).all()
    opened = []
    for row in rows:
        data = row.data if isinstance(row.data, dict) else json.loads(row.data)
        assert data["email"] is None or is_sealed(data["email"]), "a sensitive field was stored in the clear"
        opened.append((row.entity_key, row.url, open_silver(data), *row[3:], dialect))
    return opened


def test_a_batch_stores_what_merging_one_by_one_stores(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_SECURITY_SENSITIVE_FIELDS", '["email"]')
    get_settings.cache_clear()
    single, _ = add_source("single", SPEC)
    batched, _ = add_source("batched", SPEC)
    _one_by_one(single, PEOPLE, FETCHED)
    assert _batched(batched, PEOPLE, FETCHED) == ["new", "new"]
    later = FETCHED + timedelta(days=1)
    changed = {**PEOPLE, "ada": {**PEOPLE["ada"], "email": "ada@lovelace.org"}}
    _one_by_one(single, changed, later)
    assert _batched(batched, changed, later) == ["changed", "unchanged"]

    assert _stored(batched) == _stored(single)
    with session_scope() as session:
        ada = session.scalars(
            select(SilverEntity).where(SilverEntity.source_id == batched, SilverEntity.entity_key == "ada")
        ).one()
        assert (ada.first_seen_at, ada.changed_at, ada.last_seen_at) == (FETCHED, later, later)
        assert ada.first_seen_at.tzinfo == UTC and ada.first_seen_at.hour == 8
        assert ada.revision == 2 and open_silver(ada.data)["email"] == "ada@lovelace.org"
        assert [(h["changed_fields"], h["previous_data"]["email"]) for h in history(session, ada.id)] == [
            (["email"], "ada@example.org")
        ]
        # Time filters compare stored values: both ways of writing must answer alike.
        for source_id in (single, batched):
            source = get_source(session, "single" if source_id == single else "batched")
            since = sorted(r["url"] for r in iter_records(session, source, since=later - timedelta(seconds=1)))
            assert since == ["http://people.test/ada", "http://people.test/bob"]
            assert list(iter_records(session, source, since=later + timedelta(seconds=1))) == []
