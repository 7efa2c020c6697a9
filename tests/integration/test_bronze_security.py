"""Bronze at rest: encrypted chunks, streaming, tamper detection, keys, rotation, folder, retention."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from agents.codegen import render_spider
from config.settings import get_settings
from pipeline.core import audit, registry
from pipeline.core.blobstore import bronze_dir
from pipeline.core.bronze import CorruptBlob, iter_body, read_body, store_page, store_page_stream
from pipeline.core.crawls import open_crawl
from pipeline.core.crypto import is_sealed
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import dispose_engines, session_scope
from pipeline.core.db.models import AuditEvent, BronzeBlob, BronzeChunk, BronzePage, SilverEntity
from pipeline.core.encryption import check_keys, rotate_all, status
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.export import export_record
from pipeline.core.keyring import clear_cache, new_key_line
from pipeline.core.retention import run_retention, set_retention
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.silver import content_hash, merge_entity
from pipeline.core.sources import create_source, get_source

DEMO_PAGE = Path(__file__).resolve().parents[1] / "sites" / "demo" / "index.html"
SPEC = ScraperSpec(start_url="http://shop.test/", record_selector="li", fields=(FieldSpec(name="title", selector="a"),))
MB = 1 << 20


@pytest.fixture(autouse=True)
def _fresh_keyrings() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


@pytest.fixture(params=["database", "folder"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, database_url: str) -> str:
    monkeypatch.setenv("SDP_STORAGE_BRONZE_BACKEND", request.param)
    get_settings.cache_clear()
    return str(request.param)


def _use_keys(monkeypatch: pytest.MonkeyPatch, keys: str) -> None:
    monkeypatch.setenv("SDP_SECURITY_KEYS", keys)
    get_settings.cache_clear()
    clear_cache()


def _crawl(name: str = "shop") -> tuple[int, int]:
    """A source with a version and an open crawl: (source id, crawl id)."""
    with session_scope() as session:
        source = create_source(session, url="http://shop.test/", name=name)
        version = registry.add_version(
            session, source, code=render_spider(name, SPEC), spec=SPEC, actor="t", reason="t"
        )
        crawl = open_crawl(session, source, version, run_id=f"r-{name}")
        return source.id, crawl.id


def _store(source_id: int, crawl_id: int, url: str, body: bytes) -> int:
    with session_scope() as session:
        page = store_page(
            session, source_id=source_id, crawl_id=crawl_id, url=url, final_url=url, status=200, headers={}, body=body
        )
        return page.id


def _read(page_id: int) -> bytes:
    with session_scope() as session:
        page = session.get(BronzePage, page_id)
        assert page is not None
        return read_body(session, page)


def _stored_bytes() -> bytes:
    """Every byte Bronze keeps: blob rows, chunk rows and blob files."""
    with session_scope() as session:
        parts = [bytes(data) for data in session.scalars(select(BronzeBlob.data))]
        parts += [bytes(data) for data in session.scalars(select(BronzeChunk.data))]
    folder = bronze_dir(get_settings())
    if folder.is_dir():
        parts += [path.read_bytes() for path in folder.rglob("*") if path.is_file()]
    return b"".join(parts)


def test_pages_are_encrypted_at_rest_and_stored_once(backend: str) -> None:
    source_id, crawl_id = _crawl()
    page = DEMO_PAGE.read_bytes()
    first = _store(source_id, crawl_id, "http://shop.test/a", page)
    second = _store(source_id, crawl_id, "http://shop.test/b", page)
    assert _read(first) == _read(second) == page
    with session_scope() as session:
        blobs = session.scalars(select(BronzeBlob)).all()
        assert len(blobs) == 1
        assert blobs[0].key_id == "k1" and blobs[0].storage == backend
    stored = _stored_bytes()
    for phrase in (b"Open Data Coffee", b"Yirgacheffe", b"product-price"):
        assert phrase not in stored
    # Not merely compressed: the stored bytes do not inflate to the page.
    with pytest.raises(zlib.error):
        zlib.decompress(blobs[0].data if backend == "database" else stored[8:])
    key_file = get_settings().home / "keys"
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_a_50_mb_page_streams_in_and_out_without_being_held_twice(backend: str) -> None:
    source_id, crawl_id = _crawl()
    size = 50 * MB
    seed = os.urandom(MB)

    def pieces() -> Iterator[bytes]:
        # Incompressible and all different: the worst case for memory.
        for i in range(size // MB):
            yield bytes(b ^ (i & 0xFF) for b in seed[:64]) + seed[64:]

    tracemalloc.start()
    try:
        with session_scope() as session:
            page = store_page_stream(
                session,
                source_id=source_id,
                crawl_id=crawl_id,
                url="http://shop.test/big",
                final_url="http://shop.test/big",
                status=200,
                headers={},
                chunks=pieces(),
            )
            page_id = page.id
        _, store_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        received = 0
        with session_scope() as session:
            stored = session.get(BronzePage, page_id)
            assert stored is not None
            for piece in iter_body(session, stored):
                received += len(piece)
        _, stream_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        body = _read(page_id)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received == len(body) == size
    assert body == b"".join(pieces())
    # Generous bounds: storing and streaming hold a few chunks, reading whole holds the body once.
    assert store_peak < size // 4, store_peak
    assert stream_peak < size // 4, stream_peak
    assert read_peak < size * 1.5, read_peak
    with session_scope() as session:
        blob = session.scalars(select(BronzeBlob)).one()
        assert blob.chunks >= 50


def test_tampering_is_reported_and_never_parsed(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_STORAGE_CHUNK_KIB", "16")
    get_settings.cache_clear()
    source_id, crawl_id = _crawl()
    body = os.urandom(100_000)  # incompressible: several 16 KiB chunks
    page_id = _store(source_id, crawl_id, "http://shop.test/x", body)
    with session_scope() as session:
        blob = session.scalars(select(BronzeBlob)).one()
        digest, chunks = blob.sha256, blob.chunks
    assert chunks > 3

    def chunk(index: int) -> bytes:
        with session_scope() as session:
            row = session.get(BronzeChunk, (digest, index))
            assert row is not None
            return bytes(row.data)

    def set_chunk(index: int, data: bytes) -> None:
        with session_scope() as session:
            session.execute(
                update(BronzeChunk).where(BronzeChunk.blob_sha256 == digest, BronzeChunk.idx == index).values(data=data)
            )

    one, two = chunk(1), chunk(2)
    flipped = bytearray(one)
    flipped[-20] ^= 1
    set_chunk(1, bytes(flipped))
    with pytest.raises(CorruptBlob, match="cannot be decrypted"):
        _read(page_id)
    set_chunk(1, two)  # chunks swapped: each authenticates, but not at that place
    set_chunk(2, one)
    with pytest.raises(CorruptBlob, match=f"{digest} of page {page_id} \\(http://shop.test/x\\)"):
        _read(page_id)
    set_chunk(1, one)
    set_chunk(2, two)
    assert _read(page_id) == body
    with session_scope() as session:  # truncated: the last chunk is gone
        session.execute(text("DELETE FROM bronze_chunks WHERE idx = :i"), {"i": chunks - 1})
    with pytest.raises(CorruptBlob, match="truncated"):
        _read(page_id)

    # A blob whose content does not match its address: valid ciphertext of other bytes.
    other_page = _store(source_id, crawl_id, "http://shop.test/y", b"<html>other</html>")
    with session_scope() as session:
        other = session.get(BronzePage, other_page)
        assert other is not None
        session.execute(update(BronzePage).where(BronzePage.id == other_page).values(body_sha256=digest))
        session.execute(text("DELETE FROM bronze_chunks WHERE blob_sha256 = :d"), {"d": digest})
        from pipeline.core import blobstore
        from pipeline.core.bronze import rechunk
        from pipeline.core.keyring import keyring_for

        blob = session.get(BronzeBlob, digest)
        assert blob is not None
        envelopes = blobstore.encrypted_chunks(
            keyring_for(get_settings()), digest, rechunk([zlib.compress(b"<html>forged</html>")], 16384)
        )
        blobstore.write_database(session, blob, envelopes)
        blob.size = len(b"<html>forged</html>")
    with pytest.raises(CorruptBlob, match="no longer matches its sha256"):
        _read(other_page)


def test_a_wrong_key_fails_at_start_up_naming_the_key(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _use_keys(monkeypatch, new_key_line("k1"))
    source_id, crawl_id = _crawl()
    _store(source_id, crawl_id, "http://shop.test/", b"<html>secret</html>")
    settings = get_settings()
    with session_scope() as session:
        check_keys(session, settings)  # the right key passes
    _use_keys(monkeypatch, new_key_line("k1"))  # same id, different key
    with session_scope() as session, pytest.raises(ConfigurationError) as wrong:
        check_keys(session, get_settings())
    assert "'k1'" in str(wrong.value) and "\n" not in str(wrong.value)
    _use_keys(monkeypatch, new_key_line("k9"))  # k1 missing altogether
    with session_scope() as session, pytest.raises(ConfigurationError, match="'k1', which is not configured"):
        check_keys(session, get_settings())


def test_rotation_re_encrypts_everything_while_reads_keep_working(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = new_key_line("k1")
    _use_keys(monkeypatch, old)
    monkeypatch.setenv("SDP_STORAGE_CHUNK_KIB", "16")
    monkeypatch.setenv("SDP_STORAGE_ROTATE_BATCH", "3")
    get_settings.cache_clear()
    source_id, crawl_id = _crawl()
    bodies = {f"http://shop.test/{i}": os.urandom(20_000 + i * 3000) for i in range(12)}
    ids = {url: _store(source_id, crawl_id, url, body) for url, body in bodies.items()}
    legacy = b"<html>stored before encryption existed</html>"
    legacy_id = _legacy_page(source_id, crawl_id, legacy)
    monkeypatch.setenv("SDP_SECURITY_SENSITIVE_FIELDS", '["email"]')
    get_settings.cache_clear()
    with session_scope() as session:
        entity_id = merge_entity(
            session,
            source_id=source_id,
            entity_key="ada",
            url="http://shop.test/ada",
            data={"title": "Ada", "email": "ada@example.org"},
            bronze_page_id=None,
            version_id=None,
            crawl_id=crawl_id,
            parser_version="1",
        ).entity.id
    new = new_key_line("k2")
    _use_keys(monkeypatch, f"{new},{old}")
    settings = get_settings()
    with session_scope() as session:
        assert status(session, settings).blobs == {"k1": 12, "(none)": 1}

    done = threading.Event()
    failures: list[BaseException] = []

    def rotate() -> None:
        try:
            rotate_all(settings)
        except BaseException as exc:
            failures.append(exc)
        finally:
            done.set()

    worker = threading.Thread(target=rotate)
    worker.start()
    reads = 0
    while not done.is_set() or reads == 0:
        for url, page_id in ids.items():
            assert _read(page_id) == bodies[url]
            reads += 1
    worker.join()
    assert not failures
    with session_scope() as session:
        assert status(session, settings).blobs == {"k2": 13}
    _use_keys(monkeypatch, new)
    for url, page_id in ids.items():  # the old key is no longer needed
        assert _read(page_id) == bodies[url]
    assert _read(legacy_id) == legacy
    assert legacy not in _stored_bytes()
    with session_scope() as session:
        entity = session.get(SilverEntity, entity_id)
        assert entity is not None and entity.data["email"]["$enc"].startswith("k2:")
        assert export_record(entity, get_source(session, "shop"))["data"]["email"] == "ada@example.org"


def _legacy_page(source_id: int, crawl_id: int, body: bytes) -> int:
    """A page as the previous release stored it: zlib, no key."""
    import hashlib

    digest = hashlib.sha256(body).hexdigest()
    with session_scope() as session:
        session.add(BronzeBlob(sha256=digest, size=len(body), compression="zlib", data=zlib.compress(body)))
        session.flush()
        page = BronzePage(
            source_id=source_id,
            crawl_id=crawl_id,
            url="http://shop.test/old",
            final_url="http://shop.test/old",
            status=200,
            headers={},
            body_sha256=digest,
        )
        session.add(page)
        session.flush()
        return page.id


WRITER = """
import sys, time
from pipeline.core.db.engine import session_scope
from pipeline.core.bronze import store_page_stream

