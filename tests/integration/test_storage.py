"""Bronze, Silver, registry and task states on the real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from agents.codegen import render_spider
from pipeline.core import registry, taskstate
from pipeline.core.bronze import CorruptBlob, read_body, store_page
from pipeline.core.crawls import open_crawl
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import BronzeBlob, BronzePage, ScraperVersion, SilverEntity, Task, TaskState
from pipeline.core.exceptions import SourceExists, SourceNotFound, UnsafeCode
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import upsert_entity
from pipeline.core.sources import claim_due_sources, create_source, get_source, mark_ready, purge_source

SPEC = ScraperSpec(start_url="http://shop.test/", record_selector="li", fields=(FieldSpec(name="title", selector="a"),))


def _source_with_version(name: str = "shop") -> tuple[int, int]:
    with session_scope() as session:
        source = create_source(session, url="http://shop.test/", name=name)
        version = registry.add_version(
            session, source, code=render_spider(name, SPEC), spec=SPEC, actor="test", reason="t"
        )
        return source.id, version.id


def test_bronze_keeps_exact_bytes_once_per_content(database_url: str) -> None:
    source_id, version_id = _source_with_version()
    body = "<html>Comté €24.90</html>".encode("latin-1", errors="replace") + bytes(range(256))
    with session_scope() as session:
        source = get_source(session, "shop")
        version = session.get(ScraperVersion, version_id)
        assert version is not None
        crawl = open_crawl(session, source, version, run_id="r1")
        first = store_page(
            session,
            source_id=source_id,
            crawl_id=crawl.id,
            url="http://shop.test/a",
            final_url="http://shop.test/a",
            status=200,
            headers={"x": ["1"]},
            body=body,
        )
        store_page(
            session,
            source_id=source_id,
            crawl_id=crawl.id,
            url="http://shop.test/b",
            final_url="http://shop.test/b",
            status=200,
            headers={},
            body=body,
        )
        again = store_page(
            session,
            source_id=source_id,
            crawl_id=crawl.id,
            url="http://shop.test/a",
            final_url="http://shop.test/a",
            status=200,
            headers={},
            body=body,
        )
        assert again.id == first.id  # a redelivered crawl rewrites its page, it does not add one
        assert read_body(session, first) == body
        assert session.scalar(select(func.count()).select_from(BronzeBlob)) == 1
        assert session.scalar(select(func.count()).select_from(BronzePage)) == 2


def test_a_tampered_blob_is_reported_not_parsed(database_url: str) -> None:
    source_id, version_id = _source_with_version()
    with session_scope() as session:
        source = get_source(session, "shop")
        version = session.get(ScraperVersion, version_id)
        assert version is not None
        crawl = open_crawl(session, source, version, run_id="r1")
        page = store_page(
            session,
            source_id=source_id,
            crawl_id=crawl.id,
            url="http://shop.test/",
            final_url="http://shop.test/",
            status=200,
            headers={},
            body=b"original",
        )
        blob = session.get(BronzeBlob, page.body_sha256)
        assert blob is not None
        blob.compression = "none"
        blob.data = b"tampered"
        session.flush()
        with pytest.raises(CorruptBlob, match="fails its hash check"):
            read_body(session, page)


def test_silver_upsert_dedupes_and_tracks_changes(database_url: str) -> None:
    source_id, _ = _source_with_version()
    with session_scope() as session:
        first, created = upsert_entity(
            session,
            source_id=source_id,
            entity_key="k1",
            url="u",
            data={"p": 1},
            bronze_page_id=None,
            version_id=None,
            crawl_id=None,
            parser_version="1",
        )
        assert created
        seen_at = first.last_seen_at
        same, created_again = upsert_entity(
            session,
            source_id=source_id,
            entity_key="k1",
            url="u",
            data={"p": 2},
            bronze_page_id=None,
            version_id=None,
            crawl_id=None,
            parser_version="1",
        )
        assert not created_again and same.id == first.id
        assert same.data == {"p": 2} and same.last_seen_at >= seen_at and same.first_seen_at == first.first_seen_at
        assert session.scalar(select(func.count()).select_from(SilverEntity)) == 1


def test_registry_refuses_unsafe_code_and_promotes_one_version(database_url: str) -> None:
    _source_with_version()
    with session_scope() as session:
        source = get_source(session, "shop")
        with pytest.raises(UnsafeCode):
            registry.add_version(session, source, code="import os\nclass S: pass\n", spec=SPEC, actor="t", reason="t")
    with session_scope() as session:
        source = get_source(session, "shop")
        second = registry.add_version(
            session, source, code=render_spider("shop", SPEC), spec=SPEC, actor="t", reason="t"
        )
        registry.promote(session, source.versions[0], actor="t")
        registry.promote(session, second, actor="t")
        session.flush()
        statuses = [v.status for v in source.versions]
        assert statuses == ["retired", "production"]
        assert registry.load_verified(session, second.id).number == 2
        second.code += "\n# changed behind the registry's back\n"
        session.flush()
        with pytest.raises(Exception, match="fails its hash check"):
            registry.load_verified(session, second.id)


def test_names_are_unique_and_unknown_names_are_explained(database_url: str) -> None:
    _source_with_version()
    with session_scope() as session, pytest.raises(SourceExists, match="already exists"):
        create_source(session, url="http://other.test/", name="shop")
    with session_scope() as session, pytest.raises(SourceNotFound, match="Known sources: shop"):
        get_source(session, "nope")


def test_purge_deletes_everything_of_the_source_only(database_url: str) -> None:
    keep_id, _ = _source_with_version("keep")
    gone_id, _ = _source_with_version("gone")
    with session_scope() as session:
        for source_id in (keep_id, gone_id):
            upsert_entity(
                session,
                source_id=source_id,
                entity_key="k",
                url="u",
                data={},
                bronze_page_id=None,
                version_id=None,
                crawl_id=None,
                parser_version="1",
            )
    with session_scope() as session:
        purge_source(session, get_source(session, "gone"))
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(SilverEntity)) == 1
        assert session.scalar(select(func.count()).select_from(ScraperVersion)) == 1
        get_source(session, "keep")


def test_due_sources_are_claimed_once(database_url: str) -> None:
    source_id, _ = _source_with_version()
    with session_scope() as session:
        source = get_source(session, "shop")
        mark_ready(session, source)
        source.next_run_at = utcnow() - timedelta(seconds=1)
    with session_scope() as session:
        assert [s.id for s in claim_due_sources(session)] == [source_id]
    with session_scope() as session:
        assert claim_due_sources(session) == []


def test_task_states_and_the_reaper(database_url: str) -> None:
    source_id, _ = _source_with_version()
    with session_scope() as session:
        task = taskstate.ensure_task(
            session, run_id="run-1", name="crawl", kind="crawl", source_id=source_id, source_name="shop"
        )
        taskstate.start(session, task, lease_s=60)
        task.lease_expires_at = utcnow() - timedelta(seconds=1)  # its worker died
    with session_scope() as session:
        assert taskstate.reap_expired(session) == 1
        again = taskstate.ensure_task(
            session, run_id="run-1", name="crawl", kind="crawl", source_id=source_id, source_name="shop"
        )
        assert again.state == TaskState.PENDING
        taskstate.start(session, again, lease_s=60)
        taskstate.fail(again, "boom", max_attempts=2)
        assert again.state == TaskState.QUARANTINED  # second attempt spent the budget
        assert session.scalar(select(func.count()).select_from(Task)) == 1


def test_processes_starting_together_migrate_a_fresh_database_once(database_url: str, tmp_path: object) -> None:
    """A worker and the CLI starting at the same time must not both create the tables."""
    import os
    import subprocess
    import sys

    from sqlalchemy import create_engine, text

    if database_url.startswith("postgresql"):
        admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        admin.dispose()
    env = {**os.environ, "SDP_DATABASE_URL": database_url}
    code = "from pipeline.core.db.engine import get_engine; get_engine()"
    processes = [subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE) for _ in range(4)]
    errors = [p.communicate(timeout=120)[1].decode() for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0, 0], errors
    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    engine.dispose()
