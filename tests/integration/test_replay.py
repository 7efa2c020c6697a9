"""Replay of stored pages into Silver, and the label filter of exports, on both databases."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agents.codegen import render_spider
from config.settings import get_settings
from pipeline.core import blobstore, registry, replay_merge, replay_pages, replay_pool
from pipeline.core import lineage as lineage_module
from pipeline.core.crypto import open_record
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import (
    BronzeBlob,
    BronzePage,
    EntityHistory,
    EntityRedaction,
    InvalidEntity,
    ScraperVersion,
    SilverEntity,
    Source,
)
from pipeline.core.export import iter_records
from pipeline.core.keyring import keyring_for
from pipeline.core.lineage import lineage, replay
from pipeline.core.replay_parse import PageBody, PageParser, ParsedPage
from pipeline.core.replay_pool import Parsing
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import set_labels, upsert_entity
from pipeline.core.silver_batch import Pending, SilverBatch
from pipeline.core.sources import create_source
from tests.stored_pages import add_source, open_run, store_pages

SPEC = ScraperSpec(
    start_url="http://shop.test/",
    record_selector="li",
    fields=(
        FieldSpec(name="title", selector="a"),
        FieldSpec(name="url", type="url", selector="a", attribute="href"),
        FieldSpec(name="price", type="price", selector=".price"),
    ),
    key_fields=("url",),
)


def _item(slug: str, title: str, price: str = "") -> str:
    shown = f'<span class="price">{price}</span>' if price else ""
    return f'<li><a href="/item/{slug}">{title}</a>{shown}</li>'


def _shop() -> dict[str, int]:
    """Two stored pages; item A is on both with different prices, item C has no price (invalid)."""
    source_id, version_id = add_source("shop", SPEC)
    crawl_id = open_run(source_id, version_id, "run-1")
    bravo = _item("b", "Bravo, mail bravo@example.org", "$2.00")
    p1, p2 = store_pages(
        source_id,
        crawl_id,
        [
            ("http://shop.test/p1.html", _list(_item("a", "Alpha", "$1.00"), bravo, _item("c", "C"))),
            ("http://shop.test/p2.html", _list(_item("d", "Delta", "$4.00"), _item("a", "Alpha", "$9.00"))),
        ],
    )
    return {"source": source_id, "version": version_id, "crawl": crawl_id, "p1": p1, "p2": p2}


def _list(*items: str) -> bytes:
    return f"<html><body><ul>{''.join(items)}</ul></body></html>".encode()


def _entities(session: Session) -> list[SilverEntity]:
    return list(session.scalars(select(SilverEntity).order_by(SilverEntity.id)))


def _by_url(session: Session, url: str) -> SilverEntity:
    return next(e for e in _entities(session) if e.url == url)


def test_replay_merges_each_record_as_if_one_by_one(database_url: str) -> None:
    ids = _shop()
    with session_scope() as session:
        source = session.get(Source, ids["source"])
        assert source is not None
        report = replay(session, source, version_number=None, since=None, dry_run=False)
    # Newest page first: A at $9 is new, then A at $1 (page 1) changes it within the same replay.
    assert (report.pages, report.records, report.new, report.changed, report.unchanged, report.invalid) == (
        2,
        5,
        3,
        1,
        0,
        1,
    )
    assert report.changes == [
        {
            "entity_id": report.changes[0]["entity_id"],
            "fields": {
                "price": {"before": {"amount": 9.0, "currency": "USD"}, "after": {"amount": 1.0, "currency": "USD"}}
            },
        }
    ]

    with session_scope() as session:
        alpha = _by_url(session, "http://shop.test/item/a")
        assert alpha.id == report.changes[0]["entity_id"]
        assert alpha.data["price"] == {"amount": 1.0, "currency": "USD"} and alpha.revision == 2
        assert (alpha.bronze_page_id, alpha.crawl_id, alpha.version_id) == (ids["p1"], ids["crawl"], ids["version"])
        history = session.scalars(select(EntityHistory).where(EntityHistory.entity_id == alpha.id)).all()
        assert [(h.revision, h.changed_fields, h.previous_data["price"]["amount"]) for h in history] == [
            (2, ["price"], 9.0)
        ]
        chain = lineage(session, alpha.id)
        assert chain["bronze_page"]["id"] == ids["p1"] and chain["scraper_version"]["number"] == 1
        assert chain["entity"]["extracted_at"] == chain["bronze_page"]["fetched_at"]
        bravo = _by_url(session, "http://shop.test/item/b")
        assert bravo.data["title"] == "Bravo, mail [redacted:email]"
        assert lineage(session, bravo.id)["redaction"]["rules"] == {"email": 1}
        assert len(_entities(session)) == 3
        invalid = session.scalars(select(InvalidEntity)).one()
        assert invalid.bronze_page_id == ids["p1"] and invalid.url == "http://shop.test/item/c"

    # A newer parser, previewed then applied: nothing fetched, every entity rewritten.
    renamed = SPEC.model_copy(
        update={"fields": (*SPEC.fields[:2], FieldSpec(name="cost", type="price", selector=".price"))}
    )
    with session_scope() as session:
        source = session.get(Source, ids["source"])
        assert source is not None
        registry.add_version(session, source, code=render_spider("shop", renamed), spec=renamed, actor="t", reason="t")
    with session_scope() as session:
        source = session.get(Source, ids["source"])
        assert source is not None
        preview = replay(session, source, version_number=2, since=None, dry_run=True)
        session.rollback()
    assert (preview.new, preview.changed, preview.invalid) == (0, 4, 1)
    assert all("cost" in change["fields"] for change in preview.changes)
    with session_scope() as session:
        assert all("price" in e.data for e in _entities(session))  # the preview wrote nothing
        source = session.get(Source, ids["source"])
        assert source is not None
        applied = replay(session, source, version_number=2, since=None, dry_run=False)
    assert (applied.new, applied.changed) == (0, 4)
    with session_scope() as session:
        entities = _entities(session)
        assert len(entities) == 3 and all("cost" in e.data and "price" not in e.data for e in entities)
        v2 = session.scalar(select(ScraperVersion.id).where(ScraperVersion.number == 2))
        assert {e.version_id for e in entities} == {v2}
        assert session.scalar(select(func.count()).select_from(EntityHistory)) == 1 + 4


def test_exports_filter_entities_by_label_in_the_database(database_url: str) -> None:
    with session_scope() as session:
        source = create_source(session, url="http://labels.test/", name="labels")
        wanted = [
            {"tier": "gold", "team": "pricing"},
            {"tier": "silver", "team": "pricing"},
            {"tier": "gold", 'odd "key".v2': "x y"},
            {},
        ]
        for n, labels in enumerate(wanted):
            entity, _ = upsert_entity(
                session,
                source_id=source.id,
                entity_key=f"k{n}",
                url=f"http://labels.test/{n}",
                data={"n": n},
                bronze_page_id=None,
                version_id=None,
                crawl_id=None,
                parser_version="1",
            )
            set_labels(session, entity.id, labels)
    with session_scope() as session:
        source = session.scalars(select(Source)).one()

        def keys(labels: dict[str, str] | None) -> list[str]:
            return [r["url"].rsplit("/", 1)[1] for r in iter_records(session, source, labels=labels)]

        assert keys({"tier": "gold"}) == ["0", "2"]
        assert keys({"tier": "gold", "team": "pricing"}) == ["0"]
        assert keys({'odd "key".v2': "x y"}) == ["2"]
        assert keys({"tier": "bronze"}) == [] and keys({"team": "gold"}) == []
        assert keys(None) == keys({}) == ["0", "1", "2", "3"]
        labelled = next(iter_records(session, source, labels={"team": "pricing", "tier": "silver"}))
        assert labelled["labels"] == {"tier": "silver", "team": "pricing"}


def _catalogue() -> list[tuple[str, bytes]]:
    """14 list pages: items reappear at other prices, some lack a price, some carry an e-mail."""
    pages = []
    for n in range(14):
        items = [_item(f"i{n}", f"Item {n}", f"${n}.00"), _item(f"i{n * 3 % 7}", f"Item {n * 3 % 7}", f"${n}.50")]
        if n % 4 == 0:
            items.append(_item(f"x{n}", f"No price {n}"))  # invalid: kept aside
        if n % 3 == 0:
            items.append(_item(f"m{n % 2}", f"Mail m{n % 2}@example.org", f"${n}.25"))  # redacted, and again
        if n % 5 == 0:
            items.append(_item(f"i{n}", f"Item {n}", f"${n}.75"))  # the same key twice on one page
        pages.append((f"http://shop.test/list{n}.html", _list(*items)))
    return pages


def _seed_catalogue(name: str) -> int:
    source_id, version_id = add_source(name, SPEC)
    ids = store_pages(source_id, open_run(source_id, version_id, f"run-{name}"), _catalogue())
    base = datetime(2026, 11, 1, tzinfo=UTC)
    with session_scope() as session:  # the same fetch times for both sources, so their entities compare
        for n, page_id in enumerate(ids):
            page = session.get(BronzePage, page_id)
            assert page is not None
            page.fetched_at = base + timedelta(minutes=n)
    return source_id


def _replay_thrice(source_id: int, workers: int) -> list[tuple[Any, ...]]:
    """Replay (all new), again (all unchanged), then with version 2 (a renamed field: all changed)."""
    reports = []
    for number in (1, 1, 2):
        with session_scope() as session:
            source = session.get(Source, source_id)
            assert source is not None
            if number == 2 and len(source.versions) == 1:
                cost = FieldSpec(name="cost", type="price", selector=".price")
                renamed = SPEC.model_copy(update={"fields": (*SPEC.fields[:2], cost)})
                code = render_spider(source.name, renamed)
                registry.add_version(session, source, code=code, spec=renamed, actor="t", reason="t")
            report = replay(session, source, version_number=number, since=None, dry_run=False, workers=workers)
            keys = {e.id: e.entity_key for e in session.scalars(select(SilverEntity))}
            changes = [(keys[c["entity_id"]], c["fields"]) for c in report.changes]
            counts = (report.pages, report.records, report.new, report.changed, report.unchanged, report.invalid)
            reports.append((*counts, report.unreadable, changes))
    return reports


def _silver(source_id: int) -> dict[str, Any]:
    """Everything replay wrote for a source, with ids replaced by what they stand for."""
    with session_scope() as session:
        pages = {p.id: p.url for p in session.scalars(select(BronzePage).where(BronzePage.source_id == source_id))}
        numbers = {v.id: v.number for v in session.scalars(select(ScraperVersion))}
        entities = session.scalars(select(SilverEntity).where(SilverEntity.source_id == source_id)).all()
        keys = {e.id: e.entity_key for e in entities}
        when = ("first_seen_at", "last_seen_at", "changed_at", "extracted_at")
        history = session.scalars(select(EntityHistory).where(EntityHistory.entity_id.in_(keys)))
        invalid = session.scalars(
            select(InvalidEntity).where(InvalidEntity.source_id == source_id).order_by(InvalidEntity.id)
        )
        redactions = session.scalars(select(EntityRedaction).where(EntityRedaction.source_id == source_id))
        return {
            "entities": {
                e.entity_key: (
                    e.url,
                    e.data,
                    e.content_hash,
                    e.revision,
                    pages[e.bronze_page_id] if e.bronze_page_id else None,
                    numbers[e.version_id] if e.version_id else None,
                    e.parser_version,
                    *(getattr(e, name) for name in when),
                )
                for e in entities
            },
            "history": sorted(
                (keys[h.entity_id], h.revision, h.previous_data, h.changed_fields, numbers[h.version_id or 0])
                for h in history
            ),
            "invalid": [
                (i.entity_key, i.url, pages[i.bronze_page_id or 0], open_record(i.data), open_record(i.reasons))
                for i in invalid
            ],
            "redactions": {r.entity_key: r.hits for r in redactions},
        }


def test_replay_in_many_batches_and_in_workers_leaves_what_one_batch_leaves(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, many = _seed_catalogue("one"), _seed_catalogue("many")
    monkeypatch.setattr(replay_pages, "PAGES_PER_BATCH", 10_000)
    monkeypatch.setattr(replay_merge, "PAGES_PER_FLUSH", 10_000)
    monkeypatch.setattr(replay_merge, "RECORDS_PER_BATCH", 10_000)
    reference = _replay_thrice(one, workers=0)

    pools: list[Parsing] = []

    def parsing(parser: PageParser, workers: int) -> Parsing:
        pools.append(Parsing(parser, workers, wait=True))  # every chunk in the workers
        return pools[-1]

    monkeypatch.setattr(lineage_module, "Parsing", parsing)
    monkeypatch.setattr(replay_pages, "PAGES_PER_BATCH", 3)
    monkeypatch.setattr(replay_merge, "PAGES_PER_FLUSH", 2)
    monkeypatch.setattr(replay_merge, "RECORDS_PER_BATCH", 4)
    monkeypatch.setattr(replay_pool, "CHUNK_PAGES", 2)
    assert _replay_thrice(many, workers=2) == reference
    assert [pool.pages_in_workers for pool in pools] == [14, 14, 14]

    # (pages, records, new, changed, unchanged, invalid): a key met again at another price changes,
    # also in the second pass (its newest page differs from the oldest, merged last); i7-i13 but i10
    # are met once. Version 2 renames price to cost: every valid record changes.
    counts = [report[:6] for report in reference]
    assert counts == [(14, 40, 16, 20, 0, 4), (14, 40, 0, 30, 6, 4), (14, 40, 0, 36, 0, 4)]
    silver = _silver(many)
    assert silver == _silver(one)
    assert (len(silver["entities"]), len(silver["history"]), len(silver["invalid"])) == (16, 20 + 30 + 36, 3 * 4)
    mailed = {silver["entities"][key][0]: hits for key, hits in silver["redactions"].items()}
    assert mailed == {f"http://shop.test/item/m{n}": {"title": {"email": 1}} for n in (0, 1)}


def test_unreadable_pages_are_reported_and_never_parsed(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source_id, version_id = add_source("shop", SPEC)
    pages = [(f"http://shop.test/{name}.html", _list(_item(name, name, "$1.00"))) for name in ("good", "bad", "odd")]
    good, tampered, swapped = store_pages(source_id, open_run(source_id, version_id, "run-1"), pages)
    with session_scope() as session:
        bad = _blob(session, tampered)
        bad.data = bad.data[:-1] + bytes([bad.data[-1] ^ 1])  # one bit of the ciphertext
        odd = _blob(session, swapped)  # other bytes, properly encrypted under its address: only the hash tells
        other = _list(_item("zulu", "Zulu", "$9.00"))
        odd.data = next(blobstore.encrypted_chunks(keyring_for(get_settings()), odd.sha256, [zlib.compress(other)]))
        odd.size = len(other)
    parsed: list[int] = []
    parse = PageParser.parse

    def spy(self: PageParser, page: PageBody) -> ParsedPage:
        parsed.append(page.page_id)
        return parse(self, page)

    monkeypatch.setattr(PageParser, "parse", spy)
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        report = replay(session, source, version_number=None, since=None, dry_run=False, workers=0)
    assert parsed == [good] and (report.pages, report.records, report.new) == (1, 1, 1)
    decrypt, digest = sorted(report.unreadable)
    assert f"of page {tampered} (http://shop.test/bad.html)" in decrypt and "cannot be decrypted" in decrypt
    assert f"of page {swapped} (http://shop.test/odd.html)" in digest and "no longer matches its sha256" in digest
    with session_scope() as session:
        assert [e.url for e in _entities(session)] == ["http://shop.test/item/good"]


def _blob(session: Session, page_id: int) -> BronzeBlob:
    page = session.get(BronzePage, page_id)
    assert page is not None
    blob = session.get(BronzeBlob, page.body_sha256)
    assert blob is not None
    return blob


def test_silver_batch_refreshes_and_changes_entities_in_one_batch(database_url: str) -> None:
    source_id, version_id = add_source("shop", SPEC)
    seen = datetime(2026, 11, 1, tzinfo=UTC)

    def pending(key: str, data: dict[str, Any], at: datetime) -> Pending:
        return Pending(key, f"http://shop.test/{key}", data, None, version_id, None, "2", at)

    with session_scope() as session:
        batch = SilverBatch(session, source_id)
        for key in ("same", "other"):
            batch.add(pending(key, {"title": key}, seen))
        assert [m.outcome for m in batch.flush()] == ["new", "new"]
    later = seen + timedelta(days=1)
    with session_scope() as session:
        batch = SilverBatch(session, source_id)
        batch.add(pending("same", {"title": "same"}, later))  # first: unchanged, so the rows differ in shape
        batch.add(pending("other", {"title": "renamed"}, later))
        merged = batch.flush()
        assert [(m.outcome, m.before) for m in merged] == [("unchanged", None), ("changed", {"title": "other"})]
    with session_scope() as session:
        rows = {e.entity_key: e for e in _entities(session)}
        same, other = rows["same"], rows["other"]
        assert (same.revision, same.changed_at, same.last_seen_at, same.data) == (1, seen, later, {"title": "same"})
        assert (other.revision, other.changed_at, other.last_seen_at) == (2, later, later)
        assert other.data == {"title": "renamed"} and other.extracted_at == later
        history = session.scalars(select(EntityHistory)).one()
        assert (history.entity_id, history.revision, history.previous_data) == (other.id, 2, {"title": "other"})
