"""Silver history, validation and run quality, from real crawls of a shop whose page changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import QualitySettings
from pipeline.core.anomaly import Figures, categorical_shares, detect, numeric_summary
from pipeline.core.crypto import open_record
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import AuditEvent, EntityHistory, InvalidEntity, SilverEntity, Source
from pipeline.core.quality import assess_crawl, quality_history
from pipeline.core.schema_registry import FieldRule, Schema
from pipeline.core.validation import validate_record
from tests.e2e.conftest import assert_ok, sdp
from tests.fakes.shop_site import Product, catalogue, with_price, write_shop


def _entity(session: Session, title: str) -> SilverEntity:
    rows = session.scalars(select(SilverEntity)).all()
    return next(e for e in rows if e.data["title"] == title)


@pytest.mark.slow
@pytest.mark.long_variant("postgresql")  # quality on PostgreSQL: tests/e2e/test_quality_cli.py
@pytest.mark.timeout(1800)  # three crawls through the CLI on a shared, busy machine
def test_changes_invalid_records_and_a_sudden_drop(database_url: str, site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    products = catalogue(20)
    write_shop(root, products)
    assert_ok(sdp("add", url, "--name", "shop"))

    # Second run: one price changes, one new product says "Call us" where the schema wants a price.
    call_us = Product("bean-20", "Bean number 20", "Call us", "Kenya", "2026-10-30")
    write_shop(root, [*with_price(products, 3, "$99.00"), call_us])
    assert_ok(sdp("run", "--once", "--source", "shop"))

    with session_scope() as session:
        changed = _entity(session, "Bean number 03")
        assert changed.data["price"] == {"amount": 99.0, "currency": "USD"} and changed.revision == 2
        history = session.scalars(select(EntityHistory).where(EntityHistory.entity_id == changed.id)).all()
        assert len(history) == 1
        assert history[0].changed_fields == ["price"] and history[0].revision == 2
        assert history[0].previous_data["price"] == {"amount": 11.5, "currency": "USD"}
        assert history[0].crawl_id == changed.crawl_id and history[0].version_id == changed.version_id
        assert history[0].parser_version == changed.parser_version
        assert changed.extracted_at is not None and changed.processed_at is not None

        unchanged = _entity(session, "Bean number 04")
        assert unchanged.revision == 1
        assert unchanged.last_seen_at > unchanged.first_seen_at  # seen again, merged, not duplicated
        assert not session.scalars(select(EntityHistory).where(EntityHistory.entity_id == unchanged.id)).all()
        assert len(session.scalars(select(SilverEntity)).all()) == 20

        invalid = session.scalars(select(InvalidEntity)).one()
        assert "Bean number 20" not in repr(invalid.data)  # encrypted at rest, like Bronze
        data, reasons = open_record(invalid.data), open_record(invalid.reasons)
        assert data["title"] == "Bean number 20" and data["price"] is None
        assert reasons == ["price: required, but the page gave no price (empty or unreadable)"]
        assert invalid.crawl_id == changed.crawl_id and invalid.bronze_page_id is not None
        source_id = session.scalars(select(Source.id)).one()

        second, first = quality_history(session, source_id)[:2]
        assert (first.records, second.records) == (20, 21)
        assert first.completeness == {"title": 1.0, "url": 1.0, "origin": 1.0, "price": 1.0, "roasted": 1.0}
        assert second.completeness["price"] == round(20 / 21, 4) and second.completeness["title"] == 1.0
        assert second.invalid == 1 and second.duplicates == 0 and second.pages == 1
        assert first.anomalies == () and second.anomalies == ()  # a normal run is not flagged
        assert assess_crawl(session, second.crawl_id) == second  # stored once, read back the same

    # Third run: the page lists 3 products instead of 21.
    write_shop(root, products[:3])
    sdp("run", "--once", "--source", "shop")  # the Doctor may judge this run; quality flags it either way
    with session_scope() as session:
        third = quality_history(session, source_id)[0]
        assert third.records == 3
        drop = [a for a in third.anomalies if a.kind == "count_drop"]
        assert len(drop) == 1 and drop[0].severity == "error" and "3 records, usually about 20" in drop[0].message
        warnings = session.scalars(select(AuditEvent).where(AuditEvent.action == "quality.anomaly")).all()
        assert len(warnings) == 1 and warnings[0].level == "warning" and "3 records" in warnings[0].message


_SCHEMA = Schema(
    1,
    {
        "title": FieldRule("title", required=True),
        "price": FieldRule("price", required=True),
        "roasted": FieldRule("date"),
        "url": FieldRule("url"),
        "notes": FieldRule("tags"),
    },
    ("url",),
)


def test_validation_names_each_broken_rule() -> None:
    good = {
        "title": "Bean",
        "price": {"amount": 12.5, "currency": "USD"},
        "roasted": "2026-10-01T00:00:00+00:00",
        "url": "https://shop.example/bean",
        "notes": ["cocoa"],
    }
    assert validate_record(good, _SCHEMA) == []
    bad = {
        "title": " Bean ",
        "price": None,
        "roasted": "soon",
        "url": "/bean",
        "notes": "cocoa",
    }
    messages = [p.message for p in validate_record(bad, _SCHEMA)]
    assert messages == [
        "title: ' Bean ' is not cleaned text (stray whitespace)",
        "price: required, but the page gave no price (empty or unreadable)",
        "roasted: 'soon' is not a date",
        "url: '/bean' is not an absolute http(s) URL",
        "notes: 'cocoa' is not a list of tags",
    ]
    # A date keeps the offset of the place it describes; one without any zone is not a timestamp.
    assert validate_record({**good, "roasted": "2026-10-01T09:00:00+02:00"}, _SCHEMA) == []
    naive = validate_record({**good, "roasted": "2026-10-01T09:00:00"}, _SCHEMA)
    assert [p.message for p in naive] == ["roasted: '2026-10-01T09:00:00' has no time zone"]
    dropped_by_policy = {k: v for k, v in good.items() if k != "price"}
    assert validate_record(dropped_by_policy, _SCHEMA) == []


def _run(records: int, prices: list[float], origins: list[str]) -> tuple[Figures, dict[str, list[float]]]:
    profile = {"numeric": {"price": numeric_summary(prices)}, "categorical": {"origin": categorical_shares(origins)}}
    return Figures(records, {"price": 1.0, "origin": 1.0}, profile), {"price": prices}


def test_anomalies_against_the_usual_runs() -> None:
    settings = QualitySettings()
    usual_prices = [10.0 + n * 0.5 for n in range(20)]
    usual_origins = ["Brazil", "Kenya", "Colombia", "Ethiopia"] * 5
    history = [_run(20, usual_prices, usual_origins)[0] for _ in range(5)]

    normal, values = _run(19, usual_prices[:19], usual_origins[:19])
    assert detect(normal, history, settings, values=values) == []
    assert detect(_run(3, usual_prices[:3], usual_origins[:3])[0], [], settings) == []  # no history yet

    cents, values = _run(20, [p * 100 for p in usual_prices], usual_origins)
    found = detect(cents, history, settings, values=values)
    assert [(a.kind, a.field, a.severity) for a in found] == [("out_of_range", "price", "warning")]
    assert "20 of 20 values outside the usual range" in found[0].message

    shifted, values = _run(20, usual_prices, ["Brazil"] * 18 + ["Kenya"] * 2)
    found = detect(shifted, history, settings, values=values)
    assert [(a.kind, a.field) for a in found] == [("distribution_shift", "origin")]

    emptied = Figures(20, {"price": 0.0, "origin": 1.0}, {})
    found = detect(emptied, history, settings)
    assert [(a.kind, a.field, a.severity) for a in found] == [("field_empty", "price", "error")]
    assert found[0].message == "price went empty (usually 100% filled)"
