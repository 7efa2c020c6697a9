"""Crawl processes started ahead of need, so a crawl does not wait for Scrapy to import.

Starting ``python -m spiders.run`` costs about two seconds of imports before the first request,
paid again by every crawl. Where the next crawls are known in advance (``sdp add`` runs a
validation crawl and then the first extraction), ``warm_crawl_processes(n)`` starts a spare that
imports everything while other work goes on, then waits on its stdin for the crawl to run. A
spare is the same command in the same process group arrangement as a cold start; it is used only
if the environment it was started with is still the current one, and is stopped when the block ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO

#: The flag that makes ``spiders.run`` import everything and then read its arguments from stdin.
WAIT_FLAG = "--wait-for-arguments"


@dataclass
class Launched:
    """A crawl process and the file its output goes to."""

    process: subprocess.Popen[bytes]
    log: IO[bytes]
    environment: dict[str, str] = field(default_factory=dict)


def launch(arguments: Sequence[str]) -> Launched:
    """A crawl process running ``spiders.run`` with ``arguments``: the spare if one is ready, else a new one."""
    spare = _pool.take()
    if spare is not None:
        assert spare.process.stdin is not None
        try:
            spare.process.stdin.write((" ".join(arguments) + "\n").encode())
            spare.process.stdin.close()
            return spare
        except OSError:  # it died while waiting: start cold
            _discard(spare)
    return _start(arguments)


@contextmanager
def warm_crawl_processes(count: int) -> Iterator[None]:
    """Keep a spare crawl process ready for the next ``count`` crawls started in this block."""
    _pool.want(count)
    try:
        yield
    finally:
        _pool.want(0)


class _SparePool:
    """At most one spare, kept while more crawls are expected."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spare: Launched | None = None
        self._wanted = 0

    def want(self, count: int) -> None:
        with self._lock:
            self._wanted = count
            unwanted, self._spare = (self._spare, None) if count == 0 else (None, self._spare)
        if unwanted is not None:
            _discard(unwanted)
        self._replenish()

    def take(self) -> Launched | None:
        with self._lock:
            spare, self._spare = self._spare, None
            if spare is None:
                return None
            self._wanted = max(0, self._wanted - 1)
        usable = spare.environment == dict(os.environ) and spare.process.poll() is None
        if not usable:
            _discard(spare)  # started for other settings, or gone: this crawl starts cold
        self._replenish()  # for the crawl after this one
        return spare if usable else None

    def _replenish(self) -> None:
        with self._lock:
            if self._spare is None and self._wanted > 0:
                self._spare = _start((), wait=True)


_pool = _SparePool()


def _start(arguments: Sequence[str], *, wait: bool = False) -> Launched:
    log = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115 - handed to the caller, who closes it
    process = subprocess.Popen(
        [sys.executable, "-m", "spiders.run", *([WAIT_FLAG] if wait else arguments)],
        stdin=subprocess.PIPE if wait else subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: a timeout kills the crawl and its browser
    )
    return Launched(process, log, dict(os.environ))


def _discard(spare: Launched) -> None:
    """Stop an unused spare: closing its stdin ends it; a kill if it does not go."""
    try:
        if spare.process.stdin is not None:
            spare.process.stdin.close()
        spare.process.wait(timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        spare.process.kill()
        spare.process.wait()
    finally:
        spare.log.close()
