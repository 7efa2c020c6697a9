"""`make bench`, data layer: Bronze storage, replay speed, and Silver queries at 1M entities on PostgreSQL.

* Bronze: every page of the test sites (``tests/sites/**``) stored through ``store_page``, one
  transaction per page as a crawl does, into a fresh SQLite database: pages/s, MB/s, bytes stored per
  page; then the same pages again as a second crawl: the bytes a *repeated* page costs.
* Replay: a generated site of 500 list pages × 20 records stored in Bronze, re-parsed with
  ``pipeline.core.lineage.replay`` (the service behind ``sdp replay``): first pass (all new), second
  pass (all unchanged), as ``sdp replay`` runs it (worker processes) and in one process. CPU is that of
  this process and its children (the workers included). Goal ≥ 500 pages/s.
* Silver at 1M: a fresh PostgreSQL database, 1,000,000 entities over 10 sources loaded with COPY, then
  the common filters, median of 5 runs each, with the plan's access path.

Run: ``uv run python -m tests.bench.data_layer`` (``--skip-pg`` leaves the 1M part out; ``--only replay``
runs the replay part alone; ``--replay-pages N`` replays N pages instead of 500).
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SITES = Path(__file__).resolve().parents[1] / "sites"
REPLAY_PAGES = 500
RECORDS_PER_PAGE = 20
ENTITIES = 1_000_000
SOURCES = 10
POSTGRES_ADMIN_URL = os.environ.get("SDP_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _fresh(home: Path, database_url: str | None = None) -> None:
    """Point the product at ``home`` (and a database) with fresh settings and engines."""
    from config.settings import get_settings
    from pipeline.core.db.engine import dispose_engines

    os.environ["SDP_HOME"] = str(home)
    os.environ.pop("SDP_DATABASE_URL", None)
    if database_url:
        os.environ["SDP_DATABASE_URL"] = database_url
    get_settings.cache_clear()
    dispose_engines()


def _store_all(source_id: int, version_id: int, pages: list[tuple[str, bytes]], run_id: str) -> float:
    """Store ``pages`` as one crawl, a transaction per page: the seconds it took."""
    from tests.stored_pages import open_run, store_pages

    crawl_id = open_run(source_id, version_id, run_id)
    started = time.perf_counter()
    store_pages(source_id, crawl_id, pages)
    return time.perf_counter() - started


def _stored_blob_bytes(database: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(database)) as connection:
        return int(connection.execute("SELECT coalesce(sum(length(data)), 0) FROM bronze_blobs").fetchone()[0])


def _disk(database: Path) -> int:
    """The database's size once its log is folded in."""
    import sqlite3
    from contextlib import closing

    from pipeline.core.db.engine import dispose_engines

    dispose_engines()
    with closing(sqlite3.connect(database)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return database.stat().st_size


def bench_bronze(workdir: Path) -> dict[str, float]:
    from pipeline.core.schemas import FieldSpec, ScraperSpec
    from tests.stored_pages import add_source

    _fresh(workdir / "bronze")
    files = sorted(p for p in SITES.rglob("*") if p.is_file() and p.suffix in {".html", ".htm", ".json"})
    pages = [(f"http://sites.test/{p.relative_to(SITES).as_posix()}", p.read_bytes()) for p in files]
    raw = sum(len(body) for _, body in pages)
    spec = ScraperSpec(start_url="http://sites.test/", record_selector="li", fields=(FieldSpec(name="t"),))
    source_id, version_id = add_source("sites", spec, actor="bench")
    database = workdir / "bronze" / "sdp.db"
    empty = _disk(database)
    first = _store_all(source_id, version_id, pages, "crawl-1")
    after_first, blobs_first = _disk(database), _stored_blob_bytes(database)
    second = _store_all(source_id, version_id, pages, "crawl-2")
    after_second, blobs_second = _disk(database), _stored_blob_bytes(database)
    return {
        "pages": len(pages),
        "distinct": len({body for _, body in pages}),
        "raw_per_page": raw / len(pages),
        "pages_per_s": len(pages) / first,
        "mb_per_s": raw / first / 1e6,
        "blob_per_page": blobs_first / len(pages),
        "disk_per_page": (after_first - empty) / len(pages),
        "repeat_pages_per_s": len(pages) / second,
        "repeat_blob_per_page": (blobs_second - blobs_first) / len(pages),
        "repeat_disk_per_page": (after_second - after_first) / len(pages),
    }


def _cpu_seconds() -> float:
    """CPU time of this process and its children: replay's forkserver, and the workers it has reaped."""
    import psutil

    total = time.process_time()
    for child in psutil.Process().children():
        try:
            times = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def _stop_forkserver() -> None:
    """Each measured replay starts its own workers, as each ``sdp replay`` process does."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own tests stop it the same way
    if stop is not None:
        stop()


def _replay_pass(source_id: int, workers: int | None, *, first: bool, pages: int) -> tuple[float, float]:
    """One replay of the source: (pages per second, pages per CPU second)."""
    from pipeline.core.db.engine import session_scope
    from pipeline.core.db.models import Source
    from pipeline.core.lineage import replay

    _stop_forkserver()
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        started, cpu = time.perf_counter(), _cpu_seconds()
        report = replay(session, source, version_number=None, since=None, dry_run=False, workers=workers)
    wall, used = time.perf_counter() - started, _cpu_seconds() - cpu
    assert report.pages == pages and report.records == pages * RECORDS_PER_PAGE, report
    assert (report.new, report.unchanged) == ((report.records, 0) if first else (0, report.records)), report
    return pages / wall, pages / used


def bench_replay(workdir: Path, count: int = REPLAY_PAGES) -> dict[str, float]:
    from pipeline.core.extract import extract_records
    from tests.stored_pages import LISTING_SPEC, add_source, listing_page

    _fresh(workdir / "replay")
    pages = [(f"http://replay.test/p{n}.html", listing_page(n, RECORDS_PER_PAGE)) for n in range(count)]
    figures: dict[str, float] = {"pages": count, "records": RECORDS_PER_PAGE * count}
    # Two sources with the same pages (the blobs are shared): one replayed as `sdp replay` does, one in
    # this process only. Alternated, so that both see the same load.
    sources = {}
    for mode in ("pool", "inline"):
        sources[mode] = add_source(f"replay-{mode}", LISTING_SPEC, actor="bench")
        _store_all(*sources[mode], pages, f"crawl-{mode}")
    for name in ("first", "second"):
        for mode, workers in (("pool", None), ("inline", 0)):
            speed, per_cpu = _replay_pass(sources[mode][0], workers, first=name == "first", pages=count)
            figures[f"{mode}_{name}_pages_per_s"], figures[f"{mode}_{name}_cpu_pages_per_s"] = speed, per_cpu
    started = time.perf_counter()
    for url, body in pages:
        extract_records(body, url, LISTING_SPEC)
    figures["parse_pages_per_s"] = count / (time.perf_counter() - started)
    return figures


def _pg_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text

    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"sdp_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from pipeline.core.db.engine import dispose_engines

        dispose_engines()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _column_values(base: datetime) -> tuple[list[str], Callable[[int], list[Any]]]:
    """COPY columns of silver_entities, and the row for entity ``i``; columns added later get defaults."""
    from pipeline.core.db.models import SilverEntity

    known: dict[str, Callable[[int], Any]] = {
        "source_id": lambda i: i % SOURCES + 1,
        "entity_key": lambda i: f"{i:016x}",
        "url": lambda i: f"http://shop{i % SOURCES}.test/item/{i}",
        "data": lambda i: json.dumps({"title": f"Item {i}", "price": {"amount": i % 997, "currency": "EUR"}}),
        "content_hash": lambda i: f"{i:064x}",
        "parser_version": lambda i: "1",
        "first_seen_at": lambda i: base + timedelta(seconds=i),
        "last_seen_at": lambda i: base + timedelta(seconds=i),
        "changed_at": lambda i: base + timedelta(seconds=i),
        "labels": lambda i: json.dumps({"tier": "gold"} if i % 100 == 0 else {"tier": "silver"} if i % 10 == 0 else {}),
    }
    columns, makers = [], []
    for column in SilverEntity.__table__.columns:
        if column.name == "id":
            continue
        if column.name in known:
            columns.append(column.name)
            makers.append(known[column.name])
        elif not column.nullable and column.server_default is None:
            default = column.default.arg if column.default is not None else None  # type: ignore[attr-defined]
            value = default({}) if callable(default) else default
            if isinstance(value, dict | list):
                value = json.dumps(value)
            columns.append(column.name)
            makers.append(lambda i, v=value: v)
    return columns, lambda i: [make(i) for make in makers]


def bench_silver_pg() -> list[tuple[str, float, str]]:
    import psycopg
    from sqlalchemy import make_url, text

    from pipeline.core.db.engine import get_engine, session_scope
    from pipeline.core.sources import create_source

    results: list[tuple[str, float, str]] = []
    for url in _pg_database():
        _fresh(Path(tempfile.mkdtemp()), url)
        get_engine()  # migrates the fresh database
        with session_scope() as session:
            for n in range(SOURCES):
                create_source(session, url=f"http://shop{n}.test/", name=f"shop{n}")
        base = datetime(2026, 1, 1, tzinfo=UTC)
        columns, row = _column_values(base)
        parsed = make_url(url)
        dsn = f"host={parsed.host} port={parsed.port or 5432} user={parsed.username} dbname={parsed.database}"
        started = time.perf_counter()
        statement = f"COPY silver_entities ({', '.join(columns)}) FROM STDIN"
        with psycopg.connect(dsn) as connection, connection.cursor() as cursor, cursor.copy(statement) as copy:
            for i in range(ENTITIES):
                copy.write_row(row(i))
        load = time.perf_counter() - started
        results.append((f"COPY of {ENTITIES:,} entities", load, ""))
        with psycopg.connect(dsn, autocommit=True) as connection:
            # What autovacuum does soon after a bulk load: statistics, and the visibility map that
            # lets counts read the index alone.
            connection.execute("VACUUM (ANALYZE) silver_entities")
        middle = base + timedelta(seconds=ENTITIES // 2)
        has_labels = "labels" in columns
        queries: list[tuple[str, str, dict[str, Any]]] = [
            ("by source (first 1,000)", "SELECT id, data FROM silver_entities WHERE source_id = 3 LIMIT 1000", {}),
            (
                "by source + time range (1 hour, ~360 rows)",
                "SELECT id, data FROM silver_entities WHERE source_id = 3 AND last_seen_at >= :a AND last_seen_at < :b",
                {"a": middle, "b": middle + timedelta(hours=1)},
            ),
            (
                "by key",
                "SELECT id, data FROM silver_entities WHERE source_id = :s AND entity_key = :k",
                {"s": 123457 % SOURCES + 1, "k": f"{123456:016x}"},
            ),
            (
                "latest 100 of a source",
                "SELECT id, data FROM silver_entities WHERE source_id = 3 ORDER BY last_seen_at DESC LIMIT 100",
                {},
            ),
            ("latest 100 overall", "SELECT id, data FROM silver_entities ORDER BY last_seen_at DESC LIMIT 100", {}),
            ("count of a source", "SELECT count(*) FROM silver_entities WHERE source_id = 3", {}),
            ("count overall", "SELECT count(*) FROM silver_entities", {}),
        ]
        if has_labels:
            queries.append(
                (
                    "by label (tier=gold, 10,000 rows)",
                    # What silver.labels_match() renders on PostgreSQL (`sdp export --label tier=gold`).
                    "SELECT id, data FROM silver_entities WHERE labels @> CAST(:l AS jsonb)",
                    {"l": '{"tier": "gold"}'},
                )
            )
        engine = get_engine()
        with engine.connect() as connection:
            results += _timed(connection, queries)
            if PROPOSED_INDEXES:
                # Indexes the slow filters lack (not in the migrations: proposed in docs/benchmarks.md).
                for statement, _ in PROPOSED_INDEXES:
                    connection.execute(text(statement))
                connection.execute(text("ANALYZE silver_entities"))
                connection.commit()
                again = [q for q in queries if q[0].startswith(tuple(prefix for _, prefix in PROPOSED_INDEXES))]
                proposed = _timed(connection, again)
                results += [(f"{name}, with the proposed index", t, path) for name, t, path in proposed]
    return results


#: (CREATE INDEX statement, name prefix of the queries it serves). None today: the migrations have
#: ix_silver_entities_last_seen_at (0010) and the labels' GIN index ix_silver_entities_labels (0011).
PROPOSED_INDEXES: tuple[tuple[str, str], ...] = ()


def _timed(connection: Any, queries: list[tuple[str, str, dict[str, Any]]]) -> list[tuple[str, float, str]]:
    from sqlalchemy import text

    results = []
    for name, sql, params in queries:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            connection.execute(text(sql), params).all()
            times.append(time.perf_counter() - started)
        plan = connection.execute(text(f"EXPLAIN {sql}"), params).scalars().all()
        results.append((name, statistics.median(times), _access_path(plan)))
    return results


def _access_path(plan: list[str]) -> str:
    for line in plan:
        for marker in ("Index Only Scan", "Bitmap Index Scan", "Index Scan", "Seq Scan"):
            if marker in line:
                return line.strip().lstrip("-> ").split("  (")[0]
    return plan[0].split("  (")[0] if plan else ""


def _replay_figures(figures: dict[str, float], name: str) -> str:
    pool, inline = f"pool_{name}", f"inline_{name}"
    return (
        f"{figures[f'{pool}_pages_per_s']:.0f} pages/s ({figures[f'{pool}_cpu_pages_per_s']:.0f} per CPU second); "
        f"in one process {figures[f'{inline}_pages_per_s']:.0f} ({figures[f'{inline}_cpu_pages_per_s']:.0f})"
    )


def _option(name: str, default: str) -> str:
    """The value after ``name`` on the command line, or ``default``."""
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else default


def main() -> None:
    import logging

    logging.disable(logging.INFO)  # the audit trail's lines are not the figures
    only = _option("--only", "")
    skip_pg = "--skip-pg" in sys.argv or only == "replay"
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        bronze = bench_bronze(workdir) if only != "replay" else None
        replayed = bench_replay(workdir, int(_option("--replay-pages", str(REPLAY_PAGES))))
    silver = [] if skip_pg else bench_silver_pg()
    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"load average: {os.getloadavg()[0]:.1f}\n")
    print("| data layer | value |\n|---|---|")
    rows = _bronze_rows(bronze) if bronze is not None else []
    rows += [
        (
            f"Replay of {replayed['pages']:.0f} pages ({replayed['records']:.0f} records), first pass (all new)",
            _replay_figures(replayed, "first"),
        ),
        ("Replay again (all unchanged)", _replay_figures(replayed, "second")),
        (
            "  ceiling: extraction alone (`extract_records`, no database)",
            f"{replayed['parse_pages_per_s']:.0f} pages/s",
        ),
    ]
    for name, value in rows:
        print(f"| {name} | {value} |")
    if silver:
        print("\n| Silver on PostgreSQL, 1M entities | median of 5 | access path |\n|---|---|---|")
        for name, seconds, path in silver:
            shown = f"{seconds:.1f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"
            print(f"| {name} | {shown} | {path} |")


def _bronze_rows(bronze: dict[str, float]) -> list[tuple[str, str]]:
    return [
        (
            f"Bronze write, {bronze['pages']:.0f} pages of tests/sites ({bronze['distinct']:.0f} distinct, "
            f"{bronze['raw_per_page']:,.0f} B each on average)",
            f"{bronze['pages_per_s']:.0f} pages/s, {bronze['mb_per_s']:.2f} MB/s",
        ),
        ("  blob bytes stored per page (dedup + zlib)", f"{bronze['blob_per_page']:,.0f}"),
        ("  database growth per page (blob + page row + indexes)", f"{bronze['disk_per_page']:,.0f}"),
        ("Same pages again (second crawl)", f"{bronze['repeat_pages_per_s']:.0f} pages/s"),
        ("  blob bytes stored per repeated page", f"{bronze['repeat_blob_per_page']:,.0f}"),
        ("  database growth per repeated page (page row only)", f"{bronze['repeat_disk_per_page']:,.0f}"),
    ]


if __name__ == "__main__":
    main()
