"""Privacy services on both databases: redaction rules, the consent gate, policies, subject requests."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import JSON, String, cast, func, select
from sqlalchemy import Text as SQLText

from config.settings import PrivacySettings, get_settings
from pipeline.core import audit, consent, privacy
from pipeline.core.bronze import read_body, store_page
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import get_engine, session_scope
from pipeline.core.db.models import (
    AuditEvent,
    Base,
    BronzeBlob,
    BronzePage,
    CollectionPolicy,
    Crawl,
    SilverEntity,
    Task,
)
from pipeline.core.exceptions import ConfigurationError, ConsentRequired
from pipeline.core.redaction import build_redactor
from pipeline.core.silver import upsert_entity
from pipeline.core.sources import create_source

SUBJECT = "Quentin Zabrowski"
EMAIL = "q.zabrowski@example.org"


# --- Redaction --------------------------------------------------------------------------------


def test_emails_and_phones_are_redacted_and_counted_but_dates_prices_and_ids_are_not() -> None:
    redactor = build_redactor(PrivacySettings())
    record = {
        "contact": f"Mail {EMAIL} or call +44 20 7946 0958, (555) 123-4567 or 020 7946 0321.",
        "tags": ["alice@example.com", "editor"],
        "price": {"amount": 14.5, "currency": "USD", "text": "$1,234,567.89"},
        "date": "2026-09-02T10:00:00+00:00",
        "when": "Order 2026-11-27 12:30",
        "isbn": "ISBN 978-3-16-148410-0",
        "ip": "192.168.1.10",
        "sku": "SKU 123456789",
        "rating": 4.8,
        "handle": "@ana@mastodon.social",  # a fediverse handle is public, not a mail address
        "url": "https://mastodon.social/@ana@mastodon.social/113457",
    }
    clean, hits = redactor.apply(record)
    assert clean["contact"] == ("Mail [redacted:email] or call [redacted:phone], [redacted:phone] or [redacted:phone].")
    assert clean["tags"] == ["[redacted:email]", "editor"]
    assert hits == {"contact": {"email": 1, "phone": 3}, "tags": {"email": 1}}
    for name in ("price", "date", "when", "isbn", "ip", "sku", "rating", "handle", "url"):
        assert clean[name] == record[name], name


def test_custom_patterns_whole_fields_and_dropped_fields_from_settings_and_policy() -> None:
    settings = PrivacySettings(redact_patterns={"ticket": "TCK-[0-9]{6}"}, redact_fields=["bio"], redact_phones=False)
    policy_redactor = build_redactor(
        settings,
        CollectionPolicy(
            source_name="x",
            obey_robots=True,
            drop_fields=["age"],
            redact_fields=["name"],
            redact_patterns={"iban": "GB[0-9]{2}[A-Z0-9 ]{10,30}"},
        ),
    )
    clean, hits = policy_redactor.apply(
        {
            "name": "Jane Doe",
            "bio": "Born 1980",
            "age": 45,
            "note": "See TCK-123456, pay GB29 NWBK 6016 1331 9268 19, call 555-123-4567",
            "empty": "",
        }
    )
    assert clean == {
        "name": "[redacted]",
        "bio": "[redacted]",
        "note": "See [redacted:ticket], pay [redacted:iban], call 555-123-4567",
        "empty": "",
    }
    assert hits == {"name": {"field": 1}, "bio": {"field": 1}, "age": {"dropped": 1}, "note": {"ticket": 1, "iban": 1}}


def test_a_bad_pattern_is_refused_with_its_name_in_settings_and_in_a_policy(database_url: str) -> None:
    with pytest.raises(ValidationError, match=r"'broken'.*not a valid regular expression"):
        PrivacySettings(redact_patterns={"broken": "(unclosed"})
    with session_scope() as session, pytest.raises(ConfigurationError, match=r"'broken'.*not a valid regular"):
        consent.set_policy(session, "people", redact_patterns={"broken": "(unclosed"})
    with session_scope() as session, pytest.raises(ConfigurationError, match="matches the empty string"):
        consent.set_policy(session, "people", redact_patterns={"anything": ".*"})


# --- Consent and collection policy ------------------------------------------------------------


def test_consent_gate_refuses_missing_and_expired_consent_and_allows_a_valid_one(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_scope() as session:
        consent.ensure_collection_allowed(session, "people")  # not required: allowed without a record
    monkeypatch.setenv("SDP_PRIVACY_REQUIRE_CONSENT", "true")
    get_settings.cache_clear()
    with session_scope() as session:
        with pytest.raises(ConsentRequired, match=r"people has no consent record.*sdp consent set people --by"):
            consent.ensure_collection_allowed(session, "people")
        consent.set_consent(
            session,
            "people",
            approved_by="DPO",
            legal_basis="legitimate_interests",
            scope="public staff directory",
            expires_at=utcnow() - timedelta(days=1),
        )
        with pytest.raises(ConsentRequired, match="consent for people expired on"):
            consent.ensure_collection_allowed(session, "people")
        consent.set_consent(
            session,
            "people",
            approved_by="DPO",
            legal_basis="consent",
            scope="staff",
            expires_at=utcnow() + timedelta(days=30),
        )
        consent.ensure_collection_allowed(session, "people")
        with pytest.raises(ConfigurationError, match="'gut_feeling' is not one of: consent, contract"):
            consent.set_consent(session, "people", approved_by="DPO", legal_basis="gut_feeling", scope="x")
        recorded = session.scalars(select(AuditEvent).where(AuditEvent.action == "privacy.consent_recorded")).all()
    assert len(recorded) == 2 and recorded[-1].details["legal_basis"] == "consent"


def test_the_policy_reaches_the_scrapy_settings_and_the_scouts_fetch(database_url: str) -> None:
    with session_scope() as session:
        source = create_source(session, url="http://127.0.0.1:9/", name="people")
        assert consent.scrapy_overrides(session, source.id) == {}
        consent.set_policy(session, "people", obey_robots=False, download_delay_s=2.5, drop_fields=["age", "age"])
        assert consent.scrapy_overrides(session, source.id) == {"ROBOTSTXT_OBEY": False, "DOWNLOAD_DELAY": 2.5}
        consent.set_policy(session, "people", clear_delay=True)
        assert consent.policy_view(consent.get_policy(session, "people"))["drop_fields"] == ["age"]
    scout_settings = consent.collection_settings("people", get_settings())
    assert scout_settings.crawl.obey_robots_txt is False
    assert scout_settings.crawl.download_delay_s == get_settings().crawl.download_delay_s


# --- Data-subject requests --------------------------------------------------------------------


def _page(name: str, *, email: str = "") -> bytes:
    return (
        f"<html><body><article><h3>{name}</h3><p>Mail: {email}</p></article>"
        "<article><h3>Alice Marchetti</h3></article></body></html>"
    ).encode()


def _seed() -> dict[str, int]:
    with session_scope() as session:
        source = create_source(session, url="http://people.test/", name="people")
        first = Crawl(source_id=source.id, run_id="run-1")
        second = Crawl(source_id=source.id, run_id="run-2")
        session.add_all([first, second])
        session.flush()
        headers = {"content-type": "text/html; charset=utf-8"}
        body = _page(SUBJECT.upper(), email=EMAIL)  # the case differs from the request: still found
        held = store_page(
            session,
            source_id=source.id,
            crawl_id=first.id,
            url="http://people.test/",
            final_url="http://people.test/",
            status=200,
            headers=headers,
            body=body,
        )
        again = store_page(
            session,
            source_id=source.id,
            crawl_id=second.id,
            url="http://people.test/",
            final_url="http://people.test/",
            status=200,
            headers=headers,
            body=body,
        )
        other = store_page(
            session,
            source_id=source.id,
            crawl_id=first.id,
            url="http://people.test/2",
            final_url="http://people.test/2",
            status=200,
            headers=headers,
            body=_page("Bruno Okafor"),
        )
        common: dict[str, Any] = {"version_id": None, "crawl_id": first.id, "parser_version": "1"}
        subject, _ = upsert_entity(
            session,
            source_id=source.id,
            entity_key="k1",
            url="http://people.test/q",
            bronze_page_id=held.id,
            data={"name": SUBJECT, "contact": "[redacted:email]"},
            **common,
        )
        neighbour, _ = upsert_entity(
            session,
            source_id=source.id,
            entity_key="k2",
            url="http://people.test/a",
            bronze_page_id=held.id,
            data={"name": "Alice Marchetti"},
            **common,
        )
        unrelated, _ = upsert_entity(
            session,
            source_id=source.id,
            entity_key="k3",
            url="http://people.test/b",
            bronze_page_id=other.id,
            data={"name": "Bruno Okafor"},
            **common,
        )
        session.add(
            Task(
                run_id="run-1",
                name="scout",
                kind="onboard",
                source_id=source.id,
                source_name="people",
                result={"sample_records": [{"name": SUBJECT}, {"name": "Alice Marchetti"}]},
            )
        )
        audit.record(
            session,
            actor="worker",
            action="onboard.scout.completed",
            source_name="people",
            message=f"first record: {SUBJECT}",
        )
        assert held.body_sha256 == again.body_sha256  # one blob, two pages
        return {
            "held": held.id,
            "again": again.id,
            "other": other.id,
            "subject": subject.id,
            "neighbour": neighbour.id,
            "unrelated": unrelated.id,
        }


def _raw_sqlite(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (home / "sdp.db", home / "sdp.db-wal") if p.exists())


def _text_hits(needle: str) -> list[str]:
    """Query-level proof: every text or JSON column of every table, searched by the database itself."""
    hits: list[str] = []
    with session_scope() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, (String, JSON)):
                    count = session.scalar(
                        select(func.count())
                        .select_from(table)
                        .where(func.lower(cast(column, SQLText)).contains(needle.lower(), autoescape=True))
                    )
                    if count:
                        hits.append(f"{table.name}.{column.name}")
    return hits


def test_export_finds_the_subject_everywhere_and_delete_leaves_no_byte_of_it(database_url: str, sdp_home: Path) -> None:
    ids = _seed()
    settings = get_settings()
    sqlite = database_url.startswith("sqlite")
    if sqlite:
        assert SUBJECT.encode() in _raw_sqlite(sdp_home)  # Silver holds it in plain: the proof below means something
    assert "silver_entities.data" in _text_hits(SUBJECT)

    with session_scope() as session:
        report = privacy.export_subject(session, SUBJECT.lower(), settings)
    assert [e["id"] for e in report["entities"]] == [ids["subject"]]
    assert {p["id"] for p in report["pages"]} == {ids["held"], ids["again"]}
    assert all(p["url"] == "http://people.test/" and p["fetched_at"] for p in report["pages"])
    assert {r["table"] for r in report["other_records"]} == {"tasks"}
    assert [e["message"] for e in report["audit_events"]] == [f"first record: {SUBJECT}"]
    with session_scope() as session:
        by_email = privacy.export_subject(session, EMAIL.upper(), settings)
    assert by_email["entities"] == [] and {p["id"] for p in by_email["pages"]} == {ids["held"], ids["again"]}

    with session_scope() as session:
        done = privacy.delete_subject(session, SUBJECT, settings)
    assert (done.entities, done.pages, done.blobs) == (1, 2, 1)
    assert done.remaining == [] and done.checkpointed

    with session_scope() as session:
        again = privacy.find_subject(session, SUBJECT)
        assert again.entities == [] and again.pages == [] and again.elsewhere == []
        assert session.get(SilverEntity, ids["subject"]) is None
        neighbour = session.get(SilverEntity, ids["neighbour"])
        assert neighbour is not None and neighbour.bronze_page_id is None  # kept; its evidence is gone
        assert session.get(SilverEntity, ids["unrelated"]) is not None
        pages = session.scalars(select(BronzePage)).all()
        assert [p.id for p in pages] == [ids["other"]]
        assert session.scalar(select(func.count()).select_from(BronzeBlob)) == 1
        for page in pages:
            assert SUBJECT.lower().encode() not in read_body(session, page).lower()
        for entity in session.scalars(select(SilverEntity)):
            assert SUBJECT.lower() not in repr(entity.data).lower()
        task = session.scalars(select(Task)).one()
        assert task.result["sample_records"] == [{"name": "[erased]"}, {"name": "Alice Marchetti"}]
        events = session.scalars(select(AuditEvent).where(AuditEvent.action.startswith("privacy."))).all()
    assert [e.action for e in events] == [
        "privacy.subject_exported",
        "privacy.subject_exported",
        "privacy.subject_erased",
    ]
    hashed = privacy.subject_hash(SUBJECT, settings)
    assert events[0].details["subject_hash"] == events[2].details["subject_hash"] == hashed
    assert re.fullmatch(r"hmac-sha256:[0-9a-f]{64}", hashed)

    assert _text_hits(SUBJECT) == [] and _text_hits("zabrowski") == []
    if sqlite:
        raw = _raw_sqlite(sdp_home)
        for variant in (SUBJECT, SUBJECT.lower(), SUBJECT.upper(), "Zabrowski", EMAIL):
            assert variant.encode() not in raw, variant
    assert get_engine().dialect.name == ("sqlite" if sqlite else "postgresql")


def test_a_subject_too_short_to_search_is_refused(database_url: str) -> None:
    with session_scope() as session, pytest.raises(ConfigurationError, match="too short"):
        privacy.find_subject(session, " a ")
