"""The chaos harness: numbered crawl tasks through real Celery workers while faults are injected.

Modelled on rabbitmq/jepsen's ``total-queue`` check: every accepted task must reach a terminal
state (lost = 0), redeliveries are counted (duplicates), side effects must be idempotent (no
entity stored twice), and only the tasks meant to fail are dead-lettered (QUARANTINED).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from sqlalchemy import func, select

from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl, SilverEntity, Task, TaskState
from pipeline.core.taskstate import new_run_id
from tests.fault.services import TcpProxy, kill_tree
from workers.dispatch import enqueue_crawl

ROOT = Path(__file__).resolve().parents[2]
QUEUES = "crawl.high,crawl.normal,crawl.low,heal,maintenance"
TERMINAL = {TaskState.COMPLETED.value, TaskState.QUARANTINED.value}


class Worker:
    """One ``celery -A … worker`` main process with its prefork pool, in its own process group."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path, *, concurrency: int = 2) -> None:
        self.name, self.env, self.concurrency = name, env, concurrency
        self.log = log_dir / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def argv(self) -> list[str]:
        argv = [sys.executable, "-m", "celery", "-A", "tests.fault.fleet_app", "worker", "-Q", QUEUES]
        return [*argv, "-c", str(self.concurrency), "-n", f"{self.name}@chaos", "--without-mingle", "--without-gossip"]

    def start(self) -> None:
        argv = self.argv()
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                argv, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.starts += 1

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def children(self) -> list[psutil.Process]:
        if not self.alive:
            return []
        assert self.process is not None
        try:
            return psutil.Process(self.process.pid).children()
        except psutil.NoSuchProcess:
            return []

    def kill_main(self) -> None:
        """SIGKILL to the main process and its pool, as when a host or container dies."""
        if self.process is not None:
            kill_tree(self.process.pid)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.alive:
            assert self.process is not None
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=60)
        if self.process is not None:
            kill_tree(self.process.pid)
            self.process.wait(timeout=30)


class Beat(Worker):
    """``celery beat``: its tick reaps expired leases and re-queues retries that fell due."""

    def argv(self) -> list[str]:
        schedule = self.log.with_suffix(".schedule")
        return [sys.executable, "-m", "celery", "-A", "tests.fault.fleet_app", "beat", "-s", str(schedule)]


@dataclass
class Faults:
    """What the harness can break; each callable breaks, and the matching one heals."""

    restart_broker: Callable[[], None] | None = None
    database_proxy: TcpProxy | None = None
    llm_fail: Callable[[bool], None] | None = None


@dataclass
class ChaosReport:
    seed: int
    injections: list[str] = field(default_factory=list)
    accepted: int = 0
    completed: int = 0
    quarantined: int = 0
    lost: list[str] = field(default_factory=list)
    stuck_in_progress: int = 0
    wrongly_dead: list[str] = field(default_factory=list)
    wrongly_alive: list[str] = field(default_factory=list)
    duplicate_entities: int = 0
    duplicates_executed: int = 0
    recovery_s: list[float] = field(default_factory=list)
    drain_s: float = 0.0

    def summary(self) -> str:
        kinds = {kind: self.injections.count(kind) for kind in sorted(set(self.injections))}
        recovery = (
            f"median {statistics.median(self.recovery_s):.1f}s, max {max(self.recovery_s):.1f}s"
            if self.recovery_s
            else "n/a"
        )
        return (
            f"seed={self.seed} injections={len(self.injections)} {kinds} accepted={self.accepted} "
            f"completed={self.completed} dead-lettered={self.quarantined} lost={len(self.lost)} "
            f"in-progress={self.stuck_in_progress} duplicate-entities={self.duplicate_entities} "
            f"duplicates-executed={self.duplicates_executed} recovery(first progress after a fault)={recovery} "
            f"drain-after-heal={self.drain_s:.1f}s"
        )


