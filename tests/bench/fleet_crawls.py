"""`make bench` (fleet, crawls): N sources on N local sites all due at once (10 → 50 → 200).

Every source has a site of its own, on its own loopback address (127.0.0.2, 127.0.0.3, …): politeness
allows one crawl of a site at a time, and N sources on one address would be crawled one by one, as
N real sites would not. The fleet is one worker sized by memory (``crawl_slots()``) and beat, on a
private PostgreSQL cluster and a private Redis. Each row: wall time from enqueueing every crawl to
the last one COMPLETED or QUARANTINED, pages/s, and peak RSS of the fleet's processes (the worker,
its pool children, their crawl processes, beat), then with PostgreSQL and Redis added.

``uv run python -m tests.bench.fleet_crawls`` (``SDP_BENCH_SOURCES=10,50,200``; ``SDP_BENCH_PER_SLOT=1,4``
compares one spider per Scrapy process with four).
"""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[2]


def crawl_slots() -> int:
    """One crawl slot per ~400 MB of available memory, at most two per core (docs/scaling.md)."""
    available_gb = psutil.virtual_memory().available / 2**30
    return max(1, min(int(available_gb / 0.4), 2 * (os.cpu_count() or 1)))


@contextmanager
def demo_sites(count: int) -> Iterator[list[str]]:
    """``count`` copies of the demo site, each on its own loopback address: their origins."""
    from tests.conftest import SITES, _handler_for

    handler = _handler_for(str(SITES / "demo"))
    servers = [
        http.server.ThreadingHTTPServer((f"127.0.{(n + 2) // 250}.{(n + 2) % 250}", 0), handler) for n in range(count)
    ]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield [f"http://{server.server_address[0]}:{server.server_address[1]}" for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


class PeakMemory(threading.Thread):
    """Samples the summed RSS of process trees twice a second: the fleet's, and the services'."""

    def __init__(self, fleet: list[int], services: list[int]) -> None:
        super().__init__(daemon=True)
        self.fleet, self.services = fleet, services
        self.peak_fleet = self.peak_all = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(0.5):
            fleet = _tree_rss(self.fleet)
            self.peak_fleet = max(self.peak_fleet, fleet)
            self.peak_all = max(self.peak_all, fleet + _tree_rss(self.services))

    def stop(self) -> tuple[int, int]:
        self._stop_event.set()
        self.join()
        return self.peak_fleet, self.peak_all


def _tree_rss(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            members = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for process in members:
            try:
                total += process.memory_info().rss
            except psutil.NoSuchProcess:
                continue
    return total


def _celery(env: dict[str, str], *argv: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "workers", *argv, "-l", "warning"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def many_sources(env: dict[str, str], origins: list[str], template: Any, services: list[int]) -> dict[str, float]:
    """Crawl one source per origin, all due at once; the figures of one row of the table."""
    from sqlalchemy import func, select

    from pipeline.core.db.engine import session_scope
    from pipeline.core.db.models import Crawl, Task, TaskState
    from pipeline.core.taskstate import new_run_id
    from tests.fault.conftest import clone_source
    from workers.dispatch import enqueue_crawl

    count, per_slot, slots = len(origins), int(env["SDP_WORKER_CRAWLS_PER_SLOT"]), int(env["SDP_WORKER_CRAWL_SLOTS"])
    ids = [clone_source(template, f"bench-{count}-{per_slot}-{i}", origin) for i, origin in enumerate(origins)]
    worker = _celery(env, "worker", "-Q", "crawl.normal,maintenance", "-c", str(slots), "-n", f"crawl{count}@bench")
    beat = _celery(env, "beat", "-s", str(Path(env["SDP_HOME"]) / f"beat-{count}-{per_slot}"))
    meter = PeakMemory([worker.pid, beat.pid], services)
    meter.start()
    started = time.monotonic()
    run_ids = [new_run_id() for _ in ids]
    for source_id, run_id in zip(ids, run_ids, strict=True):
        enqueue_crawl(source_id, run_id)
    try:
        while True:
            with session_scope() as session:
                done = session.scalar(
                    select(func.count()).where(
                        Task.run_id.in_(run_ids), Task.state.in_([TaskState.COMPLETED, TaskState.QUARANTINED])
                    )
                )
            if done == count:
                break
            time.sleep(1)
        wall = time.monotonic() - started
        with session_scope() as session:
            pages = session.scalar(select(func.sum(Crawl.pages)).where(Crawl.run_id.in_(run_ids))) or 0
            completed = session.scalar(
                select(func.count()).where(Task.run_id.in_(run_ids), Task.state == TaskState.COMPLETED)
            )
            stats = session.scalars(select(Crawl.stats).where(Crawl.run_id.in_(run_ids))).all()
            processes = len({s.get("sdp/process_pid") for s in stats})
    finally:
        peak_fleet, peak_all = meter.stop()
        for process in (worker, beat):
            process.terminate()
        for process in (worker, beat):
            process.wait(timeout=120)
    return {
        "sources": count,
        "slots": slots,
        "per_slot": per_slot,
        "processes": float(processes),
        "completed": float(completed or 0),
        "wall_s": wall,
        "pages_s": float(pages) / wall,
        "fleet_gb": peak_fleet / 2**30,
        "all_gb": peak_all / 2**30,
    }


def _template(origin: str, home: Path, env: dict[str, str]) -> Any:
    """The demo site's production spider, onboarded once in an embedded home of its own."""
    from sqlalchemy import create_engine, text

    from tests.fault.conftest import Template

    template_env = {k: v for k, v in env.items() if k not in ("SDP_DATABASE_URL", "SDP_BROKER_URL")}
    onboard = [sys.executable, "-m", "tests.fault.onboard_template", origin + "/", "bench-template"]
    subprocess.run(onboard, env={**template_env, "SDP_HOME": str(home)}, cwd=ROOT, check=True, capture_output=True)
    engine = create_engine(f"sqlite:///{home / 'sdp.db'}")
    with engine.connect() as connection:
        code, spec, parser_version = connection.execute(
            text("SELECT code, spec, parser_version FROM scraper_versions WHERE status = 'production' LIMIT 1")
        ).one()
    engine.dispose()
    return Template(origin, code, spec if isinstance(spec, str) else json.dumps(spec), parser_version, 0)


def crawl_growth(sizes: list[int], per_slot: list[int]) -> None:
    """Print the table: one row per number of sources and spiders per Scrapy process."""
    from config.settings import get_settings
    from pipeline.core.db.engine import dispose_engines
    from tests.fault.services import PrivatePostgres, PrivateRedis

    with tempfile.TemporaryDirectory(prefix="sdp-bench-crawls-") as folder:
        database, broker = PrivatePostgres(), PrivateRedis(Path(folder) / "redis")
        database.start()
        broker.start()
        try:
            env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_")}
            env.update(
                SDP_HOME=str(Path(folder) / "home"),
                SDP_DATABASE_URL=database.url,
                SDP_BROKER_URL=broker.url,
                SDP_CRAWL_DOWNLOAD_DELAY_S="0",  # local sites: no politeness delay needed
                SDP_WORKER_TICK_S="2",
                SDP_WORKER_CRAWL_SLOTS=str(crawl_slots()),
            )
            os.environ.update(env)
            get_settings.cache_clear()
            dispose_engines()
            pid_file = database.folder / "data" / "postmaster.pid"
            assert broker.process is not None
            services = [int(pid_file.read_text().split()[0]), broker.process.pid]
            print(
                "| Sources due at once | Crawl slots | Spiders per process | Scrapy processes | Wall time | Pages/s "
                "| Peak RSS, fleet | Peak RSS, with PostgreSQL + Redis |\n|---|---|---|---|---|---|---|---|",
                flush=True,
            )
            with demo_sites(max(sizes)) as origins:
                template = _template(origins[0], Path(folder) / "template", env)
                for size in sizes:
                    for k in per_slot:
                        env["SDP_WORKER_CRAWLS_PER_SLOT"] = str(k)
                        row = many_sources(env, origins[:size], template, services)
                        done = "" if row["completed"] == size else f" ({row['completed']:.0f} completed)"
                        print(
                            f"| {size}{done} | {row['slots']:.0f} | {k} | {row['processes']:.0f} | "
                            f"{row['wall_s']:.0f} s | {row['pages_s']:.1f} | {row['fleet_gb']:.2f} GB | "
                            f"{row['all_gb']:.2f} GB |",
                            flush=True,
                        )
        finally:
            broker.stop()
            database.stop()


def main() -> None:
    sizes = [int(n) for n in os.environ.get("SDP_BENCH_SOURCES", "10,50,200").split(",") if n]
    per_slot = [int(n) for n in os.environ.get("SDP_BENCH_PER_SLOT", "4").split(",") if n]
    crawl_growth(sizes, per_slot)


if __name__ == "__main__":
    main()
