"""Keep running steps' leases (and the limit slots they hold) from expiring."""

from __future__ import annotations

import threading
from types import TracebackType

import structlog

from pipeline.core import limits, taskstate
from pipeline.core.db.engine import session_scope

logger = structlog.get_logger(__name__)


def slot_holder(task_id: int) -> str:
    """Limit slots are held by a task, so its lease keeper renews them and its death frees them."""
    return f"task:{task_id}"


class LeaseKeeper:
    """A daemon thread renewing the leases every third of their length while the steps run.

    A long crawl outlives its lease without it and the reaper would hand it to a second worker;
    a worker that dies stops renewing, and its leases run out. One keeper serves every crawl of
    a crawl slot: they run in one process and end together.
    """

    def __init__(self, *task_ids: int, worker: str, lease_s: float) -> None:
        self.task_ids, self.worker, self.lease_s = list(task_ids), worker, lease_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sdp-lease-" + ",".join(map(str, task_ids)), daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(max(0.5, self.lease_s / 3)):
            for task_id in list(self.task_ids):
                self._renew(task_id)

    def _renew(self, task_id: int) -> None:
        try:
            with session_scope() as session:
                if not taskstate.renew_lease(session, task_id, worker=self.worker, lease_s=int(self.lease_s)):
                    logger.warning("Lease lost; the task was reaped or finished elsewhere", task=task_id)
                limits.renew(session, holder=slot_holder(task_id), ttl_s=self.lease_s)
        except Exception as exc:  # the database may be away for a moment; the next renewal retries
            logger.warning("Lease not renewed", task=task_id, error=str(exc))

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