@dataclass
class Chaos:
    workers: list[Worker]
    beat: Worker
    good_sources: list[int]
    bad_sources: list[int]
    faults: Faults
    seed: int
    injections: int
    tasks: int
    in_flight: int = 4
    drain_timeout_s: float = 600
    accepted: dict[str, bool] = field(default_factory=dict)  # run_id -> meant to fail
    report: ChaosReport = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.report = ChaosReport(seed=self.seed)

    # -- load -----------------------------------------------------------------------------------
    def _outstanding(self) -> int:
        with session_scope() as session:
            done = session.scalar(
                select(func.count()).where(
                    Task.run_id.in_(list(self.accepted)), Task.name == "crawl", Task.state.in_(TERMINAL)
                )
            )
        return len(self.accepted) - int(done or 0)

    def _terminal_count(self) -> int:
        return len(self.accepted) - self._outstanding()

    def feed(self) -> None:
        """Keep about ``in_flight`` tasks outstanding until ``tasks`` have been accepted."""
        want = self.in_flight - self._outstanding()
        for _ in range(max(0, min(want, self.tasks - len(self.accepted)))):
            # The first task is always one meant to fail: every run checks the dead letter too.
            bad = bool(self.bad_sources) and (not any(self.accepted.values()) or self.rng.random() < 0.15)
            source_id = self.rng.choice(self.bad_sources if bad else self.good_sources)
            run_id = new_run_id()
            enqueue_crawl(source_id, run_id)  # raises if not accepted; then the task is not counted
            self.accepted[run_id] = bad

    # -- faults ---------------------------------------------------------------------------------
    def _kinds(self) -> list[str]:
        kinds = ["kill_child", "kill_main"]
        if self.faults.restart_broker:
            kinds.append("restart_broker")
        if self.faults.database_proxy:
            kinds.append("database_outage")
        if self.faults.llm_fail:
            kinds.append("llm_fail")
        return kinds

    def inject(self, kind: str) -> None:
        rng = self.rng
        if kind == "kill_child":
            busy = [c for w in self.workers for c in w.children() if c.children()]  # a pool child mid-crawl
            pool = busy or [c for w in self.workers for c in w.children()]
            if pool:
                with contextlib.suppress(psutil.NoSuchProcess):
                    rng.choice(pool).send_signal(signal.SIGKILL)
        elif kind == "kill_main":
            worker = rng.choice(self.workers)
            worker.kill_main()
            time.sleep(rng.uniform(0.5, 3))
            worker.start()
        elif kind == "restart_broker":
            assert self.faults.restart_broker is not None
            self.faults.restart_broker()
        elif kind == "database_outage":
            proxy = self.faults.database_proxy
            assert proxy is not None
            proxy.cut()
            time.sleep(rng.uniform(2, 8))
            proxy.heal()
        elif kind == "llm_fail":
            assert self.faults.llm_fail is not None
            self.faults.llm_fail(True)
            time.sleep(rng.uniform(2, 6))
            self.faults.llm_fail(False)
        self.report.injections.append(kind)

    def _revive(self) -> None:
        for worker in [*self.workers, self.beat]:
            if not worker.alive:  # e.g. it could not reach the database while starting
                worker.start()

    def _time_to_progress(self, before: int, timeout: float = 240) -> float | None:
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if self._terminal_count() > before or self._outstanding() == 0:
                return time.monotonic() - start
            time.sleep(0.5)
        return None

    # -- the run --------------------------------------------------------------------------------
    def run(self) -> ChaosReport:
        print(f"chaos seed={self.seed} (SDP_CHAOS_SEED reproduces this run)", flush=True)
        for worker in [*self.workers, self.beat]:
            worker.start()
        self.feed()
        kinds = self._kinds()
        # Every kind at least once, then at random.
        plan = kinds[: self.injections] + [self.rng.choice(kinds) for _ in range(max(0, self.injections - len(kinds)))]
        self.rng.shuffle(plan)
        for kind in plan:
            time.sleep(self.rng.uniform(0.5, 3))
            self._revive()
            self.feed()
            before = self._terminal_count()
            stamp = time.strftime("%H:%M:%S", time.gmtime())
            print(f"chaos {stamp}Z: injecting {kind} ({len(self.report.injections) + 1}/{len(plan)})", flush=True)
            self.inject(kind)
            waited = self._time_to_progress(before, timeout=240)
            if waited is not None:
                self.report.recovery_s.append(waited)
        healed = time.monotonic()
        self._revive()
        while len(self.accepted) < self.tasks:
            self.feed()
            time.sleep(0.5)
        deadline = healed + self.drain_timeout_s
        while self._outstanding() and time.monotonic() < deadline:
            self._revive()
            time.sleep(1)
        self.report.drain_s = time.monotonic() - healed
        self._settle()
        return self._verdict()

    def _settle(self) -> None:
        """Let follow-up work (heals triggered by failing sources) finish before judging."""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with session_scope() as session:
                busy = session.scalar(
                    select(func.count()).where(Task.state.in_([TaskState.IN_PROGRESS, TaskState.PENDING]))
                )
            if not busy:
                return
            time.sleep(1)

    def _verdict(self) -> ChaosReport:
        report = self.report
        report.accepted = len(self.accepted)
        with session_scope() as session:
            rows = session.execute(
                select(Task.run_id, Task.state, Task.attempts, Task.error).where(
                    Task.run_id.in_(list(self.accepted)), Task.name == "crawl"
                )
            ).all()
            states = {row.run_id: row.state for row in rows}
            details = {row.run_id: f"attempts={row.attempts} error={row.error!r}" for row in rows}
            report.stuck_in_progress = int(
                session.scalar(select(func.count()).where(Task.state == TaskState.IN_PROGRESS)) or 0
            )
            crawls = session.execute(
                select(Crawl.run_id, func.count()).where(Crawl.run_id.in_(list(self.accepted))).group_by(Crawl.run_id)
            ).all()
            report.duplicates_executed = sum(count - 1 for _, count in crawls if count > 1)
            per_key = session.execute(
                select(SilverEntity.source_id, SilverEntity.entity_key, func.count())
                .group_by(SilverEntity.source_id, SilverEntity.entity_key)
                .having(func.count() > 1)
            ).all()
            report.duplicate_entities = len(per_key)
        for run_id, meant_to_fail in self.accepted.items():
            state = states.get(run_id)
            if state not in TERMINAL:
                report.lost.append(f"{run_id}:{state} {details.get(run_id, 'no task row')}")
            elif state == TaskState.QUARANTINED and not meant_to_fail:
                report.wrongly_dead.append(run_id[:8])
            elif state == TaskState.COMPLETED and meant_to_fail:
                report.wrongly_alive.append(run_id[:8])
        report.completed = sum(1 for s in states.values() if s == TaskState.COMPLETED)
        report.quarantined = sum(1 for s in states.values() if s == TaskState.QUARANTINED)
        return report

    def stop(self) -> None:
        for worker in [self.beat, *self.workers]:
            worker.stop()


# Read at import: the suite's autouse fixture clears SDP_* variables before each test runs.
#: The short run of `make test`: one fault of each kind. `make chaos` asks for 100.
SHORT_RUN = 5
_INJECTIONS = os.environ.get("SDP_CHAOS_INJECTIONS", str(SHORT_RUN))
_SEED = os.environ.get("SDP_CHAOS_SEED")


def chaos_settings() -> tuple[int, int]:
    """(injections, seed) from SDP_CHAOS_INJECTIONS / SDP_CHAOS_SEED; a short run by default."""
    seed = int(_SEED) if _SEED else random.SystemRandom().randrange(1, 10**6)
    return int(_INJECTIONS), seed
