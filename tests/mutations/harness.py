"""Run one mutation end to end: onboard the original site, mutate it, crawl until it breaks, let the
Doctor act, and score what the promoted version extracts against the mutated site's true records.

Everything is real: ``sdp add`` in a subprocess, crawls in their own processes, the Doctor's
validation crawl, the database under a private SDP_HOME. Onboarding happens once per site; each case
starts from a copy of that home, so cases never see each other's repairs (unless asked to).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import select

from config.settings import get_settings
from pipeline.core import registry
from pipeline.core.classify import health_of
from pipeline.core.db.engine import dispose_engines, session_scope
from pipeline.core.db.models import AuditEvent, Source, Task
from pipeline.core.extract import Record, extract_records
from pipeline.core.schemas import ScraperSpec
from pipeline.core.sources import get_source
from tests.conftest import SITES, Site, serve
from tests.mutations.generator import mutate_site, mutation

CORPUS = SITES / "corpus"
#: site name → (folder, start path). Frozen corpus sites are never used (see tests/sites/corpus/README.md).
BASE_SITES: dict[str, tuple[Path, str]] = {
    "demo": (SITES / "demo", ""),
    "autoknot": (CORPUS / "autoknot", "used-cars/"),
    "crumb": (CORPUS / "crumb-and-co", "recipes/"),
    "eastbrook": (CORPUS / "eastbrook-library", "catalogue/search.html"),
    "fundscope": (CORPUS / "fundscope", "screener/etfs.html"),
    "harbour": (CORPUS / "harbour-ledger", ""),
    "hirehub": (CORPUS / "hirehub", "jobs/"),
    "summit": (CORPUS / "summit-outfitters", "collections/all/"),
}


@dataclass
class CaseResult:
    site: str
    kind: str
    healable: bool
    broke: bool = False
    promoted: bool = False
    quarantined: bool = False
    origin: str = ""
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    heal_seconds: float | None = None
    #: Of the heal, the diagnosis alone (lessons, relocation, Scout): the validation crawl is the rest.
    diagnosis_seconds: float | None = None
    candidates: int = 0
    classification: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        """Healed right, or (error and login pages) rightly left alone."""
        if not self.healable:
            return not self.promoted
        return self.promoted and self.f1 >= 0.9

    @property
    def false_promotion(self) -> bool:
        return self.promoted and (not self.healable or self.f1 < 0.9)


def use_home(home: Path) -> None:
    os.environ["SDP_HOME"] = str(home)
    get_settings.cache_clear()
    dispose_engines()


def _same(a: object, b: object) -> bool:
    # The generator's serialiser escapes spaces in links ("a%20b"): the same URL.
    if isinstance(a, str) and isinstance(b, str):
        return unquote(a) == unquote(b)
    return a == b


def score(expected: list[Record], got: list[Record]) -> tuple[float, float, float]:
    """Field-level precision, recall and F1, each expected record paired with its closest extracted one."""
    tp = fp = fn = 0
    unused = list(got)
    for want in expected:

        def overlap(r: Record, want: Record = want) -> int:
            return sum(1 for k, v in want.items() if v not in (None, "", []) and _same(r.get(k), v))

        best = max(unused, key=overlap, default=None)
        if best is not None and overlap(best) > 0:
            unused.remove(best)
        else:
            best = {}
        for key, value in want.items():
            if value in (None, "", []):
                continue
            if _same(best.get(key), value):
                tp += 1
            else:
                fn += 1
        fp += sum(1 for k, v in best.items() if v not in (None, "", []) and not _same(want.get(k), v))
    fp += sum(1 for r in unused for v in r.values() if v not in (None, "", []))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


class Lab:
    """One base site: a live copy served over HTTP, its onboarded home, and the cases run on it."""

    def __init__(self, workdir: Path, site: str) -> None:
        self.site = site
        self.original, start = BASE_SITES[site]
        self.root = workdir / site
        self.live = self.root / "live"
        self.home = self.root / "home"
        self.snapshot = self.root / "home0"
        shutil.copytree(self.original, self.live, dirs_exist_ok=True)
        self._stack = contextlib.ExitStack()
        self.served: Site = self._stack.enter_context(contextlib.contextmanager(serve)(self.live))
        self.start_url = self.served.url + start
        self._expected: list[Record] = []

    def close(self) -> None:
        self._stack.close()

    def onboard(self, timeout: float = 900) -> str | None:
        """``sdp add`` the original site; None on success, else the reason."""
        use_home(self.home)
        done = subprocess.run(
            [sys.executable, "-m", "src", "add", self.start_url, "--name", self.site],
            env=dict(os.environ),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode != 0:
            return (
                (done.stderr or done.stdout).strip().splitlines()[-1:][0] if (done.stderr or done.stdout) else "failed"
            )
        dispose_engines()
        shutil.copytree(self.home, self.snapshot, dirs_exist_ok=True)
        return None

    def reset(self) -> None:
        shutil.rmtree(self.live)
        shutil.copytree(self.original, self.live)
        shutil.rmtree(self.home, ignore_errors=True)
        shutil.copytree(self.snapshot, self.home)
        use_home(self.home)

    def production_spec(self) -> ScraperSpec:
        with session_scope() as session:
            source = get_source(session, self.site)
            return registry.spec_of(registry.version_by_number(session, source, None))

    def pages(self) -> list[tuple[str, Path]]:
        found = []
        for path in sorted(self.live.rglob("*.html")):
            relative = path.relative_to(self.live).as_posix()
            url_path = relative[: -len("index.html")] if relative.endswith("index.html") else relative
            found.append((self.served.url + url_path, path))
        return found

    def extract(self, spec: ScraperSpec) -> list[Record]:
        return [r for url, path in self.pages() for r in extract_records(path.read_bytes(), url, spec)]

    def run_case(self, kind: str, *, keep_state: bool = False) -> CaseResult:
        """Mutate, crawl until the Doctor acts (after SDP_CRAWL_FAILURES_BEFORE_HEAL failed runs), score."""
        if not keep_state:
            self.reset()
        spec = self.production_spec()
        chosen = mutation(kind, spec)
        expected = chosen.expect(self.extract(spec))
        self._expected = expected
        result = CaseResult(self.site, kind, chosen.healable)
        if mutate_site(self.live, spec, chosen) == 0:
            result.notes.append("the mutation changed no page")
            return result
        return self._act(result)

    def repeat_case(self, kind: str) -> CaseResult:
        """The same change again after a rollback: the Knowledge Base now knows the fix."""
        self.forget_repair()
        return self._act(CaseResult(self.site, kind, True))

    def _act(self, result: CaseResult) -> CaseResult:
        """Crawl as the scheduler would until the run succeeds, the Doctor acts or the source is stopped."""
        from workers.orchestrator import crawl_with_healing

        expected = self._expected
        with session_scope() as session:
            source_id = get_source(session, self.site).id
        started = time.monotonic()
        for _ in range(get_settings().crawl.failures_before_heal):
            report = crawl_with_healing(source_id, self.site)
            result.broke = result.broke or not report.ok or bool(report.healed)
            if report.ok or any(n.startswith("doctor run") for n in report.notes) or not self._active():
                break
        result.notes.append(f"runs took {time.monotonic() - started:.1f}s")
        self._read_outcome(result)
        if result.promoted:
            result.precision, result.recall, result.f1 = score(expected, self.extract(self.production_spec()))
        return result

    def _active(self) -> bool:
        with session_scope() as session:
            return bool(get_source(session, self.site).active)

    def _read_outcome(self, result: CaseResult) -> None:
        with session_scope() as session:
            source = session.scalar(select(Source).where(Source.name == self.site))
            assert source is not None
            result.quarantined = not source.active
            result.classification = health_of(session, source).last_class
            heals = session.scalars(
                select(Task).where(Task.source_name == self.site, Task.kind == "heal").order_by(Task.id.desc())
            ).all()
            if heals:
                last = heals[0]
                data: dict[str, Any] = dict(last.result or {})
                result.promoted = bool(data.get("promoted"))
                result.origin = str(data.get("origin", ""))
                result.candidates = len(data.get("candidates", []))
                if data.get("diagnosis_seconds") is not None:
                    result.diagnosis_seconds = float(data["diagnosis_seconds"])
                if data.get("reason"):
                    result.notes.append(str(data["reason"]))
                if last.started_at and last.finished_at:
                    result.heal_seconds = round((last.finished_at - last.started_at).total_seconds(), 2)
            alerts = session.scalars(
                select(AuditEvent.action).where(AuditEvent.source_name == self.site, AuditEvent.action.like("alert.%"))
            ).all()
            result.notes.extend(sorted(set(alerts)))

    def forget_repair(self) -> None:
        """Back to version 1 on the mutated site, as if the change had just happened again."""
        with session_scope() as session:
            source = get_source(session, self.site)
            registry.rollback(session, source, 1, actor="bench")
            source.consecutive_failures = 0
            source.active = True
            health_of(session, source).changed_streak = 0
