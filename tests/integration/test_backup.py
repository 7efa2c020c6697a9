"""Backups of the embedded database: online copies, verification, restore, recovery from corruption."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agents.codegen import render_spider
from config.settings import get_settings
from pipeline.core import integrity, registry
from pipeline.core.backup import create_backup, list_backups, verify_backup
from pipeline.core.bronze import read_body, store_page
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import dispose_engines, session_scope
from pipeline.core.db.models import BronzePage, SilverEntity, Source
from pipeline.core.exceptions import BackupError, ConfigurationError, DatabaseCorrupt
from pipeline.core.integrity import ensure_database, restore_backup
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import upsert_entity
from pipeline.core.sources import create_source

#: A second process that keeps inserting entities (one transaction each) until told to stop.
WRITER = """
import sys, pathlib
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Source
from pipeline.core.silver import upsert_entity
from sqlalchemy import select
stop = pathlib.Path(sys.argv[1])
n = 0
while not stop.exists():
    with session_scope() as session:
        source_id = session.scalar(select(Source.id).where(Source.name == "shop"))
        upsert_entity(session, source_id=source_id, entity_key=f"w{n}", url="http://shop.test/w",
                      data={"title": f"written {n}", "blob": "x" * 2000}, bronze_page_id=None, version_id=None,
                      crawl_id=None, parser_version="1")
    n += 1
    if n == 50:
        pathlib.Path(sys.argv[1] + ".started").touch()
