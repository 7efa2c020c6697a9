"""`make bench`: the Doctor against the mutation suite (figures go into docs/benchmarks.md, "Self-healing").

Every case onboards a site of tests/sites (demo and the non-frozen corpus sites) once, then from a copy
of that state mutates the site, crawls until the crawl is judged broken, lets the Doctor act and scores
the promoted version's records against the mutated site's true records. Reported: heal rate (goal
≥ 90%), false promotions (goal 0: a promoted version whose records are wrong, or any promotion on an
error or login page), field F1 after healing, time to heal, and the second occurrence of a change
(after a rollback, with the lesson in the Knowledge Base) against the first.

    uv run python -m tests.bench.heal_mutations [--quick] [--sites demo,fundscope] [--json PATH]
    uv run python -m tests.bench.heal_mutations --merge a.json,b.json   # one report from runs in parallel
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from tests.mutations.harness import BASE_SITES, CaseResult, Lab

#: Changes tried on every site, then the rarer ones on the sites they suit.
COMMON = ("all classes renamed", "wrapper added", "tag changed")
EXTRA: dict[str, tuple[str, ...]] = {
    "demo": (
        "class renamed",
        "moved into attribute",
        "moved into a content attribute",
        "label reworded",
        "field removed",
        "records split across rows",
        "heading row above",
        "JS-rendered redesign",
        "error page",
        "login page",
    ),
    "autoknot": ("moved into attribute", "list to table"),
    "crumb": ("field removed", "records split across rows"),
    "eastbrook": ("moved into attribute", "heading row above"),
    "fundscope": ("JS-rendered redesign", "error page"),
    "harbour": ("list to table", "heading row above", "login page"),
    "hirehub": ("moved into attribute", "field removed", "heading row above", "JS-rendered redesign"),
    "summit": ("list to table", "records split across rows", "moved into a content attribute", "heading row above"),
}
#: Cases repeated after a rollback to measure what the Knowledge Base saves.
REPEATED = {
    ("demo", "all classes renamed"),
    ("summit", "wrapper added"),
    ("crumb", "field removed"),
    ("eastbrook", "moved into attribute"),
    ("harbour", "list to table"),
}
QUICK = {"demo": ("all classes renamed", "moved into attribute", "wrapper added", "error page")}


def run(sites: list[str], quick: bool) -> tuple[list[CaseResult], list[tuple[CaseResult, CaseResult]], list[str]]:
    os.environ["SDP_CRAWL_DOWNLOAD_DELAY_S"] = "0"
    # The product's own trigger: the Doctor acts after three failed runs in a row.
    os.environ.setdefault("SDP_CRAWL_FAILURES_BEFORE_HEAL", "3")
    results: list[CaseResult] = []
    repeats: list[tuple[CaseResult, CaseResult]] = []
    skipped: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sdp-heal-bench-") as folder:
        for site in sites:
            lab = Lab(Path(folder), site)
            try:
                reason = lab.onboard()
                if reason is not None:
                    skipped.append(f"{site}: onboarding failed ({reason})")
                    continue
                kinds = QUICK.get(site, ()) if quick else COMMON + EXTRA.get(site, ())
                for kind in kinds:
                    result = lab.run_case(kind)
                    results.append(result)
                    print(_line(result), file=sys.stderr, flush=True)
                    if (site, kind) in REPEATED and result.promoted and not quick:
                        again = lab.repeat_case(kind)
                        repeats.append((result, again))
                        print("  again: " + _line(again), file=sys.stderr, flush=True)
            finally:
                lab.close()
    return results, repeats, skipped


def _line(r: CaseResult) -> str:
    outcome = "healed" if r.promoted else ("quarantined" if r.quarantined else "not healed")
    return (
        f"{r.site:10} {r.kind:26} broke={r.broke!s:5} {outcome:11} F1={r.f1:.2f} "
        f"heal={r.heal_seconds or 0:.1f}s via {r.origin or '-'} ({r.classification})"
    )


def report(results: list[CaseResult], repeats: list[tuple[CaseResult, CaseResult]], skipped: list[str]) -> str:
    broken = [r for r in results if r.broke]
    healable = [r for r in broken if r.healable]
    healed = [r for r in healable if r.correct]
    false = [r for r in results if r.false_promotion]
    bad_pages = [r for r in broken if not r.healable]
    f1s = [r.f1 for r in healable if r.promoted]
    times = [r.heal_seconds for r in healable if r.promoted and r.heal_seconds is not None]
    lines = [
        "| figure | value |",
        "|---|---|",
        f"| mutation cases (that broke the spider) | {len(results)} ({len(broken)}) |",
        f"| heal rate (promoted with F1 ≥ 0.9) | {len(healed)}/{len(healable)} = {_pct(len(healed), len(healable))} |",
        f"| false promotions | {len(false)} |",
        f"| error/login pages left alone and alerted | {sum(not r.promoted for r in bad_pages)}/{len(bad_pages)} |",
        f"| field F1 after healing (mean, min) | {_mean(f1s)}, {min(f1s) if f1s else '-'} |",
        f"| time to heal (median, max) | {_median(times)} s, {max(times) if times else '-'} s |",
    ]
    if repeats:
        first = [a.heal_seconds or 0 for a, _ in repeats]
        second = [b.heal_seconds or 0 for _, b in repeats]
        by_lesson = sum(b.origin.startswith("lesson") for _, b in repeats)
        lines.append(
            f"| second occurrence (KB): heal time, candidates | {_median(first)} s → {_median(second)} s, "
            f"{_mean([a.candidates for a, _ in repeats])} → {_mean([b.candidates for _, b in repeats])} "
            f"({by_lesson}/{len(repeats)} fixed by a lesson) |"
        )
        lines.append(
            f"| second occurrence (KB): diagnosis alone | {_median([a.diagnosis_seconds or 0 for a, _ in repeats])} s "
            f"→ {_median([b.diagnosis_seconds or 0 for _, b in repeats])} s |"
        )
        lines += [
            f"| &nbsp;&nbsp;{a.site}, {a.kind} | {a.heal_seconds} s ({a.origin}) → {b.heal_seconds} s ({b.origin}) |"
            for a, b in repeats
        ]
    lines += ["", "| site | change | broke | outcome | F1 | heal s | fixed by |", "|---|---|---|---|---|---|---|"]
    for r in results:
        outcome = "healed" if r.promoted else ("quarantined" if r.quarantined else "not healed")
        lines.append(
            f"| {r.site} | {r.kind} | {'yes' if r.broke else 'no'} | {outcome} | {r.f1:.2f} | "
            f"{r.heal_seconds if r.heal_seconds is not None else '-'} | {r.origin or r.classification} |"
        )
    lines += [f"\nSkipped: {s}" for s in skipped]
    return "\n".join(lines)


def _pct(a: int, b: int) -> str:
    return f"{a / b:.0%}" if b else "-"


def _mean(values: list[float] | list[int]) -> str:
    return f"{statistics.mean(values):.2f}" if values else "-"


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "-"


def _load(paths: list[Path]) -> tuple[list[CaseResult], list[tuple[CaseResult, CaseResult]], list[str]]:
    results: list[CaseResult] = []
    repeats: list[tuple[CaseResult, CaseResult]] = []
    skipped: list[str] = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        results += [CaseResult(**c) for c in data["cases"]]
        repeats += [(CaseResult(**a), CaseResult(**b)) for a, b in data["repeats"]]
        skipped += data["skipped"]
    return results, repeats, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Four demo cases only.")
    parser.add_argument("--sites", default=",".join(BASE_SITES), help="Comma-separated base sites.")
    parser.add_argument("--json", type=Path, help="Also write every case as JSON here.")
    parser.add_argument("--merge", help="Comma-separated --json files: print their combined report, run nothing.")
    args = parser.parse_args()
    if args.merge:
        print(report(*_load([Path(p) for p in args.merge.split(",") if p])))
        return
    started = time.monotonic()
    results, repeats, skipped = run([s for s in args.sites.split(",") if s], args.quick)
    print(report(results, repeats, skipped))
    print(f"\n({len(results)} cases in {time.monotonic() - started:.0f} s)")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "cases": [asdict(r) for r in results],
                    "repeats": [[asdict(a), asdict(b)] for a, b in repeats],
                    "skipped": skipped,
                },
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
