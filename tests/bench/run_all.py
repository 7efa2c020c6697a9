"""`make bench`: timings of the real product on this machine, printed as a Markdown table.

Measures onboarding (`sdp add`) of the demo site, onboarding of a generated 10-page site at the
default politeness (one request per second: issue #3's goal is under 15 s, first records shown as
soon as the first page is read), a full crawl of a generated 200-page site (pages/s, records/s,
Bronze bytes per page), the Scout on a 1 MB page, and CLI start-up.
Results go into docs/benchmarks.md by hand, with the machine and the date.
"""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import SITES, serve

PAGES = 200
RECORDS_PER_PAGE = 20


def sdp(*args: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "src", *args], env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def make_site(root: Path, pages: int = PAGES) -> None:
    for page in range(1, pages + 1):
        cards = "\n".join(
            f'<div class="listing"><h2 class="listing-title"><a href="/item/{page}-{i}.html">Item {page}-{i}</a></h2>'
            f'<span class="listing-price">€{page}.{i:02d}</span><p class="listing-summary">Summary of item {page}-{i} '
            f"with enough words to look like a description.</p></div>"
            for i in range(RECORDS_PER_PAGE)
        )
        nxt = f'<a class="next" href="/p{page + 1}.html">Next</a>' if page < pages else ""
        name = "index.html" if page == 1 else f"p{page}.html"
        (root / name).write_text(f"<html><body><main>{cards}</main><nav>{nxt}</nav></body></html>", encoding="utf-8")


def bench_onboarding(env: dict[str, str]) -> float:
    times = []
    for attempt in range(3):
        for site in serve(SITES / "demo"):
            elapsed, _ = sdp("add", site.url, "--name", f"demo{attempt}", env=env)
            times.append(elapsed)
    return statistics.median(times)


def bench_polite_onboarding(env: dict[str, str], workdir: Path) -> tuple[float, float]:
    """``sdp add`` of a 10-page site at the default delay: (seconds to the first records, seconds in all)."""
    root = workdir / "ten"
    root.mkdir()
    make_site(root, pages=10)
    polite = {k: v for k, v in env.items() if k != "SDP_CRAWL_DOWNLOAD_DELAY_S"} | {"PYTHONUNBUFFERED": "1"}
    first_records = total = math.nan
    for site in serve(root):
        started = time.perf_counter()
        argv = [sys.executable, "-m", "src", "add", site.url, "--name", "ten"]
        with subprocess.Popen(argv, env=polite, stdout=subprocess.PIPE, text=True) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if math.isnan(first_records) and line.lstrip().startswith("{"):
                    first_records = time.perf_counter() - started
        total = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"sdp add of the 10-page site failed with status {process.returncode}")
    return first_records, total


def bench_crawl(env: dict[str, str], workdir: Path) -> dict[str, float]:
    root = workdir / "site"
    root.mkdir()
    make_site(root)
    env = {**env, "SDP_CRAWL_MAX_PAGES": str(PAGES)}
    for site in serve(root):
        sdp("add", site.url, "--name", "big", env=env)
        elapsed, _ = sdp("run", "--once", "--source", "big", env=env)
    listed = json.loads(sdp("list", "--json", env=env)[1])
    big = next(s for s in listed if s["name"] == "big")
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{workdir / 'home' / 'sdp.db'}")
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT sum(length(data)), count(*) FROM bronze_blobs")).one()
        pages = connection.execute(text("SELECT count(*) FROM bronze_pages")).scalar_one()
        raw = sum(p.stat().st_size for p in root.iterdir())
    engine.dispose()
    return {
        "seconds": elapsed,
        "pages_per_s": PAGES / elapsed,
        "records_per_s": big["last_crawl"]["items"] / elapsed,
        "entities": big["entities"],
        "bronze_bytes_per_page": stored[0] / pages,
        "raw_bytes_per_page": raw / PAGES,
    }


def bench_scout() -> float:
    from agents.scout import analyze_page

    cards = "".join(
        f'<li class="product"><a href="/p/{i}">Product {i}</a><span class="price">${i}.99</span>'
        f"<p>{'lorem ipsum ' * 20}</p></li>"
        for i in range(3000)
    )
    page = f"<html><body><ul class='products'>{cards}</ul></body></html>"
    started = time.perf_counter()
    analyze_page(page, "http://bench.test/")
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        env = {**os.environ, "SDP_HOME": str(workdir / "home"), "SDP_CRAWL_DOWNLOAD_DELAY_S": "0"}
        startup = statistics.median(sdp("list", env=env)[0] for _ in range(5))
        onboarding = bench_onboarding(env)
        first_records, polite = bench_polite_onboarding(env, workdir)
        crawl = bench_crawl(env, workdir)
    scout = bench_scout()
    print(f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rows = [
        ("CLI start-up (`sdp list`, median of 5)", f"{startup:.2f} s"),
        ("Onboarding of the demo site (`sdp add`, 3 pages, median of 3)", f"{onboarding:.2f} s"),
        ("Onboarding of a 10-page site at the default delay of 1 s (`sdp add`)", f"{polite:.1f} s"),
        ("  first records shown after", f"{first_records:.1f} s"),
        (f"Crawl of a {PAGES}-page site ({PAGES * RECORDS_PER_PAGE} records)", f"{crawl['seconds']:.1f} s"),
        ("  pages per second", f"{crawl['pages_per_s']:.1f}"),
        ("  records per second", f"{crawl['records_per_s']:.0f}"),
        (
            "  Bronze bytes stored per page (zlib) / raw bytes",
            f"{crawl['bronze_bytes_per_page']:.0f} / {crawl['raw_bytes_per_page']:.0f}",
        ),
        ("Scout on a 1 MB list page (3,000 records)", f"{scout:.2f} s"),
    ]
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
