"""Parsing stored pages in order: in this process, or in worker processes when there are many.

Workers start through a forkserver (spawn where there is none), so they inherit no database
connection, lock or thread from the replaying process; they receive the parser once and bodies in
chunks, and never touch the database. Until the first worker is up, chunks are parsed here, so a
replay never waits for the pool to start. Results come back in page order whoever parsed them.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import forkserver
from multiprocessing.context import BaseContext
from types import ModuleType, TracebackType

from pipeline.core.replay_parse import PageBody, PageParser, ParsedPage

#: Below this many pages, starting workers costs more than they save: starting them takes about
#: as long as parsing 300 pages here (the forkserver imports the parser, and the entry point's modules).
MIN_PAGES = 300
MAX_WORKERS = 4
#: Pages per task: enough to amortise the round trip, few enough to keep every worker busy.
CHUNK_PAGES = 8
#: Tasks queued per worker, so none idles while the merge catches up.
AHEAD = 3


def worker_count(pages: int) -> int:
    """How many worker processes a replay of ``pages`` pages should use (0: parse in this process)."""
    if pages < MIN_PAGES or multiprocessing.current_process().daemon:
        return 0  # a daemonic process (a pool worker itself) may not have children
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(cpus, MAX_WORKERS) if cpus > 1 else 0


class Parsing:
    """Parses pages in order with ``parser``, using up to ``workers`` processes; close it when done.

    ``wait``: block until a worker is up, so that every chunk goes to the pool (tests use it).
    """

    def __init__(self, parser: PageParser, workers: int, *, wait: bool = False) -> None:
        self._parser = parser
        self._workers = workers
        self._ready = threading.Event()
        #: Pages the workers parsed (the rest were parsed in this process).
        self.pages_in_workers = 0
        self._pool: ProcessPoolExecutor | None = None
        self._starting: threading.Thread | None = None
        # Whoever comes second, the start thread or ``close``, shuts the pool down.
        self._handover = threading.Lock()
        self._started = self._closed = False
        self._forkserver = False
        if workers > 0:
            context = _context()
            self._forkserver = context.get_start_method() == "forkserver"
            self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(parser,))
            # Starting a worker blocks until the forkserver has imported the parser: not on this thread.
            # Not a daemon: at exit, the interpreter lets it stop the workers it has started.
            self._starting = threading.Thread(target=self._start, name="replay-pool-start")
            self._starting.start()
            if wait:
                self._starting.join()

    def __enter__(self) -> Parsing:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _start(self) -> None:
        """Start the workers one by one (none once closed); ready when the first answers."""
        assert self._pool is not None
        started: list[Future[None]] = []
        try:
            if self._forkserver:
                # Launching it is quick; from then on ``close`` can stop it, and this thread, at once.
                forkserver.ensure_running()
                if self._closed:
                    _stop_forkserver()  # ``close`` came while it was being launched
            while len(started) < self._workers and not self._closed:
                started.append(self._pool.submit(_ping))
            done, _ = wait(started, return_when=FIRST_COMPLETED)
            if any(not future.cancelled() and future.exception() is None for future in done):
                self._ready.set()
        except (RuntimeError, OSError, EOFError):
            pass  # a broken pool, or a forkserver stopped by ``close``: everything is parsed here
        finally:
            with self._handover:
                self._started, closed = True, self._closed
            if closed:
                self._pool.shutdown(wait=True, cancel_futures=True)

    def __call__(self, pages: Iterable[PageBody]) -> Iterator[ParsedPage]:
        """The parsed pages, in the order of ``pages``; at most a few chunks are read ahead."""
        queued: deque[tuple[list[PageBody], Future[list[ParsedPage]]]] = deque()
        limit = max(1, self._workers * AHEAD)
        for chunk in _chunks(pages, CHUNK_PAGES):
            queued.append((chunk, self._submit(chunk)))
            while queued and (len(queued) > limit or queued[0][1].done()):
                yield from self._result(*queued.popleft())
        while queued:
            yield from self._result(*queued.popleft())

    def _submit(self, chunk: list[PageBody]) -> Future[list[ParsedPage]]:
        if self._pool is not None and self._ready.is_set():
            try:
                return self._pool.submit(_parse, chunk)
            except BrokenProcessPool:
                self._ready.clear()
        here = _Here()
        here.set_result(self._parser.parse_all(chunk))
        return here

    def _result(self, chunk: list[PageBody], future: Future[list[ParsedPage]]) -> list[ParsedPage]:
        try:
            parsed = future.result()
        except BrokenProcessPool:
            # A worker died (killed for memory, say): parse here from now on, this chunk included.
            self._ready.clear()
            return self._parser.parse_all(chunk)
        if isinstance(future, _Here):
            return parsed
        self.pages_in_workers += len(parsed)
        return parsed

    def close(self) -> None:
        """Stop the workers; if none is up yet, stop their start-up too, without waiting here."""
        if self._pool is None or self._starting is None:
            return
        with self._handover:
            self._closed, started = True, self._started
        if started:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._starting.join()
        elif not self._ready.is_set():
            # The start thread waits for the forkserver to import the entry point (1-2 s), and the
            # interpreter's exit would wait for that thread: stopping the forkserver ends both now.
            _stop_forkserver()


class _Here(Future[list[ParsedPage]]):
    """A chunk parsed in this process, queued like the pool's so results keep their order."""


def _chunks(pages: Iterable[PageBody], size: int) -> Iterator[list[PageBody]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Imported once by the forkserver, then inherited by every worker it forks.
        context.set_forkserver_preload(["__main__", __name__, *_entry_point_imports()])
        return context
    return multiprocessing.get_context("spawn")


def _stop_forkserver() -> None:
    """Stop this process's forkserver (it is our child); the next pool starts a new one.

    Waits until it is gone, leaving it to be reaped by the multiprocessing module, which starts a new
    one only once it finds the old one dead.
    """
    pid = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    if not isinstance(pid, int):
        return
    with contextlib.suppress(ProcessLookupError, ChildProcessError):
        os.kill(pid, signal.SIGKILL)  # it holds nothing to clean up: it was still importing
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)


def _entry_point_imports() -> list[str]:
    """The modules ``__main__`` imported (for ``sdp``: the whole CLI).

    Each worker runs the entry point again as ``__mp_main__``, and CPython 3.11's forkserver cannot
    preload it (it never receives its path); with these preloaded, that run finds them imported.
    """
    main = sys.modules.get("__main__")
    names = set()
    for value in vars(main).values() if main is not None else ():
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name in sys.modules and name != "__main__":
            names.add(name)
    return sorted(names)


# --- in the worker processes ---------------------------------------------------------------------

_parser: PageParser | None = None


def _start_worker(parser: PageParser) -> None:
    global _parser  # noqa: PLW0603 - one parser per worker process, set once when it starts
    _parser = parser


def _ping() -> None:
    return None


def _parse(chunk: list[PageBody]) -> list[ParsedPage]:
    assert _parser is not None, "worker started without its parser"
    return _parser.parse_all(chunk)
