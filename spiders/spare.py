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
#: The environment variable naming the pipe a spare signals readiness on (``signal_ready``).
READY_FD_VARIABLE = "SDP_SPARE_READY_FD"


@dataclass
class Launched:
    """A crawl process and the file its output goes to."""

    process: subprocess.Popen[bytes]
    log: IO[bytes]
    environment: dict[str, str] = field(default_factory=dict)
    #: A spare's end of the pipe it writes one byte to once everything is imported.
    ready: int | None = None


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
    """Keep spare crawl processes ready for the next ``count`` crawls started in this block."""
    _pool.want(count)
    try:
        yield
    finally:
        _pool.want(0)


def signal_ready() -> None:
    """In a spare, once everything is imported: let the pool start the next one."""
    fd = os.environ.pop(READY_FD_VARIABLE, None)
    if fd is not None:
        os.write(int(fd), b"1")
        os.close(int(fd))


class _SparePool:
    """Spares for the crawls still expected, started one after the other.

    The next spare starts when the one before has finished importing, not all at once: on a small
    machine, several processes importing Scrapy together would slow the command that wants them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spares: list[Launched] = []
        self._warming = False  # a spare is still importing: the next one waits for it
        self._wanted = 0

    def want(self, count: int) -> None:
        with self._lock:
            self._wanted = count
            unwanted, self._spares = (self._spares, []) if count == 0 else ([], self._spares)
        for spare in unwanted:
            _discard(spare)
        self._replenish()

    def take(self) -> Launched | None:
        with self._lock:
            if not self._spares:
                return None
            spare = self._spares.pop(0)
            self._wanted = max(0, self._wanted - 1)
        usable = spare.environment == dict(os.environ) and spare.process.poll() is None
        if not usable:
            _discard(spare)  # started for other settings, or gone: this crawl starts cold
        self._replenish()  # for the crawls after this one
        return spare if usable else None

    def _replenish(self) -> None:
        with self._lock:
            if self._warming or len(self._spares) >= self._wanted:
                return
            spare = _start((), wait=True)
            self._warming = True
            self._spares.append(spare)
        threading.Thread(target=self._await_ready, args=(spare,), daemon=True, name="sdp-spare-ready").start()

    def _await_ready(self, spare: Launched) -> None:
        assert spare.ready is not None
        try:
            os.read(spare.ready, 1)  # one byte once it has imported everything; nothing if it died
        finally:
            os.close(spare.ready)
        with self._lock:
            self._warming = False
        self._replenish()


_pool = _SparePool()


def _start(arguments: Sequence[str], *, wait: bool = False) -> Launched:
    log = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115 - handed to the caller, who closes it
    environment = dict(os.environ)
    ready_read, ready_write = os.pipe() if wait else (None, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "spiders.run", *([WAIT_FLAG] if wait else arguments)],
        stdin=subprocess.PIPE if wait else subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: a timeout kills the crawl and its browser
        env=environment | {READY_FD_VARIABLE: str(ready_write)} if ready_write is not None else None,
        pass_fds=(ready_write,) if ready_write is not None else (),
    )
    if ready_write is not None:
        os.close(ready_write)
    return Launched(process, log, environment, ready_read)


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
