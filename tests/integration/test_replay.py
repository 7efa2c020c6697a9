"""Replay of stored pages into Silver, and the label filter of exports, on both databases."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agents.codegen import render_spider
from pipeline.core import registry
from pipeline.core.bronze import store_page
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import EntityHistory, InvalidEntity, ScraperVersion, SilverEntity, Source
from pipeline.core.export import iter_records
from pipeline.core.lineage import lineage, replay
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import set_labels, upsert_entity
from pipeline.core.sources import create_source

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
    with session_scope() as session:
        source = create_source(session, url=SPEC.start_url, name="shop")
        version = registry.add_version(
            session, source, code=render_spider("shop", SPEC), spec=SPEC, actor="test", reason="t"
        )
        registry.promote(session, version, actor="test")
        crawl = open_crawl(session, source, version, run_id="run-1")
        pages = {}
        for name, items in (
            (
                "p1",
                [_item("a", "Alpha", "$1.00"), _item("b", "Bravo, mail bravo@example.org", "$2.00"), _item("c", "C")],
            ),
            ("p2", [_item("d", "Delta", "$4.00"), _item("a", "Alpha", "$9.00")]),
        ):
            page = store_page(
                session,
                source_id=source.id,
                crawl_id=crawl.id,
                url=f"http://shop.test/{name}.html",
                final_url=f"http://shop.test/{name}.html",
                status=200,
                headers={"content-type": ["text/html"]},
                body=f"<html><body><ul>{''.join(items)}</ul></body></html>".encode(),
            )
            pages[name] = page.id
        return {"source": source.id, "version": version.id, "crawl": crawl.id, **pages}


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
