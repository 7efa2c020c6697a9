"""A known set of crawls run through crawl slots from one process: what ``sdp run --once`` does.

The fleet's own path, driven from here instead of by messages: up to ``crawl_slots`` slots at
once (a thread each, waiting on its Scrapy process), each running one crawl of the set and up to
``crawls_per_slot - 1`` others beside it (``crawling.crawl_source`` with companions). So every
crawl gets what a fleet crawl gets: its global and site slots, its task and crawl rows, its own
verdict, and a failure that is its alone.

The pool picks the crawl that leads a slot and hands out the companions under one lock, and
only from the crawls no slot has taken yet: two slots of this process share a worker identity,
so the task rows alone would not keep them from running the same crawl twice. A crawl leads a
slot only while its site has room among this pool's crawls; otherwise the slot waits for one to
end, so the pool's own crawls are not deferred by each other's politeness slots.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from config.settings import get_settings
from pipeline.core import limits, taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, Source, Task, TaskState
from pipeline.core.exceptions import CrawlFailed
from workers import companions
from workers.crawling import crawl_source
from workers.crawlslot import Outcome


@dataclass(frozen=True)
class PlannedCrawl:
    """A crawl of the set: its PENDING task row, and the site it counts against."""

    task_id: int
    source_id: int
    source: str
    run_id: str
    domain: str
    per_domain: int
    retry: bool = False


def plan(crawls: Sequence[tuple[int, str, str]], *, retry: bool = False) -> list[PlannedCrawl]:
    """Queue ``(source_id, source name, run_id)`` crawls as PENDING rows, as beat queues them.

    Their redelivery deadline is set as for a sent message: if this process dies before it runs
    them, a fleet's beat finds them and queues them again.
    """
    settings = get_settings().worker
    planned = []
    with session_scope() as session:
        for source_id, name, run_id in crawls:
            source = session.get(Source, source_id)
            if source is None:
                continue
            task = taskstate.ensure_task(
                session, run_id=run_id, name="crawl", kind="crawl", source_id=source_id, source_name=name
            )
            taskstate.queued(task, redeliver_after_s=settings.redeliver_after_s)
            per_domain = source.crawls_per_domain or settings.crawls_per_domain
            planned.append(
                PlannedCrawl(task.id, source_id, name, run_id, limits.domain_key(source.url), per_domain, retry)
            )
    return planned


def run_in_slots(crawls: Sequence[PlannedCrawl]) -> dict[str, Outcome]:
    """Run the crawls through bounded crawl slots; each one's outcome by run id, none raised."""
    settings = get_settings().worker
    pool = _Pool(list(crawls), per_slot=settings.crawls_per_slot)
    threads = [
        threading.Thread(target=pool.slot, name=f"sdp-slot-{n}", daemon=True)
        for n in range(min(settings.crawl_slots, len(crawls)))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    outcomes = dict(pool.outcomes)
    for crawl in crawls:  # the companions: their slot recorded each on its own row
        if crawl.run_id not in outcomes:
            outcomes[crawl.run_id] = _recorded(crawl.task_id)
    return outcomes


class _Pool:
    """The crawls not yet taken, and those running, shared by the slot threads."""

    def __init__(self, crawls: list[PlannedCrawl], *, per_slot: int) -> None:
        self.waiting = crawls
        self.running: list[PlannedCrawl] = []
        self.per_slot = per_slot
        self.outcomes: dict[str, Outcome] = {}
        self._changed = threading.Condition()

    def slot(self) -> None:
        """One crawl slot: lead a crawl (with companions), again, until none is left."""
        while (lead := self._next_lead()) is not None:
            taken: list[PlannedCrawl] = []
            try:
                outcome: Outcome = crawl_source(
                    lead.source_id,
                    lead.run_id,
                    companions=self.per_slot - 1,
                    take=functools.partial(self._take, taken=taken),
                    heal_companions=False,  # `sdp run --once` heals here, after the crawls
                )
            except Exception as exc:
                outcome = exc
            finally:
                with self._changed:  # whatever happened, the slots waiting for these sites may go on
                    for crawl in (lead, *taken):
                        self.running.remove(crawl)
                    self._changed.notify_all()
            if not (isinstance(outcome, dict) and "skipped" in outcome):  # else its row tells the end
                self.outcomes[lead.run_id] = outcome

    def _next_lead(self) -> PlannedCrawl | None:
        """The next crawl whose site has room among the running ones; wait while none has."""
        with self._changed:
            while self.waiting:
                for crawl in self.waiting:
                    if sum(r.domain == crawl.domain for r in self.running) < crawl.per_domain:
                        self.waiting.remove(crawl)
                        self.running.append(crawl)
                        return crawl
                self._changed.wait()
            return None

    def _take(self, count: int, taken: list[PlannedCrawl]) -> list[companions.Companion]:
        """Companions for a slot, from the crawls no slot has taken yet."""
        with self._changed:
            by_task = {crawl.task_id: crawl for crawl in self.waiting}
            started = companions.take(count, among=list(by_task))
            for companion in started:
                crawl = by_task[companion.step.task_id]
                self.waiting.remove(crawl)
                self.running.append(crawl)
                taken.append(crawl)
            return started


def _recorded(task_id: int) -> Outcome:
    """A companion's outcome, from its row."""
    with session_scope() as session:
        task = session.scalar(select(Task).where(Task.id == task_id))
        if task is None:
            return CrawlFailed(f"The task row {task_id} of this crawl vanished.")
        if task.state == TaskState.COMPLETED:
            return dict(task.result)
        if task.state in (TaskState.FAILED, TaskState.QUARANTINED):
            return CrawlFailed(task.error or "the crawl failed")
        return {"skipped": f"{task.state.lower().replace('_', ' ')} on {task.worker or 'no worker'}"}


def process_pids(run_ids: Sequence[str]) -> dict[str, int]:
    """The Scrapy process each run's crawl ran in, from its crawl row (a crawl that never started has none)."""
    with session_scope() as session:
        rows = session.execute(select(Crawl.run_id, Crawl.stats).where(Crawl.run_id.in_(list(run_ids)))).all()
    return {run_id: int(stats["sdp/process_pid"]) for run_id, stats in rows if stats.get("sdp/process_pid")}