def pieces():
    for i in range(10_000):
        yield bytes([i % 251]) * 4096 + str(i).encode() * 100
        time.sleep(0.001)

with session_scope() as session:
    store_page_stream(session, source_id=int(sys.argv[1]), crawl_id=int(sys.argv[2]), url="http://shop.test/slow",
                      final_url="http://shop.test/slow", status=200, headers={}, chunks=pieces())
"""

WRITER_FOLDER = """
import os, sys, time
from pipeline.core.blobstore import bronze_dir, write_folder
from pipeline.core.bronze import rechunk
from pipeline.core.db.models import BronzeBlob
from config.settings import get_settings

def envelopes():
    for i in range(100_000):
        time.sleep(0.01)
        yield os.urandom(65536)

print("writing", flush=True)
write_folder(bronze_dir(get_settings()), BronzeBlob(sha256="ab" * 32), envelopes())
"""


def test_folder_writes_are_atomic_and_survive_a_killed_writer(
    database_url: str, monkeypatch: pytest.MonkeyPatch, sdp_home: Path
) -> None:
    monkeypatch.setenv("SDP_STORAGE_BRONZE_BACKEND", "folder")
    get_settings.cache_clear()
    source_id, crawl_id = _crawl()
    page_id = _store(source_id, crawl_id, "http://shop.test/", b"<html>kept</html>")
    folder = bronze_dir(get_settings())
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    writer = subprocess.Popen([sys.executable, "-c", WRITER_FOLDER], env=env, stdout=subprocess.PIPE)
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == b"writing"
    target = folder / "ab" / "ab" / f"{'ab' * 32}.blob"
    deadline = time.monotonic() + 120
    while not list(target.parent.glob("*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # well into the write
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    writer.stdout.close()
    assert not target.exists()  # never a half file under the blob's name
    temps = list(target.parent.glob("*.tmp"))
    assert temps
    dispose_engines()
    # A killed page writer: nothing of the page is recorded and Bronze still reads.
    slow = subprocess.Popen([sys.executable, "-c", WRITER, str(source_id), str(crawl_id)], env=env)
    time.sleep(3)
    slow.send_signal(signal.SIGKILL)
    slow.wait(timeout=60)
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(BronzePage)) == 1
    assert _read(page_id) == b"<html>kept</html>"
    old = time.time() - 7200
    for temp in temps:
        os.utime(temp, (old, old))
    assert run_retention(get_settings()).files >= 1
    assert not target.parent.exists() or not list(target.parent.glob("*.tmp"))
    assert _read(page_id) == b"<html>kept</html>"


def test_retention_deletes_only_old_pages_and_unused_blobs(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDP_STORAGE_RETENTION_DAYS", "30")
    get_settings.cache_clear()
    source_id, crawl_id = _crawl("shop")
    keep_id, keep_crawl = _crawl("archive")
    old_only = _store(source_id, crawl_id, "http://shop.test/old", b"<html>old only</html>")
    shared_old = _store(source_id, crawl_id, "http://shop.test/shared-old", b"<html>shared</html>")
    evidence = _store(source_id, crawl_id, "http://shop.test/evidence", b"<html>evidence</html>")
    recent = _store(source_id, crawl_id, "http://shop.test/new", b"<html>shared</html>")
    archived = _store(keep_id, keep_crawl, "http://archive.test/", b"<html>archived</html>")
    long_ago = utcnow() - timedelta(days=40)
    with session_scope() as session:
        session.execute(
            update(BronzePage)
            .where(BronzePage.id.in_([old_only, shared_old, evidence, archived]))
            .values(fetched_at=long_ago)
        )
        merge_entity(
            session,
            source_id=source_id,
            entity_key="e1",
            url="http://shop.test/evidence",
            data={"title": "x"},
            bronze_page_id=evidence,
            version_id=None,
            crawl_id=crawl_id,
            parser_version="1",
        )
        set_retention(session, get_source(session, "archive"), 0)  # forever
    dry = run_retention(get_settings(), dry_run=True)
    assert (dry.pages, dry.blobs) == (2, 0)
    assert _count(BronzePage) == 5
    if backend == "folder":
        old = time.time() - 7200
        for path in bronze_dir(get_settings()).rglob("*.blob"):
            os.utime(path, (old, old))
    report = run_retention(get_settings())
    assert report.pages == 2 and report.blobs == 1
    with session_scope() as session:
        left = set(session.scalars(select(BronzePage.id)))
    assert left == {evidence, recent, archived}
    assert _count(BronzeBlob) == 3  # "old only" went; "shared" lives on through the recent page
    assert _read(recent) == b"<html>shared</html>"
    if backend == "folder":
        assert report.files == 1
        assert len(list(bronze_dir(get_settings()).rglob("*.blob"))) == 3


def _count(model: type[BronzePage] | type[BronzeBlob]) -> int:
    with session_scope() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_sensitive_fields_are_encrypted_in_silver_and_plain_in_exports(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SDP_SECURITY_SENSITIVE_FIELDS", '["email", "phone"]')
    get_settings.cache_clear()
    source_id, crawl_id = _crawl()
    data = {"title": "Ada", "email": "ada@example.org", "phone": "+44 20 7946 0000"}
    with session_scope() as session:
        merged = merge_entity(
            session,
            source_id=source_id,
            entity_key="ada",
            url="http://shop.test/ada",
            data=data,
            bronze_page_id=None,
            version_id=None,
            crawl_id=crawl_id,
            parser_version="1",
        )
        assert merged.entity.content_hash == content_hash(data)
        entity_id = merged.entity.id
    with session_scope() as session:
        again = merge_entity(
            session,
            source_id=source_id,
            entity_key="ada",
            url="http://shop.test/ada",
            data=dict(data),
            bronze_page_id=None,
            version_id=None,
            crawl_id=crawl_id,
            parser_version="1",
        )
        assert again.outcome == "unchanged"
        changed = merge_entity(
            session,
            source_id=source_id,
            entity_key="ada",
            url="http://shop.test/ada",
            data={**data, "email": "ada@lovelace.org"},
            bronze_page_id=None,
            version_id=None,
            crawl_id=crawl_id,
            parser_version="1",
        )
        assert changed.changed == ("email",)
    with session_scope() as session:
        raw = " ".join(
            str(row) for row in session.execute(text("SELECT data FROM silver_entities")).scalars()
        ) + " ".join(str(row) for row in session.execute(text("SELECT previous_data FROM entity_history")).scalars())
        assert "ada@" not in raw and "7946" not in raw and "Ada" in raw
        entity = session.get(SilverEntity, entity_id)
        assert entity is not None and is_sealed(entity.data["email"])
        record = export_record(entity, get_source(session, "shop"))
    assert record["data"] == {**data, "email": "ada@lovelace.org"}


def test_sensitive_audit_details_are_sealed(database_url: str) -> None:
    with session_scope() as session:
        event = audit.record(
            session,
            actor="t",
            action="privacy.export",
            message="Subject export",
            details={"entities": 2},
            sensitive={"subject": "ada@example.org"},
        )
        session.flush()
        event_id = event.id
    with session_scope() as session:
        raw = session.execute(text("SELECT details FROM audit_log WHERE id = :i"), {"i": event_id}).scalar()
        assert "ada@example.org" not in str(raw)
        stored = session.get(AuditEvent, event_id)
        assert stored is not None and stored.details["entities"] == 2
        assert audit.sealed_details(stored) == {"subject": "ada@example.org"}


def test_keys_are_validated_with_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from pipeline.core.keyring import load_keyring

    secret = base64.b64encode(b"x" * 16).decode()
    _use_keys(monkeypatch, f"k1:{secret}")
    with pytest.raises(ConfigurationError, match=r"'k1'.*32 bytes") as short:
        load_keyring(get_settings())
    assert secret not in str(short.value)
    key_file = tmp_path / "keys.txt"
    key_file.write_text(new_key_line("f1") + "\n")
    key_file.chmod(0o644)
    monkeypatch.delenv("SDP_SECURITY_KEYS")
    monkeypatch.setenv("SDP_SECURITY_KEY_FILE", str(key_file))
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError, match="chmod 600"):
        load_keyring(get_settings())
    key_file.chmod(0o600)
    assert load_keyring(get_settings()).active == "f1"
    monkeypatch.delenv("SDP_SECURITY_KEY_FILE")
    monkeypatch.setenv("SDP_ENV", "production")
    get_settings.cache_clear()
    with pytest.raises(ConfigurationError, match="No encryption key configured in production"):
        load_keyring(get_settings())
