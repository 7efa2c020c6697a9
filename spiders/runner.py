"""Launch a crawl process (one crawl or several) in its own process group, with hard time and memory limits."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

import psutil

from config.settings import get_settings
from pipeline.core.crawls import close_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl
from spiders.spare import launch

#: Seconds between SIGTERM and SIGKILL of a crawl's process group on timeout.
KILL_GRACE_S = 10
#: How often the watchdog samples the crawl's memory.
WATCH_INTERVAL_S = 0.5
#: The hard stop sits this far above Scrapy's own limit, which stops the spider cleanly first.
MEMORY_HEADROOM = 1.5


@dataclass(frozen=True)
class CrawlOutcome:
    crawl_id: int
    succeeded: bool
    items: int
    pages: int
    error: str | None
    stats: dict[str, object]
    #: The process ended before recording this crawl (killed from outside, or crashed): not the site's doing.
    interrupted: bool = False


def run_crawl_process(
    crawl_id: int,
    *,
    timeout_s: int,
    dry_run: bool = False,
    max_pages: int | None = None,
    memory_limit_mb: int | None = None,
) -> CrawlOutcome:
    """Run ``python -m spiders.run`` for ``crawl_id`` and return what the crawl row says."""
    [outcome] = run_crawl_processes(
        [crawl_id], timeout_s=timeout_s, dry_run=dry_run, max_pages=max_pages, memory_limit_mb=memory_limit_mb
    )
    return outcome


def run_crawl_processes(
    crawl_ids: Sequence[int],
    *,
    timeout_s: int,
    dry_run: bool = False,
    max_pages: int | None = None,
    memory_limit_mb: int | None = None,
) -> list[CrawlOutcome]:
    """Run the crawls side by side in one ``python -m spiders.run`` process; their outcomes, in order.

    The limits are the process's: ``timeout_s`` for all of them (they run at once) and the
    memory of the whole process group. A crawl the process did not close is closed here.
    """
    arguments = [str(crawl_id) for crawl_id in crawl_ids]
    if dry_run:
        arguments.append("--dry-run")
    if max_pages:
        arguments += ["--max-pages", str(max_pages)]
    memory_mb = memory_limit_mb or get_settings().crawl.memory_limit_mb
    launched = launch(arguments)
    process = launched.process
    with launched.log as log:
        over = _watch(process, timeout_s=timeout_s, memory_mb=memory_mb)
        if over is not None:
            _kill_group(process)
        log.seek(0)
        log_text = log.read().decode("utf-8", errors="replace")
    killed = None
    if over == "time":
        killed = f"the crawl exceeded its {timeout_s}s limit and was killed"
    elif over == "memory":
        killed = f"the crawl process used more than its {memory_mb} MB memory limit and was killed"
    died = f"the crawl process exited with status {process.returncode} before recording the crawl"
    return [_outcome(crawl_id, killed=killed, died=died, log_text=log_text) for crawl_id in crawl_ids]


def _outcome(crawl_id: int, *, killed: str | None, died: str, log_text: str) -> CrawlOutcome:
    """What the row of ``crawl_id`` says, once closed here if the process was killed or did not close it."""
    with session_scope() as session:
        crawl = session.get(Crawl, crawl_id)
        assert crawl is not None, f"crawl {crawl_id} vanished"
        interrupted = killed is None and crawl.status == "running"
        if killed is not None or interrupted:
            close_crawl(session, crawl, stats=crawl.stats, error=killed or died, log_tail=log_text)
        return CrawlOutcome(
            crawl_id=crawl.id,
            succeeded=crawl.status == "succeeded",
            items=crawl.items,
            pages=crawl.pages,
            error=crawl.error,
            stats=dict(crawl.stats),
            interrupted=interrupted,
        )


def _watch(process: subprocess.Popen[bytes], *, timeout_s: float, memory_mb: int) -> str | None:
    """Wait for the crawl; ``"time"`` or ``"memory"`` when it must be killed.

    The memory of the whole process group counts (a browser's children too); Scrapy's own
    MEMUSAGE_LIMIT_MB stops the spider politely first, this is the hard stop behind it.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            process.wait(timeout=min(WATCH_INTERVAL_S, max(0.0, deadline - time.monotonic())))
            return None
        except subprocess.TimeoutExpired:
            pass
        if time.monotonic() >= deadline:
            return "time"
        if _group_rss_mb(process.pid) > memory_mb * MEMORY_HEADROOM:
            return "memory"


def _group_rss_mb(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        members = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0.0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=KILL_GRACE_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass
