"""`make bench` (fleet part): the real Celery worker with the product's reliable settings.

* no-op task throughput (acks late, prefetch 1, reject on worker lost): prefork and a threads pool;
* queue wait p95 with free capacity (tasks sent one by one, 20/s);
* the throughput ratio of two worker processes to one;
* N sources on local sites all due at once (10 → 50 → 200, ``SDP_BENCH_SOURCES``), crawled through
  crawl slots sized by memory: wall time, pages/s, peak RSS (``tests.bench.fleet_crawls``).

Runs against a private Redis on a spare port (never the shared one). Run it:
``uv run python -m tests.bench.fleet`` (``SDP_BENCH_SOURCES=10,50`` for a shorter run,
``SDP_BENCH_NOOP_TASKS=0`` for the crawls alone).
Worker side: ``celery -A tests.bench.fleet worker`` loads this module, which adds one no-op task.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import redis

from workers import app

COUNTER_DB = 1  # the broker uses db 0 of the private Redis; the benchmark's counters db 1
ROOT = Path(__file__).resolve().parents[2]


_clients: dict[int, redis.Redis] = {}


@app.task(name="sdp.bench.noop")  # type: ignore[untyped-decorator]  # Celery ships no type hints
def noop(sent_at: float = 0.0) -> None:
    """Record that one task ran, and how long it waited in the queue."""
    client = _clients.get(os.getpid())
    if client is None:  # one connection per pool process, not per task
        client = _clients[os.getpid()] = redis.Redis.from_url(os.environ["SDP_BENCH_COUNTER_URL"])
    client.rpush("waits", time.time() - sent_at if sent_at else 0.0)
    client.set("last", time.time())


# -- processes ---------------------------------------------------------------------------------
def _start_worker(env: dict[str, str], name: str, queues: str, *extra: str) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "celery", "-A", "tests.bench.fleet", "worker", "-Q", queues, "-n", f"{name}@bench"]
    argv += ["--without-mingle", "--without-gossip", "-l", "warning", *extra]
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


# -- no-op tasks -------------------------------------------------------------------------------
def _wait_for(counter: redis.Redis, count: int, timeout: float = 900) -> None:
    deadline = time.monotonic() + timeout
    while counter.llen("waits") < count:
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {counter.llen('waits')} of {count} no-op tasks ran within {timeout}s")
        time.sleep(0.05)


def _warm_up(env: dict[str, str], counter: redis.Redis, queue: str, workers: int) -> None:
    counter.delete("waits")
    for _ in range(workers * 4):
        app.send_task("sdp.bench.noop", queue=queue)
    _wait_for(counter, workers * 4)
    counter.delete("waits")


def throughput(env: dict[str, str], counter: redis.Redis, *, tasks: int, workers: int, pool: list[str]) -> float:
    """Tasks/s draining a pre-filled queue through ``workers`` worker processes."""
    queue = f"bench.{workers}.{'-'.join(pool)}"
    processes = [_start_worker(env, f"tp{i}", queue, *pool) for i in range(workers)]
    try:
        _warm_up(env, counter, queue, workers)
        with app.producer_or_acquire() as producer:
            for _ in range(tasks):
                app.send_task("sdp.bench.noop", queue=queue, producer=producer)
        started = time.time()
        _wait_for(counter, tasks)
        return tasks / (float(counter.get("last") or started) - started)
    finally:
        _stop(processes)


def queue_wait_p95(env: dict[str, str], counter: redis.Redis, *, tasks: int = 200, rate: float = 20) -> float:
    processes = [_start_worker(env, "qw", "bench.wait", "-c", "2")]
    try:
        _warm_up(env, counter, "bench.wait", 1)
        for _ in range(tasks):
            app.send_task("sdp.bench.noop", args=(time.time(),), queue="bench.wait")
            time.sleep(1 / rate)
        _wait_for(counter, tasks)
        waits = sorted(float(w) for w in counter.lrange("waits", 0, -1))
        return statistics.quantiles(waits, n=20)[-1]
    finally:
        _stop(processes)


def main() -> None:
    from tests.bench.fleet_crawls import crawl_growth
    from tests.fault.services import PrivateRedis

    with tempfile.TemporaryDirectory(prefix="sdp-bench-fleet-") as folder:
        broker = PrivateRedis(Path(folder) / "redis")
        broker.start()
        home = Path(folder) / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_")}
        counter_url = f"redis://127.0.0.1:{broker.port}/{COUNTER_DB}"
        env.update(SDP_HOME=str(home), SDP_BROKER_URL=broker.url, SDP_BENCH_COUNTER_URL=counter_url)
        env.update(SDP_CRAWL_DOWNLOAD_DELAY_S="0", SDP_WORKER_TICK_S="2")
        os.environ.update(env)
        counter = redis.Redis.from_url(counter_url)
        try:
            tasks = int(os.environ.get("SDP_BENCH_NOOP_TASKS", "2000"))
            if tasks:
                _noop_table(env, counter, tasks)
        finally:
            broker.stop()
    sizes = [int(n) for n in os.environ.get("SDP_BENCH_SOURCES", "10,50,200").split(",") if n]
    if sizes:
        per_slot = [int(n) for n in os.environ.get("SDP_BENCH_PER_SLOT", "4").split(",") if n]
        crawl_growth(sizes, per_slot)


def _noop_table(env: dict[str, str], counter: redis.Redis, tasks: int) -> None:
    prefork1 = throughput(env, counter, tasks=tasks, workers=1, pool=["-c", "2"])
    prefork2 = throughput(env, counter, tasks=tasks, workers=2, pool=["-c", "2"])
    threads = throughput(env, counter, tasks=tasks, workers=1, pool=["-P", "threads", "-c", "16"])
    p95 = queue_wait_p95(env, counter)
    print("| Fleet measure | Value |\n|---|---|")
    print(f"| no-op tasks/s, 1 worker, prefork -c 2 (acks late, prefetch 1) | {prefork1:.0f} |")
    print(f"| no-op tasks/s, 2 workers, prefork -c 2 each | {prefork2:.0f} (ratio {prefork2 / prefork1:.2f}) |")
    print(f"| no-op tasks/s, 1 worker, -P threads -c 16 | {threads:.0f} |")
    print(f"| queue wait p95, 20 tasks/s, free capacity | {p95 * 1000:.0f} ms |", flush=True)


def profile() -> None:
    """`make profile`: pyinstrument on one crawl (`python -m spiders.run`) and on a worker draining tasks."""
    from pipeline.core.crawls import open_crawl
    from pipeline.core.db.engine import session_scope
    from pipeline.core.db.models import Source
    from pipeline.core.registry import production_version
    from pipeline.core.taskstate import new_run_id
    from tests.conftest import SITES, serve
    from tests.fault.services import PrivateRedis
    from workers.dispatch import enqueue_crawl

    out = ROOT / "var" / "profile"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sdp-profile-") as folder:
        broker = PrivateRedis(Path(folder) / "redis")
        broker.start()
        counter_url = f"redis://127.0.0.1:{broker.port}/{COUNTER_DB}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_")}
        env.update(SDP_HOME=f"{folder}/home", SDP_BROKER_URL=broker.url, SDP_BENCH_COUNTER_URL=counter_url)
        env.update(SDP_CRAWL_DOWNLOAD_DELAY_S="0")
        os.environ.update(env)
        site_gen: Generator[Any, None, None] = serve(SITES / "demo")  # type: ignore[assignment]
        site = next(site_gen)
        try:
            onboard = [sys.executable, "-m", "tests.fault.onboard_template", site.url, "profiled"]
            subprocess.run(onboard, env=env, cwd=ROOT, check=True, capture_output=True)
            with session_scope() as session:
                source = session.query(Source).filter_by(name="profiled").one()
                version = production_version(session, source)
                assert version is not None
                crawl_id = open_crawl(session, source, version, run_id=new_run_id()).id
                source_id = source.id
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pyinstrument",
                    "-r",
                    "pyisession",
                    "-o",
                    str(out / "crawl.pyisession"),
                    "-m",
                    "spiders.run",
                    str(crawl_id),
                ],
                env=env,
                cwd=ROOT,
                check=True,
            )
            for _ in range(int(os.environ.get("SDP_PROFILE_TASKS", "1000"))):
                app.send_task("sdp.bench.noop", queue="bench.profile")
            for _ in range(3):
                enqueue_crawl(source_id, new_run_id())
            argv = [sys.executable, "-m", "pyinstrument", "-r", "pyisession", "-o", str(out / "worker.pyisession")]
            argv += ["-m", "celery"]
            argv += ["-A", "tests.bench.fleet", "worker", "-P", "solo", "-Q", "bench.profile,crawl.normal"]
            worker = subprocess.Popen([*argv, "-l", "warning"], env=env, cwd=ROOT)
            counter = redis.Redis.from_url(counter_url)
            tasks = int(os.environ.get("SDP_PROFILE_TASKS", "1000"))
            _wait_for(counter, tasks)
            time.sleep(5)
            _stop([worker])
        finally:
            site_gen.close()
            broker.stop()
    for name in ("crawl", "worker"):
        for renderer in ("html", "text"):
            target = out / f"{name}.{'txt' if renderer == 'text' else renderer}"
            load = [sys.executable, "-m", "pyinstrument", "--load", str(out / f"{name}.pyisession")]
            subprocess.run([*load, "-r", renderer, "-o", str(target)], cwd=ROOT, check=True)
    print(f"Profiles written to {out}/: crawl.html, crawl.txt, worker.html, worker.txt")


if __name__ == "__main__" and sys.argv[1:] == ["profile"]:
    profile()
elif __name__ == "__main__":
    main()