print(n)
"""


def _add_entities(count: int, prefix: str = "e") -> None:
    with session_scope() as session:
        source = session.scalar(select(Source).where(Source.name == "shop"))
        if source is None:
            source = create_source(session, url="http://shop.test/", name="shop")
        for i in range(count):
            upsert_entity(
                session,
                source_id=source.id,
                entity_key=f"{prefix}{i}",
                url=f"http://shop.test/{prefix}{i}",
                data={"title": f"Item {prefix}{i}"},
                bronze_page_id=None,
                version_id=None,
                crawl_id=None,
                parser_version="1",
            )


def _keys() -> set[str]:
    with session_scope() as session:
        return set(session.scalars(select(SilverEntity.entity_key)))


def _database(home: Path) -> Path:
    return home / "sdp.db"


def corrupt(database: Path) -> None:
    """Overwrite the middle of the file with garbage, the way a failing disk or a bad copy does."""
    size = database.stat().st_size
    with database.open("r+b") as handle:
        handle.seek(size // 4)
        handle.write(os.urandom(size // 2))


def test_online_backup_while_another_process_writes(sdp_home: Path, tmp_path: Path) -> None:
    _add_entities(10)
    dispose_engines()
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(stop)], stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            if Path(f"{stop}.started").exists() or writer.poll() is not None:
                break
            time.sleep(0.1)
        assert writer.poll() is None, "the writer process died"
        made = create_backup(get_settings())
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=120)
    written = int(out.strip())
    assert writer.returncode == 0
    verified = verify_backup(made.path)
    held = verified.counts["entities"]
    # A snapshot from the middle of the writes: more than before it began, fewer than at the end.
    assert 10 + 50 <= held < 10 + written
    with closing(sqlite3.connect(made.path / "sdp.db")) as copy:
        keys = {row[0] for row in copy.execute("SELECT entity_key FROM silver_entities")}
    assert len(keys) == held and {f"e{i}" for i in range(10)} <= keys
    assert verified.manifest["schema_revision"]
    assert set(verified.manifest["files"]) == {"sdp.db"}


def test_restore_brings_back_exactly_the_backup_and_keeps_the_replaced_database(sdp_home: Path) -> None:
    _add_entities(5)
    made = create_backup(get_settings())
    _add_entities(3, prefix="later")
    restored = restore_backup(get_settings(), made.path)
    assert _keys() == {f"e{i}" for i in range(5)}
    assert restored.kept is not None and restored.kept.name.startswith("sdp.db.before-restore-")
    with closing(sqlite3.connect(restored.kept)) as kept:
        assert kept.execute("SELECT count(*) FROM silver_entities").fetchone()[0] == 8


def test_two_restores_within_one_second_keep_both_replaced_databases(
    sdp_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sdp run` restores a corrupt database at once; a person may have restored one a moment before.
    monkeypatch.setattr(integrity, "utcnow", lambda: datetime(2026, 12, 4, 15, 23, 4, tzinfo=UTC))
    _add_entities(2)
    made = create_backup(get_settings())
    first = restore_backup(get_settings(), made.path)
    second = restore_backup(get_settings(), made.path)
    assert first.kept is not None and second.kept is not None and first.kept != second.kept
    assert first.kept.exists() and second.kept.exists()
    assert _keys() == {"e0", "e1"}


def test_a_tampered_backup_is_refused_and_nothing_changes(sdp_home: Path) -> None:
    _add_entities(4)
    made = create_backup(get_settings())
    _add_entities(2, prefix="now")
    copy = made.path / "sdp.db"
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=re.escape("sdp.db does not match its sha256")):
        verify_backup(made.path)
    with pytest.raises(BackupError, match="fails verification"):
        restore_backup(get_settings(), made.path)
    assert len(_keys()) == 6

    manifest = json.loads((made.path / "manifest.json").read_text())
    (made.path / "extra.bin").write_bytes(b"planted")
    with pytest.raises(BackupError, match=re.escape("extra.bin is not in the manifest")):
        verify_backup(made.path)
    (made.path / "manifest.json").unlink()
    with pytest.raises(BackupError, match=re.escape("manifest.json is missing")):
        verify_backup(made.path)
    assert manifest["counts"]["entities"] == 4


def test_only_the_newest_backups_are_kept(sdp_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_BACKUP_KEEP", "2")
    get_settings.cache_clear()
    _add_entities(1)
    made = [create_backup(get_settings()).path for _ in range(3)]
    left = [backup.path for backup in list_backups(sdp_home / "backups")]
    assert left == [made[2], made[1]]
    assert not any(p.name.startswith(".tmp-") for p in (sdp_home / "backups").iterdir())


def test_backup_is_for_sqlite_and_points_postgresql_to_pg_dump(database_url: str) -> None:
    _add_entities(2)
    if database_url.startswith("sqlite"):
        assert create_backup(get_settings()).counts == {"sources": 1, "entities": 2, "pages": 0}
        return
    with pytest.raises(ConfigurationError, match="pg_dump -Fc") as refused:
        create_backup(get_settings())
    assert "docs/operations.md" in str(refused.value)
    assert ensure_database(get_settings(), confirm=None, service=True) is None


def test_the_bronze_folder_is_backed_up_and_restored(sdp_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_STORAGE_BRONZE_BACKEND", "folder")
    get_settings.cache_clear()
    spec = ScraperSpec(start_url="http://shop.test/", record_selector="li", fields=(FieldSpec(name="title"),))
    body = b"<html><li>Comt\xc3\xa9</li></html>" * 50
    with session_scope() as session:
        source = create_source(session, url="http://shop.test/", name="shop")
        version = registry.add_version(
            session, source, code=render_spider("shop", spec), spec=spec, actor="t", reason="t"
        )
        crawl = open_crawl(session, source, version, run_id="r1")
        page_id = store_page(
            session,
            source_id=source.id,
            crawl_id=crawl.id,
            url="http://shop.test/",
            final_url="http://shop.test/",
            status=200,
            headers={},
            body=body,
        ).id
    made = create_backup(get_settings())
    blobs = [name for name in made.manifest["files"] if name.startswith("bronze/")]
    assert len(blobs) == 1
    shutil.rmtree(sdp_home / "bronze")  # the folder is lost (say, the volume was not mounted)
    restored = restore_backup(get_settings(), made.path)
    assert restored.bronze_files == 1
    with session_scope() as session:
        page = session.get(BronzePage, page_id)
        assert page is not None and read_body(session, page) == body


def test_a_corrupt_database_is_restored_at_once_in_service_mode(sdp_home: Path) -> None:
    _add_entities(30)
    made = create_backup(get_settings())
    held = _keys()
    dispose_engines()
    corrupt(_database(sdp_home))
    restored = ensure_database(get_settings(), confirm=None, service=True)
    assert restored is not None and restored.backup.path == made.path
    assert _keys() == held
    assert restored.kept is not None and restored.kept.exists()


def test_a_person_is_asked_before_a_corrupt_database_is_restored(sdp_home: Path) -> None:
    _add_entities(30)
    made = create_backup(get_settings())
    dispose_engines()
    corrupt(_database(sdp_home))
    with pytest.raises(DatabaseCorrupt, match=re.escape(f"sdp restore {made.path} --yes")):
        ensure_database(get_settings(), confirm=None, service=False)
    asked: list[str] = []
    with pytest.raises(DatabaseCorrupt, match="not restored"):
        ensure_database(get_settings(), confirm=lambda b: asked.append(b.name) or False, service=False)
    assert asked == [made.name]
    restored = ensure_database(get_settings(), confirm=lambda b: True, service=False)
    assert restored is not None
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(SilverEntity)) == 30


def test_a_corrupt_database_without_a_good_backup_says_so(sdp_home: Path) -> None:
    _add_entities(30)
    made = create_backup(get_settings())
    (made.path / "sdp.db").write_bytes(b"not the same")  # the only backup is damaged too
    dispose_engines()
    corrupt(_database(sdp_home))
    with pytest.raises(DatabaseCorrupt, match="no good backup"):
        ensure_database(get_settings(), confirm=None, service=True)


def test_beat_schedules_backups_of_the_embedded_database_only(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workers.backups import backup, beat_entries

    monkeypatch.setenv("SDP_BACKUP_INTERVAL_S", "3600")
    get_settings.cache_clear()
    entries = beat_entries(get_settings())
    if not database_url.startswith("sqlite"):
        assert entries == {}  # PostgreSQL: pg_dump, not beat
        return
    assert entries["sdp-backup"]["schedule"] == 3600 and entries["sdp-backup"]["options"]["queue"] == "maintenance"
    _add_entities(3)
    path = Path(backup.apply().get())
    assert verify_backup(path).counts["entities"] == 3
    monkeypatch.setenv("SDP_BACKUP_INTERVAL_S", "0")
    get_settings.cache_clear()
    assert beat_entries(get_settings()) == {}
