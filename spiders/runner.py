"""Launch a crawl subprocess in its own process group, with a hard time limit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from pipeline.core.crawls import close_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl

#: Seconds between SIGTERM and SIGKILL of a crawl's process group on timeout.
KILL_GRACE_S = 10


@dataclass(frozen=True)
class CrawlOutcome:
    crawl_id: int
    succeeded: bool
    items: int
    pages: int
    error: str | None
    stats: dict[str, object]


def run_crawl_process(
    crawl_id: int, *, timeout_s: int, dry_run: bool = False, max_pages: int | None = None
) -> CrawlOutcome:
    """Run ``python -m spiders.run`` for ``crawl_id`` and return what the crawl row says."""
    argv = [sys.executable, "-m", "spiders.run", str(crawl_id)]
    if dry_run:
        argv.append("--dry-run")
    if max_pages:
        argv += ["--max-pages", str(max_pages)]
    timed_out = False
    with tempfile.TemporaryFile(mode="w+b") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(process)
        log.seek(0)
        log_text = log.read().decode("utf-8", errors="replace")
    with session_scope() as session:
        crawl = session.get(Crawl, crawl_id)
        assert crawl is not None, f"crawl {crawl_id} vanished"
        if crawl.status == "running" or timed_out:
            reason = (
                f"the crawl exceeded its {timeout_s}s limit and was killed"
                if timed_out
                else f"the crawl process exited with status {process.returncode}"
            )
            close_crawl(session, crawl, stats=crawl.stats, error=reason, log_tail=log_text)
        else:
            crawl.log_tail = log_text[-8000:]
        return CrawlOutcome(
            crawl_id=crawl.id,
            succeeded=crawl.status == "succeeded",
            items=crawl.items,
            pages=crawl.pages,
            error=crawl.error,
            stats=dict(crawl.stats),
        )


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=KILL_GRACE_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass
